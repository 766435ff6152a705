//! Optimizers whose state can be read, saved and restored: [`Sgd`] (classic or Nesterov momentum)
//! and [`Adam`], with dfdx's arithmetic and PyTorch's semantics, updating in parallel.
//!
//! dfdx 0.13 keeps its optimizers' state (SGD's momentum buffers, Adam's moments and step count)
//! private, so a run that is interrupted cannot continue where it stopped. These optimizers compute
//! exactly what dfdx's `Sgd` and `Adam` compute on the CPU, element by element in the same order of
//! operations, so their results equal dfdx's bit for bit (tested); they match PyTorch's
//! `torch.optim.SGD`, `Adam` and `AdamW` to rounding (tested against committed fixtures). Their
//! state is public to read ([`Sgd::momentum_buffer`], [`Adam::exp_avg`], …) and travels in a
//! training state file ([`TrainState`](crate::train::TrainState)).
//!
//! Each update splits every parameter tensor into chunks of [`CHUNK`] elements that rayon's threads
//! update in parallel; each element's arithmetic does not depend on the split, so the result is the
//! same on any number of threads.
//!
//! ```
//! use constnet::prelude::*;
//! use constnet::optim::{Adam, AdamConfig};
//!
//! # fn main() -> constnet::Result<()> {
//! let dev: Cpu = Default::default();
//! let mut model = dev.build_module::<LeNet5, f32>();
//! let mut opt = Adam::new(&model, AdamConfig { lr: 1e-3, ..Default::default() });
//! let x: Tensor<Rank4<4, 3, 32, 32>, f32, _> = dev.sample_normal();
//! let y: Tensor<Rank2<4, 10>, f32, _> = dev.sample_uniform::<Rank2<4, 10>>().softmax::<Axis<1>>();
//!
//! let mut grads = model.alloc_grads();
//! let loss = cross_entropy_with_logits_loss(model.forward_mut(x.traced_input(grads)), y);
//! grads = loss.backward();
//! opt.update(&mut model, &mut grads)?; // `&mut`: the gradients are read in place
//! model.zero_grads(&mut grads);
//! assert_eq!(opt.step(), 1);
//! assert_eq!(opt.exp_avg()[0].0, "0.weight"); // PyTorch's parameter names
//! # Ok(())
//! # }
//! ```
use dfdx::nn::{
    RecursiveWalker, TensorCollection, TensorOptions, TensorVisitor, ViewTensorMut, ViewTensorName,
    ViewTensorRef,
};
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, CpuError, Gradients, Tensor};
use dfdx::tensor_ops::Device;
use rayon::prelude::*;

use crate::checkpoint::CheckpointDtype;
use crate::error::{Error, Result};

/// Elements per parallel task of an update. Tensors up to this size are updated by one task.
pub const CHUNK: usize = 8192;

/// An element type the optimizers update: `f32` or `f64` (sealed through [`CheckpointDtype`]).
pub trait OptimDtype:
    CheckpointDtype + num_traits::Float + num_traits::NumAssign + Send + Sync
{
    /// `x` rounded to this type, as dfdx's `E::from_f64(x).unwrap()`.
    fn of(x: f64) -> Self;

    /// The gradient of `t` in `grads`, read in place (zeros are allocated if it has none). dfdx
    /// names the CPU's buffer type only for a concrete element type, hence a method per type.
    #[doc(hidden)]
    fn grad<'a, S: Shape>(
        grads: &'a mut Gradients<Self, Cpu>,
        t: &Tensor<S, Self, Cpu>,
    ) -> Result<&'a [Self], CpuError>;
}

/// Implements [`OptimDtype`] for a float type; `optim_dtype!(f32)` expands to
/// `impl OptimDtype for f32 { fn of(x: f64) -> f32 { x as f32 } fn grad(…) { … } }`.
macro_rules! optim_dtype {
    ($t:ty) => {
        impl OptimDtype for $t {
            fn of(x: f64) -> Self {
                x as $t
            }

            fn grad<'a, S: Shape>(
                grads: &'a mut Gradients<Self, Cpu>,
                t: &Tensor<S, Self, Cpu>,
            ) -> Result<&'a [Self], CpuError> {
                Ok(grads.get_or_alloc_mut(t)?.as_slice())
            }
        }
    };
}
optim_dtype!(f32);
optim_dtype!(f64);

