//! The element-wise sum of two tensors of one shape, with an optional activation applied to it:
//! the join of a residual block, `epilogue(block(x) + shortcut(x))`.
mod cpu_kernel;

use dfdx::shapes::{Dtype, HasShape, Shape};
use dfdx::tensor::{PutTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

use crate::forward::{Activation, Carried, Opened};

/// The per-device kernels of the residual sum. Implemented for dfdx's `Cpu`; sealed.
pub trait AddKernel<E: Dtype>: Storage<E> + super::Sealed {
    /// State the forward pass leaves for the backward pass.
    type Saved: 'static;

    /// The values of `epilogue(a + b)` (`b` has as many elements as `a`: the caller's types prove
    /// the two shapes equal), written over `a`'s when they are values of ours; `train` says
    /// whether a backward pass will follow.
    fn add_forward<S: Shape, S2: Shape>(
        &self,
        a: Opened<S, E, Self>,
        b: Opened<S2, E, Self>,
        epilogue: Option<Activation>,
        train: bool,
    ) -> super::Computed<E, Self, Self::Saved>;

    /// Adds the gradient of one operand (the output's, through the epilogue) to `grad`.
    fn add_backward(
        &self,
        saved: &Self::Saved,
        grad: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), Self::Err>;
}

/// `epilogue(a + b)` of two taped tensors whose tapes were split off: `tape` holds the ops that
/// made both. The gradient goes to `a` when `grad_a` and to `b` when `grad_b`, one after the
/// other (so `a` and `b` may be one tensor).
pub(crate) fn add<S: Shape, S2: Shape, E: Dtype, D, T>(
    a: Tensor<S, E, D>,
    b: Tensor<S2, E, D>,
    mut tape: T,
    epilogue: Option<Activation>,
    (grad_a, grad_b): (bool, bool),
) -> Result<Tensor<S, E, D, T>, D::Err>
where
    D: Device<E> + AddKernel<E>,
    T: Tape<E, D>,
{
    let (a, b) = (a.try_contiguous()?, b.try_contiguous()?);
    let dev = a.device().clone();
    let backward = T::OWNS_TAPE && (grad_a || grad_b);
    let (y, saved) = dev.add_forward(
        Opened::Tensor(a.clone()),
        Opened::Tensor(b.clone()),
        epilogue,
        backward,
    )?;
    let out = dev.try_tensor_from_vec(y, *a.shape())?;
    if backward {
        let (a, b, y) = (a.ghost(), b.ghost(), out.ghost());
        tape.add_backward_op(move |grads| {
            let (gy,) = take_grads!(dev, E, grads, &y);
            // One operand after the other: `a` and `b` may be one tensor.
            if grad_a {
                let (mut g,) = take_grads!(dev, E, grads, &a);
                dev.add_backward(&saved, &mut g, &gy)?;
                put_grads!(grads, (&a, g));
            }
            if grad_b {
                let (mut g,) = take_grads!(dev, E, grads, &b);
                dev.add_backward(&saved, &mut g, &gy)?;
                put_grads!(grads, (&b, g));
            }
            put_grads!(grads, (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}

/// Evaluates the sum on two opened activations without a tape, with the epilogue; the output, of
/// `a`'s shape, stays in constnet's buffer.
pub(crate) fn add_carried<S: Shape, S2: Shape, E: Dtype, D>(
    a: Opened<S, E, D>,
    b: Opened<S2, E, D>,
    epilogue: Option<Activation>,
) -> Result<Carried, D::Err>
where
    D: Device<E> + AddKernel<E>,
{
    let shape = *a.shape();
    a.compute(shape, |dev, a| {
        Ok(dev.add_forward(a, b, epilogue, false)?.0)
    })
}
