//! A model prepared for evaluation ([`Frozen`]): the forms of its weights that each call would
//! otherwise compute again (read out of dfdx's tensors, a batch norm folded in, Winograd's
//! transform, the channel-vector path's packing) kept from the first call that needs them, as
//! ONNX Runtime prepares its weights when a session starts and PyTorch's `torch.jit.freeze` folds
//! them.
use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::Instant;

use dfdx::nn::Module;
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, Tensor, TensorFromVec};
use rayon::prelude::*;

use crate::forward::{Call, Carried, Forward};
use crate::ops::conv2d::WINOGRAD_BATCH_FREE_FROM;
use crate::ops::linear::DOT_MAX_ROWS;
use crate::ops::{read_data, recycle, recycle_on, scratch, CpuFloat, Isa};
use crate::team::Team;

mod parts;
use parts::{part_sizes, Timings};
pub use parts::{Parts, SplitBatch};

/// A model for evaluation only, whose layers keep what they prepare from their weights for the
/// next call: the weights copied out of dfdx's tensors with the batch norm after them folded in,
/// Winograd's transformed kernels, the channel-vector path's packed ones. Each is made by the
/// first call that needs it (calls on one image and on a batch may need different ones) and
/// read by the calls after; the results are those of the model's own `forward`, bit for bit.
///
/// The model is moved in and cannot change while frozen (nothing gives a mutable reference to
/// it), so what was prepared from its weights stays theirs; [`Frozen::into_inner`] gives it back
/// to be trained, and freezing it again starts afresh. Calls from several threads at once share
/// what is prepared. The kept forms cost memory: the weights once more, and a Winograd layer's
/// transformed kernels 4× its weights (twice where a batch of one image, split over a
/// [`Team`](crate::Team), keeps its parts' own).
///
/// Constnet's layers and composers keep their forms ([`Fuse::FREEZES`](crate::Fuse::FREEZES));
/// a layer of your own runs as it does in the model.
///
/// A batch (`[N, F]` or `[N, C, H, W]`) of at least twice [`Frozen::MIN_PART`] items may run in
/// parts ([`Parts`]), each through the whole model on one thread, its activations staying in the
/// core's caches from one layer to the next. By default the first calls on each batch size time
/// the whole batch against parts of three sizes and the calls after run the fastest
/// ([`Frozen::parts_for`]); [`Frozen::parts`] sets one way. The results are the same either way.
/// For the parts, the model also runs on a batch whose size is known at run time (`usize`):
/// constnet's layers do, as do layers of your own that are generic over the shape.
///
/// # Examples
/// ```
/// use constnet::prelude::*;
/// let dev: Cpu = Default::default();
/// type Net = Sequential<(Conv2d<1, 4, 3, 1, 1>, BatchNorm2d<4>, ReLU, Flatten, Linear<64, 2>)>;
/// let net = dev.build_module::<Net, f32>();
/// let x: Tensor<Rank4<3, 1, 4, 4>, f32, _> = dev.sample_normal();
/// let expected = net.forward(x.clone());
/// let frozen = Frozen::new(net);
/// let y: Tensor<Rank2<3, 2>, f32, _> = frozen.forward(x.clone());
/// assert_eq!(y.array(), expected.array());
/// assert_eq!(frozen.forward(x).array(), expected.array()); // from the kept weights
/// assert!(frozen.kept() > 0);
/// let net: Net = frozen.into_inner(); // to train again
///
/// // 40 images in two parts of 20, each through the whole network on one thread
/// let frozen = Frozen::new(net.clone()).parts(Parts::Of(16));
/// let x: Tensor<Rank4<40, 1, 4, 4>, f32, _> = dev.sample_normal();
/// let y: Tensor<Rank2<40, 2>, f32, _> = frozen.forward(x.clone());
/// assert_eq!(y.array(), net.forward(x).array());
/// assert_eq!(frozen.parts_for(40), Some(vec![20, 20]));
/// ```
pub struct Frozen<M> {
    /// Boxed, so that the addresses of its weight tensors, which key what is kept, stay put
    /// when the `Frozen` moves.
    model: Box<M>,
    kept: FrozenWeights,
    /// How a batch is evaluated ([`Frozen::parts`]).
    parts: Parts,
    /// The trials of [`Parts::Timed`].
    timings: Timings,
}

impl<M> Frozen<M> {
    /// Freezes `model`: nothing is prepared until the first call.
    pub fn new(model: M) -> Self {
        Frozen {
            model: Box::new(model),
            kept: FrozenWeights::default(),
            parts: Parts::default(),
            timings: Timings::default(),
        }
    }

