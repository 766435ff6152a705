//! Model inputs whose gradient is not wanted: PyTorch's default (`requires_grad=False`), which dfdx
//! does not have.
//!
//! dfdx computes a gradient for every tensor the tape has seen, including the batch of images that
//! enters the network; with [`alloc_grads`](dfdx::nn::ZeroGrads::alloc_grads) that gradient is then
//! thrown away after `backward`. For LeNet-5 it is the most expensive gradient of the step (the
//! first convolution's input gradient: 3×32×32 values, each a sum over 200 products).
//!
//! [`TraceInput::traced_input`] attaches the tape like dfdx's `traced`, but returns a
//! [`ConstInput`]: a distinct type, which every constnet layer and `Sequential` accept, and which
//! says in the type that the input's gradient is not computed. The layer that receives it runs
//! with [`Call::input_grad`](crate::Call::input_grad) false and records no gradient for it:
//! the input's gradient is absent from the [`Gradients`], not zero and not NaN.
use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{Gradients, NoneTape, OwnedTape, Storage, Tensor, Trace};

use crate::forward::{Call, Forward, Fuse};

/// A model input on a tape whose own gradient is not computed (PyTorch's `requires_grad=False`).
/// Made by [`TraceInput::traced_input`]; accepted by `forward` and `forward_mut` of every constnet
/// layer and of [`Sequential`](crate::Sequential), which return an ordinary taped tensor.
///
/// dfdx computes a gradient for every tensor the tape has seen, including the batch of images that
/// enters the network, and with `alloc_grads` that gradient is thrown away after `backward`. For
/// LeNet-5 it is the most expensive gradient of the step. The layer that receives a `ConstInput`
/// runs with [`Call::input_grad`](crate::Call::input_grad) false and records no gradient for it:
/// the input's gradient is absent from the gradients (dfdx's `Gradients::get` panics on it), not
/// zero and not NaN.
#[derive(Debug)]
pub struct ConstInput<S: Shape, E: Dtype, D: Storage<E>>(Tensor<S, E, D, OwnedTape<E, D>>);

impl<S: Shape, E: Dtype, D: Storage<E>> ConstInput<S, E, D> {
    /// `x` as a constant input.
    pub(crate) fn new(x: Tensor<S, E, D, OwnedTape<E, D>>) -> Self {
        ConstInput(x)
    }

    /// The tensor, with its tape (its gradient is then computed like any other's).
    pub fn into_inner(self) -> Tensor<S, E, D, OwnedTape<E, D>> {
        self.0
    }
}

/// Attaches a tape to a model input without asking for the input's gradient: see [`ConstInput`].
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// let dev: Cpu = Default::default();
/// let mut model = dev.build_module::<LeNet5, f32>();
/// let x: Tensor<Rank4<2, 3, 32, 32>, f32, _> = dev.sample_normal();
/// let labels: Tensor<Rank2<2, 10>, f32, _> = dev.tensor([[1.0; 10], [0.0; 10]]) / 10.0;
/// let logits: Tensor<Rank2<2, 10>, f32, _, OwnedTape<f32, Cpu>> =
///     model.forward_mut(x.traced_input(model.alloc_grads()));
/// let grads = cross_entropy_with_logits_loss(logits, labels).backward();
/// // the weights have their gradients, as with `traced`
/// assert!(grads.get(&model.layers.0.weight).array()[0][0][0][0].is_finite());
/// ```
pub trait TraceInput<S: Shape, E: Dtype, D: Storage<E>>: Sized {
    /// `self` on a tape whose gradients start from `grads`, as a constant input: the layers that
    /// take it do not compute its gradient.
    fn traced_input(self, grads: Gradients<E, D>) -> ConstInput<S, E, D>;
}

impl<S: Shape, E: Dtype, D: Storage<E>> TraceInput<S, E, D> for Tensor<S, E, D, NoneTape> {
    fn traced_input(self, grads: Gradients<E, D>) -> ConstInput<S, E, D> {
        ConstInput(self.traced(grads))
    }
}

/// A layer runs on a constant input as on the taped tensor, told not to compute the input's
/// gradient.
impl<S: Shape, E: Dtype, D: Storage<E>, L> Forward<ConstInput<S, E, D>> for L
where
    L: Forward<Tensor<S, E, D, OwnedTape<E, D>>> + Fuse,
{
    type Output = L::Output;
    type Error = L::Error;

    fn try_run(&self, x: ConstInput<S, E, D>, call: Call) -> Result<L::Output, L::Error> {
        let call = Call {
            input_grad: false,
            ..call
        };
        self.try_run(x.0, call)
    }

    fn try_run_mut(&mut self, x: ConstInput<S, E, D>, call: Call) -> Result<L::Output, L::Error> {
        let call = Call {
            input_grad: false,
            ..call
        };
        self.try_run_mut(x.0, call)
    }

    fn try_run_mut_with_norm(
        &mut self,
        x: ConstInput<S, E, D>,
        call: Call,
        norm: &mut dyn std::any::Any,
    ) -> Result<L::Output, L::Error> {
        let call = Call {
            input_grad: false,
            ..call
        };
        self.try_run_mut_with_norm(x.0, call, norm)
    }

    fn try_run_absorbed(&self, x: ConstInput<S, E, D>) -> Result<L::Output, L::Error> {
        self.try_run_absorbed(x.0)
    }
}
