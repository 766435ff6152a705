//! Element-wise activations: `ReLU`, `Tanh`, `Sigmoid`.
use dfdx::nn::ZeroSizedModule;
use dfdx::shapes::{ConstShape, Dtype, Shape};
use dfdx::tensor::{Tape, Tensor};
use dfdx::tensor_ops::Device;

use crate::forward::{dfdx_modules, untraced_if, Activation, Call, Forward, Fuse};
use crate::layer::Layer;
use crate::ops::ReluKernel;
use crate::summary::{Describe, LayerSummary, Params};

/// Element-wise activations: any shape in, the same shape out. One expansion:
/// `impl<S: Shape> Layer<S> for Tanh { type Output = S; }` plus `Fuse` (with the [`Activation`] a
/// layer before it may apply instead, if given), `Forward` whose `try_run(x, call)` is
/// `x.try_tanh()` (with no backward pass recorded when `call.input_grad` is false, and with the
/// extra device bound, if one is given, on `D`), dfdx's `Module` and `ModuleMut` from it, `Params`
/// (0) and `Describe` (one row named `Tanh`; 0 MACs: element-wise functions are not counted).
macro_rules! activation {
    ($name:ident, $act:expr, $x:ident => $body:expr $(, $bound:ident)?) => {
        impl<S: Shape> Layer<S> for $name {
            type Output = S;

            fn output_shape(input: &S) -> S {
                *input
            }
        }

        impl Fuse for $name {
            const ACTIVATION: Option<Activation> = $act;
            const PARAMETER_FREE: bool = true;
        }

        impl<S: Shape, E: Dtype, D: Device<E> $(+ $bound<E>)?, T: Tape<E, D>> Forward<Tensor<S, E, D, T>>
            for $name
        {
            type Output = Tensor<S, E, D, T>;
            type Error = D::Err;

            fn try_run(&self, x: Tensor<S, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
                untraced_if(call.input_grad, x, |$x| $body, |$x| $body)
            }

            fn try_run_absorbed(&self, x: Tensor<S, E, D, T>) -> Result<Self::Output, D::Err> {
                if <Self as Fuse>::ACTIVATION.is_some() {
                    // The layer before this one applied it as its epilogue.
                    Ok(x)
                } else {
                    self.try_run(x, Call::DEFAULT)
                }
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
activation!(ReLU, Some(Activation::Relu), x => crate::ops::relu::relu(x), ReluKernel);

/// Hyperbolic tangent, element-wise.
///
/// **PyTorch equivalent**: `torch.nn.Tanh()`.
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
activation!(Tanh, None, x => x.try_tanh());

/// Logistic sigmoid, `1 / (1 + e^(−x))`, element-wise.
///
/// **PyTorch equivalent**: `torch.nn.Sigmoid()`.
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
activation!(Sigmoid, None, x => x.try_sigmoid());
