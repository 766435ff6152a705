// Strides, padding and overlapping pools: 3×64×64 → 16×32×32 → 16×15×15 → 32×8×8 → 32×4×4 → 10.
use constnet::prelude::*;

type Net = Sequential<(
    Conv2d<3, 16, 3, 2, 1>,
    ReLU,
    MaxPool2d<3, 2>,
    Conv2d<16, 32, 3, 2, 1>,
    ReLU,
    AvgPool2d<2>,
    Flatten,
    Linear<512, 10>,
)>;

fn main() {
    let dev: Cpu = Default::default();
    let model = dev.build_module::<Net, f64>();
    let x: Tensor<Rank4<2, 3, 64, 64>, f64, Cpu> = dev.zeros();
    let _: Tensor<Rank2<2, 10>, f64, Cpu> = model.forward(x);
    let _: Output<Sequential<(Conv2d<3, 16, 3, 2, 1>, ReLU, MaxPool2d<3, 2>)>, Rank3<3, 64, 64>> =
        (Const::<16>, Const::<15>, Const::<15>);
}
