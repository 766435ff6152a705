//! `Sequential<(L1, L2, …)>`: layers applied in order, the counterpart of `torch.nn.Sequential`.
use std::any::{Any, TypeId};

use dfdx::nn::{BuildOnDevice, ModuleVisitor, TensorCollection};
use dfdx::shapes::{Dtype, HasShape, Shape};
use dfdx::tensor::{NoneTape, Storage, Tape, Tensor};
use dfdx::tensor_ops::Device;

use crate::forward::{dfdx_modules, Activation, Call, Carried, Forward, Fuse, Layout};
use crate::layer::Layer;
use crate::summary::{child, Describe, LayerSummary, Params};
use crate::team::Team;

/// The images in an input of shape `s`: the batch of a `[batch, channels, height, width]` input,
/// one for a `[channels, height, width]` one; `None` for other ranks (no convolution reads them).
fn images<S: Shape>(s: &S) -> Option<usize> {
    match S::NUM_DIMS {
        4 => Some(s.concrete()[0]),
        3 => Some(1),
        _ => None,
    }
}

/// Layers applied in order: the output of each is the input of the next, and rustc checks every
/// link. Up to 16 layers in one tuple; a `Sequential` is itself a layer, so they nest.
///
/// **PyTorch equivalent**: `torch.nn.Sequential(...)`; parameters are named `"{index}.{name}"`
/// (`"0.weight"`, `"3.bias"`) exactly as in its `state_dict()`.
///
/// # Generics
/// - `T`: a tuple of layers `(L1, L2, …)`.
///
/// # Shapes
/// - input: what the first layer takes; output: what the last layer gives.
///
/// # Examples
/// ```
/// # use constnet::prelude::*;
/// # let dev: Cpu = Default::default();
/// type Mlp = Sequential<(Flatten, Linear<48, 16>, ReLU, Linear<16, 4>)>;
/// let mlp = dev.build_module::<Mlp, f32>();
/// let _: Tensor<Rank2<8, 4>, f32, _> = mlp.forward(dev.zeros::<Rank4<8, 3, 4, 4>>());
/// let _: Output<Mlp, Rank3<3, 4, 4>> = (Const::<4>,);
/// ```
///
/// # Errors
/// A layer whose input does not match the previous layer's output fails to compile; the message
/// names that layer and the shape it was given.
#[derive(Debug, Clone, Default)]
pub struct Sequential<T> {
    /// The layers, in order.
    pub layers: T,
}

dfdx_modules!(composite [T] Sequential<T>);

/// What [`Sequential`] does with one of its layers (see its `plan`).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The layer before has done its work (applied its activation, folded its affine map): its
    /// `try_run_absorbed` returns the input.
    pub skip: bool,
    /// The activation the layer applies to its output.
    pub epilogue: Option<Activation>,
    /// The layer folds the next one's affine map into its weights.
    pub fold_next: bool,
    /// The layer trains the next one, a batch norm, together with itself
    /// (`Forward::try_run_mut_with_norm`).
    pub norm_next: bool,
    /// The layout the layer is asked to write (`Call::layout`): the one the next layer that
    /// runs reads.
    pub layout: Layout,
}

impl Step {
    /// Run the layer, nothing fused.
    const RUN: Step = Step {
        skip: false,
        epilogue: None,
        fold_next: false,
        norm_next: false,
        layout: Layout::Planar,
    };
}

