//! `GlobalAvgPool2d`: the mean of each channel's plane.
use dfdx::nn::ZeroSizedModule;
use dfdx::shapes::{Const, ConstShape, Dim, Dtype, HasShape, Shape};
use dfdx::tensor::{Tape, Tensor};
use dfdx::tensor_ops::Device;

use crate::forward::{dfdx_modules, Call, Carried, Forward, Fuse};
use crate::layer::{image_dims, image_layer, Layer, OnImage, Output};
use crate::ops::global_avg_pool::{global_avg_pool, global_avg_pool_carried, GlobalAvgPoolKernel};
use crate::summary::{Describe, LayerSummary, Params};

/// Global average pooling: each channel's `H×W` plane becomes its mean, a `1×1` plane (follow it
/// with [`Flatten`](crate::Flatten) for a linear classifier).
///
/// **PyTorch equivalent**: `torch.nn.AdaptiveAvgPool2d(1)`.
///
/// # Shapes
/// - input: `[C, H, W]` or `[batch, C, H, W]`
/// - output: `[C, 1, 1]` or `[batch, C, 1, 1]`
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let x: Tensor<Rank4<2, 64, 8, 8>, f32, _> = dev.ones();
/// let y: Tensor<Rank4<2, 64, 1, 1>, f32, _> = GlobalAvgPool2d.forward(x);
/// assert_eq!(y.array()[1][5][0][0], 1.0);
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct GlobalAvgPool2d;

impl<const C: usize, const H: usize, const W: usize> OnImage<C, H, W> for GlobalAvgPool2d {
    type Out = (Const<C>, Const<1>, Const<1>);
    type Batched<B: Dim> = (B, Const<C>, Const<1>, Const<1>);

    fn batched<B: Dim>(batch: B) -> Self::Batched<B> {
        (batch, Const, Const, Const)
    }
}

image_layer!([] GlobalAvgPool2d);

impl Fuse for GlobalAvgPool2d {
    const PARAMETER_FREE: bool = true;
}

impl<In: Shape, E: Dtype, D, T> Forward<Tensor<In, E, D, T>> for GlobalAvgPool2d
where
    D: Device<E> + GlobalAvgPoolKernel<E>,
    T: Tape<E, D>,
    Self: Layer<In>,
{
    type Output = Tensor<Output<Self, In>, E, D, T>;
    type Error = D::Err;

    fn try_run(&self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
        let out = <Self as Layer<In>>::output_shape(x.shape());
        let (_, _, h, w) = image_dims(x.shape());
        global_avg_pool(h * w, call.input_grad, x, out)
    }

    fn try_run_carried(&self, x: Carried, _: Call) -> Result<Carried, D::Err>
    where
        Tensor<In, E, D, T>: 'static,
        Self::Output: 'static,
    {
        let x = x.open::<In, E, D>();
        let out = <Self as Layer<In>>::output_shape(x.shape());
        let (_, _, h, w) = image_dims(x.shape());
        global_avg_pool_carried(h * w, x, out)
    }
}

dfdx_modules!([] GlobalAvgPool2d);

impl ZeroSizedModule for GlobalAvgPool2d {}

impl Params for GlobalAvgPool2d {
    const PARAMS: usize = 0;
}

/// One row, `GlobalAvgPool2d`; 0 MACs (the averaging adds are not counted).
impl<In: Shape> Describe<In> for GlobalAvgPool2d
where
    Self: Layer<In>,
    Output<Self, In>: ConstShape,
{
    fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
        rows.push(LayerSummary::leaf::<Self, In>(
            index,
            "GlobalAvgPool2d".into(),
            0,
        ));
    }
}
