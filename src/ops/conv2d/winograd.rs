//! The passes of stride-1 3×3 convolutions (`f32`, any padding; wide
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
//! images. On small outputs, where that column and the rounding waste more than a quarter of the
//! tiles (8×8: 16 of 32), the tiles are numbered compactly instead (`⌈ho / 2⌉ · ⌈wo / 2⌉` per
//! image, consecutive across a group's images) and the input transform gathers each window
//! element of a vector of tiles from the same phase layout (one 16-lane gather per element).
//!
//! The weight gradient is the adjoint of these steps ([`Wino::weight_grad`]): per transform point,
//! `∂U_ξ[cin, cout] = Σ_tiles V_ξ[cin, tile] · (A g Aᵀ)_ξ[tile, cout]` over the output
//! gradient's 2×2 blocks `g`, then `Gᵀ ∂U G` per kernel, 16 multiplies per tile and channel pair
//! again. The input gradient is this forward pass over the output gradient ([`InputGrad`]).
//!
//! Accuracy: the transforms add and subtract up to 16 inputs before the products, so the errors
//! can be a few times those of the direct sums (`tests/kernels.rs` bounds them).
use std::mem::MaybeUninit;

use super::packed::Phases;
use super::Conv2dGeometry;
use crate::ops::gemm::Tile;
use crate::ops::simd::Simd;
use crate::ops::{recycle, scratch, Isa};

/// Tiles per transform vector.
const L: usize = 16;

/// The least output height and width the path serves.
const MIN_OUT: usize = 4;

/// The least tiles a call's batch must hold: each call transforms the weights afresh (a pass over
/// `16·cout·cin` values, as many as the products do per tile), which a batch of fewer tiles does
/// not repay. One 8×8 image (16 tiles) took ResNet20's batch-1 latency from 1,580 to 2,150 µs
/// (interleaved, 3 rounds) before this bound; one 16×16 image holds 64.
const MIN_TILES: usize = 64;

/// The least input and output channels the path serves: with fewer, the transforms cost more
/// than the products save. Measured (two such convolutions at batch 64, 2 threads, against the
/// direct and packed paths in the same process, on a build that could switch between them): at 16
/// and 32 channels the direct convolution is as fast or faster; at 64 to 256 channels on 16×16
/// and 32×32 images, Winograd's forward pass is 1.69–1.95× as fast and a training step 1.10–1.27×.
const MIN_CHANNELS: usize = 64;

/// Tiles per group of images, at least (groups of several small images fill whole panels).
const GROUP_TILES: usize = 256;

