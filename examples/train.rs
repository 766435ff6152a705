//! The main job: trains LeNet-5 on the built-in synthetic digits (or CIFAR-10 / MNIST from your
//! files) and prints one JSON line with the outcome.
//!
//! ```text
//! cargo run --release --example train                                  # synthetic digits
//! cargo run --release --example train -- --data cifar10:/data/cifar-10-batches-bin --epochs 20
//! cargo run --release --example train -- --data mnist:/data/mnist --save lenet.safetensors
//! ```
//! Synthetic and CIFAR-10 images (3×32×32) train `LeNet5`; MNIST (1×32×32 after padding) trains
//! `LeNet5Classic`. `--save` writes a safetensors checkpoint (PyTorch `state_dict` names) after
//! every epoch; `--resume` starts from one (weights only: the optimizer starts afresh).
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use constnet::data::{Cifar10, Dataset, InMemory, Mnist, SyntheticDigits};
use constnet::prelude::*;
use constnet::train::{Classifier, OptimizerKind, Progress, TrainConfig, Trainer};

#[derive(Parser, Debug)]
#[command(about = "Train LeNet-5 with constnet")]
struct Args {
    /// Passes over the training set.
    #[arg(long, default_value_t = 4)]
    epochs: usize,
    /// Images per step.
    #[arg(long, default_value_t = 64)]
    batch_size: usize,
    /// Learning rate.
    #[arg(long, default_value_t = 0.002)]
    lr: f64,
    /// Multiplies the learning rate after every epoch.
    #[arg(long, default_value_t = 0.5)]
    lr_decay: f64,
    /// Optimizer.
    #[arg(long, value_enum, default_value_t = Opt::Adam)]
    optimizer: Opt,
    /// Momentum for SGD.
    #[arg(long, default_value_t = 0.9)]
    momentum: f64,
    /// L2 weight decay.
    #[arg(long, default_value_t = 0.0)]
    weight_decay: f64,
    /// Seed for weights, shuffling and the synthetic data.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// `synthetic`, `cifar10:DIR` or `mnist:DIR`.
    #[arg(long, default_value = "synthetic")]
    data: String,
    /// Synthetic training images per epoch.
    #[arg(long, default_value_t = 24_000)]
    train_size: usize,
    /// Synthetic validation and test images.
    #[arg(long, default_value_t = 2_000)]
    val_size: usize,
    /// Save a checkpoint here after every epoch (atomic; PyTorch can load it).
    #[arg(long)]
    save: Option<PathBuf>,
    /// `lenet5` (LeNet5, or LeNet5Classic on MNIST), or `linear`: a linear classifier on raw pixels
    /// (the baseline).
    #[arg(long, value_enum, default_value_t = Model::Lenet5)]
    model: Model,
    /// Start from this checkpoint's weights.
    #[arg(long)]
    resume: Option<PathBuf>,
    /// No progress output (the summary and the JSON line are still printed).
    #[arg(long)]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
enum Model {
    Lenet5,
    Linear,
}

/// The baseline: one linear layer on the raw pixels of a 3×32×32 image.
type LinearRgb = Sequential<(Flatten, Linear<3072, 10>)>;
/// The baseline on a 1×32×32 image.
type LinearGrey = Sequential<(Flatten, Linear<1024, 10>)>;

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Opt {
    Sgd,
    Adam,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> constnet::Result<()> {
    let cfg = TrainConfig {
        epochs: args.epochs,
        batch_size: args.batch_size,
        lr: args.lr,
        lr_decay: args.lr_decay,
        optimizer: match args.optimizer {
            Opt::Sgd => OptimizerKind::Sgd {
                momentum: args.momentum,
                nesterov: false,
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
    let (kind, dir) = args
        .data
        .split_once(':')
        .unwrap_or((args.data.as_str(), ""));
    match kind {
        "synthetic" => {
            let train = SyntheticDigits::train(args.seed, args.train_size);
            let val = SyntheticDigits::validation(args.seed, args.val_size);
            let test = SyntheticDigits::test(args.seed, args.val_size);
            rgb(args, cfg, &train, &val, &test)
        }
        "cifar10" => {
            let (train, val) = split_off(Cifar10::train(dir)?, args.val_size);
            let test = Cifar10::test(dir)?;
            rgb(args, cfg, &train, &val, &test)
        }
        "mnist" => {
            let (train, val) = split_off(Mnist::train(dir)?, args.val_size);
            let test = Mnist::test(dir)?;
            let trainer = Trainer::<1, 32, 32>::new(cfg)?;
            if args.model == Model::Linear {
                println!(
                    "{}",
                    Summary::of::<LinearGrey, Rank3<1, 32, 32>>().with_batch(args.batch_size)
                );
                let model = trainer.build::<LinearGrey>();
                return train_and_report(args, &trainer, model, &train, &val, &test);
            }
            println!(
                "{}",
                Summary::of::<LeNet5Classic, Rank3<1, 32, 32>>().with_batch(args.batch_size)
            );
            let model = trainer.build::<LeNet5Classic>();
            train_and_report(args, &trainer, model, &train, &val, &test)
        }
        other => Err(constnet::Error::config(
            "data",
            format!("unknown data set `{other}`: use synthetic, cifar10:DIR or mnist:DIR"),
        )),
    }
}

/// Trains LeNet5 (or the linear baseline) on 3×32×32 images.
fn rgb(
    args: &Args,
    cfg: TrainConfig,
    train: &impl Dataset,
    val: &impl Dataset,
    test: &impl Dataset,
) -> constnet::Result<()> {
    let trainer = Trainer::<3, 32, 32>::new(cfg)?;
    if args.model == Model::Linear {
        println!(
            "{}",
            Summary::of::<LinearRgb, Rank3<3, 32, 32>>().with_batch(args.batch_size)
        );
        let model = trainer.build::<LinearRgb>();
        return train_and_report(args, &trainer, model, train, val, test);
    }
    println!(
        "{}",
        Summary::of::<LeNet5, Rank3<3, 32, 32>>().with_batch(args.batch_size)
    );
    let model = trainer.build::<LeNet5>();
    train_and_report(args, &trainer, model, train, val, test)
}

/// Keeps the last `n` examples of a training file as the validation set.
fn split_off(mut all: InMemory, n: usize) -> (InMemory, InMemory) {
    let val = all.split_off(all.len().saturating_sub(n));
    (all, val)
}

fn train_and_report<M, const C: usize, const H: usize, const W: usize>(
    args: &Args,
    trainer: &Trainer<C, H, W>,
    mut model: M,
    train: &impl Dataset,
    val: &impl Dataset,
    test: &impl Dataset,
) -> constnet::Result<()>
where
    M: Classifier<C, H, W, 10> + Checkpoint<f32, Cpu>,
{
    if let Some(path) = &args.resume {
        model.load_safetensors(path)?;
        eprintln!("resumed weights from {}", path.display());
    }
    let start = std::time::Instant::now();
    let history = trainer.fit_with(&mut model, train, Some(val), |_, m| match &args.save {
        Some(path) => m.save_safetensors(path),
        None => Ok(()),
    })?;
    let train_seconds = start.elapsed().as_secs_f64();
    let test_eval = trainer.evaluate(&model, test)?;
    let last = history.last().expect("at least one epoch");
    let train_images = (train.len() * history.len()) as f64;
    let train_only: f64 = history
        .iter()
        .map(|h| train.len() as f64 / h.images_per_second)
        .sum();
    println!(
        "{{\"val_accuracy\": {:.4}, \"test_accuracy\": {:.4}, \"epochs\": {}, \"train_seconds\": {:.2}, \"images_per_second\": {:.0}, \"train_loss\": {:.4}, \"val_loss\": {:.4}, \"test_loss\": {:.4}}}",
        last.val_accuracy.unwrap_or(f64::NAN),
        test_eval.accuracy,
        history.len(),
        train_seconds,
        train_images / train_only,
        last.train_loss,
        last.val_loss.unwrap_or(f64::NAN),
        test_eval.loss,
    );
    Ok(())
}
