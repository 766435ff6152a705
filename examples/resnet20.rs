//! ResNet-20 written out of its parts: residual blocks with batch norm, a projection shortcut
//! where the shape changes, global average pooling. rustc checks every shape; one training step
//! runs in training mode (batch statistics), then evaluation mode (running statistics). Run with
//! `cargo run --release --example resnet20`.
use constnet::prelude::*;

/// Two 3×3 convolutions with batch norm, `IN` to `OUT` channels, the first with `STRIDE`.
type Block<const IN: usize, const OUT: usize, const STRIDE: usize> = Sequential<(
    Conv2d<IN, OUT, 3, STRIDE, 1, false>,
    BatchNorm2d<OUT>,
    ReLU,
    Conv2d<OUT, OUT, 3, 1, 1, false>,
    BatchNorm2d<OUT>,
)>;
/// The shortcut of a block that changes the shape.
type Projection<const IN: usize, const OUT: usize> =
    Sequential<(Conv2d<IN, OUT, 1, 2, 0, false>, BatchNorm2d<OUT>)>;
/// Three blocks, the first changing the shape.
type Stage<const IN: usize, const OUT: usize> = Sequential<(
    Residual<Block<IN, OUT, 2>, Projection<IN, OUT>>,
    ReLU,
    Residual<Block<OUT, OUT, 1>>,
    ReLU,
    Residual<Block<OUT, OUT, 1>>,
    ReLU,
)>;
/// The same network as `constnet::ResNet20`.
type Net = Sequential<(
    Conv2d<3, 16, 3, 1, 1, false>,
    BatchNorm2d<16>,
    ReLU,
    Sequential<(
        Residual<Block<16, 16, 1>>,
        ReLU,
        Residual<Block<16, 16, 1>>,
        ReLU,
        Residual<Block<16, 16, 1>>,
        ReLU,
    )>,
    Stage<16, 32>,
    Stage<32, 64>,
    GlobalAvgPool2d,
    Flatten,
    Linear<64, 10>,
)>;

fn main() {
    const _: () = assert!(Net::PARAMS == ResNet20::PARAMS);
    println!(
        "{}",
        Summary::of::<Net, Rank4<1, 3, 32, 32>>().with_batch(32)
    );
    let dev = Cpu::seed_from_u64(0);
    let mut model = dev.build_module::<Net, f32>();
    let x: Tensor<Rank4<32, 3, 32, 32>, f32, Cpu> = dev.sample_normal();
    let labels: Tensor<Rank2<32, 10>, f32, Cpu> = dev.sample_uniform().softmax::<Axis<1>>();
    let mut opt = Sgd::new(
        &model,
        SgdConfig {
            lr: 0.1,
            momentum: Some(Momentum::Classic(0.9)),
            weight_decay: Some(WeightDecay::L2(5e-4)),
        },
    );
    // Training mode: batch statistics; the running ones move toward them.
    let logits = model.forward_mut(x.clone().traced_input(model.alloc_grads()));
    let loss = cross_entropy_with_logits_loss(logits, labels);
    println!("training loss {:.4}", loss.array());
    let grads = loss.backward();
    opt.update(&mut model, &grads)
        .expect("every parameter has a gradient");
    // Evaluation mode: running statistics, nothing changes.
    let logits: Tensor<Rank2<32, 10>, f32, Cpu> = model.forward(x);
    println!("first logits {:?}", &logits.as_vec()[..10]);
    println!(
        "{} trainable parameters; stem running mean {:?}",
        model.num_trainable_params(),
        &model.layers.1.running_mean.as_vec()[..4]
    );
}
