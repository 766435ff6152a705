//! `Flatten`: each image to a vector of features.
use dfdx::nn::ZeroSizedModule;
use dfdx::shapes::{Const, ConstShape, Dim, Dtype, HasShape, Shape};
use dfdx::tensor::{Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

use crate::dims::FlatSize;
use crate::forward::{dfdx_modules, untraced_if, Call, Carried, Forward, Fuse, Opened};
use crate::layer::{image_layer, Layer, OnImage, Output};
use crate::summary::{Describe, LayerSummary, Params};

/// Flattens each image `[C, H, W]` into a vector of `C·H·W` features, in row-major order as
/// PyTorch does; the size is computed by the type checker.
///
/// **PyTorch equivalent**: `torch.nn.Flatten()` (on `[batch, C, H, W]`: start_dim = 1).
///
/// # Shapes
/// - input: `[C, H, W]` or `[batch, C, H, W]`
/// - output: `[C·H·W]` or `[batch, C·H·W]`
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let _: Tensor<Rank2<64, 400>, f32, _> = Flatten.forward(dev.zeros::<Rank4<64, 16, 5, 5>>());
/// let _: Tensor<Rank1<400>, f32, _> = Flatten.forward(dev.zeros::<Rank3<16, 5, 5>>());
/// ```
///
/// # Errors
/// A flattened size of 65,536 or more fails to compile (the supported range).
#[derive(Debug, Default, Clone, Copy)]
pub struct Flatten;

impl<const C: usize, const H: usize, const W: usize> OnImage<C, H, W> for Flatten
where
    (Const<C>, Const<H>, Const<W>): FlatSize,
{
    type Out = (<(Const<C>, Const<H>, Const<W>) as FlatSize>::Out,);
    type Batched<B: Dim> = (B, <(Const<C>, Const<H>, Const<W>) as FlatSize>::Out);

    fn batched<B: Dim>(batch: B) -> Self::Batched<B> {
        (batch, Default::default())
    }
}

image_layer!([] Flatten);

impl Fuse for Flatten {
    const PARAMETER_FREE: bool = true;
}

impl<In: Shape, E: Dtype, D: Device<E>, T: Tape<E, D>> Forward<Tensor<In, E, D, T>> for Flatten
where
    Self: Layer<In>,
{
    type Output = Tensor<Output<Self, In>, E, D, T>;
    type Error = D::Err;

    fn try_run(&self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
        let shape = <Self as Layer<In>>::output_shape(x.shape());
        untraced_if(
            call.input_grad,
            x,
            |x| x.try_reshape_like(&shape),
            |x| x.try_reshape_like(&shape),
        )
    }

    fn try_run_carried(&self, x: Carried, _: Call) -> Result<Carried, D::Err>
    where
        Tensor<In, E, D, T>: 'static,
        Self::Output: 'static,
    {
        Ok(match x.open::<In, E, D>() {
            // The same values, seen with the flat shape.
            Opened::Values(v, s, dev) => Carried::values(v, Self::output_shape(&s), dev),
            Opened::Tensor(x) => {
                let shape = Self::output_shape(x.shape());
                Carried::tensor(x.try_reshape_like(&shape)?)
            }
        })
    }
}

dfdx_modules!([] Flatten);

impl ZeroSizedModule for Flatten {}

impl Params for Flatten {
    const PARAMS: usize = 0;
}

/// One row, `Flatten`: no parameters, no arithmetic.
impl<In: Shape> Describe<In> for Flatten
where
    Self: Layer<In>,
    Output<Self, In>: ConstShape,
{
    fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
        rows.push(LayerSummary::leaf::<Self, In>(index, "Flatten".into(), 0));
    }
}
