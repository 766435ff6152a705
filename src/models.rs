//! Reference networks.
use crate::layers::{AvgPool2d, Conv2d, Flatten, Linear, MaxPool2d, ReLU, Tanh};
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
