//! `Conv2d`: 2-D convolution with a type-level output shape.
use std::any::Any;

use dfdx::nn::{BuildModule, BuildOnDevice, ModuleVisitor, TensorCollection, TensorOptions};
use dfdx::shapes::{Const, ConstShape, Dim, Dtype, HasShape, Rank1, Rank4, Shape};
use dfdx::tensor::{Cpu, Storage, Tape, Tensor};
use dfdx::tensor_ops::Device;
use num_traits::Float;
use rand_distr::uniform::SampleUniform;

use crate::dims::ConvAxis;
use crate::forward::{dfdx_modules, Call, Carried, Forward, Fuse};
use crate::layer::{image_dims, image_layer, Layer, OnImage, Output};
use crate::layers::BatchNorm2d;
use crate::ops::batchnorm2d::BatchNorm2dKernel;
use crate::ops::conv2d::{
    conv2d, conv2d_carried, reads_channel_blocks, Conv2dGeometry, Conv2dKernel,
};
use crate::ops::conv_norm::conv2d_batchnorm2d;
use crate::summary::{Describe, LayerSummary, Params};

/// 2-D convolution over `IN` channels with `OUT` filters of `KERNEL`×`KERNEL`, zero padding and
/// (unless `BIAS = false`) a bias per filter; the output size is computed by the type checker.
///
/// **PyTorch equivalent**: `torch.nn.Conv2d(IN, OUT, KERNEL, stride=STRIDE, padding=PADDING,
/// bias=BIAS)`.
///
/// # Generics
/// - `IN`: input channels.
/// - `OUT`: output channels (filters).
/// - `KERNEL`: kernel height and width.
/// - `STRIDE`: step between windows on both axes (default 1).
/// - `PADDING`: zeros added on every side (default 0).
/// - `BIAS`: whether the layer has a bias (default `true`; `false` is PyTorch's `bias=False`, the
///   usual choice before a batch norm).
/// - `E`, `D`: element type and device (default `f32` on [`Cpu`]); [`build_module`] picks them.
///
/// # Shapes
/// - input: `[IN, H, W]` or `[batch, IN, H, W]`
/// - output: `[OUT, H', W']` or `[batch, OUT, H', W']` with
///   `H' = (H + 2·PADDING − KERNEL) / STRIDE + 1` (rounded down), likewise `W'`.
///
/// Parameters: `weight` `[OUT, IN, KERNEL, KERNEL]` and, with `BIAS`, `bias` `[OUT]`, initialised
/// as PyTorch does (uniform in ±1/√(IN·KERNEL²), i.e. Kaiming-uniform with a = √5).
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let conv = dev.build_module::<Conv2d<3, 8, 5>, f32>();
/// let x: Tensor<Rank4<2, 3, 32, 32>, f32, _> = dev.zeros();
/// let _: Tensor<Rank4<2, 8, 28, 28>, f32, _> = conv.forward(x);
///
/// let strided = dev.build_module::<Conv2d<3, 4, 3, 2, 1>, f32>();
/// let _: Tensor<Rank3<4, 16, 16>, f32, _> = strided.forward(dev.zeros::<Rank3<3, 32, 32>>());
///
/// // OUT·IN·KERNEL² + OUT parameters, known at compile time
/// const _: () = assert!(Conv2d::<3, 8, 5>::PARAMS == 8 * 3 * 5 * 5 + 8);
/// assert_eq!(conv.num_trainable_params(), 608);
///
/// // without a bias: no `bias` tensor, one parameter per weight
/// let plain = dev.build_module::<Conv2d<3, 8, 3, 1, 1, false>, f32>();
/// assert!(plain.bias.is_none());
/// assert_eq!(plain.num_trainable_params(), 8 * 3 * 3 * 3);
/// let _: Tensor<Rank3<8, 32, 32>, f32, _> = plain.forward(dev.zeros::<Rank3<3, 32, 32>>());
/// ```
///
/// # Errors
/// A wrong channel count, a kernel larger than the padded input, `KERNEL = 0` or `STRIDE = 0` fail
/// to compile, where the layer meets its input, with a message that names the rule.
///
/// [`build_module`]: dfdx::nn::DeviceBuildExt::build_module
#[derive(Debug, Clone)]
pub struct Conv2d<
    const IN: usize,
    const OUT: usize,
    const KERNEL: usize,
    const STRIDE: usize = 1,
    const PADDING: usize = 0,
    const BIAS: bool = true,
    E: Dtype = f32,
    D: Storage<E> = Cpu,
> {
    /// Filters, `[OUT, IN, KERNEL, KERNEL]`.
    pub weight: Tensor<Rank4<OUT, IN, KERNEL, KERNEL>, E, D>,
    /// Bias, `[OUT]`: `Some` exactly when `BIAS` (as built; the layer's tensor visitor relies on
    /// it).
    pub bias: Option<Tensor<Rank1<OUT>, E, D>>,
}

/// What the tensor visitor expects of a `Conv2d` with `BIAS = true` (built by it, never otherwise).
const BIAS_IS_SOME: &str = "a Conv2d with BIAS = true has Some(bias)";