/// Momentum of [`Sgd`], as dfdx's `Momentum`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Momentum {
    /// `v = g + μ·v; p -= lr·v` (PyTorch's `SGD(momentum=μ)` with no dampening).
    Classic(f64),
    /// `v = g + μ·v; p -= lr·(g + μ·v)` (PyTorch's `SGD(momentum=μ, nesterov=True)`).
    Nesterov(f64),
}

/// Weight decay, as dfdx's `WeightDecay`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WeightDecay {
    /// `g += λ·p` before anything else: L2 regularisation, PyTorch's `weight_decay` of `SGD` and
    /// `Adam`.
    L2(f64),
    /// `p -= lr·λ·p` beside the update, without touching the gradient or the moments: PyTorch's
    /// `AdamW(weight_decay=λ)`.
    Decoupled(f64),
}

/// Hyper-parameters of [`Sgd`] (dfdx's `SgdConfig`, whose defaults it keeps).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SgdConfig {
    /// Learning rate.
    pub lr: f64,
    /// Momentum, if any.
    pub momentum: Option<Momentum>,
    /// Weight decay, if any.
    pub weight_decay: Option<WeightDecay>,
}

impl Default for SgdConfig {
    fn default() -> Self {
        Self {
            lr: 1e-2,
            momentum: None,
            weight_decay: None,
        }
    }
}

/// Hyper-parameters of [`Adam`] (dfdx's `AdamConfig`, whose defaults it keeps: PyTorch's).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdamConfig {
    /// Learning rate.
    pub lr: f64,
    /// Decay rates of the first and second moment.
    pub betas: [f64; 2],
    /// Added to the square root of the second moment.
    pub eps: f64,
    /// Weight decay, if any.
    pub weight_decay: Option<WeightDecay>,
}

impl Default for AdamConfig {
    fn default() -> Self {
        Self {
            lr: 1e-3,
            betas: [0.9, 0.999],
            eps: 1e-8,
            weight_decay: None,
        }
    }
}

impl From<dfdx::optim::Momentum> for Momentum {
    fn from(m: dfdx::optim::Momentum) -> Self {
        match m {
            dfdx::optim::Momentum::Classic(u) => Momentum::Classic(u),
            dfdx::optim::Momentum::Nesterov(u) => Momentum::Nesterov(u),
        }
    }
}

impl From<dfdx::optim::WeightDecay> for WeightDecay {
    fn from(w: dfdx::optim::WeightDecay) -> Self {
        match w {
            dfdx::optim::WeightDecay::L2(x) => WeightDecay::L2(x),
            dfdx::optim::WeightDecay::Decoupled(x) => WeightDecay::Decoupled(x),
        }
    }
}

/// dfdx's configuration, to switch a training loop from dfdx's `Sgd` to this one.
impl From<dfdx::optim::SgdConfig> for SgdConfig {
    fn from(c: dfdx::optim::SgdConfig) -> Self {
        Self {
            lr: c.lr,
            momentum: c.momentum.map(Into::into),
            weight_decay: c.weight_decay.map(Into::into),
        }
    }
}

/// dfdx's configuration, to switch a training loop from dfdx's `Adam` to this one.
impl From<dfdx::optim::AdamConfig> for AdamConfig {
    fn from(c: dfdx::optim::AdamConfig) -> Self {
        Self {
            lr: c.lr,
            betas: c.betas,
            eps: c.eps,
            weight_decay: c.weight_decay.map(Into::into),
        }
    }
}

/// The trainable tensors of a model, in the order dfdx visits them: name and shape.
fn trainable<M: TensorCollection<E, Cpu>, E: OptimDtype>(model: &M) -> Vec<(String, Vec<usize>)>
where
    Cpu: Device<E>,
{
    struct Names(Vec<(String, Vec<usize>)>);
    impl<E: OptimDtype> TensorVisitor<E, Cpu> for Names
    where
        Cpu: Device<E>,
    {
        type Viewer = (ViewTensorRef, ViewTensorName);
        type Err = std::convert::Infallible;
        type E2 = E;
        type D2 = Cpu;
        fn visit<S: Shape>(
            &mut self,
            opts: TensorOptions<S, E, Cpu>,
            (t, name): (&Tensor<S, E, Cpu>, String),
        ) -> Result<Option<Tensor<S, E, Cpu>>, Self::Err> {
            if opts.do_gradient_update {
                self.0
                    .push((name, t.shape().concrete().into_iter().collect()));
            }
            Ok(None)
        }
    }
    let mut names = Names(Vec::new());
    match M::iter_tensors(&mut RecursiveWalker {
        m: (model, String::new()),
        f: &mut names,
    }) {
        Ok(_) => names.0,
        Err(never) => match never {},
    }
}

