use dfdx::nn::{Module, NonMutableModule, ZeroSizedModule};
use dfdx::shapes::{ConstShape, Dtype, Shape};
use dfdx::tensor::{Tape, Tensor};
use dfdx::tensor_ops::Device;

use crate::layer::Layer;
use crate::ops::ReluKernel;
use crate::summary::{Describe, LayerSummary, Params};

/// Element-wise activations: any shape in, the same shape out. One expansion:
/// `impl<S: Shape> Layer<S> for Tanh { type Output = S; }` plus `Module` whose `try_forward(x)` is
/// `x.try_tanh()` (with the extra device bound, if one is given, on `D`), `Params` (0) and
/// `Describe` (one row named `Tanh`; 0 MACs: element-wise functions are not counted).
macro_rules! activation {
    ($name:ident, $x:ident => $body:expr $(, $bound:ident)?) => {
        impl<S: Shape> Layer<S> for $name {
            type Output = S;
        }

        impl<S: Shape, E: Dtype, D: Device<E> $(+ $bound<E>)?, T: Tape<E, D>> Module<Tensor<S, E, D, T>>
            for $name
        {
            type Output = Tensor<S, E, D, T>;
            type Error = D::Err;

            fn try_forward(&self, $x: Tensor<S, E, D, T>) -> Result<Self::Output, D::Err> {
                $body
            }
        }

        impl ZeroSizedModule for $name {}
        impl NonMutableModule for $name {}

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
activation!(ReLU, x => {
    // Inside `Sequential`, the convolution before it may have applied it already.
    if crate::fuse::already_applied() {
        Ok(x)
    } else {
        crate::ops::relu::relu(x)
    }
}, ReluKernel);

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
activation!(Tanh, x => x.try_tanh());

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
activation!(Sigmoid, x => x.try_sigmoid());
