// A convolution needs images, not flat feature vectors.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let conv = dev.build_module::<Conv2d<3, 8, 5>, f32>();
    let x: Tensor<Rank2<64, 400>, f32, Cpu> = dev.zeros();
    let _y = conv.forward(x);
}
