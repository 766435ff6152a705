// A 0×0 kernel has nothing to convolve with.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let conv = dev.build_module::<Conv2d<3, 8, 0>, f32>();
    let x: Tensor<Rank3<3, 8, 8>, f32, Cpu> = dev.zeros();
    let _y = conv.forward(x);
}
