//! The forward pass of stride-1 3×3 convolutions without a tape (`f32`, any padding; wide
//! channel counts, see [`Wino::serves`]) by Winograd's minimal filtering F(2×2, 3×3) (Lavin and
//! Gray, 2016): each 2×2 block of outputs ("tile") is computed from the 4×4 input window it reads
//! as `Y = Aᵀ [U ⊙ V] A`, with `U = G g Gᵀ` the transformed 3×3 kernel and `V = Bᵀ d B` the
//! transformed window. Summed over the input channels, the 16 products of the 16 transform points
//! `ξ` become 16 matrix products
//!
//! `M_ξ[cout, tiles] = U_ξ[cout, cin] · V_ξ[cin, tiles]`,
//!
//! 16 multiplies per tile and channel pair instead of the 36 of the 2×2 outputs' direct sums
//! (2.25× fewer), run on the packed path's register tile (`crate::ops::gemm`).
//!
//! Layout. The images are split into 2 × 2 phases (`super::packed::Phases` with `s = 2`): padded
//! row `2·qy + ry`, column `2·qx + rx` at `[ci][ry][rx][qy][qx]`, planes of `hq × wq`. Tile `n =
//! ty·wq + tx` (output rows `2ty, 2ty + 1`, columns `2tx, 2tx + 1`) reads element `(i, j)` of its
//! window at `n + (i / 2)·wq + j / 2` of phase plane `(i mod 2, j mod 2)`, so 16 consecutive
//! tiles are 16 consecutive floats for every `(i, j)`: the transforms run on vectors of [`L`]
//! tiles without gathers. The price is one column of tiles per row (`tx = wq − 1`, and the last
//! when the width is odd) that lie partly outside the image: they are computed and their outputs
//! dropped. An image has `tiles` such tiles (rounded up to a multiple of [`L`]); the products run
//! on panels of `nr` tiles (the register tile's width, a multiple of [`L`]) over groups of
//! images.
//!
//! Accuracy: the transforms add and subtract up to 16 inputs before the products, so the errors
//! can be a few times those of the direct sums (`tests/kernels.rs` bounds them).
use std::mem::MaybeUninit;

use super::packed::Phases;
use super::Conv2dGeometry;
use crate::ops::gemm::Tile;
use crate::ops::simd::{Avx2, Avx512, Simd};
use crate::ops::{recycle, scratch, Isa};

/// Tiles per transform vector.
const L: usize = 16;

/// The least output height and width the path serves: below, the column of tiles per row
/// that lies partly outside the image costs more than the products save (an 8×8 output has 16
/// tiles in 20, rounded up to 32 per image).
const MIN_OUT: usize = 10;

/// The least input and output channels the path serves: with fewer, the transforms cost more
/// than the products save. Measured (two such convolutions at batch 64, 2 threads, against the
/// direct and packed paths in the same process, on a build that could switch between them): at 16
/// and 32 channels the direct convolution is as fast or faster; at 64 to 256 channels on 16×16
/// and 32×32 images, Winograd's forward pass is 1.69–1.95× as fast and a training step 1.10–1.27×.
const MIN_CHANNELS: usize = 64;

/// Tiles per group of images, at least (groups of several small images fill whole panels).
const GROUP_TILES: usize = 256;

/// The geometry of the Winograd path for one convolution.
pub(super) struct Wino {
    /// The images' layout (2 × 2 phases).
    pub q: Phases,
    cin: usize,
    cout: usize,
    ho: usize,
    wo: usize,
    /// Columns of a phase plane, and floats per phase plane.
    wq: usize,
    plane: usize,
    /// Tiles per image: `⌈ho / 2⌉` rows of `wq`, rounded up to a multiple of [`L`].
    tiles: usize,
    /// Images per group.
    group: usize,
}

/// Floats past the last laid-out image that the transforms may read: the last vector of tiles
/// reaches `L − 1` tiles past the image's last row of tiles, plus one row and one column of its
/// windows.
pub(super) const SLACK: usize = L;

