// The batch norm after a 16-channel convolution must have 16 channels.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let net = dev.build_module::<Sequential<(Conv2d<3, 16, 3, 1, 1, false>, BatchNorm2d<8>, ReLU)>, f32>();
    let x: Tensor<Rank4<4, 3, 32, 32>, f32, Cpu> = dev.zeros();
    let _y = net.forward(x);
}
