//! Training, evaluation and prediction for image classifiers on any [`Dataset`].
//!
//! ```
//! use constnet::prelude::*;
//! use constnet::train::{Trainer, TrainConfig, Progress};
//!
//! let train = SyntheticDigits::train(1, 256);
//! let val = SyntheticDigits::validation(1, 128);
//! let cfg = TrainConfig { epochs: 1, batch_size: 32, progress: Progress::Quiet, ..Default::default() };
//! let trainer = Trainer::<3, 32, 32>::new(cfg).unwrap();
//! let mut model = trainer.build::<LeNet5>();
//! let history = trainer.fit(&mut model, &train, Some(&val)).unwrap();
//! assert_eq!(history.len(), 1);
//! assert!(history[0].train_loss.is_finite());
//! let eval = trainer.evaluate(&model, &val).unwrap();
//! assert_eq!(eval.confusion.iter().flatten().sum::<usize>(), 128);
//! ```
use std::io::IsTerminal;
use std::time::Instant;

use dfdx::losses::cross_entropy_with_logits_loss;
use dfdx::nn::{BuildOnDevice, DeviceBuildExt, Module, ModuleMut, TensorCollection, ZeroGrads};
use dfdx::shapes::{Axis, Const};
use dfdx::tensor::{AsArray, Cpu, CpuError, NoneTape, OwnedTape, Tensor, TensorFromVec};
use dfdx::tensor_ops::Backward;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rayon::prelude::*;

use crate::data::Dataset;
use crate::error::{Error, Result};
use crate::{ConstInput, TraceInput};

mod parts;
mod state;
mod sums;
pub use parts::TrainParts;
pub use state::{
    check_save_path, is_state_file, state_path, OptimizerState, TrainState, STATE_FORMAT,
};
pub use sums::BatchSums;

/// Which optimizer [`Trainer::fit`] uses: constnet's [`optim::Sgd`](crate::optim::Sgd) or
/// [`optim::Adam`](crate::optim::Adam), whose state a [`TrainState`] saves.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OptimizerKind {
    /// Stochastic gradient descent with momentum (0 for none).
    Sgd {
        /// Momentum factor in `[0, 1)`.
        momentum: f64,
        /// Nesterov momentum instead of classic (needs a momentum above 0).
        nesterov: bool,
    },
    /// Adam with betas (0.9, 0.999) and eps 1e-8.
    Adam,
}

/// How training reports progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// A progress bar when stderr is a terminal, one plain line per epoch otherwise.
    Auto,
    /// One plain line per epoch on stderr.
    Lines,
    /// Nothing.
    Quiet,
}

/// Training hyper-parameters. [`TrainConfig::validate`] names the first invalid field.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// Passes over the training set (at least 1).
    pub epochs: usize,
    /// Images per step (at least 1).
    pub batch_size: usize,
    /// Learning rate (finite, > 0).
    pub lr: f64,
    /// Multiplies the learning rate after every epoch (in `(0, 1]`; 1 keeps it constant).
    pub lr_decay: f64,
    /// The optimizer.
    pub optimizer: OptimizerKind,
    /// L2 weight decay added to the gradient (finite, >= 0).
    pub weight_decay: f64,
    /// Seeds the initial weights and the shuffling.
    pub seed: u64,
    /// Worker threads (1 to [`MAX_THREADS`]).
    pub threads: usize,
    /// Progress reporting.
    pub progress: Progress,
}

/// The most worker threads a [`TrainConfig`] accepts.
pub const MAX_THREADS: usize = 1024;

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            epochs: 5,
            batch_size: 64,
            lr: 0.01,
            lr_decay: 1.0,
            optimizer: OptimizerKind::Sgd {
                momentum: 0.9,
                nesterov: false,
            },
            weight_decay: 0.0,
            seed: 0,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            progress: Progress::Auto,
        }
    }
}

