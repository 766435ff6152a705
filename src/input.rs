//! Model inputs whose gradient is not wanted: PyTorch's default (`requires_grad=False`), which dfdx
//! does not have.
//!
//! dfdx computes a gradient for every tensor the tape has seen, including the batch of images that
//! enters the network; with [`alloc_grads`](dfdx::nn::ZeroGrads::alloc_grads) that gradient is then
//! thrown away after `backward`. For LeNet-5 it is the most expensive gradient of the step (the
//! first convolution's input gradient: 3×32×32 values, each a sum over 200 products).
//! [`TraceInput::traced_input`] attaches the tape like dfdx's `traced` and marks the tensor as a
//! constant input, and constnet's `Conv2d` and `Linear` skip the input gradient of a marked tensor.
//!
//! The mark is the input's gradient buffer itself, filled with a NaN of a reserved bit pattern
//! ([`CpuFloat::NO_GRAD`]) before any operation sees it. A layer that finds it there leaves it
//! untouched; an operation that does not know the mark adds its gradient to the NaNs. Either way,
//! the gradient of a marked input reads as NaN: "not computed".
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, Gradients, NoneTape, OwnedTape, Tensor, Trace};

use crate::ops::CpuFloat;

/// Attaches a tape to a model input without asking for the input's gradient: the input's gradient
/// buffer starts filled with a reserved NaN, which constnet's `Conv2d`, `Linear` and `ReLU` leave
/// alone (any other op adds to it), so the input's gradient reads NaN, "not computed".
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// let dev: Cpu = Default::default();
/// let model = dev.build_module::<LeNet5, f32>();
/// let x: Tensor<Rank4<2, 3, 32, 32>, f32, _> = dev.sample_normal();
/// let labels: Tensor<Rank2<2, 10>, f32, _> = dev.tensor([[1.0; 10], [0.0; 10]]) / 10.0;
/// let logits = model.forward(x.traced_input(model.alloc_grads()));
/// let grads = cross_entropy_with_logits_loss(logits, labels).backward();
/// // the weights have their gradients, as with `traced`
/// assert!(grads.get(&model.layers.0.weight).array()[0][0][0][0].is_finite());
/// ```
pub trait TraceInput<S: Shape, E: CpuFloat>: Sized {
    /// `self` on a tape whose gradients start from `grads`, marked as a constant input: the layers
    /// that take it do not compute its gradient.
    fn traced_input(self, grads: Gradients<E, Cpu>) -> Tensor<S, E, Cpu, OwnedTape<E, Cpu>>;
}

impl<S: Shape, E: CpuFloat> TraceInput<S, E> for Tensor<S, E, Cpu, NoneTape> {
    fn traced_input(self, mut grads: Gradients<E, Cpu>) -> Tensor<S, E, Cpu, OwnedTape<E, Cpu>> {
        // Without memory for the mark the input is traced as usual: its gradient is computed.
        if let Ok(buf) = grads.get_or_alloc_mut(&self) {
            buf.fill(E::NO_GRAD);
        }
        self.traced(grads)
    }
}

/// Whether a gradient buffer carries the constant-input mark of [`TraceInput::traced_input`]
/// (checked at both ends: a real gradient that is NaN with the reserved payload in both places is
/// not a case worth a full scan).
pub(crate) fn is_marked<E: CpuFloat>(grad: &[E]) -> bool {
    match (grad.first(), grad.last()) {
        (Some(a), Some(b)) => a.is_no_grad() && b.is_no_grad(),
        _ => false,
    }
}
