//! Data sets: the synthetic digits, the CIFAR-10 and MNIST readers, and their error messages.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use constnet::data::{write_ppm_grid, Cifar10, Dataset, InMemory, Mnist, SyntheticDigits};
use constnet::Error;

/// A fresh, empty directory under the system temp dir, unique to this process and call.
fn temp_dir(name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "constnet-data-{}-{}-{name}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn image_of(data: &impl Dataset, index: usize) -> (Vec<f32>, usize) {
    let (c, h, w) = data.image_shape();
    let mut image = vec![f32::NAN; c * h * w];
    let label = data.get(index, &mut image);
    (image, label)
}

// ---------------------------------------------------------------------------------------------
// Synthetic digits

#[test]
fn synthetic_digits_are_a_pure_function_of_seed_split_and_index() {
    let a = SyntheticDigits::train(3, 100);
    let b = SyntheticDigits::train(3, 100);
    for i in [0, 1, 57, 99, 1_000_000] {
        assert_eq!(image_of(&a, i), image_of(&b, i), "example {i}");
    }
    // Order does not matter: reading 5 after 99 gives what reading 5 first gave.
    let first = image_of(&a, 5);
    let _ = image_of(&a, 99);
    assert_eq!(image_of(&a, 5), first);
    // Parallel materialisation gives the same examples.
    let cached = InMemory::from_dataset(&a);
    for i in [0, 42, 99] {
        let (image, label) = image_of(&a, i);
        assert_eq!(cached.image(i), image.as_slice());
        assert_eq!(cached.label(i), label);
    }
}

#[test]
fn synthetic_digits_differ_across_seeds_splits_and_indices() {
    let train = image_of(&SyntheticDigits::train(3, 10), 0).0;
    let others = [
        image_of(&SyntheticDigits::train(4, 10), 0).0,
        image_of(&SyntheticDigits::validation(3, 10), 0).0,
        image_of(&SyntheticDigits::test(3, 10), 0).0,
        image_of(&SyntheticDigits::train(3, 10), 1).0,
    ];
    for (k, other) in others.iter().enumerate() {
        let same = train.iter().zip(other).filter(|(a, b)| a == b).count();
        assert!(same < train.len() / 10, "stream {k}: {same} equal pixels");
    }
}

#[test]
fn synthetic_labels_cover_all_classes_evenly() {
    let data = SyntheticDigits::train(11, 5_000);
    let mut counts = [0usize; 10];
    let mut image = vec![0.0; 3 * 32 * 32];
    for i in 0..data.len() {
        counts[data.get(i, &mut image)] += 1;
    }
    // 500 expected per class; binomial sd ≈ 21.
    for (digit, &n) in counts.iter().enumerate() {
        assert!(
            (400..600).contains(&n),
            "digit {digit}: {n} of 5000 ({counts:?})"
        );
    }
}

/// Mean and standard deviation per channel over `n` images.
fn channel_stats(data: &impl Dataset, n: usize) -> Vec<(f64, f64)> {
    let (c, h, w) = data.image_shape();
    let mut sums = vec![(0.0f64, 0.0f64); c];
    let mut image = vec![0.0; c * h * w];
    for i in 0..n {
        data.get(i, &mut image);
        for (ch, plane) in image.chunks_exact(h * w).enumerate() {
            for &v in plane {
                assert!(v.is_finite(), "image {i}: non-finite pixel");
                sums[ch].0 += f64::from(v);
                sums[ch].1 += f64::from(v) * f64::from(v);
            }
        }
    }
    let count = (n * h * w) as f64;
    sums.into_iter()
        .map(|(s, s2)| {
            let mean = s / count;
            (mean, (s2 / count - mean * mean).sqrt())
        })
        .collect()
}

#[test]
fn synthetic_pixels_are_finite_and_roughly_normalised() {
    for data in [
        SyntheticDigits::validation(5, 2_000),
        SyntheticDigits::validation(5, 2_000).greyscale(),
    ] {
        let stats = channel_stats(&data, data.len());
        assert_eq!(stats.len(), data.image_shape().0);
        for (c, (mean, std)) in stats.into_iter().enumerate() {
            assert!(mean.abs() < 0.1, "channel {c}: mean {mean}");
            assert!((0.9..1.1).contains(&std), "channel {c}: std {std}");
        }
    }
}

