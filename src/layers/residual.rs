//! `Residual<F, S>`: a block plus its shortcut, `F(x) + S(x)`; and `Identity`, the shortcut that
//! returns its input.
use dfdx::nn::{BuildModule, BuildOnDevice, ModuleVisitor, TensorCollection, ZeroSizedModule};
use dfdx::shapes::{ConstShape, Dtype, Shape};
use dfdx::tensor::{PutTape, SplitTape, Tape, Tensor};
use dfdx::tensor_ops::Device;
use rayon::prelude::*;

use crate::forward::{dfdx_modules, Call, Carried, Forward, Fuse, Layout, Opened};
use crate::layer::Layer;
use crate::ops::add::{add, add_carried, AddKernel};
use crate::ops::TASK_VALUES;
use crate::summary::{child, Describe, LayerSummary, Params};

/// The layer that returns its input: the shortcut of a residual block whose block keeps the
/// input's shape.
///
/// **PyTorch equivalent**: `torch.nn.Identity()` (and `shortcut=None` in a residual block).
///
/// # Shapes
/// Any shape; the output is the input.
#[derive(Debug, Default, Clone, Copy)]
pub struct Identity;

impl<S: Shape> Layer<S> for Identity {
    type Output = S;

    fn output_shape(input: &S) -> S {
        *input
    }
}

impl Fuse for Identity {
    const PARAMETER_FREE: bool = true;
}

impl<S: Shape, E: Dtype, D: Device<E>, T: Tape<E, D>> Forward<Tensor<S, E, D, T>> for Identity {
    type Output = Tensor<S, E, D, T>;
    type Error = D::Err;

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
}

dfdx_modules!([] Identity);

impl ZeroSizedModule for Identity {}

impl Params for Identity {
    const PARAMS: usize = 0;
}

/// No row: an identity shortcut shows in its residual block's row.
impl<S: Shape> Describe<S> for Identity {
    fn describe(_: &str, _: &mut Vec<LayerSummary>) {}
}

/// A residual block: `y = F(x) + S(x)`, the block `F` and the shortcut `S` (the input itself by
/// default) applied to the same input and summed.
///
/// **PyTorch equivalent** (its `state_dict` keys are `block.*` and `shortcut.*`, none for an
/// identity shortcut):
/// ```text
/// class Residual(nn.Module):
///     def __init__(self, block, shortcut=None):
///         super().__init__(); self.block = block; self.shortcut = shortcut
///     def forward(self, x):
///         return self.block(x) + (x if self.shortcut is None else self.shortcut(x))
/// ```
///
/// The type checker proves that both branches give the same shape. In a `Sequential`, a `ReLU`
/// after a `Residual` is applied as the sum is written (one pass, as PyTorch's fused kernels do).
///
/// # Generics
/// - `F`: the block (a layer or a `Sequential`).
/// - `S`: the shortcut ([`Identity`] by default; a projection such as
///   `Sequential<(Conv2d<IN, OUT, 1, 2, 0, false>, BatchNorm2d<OUT>)>` when the block changes the
///   shape).
///
/// # Shapes
/// - input: what `F` and `S` take; output: what they both give.
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// type Block = Sequential<(Conv2d<8, 8, 3, 1, 1, false>, BatchNorm2d<8>, ReLU, Conv2d<8, 8, 3, 1, 1, false>)>;
/// type Down = Residual<
///     Sequential<(Conv2d<8, 16, 3, 2, 1, false>, BatchNorm2d<16>)>,
///     Sequential<(Conv2d<8, 16, 1, 2, 0, false>, BatchNorm2d<16>)>,
/// >;
/// let net = dev.build_module::<Sequential<(Residual<Block>, ReLU, Down)>, f32>();
/// let y: Tensor<Rank4<2, 16, 4, 4>, f32, _> = net.forward(dev.zeros::<Rank4<2, 8, 8, 8>>());
/// # let _ = y;
/// ```
///
/// # Errors
/// Branches that give different shapes fail to compile, naming `Residual` and both shapes.
#[derive(Debug, Default, Clone)]
pub struct Residual<F, S = Identity> {
    /// The block.
    pub block: F,
    /// The shortcut.
    pub shortcut: S,
}