impl TrainConfig {
    /// Checks every field; the error names the first invalid one.
    pub fn validate(&self) -> Result<()> {
        if self.epochs == 0 {
            return Err(Error::config("epochs", "must be at least 1"));
        }
        if self.batch_size == 0 {
            return Err(Error::config("batch_size", "must be at least 1"));
        }
        if !self.lr.is_finite() || self.lr <= 0.0 {
            return Err(Error::config(
                "lr",
                format!("must be a finite number > 0, got {}", self.lr),
            ));
        }
        if !(self.lr_decay > 0.0 && self.lr_decay <= 1.0) {
            return Err(Error::config(
                "lr_decay",
                format!("must be in (0, 1], got {}", self.lr_decay),
            ));
        }
        if !self.weight_decay.is_finite() || self.weight_decay < 0.0 {
            return Err(Error::config(
                "weight_decay",
                format!("must be a finite number >= 0, got {}", self.weight_decay),
            ));
        }
        if let OptimizerKind::Sgd { momentum, nesterov } = self.optimizer {
            if !(0.0..1.0).contains(&momentum) {
                return Err(Error::config(
                    "momentum",
                    format!("must be in [0, 1), got {momentum}"),
                ));
            }
            if nesterov && momentum == 0.0 {
                return Err(Error::config(
                    "nesterov",
                    "Nesterov momentum needs a momentum above 0",
                ));
            }
        }
        if self.threads == 0 {
            return Err(Error::config("threads", "must be at least 1"));
        }
        if self.threads > MAX_THREADS {
            return Err(Error::config(
                "threads",
                format!(
                    "{} is more than {MAX_THREADS}; threads beyond the cores only slow \
                     training (this machine has {})",
                    self.threads,
                    std::thread::available_parallelism().map_or(1, |n| n.get())
                ),
            ));
        }
        Ok(())
    }
}

/// One epoch of [`Trainer::fit`].
#[derive(Debug, Clone, PartialEq)]
pub struct EpochStats {
    /// 1-based epoch number.
    pub epoch: usize,
    /// Mean training loss over the epoch's steps (weighted by batch size).
    pub train_loss: f64,
    /// Training accuracy in `[0, 1]`, measured on the fly.
    pub train_accuracy: f64,
    /// Validation loss, when a validation set was given.
    pub val_loss: Option<f64>,
    /// Validation accuracy, when a validation set was given.
    pub val_accuracy: Option<f64>,
    /// Training images per second (data preparation included, validation excluded).
    pub images_per_second: f64,
    /// Wall time of the epoch in seconds, validation included.
    pub seconds: f64,
}

/// Result of [`Trainer::evaluate`].
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Mean cross-entropy.
    pub loss: f64,
    /// Fraction classified correctly.
    pub accuracy: f64,
    /// `confusion[true][predicted]` counts.
    pub confusion: Vec<Vec<usize>>,
}

/// A batch of `C`×`H`×`W` images with a runtime batch size.
pub type Batch<const C: usize, const H: usize, const W: usize, T = NoneTape> =
    Tensor<(usize, Const<C>, Const<H>, Const<W>), f32, Cpu, T>;
/// A batch of `K` logits or probabilities.
pub type Logits<const K: usize, T = NoneTape> = Tensor<(usize, Const<K>), f32, Cpu, T>;

/// A model that classifies `C`×`H`×`W` images into `K` classes, trainable with dfdx's optimizers.
/// Implemented for every such model (a blanket impl); `LeNet5` is one for `<3, 32, 32, 10>`.
pub trait Classifier<const C: usize, const H: usize, const W: usize, const K: usize>:
    Module<Batch<C, H, W>, Output = Logits<K>, Error = CpuError>
    + ModuleMut<
        ConstInput<(usize, Const<C>, Const<H>, Const<W>), f32, Cpu>,
        Output = Logits<K, OwnedTape<f32, Cpu>>,
        Error = CpuError,
    > + TensorCollection<f32, Cpu>
    + Send
    + Sync
{
}
impl<M, const C: usize, const H: usize, const W: usize, const K: usize> Classifier<C, H, W, K> for M where
    M: Module<Batch<C, H, W>, Output = Logits<K>, Error = CpuError>
        + ModuleMut<
            ConstInput<(usize, Const<C>, Const<H>, Const<W>), f32, Cpu>,
            Output = Logits<K, OwnedTape<f32, Cpu>>,
            Error = CpuError,
        > + TensorCollection<f32, Cpu>
        + Send
        + Sync
{
}