#[test]
fn greyscale_variant_has_one_channel_and_the_same_labels() {
    let colour = SyntheticDigits::test(9, 50);
    let grey = colour.greyscale();
    assert_eq!(grey.image_shape(), (1, 32, 32));
    assert_eq!(grey.num_classes(), 10);
    assert!(grey.is_greyscale() && !colour.is_greyscale());
    for i in 0..50 {
        assert_eq!(image_of(&grey, i).1, image_of(&colour, i).1);
    }
}

#[test]
fn dataset_works_through_references_and_trait_objects() {
    let data = SyntheticDigits::train(1, 7);
    let by_dyn: &dyn Dataset = &data;
    fn size_of_set<D: Dataset>(data: D) -> usize {
        data.len()
    }
    let by_ref: &SyntheticDigits = &data;
    let by_ref_ref: &&SyntheticDigits = &by_ref;
    assert_eq!(size_of_set(by_ref), 7);
    assert_eq!(size_of_set(by_ref_ref), 7);
    assert_eq!(by_dyn.len(), 7);
    assert!(!by_dyn.is_empty());
    assert!(SyntheticDigits::train(1, 0).is_empty());
    assert_eq!(image_of(&by_dyn, 3), image_of(&data, 3));
}

#[test]
fn in_memory_new_checks_its_parts() {
    let ok = InMemory::new(vec![0.5; 2 * 4], vec![1, 2], (1, 2, 2), 3).unwrap();
    assert_eq!(
        (ok.len(), ok.image_shape(), ok.num_classes()),
        (2, (1, 2, 2), 3)
    );
    assert_eq!(image_of(&ok, 1), (vec![0.5; 4], 2));

    let err = InMemory::new(vec![0.0; 7], vec![0, 1], (1, 2, 2), 3).unwrap_err();
    assert!(err.to_string().contains("do not make 2 images"), "{err}");
    let err = InMemory::new(vec![0.0; 8], vec![0, 3], (1, 2, 2), 3).unwrap_err();
    assert!(err.to_string().contains("label 3 of example 1"), "{err}");
    let mut all = InMemory::from_dataset(&SyntheticDigits::train(2, 10));
    let tail = all.split_off(7);
    assert_eq!((all.len(), tail.len()), (7, 3));
    assert_eq!(
        image_of(&tail, 1),
        image_of(&SyntheticDigits::train(2, 10), 8)
    );
    all.truncate(2);
    assert_eq!((all.len(), all.images().len()), (2, 2 * 3 * 32 * 32));

    assert!(InMemory::new(vec![], vec![], (0, 2, 2), 3).is_err());
    assert!(InMemory::new(vec![], vec![], (1, 2, 2), 0).is_err());
}

#[test]
fn ppm_grid_has_the_right_header_and_size() {
    let dir = temp_dir("ppm");
    let colour = dir.join("colour.ppm");
    let labels = write_ppm_grid(&colour, &SyntheticDigits::train(0, 10), 10, 4).unwrap();
    assert_eq!(labels.len(), 10);
    let bytes = std::fs::read(&colour).unwrap();
    // 4 columns and 3 rows of 32 px with 2 px gaps.
    let header = b"P6\n134 100\n255\n";
    assert_eq!(&bytes[..header.len()], header);
    assert_eq!(bytes.len(), header.len() + 134 * 100 * 3);

    let grey = dir.join("grey.pgm");
    write_ppm_grid(&grey, &SyntheticDigits::train(0, 10).greyscale(), 3, 8).unwrap();
    let bytes = std::fs::read(&grey).unwrap();
    let header = b"P5\n100 32\n255\n";
    assert_eq!(&bytes[..header.len()], header);
    assert_eq!(bytes.len(), header.len() + 100 * 32);
    std::fs::remove_dir_all(dir).unwrap();
}

