//! Built-in synthetic digits: a seeded, endless stream of 32×32 images of the digits 0–9, drawn
//! from a small bitmap font onto noisy, textured, coloured backgrounds.
use super::Dataset;

/// Image side in pixels.
const SIDE: usize = 32;
/// Pixels per channel plane.
const PLANE: usize = SIDE * SIDE;
/// Share of digits lighter than their background.
const LIGHT_INK: f32 = 0.8;
/// Chance of a neighbouring digit on each side.
const NEIGHBOUR: f32 = 0.25;

/// Which of the three disjoint streams of a [`SyntheticDigits`] seed to draw from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Split {
    /// Training examples.
    Train,
    /// Held-out examples for choosing hyper-parameters and early stopping.
    Validation,
    /// Held-out examples for the final score.
    Test,
}

impl Split {
    fn tag(self) -> u64 {
        match self {
            Split::Train => 0x7472_6169_6e00_0001,
            Split::Validation => 0x7661_6c69_6400_0002,
            Split::Test => 0x7465_7374_0000_0003,
        }
    }
}

/// Synthetic digits: 3×32×32 colour (or, with [`greyscale`](Self::greyscale), 1×32×32) images
/// of the digits 0–9 in 10 classes; the label is the digit.
///
/// Each image draws one digit from a built-in 5×7 bitmap font (two styles) at a random scale
/// (0.6–1.2 of the glyph box), position (±4 px), slant, rotation, stroke width and colour, with
/// an optional drop shadow, onto a background with a colour gradient, stripes, blotchy noise,
/// distractor blotches and strokes, neighbouring digits near the left and right borders (as in
/// photographed house numbers; the labelled digit is the one nearest the centre) and per-pixel
/// noise. Four digits in five are lighter than their background, the rest darker, and stroke and
/// background always differ in brightness, so a person can read every digit.
///
/// The set is learnable but not trivial: in 40 s of training on a 2-core CPU, [`LeNet5`]
/// reaches about 97% test accuracy (95% after about 30 s) and [`LeNet5Classic`] on the
/// greyscale variant about 92%, while a linear classifier on the raw pixels stays near 40%.
///
/// Example `i` of a split is a pure function of `(seed, split, i)`: reproducible, independent of
/// the order it is asked for, and safe to generate in parallel. The splits of one seed are
/// disjoint streams. The stream is endless: [`Dataset::get`] accepts any index, and the length
/// given at construction is only what [`Dataset::len`] reports (an epoch). Generating one image
/// takes about 20 µs on one core, so it can be done on the fly.
///
/// Pixels are normalised with fixed per-channel constants to roughly zero mean and unit
/// variance over the stream.
///
/// # Examples
/// ```
/// use constnet::data::{Dataset, SyntheticDigits};
///
/// let train = SyntheticDigits::train(42, 10_000);
/// let mut image = vec![0.0; 3 * 32 * 32];
/// let label = train.get(17, &mut image);
///
/// let mut again = vec![0.0; 3 * 32 * 32];
/// assert_eq!(train.get(17, &mut again), label);
/// assert_eq!(image, again);
///
/// let grey = SyntheticDigits::test(42, 1_000).greyscale(); // for LeNet5Classic
/// assert_eq!(grey.image_shape(), (1, 32, 32));
/// ```
///
/// [`LeNet5`]: crate::LeNet5
/// [`LeNet5Classic`]: crate::LeNet5Classic
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SyntheticDigits {
    seed: u64,
    split: Split,
    len: usize,
    greyscale: bool,
}

impl SyntheticDigits {
    /// Per-channel mean (R, G, B) of the rendered pixels in `[0, 1]`, subtracted before scaling.
    pub const MEAN: [f32; 3] = [0.4394, 0.4428, 0.4363];
    /// Per-channel standard deviation (R, G, B) of the rendered pixels in `[0, 1]`.
    pub const STD: [f32; 3] = [0.2590, 0.2648, 0.2547];
    /// Mean of the greyscale variant's pixels in `[0, 1]`.
    pub const GREY_MEAN: f32 = 0.4411;
    /// Standard deviation of the greyscale variant's pixels in `[0, 1]`.
    pub const GREY_STD: f32 = 0.2227;

