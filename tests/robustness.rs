//! Every reader against damaged files: for each, at least 1,000 seeded mutations of a small valid
//! file (truncation, flipped bytes, header fields set to huge values, appended bytes, and pairs of
//! these) must give an `Err` or a valid load, never a panic; a failed checkpoint or training-state
//! load must leave the model's weights as they were. A failure prints the reader, the seed and the
//! mutation, so it can be replayed.
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use constnet::data::{Cifar10, Dataset, Digits, Mnist};
use constnet::prelude::*;
use constnet::train::{TrainConfig, TrainState};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Mutations per reader.
const MUTATIONS: u64 = 1_200;

type Small = Sequential<(Linear<4, 3>, ReLU, Linear<3, 2>)>;
type SmallModel = <Small as BuildOnDevice<Cpu, f32>>::Built;

/// A fresh, empty directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("robustness-{test}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Places in a format's header where a huge value can go: byte offset, width, big-endian.
#[derive(Clone, Copy)]
struct Field {
    offset: usize,
    width: usize,
    big_endian: bool,
}

/// Applies one random mutation to `bytes`; returns what it did.
fn mutate(rng: &mut StdRng, bytes: &mut Vec<u8>, fields: &[Field]) -> String {
    match rng.gen_range(0..6) {
        0 => {
            let at = rng.gen_range(0..bytes.len().max(1));
            bytes.truncate(at);
            format!("truncate to {at}")
        }
        1 if !bytes.is_empty() => {
            let n = rng.gen_range(1..=8);
            let mut at = Vec::new();
            for _ in 0..n {
                let i = rng.gen_range(0..bytes.len());
                bytes[i] ^= rng.gen_range(1..=255u8);
                at.push(i);
            }
            format!("flip bytes {at:?}")
        }
        2 if !fields.is_empty() => {
            let f = fields[rng.gen_range(0..fields.len())];
            let huge: u64 = match rng.gen_range(0..4) {
                0 => u64::MAX,
                1 => u64::MAX >> rng.gen_range(1..40),
                2 => 1 << rng.gen_range(20..63),
                _ => rng.gen(),
            };
            let raw = if f.big_endian {
                huge.to_be_bytes()[8 - f.width..].to_vec()
            } else {
                huge.to_le_bytes()[..f.width].to_vec()
            };
            if bytes.len() >= f.offset + f.width {
                bytes[f.offset..f.offset + f.width].copy_from_slice(&raw);
            }
            format!("field at {} = {huge:#x}", f.offset)
        }
        3 => {
            // A decimal number in a text header (safetensors' JSON, the digits' CSV) made huge.
            let digits: Vec<usize> = (0..bytes.len())
                .filter(|&i| bytes[i].is_ascii_digit())
                .collect();
            if digits.is_empty() {
                return "no number to enlarge".into();
            }
            let i = digits[rng.gen_range(0..digits.len())];
            let huge = [
                "18446744073709551615",
                "99999999999999999999999",
                "4294967296",
                "65537",
            ][rng.gen_range(0..4)];
            bytes.splice(i..i + 1, huge.bytes());
            format!("number at {i} = {huge}")
        }
        4 => {
            let n = rng.gen_range(1..=64);
            bytes.extend((0..n).map(|_| rng.gen::<u8>()));
            format!("append {n} bytes")
        }
        _ => {
            let a = mutate(rng, bytes, fields);
            let b = mutate(rng, bytes, fields);
            format!("{a}, then {b}")
        }
    }
}

/// Runs `load` on `MUTATIONS` mutations of `valid`; `load` returns whether it succeeded and
/// checks what must hold either way. Panics (with the seed) if `load` panics. Returns the
/// number of loads that succeeded.
fn fuzz(name: &str, valid: &[u8], fields: &[Field], mut load: impl FnMut(&[u8]) -> bool) -> u64 {
    assert!(load(valid), "{name}: the unmutated file must load");
    let mut loaded = 0;
    for seed in 0..MUTATIONS {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut bytes = valid.to_vec();
        let what = mutate(&mut rng, &mut bytes, fields);
        match catch_unwind(AssertUnwindSafe(|| load(&bytes))) {
            Ok(true) => loaded += 1,
            Ok(false) => {}
            Err(_) => panic!("{name}: panicked on seed {seed} ({what})"),
        }
    }
    println!("{name}: {loaded} of {MUTATIONS} mutated files still loaded, the rest were errors");
    loaded
}