/// Writes sample grids for a person to look at:
/// `cargo test --test data -- --ignored write_sample_grids --nocapture`.
#[test]
#[ignore]
fn write_sample_grids() {
    let dir = std::env::temp_dir().join("constnet-synthetic-samples");
    std::fs::create_dir_all(&dir).unwrap();
    let labels = write_ppm_grid(
        dir.join("colour.ppm"),
        &SyntheticDigits::train(1, 64),
        64,
        8,
    );
    println!(
        "{}: {:?}",
        dir.join("colour.ppm").display(),
        labels.unwrap()
    );
    let grey = SyntheticDigits::train(1, 64).greyscale();
    let labels = write_ppm_grid(dir.join("grey.pgm"), &grey, 64, 8);
    println!("{}: {:?}", dir.join("grey.pgm").display(), labels.unwrap());
}

/// Time per image: `cargo test --release --test data -- --ignored generation_time --nocapture`.
#[test]
#[ignore]
fn generation_time() {
    for data in [
        SyntheticDigits::train(2, 20_000),
        SyntheticDigits::train(2, 20_000).greyscale(),
    ] {
        let (c, h, w) = data.image_shape();
        let mut image = vec![0.0; c * h * w];
        let mut checksum = 0usize;
        let start = Instant::now();
        for i in 0..data.len() {
            checksum += data.get(i, &mut image);
        }
        let per = start.elapsed() / data.len() as u32;
        println!("{c}×{h}×{w}: {per:?} per image (checksum {checksum})");
    }
}

// ---------------------------------------------------------------------------------------------
// CIFAR-10

/// One CIFAR-10 record: label, then R, G, B planes; pixel (c, y, x) = `(c * 50 + y * 3 + x + seed) % 256`.
fn cifar_record(label: u8, seed: usize) -> Vec<u8> {
    let mut r = vec![label];
    for c in 0..3 {
        for y in 0..32 {
            for x in 0..32 {
                r.push(((c * 50 + y * 3 + x + seed) % 256) as u8);
            }
        }
    }
    r
}

fn write_file(path: &Path, bytes: &[u8]) {
    std::fs::File::create(path)
        .unwrap()
        .write_all(bytes)
        .unwrap();
}

fn write_cifar(dir: &Path, file: &str, labels: &[u8], seed: usize) {
    let bytes: Vec<u8> = labels
        .iter()
        .enumerate()
        .flat_map(|(i, &l)| cifar_record(l, seed + i))
        .collect();
    write_file(&dir.join(file), &bytes);
}

fn assert_close(a: f32, b: f32) {
    assert!((a - b).abs() < 1e-5, "{a} vs {b}");
}

#[test]
fn cifar10_reads_train_and_test_batches() {
    let dir = temp_dir("cifar");
    for (k, file) in Cifar10::TRAIN_FILES.iter().enumerate() {
        write_cifar(&dir, file, &[k as u8, 9 - k as u8], 10 * k);
    }
    write_cifar(&dir, Cifar10::TEST_FILE, &[3, 1, 4], 100);

    let train = Cifar10::train(&dir).unwrap();
    assert_eq!(train.len(), 10);
    assert_eq!(train.image_shape(), (3, 32, 32));
    assert_eq!(train.num_classes(), 10);
    assert_eq!(train.labels(), &[0, 9, 1, 8, 2, 7, 3, 6, 4, 5]);
    // Example 3 is record 1 of data_batch_2.bin: seed 10 + 1.
    let (image, label) = image_of(&train, 3);
    assert_eq!(label, 8);
    for (c, y, x) in [(0, 0, 0), (1, 5, 7), (2, 31, 31)] {
        let byte = ((c * 50 + y * 3 + x + 11) % 256) as f32;
        let expected = (byte / 255.0 - Cifar10::MEAN[c]) / Cifar10::STD[c];
        assert_close(image[c * 1024 + y * 32 + x], expected);
    }

    let test = Cifar10::test(&dir).unwrap();
    assert_eq!(test.labels(), &[3, 1, 4]);
    let (image, _) = image_of(&test, 2);
    let byte = (50 + 2 * 3 + 1 + 102) as f32; // channel 1, (y, x) = (2, 1), seed 100 + 2
    assert_close(
        image[1024 + 2 * 32 + 1],
        (byte / 255.0 - Cifar10::MEAN[1]) / Cifar10::STD[1],
    );

    // The folder that holds cifar-10-batches-bin works too.
    let outer = temp_dir("cifar-outer");
    let nested = outer.join("cifar-10-batches-bin");
    std::fs::rename(&dir, &nested).unwrap();
    assert_eq!(Cifar10::test(&outer).unwrap().labels(), &[3, 1, 4]);
    std::fs::remove_dir_all(outer).unwrap();
}