    /// `len` colour examples of `split` for `seed`.
    pub fn new(seed: u64, split: Split, len: usize) -> Self {
        Self {
            seed,
            split,
            len,
            greyscale: false,
        }
    }

    /// `len` training examples for `seed`.
    pub fn train(seed: u64, len: usize) -> Self {
        Self::new(seed, Split::Train, len)
    }

    /// `len` validation examples for `seed`, disjoint from the training stream.
    pub fn validation(seed: u64, len: usize) -> Self {
        Self::new(seed, Split::Validation, len)
    }

    /// `len` test examples for `seed`, disjoint from the other two streams.
    pub fn test(seed: u64, len: usize) -> Self {
        Self::new(seed, Split::Test, len)
    }

    /// The same stream as 1×32×32 greyscale images (the luminance of the colour ones), for
    /// [`LeNet5Classic`](crate::LeNet5Classic).
    pub fn greyscale(self) -> Self {
        Self {
            greyscale: true,
            ..self
        }
    }

    /// The same stream with `len` examples per epoch.
    pub fn with_len(self, len: usize) -> Self {
        Self { len, ..self }
    }

    /// The seed.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The split.
    pub fn split(&self) -> Split {
        self.split
    }

    /// Whether images are 1×32×32 greyscale rather than 3×32×32 colour.
    pub fn is_greyscale(&self) -> bool {
        self.greyscale
    }

    fn rng(&self, index: usize) -> Rng {
        let h = mix(self.seed ^ 0x5eed_0fd1_6175_0000);
        let h = mix(h ^ self.split.tag());
        Rng(mix(h ^ index as u64))
    }
}

impl Dataset for SyntheticDigits {
    fn len(&self) -> usize {
        self.len
    }

    fn image_shape(&self) -> (usize, usize, usize) {
        (if self.greyscale { 1 } else { 3 }, SIDE, SIDE)
    }

    fn num_classes(&self) -> usize {
        10
    }

    fn get(&self, index: usize, image: &mut [f32]) -> usize {
        let channels = if self.greyscale { 1 } else { 3 };
        assert_eq!(
            image.len(),
            channels * PLANE,
            "SyntheticDigits::get: image buffer must hold {channels}×32×32 floats"
        );
        let mut rgb = [0.0f32; 3 * PLANE];
        let label = render(&mut self.rng(index), &mut rgb);
        let (r, rest) = rgb.split_at(PLANE);
        let (g, b) = rest.split_at(PLANE);
        if self.greyscale {
            let scale = 1.0 / Self::GREY_STD;
            for (i, out) in image.iter_mut().enumerate() {
                let y = 0.299 * r[i] + 0.587 * g[i] + 0.114 * b[i];
                *out = (y - Self::GREY_MEAN) * scale;
            }
        } else {
            for (c, (src, dst)) in [r, g, b]
                .into_iter()
                .zip(image.chunks_exact_mut(PLANE))
                .enumerate()
            {
                let (mean, scale) = (Self::MEAN[c], 1.0 / Self::STD[c]);
                for (d, &s) in dst.iter_mut().zip(src) {
                    *d = (s - mean) * scale;
                }
            }
        }
        label
    }
}

/// SplitMix64's finaliser: a bijective 64-bit mix.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// SplitMix64: small, fast, and fixed here (unlike `rand`'s `StdRng`, whose stream may change
/// between versions), so a seed gives the same images forever.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 * (1.0 / (1u32 << 24) as f32)
    }

    /// Uniform in `[lo, hi)`.
    fn range(&mut self, lo: f32, hi: f32) -> f32 {
        lo + (hi - lo) * self.unit()
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: u32) -> u32 {
        (((self.next_u64() >> 32) * u64::from(n)) >> 32) as u32
    }

    fn chance(&mut self, p: f32) -> bool {
        self.unit() < p
    }

    fn colour(&mut self) -> [f32; 3] {
        [self.unit(), self.unit(), self.unit()]
    }
}

