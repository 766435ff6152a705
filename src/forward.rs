//! The forward pass every constnet layer implements, with what the caller wants stated as
//! arguments: [`Forward<X>`] runs a layer on an input `X` in evaluation or training mode, given a
//! [`Call`] (apply an activation to the output? compute the input's gradient?).
//!
//! A layer's result depends only on its input, its own fields and the [`Call`]. Nothing is
//! discovered from thread-local or global state: decisions that depend on the surrounding model are
//! made by the composer ([`Sequential`](crate::Sequential)) from the layers' types and passed down.
//!
//! - **Mode** follows dfdx: `forward` ([`Module`](dfdx::nn::Module)) evaluates and calls
//!   [`Forward::try_run`]; `forward_mut` ([`ModuleMut`](dfdx::nn::ModuleMut)) trains and calls
//!   [`Forward::try_run_mut`]. Layers that behave the same in both modes implement only `try_run`.
//! - **Fusion**: a layer whose [`Fuse::ABSORBS`] is true can apply an [`Activation`] as it writes
//!   its output; a layer whose [`Fuse::ACTIVATION`] is `Some` is that activation. `Sequential`
//!   passes the activation to the absorbing layer as [`Call::epilogue`] and calls the activation
//!   layer's [`Forward::try_run_absorbed`], which returns its input. The results are bit for bit
//!   those of the layers run one by one.
//! - **Folding** (evaluation mode, inputs without a tape): a layer whose [`Fuse::EVAL_AFFINE`] is
//!   true (a batch norm) is a per-channel affine map there, and a layer before it whose
//!   [`Fuse::FOLDS_AFFINE`] is true (a convolution) takes it as [`Call::affine`] and folds it into
//!   its weights and bias, as ONNX Runtime and PyTorch's `fuse_conv_bn_eval` do; the batch norm's
//!   [`Forward::try_run_absorbed`] then returns its input, and an activation after the batch norm
//!   becomes the convolution's epilogue. One pass instead of two or three; the results equal the
//!   layers run one by one up to rounding (the weights are scaled before the sums instead of the
//!   sums after).
//! - **A convolution and its batch norm in training**: a layer whose [`Fuse::TRAINS_NEXT_NORM`]
//!   is true (a convolution) runs the batch norm after it ([`Fuse::IS_BATCH_NORM`]) together
//!   with itself in `try_run_mut` ([`Forward::try_run_mut_with_norm`]), as one op on the tape:
//!   the convolution's output goes to the batch norm in constnet's buffer, and the gradient
//!   between them is written into one, instead of passing through a dfdx tensor (copied out, on
//!   one thread) and a dfdx gradient buffer (zeroed, on one thread). The batch norm's
//!   [`Forward::try_run_absorbed`] then returns its input, and an activation after the batch
//!   norm is the pair's epilogue. The results are those of the layers run one by one, bit for
//!   bit.
//! - **Activations in constnet's buffers** (evaluation mode, inputs without a tape): a composer
//!   passes the activations between its layers as a [`Carried`] value and calls
//!   [`Forward::try_run_carried`]. Layers with constnet kernels (convolution, pooling of every
//!   kind, linear, activations, residual blocks, flatten, identity, dropout, and the batch norms
//!   that convolutions absorb) read their input from the buffer the layer before them wrote and
//!   write theirs into a new one (or in place), so that nothing is copied out of a dfdx tensor
//!   between them (such a copy is serial: dfdx keeps its storage private). Other layers, a user's
//!   own included, get a dfdx tensor by default. The results are those of the layers run one by
//!   one, bit for bit.
//! - **A team for one image** (evaluation, inputs without a tape, fewer images than threads):
//!   `Sequential` starts a [`Team`] and passes it as [`Call::team`]; a convolution then splits a
//!   single image's work over the team's threads. The results are the same bit for bit.
//! - **Constant inputs**: [`Call::input_grad`] is false for an input whose gradient nobody wants
//!   (a [`ConstInput`](crate::ConstInput), PyTorch's `requires_grad=False`); the layer then records
//!   no gradient for it at all, and the layers after it, up to the first with parameters
//!   ([`Fuse::PARAMETER_FREE`]), are told the same.
use std::any::Any;

use dfdx::shapes::{Dtype, HasShape, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor, TensorFromVec};

use crate::frozen::FrozenWeights;
use crate::team::Team;
use crate::train::BatchSums;