/// Tiles per block of the weight gradient's reduction: the transformed windows and output
/// gradients of a block (`16·(cin + cout)·KT` floats, 1.7 MiB at 256 channels) stay in the
/// core's L2 cache while the 16 products read them, which costs a pass over the sums
/// `16·cin·cout` per block. Measured (one thread, the products and transforms alone, 16 images,
/// 64 to 256 channels on 8×8 and 16×16): 32 and 48 tiles fastest, 16 tiles 1.5× and 128 to 256
/// tiles 1.2× slower.
const KT: usize = 48;

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
    /// Whether the tiles are numbered compactly (see [`Wino::new`]): `⌈ho / 2⌉` rows of
    /// `⌈wo / 2⌉` per image, their windows gathered; otherwise by phase-plane position.
    compact: bool,
    /// Tiles from one row of tiles to the next: `⌈wo / 2⌉` if compact, else `wq`.
    row_tiles: usize,
    /// Tiles per image: compact, `⌈ho / 2⌉·⌈wo / 2⌉`; otherwise `⌈ho / 2⌉` rows of `wq`,
    /// rounded up to a multiple of [`L`].
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
    /// [`MIN_CHANNELS`] input and output channels, an output of at least [`MIN_OUT`] on each
    /// side and a batch of at least [`MIN_TILES`] tiles.
    pub fn serves(g: &Conv2dGeometry) -> bool {
        g.batch * g.h_out.div_ceil(2) * g.w_out.div_ceil(2) >= MIN_TILES
            && g.stride == 1
            && g.kernel == 3
            && g.chan_in >= MIN_CHANNELS
            && g.chan_out >= MIN_CHANNELS
            && g.h_out >= MIN_OUT
            && g.w_out >= MIN_OUT
    }

    /// The path's geometry for `g` (which it serves). Numbered by phase-plane position, the
    /// tiles of an image are `⌈ho / 2⌉` rows of `wq`, rounded up to whole vectors; those outside
    /// the image are computed for nothing. Where that wastes more than a quarter of them (an 8×8
    /// output has 16 tiles in 32), the tiles are numbered compactly instead and the input
    /// transform gathers each vector's windows (16-lane gathers instead of loads).
    pub fn new(g: &Conv2dGeometry) -> Wino {
        let q = Phases::split(g, 2);
        let (wq, plane) = (q.row_len(), q.plane());
        let (th, tw) = (g.h_out.div_ceil(2), g.w_out.div_ceil(2));
        let phased = (th * wq).div_ceil(L) * L;
        // Compact where it pays, and where the gathers' `i32` offsets reach a group's images.
        let compact = 4 * th * tw < 3 * phased
            && GROUP_TILES.div_ceil(th * tw) * q.image() + SLACK <= i32::MAX as usize;
        let (row_tiles, tiles) = if compact { (tw, th * tw) } else { (wq, phased) };
        Wino {
            q,
            cin: g.chan_in,
            cout: g.chan_out,
            ho: g.h_out,
            wo: g.w_out,
            wq,
            plane,
            compact,
            row_tiles,
            tiles,
            group: GROUP_TILES.div_ceil(tiles).max(1),
        }
    }

    /// The transformed weights `U[ξ][cout][cin]` of weights `w` (`[cout][cin][3][3]`).
    /// Vectors of `LANES` kernels at a time (their taps gathered, stride 9), the rest one by one;
    /// `isa` is the register tile's (AVX2 or AVX-512).
    pub fn weights(&self, isa: Isa, w: &[f32]) -> Vec<f32> {
        let (co, ci) = (self.cout, self.cin);
        assert!(w.len() >= co * ci * 9, "conv2d: too few weights");
        let mut u = scratch(16 * co * ci);
        transform_weights(isa, &w[..co * ci * 9], &mut u);
        u
    }

    /// Floats per laid-out image.
    fn image(&self) -> usize {
        self.q.image()
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
        assert!(bias.len() >= self.cout);
        self.run(t, xq, nimg, u, Sink::Write(y, bias));
    }

    /// The products and transforms of [`Wino::forward`], their outputs into `sink`.
    fn run(&self, t: &Tile, xq: &[f32], nimg: usize, u: &[f32], mut sink: Sink) {
        let (ci, co, nr, mr) = (self.cin, self.cout, t.nr, t.mr);
        assert!(
            nr % L == 0,
            "winograd: the tile's width must be whole vectors"
        );
        assert!(
            xq.len() >= nimg * self.image() + SLACK,
            "conv2d: input too short"
        );
        assert!(u.len() >= 16 * co * ci);
        let out = co * self.ho * self.wo;
        assert!(sink.len() >= nimg * out, "conv2d: output too short");
        // Panels: V (`[ξ][cin][nr]`, zeros past a partial panel's columns: the tile reads them)
        // and M (`[ξ][cout][nr]`); the group's transformed outputs `[cout][4][gt]`, `gt` the
        // group's tiles rounded up to whole vectors.
        let gt = (self.group.min(nimg) * self.tiles).div_ceil(L) * L;
        let mut bp = scratch(16 * ci * nr);
        let mut mp = scratch(16 * co * nr);
        let mut yw = scratch(co * 4 * gt);
        let isa = t.isa;
        for (g0, gi) in self.groups(nimg) {
            let xg = &xq[g0 * self.image()..];
            let total = gi * self.tiles;
            for p0 in (0..total).step_by(nr) {
                let cols = nr.min(total - p0);
                transform_inputs(isa, self, xg, total, p0, cols, nr, &mut bp);
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
                transform_outputs(isa, self, &mp, p0, cols, nr, gt, &mut yw);
            }
            // The tiles' outputs (plus the bias) into the images.
            put_outputs(isa, self, &yw, gt, g0, gi, &mut sink);
        }
        recycle(bp);
        recycle(mp);
        recycle(yw);
    }

    /// The weight gradient of one chunk of `nimg` images in the transform domain: returns
    /// `∂U[ξ][cin][cout] = Σ_tiles V_ξ[cin][tile] · Ĝ_ξ[tile][cout]`, with `V` the transformed
    /// windows of the images `xq` (laid out as for [`Wino::forward`]) and `Ĝ = A g Aᵀ` the
    /// transformed 2×2 blocks `g` of the output gradient `gy` (`[image][cout][ho][wo]`; zeros for
    /// tiles past the image). The weights' gradient is then `Gᵀ ∂U G` ([`add_weight_grads`]),
    /// the adjoint of the forward pass's transforms: 16 products per tile and channel pair
    /// instead of the 36 of the direct sums. The tiles are the reduction (the products' `k`),
    /// [`KT`] at a time; the output gradient is packed as the products' `B` panels (`nr`
    /// output channels per row, gathered across the channels' planes).
    pub fn weight_grad(&self, t: &Tile, xq: &[f32], nimg: usize, gy: &[f32]) -> Vec<f32> {
        let (ci, co, nr, mr) = (self.cin, self.cout, t.nr, t.mr);
        assert!(
            xq.len() >= nimg * self.image() + SLACK,
            "conv2d: input too short"
        );
        assert!(
            gy.len() >= nimg * co * self.ho * self.wo,
            "conv2d: output gradient too short"
        );
        if nimg == 0 {
            return vec![0.0; 16 * ci * co];
        }
        let panels = co.div_ceil(nr);
        let mut vp = scratch(16 * ci * KT);
        let mut bp = scratch(16 * panels * KT * nr);
        // The last panel's columns past `cout`, which the register tile reads: zeros.
        if co % nr != 0 {
            for xi in 0..16 {
                let last = &mut bp[((xi * panels + panels - 1) * KT) * nr..][..KT * nr];
                last.chunks_exact_mut(nr)
                    .for_each(|row| row[co % nr..].fill(0.0));
            }
        }
        // Written by the first block's products (every element), added to by the others.
        let mut du = scratch(16 * ci * co);
        let isa = t.isa;
        for (g0, gi) in self.groups(nimg) {
            let xg = &xq[g0 * self.image()..];
            let total = gi * self.tiles;
            for p0 in (0..total).step_by(KT) {
                let cols = KT.min(total - p0);
                transform_inputs(isa, self, xg, total, p0, cols, KT, &mut vp);
                transform_grads(isa, self, gy, g0, p0, cols, panels, nr, &mut bp);
                for xi in 0..16 {
                    for p in 0..panels {
                        let b = &bp[(xi * panels + p) * KT * nr..][..KT * nr];
                        for c0 in (0..ci).step_by(mr) {
                            t.run(
                                cols,
                                (&vp[(xi * ci + c0) * KT..], KT, 1),
                                b,
                                &mut du[(xi * ci + c0) * co + p * nr..],
                                co,
                                mr.min(ci - c0),
                                nr.min(co - p * nr),
                                g0 + p0 > 0,
                            );
                        }
                    }
                }
            }
        }
        recycle(vp);
        recycle(bp);
        du
    }
}

