// A block that halves the size and doubles the channels cannot be summed with its input: the
// residual block needs a shortcut that does the same.
use constnet::prelude::*;

type Down = Sequential<(Conv2d<16, 32, 3, 2, 1, false>, BatchNorm2d<32>)>;

fn main() {
    let dev: Cpu = Default::default();
    let block = dev.build_module::<Residual<Down>, f32>();
    let x: Tensor<Rank4<8, 16, 32, 32>, f32, Cpu> = dev.zeros();
    let _y = block.forward(x);
}