/// Every parameter's bits.
fn bits(m: &SmallModel) -> Vec<u32> {
    let l = &m.layers;
    [
        l.0.weight.as_vec(),
        l.0.bias.as_vec(),
        l.2.weight.as_vec(),
        l.2.bias.as_vec(),
    ]
    .concat()
    .into_iter()
    .map(f32::to_bits)
    .collect()
}

/// The safetensors header-length field.
const SAFETENSORS: &[Field] = &[Field {
    offset: 0,
    width: 8,
    big_endian: false,
}];

#[test]
fn checkpoint_reader() {
    let dir = scratch("checkpoint");
    let path = dir.join("small.safetensors");
    Cpu::seed_from_u64(1)
        .build_module::<Small, f32>()
        .save_safetensors(&path)
        .unwrap();
    let valid = fs::read(&path).unwrap();
    let target = dir.join("mutated.safetensors");
    let mut model = Cpu::seed_from_u64(2).build_module::<Small, f32>();
    fuzz("checkpoint", &valid, SAFETENSORS, |bytes| {
        fs::write(&target, bytes).unwrap();
        let before = bits(&model);
        match model.load_safetensors(&target) {
            Ok(()) => true,
            Err(e) => {
                assert!(
                    matches!(e, constnet::Error::Checkpoint { .. }),
                    "not a checkpoint error: {e:?}"
                );
                assert_eq!(bits(&model), before, "a failed load changed the model: {e}");
                false
            }
        }
    });
}

#[test]
fn training_state_reader() {
    let dir = scratch("state");
    let path = dir.join("small.state.safetensors");
    let model = Cpu::seed_from_u64(1).build_module::<Small, f32>();
    for (name, cfg) in [
        ("sgd", TrainConfig::default()),
        (
            "adam",
            TrainConfig {
                optimizer: constnet::train::OptimizerKind::Adam,
                ..Default::default()
            },
        ),
    ] {
        TrainState::new(&model, &cfg).save(&path, &model).unwrap();
        let valid = fs::read(&path).unwrap();
        let target = dir.join(format!("mutated-{name}.safetensors"));
        let mut into = Cpu::seed_from_u64(2).build_module::<Small, f32>();
        fuzz(
            &format!("training state ({name})"),
            &valid,
            SAFETENSORS,
            |bytes| {
                fs::write(&target, bytes).unwrap();
                let before = bits(&into);
                match TrainState::load(&target, &mut into) {
                    Ok(_) => true,
                    Err(e) => {
                        assert_eq!(bits(&into), before, "a failed load changed the model: {e}");
                        false
                    }
                }
            },
        );
    }

    // A damaged checkpoint beside an intact training state: `resume` compares the two.
    let checkpoint = dir.join("pair.safetensors");
    TrainState::new(&model, &TrainConfig::default())
        .save_with_checkpoint(&checkpoint, &model)
        .unwrap();
    let valid = fs::read(&checkpoint).unwrap();
    let mut into = Cpu::seed_from_u64(2).build_module::<Small, f32>();
    fuzz(
        "checkpoint beside a training state",
        &valid,
        SAFETENSORS,
        |bytes| {
            fs::write(&checkpoint, bytes).unwrap();
            let before = bits(&into);
            match TrainState::resume(&checkpoint, &mut into) {
                Ok(_) => true,
                Err(e) => {
                    assert_eq!(
                        bits(&into),
                        before,
                        "a failed resume changed the model: {e}"
                    );
                    false
                }
            }
        },
    );
}

