//! MNIST, from the user's idx files.
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{read_bytes, InMemory};
use crate::{Error, Result};

/// Side of an MNIST image.
const MNIST_SIDE: usize = 28;
/// Side after padding, as LeNet-5 expects.
const SIDE: usize = 32;
/// Padding on each side.
const PAD: usize = (SIDE - MNIST_SIDE) / 2;

/// MNIST (LeCun et al., 1998): 70,000 greyscale handwritten digits, 60,000 for training and
/// 10,000 for testing, read from the user's idx files. Nothing is downloaded here.
///
/// The directory holds `train-images-idx3-ubyte`, `train-labels-idx1-ubyte`,
/// `t10k-images-idx3-ubyte` and `t10k-labels-idx1-ubyte`, each plain or gzipped, named with or
/// without `.gz` (also accepted: `train-images.idx3-ubyte` and the like). Gzip is recognised by
/// its content, not its name.
///
/// Images come back as 1×32×32 floats: the 28×28 digits padded with 2 background pixels on each
/// side (the size LeNet-5 was designed for), scaled to `[0, 1]` and normalised with
/// [`MEAN`](Self::MEAN) and [`STD`](Self::STD). Labels are the digits 0–9.
///
/// # Examples
/// ```no_run
/// use constnet::data::{Dataset, Mnist};
///
/// let train = Mnist::train("data/mnist")?;
/// assert_eq!((train.len(), train.image_shape()), (60_000, (1, 32, 32)));
/// # Ok::<(), constnet::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Mnist;

impl Mnist {
    /// Mean of the training images' pixels in `[0, 1]`.
    pub const MEAN: f32 = 0.1307;
    /// Standard deviation of the training images' pixels in `[0, 1]`.
    pub const STD: f32 = 0.3081;

    /// The 60,000 training examples in `dir`.
    ///
    /// # Errors
    /// [`Error::Io`] if a file is missing or unreadable; [`Error::Data`] if a file has the wrong
    /// magic number, images that are not 28×28, fewer bytes than its header promises (or more),
    /// corrupt gzip data, a label above 9, or if the two files hold different numbers of
    /// examples. Each names the file.
    pub fn train(dir: impl AsRef<Path>) -> Result<InMemory> {
        let dir = dir.as_ref();
        Self::read(
            find(dir, "train-images-idx3-ubyte")?,
            find(dir, "train-labels-idx1-ubyte")?,
        )
    }

    /// The 10,000 test examples in `dir`.
    ///
    /// # Errors
    /// As for [`train`](Self::train).
    pub fn test(dir: impl AsRef<Path>) -> Result<InMemory> {
        let dir = dir.as_ref();
        Self::read(
            find(dir, "t10k-images-idx3-ubyte")?,
            find(dir, "t10k-labels-idx1-ubyte")?,
        )
    }

    /// The examples of one image file and its label file, by path (plain or gzipped).
    ///
    /// # Errors
    /// As for [`train`](Self::train).
    pub fn read(images: impl AsRef<Path>, labels: impl AsRef<Path>) -> Result<InMemory> {
        let (images_path, labels_path) = (images.as_ref(), labels.as_ref());
        let image_bytes = read_bytes(images_path)?;
        let pixels = parse_images(images_path, &image_bytes)?;
        let label_bytes = read_bytes(labels_path)?;
        let labels = parse_labels(labels_path, &label_bytes)?;
        let count = pixels.len() / (MNIST_SIDE * MNIST_SIDE);
        if labels.len() != count {
            return Err(Error::data(
                labels_path,
                format!(
                    "{} labels, but {} has {count} images",
                    labels.len(),
                    images_path.display()
                ),
            ));
        }
        let background = -Self::MEAN / Self::STD;
        let mut out = vec![background; count * SIDE * SIDE];
        out.par_chunks_mut(SIDE * SIDE)
            .zip(pixels.par_chunks_exact(MNIST_SIDE * MNIST_SIDE))
            .for_each(|(dst, src)| {
                let scale = 1.0 / (255.0 * Self::STD);
                for (y, row) in src.chunks_exact(MNIST_SIDE).enumerate() {
                    let start = (y + PAD) * SIDE + PAD;
                    for (d, &s) in dst[start..start + MNIST_SIDE].iter_mut().zip(row) {
                        *d = f32::from(s) * scale + background;
                    }
                }
            });
        Ok(InMemory::from_parts(
            out,
            labels.to_vec(),
            (1, SIDE, SIDE),
            10,
        ))
    }
}

