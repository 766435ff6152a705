//! The main job: trains LeNet-5 on the built-in synthetic digits, the bundled real digits, or
//! CIFAR-10 / MNIST from your files, and prints one JSON line with the outcome.
//!
//! ```text
//! cargo run --release --example train                                  # synthetic digits
//! cargo run --release --example train -- --data digits                 # real handwritten digits
//! cargo run --release --example train -- --data cifar10:/data/cifar-10-batches-bin --epochs 20
//! cargo run --release --example train -- --data mnist:/data/mnist --save runs/lenet.safetensors
//! cargo run --release --example train -- --data mnist:/data/mnist --epochs 8 --resume runs/lenet.safetensors
//! ```
//! Synthetic and CIFAR-10 images (3×32×32) train `LeNet5`; MNIST (1×32×32 after padding) and the
//! digits (8×8 scaled to 1×32×32; each training image also shifted by 2 pixels in 8 directions)
//! train `LeNet5Classic`. `--save FILE` writes, after every epoch,
//! a model-only safetensors checkpoint (PyTorch `state_dict` names) and the training state beside
//! it (`FILE` without `.safetensors`, plus `.state.safetensors`); `--resume FILE` continues from
//! them exactly: `--epochs 2` ends with the same weights and numbers as `--epochs 1 --save FILE`
//! followed by `--epochs 2 --resume FILE` (at the same `--threads`).
//!
//! Every option is checked before training starts; a message names the option, says what is
//! wrong and how to fix it. A measurement that was not made (no validation or test images) is
//! `null` in the JSON line and absent from the epoch lines.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use constnet::data::{Cifar10, Dataset, Digits, InMemory, Mnist, SyntheticDigits};
use constnet::prelude::*;
use constnet::train::{
    check_save_path, is_state_file, state_path, Classifier, EpochStats, Evaluation, OptimizerKind,
    Progress, TrainConfig, TrainState, Trainer,
};
use constnet::Error;

/// Command-line options. Those without a fixed default take the data set's (see [`Defaults`]).
#[derive(Parser, Debug, Clone)]
#[command(about = "Train LeNet-5 with constnet", allow_negative_numbers = true)]
pub struct Args {
    /// Passes over the training set, in all (a resumed run continues up to this many)
    /// [default: 4; digits: 6].
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Images per step [default: 64; digits: 32].
    #[arg(long)]
    pub batch_size: Option<usize>,
    /// Learning rate [default: 0.002].
    #[arg(long)]
    pub lr: Option<f64>,
    /// Multiplies the learning rate after every epoch [default: 0.5; digits: 0.7].
    #[arg(long)]
    pub lr_decay: Option<f64>,
    /// Optimizer.
    #[arg(long, value_enum, default_value_t = Opt::Adam)]
    pub optimizer: Opt,
    /// Momentum, for --optimizer sgd [default: 0.9].
    #[arg(long)]
    pub momentum: Option<f64>,
    /// Nesterov momentum, for --optimizer sgd.
    #[arg(long)]
    pub nesterov: bool,
    /// L2 weight decay.
    #[arg(long, default_value_t = 0.0)]
    pub weight_decay: f64,
    /// Seed for weights, shuffling and the synthetic data.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Worker threads [default: all cores].
    #[arg(long)]
    pub threads: Option<usize>,
    /// `synthetic`, `digits` (bundled), `cifar10:DIR` or `mnist:DIR`.
    #[arg(long, default_value = "synthetic")]
    pub data: String,
    /// Synthetic training images per epoch [default: 24000; 12000 for resnet20] (synthetic data
    /// only).
    #[arg(long)]
    pub train_size: Option<usize>,
    /// Synthetic: validation and test images [default: 2000]. CIFAR-10, MNIST: images held out
    /// of the training file for validation [default: 2000, at most a fifth of the file]. 0: no
    /// validation. Not for digits, whose split is fixed.
    #[arg(long)]
    pub val_size: Option<usize>,
    /// Save a checkpoint here after every epoch (atomic; PyTorch loads it with strict=True), and
    /// the training state beside it (NAME.state.safetensors).
    #[arg(long)]
    pub save: Option<PathBuf>,
    /// `lenet5` (LeNet5, or LeNet5Classic on greyscale data), `resnet20` (ResNet20, on colour
    /// data), or `linear`: a linear classifier on raw pixels (the baseline).
    #[arg(long, value_enum, default_value_t = Model::Lenet5)]
    pub model: Model,
    /// Continue from this checkpoint (with its training state beside it: exactly; without:
    /// from its weights, with a fresh optimizer) or training state file.
    #[arg(long)]
    pub resume: Option<PathBuf>,
    /// No progress output (the summary and the JSON line are still printed).
    #[arg(long)]
    pub quiet: bool,
}