/// An element-wise activation that a layer can apply to its own output (see [`Fuse`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Activation {
    /// `max(0, x)` with PyTorch's edge cases ([`ReLU`](crate::ReLU)).
    Relu,
    /// `tanh(x)` ([`Tanh`](crate::Tanh)).
    Tanh,
    /// `1 / (1 + e^(−x))` ([`Sigmoid`](crate::Sigmoid)).
    Sigmoid,
}

/// A per-channel affine map `y[c] = x[c]·scale[c] + shift[c]`: what a batch norm computes in
/// evaluation mode, handed to the layer before it to fold into its weights (see
/// [`Fuse::EVAL_AFFINE`]). Kept in `f64`, so that the folded weights are rounded once.
///
/// # Examples
/// ```
/// use constnet::prelude::*;
/// use constnet::Fuse;
/// let dev: Cpu = Default::default();
/// type Block = Sequential<(Conv2d<3, 4, 3, 1, 1, false>, BatchNorm2d<4>, ReLU)>;
/// let mut net = dev.build_module::<Block, f32>();
/// net.forward_mut(dev.sample_normal::<Rank4<8, 3, 6, 6>>() + 1.0); // running statistics move
/// let x: Tensor<Rank4<2, 3, 6, 6>, f32, _> = dev.sample_normal();
/// // evaluation: the batch norm folded into the convolution, the ReLU applied as it writes
/// let folded: Tensor<Rank4<2, 4, 6, 6>, f32, _> = net.forward(x.clone());
/// // the layers one by one
/// let l = &net.layers;
/// let one_by_one = l.2.forward(l.1.forward(l.0.forward(x)));
/// let affine = net.layers.1.eval_affine().unwrap();
/// assert_eq!(affine.scale.len(), 4);
/// for (a, b) in folded.as_vec().iter().zip(one_by_one.as_vec()) {
///     assert!((a - b).abs() <= 1e-5 * b.abs().max(1.0));
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelAffine {
    /// The factor per channel.
    pub scale: Vec<f64>,
    /// The term added per channel, after the factor.
    pub shift: Vec<f64>,
}

/// What the caller asks of one forward call, beyond the input. [`Call::DEFAULT`] (no epilogue,
/// the input's gradient computed, nothing folded) is what dfdx's `forward` and `forward_mut` pass.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Call<'a> {
    /// An activation to apply to the output. Offered only to layers whose [`Fuse::ABSORBS`] is
    /// true; the others never see anything but `None`.
    pub epilogue: Option<Activation>,
    /// Whether the gradient of the input is computed when the input is on a tape. `false` for a
    /// [`ConstInput`](crate::ConstInput) and the layers that receive it first.
    pub input_grad: bool,
    /// A per-channel affine map to apply to the output before the epilogue, folded into the
    /// layer's weights and bias: the batch norm that follows the layer, in evaluation mode.
    /// Offered only to layers whose [`Fuse::FOLDS_AFFINE`] is true, and only on inputs without a
    /// tape (the folded weights are a temporary, so they could not receive gradients).
    pub affine: Option<&'a ChannelAffine>,
    /// Helpers kept awake for this call ([`Team`]): a layer may split the work of a single
    /// image over the threads (on a sleeping pool, the hand-off would cost more than the part).
    /// [`Sequential`](crate::Sequential) starts one for an evaluation call without a tape on
    /// fewer images than threads; composers pass it on to every layer. The results are the same
    /// with or without one.
    pub team: Option<&'a Team>,
    /// The layout the next layer reads its input in, which a layer may write its output in when
    /// a composer evaluates it without a tape, with the activations in constnet's buffers
    /// (elsewhere always [`Layout::Planar`]). [`Sequential`](crate::Sequential) asks for
    /// [`Layout::ChannelBlocks`] where the next layer reads them without a conversion (its
    /// stride-2 convolutions of few channels). A layer may write [`Layout::Planar`] regardless;
    /// the next layer reads any layout.
    pub layout: Layout,
    /// Where the layers keep the forms they prepare from their weights for the next call, when
    /// a [`Frozen`](crate::Frozen) model runs them (inputs without a tape only). Offered only to
    /// layers whose [`Fuse::FREEZES`] is true; composers pass it on likewise.
    pub frozen: Option<&'a FrozenWeights>,
    /// Where this input, a part of a batch trained in parts on separate threads
    /// ([`TrainParts`](crate::train::TrainParts)), meets the other parts: a batch norm in
    /// training then adds its per-channel sums to theirs ([`BatchSums`]), so that it normalises
    /// with the whole batch's statistics. `None` (the input is the whole batch) elsewhere;
    /// composers pass it on to every layer.
    pub sums: Option<&'a BatchSums>,
}

