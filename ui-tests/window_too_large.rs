// 8×8 → conv 3×3 → 6×6 → pool → 3×3 → pool → 1×1: a third 2×2 pool does not fit.
use constnet::prelude::*;

type Net = Sequential<(Conv2d<1, 4, 3>, MaxPool2d<2>, MaxPool2d<2>, MaxPool2d<2>)>;

fn main() {
    let dev: Cpu = Default::default();
    let model = dev.build_module::<Net, f32>();
    let x: Tensor<Rank4<8, 1, 8, 8>, f32, Cpu> = dev.zeros();
    let _y = model.forward(x);
}
