//! The UCI optical digits, bundled with the crate: real handwritten digits with no download.
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use super::{Dataset, Split};
use crate::{Error, Result};

/// The bundled file: scikit-learn's `sklearn/datasets/data/digits.csv.gz`, byte for byte (see
/// `data/README.md` in the repository for its source, licence and checksum).
const BUNDLED: &[u8] = include_bytes!("../../data/digits.csv.gz");
/// The name errors give the bundled file.
const BUNDLED_NAME: &str = "data/digits.csv.gz (bundled)";
/// Side of a stored image.
const SMALL: usize = 8;
/// Side of a returned image: each stored pixel becomes a 4×4 block.
const SIDE: usize = 32;
/// Fields per line: 64 pixels, then the label.
const FIELDS: usize = SMALL * SMALL + 1;
/// Largest decompressed size read (the bundled file is 264,712 bytes), so a corrupt or hostile
/// file cannot exhaust memory.
const MAX_BYTES: u64 = 64 << 20;

/// Handwritten digits (Alpaydin and Kaynak, 1998; the test set of the UCI "Optical Recognition of
/// Handwritten Digits" data, CC BY 4.0, as scikit-learn ships it): 1,797 greyscale 8×8 images of
/// the digits 0–9 by 13 writers, bundled with constnet (57 KB compressed), so real-data training
/// needs no download.
///
/// Each stored pixel (0–16) counts the ink pixels of a 4×4 block of the writer's 32×32 bitmap;
/// images come back as that 1×32×32 grid again, each stored value repeated over its 4×4 block
/// (the size [`LeNet5Classic`] takes), scaled to `[0, 1]` and normalised with
/// [`MEAN`](Self::MEAN) and [`STD`](Self::STD). Labels are the digits.
///
/// # The split
/// Fixed and class-stratified: the examples of each class, in file order, go in turn to train,
/// train, train, validation, test (the `j`-th example of its class, counting from 0, is
/// validation when `j % 5 == 3`, test when `j % 5 == 4`, training otherwise): 1,085 training,
/// 357 validation and 355 test images; validation and test each hold a fifth of every class
/// (34 to 36 images), training the rest (105 to 111).
/// [`file_indices`](Self::file_indices) gives each example's line in the file; another program
/// can rebuild the same split from the rule (`benches/pytorch_digits.py` does, and checks the
/// first lines of each part against the ones this crate's tests pin).
///
/// # Examples
/// ```
/// use constnet::data::{Dataset, Digits};
///
/// let (train, val, test) = (Digits::train(), Digits::validation(), Digits::test());
/// assert_eq!((train.len(), val.len(), test.len()), (1085, 357, 355));
/// assert_eq!(train.image_shape(), (1, 32, 32));
/// let mut image = vec![0.0; 32 * 32];
/// assert_eq!(test.get(0, &mut image), test.file_label(0));
/// ```
///
/// [`LeNet5Classic`]: crate::LeNet5Classic
#[derive(Debug, Clone)]
pub struct Digits {
    file: Arc<DigitsFile>,
    /// Lines of the file in this set, in order.
    indices: Vec<usize>,
    /// Offsets `(down, right)` in pixels of the 32×32 image at which each image appears, in
    /// order: `[(0, 0)]` unless [`with_shifts`](Self::with_shifts) was called.
    shifts: Vec<(isize, isize)>,
}

/// The parsed file: 64 pixels and a label per line.
#[derive(Debug)]
struct DigitsFile {
    pixels: Vec<[u8; SMALL * SMALL]>,
    labels: Vec<u8>,
}

impl Digits {
    /// Mean of the training split's pixels in `[0, 1]` (value / 16).
    pub const MEAN: f32 = 0.3045;
    /// Standard deviation of the training split's pixels in `[0, 1]`.
    pub const STD: f32 = 0.3759;
    /// Images in the bundled file.
    pub const LEN: usize = 1797;

    /// The 1,085 training examples of the bundled file.
    pub fn train() -> Self {
        Self::bundled(Split::Train)
    }

    /// The 357 validation examples of the bundled file.
    pub fn validation() -> Self {
        Self::bundled(Split::Validation)
    }

    /// The 355 test examples of the bundled file.
    pub fn test() -> Self {
        Self::bundled(Split::Test)
    }