/// Idx files of `count` 28×28 images and their labels.
fn mnist_files(count: u32) -> (Vec<u8>, Vec<u8>) {
    let mut images = vec![0, 0, 8, 3];
    for v in [count, 28, 28] {
        images.extend(v.to_be_bytes());
    }
    images.extend((0..count as usize * 784).map(|i| (i * 13 % 256) as u8));
    let mut labels = vec![0, 0, 8, 1];
    labels.extend(count.to_be_bytes());
    labels.extend((0..count).map(|i| (i % 10) as u8));
    (images, labels)
}

#[test]
fn mnist_reader() {
    let dir = scratch("mnist");
    let (images, labels) = mnist_files(3);
    let (img_path, lbl_path) = (dir.join("images-idx3-ubyte"), dir.join("labels-idx1-ubyte"));
    let idx3: Vec<Field> = [0, 4, 8, 12]
        .map(|offset| Field {
            offset,
            width: 4,
            big_endian: true,
        })
        .to_vec();
    let check = |data: constnet::Result<constnet::data::InMemory>| match data {
        Ok(d) => {
            assert_eq!(d.image_shape(), (1, 32, 32));
            assert!(d.labels().iter().all(|&l| l < 10));
            true
        }
        Err(_) => false,
    };
    fs::write(&lbl_path, &labels).unwrap();
    fuzz("MNIST images", &images, &idx3, |bytes| {
        fs::write(&img_path, bytes).unwrap();
        check(Mnist::read(&img_path, &lbl_path))
    });
    fs::write(&img_path, &images).unwrap();
    fuzz("MNIST labels", &labels, &idx3[..2], |bytes| {
        fs::write(&lbl_path, bytes).unwrap();
        check(Mnist::read(&img_path, &lbl_path))
    });
}

#[test]
fn cifar10_reader() {
    let dir = scratch("cifar");
    let mut valid = Vec::new();
    for label in [3u8, 9] {
        valid.push(label);
        valid.extend((0..3072).map(|i| (i * 7 % 256) as u8));
    }
    let path = dir.join("data_batch_1.bin");
    // The label bytes are the format's only header fields.
    let labels = [0, 3073].map(|offset| Field {
        offset,
        width: 1,
        big_endian: true,
    });
    fuzz("CIFAR-10", &valid, &labels, |bytes| {
        fs::write(&path, bytes).unwrap();
        match Cifar10::read_files(&[&path]) {
            Ok(d) => {
                assert_eq!(d.image_shape(), (3, 32, 32));
                assert!(d.labels().iter().all(|&l| l < 10));
                true
            }
            Err(_) => false,
        }
    });
}

#[test]
fn digits_reader() {
    // Eight lines of the bundled file, gzipped and plain.
    let all =
        Digits::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/digits.csv.gz")).unwrap();
    let mut csv = String::new();
    for i in 0..8 {
        for p in all.pixels(i) {
            csv += &format!("{p},");
        }
        csv += &format!("{}\n", all.file_label(i));
    }
    let mut gz = Vec::new();
    {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(&mut gz, flate2::Compression::default());
        enc.write_all(csv.as_bytes()).unwrap();
        enc.finish().unwrap();
    }
    // gzip's flags byte, modification time, and the trailer's CRC and size.
    let n = gz.len();
    let gzip_fields = [(3, 1), (4, 4), (n - 8, 4), (n - 4, 4)].map(|(offset, width)| Field {
        offset,
        width,
        big_endian: false,
    });
    let load = |bytes: &[u8]| match Digits::from_bytes("digits.csv.gz", bytes) {
        Ok(d) => {
            let mut image = vec![0.0; 1024];
            for i in 0..d.len() {
                assert!(d.get(i, &mut image) < 10);
                assert!(image.iter().all(|v| v.is_finite()));
            }
            true
        }
        Err(_) => false,
    };
    fuzz("digits (gzip)", &gz, &gzip_fields, load);
    fuzz("digits (plain)", csv.as_bytes(), &[], load);
}
