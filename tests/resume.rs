//! Exact resume: training interrupted after an epoch, saved (`TrainState` beside a model-only
//! checkpoint) and continued in a fresh model ends with the same weights and the same statistics,
//! bit for bit, as a run that was never interrupted; and the ways a training state can be wrong.
use std::fs;
use std::path::{Path, PathBuf};

use constnet::data::{Dataset, SyntheticDigits};
use constnet::prelude::*;
use constnet::train::{
    state_path, EpochStats, OptimizerKind, Progress, TrainConfig, TrainState, Trainer,
};
use constnet::Error;

type Model = <LeNet5Classic as BuildOnDevice<Cpu, f32>>::Built;

fn cfg(epochs: usize, optimizer: OptimizerKind) -> TrainConfig {
    TrainConfig {
        epochs,
        batch_size: 16,
        lr: 0.01,
        lr_decay: 0.7,
        optimizer,
        weight_decay: 1e-3,
        seed: 11,
        threads: 2,
        progress: Progress::Quiet,
    }
}

const SGD: OptimizerKind = OptimizerKind::Sgd {
    momentum: 0.9,
    nesterov: true,
};

fn data() -> (SyntheticDigits, SyntheticDigits) {
    (
        SyntheticDigits::train(4, 32).greyscale(),
        SyntheticDigits::validation(4, 8).greyscale(),
    )
}

/// A fresh, empty directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("resume-{test}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Every parameter's bits.
fn weights(m: &Model) -> Vec<u32> {
    let l = &m.layers;
    [
        l.0.weight.as_vec(),
        l.0.bias.as_ref().expect("LeNet5 has conv biases").as_vec(),
        l.3.weight.as_vec(),
        l.3.bias.as_ref().expect("LeNet5 has conv biases").as_vec(),
        l.7.weight.as_vec(),
        l.7.bias.as_vec(),
        l.9.weight.as_vec(),
        l.9.bias.as_vec(),
        l.11.weight.as_vec(),
        l.11.bias.as_vec(),
    ]
    .concat()
    .into_iter()
    .map(f32::to_bits)
    .collect()
}

/// The statistics an epoch prints, as bits (no timings).
fn numbers(s: &EpochStats) -> [u64; 5] {
    [
        s.epoch as u64,
        s.train_loss.to_bits(),
        s.train_accuracy.to_bits(),
        s.val_loss.unwrap().to_bits(),
        s.val_accuracy.unwrap().to_bits(),
    ]
}

/// Trains `epochs` epochs in one go.
fn uninterrupted(optimizer: OptimizerKind, epochs: usize) -> (Model, Vec<EpochStats>) {
    let (train, val) = data();
    let trainer = Trainer::<1, 32, 32>::new(cfg(epochs, optimizer)).unwrap();
    let mut model = trainer.build::<LeNet5Classic>();
    let history = trainer.fit(&mut model, &train, Some(&val)).unwrap();
    (model, history)
}

/// Trains `first` epochs and saves, then continues up to `epochs` from the files in a model
/// built from another seed.
fn interrupted(
    optimizer: OptimizerKind,
    first: usize,
    epochs: usize,
    dir: &Path,
) -> (Model, Vec<EpochStats>) {
    let (train, val) = data();
    let path = dir.join("lenet.safetensors");
    let trainer = Trainer::<1, 32, 32>::new(cfg(first, optimizer)).unwrap();
    let mut model = trainer.build::<LeNet5Classic>();
    let mut state = trainer.start(&model);
    trainer
        .fit_from(&mut model, &mut state, &train, Some(&val), |_, m, s| {
            s.save_with_checkpoint(&path, m)
        })
        .unwrap();
    drop((model, state));

    let trainer = Trainer::<1, 32, 32>::new(cfg(epochs, optimizer)).unwrap();
    let mut model = Cpu::seed_from_u64(99).build_module::<LeNet5Classic, f32>();
    let mut state = TrainState::resume(&path, &mut model).unwrap();
    assert_eq!(state.epoch(), first);
    let history = trainer
        .fit_from(&mut model, &mut state, &train, Some(&val), |_, _, _| Ok(()))
        .unwrap();
    assert_eq!(state.epoch(), epochs);
    (model, history)
}

#[test]
fn resumed_runs_end_where_uninterrupted_ones_do_bit_for_bit() {
    for (name, optimizer) in [("sgd", SGD), ("adam", OptimizerKind::Adam)] {
        let dir = scratch(name);
        let (whole, whole_history) = uninterrupted(optimizer, 2);
        let (resumed, resumed_history) = interrupted(optimizer, 1, 2, &dir);
        assert_eq!(resumed_history.len(), 1);
        for (a, b) in whole_history[1..].iter().zip(&resumed_history) {
            assert_eq!(numbers(a), numbers(b), "{name}: {a:?} vs {b:?}");
        }
        assert!(
            weights(&whole) == weights(&resumed),
            "{name}: weights differ"
        );

        // The optimizer state matters: the same weights with a fresh optimizer end elsewhere.
        let (train, val) = data();
        let trainer = Trainer::<1, 32, 32>::new(cfg(2, optimizer)).unwrap();
        let mut weights_only = trainer.build::<LeNet5Classic>();
        weights_only
            .load_safetensors(dir.join("lenet.safetensors"))
            .unwrap();
        trainer.fit(&mut weights_only, &train, Some(&val)).unwrap();
        assert!(weights(&weights_only) != weights(&resumed), "{name}");
    }
}