    /// One split of the bundled file.
    pub fn bundled(split: Split) -> Self {
        // The bundled file is a constant of this crate, parsed by its tests; it cannot fail.
        let all = Self::from_bytes(BUNDLED_NAME, BUNDLED).expect("the bundled digits file parses");
        all.split(split)
    }

    /// Every example of a digits file in scikit-learn's format, in file order: one line per
    /// image, 64 comma-separated pixel values (0–16, row by row) then the label (0–9); gzipped
    /// (recognised by its content) or plain.
    ///
    /// # Errors
    /// [`Error::Io`] if the file cannot be read; [`Error::Data`] naming the file and the line and
    /// field that is wrong (a wrong field count, a value that is not a whole number or is out of
    /// range), for corrupt gzip data, or an empty file.
    pub fn read(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        Self::from_bytes(path, &bytes)
    }

    /// As [`read`](Self::read), from the file's bytes; `name` is what errors call the file.
    ///
    /// # Errors
    /// As [`read`](Self::read).
    pub fn from_bytes(name: impl AsRef<Path>, bytes: &[u8]) -> Result<Self> {
        let name = name.as_ref();
        let text = decompress(name, bytes)?;
        let file = parse(name, &text)?;
        let indices = (0..file.labels.len()).collect();
        Ok(Self {
            file: Arc::new(file),
            indices,
            shifts: vec![(0, 0)],
        })
    }

    /// The examples of `split` among these (see *The split*; a class's examples are counted in
    /// the order they have here).
    pub fn split(&self, split: Split) -> Self {
        let mut seen = [0usize; 10];
        let indices = self
            .indices
            .iter()
            .copied()
            .filter(|&i| {
                let class = usize::from(self.file.labels[i]);
                let j = seen[class];
                seen[class] += 1;
                let part = match j % 5 {
                    3 => Split::Validation,
                    4 => Split::Test,
                    _ => Split::Train,
                };
                part == split
            })
            .collect();
        Self {
            file: Arc::clone(&self.file),
            indices,
            shifts: self.shifts.clone(),
        }
    }

    /// Each image also shifted by `step` pixels (of the 32×32 image) in each of the 8 directions
    /// (up, down, left, right and diagonally), the uncovered border filled with blank paper: 9
    /// examples per image, a fixed augmentation for small training sets (the main job trains on
    /// `Digits::train().with_shifts(2)`: 9,765 examples). Example `i` is image `i / 9` at shift
    /// `i % 9`, the shifts in the order `(dy, dx)` = `(-step, -step)`, `(-step, 0)`,
    /// `(-step, step)`, `(0, -step)`, `(0, 0)`, …, `(step, step)` (positive: down, right).
    /// `step` 0 leaves the set as it is.
    ///
    /// ```
    /// use constnet::data::{Dataset, Digits};
    ///
    /// let train = Digits::train().with_shifts(2);
    /// assert_eq!(train.len(), 9 * 1085);
    /// let (mut shifted, mut centred) = (vec![0.0; 1024], vec![0.0; 1024]);
    /// train.get(0, &mut shifted); // image 0, 2 px up and left
    /// train.get(4, &mut centred); // image 0 as it is
    /// assert_eq!(shifted[0], centred[2 * 32 + 2]);
    /// ```
    pub fn with_shifts(mut self, step: usize) -> Self {
        let s = step.min(SIDE) as isize;
        self.shifts = if s == 0 {
            vec![(0, 0)]
        } else {
            [-s, 0, s]
                .into_iter()
                .flat_map(|dy| [-s, 0, s].map(|dx| (dy, dx)))
                .collect()
        };
        self
    }

    /// The line (0-based) in the file of each image of this set (each line once, however many
    /// shifts [`with_shifts`](Self::with_shifts) adds).
    pub fn file_indices(&self) -> &[usize] {
        &self.indices
    }

    /// The label of example `index`.
    ///
    /// # Panics
    /// If `index >= len()`.
    pub fn file_label(&self, index: usize) -> usize {
        usize::from(self.file.labels[self.line(index)])
    }

    /// The stored 8×8 pixels (0–16, row by row) of example `index` (before any shift).
    ///
    /// # Panics
    /// If `index >= len()`.
    pub fn pixels(&self, index: usize) -> &[u8; 64] {
        &self.file.pixels[self.line(index)]
    }

    /// The file line of example `index`.
    fn line(&self, index: usize) -> usize {
        self.indices[index / self.shifts.len()]
    }
}

impl Dataset for Digits {
    fn len(&self) -> usize {
        self.indices.len() * self.shifts.len()
    }

