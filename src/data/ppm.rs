//! Writing a grid of examples as a PPM or PGM image, to look at a data set.
use std::io::Write;
use std::path::Path;

use super::Dataset;
use crate::{Error, Result};

/// Gap between images in the grid, in pixels.
const GAP: usize = 2;

/// Writes the first `count` examples of `dataset` (fewer if it is shorter) as one image, a grid
/// `columns` images wide with a 2-pixel grey gap, and returns their labels in grid order (row by
/// row).
///
/// Colour data sets (3 channels) give a binary PPM (`P6`), greyscale ones (1 channel) a binary PGM
/// (`P5`); most image viewers open both, and `convert grid.ppm grid.png` makes a PNG. Each image
/// is stretched to the full 0–255 range on its own (its minimum black, its maximum white), which
/// undoes any normalisation.
///
/// # Examples
/// ```no_run
/// use constnet::data::{write_ppm_grid, SyntheticDigits};
///
/// let labels = write_ppm_grid("digits.ppm", &SyntheticDigits::train(0, 64), 64, 8)?;
/// println!("{labels:?}");
/// # Ok::<(), constnet::Error>(())
/// ```
///
/// # Errors
/// [`Error::Config`] if `columns` is zero or the data set has neither 1 nor 3 channels;
/// [`Error::Io`] if the file cannot be written.
pub fn write_ppm_grid<D: Dataset + ?Sized>(
    path: impl AsRef<Path>,
    dataset: &D,
    count: usize,
    columns: usize,
) -> Result<Vec<usize>> {
    let path = path.as_ref();
    let (channels, h, w) = dataset.image_shape();
    if channels != 1 && channels != 3 {
        return Err(Error::config(
            "dataset",
            format!("a PPM/PGM grid needs 1 or 3 channels, not {channels}"),
        ));
    }
    if columns == 0 {
        return Err(Error::config("columns", "must be at least 1"));
    }
    let count = count.min(dataset.len());
    let columns = columns.min(count.max(1));
    let rows = count.div_ceil(columns).max(1);
    let width = columns * w + (columns - 1) * GAP;
    let height = rows * h + (rows - 1) * GAP;
    let mut pixels = vec![128u8; width * height * channels];
    let mut image = vec![0.0f32; channels * h * w];
    let mut labels = Vec::with_capacity(count);
    for i in 0..count {
        labels.push(dataset.get(i, &mut image));
        let (lo, hi) = image
            .iter()
            .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), &v| {
                (lo.min(v), hi.max(v))
            });
        let scale = if hi > lo { 255.0 / (hi - lo) } else { 0.0 };
        let (left, top) = ((i % columns) * (w + GAP), (i / columns) * (h + GAP));
        for y in 0..h {
            for x in 0..w {
                for c in 0..channels {
                    let v = image[(c * h + y) * w + x];
                    let byte = if v.is_finite() {
                        ((v - lo) * scale).round().clamp(0.0, 255.0) as u8
                    } else {
                        0
                    };
                    pixels[((top + y) * width + left + x) * channels + c] = byte;
                }
            }
        }
    }
    let magic = if channels == 3 { "P6" } else { "P5" };
    let mut bytes = format!("{magic}\n{width} {height}\n255\n").into_bytes();
    bytes.extend_from_slice(&pixels);
    std::fs::File::create(path)
        .and_then(|mut f| f.write_all(&bytes))
        .map_err(|e| Error::io(path, e))?;
    Ok(labels)
}
