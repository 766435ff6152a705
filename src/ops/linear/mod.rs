//! Affine map `y = x·Wᵀ + b` with PyTorch's weight layout `[OUT, IN]`.
mod cpu_kernel;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

/// The per-device kernels of [`Linear`](crate::Linear): `x` is `[rows, inp]`, the weight
/// `[out, inp]`, the bias `[out]`, all contiguous.
pub trait LinearKernel<E: Dtype>: Storage<E> {
    /// State the forward pass leaves for the backward pass.
    type Saved: 'static;

    /// Computes `x·Wᵀ + b` as a tensor of shape `out`.
    #[allow(clippy::too_many_arguments)]
    fn linear_forward<S: Shape, W: Shape, B: Shape, O: Shape>(
        &self,
        rows: usize,
        inp: usize,
        outp: usize,
        x: &Tensor<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        out: O,
    ) -> super::Forward<O, E, Self, Self::Saved>;

    /// Adds the gradients of `x`, the weight and the bias given the output's. A `gx` that carries
    /// the constant-input mark of [`TraceInput::traced_input`](crate::TraceInput::traced_input) is
    /// left as it is.
    #[allow(clippy::too_many_arguments)]
    fn linear_backward(
        &self,
        rows: usize,
        inp: usize,
        outp: usize,
        saved: Self::Saved,
        grad_x: &mut Self::Vec,
        grad_w: &mut Self::Vec,
        grad_b: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), Self::Err>;
}

/// Runs the affine map on a taped input of `rows` rows; the backward pass goes on the tape.
pub(crate) fn linear<S: Shape, W: Shape, B: Shape, O: Shape, E: Dtype, D, T>(
    (rows, inp, outp): (usize, usize, usize),
    x: Tensor<S, E, D, T>,
    weight: &Tensor<W, E, D>,
    bias: &Tensor<B, E, D>,
    out_shape: O,
) -> Result<Tensor<O, E, D, T>, D::Err>
where
    D: Device<E> + LinearKernel<E>,
    T: Tape<E, D>,
{
    let x = x.try_contiguous()?;
    let (x, mut tape) = x.split_tape();
    let dev = weight.device().clone();
    let (out, saved) = dev.linear_forward(rows, inp, outp, &x, weight, bias, out_shape)?;
    if T::OWNS_TAPE {
        let (x, w, b, y) = (x.ghost(), weight.ghost(), bias.ghost(), out.ghost());
        tape.add_backward_op(move |grads| {
            let (gx, gw, gb, gy) = take_grads!(dev, E, grads, &x, &w, &b, &y);
            let (mut gx, mut gw, mut gb) = (gx, gw, gb);
            dev.linear_backward(rows, inp, outp, saved, &mut gx, &mut gw, &mut gb, &gy)?;
            put_grads!(grads, (&x, gx), (&w, gw), (&b, gb), (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}
