// 16 maps of 5×5 flatten to 400 features, but the first Linear expects 256.
use constnet::prelude::*;

type Net = Sequential<(
    Conv2d<3, 8, 5>,
    ReLU,
    MaxPool2d<2>,
    Conv2d<8, 16, 5>,
    ReLU,
    MaxPool2d<2>,
    Flatten,
    Linear<256, 120>,
    ReLU,
    Linear<120, 10>,
)>;

fn main() {
    let dev: Cpu = Default::default();
    let model = dev.build_module::<Net, f32>();
    let x: Tensor<Rank4<64, 3, 32, 32>, f32, Cpu> = dev.zeros();
    let _logits = model.forward(x);
}
