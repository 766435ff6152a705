//! [`TrainParts`]: a training step's forward and backward passes with the batch in parts, one per
//! thread, each part through the whole model on its own thread.
use std::any::Any;
use std::convert::Infallible;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};

use dfdx::nn::{
    RecursiveWalker, TensorCollection, TensorOptions, TensorVisitor, ViewTensorMut, ViewTensorRef,
    ZeroGrads,
};
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{
    Cpu, CpuError, Gradients, OwnedTape, PutTape, SampleTensor, SplitTape, Tape, Tensor,
    TensorFromVec, Trace,
};
use dfdx::tensor_ops::{Backward, Device};

use super::sums::Abandoned;
use super::BatchSums;
use crate::error::{Error, Result};
use crate::forward::{Call, Forward};
use crate::input::ConstInput;
use crate::ops::{read_data, CpuFloat, Slices};
use crate::SplitBatch;

/// Runs a training step's forward and backward passes with the batch in parts, one per thread:
/// each part goes through the whole model on its own thread, with a tape of its own, and the
/// parts' outputs are joined into the batch's, on the caller's tape. The backward pass runs each
/// part's backward pass on its thread and adds the parameters' gradients up.
///
/// Why: when the layers of one batch share the threads, every layer hands the images from thread
/// to thread and waits for the slowest (on this project's 2-core VM, one 2-thread ResNet20
/// step made 0.75× of the images per second of two 1-thread steps side by side; see the README's
/// *Training in parts*). Each part here runs on one thread from start to end.
///
/// - **Batch norms** meet across the parts ([`BatchSums`], passed as [`Call::sums`]): their
///   statistics and the sums of their backward pass are the whole batch's, and the running
///   statistics move once, as for the whole batch. The results equal the whole batch's up to
///   rounding (sums added in another order).
/// - **Randomness** (dropout) draws from one generator per part, seeded from the input's device:
///   a step is repeatable whatever the threads' timing, though its masks are not those of the
///   whole batch.
/// - **The input** is a [`ConstInput`] (its gradient is not computed) of a batch of vectors or
///   images ([`SplitBatch`]); a model whose output is not one row per item, a batch of fewer
///   items than parts, or one part, runs whole on the caller's thread as `forward_mut` would.
///   A layer of your own that mixes the items of a batch in training would see only its part.
/// - **When it pays**: on networks whose steps take tens of milliseconds and whose work is in
///   their activations. At 2 threads on this project's VM, ResNet20 trained 1.05× as fast as
///   with the whole batch and a VGG-style stack 1.05×, but a stack of 64–256-channel layers
///   0.94× (each part prepares every kernel again) and networks whose steps take a few
///   milliseconds 0.93–0.99× (medians; the README's *Training in parts*).
///
/// # Examples
/// ```
/// use constnet::prelude::*;
/// use constnet::train::TrainParts;
///
/// let dev = Cpu::seed_from_u64(0);
/// type Net = Sequential<(Conv2d<3, 4, 3, 1, 1>, BatchNorm2d<4>, ReLU, Flatten, Linear<256, 10>)>;
/// let mut net = dev.build_module::<Net, f32>();
/// let x: Tensor<Rank4<6, 3, 8, 8>, f32, _> = dev.sample_normal();
/// let y: Tensor<Rank2<6, 10>, f32, _> = dev.sample_uniform();
///
/// let mut whole = net.clone(); // the same parameters, for the whole batch at once
///
/// let parts = TrainParts::new(2).unwrap();
/// let input = x.clone().traced_input(net.alloc_grads());
/// let logits: Tensor<Rank2<6, 10>, f32, _, OwnedTape<f32, Cpu>> =
///     parts.forward_mut(&mut net, input).unwrap();
/// let g = mse_loss(logits, y.clone()).backward();
///
/// let g2 = mse_loss(whole.forward_mut(x.traced_input(whole.alloc_grads())), y).backward();
/// let w = &net.layers.0.weight; // (the clone's weight has the same id)
/// let (a, b) = (g.get(w).as_vec(), g2.get(w).as_vec());
/// // equal up to rounding at the scale of the largest (the batch norm's sums cancel)
/// let scale = b.iter().fold(0f32, |m, v| m.max(v.abs()));
/// for (a, b) in a.iter().zip(&b) {
///     assert!((a - b).abs() <= 2e-6 * scale);
/// }
/// // the running statistics moved once, as the whole batch's did
/// for (a, b) in net.layers.1.running_var.as_vec().iter().zip(&whole.layers.1.running_var.as_vec()) {
///     assert!((a - b).abs() <= 1e-6);
/// }
/// ```
pub struct TrainParts {
    parts: usize,
    /// Threads of finished steps (each a pool of one), kept for the next: a step takes one per
    /// part, so that two steps at once (from two threads, or a step begun before another's
    /// backward pass) never wait for each other's threads.
    idle: Arc<Mutex<Vec<Arc<rayon::ThreadPool>>>>,
}

