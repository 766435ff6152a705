//! LeNet-5 on one batch: every intermediate shape is inferred by rustc, forward and backward run,
//! and one SGD step is taken. Run with `cargo run --example lenet5`.
use constnet::prelude::*;

fn main() {
    let dev = Cpu::seed_from_u64(0);
    let mut model = dev.build_module::<LeNet5, f32>();
    let x: Tensor<Rank4<64, 3, 32, 32>, f32, Cpu> = dev.sample_normal();
    let logits: Tensor<Rank2<64, 10>, f32, Cpu> = model.forward(x.clone());
    println!(
        "logits of the first image: {:?}",
        logits.as_vec()[..10].to_vec()
    );

    let labels: Tensor<Rank2<64, 10>, f32, Cpu> = dev.sample_uniform().softmax::<Axis<1>>();
    let mut opt = Sgd::new(
        &model,
        SgdConfig {
            lr: 0.01,
            momentum: Some(Momentum::Classic(0.9)),
            weight_decay: None,
        },
    );
    let grads = model.alloc_grads();
    let loss = cross_entropy_with_logits_loss(model.forward(x.traced(grads)), labels);
    println!("loss {:.4}", loss.array());
    let grads = loss.backward();
    opt.update(&mut model, &grads)
        .expect("every parameter has a gradient");
    println!("{} trainable parameters", model.num_trainable_params());
}