/// The input channel count of a convolution matches its `IN`.
#[diagnostic::on_unimplemented(
    message = "Conv2d<{IN}, {OUT}, …> expects {IN} input channels, but its input has `{Self}`",
    label = "wrong number of input channels",
    note = "the channel axis is the one before height and width: (C, H, W) or (batch, C, H, W); the previous layer's OUT must equal this layer's IN"
)]
pub trait ConvChannels<const IN: usize, const OUT: usize> {}
impl<const IN: usize, const OUT: usize> ConvChannels<IN, OUT> for Const<IN> {}
impl<const IN: usize, const OUT: usize> ConvChannels<IN, OUT> for crate::dims::Unreachable {}

impl<
        const I: usize,
        const O: usize,
        const K: usize,
        const S: usize,
        const P: usize,
        const BIAS: bool,
        E,
        D,
        const C: usize,
        const H: usize,
        const W: usize,
    > OnImage<C, H, W> for Conv2d<I, O, K, S, P, BIAS, E, D>
where
    E: Dtype,
    D: Storage<E>,
    Const<C>: ConvChannels<I, O>,
    Const<H>: ConvAxis<K, S, P>,
    Const<W>: ConvAxis<K, S, P>,
{
    type Out = (
        Const<O>,
        <Const<H> as ConvAxis<K, S, P>>::Out,
        <Const<W> as ConvAxis<K, S, P>>::Out,
    );
    type Batched<B: Dim> = (
        B,
        Const<O>,
        <Const<H> as ConvAxis<K, S, P>>::Out,
        <Const<W> as ConvAxis<K, S, P>>::Out,
    );

    fn batched<B: Dim>(batch: B) -> Self::Batched<B> {
        (batch, Const, Default::default(), Default::default())
    }
}

image_layer!([const I: usize, const O: usize, const K: usize, const S: usize, const P: usize, const BIAS: bool, E: Dtype, D: Storage<E>] Conv2d<I, O, K, S, P, BIAS, E, D>);

/// Absorbs a following activation: applied as the output is written, its gradient masked in the
/// backward pass. Folds a following batch norm into its weights and bias in evaluation mode.
impl<
        const I: usize,
        const O: usize,
        const K: usize,
        const S: usize,
        const P: usize,
        const BIAS: bool,
        E,
        D,
    > Fuse for Conv2d<I, O, K, S, P, BIAS, E, D>
where
    E: Dtype,
    D: Storage<E>,
{
    const ABSORBS: bool = true;
    const FOLDS_AFFINE: bool = true;
    const TRAINS_NEXT_NORM: bool = true;
    const FREEZES: bool = true;
    const READS_CHANNEL_BLOCKS: Option<usize> = match reads_channel_blocks(S, I, O) {
        true => Some(P),
        false => None,
    };
}

impl<
        const I: usize,
        const O: usize,
        const K: usize,
        const S: usize,
        const P: usize,
        const BIAS: bool,
        E,
        D,
        In,
        T,
    > Forward<Tensor<In, E, D, T>> for Conv2d<I, O, K, S, P, BIAS, E, D>
where
    E: Dtype,
    D: Device<E> + Conv2dKernel<E> + BatchNorm2dKernel<E>,
    T: Tape<E, D>,
    In: Shape,
    Self: Layer<In>,
{
    type Output = Tensor<Output<Self, In>, E, D, T>;
    type Error = D::Err;

    fn try_run(&self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
        let (g, out) = Self::geometry(x.shape());
        conv2d(g, call, x, &self.weight, self.bias.as_ref(), out)
    }

    fn try_run_carried(&self, x: Carried, call: Call) -> Result<Carried, D::Err>
    where
        Tensor<In, E, D, T>: 'static,
        Self::Output: 'static,
    {
        let (x, from) = x.open_any::<In, E, D>();
        let (g, out) = Self::geometry(x.shape());
        conv2d_carried(g, call, x, from, &self.weight, self.bias.as_ref(), out)
    }

    fn try_run_mut_with_norm(
        &mut self,
        x: Tensor<In, E, D, T>,
        call: Call,
        norm: &mut dyn Any,
    ) -> Result<Self::Output, D::Err> {
        // A composer pairs a convolution only with a `BatchNorm2d` (`Fuse::IS_BATCH_NORM`) that
        // takes its output, so of `O` channels, the same element and the same device.
        let norm = norm
            .downcast_mut::<BatchNorm2d<O, E, D>>()
            .expect("a convolution trains the BatchNorm2d of its output channels after it");
        let (g, out) = Self::geometry(x.shape());
        let (weight, bias) = (&self.weight, self.bias.as_ref());
        let y = norm.train_after(g.batch, g.h_out * g.w_out, call.sums, |stats| {
            conv2d_batchnorm2d(g, call, x, weight, bias, out, stats)
        })?;
        Ok(y)
    }
}