/// Trains, evaluates and runs classifiers on `C`×`H`×`W` images.
#[derive(Debug, Clone)]
pub struct Trainer<const C: usize, const H: usize, const W: usize> {
    cfg: TrainConfig,
    dev: Cpu,
    pool: std::sync::Arc<rayon::ThreadPool>,
}

impl<const C: usize, const H: usize, const W: usize> Trainer<C, H, W> {
    /// A trainer for `cfg`, after [`TrainConfig::validate`].
    pub fn new(cfg: TrainConfig) -> Result<Self> {
        cfg.validate()?;
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(cfg.threads)
            .build()
            .map_err(|e| Error::config("threads", e.to_string()))?;
        let dev = Cpu::seed_from_u64(cfg.seed);
        Ok(Self {
            cfg,
            dev,
            pool: std::sync::Arc::new(pool),
        })
    }

    /// The configuration.
    pub fn config(&self) -> &TrainConfig {
        &self.cfg
    }

    /// The device (seeded from the configuration).
    pub fn device(&self) -> &Cpu {
        &self.dev
    }

    /// Builds model `M` with weights drawn from the configuration's seed.
    pub fn build<M: BuildOnDevice<Cpu, f32>>(&self) -> M::Built {
        self.dev.build_module::<M, f32>()
    }

    fn check_shape(
        &self,
        name: &'static str,
        data: &(impl Dataset + ?Sized),
        classes: usize,
    ) -> Result<()> {
        if data.image_shape() != (C, H, W) {
            return Err(Error::config(
                name,
                format!(
                    "images are {:?}, the model takes {:?}",
                    data.image_shape(),
                    (C, H, W)
                ),
            ));
        }
        if data.num_classes() > classes {
            return Err(Error::config(
                name,
                format!(
                    "{} classes, the model predicts {classes}",
                    data.num_classes()
                ),
            ));
        }
        Ok(())
    }

    /// Loads examples `idx` into a batch tensor and their labels.
    /// The images `idx` of `data` as a batch on device `dev`, and their labels.
    fn load(
        &self,
        dev: &Cpu,
        data: &(impl Dataset + ?Sized),
        idx: &[usize],
    ) -> Result<(Batch<C, H, W>, Vec<usize>)> {
        let n = C * H * W;
        let mut images = vec![0f32; idx.len() * n];
        let mut labels = vec![0usize; idx.len()];
        images
            .par_chunks_mut(n.max(1))
            .zip(labels.par_iter_mut())
            .zip(idx.par_iter())
            .for_each(|((img, label), &i)| *label = data.get(i, img));
        let x = dev.try_tensor_from_vec(images, (idx.len(), Const, Const, Const))?;
        Ok((x, labels))
    }

    fn one_hot<const K: usize>(&self, labels: &[usize]) -> Result<Logits<K>> {
        let mut t = vec![0f32; labels.len() * K];
        for (row, &l) in t.chunks_mut(K).zip(labels) {
            row[l] = 1.0;
        }
        Ok(self.dev.try_tensor_from_vec(t, (labels.len(), Const))?)
    }

    /// A fresh [`TrainState`] for `model`: no epoch done, a new optimizer as configured.
    pub fn start<M: TensorCollection<f32, Cpu>>(&self, model: &M) -> TrainState {
        TrainState::new(model, &self.cfg)
    }

    /// Trains `model` for the configured epochs; returns one [`EpochStats`] per epoch.
    ///
    /// # Errors
    /// A dataset whose images are not `C`×`H`×`W` or with more classes than the model predicts; a
    /// NaN or infinite loss ([`Error::Training`], naming the epoch and step; the model then holds
    /// the weights of the failed step and should not be saved).
    pub fn fit<M: Classifier<C, H, W, K>, const K: usize>(
        &self,
        model: &mut M,
        train: &impl Dataset,
        val: Option<&dyn Dataset>,
    ) -> Result<Vec<EpochStats>> {
        self.fit_with(model, train, val, |_, _| Ok(()))
    }

