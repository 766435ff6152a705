//! Inverted dropout: each value kept with probability `1 − p` and scaled by `1 / (1 − p)`, the
//! others zeroed; PyTorch's `dropout(x, p, training=True)`.
mod cpu_kernel;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

/// The per-device dropout kernels. Implemented for dfdx's `Cpu`; sealed.
pub trait DropoutKernel<E: Dtype>: Storage<E> + super::Sealed {
    /// State the forward pass leaves for the backward pass (which values were kept).
    type Saved: 'static;

    /// Drops each value of `x` with probability `p`, drawing from the device's random number
    /// generator, and scales the kept ones by `1 / (1 − p)`; `train` says whether a backward pass
    /// will follow.
    fn dropout_forward<S: Shape>(
        &self,
        x: &Tensor<S, E, Self>,
        p: f64,
        train: bool,
    ) -> super::Forward<S, E, Self, Self::Saved>;

    /// Adds the input's gradient (the output's where kept, scaled) to `grad_x`.
    fn dropout_backward(
        &self,
        saved: Self::Saved,
        grad_x: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), Self::Err>;
}

/// Dropout of a taped input; the backward pass is recorded when the input's gradient is wanted.
pub(crate) fn dropout<S: Shape, E: Dtype, D, T>(
    p: f64,
    input_grad: bool,
    x: Tensor<S, E, D, T>,
) -> Result<Tensor<S, E, D, T>, D::Err>
where
    D: Device<E> + DropoutKernel<E>,
    T: Tape<E, D>,
{
    let x = x.try_contiguous()?;
    let (x, mut tape) = x.split_tape();
    let dev = x.device().clone();
    let backward = T::OWNS_TAPE && input_grad;
    let (out, saved) = dev.dropout_forward(&x, p, backward)?;
    if backward {
        let (x, y) = (x.ghost(), out.ghost());
        tape.add_backward_op(move |grads| {
            let (mut gx, gy) = take_grads!(dev, E, grads, &x, &y);
            dev.dropout_backward(saved, &mut gx, &gy)?;
            put_grads!(grads, (&x, gx), (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}