#[test]
fn a_state_file_alone_resumes_and_holds_what_pytorch_saves() {
    let dir = scratch("alone");
    let (train, _) = data();
    let path = dir.join("run.safetensors");
    let trainer = Trainer::<1, 32, 32>::new(cfg(1, OptimizerKind::Adam)).unwrap();
    let mut model = trainer.build::<LeNet5Classic>();
    let mut state = trainer.start(&model);
    trainer
        .fit_from(&mut model, &mut state, &train, None, |_, m, s| {
            s.save_with_checkpoint(&path, m)
        })
        .unwrap();
    assert_eq!(state_path(&path), dir.join("run.state.safetensors"));
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["run.safetensors", "run.state.safetensors"]);

    let bytes = fs::read(state_path(&path)).unwrap();
    // The same state and weights give the same bytes (sorted header), file after file.
    for again in ["again-1.safetensors", "again-2.safetensors"] {
        state.save(dir.join(again), &model).unwrap();
        assert!(fs::read(dir.join(again)).unwrap() == bytes, "{again}");
    }
    let file = safetensors::SafeTensors::deserialize(&bytes).unwrap();
    let mut tensors = file.names();
    tensors.sort();
    assert!(tensors.contains(&&"model.0.weight".to_string()));
    assert!(tensors.contains(&&"optimizer.exp_avg.0.weight".to_string()));
    assert!(tensors.contains(&&"optimizer.exp_avg_sq.9.bias".to_string()));
    assert_eq!(tensors.len(), 3 * 10);
    let meta = safetensors::SafeTensors::read_metadata(&bytes)
        .unwrap()
        .1
        .metadata()
        .clone()
        .unwrap();
    assert_eq!(meta["format"], "constnet.train_state");
    assert_eq!(meta["epoch"], "1");
    assert_eq!(meta["adam_step"], "2"); // 32 images in batches of 16
    assert_eq!(meta["train_len"], "32");

    let mut fresh = Cpu::seed_from_u64(5).build_module::<LeNet5Classic, f32>();
    let loaded = TrainState::resume(state_path(&path), &mut fresh).unwrap();
    assert_eq!(loaded.epoch(), 1);
    assert_eq!(weights(&fresh), weights(&model));
    assert_eq!(loaded.config(), state.config());
    match (loaded.optimizer(), state.optimizer()) {
        (constnet::train::OptimizerState::Adam(a), constnet::train::OptimizerState::Adam(b)) => {
            assert_eq!(a.step(), b.step());
            assert_eq!(a.exp_avg(), b.exp_avg());
            assert_eq!(a.exp_avg_sq(), b.exp_avg_sq());
        }
        other => panic!("{other:?}"),
    }
}

/// Saves one epoch of Adam training of LeNet5Classic in a fresh directory; returns the
/// checkpoint's path.
fn saved_run(test: &str) -> PathBuf {
    let dir = scratch(test);
    let path = dir.join("lenet.safetensors");
    let (train, _) = data();
    let trainer = Trainer::<1, 32, 32>::new(TrainConfig {
        batch_size: 32,
        ..cfg(1, OptimizerKind::Adam)
    })
    .unwrap();
    let mut model = trainer.build::<LeNet5Classic>();
    let mut state = trainer.start(&model);
    trainer
        .fit_from(&mut model, &mut state, &train, None, |_, m, s| {
            s.save_with_checkpoint(&path, m)
        })
        .unwrap();
    path
}

/// `TrainState::resume(path)` into a fresh model: the error, after checking the model is
/// unchanged.
fn resume_error(path: &Path) -> String {
    let mut model = Cpu::seed_from_u64(5).build_module::<LeNet5Classic, f32>();
    let before = weights(&model);
    let err = TrainState::resume(path, &mut model).unwrap_err();
    assert_eq!(weights(&model), before, "the model changed on error");
    let msg = err.to_string();
    println!("{msg}");
    msg
}

#[test]
fn a_checkpoint_without_state_or_with_another_ones_is_an_error() {
    let path = saved_run("mismatch");
    let state = state_path(&path);

    // The checkpoint replaced by other weights.
    Cpu::seed_from_u64(3)
        .build_module::<LeNet5Classic, f32>()
        .save_safetensors(&path)
        .unwrap();
    let msg = resume_error(&path);
    assert!(
        msg.contains("weights differ from those in the training state")
            && msg.contains("\"0.bias\""),
        "{msg}"
    );

    // No state beside it.
    fs::remove_file(&state).unwrap();
    let msg = resume_error(&path);
    assert!(msg.contains("no training state beside it"), "{msg}");

    // A model checkpoint is not a training state.
    let msg = {
        let mut model = Cpu::seed_from_u64(5).build_module::<LeNet5Classic, f32>();
        TrainState::load(&path, &mut model).unwrap_err().to_string()
    };
    assert!(msg.contains("not a training state"), "{msg}");
}