/// Implements `Layer`, `Fuse`, `Forward` (and from it dfdx's `Module` and `ModuleMut`),
/// `TensorCollection`, `BuildOnDevice`, `Params` and `Describe` for one tuple size. One expansion,
/// for two layers:
/// ```text
/// impl<In: Shape, L0, L1> Layer<In> for Sequential<(L0, L1)>
/// where L0: Layer<In>, L1: Layer<L0::Output> { type Output = L1::Output; … }
/// impl<L0: Fuse, L1: Fuse> Sequential<(L0, L1)> {
///     fn plan(last: Option<Activation>, fold: bool, train: bool) -> [Step; 2] { … }
/// }
/// impl<S, E, D, T: Tape<E, D>, L0, L1> Forward<Tensor<S, E, D, T>> for Sequential<(L0, L1)>
/// where L0: Forward<Tensor<S, E, D, T>>, L1: Forward<L0::Output, Error = L0::Error> {
///     fn try_run(&self, x, call) {
///         let plan = Self::plan(call.epilogue, !T::OWNS_TAPE, false);
///         let affine = [None, if plan[1].skip && L1::EVAL_AFFINE { self.layers.1.eval_affine() } else { None }];
///         let x = self.layers.0.try_run(x, Call { epilogue: plan[0].epilogue, input_grad: call.input_grad,
///                                                 affine: if plan[0].fold_next { affine[1].as_ref() } else { None } })?;
///         let x = if plan[1].skip { self.layers.1.try_run_absorbed(x)? }
///                 else { self.layers.1.try_run(x, Call { epilogue: plan[1].epilogue, input_grad: true, affine: None })? };
///         Ok(x)
///     }
///     // try_run_mut: the same with `try_run_mut` and `plan(call.epilogue, false, true)`, and
///     // `self.layers.0.try_run_mut_with_norm(x, call, &mut self.layers.1)` where
///     // `plan[0].norm_next` (a convolution that trains the batch norm after it)
/// }
/// impl<L0: Params, L1: Params> Params for Sequential<(L0, L1)> {
///     const PARAMS: usize = 0 + L0::PARAMS + L1::PARAMS;
/// }
/// impl<In: Shape, L0, L1> Describe<In> for Sequential<(L0, L1)>
/// where L0: Describe<In>, L1: Describe<L0::Output> {
///     fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
///         L0::describe(&child(index, "0"), rows);
///         L1::describe(&child(index, "1"), rows);
///     }
/// }
/// ```
/// The layer after the current one in `try_run_mut`, as `&mut dyn Any` (`()` after the last).
macro_rules! next_layer {
    (none) => {
        &mut () as &mut dyn Any
    };
    ($v:ident) => {
        &mut *$v as &mut dyn Any
    };
}

