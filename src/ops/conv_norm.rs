//! A convolution and the batch norm after it, trained as one op: the convolution's output goes
//! to the batch norm in constnet's buffer, and the gradient between them is computed into one,
//! instead of passing through a dfdx tensor and a dfdx gradient buffer. dfdx keeps its storage
//! private, so the batch norm would otherwise copy its input out of the tensor (one `memcpy`, on
//! one thread), and dfdx would zero a gradient buffer for it before the batch norm's backward
//! pass could add to it (one `memset`, on one thread). The results are those of the two ops run
//! one after the other, bit for bit.
use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, Tape, Tensor};
use dfdx::tensor_ops::Device;

use super::batchnorm2d::{BatchNorm2dGeometry, BatchNorm2dKernel, BatchNormStats, InputGrad};
use super::conv2d::{conv2d_taped, Conv2dGeometry, Conv2dKernel, Taped};
use crate::forward::{Call, Opened};

/// The batch norm's side of [`conv2d_batchnorm2d`]: its parameters, the statistics it
/// normalises with (and updates) and its epsilon.
pub(crate) struct Norm<'a, C: Shape, E: Dtype, D: dfdx::tensor::Storage<E>> {
    /// The batch norm's sizes.
    pub g: BatchNorm2dGeometry,
    /// Its weight.
    pub weight: &'a Tensor<C, E, D>,
    /// Its bias.
    pub bias: &'a Tensor<C, E, D>,
    /// Its statistics.
    pub stats: BatchNormStats<'a, E, D, C>,
    /// Its epsilon.
    pub eps: f64,
}

/// `batchnorm2d(conv2d(x))` on a taped input, recorded as one backward op; `call` is the
/// convolution's (its input's gradient or not) with the epilogue that follows the batch norm.
pub(crate) fn conv2d_batchnorm2d<S: Shape, W: Shape, B: Shape, O: Shape, C: Shape, E: Dtype, D, T>(
    g: Conv2dGeometry,
    call: Call,
    x: Tensor<S, E, D, T>,
    weight: &Tensor<W, E, D>,
    bias: Option<&Tensor<B, E, D>>,
    out_shape: O,
    norm: Norm<'_, C, E, D>,
) -> Result<Tensor<O, E, D, T>, D::Err>
where
    D: Device<E> + Conv2dKernel<E> + BatchNorm2dKernel<E>,
    T: Tape<E, D>,
{
    assert!(
        call.affine.is_none(),
        "conv2d_batchnorm2d: a folded batch norm on a convolution that trains the next one"
    );
    let Taped {
        x,
        mut tape,
        y: z,
        saved: conv_saved,
    } = conv2d_taped(&g, x, weight, bias, None, None, None, None)?;
    let dev = x.device().clone();
    let bg = norm.g;
    let (out, norm_saved) = dev.batchnorm2d_forward(
        &bg,
        Opened::Values(z, out_shape, dev.clone()),
        norm.weight,
        norm.bias,
        norm.stats,
        norm.eps,
        call.epilogue,
        T::OWNS_TAPE,
    )?;
    if T::OWNS_TAPE {
        let (x, w, b, y) = (
            x.ghost(),
            weight.ghost(),
            bias.map(|b| b.ghost()),
            out.ghost(),
        );
        let (nw, nb) = (norm.weight.ghost(), norm.bias.ghost());
        let input_grad = call.input_grad;
        tape.add_backward_op(move |grads| {
            let (mut gnw, mut gnb, gy) = take_grads!(dev, E, grads, &nw, &nb, &y);
            // The gradient of the convolution's output, in a new buffer of constnet's.
            let mut gz = Vec::new();
            let into = InputGrad::New(&mut gz);
            dev.batchnorm2d_backward(&bg, norm_saved, into, &mut gnw, &mut gnb, D::values(&gy))?;
            put_grads!(grads, (&nw, gnw), (&nb, gnb), (&y, gy));
            conv_backward!(dev, E, grads, &g, conv_saved, &x, &w, &b, input_grad, &gz);
            dev.release(gz);
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}