impl Call<'_> {
    /// No epilogue; the input's gradient is computed; nothing folded; no [`Team`]; the output
    /// planar; nothing kept; the input a whole batch.
    pub const DEFAULT: Call<'static> = Call {
        epilogue: None,
        input_grad: true,
        affine: None,
        team: None,
        layout: Layout::Planar,
        frozen: None,
        sums: None,
    };
}

impl<'a> Call<'a> {
    /// [`Call::frozen`] as a composer passes it on to its child layer `L`: only where `L` keeps
    /// its weights' forms ([`Fuse::FREEZES`]).
    pub(crate) fn frozen_for<L: Fuse + ?Sized>(&self) -> Option<&'a FrozenWeights> {
        self.frozen.filter(|_| L::FREEZES)
    }
}

/// How the values of an image activation are laid out in memory ([`Call::layout`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// PyTorch's and dfdx's (NCHW): `[image][channel][row][column]`.
    #[default]
    Planar,
    /// The channels in blocks of 16 (NCHW16c, as oneDNN and ONNX Runtime keep activations
    /// between convolutions), each block's rows and columns framed by `border` zeros:
    /// `[image][channel / 16][border + row + border][border + column + border][channel % 16]`,
    /// the channels rounded up to a multiple of 16 (the values past the last channel are
    /// unspecified). A convolution with its output channels in the vector lanes writes it
    /// without a transpose, and the next one, padding by `border`, reads it as it is: a pixel's
    /// channels in one cache line, no padded copy.
    ChannelBlocks {
        /// The zeros on each side of a block's rows and columns.
        border: usize,
    },
}

/// The channels of one block of [`Layout::ChannelBlocks`].
pub(crate) const CHANNEL_BLOCK: usize = 16;

impl Default for Call<'_> {
    fn default() -> Self {
        Call::DEFAULT
    }
}

/// What a layer states, at the type level, about fusing with its neighbours.
///
/// The defaults (neither absorbs nor is an activation) are right for any layer; the consts only
/// enable work-saving folds.
pub trait Fuse {
    /// Whether the layer applies a [`Call::epilogue`] activation as it writes its output.
    const ABSORBS: bool = false;
    /// The activation this layer computes, when a layer before it may apply it instead (then
    /// [`Forward::try_run_absorbed`] must return its input unchanged).
    const ACTIVATION: Option<Activation> = None;
    /// Whether the layer has no parameters, so that its only gradient is its input's. When its
    /// input's gradient is not wanted, its output's is not either: a composer then passes
    /// [`Call::input_grad`] `false` on to the next layer. (This also covers layers whose output
    /// is the input tensor itself to dfdx, such as `Flatten`'s reshape or `Identity`, which
    /// share one gradient buffer with their input.)
    const PARAMETER_FREE: bool = false;
    /// Whether, in evaluation mode, the layer is a per-channel affine map of its input (a batch
    /// norm with its running statistics), which [`Fuse::eval_affine`] returns. A composer may
    /// then fold it into the layer before it, when that one [`Fuse::FOLDS_AFFINE`], and call this
    /// layer's [`Forward::try_run_absorbed`] instead of running it.
    const EVAL_AFFINE: bool = false;
    /// Whether the layer folds a [`Call::affine`] into its weights and bias (then applies the
    /// epilogue). Such a layer also [`ABSORBS`](Fuse::ABSORBS).
    const FOLDS_AFFINE: bool = false;
    /// Whether, in training, the layer runs the batch norm after it together with itself
    /// ([`Forward::try_run_mut_with_norm`]): a convolution, which hands its output to the batch
    /// norm without a dfdx tensor between them. Only constnet's convolutions set it.
    #[doc(hidden)]
    const TRAINS_NEXT_NORM: bool = false;
    /// Whether the layer is constnet's `BatchNorm2d`, which a layer that
    /// [`Fuse::TRAINS_NEXT_NORM`] may run in training (then [`Forward::try_run_absorbed`] returns
    /// its input). Only `BatchNorm2d` sets it.
    #[doc(hidden)]
    const IS_BATCH_NORM: bool = false;
    /// The border of the [`Layout::ChannelBlocks`] that the layer, on a [`Carried`] activation,
    /// reads without a conversion pass or a copy, if any: a composer then asks the layer before
    /// it for that layout ([`Call::layout`]). Only constnet's stride-2 convolutions of few
    /// channels (those with their output channels in the vector lanes) set it, to their
    /// padding.
    #[doc(hidden)]
    const READS_CHANNEL_BLOCKS: Option<usize> = None;
    /// Whether the layer may keep what it prepares from its weights in [`Call::frozen`]: only
    /// from weight tensors among its own fields (which key what it keeps, and which a
    /// [`Frozen`](crate::Frozen) model keeps in place and unchanged), and passing the store on
    /// only to layers that state the same. A layer that builds layers in its forward pass must
    /// not: a temporary's address could key a later one's weights. Constnet's convolutions,
    /// linear layers and composers set it.
    const FREEZES: bool = false;

