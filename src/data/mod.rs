//! Data sets a training loop can consume: the [`Dataset`] trait, the in-memory [`InMemory`] that
//! the file readers return, built-in [`SyntheticDigits`], the real handwritten [`Digits`] bundled
//! with the crate, and readers for the user's own copies of [`Cifar10`] and [`Mnist`] (nothing is
//! downloaded).
//!
//! Every image is `f32` in CHW order (channel planes, then rows), already normalised to roughly
//! zero mean and unit variance, so it can be copied straight into a `[batch, C, H, W]` tensor.
//!
//! ```
//! use constnet::data::{Dataset, InMemory, SyntheticDigits};
//!
//! let train = SyntheticDigits::train(7, 1_000);
//! assert_eq!(train.image_shape(), (3, 32, 32));
//! let mut image = vec![0.0; 3 * 32 * 32];
//! let label = train.get(0, &mut image);
//! assert!(label < train.num_classes());
//!
//! // Materialise a few examples (in parallel) when the same ones are read every epoch.
//! let cached = InMemory::from_dataset(&SyntheticDigits::validation(7, 100));
//! assert_eq!(cached.len(), 100);
//! ```
use std::io::Read;
use std::path::Path;

use rayon::prelude::*;

use crate::{Error, Result};

mod cifar10;
mod digits;
mod mnist;
mod ppm;
mod synthetic;

pub use cifar10::Cifar10;
pub use digits::Digits;
pub use mnist::Mnist;
pub use ppm::write_ppm_grid;
pub use synthetic::{Split, SyntheticDigits};

/// A finite, indexable set of labelled images, each `f32` in CHW order.
///
/// Implementations must be cheap to share between threads (`Sync`): a training loop may fill the
/// rows of one batch in parallel. `&D` is a `Dataset` whenever `D` is, and the trait is
/// object-safe (`&dyn Dataset`).
pub trait Dataset: Sync {
    /// Number of examples.
    fn len(&self) -> usize;

    /// `(channels, height, width)` of every image.
    fn image_shape(&self) -> (usize, usize, usize);

    /// Number of classes (labels are `0..num_classes`).
    fn num_classes(&self) -> usize;

    /// Writes example `index` (CHW, `c*h*w` floats) into `image` and returns its label.
    ///
    /// # Panics
    /// If `image.len()` is not `c*h*w`, or (for finite sets such as [`InMemory`]) if
    /// `index >= len()`: both are mistakes of the caller, not of the data.
    fn get(&self, index: usize, image: &mut [f32]) -> usize;

    /// Whether there are no examples.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<T: Dataset + ?Sized> Dataset for &T {
    fn len(&self) -> usize {
        (**self).len()
    }
    fn image_shape(&self) -> (usize, usize, usize) {
        (**self).image_shape()
    }
    fn num_classes(&self) -> usize {
        (**self).num_classes()
    }
    fn get(&self, index: usize, image: &mut [f32]) -> usize {
        (**self).get(index, image)
    }
    fn is_empty(&self) -> bool {
        (**self).is_empty()
    }
}

/// Images and labels held in memory: what [`Cifar10`] and [`Mnist`] return, and what
/// [`InMemory::from_dataset`] makes of any other [`Dataset`].
///
/// Images are stored back to back, each `c*h*w` floats in CHW order; labels are bytes, so there
/// are at most 256 classes.
#[derive(Debug, Clone, PartialEq)]
pub struct InMemory {
    images: Vec<f32>,
    labels: Vec<u8>,
    shape: (usize, usize, usize),
    classes: usize,
}

impl InMemory {
    /// Wraps images (`labels.len()` of them, each `c*h*w` floats, CHW order) and their labels.
    ///
    /// # Errors
    /// [`Error::Config`] if `images.len()` is not `labels.len() * c * h * w`, a dimension of
    /// `shape` is zero, `classes` is not in `1..=256`, or a label is not below `classes`.
    pub fn new(
        images: Vec<f32>,
        labels: Vec<u8>,
        shape: (usize, usize, usize),
        classes: usize,
    ) -> Result<Self> {
        let (c, h, w) = shape;
        if c == 0 || h == 0 || w == 0 {
            return Err(Error::config(
                "shape",
                format!("every dimension must be positive, got {shape:?}"),
            ));
        }
        if !(1..=256).contains(&classes) {
            return Err(Error::config(
                "classes",
                format!("must be in 1..=256 (labels are bytes), got {classes}"),
            ));
        }
        let expected = labels.len().checked_mul(c * h * w);
        if expected != Some(images.len()) {
            return Err(Error::config(
                "images",
                format!(
                    "{} floats do not make {} images of {c}×{h}×{w}",
                    images.len(),
                    labels.len()
                ),
            ));
        }
        if let Some((i, &l)) = labels
            .iter()
            .enumerate()
            .find(|&(_, &l)| usize::from(l) >= classes)
        {
            return Err(Error::config(
                "labels",
                format!("label {l} of example {i} is out of range 0..{classes}"),
            ));
        }
        Ok(Self {
            images,
            labels,
            shape,
            classes,
        })
    }

