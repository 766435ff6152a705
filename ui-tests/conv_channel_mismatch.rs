// The second convolution expects 6 channels, but the first one produces 8.
use constnet::prelude::*;

type Net = Sequential<(Conv2d<3, 8, 5>, ReLU, Conv2d<6, 16, 5>)>;

fn main() {
    let dev: Cpu = Default::default();
    let model = dev.build_module::<Net, f32>();
    let x: Tensor<Rank4<2, 3, 32, 32>, f32, Cpu> = dev.zeros();
    let _y = model.forward(x);
}