    /// The fewest items in a part of a batch ([`Parts`]): from this many, no kernel's choice
    /// depends on the batch (Winograd's path serves a geometry whatever the batch, and the linear
    /// layers run a matrix product rather than dot products), so that a part's outputs are
    /// those of the whole batch, bit for bit. A batch of fewer than twice this many runs whole.
    pub const MIN_PART: usize = {
        let (a, b) = (WINOGRAD_BATCH_FREE_FROM, DOT_MAX_ROWS + 1);
        if a > b {
            a
        } else {
            b
        }
    };

    /// Sets how a batch is evaluated: whole, in parts of a given size, or timed
    /// ([`Parts::Timed`], the default). The results are the same.
    pub fn parts(mut self, parts: Parts) -> Self {
        self.parts = parts;
        self
    }

    /// The sizes of the parts a call on a batch of `batch` items runs in, on the current rayon
    /// pool's threads: one size where the batch runs whole; `None` while [`Parts::Timed`] is
    /// still trying (or has not seen a batch of this size at this thread count).
    pub fn parts_for(&self, batch: usize) -> Option<Vec<usize>> {
        let threads = rayon::current_num_threads();
        self.pinned(batch, threads)
            .or_else(|| self.timings.chosen(batch, threads))
    }

    /// The part sizes of `batch` items at `threads` threads where [`Frozen::parts`] sets one
    /// way; `None` for [`Parts::Timed`].
    fn pinned(&self, batch: usize, threads: usize) -> Option<Vec<usize>> {
        match self.parts {
            Parts::Whole => Some(vec![batch]),
            Parts::Of(n) => Some(part_sizes(batch, Some(n), threads)),
            Parts::Timed => None,
        }
    }

    /// The model.
    pub fn model(&self) -> &M {
        &self.model
    }

    /// The model back, to be trained or changed (what was prepared from it is dropped).
    pub fn into_inner(self) -> M {
        *self.model
    }

    /// How many prepared forms of the model's weights are kept.
    pub fn kept(&self) -> usize {
        self.kept.len()
    }

    /// The bytes of the prepared forms kept.
    pub fn kept_bytes(&self) -> usize {
        self.kept.bytes()
    }
}

impl<M: Clone> Clone for Frozen<M> {
    /// A copy of the model, frozen afresh (its weights' forms are prepared again).
    fn clone(&self) -> Self {
        Frozen::new(self.model().clone()).parts(self.parts)
    }
}

impl<M: core::fmt::Debug> core::fmt::Debug for Frozen<M> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Frozen")
            .field("model", &self.model)
            .field("kept", &self.kept.len())
            .field("parts", &self.parts)
            .finish()
    }
}

impl<M, S, O, E> Module<Tensor<S, E, Cpu>> for Frozen<M>
where
    S: SplitBatch,
    O: SplitBatch,
    E: CpuFloat,
    M: Forward<Tensor<S, E, Cpu>, Output = Tensor<O, E, Cpu>>
        + Forward<Tensor<S::Part, E, Cpu>, Output = Tensor<O::Part, E, Cpu>, Error = ErrorOf<M, S, E>>
        + Sync,
    ErrorOf<M, S, E>: Send,
{
    type Output = Tensor<O, E, Cpu>;
    type Error = ErrorOf<M, S, E>;

    /// The model's evaluation (`forward`), with its weights' prepared forms kept; a batch of at
    /// least twice [`Frozen::MIN_PART`] items whole or in parts, as [`Frozen::parts`] says
    /// (timed by default: [`Parts::Timed`]).
    fn try_forward(&self, x: Tensor<S, E, Cpu>) -> Result<Self::Output, Self::Error> {
        let call = Call {
            frozen: Some(&self.kept),
            ..Call::DEFAULT
        };
        let threads = rayon::current_num_threads();
        let batch = x.shape().batch().filter(|_| S::SPLITS && O::SPLITS);
        let (sizes, trial) = match batch {
            None => (Vec::new(), None),
            Some(n) => match self.pinned(n, threads) {
                Some(sizes) => (sizes, None),
                None => self.timings.next(n, threads),
            },
        };
        let start = Instant::now();
        let y = match sizes.len() {
            0 | 1 => <M as Forward<Tensor<S, E, Cpu>>>::try_run(&self.model, x, call),
            _ => self.in_parts(x, &sizes, call),
        };
        if let (Some(n), Some(i), Ok(_)) = (batch, trial, &y) {
            self.timings
                .record(n, threads, i, start.elapsed().as_secs_f64());
        }
        y
    }
}