    /// Builds without checking; the readers check their input before calling this.
    pub(crate) fn from_parts(
        images: Vec<f32>,
        labels: Vec<u8>,
        shape: (usize, usize, usize),
        classes: usize,
    ) -> Self {
        debug_assert_eq!(images.len(), labels.len() * shape.0 * shape.1 * shape.2);
        Self {
            images,
            labels,
            shape,
            classes,
        }
    }

    /// Reads every example of `dataset` into memory, in parallel; example `i` of the result is
    /// example `i` of `dataset`.
    ///
    /// # Panics
    /// If `dataset` has more than 256 classes.
    pub fn from_dataset<D: Dataset + ?Sized>(dataset: &D) -> Self {
        let (c, h, w) = dataset.image_shape();
        let size = c * h * w;
        let classes = dataset.num_classes();
        assert!(
            classes <= 256,
            "InMemory stores labels as bytes; {classes} classes do not fit"
        );
        let mut images = vec![0.0f32; dataset.len() * size];
        let mut labels = vec![0u8; dataset.len()];
        if size > 0 {
            images
                .par_chunks_mut(size)
                .zip(labels.par_iter_mut())
                .enumerate()
                .for_each(|(i, (image, label))| {
                    // In range: `classes <= 256` was checked above.
                    *label = dataset.get(i, image) as u8;
                });
        }
        Self {
            images,
            labels,
            shape: (c, h, w),
            classes,
        }
    }

    /// All images, back to back (`len() * c * h * w` floats).
    pub fn images(&self) -> &[f32] {
        &self.images
    }

    /// All labels.
    pub fn labels(&self) -> &[u8] {
        &self.labels
    }

    /// Image `index` (`c * h * w` floats, CHW).
    ///
    /// # Panics
    /// If `index >= len()`.
    pub fn image(&self, index: usize) -> &[f32] {
        let size = self.image_size();
        &self.images[index * size..(index + 1) * size]
    }

    /// Label of example `index`.
    ///
    /// # Panics
    /// If `index >= len()`.
    pub fn label(&self, index: usize) -> usize {
        usize::from(self.labels[index])
    }

    /// Keeps the first `n` examples (all of them if there are fewer); handy for quick runs.
    pub fn truncate(&mut self, n: usize) {
        let n = n.min(self.labels.len());
        self.labels.truncate(n);
        self.images.truncate(n * self.image_size());
    }

    /// Splits in two at example `at`, as [`Vec::split_off`] does: `self` keeps examples
    /// `0..at` and the examples `at..len()` are returned (e.g. to hold out a validation set).
    ///
    /// # Panics
    /// If `at > len()`.
    pub fn split_off(&mut self, at: usize) -> InMemory {
        let labels = self.labels.split_off(at);
        let images = self.images.split_off(at * self.image_size());
        Self {
            images,
            labels,
            shape: self.shape,
            classes: self.classes,
        }
    }

    /// Takes the images and labels apart: `(images, labels)`.
    pub fn into_parts(self) -> (Vec<f32>, Vec<u8>) {
        (self.images, self.labels)
    }

    fn image_size(&self) -> usize {
        self.shape.0 * self.shape.1 * self.shape.2
    }
}

impl Dataset for InMemory {
    fn len(&self) -> usize {
        self.labels.len()
    }

    fn image_shape(&self) -> (usize, usize, usize) {
        self.shape
    }

    fn num_classes(&self) -> usize {
        self.classes
    }

    fn get(&self, index: usize, image: &mut [f32]) -> usize {
        image.copy_from_slice(self.image(index));
        self.label(index)
    }
}

/// Reads a whole file, un-gzipping it when it starts with the gzip magic bytes (whatever its name).
pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let raw = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if !raw.starts_with(&[0x1f, 0x8b]) {
        return Ok(raw);
    }
    let mut out = Vec::with_capacity(raw.len() * 4);
    flate2::read::MultiGzDecoder::new(raw.as_slice())
        .read_to_end(&mut out)
        .map_err(|e| Error::data(path, format!("corrupt or truncated gzip data: {e}")))?;
    Ok(out)
}