/// Buffers of zeros, one per trainable tensor.
fn zeros<E: OptimDtype>(params: &[(String, Vec<usize>)]) -> Vec<Vec<E>> {
    params
        .iter()
        .map(|(_, shape)| vec![E::zero(); shape.iter().product()])
        .collect()
}

/// Walks the trainable tensors of a model; for tensor `i` it copies the parameter out, hands it
/// with its gradient to `f`, and copies the result back in. dfdx keeps tensor storage private, so
/// the copies are the only safe way to write a parameter in place; they cost two `memcpy`s.
struct Walk<'a, E: OptimDtype, F> {
    grads: &'a mut Gradients<E, Cpu>,
    params: &'a [(String, Vec<usize>)],
    index: usize,
    buf: Vec<E>,
    f: F,
}

impl<E: OptimDtype, F: FnMut(usize, &mut [E], &[E])> TensorVisitor<E, Cpu> for Walk<'_, E, F>
where
    Cpu: Device<E>,
{
    type Viewer = ViewTensorMut;
    type Err = Error;
    type E2 = E;
    type D2 = Cpu;

    fn visit<S: Shape>(
        &mut self,
        opts: TensorOptions<S, E, Cpu>,
        p: &mut Tensor<S, E, Cpu>,
    ) -> Result<Option<Tensor<S, E, Cpu>>, Self::Err> {
        if !opts.do_gradient_update {
            return Ok(None);
        }
        let n = p.shape().num_elements();
        let fits = self
            .params
            .get(self.index)
            .is_some_and(|(_, shape)| shape.iter().product::<usize>() == n);
        if !fits {
            return Err(Error::config(
                "optimizer",
                format!(
                    "its state was made for another model: trainable tensor {} has {n} \
                     elements, the state {}",
                    self.index,
                    match self.params.get(self.index) {
                        Some((name, shape)) => format!("has {name:?} of shape {shape:?}"),
                        None => format!("has only {} tensors", self.params.len()),
                    }
                ),
            ));
        }
        let g = E::grad(self.grads, p)?;
        if self.buf.len() < n {
            self.buf.resize(n, E::zero());
        }
        let buf = &mut self.buf[..n];
        p.copy_into(buf);
        (self.f)(self.index, buf, g);
        p.copy_from(buf);
        self.index += 1;
        Ok(None)
    }
}

/// Runs `f` on every trainable tensor of `model` (see [`Walk`]), then checks every state buffer
/// was visited.
fn walk<M: TensorCollection<E, Cpu>, E: OptimDtype>(
    model: &mut M,
    grads: &mut Gradients<E, Cpu>,
    params: &[(String, Vec<usize>)],
    buf: &mut Vec<E>,
    f: impl FnMut(usize, &mut [E], &[E]),
) -> Result<()>
where
    Cpu: Device<E>,
{
    let mut walk = Walk {
        grads,
        params,
        index: 0,
        buf: std::mem::take(buf),
        f,
    };
    M::iter_tensors(&mut RecursiveWalker {
        m: model,
        f: &mut walk,
    })?;
    *buf = walk.buf;
    if walk.index != params.len() {
        return Err(Error::config(
            "optimizer",
            format!(
                "its state was made for another model: it has {} trainable tensors, the model {}",
                params.len(),
                walk.index
            ),
        ));
    }
    Ok(())
}

/// Stochastic gradient descent with optional momentum and weight decay.
///
/// **PyTorch equivalent**: `torch.optim.SGD(params, lr, momentum, nesterov=…, weight_decay=…)`
/// with `dampening=0`; dfdx's `Sgd` (same arithmetic, bit for bit).
///
/// Per element, with `g` the gradient, `v` the momentum buffer (zeros at first) and `p` the
/// parameter: `g += λ·p` (L2 decay); `v = g + μ·v` and `g = lr·v` (classic) or
/// `g = lr·(g + μ·v)` (Nesterov), or `g = lr·g` (no momentum); `g += lr·λ·p` (decoupled decay);
/// `p -= g`.
#[derive(Debug, Clone)]
pub struct Sgd<E: OptimDtype = f32> {
    /// Hyper-parameters, read at every [`update`](Self::update) (change `lr` between steps for a
    /// schedule).
    pub cfg: SgdConfig,
    params: Vec<(String, Vec<usize>)>,
    velocity: Vec<Vec<E>>,
    buf: Vec<E>,
}