macro_rules! sequential {
    ([$($l:ident $i:tt $v:ident $nx:ident),+], [$($prev:ident => $next:ident),*], $first:ident, $last:ident, $n:expr) => {
        impl<In: Shape, $($l),+> Layer<In> for Sequential<($($l,)+)>
        where
            $first: Layer<In>,
            $($next: Layer<$prev::Output>,)*
        {
            type Output = $last::Output;

            fn output_shape(input: &In) -> Self::Output {
                let s = *input;
                $(let s = $l::output_shape(&s);)+
                s
            }
        }

        impl<$($l: Fuse),+> Sequential<($($l,)+)> {
            /// What each layer does, decided from the layers' types alone: `fold` says whether
            /// batch norms may be folded (evaluation mode on an input without a tape), `train`
            /// whether the layers train (`try_run_mut`), `last` is the epilogue asked of the
            /// whole. A layer that [`Fuse::FOLDS_AFFINE`] folds the next when that one is
            /// [`Fuse::EVAL_AFFINE`]; in training, a layer that [`Fuse::TRAINS_NEXT_NORM`] runs
            /// the next with itself when that one [`Fuse::IS_BATCH_NORM`]; a layer that
            /// [`Fuse::ABSORBS`] applies the activation of the layer after those as its epilogue
            /// (`last` when there is none). The layers so taken over are skipped. Each layer
            /// that runs is asked for the [`Layout::ChannelBlocks`] that the next that runs
            /// reads ([`Fuse::READS_CHANNEL_BLOCKS`]; the last for `last_layout`).
            #[doc(hidden)]
            pub const fn plan(
                last: Option<Activation>,
                fold: bool,
                train: bool,
                last_layout: Layout,
            ) -> [Step; $n] {
                let activation = [$($l::ACTIVATION,)+];
                let absorbs = [$($l::ABSORBS,)+];
                let folds = [$($l::ABSORBS && $l::FOLDS_AFFINE,)+];
                let affine = [$($l::EVAL_AFFINE,)+];
                let norms = [$($l::ABSORBS && $l::TRAINS_NEXT_NORM,)+];
                let is_norm = [$($l::IS_BATCH_NORM,)+];
                let blocks = [$($l::READS_CHANNEL_BLOCKS,)+];
                let mut out = [Step::RUN; $n];
                let mut i = 0;
                while i < $n {
                    if !out[i].skip {
                        let mut next = i + 1;
                        if fold && folds[i] && next < $n && affine[next] {
                            out[i].fold_next = true;
                            out[next].skip = true;
                            next += 1;
                        } else if train && norms[i] && next < $n && is_norm[next] {
                            out[i].norm_next = true;
                            out[next].skip = true;
                            next += 1;
                        }
                        if absorbs[i] {
                            if next == $n {
                                out[i].epilogue = last;
                            } else if let Some(a) = activation[next] {
                                out[i].epilogue = Some(a);
                                out[next].skip = true;
                                next += 1;
                            }
                        }
                        out[i].layout = if next == $n {
                            last_layout
                        } else if let Some(border) = blocks[next] {
                            Layout::ChannelBlocks { border }
                        } else {
                            Layout::Planar
                        };
                    }
                    i += 1;
                }
                out
            }
        }

        /// An epilogue asked of the `Sequential` goes to its last layer; parameter-free when
        /// every layer is.
        impl<$($l: Fuse),+> Fuse for Sequential<($($l,)+)> {
            const ABSORBS: bool = $last::ABSORBS;
            const READS_CHANNEL_BLOCKS: Option<usize> = $first::READS_CHANNEL_BLOCKS;
            const PARAMETER_FREE: bool = true $(&& $l::PARAMETER_FREE)+;
            // It passes `Call::frozen` on only to the layers that state it.
            const FREEZES: bool = true;
        }

        impl<S: Shape, E: Dtype, D: Storage<E>, T: Tape<E, D> + 'static, $($l),+> Forward<Tensor<S, E, D, T>>
            for Sequential<($($l,)+)>
        where
            $first: Forward<Tensor<S, E, D, T>>,
            $($next: Forward<$prev::Output, Error = $first::Error>,)*
            $($l: 'static, $l::Output: 'static,)+
        {
            type Output = $last::Output;
            type Error = $first::Error;

            fn try_run(&self, x: Tensor<S, E, D, T>, call: Call) -> Result<Self::Output, Self::Error> {
                if TypeId::of::<T>() == TypeId::of::<NoneTape>() {
                    // Without a tape, the activations between the layers stay in the layers'
                    // own buffers; on fewer images than threads, a team lets the layers split
                    // one image's work.
                    let team = match call.team {
                        Some(_) => None,
                        None => images(x.shape()).and_then(Team::for_images),
                    };
                    let call = Call { team: call.team.or(team.as_ref()), ..call };
                    return Ok(self.try_run_carried(Carried::tensor(x), call)?.into_tensor());
                }
                // On a tape nothing folds: the batch norms' parameters get their gradients.
                // (They fold in `try_run_carried`, where no gradient can be asked for.)
                let plan = Self::plan(call.epilogue, false, false, Layout::Planar);
                let mut input_grad = call.input_grad;
                $(
                    let layer = &self.layers.$i;
                    let x = if plan[$i].skip {
                        layer.try_run_absorbed(x)?
                    } else {
                        layer.try_run(x, Call { epilogue: plan[$i].epilogue, input_grad, affine: None, team: call.team, layout: Layout::Planar, frozen: call.frozen_for::<$l>(), sums: call.sums })?
                    };
                    // The next layer's input needs a gradient when this layer has parameters.
                    input_grad |= !$l::PARAMETER_FREE;
                )+
                let _ = input_grad; // (after the last layer, unused)
                Ok(x)
            }

            fn try_run_carried(&self, x: Carried, call: Call) -> Result<Carried, Self::Error>
            where
                Tensor<S, E, D, T>: 'static,
                Self::Output: 'static,
            {
                // No tape: batch norms fold into the convolutions before them.
                let plan = Self::plan(call.epilogue, true, false, call.layout);
                let affine = [$(if plan[$i].skip && $l::EVAL_AFFINE { self.layers.$i.eval_affine() } else { None },)+];
                $(
                    let layer = &self.layers.$i;
                    let x = if plan[$i].skip {
                        layer.try_run_absorbed_carried(x)?
                    } else {
                        let affine = if plan[$i].fold_next { affine.get($i + 1).and_then(Option::as_ref) } else { None };
                        layer.try_run_carried(x, Call { epilogue: plan[$i].epilogue, input_grad: false, affine, team: call.team, layout: plan[$i].layout, frozen: call.frozen_for::<$l>(), sums: call.sums })?
                    };
                )+
                Ok(x)
            }

            fn try_run_mut(
                &mut self,
                x: Tensor<S, E, D, T>,
                call: Call,
            ) -> Result<Self::Output, Self::Error> {
                // Convolutions train the batch norms after them together with themselves.
                let plan = Self::plan(call.epilogue, false, true, Layout::Planar);
                let mut input_grad = call.input_grad;
                let ($($v,)+) = &mut self.layers;
                $(
                    let step = Call { epilogue: plan[$i].epilogue, input_grad, affine: None, team: call.team, layout: Layout::Planar, frozen: None, sums: call.sums };
                    let x = if plan[$i].skip {
                        $v.try_run_absorbed(x)?
                    } else if plan[$i].norm_next {
                        $v.try_run_mut_with_norm(x, step, next_layer!($nx))?
                    } else {
                        $v.try_run_mut(x, step)?
                    };
                    // The next layer's input needs a gradient when this layer has parameters.
                    input_grad |= !$l::PARAMETER_FREE;
                )+
                let _ = input_grad; // (after the last layer, unused)
                Ok(x)
            }
        }

        impl<E: Dtype, D: Device<E>, $($l: TensorCollection<E, D>),+> TensorCollection<E, D>
            for Sequential<($($l,)+)>
        {
            type To<E2: Dtype, D2: Device<E2>> = Sequential<($($l::To<E2, D2>,)+)>;

            #[allow(non_snake_case)]
            fn iter_tensors<V: ModuleVisitor<Self, E, D>>(
                visitor: &mut V,
            ) -> Result<Option<Self::To<V::E2, V::D2>>, V::Err> {
                $(
                    let $l = visitor.visit_module(
                        stringify!($i),
                        |s: &Self| &s.layers.$i,
                        |s: &mut Self| &mut s.layers.$i,
                    )?;
                )+
                Ok(match ($($l,)+) {
                    ($(Some($l),)+) => Some(Sequential { layers: ($($l,)+) }),
                    #[allow(unreachable_patterns)]
                    _ => None,
                })
            }
        }

        impl<E: Dtype, D: Device<E>, $($l: BuildOnDevice<D, E>),+> BuildOnDevice<D, E>
            for Sequential<($($l,)+)>
        {
            type Built = Sequential<($($l::Built,)+)>;
        }

        impl<$($l: Params),+> Params for Sequential<($($l,)+)> {
            /// The sum over the layers.
            const PARAMS: usize = 0 $(+ $l::PARAMS)+;
        }

        impl<In: Shape, $($l),+> Describe<In> for Sequential<($($l,)+)>
        where
            $first: Describe<In>,
            $($next: Describe<$prev::Output>,)*
        {
            fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
                $($l::describe(&child(index, stringify!($i)), rows);)+
            }
        }
    };
}