impl core::fmt::Debug for TrainParts {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TrainParts")
            .field("parts", &self.parts)
            .finish()
    }
}

/// What a part's thread sends back after its forward pass: its output's values and shape, and
/// the model it ran (part 0's, whose running statistics are then the model's), or why it stopped.
type Forwarded<E, O, M> =
    std::thread::Result<std::result::Result<(Vec<E>, O, Option<M>), CpuError>>;

/// What a part's thread sends back after its backward pass: the parameters' gradients.
type Backwarded<E> = std::thread::Result<std::result::Result<Gradients<E, Cpu>, CpuError>>;

impl TrainParts {
    /// Up to `parts` parts per batch (at least 1), each on a thread of its own: as many as the
    /// threads the steps may use (rayon's `current_num_threads()` is the usual choice).
    ///
    /// Each step takes a thread per part, kept for the next step when it ends.
    ///
    /// # Errors
    /// `parts` is 0.
    pub fn new(parts: usize) -> Result<Self> {
        if parts == 0 {
            return Err(Error::config(
                "parts",
                "a batch needs at least 1 part; pass the number of threads to train on",
            ));
        }
        Ok(TrainParts {
            parts,
            idle: Arc::default(),
        })
    }

    /// A thread (a pool of one) for a part: an idle one, or a new one.
    fn thread(&self) -> std::result::Result<Arc<rayon::ThreadPool>, CpuError> {
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        match idle {
            Some(pool) => Ok(pool),
            None => rayon::ThreadPoolBuilder::new()
                .num_threads(1)
                .thread_name(|_| "constnet-part".into())
                .build()
                .map(Arc::new)
                // dfdx's CPU error has no variant for a thread that would not start.
                .map_err(|_| CpuError::OutOfMemory),
        }
    }

