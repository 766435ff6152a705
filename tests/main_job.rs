//! The main job (`examples/train.rs`, included here as a module): every option with odd values
//! gets a message that names it and says how to fix it, before any training; unmeasured metrics
//! are `null`; `--epochs 2` equals `--epochs 1 --save` then `--epochs 2 --resume`.
use std::fs;
use std::path::{Path, PathBuf};

use clap::Parser;
use constnet::prelude::*;

#[allow(dead_code)]
#[path = "../examples/train.rs"]
mod job;

use job::{run, Args, Report};

/// A fresh, empty directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("main-job-{test}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn args(argv: &[&str]) -> Args {
    Args::try_parse_from(std::iter::once("train").chain(argv.iter().copied())).unwrap()
}

/// A quick job: the linear baseline, one epoch, one thread; on 64 synthetic images (16 for
/// validation and test) unless `--data` says otherwise.
const QUICK: &[(&str, Option<&str>)] = &[
    ("--model", Some("linear")),
    ("--batch-size", Some("16")),
    ("--epochs", Some("1")),
    ("--threads", Some("1")),
    ("--quiet", None),
];
const SYNTHETIC: &[(&str, Option<&str>)] =
    &[("--train-size", Some("64")), ("--val-size", Some("16"))];

/// `QUICK` with `extra`, whose options replace QUICK's.
fn quick(extra: &[&str]) -> Vec<String> {
    let synthetic = !extra.contains(&"--data");
    let mut argv: Vec<String> = Vec::new();
    for (option, value) in QUICK.iter().chain(if synthetic { SYNTHETIC } else { &[] }) {
        if !extra.contains(option) {
            argv.push(option.to_string());
            argv.extend(value.map(String::from));
        }
    }
    argv.extend(extra.iter().map(|s| s.to_string()));
    argv
}

/// Runs the job, expecting an error whose message contains every one of `want`.
fn fails(argv: &[String], want: &[&str]) -> String {
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    let msg = match run(&args(&argv)) {
        Ok(report) => panic!("{argv:?}: expected an error, got {}", report.json),
        Err(e) => e.to_string(),
    };
    for w in want {
        assert!(msg.contains(w), "{argv:?}: {msg:?} lacks {w:?}");
    }
    msg
}

fn ok(argv: &[String]) -> Report {
    let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
    run(&args(&argv)).unwrap_or_else(|e| panic!("{argv:?}: {e}"))
}

#[test]
fn odd_option_values_are_refused_with_the_option_and_the_fix() {
    let cases: &[(&[&str], &[&str])] = &[
        (&["--epochs", "0"], &["invalid --epochs", "at least 1"]),
        (
            &["--batch-size", "0"],
            &["invalid --batch-size", "at least 1"],
        ),
        (
            &["--batch-size", "100000"],
            &[
                "--batch-size",
                "more than the 64 training images",
                "at most 64",
            ],
        ),
        (&["--lr", "0"], &["invalid --lr", "> 0, got 0"]),
        (&["--lr", "-0.5"], &["invalid --lr", "got -0.5"]),
        (&["--lr", "NaN"], &["invalid --lr"]),
        (&["--lr", "inf"], &["invalid --lr"]),
        (&["--lr-decay", "0"], &["invalid --lr-decay", "(0, 1]"]),
        (&["--lr-decay", "1.5"], &["invalid --lr-decay"]),
        (&["--weight-decay", "-1"], &["invalid --weight-decay"]),
        (
            &["--momentum", "0.5"],
            &["--momentum", "applies to --optimizer sgd"],
        ),
        (
            &["--nesterov"],
            &["--nesterov", "applies to --optimizer sgd"],
        ),
        (
            &["--optimizer", "sgd", "--momentum", "1"],
            &["invalid --momentum", "[0, 1)"],
        ),
        (
            &["--optimizer", "sgd", "--momentum", "0", "--nesterov"],
            &["invalid --nesterov", "momentum above 0"],
        ),
        (&["--threads", "0"], &["invalid --threads", "at least 1"]),
        (
            &["--threads", "100000"],
            &["invalid --threads", "more than 1024"],
        ),
        (
            &["--data", "imagenet"],
            &["unknown data set `imagenet`", "digits"],
        ),
        (
            &["--data", "mnist"],
            &["--data mnist:DIR", "nothing is downloaded"],
        ),
        (&["--data", "cifar10:"], &["--data cifar10:DIR"]),
        (
            &["--data", "mnist:/nonexistent/mnist"],
            &["directory /nonexistent/mnist does not exist"],
        ),
        (&["--data", "digits:data"], &["digits takes no directory"]),
        (&["--train-size", "0"], &["--train-size", "at least 1"]),
        (
            &["--train-size", "99999999999"],
            &["--train-size", "at most 10000000"],
        ),
        (&["--val-size", "99999999999"], &["--val-size", "at most"]),
        (
            &["--data", "digits", "--train-size", "10"],
            &["--train-size", "synthetic only"],
        ),
        (
            &["--data", "digits", "--val-size", "10"],
            &["--val-size", "fixed split", "drop --val-size"],
        ),
        (
            &["--save", "/nonexistent/runs/lenet.safetensors"],
            &["/nonexistent/runs does not exist", "create it first"],
        ),
        (
            &["--resume", "/nonexistent/lenet.safetensors"],
            &["--resume", "does not exist"],
        ),
        (&["--resume", "."], &["--resume", "is not a file"]),
        (
            &["--data", "digits", "--model", "resnet20"],
            &[
                "invalid --model",
                "resnet20 takes 3×32×32 colour images",
                "--data synthetic",
            ],
        ),
    ];
    for (extra, want) in cases {
        let msg = fails(&quick(extra), want);
        println!("{extra:?}: {msg}");
    }

    // A file where a directory is expected, and a directory where a file is.
    let dir = scratch("odd");
    let file = dir.join("a-file");
    fs::write(&file, b"x").unwrap();
    let file = file.to_str().unwrap();
    fails(
        &quick(&["--data", &format!("mnist:{file}")]),
        &["is a file"],
    );
    fails(
        &quick(&["--save", dir.to_str().unwrap()]),
        &["is a directory", "lenet.safetensors"],
    );
    // Not a checkpoint at all.
    fails(&quick(&["--resume", file]), &["not a safetensors file"]);

    // clap's own messages for values of the wrong kind.
    for argv in [
        &["--epochs", "-1"][..],
        &["--epochs", "two"],
        &["--optimizer", "rmsprop"],
    ] {
        let err = Args::try_parse_from(std::iter::once("train").chain(argv.iter().copied()))
            .unwrap_err()
            .to_string();
        assert!(err.contains(argv[1]), "{err}");
    }
}

