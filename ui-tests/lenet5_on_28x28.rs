// LeNet5 is built for 32×32 images; 28×28 (MNIST-sized) ones flatten to 256 features, not 400.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let model = dev.build_module::<LeNet5, f32>();
    let x: Tensor<Rank4<64, 3, 28, 28>, f32, Cpu> = dev.zeros();
    let _logits = model.forward(x);
}
