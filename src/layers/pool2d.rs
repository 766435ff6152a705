//! `MaxPool2d` and `AvgPool2d`: 2-D pooling with a type-level output shape.
use dfdx::nn::ZeroSizedModule;
use dfdx::shapes::{Const, ConstShape, Dim, Dtype, HasShape, Shape};
use dfdx::tensor::{Tape, Tensor};
use dfdx::tensor_ops::Device;

use crate::dims::PoolAxis;
use crate::forward::{dfdx_modules, Call, Carried, Forward, Fuse};
use crate::layer::{image_dims, image_layer, Layer, OnImage, Output};
use crate::ops::pool2d::{pool2d, pool2d_carried, Pool2dGeometry, Pool2dKernel, PoolKind};
use crate::summary::{Describe, LayerSummary, Params};

/// 2-D max pooling over `KERNEL`×`KERNEL` windows moved by `STRIDE` (rounding down).
///
/// **PyTorch equivalent**: `torch.nn.MaxPool2d(KERNEL, stride=STRIDE, padding=PADDING)`.
///
/// # Generics
/// - `KERNEL`: window height and width.
/// - `STRIDE`: step between windows (default `KERNEL`: non-overlapping windows).
/// - `PADDING`: −∞ added on every side (default 0; at most `KERNEL / 2`), so a padded position
///   never wins.
///
/// # Shapes
/// - input: `[C, H, W]` or `[batch, C, H, W]`
/// - output: `[C, H', W']` or `[batch, C, H', W']` with
///   `H' = (H + 2·PADDING − KERNEL) / STRIDE + 1`.
///
/// The gradient flows to each window's maximum (the first one on ties; NaN propagates).
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let pool: MaxPool2d<2> = Default::default();
/// let _: Tensor<Rank4<4, 8, 14, 14>, f32, _> = pool.forward(dev.zeros::<Rank4<4, 8, 28, 28>>());
/// let overlapping: MaxPool2d<3, 2> = Default::default();
/// let _: Tensor<Rank3<8, 13, 13>, f32, _> = overlapping.forward(dev.zeros::<Rank3<8, 28, 28>>());
/// // the ResNet stem's pooling
/// let stem: MaxPool2d<3, 2, 1> = Default::default();
/// let _: Tensor<Rank3<8, 56, 56>, f32, _> = stem.forward(dev.zeros::<Rank3<8, 112, 112>>());
/// ```
///
/// # Errors
/// A window larger than the padded input, `KERNEL = 0`, `STRIDE = 0` or a `PADDING` above
/// `KERNEL / 2` fail to compile, where the layer meets its input.
#[derive(Debug, Default, Clone, Copy)]
pub struct MaxPool2d<const KERNEL: usize, const STRIDE: usize = KERNEL, const PADDING: usize = 0>;

/// 2-D average pooling over `KERNEL`×`KERNEL` windows moved by `STRIDE` (rounding down).
///
/// **PyTorch equivalent**: `torch.nn.AvgPool2d(KERNEL, stride=STRIDE, padding=PADDING)`
/// (with its default `count_include_pad=True`).
///
/// # Generics
/// - `KERNEL`: window height and width.
/// - `STRIDE`: step between windows (default `KERNEL`).
/// - `PADDING`: zeros added on every side (default 0; at most `KERNEL / 2`), counted in every
///   window's average: each output is its window's sum divided by `KERNEL²`.
///
/// # Shapes
/// - input: `[C, H, W]` or `[batch, C, H, W]`
/// - output: `[C, H', W']` or `[batch, C, H', W']` with
///   `H' = (H + 2·PADDING − KERNEL) / STRIDE + 1`.
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let pool: AvgPool2d<2> = Default::default();
/// let _: Tensor<Rank4<4, 6, 14, 14>, f32, _> = pool.forward(dev.zeros::<Rank4<4, 6, 28, 28>>());
/// let padded: AvgPool2d<3, 1, 1> = Default::default();
/// let _: Tensor<Rank3<6, 28, 28>, f32, _> = padded.forward(dev.zeros::<Rank3<6, 28, 28>>());
/// ```
///
/// # Errors
/// A window larger than the padded input, `KERNEL = 0`, `STRIDE = 0` or a `PADDING` above
/// `KERNEL / 2` fail to compile, where the layer meets its input.
#[derive(Debug, Default, Clone, Copy)]
pub struct AvgPool2d<const KERNEL: usize, const STRIDE: usize = KERNEL, const PADDING: usize = 0>;