/// `G g Gᵀ` of each 3×3 kernel `g` of `w` (`[kernel][3][3]`) into `u` (`[ξ][kernel]`), with
/// `G = [[1, 0, 0], [½, ½, ½], [½, −½, ½], [0, 0, 1]]`.
fn transform_weights(isa: Isa, w: &[f32], u: &mut [f32]) {
    #[inline(always)]
    fn body<S: Simd>(s: S, w: &[f32], u: &mut [f32]) {
        let n = w.len() / 9;
        assert!(u.len() >= 16 * n);
        let (zero, half) = (s.zero(), s.splat(0.5));
        // Tap `t` of kernel `k + lane` at `9·lane + t` from kernel `k`'s first.
        let idx: [i32; 16] = std::array::from_fn(|lane| 9 * lane as i32);
        let full = n / S::LANES * S::LANES;
        for k in (0..full).step_by(S::LANES) {
            let taps = &w[9 * k..][..9 * S::LANES];
            let mut g = [zero; 9];
            for (t, g) in g.iter_mut().enumerate() {
                // SAFETY: the offsets reach `taps[t + 9·(LANES − 1)]`, the slice's last float
                // at most.
                *g = unsafe { s.gather(taps[t..].as_ptr(), &idx) };
            }
            // `(a, ½(a + b + c), ½(a − b + c), c)` of each row, then of each column.
            // (No closures: they would not inherit the target features.)
            let mut rows = [[zero; 4]; 3];
            for (r, row) in rows.iter_mut().enumerate() {
                let (a, b, c) = (g[3 * r], g[3 * r + 1], g[3 * r + 2]);
                let ac = s.add(a, c);
                *row = [
                    a,
                    s.fmadd(s.add(ac, b), half, zero),
                    s.fmadd(s.sub(ac, b), half, zero),
                    c,
                ];
            }
            for j in 0..4 {
                let (a, b, c) = (rows[0][j], rows[1][j], rows[2][j]);
                let ac = s.add(a, c);
                let col = [
                    a,
                    s.fmadd(s.add(ac, b), half, zero),
                    s.fmadd(s.sub(ac, b), half, zero),
                    c,
                ];
                for (i, &v) in col.iter().enumerate() {
                    s.store(&mut u[(i * 4 + j) * n + k..], v);
                }
            }
        }
        for (k, g) in w.chunks_exact(9).enumerate().skip(full) {
            let col = |a: f32, b: f32, c: f32| [a, 0.5 * (a + b + c), 0.5 * (a - b + c), c];
            let rows: [[f32; 4]; 3] =
                std::array::from_fn(|r| col(g[3 * r], g[3 * r + 1], g[3 * r + 2]));
            for j in 0..4 {
                let t = col(rows[0][j], rows[1][j], rows[2][j]);
                for (i, &v) in t.iter().enumerate() {
                    u[(i * 4 + j) * n + k] = v;
                }
            }
        }
    }
    vectorised!(isa, body(w: &[f32], u: &mut [f32]))
}

/// Where [`Wino::run`] puts its outputs `[image][cout][ho][wo]`.
enum Sink<'a> {
    /// Written, plus a bias per output channel.
    Write(&'a mut [MaybeUninit<f32>], &'a [f32]),
    /// Added to what is there.
    Add(&'a mut [f32]),
}

impl Sink<'_> {
    fn len(&self) -> usize {
        match self {
            Sink::Write(y, _) => y.len(),
            Sink::Add(y) => y.len(),
        }
    }
}

/// The input gradient of a stride-1 3×3 convolution as Winograd's forward pass: the gradient of
/// input channel `ci` at `(iy, ix)` sums `gy[co][iy + a − p′][ix + b − p′] · w[co][ci][2 − a][2 −
/// b]`, a convolution of the output gradient (`cout` channels of `ho × wo`, zero-padded by
/// `p′ = 2 − padding`) with the kernels flipped and their channel axes swapped, whose output is
/// the input's `h × w`.
pub(super) struct InputGrad {
    wino: Wino,
    /// The transformed flipped kernels.
    u: Vec<f32>,
}