    /// The affine map the layer computes in evaluation mode, when [`Fuse::EVAL_AFFINE`] is true.
    fn eval_affine(&self) -> Option<ChannelAffine> {
        None
    }
}

/// A layer's forward pass on input `X` (a tensor, or a [`ConstInput`](crate::ConstInput)).
///
/// Every constnet layer implements it, and dfdx's [`Module`](dfdx::nn::Module) /
/// [`ModuleMut`](dfdx::nn::ModuleMut) follow from it: `forward(x)` is `try_run(x,
/// Call::DEFAULT)`, `forward_mut(x)` is `try_run_mut(x, Call::DEFAULT)`.
///
/// # Examples
/// ```
/// use constnet::prelude::*;
/// use constnet::{Activation, Call, Forward};
/// let dev: Cpu = Default::default();
/// let conv = dev.build_module::<Conv2d<1, 2, 3>, f32>();
/// let x: Tensor<Rank3<1, 5, 5>, f32, _> = dev.sample_normal();
/// // the convolution with a ReLU applied as it writes its output...
/// let call = Call { epilogue: Some(Activation::Relu), ..Call::DEFAULT };
/// let fused: Tensor<Rank3<2, 3, 3>, f32, _> = conv.try_run(x.clone(), call).unwrap();
/// // ...is the convolution followed by a ReLU
/// assert_eq!(fused.array(), ReLU.forward(conv.forward(x)).array());
/// ```
///
/// A layer of your own works inside a [`Sequential`](crate::Sequential) once it states its shape
/// ([`Layer`](crate::Layer)), what it fuses ([`Fuse`], the defaults will do) and its forward pass;
/// dfdx's `ZeroSizedModule` gives a layer without parameters the rest:
/// ```
/// use constnet::prelude::*;
/// use constnet::{Call, Forward, Fuse};
///
/// /// Doubles its input.
/// #[derive(Debug, Default, Clone, Copy)]
/// struct Double;
/// impl<S: Shape> Layer<S> for Double {
///     type Output = S;
///     fn output_shape(input: &S) -> S {
///         *input
///     }
/// }
/// impl Fuse for Double {}
/// impl<S: Shape, T: Tape<f32, Cpu>> Forward<Tensor<S, f32, Cpu, T>> for Double {
///     type Output = Tensor<S, f32, Cpu, T>;
///     type Error = dfdx::tensor::CpuError;
///     fn try_run(&self, x: Tensor<S, f32, Cpu, T>, _: Call) -> Result<Self::Output, Self::Error> {
///         Ok(x * 2.0)
///     }
/// }
/// impl dfdx::nn::ZeroSizedModule for Double {}
///
/// let dev: Cpu = Default::default();
/// let net = dev.build_module::<Sequential<(Linear<3, 2>, Double, ReLU)>, f32>();
/// let x: Tensor<Rank1<3>, f32, _> = dev.tensor([1.0, -2.0, 0.5]);
/// let y: Tensor<Rank1<2>, f32, _> = net.forward(x.clone());
/// let by_hand = net.layers.0.forward(x).array().map(|v| (2.0 * v).max(0.0));
/// assert_eq!(y.array(), by_hand);
/// ```
pub trait Forward<X>: Fuse {
    /// The output.
    type Output;
    /// The error (the device's).
    type Error: core::fmt::Debug;

    /// The forward pass in evaluation mode (dfdx's `forward`).
    fn try_run(&self, x: X, call: Call) -> Result<Self::Output, Self::Error>;