/// `--model`.
#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
pub enum Model {
    /// LeNet5 (colour) or LeNet5Classic (greyscale).
    Lenet5,
    /// ResNet20 (colour images only).
    Resnet20,
    /// One linear layer on the raw pixels.
    Linear,
}

/// `--optimizer`.
#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
pub enum Opt {
    /// SGD with momentum.
    Sgd,
    /// Adam.
    Adam,
}

/// The baseline: one linear layer on the raw pixels of a 3×32×32 image.
type LinearRgb = Sequential<(Flatten, Linear<3072, 10>)>;
/// The baseline on a 1×32×32 image.
type LinearGrey = Sequential<(Flatten, Linear<1024, 10>)>;

/// The largest synthetic set an option may ask for: an epoch of this many generated images
/// takes about 20 minutes on this 2-core machine.
const MAX_SYNTHETIC: usize = 10_000_000;

/// What the job did: the JSON line it prints and what it measured.
#[derive(Debug)]
pub struct Report {
    /// The last line of output.
    pub json: String,
    /// The epochs trained in this run.
    pub history: Vec<EpochStats>,
    /// The test measurement, if there were test images.
    pub test: Option<Evaluation>,
}

#[allow(dead_code)] // the tests include this file as a module and call `run`
fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(report) => {
            println!("{}", report.json);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `--data`, parsed.
#[derive(Debug, Clone, PartialEq)]
enum DataSpec {
    Synthetic,
    Digits,
    Cifar10(PathBuf),
    Mnist(PathBuf),
}

/// Hyper-parameters that suit a data set, used where an option is not given.
struct Defaults {
    epochs: usize,
    batch_size: usize,
    lr: f64,
    lr_decay: f64,
}

impl DataSpec {
    fn parse(data: &str) -> constnet::Result<Self> {
        let (kind, dir) = match data.split_once(':') {
            Some((k, d)) => (k, Some(d)),
            None => (data, None),
        };
        let needs_dir = |name: &str| -> constnet::Result<PathBuf> {
            let dir = dir.filter(|d| !d.is_empty()).ok_or_else(|| {
                Error::config(
                    "--data",
                    format!(
                        "{name} reads your own copy of the files: give their directory, as in \
                         --data {name}:DIR (nothing is downloaded)"
                    ),
                )
            })?;
            let path = PathBuf::from(dir);
            if !path.exists() {
                return Err(Error::config(
                    "--data",
                    format!("directory {dir} does not exist"),
                ));
            }
            if !path.is_dir() {
                return Err(Error::config(
                    "--data",
                    format!(
                        "{dir} is a file; give the directory that holds the {name} files, as in \
                         --data {name}:DIR"
                    ),
                ));
            }
            Ok(path)
        };
        let no_dir = |spec: Self| match dir {
            Some(d) => Err(Error::config(
                "--data",
                format!("{kind} takes no directory (got `{kind}:{d}`): the data is built in"),
            )),
            None => Ok(spec),
        };
        match kind {
            "synthetic" => no_dir(DataSpec::Synthetic),
            "digits" => no_dir(DataSpec::Digits),
            "cifar10" => Ok(DataSpec::Cifar10(needs_dir("cifar10")?)),
            "mnist" => Ok(DataSpec::Mnist(needs_dir("mnist")?)),
            other => Err(Error::config(
                "--data",
                format!(
                    "unknown data set `{other}`: use synthetic, digits, cifar10:DIR or mnist:DIR"
                ),
            )),
        }
    }

    fn defaults(&self, model: Model) -> Defaults {
        match (self, model) {
            // 9,765 training examples (1,085 images at 9 shifts) per epoch.
            (DataSpec::Digits, _) => Defaults {
                epochs: 6,
                batch_size: 32,
                lr: 0.002,
                lr_decay: 0.7,
            },
            // 24,000 synthetic images in all: about 98% validation accuracy in under 5 minutes
            // of training on 2 cores (README, "Training").
            (_, Model::Resnet20) => Defaults {
                epochs: 2,
                batch_size: 64,
                lr: 0.002,
                lr_decay: 0.5,
            },
            _ => Defaults {
                epochs: 4,
                batch_size: 64,
                lr: 0.002,
                lr_decay: 0.5,
            },
        }
    }
}

/// The training configuration from the options, every field checked, with errors naming the
/// option.
fn config(args: &Args, defaults: &Defaults) -> constnet::Result<TrainConfig> {
    if args.optimizer == Opt::Adam {
        for (given, option) in [
            (args.momentum.is_some(), "--momentum"),
            (args.nesterov, "--nesterov"),
        ] {
            if given {
                return Err(Error::config(
                    option,
                    "applies to --optimizer sgd; Adam has no momentum factor: drop it, or add \
                     --optimizer sgd",
                ));
            }
        }
    }
    let cfg = TrainConfig {
        epochs: args.epochs.unwrap_or(defaults.epochs),
        batch_size: args.batch_size.unwrap_or(defaults.batch_size),
        lr: args.lr.unwrap_or(defaults.lr),
        lr_decay: args.lr_decay.unwrap_or(defaults.lr_decay),
        optimizer: match args.optimizer {
            Opt::Sgd => OptimizerKind::Sgd {
                momentum: args.momentum.unwrap_or(0.9),
                nesterov: args.nesterov,
            },
            Opt::Adam => OptimizerKind::Adam,
        },
        weight_decay: args.weight_decay,
        seed: args.seed,
        threads: args.threads.unwrap_or(TrainConfig::default().threads),
        progress: if args.quiet {
            Progress::Quiet
        } else {
            Progress::Auto
        },
    };
    cfg.validate().map_err(option_names)?;
    Ok(cfg)
}

/// A configuration error with the field spelled as the option (`batch_size` → `--batch-size`).
fn option_names(e: Error) -> Error {
    match e {
        Error::Config { field, message } => {
            let option = match field {
                "epochs" => "--epochs",
                "batch_size" => "--batch-size",
                "lr" => "--lr",
                "lr_decay" => "--lr-decay",
                "weight_decay" => "--weight-decay",
                "momentum" => "--momentum",
                "nesterov" => "--nesterov",
                "threads" => "--threads",
                other => other,
            };
            Error::config(option, message)
        }
        other => other,
    }
}

/// Train, validation and test sets.
struct Sets {
    train: Box<dyn Dataset>,
    val: Box<dyn Dataset>,
    test: Box<dyn Dataset>,
}

/// A synthetic-set size option, checked.
fn synthetic_size(
    value: Option<usize>,
    default: usize,
    option: &'static str,
) -> constnet::Result<usize> {
    let n = value.unwrap_or(default);
    if n > MAX_SYNTHETIC {
        return Err(Error::config(
            option,
            format!(
                "{n} is more than {MAX_SYNTHETIC} images; an epoch of that many would take \
                 hours: pass at most {MAX_SYNTHETIC}"
            ),
        ));
    }
    Ok(n)
}

/// Holds out the last `--val-size` examples of a training file for validation (default: 2,000,
/// at most a fifth of the file).
fn hold_out(
    mut all: InMemory,
    val_size: Option<usize>,
    file: &Path,
) -> constnet::Result<(InMemory, InMemory)> {
    let n = all.len();
    let take = match val_size {
        None => 2000.min(n / 5),
        Some(v) if v >= n => {
            return Err(Error::config(
                "--val-size",
                format!(
                    "{v} would take all {n} images of the training file {}, leaving none to \
                     train on: pass at most {} (a fifth, {}, is usual), or 0 for no validation",
                    file.display(),
                    n.saturating_sub(1),
                    n / 5
                ),
            ))
        }
        Some(v) => v,
    };
    let val = all.split_off(n - take);
    Ok((all, val))
}

/// Points at the other reader when a directory holds the other data set's files.
fn explain(spec: &DataSpec, e: Error) -> Error {
    let Error::Io { path, source } = &e else {
        return e;
    };
    if source.kind() != std::io::ErrorKind::NotFound {
        return e;
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let has = |name: &str| {
        std::fs::read_dir(dir).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|f| f.file_name().to_string_lossy().starts_with(name))
        })
    };
    let hint = match spec {
        DataSpec::Cifar10(_) if has("train-images") || has("t10k-images") => {
            Some("the directory holds MNIST files: use --data mnist:DIR")
        }
        DataSpec::Mnist(_) if has("data_batch_") || has("test_batch") => {
            Some("the directory holds CIFAR-10 files: use --data cifar10:DIR")
        }
        _ => None,
    };
    match hint {
        Some(hint) => Error::data(path.clone(), format!("{source}; {hint}")),
        None => e,
    }
}