impl InputGrad {
    /// The input gradient's Winograd pass for convolution `g` with weights `w`
    /// (`[cout][cin][3][3]`), where it serves the transposed convolution (padding at most 2, and
    /// see [`Wino::serves`]).
    pub fn new(t: &Tile, g: &Conv2dGeometry, w: &[f32]) -> Option<InputGrad> {
        if g.stride != 1 || g.kernel != 3 || g.padding > 2 {
            return None;
        }
        let gt = Conv2dGeometry {
            batch: g.batch,
            chan_in: g.chan_out,
            chan_out: g.chan_in,
            h_in: g.h_out,
            w_in: g.w_out,
            kernel: 3,
            stride: 1,
            padding: 2 - g.padding,
            h_out: g.h_in,
            w_out: g.w_in,
        };
        if !Wino::serves(&gt) {
            return None;
        }
        let (co, ci) = (g.chan_out, g.chan_in);
        assert!(w.len() >= co * ci * 9, "conv2d: too few weights");
        let mut flipped = vec![0f32; ci * co * 9];
        for (oc, taps) in w.chunks_exact(9).take(co * ci).enumerate() {
            let (o, c) = (oc / ci, oc % ci);
            for (t, &v) in taps.iter().enumerate() {
                flipped[(c * co + o) * 9 + 8 - t] = v;
            }
        }
        let wino = Wino::new(&gt);
        Some(InputGrad {
            u: wino.weights(t.isa, &flipped),
            wino,
        })
    }

    /// Adds the input gradient of `nimg` images' output gradient `gy` (`[image][cout][ho][wo]`)
    /// into `gx` (`[image][cin][h][w]`).
    pub fn add(&self, t: &Tile, gy: &[f32], nimg: usize, gx: &mut [f32]) {
        let q = self.wino.q.lay_out_with_slack(gy, nimg, SLACK);
        self.wino.run(t, &q, nimg, &self.u, Sink::Add(gx));
        recycle(q);
    }
}

/// `Bᵀ` on a column of four vectors: `(a − c, b + c, c − b, b − e)`.
#[inline(always)]
fn bt<S: Simd>(s: S, [a, b, c, e]: [S::V; 4]) -> [S::V; 4] {
    [s.sub(a, c), s.add(b, c), s.sub(c, b), s.sub(b, e)]
}

/// `A` on a column of two vectors: `(a, a + b, a − b, −b)`.
#[inline(always)]
fn a<S: Simd>(s: S, [x, y]: [S::V; 2]) -> [S::V; 4] {
    [x, s.add(x, y), s.sub(x, y), s.sub(s.zero(), y)]
}

/// `A` on a column of two values (as [`a`]).
fn a_scalar([x, y]: [f32; 2]) -> [f32; 4] {
    [x, x + y, x - y, -y]
}

/// `Aᵀ` on a column: `(a + b + c, b − c − e)`.
#[inline(always)]
fn at<S: Simd>(s: S, [a, b, c, e]: [S::V; 4]) -> [S::V; 2] {
    [s.add(s.add(a, b), c), s.sub(s.sub(b, c), e)]
}

/// Where in the group's images `xg` the window of tile `t` of the group starts: its image's
/// phase plane `(0, 0)` of channel 0, plus its position in the plane.
#[inline(always)]
fn window(w: &Wino, t: usize) -> usize {
    let (img, n) = (t / w.tiles, t % w.tiles);
    let at = if w.compact {
        (n / w.row_tiles) * w.wq + n % w.row_tiles
    } else {
        n
    };
    img * w.image() + at
}

