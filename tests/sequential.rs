//! `Sequential`: 16 layers in one tuple, nesting, parameter names as in `torch.nn.Sequential`.
mod common;

use common::BatchMean;
use constnet::prelude::*;
use constnet::{BasicBlock, Fuse, Layout, Projection, Stage};

/// 16 layers: the longest tuple `Sequential` takes.
type Sixteen = Sequential<(
    Conv2d<1, 4, 3, 1, 1>,
    ReLU,
    Conv2d<4, 4, 3, 1, 1>,
    Tanh,
    MaxPool2d<2>,
    Conv2d<4, 8, 3>,
    Sigmoid,
    AvgPool2d<2>,
    Flatten,
    Linear<32, 16>,
    ReLU,
    Linear<16, 16>,
    Tanh,
    Linear<16, 8>,
    ReLU,
    Linear<8, 3>,
)>;

/// A Sequential inside a Sequential, as `nn.Sequential(nn.Sequential(...), ...)`.
type Nested = Sequential<(
    Sequential<(Conv2d<1, 2, 3>, ReLU)>,
    MaxPool2d<2>,
    Sequential<(Flatten, Linear<18, 4>)>,
)>;

#[test]
fn sixteen_layers_run_forward_and_backward() {
    let dev = Cpu::seed_from_u64(0);
    let model = dev.build_module::<Sixteen, f32>();
    let _: Output<Sixteen, Rank3<1, 12, 12>> = (Const::<3>,);
    let x: Tensor<Rank4<2, 1, 12, 12>, f32, Cpu> = dev.sample_normal();
    let y: Tensor<Rank2<2, 3>, f32, Cpu, _> = model.forward(x.traced(model.alloc_grads()));
    let grads = y.sum().backward();
    assert!(grads
        .get(&model.layers.0.weight)
        .as_vec()
        .iter()
        .any(|&g| g != 0.0));
    assert_eq!(model.num_trainable_params(), Sixteen::PARAMS);
}

