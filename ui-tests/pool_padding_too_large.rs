// PyTorch's pooling pads at most half the window: a window must hold an input element.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let pool: MaxPool2d<3, 2, 2> = Default::default();
    let x: Tensor<Rank3<4, 16, 16>, f32, Cpu> = dev.zeros();
    let _y = pool.forward(x);
}