/// The transformed outputs `yw` (`[cout][ab][gt]`) of the group's `gi` images (from image
/// `g0`) into `sink`: output `(oy, ox)` of a tile's 2 × 2 is `ab = 2·(oy mod 2) + ox mod 2`, so
/// each output row interleaves two rows of `yw`.
#[allow(clippy::too_many_arguments)]
fn put_outputs(isa: Isa, w: &Wino, yw: &[f32], gt: usize, g0: usize, gi: usize, sink: &mut Sink) {
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn body<S: Simd>(s: S, w: &Wino, yw: &[f32], gt: usize, g0: usize, gi: usize, sink: &mut Sink) {
        let (co, wo) = (w.cout, w.wo);
        let (plane, half) = (w.ho * wo, wo / 2);
        // Whole vectors of output pairs per row, then the rest one pair at a time.
        let vec_pairs = half / S::LANES * S::LANES;
        for img in 0..gi {
            for k in 0..co {
                let src = &yw[k * 4 * gt..][..4 * gt];
                let at = ((g0 + img) * co + k) * plane;
                for oy in 0..w.ho {
                    let o = (oy % 2) * 2 * gt + img * w.tiles + (oy / 2) * w.row_tiles;
                    let (even, odd) = (&src[o..][..wo.div_ceil(2)], &src[o + gt..][..half]);
                    let row = at + oy * wo..at + (oy + 1) * wo;
                    match sink {
                        Sink::Write(y, bias) => {
                            let (d, b) = (&mut y[row], bias[k]);
                            let bv = s.splat(b);
                            for x in (0..vec_pairs).step_by(S::LANES) {
                                let e = s.add(s.load(&even[x..]), bv);
                                let o = s.add(s.load(&odd[x..]), bv);
                                let (lo, hi) = s.zip(e, o);
                                s.store_uninit(&mut d[2 * x..], lo);
                                s.store_uninit(&mut d[2 * x + S::LANES..], hi);
                            }
                            for x in vec_pairs..half {
                                d[2 * x].write(even[x] + b);
                                d[2 * x + 1].write(odd[x] + b);
                            }
                            if wo % 2 == 1 {
                                d[wo - 1].write(even[half] + b);
                            }
                        }
                        Sink::Add(y) => {
                            let d = &mut y[row];
                            for x in (0..vec_pairs).step_by(S::LANES) {
                                let (lo, hi) = s.zip(s.load(&even[x..]), s.load(&odd[x..]));
                                let lo = s.add(s.load(&d[2 * x..]), lo);
                                let hi = s.add(s.load(&d[2 * x + S::LANES..]), hi);
                                s.store(&mut d[2 * x..], lo);
                                s.store(&mut d[2 * x + S::LANES..], hi);
                            }
                            for x in vec_pairs..half {
                                d[2 * x] += even[x];
                                d[2 * x + 1] += odd[x];
                            }
                            if wo % 2 == 1 {
                                d[wo - 1] += even[half];
                            }
                        }
                    }
                }
            }
        }
    }
    vectorised!(
        isa,
        body(
            w: &Wino,
            yw: &[f32],
            gt: usize,
            g0: usize,
            gi: usize,
            sink: &mut Sink,
        )
    )
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

/// `V = Bᵀ d B` of the panel's `cols` tiles from tile `p0` of the group's `total` tiles (of the
/// images `xg`), into `vp` (`[ξ][cin][nr]`, zeros past `cols`).
#[allow(clippy::too_many_arguments)]
fn transform_inputs(
    isa: Isa,
    w: &Wino,
    xg: &[f32],
    total: usize,
    p0: usize,
    cols: usize,
    nr: usize,
    vp: &mut [f32],
) {
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn body<S: Simd>(
        s: S,
        w: &Wino,
        xg: &[f32],
        total: usize,
        p0: usize,
        cols: usize,
        nr: usize,
        vp: &mut [f32],
    ) {
        let (ci, wq, plane) = (w.cin, w.wq, w.plane);
        // The window elements a tile reads past its start: up to the last plane's start, one
        // row and one column further.
        let reach = (4 * ci - 1) * plane + wq + 2;
        for v in 0..cols.div_ceil(L) {
            // Phase-plane numbering: the vector's windows start at `L` consecutive floats.
            // Compact: at the `L` offsets `idx` (lanes past the group's tiles repeat its last).
            let first = window(w, p0 + v * L);
            let mut idx = [0i32; L];
            let x = if w.compact {
                let mut last = 0;
                for (lane, o) in idx.iter_mut().enumerate() {
                    let at = window(w, (p0 + v * L + lane).min(total - 1));
                    last = last.max(at);
                    // In range: `Wino::new` checks a group's floats fit an `i32`.
                    *o = (at - first) as i32;
                }
                &xg[first..][..last - first + reach]
            } else {
                &xg[first..][..reach + L - 1]
            };
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
                            *d = if w.compact {
                                // SAFETY: every offset in `idx` plus `at` (below `reach`) lies
                                // in `x`, which spans the last window's start plus `reach`.
                                unsafe { s.gather(x[at..].as_ptr(), &idx[h..]) }
                            } else {
                                s.load(&x[at + h..])
                            };
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
    vectorised!(
        isa,
        body(
            w: &Wino,
            xg: &[f32],
            total: usize,
            p0: usize,
            cols: usize,
            nr: usize,
            vp: &mut [f32],
        )
    )
}

/// `Y = Aᵀ M A` of the panel's tiles (`mp`, `[ξ][cout][nr]`, tiles from `p0` of the group) into
/// the group's transformed outputs `yw` (`[cout][ab][gt]`; whole vectors, past `cols` too).
#[allow(clippy::too_many_arguments)]
fn transform_outputs(
    isa: Isa,
    w: &Wino,
    mp: &[f32],
    p0: usize,
    cols: usize,
    nr: usize,
    gt: usize,
    yw: &mut [f32],
) {
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn body<S: Simd>(
        s: S,
        w: &Wino,
        mp: &[f32],
        p0: usize,
        cols: usize,
        nr: usize,
        gt: usize,
        yw: &mut [f32],
    ) {
        let co = w.cout;
        for v in 0..cols.div_ceil(L) {
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
                            let at = (k * 4 + ap * 2 + bq) * gt + p0 + v * L + h;
                            s.store(&mut yw[at..], val);
                        }
                    }
                }
            }
        }
    }
    vectorised!(
        isa,
        body(
            w: &Wino,
            mp: &[f32],
            p0: usize,
            cols: usize,
            nr: usize,
            gt: usize,
            yw: &mut [f32],
        )
    )
}

