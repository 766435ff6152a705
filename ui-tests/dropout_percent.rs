// Dropout<PERCENT> drops PERCENT of the values: at most 100.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let net = dev.build_module::<Sequential<(Linear<8, 8>, Dropout<150>)>, f32>();
    let x: Tensor<Rank2<4, 8>, f32, Cpu> = dev.zeros();
    let _y = net.forward(x);
}
