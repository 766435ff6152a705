// LeCun's LeNet-5 on 1×32×32 images, with a runtime batch size.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let model = dev.build_module::<LeNet5Classic, f32>();
    let x: Tensor<(usize, Const<1>, Const<32>, Const<32>), f32, Cpu> =
        dev.zeros_like(&(5, Const, Const, Const));
    let logits: Tensor<(usize, Const<10>), f32, Cpu> = model.forward(x);
    assert_eq!(logits.shape().0, 5);
}
