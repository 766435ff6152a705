// LeNet5 on 3×32×32 images: every shape inferred, forward and backward run.
use constnet::prelude::*;

fn main() {
    let dev: Cpu = Default::default();
    let model = dev.build_module::<LeNet5, f32>();
    let x: Tensor<Rank4<2, 3, 32, 32>, f32, Cpu> = dev.sample_normal();
    let grads = model.alloc_grads();
    let logits: Tensor<Rank2<2, 10>, f32, Cpu, _> = model.forward(x.traced(grads));
    let loss = cross_entropy_with_logits_loss(logits, dev.tensor([[1.0; 10]; 2]) / 10.0);
    let _grads = loss.backward();
    let _: Output<LeNet5, Rank3<3, 32, 32>> = (Const::<10>,);
}
