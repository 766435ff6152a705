//! The training state: what [`Trainer::fit_from`](super::Trainer::fit_from) needs besides the
//! configuration to continue a run exactly where it stopped, and its safetensors file.
use std::collections::{HashMap, HashSet};
use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use dfdx::nn::TensorCollection;
use dfdx::tensor::Cpu;
use safetensors::tensor::{Dtype as SafeDtype, SafeTensors};

use super::{OptimizerKind, Progress, TrainConfig};
use crate::checkpoint::{
    apply, encode, from_le, model_tensors, parse, sorted_header, to_le, validate, write_atomic,
};
use crate::error::{Error, Result};
use crate::optim::{Adam, AdamConfig, Momentum, Sgd, SgdConfig, WeightDecay};
use crate::Checkpoint;

/// The `format` entry of a training state file's metadata.
pub const STATE_FORMAT: &str = "constnet.train_state";
/// The version of the training state layout this crate writes and reads.
const STATE_VERSION: &str = "1";

/// The optimizer of a [`TrainState`], with its buffers.
#[derive(Debug, Clone)]
pub enum OptimizerState {
    /// SGD with its momentum buffers.
    Sgd(Sgd<f32>),
    /// Adam with its moments and step count.
    Adam(Adam<f32>),
}

impl OptimizerState {
    /// `"sgd"` or `"adam"`, as in the state file and the main job's `--optimizer`.
    pub fn name(&self) -> &'static str {
        match self {
            OptimizerState::Sgd(_) => "sgd",
            OptimizerState::Adam(_) => "adam",
        }
    }

    pub(super) fn params(&self) -> &[(String, Vec<usize>)] {
        match self {
            OptimizerState::Sgd(o) => o.params(),
            OptimizerState::Adam(o) => o.params(),
        }
    }
}

/// Where a training run stands: the epochs done, the optimizer's state (momentum buffers, or
/// Adam's moments and step count), and the configuration and training-set size it ran with.
/// Together with the weights it is everything that decides how training continues: the learning
/// rate of epoch `e` is `lr · lr_decay^(e-1)` and the shuffling order of epoch `e` is a function
/// of the seed, the training-set size and `e`.
///
/// **PyTorch equivalent**: saving `optimizer.state_dict()` and the epoch beside
/// `model.state_dict()`.
///
/// [`Trainer::fit_from`](super::Trainer::fit_from) trains from one and updates it;
/// [`save_with_checkpoint`](Self::save_with_checkpoint) writes it beside a model checkpoint and
/// [`resume`](Self::resume) reads both back. Continuing from a saved state gives the same
/// weights and the same numbers, bit for bit, as a run that was never interrupted, provided the
/// configuration, the data and the thread count are the same.
///
/// # The file
/// A safetensors file (written atomically) that holds everything, weights included, so it can be
/// resumed from on its own: tensors `model.<name>` (the weights), `optimizer.momentum_buffer.<name>`
/// (SGD) or `optimizer.exp_avg.<name>` and `optimizer.exp_avg_sq.<name>` (Adam), all `F32`; and
/// string metadata `format` = `constnet.train_state`, `version`, `epoch`, `train_len`,
/// `optimizer`, `adam_step`, and the configuration (`epochs`, `batch_size`, `lr`, `lr_decay`,
/// `momentum`, `nesterov`, `weight_decay`, `seed`, `threads`). Beside a checkpoint `name.safetensors`
/// it is `name.state.safetensors` ([`state_path`]); the checkpoint itself stays model-only, so
/// PyTorch loads it with `strict=True`.
///
/// # Examples
/// ```
/// use constnet::prelude::*;
/// use constnet::train::{Progress, TrainConfig, TrainState, Trainer};
///
/// # fn main() -> constnet::Result<()> {
/// let data = SyntheticDigits::train(1, 64);
/// let cfg = |epochs| TrainConfig { epochs, batch_size: 32, threads: 1, progress: Progress::Quiet, ..Default::default() };
/// let dir = std::env::temp_dir().join(format!("constnet-state-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("lenet.safetensors");
///
/// // One epoch, saved (lenet.safetensors + lenet.state.safetensors) ...
/// let trainer = Trainer::<3, 32, 32>::new(cfg(1))?;
/// let mut model = trainer.build::<LeNet5>();
/// let mut state = trainer.start(&model);
/// trainer.fit_from(&mut model, &mut state, &data, None, |_, m, s| s.save_with_checkpoint(&path, m))?;
///
/// // ... then a second one, from the files, in a fresh model.
/// let trainer = Trainer::<3, 32, 32>::new(cfg(2))?;
/// let mut resumed = trainer.build::<LeNet5>();
/// let mut state = TrainState::resume(&path, &mut resumed)?;
/// assert_eq!(state.epoch(), 1);
/// let history = trainer.fit_from(&mut resumed, &mut state, &data, None, |_, _, _| Ok(()))?;
/// assert_eq!((history[0].epoch, state.epoch()), (2, 2));
/// # std::fs::remove_dir_all(&dir).ok();
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct TrainState {
    pub(super) epoch: usize,
    pub(super) train_len: usize,
    pub(super) config: TrainConfig,
    pub(super) optimizer: OptimizerState,
}

