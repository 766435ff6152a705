// 64 × 32 × 32 = 65,536 features: one past the largest flattened size constnet computes.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let x: Tensor<Rank4<2, 64, 32, 32>, f32, Cpu> = dev.zeros();
    let _y = Flatten.forward(x);
}
