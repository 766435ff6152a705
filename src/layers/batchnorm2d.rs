//! `BatchNorm2d`: batch normalisation over the channels of image batches.
use dfdx::nn::{BuildModule, BuildOnDevice, ModuleVisitor, TensorCollection, TensorOptions};
use dfdx::shapes::{Const, ConstShape, Dim, Dtype, HasShape, Rank0, Rank1, Shape};
use dfdx::tensor::{Cpu, Storage, Tape, Tensor};
use dfdx::tensor_ops::Device;

use crate::forward::{dfdx_modules, Call, Carried, ChannelAffine, Forward, Fuse};
use crate::layer::{image_dims, Layer};
use crate::ops::batchnorm2d::{batchnorm2d, BatchNorm2dGeometry, BatchNorm2dKernel};
use crate::ops::conv_norm::Norm;
use crate::ops::BatchNormStats;
use crate::summary::{Describe, LayerSummary, Params};
use crate::train::BatchSums;

/// Batch normalisation of `C` channels: each channel normalised to zero mean and unit variance,
/// then scaled and shifted by a learned weight and bias.
///
/// **PyTorch equivalent**: `torch.nn.BatchNorm2d(C)` (eps 1e-5, momentum 0.1, affine, tracking
/// running statistics).
///
/// - **Training** (`forward_mut`, as PyTorch's `model.train()`): each channel is normalised with
///   the batch's mean and biased variance over `[batch, height, width]`; the running mean and the
///   running variance (unbiased) move by `momentum` toward them, and `num_batches_tracked` counts
///   the update.
/// - **Evaluation** (`forward`, as `model.eval()`): the running statistics normalise; nothing
///   changes.
///
/// The running statistics and the counter are buffers, not parameters: they are saved and loaded
/// with the weights (keys `running_mean`, `running_var` and `num_batches_tracked`, the last an
/// int64 scalar as in PyTorch) but not counted by [`Params`] or `num_trainable_params`, and the
/// optimizers leave them alone.
///
/// # Generics
/// - `C`: channels.
/// - `E`, `D`: element type and device (default `f32` on [`Cpu`]).
///
/// # Shapes
/// - input: `[batch, C, H, W]` (as PyTorch, batches only)
/// - output: the input's shape
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// let mut bn = dev.build_module::<BatchNorm2d<4>, f32>();
/// let x: Tensor<Rank4<8, 4, 5, 5>, f32, _> = dev.sample_normal() * 3.0 + 1.0;
/// // training: the batch's statistics, and the running ones move toward them
/// let y: Tensor<Rank4<8, 4, 5, 5>, f32, _> = bn.forward_mut(x.clone());
/// let mean: f32 = y.as_vec().iter().sum::<f32>() / 800.0;
/// assert!(mean.abs() < 1e-5);
/// assert_eq!(bn.num_batches_tracked.array(), 1.0);
/// // evaluation: the running statistics
/// let _: Tensor<Rank4<8, 4, 5, 5>, f32, _> = bn.forward(x);
/// assert_eq!(bn.num_trainable_params(), 8);
/// const _: () = assert!(BatchNorm2d::<4>::PARAMS == 8);
/// ```
///
/// # Errors
/// An input whose channel count is not `C`, or that is not a batch, fails to compile.
#[derive(Debug, Clone)]
pub struct BatchNorm2d<const C: usize, E: Dtype = f32, D: Storage<E> = Cpu> {
    /// Scale per channel, `[C]` (initially 1).
    pub weight: Tensor<Rank1<C>, E, D>,
    /// Shift per channel, `[C]` (initially 0).
    pub bias: Tensor<Rank1<C>, E, D>,
    /// Running mean per channel, `[C]` (initially 0).
    pub running_mean: Tensor<Rank1<C>, E, D>,
    /// Running variance per channel, `[C]` (initially 1).
    pub running_var: Tensor<Rank1<C>, E, D>,
    /// Training batches seen (a whole number; PyTorch's int64 counter).
    pub num_batches_tracked: Tensor<Rank0, E, D>,
}

impl<const C: usize, E: Dtype, D: Storage<E>> BatchNorm2d<C, E, D> {
    /// Added to the variance before its square root (PyTorch's default).
    pub const EPS: f64 = 1e-5;
    /// The weight of each batch's statistics in the running ones (PyTorch's default).
    pub const MOMENTUM: f64 = 0.1;
}