impl Wino {
    /// Whether the path serves geometry `g`: a stride-1 3×3 convolution with at least
    /// [`MIN_CHANNELS`] input and output channels, whose output (at least [`MIN_OUT`] on each
    /// side) fills its vectors of tiles well enough.
    pub fn serves(g: &Conv2dGeometry) -> bool {
        g.stride == 1
            && g.kernel == 3
            && g.chan_in >= MIN_CHANNELS
            && g.chan_out >= MIN_CHANNELS
            && g.h_out >= MIN_OUT
            && g.w_out >= MIN_OUT
    }

    /// The path's geometry for `g` (which it serves).
    pub fn new(g: &Conv2dGeometry) -> Wino {
        let q = Phases::split(g, 2);
        let (wq, plane) = (q.row_len(), q.plane());
        let th = g.h_out.div_ceil(2);
        let tiles = (th * wq).div_ceil(L) * L;
        Wino {
            q,
            cin: g.chan_in,
            cout: g.chan_out,
            ho: g.h_out,
            wo: g.w_out,
            wq,
            plane,
            tiles,
            group: GROUP_TILES.div_ceil(tiles).max(1),
        }
    }

    /// The transformed weights `U[ξ][cout][cin]` of weights `w` (`[cout][cin][3][3]`).
    pub fn weights(&self, w: &[f32]) -> Vec<f32> {
        let (co, ci) = (self.cout, self.cin);
        assert!(w.len() >= co * ci * 9, "conv2d: too few weights");
        let mut u = vec![0f32; 16 * co * ci];
        for (kc, g) in w.chunks_exact(9).take(co * ci).enumerate() {
            // G g Gᵀ, G = [[1, 0, 0], [½, ½, ½], [½, −½, ½], [0, 0, 1]].
            let col = |a: f32, b: f32, c: f32| [a, 0.5 * (a + b + c), 0.5 * (a - b + c), c];
            let rows: [[f32; 4]; 3] =
                std::array::from_fn(|r| col(g[3 * r], g[3 * r + 1], g[3 * r + 2]));
            for j in 0..4 {
                let t = col(rows[0][j], rows[1][j], rows[2][j]);
                for (i, &v) in t.iter().enumerate() {
                    u[(i * 4 + j) * co * ci + kc] = v;
                }
            }
        }
        u
    }

    /// Floats per laid-out image.
    fn image(&self) -> usize {
        self.q.image()
    }

    /// Vectors of tiles per image.
    fn vecs(&self) -> usize {
        self.tiles / L
    }

    /// The groups of a chunk of `nimg` images: `(first image, images)`.
    fn groups(&self, nimg: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        (0..nimg)
            .step_by(self.group)
            .map(move |g0| (g0, self.group.min(nimg - g0)))
    }