    /// The threads kept idle for the next steps: one per part once a step's backward pass has
    /// returned (a step takes one per part and hands each back before its backward pass ends),
    /// more only where steps overlapped.
    pub fn threads_kept(&self) -> usize {
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// The most parts a batch is split into.
    pub fn parts(&self) -> usize {
        self.parts
    }

    /// The sizes of the parts of a batch of `batch` items: as many parts as threads (fewer where
    /// the batch has fewer items), in order, differing by one item at most.
    pub fn part_sizes(&self, batch: usize) -> Vec<usize> {
        let k = self.parts.min(batch).max(1);
        (0..k)
            .map(|p| batch / k + usize::from(p < batch % k))
            .collect()
    }

    /// `model.forward_mut(x)` with the batch in parts (see [`TrainParts`]): the output is on
    /// `x`'s tape, and its backward pass gives the model's parameters the gradients of the whole
    /// batch (up to rounding).
    ///
    /// # Errors
    /// A layer's error, from whichever part met it first (in the order of the parts).
    ///
    /// # Panics
    /// Where a layer panics on a part's thread, with that panic.
    pub fn forward_mut<M, S, O, E>(
        &self,
        model: &mut M,
        x: ConstInput<S, E, Cpu>,
    ) -> std::result::Result<Tensor<O, E, Cpu, OwnedTape<E, Cpu>>, CpuError>
    where
        S: SplitBatch,
        O: SplitBatch,
        E: CpuFloat,
        Cpu: Device<E>,
        M: Forward<
                ConstInput<S, E, Cpu>,
                Output = Tensor<O, E, Cpu, OwnedTape<E, Cpu>>,
                Error = CpuError,
            > + Forward<
                ConstInput<S::Part, E, Cpu>,
                Output = Tensor<O::Part, E, Cpu, OwnedTape<E, Cpu>>,
                Error = CpuError,
            > + TensorCollection<E, Cpu>
            + Clone
            + Send
            + 'static,
    {
        let x = x.into_inner();
        let batch = x.shape().batch().filter(|_| S::SPLITS && O::SPLITS);
        let sizes = self.part_sizes(batch.unwrap_or(1));
        // The batch whole, on this thread, as `forward_mut` runs it.
        let whole = |model: &mut M, x| {
            <M as Forward<ConstInput<S, E, Cpu>>>::try_run_mut(
                model,
                ConstInput::new(x),
                Call::DEFAULT,
            )
        };
        if sizes.len() < 2 {
            return whole(model, x);
        }
        let (x, tape) = x.split_tape();
        let (shape, dev) = (*x.shape(), x.device().clone());
        // Each part copies its items on its own thread.
        let data = Arc::new(read_data(&x));
        let item = data.len() / batch.unwrap_or(1).max(1);
        // One generator per part, seeded from the input's device: repeatable whatever the timing.
        let seeds: Tensor<(usize,), f64, Cpu> =
            SampleTensor::<f64>::try_sample_like(&dev, &(sizes.len(),), rand_distr::Standard)?;
        let seeds = seeds.as_vec();
        let sums = BatchSums::new(sizes.len());
        let (to_main, forwarded) = channel::<(usize, Forwarded<E, O::Part, M>)>();
        let (back_main, backwarded) = channel::<(usize, Backwarded<E>)>();
        let mut grad_senders = Vec::with_capacity(sizes.len());
        let mut at = 0;
        // Every part's thread before any part starts: a part started without the others would
        // wait for them at its first batch norm for ever.
        let pools = (0..sizes.len())
            .map(|_| self.thread())
            .collect::<std::result::Result<Vec<_>, _>>()?;
        for ((p, &k), pool) in sizes.iter().enumerate().zip(pools) {
            let (to_part, grad_in) = channel::<Vec<E>>();
            grad_senders.push(to_part);
            let part = Part {
                index: p,
                model: model.clone(),
                values: (data.clone(), at * item..(at + k) * item),
                shape: shape.part(k),
                seed: seeds[p].to_bits(),
                sums: sums[p].clone(),
                grad_in,
                forwarded: to_main.clone(),
                backwarded: back_main.clone(),
                home: Home {
                    pool: pool.clone(),
                    idle: self.idle.clone(),
                },
            };
            at += k;
            pool.spawn(move || part.run());
        }
        drop((to_main, back_main));
        let mut outs: Vec<Option<_>> = (0..sizes.len()).map(|_| None).collect();
        for _ in 0..sizes.len() {
            // Every part sends once (its thread catches panics), so this ends.
            let (p, r) = forwarded
                .recv()
                .expect("each part reports its forward pass");
            outs[p] = Some(r);
        }
        let outs: Vec<_> = outs.into_iter().map(Option::unwrap).collect();
        let outs = first_failure(outs)?;
        let part_shape = outs[0].1;
        let joined = O::whole(&part_shape, batch.unwrap_or(0));
        let rows_match = outs
            .iter()
            .zip(&sizes)
            .all(|((_, o, _), &k)| o.concrete().into_iter().next() == Some(k));
        let Some(out_shape) = joined.filter(|_| rows_match) else {
            // Not one row per item: the parts' work is dropped (the model has not changed; the
            // parts' threads stop as their gradients' senders go) and the batch runs whole (the
            // parts' seeds having been drawn from the input's device).
            drop(grad_senders);
            // (The parts took their copies first: the values are this thread's alone now.)
            let data = Arc::try_unwrap(data).unwrap_or_else(|shared| shared.to_vec());
            return whole(model, dev.tensor_from_vec(data, shape).put_tape(tape));
        };
        let mut values = Vec::with_capacity(out_shape.num_elements());
        let mut rows = Vec::with_capacity(sizes.len());
        let mut first_model = None;
        for (v, _, m) in outs {
            rows.push(v.len());
            values.extend_from_slice(&v);
            first_model = first_model.or(m);
        }
        // The buffers (running statistics, batch counts) as part 0 left them: the same in every
        // part, and those of the whole batch.
        if let Some(m) = first_model {
            copy_buffers(model, &m);
        }
        let y = dev.try_tensor_from_vec(values, out_shape)?;
        let adders = parameter_adders(model);
        let y_ghost = y.ghost();
        let mut tape = tape;
        tape.add_backward_op(move |grads| {
            let gy = <Cpu as Slices<E>>::values(grads.get_or_alloc_mut(&y_ghost)?);
            let mut at = 0;
            for (to_part, &len) in grad_senders.iter().zip(&rows) {
                // Every part is waiting for it (each reported a forward pass without failing).
                let _ = to_part.send(gy[at..at + len].to_vec());
                at += len;
            }
            drop(grad_senders);
            let mut parts: Vec<Option<_>> = (0..rows.len()).map(|_| None).collect();
            for _ in 0..rows.len() {
                let (p, r) = backwarded
                    .recv()
                    .expect("each part reports its backward pass");
                parts[p] = Some(r);
            }
            let parts = first_failure(parts.into_iter().map(Option::unwrap).collect())?;
            for mut part in parts {
                for add in &adders {
                    add(grads, &mut part)?;
                }
            }
            Ok(())
        });
        Ok(y.put_tape(tape))
    }
}

/// The results of the parts, or the first error (in the order of the parts), or else the first
/// panic that is not a part's reaction to another's failure ([`Abandoned`]).
fn first_failure<T>(
    results: Vec<std::thread::Result<std::result::Result<T, CpuError>>>,
) -> std::result::Result<Vec<T>, CpuError> {
    let mut panic: Option<Box<dyn Any + Send>> = None;
    let mut error = None;
    let mut done = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(Ok(v)) => done.push(v),
            Ok(Err(e)) => {
                error.get_or_insert(e);
            }
            Err(p) => {
                let abandoned = p.downcast_ref::<Abandoned>().is_some();
                match &panic {
                    Some(q) if q.downcast_ref::<Abandoned>().is_none() || abandoned => {}
                    _ => panic = Some(p),
                }
            }
        }
    }
    if let Some(e) = error {
        return Err(e);
    }
    if let Some(p) = panic {
        resume_unwind(p);
    }
    Ok(done)
}