/// The channel count of a batch norm's input matches its `C`.
#[diagnostic::on_unimplemented(
    message = "BatchNorm2d<{C}> expects {C} channels, but its input has `{Self}`",
    label = "wrong number of channels",
    note = "BatchNorm2d takes (batch, C, H, W): C must equal the previous layer's OUT"
)]
pub trait BatchNormChannels<const C: usize> {}
impl<const C: usize> BatchNormChannels<C> for Const<C> {}
impl<const C: usize> BatchNormChannels<C> for crate::dims::Unreachable {}

impl<
        const C: usize,
        E: Dtype,
        D: Storage<E>,
        B: Dim,
        const C2: usize,
        const H: usize,
        const W: usize,
    > Layer<(B, Const<C2>, Const<H>, Const<W>)> for BatchNorm2d<C, E, D>
where
    Const<C2>: BatchNormChannels<C>,
{
    type Output = (B, Const<C2>, Const<H>, Const<W>);

    fn output_shape(input: &Self::Output) -> Self::Output {
        *input
    }
}

/// Absorbs a following activation, applied as the output is written; in evaluation mode, a
/// per-channel affine map that a convolution before it folds into its weights.
impl<const C: usize, E: Dtype, D: Storage<E>> Fuse for BatchNorm2d<C, E, D> {
    const ABSORBS: bool = true;
    const EVAL_AFFINE: bool = true;
    const IS_BATCH_NORM: bool = true;

    /// `scale = weight / √(running_var + eps)`, `shift = bias − running_mean · scale`, in `f64`.
    fn eval_affine(&self) -> Option<ChannelAffine> {
        let f = |t: &Tensor<Rank1<C>, E, D>| -> Vec<f64> {
            t.as_vec()
                .iter()
                .map(|v| v.to_f64().unwrap_or(f64::NAN))
                .collect()
        };
        let (w, b, mean, var) = (
            f(&self.weight),
            f(&self.bias),
            f(&self.running_mean),
            f(&self.running_var),
        );
        let scale: Vec<f64> = w
            .iter()
            .zip(&var)
            .map(|(w, v)| w / (v + Self::EPS).sqrt())
            .collect();
        let shift = b
            .iter()
            .zip(&mean)
            .zip(&scale)
            .map(|((b, m), s)| b - m * s)
            .collect();
        Some(ChannelAffine { scale, shift })
    }
}

impl<const C: usize, E: Dtype, D: Storage<E>> BatchNorm2d<C, E, D> {
    fn geometry<S: Shape>(x: &S) -> BatchNorm2dGeometry {
        let (batch, chan, h, w) = image_dims(x);
        BatchNorm2dGeometry {
            batch,
            chan,
            plane: h * w,
        }
    }
}

impl<const C: usize, E, D, In, T> Forward<Tensor<In, E, D, T>> for BatchNorm2d<C, E, D>
where
    E: Dtype,
    D: Device<E> + BatchNorm2dKernel<E>,
    T: Tape<E, D>,
    In: Shape,
    Self: Layer<In>,
{
    type Output = Tensor<In, E, D, T>;
    type Error = D::Err;

    /// Evaluation: normalised with the running statistics.
    fn try_run(&self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
        let stats = BatchNormStats::Running {
            running_mean: &self.running_mean,
            running_var: &self.running_var,
        };
        let g = Self::geometry(x.shape());
        batchnorm2d(g, call, x, &self.weight, &self.bias, stats, Self::EPS)
    }

    /// The convolution before it has folded this batch norm into its weights: the input is the
    /// output.
    fn try_run_absorbed(&self, x: Tensor<In, E, D, T>) -> Result<Self::Output, D::Err> {
        Ok(x)
    }

    fn try_run_absorbed_carried(&self, x: Carried) -> Result<Carried, D::Err> {
        Ok(x)
    }

    /// Training: normalised with the batch's statistics, which update the running ones.
    fn try_run_mut(&mut self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
        let stats = BatchNormStats::Batch {
            running_mean: &mut self.running_mean,
            running_var: &mut self.running_var,
            momentum: Self::MOMENTUM,
            sums: call.sums,
        };
        let g = Self::geometry(x.shape());
        let y = batchnorm2d(g, call, x, &self.weight, &self.bias, stats, Self::EPS)?;
        self.count_batch();
        Ok(y)
    }
}