    /// The forward pass in training mode (dfdx's `forward_mut`): layers with state or
    /// randomness that differs between modes override it; the others run [`Forward::try_run`].
    fn try_run_mut(&mut self, x: X, call: Call) -> Result<Self::Output, Self::Error> {
        self.try_run(x, call)
    }

    /// [`Forward::try_run_mut`] and then the batch norm `norm`, the next layer, in training mode,
    /// as one op: called by a composer only on layers that [`Fuse::TRAINS_NEXT_NORM`], with the
    /// next layer when it [`Fuse::IS_BATCH_NORM`], and with the epilogue that follows the batch
    /// norm in `call`. The batch norm's own [`Forward::try_run_absorbed`] is called after it.
    ///
    /// # Panics
    /// The default panics: a layer that states [`Fuse::TRAINS_NEXT_NORM`] implements it, and a
    /// composer calls it on no other.
    #[doc(hidden)]
    fn try_run_mut_with_norm(
        &mut self,
        x: X,
        call: Call,
        norm: &mut dyn Any,
    ) -> Result<Self::Output, Self::Error> {
        let _ = (x, call, norm);
        panic!("try_run_mut_with_norm on a layer that does not train the batch norm after it")
    }

    /// Called instead of running the layer when the layer before it has done its work: applied
    /// its [`Fuse::ACTIVATION`] as its epilogue, or folded its [`Fuse::eval_affine`] into its
    /// weights. Activation layers and batch norms return their input; the default runs the layer.
    fn try_run_absorbed(&self, x: X) -> Result<Self::Output, Self::Error> {
        self.try_run(x, Call::DEFAULT)
    }

    /// [`Forward::try_run`] inside a composite evaluating an input without a tape, on a
    /// [`Carried`] activation. Layers with their own kernels override it to read and write
    /// constnet's buffers, so that the activations between them are never copied out of dfdx
    /// tensors; the default turns the activation into the input tensor and runs `try_run`.
    #[doc(hidden)]
    fn try_run_carried(&self, x: Carried, call: Call) -> Result<Carried, Self::Error>
    where
        X: 'static,
        Self::Output: 'static,
    {
        Ok(Carried::tensor(self.try_run(x.into_tensor::<X>(), call)?))
    }

    /// [`Forward::try_run_absorbed`] on a [`Carried`] activation; the default turns it into the
    /// input tensor and calls `try_run_absorbed`.
    #[doc(hidden)]
    fn try_run_absorbed_carried(&self, x: Carried) -> Result<Carried, Self::Error>
    where
        X: 'static,
        Self::Output: 'static,
    {
        Ok(Carried::tensor(
            self.try_run_absorbed(x.into_tensor::<X>())?,
        ))
    }
}

/// An activation between two layers of a composite evaluating an input without a tape: a dfdx
/// tensor without a tape, or its values in a buffer of constnet's own (written by a layer's kernel
/// and read by the next one's, with no copy out of dfdx's storage in between). Composers create
/// and consume it; layers see it in [`Forward::try_run_carried`].
#[doc(hidden)]
pub struct Carried(Carry);

enum Carry {
    /// A dfdx tensor without a tape (its type is the receiving layer's input type).
    Tensor(Box<dyn Any>),
    /// A [`Values`] of the receiving layer's input shape, element and device.
    Values(Box<dyn IntoTensor>),
}

/// The values of a tensor of shape `S` on device `D`, in a buffer of constnet's own, in
/// `layout`.
struct Values<S, E, D> {
    data: Vec<E>,
    shape: S,
    dev: D,
    layout: Layout,
}

/// The images, channels, rows and columns of an image shape (`[C, H, W]` or `[N, C, H, W]`).
fn image_sizes(dims: &[usize]) -> (usize, usize, usize, usize) {
    match *dims {
        [c, h, w] => (1, c, h, w),
        [n, c, h, w] => (n, c, h, w),
        _ => panic!("channel blocks hold images ([C, H, W] or [N, C, H, W]), not {dims:?}"),
    }
}

/// Floats of one image of `channels` × `h` × `w` in `layout`: in channel blocks, its channels
/// rounded up to whole blocks and its rows and columns framed by the border.
pub(crate) fn image_len(channels: usize, h: usize, w: usize, layout: Layout) -> usize {
    match layout {
        Layout::Planar => channels * h * w,
        Layout::ChannelBlocks { border } => {
            channels.div_ceil(CHANNEL_BLOCK) * CHANNEL_BLOCK * (h + 2 * border) * (w + 2 * border)
        }
    }
}