/// `Ĝ = A g Aᵀ` of the 2×2 output-gradient blocks `g` of the block's `cols` tiles (tiles `p0..`
/// of the group from image `g0`) into the `B` panels `bp` (`[ξ][panel][KT][nr]`: row `k` of
/// panel `p` holds output channels `p·nr..` of tile `p0 + k`), with `A = [[1, 0], [1, 1], [1,
/// −1], [0, −1]]`. Outputs past the image (a tile's second row or column, or a whole tile past
/// the image's) count as zeros. `S::LANES` channels at a time, each block element gathered
/// across their planes; the rest one by one.
#[allow(clippy::too_many_arguments)]
fn transform_grads(
    isa: Isa,
    w: &Wino,
    gy: &[f32],
    g0: usize,
    p0: usize,
    cols: usize,
    panels: usize,
    nr: usize,
    bp: &mut [f32],
) {
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn body<S: Simd>(
        s: S,
        w: &Wino,
        gy: &[f32],
        g0: usize,
        p0: usize,
        cols: usize,
        panels: usize,
        nr: usize,
        bp: &mut [f32],
    ) {
        let (co, ho, wo) = (w.cout, w.ho, w.wo);
        let plane = ho * wo;
        let (th, tw) = (ho.div_ceil(2), wo.div_ceil(2));
        assert!(nr.is_multiple_of(S::LANES) && bp.len() >= 16 * panels * KT * nr);
        // Channel `c + lane` of a position at `lane·plane` from channel `c`'s (in `i32`: a plane
        // is far smaller than 2³¹ / 16 floats for any image that fits in memory).
        let idx: [i32; 16] = std::array::from_fn(|lane| (lane * plane) as i32);
        let full = co / S::LANES * S::LANES;
        // Where element `ξ` of channel `c` of row `k` goes.
        let at = |xi: usize, c: usize, k: usize| ((xi * panels + c / nr) * KT + k) * nr + c % nr;
        // The images the block's tiles lie in.
        let last = g0 + (p0 + cols.max(1) - 1) / w.tiles;
        assert!(
            gy.len() >= (last + 1) * co * plane,
            "conv2d: output gradient too short"
        );
        for k in 0..cols {
            let (img, n) = (g0 + (p0 + k) / w.tiles, (p0 + k) % w.tiles);
            let (ty, tx) = (n / w.row_tiles, n % w.row_tiles);
            if ty >= th || tx >= tw {
                for xi in 0..16 {
                    for c in (0..co).step_by(nr) {
                        let len = nr.min(co - c);
                        bp[at(xi, c, k)..][..len].fill(0.0);
                    }
                }
                continue;
            }
            let (down, right) = (2 * ty + 1 < ho, 2 * tx + 1 < wo);
            let base = (img * co * ho + 2 * ty) * wo + 2 * tx;
            // The block's offsets from its first element, `None` outside the image.
            let offs = [
                Some(0),
                right.then_some(1),
                down.then_some(wo),
                (down && right).then_some(wo + 1),
            ];
            for c in (0..full).step_by(S::LANES) {
                let src = &gy[base + c * plane..];
                let mut d = [s.zero(); 4];
                for (d, off) in d.iter_mut().zip(offs) {
                    if let Some(off) = off {
                        // SAFETY: lane `l` reads `src[off + l·plane]`, channel `c + l < cout`'s
                        // element of this block, inside image `img ≤ last` (checked above).
                        *d = unsafe { s.gather(src[off..].as_ptr(), &idx) };
                    }
                }
                // A down each column (2 → 4 rows), then along each row.
                let cols4 = [a(s, [d[0], d[2]]), a(s, [d[1], d[3]])];
                for i in 0..4 {
                    for (j, &v) in a(s, [cols4[0][i], cols4[1][i]]).iter().enumerate() {
                        s.store(&mut bp[at(4 * i + j, c, k)..], v);
                    }
                }
            }
            for c in full..co {
                let src = &gy[base + c * plane..];
                let d = offs.map(|o| o.map_or(0.0, |o| src[o]));
                let cols4 = [a_scalar([d[0], d[2]]), a_scalar([d[1], d[3]])];
                for i in 0..4 {
                    for (j, v) in a_scalar([cols4[0][i], cols4[1][i]]).into_iter().enumerate() {
                        bp[at(4 * i + j, c, k)] = v;
                    }
                }
            }
        }
    }
    vectorised!(
        isa,
        body(
            w: &Wino,
            gy: &[f32],
            g0: usize,
            p0: usize,
            cols: usize,
            panels: usize,
            nr: usize,
            bp: &mut [f32],
        )
    )
}

/// `Gᵀ` on `n` columns at once: from the four rows `(a, b, e, f)`, `a + ½(b + e)`, `½(b − e)`
/// and `½(b + e) + f` into `out` at the offsets `at(0)`, `at(1)`, `at(2)`.
fn gt(n: usize, [a, b, e, f]: [&[f32]; 4], out: &mut [f32], at: impl Fn(usize) -> usize) {
    for o in 0..n {
        let (s, t) = (b[o] + e[o], b[o] - e[o]);
        out[at(0) + o] = a[o] + 0.5 * s;
        out[at(1) + o] = 0.5 * t;
        out[at(2) + o] = 0.5 * s + f[o];
    }
}