#[test]
fn save_into_a_missing_directory_fails_before_training() {
    let dir = scratch("missing");
    let path = dir.join("no/such/dir/lenet.safetensors");
    // Only the check before training says "create it first"; a save attempted after the first
    // epoch would fail with the operating system's "No such file or directory".
    let msg = fails(
        &quick(&["--save", path.to_str().unwrap()]),
        &["does not exist", "create it first"],
    );
    assert!(msg.contains("no/such/dir does not exist"), "{msg}");
    assert!(!dir.join("no").exists());
}

#[test]
fn unmeasured_metrics_are_null() {
    let report = ok(&quick(&["--val-size", "0"]));
    println!("{}", report.json);
    assert!(
        report.json.contains("\"val_accuracy\": null"),
        "{}",
        report.json
    );
    assert!(
        report.json.contains("\"val_loss\": null"),
        "{}",
        report.json
    );
    assert!(
        report.json.contains("\"test_accuracy\": null"),
        "{}",
        report.json
    );
    assert!(
        report.json.contains("\"test_loss\": null"),
        "{}",
        report.json
    );
    assert!(
        !report.json.contains("\"train_loss\": null"),
        "{}",
        report.json
    );
    assert_eq!(report.history[0].val_loss, None);
    assert!(report.test.is_none());

    let report = ok(&quick(&[]));
    assert!(!report.json.contains("null"), "{}", report.json);
}

/// Idx files of `count` 28×28 images and labels `i % 10`.
fn write_mnist(dir: &Path, prefix: &str, count: u32) {
    let mut images = vec![0, 0, 8, 3];
    for v in [count, 28, 28] {
        images.extend(v.to_be_bytes());
    }
    images.extend((0..count as usize * 784).map(|i| (i * 7 % 256) as u8));
    let mut labels = vec![0, 0, 8, 1];
    labels.extend(count.to_be_bytes());
    labels.extend((0..count).map(|i| (i % 10) as u8));
    fs::write(dir.join(format!("{prefix}-images-idx3-ubyte")), images).unwrap();
    fs::write(dir.join(format!("{prefix}-labels-idx1-ubyte")), labels).unwrap();
}