fn luma(c: [f32; 3]) -> f32 {
    0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]
}

/// Two 5×7 fonts; each row's five low bits are its pixels, the most significant (bit 4) leftmost.
const FONTS: [[[u8; 7]; 10]; 2] = [
    [
        // 0
        [
            0b01110, 0b10001, 0b10001, 0b10001, 0b10001, 0b10001, 0b01110,
        ],
        // 1
        [
            0b00100, 0b01100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110,
        ],
        // 2
        [
            0b01110, 0b10001, 0b00001, 0b00010, 0b00100, 0b01000, 0b11111,
        ],
        // 3
        [
            0b11111, 0b00010, 0b00100, 0b00010, 0b00001, 0b10001, 0b01110,
        ],
        // 4
        [
            0b00010, 0b00110, 0b01010, 0b10010, 0b11111, 0b00010, 0b00010,
        ],
        // 5
        [
            0b11111, 0b10000, 0b11110, 0b00001, 0b00001, 0b10001, 0b01110,
        ],
        // 6
        [
            0b00110, 0b01000, 0b10000, 0b11110, 0b10001, 0b10001, 0b01110,
        ],
        // 7
        [
            0b11111, 0b00001, 0b00010, 0b00100, 0b01000, 0b01000, 0b01000,
        ],
        // 8
        [
            0b01110, 0b10001, 0b10001, 0b01110, 0b10001, 0b10001, 0b01110,
        ],
        // 9
        [
            0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00010, 0b01100,
        ],
    ],
    [
        // 0, slashed
        [
            0b01110, 0b10001, 0b10011, 0b10101, 0b11001, 0b10001, 0b01110,
        ],
        // 1, without a foot
        [
            0b00100, 0b01100, 0b10100, 0b00100, 0b00100, 0b00100, 0b00100,
        ],
        // 2
        [
            0b01110, 0b10001, 0b00001, 0b00110, 0b01000, 0b10000, 0b11111,
        ],
        // 3, round top
        [
            0b01110, 0b10001, 0b00001, 0b00110, 0b00001, 0b10001, 0b01110,
        ],
        // 4, open top
        [
            0b10010, 0b10010, 0b10010, 0b11111, 0b00010, 0b00010, 0b00010,
        ],
        // 5
        [
            0b11111, 0b10000, 0b10000, 0b11110, 0b00001, 0b00001, 0b11110,
        ],
        // 6
        [
            0b01110, 0b10000, 0b10000, 0b11110, 0b10001, 0b10001, 0b01110,
        ],
        // 7, straight
        [
            0b11111, 0b00001, 0b00001, 0b00010, 0b00010, 0b00100, 0b00100,
        ],
        // 8, crossed
        [
            0b01110, 0b10001, 0b01010, 0b00100, 0b01010, 0b10001, 0b01110,
        ],
        // 9
        [
            0b01110, 0b10001, 0b10001, 0b01111, 0b00001, 0b00001, 0b01110,
        ],
    ],
];

/// Zero cells around a glyph, so that sampling outside its box needs no bounds test.
const BORDER: usize = 2;
/// A padded glyph's width in cells.
const GLYPH_W: usize = 5 + 2 * BORDER;
/// A padded glyph's height in cells.
const GLYPH_H: usize = 7 + 2 * BORDER;
/// A glyph as floats (1 inked, 0 not), row-major, with [`BORDER`] zero cells on every side.
type Cells = [f32; GLYPH_W * GLYPH_H];