fn load_sets(args: &Args, spec: &DataSpec) -> constnet::Result<Sets> {
    if args.train_size.is_some() && *spec != DataSpec::Synthetic {
        return Err(Error::config(
            "--train-size",
            "applies to --data synthetic only (the other data sets have a fixed size)",
        ));
    }
    Ok(match spec {
        DataSpec::Synthetic => {
            let default = if args.model == Model::Resnet20 {
                12_000
            } else {
                24_000
            };
            let train = synthetic_size(args.train_size, default, "--train-size")?;
            if train == 0 {
                return Err(Error::config(
                    "--train-size",
                    "0 leaves nothing to train on: pass at least 1",
                ));
            }
            let val = synthetic_size(args.val_size, 2_000, "--val-size")?;
            Sets {
                train: Box::new(SyntheticDigits::train(args.seed, train)),
                val: Box::new(SyntheticDigits::validation(args.seed, val)),
                test: Box::new(SyntheticDigits::test(args.seed, val)),
            }
        }
        DataSpec::Digits => {
            if args.val_size.is_some() {
                return Err(Error::config(
                    "--val-size",
                    "the digits have a fixed split (1,085 training images, each also at 8 \
                     shifts, 357 validation and 355 test images): drop --val-size",
                ));
            }
            Sets {
                train: Box::new(Digits::train().with_shifts(2)),
                val: Box::new(Digits::validation()),
                test: Box::new(Digits::test()),
            }
        }
        DataSpec::Cifar10(dir) => {
            let all = Cifar10::train(dir).map_err(|e| explain(spec, e))?;
            let (train, val) = hold_out(all, args.val_size, &dir.join("data_batch_*.bin"))?;
            Sets {
                train: Box::new(train),
                val: Box::new(val),
                test: Box::new(Cifar10::test(dir).map_err(|e| explain(spec, e))?),
            }
        }
        DataSpec::Mnist(dir) => {
            let all = Mnist::train(dir).map_err(|e| explain(spec, e))?;
            let (train, val) = hold_out(all, args.val_size, &dir.join("train-images-idx3-ubyte"))?;
            Sets {
                train: Box::new(train),
                val: Box::new(val),
                test: Box::new(Mnist::test(dir).map_err(|e| explain(spec, e))?),
            }
        }
    })
}