/// The training state file beside checkpoint `path`: `name.safetensors` → `name.state.safetensors`
/// (any other name gets `.state.safetensors` appended).
pub fn state_path(path: impl AsRef<Path>) -> PathBuf {
    let path = path.as_ref();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".safetensors").unwrap_or(&name);
    path.with_file_name(format!("{stem}.state.safetensors"))
}

/// Whether `path` is a training state file (a safetensors file whose metadata says
/// `"format": "constnet.train_state"`); `false` for a model checkpoint or an unreadable file.
pub fn is_state_file(path: impl AsRef<Path>) -> bool {
    fs::read(path).is_ok_and(|bytes| is_state(&bytes))
}

/// Checks, before any training, that a checkpoint can be saved at `path` (and its training
/// state beside it): the directory exists, `path` is not a directory, and a file can be created
/// there (one is created and removed).
///
/// # Errors
/// [`Error::Io`] naming `path` and saying what to change.
pub fn check_save_path(path: impl AsRef<Path>) -> Result<()> {
    let path = path.as_ref();
    let fail = |kind: io::ErrorKind, msg: String| Error::io(path, io::Error::new(kind, msg));
    if path.file_name().is_none() || path.as_os_str().to_string_lossy().ends_with('/') {
        return Err(fail(
            io::ErrorKind::InvalidInput,
            "not a file name: give the checkpoint's file name, e.g. lenet.safetensors".into(),
        ));
    }
    if path.is_dir() {
        return Err(fail(
            io::ErrorKind::InvalidInput,
            "is a directory: give a file name inside it, e.g. lenet.safetensors".into(),
        ));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        let what = if dir.exists() {
            "is not a directory"
        } else {
            "does not exist"
        };
        return Err(fail(
            io::ErrorKind::NotFound,
            format!(
                "cannot save here: {} {what}; create it first or choose another path",
                dir.display()
            ),
        ));
    }
    let probe = dir.join(format!(".constnet-write-test-{}", std::process::id()));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(fail(
            e.kind(),
            format!(
                "cannot create a file in {}: {e}; choose a directory you can write to",
                dir.display()
            ),
        )),
    }
}

impl TrainState {
    /// A fresh state for `model` and `cfg`: no epoch done, a new optimizer (zero buffers).
    pub fn new<M: TensorCollection<f32, Cpu>>(model: &M, cfg: &TrainConfig) -> Self {
        let optimizer = match cfg.optimizer {
            OptimizerKind::Sgd { .. } => {
                OptimizerState::Sgd(Sgd::new(model, sgd_config(cfg, cfg.lr)))
            }
            OptimizerKind::Adam => OptimizerState::Adam(Adam::new(model, adam_config(cfg, cfg.lr))),
        };
        Self {
            epoch: 0,
            train_len: 0,
            config: cfg.clone(),
            optimizer,
        }
    }

    /// Epochs completed.
    pub fn epoch(&self) -> usize {
        self.epoch
    }

    /// Examples in the training set of the last epoch (0 before the first).
    pub fn train_len(&self) -> usize {
        self.train_len
    }

    /// The configuration of the last epoch (of [`new`](Self::new) before the first; `progress`
    /// is not saved and reads [`Progress::Quiet`] after [`load`](Self::load)).
    pub fn config(&self) -> &TrainConfig {
        &self.config
    }

    /// The optimizer and its buffers.
    pub fn optimizer(&self) -> &OptimizerState {
        &self.optimizer
    }