    /// The forward pass of one chunk of `nimg` images `xq` (laid out by [`Wino::q`], followed by
    /// [`SLACK`] zeros): writes every element of `y` (`[image][cout][ho][wo]`) from the
    /// transformed weights `u` ([`Wino::weights`]) and the bias.
    pub fn forward(
        &self,
        t: &Tile,
        xq: &[f32],
        nimg: usize,
        u: &[f32],
        bias: &[f32],
        y: &mut [MaybeUninit<f32>],
    ) {
        let (ci, co, nr, mr) = (self.cin, self.cout, t.nr, t.mr);
        assert!(
            nr % L == 0,
            "winograd: the tile's width must be whole vectors"
        );
        assert!(
            xq.len() >= nimg * self.image() + SLACK,
            "conv2d: input too short"
        );
        assert!(u.len() >= 16 * co * ci && bias.len() >= co);
        let out = co * self.ho * self.wo;
        assert!(y.len() >= nimg * out, "conv2d: output too short");
        // Panels: V (`[ξ][cin][nr]`, zeros past a partial panel's columns: the tile reads them)
        // and M (`[ξ][cout][nr]`); the group's transformed outputs `[image][cout][4][tiles]`.
        let mut bp = scratch(16 * ci * nr);
        let mut mp = scratch(16 * co * nr);
        let mut yw = scratch(self.group.min(nimg) * co * 4 * self.tiles);
        let isa = t.isa;
        for (g0, gi) in self.groups(nimg) {
            let xg = &xq[g0 * self.image()..];
            let total = gi * self.tiles;
            for p0 in (0..total).step_by(nr) {
                let cols = nr.min(total - p0);
                transform_inputs(isa, self, xg, p0, cols, nr, &mut bp);
                for xi in 0..16 {
                    for k0 in (0..co).step_by(mr) {
                        t.run(
                            ci,
                            (&u[(xi * co + k0) * ci..], ci, 1),
                            &bp[xi * ci * nr..][..ci * nr],
                            &mut mp[(xi * co + k0) * nr..],
                            nr,
                            mr.min(co - k0),
                            cols,
                            false,
                        );
                    }
                }
                transform_outputs(isa, self, &mp, p0, cols, nr, &mut yw);
            }
            // The tiles' outputs plus the bias into the images.
            for img in 0..gi {
                let yi = &mut y[(g0 + img) * out..][..out];
                for (k, plane) in yi.chunks_exact_mut(self.ho * self.wo).enumerate() {
                    let src = &yw[(img * co + k) * 4 * self.tiles..][..4 * self.tiles];
                    for (oy, row) in plane.chunks_exact_mut(self.wo).enumerate() {
                        let at = (oy % 2) * 2 * self.tiles + (oy / 2) * self.wq;
                        let (even, odd) = (&src[at..], &src[at + self.tiles..]);
                        let b = bias[k];
                        let (pairs, last) = row.as_chunks_mut::<2>();
                        for ((d, &e), &o) in pairs.iter_mut().zip(even).zip(odd) {
                            d[0].write(e + b);
                            d[1].write(o + b);
                        }
                        if let Some(d) = last.first_mut() {
                            d.write(even[self.wo / 2] + b);
                        }
                    }
                }
            }
        }
        recycle(bp);
        recycle(mp);
        recycle(yw);
    }
}

/// `Bᵀ` on a column of four vectors: `(a − c, b + c, c − b, b − e)`.
#[inline(always)]
fn bt<S: Simd>(s: S, [a, b, c, e]: [S::V; 4]) -> [S::V; 4] {
    [s.sub(a, c), s.add(b, c), s.sub(c, b), s.sub(b, e)]
}

/// `Aᵀ` on a column: `(a + b + c, b − c − e)`.
#[inline(always)]
fn at<S: Simd>(s: S, [a, b, c, e]: [S::V; 4]) -> [S::V; 2] {
    [s.add(s.add(a, b), c), s.sub(s.sub(b, c), e)]
}

/// The vector of tiles `v` of a panel starting at tile `p0` of a group: its image in the group
/// and its first tile in the image.
#[inline(always)]
fn locate(w: &Wino, p0: usize, v: usize) -> (usize, usize) {
    let gv = p0 / L + v;
    (gv / w.vecs(), (gv % w.vecs()) * L)
}

/// Calls `$body(s, args…)`, generic over [`Simd`], compiled for the instruction set `isa` of a
/// register tile (AVX-512 or AVX2; the path is not chosen without them).
macro_rules! vectorised {
    ($isa:expr, $body:ident($($arg:ident: $ty:ty),* $(,)?)) => {{
        #[target_feature(enable = "avx512f")]
        fn wide($($arg: $ty),*) {
            // SAFETY: called only where the CPU has AVX-512 (below).
            $body(unsafe { Avx512::new() }, $($arg),*)
        }
        #[target_feature(enable = "avx2,fma")]
        fn narrow($($arg: $ty),*) {
            // SAFETY: called only where the CPU has AVX2 and FMA (below).
            $body(unsafe { Avx2::new() }, $($arg),*)
        }
        match $isa {
            // SAFETY: `Isa` values come from run-time detection: the CPU has this one.
            Isa::Avx512 => unsafe { wide($($arg),*) },
            // SAFETY: as above.
            Isa::Avx2 => unsafe { narrow($($arg),*) },
            Isa::Scalar => unreachable!("the Winograd path is chosen only with AVX2 or AVX-512"),
        }
    }};
}

