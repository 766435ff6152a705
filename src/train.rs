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
use dfdx::optim::{Adam, AdamConfig, Momentum, Optimizer, Sgd, SgdConfig, WeightDecay};
use dfdx::shapes::{Axis, Const};
use dfdx::tensor::{AsArray, Cpu, CpuError, NoneTape, OwnedTape, Tensor, TensorFromVec};
use dfdx::tensor_ops::Backward;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rayon::prelude::*;

use crate::data::Dataset;
use crate::error::{Error, Result};
use crate::{ConstInput, TraceInput};

/// Which optimizer [`Trainer::fit`] uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OptimizerKind {
    /// Stochastic gradient descent with classic momentum (0 for none).
    Sgd {
        /// Momentum factor in `[0, 1)`.
        momentum: f64,
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
    /// Worker threads (at least 1).
    pub threads: usize,
    /// Progress reporting.
    pub progress: Progress,
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            epochs: 5,
            batch_size: 64,
            lr: 0.01,
            lr_decay: 1.0,
            optimizer: OptimizerKind::Sgd { momentum: 0.9 },
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
        if let OptimizerKind::Sgd { momentum } = self.optimizer {
            if !(0.0..1.0).contains(&momentum) {
                return Err(Error::config(
                    "momentum",
                    format!("must be in [0, 1), got {momentum}"),
                ));
            }
        }
        if self.threads == 0 {
            return Err(Error::config("threads", "must be at least 1"));
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

enum Opt<M> {
    Sgd(Sgd<M, f32, Cpu>),
    Adam(Adam<M, f32, Cpu>),
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
    fn load(
        &self,
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
        let x = self
            .dev
            .try_tensor_from_vec(images, (idx.len(), Const, Const, Const))?;
        Ok((x, labels))
    }

    fn one_hot<const K: usize>(&self, labels: &[usize]) -> Result<Logits<K>> {
        let mut t = vec![0f32; labels.len() * K];
        for (row, &l) in t.chunks_mut(K).zip(labels) {
            row[l] = 1.0;
        }
        Ok(self.dev.try_tensor_from_vec(t, (labels.len(), Const))?)
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
        on_epoch: impl FnMut(&EpochStats, &M) -> Result<()> + Send,
    ) -> Result<Vec<EpochStats>> {
        self.check_shape("train data", train, K)?;
        if let Some(v) = val {
            self.check_shape("validation data", v, K)?;
        }
        if train.is_empty() {
            return Err(Error::config("train data", "is empty"));
        }
        self.pool
            .install(|| self.fit_inner(model, train, val, on_epoch))
    }

    fn fit_inner<M: Classifier<C, H, W, K>, const K: usize>(
        &self,
        model: &mut M,
        train: &impl Dataset,
        val: Option<&dyn Dataset>,
        mut on_epoch: impl FnMut(&EpochStats, &M) -> Result<()> + Send,
    ) -> Result<Vec<EpochStats>> {
        let cfg = &self.cfg;
        let wd = (cfg.weight_decay > 0.0).then_some(WeightDecay::L2(cfg.weight_decay));
        let mut opt = match cfg.optimizer {
            OptimizerKind::Sgd { momentum } => Opt::Sgd(Sgd::new(
                model,
                SgdConfig {
                    lr: cfg.lr,
                    momentum: (momentum > 0.0).then_some(Momentum::Classic(momentum)),
                    weight_decay: wd,
                },
            )),
            OptimizerKind::Adam => Opt::Adam(Adam::new(
                model,
                AdamConfig {
                    lr: cfg.lr,
                    weight_decay: wd,
                    ..Default::default()
                },
            )),
        };
        let mut rng = rand::rngs::StdRng::seed_from_u64(cfg.seed ^ 0x5EED_5EED);
        let mut order: Vec<usize> = (0..train.len()).collect();
        let steps = train.len().div_ceil(cfg.batch_size);
        let bar = progress_bar(cfg.progress, (cfg.epochs * steps) as u64);
        let mut grads = model.try_alloc_grads()?;
        let mut history = Vec::with_capacity(cfg.epochs);
        for epoch in 1..=cfg.epochs {
            let start = Instant::now();
            let lr = cfg.lr * cfg.lr_decay.powi(epoch as i32 - 1);
            match &mut opt {
                Opt::Sgd(o) => o.cfg.lr = lr,
                Opt::Adam(o) => o.cfg.lr = lr,
            }
            order.shuffle(&mut rng);
            let (mut loss_sum, mut correct, mut seen) = (0.0f64, 0usize, 0usize);
            for (step, idx) in order.chunks(cfg.batch_size).enumerate() {
                let (x, labels) = self.load(train, idx)?;
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
                match &mut opt {
                    Opt::Sgd(o) => o.update(model, &grads),
                    Opt::Adam(o) => o.update(model, &grads),
                }
                .map_err(Error::Optimizer)?;
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
            if cfg.progress != Progress::Quiet {
                bar.suspend(|| eprintln!("{}", format_epoch(&stats, cfg.epochs)));
            }
            on_epoch(&stats, model)?;
            history.push(stats);
        }
        bar.finish_and_clear();
        Ok(history)
    }

    /// Loss, accuracy and confusion matrix of `model` on `data`.
    pub fn evaluate<M: Classifier<C, H, W, K>, const K: usize>(
        &self,
        model: &M,
        data: &impl Dataset,
    ) -> Result<Evaluation> {
        self.check_shape("evaluation data", data, K)?;
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
            let (x, labels) = self.load(data, chunk)?;
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
