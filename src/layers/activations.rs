//! Element-wise activations: `ReLU`, `Tanh`, `Sigmoid`.
use dfdx::nn::ZeroSizedModule;
use dfdx::shapes::{ConstShape, Dtype, Shape};
use dfdx::tensor::{Tape, Tensor};
use dfdx::tensor_ops::Device;

use crate::forward::{dfdx_modules, untraced_if, Activation, Call, Carried, Forward, Fuse};
use crate::layer::Layer;
use crate::ops::activation::{activation, activation_carried};
use crate::ops::ActivationKernel;
use crate::summary::{Describe, LayerSummary, Params};

/// Element-wise activations: any shape in, the same shape out. One expansion:
/// `impl<S: Shape> Layer<S> for Tanh { type Output = S; }` plus `Fuse` (`ACTIVATION` is
/// `Some(Activation::Tanh)`: a layer before it that absorbs activations applies it instead),
/// `Forward` whose `try_run(x, call)` runs constnet's kernel for `Activation::Tanh` (with no backward
/// pass recorded when `call.input_grad` is false) and whose `try_run_absorbed` returns its input,
/// dfdx's `Module` and `ModuleMut` from it, `Params` (0) and `Describe` (one row named `Tanh`; 0
/// MACs: element-wise functions are not counted).
macro_rules! activation {
    ($name:ident, $act:expr) => {
        impl<S: Shape> Layer<S> for $name {
            type Output = S;

            fn output_shape(input: &S) -> S {
                *input
            }
        }

        impl Fuse for $name {
            const ACTIVATION: Option<Activation> = Some($act);
            const PARAMETER_FREE: bool = true;
        }

        impl<S: Shape, E: Dtype, D: Device<E> + ActivationKernel<E>, T: Tape<E, D>>
            Forward<Tensor<S, E, D, T>> for $name
        {
            type Output = Tensor<S, E, D, T>;
            type Error = D::Err;

            fn try_run(&self, x: Tensor<S, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
                untraced_if(call.input_grad, x, |x| activation($act, x), |x| activation($act, x))
            }

            fn try_run_absorbed(&self, x: Tensor<S, E, D, T>) -> Result<Self::Output, D::Err> {
                // The layer before this one applied it as its epilogue.
                Ok(x)
            }

            fn try_run_carried(&self, x: Carried, _: Call) -> Result<Carried, D::Err>
            where
                Tensor<S, E, D, T>: 'static,
                Self::Output: 'static,
            {
                activation_carried($act, x.open::<S, E, D>())
            }

            fn try_run_absorbed_carried(&self, x: Carried) -> Result<Carried, D::Err> {
                // Likewise.
                Ok(x)
            }
        }

        dfdx_modules!([] $name);

        impl ZeroSizedModule for $name {}

        impl Params for $name {
            const PARAMS: usize = 0;
        }

        impl<S: ConstShape> Describe<S> for $name {
            fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
                rows.push(LayerSummary::leaf::<Self, S>(
                    index,
                    stringify!($name).into(),
                    0,
                ));
            }
        }
    };
}

/// Rectified linear unit, `max(0, x)`, element-wise.
///
/// **PyTorch equivalent**: `torch.nn.ReLU()`, including its edge cases: a NaN input stays NaN and
/// passes its gradient through, −0 stays −0 (constnet's own kernel, in parallel; dfdx's `relu`
/// would map NaN to 0).
///
/// # Shapes
/// Any shape; the output has the input's shape.
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let y: Tensor<Rank1<4>, f32, _> = ReLU.forward(dev.tensor([-1.0, 0.0, 2.0, f32::NAN]));
/// let y = y.array();
/// assert_eq!(y[..3], [0.0, 0.0, 2.0]);
/// assert!(y[3].is_nan());
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct ReLU;
activation!(ReLU, Activation::Relu);

/// Hyperbolic tangent, element-wise.
///
/// **PyTorch equivalent**: `torch.nn.Tanh()` (constnet's own kernel, in parallel; in `f32` within
/// 2 ulp of the exact value; the gradient is `g·(1 − y²)` as in PyTorch). After a `Conv2d` or
/// `Linear` inside a [`Sequential`](crate::Sequential), that layer applies it as it writes its
/// output.
///
/// # Shapes
/// Any shape; the output has the input's shape.
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let y: Tensor<Rank1<2>, f32, _> = Tanh.forward(dev.tensor([0.0, 100.0]));
/// assert_eq!(y.array(), [0.0, 1.0]);
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct Tanh;
activation!(Tanh, Activation::Tanh);

/// Logistic sigmoid, `1 / (1 + e^(−x))`, element-wise.
///
/// **PyTorch equivalent**: `torch.nn.Sigmoid()` (constnet's own kernel, in parallel; in `f32`
/// within 2 ulp of the exact value; the gradient is `g·(1 − y)·y` as in PyTorch). After a `Conv2d`
/// or `Linear` inside a [`Sequential`](crate::Sequential), that layer applies it as it writes its
/// output.
///
/// # Shapes
/// Any shape; the output has the input's shape.
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let y: Tensor<Rank1<1>, f32, _> = Sigmoid.forward(dev.tensor([0.0]));
/// assert_eq!(y.array(), [0.5]);
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct Sigmoid;
activation!(Sigmoid, Activation::Sigmoid);
