//! 2-D max and average pooling (floor mode), as PyTorch's `max_pool2d` / `avg_pool2d`: padding
//! of at most half the window, which max pooling never picks (−∞) and average pooling counts as
//! zeros (`count_include_pad=True`).
mod cpu_kernel;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

use crate::forward::{Carried, Layout, Opened};

/// Which reduction a pooling window applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoolKind {
    /// The window's maximum; the gradient goes to the (first) maximal element.
    Max,
    /// The window's mean; the gradient is shared equally.
    Avg,
}

/// Sizes of one pooling call; `planes` is batch × channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pool2dGeometry {
    /// Reduction.
    pub kind: PoolKind,
    /// Independent planes: batch · channels.
    pub planes: usize,
    /// Input height.
    pub h_in: usize,
    /// Input width.
    pub w_in: usize,
    /// Window size (square).
    pub kernel: usize,
    /// Stride on both axes.
    pub stride: usize,
    /// Padding on every side (at most `kernel / 2`).
    pub padding: usize,
    /// Output height.
    pub h_out: usize,
    /// Output width.
    pub w_out: usize,
}

impl Pool2dGeometry {
    /// The input rows that window row `oy` covers (its padding cut off).
    pub(crate) fn window_rows(&self, oy: usize) -> core::ops::Range<usize> {
        window(oy, self.stride, self.padding, self.kernel, self.h_in)
    }
    /// The input columns that window column `ox` covers (its padding cut off).
    pub(crate) fn window_cols(&self, ox: usize) -> core::ops::Range<usize> {
        window(ox, self.stride, self.padding, self.kernel, self.w_in)
    }
}

/// The positions `[o·stride − padding, o·stride − padding + kernel)` that lie in `0..n`.
fn window(
    o: usize,
    stride: usize,
    padding: usize,
    kernel: usize,
    n: usize,
) -> core::ops::Range<usize> {
    let start = o * stride;
    start.saturating_sub(padding).min(n)..(start + kernel).saturating_sub(padding).min(n)
}

/// The per-device pooling kernels; layout `[planes, h, w]`, contiguous. Implemented for dfdx's
/// `Cpu`; sealed.
pub trait Pool2dKernel<E: Dtype>: Storage<E> + super::Sealed {
    /// State the forward pass leaves for the backward pass (the argmax of each window).
    type Saved: 'static;

    /// Computes the output's values from the input (a tensor, or values in a buffer of ours);
    /// `train` says whether a backward pass will follow (when not, the kernel keeps nothing).
    fn pool2d_forward<S: Shape>(
        &self,
        g: &Pool2dGeometry,
        x: Opened<S, E, Self>,
        train: bool,
    ) -> super::Computed<E, Self, Self::Saved>;

    /// The pooling, without a backward pass, of images `x` of `channels` channels in
    /// [`Layout::ChannelBlocks`] framed by `border`, written in `to`.
    fn pool2d_blocks(
        &self,
        g: &Pool2dGeometry,
        channels: usize,
        x: (Vec<E>, usize),
        to: Layout,
    ) -> Result<Vec<E>, Self::Err>;

    /// Adds the input's gradient to `grad_x` given the output's.
    fn pool2d_backward(
        &self,
        g: &Pool2dGeometry,
        saved: Self::Saved,
        grad_x: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), Self::Err>;
}

/// Runs pooling on a taped input; the backward pass is recorded on the input's tape when the
/// input's gradient is wanted (pooling has no parameters: otherwise it records nothing).
pub(crate) fn pool2d<S: Shape, O: Shape, E: Dtype, D, T>(
    g: Pool2dGeometry,
    input_grad: bool,
    x: Tensor<S, E, D, T>,
    out_shape: O,
) -> Result<Tensor<O, E, D, T>, D::Err>
where
    D: Device<E> + Pool2dKernel<E>,
    T: Tape<E, D>,
{
    let x = x.try_contiguous()?;
    let (x, mut tape) = x.split_tape();
    let dev = x.device().clone();
    let backward = T::OWNS_TAPE && input_grad;
    let (y, saved) = dev.pool2d_forward(&g, Opened::Tensor(x.clone()), backward)?;
    let out = dev.try_tensor_from_vec(y, out_shape)?;
    if backward {
        let (x, y) = (x.ghost(), out.ghost());
        tape.add_backward_op(move |grads| {
            let (mut gx, gy) = take_grads!(dev, E, grads, &x, &y);
            dev.pool2d_backward(&g, saved, &mut gx, &gy)?;
            put_grads!(grads, (&x, gx), (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}

/// Evaluates the pooling on a [`Carried`] activation (opened as `x`, of `channels` channels, its
/// values laid out in `from`) without a tape; the output stays in constnet's buffer. Planes are
/// pooled into planes, channel blocks into the layout `to` asks for
/// ([`Pool2dKernel::pool2d_blocks`]).
pub(crate) fn pool2d_carried<S: Shape, O: Shape, E: Dtype, D>(
    g: Pool2dGeometry,
    channels: usize,
    (x, from): (Opened<S, E, D>, Layout),
    to: Layout,
    out_shape: O,
) -> Result<Carried, D::Err>
where
    D: Device<E> + Pool2dKernel<E>,
{
    match (from, x) {
        (Layout::ChannelBlocks { border }, Opened::Values(v, _, dev)) => {
            let y = dev.pool2d_blocks(&g, channels, (v, border), to)?;
            Ok(Carried::values_in(to, y, out_shape, dev))
        }
        (_, x) => x.compute(out_shape, |dev, x| Ok(dev.pool2d_forward(&g, x, false)?.0)),
    }
}