#[test]
fn nested_sequentials_compose_and_name_like_pytorch() {
    let dev = Cpu::seed_from_u64(1);
    let model = dev.build_module::<Nested, f64>();
    let _: Tensor<Rank2<3, 4>, f64, Cpu> = model.forward(dev.zeros::<Rank4<3, 1, 8, 8>>());
    let dir = std::env::temp_dir().join(format!("constnet-seq-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("nested.safetensors");
    model.save_safetensors(&path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let header_len = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header = String::from_utf8_lossy(&bytes[8..8 + header_len]);
    for name in ["0.0.weight", "0.0.bias", "2.1.weight", "2.1.bias"] {
        assert!(
            header.contains(&format!("\"{name}\"")),
            "{name} missing in {header}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// Inside `Sequential`, an activation (`ReLU`, `Tanh`, `Sigmoid`) after a layer that absorbs it
/// (`Conv2d`, `Linear`, a nested `Sequential` ending in one) is applied by that layer as its
/// epilogue (`constnet::Forward`). The result must be what the layers give one by one: outputs and
/// every gradient bit for bit, in f32 (the vectorised kernels) and f64, with and without a tape,
/// through `forward` and `forward_mut`, with a constant input, for the direct and the im2col
/// convolution, and where no fold may happen (a `ReLU` after a nested `Sequential` that ends in
/// `Tanh`; a `ReLU` after a `Tanh`).
#[test]
fn folded_activations_match_the_layers_run_one_by_one() {
    macro_rules! compare {
        ($e:ty, $net:ty, $in:ty, [$($i:tt),+], [$(|$n:ident| $param:expr),+]) => {{
            let dev = Cpu::seed_from_u64(3);
            let mut net = dev.build_module::<$net, $e>();
            let x: Tensor<$in, $e, Cpu> = dev.sample_normal();
            macro_rules! one_by_one {
                ($x:expr) => {{
                    let y = $x;
                    $(let y = net.layers.$i.forward(y);)+
                    y
                }};
            }
            let r = dev.ones_like(one_by_one!(x.clone()).shape()) * 0.25;
            // without a tape
            assert_eq!(net.forward(x.clone()).as_vec(), one_by_one!(x.clone()).as_vec());
            // with a tape: outputs and gradients
            let folded = net.forward(x.clone().traced(Gradients::leaky()));
            let plain = one_by_one!(x.clone().traced(Gradients::leaky()));
            assert_eq!(folded.as_vec(), plain.as_vec());
            let gf = (folded * r.clone()).sum().backward();
            let gp = (plain * r.clone()).sum().backward();
            $(assert_eq!(gf.get({ let $n = &net; $param }).as_vec(), gp.get({ let $n = &net; $param }).as_vec());)+
            assert_eq!(gf.get(&x).as_vec(), gp.get(&x).as_vec());
            // forward_mut takes the same path
            let gm = (net.forward_mut(x.clone().traced(Gradients::leaky())) * r.clone()).sum().backward();
            $(assert_eq!(gm.get({ let $n = &net; $param }).as_vec(), gp.get({ let $n = &net; $param }).as_vec());)+
            // and so does a constant input
            let gc = (net.forward_mut(x.clone().traced_input(Gradients::leaky())) * r).sum().backward();
            $(assert_eq!(gc.get({ let $n = &net; $param }).as_vec(), gp.get({ let $n = &net; $param }).as_vec());)+
        }};
    }
    type Direct = Sequential<(Conv2d<2, 3, 3, 1, 1>, ReLU, Conv2d<3, 2, 5>, ReLU, Flatten)>;
    type Strided = Sequential<(Conv2d<2, 3, 3, 2>, ReLU, Flatten, Linear<48, 2>, ReLU)>;
    type NestedFold = Sequential<(Sequential<(Tanh, Conv2d<2, 3, 3>)>, ReLU, Flatten)>;
    type Smooth = Sequential<(
        Conv2d<2, 3, 3, 1, 1>,
        Tanh,
        Conv2d<3, 4, 5>,
        Sigmoid,
        Flatten,
        Linear<12, 5>,
        Tanh,
        Linear<5, 2>,
        Sigmoid,
    )>;
    type SmoothStrided = Sequential<(Conv2d<2, 3, 3, 2, 1>, Sigmoid, Flatten, Linear<75, 2>, Tanh)>;
    type NoFold = Sequential<(
        Sequential<(Conv2d<2, 3, 3>, Tanh)>,
        ReLU,
        Tanh,
        ReLU,
        Flatten,
    )>;
    compare!(f64, Direct, Rank4<2, 2, 7, 6>, [0, 1, 2, 3, 4], [|n| &n.layers.0.weight, |n| n.layers.0.bias.as_ref().unwrap(), |n| &n.layers.2.weight]);
    compare!(f32, Direct, Rank4<3, 2, 7, 13>, [0, 1, 2, 3, 4], [|n| &n.layers.0.weight, |n| n.layers.0.bias.as_ref().unwrap(), |n| &n.layers.2.weight]);
    compare!(f64, Strided, Rank4<2, 2, 9, 9>, [0, 1, 2, 3, 4], [|n| &n.layers.0.weight, |n| &n.layers.3.weight, |n| &n.layers.3.bias]);
    compare!(f32, Strided, Rank4<3, 2, 9, 9>, [0, 1, 2, 3, 4], [|n| &n.layers.0.weight, |n| &n.layers.3.weight, |n| &n.layers.3.bias]);
    compare!(f64, Smooth, Rank4<2, 2, 5, 7>, [0, 1, 2, 3, 4, 5, 6, 7, 8], [|n| &n.layers.0.weight, |n| n.layers.2.bias.as_ref().unwrap(), |n| &n.layers.5.weight, |n| &n.layers.7.bias]);
    compare!(f32, Smooth, Rank4<3, 2, 5, 7>, [0, 1, 2, 3, 4, 5, 6, 7, 8], [|n| &n.layers.0.weight, |n| n.layers.2.bias.as_ref().unwrap(), |n| &n.layers.5.weight, |n| &n.layers.7.bias]);
    compare!(f64, SmoothStrided, Rank4<2, 2, 9, 9>, [0, 1, 2, 3, 4], [|n| &n.layers.0.weight, |n| &n.layers.3.weight]);
    compare!(f32, SmoothStrided, Rank4<3, 2, 9, 9>, [0, 1, 2, 3, 4], [|n| &n.layers.0.weight, |n| &n.layers.3.weight]);
    compare!(f64, NestedFold, Rank4<2, 2, 5, 5>, [0, 1, 2], [|n| &n.layers.0.layers.1.weight]);
    compare!(f64, NoFold, Rank4<2, 2, 5, 5>, [0, 1, 2, 3, 4], [|n| &n.layers.0.layers.0.weight]);
}

/// Which layer applies which activation is decided from the types: an activation right after a
/// layer that absorbs one, and nothing else.
#[test]
fn epilogues_are_planned_from_the_types() {
    use constnet::Activation::{Relu, Tanh as T};
    assert_eq!(
        LeNet5::plan(None, false, false, Layout::Planar).map(|s| s.epilogue),
        [
            Some(Relu),
            None,
            None,
            Some(Relu),
            None,
            None,
            None,
            Some(Relu),
            None,
            Some(Relu),
            None,
            None
        ]
    );
    // LeNet5Classic's Tanh layers are absorbed like ReLU; pooling and Flatten absorb nothing.
    assert_eq!(
        LeNet5Classic::plan(None, false, false, Layout::Planar).map(|s| s.epilogue),
        [
            Some(T),
            None,
            None,
            Some(T),
            None,
            None,
            None,
            Some(T),
            None,
            Some(T),
            None,
            None
        ]
    );
    type Twice = Sequential<(Conv2d<1, 2, 3>, ReLU, ReLU, MaxPool2d<2>, ReLU)>;
    assert_eq!(
        Twice::plan(None, false, false, Layout::Planar).map(|s| s.epilogue),
        [Some(Relu), None, None, None, None]
    );
    // In a residual network: batch norm absorbs the ReLU after it, a residual block the ReLU
    // after its sum; a convolution followed by batch norm absorbs nothing.
    assert_eq!(
        BasicBlock::<16, 16, 1>::plan(None, false, false, Layout::Planar).map(|s| s.epilogue),
        [None, Some(Relu), None, None, None]
    );
    assert_eq!(
        constnet::Stage::<16, 32, 2, Projection<16, 32, 2>>::plan(
            None,
            false,
            false,
            Layout::Planar
        )
        .map(|s| s.epilogue),
        [Some(Relu), None, Some(Relu), None, Some(Relu), None]
    );
    // In evaluation mode on an untaped input, a convolution folds the batch norm after it and
    // then absorbs the ReLU after that; the batch norm and the ReLU are skipped.
    let folded = BasicBlock::<16, 16, 1>::plan(None, true, false, Layout::Planar);
    assert_eq!(
        folded.map(|s| s.epilogue),
        [Some(Relu), None, None, None, None]
    );
    assert_eq!(
        folded.map(|s| s.fold_next),
        [true, false, false, true, false]
    );
    assert_eq!(folded.map(|s| s.skip), [false, true, true, false, true]);
    // The epilogue asked of the block goes to the convolution that folded its last layer.
    let folded = BasicBlock::<16, 16, 1>::plan(Some(Relu), true, false, Layout::Planar);
    assert_eq!(
        folded.map(|s| s.epilogue),
        [Some(Relu), None, None, Some(Relu), None]
    );
    // In evaluation, a layer is asked for the channel blocks the next layer that runs reads
    // (stride-2 convolutions of few channels, framed by their padding; pooling, unframed); the
    // last one for what is asked of the whole.
    type Strided = Sequential<(
        Conv2d<3, 16, 3, 2, 1>,
        ReLU,
        Conv2d<16, 32, 3, 2, 2>,
        BatchNorm2d<32>,
        Conv2d<32, 64, 1, 2, 0>,
        AvgPool2d<2>,
        Conv2d<64, 256, 3, 2, 1>,
    )>;
    let blocks = |border| Layout::ChannelBlocks { border };
    let p = Layout::Planar;
    assert_eq!(
        Strided::plan(None, true, false, p).map(|s| s.layout),
        [blocks(2), p, blocks(0), p, blocks(0), p, p]
    );
    assert_eq!(
        Strided::plan(None, true, false, blocks(1)).map(|s| s.layout)[6],
        blocks(1)
    );
    assert_eq!(
        <Strided as Fuse>::READS_CHANNEL_BLOCKS,
        Some(1),
        "a Sequential reads what its first layer reads"
    );
    // Not folded, the convolution before the batch norm is asked for planes, the batch norm
    // (which writes planes regardless) for blocks.
    assert_eq!(
        Strided::plan(None, false, false, p).map(|s| s.layout),
        [blocks(2), p, p, blocks(0), blocks(0), p, p]
    );
    // Nothing to fold without a batch norm right after a convolution.
    type BnFirst = Sequential<(BatchNorm2d<1>, Conv2d<1, 2, 3>, ReLU, BatchNorm2d<2>)>;
    let plan = BnFirst::plan(None, true, false, Layout::Planar);
    assert_eq!(plan.map(|s| s.fold_next), [false; 4]);
    assert_eq!(plan.map(|s| s.skip), [false, false, true, false]);
    // In training, a convolution trains the batch norm after it with itself (its output handed
    // over in constnet's buffer); the ReLU after the batch norm is then the pair's epilogue.
    let trained = BasicBlock::<16, 16, 1>::plan(None, false, true, Layout::Planar);
    assert_eq!(
        trained.map(|s| s.norm_next),
        [true, false, false, true, false]
    );
    assert_eq!(trained.map(|s| s.skip), [false, true, true, false, true]);
    assert_eq!(
        trained.map(|s| s.epilogue),
        [Some(Relu), None, None, None, None]
    );
    assert_eq!(trained.map(|s| s.fold_next), [false; 5]);
    // A batch norm that does not follow a convolution trains on its own.
    let plan = BnFirst::plan(None, false, true, Layout::Planar);
    assert_eq!(plan.map(|s| s.norm_next), [false; 4]);
    assert_eq!(plan.map(|s| s.skip), [false, false, true, false]);
    // Outside training, nothing is paired.
    assert_eq!(
        BasicBlock::<16, 16, 1>::plan(None, false, false, Layout::Planar).map(|s| s.norm_next),
        [false; 5]
    );
    // An epilogue asked of a `Sequential` goes to its last layer, if that absorbs it.
    type EndsInConv = Sequential<(Tanh, Conv2d<1, 2, 3>)>;
    assert_eq!(
        EndsInConv::plan(Some(Relu), false, false, Layout::Planar).map(|s| s.epilogue),
        [None, Some(Relu)]
    );
    assert_eq!(
        Twice::plan(Some(Relu), false, false, Layout::Planar).map(|s| s.epilogue),
        [Some(Relu), None, None, None, None]
    );
}

/// The ReLU after a batch norm and after a residual sum is applied by them; in training mode
/// (batch statistics, running statistics updated) and in evaluation mode the results equal the
/// layers run one by one, bit for bit: outputs, gradients and running statistics.
#[test]
fn folded_relu_after_batch_norm_and_residual_matches_the_layers_run_one_by_one() {
    type Net = Sequential<(
        Conv2d<2, 3, 3, 1, 1, false>,
        BatchNorm2d<3>,
        ReLU,
        Residual<Sequential<(Conv2d<3, 3, 3, 1, 1, false>, BatchNorm2d<3>)>>,
        ReLU,
        Flatten,
    )>;
    macro_rules! compare {
        ($e:ty) => {{
            let dev = Cpu::seed_from_u64(4);
            let net = dev.build_module::<Net, $e>();
            let x: Tensor<Rank4<3, 2, 5, 6>, $e, Cpu> = dev.sample_normal();
            let r: Tensor<Rank2<3, 90>, $e, Cpu> = dev.sample_normal();
            let (mut folded, mut plain) = (net.clone(), net.clone());
            let yf = folded.forward_mut(x.clone().traced(Gradients::leaky()));
            let yp = {
                let l = &mut plain.layers;
                let y = l.0.forward_mut(x.clone().traced(Gradients::leaky()));
                let y = l.1.forward_mut(y);
                let y = l.2.forward_mut(y);
                let y = l.3.forward_mut(y);
                let y = l.4.forward_mut(y);
                l.5.forward_mut(y)
            };
            assert_eq!(yf.as_vec(), yp.as_vec());
            let gf = (yf * r.clone()).sum().backward();
            let gp = (yp * r).sum().backward();
            assert_eq!(gf.get(&x).as_vec(), gp.get(&x).as_vec());
            assert_eq!(
                gf.get(&folded.layers.0.weight).as_vec(),
                gp.get(&plain.layers.0.weight).as_vec()
            );
            assert_eq!(
                gf.get(&folded.layers.1.bias).as_vec(),
                gp.get(&plain.layers.1.bias).as_vec()
            );
            assert_eq!(
                gf.get(&folded.layers.3.block.layers.0.weight).as_vec(),
                gp.get(&plain.layers.3.block.layers.0.weight).as_vec()
            );
            assert_eq!(
                folded.layers.3.block.layers.1.running_var.as_vec(),
                plain.layers.3.block.layers.1.running_var.as_vec()
            );
            // evaluation mode
            let l = &plain.layers;
            let x0 = l.0.forward(x.clone().traced(Gradients::leaky()));
            let one_by_one =
                l.5.forward(l.4.forward(l.3.forward(l.2.forward(l.1.forward(x0)))));
            // (on a taped input, so that the batch norms are not folded into the convolutions;
            // see `batch_norm_folded_into_the_convolution_at_evaluation` for those)
            let y = folded.forward(x.traced(Gradients::leaky()));
            assert_eq!(y.as_vec(), one_by_one.as_vec());
        }};
    }
    compare!(f32);
    compare!(f64);
}

/// In evaluation mode on an input without a tape, a batch norm after a convolution is folded into
/// its weights and bias (and the ReLU after it into its output pass): with and without a bias,
/// strided, 1×1, in a residual block, and all of ResNet-20. The results equal the layers run one
/// by one up to rounding, the parameters and running statistics are left as they were, and on a
/// taped input nothing is folded (bit for bit).
#[test]
fn batch_norm_folded_into_the_convolution_at_evaluation() {
    type Net = Sequential<(
        Conv2d<3, 4, 3, 1, 1>,
        BatchNorm2d<4>,
        ReLU,
        Conv2d<4, 6, 3, 2, 1, false>,
        BatchNorm2d<6>,
        Conv2d<6, 5, 1>,
        BatchNorm2d<5>,
        Tanh,
    )>;
    /// Largest difference over the largest magnitude.
    fn rel<E: Into<f64> + Copy>(a: &[E], b: &[E]) -> f64 {
        let scale = b.iter().fold(0f64, |m, &v| m.max(v.into().abs()));
        let diff = a
            .iter()
            .zip(b)
            .fold(0f64, |m, (&x, &y)| m.max((x.into() - y.into()).abs()));
        diff / scale
    }
    macro_rules! compare {
        ($e:ty, $tol:expr) => {{
            let dev = Cpu::seed_from_u64(7);
            let mut net = dev.build_module::<Net, $e>();
            // Running statistics and affine parameters away from their initial 0 and 1.
            for _ in 0..3 {
                let x: Tensor<Rank4<4, 3, 9, 9>, $e, Cpu> = dev.sample_normal();
                net.forward_mut(x * 2.0 + 0.5);
            }
            net.layers.1.weight = dev.sample_normal();
            net.layers.4.bias = dev.sample_normal();
            net.layers.6.weight = dev.sample_normal();
            let before = net.clone();
            let x: Tensor<Rank4<3, 3, 9, 9>, $e, Cpu> = dev.sample_normal();
            let folded = net.forward(x.clone());
            let l = &net.layers;
            let one_by_one = l.7.forward(l.6.forward(l.5.forward(
                l.4.forward(l.3.forward(l.2.forward(l.1.forward(l.0.forward(x.clone()))))),
            )));
            let err = rel(&folded.as_vec(), &one_by_one.as_vec());
            eprintln!("{}: folded against one by one {err:e}", stringify!($e));
            assert!(err < $tol, "{}: {err:e}", stringify!($e));
            // Not the same to the bit: the fold did happen.
            assert_ne!(folded.as_vec(), one_by_one.as_vec());
            // On a taped input, the layers one by one exactly.
            let taped = net.forward(x.traced(Gradients::leaky()));
            assert_eq!(taped.as_vec(), one_by_one.as_vec());
            assert_eq!(
                net.layers.3.weight.as_vec(),
                before.layers.3.weight.as_vec()
            );
            assert_eq!(
                net.layers.4.running_mean.as_vec(),
                before.layers.4.running_mean.as_vec()
            );
        }};
    }
    compare!(f64, 2e-15);
    compare!(f32, 1e-6);

    // ResNet-20: residual blocks, projection shortcuts, the ReLU after each sum.
    let dev = Cpu::seed_from_u64(3);
    let mut net = dev.build_module::<constnet::ResNet20, f32>();
    for _ in 0..2 {
        let x: Tensor<Rank4<4, 3, 32, 32>, f32, Cpu> = dev.sample_normal();
        net.forward_mut(x);
    }
    let x: Tensor<Rank4<2, 3, 32, 32>, f32, Cpu> = dev.sample_normal();
    let folded = net.forward(x.clone()).as_vec();
    let taped = net.forward(x.traced(Gradients::leaky())).as_vec();
    let err = rel(&folded, &taped);
    eprintln!("ResNet20: folded against unfolded {err:e}");
    assert!(err < 5e-7, "ResNet20: {err:e}");
    assert_ne!(folded, taped);
}

/// Doubles its input; a layer of a user's own, with no kernel of constnet's behind it.
#[derive(Debug, Default, Clone, Copy)]
struct Double;
impl<S: Shape> Layer<S> for Double {
    type Output = S;
    fn output_shape(input: &S) -> S {
        *input
    }
}
impl constnet::Fuse for Double {}
impl<S: Shape, E: Dtype, T: Tape<E, Cpu>> constnet::Forward<Tensor<S, E, Cpu, T>> for Double
where
    Cpu: dfdx::tensor_ops::Device<E>,
{
    type Output = Tensor<S, E, Cpu, T>;
    type Error = dfdx::tensor::CpuError;
    fn try_run(
        &self,
        x: Tensor<S, E, Cpu, T>,
        _: constnet::Call,
    ) -> Result<Self::Output, Self::Error> {
        Ok(x * E::from_f64(2.0).unwrap())
    }
}
impl<S: Shape, E: Dtype, T: Tape<E, Cpu>> Module<Tensor<S, E, Cpu, T>> for Double
where
    Cpu: dfdx::tensor_ops::Device<E>,
{
    type Output = Tensor<S, E, Cpu, T>;
    type Error = dfdx::tensor::CpuError;
    fn try_forward(&self, x: Tensor<S, E, Cpu, T>) -> Result<Self::Output, Self::Error> {
        constnet::Forward::try_run(self, x, constnet::Call::DEFAULT)
    }
}
impl dfdx::nn::ZeroSizedModule for Double {}

/// In evaluation mode on an input without a tape, `Sequential` passes the activations from one
/// layer's kernel to the next in constnet's own buffers (no copy out of a dfdx tensor). The
/// results are those of the layers run one by one, bit for bit: pooling of both kinds (strided,
/// padded), convolutions (stride 1 and 2, padded or not), linear layers, standalone activations,
/// global average pooling, residual blocks (identity and projection shortcuts, batch norms folded),
/// identity and dropout, a user's own layer in between (which gets a dfdx tensor), nested
/// composites, f32 and f64, batches that split unevenly over threads.
#[test]
fn evaluation_in_constnet_buffers_matches_the_layers_run_one_by_one() {
    macro_rules! compare {
        ($e:ty, $net:ty, $in:ty, [$($i:tt),+]) => {{
            let dev = Cpu::seed_from_u64(5);
            let net = dev.build_module::<$net, $e>();
            let x: Tensor<$in, $e, Cpu> = dev.sample_normal();
            let y = x.clone();
            $(let y = net.layers.$i.forward(y);)+
            assert_eq!(net.forward(x).as_vec(), y.as_vec(), "{}", stringify!($net));
        }};
    }
    type Pools = Sequential<(
        Conv2d<3, 8, 3, 1, 1>,
        ReLU,
        MaxPool2d<2>,
        Conv2d<8, 8, 3, 2, 1>,
        Tanh,
        AvgPool2d<3, 2, 1>,
        MaxPool2d<3, 1, 1>,
        Flatten,
        Linear<32, 7>,
        Sigmoid,
    )>;
    type UserLayer = Sequential<(
        Conv2d<3, 4, 5>,
        Double,
        AvgPool2d<2>,
        Sequential<(Conv2d<4, 16, 3, 1, 1>, ReLU, Double)>,
        MaxPool2d<2>,
        Identity,
        Flatten,
        Dropout,
        Double,
        Linear<576, 10>,
    )>;
    // standalone activations (after pooling), global average pooling
    type Global = Sequential<(
        Conv2d<3, 4, 3>,
        MaxPool2d<2>,
        Sigmoid,
        GlobalAvgPool2d,
        Tanh,
        Flatten,
        Linear<4, 2>,
    )>;
    // Stride-2 convolutions hand each other channel blocks framed by the next one's padding (read
    // as they are; converted where the next one's output is too narrow for its path): Sigmoid,
    // which is not 0 at 0, applied before the border is zeroed; 1×1; input channels in three
    // blocks, the last partial.
    type Blocks = Sequential<(
        Conv2d<3, 16, 3, 2, 1>,
        Sigmoid,
        Conv2d<16, 20, 3, 2, 1>,
        Tanh,
        Conv2d<20, 40, 1, 2, 0>,
        ReLU,
        Conv2d<40, 24, 3, 2, 1>,
        Conv2d<24, 8, 3, 2, 2>,
        Flatten,
    )>;
    compare!(f32, Blocks, Rank4<5, 3, 65, 60>, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    compare!(f32, Blocks, Rank3<3, 65, 60>, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    compare!(f64, Blocks, Rank4<2, 3, 65, 60>, [0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // Pooling reads channel blocks (without a border: its padding is never read) and writes
    // them for a layer that reads them, planes for the others; 20 channels, a partial block.
    type PooledBlocks = Sequential<(
        Conv2d<3, 20, 3, 2, 1>,
        ReLU,
        AvgPool2d<3, 1, 1>,
        MaxPool2d<2, 1>,
        Conv2d<20, 16, 3, 2, 1>,
        AvgPool2d<2>,
        Flatten,
    )>;
    compare!(f32, PooledBlocks, Rank4<5, 3, 33, 35>, [0, 1, 2, 3, 4, 5, 6]);
    compare!(f64, PooledBlocks, Rank4<2, 3, 33, 35>, [0, 1, 2, 3, 4, 5, 6]);
    compare!(f32, Global, Rank4<5, 3, 12, 12>, [0, 1, 2, 3, 4, 5, 6]);
    compare!(f64, Global, Rank4<3, 3, 12, 12>, [0, 1, 2, 3, 4, 5, 6]);
    // residual blocks with identity and projection shortcuts, batch norms folded
    macro_rules! stage {
        ($e:ty, $net:ty, $in:ty) => {{
            let dev = Cpu::seed_from_u64(7);
            let mut net = dev.build_module::<$net, $e>();
            // running statistics away from their initial values
            net.forward_mut(dev.sample_normal::<$in>() * 2.0 + 0.5);
            let x: Tensor<$in, $e, Cpu> = dev.sample_normal();
            let l = &net.layers;
            let y = l.5.forward(
                l.4.forward(l.3.forward(l.2.forward(l.1.forward(l.0.forward(x.clone()))))),
            );
            assert_eq!(net.forward(x).as_vec(), y.as_vec(), "{}", stringify!($net));
        }};
    }
    stage!(f32, Stage<16, 32, 2, Projection<16, 32, 2>>, Rank4<3, 16, 8, 8>);
    stage!(f32, Stage<8, 8, 1, Identity>, Rank4<5, 8, 6, 6>);
    stage!(f64, Stage<8, 16, 2, Projection<8, 16, 2>>, Rank4<2, 8, 6, 6>);
    compare!(f32, Pools, Rank4<5, 3, 16, 16>, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    compare!(f64, Pools, Rank4<3, 3, 16, 16>, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    compare!(f32, UserLayer, Rank4<7, 3, 28, 28>, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    compare!(f64, UserLayer, Rank4<2, 3, 28, 28>, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    compare!(f32, LeNet5, Rank4<9, 3, 32, 32>, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    compare!(f32, LeNet5Classic, Rank4<3, 1, 32, 32>, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // a single image, no batch axis
    compare!(f32, LeNet5, Rank3<3, 32, 32>, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
}

/// In training, a convolution runs the batch norm after it together with itself (its output
/// handed over in constnet's buffer, the gradient between them computed into one): outputs,
/// every gradient, the running statistics and the batch count equal the layers run one by one,
/// bit for bit, over two steps. With and without a bias, strided, 1×1, an activation after the
/// batch norm or none, the epilogue handed in from outside, a constant input, f32 and f64, and
/// batches that split unevenly over threads.
#[test]
fn convolution_and_batch_norm_trained_together_match_the_layers_run_one_by_one() {
    type Net = Sequential<(
        Conv2d<3, 5, 3, 1, 1>,
        BatchNorm2d<5>,
        Tanh,
        Conv2d<5, 6, 3, 2, 1, false>,
        BatchNorm2d<6>,
        Sequential<(Conv2d<6, 6, 1>, BatchNorm2d<6>)>,
        ReLU,
        Conv2d<6, 4, 3, 1, 1>,
        BatchNorm2d<4>,
    )>;
    const _: () = assert!(Net::plan(None, false, true, Layout::Planar)[0].norm_next);
    // Scratch buffers handed out full of NaN, so that an element the pair's backward pass leaves
    // unwritten in the gradient between its two layers shows (process-wide: the other tests here
    // see it too, which correct kernels do not notice).
    struct Off;
    impl Drop for Off {
        fn drop(&mut self) {
            constnet::ops::poison_scratch(false);
        }
    }
    constnet::ops::poison_scratch(true);
    let _off = Off;
    // The gradients of a parameter of the paired and the plain network: equal, and not all
    // zero (so that a gradient left out would show).
    macro_rules! same {
        ($c:expr, $($t:tt)+) => {{
            let (gf, gp, f, p, what) = $c;
            let a = gf.get(&f.$($t)+).as_vec();
            assert_eq!(a, gp.get(&p.$($t)+).as_vec(), "gradient of {}, {what}", stringify!($($t)+));
            assert!(a.iter().any(|&v| v != 0.0), "gradient of {} all zero", stringify!($($t)+));
        }};
    }
    // A batch norm's parameter gradients, running statistics and batch count.
    macro_rules! same_norm {
        ($c:expr, $step:expr, $e:ty, $($t:tt)+) => {{
            same!($c, $($t)+.weight);
            same!($c, $($t)+.bias);
            let (_, _, f, p, what) = $c;
            assert_eq!(f.$($t)+.running_mean.as_vec(), p.$($t)+.running_mean.as_vec(), "{what}");
            assert_eq!(f.$($t)+.running_var.as_vec(), p.$($t)+.running_var.as_vec(), "{what}");
            let count = vec![($step + 1) as $e];
            assert_eq!(f.$($t)+.num_batches_tracked.as_vec(), count, "batches counted, {what}");
        }};
    }
    macro_rules! compare {
        ($e:ty, $b:literal, $const_input:expr) => {{
            let dev = Cpu::seed_from_u64($b);
            let net = dev.build_module::<Net, $e>();
            let (mut paired, mut plain) = (net.clone(), net);
            for step in 0..2 {
                let x: Tensor<Rank4<$b, 3, 12, 10>, $e, Cpu> = dev.sample_normal();
                let r: Tensor<Rank4<$b, 4, 6, 5>, $e, Cpu> = dev.sample_normal();
                let yf = if $const_input {
                    paired.forward_mut(x.clone().traced_input(Gradients::leaky()))
                } else {
                    paired.forward_mut(x.clone().traced(Gradients::leaky()))
                };
                let yp = {
                    let l = &mut plain.layers;
                    let y = if $const_input {
                        l.0.forward_mut(x.clone().traced_input(Gradients::leaky()))
                    } else {
                        l.0.forward_mut(x.clone().traced(Gradients::leaky()))
                    };
                    let y = l.2.forward_mut(l.1.forward_mut(y));
                    let y = l.4.forward_mut(l.3.forward_mut(y));
                    let y = l.5.layers.1.forward_mut(l.5.layers.0.forward_mut(y));
                    let y = l.6.forward_mut(y);
                    l.8.forward_mut(l.7.forward_mut(y))
                };
                let what = format!("{} batch {} step {step}", stringify!($e), $b);
                assert_eq!(yf.as_vec(), yp.as_vec(), "output, {what}");
                let gf = (yf * r.clone()).sum().backward();
                let gp = (yp * r).sum().backward();
                if $const_input {
                    // no gradient at all for a constant input (dfdx's `get` panics on it)
                    let absent =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| gf.get(&x)));
                    assert!(absent.is_err(), "a constant input's gradient, {what}");
                } else {
                    assert_eq!(gf.get(&x).as_vec(), gp.get(&x).as_vec(), "input, {what}");
                }
                let (f, p) = (&paired.layers, &plain.layers);
                let c = (&gf, &gp, f, p, &what);
                same!(c, 0.weight);
                let (bf, bp) = (f.0.bias.as_ref().unwrap(), p.0.bias.as_ref().unwrap());
                assert_eq!(gf.get(bf).as_vec(), gp.get(bp).as_vec(), "bias, {what}");
                same_norm!(c, step, $e, 1);
                same!(c, 3.weight);
                same_norm!(c, step, $e, 4);
                same!(c, 5.layers.0.weight);
                same_norm!(c, step, $e, 5.layers.1);
                same!(c, 7.weight);
                same_norm!(c, step, $e, 8);
            }
        }};
    }
    compare!(f32, 1, false);
    compare!(f32, 3, false);
    compare!(f32, 7, true);
    compare!(f64, 2, false);
    compare!(f64, 5, true);
}

/// Whether a [`Spy`] that keeps forms (index 1) or one that does not (index 0) was offered a
/// frozen model's store.
static OFFERED: [std::sync::atomic::AtomicBool; 2] = [
    std::sync::atomic::AtomicBool::new(false),
    std::sync::atomic::AtomicBool::new(false),
];

/// A layer of a user's own that returns its input and notes whether its call carried a frozen
/// model's store; `KEEPS` is its [`Fuse::FREEZES`].
#[derive(Debug, Default, Clone, Copy)]
struct Spy<const KEEPS: bool>;
impl<const KEEPS: bool, S: Shape> Layer<S> for Spy<KEEPS> {
    type Output = S;
    fn output_shape(input: &S) -> S {
        *input
    }
}
impl<const KEEPS: bool> Fuse for Spy<KEEPS> {
    const FREEZES: bool = KEEPS;
}
impl<const KEEPS: bool, S: Shape, T: Tape<f32, Cpu>> constnet::Forward<Tensor<S, f32, Cpu, T>>
    for Spy<KEEPS>
{
    type Output = Tensor<S, f32, Cpu, T>;
    type Error = dfdx::tensor::CpuError;
    fn try_run(
        &self,
        x: Tensor<S, f32, Cpu, T>,
        call: constnet::Call,
    ) -> Result<Self::Output, Self::Error> {
        if call.frozen.is_some() {
            OFFERED[KEEPS as usize].store(true, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(x)
    }
}
impl<const KEEPS: bool> dfdx::nn::ZeroSizedModule for Spy<KEEPS> {}

/// A frozen model's store goes only to layers that keep their weights' forms by their own
/// tensors' addresses (`Fuse::FREEZES`): a layer of a user's own, which might build a layer in its
/// forward pass (whose address could key another's weights), is not offered it, at the top level
/// or in a residual block; one that states it is. ResNet20 frozen equals its `forward`, bit for
/// bit (the residual blocks' convolutions and projections keep their forms).
#[test]
fn frozen_models_offer_their_store_only_to_layers_that_keep() {
    type Spied = Sequential<(
        Conv2d<3, 4, 3, 1, 1>,
        Spy<false>,
        Residual<Sequential<(Spy<false>, Conv2d<4, 4, 3, 1, 1>)>>,
        Residual<Spy<false>>,
        Residual<Spy<true>>,
    )>;
    let dev: Cpu = Default::default();
    let frozen = Frozen::new(dev.build_module::<Spied, f32>());
    let _ = frozen.forward(dev.sample_normal::<Rank4<2, 3, 8, 8>>());
    assert!(!OFFERED[0].load(std::sync::atomic::Ordering::Relaxed));
    assert!(OFFERED[1].load(std::sync::atomic::Ordering::Relaxed));
    assert!(frozen.kept() >= 2, "the convolutions keep their weights");

    let mut net = dev.build_module::<ResNet20, f32>();
    net.forward_mut(dev.sample_normal::<Rank4<4, 3, 32, 32>>() * 2.0 + 0.5);
    let frozen = Frozen::new(net.clone());
    let bits = |v: Vec<f32>| -> Vec<u32> { v.iter().map(|v| v.to_bits()).collect() };
    for _ in 0..2 {
        let x1 = dev.sample_normal::<Rank4<1, 3, 32, 32>>();
        assert_eq!(
            bits(frozen.forward(x1.clone()).as_vec()),
            bits(net.forward(x1).as_vec())
        );
        let x3 = dev.sample_normal::<Rank4<3, 3, 32, 32>>();
        assert_eq!(
            bits(frozen.forward(x3.clone()).as_vec()),
            bits(net.forward(x3).as_vec())
        );
    }
}

/// A frozen model whose output is not one row per item of its input is evaluated whole, though
/// its batch would split: parts' outputs are not the whole batch's. With a batch of fixed size
/// (the output's `Const<1>` cannot hold the parts' rows) and one of run-time size (whose parts
/// give one row each, not one per item).
#[test]
fn frozen_models_whose_output_is_not_per_item_run_whole() {
    use constnet::{Call, Forward};
    let dev = Cpu::seed_from_u64(41);
    let frozen = Frozen::new(BatchMean).parts(Parts::Of(16));
    let x: Tensor<Rank2<40, 4>, f32, Cpu> = dev.sample_normal();
    let want = BatchMean.try_run(x.clone(), Call::DEFAULT).unwrap();
    let got: Tensor<Rank2<1, 4>, f32, Cpu> = frozen.forward(x);
    assert_eq!(got.array(), want.array());
    let x: Tensor<(usize, Const<4>), f32, Cpu> = dev.sample_normal_like(&(40, Const));
    let want = BatchMean
        .try_run(x.clone(), Call::DEFAULT)
        .unwrap()
        .as_vec();
    let got = frozen.forward(x);
    assert_eq!((got.shape().0, got.as_vec()), (1, want));
    assert_eq!(
        frozen.parts_for(40),
        Some(vec![20, 20]),
        "the batch would split"
    );
}