/// Zeros for the vectors `cols / L..nr / L` of every row of a panel (`rows` rows of `nr`), which
/// the register tile reads past a partial panel's columns.
fn zero_tail(p: &mut [f32], rows: usize, cols: usize, nr: usize) {
    if cols < nr {
        for row in p.chunks_exact_mut(nr).take(rows) {
            row[cols..].fill(0.0);
        }
    }
}

/// `V = Bᵀ d B` of the panel's `cols` tiles from tile `p0` of the group's images `xg`, into
/// `vp` (`[ξ][cin][nr]`, zeros past `cols`).
fn transform_inputs(
    isa: Isa,
    w: &Wino,
    xg: &[f32],
    p0: usize,
    cols: usize,
    nr: usize,
    vp: &mut [f32],
) {
    #[inline(always)]
    fn body<S: Simd>(
        s: S,
        w: &Wino,
        xg: &[f32],
        p0: usize,
        cols: usize,
        nr: usize,
        vp: &mut [f32],
    ) {
        let (ci, wq, plane) = (w.cin, w.wq, w.plane);
        for v in 0..cols / L {
            let (img, n0) = locate(w, p0, v);
            // Every window element the vector reads: the last plane's start, one row and one
            // column further, plus a vector.
            let x = &xg[img * w.image() + n0..][..(4 * ci - 1) * plane + wq + 1 + L];
            for c in 0..ci {
                for h in (0..L).step_by(S::LANES) {
                    // d[i][j] at plane (i mod 2, j mod 2), offset (i / 2)·wq + j / 2.
                    // (No closures here: they would not inherit the target features, and the
                    // intrinsics would not be inlined.) Bᵀ along each row, then down each column.
                    let mut r = [[s.zero(); 4]; 4];
                    for (i, r) in r.iter_mut().enumerate() {
                        let mut d = [s.zero(); 4];
                        for (j, d) in d.iter_mut().enumerate() {
                            let at = (4 * c + (i % 2) * 2 + j % 2) * plane + (i / 2) * wq + j / 2;
                            *d = s.load(&x[at + h..]);
                        }
                        *r = bt(s, d);
                    }
                    for q in 0..4 {
                        let col = bt(s, [r[0][q], r[1][q], r[2][q], r[3][q]]);
                        for (p, &val) in col.iter().enumerate() {
                            s.store(&mut vp[((p * 4 + q) * ci + c) * nr + v * L + h..], val);
                        }
                    }
                }
            }
        }
        zero_tail(vp, 16 * ci, cols, nr);
    }
    vectorised!(isa, body(w: &Wino, xg: &[f32], p0: usize, cols: usize, nr: usize, vp: &mut [f32]))
}

/// `Y = Aᵀ M A` of the panel's tiles (`mp`, `[ξ][cout][nr]`) into the group's transformed
/// outputs `yw` (`[image][cout][ab][tiles]`).
fn transform_outputs(
    isa: Isa,
    w: &Wino,
    mp: &[f32],
    p0: usize,
    cols: usize,
    nr: usize,
    yw: &mut [f32],
) {
    #[inline(always)]
    fn body<S: Simd>(
        s: S,
        w: &Wino,
        mp: &[f32],
        p0: usize,
        cols: usize,
        nr: usize,
        yw: &mut [f32],
    ) {
        let co = w.cout;
        for v in 0..cols / L {
            let (img, n0) = locate(w, p0, v);
            for k in 0..co {
                for h in (0..L).step_by(S::LANES) {
                    // Aᵀ along each row (4 → 2 columns), then down each column (4 → 2 rows).
                    let mut r = [[s.zero(); 2]; 4];
                    for (i, r) in r.iter_mut().enumerate() {
                        let mut m = [s.zero(); 4];
                        for (j, m) in m.iter_mut().enumerate() {
                            *m = s.load(&mp[((4 * i + j) * co + k) * nr + v * L + h..]);
                        }
                        *r = at(s, m);
                    }
                    // (`bq` picks a column of every row of `r`.)
                    #[allow(clippy::needless_range_loop)]
                    for bq in 0..2 {
                        let col = at(s, [r[0][bq], r[1][bq], r[2][bq], r[3][bq]]);
                        for (ap, &val) in col.iter().enumerate() {
                            let at = ((img * co + k) * 4 + ap * 2 + bq) * w.tiles + n0 + h;
                            s.store(&mut yw[at..], val);
                        }
                    }
                }
            }
        }
    }
    vectorised!(isa, body(w: &Wino, mp: &[f32], p0: usize, cols: usize, nr: usize, yw: &mut [f32]))
}

