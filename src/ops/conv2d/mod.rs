//! 2-D convolution with bias: PyTorch's `conv2d` (zero padding, square kernel, equal strides).
mod cpu_kernel;
mod direct;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

/// Sizes of one convolution call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conv2dGeometry {
    /// Images in the batch.
    pub batch: usize,
    /// Input channels.
    pub chan_in: usize,
    /// Output channels.
    pub chan_out: usize,
    /// Input height and width.
    pub h_in: usize,
    /// Input width.
    pub w_in: usize,
    /// Kernel size (square).
    pub kernel: usize,
    /// Stride on both axes.
    pub stride: usize,
    /// Zero padding on every side.
    pub padding: usize,
    /// Output height.
    pub h_out: usize,
    /// Output width.
    pub w_out: usize,
    /// Whether a ReLU follows, folded into this call: the output is `relu(conv(x))`, and the
    /// backward pass takes the gradient of that.
    pub relu: bool,
}

/// The per-device convolution kernels. Layout: images `[batch, chan_in, h_in, w_in]`, weight
/// `[chan_out, chan_in, kernel, kernel]`, bias `[chan_out]`, output `[batch, chan_out, h_out, w_out]`,
/// all contiguous.
pub trait Conv2dKernel<E: Dtype>: Storage<E> {
    /// State the forward pass leaves for the backward pass.
    type Saved: 'static;

    /// Computes the output tensor of shape `out` and the state the backward pass needs; `train`
    /// says whether a backward pass will follow (when not, the kernel keeps nothing).
    #[allow(clippy::too_many_arguments)]
    fn conv2d_forward<S: Shape, W: Shape, B: Shape, O: Shape>(
        &self,
        g: &Conv2dGeometry,
        x: &Tensor<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        out: O,
        train: bool,
    ) -> super::Forward<O, E, Self, Self::Saved>;

    /// Adds the gradients of the input, weight and bias to `grad_x`, `grad_w` and `grad_b` given
    /// the gradient of the output. A `grad_x` that carries the constant-input mark of
    /// [`TraceInput::traced_input`](crate::TraceInput::traced_input) is left as it is.
    fn conv2d_backward(
        &self,
        g: &Conv2dGeometry,
        saved: Self::Saved,
        grad_x: &mut Self::Vec,
        grad_w: &mut Self::Vec,
        grad_b: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), Self::Err>;
}

/// Runs the convolution on a taped input; the backward pass is recorded on the input's tape.
pub(crate) fn conv2d<S: Shape, W: Shape, B: Shape, O: Shape, E: Dtype, D, T>(
    g: Conv2dGeometry,
    x: Tensor<S, E, D, T>,
    weight: &Tensor<W, E, D>,
    bias: &Tensor<B, E, D>,
    out_shape: O,
) -> Result<Tensor<O, E, D, T>, D::Err>
where
    D: Device<E> + Conv2dKernel<E>,
    T: Tape<E, D>,
{
    let x = x.try_contiguous()?;
    let (x, mut tape) = x.split_tape();
    let dev = weight.device().clone();
    let (out, saved) = dev.conv2d_forward(&g, &x, weight, bias, out_shape, T::OWNS_TAPE)?;
    if T::OWNS_TAPE {
        let (x, w, b, y) = (x.ghost(), weight.ghost(), bias.ghost(), out.ghost());
        tape.add_backward_op(move |grads| {
            let (gx, gw, gb, gy) = take_grads!(dev, E, grads, &x, &w, &b, &y);
            let (mut gx, mut gw, mut gb) = (gx, gw, gb);
            dev.conv2d_backward(&g, saved, &mut gx, &mut gw, &mut gb, &gy)?;
            put_grads!(grads, (&x, gx), (&w, gw), (&b, gb), (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}