/// Runs the job: checks every option, loads the data, trains, tests; returns the report.
pub fn run(args: &Args) -> constnet::Result<Report> {
    let spec = DataSpec::parse(&args.data)?;
    if args.model == Model::Resnet20 && matches!(spec, DataSpec::Digits | DataSpec::Mnist(_)) {
        return Err(resnet20_on_greyscale());
    }
    let cfg = config(args, &spec.defaults(args.model))?;
    if let Some(path) = &args.save {
        check_save_path(path)?;
        check_save_path(state_path(path))?;
    }
    if let Some(path) = &args.resume {
        if !path.is_file() {
            let what = if path.exists() {
                "is not a file"
            } else {
                "does not exist"
            };
            return Err(Error::config(
                "--resume",
                format!(
                    "{} {what}: give a checkpoint saved with --save",
                    path.display()
                ),
            ));
        }
    }
    let sets = load_sets(args, &spec)?;
    let n = sets.train.len();
    if cfg.batch_size > n {
        return Err(Error::config(
            "--batch-size",
            format!(
                "{} is more than the {n} training images: pass at most {n} (that is one step per \
                 epoch)",
                cfg.batch_size
            ),
        ));
    }
    let batch = cfg.batch_size;
    match (spec, args.model) {
        (DataSpec::Synthetic | DataSpec::Cifar10(_), Model::Lenet5) => {
            job::<LeNet5, 3>("LeNet5", args, cfg, &sets, batch)
        }
        (DataSpec::Synthetic | DataSpec::Cifar10(_), Model::Linear) => {
            job::<LinearRgb, 3>("the linear baseline (3×32×32)", args, cfg, &sets, batch)
        }
        (DataSpec::Digits | DataSpec::Mnist(_), Model::Lenet5) => {
            job::<LeNet5Classic, 1>("LeNet5Classic", args, cfg, &sets, batch)
        }
        (DataSpec::Digits | DataSpec::Mnist(_), Model::Linear) => {
            job::<LinearGrey, 1>("the linear baseline (1×32×32)", args, cfg, &sets, batch)
        }
        (DataSpec::Synthetic | DataSpec::Cifar10(_), Model::Resnet20) => {
            job::<ResNet20, 3>("ResNet20", args, cfg, &sets, batch)
        }
        (DataSpec::Digits | DataSpec::Mnist(_), Model::Resnet20) => Err(resnet20_on_greyscale()),
    }
}

