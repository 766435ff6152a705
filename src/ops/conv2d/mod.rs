//! 2-D convolution with bias: PyTorch's `conv2d` (zero padding, square kernel, equal strides).
mod chanvec;
mod cpu_kernel;
mod direct;
mod packed;
mod winograd;

pub(crate) use winograd::BATCH_FREE_FROM as WINOGRAD_BATCH_FREE_FROM;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

use crate::forward::{Activation, Call, Carried, ChannelAffine, Layout, Opened};
use crate::frozen::{FrozenWeights, Keep};
use crate::team::Team;

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
/// `[chan_out, chan_in, kernel, kernel]`, bias (if any) `[chan_out]`, output
/// `[batch, chan_out, h_out, w_out]`, all contiguous. Implemented for dfdx's `Cpu`; sealed.
pub trait Conv2dKernel<E: Dtype>: Storage<E> + super::Sealed + super::Slices<E> {
    /// State the forward pass leaves for the backward pass.
    type Saved: 'static;

    /// Computes the output's values and the state the backward pass needs:
    /// `epilogue(affine(conv(x) + bias))` (no bias when `bias` is `None`), the per-channel
    /// `affine` map, when given, folded into the weights and the bias (`scale·W`,
    /// `scale·bias + shift`, each rounded once). `train` says whether a backward pass will follow
    /// (when not, the kernel keeps nothing); there is none with an `affine` map. With a `team`,
    /// the work of a single image may be split over the threads. With a `keep` (only without a
    /// backward pass), the forms the kernel prepares from the weights are kept there.
    #[allow(clippy::too_many_arguments)]
    fn conv2d_forward<S: Shape, W: Shape, B: Shape>(
        &self,
        g: &Conv2dGeometry,
        x: Opened<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: Option<&Tensor<B, E, Self>>,
        affine: Option<&ChannelAffine>,
        epilogue: Option<Activation>,
        team: Option<&Team>,
        keep: Option<Keep>,
        train: bool,
    ) -> super::Computed<E, Self, Self::Saved>;

    /// [`Conv2dKernel::conv2d_forward`] without a backward pass, on an input `x` laid out in
    /// `from`, the output written in `to` where the path can (the channel-vector one, which
    /// reads both layouts too) and planar elsewhere: the output's values and their layout.
    #[allow(clippy::too_many_arguments)]
    fn conv2d_eval<S: Shape, W: Shape, B: Shape>(
        &self,
        g: &Conv2dGeometry,
        x: Opened<S, E, Self>,
        from: Layout,
        weight: &Tensor<W, E, Self>,
        bias: Option<&Tensor<B, E, Self>>,
        affine: Option<&ChannelAffine>,
        epilogue: Option<Activation>,
        team: Option<&Team>,
        keep: Option<Keep>,
        to: Layout,
    ) -> Result<(Vec<E>, Layout), Self::Err>;

    /// Adds the gradients of the input (when `grad_x` is given), weight and bias (when `grad_b` is
    /// given) to `grad_x`, `grad_w` and `grad_b` given the gradient of the (epilogue's) output.
    fn conv2d_backward(
        &self,
        g: &Conv2dGeometry,
        saved: Self::Saved,
        grad_x: Option<&mut Self::Vec>,
        grad_w: &mut Self::Vec,
        grad_b: Option<&mut Self::Vec>,
        grad_out: &[E],
    ) -> Result<(), Self::Err>;
}

/// The forward half of a convolution on a taped input (the convolution's op and the
/// convolution–batch-norm pair): the input, contiguous and split from its tape, and the kernel's
/// output values with the state its backward pass needs.
pub(crate) struct Taped<S: Shape, E: Dtype, D: Conv2dKernel<E>, T> {
    /// The input without its tape.
    pub x: Tensor<S, E, D>,
    /// The input's tape.
    pub tape: T,
    /// The output's values.
    pub y: Vec<E>,
    /// What the kernel keeps for the backward pass (when the tape owns one).
    pub saved: D::Saved,
}

/// Computes [`Taped`]: `epilogue(affine(conv(x) + bias))` on the taped input `x`, the forms of
/// the weights kept in `frozen` where there is one (the kernel keeps none where a backward pass
/// follows).
#[allow(clippy::too_many_arguments)]
pub(crate) fn conv2d_taped<S: Shape, W: Shape, B: Shape, E: Dtype, D, T>(
    g: &Conv2dGeometry,
    x: Tensor<S, E, D, T>,
    weight: &Tensor<W, E, D>,
    bias: Option<&Tensor<B, E, D>>,
    affine: Option<&ChannelAffine>,
    epilogue: Option<Activation>,
    team: Option<&Team>,
    frozen: Option<&FrozenWeights>,
) -> Result<Taped<S, E, D, T>, D::Err>
where
    D: Device<E> + Conv2dKernel<E>,
    T: Tape<E, D>,
{
    let x = x.try_contiguous()?;
    let (x, tape) = x.split_tape();
    let opened = Opened::Tensor(x.clone());
    let (y, saved) = x.device().conv2d_forward(
        g,
        opened,
        weight,
        bias,
        affine,
        epilogue,
        team,
        Keep::of(frozen, weight),
        T::OWNS_TAPE,
    )?;
    Ok(Taped { x, tape, y, saved })
}