/// The two branches of a residual block give one shape.
#[diagnostic::on_unimplemented(
    message = "Residual: the block gives `{Self}` but the shortcut gives `{Other}`",
    label = "the two branches of this residual block give different shapes",
    note = "y = block(x) + shortcut(x) needs one shape; when the block changes the channels or the size, add a shortcut that does the same, e.g. Residual<Block, Sequential<(Conv2d<IN, OUT, 1, STRIDE, 0, false>, BatchNorm2d<OUT>)>> (the default shortcut, Identity, gives the input's shape)"
)]
pub trait ResidualShapes<Other> {}
impl<S> ResidualShapes<S> for S {}
impl ResidualShapes<()> for crate::dims::Unreachable {}

impl<In: Shape, F, S> Layer<In> for Residual<F, S>
where
    F: Layer<In>,
    S: Layer<In>,
    F::Output: ResidualShapes<S::Output>,
{
    type Output = F::Output;

    fn output_shape(input: &In) -> F::Output {
        F::output_shape(input)
    }
}

/// Absorbs a following activation, applied to the sum as it is written.
impl<F: Fuse, S: Fuse> Fuse for Residual<F, S> {
    const ABSORBS: bool = true;
    const PARAMETER_FREE: bool = F::PARAMETER_FREE && S::PARAMETER_FREE;
    // It passes `Call::frozen` on only to the branches that state it (`branch_calls`).
    const FREEZES: bool = true;
}

/// The calls of the block and the shortcut: `call` without its epilogue (the sum applies it),
/// in `layout`, with `Call::frozen` only for a branch that keeps its weights' forms
/// ([`Fuse::FREEZES`]).
fn branch_calls<'a, F: Fuse, S: Fuse>(call: Call<'a>, layout: Layout) -> (Call<'a>, Call<'a>) {
    let inner = Call {
        epilogue: None,
        layout,
        ..call
    };
    let block = Call {
        frozen: call.frozen_for::<F>(),
        ..inner
    };
    let shortcut = Call {
        frozen: call.frozen_for::<S>(),
        ..inner
    };
    (block, shortcut)
}

impl<F, S, In, O, O2, E, D, T> Forward<Tensor<In, E, D, T>> for Residual<F, S>
where
    Self: Layer<In>,
    In: Shape,
    O: Shape,
    O2: Shape,
    E: Dtype,
    D: Device<E> + AddKernel<E>,
    T: Tape<E, D>,
    F: Forward<Tensor<In, E, D, T>, Output = Tensor<O, E, D, T>, Error = D::Err> + Fuse,
    S: Forward<Tensor<In, E, D, T>, Output = Tensor<O2, E, D, T>, Error = D::Err> + Fuse,
{
    type Output = Tensor<O, E, D, T>;
    type Error = D::Err;

    fn try_run(&self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
        let (x, tape) = x.split_tape();
        let (block_call, shortcut_call) = branch_calls::<F, S>(call, call.layout);
        let (a, tape) = self
            .block
            .try_run(x.clone().put_tape(tape), block_call)?
            .split_tape();
        let (b, tape) = self
            .shortcut
            .try_run(x.put_tape(tape), shortcut_call)?
            .split_tape();
        add(a, b, tape, call.epilogue, operand_grads::<F, S>(call))
    }

    fn try_run_carried(&self, x: Carried, call: Call) -> Result<Carried, D::Err>
    where
        Tensor<In, E, D, T>: 'static,
        Self::Output: 'static,
    {
        // The sum reads planes.
        let (block_call, shortcut_call) = branch_calls::<F, S>(call, Layout::Planar);
        // One input for each branch: a tensor is shared, values in our buffer are copied (the
        // branches then read and the sum writes without copies), in parallel by tasks of at
        // least `TASK_VALUES` floats: one image of a small network is one task, on this thread.
        // (`par_iter().collect()` split even 4,096 floats, waking a sleeping thread for each
        // copy: at batch 1 on 2 threads, ResNet20 ran slower than on 1.)
        let (x, x2) = match x.open::<In, E, D>() {
            Opened::Tensor(t) => (Carried::tensor(t.clone()), Carried::tensor(t)),
            Opened::Values(v, shape, dev) => {
                let copy: Vec<E> = v.par_iter().with_min_len(TASK_VALUES).copied().collect();
                (
                    Carried::values(v, shape, dev.clone()),
                    Carried::values(copy, shape, dev),
                )
            }
        };
        let a = self.block.try_run_carried(x, block_call)?;
        let b = self.shortcut.try_run_carried(x2, shortcut_call)?;
        add_carried(a.open::<O, E, D>(), b.open::<O2, E, D>(), call.epilogue)
    }

    fn try_run_mut(&mut self, x: Tensor<In, E, D, T>, call: Call) -> Result<Self::Output, D::Err> {
        let (x, tape) = x.split_tape();
        let (block_call, shortcut_call) = branch_calls::<F, S>(call, call.layout);
        let (a, tape) = self
            .block
            .try_run_mut(x.clone().put_tape(tape), block_call)?
            .split_tape();
        let (b, tape) = self
            .shortcut
            .try_run_mut(x.put_tape(tape), shortcut_call)?
            .split_tape();
        add(a, b, tape, call.epilogue, operand_grads::<F, S>(call))
    }
}

