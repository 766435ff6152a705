//! The mean of every plane: PyTorch's `adaptive_avg_pool2d(x, 1)`.
mod cpu_kernel;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

use crate::forward::{Carried, Opened};

/// The per-device kernels of global average pooling: `planes` planes of `plane` values in, one
/// mean each out. Implemented for dfdx's `Cpu`; sealed.
pub trait GlobalAvgPoolKernel<E: Dtype>: Storage<E> + super::Sealed {
    /// The mean of each plane (of `plane` values) of the input.
    fn global_avg_pool_forward<S: Shape>(
        &self,
        plane: usize,
        x: Opened<S, E, Self>,
    ) -> Result<Vec<E>, Self::Err>;

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
    let y = dev.global_avg_pool_forward(plane, Opened::Tensor(x.clone()))?;
    let out = dev.try_tensor_from_vec(y, out_shape)?;
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

/// Evaluates the pooling on an opened activation without a tape; the output stays in constnet's
/// buffer.
pub(crate) fn global_avg_pool_carried<S: Shape, O: Shape, E: Dtype, D>(
    plane: usize,
    x: Opened<S, E, D>,
    out_shape: O,
) -> Result<Carried, D::Err>
where
    D: Device<E> + GlobalAvgPoolKernel<E>,
{
    x.compute(out_shape, |dev, x| dev.global_avg_pool_forward(plane, x))
}