impl<
        const I: usize,
        const O: usize,
        const K: usize,
        const S: usize,
        const P: usize,
        const BIAS: bool,
        E: Dtype,
        D: Storage<E>,
    > Conv2d<I, O, K, S, P, BIAS, E, D>
{
    /// The geometry and output shape for an input of shape `input`.
    fn geometry<In: Shape>(input: &In) -> (Conv2dGeometry, Output<Self, In>)
    where
        Self: Layer<In>,
    {
        let out = <Self as Layer<In>>::output_shape(input);
        let (batch, _, h_in, w_in) = image_dims(input);
        let (_, _, h_out, w_out) = image_dims(&out);
        let g = Conv2dGeometry {
            batch,
            chan_in: I,
            chan_out: O,
            h_in,
            w_in,
            kernel: K,
            stride: S,
            padding: P,
            h_out,
            w_out,
        };
        (g, out)
    }
}

dfdx_modules!([const I: usize, const O: usize, const K: usize, const S: usize, const P: usize, const BIAS: bool, E: Dtype, D: Storage<E>] Conv2d<I, O, K, S, P, BIAS, E, D>);

impl<
        const I: usize,
        const O: usize,
        const K: usize,
        const S: usize,
        const P: usize,
        const BIAS: bool,
        E,
        D,
    > TensorCollection<E, D> for Conv2d<I, O, K, S, P, BIAS, E, D>
where
    E: Dtype + Float + SampleUniform,
    D: Device<E>,
{
    type To<E2: Dtype, D2: Device<E2>> = Conv2d<I, O, K, S, P, BIAS, E2, D2>;

    fn iter_tensors<V: ModuleVisitor<Self, E, D>>(
        visitor: &mut V,
    ) -> Result<Option<Self::To<V::E2, V::D2>>, V::Err> {
        let weight = Self::tensor(
            "weight",
            |s| &s.weight,
            |s| &mut s.weight,
            TensorOptions::reset_with(|t| {
                t.try_fill_with_distr(crate::init::fan_in_uniform::<E>(I * K * K))
            }),
        );
        if !BIAS {
            return visitor.visit_fields((weight,), |(weight,)| Conv2d { weight, bias: None });
        }
        let bias = Self::tensor(
            "bias",
            |s| s.bias.as_ref().expect(BIAS_IS_SOME),
            |s| s.bias.as_mut().expect(BIAS_IS_SOME),
            TensorOptions::reset_with(|t| {
                t.try_fill_with_distr(crate::init::fan_in_uniform::<E>(I * K * K))
            }),
        );
        visitor.visit_fields((weight, bias), |(weight, bias)| Conv2d {
            weight,
            bias: Some(bias),
        })
    }
}

impl<
        const I: usize,
        const O: usize,
        const K: usize,
        const S: usize,
        const P: usize,
        const BIAS: bool,
        E,
        D,
        E2,
        D2,
    > BuildOnDevice<D2, E2> for Conv2d<I, O, K, S, P, BIAS, E, D>
where
    E: Dtype,
    D: Storage<E>,
    E2: Dtype,
    D2: Device<E2>,
    Conv2d<I, O, K, S, P, BIAS, E2, D2>: BuildModule<D2, E2>,
{
    type Built = Conv2d<I, O, K, S, P, BIAS, E2, D2>;
}

impl<
        const I: usize,
        const O: usize,
        const K: usize,
        const S: usize,
        const P: usize,
        const BIAS: bool,
        E: Dtype,
        D: Storage<E>,
    > Params for Conv2d<I, O, K, S, P, BIAS, E, D>
{
    /// `weight` `[OUT, IN, KERNEL, KERNEL]` plus, with `BIAS`, `bias` `[OUT]`.
    const PARAMS: usize = O * I * K * K + if BIAS { O } else { 0 };
}

/// One row: `Conv2d<IN, OUT, KERNEL>`, with `STRIDE`, `PADDING` and `BIAS` written only where they
/// (or a later one) differ from their defaults; `IN·KERNEL²` multiply-accumulates per output
/// element (bias not counted).
impl<
        const I: usize,
        const O: usize,
        const K: usize,
        const S: usize,
        const P: usize,
        const BIAS: bool,
        E,
        D,
        In,
    > Describe<In> for Conv2d<I, O, K, S, P, BIAS, E, D>
where
    E: Dtype,
    D: Storage<E>,
    In: Shape,
    Self: Layer<In>,
    Output<Self, In>: ConstShape,
{
    fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
        let name = match (S, P, BIAS) {
            (1, 0, true) => format!("Conv2d<{I}, {O}, {K}>"),
            (_, 0, true) => format!("Conv2d<{I}, {O}, {K}, {S}>"),
            (_, _, true) => format!("Conv2d<{I}, {O}, {K}, {S}, {P}>"),
            (_, _, false) => format!("Conv2d<{I}, {O}, {K}, {S}, {P}, false>"),
        };
        let macs = <Output<Self, In> as ConstShape>::NUMEL * I * K * K;
        rows.push(LayerSummary::leaf::<Self, In>(index, name, macs));
    }
}