sequential!([L0 0 l0 none], [], L0, L0, 1);
sequential!([L0 0 l0 l1, L1 1 l1 none], [L0 => L1], L0, L1, 2);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 none], [L0 => L1, L1 => L2], L0, L2, 3);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 none], [L0 => L1, L1 => L2, L2 => L3], L0, L3, 4);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4], L0, L4, 5);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5], L0, L5, 6);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6], L0, L6, 7);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 l7, L7 7 l7 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6, L6 => L7], L0, L7, 8);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 l7, L7 7 l7 l8, L8 8 l8 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6, L6 => L7, L7 => L8], L0, L8, 9);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 l7, L7 7 l7 l8, L8 8 l8 l9, L9 9 l9 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6, L6 => L7, L7 => L8, L8 => L9], L0, L9, 10);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 l7, L7 7 l7 l8, L8 8 l8 l9, L9 9 l9 l10, L10 10 l10 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6, L6 => L7, L7 => L8, L8 => L9, L9 => L10], L0, L10, 11);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 l7, L7 7 l7 l8, L8 8 l8 l9, L9 9 l9 l10, L10 10 l10 l11, L11 11 l11 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6, L6 => L7, L7 => L8, L8 => L9, L9 => L10, L10 => L11], L0, L11, 12);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 l7, L7 7 l7 l8, L8 8 l8 l9, L9 9 l9 l10, L10 10 l10 l11, L11 11 l11 l12, L12 12 l12 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6, L6 => L7, L7 => L8, L8 => L9, L9 => L10, L10 => L11, L11 => L12], L0, L12, 13);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 l7, L7 7 l7 l8, L8 8 l8 l9, L9 9 l9 l10, L10 10 l10 l11, L11 11 l11 l12, L12 12 l12 l13, L13 13 l13 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6, L6 => L7, L7 => L8, L8 => L9, L9 => L10, L10 => L11, L11 => L12, L12 => L13], L0, L13, 14);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 l7, L7 7 l7 l8, L8 8 l8 l9, L9 9 l9 l10, L10 10 l10 l11, L11 11 l11 l12, L12 12 l12 l13, L13 13 l13 l14, L14 14 l14 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6, L6 => L7, L7 => L8, L8 => L9, L9 => L10, L10 => L11, L11 => L12, L12 => L13, L13 => L14], L0, L14, 15);
sequential!([L0 0 l0 l1, L1 1 l1 l2, L2 2 l2 l3, L3 3 l3 l4, L4 4 l4 l5, L5 5 l5 l6, L6 6 l6 l7, L7 7 l7 l8, L8 8 l8 l9, L9 9 l9 l10, L10 10 l10 l11, L11 11 l11 l12, L12 12 l12 l13, L13 13 l13 l14, L14 14 l14 l15, L15 15 l15 none], [L0 => L1, L1 => L2, L2 => L3, L3 => L4, L4 => L5, L5 => L6, L6 => L7, L7 => L8, L8 => L9, L9 => L10, L10 => L11, L11 => L12, L12 => L13, L13 => L14, L14 => L15], L0, L15, 16);