/// The shape rule, forward pass and description shared by both pooling layers. One expansion:
/// `impl<const K, const S, const P, const C, const H, const W> OnImage<C, H, W> for
/// MaxPool2d<K, S, P> { … }` plus `Fuse` (no fusion), `Forward` (dfdx's `Module` and `ModuleMut`
/// from it), `ZeroSizedModule`, `Params` (0) and `Describe` (one row named `MaxPool2d<K>`,
/// `MaxPool2d<K, S>` when `S ≠ K`, `MaxPool2d<K, S, P>` when `P ≠ 0`; 0 MACs: comparisons and the
/// averaging adds are not counted).
macro_rules! pool_layer {
    ($name:ident, $kind:expr) => {
        impl<const K: usize, const S: usize, const P: usize, const C: usize, const H: usize, const W: usize>
            OnImage<C, H, W> for $name<K, S, P>
        where
                    Const<H>: PoolAxis<K, S, P>,
            Const<W>: PoolAxis<K, S, P>,
        {
            type Out = (
                Const<C>,
                <Const<H> as PoolAxis<K, S, P>>::Out,
                <Const<W> as PoolAxis<K, S, P>>::Out,
            );
            type Batched<B: Dim> = (
                B,
                Const<C>,
                <Const<H> as PoolAxis<K, S, P>>::Out,
                <Const<W> as PoolAxis<K, S, P>>::Out,
            );

            fn batched<B: Dim>(batch: B) -> Self::Batched<B> {
                (batch, Const, Default::default(), Default::default())
            }
        }

        image_layer!([const K: usize, const S: usize, const P: usize] $name<K, S, P>);

        /// Reads channel blocks without a border (the window's padding is never read).
        impl<const K: usize, const S: usize, const P: usize> Fuse for $name<K, S, P> {
            const PARAMETER_FREE: bool = true;
            const READS_CHANNEL_BLOCKS: Option<usize> = Some(0);
        }

        impl<const K: usize, const S: usize, const P: usize, In: Shape, E: Dtype, D, T> Forward<Tensor<In, E, D, T>>
            for $name<K, S, P>
        where
            D: Device<E> + Pool2dKernel<E>,
            T: Tape<E, D>,
            Self: Layer<In>,
        {
            type Output = Tensor<Output<Self, In>, E, D, T>;
            type Error = D::Err;

            fn try_run(&self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
                let (g, out) = Self::geometry(x.shape());
                pool2d(g, call.input_grad, x, out)
            }

            fn try_run_carried(&self, x: Carried, call: Call) -> Result<Carried, D::Err>
            where
                Tensor<In, E, D, T>: 'static,
                Self::Output: 'static,
            {
                let (x, from) = x.open_any::<In, E, D>();
                let (g, out) = Self::geometry(x.shape());
                let channels = image_dims(x.shape()).1;
                pool2d_carried(g, channels, (x, from), call.layout, out)
            }
        }

        impl<const K: usize, const S: usize, const P: usize> $name<K, S, P> {
            /// The geometry and output shape for an input of shape `input`.
            fn geometry<In: Shape>(input: &In) -> (Pool2dGeometry, Output<Self, In>)
            where
                Self: Layer<In>,
            {
                let out = <Self as Layer<In>>::output_shape(input);
                let (batch, c, h_in, w_in) = image_dims(input);
                let (_, _, h_out, w_out) = image_dims(&out);
                let g = Pool2dGeometry {
                    kind: $kind,
                    planes: batch * c,
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

        dfdx_modules!([const K: usize, const S: usize, const P: usize] $name<K, S, P>);

        impl<const K: usize, const S: usize, const P: usize> ZeroSizedModule for $name<K, S, P> {}

        impl<const K: usize, const S: usize, const P: usize> Params for $name<K, S, P> {
            const PARAMS: usize = 0;
        }

        impl<const K: usize, const S: usize, const P: usize, In: Shape> Describe<In> for $name<K, S, P>
        where
            Self: Layer<In>,
            Output<Self, In>: ConstShape,
        {
            fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
                let name = match (S == K, P) {
                    (true, 0) => format!("{}<{K}>", stringify!($name)),
                    (false, 0) => format!("{}<{K}, {S}>", stringify!($name)),
                    _ => format!("{}<{K}, {S}, {P}>", stringify!($name)),
                };
                rows.push(LayerSummary::leaf::<Self, In>(index, name, 0));
            }
        }
    };
}

pool_layer!(MaxPool2d, PoolKind::Max);
pool_layer!(AvgPool2d, PoolKind::Avg);