impl<E: OptimDtype> Sgd<E>
where
    Cpu: Device<E>,
{
    /// An optimizer for `model`'s trainable tensors, with zero momentum buffers.
    pub fn new<M: TensorCollection<E, Cpu>>(model: &M, cfg: SgdConfig) -> Self {
        let params = trainable(model);
        let velocity = zeros(&params);
        Self {
            cfg,
            params,
            velocity,
            buf: Vec::new(),
        }
    }

    /// One step: updates every trainable tensor of `model` from its gradient in `grads`.
    ///
    /// `grads` is `&mut` because the gradients are read in place (dfdx offers no other way
    /// without copying them); they are not changed. A tensor without a gradient in `grads` gets a
    /// zero one, as every tensor has with gradients from `model.alloc_grads()`.
    ///
    /// # Errors
    /// [`Error::Config`] (field `optimizer`) if `model` is not the model this optimizer was made
    /// for (other trainable tensors); [`Error::Device`] if a gradient cannot be allocated. The
    /// tensors visited before such an error have been updated.
    pub fn update<M: TensorCollection<E, Cpu>>(
        &mut self,
        model: &mut M,
        grads: &mut Gradients<E, Cpu>,
    ) -> Result<()> {
        let cfg = self.cfg;
        let velocity = &mut self.velocity;
        walk(model, grads, &self.params, &mut self.buf, |i, p, g| {
            sgd_kernel(&cfg, p, g, &mut velocity[i]);
        })
    }

    /// The momentum buffer of each trainable tensor, by name, in the model's order (PyTorch's
    /// `optimizer.state[p]["momentum_buffer"]`; zeros until the first step, and always zeros
    /// without momentum).
    pub fn momentum_buffer(&self) -> Vec<(&str, &[E])> {
        named(&self.params, &self.velocity)
    }

    /// Replaces the momentum buffers, given in the order of [`momentum_buffer`](Self::momentum_buffer).
    ///
    /// # Errors
    /// [`Error::Config`] (field `optimizer`) if their number or sizes differ from the model's
    /// trainable tensors; the optimizer is then unchanged.
    pub fn set_momentum_buffer(&mut self, buffers: Vec<Vec<E>>) -> Result<()> {
        check_sizes(&self.params, &buffers, "momentum buffer")?;
        self.velocity = buffers;
        Ok(())
    }

    pub(crate) fn params(&self) -> &[(String, Vec<usize>)] {
        &self.params
    }
}

/// Adam, with optional L2 or decoupled (AdamW) weight decay.
///
/// **PyTorch equivalent**: `torch.optim.Adam(params, lr, betas, eps, weight_decay=λ)` (L2
/// decay) or `torch.optim.AdamW(params, lr, betas, eps, weight_decay=λ)` (decoupled); dfdx's
/// `Adam` (same arithmetic, bit for bit).
///
/// Per element, at step `t` (1 at the first update): `g += λ·p` (L2 decay);
/// `m = m·β₁ + g·(1 − β₁)`; `v = v·β₂ + g²·(1 − β₂)`; `p -= lr·m̂ / (√v̂ + ε)` with
/// `m̂ = m / (1 − β₁ᵗ)` and `v̂ = v / (1 − β₂ᵗ)`, the constants rounded to the element type first
/// as dfdx does; `p -= lr·λ·p` beside it (decoupled decay).
#[derive(Debug, Clone)]
pub struct Adam<E: OptimDtype = f32> {
    /// Hyper-parameters, read at every [`update`](Self::update).
    pub cfg: AdamConfig,
    params: Vec<(String, Vec<usize>)>,
    step: i32,
    m: Vec<Vec<E>>,
    v: Vec<Vec<E>>,
    buf: Vec<E>,
}