/// The error's message, checked to name the file.
fn message_naming(err: Error, file: &Path) -> String {
    let message = err.to_string();
    assert!(
        message.contains(&file.display().to_string()),
        "{message:?} does not name {}",
        file.display()
    );
    message
}

#[test]
fn cifar10_missing_file_is_an_io_error_naming_it() {
    let dir = temp_dir("cifar-missing");
    write_cifar(&dir, "data_batch_1.bin", &[0], 0);
    let err = Cifar10::train(&dir).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    let message = message_naming(err, &dir.join("data_batch_2.bin"));
    assert!(message.contains("No such file"), "{message}");

    // The Python version is recognised.
    write_file(&dir.join("test_batch"), b"pickle");
    let err = Cifar10::test(&dir).unwrap_err();
    let message = message_naming(err, &dir.join("test_batch.bin"));
    assert!(message.contains("Python (pickle) version"), "{message}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn cifar10_truncated_record_empty_file_and_bad_label_are_data_errors() {
    let dir = temp_dir("cifar-bad");
    let file = dir.join(Cifar10::TEST_FILE);

    let mut bytes = cifar_record(1, 0);
    bytes.extend(&cifar_record(2, 1)[..1000]);
    write_file(&file, &bytes);
    let err = Cifar10::test(&dir).unwrap_err();
    assert!(matches!(err, Error::Data { .. }), "{err:?}");
    let message = message_naming(err, &file);
    assert!(message.contains("truncated record 1"), "{message}");

    write_file(&file, b"");
    let message = message_naming(Cifar10::test(&dir).unwrap_err(), &file);
    assert!(message.contains("empty file"), "{message}");

    let mut bytes = cifar_record(1, 0);
    bytes.extend(cifar_record(10, 1));
    write_file(&file, &bytes);
    let message = message_naming(Cifar10::test(&dir).unwrap_err(), &file);
    assert!(
        message.contains("record 1: label 10 out of range"),
        "{message}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

// ---------------------------------------------------------------------------------------------
// MNIST

/// Pixel (y, x) of MNIST test image `i`.
fn mnist_pixel(i: usize, y: usize, x: usize) -> u8 {
    ((i * 7 + y * 28 + x) % 256) as u8
}

fn idx_images(count: u32, rows: u32, cols: u32, images: usize) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend(0x0803u32.to_be_bytes());
    b.extend(count.to_be_bytes());
    b.extend(rows.to_be_bytes());
    b.extend(cols.to_be_bytes());
    for i in 0..images {
        for y in 0..rows as usize {
            for x in 0..cols as usize {
                b.push(mnist_pixel(i, y, x));
            }
        }
    }
    b
}

fn idx_labels(labels: &[u8]) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend(0x0801u32.to_be_bytes());
    b.extend((labels.len() as u32).to_be_bytes());
    b.extend(labels);
    b
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn check_mnist(data: &InMemory, labels: &[u8]) {
    assert_eq!(data.len(), labels.len());
    assert_eq!(data.image_shape(), (1, 32, 32));
    assert_eq!(data.num_classes(), 10);
    assert_eq!(data.labels(), labels);
    let background = -Mnist::MEAN / Mnist::STD;
    let norm = |b: u8| (f32::from(b) / 255.0 - Mnist::MEAN) / Mnist::STD;
    for i in 0..labels.len() {
        let image = data.image(i);
        // Padding: 2 px of background on each side.
        for (y, x) in [(0, 0), (1, 16), (16, 1), (31, 31), (30, 2), (2, 30)] {
            assert_close(image[y * 32 + x], background);
        }
        for (y, x) in [(0, 0), (0, 27), (13, 14), (27, 0), (27, 27)] {
            assert_close(image[(y + 2) * 32 + x + 2], norm(mnist_pixel(i, y, x)));
        }
    }
}

#[test]
fn mnist_reads_plain_and_gzipped_idx_files() {
    let dir = temp_dir("mnist");
    let train_labels = [5, 0, 4, 1, 9];
    write_file(
        &dir.join("train-images-idx3-ubyte"),
        &idx_images(5, 28, 28, 5),
    );
    write_file(
        &dir.join("train-labels-idx1-ubyte"),
        &idx_labels(&train_labels),
    );
    let test_labels = [7, 2, 1];
    write_file(
        &dir.join("t10k-images-idx3-ubyte.gz"),
        &gzip(&idx_images(3, 28, 28, 3)),
    );
    write_file(
        &dir.join("t10k-labels-idx1-ubyte.gz"),
        &gzip(&idx_labels(&test_labels)),
    );
    check_mnist(&Mnist::train(&dir).unwrap(), &train_labels);
    check_mnist(&Mnist::test(&dir).unwrap(), &test_labels);

    // Gzip is recognised by content: a browser that un-gzipped a file but kept its name, or a
    // gzipped file without the suffix, both read.
    std::fs::rename(
        dir.join("t10k-images-idx3-ubyte.gz"),
        dir.join("t10k-images-idx3-ubyte"),
    )
    .unwrap();
    write_file(
        &dir.join("t10k-labels-idx1-ubyte.gz"),
        &idx_labels(&test_labels),
    );
    check_mnist(&Mnist::test(&dir).unwrap(), &test_labels);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn mnist_missing_file_is_an_io_error_naming_it() {
    let dir = temp_dir("mnist-missing");
    write_file(
        &dir.join("t10k-images-idx3-ubyte"),
        &idx_images(1, 28, 28, 1),
    );
    let err = Mnist::test(&dir).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    let message = message_naming(err, &dir.join("t10k-labels-idx1-ubyte"));
    assert!(message.contains("not found"), "{message}");
    assert!(message.contains("t10k-labels-idx1-ubyte.gz"), "{message}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// Writes `images` and `labels` as the test files and returns the error reading them, checked to
/// be a data error naming `bad` (a file name in the directory).
fn mnist_error(name: &str, images: &[u8], labels: &[u8], bad: &str) -> String {
    let dir = temp_dir(name);
    write_file(&dir.join("t10k-images-idx3-ubyte"), images);
    write_file(&dir.join("t10k-labels-idx1-ubyte"), labels);
    let err = Mnist::test(&dir).unwrap_err();
    assert!(matches!(err, Error::Data { .. }), "{err:?}");
    let message = message_naming(err, &dir.join(bad));
    std::fs::remove_dir_all(dir).unwrap();
    message
}

#[test]
fn mnist_malformed_files_are_data_errors_naming_file_and_problem() {
    let images = idx_images(2, 28, 28, 2);
    let labels = idx_labels(&[3, 4]);
    let image_file = "t10k-images-idx3-ubyte";
    let label_file = "t10k-labels-idx1-ubyte";

    // Wrong magic number: the two files swapped.
    let m = mnist_error("magic", &labels, &images, image_file);
    assert!(m.contains("wrong magic number 0x00000801"), "{m}");
    assert!(m.contains("this is a label file"), "{m}");
    let mut bad = labels.clone();
    bad[3] = 0x03;
    let m = mnist_error("magic-labels", &images, &bad, label_file);
    assert!(m.contains("wrong magic number 0x00000803"), "{m}");

    // Truncated: header promises 2 images, data ends inside image 1.
    let m = mnist_error("truncated", &images[..16 + 784 + 100], &labels, image_file);
    assert!(m.contains("truncated"), "{m}");
    assert!(m.contains("ends in image 1"), "{m}");
    let m = mnist_error("short-header", &images[..10], &labels, image_file);
    assert!(m.contains("truncated header"), "{m}");
    let m = mnist_error("truncated-labels", &images, &labels[..9], label_file);
    assert!(m.contains("truncated"), "{m}");

    // Extra bytes after the last record.
    let mut long = images.clone();
    long.push(0);
    let m = mnist_error("extra", &long, &labels, image_file);
    assert!(
        m.contains("1 extra byte(s) after the last of the 2 images"),
        "{m}"
    );

    // Mismatched counts.
    let m = mnist_error("counts", &images, &idx_labels(&[3, 4, 5]), label_file);
    assert!(m.contains("3 labels, but"), "{m}");
    assert!(m.contains("has 2 images"), "{m}");

    // Label out of range.
    let m = mnist_error("label", &images, &idx_labels(&[3, 12]), label_file);
    assert!(
        m.contains("label 12 of example 1 is out of range 0..10"),
        "{m}"
    );

    // Wrong dimensions in the header.
    let m = mnist_error("dims", &idx_images(2, 32, 32, 2), &labels, image_file);
    assert!(m.contains("images are 32×32, expected 28×28"), "{m}");

    // Corrupt gzip.
    let mut gz = gzip(&images);
    gz.truncate(gz.len() / 2);
    let m = mnist_error("gzip", &gz, &labels, image_file);
    assert!(m.contains("corrupt or truncated gzip data"), "{m}");
}

/// The synthetic digits are learnable but not linearly separable. Trained the same way (one epoch
/// of `IMAGES` generated images, batches of 64, Adam, seed 1, 2 threads; deterministic), LeNet5
/// must reach [`LENET5_AT_LEAST`] accuracy on 1,024 test images while a linear classifier on the
/// raw pixels stays below [`LINEAR_AT_MOST`]. `--nocapture` prints both accuracies. (The README's
/// *Training* section has the full-length figures: 97.4% against 35.8%.)
mod learnability {
    use constnet::prelude::*;
    use constnet::train::{OptimizerKind, Progress, TrainConfig, Trainer};

    use super::SyntheticDigits;

    const IMAGES: usize = 6144;
    /// Measured: 0.652 (and 0.246 for the linear classifier); the run is deterministic, the margin
    /// is for CPUs that take other kernel paths (no AVX2) and so round differently.
    const LENET5_AT_LEAST: f64 = 0.55;
    const LINEAR_AT_MOST: f64 = 0.35;

    /// Test accuracy after one epoch on `IMAGES` training images at learning rate `lr`.
    fn accuracy<M: BuildOnDevice<Cpu, f32>>(lr: f64) -> f64
    where
        M::Built: constnet::train::Classifier<3, 32, 32, 10>,
    {
        let trainer = Trainer::<3, 32, 32>::new(TrainConfig {
            epochs: 1,
            batch_size: 64,
            lr,
            optimizer: OptimizerKind::Adam,
            seed: 1,
            threads: 2,
            progress: Progress::Quiet,
            ..Default::default()
        })
        .unwrap();
        let mut model = trainer.build::<M>();
        trainer
            .fit(&mut model, &SyntheticDigits::train(1, IMAGES), None)
            .unwrap();
        trainer
            .evaluate(&model, &SyntheticDigits::test(1, 1024))
            .unwrap()
            .accuracy
    }

    #[test]
    fn lenet5_learns_what_a_linear_classifier_cannot() {
        let start = std::time::Instant::now();
        let lenet = accuracy::<LeNet5>(2e-3);
        let linear = accuracy::<Sequential<(Flatten, Linear<3072, 10>)>>(1e-4);
        println!(
            "after {IMAGES} images: LeNet5 {lenet:.4}, linear {linear:.4} ({:.1} s)",
            start.elapsed().as_secs_f64()
        );
        assert!(lenet >= LENET5_AT_LEAST, "LeNet5: test accuracy {lenet}");
        assert!(linear <= LINEAR_AT_MOST, "linear: test accuracy {linear}");
    }
}