/// Runs the convolution on a taped input as `call` asks (an epilogue, the input's gradient or
/// not); the backward pass is recorded on the input's tape.
pub(crate) fn conv2d<S: Shape, W: Shape, B: Shape, O: Shape, E: Dtype, D, T>(
    g: Conv2dGeometry,
    call: Call,
    x: Tensor<S, E, D, T>,
    weight: &Tensor<W, E, D>,
    bias: Option<&Tensor<B, E, D>>,
    out_shape: O,
) -> Result<Tensor<O, E, D, T>, D::Err>
where
    D: Device<E> + Conv2dKernel<E>,
    T: Tape<E, D>,
{
    // A folded batch norm's weights are a temporary that gradients could not reach; composers
    // fold only on inputs without a tape.
    assert!(
        call.affine.is_none() || !T::OWNS_TAPE,
        "conv2d: a batch norm folded into a convolution on a taped input"
    );
    let Taped {
        x,
        mut tape,
        y,
        saved,
    } = conv2d_taped(
        &g,
        x,
        weight,
        bias,
        call.affine,
        call.epilogue,
        call.team,
        call.frozen,
    )?;
    // The output lives on the input's device (whose generator later layers, such as dropout,
    // draw from).
    let dev = x.device().clone();
    let out = dev.try_tensor_from_vec(y, out_shape)?;
    if T::OWNS_TAPE {
        let (x, w, b, y) = (
            x.ghost(),
            weight.ghost(),
            bias.map(|b| b.ghost()),
            out.ghost(),
        );
        let input_grad = call.input_grad;
        tape.add_backward_op(move |grads| {
            let (gy,) = take_grads!(dev, E, grads, &y);
            let gys = D::values(&gy);
            conv_backward!(dev, E, grads, &g, saved, &x, &w, &b, input_grad, gys);
            put_grads!(grads, (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}

/// Evaluates the convolution on a [`Carried`] activation (opened as `x`, its values laid out in
/// `from`) without a tape, as `call` asks (an epilogue, a folded affine map, the output's
/// layout); the output stays in constnet's buffer.
#[allow(clippy::too_many_arguments)]
pub(crate) fn conv2d_carried<S: Shape, W: Shape, B: Shape, O: Shape, E: Dtype, D>(
    g: Conv2dGeometry,
    call: Call,
    x: Opened<S, E, D>,
    from: Layout,
    weight: &Tensor<W, E, D>,
    bias: Option<&Tensor<B, E, D>>,
    out_shape: O,
) -> Result<Carried, D::Err>
where
    D: Device<E> + Conv2dKernel<E>,
{
    let dev = x.device().clone();
    let (y, layout) = dev.conv2d_eval(
        &g,
        x,
        from,
        weight,
        bias,
        call.affine,
        call.epilogue,
        call.team,
        Keep::of(call.frozen, weight),
        call.layout,
    )?;
    Ok(Carried::values_in(layout, y, out_shape, dev))
}

/// Whether a convolution of `stride`, `cin` input and `cout` output channels reads an input in
/// [`Layout::ChannelBlocks`] (with its padding as their border) without a conversion or a copy
/// (`Fuse::READS_CHANNEL_BLOCKS`): where the channel-vector path serves it
/// (`chanvec::ChanVec::serves_channels`, on images whose output is at least 4 wide).
pub(crate) const fn reads_channel_blocks(stride: usize, cin: usize, cout: usize) -> bool {
    chanvec::ChanVec::serves_channels(stride, cin, cout)
}

/// Deterministic values in [-1, 1) for the kernels' unit tests.
#[cfg(test)]
fn test_values<E: crate::ops::CpuFloat>(n: usize, seed: u64) -> Vec<E> {
    let mut s = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            E::from((s >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0).unwrap_or_else(E::nan)
        })
        .collect()
}

/// The geometry of a convolution of `batch` images of `cin × h × w` with `cout` filters of
/// `k × k`, stride `s` and padding `p`, for the kernels' unit tests.
#[cfg(test)]
#[allow(clippy::too_many_arguments)]
fn test_geometry(
    batch: usize,
    cin: usize,
    cout: usize,
    h: usize,
    w: usize,
    k: usize,
    s: usize,
    p: usize,
) -> Conv2dGeometry {
    Conv2dGeometry {
        batch,
        chan_in: cin,
        chan_out: cout,
        h_in: h,
        w_in: w,
        kernel: k,
        stride: s,
        padding: p,
        h_out: (h + 2 * p - k) / s + 1,
        w_out: (w + 2 * p - k) / s + 1,
    }
}