fn glyph_cells(rows: &[u8; 7]) -> Cells {
    let mut cells = [0.0; GLYPH_W * GLYPH_H];
    for (y, row) in rows.iter().enumerate() {
        for x in 0..5 {
            if row & (0b10000 >> x) != 0 {
                cells[(y + BORDER) * GLYPH_W + x + BORDER] = 1.0;
            }
        }
    }
    cells
}

/// Bilinear coverage of the glyph at glyph coordinates `(gx, gy)`, with `(0, 0)` the top-left
/// corner of the 5×7 box and one unit per cell.
#[inline]
fn coverage(cells: &Cells, gx: f32, gy: f32) -> f32 {
    // Cell centres sit at half units. Clamping lands in the zero border, so outside the box the
    // coverage is 0 without a branch.
    let sx = (gx + (BORDER as f32 - 0.5)).clamp(0.0, (GLYPH_W - 2) as f32);
    let sy = (gy + (BORDER as f32 - 0.5)).clamp(0.0, (GLYPH_H - 2) as f32);
    let (x0, y0) = (sx as usize, sy as usize);
    let (fx, fy) = (sx - x0 as f32, sy - y0 as f32);
    // The clamps above keep `i` in range; `min` lets the compiler see it and drop bounds checks.
    let i = (y0 * GLYPH_W + x0).min(GLYPH_W * GLYPH_H - GLYPH_W - 2);
    let top = cells[i] + (cells[i + 1] - cells[i]) * fx;
    let bottom = cells[i + GLYPH_W] + (cells[i + GLYPH_W + 1] - cells[i + GLYPH_W]) * fx;
    top + (bottom - top) * fy
}

/// An image as three planes of `[0, 1]` floats.
type Canvas = [f32; 3 * PLANE];

/// Opacity per pixel of one shape, meaningful inside the box `[x0, x1) × [y0, y1)`.
struct Mask {
    alpha: [f32; PLANE],
    x0: usize,
    x1: usize,
    y0: usize,
    y1: usize,
}

impl Mask {
    fn new() -> Self {
        Self {
            alpha: [0.0; PLANE],
            x0: 0,
            x1: 0,
            y0: 0,
            y1: 0,
        }
    }

    /// Sets the box to the pixels covering `[min_x, max_x] × [min_y, max_y]`, clipped to the
    /// image, and fills it with `alpha(x, y)` at pixel centres.
    fn fill(
        &mut self,
        (min_x, max_x): (f32, f32),
        (min_y, max_y): (f32, f32),
        mut alpha: impl FnMut(f32, f32) -> f32,
    ) {
        (self.x0, self.x1) = span(min_x, max_x);
        (self.y0, self.y1) = span(min_y, max_y);
        for y in self.y0..self.y1 {
            let row = &mut self.alpha[y * SIDE..(y + 1) * SIDE];
            for (x, a) in row.iter_mut().enumerate().take(self.x1).skip(self.x0) {
                *a = alpha(x as f32 + 0.5, y as f32 + 0.5);
            }
        }
    }

    /// Blends `colour` over the canvas with the mask's opacity times `opacity`, the mask moved
    /// by `(dx, dy)` whole pixels.
    fn paint(&self, canvas: &mut Canvas, colour: [f32; 3], opacity: f32, dx: isize, dy: isize) {
        let clip = |lo: usize, hi: usize, d: isize| {
            let lo = (lo as isize + d).clamp(0, SIDE as isize) as usize;
            let hi = (hi as isize + d).clamp(0, SIDE as isize) as usize;
            (lo, hi.max(lo))
        };
        let (x0, x1) = clip(self.x0, self.x1, dx);
        let (y0, y1) = clip(self.y0, self.y1, dy);
        for (plane, &value) in canvas.chunks_exact_mut(PLANE).zip(&colour) {
            for y in y0..y1 {
                let src_y = (y as isize - dy) as usize;
                let src_x = (x0 as isize - dx) as usize;
                let src = &self.alpha[src_y * SIDE + src_x..][..x1 - x0];
                let dst = &mut plane[y * SIDE + x0..y * SIDE + x1];
                for (px, &a) in dst.iter_mut().zip(src) {
                    *px += (value - *px) * (a * opacity);
                }
            }
        }
    }
}