/// Floats of values of `shape` in `layout`.
fn values_len<S: Shape>(shape: &S, layout: Layout) -> usize {
    let (n, c, h, w) = image_sizes(&shape.concrete().into_iter().collect::<Vec<_>>());
    n * image_len(c, h, w, layout)
}

/// The values `data` of `shape`, laid out in `layout`, as planar ones (moved where they are).
fn planar_values<S: Shape, E: Copy>(data: Vec<E>, shape: &S, layout: Layout) -> Vec<E> {
    match layout {
        Layout::Planar => data,
        Layout::ChannelBlocks { border } => planar_from_blocks(&data, shape, border),
    }
}

/// The values `data` of `shape` in [`Layout::ChannelBlocks`] with `border` as planar ones. (A
/// layer that reads channel blocks gets them without this pass; it serves the others.)
pub(crate) fn planar_from_blocks<S: Shape, E: Copy>(
    data: &[E],
    shape: &S,
    border: usize,
) -> Vec<E> {
    let (n, c, h, w) = image_sizes(&shape.concrete().into_iter().collect::<Vec<_>>());
    let (b, wb) = (CHANNEL_BLOCK, w + 2 * border);
    let block = (h + 2 * border) * wb * b;
    let image = c.div_ceil(b) * block;
    assert_eq!(
        data.len(),
        n * image,
        "values in channel blocks of {:?}",
        shape.concrete()
    );
    let mut out = Vec::with_capacity(n * c * h * w);
    for img in data.chunks_exact(image.max(1)).take(n) {
        for ch in 0..c {
            let plane = &img[ch / b * block..][..block];
            for y in 0..h {
                let row = &plane[((border + y) * wb + border) * b + ch % b..];
                out.extend(row.iter().step_by(b).take(w).copied());
            }
        }
    }
    out
}

/// Turns a boxed [`Values`] into a boxed tensor without a tape, without knowing its type.
trait IntoTensor {
    fn into_tensor(self: Box<Self>) -> Box<dyn Any>;
    fn into_any(self: Box<Self>) -> Box<dyn Any>;
}

impl<S: Shape, E: Dtype, D: Storage<E> + TensorFromVec<E>> IntoTensor for Values<S, E, D> {
    fn into_tensor(self: Box<Self>) -> Box<dyn Any> {
        // Planar values move into the tensor: no copy.
        let data = planar_values(self.data, &self.shape, self.layout);
        Box::new(self.dev.tensor_from_vec(data, self.shape))
    }
    fn into_any(self: Box<Self>) -> Box<dyn Any> {
        self
    }
}

/// A [`Carried`] activation opened as a layer's input: a dfdx tensor, or the values of one.
#[doc(hidden)]
pub enum Opened<S: Shape, E: Dtype, D: Storage<E>> {
    /// A tensor without a tape.
    Tensor(Tensor<S, E, D>),
    /// Values in a buffer of constnet's own, with their shape and device.
    Values(Vec<E>, S, D),
}

impl<S: Shape, E: Dtype, D: Storage<E>> Opened<S, E, D> {
    /// The shape.
    pub fn shape(&self) -> &S {
        match self {
            Opened::Tensor(t) => t.shape(),
            Opened::Values(_, s, _) => s,
        }
    }

    /// The device.
    pub fn device(&self) -> &D {
        match self {
            Opened::Tensor(t) => t.device(),
            Opened::Values(_, _, d) => d,
        }
    }

    /// The input as planes, its values being laid out in `layout` (a tensor's are planar).
    pub(crate) fn into_planar(self, layout: Layout) -> Self {
        match self {
            Opened::Values(data, shape, dev) => {
                Opened::Values(planar_values(data, &shape, layout), shape, dev)
            }
            x => x,
        }
    }
}

impl<S: Shape, E: Dtype, D: Storage<E> + TensorFromVec<E>> Opened<S, E, D> {
    /// Runs `kernel` on this input (with its device) and carries the values it returns, of shape
    /// `out`, on the same device.
    pub(crate) fn compute<O: Shape>(
        self,
        out: O,
        kernel: impl FnOnce(&D, Self) -> Result<Vec<E>, D::Err>,
    ) -> Result<Carried, D::Err> {
        let dev = self.device().clone();
        let y = kernel(&dev, self)?;
        Ok(Carried::values(y, out, dev))
    }
}