    /// [`Trainer::fit`], calling `on_epoch` with each finished epoch's statistics and the model
    /// (to save a checkpoint, say). An error from `on_epoch` stops training and is returned.
    pub fn fit_with<M: Classifier<C, H, W, K>, const K: usize>(
        &self,
        model: &mut M,
        train: &impl Dataset,
        val: Option<&dyn Dataset>,
        mut on_epoch: impl FnMut(&EpochStats, &M) -> Result<()> + Send,
    ) -> Result<Vec<EpochStats>> {
        let mut state = self.start(model);
        self.fit_from(model, &mut state, train, val, |stats, m, _| {
            on_epoch(stats, m)
        })
    }

    /// Continues training from `state` (fresh from [`start`](Self::start), or saved and
    /// [resumed](TrainState::resume)) up to the configured number of epochs, and updates it:
    /// epochs `state.epoch() + 1 ..= epochs` run, with the optimizer's saved buffers, the
    /// learning rate of their epoch and the shuffling order of their epoch. After each epoch,
    /// `on_epoch` gets its statistics, the model and the updated state (to save them with
    /// [`TrainState::save_with_checkpoint`], say); its error stops training and is returned.
    ///
    /// A run continued this way ends with the same weights and statistics, bit for bit, as one
    /// that was never interrupted, given the same configuration (the thread count included) and
    /// data. The configuration's hyper-parameters apply from the next epoch on, so a run can also
    /// be continued with other ones.
    ///
    /// # Errors
    /// As [`fit`](Self::fit); also [`Error::Config`] if `state` has already done the configured
    /// epochs (field `epochs`), holds another optimizer than the configuration's (`optimizer`),
    /// or was made for another model (`optimizer`).
    pub fn fit_from<M: Classifier<C, H, W, K>, const K: usize>(
        &self,
        model: &mut M,
        state: &mut TrainState,
        train: &impl Dataset,
        val: Option<&dyn Dataset>,
        on_epoch: impl FnMut(&EpochStats, &M, &TrainState) -> Result<()> + Send,
    ) -> Result<Vec<EpochStats>> {
        self.check_shape("train data", train, K)?;
        if let Some(v) = val {
            self.check_shape("validation data", v, K)?;
        }
        if train.is_empty() {
            return Err(Error::config("train data", "is empty"));
        }
        self.check_state(model, state)?;
        // An empty validation set measures nothing: no validation metrics rather than zeros.
        let val = val.filter(|v| !v.is_empty());
        self.pool
            .install(|| self.fit_inner(model, state, train, val, on_epoch))
    }

    fn check_state<M: TensorCollection<f32, Cpu>>(
        &self,
        model: &M,
        state: &TrainState,
    ) -> Result<()> {
        let cfg = &self.cfg;
        if state.epoch >= cfg.epochs {
            return Err(Error::config(
                "epochs",
                format!(
                    "the training state has already done {} epoch(s), and epochs is {}: ask for \
                     more than {} to train further",
                    state.epoch, cfg.epochs, state.epoch
                ),
            ));
        }
        let wanted = match cfg.optimizer {
            OptimizerKind::Sgd { .. } => "sgd",
            OptimizerKind::Adam => "adam",
        };
        if state.optimizer.name() != wanted {
            return Err(Error::config(
                "optimizer",
                format!(
                    "the training state holds the state of {}, the configuration asks for {wanted}: \
                     continue with {}, or start a fresh optimizer from the weights alone",
                    state.optimizer.name(),
                    state.optimizer.name()
                ),
            ));
        }
        let fresh = TrainState::new(model, cfg);
        let (want, have) = (fresh.optimizer.params(), state.optimizer.params());
        if want != have {
            return Err(Error::config(
                "optimizer",
                format!(
                    "the training state was made for another model: it has {} trainable tensors \
                     ({}), the model {} ({})",
                    have.len(),
                    describe(have),
                    want.len(),
                    describe(want)
                ),
            ));
        }
        Ok(())
    }

