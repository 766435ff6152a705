//! Affine map `y = x·Wᵀ + b` with PyTorch's weight layout `[OUT, IN]`.
mod cpu_kernel;

pub(crate) use cpu_kernel::DOT_MAX_ROWS;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

use crate::forward::{Activation, Call, Carried, Opened};
use crate::frozen::Keep;

/// The per-device kernels of [`Linear`](crate::Linear): `x` is `[rows, inp]`, the weight
/// `[out, inp]`, the bias `[out]`, all contiguous. Implemented for dfdx's `Cpu`; sealed.
pub trait LinearKernel<E: Dtype>: Storage<E> + super::Sealed {
    /// State the forward pass leaves for the backward pass.
    type Saved: 'static;

    /// Computes the values of `epilogue(x·Wᵀ + b)` (`x` a tensor, or values in a buffer of
    /// ours); `train` says whether a backward pass will follow. With a `keep` (only without a
    /// backward pass), the weights read out of their tensors are kept there.
    #[allow(clippy::too_many_arguments)]
    fn linear_forward<S: Shape, W: Shape, B: Shape>(
        &self,
        rows: usize,
        inp: usize,
        outp: usize,
        x: Opened<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        epilogue: Option<Activation>,
        keep: Option<Keep>,
        train: bool,
    ) -> super::Computed<E, Self, Self::Saved>;

    /// Adds the gradients of `x` (when `grad_x` is given), the weight and the bias given the
    /// (epilogue's) output's.
    #[allow(clippy::too_many_arguments)]
    fn linear_backward(
        &self,
        rows: usize,
        inp: usize,
        outp: usize,
        saved: Self::Saved,
        grad_x: Option<&mut Self::Vec>,
        grad_w: &mut Self::Vec,
        grad_b: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), Self::Err>;
}

/// Runs the affine map on a taped input of `rows` rows as `call` asks; the backward pass goes on
/// the tape.
pub(crate) fn linear<S: Shape, W: Shape, B: Shape, O: Shape, E: Dtype, D, T>(
    (rows, inp, outp): (usize, usize, usize),
    call: Call,
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
    // The output lives on the input's device (whose generator later layers, such as dropout,
    // draw from).
    let dev = x.device().clone();
    let (y, saved) = dev.linear_forward(
        rows,
        inp,
        outp,
        Opened::Tensor(x.clone()),
        weight,
        bias,
        call.epilogue,
        Keep::of(call.frozen, weight),
        T::OWNS_TAPE,
    )?;
    let out = dev.try_tensor_from_vec(y, out_shape)?;
    if T::OWNS_TAPE {
        let (x, w, b, y) = (x.ghost(), weight.ghost(), bias.ghost(), out.ghost());
        let input_grad = call.input_grad;
        tape.add_backward_op(move |grads| {
            let (mut gw, mut gb, gy) = take_grads!(dev, E, grads, &w, &b, &y);
            let mut gx = if input_grad {
                Some(take_grads!(dev, E, grads, &x).0)
            } else {
                None
            };
            dev.linear_backward(rows, inp, outp, saved, gx.as_mut(), &mut gw, &mut gb, &gy)?;
            if let Some(gx) = gx {
                put_grads!(grads, (&x, gx));
            }
            put_grads!(grads, (&w, gw), (&b, gb), (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}

/// Evaluates the affine map on a [`Carried`] activation without a tape, with `call`'s epilogue;
/// the output stays in constnet's buffer.
pub(crate) fn linear_carried<S: Shape, W: Shape, B: Shape, O: Shape, E: Dtype, D>(
    (rows, inp, outp): (usize, usize, usize),
    call: Call,
    x: Opened<S, E, D>,
    weight: &Tensor<W, E, D>,
    bias: &Tensor<B, E, D>,
    out_shape: O,
) -> Result<Carried, D::Err>
where
    D: Device<E> + LinearKernel<E>,
{
    x.compute(out_shape, |dev, x| {
        let keep = Keep::of(call.frozen, weight);
        let (y, _) =
            dev.linear_forward(rows, inp, outp, x, weight, bias, call.epilogue, keep, false)?;
        Ok(y)
    })
}
