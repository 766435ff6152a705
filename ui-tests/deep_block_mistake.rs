// ResNet-20 with one mistake deep inside: the second block of the last stage normalises 32
// channels where its convolution gives 64.
use constnet::prelude::*;

type Block<const IN: usize, const OUT: usize, const STRIDE: usize, const BN: usize> = Sequential<(
    Conv2d<IN, OUT, 3, STRIDE, 1, false>,
    BatchNorm2d<BN>,
    ReLU,
    Conv2d<OUT, OUT, 3, 1, 1, false>,
    BatchNorm2d<OUT>,
)>;
type Projection<const IN: usize, const OUT: usize> =
    Sequential<(Conv2d<IN, OUT, 1, 2, 0, false>, BatchNorm2d<OUT>)>;
type Stage<const IN: usize, const OUT: usize, const BN: usize> = Sequential<(
    Residual<Block<IN, OUT, 2, OUT>, Projection<IN, OUT>>,
    ReLU,
    Residual<Block<OUT, OUT, 1, BN>>,
    ReLU,
    Residual<Block<OUT, OUT, 1, OUT>>,
    ReLU,
)>;
type Net = Sequential<(
    Conv2d<3, 16, 3, 1, 1, false>,
    BatchNorm2d<16>,
    ReLU,
    Stage<16, 32, 32>,
    Stage<32, 64, 32>,
    GlobalAvgPool2d,
    Flatten,
    Linear<64, 10>,
)>;

fn main() {
    let dev: Cpu = Default::default();
    let net = dev.build_module::<Net, f32>();
    let x: Tensor<Rank4<8, 3, 32, 32>, f32, Cpu> = dev.zeros();
    let _y = net.forward(x);
}
