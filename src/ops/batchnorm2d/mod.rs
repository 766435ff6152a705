//! 2-D batch normalisation with PyTorch's semantics (`torch.nn.functional.batch_norm` on
//! `[batch, channels, height, width]`): batch statistics (biased variance) in training, updating
//! the running mean and the running (unbiased) variance; the running statistics in evaluation.
mod cpu_kernel;

use dfdx::shapes::{Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::{Device, ReshapeTo};

use crate::forward::{Activation, Call, Opened};

/// Sizes of one batch-norm call: `[batch, chan, plane]`, with `plane` = height × width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BatchNorm2dGeometry {
    /// Images in the batch.
    pub batch: usize,
    /// Channels (one mean, variance, weight and bias each).
    pub chan: usize,
    /// Values per channel per image: height × width.
    pub plane: usize,
}

/// Which statistics normalise the batch.
pub enum BatchNormStats<'a, E: Dtype, D: Storage<E>, C: Shape> {
    /// The batch's own mean and (biased) variance; the running statistics are then updated in
    /// place, `running = (1 − momentum)·running + momentum·batch` (unbiased variance), as in
    /// PyTorch's training mode.
    Batch {
        /// The running mean, updated.
        running_mean: &'a mut Tensor<C, E, D>,
        /// The running variance, updated.
        running_var: &'a mut Tensor<C, E, D>,
        /// The update's weight of the batch statistics.
        momentum: f64,
        /// Where the input, a part of a batch, meets the other parts
        /// ([`Call::sums`](crate::Call::sums)): the statistics are then the whole batch's.
        sums: Option<&'a crate::train::BatchSums>,
    },
    /// The running statistics, as in PyTorch's evaluation mode.
    Running {
        /// The running mean.
        running_mean: &'a Tensor<C, E, D>,
        /// The running variance.
        running_var: &'a Tensor<C, E, D>,
    },
}

/// What a batch norm's backward pass does with its input's gradient.
pub enum InputGrad<'a, E> {
    /// Nothing: it is not wanted.
    None,
    /// Adds it to the values there: the gradient buffer of a dfdx tensor, which other ops may
    /// have added to already.
    Add(&'a mut [E]),
    /// Writes it into a new buffer of constnet's own, put in place of the (empty) one there.
    New(&'a mut Vec<E>),
}

/// The per-device batch-norm kernels. Implemented for dfdx's `Cpu`; sealed.
pub trait BatchNorm2dKernel<E: Dtype>: Storage<E> + super::Sealed + super::Slices<E> {
    /// State the forward pass leaves for the backward pass.
    type Saved: 'static;

    /// `epilogue((x − mean) / √(var + eps) · weight + bias)` per channel, with the statistics
    /// `stats` says; `train` says whether a backward pass will follow.
    #[allow(clippy::too_many_arguments)]
    fn batchnorm2d_forward<S: Shape, C: Shape>(
        &self,
        g: &BatchNorm2dGeometry,
        x: Opened<S, E, Self>,
        weight: &Tensor<C, E, Self>,
        bias: &Tensor<C, E, Self>,
        stats: BatchNormStats<'_, E, Self, C>,
        eps: f64,
        epilogue: Option<Activation>,
        train: bool,
    ) -> super::Forward<S, E, Self, Self::Saved>;

    /// Takes back a buffer that [`BatchNorm2dKernel::batchnorm2d_backward`] made
    /// (`InputGrad::New`), once it is no longer read.
    fn release(&self, buffer: Vec<E>);

    /// Adds the gradients of the weight and bias, and does with the input's what `grad_x` says
    /// given the (epilogue's) output's. With batch statistics the input gradient
    /// includes their dependence on the input; with running statistics they are constants.
    fn batchnorm2d_backward(
        &self,
        g: &BatchNorm2dGeometry,
        saved: Self::Saved,
        grad_x: InputGrad<'_, E>,
        grad_w: &mut Self::Vec,
        grad_b: &mut Self::Vec,
        grad_out: &[E],
    ) -> Result<(), Self::Err>;
}

/// Runs batch normalisation on a taped input as `call` asks; the backward pass is recorded on
/// the input's tape.
#[allow(clippy::too_many_arguments)]
pub(crate) fn batchnorm2d<S: Shape, C: Shape, E: Dtype, D, T>(
    g: BatchNorm2dGeometry,
    call: Call,
    x: Tensor<S, E, D, T>,
    weight: &Tensor<C, E, D>,
    bias: &Tensor<C, E, D>,
    stats: BatchNormStats<'_, E, D, C>,
    eps: f64,
) -> Result<Tensor<S, E, D, T>, D::Err>
where
    D: Device<E> + BatchNorm2dKernel<E>,
    T: Tape<E, D>,
{
    let x = x.try_contiguous()?;
    let (x, mut tape) = x.split_tape();
    // The output lives on the input's device (whose generator later layers, such as dropout,
    // draw from).
    let dev = x.device().clone();
    let (out, saved) = dev.batchnorm2d_forward(
        &g,
        Opened::Tensor(x.clone()),
        weight,
        bias,
        stats,
        eps,
        call.epilogue,
        T::OWNS_TAPE,
    )?;
    if T::OWNS_TAPE {
        let (x, w, b, y) = (x.ghost(), weight.ghost(), bias.ghost(), out.ghost());
        let input_grad = call.input_grad;
        tape.add_backward_op(move |grads| {
            let (mut gw, mut gb, gy) = take_grads!(dev, E, grads, &w, &b, &y);
            let mut gx = if input_grad {
                Some(take_grads!(dev, E, grads, &x).0)
            } else {
                None
            };
            let into = match gx.as_mut() {
                Some(v) => InputGrad::Add(D::values_mut(v)),
                None => InputGrad::None,
            };
            dev.batchnorm2d_backward(&g, saved, into, &mut gw, &mut gb, D::values(&gy))?;
            if let Some(gx) = gx {
                put_grads!(grads, (&x, gx));
            }
            put_grads!(grads, (&w, gw), (&b, gb), (&y, gy));
            Ok(())
        });
    }
    Ok(out.put_tape(tape))
}
