// The projection shortcut forgets the stride: 32×32 against the block's 16×16.
use constnet::prelude::*;

type Down = Sequential<(Conv2d<16, 32, 3, 2, 1, false>, BatchNorm2d<32>)>;
type Shortcut = Sequential<(Conv2d<16, 32, 1, 1, 0, false>, BatchNorm2d<32>)>;

fn main() {
    let dev: Cpu = Default::default();
    let net = dev.build_module::<Sequential<(Residual<Down, Shortcut>, ReLU)>, f32>();
    let x: Tensor<Rank4<8, 16, 32, 32>, f32, Cpu> = dev.zeros();
    let _y = net.forward(x);
}