/// One part of a batch, with what its thread needs.
struct Part<M, E: CpuFloat, S, O> {
    index: usize,
    model: M,
    /// The batch's values, and this part's range of them.
    values: (Arc<Vec<E>>, std::ops::Range<usize>),
    shape: S,
    seed: u64,
    sums: BatchSums,
    grad_in: Receiver<Vec<E>>,
    forwarded: Sender<(usize, Forwarded<E, O, M>)>,
    backwarded: Sender<(usize, Backwarded<E>)>,
    home: Home,
}

/// A part's thread (a pool of one) and the idle list it goes back to.
struct Home {
    pool: Arc<rayon::ThreadPool>,
    idle: Arc<Mutex<Vec<Arc<rayon::ThreadPool>>>>,
}

impl Home {
    /// Hands the thread back for the next step's parts, once its part waits for nothing more
    /// (it ends without blocking): before its last report, so that the step this report lets go
    /// on finds it idle instead of starting a thread of its own (a thread, and an allocator
    /// arena, more for each step that won that race: ResNet20 in parts held 7 threads and 1.9x
    /// the whole batch's peak memory). A job the next step gives it meanwhile runs after this
    /// part's ends.
    fn release(self) {
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(self.pool);
    }
}

impl<M, E, S, O> Part<M, E, S, O>
where
    S: Shape,
    O: Shape,
    E: CpuFloat,
    Cpu: Device<E>,
    M: Forward<
            ConstInput<S, E, Cpu>,
            Output = Tensor<O, E, Cpu, OwnedTape<E, Cpu>>,
            Error = CpuError,
        > + TensorCollection<E, Cpu>,
{
    /// The part's forward pass, then (when its output's gradient comes) its backward pass, on
    /// this thread; each reported, a panic included. A part that stops early abandons the batch
    /// norms' meetings, so that the other parts do not wait for it.
    fn run(self) {
        let Part {
            index,
            mut model,
            values,
            shape,
            seed,
            sums,
            grad_in,
            forwarded,
            backwarded,
            home,
        } = self;
        let report_forward = forwarded.clone();
        let r = catch_unwind(AssertUnwindSafe(|| {
            let dev = Cpu::seed_from_u64(seed);
            let grads = model.try_alloc_grads()?;
            let (batch, range) = values;
            let values = batch[range].to_vec();
            drop(batch);
            let x = ConstInput::new(dev.try_tensor_from_vec(values, shape)?.traced(grads));
            let call = Call {
                sums: Some(&sums),
                ..Call::DEFAULT
            };
            let y = model.try_run_mut(x, call)?;
            let (y, tape) = y.split_tape();
            let out = *y.shape();
            let v = read_data(&y);
            // Part 0's model carries the running statistics back; the others are dropped here.
            let keep = (index == 0).then_some(model);
            Ok::<_, CpuError>((y, tape, v, out, keep))
        }));
        let (y, tape) = match r {
            Ok(Ok((y, tape, v, out, keep))) => {
                let _ = report_forward.send((index, Ok(Ok((v, out, keep)))));
                (y, tape)
            }
            Ok(Err(e)) => {
                sums.abandon();
                home.release();
                let _ = report_forward.send((index, Ok(Err(e))));
                return;
            }
            Err(p) => {
                sums.abandon();
                home.release();
                let _ = report_forward.send((index, Err(p)));
                return;
            }
        };
        drop((report_forward, forwarded));
        // The output's gradient, or nothing when the step was dropped (or another part failed).
        let Ok(gy) = grad_in.recv() else {
            sums.abandon();
            home.release();
            return;
        };
        let r = catch_unwind(AssertUnwindSafe(|| {
            let dev = y.device().clone();
            // A scalar whose backward pass hands the output its gradient `gy`.
            let s: Tensor<(), E, Cpu> = dev.try_tensor_from_vec(vec![E::zero()], ())?;
            let (s_ghost, y_ghost) = (s.ghost(), y.ghost());
            let mut tape = tape;
            tape.add_backward_op(move |grads| {
                grads.try_alloc_for(&s_ghost)?;
                let g = <Cpu as Slices<E>>::values_mut(grads.get_or_alloc_mut(&y_ghost)?);
                for (g, v) in g.iter_mut().zip(&gy) {
                    *g += *v;
                }
                Ok(())
            });
            s.put_tape(tape).try_backward()
        }));
        if !matches!(r, Ok(Ok(_))) {
            sums.abandon();
        }
        home.release();
        let _ = backwarded.send((index, r));
    }
}

