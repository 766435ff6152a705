//! `Dropout`: random zeroing in training, the identity in evaluation.
use dfdx::nn::ZeroSizedModule;
use dfdx::shapes::{ConstShape, Dtype, Shape};
use dfdx::tensor::{Tape, Tensor};
use dfdx::tensor_ops::Device;

use crate::dims::PercentRule;
use crate::forward::{dfdx_modules, Call, Carried, Forward, Fuse};
use crate::layer::Layer;
use crate::ops::dropout::{dropout, DropoutKernel};
use crate::summary::{Describe, LayerSummary, Params};

/// Inverted dropout: in training each value is zeroed with probability `PERCENT / 100` and the
/// others scaled by `1 / (1 − PERCENT / 100)`; in evaluation, the identity.
///
/// **PyTorch equivalent**: `torch.nn.Dropout(PERCENT / 100)`.
///
/// - **Training** (`forward_mut`): the draws come from the input's device (every layer's output
///   lives on its input's device), so a device seeded with `Cpu::seed_from_u64` repeats them; the
///   `Trainer` puts each epoch's batches on a device seeded from the seed and the epoch, so a
///   resumed run draws what the uninterrupted one did. Calls on clones of one device from several
///   threads at once share its generator: each call gets its own draws, but which ones depends on
///   the order of the calls.
/// - **Evaluation** (`forward`): the input, unchanged.
///
/// # Generics
/// - `PERCENT`: the share of values dropped, 0 to 100 (default 50, PyTorch's `p = 0.5`).
///
/// # Shapes
/// Any shape; the output has the input's shape.
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// let dev = Cpu::seed_from_u64(0);
/// let mut drop: Dropout<25> = Default::default();
/// let x: Tensor<Rank1<1000>, f32, _> = dev.ones();
/// let y = drop.forward_mut(x.clone()).as_vec();
/// // about a quarter dropped, the rest scaled by 1 / 0.75
/// let dropped = y.iter().filter(|&&v| v == 0.0).count();
/// assert!((200..300).contains(&dropped), "{dropped}");
/// assert!(y.iter().all(|&v| v == 0.0 || (v - 1.0 / 0.75).abs() < 1e-6));
/// // evaluation: unchanged
/// assert_eq!(drop.forward(x.clone()).array(), x.array());
/// ```
///
/// # Errors
/// A `PERCENT` above 100 fails to compile, where the layer meets its input.
#[derive(Debug, Default, Clone, Copy)]
pub struct Dropout<const PERCENT: usize = 50>;

impl<S: Shape, const P: usize> Layer<S> for Dropout<P>
where
    S: PercentRule<P>,
{
    type Output = S;

    fn output_shape(input: &S) -> S {
        *input
    }
}

impl<const P: usize> Fuse for Dropout<P> {
    const PARAMETER_FREE: bool = true;
}

impl<const P: usize, S: Shape, E: Dtype, D, T> Forward<Tensor<S, E, D, T>> for Dropout<P>
where
    D: Device<E> + DropoutKernel<E>,
    T: Tape<E, D>,
    Self: Layer<S>,
{
    type Output = Tensor<S, E, D, T>;
    type Error = D::Err;

    /// Evaluation: the identity.
    fn try_run(&self, x: Tensor<S, E, D, T>, _: Call) -> Result<Self::Output, D::Err> {
        Ok(x)
    }

    fn try_run_carried(&self, x: Carried, _: Call) -> Result<Carried, D::Err>
    where
        Tensor<S, E, D, T>: 'static,
        Self::Output: 'static,
    {
        Ok(x)
    }

    /// Training: random zeroing.
    fn try_run_mut(&mut self, x: Tensor<S, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
        dropout(P as f64 / 100.0, call.input_grad, x)
    }
}

dfdx_modules!([const P: usize] Dropout<P>);

impl<const P: usize> ZeroSizedModule for Dropout<P> {}

impl<const P: usize> Params for Dropout<P> {
    const PARAMS: usize = 0;
}

/// One row, `Dropout<PERCENT>`.
impl<const P: usize, S: ConstShape> Describe<S> for Dropout<P>
where
    Self: Layer<S, Output = S>,
{
    fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
        rows.push(LayerSummary::leaf::<Self, S>(
            index,
            format!("Dropout<{P}>"),
            0,
        ));
    }
}