#[test]
fn a_state_of_another_model_or_optimizer_is_an_error() {
    let path = saved_run("other");
    let state = state_path(&path);

    // Another model: the state's weights do not fit; the model is unchanged.
    let dev = Cpu::seed_from_u64(1);
    let mut lenet5 = dev.build_module::<LeNet5, f32>();
    let err = TrainState::load(&state, &mut lenet5)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("\"model.0.weight\": expected shape [8, 3, 5, 5], file has [6, 1, 5, 5]"),
        "{err}"
    );

    // Another optimizer in the configuration than in the state.
    let (train, _) = data();
    let mut model = Cpu::seed_from_u64(5).build_module::<LeNet5Classic, f32>();
    let mut loaded = TrainState::resume(&path, &mut model).unwrap();
    let trainer = Trainer::<1, 32, 32>::new(cfg(2, SGD)).unwrap();
    let err = trainer
        .fit_from(&mut model, &mut loaded, &train, None, |_, _, _| Ok(()))
        .unwrap_err();
    assert!(
        matches!(&err, Error::Config { field: "optimizer", message } if message.contains("holds the state of adam")),
        "{err}"
    );

    // Nothing left to do.
    let trainer = Trainer::<1, 32, 32>::new(cfg(1, OptimizerKind::Adam)).unwrap();
    let err = trainer
        .fit_from(&mut model, &mut loaded, &train, None, |_, _, _| Ok(()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("already done 1 epoch(s)"), "{err}");

    // A state made for another model passed to fit_from.
    let trainer3 = Trainer::<3, 32, 32>::new(cfg(2, OptimizerKind::Adam)).unwrap();
    let mut state_lenet5 = trainer3.start(&lenet5);
    let trainer = Trainer::<1, 32, 32>::new(cfg(2, OptimizerKind::Adam)).unwrap();
    let err = trainer
        .fit_from(
            &mut model,
            &mut state_lenet5,
            &train,
            None,
            |_, _, _| Ok(()),
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("made for another model"), "{err}");
}

#[test]
fn an_empty_validation_set_gives_no_validation_metrics() {
    let (train, _) = data();
    let empty = SyntheticDigits::validation(4, 0).greyscale();
    let trainer = Trainer::<1, 32, 32>::new(cfg(1, OptimizerKind::Adam)).unwrap();
    let mut model = trainer.build::<LeNet5Classic>();
    let history = trainer.fit(&mut model, &train, Some(&empty)).unwrap();
    assert_eq!((history[0].val_loss, history[0].val_accuracy), (None, None));
    assert!(!constnet::train::format_epoch(&history[0], 1).contains("val"));
    let err = trainer.evaluate(&model, &empty).unwrap_err().to_string();
    assert!(err.contains("is empty"), "{err}");
    assert!(empty.is_empty());
}

/// A network with dropout and batch norm resumes exactly too: each epoch's random draws come
/// from a device seeded from the seed and the epoch, and the running statistics are in the
/// checkpoint.
#[test]
fn a_network_with_dropout_and_batch_norm_resumes_exactly() {
    type Net = Sequential<(
        Conv2d<1, 4, 3, 2, 1, false>,
        BatchNorm2d<4>,
        ReLU,
        Dropout<30>,
        GlobalAvgPool2d,
        Flatten,
        Linear<4, 10>,
    )>;
    let (train, val) = data();
    let bits = |m: &<Net as BuildOnDevice<Cpu, f32>>::Built| -> Vec<u32> {
        [
            m.layers.0.weight.as_vec(),
            m.layers.1.running_mean.as_vec(),
            m.layers.1.running_var.as_vec(),
            m.layers.6.weight.as_vec(),
        ]
        .concat()
        .into_iter()
        .map(f32::to_bits)
        .collect()
    };
    let trainer = Trainer::<1, 32, 32>::new(cfg(2, OptimizerKind::Adam)).unwrap();
    let mut whole = trainer.build::<Net>();
    trainer.fit(&mut whole, &train, Some(&val)).unwrap();

    let dir = scratch("dropout");
    let path = dir.join("net.safetensors");
    let first = Trainer::<1, 32, 32>::new(cfg(1, OptimizerKind::Adam)).unwrap();
    let mut model = first.build::<Net>();
    let mut state = first.start(&model);
    first
        .fit_from(&mut model, &mut state, &train, Some(&val), |_, m, s| {
            s.save_with_checkpoint(&path, m)
        })
        .unwrap();
    let mut resumed = Cpu::seed_from_u64(99).build_module::<Net, f32>();
    let mut state = TrainState::resume(&path, &mut resumed).unwrap();
    trainer
        .fit_from(&mut resumed, &mut state, &train, Some(&val), |_, _, _| {
            Ok(())
        })
        .unwrap();
    assert!(
        bits(&whole) == bits(&resumed),
        "weights or statistics differ"
    );
    fs::remove_dir_all(&dir).ok();
}
