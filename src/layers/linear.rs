//! `Linear`: a fully connected layer.
use dfdx::nn::{BuildModule, BuildOnDevice, ModuleVisitor, TensorCollection, TensorOptions};
use dfdx::shapes::{Const, ConstShape, Dim, Dtype, HasShape, Rank1, Rank2, Shape};
use dfdx::tensor::{Cpu, Storage, Tape, Tensor};
use dfdx::tensor_ops::Device;
use num_traits::Float;
use rand_distr::uniform::SampleUniform;

use crate::forward::{dfdx_modules, Call, Carried, Forward, Fuse};
use crate::layer::{Layer, Output};
use crate::ops::linear::{linear, linear_carried, LinearKernel};
use crate::summary::{Describe, LayerSummary, Params};

/// Fully connected layer: `y = x·Wᵀ + b` from `IN` features to `OUT`.
///
/// **PyTorch equivalent**: `torch.nn.Linear(IN, OUT)`.
///
/// # Generics
/// - `IN`: input features.
/// - `OUT`: output features.
/// - `E`, `D`: element type and device (default `f32` on [`Cpu`]).
///
/// # Shapes
/// - input: `[IN]` or `[batch, IN]`
/// - output: `[OUT]` or `[batch, OUT]`
///
/// Parameters: `weight` `[OUT, IN]` and `bias` `[OUT]`, uniform in ±1/√IN as in PyTorch.
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let fc = dev.build_module::<Linear<400, 120>, f32>();
/// let _: Tensor<Rank2<64, 120>, f32, _> = fc.forward(dev.zeros::<Rank2<64, 400>>());
/// let _: Tensor<Rank1<120>, f32, _> = fc.forward(dev.zeros::<Rank1<400>>());
/// // a runtime batch size
/// let x: Tensor<(usize, Const<400>), f32, _> = dev.zeros_like(&(7, Const));
/// assert_eq!(fc.forward(x).shape().0, 7);
///
/// // OUT·IN + OUT parameters, known at compile time
/// const _: () = assert!(Linear::<400, 120>::PARAMS == 48_120);
/// assert_eq!(fc.num_trainable_params(), 48_120);
/// ```
///
/// # Errors
/// An input with other than `IN` features fails to compile, naming both sizes.
#[derive(Debug, Clone)]
pub struct Linear<const IN: usize, const OUT: usize, E: Dtype = f32, D: Storage<E> = Cpu> {
    /// Weight, `[OUT, IN]`.
    pub weight: Tensor<Rank2<OUT, IN>, E, D>,
    /// Bias, `[OUT]`.
    pub bias: Tensor<Rank1<OUT>, E, D>,
}

/// The feature count of a linear layer's input matches its `IN`.
#[diagnostic::on_unimplemented(
    message = "Linear<{IN}, {OUT}> expects {IN} input features, but its input has `{Self}`",
    label = "wrong number of input features",
    note = "the feature axis is the last one: (features,) or (batch, features); after Flatten it holds C·H·W of the previous layer's output"
)]
pub trait LinearFeatures<const IN: usize, const OUT: usize> {}
impl<const IN: usize, const OUT: usize> LinearFeatures<IN, OUT> for Const<IN> {}
impl<const IN: usize, const OUT: usize> LinearFeatures<IN, OUT> for crate::dims::Unreachable {}

impl<const I: usize, const O: usize, E: Dtype, D: Storage<E>, const F: usize> Layer<(Const<F>,)>
    for Linear<I, O, E, D>
where
    Const<F>: LinearFeatures<I, O>,
{
    type Output = (Const<O>,);

    fn output_shape(_: &(Const<F>,)) -> (Const<O>,) {
        (Const,)
    }
}

impl<const I: usize, const O: usize, E: Dtype, D: Storage<E>, B: Dim, const F: usize>
    Layer<(B, Const<F>)> for Linear<I, O, E, D>
where
    Const<F>: LinearFeatures<I, O>,
{
    type Output = (B, Const<O>);

    fn output_shape(input: &(B, Const<F>)) -> (B, Const<O>) {
        (input.0, Const)
    }
}