/// ResNet20 asked for on greyscale data.
fn resnet20_on_greyscale() -> Error {
    Error::config(
        "--model",
        "resnet20 takes 3×32×32 colour images, and --data digits and mnist are greyscale: use \
         --data synthetic or cifar10:DIR, or --model lenet5",
    )
}

/// Prints the model report, builds the model and trains it.
fn job<N, const C: usize>(
    name: &str,
    args: &Args,
    cfg: TrainConfig,
    sets: &Sets,
    batch: usize,
) -> constnet::Result<Report>
where
    N: BuildOnDevice<Cpu, f32> + constnet::Describe<(Const<1>, Const<C>, Const<32>, Const<32>)>,
    N::Built: Classifier<C, 32, 32, 10>,
{
    // On a batch of one, which every model takes (batch norm takes nothing else).
    println!(
        "{}",
        Summary::of::<N, (Const<1>, Const<C>, Const<32>, Const<32>)>().with_batch(batch)
    );
    let trainer = Trainer::<C, 32, 32>::new(cfg)?;
    let model = trainer.build::<N>();
    train_and_report(name, args, &trainer, model, sets)
}

/// Which of the job's models a checkpoint fits, for the message when it does not fit this one.
fn fits_another(path: &Path, state: bool) -> Option<&'static str> {
    fn fits<N: BuildOnDevice<Cpu, f32>>(path: &Path, state: bool) -> bool
    where
        N::Built: TensorCollection<f32, Cpu>,
    {
        let mut m = Cpu::default().build_module::<N, f32>();
        if state {
            TrainState::load(path, &mut m).is_ok()
        } else {
            m.load_safetensors(path).is_ok()
        }
    }
    if fits::<LeNet5>(path, state) {
        Some("LeNet5: --data synthetic or cifar10:DIR, --model lenet5")
    } else if fits::<ResNet20>(path, state) {
        Some("ResNet20: --data synthetic or cifar10:DIR, --model resnet20")
    } else if fits::<LeNet5Classic>(path, state) {
        Some("LeNet5Classic: --data digits or mnist:DIR, --model lenet5")
    } else if fits::<LinearRgb>(path, state) {
        Some(
            "the linear baseline on colour images: --data synthetic or cifar10:DIR, --model linear",
        )
    } else if fits::<LinearGrey>(path, state) {
        Some("the linear baseline on greyscale images: --data digits or mnist:DIR, --model linear")
    } else {
        None
    }
}