    fn fit_inner<M: Classifier<C, H, W, K>, const K: usize>(
        &self,
        model: &mut M,
        state: &mut TrainState,
        train: &impl Dataset,
        val: Option<&dyn Dataset>,
        mut on_epoch: impl FnMut(&EpochStats, &M, &TrainState) -> Result<()> + Send,
    ) -> Result<Vec<EpochStats>> {
        let cfg = &self.cfg;
        // The shuffling order of epoch e is the e-th shuffle of 0..n by one seeded generator:
        // replay the epochs already done.
        let mut rng = rand::rngs::StdRng::seed_from_u64(cfg.seed ^ 0x5EED_5EED);
        let mut order: Vec<usize> = (0..train.len()).collect();
        for _ in 0..state.epoch {
            order.shuffle(&mut rng);
        }
        let steps = train.len().div_ceil(cfg.batch_size);
        let first = state.epoch + 1;
        let total = (cfg.epochs - state.epoch).saturating_mul(steps);
        let bar = progress_bar(cfg.progress, total as u64);
        let mut grads = model.try_alloc_grads()?;
        let mut history = Vec::new();
        for epoch in first..=cfg.epochs {
            let start = Instant::now();
            let lr = cfg.lr
                * cfg
                    .lr_decay
                    .powi(i32::try_from(epoch - 1).unwrap_or(i32::MAX));
            match &mut state.optimizer {
                OptimizerState::Sgd(o) => o.cfg = state::sgd_config(cfg, lr),
                OptimizerState::Adam(o) => o.cfg = state::adam_config(cfg, lr),
            }
            order.shuffle(&mut rng);
            // The epoch's batches live on a device seeded from (seed, epoch): the random draws
            // of layers such as `Dropout` (from their input's device) then depend on the epoch
            // alone, so a resumed run draws what the uninterrupted one did.
            let epoch_dev =
                Cpu::seed_from_u64(cfg.seed ^ (epoch as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let (mut loss_sum, mut correct, mut seen) = (0.0f64, 0usize, 0usize);
            for (step, idx) in order.chunks(cfg.batch_size).enumerate() {
                let (x, labels) = self.load(&epoch_dev, train, idx)?;
                let y = self.one_hot::<K>(&labels)?;
                let logits = model.try_forward_mut(x.traced_input(grads))?;
                correct += count_correct(&logits.retaped::<NoneTape>(), &labels);
                let loss = cross_entropy_with_logits_loss(logits, y);
                let loss_value = loss.array() as f64;
                if !loss_value.is_finite() {
                    bar.abandon();
                    return Err(Error::Training {
                        epoch,
                        step: step + 1,
                        message: format!("the loss is {loss_value}; lower the learning rate"),
                    });
                }
                grads = loss.backward();
                match &mut state.optimizer {
                    OptimizerState::Sgd(o) => o.update(model, &mut grads),
                    OptimizerState::Adam(o) => o.update(model, &mut grads),
                }?;
                model.try_zero_grads(&mut grads)?;
                loss_sum += loss_value * idx.len() as f64;
                seen += idx.len();
                let secs = start.elapsed().as_secs_f64();
                bar.set_message(format!(
                    "epoch {epoch}/{} loss {:.4} acc {:.3} {:.0} img/s",
                    cfg.epochs,
                    loss_sum / seen as f64,
                    correct as f64 / seen as f64,
                    seen as f64 / secs
                ));
                bar.inc(1);
            }
            let train_secs = start.elapsed().as_secs_f64();
            let eval = match val {
                Some(v) => Some(self.evaluate_inner(model, v)?),
                None => None,
            };
            let stats = EpochStats {
                epoch,
                train_loss: loss_sum / seen as f64,
                train_accuracy: correct as f64 / seen as f64,
                val_loss: eval.as_ref().map(|e| e.loss),
                val_accuracy: eval.as_ref().map(|e| e.accuracy),
                images_per_second: seen as f64 / train_secs,
                seconds: start.elapsed().as_secs_f64(),
            };
            state.epoch = epoch;
            state.train_len = train.len();
            state.config = TrainConfig {
                progress: Progress::Quiet,
                ..cfg.clone()
            };
            if cfg.progress != Progress::Quiet {
                bar.suspend(|| eprintln!("{}", format_epoch(&stats, cfg.epochs)));
            }
            on_epoch(&stats, model, state)?;
            history.push(stats);
        }
        bar.finish_and_clear();
        Ok(history)
    }

    /// Loss, accuracy and confusion matrix of `model` on `data`.
    ///
    /// # Errors
    /// [`Error::Config`] if `data` is empty (there is nothing to measure) or its images or
    /// classes do not fit the model.
    pub fn evaluate<M: Classifier<C, H, W, K>, const K: usize>(
        &self,
        model: &M,
        data: &impl Dataset,
    ) -> Result<Evaluation> {
        self.check_shape("evaluation data", data, K)?;
        if data.is_empty() {
            return Err(Error::config(
                "evaluation data",
                "is empty: there is nothing to measure",
            ));
        }
        self.pool.install(|| self.evaluate_inner(model, data))
    }

    fn evaluate_inner<M: Classifier<C, H, W, K>, const K: usize>(
        &self,
        model: &M,
        data: &(impl Dataset + ?Sized),
    ) -> Result<Evaluation> {
        let mut confusion = vec![vec![0usize; K]; K];
        let mut loss_sum = 0.0f64;
        let idx: Vec<usize> = (0..data.len()).collect();
        for chunk in idx.chunks(self.cfg.batch_size.max(256)) {
            let (x, labels) = self.load(&self.dev, data, chunk)?;
            let logits = model.try_forward(x)?;
            for (row, &l) in logits.as_vec().chunks(K).zip(&labels) {
                confusion[l][argmax(row)] += 1;
            }
            let y = self.one_hot::<K>(&labels)?;
            loss_sum +=
                cross_entropy_with_logits_loss(logits, y).array() as f64 * chunk.len() as f64;
        }
        let n = data.len().max(1) as f64;
        let correct: usize = (0..K).map(|k| confusion[k][k]).sum();
        Ok(Evaluation {
            loss: loss_sum / n,
            accuracy: correct as f64 / n,
            confusion,
        })
    }

    /// Class probabilities (softmax of the logits) for a batch of images.
    pub fn predict<M: Classifier<C, H, W, K>, const K: usize>(
        &self,
        model: &M,
        images: Batch<C, H, W>,
    ) -> Result<Logits<K>> {
        let logits = self.pool.install(|| model.try_forward(images))?;
        Ok(logits.try_softmax::<Axis<1>>()?)
    }
}

/// `"0.weight [8, 3, 5, 5], 0.bias [8], …"`, at most four tensors.
fn describe(params: &[(String, Vec<usize>)]) -> String {
    let mut s: Vec<String> = params
        .iter()
        .take(4)
        .map(|(n, shape)| format!("{n} {shape:?}"))
        .collect();
    if params.len() > 4 {
        s.push("…".into());
    }
    s.join(", ")
}

fn argmax(row: &[f32]) -> usize {
    row.iter()
        .enumerate()
        .fold((0, f32::NEG_INFINITY), |(bi, bv), (i, &v)| {
            if v > bv {
                (i, v)
            } else {
                (bi, bv)
            }
        })
        .0
}

fn count_correct<const K: usize>(logits: &Logits<K>, labels: &[usize]) -> usize {
    logits
        .as_vec()
        .chunks(K)
        .zip(labels)
        .filter(|(row, &l)| argmax(row) == l)
        .count()
}

/// One plain line describing an epoch.
pub fn format_epoch(s: &EpochStats, epochs: usize) -> String {
    let mut line = format!(
        "epoch {}/{epochs}: train loss {:.4} acc {:.4}",
        s.epoch, s.train_loss, s.train_accuracy
    );
    if let (Some(l), Some(a)) = (s.val_loss, s.val_accuracy) {
        line += &format!(", val loss {l:.4} acc {a:.4}");
    }
    line += &format!(", {:.0} img/s, {:.1} s", s.images_per_second, s.seconds);
    line
}

fn progress_bar(mode: Progress, total: u64) -> indicatif::ProgressBar {
    if mode == Progress::Auto && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(total);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg} ETA {eta}")
        {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    }
}