/// Whether the sum passes its gradient to each branch's output: always, except to a branch
/// without parameters whose input's gradient is not wanted (an identity shortcut on a constant
/// input).
fn operand_grads<F: Fuse, S: Fuse>(call: Call) -> (bool, bool) {
    (
        call.input_grad || !F::PARAMETER_FREE,
        call.input_grad || !S::PARAMETER_FREE,
    )
}

dfdx_modules!([F, S] Residual<F, S>);

impl<E: Dtype, D: Device<E>, F: TensorCollection<E, D>, S: TensorCollection<E, D>>
    TensorCollection<E, D> for Residual<F, S>
{
    type To<E2: Dtype, D2: Device<E2>> = Residual<F::To<E2, D2>, S::To<E2, D2>>;

    fn iter_tensors<V: ModuleVisitor<Self, E, D>>(
        visitor: &mut V,
    ) -> Result<Option<Self::To<V::E2, V::D2>>, V::Err> {
        let block = visitor.visit_module("block", |s: &Self| &s.block, |s| &mut s.block)?;
        let shortcut =
            visitor.visit_module("shortcut", |s: &Self| &s.shortcut, |s| &mut s.shortcut)?;
        Ok(block
            .zip(shortcut)
            .map(|(block, shortcut)| Residual { block, shortcut }))
    }
}

impl<E: Dtype, D: Device<E>, F: BuildOnDevice<D, E>, S: BuildOnDevice<D, E>> BuildOnDevice<D, E>
    for Residual<F, S>
where
    Residual<F::Built, S::Built>: BuildModule<D, E>,
{
    type Built = Residual<F::Built, S::Built>;
}

impl<F: Params, S: Params> Params for Residual<F, S> {
    /// The block's plus the shortcut's.
    const PARAMS: usize = F::PARAMS + S::PARAMS;
}

/// The block's rows (`{index}.block.…`), the shortcut's (`{index}.shortcut.…`, none for
/// [`Identity`]), then one row, `Residual`, for the sum.
impl<In: Shape, F, S> Describe<In> for Residual<F, S>
where
    F: Describe<In>,
    S: Describe<In>,
    Self: Layer<In>,
    <Self as Layer<In>>::Output: ConstShape,
{
    fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
        F::describe(&child(index, "block"), rows);
        S::describe(&child(index, "shortcut"), rows);
        let name = "Residual";
        // The parameters are on the block's and the shortcut's rows.
        let mut row = LayerSummary::leaf::<Self, In>(index, name.into(), 0);
        row.params = 0;
        rows.push(row);
    }
}