#[test]
fn a_small_mnist_file_keeps_training_images_and_a_too_large_val_size_says_so() {
    let dir = scratch("mnist");
    write_mnist(&dir, "train", 30);
    write_mnist(&dir, "t10k", 10);
    let data = format!("mnist:{}", dir.display());
    // The default hold-out fits the file: a fifth, 6 images, and 24 to train on.
    let report = ok(&quick(&["--data", &data]));
    assert!(report.history[0].val_accuracy.is_some());
    let test = report.test.as_ref().unwrap();
    assert_eq!(test.confusion.iter().flatten().sum::<usize>(), 10);
    let report = ok(&quick(&[
        "--data",
        &data,
        "--val-size",
        "29",
        "--batch-size",
        "1",
    ]));
    assert!(report.history[0].val_accuracy.is_some());
    fails(
        &quick(&["--data", &data, "--val-size", "30"]),
        &[
            "--val-size",
            "30 would take all 30 images",
            "train-images-idx3-ubyte",
            "at most 29",
        ],
    );
    // The CIFAR-10 reader pointed at MNIST files says which reader to use.
    fails(
        &quick(&["--data", &format!("cifar10:{}", dir.display())]),
        &["holds MNIST files", "--data mnist:DIR"],
    );
}

/// Every number a job prints except the timings: the epoch statistics and the JSON's fields.
fn numbers(report: &Report) -> (Vec<[u64; 5]>, String) {
    let history = report
        .history
        .iter()
        .map(|s| {
            [
                s.epoch as u64,
                s.train_loss.to_bits(),
                s.train_accuracy.to_bits(),
                s.val_loss.unwrap().to_bits(),
                s.val_accuracy.unwrap().to_bits(),
            ]
        })
        .collect();
    let json: String = report
        .json
        .split(", ")
        .filter(|f| !f.contains("seconds") && !f.contains("images_per_second"))
        .collect::<Vec<_>>()
        .join(", ");
    (history, json)
}

#[test]
fn epochs_2_equals_epochs_1_then_resume_bit_for_bit() {
    for optimizer in [
        &["--optimizer", "adam"][..],
        &["--optimizer", "sgd", "--nesterov"],
    ] {
        let dir = scratch(optimizer[1]);
        let path = dir.join("run.safetensors");
        let path = path.to_str().unwrap();
        let with = |extra: &[&str]| {
            let mut e = vec!["--lr", "0.01", "--lr-decay", "0.5"];
            e.extend_from_slice(optimizer);
            e.extend_from_slice(extra);
            quick(&e)
        };
        let whole = ok(&with(&["--epochs", "2"]));
        ok(&with(&["--epochs", "1", "--save", path]));
        assert!(Path::new(path).is_file() && dir.join("run.state.safetensors").is_file());
        let resumed = ok(&with(&["--epochs", "2", "--resume", path]));
        let (whole_h, whole_json) = numbers(&whole);
        let (resumed_h, resumed_json) = numbers(&resumed);
        assert_eq!(whole_h[1..], resumed_h[..], "{optimizer:?}");
        assert_eq!(whole_json, resumed_json, "{optimizer:?}");
        assert!(resumed.json.contains("\"epochs\": 2"), "{}", resumed.json);
        assert_eq!(
            whole.test.unwrap().confusion,
            resumed.test.unwrap().confusion
        );

        // Nothing left to do, another optimizer, another model: each says how to go on.
        fails(
            &with(&["--epochs", "1", "--resume", path]),
            &["holds 1 epoch(s)", "--epochs 2 or more"],
        );
        let other = if optimizer[1] == "adam" {
            "sgd"
        } else {
            "adam"
        };
        fails(
            &quick(&["--epochs", "2", "--optimizer", other, "--resume", path]),
            &["--optimizer", &format!("pass --optimizer {}", optimizer[1])],
        );
        fails(
            &with(&["--epochs", "2", "--model", "lenet5", "--resume", path]),
            &[
                "this job trains LeNet5",
                "the checkpoint is of the linear baseline on colour images",
            ],
        );
    }
}

#[test]
fn a_checkpoint_without_state_resumes_its_weights_and_another_models_is_named() {
    let dir = scratch("weights-only");
    let classic = dir.join("classic.safetensors");
    Cpu::seed_from_u64(1)
        .build_module::<LeNet5Classic, f32>()
        .save_safetensors(&classic)
        .unwrap();
    let classic = classic.to_str().unwrap();
    fails(
        &quick(&["--model", "lenet5", "--resume", classic]),
        &[
            "this job trains LeNet5",
            "the checkpoint is of LeNet5Classic: --data digits or mnist:DIR",
            "\"0.weight\"",
        ],
    );
    let linear = dir.join("linear.safetensors");
    Cpu::seed_from_u64(1)
        .build_module::<Sequential<(Flatten, Linear<3072, 10>)>, f32>()
        .save_safetensors(&linear)
        .unwrap();
    // Weights only: trains from them with a fresh optimizer.
    let report = ok(&quick(&["--resume", linear.to_str().unwrap()]));
    assert_eq!(report.history.len(), 1);
}