impl<M> Frozen<M> {
    /// The model's evaluation of `x` (a batch whose shape [`SplitBatch::SPLITS`]) in parts of
    /// `sizes` items (in order), each part through the whole model on one thread: the layers'
    /// own parallel loops split a part further only where another thread is idle. Each part's
    /// input is copied from the batch's into a buffer of its own that its first layer reads.
    fn in_parts<S, O, E>(
        &self,
        x: Tensor<S, E, Cpu>,
        sizes: &[usize],
        call: Call,
    ) -> Result<Tensor<O, E, Cpu>, ErrorOf<M, S, E>>
    where
        S: SplitBatch,
        O: SplitBatch,
        E: CpuFloat,
        M: Forward<Tensor<S, E, Cpu>, Output = Tensor<O, E, Cpu>>
            + Forward<
                Tensor<S::Part, E, Cpu>,
                Output = Tensor<O::Part, E, Cpu>,
                Error = ErrorOf<M, S, E>,
            > + Sync,
        ErrorOf<M, S, E>: Send,
    {
        let (shape, dev) = (*x.shape(), x.device().clone());
        let data = read_data(&x);
        let item = data.len() / shape.batch().unwrap_or(1).max(1);
        let starts: Vec<usize> = sizes
            .iter()
            .scan(0, |at, &k| {
                *at += k;
                Some(*at - k)
            })
            .collect();
        let parts = sizes
            .par_iter()
            .zip(&starts)
            .map(|(&k, &at)| {
                let mut v = scratch::<E>(k * item);
                v.copy_from_slice(&data[at * item..(at + k) * item]);
                let part = Carried::values(v, shape.part(k), dev.clone());
                let y = <M as Forward<Tensor<S::Part, E, Cpu>>>::try_run_carried(
                    &self.model,
                    part,
                    call,
                )?
                .open::<O::Part, E, Cpu>();
                let out = *y.shape();
                let rows = out.concrete().into_iter().next();
                Ok((y.read(), out, rows == Some(k)))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let whole = parts
            .first()
            .and_then(|(_, part, _)| O::whole(part, shape.batch().unwrap_or(0)));
        match whole {
            Some(out) if parts.iter().all(|(.., rows)| *rows) => {
                let mut y = Vec::with_capacity(out.num_elements());
                for (v, ..) in parts {
                    y.extend_from_slice(&v);
                    recycle(v);
                }
                recycle(data);
                Ok(dev.tensor_from_vec(y, out))
            }
            // A model whose output is not one row per item of its input: evaluated whole.
            _ => {
                let x = dev.tensor_from_vec(data, shape);
                <M as Forward<Tensor<S, E, Cpu>>>::try_run(&self.model, x, call)
            }
        }
    }
}

/// The error of model `M` on a CPU tensor of shape `S` and element `E`.
type ErrorOf<M, S, E> = <M as Forward<Tensor<S, E, Cpu>>>::Error;

/// Where a [`Frozen`] model's layers keep the prepared forms of their weights
/// ([`Call::frozen`]), each under the address of the weight tensor it was made from and what
/// form it is. Shared by the threads that evaluate the model.
#[derive(Default)]
pub struct FrozenWeights {
    /// Each form with its size in bytes.
    forms: RwLock<HashMap<(usize, Form), (AnyForm, usize)>>,
}

/// A kept form, of the type its layer made.
type AnyForm = Arc<dyn Any + Send + Sync>;

impl core::fmt::Debug for FrozenWeights {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("FrozenWeights")
            .field("kept", &self.len())
            .finish()
    }
}

/// Two stores are equal when they are the same one (as [`Call`]s compare).
impl PartialEq for FrozenWeights {
    fn eq(&self, other: &FrozenWeights) -> bool {
        std::ptr::eq(self, other)
    }
}

impl FrozenWeights {
    /// How many forms are kept.
    fn len(&self) -> usize {
        self.forms.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// The bytes of the forms kept.
    fn bytes(&self) -> usize {
        let forms = self.forms.read().unwrap_or_else(|e| e.into_inner());
        forms.values().map(|(_, bytes)| bytes).sum()
    }
}

/// The bytes of a kept form's values.
pub(crate) trait Footprint {
    /// The bytes its values take.
    fn bytes(&self) -> usize;
}

impl<E> Footprint for Vec<E> {
    fn bytes(&self) -> usize {
        std::mem::size_of_val(self.as_slice())
    }
}

impl<E> Footprint for (Vec<E>, Vec<E>) {
    fn bytes(&self) -> usize {
        self.0.bytes() + self.1.bytes()
    }
}

/// A form of a layer's weights that a [`Frozen`] model keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Form {
    /// The weights and the bias as the kernels read them, with the batch norm after the layer
    /// folded in where `affine` says so.
    Folded {
        /// Whether a batch norm is folded in.
        affine: bool,
    },
    /// Winograd's transformed kernels of output channels `k0..k0 + cout`.
    Winograd { isa: Isa, k0: usize, cout: usize },
    /// The channel-vector path's packed kernels of output channels `k0..k0 + cout`.
    ChanVec { isa: Isa, k0: usize, cout: usize },
}

/// A layer's place in a [`FrozenWeights`]: the store and the address of the weight tensor that
/// keys its forms. Made only by layers for their own weight tensor, which cannot move or change
/// while the [`Frozen`] model holds it.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct Keep<'a> {
    store: &'a FrozenWeights,
    at: usize,
}