#[cfg(test)]
mod tests {
    use super::super::{test_geometry, test_values as values};
    use super::*;

    /// The forward pass against loops in `f64`, on every register tile with vectors the CPU has
    /// (AVX2's 16-tile panels and AVX-512's 48-tile ones), over geometries with odd and even
    /// outputs, padding 0 to 2, channel counts that leave partial register tiles, images that
    /// share a panel and groups that end in a partial panel. Each output is within `16·ε` of the
    /// sum of the absolute values of its terms.
    #[test]
    fn forward_matches_naive_loops() {
        let geometries = [
            // (batch, cin, cout, h, w, padding)
            (3, 5, 9, 10, 11, 1),
            (2, 17, 20, 13, 12, 0),
            (5, 3, 2, 7, 6, 2),
            (1, 8, 8, 32, 32, 1),
            (4, 2, 11, 16, 16, 1),
        ];
        let isas = Isa::available().into_iter().filter(|&i| i != Isa::Scalar);
        for isa in isas {
            let t = Tile::for_isa(isa);
            for &(batch, cin, cout, h, w, p) in &geometries {
                let g = test_geometry(batch, cin, cout, h, w, 3, 1, p);
                let (ho, wo) = (g.h_out, g.w_out);
                let x = values(batch * cin * h * w, 1);
                let wt = values(cout * cin * 9, 2);
                let bias = values(cout, 3);
                let mut want = vec![0f64; batch * cout * ho * wo];
                let mut scale = vec![0f64; want.len()];
                for n in 0..batch {
                    for o in 0..cout {
                        for oy in 0..ho {
                            for ox in 0..wo {
                                let yi = ((n * cout + o) * ho + oy) * wo + ox;
                                want[yi] = bias[o] as f64;
                                scale[yi] = (bias[o] as f64).abs();
                                for c in 0..cin {
                                    for ky in 0..3 {
                                        for kx in 0..3 {
                                            let (iy, ix) = (oy + ky, ox + kx);
                                            if iy < p || ix < p || iy - p >= h || ix - p >= w {
                                                continue;
                                            }
                                            let xv = x[((n * cin + c) * h + iy - p) * w + ix - p];
                                            let wv = wt[((o * cin + c) * 3 + ky) * 3 + kx];
                                            want[yi] += xv as f64 * wv as f64;
                                            scale[yi] += (xv as f64 * wv as f64).abs();
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                let wino = Wino::new(&g);
                let xq = wino.q.lay_out_with_slack(&x, batch, SLACK);
                let u = wino.weights(&wt);
                let mut got = vec![MaybeUninit::new(f32::NAN); want.len()];
                wino.forward(&t, &xq, batch, &u, &bias, &mut got);
                for (i, ((v, &b), &m)) in got.iter().zip(&want).zip(&scale).enumerate() {
                    // SAFETY: initialised when created.
                    let a = unsafe { v.assume_init() } as f64;
                    assert!(
                        (a - b).abs() <= 16.0 * f32::EPSILON as f64 * m + 1e-30,
                        "{isa:?} y[{i}] of {g:?}: {a} vs {b} (scale {m})"
                    );
                }
            }
        }
    }
}