/// Loads `--resume`: the training state when there is one, else the weights alone.
fn resume<M: Classifier<C, 32, 32, 10>, const C: usize>(
    name: &str,
    path: &Path,
    trainer: &Trainer<C, 32, 32>,
    model: &mut M,
) -> constnet::Result<TrainState> {
    let state_file = is_state_file(path);
    let exact = state_file || state_path(path).is_file();
    let loaded = if exact {
        TrainState::resume(path, model).map(Some)
    } else {
        model.load_safetensors(path).map(|()| None)
    };
    let state = match loaded {
        Ok(state) => state,
        Err(Error::Checkpoint { path: p, message }) => {
            let hint = match fits_another(path, state_file) {
                Some(other) => {
                    format!(" — this job trains {name}, but the checkpoint is of {other}")
                }
                None => format!(" — this job trains {name}"),
            };
            return Err(Error::checkpoint(p, format!("{message}{hint}")));
        }
        Err(e) => return Err(e),
    };
    let Some(state) = state else {
        eprintln!(
            "note: no training state beside {} ({}): resuming from its weights only; the \
             optimizer, epoch count and learning-rate schedule start afresh",
            path.display(),
            state_path(path).display()
        );
        return Ok(trainer.start(model));
    };
    let cfg = trainer.config();
    let done = state.epoch();
    if done >= cfg.epochs {
        return Err(Error::config(
            "--epochs",
            format!(
                "{} holds {done} epoch(s) of training and --epochs is {}: pass --epochs {} or \
                 more to train further",
                path.display(),
                cfg.epochs,
                done + 1
            ),
        ));
    }
    let saved = state.optimizer().name();
    let wanted = match cfg.optimizer {
        OptimizerKind::Sgd { .. } => "sgd",
        OptimizerKind::Adam => "adam",
    };
    if saved != wanted {
        return Err(Error::config(
            "--optimizer",
            format!(
                "{} was trained with --optimizer {saved}: pass --optimizer {saved} to continue \
                 it, or move {} away to start a fresh {wanted} from its weights",
                path.display(),
                state_path(path).display()
            ),
        ));
    }
    let old = state.config();
    let differences: Vec<String> = [
        (
            "--batch-size",
            old.batch_size.to_string(),
            cfg.batch_size.to_string(),
        ),
        ("--lr", old.lr.to_string(), cfg.lr.to_string()),
        (
            "--lr-decay",
            old.lr_decay.to_string(),
            cfg.lr_decay.to_string(),
        ),
        (
            "--optimizer",
            format!("{:?}", old.optimizer),
            format!("{:?}", cfg.optimizer),
        ),
        (
            "--weight-decay",
            old.weight_decay.to_string(),
            cfg.weight_decay.to_string(),
        ),
        ("--seed", old.seed.to_string(), cfg.seed.to_string()),
        (
            "--threads",
            old.threads.to_string(),
            cfg.threads.to_string(),
        ),
    ]
    .into_iter()
    .filter(|(_, a, b)| a != b)
    .map(|(option, a, b)| format!("{option} {b} (saved run: {a})"))
    .collect();
    eprintln!("resumed {} after epoch {done}", path.display());
    if !differences.is_empty() {
        eprintln!(
            "note: continuing with {}; the result will differ from an uninterrupted run",
            differences.join(", ")
        );
    }
    Ok(state)
}

/// `{:.4}` of a measurement, or `null` when it was not made.
fn json_number(x: Option<f64>, decimals: usize) -> String {
    x.map_or("null".into(), |x| format!("{x:.decimals$}"))
}

fn train_and_report<M, const C: usize>(
    name: &str,
    args: &Args,
    trainer: &Trainer<C, 32, 32>,
    mut model: M,
    sets: &Sets,
) -> constnet::Result<Report>
where
    M: Classifier<C, 32, 32, 10>,
{
    let mut state = match &args.resume {
        Some(path) => resume(name, path, trainer, &mut model)?,
        None => trainer.start(&model),
    };
    if state.epoch() > 0 && state.train_len() != sets.train.len() {
        eprintln!(
            "note: the saved run trained on {} images, this one has {}; the shuffling order \
             differs from an uninterrupted run",
            state.train_len(),
            sets.train.len()
        );
    }
    let train: &dyn Dataset = &*sets.train;
    let start = std::time::Instant::now();
    let history = trainer.fit_from(
        &mut model,
        &mut state,
        &train,
        Some(&*sets.val),
        |_, m, s| match &args.save {
            Some(path) => s.save_with_checkpoint(path, m),
            None => Ok(()),
        },
    )?;
    let train_seconds = start.elapsed().as_secs_f64();
    let test = if sets.test.is_empty() {
        None
    } else {
        Some(trainer.evaluate(&model, &&*sets.test)?)
    };
    let last = history.last();
    let train_only: f64 = history
        .iter()
        .map(|h| train.len() as f64 / h.images_per_second)
        .sum();
    let images = (train.len() * history.len()) as f64;
    let json = format!(
        "{{\"val_accuracy\": {}, \"test_accuracy\": {}, \"epochs\": {}, \"train_seconds\": {:.2}, \"images_per_second\": {:.0}, \"train_loss\": {}, \"val_loss\": {}, \"test_loss\": {}}}",
        json_number(last.and_then(|h| h.val_accuracy), 4),
        json_number(test.as_ref().map(|t| t.accuracy), 4),
        state.epoch(),
        train_seconds,
        images / train_only,
        json_number(last.map(|h| h.train_loss), 4),
        json_number(last.and_then(|h| h.val_loss), 4),
        json_number(test.as_ref().map(|t| t.loss), 4),
    );
    Ok(Report {
        json,
        history,
        test,
    })
}