impl<E: OptimDtype> Adam<E>
where
    Cpu: Device<E>,
{
    /// An optimizer for `model`'s trainable tensors, at step 0 with zero moments.
    pub fn new<M: TensorCollection<E, Cpu>>(model: &M, cfg: AdamConfig) -> Self {
        let params = trainable(model);
        let (m, v) = (zeros(&params), zeros(&params));
        Self {
            cfg,
            params,
            step: 0,
            m,
            v,
            buf: Vec::new(),
        }
    }

    /// One step: increments the step count, then updates every trainable tensor of `model` from
    /// its gradient in `grads` (see [`Sgd::update`] for why `&mut`).
    ///
    /// # Errors
    /// As [`Sgd::update`]; also [`Error::Config`] once the step count would pass `i32::MAX`
    /// (dfdx's limit).
    pub fn update<M: TensorCollection<E, Cpu>>(
        &mut self,
        model: &mut M,
        grads: &mut Gradients<E, Cpu>,
    ) -> Result<()> {
        let t = self.step.checked_add(1).ok_or_else(|| {
            Error::config(
                "optimizer",
                "Adam's step count would pass 2^31 - 1, the most dfdx's arithmetic allows",
            )
        })?;
        self.step = t;
        let cfg = self.cfg;
        let (m, v) = (&mut self.m, &mut self.v);
        walk(model, grads, &self.params, &mut self.buf, |i, p, g| {
            adam_kernel(&cfg, t, p, g, &mut m[i], &mut v[i]);
        })
    }

    /// Updates done so far (PyTorch's `state[p]["step"]`).
    pub fn step(&self) -> u64 {
        self.step as u64
    }

    /// The first moments by tensor name (PyTorch's `state[p]["exp_avg"]`).
    pub fn exp_avg(&self) -> Vec<(&str, &[E])> {
        named(&self.params, &self.m)
    }

    /// The second moments by tensor name (PyTorch's `state[p]["exp_avg_sq"]`).
    pub fn exp_avg_sq(&self) -> Vec<(&str, &[E])> {
        named(&self.params, &self.v)
    }

    /// Replaces the step count and both moments, given in the order of
    /// [`exp_avg`](Self::exp_avg).
    ///
    /// # Errors
    /// [`Error::Config`] (field `optimizer`) if `step` is above `i32::MAX` or the buffers' number
    /// or sizes differ from the model's trainable tensors; the optimizer is then unchanged.
    pub fn set_state(
        &mut self,
        step: u64,
        exp_avg: Vec<Vec<E>>,
        exp_avg_sq: Vec<Vec<E>>,
    ) -> Result<()> {
        let step = i32::try_from(step).map_err(|_| {
            Error::config(
                "optimizer",
                format!(
                    "Adam's step count {step} is above 2^31 - 1, the most dfdx's arithmetic allows"
                ),
            )
        })?;
        check_sizes(&self.params, &exp_avg, "exp_avg")?;
        check_sizes(&self.params, &exp_avg_sq, "exp_avg_sq")?;
        self.step = step;
        self.m = exp_avg;
        self.v = exp_avg_sq;
        Ok(())
    }

    pub(crate) fn params(&self) -> &[(String, Vec<usize>)] {
        &self.params
    }
}

fn named<'a, E>(params: &'a [(String, Vec<usize>)], bufs: &'a [Vec<E>]) -> Vec<(&'a str, &'a [E])> {
    params
        .iter()
        .zip(bufs)
        .map(|((name, _), b)| (name.as_str(), b.as_slice()))
        .collect()
}

fn check_sizes<E>(params: &[(String, Vec<usize>)], bufs: &[Vec<E>], what: &str) -> Result<()> {
    if bufs.len() != params.len() {
        return Err(Error::config(
            "optimizer",
            format!(
                "{} {what}s for {} trainable tensors",
                bufs.len(),
                params.len()
            ),
        ));
    }
    for ((name, shape), b) in params.iter().zip(bufs) {
        let n: usize = shape.iter().product();
        if b.len() != n {
            return Err(Error::config(
                "optimizer",
                format!(
                    "{what} of {name:?}: {} values, the tensor has {n} ({shape:?})",
                    b.len()
                ),
            ));
        }
    }
    Ok(())
}

/// The factors of weight decay as dfdx's kernels round them: `(λ, None)` for L2 decay (added to
/// the gradient), `(None, lr·λ)` for decoupled decay (the product taken in `f64` first).
fn decay<E: OptimDtype>(wd: Option<WeightDecay>, lr: f64) -> (Option<E>, Option<E>) {
    match wd {
        Some(WeightDecay::L2(wd)) => (Some(E::of(wd)), None),
        Some(WeightDecay::Decoupled(wd)) => (None, Some(E::of(wd * lr))),
        None => (None, None),
    }
}

/// dfdx's SGD kernel (`tensor_ops/sgd/cpu_kernel.rs`), over chunks in parallel.
fn sgd_kernel<E: OptimDtype>(cfg: &SgdConfig, p: &mut [E], g: &[E], v: &mut [E]) {
    let (l2, decoupled) = decay::<E>(cfg.weight_decay, cfg.lr);
    let step = SgdStep {
        lr: E::of(cfg.lr),
        l2,
        decoupled,
        momentum: cfg.momentum.map(|m| match m {
            Momentum::Classic(u) => (false, E::of(u)),
            Momentum::Nesterov(u) => (true, E::of(u)),
        }),
    };
    if p.len() <= CHUNK {
        return step.chunk(p, g, v);
    }
    p.par_chunks_mut(CHUNK)
        .zip(g.par_chunks(CHUNK))
        .zip(v.par_chunks_mut(CHUNK))
        .for_each(|((p, g), v)| step.chunk(p, g, v));
}

