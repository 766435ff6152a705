//! Reference networks.
use crate::layers::{
    AvgPool2d, BatchNorm2d, Conv2d, Flatten, GlobalAvgPool2d, Identity, Linear, MaxPool2d, ReLU,
    Residual, Tanh,
};
use crate::sequential::Sequential;

/// LeNet-5 as in the reference case study: 3×32×32 images → conv 5×5×8 → max-pool → conv 5×5×16 →
/// max-pool → 120 → 84 → 10 logits, with ReLU activations.
///
/// **PyTorch equivalent**:
/// ```text
/// nn.Sequential(nn.Conv2d(3, 8, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(8, 16, 5), nn.ReLU(),
///               nn.MaxPool2d(2), nn.Flatten(), nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84),
///               nn.ReLU(), nn.Linear(84, 10))
/// ```
///
/// # Shapes
/// - input: `[3, 32, 32]` or `[batch, 3, 32, 32]`
/// - output: `[10]` or `[batch, 10]` (logits)
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let model = dev.build_module::<LeNet5, f32>();
/// let logits: Tensor<Rank2<4, 10>, f32, _> = model.forward(dev.zeros::<Rank4<4, 3, 32, 32>>());
/// assert_eq!(model.num_trainable_params(), 62_958);
/// const _: () = assert!(LeNet5::PARAMS == 62_958);
///
/// // The per-layer report, from the types alone
/// let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>();
/// assert_eq!(s.rows[0].name, "Conv2d<3, 8, 5>");
/// assert_eq!(s.total_macs(), 849_320);
/// ```
///
/// The case study lists the same activation shapes but wrong parameter counts (208 for the first
/// convolution instead of 608, …); [`LENET5_SEED_COMPARISON`](crate::summary::LENET5_SEED_COMPARISON) sets
/// them side by side.
pub type LeNet5 = Sequential<(
    Conv2d<3, 8, 5>,
    ReLU,
    MaxPool2d<2>,
    Conv2d<8, 16, 5>,
    ReLU,
    MaxPool2d<2>,
    Flatten,
    Linear<400, 120>,
    ReLU,
    Linear<120, 84>,
    ReLU,
    Linear<84, 10>,
)>;

/// LeCun's LeNet-5 (1998) on 1×32×32 greyscale images: 6 and 16 feature maps, Tanh, average
/// pooling, then 120 → 84 → 10. The second convolution is fully connected across channels (the
/// original wires each map to a subset).
///
/// # Shapes
/// - input: `[1, 32, 32]` or `[batch, 1, 32, 32]`
/// - output: `[10]` or `[batch, 10]`
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let model = dev.build_module::<LeNet5Classic, f32>();
/// let _: Tensor<Rank2<2, 10>, f32, _> = model.forward(dev.zeros::<Rank4<2, 1, 32, 32>>());
/// assert_eq!(model.num_trainable_params(), 61_706);
/// const _: () = assert!(LeNet5Classic::PARAMS == 61_706);
/// ```
pub type LeNet5Classic = Sequential<(
    Conv2d<1, 6, 5>,
    Tanh,
    AvgPool2d<2>,
    Conv2d<6, 16, 5>,
    Tanh,
    AvgPool2d<2>,
    Flatten,
    Linear<400, 120>,
    Tanh,
    Linear<120, 84>,
    Tanh,
    Linear<84, 10>,
)>;

/// The two 3×3 convolutions of a ResNet basic block, each followed by batch norm, a ReLU between
/// them: `IN` to `OUT` channels, the first convolution with `STRIDE`.
pub type BasicBlock<const IN: usize, const OUT: usize, const STRIDE: usize> = Sequential<(
    Conv2d<IN, OUT, 3, STRIDE, 1, false>,
    BatchNorm2d<OUT>,
    ReLU,
    Conv2d<OUT, OUT, 3, 1, 1, false>,
    BatchNorm2d<OUT>,
)>;

/// A projection shortcut: a strided 1×1 convolution and batch norm, for a block that changes the
/// channels or the size.
pub type Projection<const IN: usize, const OUT: usize, const STRIDE: usize> =
    Sequential<(Conv2d<IN, OUT, 1, STRIDE, 0, false>, BatchNorm2d<OUT>)>;

/// A stage of ResNet20: three residual blocks with a ReLU after each, the first going from `IN`
/// to `OUT` channels with `STRIDE` (a projection shortcut) and the others keeping the shape
/// (identity shortcuts).
pub type Stage<const IN: usize, const OUT: usize, const STRIDE: usize, Shortcut> = Sequential<(
    Residual<BasicBlock<IN, OUT, STRIDE>, Shortcut>,
    ReLU,
    Residual<BasicBlock<OUT, OUT, 1>>,
    ReLU,
    Residual<BasicBlock<OUT, OUT, 1>>,
    ReLU,
)>;

/// ResNet-20 for 3×32×32 images (He et al. 2016, the CIFAR-10 variant, with projection
/// shortcuts): a 3×3 stem, three stages of three basic blocks at 16, 32 and 64 channels (the
/// last two halving the size), global average pooling and a linear classifier. 272,474
/// parameters, 40.8 million multiply-adds per image.
///
/// **PyTorch equivalent** (its `state_dict` keys are the checkpoint's):
/// ```text
/// def block(i, o, s):
///     b = nn.Sequential(nn.Conv2d(i, o, 3, s, 1, bias=False), nn.BatchNorm2d(o), nn.ReLU(),
///                       nn.Conv2d(o, o, 3, 1, 1, bias=False), nn.BatchNorm2d(o))
///     sc = None if (i == o and s == 1) else nn.Sequential(nn.Conv2d(i, o, 1, s, 0, bias=False),
///                                                         nn.BatchNorm2d(o))
///     return [Residual(b, sc), nn.ReLU()]
/// def stage(i, o, s):
///     return nn.Sequential(*block(i, o, s), *block(o, o, 1), *block(o, o, 1))
/// resnet20 = nn.Sequential(nn.Conv2d(3, 16, 3, 1, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
///                          stage(16, 16, 1), stage(16, 32, 2), stage(32, 64, 2),
///                          nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10))
/// ```
///
/// # Shapes
/// - input: `[batch, 3, 32, 32]` (batch norm takes batches only)
/// - output: `[batch, 10]` (logits)
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let model = dev.build_module::<ResNet20, f32>();
/// let _: Tensor<Rank2<2, 10>, f32, _> = model.forward(dev.zeros::<Rank4<2, 3, 32, 32>>());
/// const _: () = assert!(ResNet20::PARAMS == 272_474);
/// assert_eq!(model.num_trainable_params(), 272_474);
/// assert_eq!(Summary::of::<ResNet20, Rank4<1, 3, 32, 32>>().total_macs(), 40_813_184);
/// ```
pub type ResNet20 = Sequential<(
    Conv2d<3, 16, 3, 1, 1, false>,
    BatchNorm2d<16>,
    ReLU,
    Stage<16, 16, 1, Identity>,
    Stage<16, 32, 2, Projection<16, 32, 2>>,
    Stage<32, 64, 2, Projection<32, 64, 2>>,
    GlobalAvgPool2d,
    Flatten,
    Linear<64, 10>,
)>;
