//! Rectified linear unit with PyTorch's semantics (`relu(NaN) = NaN`), in parallel on the CPU.
mod cpu_kernel;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

/// The per-device ReLU kernels.
pub trait ReluKernel<E: Dtype>: Storage<E> {
    /// State the forward pass leaves for the backward pass (which elements were positive).
    type Saved: 'static;

    /// `max(x, 0)` element-wise (a NaN stays NaN); `train` says whether a backward pass follows.
    fn relu_forward<S: Shape>(
        &self,
        x: &Tensor<S, E, Self>,
        train: bool,
    ) -> super::Forward<S, E, Self, Self::Saved>;

    /// Adds `grad_out` to `grad_x` where the input was positive (PyTorch's `threshold_backward`).
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