/// The constants of one SGD step, rounded to the element type as dfdx rounds them.
#[derive(Clone, Copy)]
struct SgdStep<E> {
    lr: E,
    l2: Option<E>,
    decoupled: Option<E>,
    /// `(nesterov, μ)`.
    momentum: Option<(bool, E)>,
}

impl<E: OptimDtype> SgdStep<E> {
    /// Updates one chunk, with AVX when the CPU has it (see [`chunk_avx`](Self::chunk_avx)).
    fn chunk(self, p: &mut [E], g: &[E], v: &mut [E]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx") {
            // SAFETY: the CPU has AVX, checked on the line above.
            unsafe { self.chunk_avx(p, g, v) };
            return;
        }
        self.run(p, g, v)
    }

    /// [`run`](Self::run) compiled with AVX enabled, so the compiler vectorises it 8 floats wide
    /// instead of SSE2's 4. Each element still gets the same IEEE operations in the same order
    /// (AVX alone has no fused multiply-add, and Rust never contracts `a * b + c`): the same bits
    /// with and without it, and as dfdx's (tested).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx")]
    fn chunk_avx(self, p: &mut [E], g: &[E], v: &mut [E]) {
        self.run(p, g, v)
    }

    /// The loop. `self` is taken by value, so the configuration's branches are loop-invariant
    /// values the compiler moves out of the loop (through a reference captured by rayon's closure
    /// they were reloaded per element, and the loop ran 6x slower).
    #[inline(always)]
    fn run(self, p: &mut [E], g: &[E], v: &mut [E]) {
        let Self {
            lr,
            l2,
            decoupled,
            momentum,
        } = self;
        for ((p, &g), v) in p.iter_mut().zip(g).zip(v) {
            let mut g = g;
            if let Some(wd) = l2 {
                g += wd * *p;
            }
            match momentum {
                Some((false, u)) => {
                    *v = g + u * *v;
                    g = *v * lr;
                }
                Some((true, u)) => {
                    *v = g + u * *v;
                    g = (g + u * *v) * lr;
                }
                None => g *= lr,
            }
            if let Some(wd) = decoupled {
                g += wd * *p;
            }
            *p -= g;
        }
    }
}

/// dfdx's Adam kernel (`tensor_ops/adam/cpu_kernel.rs`), over chunks in parallel; the bias
/// corrections, which dfdx computes per element, are the same values computed once.
fn adam_kernel<E: OptimDtype>(
    cfg: &AdamConfig,
    t: i32,
    p: &mut [E],
    g: &[E],
    m: &mut [E],
    v: &mut [E],
) {
    let [b1, b2] = cfg.betas.map(E::of);
    let one = E::one();
    let (l2, decoupled) = decay::<E>(cfg.weight_decay, cfg.lr);
    let step = AdamStep {
        lr: E::of(cfg.lr),
        b1,
        b2,
        eps: E::of(cfg.eps),
        c1: (one - b1.powi(t)).recip(),
        c2: (one - b2.powi(t)).recip(),
        l2,
        decoupled,
    };
    if p.len() <= CHUNK {
        return step.chunk(p, g, m, v);
    }
    p.par_chunks_mut(CHUNK)
        .zip(g.par_chunks(CHUNK))
        .zip(m.par_chunks_mut(CHUNK).zip(v.par_chunks_mut(CHUNK)))
        .for_each(|((p, g), (m, v))| step.chunk(p, g, m, v));
}

/// The constants of one Adam step (`c1`, `c2`: the bias corrections' reciprocals).
#[derive(Clone, Copy)]
struct AdamStep<E> {
    lr: E,
    b1: E,
    b2: E,
    eps: E,
    c1: E,
    c2: E,
    l2: Option<E>,
    decoupled: Option<E>,
}

