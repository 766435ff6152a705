//! The training API: configuration errors, determinism, divergence handling, evaluation and
//! prediction.
use std::sync::atomic::{AtomicUsize, Ordering};

use constnet::data::{Dataset, SyntheticDigits};
use constnet::prelude::*;
use constnet::train::{OptimizerKind, Progress, TrainConfig, Trainer};
use constnet::Error;

fn quiet(epochs: usize) -> TrainConfig {
    TrainConfig {
        epochs,
        batch_size: 32,
        lr: 1e-3,
        optimizer: OptimizerKind::Adam,
        threads: 1,
        progress: Progress::Quiet,
        ..Default::default()
    }
}

#[test]
fn invalid_config_names_the_field() {
    let cases: Vec<(TrainConfig, &str)> = vec![
        (
            TrainConfig {
                batch_size: 0,
                ..quiet(1)
            },
            "batch_size",
        ),
        (
            TrainConfig {
                epochs: 0,
                ..quiet(1)
            },
            "epochs",
        ),
        (
            TrainConfig {
                lr: 0.0,
                ..quiet(1)
            },
            "lr",
        ),
        (
            TrainConfig {
                lr: -1.0,
                ..quiet(1)
            },
            "lr",
        ),
        (
            TrainConfig {
                lr: f64::NAN,
                ..quiet(1)
            },
            "lr",
        ),
        (
            TrainConfig {
                weight_decay: -0.1,
                ..quiet(1)
            },
            "weight_decay",
        ),
        (
            TrainConfig {
                threads: 0,
                ..quiet(1)
            },
            "threads",
        ),
        (
            TrainConfig {
                optimizer: OptimizerKind::Sgd {
                    momentum: 1.5,
                    nesterov: false,
                },
                ..quiet(1)
            },
            "momentum",
        ),
    ];
    for (cfg, field) in cases {
        match Trainer::<3, 32, 32>::new(cfg) {
            Err(Error::Config { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{field}: expected a config error, got {other:?}"),
        }
    }
    let msg = Trainer::<3, 32, 32>::new(TrainConfig {
        batch_size: 0,
        ..quiet(1)
    })
    .unwrap_err()
    .to_string();
    assert!(msg.contains("batch_size"), "{msg}");
}

#[test]
fn same_seed_same_curve_bit_for_bit() {
    let train = SyntheticDigits::train(3, 96);
    let val = SyntheticDigits::validation(3, 32);
    let run = || {
        let trainer = Trainer::<3, 32, 32>::new(quiet(2)).unwrap();
        let mut model = trainer.build::<LeNet5>();
        let h = trainer.fit(&mut model, &train, Some(&val)).unwrap();
        h.iter()
            .map(|e| (e.train_loss.to_bits(), e.val_loss.unwrap().to_bits()))
            .collect::<Vec<_>>()
    };
    assert_eq!(run(), run());
}

#[test]
fn training_lowers_the_loss_and_evaluates() {
    let train = SyntheticDigits::train(5, 512);
    let val = SyntheticDigits::validation(5, 128);
    let trainer = Trainer::<3, 32, 32>::new(TrainConfig {
        threads: 2,
        ..quiet(3)
    })
    .unwrap();
    let mut model = trainer.build::<LeNet5>();
    let before = trainer.evaluate(&model, &val).unwrap();
    let history = trainer.fit(&mut model, &train, Some(&val)).unwrap();
    assert_eq!(history.len(), 3);
    assert!(history[2].train_loss < history[0].train_loss, "{history:?}");
    let after = trainer.evaluate(&model, &val).unwrap();
    assert!(after.loss < before.loss, "{before:?} -> {after:?}");
    assert_eq!(after.confusion.len(), 10);
    assert_eq!(after.confusion.iter().flatten().sum::<usize>(), 128);
    let diag: usize = (0..10).map(|k| after.confusion[k][k]).sum();
    assert!((after.accuracy - diag as f64 / 128.0).abs() < 1e-12);

    let x: Tensor<(usize, Const<3>, Const<32>, Const<32>), f32, Cpu> = trainer
        .device()
        .sample_normal_like(&(4, Const, Const, Const));
    let p = trainer.predict(&model, x).unwrap();
    for row in p.as_vec().chunks(10) {
        assert!((row.iter().sum::<f32>() - 1.0).abs() < 1e-5);
        assert!(row.iter().all(|&v| (0.0..=1.0).contains(&v)));
    }
}

#[test]
fn wrong_image_shape_is_an_error() {
    let grey = SyntheticDigits::train(1, 8).greyscale();
    let trainer = Trainer::<3, 32, 32>::new(quiet(1)).unwrap();
    let mut model = trainer.build::<LeNet5>();
    let err = trainer
        .fit(&mut model, &grey, None)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("train data") && err.contains("(1, 32, 32)"),
        "{err}"
    );
}

/// Synthetic digits that turn into NaN after `good` images have been read.
struct PoisonAfter {
    inner: SyntheticDigits,
    good: usize,
    reads: AtomicUsize,
}

impl Dataset for PoisonAfter {
    fn len(&self) -> usize {
        self.inner.len()
    }
    fn image_shape(&self) -> (usize, usize, usize) {
        self.inner.image_shape()
    }
    fn num_classes(&self) -> usize {
        self.inner.num_classes()
    }
    fn get(&self, index: usize, image: &mut [f32]) -> usize {
        let label = self.inner.get(index, image);
        if self.reads.fetch_add(1, Ordering::SeqCst) >= self.good {
            image.fill(f32::NAN);
        }
        label
    }
}

#[test]
fn nan_loss_stops_with_epoch_and_step_and_keeps_the_last_checkpoint() {
    let dir = std::env::temp_dir().join(format!("constnet-train-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("last.safetensors");
    // 64 images, batches of 32: epoch 1 reads 64 good images; epoch 2's second batch is NaN.
    // LeNet5Classic (Tanh) carries a NaN through; ReLU, as dfdx's, would map it to 0.
    let data = PoisonAfter {
        inner: SyntheticDigits::train(2, 64).greyscale(),
        good: 96,
        reads: 0.into(),
    };
    let trainer = Trainer::<1, 32, 32>::new(quiet(3)).unwrap();
    let mut model = trainer.build::<LeNet5Classic>();
    let mut saved = Vec::new();
    let err = trainer
        .fit_with(&mut model, &data, None, |stats, m| {
            m.save_safetensors(&path)?;
            saved.push(stats.epoch);
            Ok(())
        })
        .unwrap_err();
    match &err {
        Error::Training {
            epoch,
            step,
            message,
        } => {
            assert_eq!((*epoch, *step), (2, 2), "{message}");
            assert!(message.contains("NaN"), "{message}");
        }
        other => panic!("expected a training error, got {other:?}"),
    }
    assert_eq!(saved, vec![1]);
    // The checkpoint from epoch 1 is intact and loads.
    let mut fresh = trainer.build::<LeNet5Classic>();
    fresh.load_safetensors(&path).unwrap();
    std::fs::remove_dir_all(&dir).ok();
}

/// The trainer trains in training mode (batch norm's running statistics move and its counter
/// counts the steps) and evaluates and predicts in evaluation mode (nothing moves, and the same
/// images give the same answer every time).
#[test]
fn batch_norm_trains_in_training_mode_and_evaluates_in_evaluation_mode() {
    type Net = Sequential<(
        Conv2d<3, 4, 3, 2, 1, false>,
        BatchNorm2d<4>,
        ReLU,
        Residual<Sequential<(Conv2d<4, 4, 3, 1, 1, false>, BatchNorm2d<4>)>>,
        ReLU,
        GlobalAvgPool2d,
        Flatten,
        Linear<4, 10>,
    )>;
    let train = SyntheticDigits::train(3, 96);
    let val = SyntheticDigits::validation(3, 32);
    let trainer = Trainer::<3, 32, 32>::new(quiet(1)).unwrap();
    let mut model = trainer.build::<Net>();
    trainer.fit(&mut model, &train, Some(&val)).unwrap();
    // three steps of 32 images
    assert_eq!(model.layers.1.num_batches_tracked.array(), 3.0);
    assert_ne!(model.layers.1.running_mean.array(), [0.0; 4]);
    let stats = |m: &<Net as BuildOnDevice<Cpu, f32>>::Built| {
        (
            m.layers.1.running_mean.as_vec(),
            m.layers.3.block.layers.1.running_var.as_vec(),
            m.layers.1.num_batches_tracked.array(),
        )
    };
    let before = stats(&model);
    let first = trainer.evaluate(&model, &val).unwrap();
    let second = trainer.evaluate(&model, &val).unwrap();
    assert_eq!(first, second);
    assert_eq!(stats(&model), before);
    let images: Tensor<(usize, Const<3>, Const<32>, Const<32>), f32, Cpu> = trainer
        .device()
        .sample_normal_like(&(8, Const, Const, Const));
    let p1 = trainer.predict::<_, 10>(&model, images.clone()).unwrap();
    let p2 = trainer.predict::<_, 10>(&model, images).unwrap();
    assert_eq!(p1.as_vec(), p2.as_vec());
    assert_eq!(stats(&model), before);
}
