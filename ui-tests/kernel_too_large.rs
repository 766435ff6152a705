// A 5×5 kernel cannot slide over a 3×3 image without padding.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let conv = dev.build_module::<Conv2d<1, 4, 5>, f32>();
    let x: Tensor<Rank3<1, 3, 3>, f32, Cpu> = dev.zeros();
    let _y = conv.forward(x);
}