impl<E: OptimDtype> AdamStep<E> {
    /// Updates one chunk, with AVX when the CPU has it (see [`SgdStep::chunk_avx`]).
    fn chunk(self, p: &mut [E], g: &[E], m: &mut [E], v: &mut [E]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx") {
            // SAFETY: the CPU has AVX, checked on the line above.
            unsafe { self.chunk_avx(p, g, m, v) };
            return;
        }
        self.dispatch(p, g, m, v)
    }

    /// [`dispatch`](Self::dispatch) compiled with AVX enabled (see [`SgdStep::chunk_avx`]);
    /// division and square root bound Adam's speed, and AVX does 8 of each at a time.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx")]
    fn chunk_avx(self, p: &mut [E], g: &[E], m: &mut [E], v: &mut [E]) {
        self.dispatch(p, g, m, v)
    }

    /// One straight loop per kind of weight decay.
    #[inline(always)]
    fn dispatch(self, p: &mut [E], g: &[E], m: &mut [E], v: &mut [E]) {
        match (self.l2, self.decoupled) {
            (None, None) => self.run::<false, false>(p, g, m, v),
            (Some(_), None) => self.run::<true, false>(p, g, m, v),
            (None, Some(_)) => self.run::<false, true>(p, g, m, v),
            (Some(_), Some(_)) => self.run::<true, true>(p, g, m, v),
        }
    }

    #[inline(always)]
    fn run<const L2: bool, const DECOUPLED: bool>(
        self,
        p: &mut [E],
        g: &[E],
        m: &mut [E],
        v: &mut [E],
    ) {
        let Self {
            lr,
            b1,
            b2,
            eps,
            c1,
            c2,
            l2,
            decoupled,
        } = self;
        let (l2, decoupled) = (l2.unwrap_or(E::zero()), decoupled.unwrap_or(E::zero()));
        let one = E::one();
        let (keep1, keep2) = (one - b1, one - b2);
        for ((p, &g), (m, v)) in p.iter_mut().zip(g).zip(m.iter_mut().zip(v)) {
            let mut g = g;
            if L2 {
                g += l2 * *p;
            }
            *m = *m * b1 + g * keep1;
            *v = *v * b2 + g * g * keep2;
            let m_hat = *m * c1;
            let v_hat = *v * c2;
            g = lr * m_hat / (v_hat.sqrt() + eps);
            if DECOUPLED {
                g += decoupled * *p;
            }
            *p -= g;
        }
    }
}

#[cfg(test)]
mod tests {
    //! Bit-for-bit equality with dfdx's optimizers (the same gradients fed to both, every
    //! configuration, f32 and f64), and the same result on any number of threads.
    use super::*;
    use crate::{Linear, ReLU, Sequential};
    use dfdx::losses::mse_loss;
    use dfdx::nn::{DeviceBuildExt, ModuleMut, ZeroGrads};
    use dfdx::optim::Optimizer as _;
    use dfdx::shapes::Rank2;
    use dfdx::tensor::{SampleTensor, Trace};
    use dfdx::tensor_ops::Backward;

    /// 9,600 weights in the first layer: two chunks of [`CHUNK`].
    type Net = Sequential<(Linear<96, 100>, ReLU, Linear<100, 7>)>;

    fn sgd_configs() -> Vec<dfdx::optim::SgdConfig> {
        use dfdx::optim::{Momentum as M, WeightDecay as W};
        let mut out = Vec::new();
        for momentum in [None, Some(M::Classic(0.9)), Some(M::Nesterov(0.8))] {
            for weight_decay in [None, Some(W::L2(0.01)), Some(W::Decoupled(0.02))] {
                out.push(dfdx::optim::SgdConfig {
                    lr: 0.05,
                    momentum,
                    weight_decay,
                });
            }
        }
        out
    }

    fn adam_configs() -> Vec<dfdx::optim::AdamConfig> {
        use dfdx::optim::WeightDecay as W;
        let mut out = Vec::new();
        for (betas, eps) in [([0.9, 0.999], 1e-8), ([0.8, 0.95], 1e-6)] {
            for weight_decay in [None, Some(W::L2(0.01)), Some(W::Decoupled(0.02))] {
                out.push(dfdx::optim::AdamConfig {
                    lr: 3e-3,
                    betas,
                    eps,
                    weight_decay,
                });
            }
        }
        out
    }