impl<const C: usize, E: Dtype, D: Device<E>> BatchNorm2d<C, E, D> {
    /// Counts one more batch normalised in training (PyTorch's `num_batches_tracked`).
    fn count_batch(&mut self) {
        let tracked = self.num_batches_tracked.as_vec()[0];
        self.num_batches_tracked.copy_from(&[tracked + E::ONE]);
    }

    /// Runs `op` with what this batch norm does to `batch` images of `plane` values per channel
    /// in training (batch statistics, the running ones updated), as the layer before it computes
    /// its input (`Fuse::TRAINS_NEXT_NORM`), then counts the batch as `try_run_mut` does; `sums`
    /// as [`Call::sums`].
    pub(crate) fn train_after<R, Err>(
        &mut self,
        batch: usize,
        plane: usize,
        sums: Option<&BatchSums>,
        op: impl FnOnce(Norm<'_, Rank1<C>, E, D>) -> Result<R, Err>,
    ) -> Result<R, Err> {
        let norm = Norm {
            g: BatchNorm2dGeometry {
                batch,
                chan: C,
                plane,
            },
            weight: &self.weight,
            bias: &self.bias,
            stats: BatchNormStats::Batch {
                running_mean: &mut self.running_mean,
                running_var: &mut self.running_var,
                momentum: Self::MOMENTUM,
                sums,
            },
            eps: Self::EPS,
        };
        let out = op(norm)?;
        self.count_batch();
        Ok(out)
    }
}

dfdx_modules!([const C: usize, E: Dtype, D: Storage<E>] BatchNorm2d<C, E, D>);

impl<const C: usize, E: Dtype, D: Device<E>> TensorCollection<E, D> for BatchNorm2d<C, E, D> {
    type To<E2: Dtype, D2: Device<E2>> = BatchNorm2d<C, E2, D2>;

    fn iter_tensors<V: ModuleVisitor<Self, E, D>>(
        visitor: &mut V,
    ) -> Result<Option<Self::To<V::E2, V::D2>>, V::Err> {
        visitor.visit_fields(
            (
                Self::tensor(
                    "weight",
                    |s| &s.weight,
                    |s| &mut s.weight,
                    TensorOptions::reset_to_ones(),
                ),
                Self::tensor(
                    "bias",
                    |s| &s.bias,
                    |s| &mut s.bias,
                    TensorOptions::reset_to_zeros(),
                ),
                Self::tensor(
                    "running_mean",
                    |s| &s.running_mean,
                    |s| &mut s.running_mean,
                    TensorOptions::detached(|t| t.try_fill_with_zeros()),
                ),
                Self::tensor(
                    "running_var",
                    |s| &s.running_var,
                    |s| &mut s.running_var,
                    TensorOptions::detached(|t| t.try_fill_with_ones()),
                ),
                Self::tensor(
                    "num_batches_tracked",
                    |s| &s.num_batches_tracked,
                    |s| &mut s.num_batches_tracked,
                    TensorOptions::detached(|t| t.try_fill_with_zeros()),
                ),
            ),
            |(weight, bias, running_mean, running_var, num_batches_tracked)| BatchNorm2d {
                weight,
                bias,
                running_mean,
                running_var,
                num_batches_tracked,
            },
        )
    }
}

impl<const C: usize, E: Dtype, D: Storage<E>, E2: Dtype, D2: Device<E2>> BuildOnDevice<D2, E2>
    for BatchNorm2d<C, E, D>
where
    BatchNorm2d<C, E2, D2>: BuildModule<D2, E2>,
{
    type Built = BatchNorm2d<C, E2, D2>;
}

impl<const C: usize, E: Dtype, D: Storage<E>> Params for BatchNorm2d<C, E, D> {
    /// `weight` and `bias`, `[C]` each; the running statistics are buffers, not parameters.
    const PARAMS: usize = 2 * C;
}

/// One row, `BatchNorm2d<C>`; 0 MACs (element-wise arithmetic is not counted).
impl<const C: usize, E: Dtype, D: Storage<E>, In> Describe<In> for BatchNorm2d<C, E, D>
where
    In: Shape,
    Self: Layer<In>,
    <Self as Layer<In>>::Output: ConstShape,
{
    fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
        rows.push(LayerSummary::leaf::<Self, In>(
            index,
            format!("BatchNorm2d<{C}>"),
            0,
        ));
    }
}