const MISMATCH: &str = "a composer passes each layer an activation of the layer's input type";

impl Carried {
    /// A tensor, carried as it is.
    pub fn tensor<X: 'static>(x: X) -> Self {
        Carried(Carry::Tensor(Box::new(x)))
    }

    /// Values of shape `shape` on `dev` in a buffer of constnet's own.
    pub fn values<S: Shape, E: Dtype, D: Storage<E> + TensorFromVec<E>>(
        data: Vec<E>,
        shape: S,
        dev: D,
    ) -> Self {
        Carried::values_in(Layout::Planar, data, shape, dev)
    }

    /// Values of shape `shape` on `dev` in a buffer of constnet's own, laid out in `layout`.
    pub fn values_in<S: Shape, E: Dtype, D: Storage<E> + TensorFromVec<E>>(
        layout: Layout,
        data: Vec<E>,
        shape: S,
        dev: D,
    ) -> Self {
        debug_assert!(match layout {
            Layout::Planar => data.len() == shape.num_elements(),
            Layout::ChannelBlocks { .. } => data.len() == values_len(&shape, layout),
        });
        let v = Values {
            data,
            shape,
            dev,
            layout,
        };
        Carried(Carry::Values(Box::new(v)))
    }

    /// The activation as the tensor type `X` (a tensor without a tape: values move into it).
    ///
    /// # Panics
    /// When `X` is not the activation's type: composers pass each layer the output of the one
    /// before it, so this is a bug in a composer.
    pub fn into_tensor<X: 'static>(self) -> X {
        let any = match self.0 {
            Carry::Tensor(t) => t,
            Carry::Values(v) => v.into_tensor(),
        };
        *any.downcast::<X>().expect(MISMATCH)
    }

    /// The activation as an input of shape `S` and element `E` on device `D`. The values of one
    /// in [`Layout::ChannelBlocks`] are put in planar order first.
    ///
    /// # Panics
    /// As [`Carried::into_tensor`].
    pub fn open<S: Shape, E: Dtype, D: Storage<E>>(self) -> Opened<S, E, D> {
        let (x, layout) = self.open_any();
        x.into_planar(layout)
    }

    /// The activation as an input of shape `S` and element `E` on device `D`, and the layout of
    /// its values (a tensor's are planar), for a layer that
    /// [`Fuse::READS_CHANNEL_BLOCKS`].
    ///
    /// # Panics
    /// As [`Carried::into_tensor`].
    pub fn open_any<S: Shape, E: Dtype, D: Storage<E>>(self) -> (Opened<S, E, D>, Layout) {
        match self.0 {
            Carry::Tensor(t) => (
                Opened::Tensor(*t.downcast().expect(MISMATCH)),
                Layout::Planar,
            ),
            Carry::Values(v) => {
                let v: Box<Values<S, E, D>> = v.into_any().downcast().expect(MISMATCH);
                (Opened::Values(v.data, v.shape, v.dev), v.layout)
            }
        }
    }
}

/// Planar values `x` of shape `(n, c, h, w)` in [`Layout::ChannelBlocks`] framed by `border`
/// zeros, `fill` in the lanes past `c` (for tests: the inverse of [`planar_from_blocks`]).
#[cfg(test)]
pub(crate) fn blocks_from_planar<E: Copy + Default>(
    x: &[E],
    (n, c, h, w): (usize, usize, usize, usize),
    border: usize,
    fill: E,
) -> Vec<E> {
    let b = CHANNEL_BLOCK;
    let (nb, hb, wb) = (c.div_ceil(b), h + 2 * border, w + 2 * border);
    let mut out = vec![E::default(); n * nb * b * hb * wb];
    for (i, o) in out.iter_mut().enumerate() {
        if i % b + i / (hb * wb * b) % nb * b >= c {
            *o = fill;
        }
    }
    for (i, &v) in x.iter().enumerate().take(n * c * h * w) {
        let (img, ch, y, xx) = (i / (c * h * w), i / (h * w) % c, i / w % h, i % w);
        let at = ((img * nb + ch / b) * hb + border + y) * wb + border + xx;
        out[at * b + ch % b] = v;
    }
    out
}