    /// Runs `steps` steps of dfdx's optimizer and ours on two copies of one model, with the
    /// gradients of a random regression computed on ours, and compares every parameter bit for
    /// bit after each step.
    macro_rules! same_as_dfdx {
        ($e:ty, $dfdx:expr, $ours:expr, $steps:expr) => {{
            let dev = Cpu::seed_from_u64(7);
            let mut model = dev.build_module::<Net, $e>();
            let mut theirs_model = model.clone();
            let mut theirs = $dfdx(&theirs_model);
            let mut ours = $ours(&model);
            let bits = |m: &<Net as dfdx::nn::BuildOnDevice<Cpu, $e>>::Built| {
                let mut v = m.layers.0.weight.as_vec();
                v.extend(m.layers.0.bias.as_vec());
                v.extend(m.layers.2.weight.as_vec());
                v.extend(m.layers.2.bias.as_vec());
                v.into_iter().map(|x| x.to_bits() as u64).collect::<Vec<_>>()
            };
            let mut grads = model.alloc_grads();
            for step in 0..$steps {
                let x: Tensor<Rank2<4, 96>, $e, Cpu> = dev.sample_normal();
                let y: Tensor<Rank2<4, 7>, $e, Cpu> = dev.sample_normal();
                let loss = mse_loss(model.forward_mut(x.trace(grads)), y);
                grads = loss.backward();
                let shared = grads.clone();
                theirs.update(&mut theirs_model, &shared).unwrap();
                ours.update(&mut model, &mut grads).unwrap();
                assert!(bits(&model) == bits(&theirs_model), "step {step}");
                model.zero_grads(&mut grads);
            }
        }};
    }

    #[test]
    fn sgd_equals_dfdx_bit_for_bit() {
        for cfg in sgd_configs() {
            same_as_dfdx!(
                f32,
                |m| dfdx::optim::Sgd::new(m, cfg),
                |m| Sgd::<f32>::new(m, cfg.into()),
                8
            );
            same_as_dfdx!(
                f64,
                |m| dfdx::optim::Sgd::new(m, cfg),
                |m| Sgd::<f64>::new(m, cfg.into()),
                8
            );
        }
    }

    #[test]
    fn adam_equals_dfdx_bit_for_bit() {
        for cfg in adam_configs() {
            same_as_dfdx!(
                f32,
                |m| dfdx::optim::Adam::new(m, cfg),
                |m| Adam::<f32>::new(m, cfg.into()),
                8
            );
            same_as_dfdx!(
                f64,
                |m| dfdx::optim::Adam::new(m, cfg),
                |m| Adam::<f64>::new(m, cfg.into()),
                8
            );
        }
        // Far into the bias corrections.
        let cfg = adam_configs()[4];
        same_as_dfdx!(
            f32,
            |m| dfdx::optim::Adam::new(m, cfg),
            |m| Adam::<f32>::new(m, cfg.into()),
            150
        );
    }

    #[test]
    fn the_thread_count_does_not_change_the_result() {
        let run = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| {
                let dev = Cpu::seed_from_u64(3);
                let mut model = dev.build_module::<Net, f32>();
                let mut sgd = Sgd::new(
                    &model,
                    SgdConfig {
                        momentum: Some(Momentum::Nesterov(0.9)),
                        ..Default::default()
                    },
                );
                let mut adam = Adam::new(&model, AdamConfig::default());
                let mut grads = model.alloc_grads();
                for _ in 0..3 {
                    let x: Tensor<Rank2<4, 96>, f32, Cpu> = dev.sample_normal();
                    let y: Tensor<Rank2<4, 7>, f32, Cpu> = dev.sample_normal();
                    grads = mse_loss(model.forward_mut(x.trace(grads)), y).backward();
                    sgd.update(&mut model, &mut grads).unwrap();
                    adam.update(&mut model, &mut grads).unwrap();
                    model.zero_grads(&mut grads);
                }
                model.layers.0.weight.as_vec()
            })
        };
        let one = run(1);
        assert_eq!(one, run(2));
        assert_eq!(one, run(3));
    }

    #[test]
    fn state_of_another_model_is_an_error() {
        let dev: Cpu = Default::default();
        let small = dev.build_module::<Linear<3, 2>, f32>();
        let mut big = dev.build_module::<Net, f32>();
        let mut opt = Sgd::new(&small, SgdConfig::default());
        let mut grads = big.alloc_grads();
        let err = opt.update(&mut big, &mut grads).unwrap_err().to_string();
        assert!(err.contains("another model"), "{err}");
        assert!(opt
            .set_momentum_buffer(vec![vec![0.0; 5], vec![0.0; 2]])
            .unwrap_err()
            .to_string()
            .contains("\"weight\": 5 values, the tensor has 6"));
        let mut adam = Adam::new(&small, AdamConfig::default());
        let zeros = || vec![vec![0.0; 6], vec![0.0; 2]];
        assert!(adam.set_state(1 << 31, zeros(), zeros()).is_err());
        adam.set_state(5, zeros(), zeros()).unwrap();
        assert_eq!(adam.step(), 5);
    }
}