/// Absorbs a following activation: applied to the output in place, its gradient masked in the
/// backward pass.
impl<const I: usize, const O: usize, E: Dtype, D: Storage<E>> Fuse for Linear<I, O, E, D> {
    const ABSORBS: bool = true;
    const FREEZES: bool = true;
}

impl<const I: usize, const O: usize, E, D, In, T> Forward<Tensor<In, E, D, T>>
    for Linear<I, O, E, D>
where
    E: Dtype,
    D: Device<E> + LinearKernel<E>,
    T: Tape<E, D>,
    In: Shape,
    Self: Layer<In>,
{
    type Output = Tensor<Output<Self, In>, E, D, T>;
    type Error = D::Err;

    fn try_run(&self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
        let out = <Self as Layer<In>>::output_shape(x.shape());
        let rows = out.num_elements() / core::cmp::max(O, 1);
        linear((rows, I, O), call, x, &self.weight, &self.bias, out)
    }

    fn try_run_carried(&self, x: Carried, call: Call) -> Result<Carried, D::Err>
    where
        Tensor<In, E, D, T>: 'static,
        Self::Output: 'static,
    {
        let x = x.open::<In, E, D>();
        let out = <Self as Layer<In>>::output_shape(x.shape());
        let rows = out.num_elements() / core::cmp::max(O, 1);
        linear_carried((rows, I, O), call, x, &self.weight, &self.bias, out)
    }
}

dfdx_modules!([const I: usize, const O: usize, E: Dtype, D: Storage<E>] Linear<I, O, E, D>);

impl<const I: usize, const O: usize, E, D> TensorCollection<E, D> for Linear<I, O, E, D>
where
    E: Dtype + Float + SampleUniform,
    D: Device<E>,
{
    type To<E2: Dtype, D2: Device<E2>> = Linear<I, O, E2, D2>;

    fn iter_tensors<V: ModuleVisitor<Self, E, D>>(
        visitor: &mut V,
    ) -> Result<Option<Self::To<V::E2, V::D2>>, V::Err> {
        visitor.visit_fields(
            (
                Self::tensor(
                    "weight",
                    |s| &s.weight,
                    |s| &mut s.weight,
                    TensorOptions::reset_with(|t| {
                        t.try_fill_with_distr(crate::init::fan_in_uniform::<E>(I))
                    }),
                ),
                Self::tensor(
                    "bias",
                    |s| &s.bias,
                    |s| &mut s.bias,
                    TensorOptions::reset_with(|t| {
                        t.try_fill_with_distr(crate::init::fan_in_uniform::<E>(I))
                    }),
                ),
            ),
            |(weight, bias)| Linear { weight, bias },
        )
    }
}

impl<const I: usize, const O: usize, E: Dtype, D: Storage<E>, E2: Dtype, D2: Device<E2>>
    BuildOnDevice<D2, E2> for Linear<I, O, E, D>
where
    Linear<I, O, E2, D2>: BuildModule<D2, E2>,
{
    type Built = Linear<I, O, E2, D2>;
}

impl<const I: usize, const O: usize, E: Dtype, D: Storage<E>> Params for Linear<I, O, E, D> {
    /// `weight` `[OUT, IN]` plus `bias` `[OUT]`.
    const PARAMS: usize = O * I + O;
}

/// One row: `Linear<IN, OUT>`, with `IN` multiply-accumulates per output element (bias not
/// counted).
impl<const I: usize, const O: usize, E, D, In> Describe<In> for Linear<I, O, E, D>
where
    E: Dtype,
    D: Storage<E>,
    In: Shape,
    Self: Layer<In>,
    Output<Self, In>: ConstShape,
{
    fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
        let macs = <Output<Self, In> as ConstShape>::NUMEL * I;
        rows.push(LayerSummary::leaf::<Self, In>(
            index,
            format!("Linear<{I}, {O}>"),
            macs,
        ));
    }
}
