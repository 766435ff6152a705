//! Element-wise activations (ReLU, Tanh, Sigmoid) with PyTorch's semantics, in parallel on the
//! CPU, and the same element rules applied as an epilogue by the layers that absorb an activation
//! (`Conv2d`, `Linear`): they call [`Epilogue::apply`] on their output and
//! [`Epilogue::grad`] in their backward pass, so a folded activation computes exactly what the
//! activation layer would.
mod cpu_kernel;

pub(crate) use cpu_kernel::{apply, relu_value, sigmoid_f32, tanh_f32, Epilogue, EpilogueChunk};

use dfdx::shapes::{Dtype, HasShape, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

use crate::forward::{Activation, Carried, Opened};

/// The per-device activation kernels. Implemented for dfdx's `Cpu`; sealed.
pub trait ActivationKernel<E: Dtype>: Storage<E> + super::Sealed {
    /// State the forward pass leaves for the backward pass (where a ReLU passes its gradient, or
    /// the output of Tanh and Sigmoid).
    type Saved: 'static;

    /// The values of `act(x)` element-wise (in place when `x` is values in a buffer of ours);
    /// `train` says whether a backward pass follows.
    fn activation_forward<S: Shape>(
        &self,
        act: Activation,
        x: Opened<S, E, Self>,
        train: bool,
    ) -> super::Computed<E, Self, Self::Saved>;

    /// Adds the input's gradient to `grad_x` given the output's: ReLU passes it unless the input
    /// was `<= 0` (PyTorch's `threshold_backward`: a NaN input passes it), Tanh multiplies it by
    /// `1 − y²`, Sigmoid by `(1 − y)·y`.
    fn activation_backward(
        &self,
        saved: Self::Saved,
        grad_x: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), Self::Err>;
}

/// Runs activation `act` on a taped input; the backward pass is recorded on the input's tape.
pub(crate) fn activation<S: Shape, E: Dtype, D, T>(
    act: Activation,
    x: Tensor<S, E, D, T>,
) -> Result<Tensor<S, E, D, T>, D::Err>
where
    D: Device<E> + ActivationKernel<E>,
    T: Tape<E, D>,
{
    if !T::OWNS_TAPE && act == Activation::Relu {
        // Without a backward pass, dfdx's clamp to [0, ∞) is the same function (NaN stays NaN) and
        // works in place on a tensor nobody else holds, which saves copying the input out.
        return x.try_clamp(0.0, f64::INFINITY);
    }
    let x = x.try_contiguous()?;
    let (x, mut tape) = x.split_tape();
    let dev = x.device().clone();
    let (y, saved) = dev.activation_forward(act, Opened::Tensor(x.clone()), T::OWNS_TAPE)?;
    let out = dev.try_tensor_from_vec(y, *x.shape())?;
    if T::OWNS_TAPE {
        let (x, y) = (x.ghost(), out.ghost());
        tape.add_backward_op(move |grads| {
            let (mut gx, gy) = take_grads!(dev, E, grads, &x, &y);
            dev.activation_backward(saved, &mut gx, &gy)?;
            put_grads!(grads, (&x, gx), (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}

/// Evaluates the activation on an opened input without a tape: values in constnet's buffer in
/// place, a tensor as [`activation`] does.
pub(crate) fn activation_carried<S: Shape, E: Dtype, D>(
    act: Activation,
    x: Opened<S, E, D>,
) -> Result<Carried, D::Err>
where
    D: Device<E> + ActivationKernel<E>,
{
    Ok(match x {
        Opened::Tensor(x) => Carried::tensor(activation(act, x)?),
        Opened::Values(..) => {
            let shape = *x.shape();
            x.compute(shape, |dev, x| Ok(dev.activation_forward(act, x, false)?.0))?
        }
    })
}