/// Runs `f`, a layer without parameters, so that its input's gradient is not recorded when
/// `input_grad` is false: the tape is taken off the input, `f` runs untaped, and the output gets
/// the tape back (with nothing added for this layer).
pub(crate) fn untraced_if<S, S2, E, D, T, Err>(
    input_grad: bool,
    x: Tensor<S, E, D, T>,
    f: impl FnOnce(Tensor<S, E, D, T>) -> Result<Tensor<S2, E, D, T>, Err>,
    f_untaped: impl FnOnce(Tensor<S, E, D>) -> Result<Tensor<S2, E, D>, Err>,
) -> Result<Tensor<S2, E, D, T>, Err>
where
    S: Shape,
    S2: Shape,
    E: Dtype,
    D: Storage<E>,
    T: Tape<E, D>,
{
    if input_grad || !T::OWNS_TAPE {
        return f(x);
    }
    let (x, tape) = x.split_tape();
    Ok(f_untaped(x)?.put_tape(tape))
}

/// Implements dfdx's `Module` and `ModuleMut` for a layer type from its [`Forward`] impls, on
/// tensors and on [`ConstInput`](crate::ConstInput)s. The bound `Self: Layer<XS>` comes first, so
/// that a shape mistake is reported with the shape rule's own message. One of the four impls, for
/// `Flatten`:
/// ```text
/// impl<XS: Shape, XE: Dtype, XD: Storage<XE>, XT> Module<Tensor<XS, XE, XD, XT>> for Flatten
/// where Self: Layer<XS> + Forward<Tensor<XS, XE, XD, XT>> {
///     type Output = <Self as Forward<Tensor<XS, XE, XD, XT>>>::Output;
///     type Error = <Self as Forward<Tensor<XS, XE, XD, XT>>>::Error;
///     fn try_forward(&self, x: Tensor<XS, XE, XD, XT>) -> Result<..> { self.try_run(x, Call::DEFAULT) }
/// }
/// ```
/// `ModuleMut` calls `try_run_mut`; the `ConstInput` impls likewise.
macro_rules! dfdx_modules {
    ([$($g:tt)*] $ty:ty) => {
        $crate::forward::dfdx_modules!(@one [$($g)*] $ty, [XT], dfdx::tensor::Tensor<XS, XE, XD, XT>, $crate::layer::Layer<XS> +);
        $crate::forward::dfdx_modules!(@one [$($g)*] $ty, [], $crate::ConstInput<XS, XE, XD>, $crate::layer::Layer<XS> +);
    };
    // For composites (`Sequential`): without the `Layer` bound, so that a shape mistake inside is
    // reported at the layer it concerns.
    (composite [$($g:tt)*] $ty:ty) => {
        $crate::forward::dfdx_modules!(@one [$($g)*] $ty, [XT], dfdx::tensor::Tensor<XS, XE, XD, XT>,);
        $crate::forward::dfdx_modules!(@one [$($g)*] $ty, [], $crate::ConstInput<XS, XE, XD>,);
    };
    (@one [$($g:tt)*] $ty:ty, [$($t:ident)?], $x:ty, $($layer:tt)*) => {
        impl<XS: dfdx::shapes::Shape, XE: dfdx::shapes::Dtype, XD: dfdx::tensor::Storage<XE>, $($t,)? $($g)*>
            dfdx::nn::Module<$x> for $ty
        where
            Self: $($layer)* $crate::forward::Forward<$x>,
        {
            type Output = <Self as $crate::forward::Forward<$x>>::Output;
            type Error = <Self as $crate::forward::Forward<$x>>::Error;

            fn try_forward(&self, x: $x) -> Result<Self::Output, Self::Error> {
                $crate::forward::Forward::try_run(self, x, $crate::forward::Call::DEFAULT)
            }
        }

        impl<XS: dfdx::shapes::Shape, XE: dfdx::shapes::Dtype, XD: dfdx::tensor::Storage<XE>, $($t,)? $($g)*>
            dfdx::nn::ModuleMut<$x> for $ty
        where
            Self: $($layer)* $crate::forward::Forward<$x>,
        {
            type Output = <Self as $crate::forward::Forward<$x>>::Output;
            type Error = <Self as $crate::forward::Forward<$x>>::Error;

            fn try_forward_mut(&mut self, x: $x) -> Result<Self::Output, Self::Error> {
                $crate::forward::Forward::try_run_mut(self, x, $crate::forward::Call::DEFAULT)
            }
        }
    };
}
pub(crate) use dfdx_modules;