/// Integer pixel range `[lo, hi)` covering `[min, max]`, clipped to the image.
fn span(min: f32, max: f32) -> (usize, usize) {
    let lo = min.floor().clamp(0.0, SIDE as f32) as usize;
    let hi = (max.ceil() + 1.0).clamp(0.0, SIDE as f32) as usize;
    (lo, hi.max(lo))
}

/// Where and how a glyph is drawn.
struct Pose {
    /// Centre in pixels.
    cx: f32,
    cy: f32,
    /// Pixel offset → glyph offset, row-major 2×2.
    inv: [f32; 4],
    /// Glyph offset → pixel offset.
    fwd: [f32; 4],
    /// Coverage at which the stroke edge sits (lower is bolder).
    threshold: f32,
    /// Half-width of the anti-aliasing ramp, in coverage units.
    soft: f32,
}

impl Pose {
    fn random(rng: &mut Rng) -> Self {
        let scale = rng.range(0.6, 1.2);
        // At scale 1 the 5×7 box is 16.5×23 px.
        let cell_y = 3.3 * scale;
        let cell_x = cell_y * rng.range(0.8, 1.2);
        let slant = rng.range(-0.35, 0.35);
        let angle = rng.range(-0.2, 0.2);
        let (sin, cos) = angle.sin_cos();
        // fwd = rotation · shear · diag(cell_x, cell_y)
        let (a, b) = (cell_x, slant * cell_y);
        let d = cell_y;
        let fwd = [cos * a, cos * b - sin * d, sin * a, sin * b + cos * d];
        let det = fwd[0] * fwd[3] - fwd[1] * fwd[2];
        let inv = [fwd[3] / det, -fwd[1] / det, -fwd[2] / det, fwd[0] / det];
        Self {
            cx: 16.0 + rng.range(-4.0, 4.0),
            cy: 16.0 + rng.range(-4.0, 4.0),
            inv,
            fwd,
            threshold: rng.range(0.22, 0.46),
            soft: 0.7 / cell_x.min(cell_y),
        }
    }

    /// Rasterises `cells` centred at `(cx + dx, cy + dy)` into `mask`.
    fn rasterise(&self, cells: &Cells, dx: f32, dy: f32, mask: &mut Mask) {
        let (cx, cy) = (self.cx + dx, self.cy + dy);
        // Coverage is zero beyond half a cell outside the 5×7 box.
        let (mut min_x, mut max_x, mut min_y, mut max_y) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
        for (gx, gy) in [(-3.0, -4.0), (3.0, -4.0), (-3.0, 4.0), (3.0, 4.0)] {
            let x = cx + self.fwd[0] * gx + self.fwd[1] * gy;
            let y = cy + self.fwd[2] * gx + self.fwd[3] * gy;
            min_x = min_x.min(x);
            max_x = max_x.max(x);
            min_y = min_y.min(y);
            max_y = max_y.max(y);
        }
        (mask.x0, mask.x1) = span(min_x, max_x);
        (mask.y0, mask.y1) = span(min_y, max_y);
        let lo = self.threshold - self.soft;
        let gain = 1.0 / (2.0 * self.soft);
        let inv = self.inv;
        for y in mask.y0..mask.y1 {
            let row = &mut mask.alpha[y * SIDE..(y + 1) * SIDE];
            // Along the row, glyph coordinates are linear in x: g = g0 + dg·x.
            let v = y as f32 + 0.5 - cy;
            let u0 = 0.5 - cx;
            let (gx0, dgx) = (inv[0] * u0 + inv[1] * v + 2.5, inv[0]);
            let (gy0, dgy) = (inv[2] * u0 + inv[3] * v + 3.5, inv[2]);
            // Only where the box (grown by half a cell) crosses this row can the coverage be
            // positive; the rest of the row is zero.
            let (xs, xe) = [(gx0, dgx, 5.0), (gy0, dgy, 7.0)].into_iter().fold(
                (mask.x0 as f32, mask.x1 as f32),
                |(lo, hi), (g0, dg, size)| {
                    if dg.abs() < 1e-6 {
                        if (-0.5..size + 0.5).contains(&g0) {
                            (lo, hi)
                        } else {
                            (hi, hi)
                        }
                    } else {
                        let a = (-0.5 - g0) / dg;
                        let b = (size + 0.5 - g0) / dg;
                        (lo.max(a.min(b).floor()), hi.min(a.max(b).ceil() + 1.0))
                    }
                },
            );
            let xe = (xe.max(0.0) as usize).clamp(mask.x0, mask.x1);
            let xs = (xs.max(0.0) as usize).clamp(mask.x0, xe);
            row[mask.x0..xs].fill(0.0);
            row[xe..mask.x1].fill(0.0);
            for (x, a) in row.iter_mut().enumerate().take(xe).skip(xs) {
                let (gx, gy) = (gx0 + dgx * x as f32, gy0 + dgy * x as f32);
                *a = ((coverage(cells, gx, gy) - lo) * gain).clamp(0.0, 1.0);
            }
        }
    }
}