/// Copies `from`'s buffers (the tensors that take no gradient: running statistics, batch
/// counts) into `to`'s, a model of the same type.
fn copy_buffers<M: TensorCollection<E, Cpu>, E: CpuFloat>(to: &mut M, from: &M)
where
    Cpu: Device<E>,
{
    struct Copy;
    impl<E: CpuFloat> TensorVisitor<E, Cpu> for Copy
    where
        Cpu: Device<E>,
    {
        type Viewer = (ViewTensorMut, ViewTensorRef);
        type Err = Infallible;
        type E2 = E;
        type D2 = Cpu;
        fn visit<S: Shape>(
            &mut self,
            opts: TensorOptions<S, E, Cpu>,
            (to, from): (&mut Tensor<S, E, Cpu>, &Tensor<S, E, Cpu>),
        ) -> std::result::Result<Option<Tensor<S, E, Cpu>>, Infallible> {
            if !opts.do_gradient_update {
                to.copy_from(&from.as_vec());
            }
            Ok(None)
        }
    }
    let walked = M::iter_tensors(&mut RecursiveWalker {
        m: (to, from),
        f: &mut Copy,
    });
    match walked {
        Ok(_) => {}
        Err(never) => match never {},
    }
}

/// Adds a part's gradient of one parameter to the step's.
type Adder<E> = Box<
    dyn Fn(&mut Gradients<E, Cpu>, &mut Gradients<E, Cpu>) -> std::result::Result<(), CpuError>,
>;

/// One [`Adder`] per trainable tensor of `model`.
fn parameter_adders<M: TensorCollection<E, Cpu>, E: CpuFloat>(model: &M) -> Vec<Adder<E>>
where
    Cpu: Device<E>,
{
    struct Adders<E: CpuFloat>(Vec<Adder<E>>);
    impl<E: CpuFloat> TensorVisitor<E, Cpu> for Adders<E>
    where
        Cpu: Device<E>,
    {
        type Viewer = ViewTensorRef;
        type Err = Infallible;
        type E2 = E;
        type D2 = Cpu;
        fn visit<S: Shape>(
            &mut self,
            opts: TensorOptions<S, E, Cpu>,
            t: &Tensor<S, E, Cpu>,
        ) -> std::result::Result<Option<Tensor<S, E, Cpu>>, Infallible> {
            if opts.do_gradient_update {
                let g = t.ghost();
                self.0.push(Box::new(move |step, part| {
                    let from = <Cpu as Slices<E>>::values(part.get_or_alloc_mut(&g)?);
                    let to = <Cpu as Slices<E>>::values_mut(step.get_or_alloc_mut(&g)?);
                    for (t, f) in to.iter_mut().zip(from) {
                        *t += *f;
                    }
                    Ok(())
                }));
            }
            Ok(None)
        }
    }
    let mut adders = Adders(Vec::new());
    let walked = M::iter_tensors(&mut RecursiveWalker {
        m: model,
        f: &mut adders,
    });
    match walked {
        Ok(_) => adders.0,
        Err(never) => match never {},
    }
}