/// The first of `dir/name`, `dir/name.gz` and the spellings with a dot before `idx` that exists.
fn find(dir: &Path, name: &str) -> Result<PathBuf> {
    let dotted = name.replacen("-idx", ".idx", 1);
    let candidates = [
        name.to_string(),
        format!("{name}.gz"),
        dotted.clone(),
        format!("{dotted}.gz"),
    ];
    for candidate in &candidates {
        let path = dir.join(candidate);
        if path.is_file() {
            return Ok(path);
        }
    }
    Err(Error::io(
        dir.join(name),
        std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("file not found (nor {name}.gz, {dotted} or {dotted}.gz)"),
        ),
    ))
}

/// Reads the big-endian `u32` at `offset` (the caller has checked the length).
fn be_u32(bytes: &[u8], offset: usize) -> usize {
    u32::from_be_bytes([
        bytes[offset],
        bytes[offset + 1],
        bytes[offset + 2],
        bytes[offset + 3],
    ]) as usize
}

/// Checks the magic number of an idx file; `dims` is 3 for images, 1 for labels.
fn check_magic(path: &Path, bytes: &[u8], dims: u8) -> Result<()> {
    let header = 4 + 4 * usize::from(dims);
    let truncated = || {
        Error::data(
            path,
            format!(
                "truncated header: {} bytes, an idx{dims}-ubyte header has {header}",
                bytes.len()
            ),
        )
    };
    if bytes.len() < 4 {
        return Err(truncated());
    }
    let magic = be_u32(bytes, 0);
    let expected = 0x0800 | usize::from(dims);
    if magic != expected {
        let kind = if dims == 3 { "image" } else { "label" };
        let hint = match magic {
            0x0801 => " (this is a label file)",
            0x0803 => " (this is an image file)",
            _ => "",
        };
        return Err(Error::data(
            path,
            format!(
                "wrong magic number 0x{magic:08x}, expected 0x{expected:08x} for an \
                 idx{dims}-ubyte {kind} file{hint}"
            ),
        ));
    }
    if bytes.len() < header {
        return Err(truncated());
    }
    Ok(())
}

/// Checks that `body` holds exactly `count` records of `size` bytes.
fn check_length(path: &Path, body: usize, count: usize, size: usize, what: &str) -> Result<()> {
    let expected = count.saturating_mul(size);
    if body < expected {
        return Err(Error::data(
            path,
            format!(
                "truncated: the header promises {count} {what}s but the data ends in {what} {} \
                 ({body} of {expected} bytes after the header)",
                body / size
            ),
        ));
    }
    if body > expected {
        return Err(Error::data(
            path,
            format!(
                "{} extra byte(s) after the last of the {count} {what}s the header promises",
                body - expected
            ),
        ));
    }
    Ok(())
}

/// The pixel bytes of an idx3-ubyte file of 28×28 images.
fn parse_images<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a [u8]> {
    check_magic(path, bytes, 3)?;
    let (count, rows, cols) = (be_u32(bytes, 4), be_u32(bytes, 8), be_u32(bytes, 12));
    if (rows, cols) != (MNIST_SIDE, MNIST_SIDE) {
        return Err(Error::data(
            path,
            format!("the header says images are {rows}×{cols}, expected 28×28"),
        ));
    }
    let body = &bytes[16..];
    check_length(path, body.len(), count, MNIST_SIDE * MNIST_SIDE, "image")?;
    Ok(body)
}

/// The labels of an idx1-ubyte file, each checked to be a digit.
fn parse_labels<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a [u8]> {
    check_magic(path, bytes, 1)?;
    let count = be_u32(bytes, 4);
    let body = &bytes[8..];
    check_length(path, body.len(), count, 1, "label")?;
    if let Some((i, &l)) = body.iter().enumerate().find(|&(_, &l)| l > 9) {
        return Err(Error::data(
            path,
            format!("label {l} of example {i} is out of range 0..10"),
        ));
    }
    Ok(body)
}