    /// Writes this state and `model`'s weights to the training state file `path`, atomically
    /// (temporary file, sync, rename).
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be written; [`Error::Checkpoint`] if `model` is not
    /// the model this state's optimizer was made for.
    pub fn save<M: TensorCollection<f32, Cpu>>(
        &self,
        path: impl AsRef<Path>,
        model: &M,
    ) -> Result<()> {
        let path = path.as_ref();
        let mut tensors = model_tensors(model, "model.", path)?;
        let trainable: Vec<_> = tensors
            .iter()
            .map(|(n, s, _)| (n["model.".len()..].to_string(), s.clone()))
            .collect();
        let params = self.optimizer.params();
        if let Some((name, shape)) = params.iter().find(|p| !trainable.contains(p)) {
            return Err(Error::checkpoint(
                path,
                format!(
                    "the optimizer state has tensor {name:?} of shape {shape:?}, which the model \
                     lacks: it was made for another model"
                ),
            ));
        }
        let mut push = |kind: &str, bufs: Vec<(&str, &[f32])>| {
            for ((name, values), (_, shape)) in bufs.into_iter().zip(params) {
                tensors.push((
                    format!("optimizer.{kind}.{name}"),
                    shape.clone(),
                    to_le(values),
                ));
            }
        };
        let mut meta = self.metadata();
        match &self.optimizer {
            OptimizerState::Sgd(o) => push("momentum_buffer", o.momentum_buffer()),
            OptimizerState::Adam(o) => {
                push("exp_avg", o.exp_avg());
                push("exp_avg_sq", o.exp_avg_sq());
                meta.insert("adam_step".into(), o.step().to_string());
            }
        }
        let bytes = sorted_header(encode::<f32>(&tensors, meta, path)?);
        write_atomic(path, &bytes)
    }

    /// Writes the training state to [`state_path`]`(checkpoint)`, then `model`'s weights to the
    /// model-only `checkpoint` (both atomically, in that order). Use it in the `on_epoch` callback
    /// of [`Trainer::fit_from`](super::Trainer::fit_from).
    ///
    /// # Errors
    /// As [`save`](Self::save) and [`Checkpoint::save_safetensors`].
    pub fn save_with_checkpoint<M: TensorCollection<f32, Cpu>>(
        &self,
        checkpoint: impl AsRef<Path>,
        model: &M,
    ) -> Result<()> {
        let checkpoint = checkpoint.as_ref();
        self.save(state_path(checkpoint), model)?;
        model.save_safetensors(checkpoint)
    }

    /// Reads the training state file `path`, and sets `model`'s weights to the ones it holds.
    /// Everything is checked (the format, every metadata field, every tensor's name, shape and
    /// dtype) before `model` changes: on error it is unchanged.
    ///
    /// # Errors
    /// [`Error::Io`] if the file cannot be read; [`Error::Checkpoint`] naming the file and the
    /// field or tensor that is wrong, missing or does not fit `model`.
    pub fn load<M: TensorCollection<f32, Cpu>>(
        path: impl AsRef<Path>,
        model: &mut M,
    ) -> Result<Self> {
        let path = path.as_ref();
        let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
        let (state, data) = decode(&bytes, model).map_err(|m| Error::checkpoint(path, m))?;
        apply(model, data).map_err(|m| Error::checkpoint(path, m))?;
        Ok(state)
    }

    /// Continues from `path`: a training state file, or a model checkpoint with its training
    /// state beside it ([`state_path`]), whose weights must then equal the state's. Sets `model`'s
    /// weights; on error `model` is unchanged.
    ///
    /// # Errors
    /// As [`load`](Self::load); also [`Error::Checkpoint`] if `path` is a checkpoint with no
    /// training state beside it (load its weights alone with
    /// [`Checkpoint::load_safetensors`]), or one whose weights differ from its state's (a save
    /// interrupted between the two files, or a file replaced).
    pub fn resume<M: TensorCollection<f32, Cpu>>(
        path: impl AsRef<Path>,
        model: &mut M,
    ) -> Result<Self> {
        let path = path.as_ref();
        let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
        if is_state(&bytes) {
            return Self::load(path, model);
        }
        let beside = state_path(path);
        if !beside.is_file() {
            return Err(Error::checkpoint(
                path,
                format!(
                    "no training state beside it ({} does not exist): it holds weights only; \
                     load them with load_safetensors and start a fresh optimizer",
                    beside.display()
                ),
            ));
        }
        let state_bytes = fs::read(&beside).map_err(|e| Error::io(&beside, e))?;
        same_weights(&bytes, &state_bytes).map_err(|m| {
            Error::checkpoint(
                path,
                format!(
                    "{m}: its weights differ from those in the training state beside it, {} \
                     (a save interrupted between the two files, or one of them replaced); resume \
                     from the training state file itself, or move it away to start a fresh \
                     optimizer from this checkpoint's weights",
                    beside.display()
                ),
            )
        })?;
        Self::load(&beside, model)
    }