/// Sum of a plane, with independent partial sums so that it vectorises.
fn plane_mean(plane: &[f32]) -> f32 {
    let mut acc = [0.0f32; 8];
    for chunk in plane.chunks_exact(8) {
        for (a, &v) in acc.iter_mut().zip(chunk) {
            *a += v;
        }
    }
    acc.iter().sum::<f32>() / plane.len() as f32
}

/// Draws a random digit on a random background into `canvas` (planes in `[0, 1]`); returns the
/// digit.
fn render(rng: &mut Rng, canvas: &mut Canvas) -> usize {
    let label = rng.below(10) as usize;
    let font = &FONTS[rng.below(2) as usize];
    let mut mask = Mask::new();

    // Most digits are lighter than their background, the rest darker.
    let light_ink = rng.chance(LIGHT_INK);
    background(rng, canvas, light_ink);

    // Blotches: soft ellipses.
    for _ in 0..rng.below(4) {
        let colour = rng.colour();
        let (ex, ey) = (rng.range(0.0, 32.0), rng.range(0.0, 32.0));
        let (rx, ry) = (rng.range(2.0, 8.0), rng.range(2.0, 8.0));
        let opacity = rng.range(0.2, 0.7);
        let (irx, iry) = (1.0 / rx, 1.0 / ry);
        mask.fill((ex - rx, ex + rx), (ey - ry, ey + ry), |x, y| {
            let (dx, dy) = ((x - ex) * irx, (y - ey) * iry);
            ((1.0 - dx * dx - dy * dy) * 3.0).clamp(0.0, 1.0)
        });
        mask.paint(canvas, colour, opacity, 0, 0);
    }

    // Distractor strokes: thin line segments.
    for _ in 0..rng.below(3) {
        let colour = rng.colour();
        let (ax, ay) = (rng.range(0.0, 32.0), rng.range(0.0, 32.0));
        let angle = rng.range(0.0, std::f32::consts::TAU);
        let length = rng.range(5.0, 16.0);
        let (bx, by) = (ax + length * angle.cos(), ay + length * angle.sin());
        let half_width = rng.range(0.4, 1.1);
        let opacity = rng.range(0.3, 0.8);
        let (ux, uy) = (bx - ax, by - ay);
        let inv_len2 = 1.0 / (ux * ux + uy * uy);
        mask.fill(
            (ax.min(bx) - 2.0, ax.max(bx) + 2.0),
            (ay.min(by) - 2.0, ay.max(by) + 2.0),
            |x, y| {
                let (px, py) = (x - ax, y - ay);
                let t = ((px * ux + py * uy) * inv_len2).clamp(0.0, 1.0);
                let (qx, qy) = (px - t * ux, py - t * uy);
                (half_width + 0.5 - (qx * qx + qy * qy).sqrt()).clamp(0.0, 1.0)
            },
        );
        mask.paint(canvas, colour, opacity, 0, 0);
    }

    // The stroke colour differs from the background's average brightness by at least 0.3.
    let bg_luma = {
        let (r, rest) = canvas.split_at(PLANE);
        let (g, b) = rest.split_at(PLANE);
        luma([plane_mean(r), plane_mean(g), plane_mean(b)])
    };
    let sign = if light_ink { 1.0 } else { -1.0 };
    let mut ink = [0.0; 3];
    for attempt in 0..=8 {
        ink = rng.colour();
        for v in &mut ink {
            *v = if light_ink { 0.4 + *v * 0.6 } else { *v * 0.6 };
        }
        if (luma(ink) - bg_luma) * sign >= 0.3 {
            break;
        }
        if attempt == 8 {
            let v = if light_ink { 1.0 } else { 0.0 };
            ink = [v; 3];
        }
    }

    let pose = Pose::random(rng);
    let spacing = 5.0 * pose.fwd[0].abs() * rng.range(1.15, 1.45);
    // Neighbouring digits in a row of numbers, centred at least 15 px from the image centre (so
    // large ones are cut by the border) and always farther from it than the labelled digit.
    for side in [-1.0f32, 1.0] {
        if rng.chance(NEIGHBOUR) {
            let cells = glyph_cells(&font[rng.below(10) as usize]);
            let offset = spacing.max(15.0 - side * (pose.cx - 16.0));
            let dy = offset * pose.fwd[2] / pose.fwd[0];
            pose.rasterise(&cells, side * offset, side * dy, &mut mask);
            mask.paint(canvas, ink, 1.0, 0, 0);
        }
    }

    let cells = glyph_cells(&font[label]);
    pose.rasterise(&cells, 0.0, 0.0, &mut mask);
    if rng.chance(0.3) {
        // Drop shadow, darker or lighter than the ink the other way from the background.
        let shade = if luma(ink) > bg_luma { 0.0 } else { 1.0 };
        let (dx, dy) = (rng.below(5) as isize - 2, 1 + rng.below(2) as isize);
        mask.paint(canvas, [shade; 3], rng.range(0.4, 0.8), dx, dy);
    }
    mask.paint(canvas, ink, 1.0, 0, 0);

    // Sensor noise, from a hash of the pixel index so that the loop vectorises; then clip.
    let sigma = rng.range(0.01, 0.09);
    let key = rng.next_u64() as u32;
    // A triangular sample in (-1, 1) has standard deviation 1/√6.
    let amplitude = sigma * 6f32.sqrt() / 65536.0;
    for (i, px) in canvas.iter_mut().enumerate() {
        let mut h = (i as u32).wrapping_mul(0x9E37_79B9) ^ key;
        h ^= h >> 16;
        h = h.wrapping_mul(0x7FEB_352D);
        h ^= h >> 15;
        h = h.wrapping_mul(0x846C_A68B);
        h ^= h >> 16;
        let n = ((h & 0xFFFF) + (h >> 16)) as i32 - 65536;
        *px = (*px + amplitude * n as f32).clamp(0.0, 1.0);
    }
    label
}