    fn image_shape(&self) -> (usize, usize, usize) {
        (1, SIDE, SIDE)
    }

    fn num_classes(&self) -> usize {
        10
    }

    fn get(&self, index: usize, image: &mut [f32]) -> usize {
        assert_eq!(
            image.len(),
            SIDE * SIDE,
            "Digits::get: image buffer must hold 1×32×32 floats"
        );
        let scale = 1.0 / (16.0 * Self::STD);
        let offset = Self::MEAN / Self::STD;
        let small = self.pixels(index);
        let (dy, dx) = self.shifts[index % self.shifts.len()];
        let side = SIDE as isize;
        for (y, row) in image.chunks_exact_mut(SIDE).enumerate() {
            // Output pixel (y, x) shows stored pixel ((y - dy) / 4, (x - dx) / 4), or blank.
            let sy = y as isize - dy;
            for (x, out) in row.iter_mut().enumerate() {
                let sx = x as isize - dx;
                let ink = if (0..side).contains(&sy) && (0..side).contains(&sx) {
                    small[(sy as usize / 4) * SMALL + sx as usize / 4]
                } else {
                    0
                };
                *out = f32::from(ink) * scale - offset;
            }
        }
        self.file_label(index)
    }
}

/// The file's text: un-gzipped when it starts with the gzip magic bytes, at most [`MAX_BYTES`].
fn decompress(name: &Path, bytes: &[u8]) -> Result<Vec<u8>> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes.to_vec());
    }
    let mut out = Vec::with_capacity(bytes.len() * 5);
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| Error::data(name, format!("corrupt or truncated gzip data: {e}")))?;
    if out.len() as u64 > MAX_BYTES {
        return Err(Error::data(
            name,
            format!(
                "decompresses to more than {} MiB; a digits file is a few hundred KB",
                MAX_BYTES >> 20
            ),
        ));
    }
    Ok(out)
}

