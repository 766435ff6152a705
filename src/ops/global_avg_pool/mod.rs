//! The mean of every plane: PyTorch's `adaptive_avg_pool2d(x, 1)`.
mod cpu_kernel;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

/// The per-device kernels of global average pooling: `planes` planes of `plane` values in, one
/// mean each out. Implemented for dfdx's `Cpu`; sealed.
pub trait GlobalAvgPoolKernel<E: Dtype>: Storage<E> + super::Sealed {
    /// The mean of each plane, as a tensor of shape `out`.
    fn global_avg_pool_forward<S: Shape, O: Shape>(
        &self,
        plane: usize,
        x: &Tensor<S, E, Self>,
        out: O,
    ) -> Result<Tensor<O, E, Self>, Self::Err>;

    /// Adds each plane's share of the output's gradient (`grad_out / plane`) to `grad_x`.
    fn global_avg_pool_backward(
        &self,
        plane: usize,
        grad_x: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), Self::Err>;
}

/// Global average pooling of a taped input; the backward pass is recorded when the input's
/// gradient is wanted.
pub(crate) fn global_avg_pool<S: Shape, O: Shape, E: Dtype, D, T>(
    plane: usize,
    input_grad: bool,
    x: Tensor<S, E, D, T>,
    out_shape: O,
) -> Result<Tensor<O, E, D, T>, D::Err>
where
    D: Device<E> + GlobalAvgPoolKernel<E>,
    T: Tape<E, D>,
{
    let x = x.try_contiguous()?;
    let (x, mut tape) = x.split_tape();
    let dev = x.device().clone();
    let out = dev.global_avg_pool_forward(plane, &x, out_shape)?;
    if T::OWNS_TAPE && input_grad {
        let (x, y) = (x.ghost(), out.ghost());
        tape.add_backward_op(move |grads| {
            let (mut gx, gy) = take_grads!(dev, E, grads, &x, &y);
            dev.global_avg_pool_backward(plane, &mut gx, &gy)?;
            put_grads!(grads, (&x, gx), (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}