/// A gradient between two colours, stripes and blotchy low-frequency noise.
fn background(rng: &mut Rng, canvas: &mut Canvas, light_ink: bool) {
    let mut c0 = rng.colour();
    for v in &mut c0 {
        *v = if light_ink { *v * 0.6 } else { 0.4 + *v * 0.6 };
    }
    let mut c1 = c0;
    for v in &mut c1 {
        *v = (*v + rng.range(-0.35, 0.35)).clamp(0.0, 1.0);
    }
    let angle = rng.range(0.0, std::f32::consts::TAU);
    let (gx, gy) = (angle.cos() / 32.0, angle.sin() / 32.0);

    // Stripes: amplitude · sin(kx·x + ky·y + φ), separable into per-column and per-row tables.
    let stripes = if rng.chance(0.5) {
        rng.range(0.0, 0.12)
    } else {
        0.0
    };
    let period = rng.range(3.0, 12.0);
    let dir = rng.range(0.0, std::f32::consts::PI);
    let (kx, ky) = (
        dir.cos() * std::f32::consts::TAU / period,
        dir.sin() * std::f32::consts::TAU / period,
    );
    let phase = rng.range(0.0, std::f32::consts::TAU);
    let mut col_sin = [0.0f32; SIDE];
    let mut col_cos = [0.0f32; SIDE];
    for x in 0..SIDE {
        let (s, c) = (kx * x as f32 + phase).sin_cos();
        col_sin[x] = s * stripes;
        col_cos[x] = c * stripes;
    }

    // Blotchy noise: a 5×5 lattice of random values 8 px apart, interpolated bilinearly.
    let blotch = rng.range(0.0, 0.2);
    let mut lattice = [0.0f32; 25];
    for v in &mut lattice {
        *v = rng.range(-blotch, blotch);
    }

    // Texture (shared by the channels) and gradient position, per pixel.
    let mut texture = [0.0f32; PLANE];
    let mut t = [0.0f32; PLANE];
    for y in 0..SIDE {
        let (ly, fy) = (y / 8, (y % 8) as f32 / 8.0 + 1.0 / 16.0);
        let mut lattice_row = [0.0f32; 5];
        for (lx, v) in lattice_row.iter_mut().enumerate() {
            let (a, b) = (lattice[ly * 5 + lx], lattice[ly * 5 + lx + 5]);
            *v = a + (b - a) * fy;
        }
        let (row_sin, row_cos) = (ky * y as f32).sin_cos();
        let yc = gy * (y as f32 - 15.5) + 0.5;
        let row = y * SIDE..(y + 1) * SIDE;
        for (x, (tex, t)) in texture[row.clone()].iter_mut().zip(&mut t[row]).enumerate() {
            let (lx, fx) = (x / 8, (x % 8) as f32 / 8.0 + 1.0 / 16.0);
            let (a, b) = (lattice_row[lx], lattice_row[lx + 1]);
            *tex = a + (b - a) * fx + col_sin[x] * row_cos + col_cos[x] * row_sin;
            *t = (yc + gx * (x as f32 - 15.5)).clamp(0.0, 1.0);
        }
    }
    for ((plane, &base), &top) in canvas.chunks_exact_mut(PLANE).zip(&c0).zip(&c1) {
        let delta = top - base;
        for ((px, &tex), &t) in plane.iter_mut().zip(&texture).zip(&t) {
            *px = base + delta * t + tex;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_unit_and_below_stay_in_range() {
        let mut rng = Rng(1);
        for _ in 0..10_000 {
            let u = rng.unit();
            assert!((0.0..1.0).contains(&u));
            assert!(rng.below(10) < 10);
        }
    }

    #[test]
    fn coverage_is_one_inside_a_cell_and_zero_outside_the_box() {
        let cells = glyph_cells(&FONTS[0][8]);
        // Row 0 of an 8 is .###. : cell (2, 0) is set; its centre is at (2.5, 0.5).
        assert!((coverage(&cells, 2.5, 0.5) - 1.0).abs() < 1e-6);
        assert_eq!(coverage(&cells, 0.5, 0.5), 0.0);
        assert_eq!(coverage(&cells, -3.0, 2.0), 0.0);
        assert_eq!(coverage(&cells, 9.0, 9.0), 0.0);
    }
}
