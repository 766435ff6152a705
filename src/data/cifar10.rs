//! CIFAR-10, binary version, from the user's files.
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{read_bytes, InMemory};
use crate::{Error, Result};

/// Bytes per image: three 32×32 planes.
const IMAGE: usize = 3 * 32 * 32;
/// Bytes per record: the label, then the image.
const RECORD: usize = 1 + IMAGE;

/// CIFAR-10 (Krizhevsky, 2009): 60,000 colour images of 32×32 in 10 classes, 50,000 for training
/// and 10,000 for testing, read from the *binary version* the user has downloaded
/// (`cifar-10-binary.tar.gz`, unpacked). Nothing is downloaded here.
///
/// The directory holds `data_batch_1.bin` … `data_batch_5.bin` and `test_batch.bin` (or holds
/// the `cifar-10-batches-bin` folder that does). Each file is a sequence of 3,073-byte records:
/// one label byte (0–9), then the red, green and blue 32×32 planes, row by row.
///
/// Images come back as 3×32×32 CHW floats, scaled to `[0, 1]` and then normalised per channel
/// with [`MEAN`](Self::MEAN) and [`STD`](Self::STD). 50,000 images take 600 MB as `f32`.
///
/// # Examples
/// ```no_run
/// use constnet::data::{Cifar10, Dataset};
///
/// let train = Cifar10::train("data/cifar-10-batches-bin")?;
/// let test = Cifar10::test("data/cifar-10-batches-bin")?;
/// assert_eq!((train.len(), test.len()), (50_000, 10_000));
/// assert_eq!(train.image_shape(), (3, 32, 32));
/// # Ok::<(), constnet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Cifar10;

impl Cifar10 {
    /// Class names, by label.
    pub const CLASSES: [&'static str; 10] = [
        "airplane",
        "automobile",
        "bird",
        "cat",
        "deer",
        "dog",
        "frog",
        "horse",
        "ship",
        "truck",
    ];
    /// Per-channel mean (R, G, B) of the training images in `[0, 1]`.
    pub const MEAN: [f32; 3] = [0.4914, 0.4822, 0.4465];
    /// Per-channel standard deviation (R, G, B) of the training images in `[0, 1]`.
    pub const STD: [f32; 3] = [0.2470, 0.2435, 0.2616];
    /// The training files, in the order their records are returned.
    pub const TRAIN_FILES: [&'static str; 5] = [
        "data_batch_1.bin",
        "data_batch_2.bin",
        "data_batch_3.bin",
        "data_batch_4.bin",
        "data_batch_5.bin",
    ];
    /// The test file.
    pub const TEST_FILE: &'static str = "test_batch.bin";

    /// The 50,000 training images of the five `data_batch_*.bin` files in `dir`.
    ///
    /// # Errors
    /// [`Error::Io`] if a file is missing or unreadable; [`Error::Data`] if one is empty, ends
    /// in a truncated record or has a label above 9. Each names the file.
    pub fn train(dir: impl AsRef<Path>) -> Result<InMemory> {
        let dir = Self::locate(dir.as_ref());
        let paths: Vec<PathBuf> = Self::TRAIN_FILES.iter().map(|f| dir.join(f)).collect();
        Self::read_files(&paths)
    }

    /// The 10,000 test images of `test_batch.bin` in `dir`.
    ///
    /// # Errors
    /// As for [`train`](Self::train).
    pub fn test(dir: impl AsRef<Path>) -> Result<InMemory> {
        let dir = Self::locate(dir.as_ref());
        Self::read_files(&[dir.join(Self::TEST_FILE)])
    }

    /// The records of one or more batch files, in order.
    ///
    /// # Errors
    /// As for [`train`](Self::train).
    pub fn read_files(paths: &[impl AsRef<Path>]) -> Result<InMemory> {
        let mut images = Vec::new();
        let mut labels = Vec::new();
        for path in paths {
            let path = path.as_ref();
            let bytes = read_bytes(path).map_err(|e| Self::explain_missing(path, e))?;
            let records = check_records(path, &bytes)?;
            let start = images.len();
            images.resize(start + records * IMAGE, 0.0);
            labels.extend(bytes.chunks_exact(RECORD).map(|r| r[0]));
            images[start..]
                .par_chunks_mut(IMAGE)
                .zip(bytes.par_chunks_exact(RECORD))
                .for_each(|(image, record)| normalise(&record[1..], image));
        }
        Ok(InMemory::from_parts(images, labels, (3, 32, 32), 10))
    }

    /// `dir`, or its `cifar-10-batches-bin` subfolder when the files are there instead.
    fn locate(dir: &Path) -> PathBuf {
        let nested = dir.join("cifar-10-batches-bin");
        if !dir.join(Self::TEST_FILE).exists() && nested.join(Self::TEST_FILE).exists() {
            nested
        } else {
            dir.to_path_buf()
        }
    }

    /// Points at the Python version when the user has that instead of the binary one.
    fn explain_missing(path: &Path, e: Error) -> Error {
        let pickled = path.with_extension("");
        if matches!(&e, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
            && pickled.is_file()
        {
            return Error::data(
                path,
                format!(
                    "not found, but {} is: that is CIFAR-10's Python (pickle) version; \
                     constnet reads the binary version (cifar-10-binary.tar.gz)",
                    pickled.display()
                ),
            );
        }
        e
    }
}

/// Checks the file splits into whole records with labels 0–9; returns the record count.
fn check_records(path: &Path, bytes: &[u8]) -> Result<usize> {
    if bytes.is_empty() {
        return Err(Error::data(path, "empty file, expected 3073-byte records"));
    }
    if !bytes.len().is_multiple_of(RECORD) {
        let whole = bytes.len() / RECORD;
        return Err(Error::data(
            path,
            format!(
                "truncated record {whole}: the file is {} bytes, not a multiple of the \
                 3073-byte record (1 label byte + 3×32×32 pixels); the last record has {} bytes",
                bytes.len(),
                bytes.len() % RECORD
            ),
        ));
    }
    if let Some((i, record)) = bytes
        .chunks_exact(RECORD)
        .enumerate()
        .find(|(_, r)| r[0] > 9)
    {
        return Err(Error::data(
            path,
            format!(
                "record {i}: label {} out of range 0..10 (is this CIFAR-100?)",
                record[0]
            ),
        ));
    }
    Ok(bytes.len() / RECORD)
}

/// Three planes of bytes → three planes of normalised floats.
fn normalise(pixels: &[u8], image: &mut [f32]) {
    for (c, (src, dst)) in pixels
        .chunks_exact(1024)
        .zip(image.chunks_exact_mut(1024))
        .enumerate()
    {
        let scale = 1.0 / (255.0 * Cifar10::STD[c]);
        let offset = Cifar10::MEAN[c] / Cifar10::STD[c];
        for (d, &s) in dst.iter_mut().zip(src) {
            *d = f32::from(s) * scale - offset;
        }
    }
}
