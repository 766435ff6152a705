//! The passes of stride-1 3×3 convolutions (`f32`, any padding; 16 channels or more, see
//! [`Wino::serves`]) by Winograd's minimal filtering F(4×4, 3×3) (Lavin and Gray,
//! 2016): each 4×4 block of outputs ("tile") is computed from the 6×6 input window it reads as
//! `Y = Aᵀ [U ⊙ V] A`, with `U = G g Gᵀ` the transformed 3×3 kernel and `V = Bᵀ d B` the
//! transformed window.
//! Summed over the input channels, the 36 products of the 36 transform points `ξ` become 36
//! matrix products
//!
//! `M_ξ[cout, tiles] = U_ξ[cout, cin] · V_ξ[cin, tiles]`,
//!
//! 36 multiplies per tile and channel pair instead of the 144 of the tile's direct sums: 2.25
//! per output instead of 9, where F(2×2, 3×3) (this path's first version) needed 4. They run on
//! the packed path's register tile (`crate::ops::gemm`).
//!
//! Layout. The images are split into 4 × 4 phases (`super::packed::Phases` with `s = 4`, planes
//! of at least one row and column more than the tiles need): padded row `4·qy + ry`, column
//! `4·qx + rx` at `[ci][ry][rx][qy][qx]`, planes of `hq × wq`. Tile `n = ty·wq + tx` (output rows
//! `4·ty..4·ty + 4`, columns `4·tx..`) reads element `(i, j)` of its window at `n + (i / 4)·wq +
//! j / 4` of phase plane `(i mod 4, j mod 4)`, so 16 consecutive tiles are 16 consecutive floats
//! for every `(i, j)`: the transforms run on vectors of [`L`] tiles without gathers. The price is
//! the columns of tiles past the image's in each row (`tx ≥ ⌈wo / 4⌉`): they are computed and
//! their outputs dropped. An image has `tiles` such tiles (rounded up to a multiple of [`L`]);
//! the products run on panels of `nr` tiles (the register tile's width, a multiple of [`L`]) over
//! groups of images. Where a group's layout fits a core's level-2 cache, each task lays out its
//! groups one at a time just before their transforms ([`Wino::by_groups`]); otherwise the whole
//! batch is laid out first. On small outputs, where those columns and the rounding waste more
//! than a quarter of the tiles (16×16: 16 of 32), the tiles are numbered compactly instead
//! (`⌈ho / 4⌉ · ⌈wo / 4⌉` per image, consecutive across a group's images) and the input transform
//! gathers each window element of a vector of tiles from the same phase layout: one 16-lane
//! gather per element, or, where the vector's 16 windows start within 32 floats of each other
//! (the 16 tiles of one 16×16 image), two loads and a permute ([`Simd::near`]). On AVX2, whose
//! gathers are slow on AMD's cores, windows that start in runs of 4 or 2 consecutive floats (the
//! rows of tiles of a 16×16 or an 8×8 image) are read run by run ([`Simd::runs`]).
//!
//! The weight gradient is the adjoint of these steps ([`Wino::weight_grad`]): per transform point,
//! `∂U_ξ[cin, cout] = Σ_tiles V_ξ[cin, tile] · (A g Aᵀ)_ξ[tile, cout]` over the output
//! gradient's 4×4 blocks `g`, then `Gᵀ ∂U G` per kernel, 36 multiplies per tile and channel pair
//! again. The input gradient is this forward pass over the output gradient ([`InputGrad`]).
//!
//! Accuracy: the transforms add and subtract the 36 inputs of a window with factors up to 5 (and
//! the outputs' up to 8) before the products, so the errors are several times those of the
//! direct sums, and about ten times F(2×2, 3×3)'s (`tests/kernels.rs` bounds them).
use std::borrow::Cow;
use std::mem::MaybeUninit;

use super::chanvec::rows_to_lanes;
use super::packed::Phases;
use super::Conv2dGeometry;
use crate::ops::gemm::Tile;
use crate::ops::simd::Simd;
use crate::ops::{aligned, recycle, recycle_on, scratch, scratch_on, Isa, ALIGN_SLACK};
use crate::team::Team;

/// Tiles per transform vector.
const L: usize = 16;

/// Outputs per tile side (F(4×4, 3×3)).
const M: usize = 4;

/// Window side: `M + 2`; the transform points are `T × T`.
const T: usize = M + 2;

/// Transform points.
const POINTS: usize = T * T;

/// Floats ahead of a vector of tiles at which the input transform prefetches the phase planes on
/// the phase-plane numbering: the same vector of the next panel of 48 tiles (AVX-512's; three
/// panels ahead on AVX2). Its loads from the sixteen planes of each channel (a layout of the
/// whole batch, mostly out of the caches) held about a third of the pass's samples; *vgg*'s
/// training at 1 thread with the prefetch 1.01–1.06× as fast as without (5 rounds, three builds
/// in turn).
const PREFETCH: usize = 3 * L;

/// The least output height and width the path serves.
const MIN_OUT: usize = 4;

/// The least 2×2 blocks of outputs per channel a call's batch must hold: each call transforms
/// the weights afresh (a pass over `36·cout·cin` values, as many as the products do per tile),
/// which a smaller batch does not repay. One 8×8 image (16 blocks) took ResNet20's batch-1
/// latency from 1,580 to 2,150 µs (interleaved, 3 rounds) before this bound; one 16×16 image
/// holds 64.
const MIN_BLOCKS: usize = 64;

/// Images from which a batch decides nothing about this path: whether it serves a geometry
/// ([`Wino::serves`]) then depends on the geometry alone, the smallest output it serves
/// ([`MIN_OUT`] × [`MIN_OUT`], the fewest blocks per image) holding [`MIN_BLOCKS`] in a batch of
/// this many.
pub(crate) const BATCH_FREE_FROM: usize =
    MIN_BLOCKS.div_ceil(MIN_OUT.div_ceil(2) * MIN_OUT.div_ceil(2));

/// The least input and output channels the path serves, in training (the forward pass and both
/// gradients) and at inference: with fewer, the transforms cost more than the products save.
/// First measured with F(4×4, 3×3) on a throwaway probe that alternated the paths in one process
/// (three convolutions and ReLUs; training steps at batch 64, inference at 256; medians of 7,
/// twice each): three `Conv2d<32, 32, 3, 1, 1>` on 16×16 took 0.86–0.87× the direct path's time
/// per training step at 1 thread, 0.91× at 2, and 0.90–0.95× (1 thread), 0.96–0.98× (2 threads)
/// at inference; three `Conv2d<16, 16, 3, 1, 1>` on 32×32 took 1.36–1.42× (training) and
/// 1.22–1.25× (inference) at 1 thread, so 16 channels stayed direct. (With F(2×2, 3×3), the
/// path's first version, 32 channels were no faster than the direct path.) Since then the
/// transforms have changed: with [`PREFETCH`], 16 channels trained faster here (builds in turn,
/// `zoo --only train`, 4 to 5 rounds: *vgg* 1.08–1.13× at 1 thread, 1.05–1.12× at 2; ResNet20
/// 0.96–1.07× at 1 thread, 0.90–1.05× at 2), while inference at 16 channels was still level
/// (ResNet20 0.92–0.99×, *vgg* 1.00–1.07×); with the layout's rows split by permutes and
/// groups laid out as they go ([`Wino::by_groups`]), 16 channels at inference too (`zoo --only
/// infer`, 3 to 4 rounds): ResNet20 1.07–1.15× at 1 thread, 1.01–1.07× at 2; *vgg* 1.14–1.19× at
/// 1 thread, 0.83–1.16× (median 1.11×) at 2; batch-1 latency (`--only latency`): ResNet20 0.95×
/// the time at 1 thread, 1.05–1.06× at 2, *vgg* 0.98–1.01× at 1 thread.
const MIN_CHANNELS: usize = 16;

