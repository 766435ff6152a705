//! 2-D convolution with bias: PyTorch's `conv2d` (zero padding, square kernel, equal strides).
mod cpu_kernel;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{Gradients, PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::Device;

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
}

/// The per-device convolution kernels. Layout: images `[batch, chan_in, h_in, w_in]`, weight
/// `[chan_out, chan_in, kernel, kernel]`, bias `[chan_out]`, output `[batch, chan_out, h_out, w_out]`,
/// all contiguous.
pub trait Conv2dKernel<E: Dtype>: Storage<E> {
    /// State the forward pass leaves for the backward pass.
    type Saved: 'static;

    /// Computes the output tensor of shape `out` and the state the backward pass needs.
    fn conv2d_forward<S: Shape, W: Shape, B: Shape, O: Shape>(
        &self,
        g: &Conv2dGeometry,
        x: &Tensor<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        out: O,
    ) -> super::Forward<O, E, Self, Self::Saved>;

    /// Adds the gradients of the input, weight and bias (found in `grads` by the given tensors'
    /// ids) given the gradient of the output.
    #[allow(clippy::too_many_arguments)]
    fn conv2d_backward<S: Shape, W: Shape, B: Shape, O: Shape>(
        &self,
        g: &Conv2dGeometry,
        saved: Self::Saved,
        x: &Tensor<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        out: &Tensor<O, E, Self>,
        grads: &mut Gradients<E, Self>,
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
    let x = super::contiguous(x)?;
    let (x, mut tape) = x.split_tape();
    let dev = weight.device().clone();
    let (out, saved) = dev.conv2d_forward(&g, &x, weight, bias, out_shape)?;
    if T::OWNS_TAPE {
        let (w, b) = (weight.clone(), bias.clone());
        let out_ref = out.clone();
        tape.add_backward_op(move |grads| {
            dev.conv2d_backward(&g, saved, &x, &w, &b, &out_ref, grads)
        });
    }
    Ok(out.put_tape(tape))
}