/// Parses the CSV lines (blank lines and a final newline are allowed; `\r\n` too).
fn parse(name: &Path, text: &[u8]) -> Result<DigitsFile> {
    let text = std::str::from_utf8(text).map_err(|e| {
        Error::data(
            name,
            format!("not a text file (byte {} is not UTF-8)", e.valid_up_to()),
        )
    })?;
    let mut pixels = Vec::new();
    let mut labels = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split(',').collect();
        if fields.len() != FIELDS {
            return Err(Error::data(
                name,
                format!(
                    "line {}: {} comma-separated fields, expected {FIELDS} (64 pixels, then the \
                     label)",
                    n + 1,
                    fields.len()
                ),
            ));
        }
        let value = |i: usize, max: u8| -> Result<u8> {
            let raw = fields[i].trim();
            let what = if i < FIELDS - 1 { "pixel" } else { "label" };
            raw.parse::<u8>().ok().filter(|&v| v <= max).ok_or_else(|| {
                Error::data(
                    name,
                    format!(
                        "line {}, field {}: {what} {raw:?} is not a whole number in 0..={max}",
                        n + 1,
                        i + 1
                    ),
                )
            })
        };
        let mut image = [0u8; SMALL * SMALL];
        for (i, p) in image.iter_mut().enumerate() {
            *p = value(i, 16)?;
        }
        labels.push(value(FIELDS - 1, 9)?);
        pixels.push(image);
    }
    if labels.is_empty() {
        return Err(Error::data(name, "no images: the file is empty"));
    }
    Ok(DigitsFile { pixels, labels })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_file_has_every_image_and_a_stratified_split() {
        let all = Digits::from_bytes(BUNDLED_NAME, BUNDLED).unwrap();
        assert_eq!(all.len(), Digits::LEN);
        let mut per_class = [[0usize; 3]; 10];
        for (k, split) in [Split::Train, Split::Validation, Split::Test]
            .into_iter()
            .enumerate()
        {
            let part = all.split(split);
            for i in 0..part.len() {
                per_class[part.file_label(i)][k] += 1;
            }
        }
        for (class, [tr, va, te]) in per_class.iter().enumerate() {
            let n = tr + va + te;
            // The j % 5 rule: j = 3, 8, … < n are validation, j = 4, 9, … < n test.
            assert_eq!(
                (*va, *te),
                ((n + 1) / 5, n / 5),
                "class {class}: {per_class:?}"
            );
        }
        // Disjoint and complete.
        let mut lines: Vec<usize> = [Digits::train(), Digits::validation(), Digits::test()]
            .iter()
            .flat_map(|d| d.file_indices().to_vec())
            .collect();
        lines.sort();
        assert_eq!(lines, (0..Digits::LEN).collect::<Vec<_>>());
    }

    #[test]
    fn images_are_blocks_of_the_stored_pixels_and_normalised_with_train_statistics() {
        let train = Digits::train();
        let mut image = vec![0.0; 32 * 32];
        let (mut sum, mut sq) = (0.0f64, 0.0f64);
        for i in 0..train.len() {
            train.get(i, &mut image);
            let small = train.pixels(i);
            for (p, &v) in image.iter().enumerate() {
                let stored = small[(p / 32 / 4) * 8 + (p % 32) / 4];
                let want = (f32::from(stored) / 16.0 - Digits::MEAN) / Digits::STD;
                assert!((v - want).abs() < 1e-5, "image {i}, pixel {p}");
                sum += f64::from(v);
                sq += f64::from(v) * f64::from(v);
            }
        }
        let n = (train.len() * 1024) as f64;
        let (mean, var) = (sum / n, sq / n - (sum / n).powi(2));
        assert!(
            mean.abs() < 1e-3 && (var.sqrt() - 1.0).abs() < 1e-3,
            "{mean} {var}"
        );
    }

    #[test]
    fn first_lines_of_each_part() {
        // benches/pytorch_digits.py checks the same lines.
        assert_eq!(Digits::train().file_indices()[..5], [0, 1, 2, 3, 4]);
        assert_eq!(
            Digits::validation().file_indices()[..5],
            [30, 31, 32, 34, 38]
        );
        assert_eq!(Digits::test().file_indices()[..5], [33, 36, 37, 40, 44]);
    }

    #[test]
    fn shifted_images_move_and_fill_with_blank_paper() {
        let train = Digits::train();
        let shifted = Digits::train().with_shifts(3);
        assert_eq!(shifted.len(), 9 * train.len());
        let blank = -Digits::MEAN / Digits::STD;
        let (mut a, mut b) = (vec![0.0; 1024], vec![0.0; 1024]);
        for i in [0, 17, 500] {
            train.get(i, &mut a);
            for (k, (dy, dx)) in [-3isize, 0, 3]
                .into_iter()
                .flat_map(|dy| [-3isize, 0, 3].map(|dx| (dy, dx)))
                .enumerate()
            {
                assert_eq!(shifted.get(9 * i + k, &mut b), train.file_label(i));
                for y in 0..32isize {
                    for x in 0..32isize {
                        let (sy, sx) = (y - dy, x - dx);
                        let want = if (0..32).contains(&sy) && (0..32).contains(&sx) {
                            a[(sy * 32 + sx) as usize]
                        } else {
                            blank
                        };
                        assert_eq!(b[(y * 32 + x) as usize], want, "image {i} shift {k}");
                    }
                }
            }
        }
        assert_eq!(Digits::train().with_shifts(0).len(), train.len());
    }

    #[test]
    fn first_line_of_the_file() {
        // `zcat data/digits.csv.gz | head -1`: 0,0,5,13,9,1,0,0,0,0,13,15,10,15,5,0,…,0
        let all = Digits::from_bytes(BUNDLED_NAME, BUNDLED).unwrap();
        assert_eq!(all.pixels(0)[..8], [0, 0, 5, 13, 9, 1, 0, 0]);
        assert_eq!(all.file_label(0), 0);
    }

    #[test]
    fn malformed_lines_are_errors_naming_line_and_field() {
        let line = |v: &str| format!("{}{v}\n", "0,".repeat(64));
        let err = |text: &str| {
            Digits::from_bytes("x.csv", text.as_bytes())
                .unwrap_err()
                .to_string()
        };
        assert!(err(&line("10")).contains("line 1, field 65: label \"10\""));
        assert!(err(&(line("1") + "0,1\n")).contains("line 2: 2 comma-separated fields"));
        assert!(err(&line("1").replacen('0', "17", 1)).contains("field 1: pixel \"17\""));
        assert!(err("").contains("no images"));
        assert!(err(&line("-1")).contains("x.csv"));
        assert_eq!(
            Digits::from_bytes("x.csv", (line("3") + "\r\n\n").as_bytes())
                .unwrap()
                .len(),
            1
        );
    }
}
