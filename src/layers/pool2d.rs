//! `MaxPool2d` and `AvgPool2d`: 2-D pooling with a type-level output shape.
use dfdx::nn::ZeroSizedModule;
use dfdx::shapes::{Const, ConstShape, Dim, Dtype, HasShape, Shape};
use dfdx::tensor::{Tape, Tensor};
use dfdx::tensor_ops::Device;

use crate::dims::PoolAxis;
use crate::forward::{dfdx_modules, Call, Forward, Fuse};
use crate::layer::{image_dims, Layer, OnImage, Output};
use crate::ops::pool2d::{pool2d, Pool2dGeometry, Pool2dKernel, PoolKind};
use crate::summary::{Describe, LayerSummary, Params};

/// 2-D max pooling over `KERNEL`×`KERNEL` windows moved by `STRIDE` (no padding, rounding down).
///
/// **PyTorch equivalent**: `torch.nn.MaxPool2d(KERNEL, stride=STRIDE)`.
///
/// # Generics
/// - `KERNEL`: window height and width.
/// - `STRIDE`: step between windows (default `KERNEL`: non-overlapping windows).
///
/// # Shapes
/// - input: `[C, H, W]` or `[batch, C, H, W]`
/// - output: `[C, H', W']` or `[batch, C, H', W']` with `H' = (H − KERNEL) / STRIDE + 1`.
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
/// ```
///
/// # Errors
/// A window larger than the input, `KERNEL = 0` or `STRIDE = 0` fail to compile, where the layer
/// meets its input.
#[derive(Debug, Default, Clone, Copy)]
pub struct MaxPool2d<const KERNEL: usize, const STRIDE: usize = KERNEL>;

/// 2-D average pooling over `KERNEL`×`KERNEL` windows moved by `STRIDE` (no padding, rounding down).
///
/// **PyTorch equivalent**: `torch.nn.AvgPool2d(KERNEL, stride=STRIDE)`.
///
/// # Generics
/// - `KERNEL`: window height and width.
/// - `STRIDE`: step between windows (default `KERNEL`).
///
/// # Shapes
/// - input: `[C, H, W]` or `[batch, C, H, W]`
/// - output: `[C, H', W']` or `[batch, C, H', W']` with `H' = (H − KERNEL) / STRIDE + 1`.
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let pool: AvgPool2d<2> = Default::default();
/// let _: Tensor<Rank4<4, 6, 14, 14>, f32, _> = pool.forward(dev.zeros::<Rank4<4, 6, 28, 28>>());
/// ```
///
/// # Errors
/// A window larger than the input, `KERNEL = 0` or `STRIDE = 0` fail to compile, where the layer
/// meets its input.
#[derive(Debug, Default, Clone, Copy)]
pub struct AvgPool2d<const KERNEL: usize, const STRIDE: usize = KERNEL>;

/// The shape rule, forward pass and description shared by both pooling layers. One expansion:
/// `impl<const K, const S, const C, const H, const W> OnImage<C, H, W> for MaxPool2d<K, S> { … }`
/// plus `Fuse` (no fusion), `Forward` (dfdx's `Module` and `ModuleMut` from it), `ZeroSizedModule`,
/// `Params` (0) and `Describe` (one row named `MaxPool2d<K>`, or `MaxPool2d<K, S>` when `S ≠ K`;
/// 0 MACs: comparisons and the averaging adds are not counted).
macro_rules! pool_layer {
    ($name:ident, $kind:expr) => {
        impl<const K: usize, const S: usize, const C: usize, const H: usize, const W: usize>
            OnImage<C, H, W> for $name<K, S>
        where
                    Const<H>: PoolAxis<K, S>,
            Const<W>: PoolAxis<K, S>,
        {
            type Out = (
                Const<C>,
                <Const<H> as PoolAxis<K, S>>::Out,
                <Const<W> as PoolAxis<K, S>>::Out,
            );
            type Batched<B: Dim> = (
                B,
                Const<C>,
                <Const<H> as PoolAxis<K, S>>::Out,
                <Const<W> as PoolAxis<K, S>>::Out,
            );

            fn batched<B: Dim>(batch: B) -> Self::Batched<B> {
                (batch, Const, Default::default(), Default::default())
            }
        }

        impl<const K: usize, const S: usize> Fuse for $name<K, S> {}

        impl<const K: usize, const S: usize, In: Shape, E: Dtype, D, T> Forward<Tensor<In, E, D, T>>
            for $name<K, S>
        where
            D: Device<E> + Pool2dKernel<E>,
            T: Tape<E, D>,
            Self: Layer<In>,
        {
            type Output = Tensor<Output<Self, In>, E, D, T>;
            type Error = D::Err;

            fn try_run(&self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
                let out = <Self as Layer<In>>::output_shape(x.shape());
                let (batch, c, h_in, w_in) = image_dims(x.shape());
                let (_, _, h_out, w_out) = image_dims(&out);
                let g = Pool2dGeometry {
                    kind: $kind,
                    planes: batch * c,
                    h_in,
                    w_in,
                    kernel: K,
                    stride: S,
                    h_out,
                    w_out,
                };
                pool2d(g, call.input_grad, x, out)
            }
        }

        dfdx_modules!([const K: usize, const S: usize] $name<K, S>);

        impl<const K: usize, const S: usize> ZeroSizedModule for $name<K, S> {}

        impl<const K: usize, const S: usize> Params for $name<K, S> {
            const PARAMS: usize = 0;
        }

        impl<const K: usize, const S: usize, In: Shape> Describe<In> for $name<K, S>
        where
            Self: Layer<In>,
            Output<Self, In>: ConstShape,
        {
            fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
                let name = if S == K {
                    format!("{}<{K}>", stringify!($name))
                } else {
                    format!("{}<{K}, {S}>", stringify!($name))
                };
                rows.push(LayerSummary::leaf::<Self, In>(index, name, 0));
            }
        }
    };
}

pool_layer!(MaxPool2d, PoolKind::Max);
pool_layer!(AvgPool2d, PoolKind::Avg);