impl<'a> Keep<'a> {
    /// The place of the layer whose weight tensor is `weight`, where the call keeps forms.
    pub(crate) fn of<T>(store: Option<&'a FrozenWeights>, weight: &T) -> Option<Keep<'a>> {
        store.map(|store| Keep {
            store,
            at: weight as *const T as usize,
        })
    }

    /// The form `form`, made by `make` when it is not kept yet (outside the lock, so calls on
    /// other threads read the others meanwhile; two calls that make the same form at once keep
    /// the first, the same values).
    pub(crate) fn get<T>(self, form: Form, make: impl FnOnce() -> T) -> Arc<T>
    where
        T: Any + Send + Sync + Footprint,
    {
        let key = (self.at, form);
        let found = self
            .store
            .forms
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
            .map(|(kept, _)| kept.clone());
        if let Some(kept) = found.and_then(|a| a.downcast::<T>().ok()) {
            return kept;
        }
        let made = Arc::new(make());
        let mut forms = self.store.forms.write().unwrap_or_else(|e| e.into_inner());
        let bytes = made.bytes();
        let (kept, _) = forms.entry(key).or_insert_with(|| (made.clone(), bytes));
        kept.clone().downcast::<T>().unwrap_or(made)
    }
}

/// A prepared form of a layer's weights for one call: made for the call alone (its buffers
/// handed back after) or kept by a [`Frozen`] model.
pub(crate) enum Held<V> {
    /// Made for this call.
    Own(V),
    /// Kept.
    Kept(Arc<V>),
}

impl<V> std::ops::Deref for Held<V> {
    type Target = V;
    fn deref(&self) -> &V {
        match self {
            Held::Own(v) => v,
            Held::Kept(v) => v,
        }
    }
}

impl<V: Any + Send + Sync + Footprint> Held<V> {
    /// The form `form` of `keep`'s layer, made by `make` when not kept yet; made for this call
    /// alone without a `keep`.
    pub(crate) fn get(keep: Option<Keep>, form: Form, make: impl FnOnce() -> V) -> Held<V> {
        match keep {
            Some(k) => Held::Kept(k.get(form, make)),
            None => Held::Own(make()),
        }
    }

    /// What was made for this call alone, if it was (a kept form stays kept).
    pub(crate) fn into_own(self) -> Option<V> {
        match self {
            Held::Own(v) => Some(v),
            Held::Kept(_) => None,
        }
    }
}

impl<E: CpuFloat> Held<Vec<E>> {
    /// Hands a buffer made for this call back to `team`'s buffers (or the shared ones); a kept
    /// one stays kept.
    pub(crate) fn hand_back(self, team: Option<&Team>) {
        if let Held::Own(v) = self {
            recycle_on(team, v);
        }
    }
}

impl<E: CpuFloat> Held<(Vec<E>, Vec<E>)> {
    /// The weights read for this call, which a backward pass keeps (none where they are kept:
    /// only an evaluation keeps them).
    pub(crate) fn into_weights(self) -> Vec<E> {
        self.into_own().map(|(w, _)| w).unwrap_or_default()
    }

    /// Hands weights read for this call back to `team`'s buffers (or the shared ones; the bias
    /// is dropped); kept ones stay kept.
    pub(crate) fn hand_back(self, team: Option<&Team>) {
        if let Held::Own((w, _)) = self {
            recycle_on(team, w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form is made once per weight tensor and form, and kept for the next call; another form
    /// or another tensor's is made apart.
    #[test]
    fn each_form_is_made_once_per_tensor() {
        let store = FrozenWeights::default();
        let (a, b) = (vec![1.0f32], vec![2.0f32]);
        let (ka, kb) = (Keep::of(Some(&store), &a), Keep::of(Some(&store), &b));
        let folded = Form::Folded { affine: false };
        let made = std::cell::Cell::new(0);
        let make = |v: f32| {
            made.set(made.get() + 1);
            vec![v]
        };
        assert_eq!(*ka.unwrap().get(folded, || make(1.0)), vec![1.0]);
        assert_eq!(*ka.unwrap().get(folded, || make(9.0)), vec![1.0]);
        assert_eq!(made.get(), 1);
        let folded_bn = Form::Folded { affine: true };
        assert_eq!(*ka.unwrap().get(folded_bn, || make(3.0)), vec![3.0]);
        assert_eq!(*kb.unwrap().get(folded, || make(2.0)), vec![2.0]);
        assert_eq!((made.get(), store.len(), store.bytes()), (3, 3, 12));
        let own = Held::get(None, folded, || make(4.0));
        assert_eq!((own.into_own(), store.len()), (Some(vec![4.0]), 3));
    }
}