/// Adds the weights' gradient `Gᵀ ∂U G` (`[cout][cin][3][3]`, into `gw`) of the transform
/// domain's `du` (`[ξ][cin][cout]`, [`Wino::weight_grad`]), with `Gᵀ = [[1, ½, ½, 0], [0, ½,
/// −½, 0], [0, ½, ½, 1]]`: per input channel, the nine taps of every output channel (loops over
/// the output channels, which the compiler vectorises), then added into their kernels.
pub(super) fn add_weight_grads(cin: usize, cout: usize, du: &[f32], gw: &mut [f32]) {
    assert!(du.len() >= 16 * cin * cout && gw.len() >= 9 * cin * cout);
    let mut taps = vec![0f32; 9 * cout];
    let mut rows = vec![0f32; 12 * cout];
    for c in 0..cin {
        let d = |xi: usize| &du[(xi * cin + c) * cout..][..cout];
        // Rows `Gᵀ ∂U`: 3 × 4 (row `r`, column `j` at `(4r + j)·cout`), then columns: 3 × 3.
        for j in 0..4 {
            let out = |r: usize| (4 * r + j) * cout;
            gt(cout, [d(j), d(4 + j), d(8 + j), d(12 + j)], &mut rows, out);
        }
        for r in 0..3 {
            let row = |j: usize| &rows[(4 * r + j) * cout..][..cout];
            gt(cout, [row(0), row(1), row(2), row(3)], &mut taps, |c| {
                (3 * r + c) * cout
            });
        }
        for o in 0..cout {
            let k = &mut gw[(o * cin + c) * 9..][..9];
            for (t, k) in k.iter_mut().enumerate() {
                *k += taps[t * cout + o];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{test_geometry, test_values as values};
    use super::*;

    /// Calls `f(y, x, w)` for every term `x[x]·w[w]` of every output `y` of the 3×3 stride-1
    /// convolution `g` (indices into `[image][cout][ho][wo]`, `[image][cin][h][w]` and the
    /// weights), padding skipped.
    fn each_term(g: &Conv2dGeometry, mut f: impl FnMut(usize, usize, usize)) {
        let (h, w, p, ci, co) = (g.h_in, g.w_in, g.padding, g.chan_in, g.chan_out);
        for n in 0..g.batch {
            for o in 0..co {
                for oy in 0..g.h_out {
                    for ox in 0..g.w_out {
                        let yi = ((n * co + o) * g.h_out + oy) * g.w_out + ox;
                        for c in 0..ci {
                            for ky in 0..3 {
                                for kx in 0..3 {
                                    let (iy, ix) = (oy + ky, ox + kx);
                                    if iy < p || ix < p || iy - p >= h || ix - p >= w {
                                        continue;
                                    }
                                    let xi = ((n * ci + c) * h + iy - p) * w + ix - p;
                                    f(yi, xi, ((o * ci + c) * 3 + ky) * 3 + kx);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Each of `got` within `16·ε` of `want` times the sum `scale` of its terms' magnitudes.
    fn close(what: &str, got: impl IntoIterator<Item = f32>, want: &[f64], scale: &[f64]) {
        let mut n = 0;
        for (i, ((a, &b), &m)) in got.into_iter().zip(want).zip(scale).enumerate() {
            assert!(
                (a as f64 - b).abs() <= 16.0 * f32::EPSILON as f64 * m + 1e-30,
                "{what}: [{i}] {a} vs {b} (scale {m})"
            );
            n += 1;
        }
        assert_eq!(n, want.len(), "{what}: length");
    }

    /// A geometry of the tests: `(batch, cin, cout, h, w, padding)` of a 3×3 stride-1
    /// convolution.
    type Case = (usize, usize, usize, usize, usize, usize);

    /// Calls `f(isa, tile, geometry)` for each case, on every register tile with vectors the CPU
    /// has; with `both_numberings`, first checks that the cases number their tiles both ways.
    fn each_case(
        cases: &[Case],
        both_numberings: bool,
        mut f: impl FnMut(Isa, Tile, Conv2dGeometry),
    ) {
        let geometry = |&(b, ci, co, h, w, p): &Case| test_geometry(b, ci, co, h, w, 3, 1, p);
        if both_numberings {
            let compact = |c: &Case| Wino::new(&geometry(c)).compact;
            assert!(cases.iter().any(compact) && !cases.iter().all(compact));
        }
        for isa in Isa::available().into_iter().filter(|&i| i != Isa::Scalar) {
            for c in cases {
                f(isa, Tile::for_isa(isa), geometry(c));
            }
        }
    }

    /// A pass in `f64`: `start` plus, for every term of convolution `g` (indices as
    /// [`each_term`]'s), the value `term` gives at the index it gives; and the sums of the
    /// magnitudes of each value's terms (start included).
    fn reference(
        g: &Conv2dGeometry,
        start: impl IntoIterator<Item = f64>,
        mut term: impl FnMut(usize, usize, usize) -> (usize, f64),
    ) -> (Vec<f64>, Vec<f64>) {
        let mut want: Vec<f64> = start.into_iter().collect();
        let mut scale: Vec<f64> = want.iter().map(|v| v.abs()).collect();
        each_term(g, |yi, xi, wi| {
            let (at, t) = term(yi, xi, wi);
            want[at] += t;
            scale[at] += t.abs();
        });
        (want, scale)
    }

    /// The input gradient ([`InputGrad`]) against loops in `f64`, added to values already there,
    /// on every register tile with vectors the CPU has, over paddings 0 to 2 (the transposed
    /// convolution's 2 to 0), odd and even sizes, and both numberings of the tiles. Each value is
    /// within `16·ε` of the sum of the absolute values of its terms.
    #[test]
    fn input_grad_matches_naive_loops() {
        let cases = [
            (3, 64, 65, 9, 10, 1),
            (2, 66, 64, 12, 11, 0),
            (8, 64, 64, 6, 5, 2),
            (2, 64, 64, 16, 16, 1),
            // Rows of whole 16-lane vectors of output pairs, and an odd last column.
            (2, 64, 64, 4, 35, 1),
        ];
        each_case(&cases, false, |isa, t, g| {
            let gy = values(g.batch * g.chan_out * g.h_out * g.w_out, 4);
            let wt = values(g.chan_out * g.chan_in * 9, 5);
            let gx0 = values(g.batch * g.chan_in * g.h_in * g.w_in, 6);
            let start = gx0.iter().map(|&v| v as f64);
            let (want, scale) =
                reference(&g, start, |yi, xi, wi| (xi, gy[yi] as f64 * wt[wi] as f64));
            let ig = InputGrad::new(&t, &g, &wt).expect("served");
            let mut got = gx0.clone();
            ig.add(&t, &gy, g.batch, &mut got);
            close(&format!("{isa:?} gx of {g:?}"), got, &want, &scale);
        });
    }

    /// The weight gradient ([`Wino::weight_grad`], then [`add_weight_grads`] onto values already
    /// there) against loops in `f64`, on every register tile with vectors the CPU has, over both
    /// numberings of the tiles, odd and even outputs, padding 0 to 2, output channel counts that
    /// leave partial panels and partial vectors, and reductions of several blocks and groups.
    /// Each value is within `16·ε` of the sum of the absolute values of its terms.
    #[test]
    fn weight_grad_matches_naive_loops() {
        let cases = [
            (3, 5, 9, 10, 11, 1),
            (2, 17, 20, 13, 12, 0),
            (5, 3, 2, 7, 6, 2),
            (2, 8, 50, 16, 16, 1),
            (1, 4, 5, 32, 33, 1),
            (3, 6, 7, 8, 8, 1),
            (40, 2, 3, 6, 7, 0),
            (2, 9, 16, 4, 4, 1),
        ];
        each_case(&cases, true, |isa, t, g| {
            let x = values(g.batch * g.chan_in * g.h_in * g.w_in, 1);
            let gy = values(g.batch * g.chan_out * g.h_out * g.w_out, 4);
            let gw0 = values(g.chan_out * g.chan_in * 9, 7);
            let start = gw0.iter().map(|&v| v as f64);
            let (want, scale) =
                reference(&g, start, |yi, xi, wi| (wi, gy[yi] as f64 * x[xi] as f64));
            let wino = Wino::new(&g);
            let xq = wino.q.lay_out_with_slack(&x, g.batch, SLACK);
            let du = wino.weight_grad(&t, &xq, g.batch, &gy);
            let mut got = gw0.clone();
            add_weight_grads(g.chan_in, g.chan_out, &du, &mut got);
            close(&format!("{isa:?} gw of {g:?}"), got, &want, &scale);
        });
    }

    /// The forward pass against loops in `f64`, on every register tile with vectors the CPU has
    /// (AVX2's 16-tile panels and AVX-512's 48-tile ones), over geometries with odd and even
    /// outputs, padding 0 to 2, channel counts that leave partial register tiles, images that
    /// share a panel and groups that end in a partial panel. Each output is within `16·ε` of the
    /// sum of the absolute values of its terms.
    #[test]
    fn forward_matches_naive_loops() {
        let cases = [
            (3, 5, 9, 10, 11, 1),
            (2, 17, 20, 13, 12, 0),
            (5, 3, 2, 7, 6, 2),
            (1, 8, 8, 32, 32, 1),
            (2, 3, 5, 5, 67, 1),
            (4, 2, 11, 16, 16, 1),
            // Compact numbering: vectors across images, a partial last vector and panel.
            (3, 6, 7, 8, 8, 1),
            (7, 3, 4, 5, 5, 1),
            (2, 4, 5, 4, 4, 1),
            (40, 2, 3, 6, 7, 0),
        ];
        each_case(&cases, true, |isa, t, g| {
            let x = values(g.batch * g.chan_in * g.h_in * g.w_in, 1);
            let wt = values(g.chan_out * g.chan_in * 9, 2);
            let bias = values(g.chan_out, 3);
            let plane = g.h_out * g.w_out;
            let start =
                (0..g.batch * g.chan_out * plane).map(|yi| bias[yi / plane % g.chan_out] as f64);
            let (want, scale) =
                reference(&g, start, |yi, xi, wi| (yi, x[xi] as f64 * wt[wi] as f64));
            let wino = Wino::new(&g);
            let xq = wino.q.lay_out_with_slack(&x, g.batch, SLACK);
            let u = wino.weights(isa, &wt);
            let mut got = vec![MaybeUninit::new(f32::NAN); want.len()];
            wino.forward(&t, &xq, g.batch, &u, &bias, &mut got);
            // SAFETY: initialised when created.
            let got = got.iter().map(|v| unsafe { v.assume_init() });
            close(&format!("{isa:?} y of {g:?}"), got, &want, &scale);
        });
    }
}