/// Tiles per group of images, at least (groups of several small images fill whole panels).
const GROUP_TILES: usize = 256;

/// Tiles per block of the weight gradient's reduction: the transformed windows and output
/// gradients of a block (`36·(cin + cout)·KT` floats) are transformed once and read by the 36
/// products, which add into the sums `36·cin·cout` once per block. Measured for F(2×2, 3×3) (one
/// thread, the products and transforms alone, 16 images, 64 to 256 channels on 8×8 and 16×16):
/// 32 and 48 tiles fastest, 16 tiles 1.5× and 128 to 256 tiles 1.2× slower. For F(4×4, 3×3),
/// *wide*'s training at 2 threads was 1.10× as fast with 48 tiles as with 16, as fast with 96,
/// 0.92× with 144 (5 interleaved rounds each).
const KT: usize = 48;

/// Floats of a group's layout up to which the passes lay out the images a group at a time
/// ([`Wino::by_groups`]): about a core's level-2 cache (1 MiB on the zoo's machine).
const GROUP_LAYOUT: usize = 1 << 18;

/// The images a pass reads.
#[derive(Clone, Copy)]
pub(super) enum Images<'a> {
    /// As they are, `[image][cin][h][w]`: each group of images is laid out by [`Wino::q`] just
    /// before its transforms read it, on the task's own thread, so that they read it from that
    /// core's caches (see [`Wino::by_groups`]).
    Raw(&'a [f32]),
    /// Already laid out by [`Wino::q`], followed by [`SLACK`] zeros.
    Laid(&'a [f32]),
}

/// The geometry of the Winograd path for one convolution.
pub(super) struct Wino {
    /// The images' layout (4 × 4 phases).
    pub q: Phases,
    cin: usize,
    cout: usize,
    ho: usize,
    wo: usize,
    /// Columns of a phase plane, and floats per phase plane.
    wq: usize,
    plane: usize,
    /// Whether the tiles are numbered compactly (see [`Wino::new`]): `⌈ho / 4⌉` rows of
    /// `⌈wo / 4⌉` per image, their windows gathered; otherwise by phase-plane position.
    compact: bool,
    /// Tiles from one row of tiles to the next: `⌈wo / 4⌉` if compact, else `wq`.
    row_tiles: usize,
    /// Tiles per image: compact, `⌈ho / 4⌉·⌈wo / 4⌉`; otherwise `⌈ho / 4⌉` rows of `wq`,
    /// rounded up to a multiple of [`L`].
    tiles: usize,
    /// Images per group.
    group: usize,
}

/// Floats past the last laid-out image that the transforms may read: the last vector of tiles
/// reaches `L − 1` tiles past the image's last row of tiles, plus one row and one column of its
/// windows, and every phase plane has a row more than the tiles need; a compact vector's two
/// loads of `2·L` floats from a window element reach at most `2·L` past the image.
pub(super) const SLACK: usize = 2 * L;

impl Wino {
    /// Whether the path serves geometry `g`: a stride-1 3×3 convolution with at least
    /// [`MIN_CHANNELS`] input and output channels, an output of at least [`MIN_OUT`] on each side
    /// and a batch of at least [`MIN_BLOCKS`] 2×2 blocks of outputs per channel.
    pub fn serves(g: &Conv2dGeometry) -> bool {
        g.batch * g.h_out.div_ceil(2) * g.w_out.div_ceil(2) >= MIN_BLOCKS
            && g.stride == 1
            && g.kernel == 3
            && g.chan_in >= MIN_CHANNELS
            && g.chan_out >= MIN_CHANNELS
            && g.h_out >= MIN_OUT
            && g.w_out >= MIN_OUT
    }

    /// The path's geometry for `g` (which it serves). Numbered by phase-plane position, the
    /// tiles of an image are `⌈ho / 4⌉` rows of `wq`, rounded up to whole vectors; those outside
    /// the image are computed for nothing. Where that wastes more than a quarter of them (a 16×16
    /// output has 16 tiles in 32), the tiles are numbered compactly instead and the input
    /// transform gathers each vector's windows (16-lane gathers, or two loads and a permute
    /// where the windows lie within 32 floats, instead of one load).
    pub fn new(g: &Conv2dGeometry) -> Wino {
        let (th, tw) = (g.h_out.div_ceil(M), g.w_out.div_ceil(M));
        // A window reaches one phase row and column past its tile's: planes of at least `th + 1`
        // rows and `tw + 1` columns keep every window inside its plane.
        let q = Phases::split(g, M).at_least(th + 1, tw + 1);
        let (wq, plane) = (q.row_len(), q.plane());
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

    /// The transformed weights `U[ξ][cout][cin]` of weights `w` (`[cout][cin][3][3]`), the
    /// rows `ξ` [`point_stride`] apart.
    /// Vectors of `LANES` kernels at a time (their taps gathered, stride 9), the last one
    /// partly filled, so that each kernel's transform is the same whichever channels a call
    /// holds; `isa` is the register tile's (AVX2 or AVX-512). In a buffer of the `team`'s where
    /// the call's parts run on one ([`scratch_on`]; hand it back with [`recycle_on`]).
    pub fn weights(&self, isa: Isa, w: &[f32], team: Option<&Team>) -> Vec<f32> {
        transform_weights(isa, w, self.cout * self.cin, Kernels::AsStored, team)
    }

    /// Floats per laid-out image.
    fn image(&self) -> usize {
        self.q.image()
    }

    /// The [`point_stride`] of the transformed weights (`[ξ][cout][cin]`).
    fn u_stride(&self) -> usize {
        point_stride(self.cout * self.cin)
    }

    /// The [`point_stride`] of a panel of `nr` tiles' transformed inputs (`[ξ][cin][nr]`).
    fn v_stride(&self, nr: usize) -> usize {
        point_stride(self.cin * nr)
    }

    /// The [`point_stride`] of a panel of `nr` tiles' products (`[ξ][cout][nr]`).
    fn m_stride(&self, nr: usize) -> usize {
        point_stride(self.cout * nr)
    }

    /// The [`point_stride`] of the weight gradient's `panels` panels of [`KT`] tiles' transformed
    /// output gradients, `nr` channels each (`[ξ][panel][KT][nr]`).
    fn g_stride(&self, panels: usize, nr: usize) -> usize {
        point_stride(panels * KT * nr)
    }

    /// The groups of a chunk of `nimg` images: `(first image, images)`.
    fn groups(&self, nimg: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        (0..nimg)
            .step_by(self.group)
            .map(move |g0| (g0, self.group.min(nimg - g0)))
    }

    /// Whether the passes take the images as they are ([`Images::Raw`]) and lay them out a group
    /// at a time: where a group's layout fits in [`GROUP_LAYOUT`] floats, so that the transforms
    /// read it from the core's caches (the weight gradient lays them out again, group by group).
    /// Larger groups are laid out for the whole batch first (one pass in parallel over the
    /// images). With the layout's rows split by permutes (`Phases`), against the whole batch laid
    /// out first (both builds in turn, `zoo --only train` or `--only infer`): ResNet20's training
    /// 0.96–1.07× (median 1.03×, 6 rounds) at 1 thread, inference 0.99–1.07×; *vgg*'s training
    /// 1.00–1.07× at 1 thread, 0.88–1.45× (median 1.02×, 11 rounds) at 2. With the gathers the
    /// layout used before, the same change had been level (ResNet20 training 0.99–1.03×). *wide*'s
    /// groups (1.6 to 9.4 MiB) exceed the bound: laid out whole, as before, where groups laid out
    /// one at a time had taken its inference 0.96–1.01× as fast.
    pub fn by_groups(&self) -> bool {
        self.group * self.image() <= GROUP_LAYOUT
    }

    /// The images of `x` from image `n0` on: laid out by [`Wino::q`] (followed by [`SLACK`]
    /// zeros) where `laid`, else as they are (`[image][cin][h][w]`).
    pub fn images_from<'a>(&self, x: &'a [f32], n0: usize, laid: bool) -> Images<'a> {
        if laid {
            Images::Laid(&x[n0 * self.image()..])
        } else {
            Images::Raw(&x[n0 * self.q.source_image()..])
        }
    }

    /// Asserts that `x` holds `nimg` images (and, laid out, the slack after them).
    fn check(&self, x: Images, nimg: usize) {
        let ok = match x {
            Images::Raw(x) => x.len() >= nimg * self.q.source_image(),
            Images::Laid(xq) => xq.len() >= nimg * self.image() + SLACK,
        };
        assert!(ok, "conv2d: input too short");
    }

    /// The laid-out images of the group of `gi` images from image `g0` of `x`, followed by at
    /// least [`SLACK`] floats (zeros, or the next images' when laid out already): borrowed, or
    /// laid out now (to be recycled).
    fn group_images<'a>(&self, x: Images<'a>, g0: usize, gi: usize) -> Cow<'a, [f32]> {
        match x {
            Images::Raw(x) => {
                let from = &x[g0 * self.q.source_image()..];
                Cow::Owned(self.q.lay_out_here(from, gi, SLACK))
            }
            Images::Laid(xq) => Cow::Borrowed(&xq[g0 * self.image()..]),
        }
    }

    /// The forward pass of one chunk of `nimg` images `x`: writes every element of `y`
    /// (`[image][cout][ho][wo]`) from the transformed weights `u` ([`Wino::weights`]) and the
    /// bias, with `relu` the ReLU applied (`(bias, relu)`); its scratch buffers from the `team`
    /// where the call's parts run on one ([`scratch_on`]).
    #[allow(clippy::too_many_arguments)]
    pub fn forward(
        &self,
        t: &Tile,
        x: Images,
        nimg: usize,
        u: &[f32],
        (bias, relu): (&[f32], bool),
        y: &mut [MaybeUninit<f32>],
        team: Option<&Team>,
    ) {
        assert!(bias.len() >= self.cout);
        self.run(t, x, nimg, u, Sink::Write(y, bias, relu), team);
    }

    /// The products and transforms of [`Wino::forward`], their outputs into `sink`.
    fn run(
        &self,
        t: &Tile,
        x: Images,
        nimg: usize,
        u: &[f32],
        mut sink: Sink,
        team: Option<&Team>,
    ) {
        let (ci, co, nr, mr) = (self.cin, self.cout, t.nr, t.mr);
        assert!(
            nr % L == 0,
            "winograd: the tile's width must be whole vectors"
        );
        self.check(x, nimg);
        let us = self.u_stride();
        assert!(u.len() >= POINTS * us);
        let out = co * self.ho * self.wo;
        assert!(sink.len() >= nimg * out, "conv2d: output too short");
        // Panels: V (`[ξ][cin][nr]`) and M (`[ξ][cout][nr]`), rows `ξ` `point_stride` apart; the
        // group's transformed outputs `[cout][16][gt]`, `gt` the group's tiles rounded up to
        // whole vectors. A partial panel's columns past its tiles hold stale values: the register
        // tile computes each column from that column of V alone and keeps only the panel's `cols`
        // (`Tile::run`), and every later pass reads only the group's tiles.
        let gt = (self.group.min(nimg) * self.tiles).div_ceil(L) * L;
        let (vs, ms) = (self.v_stride(nr), self.m_stride(nr));
        let mut bp_buf = scratch_on(team, POINTS * vs + ALIGN_SLACK);
        let mut mp_buf = scratch_on(team, POINTS * ms + ALIGN_SLACK);
        let mut yw_buf = scratch_on(team, co * M * M * gt + ALIGN_SLACK);
        let bp = aligned(&mut bp_buf, POINTS * vs);
        let mp = aligned(&mut mp_buf, POINTS * ms);
        let yw = aligned(&mut yw_buf, co * M * M * gt);
        let isa = t.isa;
        for (g0, gi) in self.groups(nimg) {
            let xg = self.group_images(x, g0, gi);
            let total = gi * self.tiles;
            for p0 in (0..total).step_by(nr) {
                let cols = nr.min(total - p0);
                transform_inputs(isa, self, &xg, total, p0, cols, nr, bp);
                for xi in 0..POINTS {
                    for k0 in (0..co).step_by(mr) {
                        t.run(
                            ci,
                            (&u[xi * us + k0 * ci..], ci, 1),
                            &bp[xi * vs..][..ci * nr],
                            &mut mp[xi * ms + k0 * nr..],
                            nr,
                            mr.min(co - k0),
                            cols,
                            false,
                        );
                    }
                }
                transform_outputs(isa, self, mp, p0, cols, nr, gt, yw);
            }
            // The tiles' outputs (plus the bias) into the images.
            put_outputs(isa, self, yw, gt, g0, gi, &mut sink);
            if let Cow::Owned(v) = xg {
                recycle(v);
            }
        }
        recycle_on(team, bp_buf);
        recycle_on(team, mp_buf);
        recycle_on(team, yw_buf);
    }

    /// The weight gradient of one chunk of `nimg` images in the transform domain: returns
    /// `∂U[ξ][cin][cout] = Σ_tiles V_ξ[cin][tile] · Ĝ_ξ[tile][cout]`, with `V` the transformed
    /// windows of the images `x` (as for [`Wino::forward`]) and `Ĝ = A g Aᵀ` the
    /// transformed 4×4 blocks `g` of the output gradient `gy` (`[image][cout][ho][wo]`; zeros
    /// for tiles past the image). The weights' gradient is then `Gᵀ ∂U G`
    /// ([`Wino::add_weight_grads`]), the adjoint of the forward pass's transforms: 36 products
    /// per tile and channel pair instead of the 144 of the direct sums. The tiles are the
    /// reduction (the products' `k`), [`KT`] at a time; the output gradient is packed as
    /// the products' `B` panels (`nr` output channels per row, gathered across the channels'
    /// planes).
    pub fn weight_grad(&self, t: &Tile, x: Images, nimg: usize, gy: &[f32]) -> Vec<f32> {
        let (ci, co, nr, mr) = (self.cin, self.cout, t.nr, t.mr);
        self.check(x, nimg);
        assert!(
            gy.len() >= nimg * co * self.ho * self.wo,
            "conv2d: output gradient too short"
        );
        if nimg == 0 {
            return vec![0.0; POINTS * ci * co];
        }
        let panels = co.div_ceil(nr);
        let (vs, gs) = (self.v_stride(KT), self.g_stride(panels, nr));
        let mut vp_buf = scratch(POINTS * vs + ALIGN_SLACK);
        let mut bp_buf = scratch(POINTS * gs + ALIGN_SLACK);
        let (vp, bp) = (
            aligned(&mut vp_buf, POINTS * vs),
            aligned(&mut bp_buf, POINTS * gs),
        );
        // The last panel's columns past `cout`, which the register tile reads: zeros.
        if co % nr != 0 {
            for xi in 0..POINTS {
                let last = &mut bp[xi * gs + (panels - 1) * KT * nr..][..KT * nr];
                last.chunks_exact_mut(nr)
                    .for_each(|row| row[co % nr..].fill(0.0));
            }
        }
        // Written by the first block's products (every element), added to by the others.
        let mut du = scratch(POINTS * ci * co);
        let isa = t.isa;
        for (g0, gi) in self.groups(nimg) {
            let xg = self.group_images(x, g0, gi);
            let gyt = channels_in_lanes(isa, self, gy, g0, gi);
            let total = gi * self.tiles;
            for p0 in (0..total).step_by(KT) {
                let cols = KT.min(total - p0);
                transform_inputs(isa, self, &xg, total, p0, cols, KT, vp);
                transform_grads(isa, self, &gyt, p0, cols, panels, nr, bp);
                for xi in 0..POINTS {
                    for p in 0..panels {
                        let b = &bp[xi * gs + p * KT * nr..][..KT * nr];
                        for c0 in (0..ci).step_by(mr) {
                            t.run(
                                cols,
                                (&vp[xi * vs + c0 * KT..], KT, 1),
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
            if let Cow::Owned(v) = xg {
                recycle(v);
            }
            recycle(gyt);
        }
        recycle(vp_buf);
        recycle(bp_buf);
        du
    }

    /// Adds the weights' gradient `Gᵀ ∂U G` (`[cout][cin][3][3]`, into `gw`) of the transform
    /// domain's `du` (`[ξ][cin][cout]`, [`Wino::weight_grad`]): the nine taps of every kernel,
    /// in parallel over the input channels (loops over the output channels, which the compiler
    /// vectorises), then added into the kernels in parallel over the output channels.
    pub fn add_weight_grads(&self, du: &[f32], gw: &mut [f32]) {
        use rayon::prelude::*;
        let (cin, cout) = (self.cin, self.cout);
        assert!(du.len() >= POINTS * cin * cout && gw.len() >= 9 * cin * cout);
        if cin == 0 || cout == 0 {
            return;
        }
        // `taps[c][t][o]`: tap `t` of kernel `(o, c)`.
        let mut taps = scratch(9 * cin * cout);
        taps.par_chunks_mut(9 * cout).enumerate().for_each_init(
            // Rows `Gᵀ ∂U` of one channel: 3 × T (row `r`, column `j` at `(T·r + j)·cout`).
            || vec![0f32; 3 * T * cout],
            |rows, (c, taps)| {
                let d = |xi: usize| &du[(xi * cin + c) * cout..][..cout];
                for j in 0..T {
                    let out = |r: usize| (T * r + j) * cout;
                    gt(cout, std::array::from_fn(|i| d(T * i + j)), rows, out);
                }
                // Then the columns: 3 × 3.
                for r in 0..3 {
                    let row: [&[f32]; T] =
                        std::array::from_fn(|j| &rows[(T * r + j) * cout..][..cout]);
                    gt(cout, row, taps, |c| (3 * r + c) * cout);
                }
            },
        );
        gw[..9 * cin * cout]
            .par_chunks_mut(9 * cin)
            .enumerate()
            .for_each(|(o, kernels)| {
                for (c, k) in kernels.chunks_exact_mut(9).enumerate() {
                    for (t, k) in k.iter_mut().enumerate() {
                        *k += taps[(c * 9 + t) * cout + o];
                    }
                }
            });
        recycle(taps);
    }
}

/// `G` (6 × 3) on a column of three vectors: `(¼a, −⅙(a + b + c), −⅙(a − b + c), a/24 + b/12 +
/// c/6, a/24 − b/12 + c/6, c)`.
#[inline(always)]
fn g_col<S: Simd>(s: S, [a, b, c]: [S::V; 3]) -> [S::V; T] {
    let zero = s.zero();
    let mul = |k: f32, v| s.fmadd(s.splat(k), v, zero);
    let ac = s.add(a, c);
    let q = s.fmadd(s.splat(1.0 / 24.0), a, mul(1.0 / 6.0, c));
    [
        mul(0.25, a),
        mul(-1.0 / 6.0, s.add(ac, b)),
        mul(-1.0 / 6.0, s.sub(ac, b)),
        s.fmadd(s.splat(1.0 / 12.0), b, q),
        s.fmadd(s.splat(-1.0 / 12.0), b, q),
        c,
    ]
}

/// Where the kernels of a weight transform come from.
#[derive(Clone, Copy)]
enum Kernels {
    /// Kernel `k` is `w[9k..9k + 9]`.
    AsStored,
    /// The input gradient's: kernel `k = c·cout + o` is kernel `o·cin + c` of `w` (`[cout][cin]`
    /// kernels), its taps reversed (the kernel turned by 180°).
    Flipped { cin: usize, cout: usize },
}

impl Kernels {
    /// Where tap 0 of kernel `k` lies in the weights (for a turned kernel, the stored kernel's
    /// last tap).
    fn at(self, k: usize) -> usize {
        match self {
            Kernels::AsStored => 9 * k,
            Kernels::Flipped { cin, cout } => ((k % cout) * cin + k / cout) * 9 + 8,
        }
    }

    /// The step in the weights from one tap of a kernel to the next: 1, or −1 for turned kernels.
    fn step(self) -> isize {
        match self {
            Kernels::AsStored => 1,
            Kernels::Flipped { .. } => -1,
        }
    }
}

/// Kernels per parallel task of [`transform_weights`].
const WEIGHT_TASK: usize = 1024;

/// Floats from one point `ξ` to the next in a buffer of [`POINTS`] rows of `n` floats (the
/// transformed weights, the panels of transformed inputs, products and output gradients): `n`
/// rounded up to whole 64-byte lines, and to an odd number of lines. The transforms store (or
/// load) one vector in each of the 36 rows in turn; rows a multiple of 4 KiB apart (1,024
/// kernels of 32 input and output channels; a panel of 48 tiles of 16 channels is 3 × 4 KiB)
/// would all fall in one set of the 8-way level-1 cache, and evict each other.
fn point_stride(n: usize) -> usize {
    let lines = n.div_ceil(16);
    (lines + 1 - lines % 2) * 16
}

/// `U = G g Gᵀ` (`[ξ][kernel]`, rows [`point_stride`] apart) of each of the `n` 3×3 kernels `g`
/// of `w` (`[kernel][3][3]`, in the order `kernels` gives), `G` as in [`g_col`], in parallel over
/// ranges of [`WEIGHT_TASK`] kernels; in a buffer of the `team`'s where there is one
/// ([`scratch_on`]).
fn transform_weights(
    isa: Isa,
    w: &[f32],
    n: usize,
    kernels: Kernels,
    team: Option<&Team>,
) -> Vec<f32> {
    use rayon::prelude::*;
    assert!(w.len() >= 9 * n, "conv2d: too few weights");
    let mut u = scratch_on(team, POINTS * point_stride(n));
    if n == 0 {
        return u;
    }
    // Each task's part of every row `ξ` of `u`.
    let tasks = n.div_ceil(WEIGHT_TASK);
    let mut parts: Vec<Vec<&mut [f32]>> = (0..tasks).map(|_| Vec::with_capacity(POINTS)).collect();
    for row in u.chunks_exact_mut(point_stride(n)).take(POINTS) {
        let row = &mut row[..n];
        for (part, piece) in parts.iter_mut().zip(row.chunks_mut(WEIGHT_TASK)) {
            part.push(piece);
        }
    }
    parts.into_par_iter().enumerate().for_each(|(i, mut rows)| {
        let k0 = i * WEIGHT_TASK;
        transform_kernels(isa, w, k0, kernels, &mut rows);
    });
    u
}

/// [`transform_weights`] of the kernels `k0..k0 + rows[0].len()` into `rows` (row `ξ` of each).
fn transform_kernels(isa: Isa, w: &[f32], k0: usize, kernels: Kernels, rows: &mut [&mut [f32]]) {
    #[inline(always)]
    fn body<S: Simd>(s: S, w: &[f32], k0: usize, kernels: Kernels, rows: &mut [&mut [f32]]) {
        let n = rows[0].len();
        let zero = s.zero();
        // Tap `t` of a kernel is `t·step` floats from its tap 0 (`kernels.at`).
        let step = kernels.step();
        let mut at = [0usize; 16];
        // Every kernel takes the same vector arithmetic, the last vector's lanes past `n` repeating
        // its last kernel (their values dropped): a kernel's transform is then the same bit for
        // bit wherever it falls in a call's range, whichever part of a layer's channels asks.
        for k in (0..n).step_by(S::LANES) {
            let lanes = S::LANES.min(n - k);
            // Where each lane's stored kernel starts (a turned kernel's tap 0 is its stored
            // kernel's last float).
            for (lane, a) in at.iter_mut().enumerate().take(S::LANES) {
                let tap0 = kernels.at(k0 + k + lane.min(lanes - 1));
                *a = if step < 0 { tap0 - 8 } else { tap0 };
            }
            let stored = s.kernels9(w, &at);
            let g: [S::V; 9] = std::array::from_fn(|t| stored[if step < 0 { 8 - t } else { t }]);
            // `G` along each row, then down each column.
            let mut gr = [[zero; T]; 3];
            for (r, row) in gr.iter_mut().enumerate() {
                *row = g_col(s, [g[3 * r], g[3 * r + 1], g[3 * r + 2]]);
            }
            for j in 0..T {
                let col = g_col(s, [gr[0][j], gr[1][j], gr[2][j]]);
                for (i, &v) in col.iter().enumerate() {
                    let row = &mut rows[i * T + j][k..];
                    if lanes == S::LANES {
                        s.store(row, v);
                    } else {
                        let mut part = [0f32; 16];
                        s.store(&mut part, v);
                        row[..lanes].copy_from_slice(&part[..lanes]);
                    }
                }
            }
        }
    }
    vectorised!(
        isa,
        body(
            w: &[f32],
            k0: usize,
            kernels: Kernels,
            rows: &mut [&mut [f32]],
        )
    )
}

/// Where [`Wino::run`] puts its outputs `[image][cout][ho][wo]`.
enum Sink<'a> {
    /// Written, plus a bias per output channel, and with `true` the ReLU applied.
    Write(&'a mut [MaybeUninit<f32>], &'a [f32], bool),
    /// Added to what is there.
    Add(&'a mut [f32]),
}

impl Sink<'_> {
    fn len(&self) -> usize {
        match self {
            Sink::Write(y, ..) => y.len(),
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
        // Kernel `(c, o)` of the transposed convolution is kernel `(o, c)` turned by 180°.
        let flipped = Kernels::Flipped { cin: ci, cout: co };
        Some(InputGrad {
            u: transform_weights(t.isa, w, co * ci, flipped, None),
            wino: Wino::new(&gt),
        })
    }

    /// Adds the input gradient of `nimg` images' output gradient `gy` (`[image][cout][ho][wo]`)
    /// into `gx` (`[image][cin][h][w]`).
    pub fn add(&self, t: &Tile, gy: &[f32], nimg: usize, gx: &mut [f32]) {
        // Laid out a group at a time as the pass goes (`Wino::by_groups`), else whole first.
        let q = (!self.wino.by_groups()).then(|| self.wino.q.lay_out_with_slack(gy, nimg, SLACK));
        let images = self
            .wino
            .images_from(q.as_deref().unwrap_or(gy), 0, q.is_some());
        self.wino.run(t, images, nimg, &self.u, Sink::Add(gx), None);
        if let Some(q) = q {
            recycle(q);
        }
    }
}

/// `Bᵀ` (6 × 6) on a column of six vectors: rows `[4, 0, −5, 0, 1, 0]`, `[0, −4, −4, 1, 1, 0]`,
/// `[0, 4, −4, −1, 1, 0]`, `[0, −2, −1, 2, 1, 0]`, `[0, 2, −1, −2, 1, 0]`, `[0, 4, 0, −5, 0, 1]`,
/// in 14 operations (six sums and differences, eight fused multiply-adds).
#[inline(always)]
fn bt<S: Simd>(s: S, d: [S::V; T]) -> [S::V; T] {
    let k = |v: f32| s.splat(v);
    let (d12, s34) = (s.add(d[1], d[2]), s.add(d[3], d[4]));
    let (e12, e43) = (s.sub(d[1], d[2]), s.sub(d[4], d[3]));
    let (e42, e31) = (s.sub(d[4], d[2]), s.sub(d[3], d[1]));
    [
        s.fmadd(k(4.0), d[0], s.fmadd(k(-5.0), d[2], d[4])),
        s.fmadd(k(-4.0), d12, s34),
        s.fmadd(k(4.0), e12, e43),
        s.fmadd(k(2.0), e31, e42),
        s.fmadd(k(-2.0), e31, e42),
        s.fmadd(k(4.0), d[1], s.fmadd(k(-5.0), d[3], d[5])),
    ]
}

/// `A` (6 × 4) on a column of four vectors: rows `[1, 0, 0, 0]`, `[1, 1, 1, 1]`, `[1, −1, 1, −1]`,
/// `[1, 2, 4, 8]`, `[1, −2, 4, −8]`, `[0, 0, 0, 1]`.
#[inline(always)]
fn a<S: Simd>(s: S, g: [S::V; M]) -> [S::V; T] {
    let (e, o) = (s.add(g[0], g[2]), s.add(g[1], g[3]));
    let e2 = s.fmadd(s.splat(4.0), g[2], g[0]);
    let o2 = s.fmadd(s.splat(8.0), g[3], s.add(g[1], g[1]));
    [
        g[0],
        s.add(e, o),
        s.sub(e, o),
        s.add(e2, o2),
        s.sub(e2, o2),
        g[3],
    ]
}

/// `Aᵀ` (4 × 6) on a column of six vectors: rows `[1, 1, 1, 1, 1, 0]`, `[0, 1, −1, 2, −2, 0]`,
/// `[0, 1, 1, 4, 4, 0]`, `[0, 1, −1, 8, −8, 1]`.
#[inline(always)]
fn at<S: Simd>(s: S, m: [S::V; T]) -> [S::V; M] {
    let (s12, d12) = (s.add(m[1], m[2]), s.sub(m[1], m[2]));
    let (s34, d34) = (s.add(m[3], m[4]), s.sub(m[3], m[4]));
    [
        s.add(s.add(m[0], s12), s34),
        s.fmadd(s.splat(2.0), d34, d12),
        s.fmadd(s.splat(4.0), s34, s12),
        s.add(s.fmadd(s.splat(8.0), d34, d12), m[5]),
    ]
}

/// Four vectors interleaved: lane `l` of vector `r` to position `4·l + r` of the four vectors
/// written one after another.
#[inline(always)]
fn interleave<S: Simd>(s: S, v: [S::V; M]) -> [S::V; M] {
    // (0, 2) and (1, 3) paired, then the pairs: lanes 0, 1, 2, 3 of each position in turn.
    let (a_lo, a_hi) = s.zip(v[0], v[2]);
    let (b_lo, b_hi) = s.zip(v[1], v[3]);
    let (r0, r1) = s.zip(a_lo, b_lo);
    let (r2, r3) = s.zip(a_hi, b_hi);
    [r0, r1, r2, r3]
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
/// `g0`) into `sink`: output `(oy, ox)` of a tile's 4×4 is `ab = 4·(oy mod 4) + ox mod 4`,
/// so row `r` of every tile's outputs interleaves rows `4r..4r + 4` of `yw`.
#[allow(clippy::too_many_arguments)]
fn put_outputs(isa: Isa, w: &Wino, yw: &[f32], gt: usize, g0: usize, gi: usize, sink: &mut Sink) {
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn body<S: Simd>(s: S, w: &Wino, yw: &[f32], gt: usize, g0: usize, gi: usize, sink: &mut Sink) {
        let (co, ho, wo) = (w.cout, w.ho, w.wo);
        let plane = ho * wo;
        // The group's tiles in vectors of `LANES`, whole vectors throughout (`gt` is a multiple
        // of `L`): interleaved, a vector of each of the four rows gives four vectors of a row of
        // `LANES / 4` tiles' outputs each. Their tiles run on across rows of tiles and images
        // (an image's rows are `row_tiles` apart, its tiles `tiles`), so each output vector is
        // stored in runs: the lanes of the tiles in one row of one image, moved down to lane 0
        // where they start later, masked only where they are fewer than a vector. Tiles outside
        // the image (those of a phase-plane numbering past `wo` or `ho`) are not stored.
        let (step, per) = (S::LANES, S::LANES / M);
        let total = gi * w.tiles;
        for k in 0..co {
            let src = &yw[k * M * M * gt..][..M * M * gt];
            let (bias, relu) = match sink {
                Sink::Write(_, bias, relu) => (Some(s.splat(bias[k])), *relu),
                Sink::Add(_) => (None, false),
            };
            for r0 in 0..M {
                let row = |r: usize| &src[(r0 * M + r) * gt..][..gt];
                // Spelled out: `array::from_fn` here was a call per row.
                let rows: [&[f32]; M] = [row(0), row(1), row(2), row(3)];
                // Where tile `g` is: its image, its index in the image, its row and column.
                let (mut img, mut ti, mut tr, mut tc) = (0, 0, 0, 0);
                for g in (0..total).step_by(step) {
                    let mut v = [s.zero(); M];
                    for (v, src) in v.iter_mut().zip(&rows) {
                        *v = s.load(&src[g..]);
                    }
                    if let Some(b) = bias {
                        for v in &mut v {
                            *v = s.add(*v, b);
                        }
                    }
                    if relu {
                        for v in &mut v {
                            *v = s.relu(*v);
                        }
                    }
                    for o in interleave(s, v) {
                        // The vector's tiles from `lane` on (in tiles).
                        let mut lane = 0;
                        while lane < per && img < gi {
                            let n = (per - lane).min(w.row_tiles - tc).min(w.tiles - ti);
                            let (oy, ox) = (M * tr + r0, M * tc);
                            if oy < ho && ox < wo {
                                let at = ((g0 + img) * co + k) * plane + oy * wo + ox;
                                let to = at + (n * M).min(wo - ox);
                                let v = if lane == 0 {
                                    o
                                } else {
                                    s.lanes_down(o, lane * M)
                                };
                                match sink {
                                    // Masked only where the run is short of a whole vector.
                                    Sink::Write(y, ..) => s.store_first_uninit(&mut y[at..to], v),
                                    Sink::Add(y) => {
                                        let d = &mut y[at..to];
                                        let sum = s.add(s.load_first(d), v);
                                        s.store_first(d, sum);
                                    }
                                }
                            }
                            (lane, ti, tc) = (lane + n, ti + n, tc + n);
                            if tc == w.row_tiles {
                                (tr, tc) = (tr + 1, 0);
                            }
                            if ti == w.tiles {
                                (img, ti, tr, tc) = (img + 1, 0, 0, 0);
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

/// `V = Bᵀ d B` of the panel's `cols` tiles from tile `p0` of the group's `total` tiles (of the
/// images `xg`), into `vp` (`[ξ][cin][nr]`, rows `ξ` [`point_stride`] apart; columns past the
/// vector holding the last one keep their values: the products read none of them).
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
        let vs = w.v_stride(nr);
        // The window elements a tile reads past its start: up to the last plane's start, one
        // row and one column further.
        let reach = (M * M * ci - 1) * plane + wq + 2;
        for v in 0..cols.div_ceil(L) {
            // Phase-plane numbering: the vector's windows start at `L` consecutive floats.
            // Compact: at the `L` offsets `idx` (lanes past the group's tiles repeat its last).
            let first = window(w, p0 + v * L);
            let mut idx = [0i32; L];
            let mut last = 0;
            if w.compact {
                for (lane, o) in idx.iter_mut().enumerate() {
                    let at = window(w, (p0 + v * L + lane).min(total - 1));
                    last = last.max(at);
                    // In range: `Wino::new` checks a group's floats fit an `i32`.
                    *o = (at - first) as i32;
                }
            }
            // Compact windows within 32 floats of the first (a vector of tiles in one 16×16
            // image, say): two loads and a permute per element instead of a gather. (The
            // [`SLACK`] past the last image holds the 32 floats from its last element.)
            let near = w.compact
                && S::LANES == L
                && last - first < 2 * L
                && first + reach + 2 * L <= xg.len();
            // Otherwise, on AVX2, windows that start in runs of 4 or 2 consecutive floats (the
            // 4 × 4 tiles of a 16×16 image, the 2 × 2 of an 8×8 one) are read run by run
            // ([`Simd::runs`]): AMD's AVX2 gathers took most of this pass's time.
            let runs = if w.compact && !near && S::LANES == 8 {
                let step = |r: usize| (0..L).all(|l| idx[l] == idx[l - l % r] + (l % r) as i32);
                [4, 2].into_iter().find(|&r| step(r)).unwrap_or(1)
            } else {
                1
            };
            let x = if near {
                &xg[first..][..reach + 2 * L]
            } else if w.compact {
                &xg[first..][..last - first + reach]
            } else {
                &xg[first..][..reach + L - 1]
            };
            for c in 0..ci {
                if !w.compact {
                    // Phase-plane numbering: the next panel's floats of the channel's planes into
                    // the cache meanwhile (one line each; the hardware prefetcher does not follow
                    // sixteen planes per channel).
                    for ph in 0..M * M {
                        let at = first + (M * M * c + ph) * plane + PREFETCH;
                        crate::ops::prefetch(xg.get(at..=at).unwrap_or_default());
                    }
                }
                for h in (0..L).step_by(S::LANES) {
                    // d[i][j] at plane (i mod M, j mod M), offset (i / M)·wq + j / M.
                    // (No closures here: they would not inherit the target features, and the
                    // intrinsics would not be inlined.) Bᵀ along each row, then down each column.
                    // The rows (more vectors than registers) start uninitialised: a zeroed
                    // array was a `memset` call per channel and vector of tiles.
                    let mut r = [MaybeUninit::<[S::V; T]>::uninit(); T];
                    for (i, r) in r.iter_mut().enumerate() {
                        let mut d = [s.zero(); T];
                        for (j, d) in d.iter_mut().enumerate() {
                            let at =
                                (M * M * c + (i % M) * M + j % M) * plane + (i / M) * wq + j / M;
                            *d = if near {
                                // Every offset is below 32 (`at < reach`).
                                s.near(&x[at..][..2 * L], &idx[h..])
                            } else if runs == 4 {
                                s.runs::<4>(&x[at..], &idx[h..])
                            } else if runs == 2 {
                                s.runs::<2>(&x[at..], &idx[h..])
                            } else if w.compact {
                                // SAFETY: every offset in `idx` plus `at` (below `reach`) lies
                                // in `x`, which spans the last window's start plus `reach`.
                                unsafe { s.gather(x[at..].as_ptr(), &idx[h..]) }
                            } else {
                                s.load(&x[at + h..])
                            };
                        }
                        r.write(bt(s, d));
                    }
                    for q in 0..T {
                        let mut col = [s.zero(); T];
                        for (c, r) in col.iter_mut().zip(&r) {
                            // SAFETY: every row was written by the loop above.
                            *c = unsafe { r.assume_init_ref() }[q];
                        }
                        for (p, &val) in bt(s, col).iter().enumerate() {
                            s.store(&mut vp[(p * T + q) * vs + c * nr + v * L + h..], val);
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
            xg: &[f32],
            total: usize,
            p0: usize,
            cols: usize,
            nr: usize,
            vp: &mut [f32],
        )
    )
}

/// `Y = Aᵀ M A` of the panel's tiles (`mp`, `[ξ][cout][nr]`, rows `ξ` [`point_stride`] apart,
/// tiles from `p0` of the group) into the group's transformed outputs `yw` (`[cout][ab][gt]`;
/// whole vectors, past `cols` too).
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
        let ms = w.m_stride(nr);
        for v in 0..cols.div_ceil(L) {
            for k in 0..co {
                for h in (0..L).step_by(S::LANES) {
                    // Aᵀ along each row (T → M columns), then down each column (T → M rows).
                    // The rows start uninitialised, as in `transform_inputs`.
                    let mut r = [MaybeUninit::<[S::V; M]>::uninit(); T];
                    for (i, r) in r.iter_mut().enumerate() {
                        let mut m = [s.zero(); T];
                        for (j, m) in m.iter_mut().enumerate() {
                            *m = s.load(&mp[(T * i + j) * ms + k * nr + v * L + h..]);
                        }
                        r.write(at(s, m));
                    }
                    for bq in 0..M {
                        let mut col = [s.zero(); T];
                        for (c, r) in col.iter_mut().zip(&r) {
                            // SAFETY: every row was written by the loop above.
                            *c = unsafe { r.assume_init_ref() }[bq];
                        }
                        for (ap, &val) in at(s, col).iter().enumerate() {
                            let at = (k * M * M + ap * M + bq) * gt + p0 + v * L + h;
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

/// Channels per group of [`channels_in_lanes`]: one AVX-512 vector, two AVX2 ones.
const CL: usize = 16;

/// The output gradient `gy` (`[image][cout][ho][wo]`) of the group's `gi` images from image `g0`
/// with its channels in groups of [`CL`] in the lanes: `[image][⌈cout / CL⌉][ho·wo][CL]`, zeros
/// in the lanes past `cout`, for [`transform_grads`] to load a block element of a vector of
/// channels at once. (Gathered straight from `gy`, a vector's lanes were a plane apart: 4 KiB at
/// 32×32, so that a gather's 16 lines shared one set of the 8-way level-1 cache.)
fn channels_in_lanes(isa: Isa, w: &Wino, gy: &[f32], g0: usize, gi: usize) -> Vec<f32> {
    let (co, plane) = (w.cout, w.ho * w.wo);
    let groups = co.div_ceil(CL);
    let mut gyt = scratch(gi * groups * plane * CL);
    for il in 0..gi {
        for cg in 0..groups {
            let rows = CL.min(co - cg * CL);
            let src = &gy[((g0 + il) * co + cg * CL) * plane..][..rows * plane];
            let dst = &mut gyt[(il * groups + cg) * plane * CL..][..plane * CL];
            rows_to_lanes(isa, src, rows, plane, dst, CL);
            if rows < CL {
                for position in dst.chunks_exact_mut(CL) {
                    position[rows..].fill(0.0);
                }
            }
        }
    }
    gyt
}

/// `Ĝ = A g Aᵀ` of the 4×4 output-gradient blocks `g` of the block's `cols` tiles (tiles `p0..`
/// of the group, whose output gradient `gyt` is laid out by [`channels_in_lanes`]) into the `B`
/// panels `bp` (`[ξ][panel][KT][nr]`, rows `ξ` [`point_stride`] apart; row `k` of panel `p` holds
/// output channels `p·nr..` of tile `p0 + k`), `A` as in [`a`]. Outputs past the image (a tile's
/// last rows or columns, or a whole tile past the image's) count as zeros. `S::LANES` channels at
/// a time, each block element a load; the channels past `cout` up to a whole vector as zeros
/// (into columns of the last panel that hold zeros).
#[allow(clippy::too_many_arguments)]
fn transform_grads(
    isa: Isa,
    w: &Wino,
    gyt: &[f32],
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
        gyt: &[f32],
        p0: usize,
        cols: usize,
        panels: usize,
        nr: usize,
        bp: &mut [f32],
    ) {
        let (co, ho, wo) = (w.cout, w.ho, w.wo);
        let (plane, groups) = (ho * wo, co.div_ceil(CL));
        let (th, tw) = (ho.div_ceil(M), wo.div_ceil(M));
        let gs = w.g_stride(panels, nr);
        let vectors = co.div_ceil(S::LANES) * S::LANES;
        assert!(
            nr.is_multiple_of(S::LANES)
                && CL.is_multiple_of(S::LANES)
                && vectors <= panels * nr
                && bp.len() >= POINTS * gs
        );
        // Where element `ξ` of channel `c` of row `k` goes.
        let at = |xi: usize, c: usize, k: usize| xi * gs + (c / nr * KT + k) * nr + c % nr;
        for k in 0..cols {
            let (img, n) = ((p0 + k) / w.tiles, (p0 + k) % w.tiles);
            let (ty, tx) = (n / w.row_tiles, n % w.row_tiles);
            if ty >= th || tx >= tw {
                for xi in 0..POINTS {
                    for c in (0..co).step_by(nr) {
                        let len = nr.min(co - c);
                        bp[at(xi, c, k)..][..len].fill(0.0);
                    }
                }
                continue;
            }
            // The block's positions, `None` outside the image.
            let mut offs = [[None; M]; M];
            for (r, row) in offs.iter_mut().enumerate() {
                for (c, o) in row.iter_mut().enumerate() {
                    let (y, x) = (M * ty + r, M * tx + c);
                    *o = (y < ho && x < wo).then_some(y * wo + x);
                }
            }
            for c in (0..vectors).step_by(S::LANES) {
                let src = &gyt[((img * groups + c / CL) * plane) * CL + c % CL..];
                let mut d = [[s.zero(); M]; M];
                for (d, offs) in d.iter_mut().zip(&offs) {
                    for (d, off) in d.iter_mut().zip(offs) {
                        if let Some(off) = *off {
                            *d = s.load(&src[off * CL..]);
                        }
                    }
                }
                // A down each column (M → T rows), then along each row.
                let mut colt = [[s.zero(); T]; M];
                for (j, colt) in colt.iter_mut().enumerate() {
                    let mut col = [s.zero(); M];
                    for (c, d) in col.iter_mut().zip(&d) {
                        *c = d[j];
                    }
                    *colt = a(s, col);
                }
                for i in 0..T {
                    let mut row = [s.zero(); M];
                    for (r, colt) in row.iter_mut().zip(&colt) {
                        *r = colt[i];
                    }
                    for (j, &v) in a(s, row).iter().enumerate() {
                        s.store(&mut bp[at(T * i + j, c, k)..], v);
                    }
                }
            }
        }
    }
    vectorised!(
        isa,
        body(
            w: &Wino,
            gyt: &[f32],
            p0: usize,
            cols: usize,
            panels: usize,
            nr: usize,
            bp: &mut [f32],
        )
    )
}

/// `Gᵀ` (3 × 6) on `n` columns at once, from the six rows `r` into `out` at the offsets `at(0)`,
/// `at(1)`, `at(2)`: rows `[¼, −⅙, −⅙, 1/24, 1/24, 0]`, `[0, −⅙, ⅙, 1/12, −1/12, 0]` and `[0, −⅙,
/// −⅙, ⅙, ⅙, 1]`.
fn gt(n: usize, r: [&[f32]; T], out: &mut [f32], at: impl Fn(usize) -> usize) {
    for o in 0..n {
        let (s12, d21) = (r[1][o] + r[2][o], r[2][o] - r[1][o]);
        let (s34, d34) = (r[3][o] + r[4][o], r[3][o] - r[4][o]);
        let v = [
            0.25 * r[0][o] - s12 / 6.0 + s34 / 24.0,
            d21 / 6.0 + d34 / 12.0,
            (s34 - s12) / 6.0 + r[5][o],
        ];
        for (k, v) in v.into_iter().enumerate() {
            out[at(k) + o] = v;
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

    /// Each of `got` within [`TOL`]`·ε` of `want` times the sum `scale` of its terms'
    /// magnitudes.
    fn close(what: &str, got: impl IntoIterator<Item = f32>, want: &[f64], scale: &[f64]) {
        let mut n = 0;
        let mut worst = 0f64;
        for (i, ((a, &b), &m)) in got.into_iter().zip(want).zip(scale).enumerate() {
            let e = (a as f64 - b).abs() / (f32::EPSILON as f64 * m + 1e-30);
            worst = worst.max(e);
            assert!(e <= TOL, "{what}: [{i}] {a} vs {b} (scale {m}, {e:.1} eps)");
            n += 1;
        }
        assert_eq!(n, want.len(), "{what}: length");
        eprintln!("{what}: worst {worst:.2} eps");
    }

    /// The bound of [`close`], in units of `ε`: the transforms scale by up to 5 and 8 (worst seen
    /// over these cases: 35; with F(2×2, 3×3), which the path used before, 2.4).
    const TOL: f64 = 64.0;

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
    /// within [`TOL`]`·ε` of the sum of the absolute values of its terms.
    #[test]
    fn input_grad_matches_naive_loops() {
        let cases = [
            (3, 64, 65, 9, 10, 1),
            (2, 66, 64, 12, 11, 0),
            (8, 64, 64, 6, 5, 2),
            (2, 64, 64, 16, 16, 1),
            // Rows of whole vectors of 4-output groups (8 lanes; 16 lanes below), and a partial
            // last group.
            (2, 64, 64, 4, 35, 1),
            (2, 32, 33, 4, 66, 1),
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
    /// Each value is within [`TOL`]`·ε` of the sum of the absolute values of its terms.
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
            let du = wino.weight_grad(&t, Images::Laid(&xq), g.batch, &gy);
            // Laid out a group at a time: the same sums.
            assert_eq!(du, wino.weight_grad(&t, Images::Raw(&x), g.batch, &gy));
            let mut got = gw0.clone();
            wino.add_weight_grads(&du, &mut got);
            close(&format!("{isa:?} gw of {g:?}"), got, &want, &scale);
        });
    }

    /// The forward pass against loops in `f64`, on every register tile with vectors the CPU has
    /// (AVX2's 16-tile panels and AVX-512's 48-tile ones), over geometries with odd and even
    /// outputs, padding 0 to 2, channel counts that leave partial register tiles, images that
    /// share a panel and groups that end in a partial panel. Each output is within [`TOL`]`·ε` of
    /// the sum of the absolute values of its terms.
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
            let u = wino.weights(isa, &wt, None);
            // The outputs from the images `x`, with or without the ReLU folded.
            let run = |x: Images, relu: bool| -> Vec<f32> {
                let mut y = vec![MaybeUninit::new(f32::NAN); want.len()];
                wino.forward(&t, x, g.batch, &u, (&bias, relu), &mut y, None);
                // SAFETY: initialised when created.
                y.iter().map(|v| unsafe { v.assume_init() }).collect()
            };
            let got = run(Images::Laid(&xq), false);
            close(
                &format!("{isa:?} y of {g:?}"),
                got.iter().copied(),
                &want,
                &scale,
            );
            // Laid out a group at a time: the same outputs.
            assert_eq!(got, run(Images::Raw(&x), false));
            // With the ReLU folded: the ReLU of the same outputs, bit for bit.
            let relu = run(Images::Raw(&x), true);
            for (i, (r, &y)) in relu.iter().zip(&got).enumerate() {
                let want = crate::ops::activation::relu_value(y);
                assert_eq!(r.to_bits(), want.to_bits(), "{isa:?} relu y[{i}] of {g:?}");
            }
        });
    }
}
