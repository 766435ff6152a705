//! Rectified linear unit with PyTorch's semantics (NaN stays NaN and passes the gradient), in
//! parallel on the CPU.
mod cpu_kernel;

pub(crate) use cpu_kernel::{masked_grad, passes, rectify, rectify_par, relu_value};

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

/// The per-device ReLU kernels. Implemented for dfdx's `Cpu`; sealed.
pub trait ReluKernel<E: Dtype>: Storage<E> + super::Sealed {
    /// State the forward pass leaves for the backward pass (where the gradient passes).
    type Saved: 'static;

    /// `max(x, 0)` element-wise (a NaN stays NaN); `train` says whether a backward pass follows.
    fn relu_forward<S: Shape>(
        &self,
        x: &Tensor<S, E, Self>,
        train: bool,
    ) -> super::Forward<S, E, Self, Self::Saved>;

    /// Adds `grad_out` to `grad_x` except where the input was `<= 0` (PyTorch's
    /// `threshold_backward`: a NaN input passes the gradient).
    fn relu_backward(
        &self,
        saved: Self::Saved,
        grad_x: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), Self::Err>;
}

/// Runs ReLU on a taped input; the backward pass is recorded on the input's tape.
pub(crate) fn relu<S: Shape, E: Dtype, D, T>(
    x: Tensor<S, E, D, T>,
) -> Result<Tensor<S, E, D, T>, D::Err>
where
    D: Device<E> + ReluKernel<E>,
    T: Tape<E, D>,
{
    if !T::OWNS_TAPE {
        // Without a backward pass, dfdx's clamp to [0, ∞) is the same function (NaN stays NaN) and
        // works in place on a tensor nobody else holds, which saves copying the input out.
        return x.try_clamp(0.0, f64::INFINITY);
    }
    let x = x.try_contiguous()?;
    let (x, mut tape) = x.split_tape();
    let dev = x.device().clone();
    let (out, saved) = dev.relu_forward(&x, T::OWNS_TAPE)?;
    if T::OWNS_TAPE {
        let (x, y) = (x.ghost(), out.ghost());
        tape.add_backward_op(move |grads| {
            let (mut gx, gy) = take_grads!(dev, E, grads, &x, &y);
            dev.relu_backward(saved, &mut gx, &gy)?;
            put_grads!(grads, (&x, gx), (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}