    fn metadata(&self) -> HashMap<String, String> {
        let c = &self.config;
        let (momentum, nesterov) = match c.optimizer {
            OptimizerKind::Sgd { momentum, nesterov } => (momentum, nesterov),
            OptimizerKind::Adam => (0.0, false),
        };
        [
            ("format", STATE_FORMAT.to_string()),
            ("version", STATE_VERSION.to_string()),
            ("epoch", self.epoch.to_string()),
            ("train_len", self.train_len.to_string()),
            ("optimizer", self.optimizer.name().to_string()),
            ("epochs", c.epochs.to_string()),
            ("batch_size", c.batch_size.to_string()),
            ("lr", c.lr.to_string()),
            ("lr_decay", c.lr_decay.to_string()),
            ("momentum", momentum.to_string()),
            ("nesterov", nesterov.to_string()),
            ("weight_decay", c.weight_decay.to_string()),
            ("seed", c.seed.to_string()),
            ("threads", c.threads.to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }
}

/// The SGD hyper-parameters of `cfg` at learning rate `lr`.
pub(super) fn sgd_config(cfg: &TrainConfig, lr: f64) -> SgdConfig {
    let (momentum, nesterov) = match cfg.optimizer {
        OptimizerKind::Sgd { momentum, nesterov } => (momentum, nesterov),
        OptimizerKind::Adam => (0.0, false),
    };
    SgdConfig {
        lr,
        momentum: (momentum > 0.0).then_some(if nesterov {
            Momentum::Nesterov(momentum)
        } else {
            Momentum::Classic(momentum)
        }),
        weight_decay: (cfg.weight_decay > 0.0).then_some(WeightDecay::L2(cfg.weight_decay)),
    }
}

/// The Adam hyper-parameters of `cfg` at learning rate `lr`.
pub(super) fn adam_config(cfg: &TrainConfig, lr: f64) -> AdamConfig {
    AdamConfig {
        lr,
        weight_decay: (cfg.weight_decay > 0.0).then_some(WeightDecay::L2(cfg.weight_decay)),
        ..Default::default()
    }
}

/// The metadata of a safetensors file (empty if it has none or is not one).
fn metadata_of(bytes: &[u8]) -> HashMap<String, String> {
    SafeTensors::read_metadata(bytes)
        .ok()
        .and_then(|(_, m)| m.metadata().clone())
        .unwrap_or_default()
}

/// Whether `bytes` are a training state file (by the `format` of their metadata).
fn is_state(bytes: &[u8]) -> bool {
    parse(bytes).is_ok()
        && metadata_of(bytes).get("format").map(String::as_str) == Some(STATE_FORMAT)
}

/// Checks that the checkpoint's tensors are the state's `model.` tensors, byte for byte.
fn same_weights(checkpoint: &[u8], state: &[u8]) -> Result<(), String> {
    let ckpt = parse(checkpoint)?;
    let state = parse(state).map_err(|m| format!("the training state beside it: {m}"))?;
    let model_names = state
        .names()
        .into_iter()
        .filter(|n| n.starts_with("model."))
        .count();
    if ckpt.names().len() != model_names {
        return Err(format!(
            "{} tensors, the training state's model has {model_names}",
            ckpt.names().len()
        ));
    }
    let mut names = ckpt.names();
    names.sort();
    for name in names {
        let a = ckpt.tensor(name).map_err(|e| e.to_string())?;
        let same = state.tensor(&format!("model.{name}")).is_ok_and(|b| {
            a.dtype() == b.dtype() && a.shape() == b.shape() && a.data() == b.data()
        });
        if !same {
            return Err(format!("tensor {name:?}"));
        }
    }
    Ok(())
}

/// Metadata field `key`, parsed.
fn field<T: std::str::FromStr>(meta: &HashMap<String, String>, key: &str) -> Result<T, String>
where
    T::Err: std::fmt::Display,
{
    let raw = meta
        .get(key)
        .ok_or_else(|| format!("metadata field {key:?} is missing"))?;
    raw.parse()
        .map_err(|e| format!("metadata field {key:?} = {raw:?} is not valid: {e}"))
}

/// Parses and checks a training state file against `model`: the state, and the weights to
/// apply.
fn decode<M: TensorCollection<f32, Cpu>>(
    bytes: &[u8],
    model: &M,
) -> Result<(TrainState, HashMap<String, Vec<f32>>), String> {
    let file = parse(bytes)?;
    let meta = metadata_of(bytes);
    match meta.get("format").map(String::as_str) {
        Some(STATE_FORMAT) => {}
        Some("pt") | None => {
            return Err(format!(
                "not a training state (no \"format\": {STATE_FORMAT:?} in its metadata); it looks \
                 like a model checkpoint: load it with load_safetensors"
            ))
        }
        Some(other) => {
            return Err(format!(
            "not a training state: its metadata says format {other:?}, expected {STATE_FORMAT:?}"
        ))
        }
    }
    let version: String = field(&meta, "version")?;
    if version != STATE_VERSION {
        return Err(format!(
            "training state version {version:?}; this constnet reads version {STATE_VERSION}"
        ));
    }
    let optimizer_name: String = field(&meta, "optimizer")?;
    let momentum: f64 = field(&meta, "momentum")?;
    let config = TrainConfig {
        epochs: field(&meta, "epochs")?,
        batch_size: field(&meta, "batch_size")?,
        lr: field(&meta, "lr")?,
        lr_decay: field(&meta, "lr_decay")?,
        optimizer: match optimizer_name.as_str() {
            "sgd" => OptimizerKind::Sgd {
                momentum,
                nesterov: field(&meta, "nesterov")?,
            },
            "adam" => OptimizerKind::Adam,
            other => {
                return Err(format!(
                    "metadata field \"optimizer\" = {other:?}: expected \"sgd\" or \"adam\""
                ))
            }
        },
        weight_decay: field(&meta, "weight_decay")?,
        seed: field(&meta, "seed")?,
        threads: field(&meta, "threads")?,
        progress: Progress::Quiet,
    };
    config
        .validate()
        .map_err(|e| format!("the saved configuration is invalid: {e}"))?;
    let epoch: usize = field(&meta, "epoch")?;
    let train_len: usize = field(&meta, "train_len")?;

    // Weights that do not fit mean another model: its optimizer buffers would only repeat that.
    let weights = validate(model, &file, "model.")?;
    let mut problems = Vec::new();
    let mut state = TrainState::new(model, &config);
    let params = state.optimizer.params().to_vec();
    let mut read = |kind: &str| -> Vec<Vec<f32>> {
        let mut out = Vec::new();
        for (name, shape) in &params {
            let full = format!("optimizer.{kind}.{name}");
            match file.tensor(&full) {
                Err(_) => problems.push(format!("tensor {full:?} (shape {shape:?}) is missing")),
                Ok(v) if v.dtype() != SafeDtype::F32 => problems.push(format!(
                    "tensor {full:?}: dtype {:?}, expected F32",
                    v.dtype()
                )),
                Ok(v) if v.shape() != shape.as_slice() => problems.push(format!(
                    "tensor {full:?}: shape {:?}, expected {shape:?}",
                    v.shape()
                )),
                Ok(v) => out.push(from_le(v.data())),
            }
        }
        out
    };
    let kinds: &[&str] = match state.optimizer {
        OptimizerState::Sgd(_) => &["momentum_buffer"],
        OptimizerState::Adam(_) => &["exp_avg", "exp_avg_sq"],
    };
    let buffers: Vec<Vec<Vec<f32>>> = kinds.iter().map(|k| read(k)).collect();
    let known: HashSet<String> = kinds
        .iter()
        .flat_map(|k| {
            params
                .iter()
                .map(move |(n, _)| format!("optimizer.{k}.{n}"))
        })
        .collect();
    let mut extra: Vec<&str> = file
        .names()
        .into_iter()
        .map(String::as_str)
        .filter(|n| !n.starts_with("model.") && !known.contains(*n))
        .collect();
    extra.sort();
    for name in extra {
        problems.push(format!(
            "tensor {name:?} in the file is not part of the {} state of this model",
            state.optimizer.name()
        ));
    }
    if !problems.is_empty() {
        return Err(problems.join("; "));
    }
    let mut buffers = buffers.into_iter();
    let mut next = || buffers.next().unwrap_or_default();
    let set = match &mut state.optimizer {
        OptimizerState::Sgd(o) => o.set_momentum_buffer(next()),
        OptimizerState::Adam(o) => {
            let step: u64 = field(&meta, "adam_step")?;
            o.set_state(step, next(), next())
        }
    };
    set.map_err(|e| e.to_string())?;
    state.epoch = epoch;
    state.train_len = train_len;
    Ok((state, weights))
}
