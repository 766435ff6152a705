//! The convolution as packed matrix products (`f32`): any kernel size, stride and padding, any
//! channel counts. The three passes of one chunk of images are
//! - forward: `Y[cout, n] = W[cout, (ci, ky, kx)] · X̂[(ci, ky, kx), n]`,
//! - input gradient: `D[(ci, ky, kx), n] = Wᵀ · G[cout, n]`, added back into the image windows it
//!   came from (col2im),
//! - weight gradient: `∂W[cout, (ci, ky, kx)] += G[cout, n] · X̂ᵀ[n, (ci, ky, kx)]`,
//!
//! where `n` runs over the output positions of all images of the chunk and `X̂` is the im2col
//! matrix of the zero-padded images. `X̂` is never stored: its panels are packed straight from the
//! padded images, as the register tile (`crate::ops::gemm`) reads them, a block of `KC` rows at a
//! time, and `C` is blocked so that it stays in the cache. Positions of several images share one
//! matrix, so small images do not leave the tile half empty.
use std::mem::MaybeUninit;
use std::sync::Mutex;

use super::Conv2dGeometry;
use crate::ops::activation::relu_value;
use crate::ops::gemm::Tile;
use crate::ops::{
    aligned, recycle, recycle_on, scratch, scratch_on, write_images, CpuFloat, ALIGN_SLACK,
};
use crate::team::Team;

/// Rows of the packed operands per block of the shared dimension (`kc`): a packed `B` panel of
/// `KC × 48` floats (24 KiB) then stays in the level-1 cache while the `A` panels stream past it.
const KC: usize = 128;

/// Tile columns (`nr`-wide panels) per block of positions: `C` blocks of `cout × 8·nr` floats.
const PANELS: usize = 8;

/// The layout the packed path keeps input images in: zero-padded, and for a stride `s > 1` split
/// into `s × s` phases, `[image][ci][ry][rx][hq][wq]`, padded row `qy·s + ry` and column
/// `qx·s + rx` of channel `ci` at `[ci][ry][rx][qy][qx]`. Then the window of every output position
/// is contiguous along the output row for every kernel tap, whatever the stride (see [`Im2col`]).
/// For `s = 1` it is the zero-padded image.
pub(super) struct Phases {
    /// Stride (phases per axis) and padding.
    s: usize,
    p: usize,
    /// Input channels, height and width (unpadded).
    cin: usize,
    h: usize,
    w: usize,
    /// Rows and columns of a phase plane.
    hq: usize,
    wq: usize,
}

/// How a CPU with AVX-512 lays out `f32` images in `s × s` phases, `s ≥ 2`.
#[cfg(target_arch = "x86_64")]
enum Avx512Layout {
    /// Whole padded rows split by permutes (`s` 2 or 4).
    Permutes,
    /// Gathers through the table of where each float of a laid-out channel comes from
    /// ([`Phases::sources`]).
    Table(Vec<u32>),
}

impl Phases {
    /// The layout for geometry `g`.
    pub fn new(g: &Conv2dGeometry) -> Phases {
        Phases::split(g, g.stride)
    }

    /// The layout of geometry `g`'s input in `s × s` phases, whatever its stride (the Winograd
    /// path splits stride-1 inputs into 4 × 4 phases).
    pub fn split(g: &Conv2dGeometry, s: usize) -> Phases {
        let p = g.padding;
        Phases {
            s,
            p,
            cin: g.chan_in,
            h: g.h_in,
            w: g.w_in,
            hq: (g.h_in + 2 * p).div_ceil(s),
            wq: (g.w_in + 2 * p).div_ceil(s),
        }
    }

    /// This layout with phase planes of at least `hq` rows and `wq` columns (zeros past the
    /// image's): the Winograd path's windows then never reach past their plane.
    pub fn at_least(self, hq: usize, wq: usize) -> Phases {
        Phases {
            hq: self.hq.max(hq),
            wq: self.wq.max(wq),
            ..self
        }
    }

    /// Floats per image.
    pub fn image(&self) -> usize {
        self.cin * self.s * self.s * self.hq * self.wq
    }

    /// Where padded row `y` and column `x` of channel `ci` lie within an image.
    #[inline]
    fn at(&self, ci: usize, y: usize, x: usize) -> usize {
        let s = self.s;
        (((ci * s + y % s) * s + x % s) * self.hq + y / s) * self.wq + x / s
    }

    /// Columns of a phase plane (the distance between its rows).
    pub fn row_len(&self) -> usize {
        self.wq
    }

    /// Floats per phase plane.
    pub fn plane(&self) -> usize {
        self.hq * self.wq
    }

    /// `nimg` images `[image][ci][h][w]` in this layout (zeros in the padding), laid out in
    /// parallel over the images.
    pub fn lay_out<E: CpuFloat>(&self, x: &[E], nimg: usize) -> Vec<E> {
        self.lay_out_with_slack(x, nimg, 0)
    }

    /// Floats per source image (`[ci][h][w]`, unpadded).
    pub fn source_image(&self) -> usize {
        self.cin * self.h * self.w
    }

    /// As [`Phases::lay_out`], followed by `slack` zeros.
    pub fn lay_out_with_slack<E: CpuFloat>(&self, x: &[E], nimg: usize, slack: usize) -> Vec<E> {
        self.lay_out_by(x, nimg, slack, None, true)
    }

    /// As [`Phases::lay_out_with_slack`], on the calling thread alone: for a task that lays out
    /// a few images just before it reads them (its own core's caches then hold them), inside a
    /// parallel section of its own.
    pub fn lay_out_here<E: CpuFloat>(&self, x: &[E], nimg: usize, slack: usize) -> Vec<E> {
        self.lay_out_by(x, nimg, slack, None, false)
    }

    /// As [`Phases::lay_out_with_slack`], on one image whose channels are split over the threads
    /// of `team` (in ranges of equal length, the last shorter): the layers that split one image's
    /// output channels over a team lay out their input this way, where the caller alone would
    /// leave the team's other threads waiting.
    pub fn lay_out_on_team<E: CpuFloat>(&self, x: &[E], slack: usize, team: &Team) -> Vec<E> {
        self.lay_out_by(x, 1, slack, Some(team), false)
    }

    /// The layout of `nimg` images followed by `slack` zeros, in parallel over the images or not;
    /// with a `team`, each image's channels in ranges over its threads.
    fn lay_out_by<E: CpuFloat>(
        &self,
        x: &[E],
        nimg: usize,
        slack: usize,
        team: Option<&Team>,
        par: bool,
    ) -> Vec<E> {
        let image = self.source_image();
        // With AVX-512 and a stride of 2 or more (`f32`): each laid-out channel by permutes of
        // whole padded rows for 2 or 4 phases (`permute_phases`), else gathered through the
        // table of where its floats come from. (A plane row of phases holds only `w / s` of an
        // image row's floats, often four or five: row by row, the scatter below is loop
        // overhead.)
        #[cfg(target_arch = "x86_64")]
        let fast = (self.s > 1
            && crate::ops::Isa::detect() == crate::ops::Isa::Avx512
            && E::as_f32(x).is_some()
            && self.h * self.w > 0
            && self.h * self.w <= i32::MAX as usize)
            .then(|| match self.s {
                2 | 4 => Avx512Layout::Permutes,
                _ => Avx512Layout::Table(self.sources()),
            });
        // The channels of `src` (whole ones, as many as it holds) in this layout into `dst`.
        let channels = |q: &Phases, dst: &mut [MaybeUninit<E>], src: &[E]| {
            #[cfg(target_arch = "x86_64")]
            if let Some(how) = &fast {
                let src = E::as_f32(src).expect("f32 (checked above)");
                let dst = E::as_f32_uninit(dst).expect("f32 like the input");
                match how {
                    // SAFETY: the CPU has AVX-512 (checked above); the stride is 2 or 4.
                    Avx512Layout::Permutes => unsafe { x86::permute_phases(q, src, dst) },
                    // SAFETY: the CPU has AVX-512 (checked above).
                    Avx512Layout::Table(t) => unsafe { x86::gather_channels(t, src, dst) },
                }
                return;
            }
            dst.fill(MaybeUninit::new(E::zero()));
            // SAFETY: every element was written just above.
            let dst = unsafe { &mut *(dst as *mut [MaybeUninit<E>] as *mut [E]) };
            q.lay_out_image(src, dst);
        };
        // Floats per laid-out and per source channel.
        let (laid, plane) = (self.s * self.s * self.plane(), self.h * self.w);
        let write = |dst: &mut [MaybeUninit<E>], src: &[E]| match team {
            Some(team) if self.cin > 1 && plane > 0 => {
                let per = self.cin.div_ceil(team.threads());
                let tasks: Vec<_> = (dst.chunks_mut(per * laid).zip(src.chunks(per * plane)))
                    .map(|t| Mutex::new(Some(t)))
                    .collect();
                team.run(tasks.len(), &|i| {
                    let task = tasks[i].lock().unwrap_or_else(|e| e.into_inner()).take();
                    let (dst, src) = task.expect("each range runs once");
                    let q = Phases {
                        cin: src.len() / plane,
                        ..*self
                    };
                    channels(&q, dst, src);
                });
            }
            _ => channels(self, dst, src),
        };
        // SAFETY: `write` writes every float of an image: the permutes and the gathers each float
        // of its channels (`permute_phases`, `gather_channels`), the other path zeros before the
        // rows are copied in; with a team, each range of channels once.
        unsafe { write_images((nimg, self.image(), slack), x, image, par, write) }
    }

    /// For every float of one laid-out channel (`s · s` phase planes), the float of the
    /// unpadded channel (`[h][w]`) it holds, or `u32::MAX` where it holds a zero.
    fn sources(&self) -> Vec<u32> {
        let mut t = vec![u32::MAX; self.s * self.s * self.plane()];
        for y in 0..self.h {
            for x in 0..self.w {
                t[self.at(0, y + self.p, x + self.p)] = (y * self.w + x) as u32;
            }
        }
        t
    }

    /// One image `[ci][h][w]` into `xq`, which holds zeros.
    fn lay_out_image<E: CpuFloat>(&self, x: &[E], xq: &mut [E]) {
        self.each_row(1, |src, dst| {
            let src = &x[src..src + self.w];
            match dst {
                [d] => xq[*d..*d + self.w].copy_from_slice(src),
                [d0, d1] => {
                    // Two phases: the row's elements alternate between them.
                    let (lo, hi) = xq.split_at_mut((*d0).max(*d1));
                    let (e0, e1) = if d0 < d1 {
                        (&mut lo[*d0..], hi)
                    } else {
                        (hi, &mut lo[*d1..])
                    };
                    let half = self.w / 2;
                    let (e0, e1) = (&mut e0[..self.w.div_ceil(2)], &mut e1[..half]);
                    for ((pair, a), b) in src.chunks_exact(2).zip(e0.iter_mut()).zip(e1) {
                        *a = pair[0];
                        *b = pair[1];
                    }
                    if self.w % 2 == 1 {
                        e0[half] = src[self.w - 1];
                    }
                }
                #[cfg(target_arch = "x86_64")]
                [d0, d1, d2, d3] if E::as_f32(src).is_some() => {
                    // Four phases (the Winograd path's layout): by 4 × 4 transposes.
                    let src = E::as_f32(src).expect("f32 (checked above)");
                    let xq = E::as_f32_mut(xq).expect("f32 like the input");
                    x86::four_phases(src, xq, [*d0, *d1, *d2, *d3]);
                }
                _ => {
                    // Every `s`-th element into the phase of its first.
                    for (r, &d) in dst.iter().enumerate() {
                        let phase = src[r..].iter().step_by(dst.len());
                        xq[d..].iter_mut().zip(phase).for_each(|(a, &v)| *a = v);
                    }
                }
            }
        });
    }

    /// Adds the gradient `gq` of `nimg` laid-out images to `gx` (`[image][ci][h][w]`), dropping
    /// the padding.
    fn add_back(&self, gq: &[f32], gx: &mut [f32], nimg: usize) {
        self.each_row(nimg, |dst, src| {
            let dst = &mut gx[dst..dst + self.w];
            match src {
                [s0] => dst.iter_mut().zip(&gq[*s0..]).for_each(|(d, &v)| *d += v),
                [s0, s1] => {
                    let (e0, e1) = (&gq[*s0..][..self.w.div_ceil(2)], &gq[*s1..][..self.w / 2]);
                    for ((pair, &a), &b) in dst.chunks_exact_mut(2).zip(e0).zip(e1) {
                        pair[0] += a;
                        pair[1] += b;
                    }
                    if self.w % 2 == 1 {
                        dst[self.w - 1] += e0[self.w / 2];
                    }
                }
                _ => {
                    for (i, d) in dst.iter_mut().enumerate() {
                        *d += gq[src[i % src.len()] + i / src.len()];
                    }
                }
            }
        });
    }

    /// Calls `f(unpadded, laid_out)` for every image row: where it starts in the unpadded images,
    /// and where its columns `0, 1, …, s − 1` lie in this layout (then each next `s` columns one
    /// further): the row's elements cycle through the `s` column phases.
    fn each_row(&self, nimg: usize, mut f: impl FnMut(usize, &[usize])) {
        let (s, p) = (self.s, self.p);
        // `at(ci, y, x)` is a row part (of `ci` and `y`) plus a column part (of `x`): both
        // computed once, without a division per row.
        let col: Vec<usize> = (0..s.min(self.w)).map(|x| self.at(0, 0, x + p)).collect();
        let rows: Vec<usize> = (0..self.h).map(|y| self.at(0, y + p, 0)).collect();
        let channel = s * s * self.plane();
        let mut at = vec![0; col.len()];
        let mut row = 0;
        for img in 0..nimg {
            for ci in 0..self.cin {
                let start = img * self.image() + ci * channel;
                for &r in &rows {
                    for (a, &c) in at.iter_mut().zip(&col) {
                        *a = start + r + c;
                    }
                    f(row, &at);
                    row += self.w;
                }
            }
        }
    }
}

/// The im2col matrix `X̂` of a chunk of images in the [`Phases`] layout: row `(ci, ky, kx)` and
/// column `n` are element `base[n] + off[(ci·k + ky)·k + kx]`, and `base` advances by one along
/// an output row.
struct Im2col {
    /// The images' layout.
    q: Phases,
    /// Where each output position's window starts, per position of the chunk.
    base: Vec<usize>,
    /// Where each kernel tap lies relative to the window's start.
    off: Vec<usize>,
    /// Output positions per image.
    positions: usize,
}

impl Im2col {
    /// The map for `nimg` images of geometry `g`.
    fn new(g: &Conv2dGeometry, nimg: usize) -> Im2col {
        let q = Phases::new(g);
        let (k, image) = (g.kernel, q.image());
        let mut base = Vec::with_capacity(nimg * g.h_out * g.w_out);
        for i in 0..nimg {
            for oy in 0..g.h_out {
                for ox in 0..g.w_out {
                    base.push(i * image + oy * q.wq + ox);
                }
            }
        }
        let mut off = Vec::with_capacity(g.chan_in * k * k);
        for ci in 0..g.chan_in {
            for ky in 0..k {
                for kx in 0..k {
                    off.push(q.at(ci, ky, kx));
                }
            }
        }
        Im2col {
            q,
            base,
            off,
            positions: g.h_out * g.w_out,
        }
    }

    /// Floats of the laid-out images the map reads (one past the furthest element).
    fn extent(&self) -> usize {
        match (self.base.last(), self.off.iter().max()) {
            (Some(b), Some(o)) => b + o + 1,
            _ => 0,
        }
    }
}

/// The positions `n0..n0 + cols` of a chunk split at its images' boundaries:
/// `(first column, length, image, position in the image)`.
fn image_runs(
    positions: usize,
    n0: usize,
    cols: usize,
) -> impl Iterator<Item = (usize, usize, usize, usize)> {
    let mut j = 0;
    std::iter::from_fn(move || {
        if j >= cols || positions == 0 {
            return None;
        }
        let (img, pos) = ((n0 + j) / positions, (n0 + j) % positions);
        let len = (positions - pos).min(cols - j);
        let run = (j, len, img, pos);
        j += len;
        Some(run)
    })
}

/// Positions `n0..n0 + cols` of the output gradient `gy` (`[image][cout][positions]`, `cout` =
/// `dst.len() / row_len` channels) into `dst` row-major: channel `o` at `dst[o · row_len..]`, one
/// contiguous copy per channel and image.
fn copy_positions(
    m: &Im2col,
    gy: &[f32],
    (n0, cols): (usize, usize),
    dst: &mut [f32],
    row_len: usize,
) {
    let cout = dst.len() / row_len.max(1);
    for (j, len, img, pos) in image_runs(m.positions, n0, cols) {
        let src = &gy[(img * cout) * m.positions + pos..];
        for (o, row) in dst.chunks_exact_mut(row_len).enumerate() {
            row[j..j + len].copy_from_slice(&src[o * m.positions..][..len]);
        }
    }
}

/// The runs of a panel's positions `n0..n0 + cols` whose windows are contiguous (one output row
/// of one image each): `(first column, length, base)`.
fn runs(m: &Im2col, n0: usize, cols: usize, out: &mut Vec<(usize, usize, usize)>) {
    out.clear();
    let base = &m.base[n0..n0 + cols];
    let mut j = 0;
    while j < cols {
        let start = base[j];
        let mut len = 1;
        while j + len < cols && base[j + len] == start + len {
            len += 1;
        }
        out.push((j, len, start));
        j += len;
    }
}

/// Packs rows `k0..k0 + kc` of `X̂` for the positions of `runs` as one `B` panel: `kc` rows of
/// `nr` values (columns past `cols` are zeros), each row a few contiguous copies.
fn pack_b(
    t: &Tile,
    m: &Im2col,
    xq: &[f32],
    runs: &[(usize, usize, usize)],
    (k0, kc): (usize, usize),
    cols: usize,
    dst: &mut [f32],
) {
    let nr = t.nr;
    assert!(cols <= nr && dst.len() >= kc * nr);
    if let Some(&(j, len, start)) = runs.last() {
        assert!(j + len <= cols && start + len + m.off[k0 + kc - 1] <= xq.len());
    }
    #[cfg(target_arch = "x86_64")]
    match t.isa {
        // SAFETY: the CPU has AVX-512 (the tile's instruction set comes from run-time detection).
        crate::ops::Isa::Avx512 => {
            unsafe { x86::pack_b(xq, &m.off[k0..k0 + kc], runs, cols, nr, dst) };
            return;
        }
        // SAFETY: as above, with AVX2.
        crate::ops::Isa::Avx2 => {
            unsafe { x86::pack_b_avx2(xq, &m.off[k0..k0 + kc], runs, cols, nr, dst) };
            return;
        }
        crate::ops::Isa::Scalar => {}
    }
    for (row, &o) in dst[..kc * nr].chunks_exact_mut(nr).zip(&m.off[k0..k0 + kc]) {
        for &(j, len, start) in runs {
            row[j..j + len].copy_from_slice(&xq[start + o..][..len]);
        }
        row[cols..].fill(0.0);
    }
}

/// Packing with AVX-512: the forward pass's panels with masked moves (a run of up to 16 floats is
/// one load and one store), the weight gradient's transposed panels with gathers; with AVX2, the
/// forward pass's panels by overlapping stores of 8 floats and the weight gradient's by 8 × 8 and
/// 4 × 8 transposes.
#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;
    use std::mem::MaybeUninit;

    /// One image row `src` split into its four column phases: float `4·j + r` to
    /// `xq[d[r] + j]`. Sixteen floats at a time by a 4 × 4 transpose of SSE registers (every
    /// x86-64 CPU has SSE); the scalar loop of every `s`-th float was mostly loop overhead (5.4% of
    /// ResNet20's inference on AVX2, where the AVX-512 path's gathers are not taken).
    pub fn four_phases(src: &[f32], xq: &mut [f32], d: [usize; 4]) {
        // Phase `r` receives the floats `r, r + 4, …` of `src`.
        for (r, &d) in d.iter().enumerate() {
            let count = src.len().saturating_sub(r).div_ceil(4);
            assert!(d + count <= xq.len(), "phase {r} past the layout");
        }
        let groups = src.len() / 16;
        let out = xq.as_mut_ptr();
        for j in 0..groups {
            // SAFETY: SSE is part of x86-64. The loads read floats `16·j .. 16·j + 16` of `src`
            // (`j < src.len() / 16`); the stores write `xq[d[r] + 4·j ..][..4]`, within phase
            // `r`'s `count ≥ 4·j + 4` floats, inside `xq` (asserted above).
            unsafe {
                let p = src.as_ptr().add(16 * j);
                let (a, b) = (_mm_loadu_ps(p), _mm_loadu_ps(p.add(4)));
                let (c, e) = (_mm_loadu_ps(p.add(8)), _mm_loadu_ps(p.add(12)));
                // (a0 b0 a1 b1), (c0 e0 c1 e1), (a2 b2 a3 b3), (c2 e2 c3 e3).
                let (t0, t1) = (_mm_unpacklo_ps(a, b), _mm_unpacklo_ps(c, e));
                let (t2, t3) = (_mm_unpackhi_ps(a, b), _mm_unpackhi_ps(c, e));
                let phases = [
                    _mm_movelh_ps(t0, t1),
                    _mm_movehl_ps(t1, t0),
                    _mm_movelh_ps(t2, t3),
                    _mm_movehl_ps(t3, t2),
                ];
                for (v, &d) in phases.into_iter().zip(&d) {
                    _mm_storeu_ps(out.add(d + 4 * j), v);
                }
            }
        }
        for (i, &v) in src.iter().enumerate().skip(16 * groups) {
            xq[d[i % 4] + i / 4] = v;
        }
    }

    /// Lays out one image `src` (`[ci][h][w]`) in `q`'s `s × s` phases, `s` 2 or 4, into `dst`
    /// (one laid-out image, every float written): padded row by padded row, `16·s` padded
    /// columns at a time, masked loads (zeros in the padding and past the row) split into the
    /// `s` column phases by permutes, one masked store per phase. Every phase row is written in
    /// one piece and the source read in order, with no index table.
    #[target_feature(enable = "avx512f")]
    pub fn permute_phases(q: &super::Phases, src: &[f32], dst: &mut [MaybeUninit<f32>]) {
        match q.s {
            2 => phases_by::<2>(q, src, dst),
            4 => phases_by::<4>(q, src, dst),
            s => panic!("permute_phases: stride {s}"),
        }
    }

    /// [`permute_phases`] for `S` phases.
    #[target_feature(enable = "avx512f")]
    fn phases_by<const S: usize>(q: &super::Phases, src: &[f32], dst: &mut [MaybeUninit<f32>]) {
        let (p, h, w, hq, wq) = (q.p, q.h, q.w, q.hq, q.wq);
        assert!(q.s == S && src.len() == q.cin * h * w && dst.len() == q.image());
        // Phase `r` of the 32 floats of two vectors: lanes `j < 32 / S` (the rest repeat).
        let idx: [__m512i; S] = std::array::from_fn(|r| {
            let v: [i32; 16] = std::array::from_fn(|j| ((S * j + r) % 32) as i32);
            // SAFETY: 16 `i32`s are one unaligned 512-bit load (AVX-512F).
            unsafe { _mm512_loadu_si512(v.as_ptr().cast()) }
        });
        // Lanes `0..8` from the first vector, `8..16` from the second's lanes `0..8`.
        let join = {
            let v: [i32; 16] = std::array::from_fn(|j| if j < 8 { j as i32 } else { j as i32 + 8 });
            // SAFETY: as above.
            unsafe { _mm512_loadu_si512(v.as_ptr().cast()) }
        };
        // Per block of 16·S padded columns: the first column's source column, the loads' lane
        // masks, the phase column it starts and the stores' lane mask.
        let blocks: Vec<(isize, [u16; S], usize, u16)> = (0..S * wq)
            .step_by(16 * S)
            .map(|x0| {
                let masks = std::array::from_fn(|k| {
                    let first = (x0 + 16 * k) as isize - p as isize;
                    let lo = (-first).clamp(0, 16) as u32;
                    let hi = (w as isize - first).clamp(0, 16) as u32;
                    (((1u32 << hi) - 1) & !((1u32 << lo) - 1)) as u16
                });
                let n = (wq - x0 / S).min(16);
                (
                    x0 as isize - p as isize,
                    masks,
                    x0 / S,
                    ((1u32 << n) - 1) as u16,
                )
            })
            .collect();
        let plane = hq * wq;
        for (ci, dc) in dst.chunks_exact_mut(S * S * plane).enumerate() {
            let sc = &src[ci * h * w..][..h * w];
            let out = dc.as_mut_ptr().cast::<f32>();
            for y in 0..S * hq {
                let (ry, qy) = (y % S, y / S);
                let row = y.checked_sub(p).filter(|&r| r < h);
                for &(first, masks, qx, lanes) in &blocks {
                    let mut v = [_mm512_setzero_ps(); S];
                    if let Some(r) = row {
                        for k in 0..S {
                            let at = sc.as_ptr().wrapping_add(r * w).wrapping_offset(first);
                            // SAFETY: only the mask's lanes are read: source columns in `0..w`
                            // of row `r < h` of this channel, inside `sc`.
                            v[k] =
                                unsafe { _mm512_maskz_loadu_ps(masks[k], at.wrapping_add(16 * k)) };
                        }
                    }
                    for (r, &ix) in idx.iter().enumerate() {
                        // Phase `r`: of each pair of vectors (32 floats, 32 / S of the phase's),
                        // then the pairs joined.
                        let ph = if S == 2 || lanes <= 0xff {
                            // (At most 8 phase columns: the first pair holds them all.)
                            _mm512_permutex2var_ps(v[0], ix, v[1])
                        } else {
                            // (`% S`: in bounds for `S = 2` too, which never comes here.)
                            let a = _mm512_permutex2var_ps(v[0], ix, v[1]);
                            let b = _mm512_permutex2var_ps(v[2 % S], ix, v[3 % S]);
                            _mm512_permutex2var_ps(a, join, b)
                        };
                        let at = ((ry * S + r) * hq + qy) * wq + qx;
                        debug_assert!(at + lanes.count_ones() as usize <= dc.len());
                        // SAFETY: the mask's `n` lanes are the phase row's columns `qx..qx + n`
                        // with `qx + n ≤ wq`, `qy < hq` and `ry, r < S`: `at + n ≤ S·S·hq·wq`,
                        // this channel's planes (`dc`).
                        unsafe { _mm512_mask_storeu_ps(out.add(at), lanes, ph) };
                    }
                }
            }
        }
    }

    /// Lays out images channel by channel through `table` ([`super::Phases::sources`]): every
    /// float of `dst`'s channels (`table.len()` floats each) gathered from the channel of `src`
    /// (`[ci][h][w]`, `src.len() / channels` floats each) the table names, zero where it names
    /// none.
    #[target_feature(enable = "avx512f")]
    pub fn gather_channels(table: &[u32], src: &[f32], dst: &mut [MaybeUninit<f32>]) {
        let n = table.len();
        let channels = dst.len() / n.max(1);
        assert!(n > 0 && dst.len() == channels * n && src.len().is_multiple_of(channels.max(1)));
        let plane = src.len() / channels.max(1);
        assert!(plane <= i32::MAX as usize);
        let limit = _mm512_set1_epi32(plane as i32);
        let zero = _mm512_setzero_ps();
        for (c, (d, s)) in dst
            .chunks_exact_mut(n)
            .zip(src.chunks_exact(plane))
            .enumerate()
        {
            // The next channel into the cache meanwhile: the gathers visit a channel's rows
            // phase by phase, an order the hardware prefetcher does not follow (32-channel
            // inference on 16×16 images 1.13× as fast).
            if let Some(next) = src.get((c + 1) * plane..(c + 2) * plane) {
                crate::ops::prefetch(next);
            }
            for (d, t) in d.chunks_mut(16).zip(table.chunks(16)) {
                let lanes = ((1u32 << t.len()) - 1) as u16;
                // SAFETY: the loads and the store touch only their mask's lanes, the first
                // `t.len() ≤ 16` of `t` and `d` (`d` is as long as `t`); the gather reads only
                // the lanes whose index is below `plane` (an unsigned comparison; the table's
                // zeros are `u32::MAX`), floats of the channel `s`, and those indices fit an
                // `i32` (asserted above).
                unsafe {
                    let idx = _mm512_maskz_loadu_epi32(lanes, t.as_ptr().cast());
                    let live = _mm512_mask_cmplt_epu32_mask(lanes, idx, limit);
                    let v = _mm512_mask_i32gather_ps::<4>(zero, live, idx, s.as_ptr().cast());
                    _mm512_mask_storeu_ps(d.as_mut_ptr().cast(), lanes, v);
                }
            }
        }
    }

    /// Pieces of a panel's runs: up to 16 floats each, `(column, start in xq, lane mask)`.
    const MAX_PIECES: usize = 64;

    /// The weight gradient's `B` panel `X̂ᵀ`: row `k` (a position, the `t`-th of a run
    /// `(k0, len, start)` is row `k0 + t` with window start `start + t`) holds the taps `off` (at
    /// most 48) of that window, zeros after them; three gathers of 16 per row. False (nothing
    /// done) where the panel's rows are not 48 wide or an offset does not fit the gather's 32-bit
    /// indices.
    #[target_feature(enable = "avx512f")]
    pub fn gather_rows(
        xq: &[f32],
        off: &[usize],
        runs: &[(usize, usize, usize)],
        b: &mut [f32],
        nr: usize,
    ) -> bool {
        const NR: usize = 48;
        // The furthest tap (offsets do not increase with the tap where the stride exceeds 1:
        // the phases come first).
        let last = off.iter().copied().max().unwrap_or(0);
        if nr != NR || off.is_empty() || off.len() > NR || last > i32::MAX as usize {
            return false;
        }
        let mut idx = [0i32; NR];
        for (i, &o) in idx.iter_mut().zip(off) {
            *i = o as i32;
        }
        let masks: [u16; 3] = std::array::from_fn(|g| {
            let n = off.len().saturating_sub(16 * g).min(16);
            ((1u32 << n) - 1) as u16
        });
        let rows = b.len() / NR;
        for (i, &(k0, len, start)) in runs.iter().enumerate() {
            // The next run's windows, a line or two per tap, into the cache meanwhile: the
            // gathers read 16 to 48 lines per row, too many streams for the hardware prefetcher
            // (the images were laid out by the forward pass, long before).
            if let Some(&(_, next_len, next)) = runs.get(i + 1) {
                for &o in off {
                    // Prefetches do not fault; the addresses are computed without `add`'s
                    // in-bounds promise.
                    let p = xq.as_ptr().wrapping_add(next + o);
                    _mm_prefetch::<_MM_HINT_T0>(p.cast());
                    _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(next_len - 1).cast());
                }
            }
            // Every gathered lane reads `start + t + o ≤ start + len − 1 + last`, and every row
            // written is `k0 + t < rows`.
            assert!(k0 + len <= rows && start + len + last <= xq.len());
            // SAFETY: the gathers read only their mask's lanes, at `xq[start + t + off[j]]`, in
            // bounds (asserted above; no offset exceeds `last`); the stores
            // write the 48 floats of row `k0 + t`, in `b` (asserted above).
            unsafe {
                let vi: [__m512i; 3] =
                    std::array::from_fn(|g| _mm512_loadu_si512(idx[16 * g..].as_ptr().cast()));
                for t in 0..len {
                    let base = xq.as_ptr().add(start + t);
                    let row = b.as_mut_ptr().add((k0 + t) * NR);
                    for g in 0..3 {
                        // A group without taps (a panel of fewer than 33 or 17) stores zeros
                        // without a gather.
                        let v = if masks[g] == 0 {
                            _mm512_setzero_ps()
                        } else {
                            _mm512_mask_i32gather_ps::<4>(
                                _mm512_setzero_ps(),
                                masks[g],
                                vi[g],
                                base.cast(),
                            )
                        };
                        _mm512_storeu_ps(row.add(16 * g), v);
                    }
                }
            }
        }
        true
    }

    /// The weight gradient's `B` panel `X̂ᵀ` with AVX2, as the plain loop of
    /// `super::weight_grad`: row `k` (the `t`-th position of a run `(k0, len, start)` is row
    /// `k0 + t`, window start `start + t`) holds the taps `off` (at most `nr`) of that window,
    /// zeros after them. Blocks of 8 positions × 8 taps are 8 loads (8 consecutive positions of
    /// one tap), an 8 × 8 transpose and 8 stores; then blocks of 4 positions × 8 taps likewise;
    /// the positions and taps left over (fewer than 4 in a run, fewer than 8 taps) float by
    /// float. (AVX2's gathers are slow on AMD's cores; the plain loop writes the panel float by
    /// float with strided stores.)
    #[target_feature(enable = "avx2,fma")]
    pub fn transpose_rows(
        xq: &[f32],
        off: &[usize],
        runs: &[(usize, usize, usize)],
        b: &mut [f32],
        nr: usize,
    ) {
        // SAFETY: the CPU has AVX2 and FMA (this function's target features).
        let s = unsafe { crate::ops::simd::Avx2::new() };
        let taps = off.len();
        assert!(taps <= nr);
        let rows = b.len() / nr.max(1);
        let whole = taps / 8 * 8;
        for &(k0, len, start) in runs {
            assert!(k0 + len <= rows, "conv2d: a run past the panel's rows");
            let mut t = 0;
            while t + 8 <= len {
                for j0 in (0..whole).step_by(8) {
                    let v: [__m256; 8] = std::array::from_fn(|j| {
                        let src = &xq[start + t + off[j0 + j]..][..8];
                        // SAFETY: `src` holds 8 floats; the CPU has AVX2.
                        unsafe { _mm256_loadu_ps(src.as_ptr()) }
                    });
                    for (i, &w) in s.transpose8(v).iter().enumerate() {
                        let d = &mut b[(k0 + t + i) * nr + j0..][..8];
                        // SAFETY: `d` holds 8 floats; the CPU has AVX2.
                        unsafe { _mm256_storeu_ps(d.as_mut_ptr(), w) };
                    }
                }
                t += 8;
            }
            // Then 4 positions × 8 taps at a time (runs of 4, as in small strided layers, or the
            // rest of a longer run): each register two taps' 4 positions, transposed in its
            // 128-bit halves into 4 rows of 8 taps.
            while t + 4 <= len {
                for j0 in (0..whole).step_by(8) {
                    // (A loop, not `array::from_fn`: its closure, without this function's target
                    // features, was not inlined, and every load became a call.)
                    let mut v = [_mm256_setzero_ps(); 4];
                    for (j, v) in v.iter_mut().enumerate() {
                        let lo = &xq[start + t + off[j0 + j]..][..4];
                        let hi = &xq[start + t + off[j0 + 4 + j]..][..4];
                        // SAFETY: `lo` and `hi` hold 4 floats each; the CPU has AVX2.
                        *v = unsafe { _mm256_loadu2_m128(hi.as_ptr(), lo.as_ptr()) };
                    }
                    // `v[j]` = tap `j` at positions 0..4 | tap `j + 4` at positions 0..4.
                    let (t0, t1) = (
                        _mm256_unpacklo_ps(v[0], v[1]),
                        _mm256_unpackhi_ps(v[0], v[1]),
                    );
                    let (t2, t3) = (
                        _mm256_unpacklo_ps(v[2], v[3]),
                        _mm256_unpackhi_ps(v[2], v[3]),
                    );
                    let rows4 = [
                        _mm256_shuffle_ps::<0x44>(t0, t2),
                        _mm256_shuffle_ps::<0xEE>(t0, t2),
                        _mm256_shuffle_ps::<0x44>(t1, t3),
                        _mm256_shuffle_ps::<0xEE>(t1, t3),
                    ];
                    for (i, &w) in rows4.iter().enumerate() {
                        let d = &mut b[(k0 + t + i) * nr + j0..][..8];
                        // SAFETY: `d` holds 8 floats; the CPU has AVX2.
                        unsafe { _mm256_storeu_ps(d.as_mut_ptr(), w) };
                    }
                }
                t += 4;
            }
            for tt in 0..len {
                // The taps past the whole blocks for the positions done above, every tap for
                // the rest.
                let first = if tt < t { whole } else { 0 };
                let row = &mut b[(k0 + tt) * nr..][..nr];
                for (d, &o) in row[first..taps].iter_mut().zip(&off[first..]) {
                    *d = xq[start + tt + o];
                }
                row[taps..].fill(0.0);
            }
        }
    }

    /// The runs `(first column, length, start)` of a panel cut into pieces of at most `width`
    /// floats, `(column, start, length)`, and their count, after checking that every run lies
    /// inside the first `cols` columns of a row and, for the furthest offset of `off`, inside `xq`.
    fn cut_pieces(
        xq: &[f32],
        off: &[usize],
        runs: &[(usize, usize, usize)],
        cols: usize,
        width: usize,
    ) -> ([(usize, usize, usize); MAX_PIECES], usize) {
        let last = off.iter().copied().max().unwrap_or(0);
        let mut pieces = [(0, 0, 0); MAX_PIECES];
        let mut n = 0;
        for &(j, len, start) in runs {
            assert!(j + len <= cols && start + len + last <= xq.len());
            for c in (0..len).step_by(width) {
                assert!(
                    n < MAX_PIECES,
                    "conv2d: more than {MAX_PIECES} pieces in a panel"
                );
                pieces[n] = (j + c, start + c, (len - c).min(width));
                n += 1;
            }
        }
        (pieces, n)
    }

    /// The input gradient's col2im, as the plain loop of `super::input_grad`: row `r` of `c` (rows
    /// `block` floats apart, one per tap of `off`) added into the windows of the runs
    /// `(first column, length, window start)`, `gxq[start + off[r] + t] += c[r][j + t]`. Vectors
    /// of 8, then of 4, then single floats, each float added once in the plain loop's order (the
    /// compiler's loop spent output rows of 4 or 8 floats, as in small strided layers, in its
    /// scalar remainder).
    #[target_feature(enable = "avx2,fma")]
    pub fn col2im(
        c: &[f32],
        block: usize,
        off: &[usize],
        runs: &[(usize, usize, usize)],
        gxq: &mut [f32],
    ) {
        for (crow, &o) in c.chunks_exact(block).zip(off) {
            for &(j, len, start) in runs {
                let src = &crow[j..j + len];
                let dst = &mut gxq[start + o..][..len];
                let mut t = 0;
                while t + 8 <= len {
                    let (d, v) = (&mut dst[t..t + 8], &src[t..t + 8]);
                    // SAFETY: `d` and `v` hold 8 floats; the CPU has AVX2.
                    unsafe {
                        let sum =
                            _mm256_add_ps(_mm256_loadu_ps(d.as_ptr()), _mm256_loadu_ps(v.as_ptr()));
                        _mm256_storeu_ps(d.as_mut_ptr(), sum);
                    }
                    t += 8;
                }
                if t + 4 <= len {
                    let (d, v) = (&mut dst[t..t + 4], &src[t..t + 4]);
                    // SAFETY: `d` and `v` hold 4 floats; the CPU has AVX2.
                    unsafe {
                        let sum = _mm_add_ps(_mm_loadu_ps(d.as_ptr()), _mm_loadu_ps(v.as_ptr()));
                        _mm_storeu_ps(d.as_mut_ptr(), sum);
                    }
                    t += 4;
                }
                for (d, &v) in dst[t..].iter_mut().zip(&src[t..]) {
                    *d += v;
                }
            }
        }
    }

    /// As the plain loop of `super::pack_b`, with AVX2 (which has no cheap masked store): the runs
    /// cut into pieces of at most 8 floats once, then every piece of a row is one unaligned load
    /// and store of 8 floats, left to right. A store past its piece writes only columns that a
    /// later piece, the zeros past `cols` or the next row write again (pieces and rows go in
    /// order, and every store starts at its own piece), so only the panel's last floats need care:
    /// a piece whose 8 floats would read past `xq` or write past `dst` is copied float by float.
    /// (Output rows of 4 or 8 floats, as in small strided layers, made `copy_from_slice` a call
    /// to `memcpy` per 16 or 32 bytes.)
    #[target_feature(enable = "avx2,fma")]
    pub fn pack_b_avx2(
        xq: &[f32],
        off: &[usize],
        runs: &[(usize, usize, usize)],
        cols: usize,
        nr: usize,
        dst: &mut [f32],
    ) {
        assert!(dst.len() >= off.len() * nr && cols <= nr);
        let (pieces, n) = cut_pieces(xq, off, runs, cols, 8);
        let pieces = &pieces[..n];
        for (r, &o) in off.iter().enumerate() {
            for &(j, start, len) in pieces {
                let (from, to) = (start + o, r * nr + j);
                if from + 8 <= xq.len() && to + 8 <= dst.len() {
                    let (src, d) = (&xq[from..from + 8], &mut dst[to..to + 8]);
                    // SAFETY: `src` and `d` hold 8 floats; the CPU has AVX2.
                    unsafe { _mm256_storeu_ps(d.as_mut_ptr(), _mm256_loadu_ps(src.as_ptr())) };
                } else {
                    dst[to..to + len].copy_from_slice(&xq[from..from + len]);
                }
            }
            dst[r * nr + cols..(r + 1) * nr].fill(0.0);
        }
    }

    /// As the plain loop of `super::pack_b`. The caller checked that every run lies inside the
    /// first `cols` columns of a row (checked again here, with every run inside `xq` for the
    /// furthest offset). The runs are cut into pieces of at most 16 floats once,
    /// then every row is one masked load and store per piece.
    #[target_feature(enable = "avx512f")]
    pub fn pack_b(
        xq: &[f32],
        off: &[usize],
        runs: &[(usize, usize, usize)],
        cols: usize,
        nr: usize,
        dst: &mut [f32],
    ) {
        let rows = off.len();
        assert!(dst.len() >= rows * nr && cols <= nr);
        let (cut, n) = cut_pieces(xq, off, runs, cols, 16);
        let mut pieces = [(0usize, 0usize, 0u16); MAX_PIECES];
        for (p, &(j, start, len)) in pieces.iter_mut().zip(&cut[..n]) {
            *p = (j, start, ((1u32 << len) - 1) as u16);
        }
        let pieces = &pieces[..n];
        // The columns past `cols`, zeroed by masked stores of 16.
        let mut tail = [(0usize, 0u16); 4];
        let mut nt = 0;
        for c in (cols..nr).step_by(16) {
            tail[nt] = (c, ((1u32 << (nr - c).min(16)) - 1) as u16);
            nt += 1;
        }
        let (xp, dp) = (xq.as_ptr(), dst.as_mut_ptr());
        let zero = _mm512_setzero_ps();
        for (r, &o) in off.iter().enumerate() {
            // SAFETY: every piece reads `start + o + lanes ≤ start + len + last ≤ xq.len()` floats
            // (asserted above; `o ≤ last`), and writes lanes `j + c .. j + c + lanes ≤ cols ≤ nr`
            // of row `r < rows` of `dst`, which holds `rows · nr` floats; the tail writes lanes
            // `cols..nr` of the row. Masked moves touch only their mask's lanes.
            unsafe {
                let row = dp.add(r * nr);
                for &(j, start, mask) in pieces {
                    let v = _mm512_maskz_loadu_ps(mask, xp.add(start + o));
                    _mm512_mask_storeu_ps(row.add(j), mask, v);
                }
                for &(c, mask) in &tail[..nt] {
                    _mm512_mask_storeu_ps(row.add(c), mask, zero);
                }
            }
        }
    }
}

/// The forward pass of one chunk of `nimg` images: writes every element of `y`
/// (`[image][cout][ho][wo]`) from the images `xq` laid out as [`Phases`], the weights `w`
/// (`[cout][cin·k²]`, read in place by the register tile) and the bias, with `relu` the ReLU
/// applied (`(bias, relu)`); its scratch buffers from the `team` where the call's parts run on
/// one ([`scratch_on`]).
#[allow(clippy::too_many_arguments)]
pub(super) fn forward(
    t: &Tile,
    g: &Conv2dGeometry,
    xq: &[f32],
    nimg: usize,
    w: &[f32],
    (bias, relu): (&[f32], bool),
    y: &mut [MaybeUninit<f32>],
    team: Option<&Team>,
) {
    let m = Im2col::new(g, nimg);
    let (cout, kk) = (g.chan_out, g.chan_in * g.kernel * g.kernel);
    let n = nimg * m.positions;
    let out = cout * m.positions;
    assert!(xq.len() >= m.extent(), "conv2d: input too short");
    assert!(y.len() >= nimg * out && bias.len() >= cout);
    let (mr, nr) = (t.mr, t.nr);
    let block = PANELS * nr;
    let (bn, cn) = (KC * block, cout.div_ceil(mr) * mr * block);
    let mut b_buf = scratch_on(team, bn + ALIGN_SLACK);
    let mut c_buf = scratch_on(team, cn + ALIGN_SLACK);
    let (b, c) = (aligned(&mut b_buf, bn), aligned(&mut c_buf, cn));
    let mut panel_runs: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); PANELS];
    for n0 in (0..n).step_by(block) {
        let cols = block.min(n - n0);
        let panels = cols.div_ceil(nr);
        for (p, r) in panel_runs.iter_mut().enumerate().take(panels) {
            runs(&m, n0 + p * nr, nr.min(cols - p * nr), r);
        }
        for k0 in (0..kk).step_by(KC) {
            let kc = KC.min(kk - k0);
            for (p, r) in panel_runs.iter().enumerate().take(panels) {
                let pc = nr.min(cols - p * nr);
                pack_b(t, &m, xq, r, (k0, kc), pc, &mut b[p * KC * nr..]);
                for mp in 0..cout.div_ceil(mr) {
                    let rows = mr.min(cout - mp * mr);
                    t.run(
                        kc,
                        (&w[mp * mr * kk + k0..], kk, 1),
                        &b[p * KC * nr..],
                        &mut c[mp * mr * block + p * nr..],
                        block,
                        rows,
                        pc,
                        k0 > 0,
                    );
                }
            }
        }
        if kk == 0 {
            c.fill(0.0);
        }
        // C (`[cout][cols]`) plus the bias (and the ReLU) into the images' planes.
        for (o, (crow, &bo)) in c.chunks_exact(block).zip(&bias[..cout]).enumerate() {
            let mut j = 0;
            while j < cols {
                let (img, pos) = ((n0 + j) / m.positions, (n0 + j) % m.positions);
                let len = (m.positions - pos).min(cols - j);
                let dst = &mut y[img * out + o * m.positions + pos..][..len];
                let src = dst.iter_mut().zip(&crow[j..j + len]);
                if relu {
                    src.for_each(|(d, &v)| {
                        d.write(relu_value(v + bo));
                    });
                } else {
                    src.for_each(|(d, &v)| {
                        d.write(v + bo);
                    });
                }
                j += len;
            }
        }
    }
    recycle_on(team, b_buf);
    recycle_on(team, c_buf);
}

/// The input gradient of one chunk of `nimg` images, added to `gx` (`[image][cin][h][w]`): the
/// products `Wᵀ · G` (the weights `w`, `[cout][cin·k²]`, read in place as `Wᵀ`) scattered back
/// into the windows of the laid-out images, then added back without the padding.
pub(super) fn input_grad(
    t: &Tile,
    g: &Conv2dGeometry,
    nimg: usize,
    w: &[f32],
    gy: &[f32],
    gx: &mut [f32],
) {
    let m = Im2col::new(g, nimg);
    let (cout, kk) = (g.chan_out, g.chan_in * g.kernel * g.kernel);
    let n = nimg * m.positions;
    let out = cout * m.positions;
    assert!(gy.len() >= nimg * out);
    let (mr, nr) = (t.mr, t.nr);
    let mut gxq = scratch((nimg * m.q.image()).max(m.extent()));
    gxq.fill(0.0);
    // Blocks: all `cout` of the shared dimension at once, `C` of `MB × block` floats.
    let block = 4 * nr;
    let mb = 32 * mr;
    let mut b_buf = scratch(cout * block + ALIGN_SLACK);
    let mut c_buf = scratch(mb * block + ALIGN_SLACK);
    let (b, c) = (
        aligned(&mut b_buf, cout * block),
        aligned(&mut c_buf, mb * block),
    );
    let mut col_runs = Vec::new();
    for n0 in (0..n).step_by(block) {
        let cols = block.min(n - n0);
        let panels = cols.div_ceil(nr);
        runs(&m, n0, cols, &mut col_runs);
        // B = G[cout, n0..n0 + cols], as panels of `nr` positions.
        for p in 0..panels {
            let pc = nr.min(cols - p * nr);
            let panel = &mut b[p * cout * nr..][..cout * nr];
            copy_positions(&m, gy, (n0 + p * nr, pc), panel, nr);
            for row in panel.chunks_exact_mut(nr) {
                row[pc..].fill(0.0);
            }
        }
        for r0 in (0..kk).step_by(mb) {
            let rows = mb.min(kk - r0);
            for p in 0..panels {
                let pc = nr.min(cols - p * nr);
                for mp in 0..rows.div_ceil(mr) {
                    // Aᵀ = W: row i of the tile is column `r0 + mp·mr + i` of W.
                    t.run(
                        cout,
                        (&w[r0 + mp * mr..], 1, kk),
                        &b[p * cout * nr..],
                        &mut c[mp * mr * block + p * nr..],
                        block,
                        mr.min(rows - mp * mr),
                        pc,
                        false,
                    );
                }
            }
            if cout == 0 {
                c.fill(0.0);
            }
            // col2im: each row (ci, ky, kx) back into the windows of the positions, a run of
            // contiguous windows (one output row) at a time.
            let off = &m.off[r0..r0 + rows];
            #[cfg(target_arch = "x86_64")]
            if t.isa != crate::ops::Isa::Scalar {
                // SAFETY: the CPU has AVX2 (AVX-512 CPUs have it too; the tile's instruction set
                // comes from run-time detection).
                unsafe { x86::col2im(c, block, off, &col_runs, &mut gxq) };
                continue;
            }
            for (crow, &o) in c.chunks_exact(block).zip(off) {
                for &(j, len, start) in &col_runs {
                    let dst = &mut gxq[start + o..][..len];
                    dst.iter_mut()
                        .zip(&crow[j..j + len])
                        .for_each(|(d, &v)| *d += v);
                }
            }
        }
    }
    recycle(b_buf);
    recycle(c_buf);
    m.q.add_back(&gxq, gx, nimg);
    recycle(gxq);
}

/// The weight gradient of one chunk of `nimg` images, added to `gw` (`[cout][cin·k²]`):
/// `G · X̂ᵀ`, a block of `KC` positions at a time (`xq` as for [`forward`]).
pub(super) fn weight_grad(
    t: &Tile,
    g: &Conv2dGeometry,
    xq: &[f32],
    nimg: usize,
    gy: &[f32],
    gw: &mut [f32],
) {
    let m = Im2col::new(g, nimg);
    let (cout, kk) = (g.chan_out, g.chan_in * g.kernel * g.kernel);
    let n = nimg * m.positions;
    let out = cout * m.positions;
    assert!(xq.len() >= m.extent() && gy.len() >= nimg * out && gw.len() >= cout * kk);
    let (mr, nr) = (t.mr, t.nr);
    let mut a_buf = scratch(cout * KC + ALIGN_SLACK);
    let mut b_buf = scratch(KC * nr + ALIGN_SLACK);
    let (a, b) = (aligned(&mut a_buf, cout * KC), aligned(&mut b_buf, KC * nr));
    let mut pos_runs = Vec::new();
    for n0 in (0..n).step_by(KC) {
        let kc = KC.min(n - n0);
        runs(&m, n0, kc, &mut pos_runs);
        // A = G[cout, n0..n0 + kc], row-major (`KC` floats per channel), read by the tile with
        // that row stride.
        copy_positions(&m, gy, (n0, kc), a, KC);
        // B = X̂ᵀ[n0..n0 + kc, c0..c0 + nr], one panel of taps at a time.
        for c0 in (0..kk).step_by(nr) {
            let cols = nr.min(kk - c0);
            // Column `j` of the panel is tap `c0 + j` over the block's positions: per run of
            // contiguous windows, a contiguous read of the image stored down the column.
            let b = &mut b[..kc * nr];
            // The instruction set's own loop where it has one, else the plain loop below.
            #[cfg(target_arch = "x86_64")]
            // SAFETY (both calls): the CPU has the tile's instruction set (it comes from
            // run-time detection).
            let gathered = match t.isa {
                crate::ops::Isa::Avx512 => unsafe {
                    x86::gather_rows(xq, &m.off[c0..c0 + cols], &pos_runs, b, nr)
                },
                crate::ops::Isa::Avx2 => {
                    unsafe { x86::transpose_rows(xq, &m.off[c0..c0 + cols], &pos_runs, b, nr) };
                    true
                }
                crate::ops::Isa::Scalar => false,
            };
            #[cfg(not(target_arch = "x86_64"))]
            let gathered = false;
            if !gathered {
                for (j, &o) in m.off[c0..c0 + cols].iter().enumerate() {
                    for &(k0, len, start) in &pos_runs {
                        let src = &xq[start + o..][..len];
                        for (row, &v) in b[k0 * nr..].chunks_exact_mut(nr).zip(src) {
                            row[j] = v;
                        }
                    }
                }
                if cols < nr {
                    b.chunks_exact_mut(nr).for_each(|row| row[cols..].fill(0.0));
                }
            }
            for mp in 0..cout.div_ceil(mr) {
                t.run(
                    kc,
                    (&a[mp * mr * KC..], KC, 1),
                    b,
                    &mut gw[mp * mr * kk + c0..],
                    kk,
                    mr.min(cout - mp * mr),
                    cols,
                    true,
                );
            }
        }
    }
    recycle(a_buf);
    recycle(b_buf);
}

#[cfg(test)]
mod tests {
    use super::super::{test_geometry, test_values as values};
    use super::*;

    /// The layout puts every element where `Phases::at` says and zeros everywhere else, and
    /// `add_back` adds every element back from there: strides 1 to 5, padding 0 to 3, even and
    /// odd widths up to 70, planes enlarged by `at_least` (as the Winograd path's), `f32` (on
    /// AVX-512 the permutes for strides 2 and 4 and the gathers for every stride of 2 or more,
    /// each also into a buffer of NaN: every float written; phase rows of up to 8 columns, of 9
    /// (ResNet20's 32×32 on the Winograd path), 16 and more than 16; elsewhere the 4 × 4
    /// transposes for stride 4, rows of 7, 16, 32 and 35) and `f64` (the rows).
    #[test]
    fn layout_and_add_back_follow_at() {
        for (s, p, h, w, more) in [
            (2, 1, 5, 70, 0),
            (2, 0, 3, 37, 0),
            (2, 1, 4, 16, 0),
            (2, 2, 3, 9, 0),
            (1, 1, 4, 7, 0),
            (1, 0, 3, 5, 2),
            (3, 2, 5, 11, 0),
            (4, 1, 16, 16, 1),
            (4, 2, 6, 7, 2),
            (4, 1, 3, 35, 1),
            (4, 0, 3, 32, 0),
            (4, 1, 32, 32, 1),
            (4, 1, 32, 32, 0),
            (2, 1, 3, 34, 0),
            (4, 3, 5, 70, 0),
            (2, 1, 6, 33, 3),
            (5, 1, 4, 13, 1),
        ] {
            let g = test_geometry(2, 3, 1, h, w, 3, s, p);
            let q = Phases::new(&g);
            let (hq, wq) = (q.hq + more, q.wq + more);
            let q = q.at_least(hq, wq);
            let x: Vec<f32> = values(2 * 3 * h * w, 7);
            let x64: Vec<f64> = x.iter().map(|&v| v as f64).collect();
            let xq = q.lay_out_with_slack(&x, 2, 3);
            let xq64 = q.lay_out(&x64, 2);
            let mut want = vec![0f32; 2 * q.image() + 3];
            for img in 0..2 {
                for ci in 0..3 {
                    for y in 0..h {
                        for xx in 0..w {
                            let v = x[((img * 3 + ci) * h + y) * w + xx];
                            want[img * q.image() + q.at(ci, y + p, xx + p)] = v;
                        }
                    }
                }
            }
            assert_eq!(xq, want, "f32, stride {s}, padding {p}, {h}x{w}");
            assert!(
                xq64.iter().zip(&want).all(|(&a, &b)| a == b as f64),
                "f64, stride {s}"
            );
            #[cfg(target_arch = "x86_64")]
            if crate::ops::Isa::detect() == crate::ops::Isa::Avx512 {
                let mut got = vec![MaybeUninit::new(f32::NAN); 2 * q.image()];
                // SAFETY: the CPU has AVX-512 (checked just above).
                unsafe { x86::gather_channels(&q.sources(), &x, &mut got) };
                // SAFETY: every element was initialised (to NaN) above.
                let got: Vec<f32> = got.iter().map(|v| unsafe { v.assume_init() }).collect();
                assert_eq!(got, want[..2 * q.image()], "gathered, stride {s}");
                if s == 2 || s == 4 {
                    let mut got = vec![MaybeUninit::new(f32::NAN); q.image()];
                    // SAFETY: as above.
                    unsafe { x86::permute_phases(&q, &x[..3 * h * w], &mut got) };
                    // SAFETY: every element was initialised (to NaN) above.
                    let got: Vec<f32> = got.iter().map(|v| unsafe { v.assume_init() }).collect();
                    assert_eq!(got, want[..q.image()], "permuted, stride {s}");
                }
            }
            let mut back = vec![1f32; x.len()];
            q.add_back(&xq, &mut back, 2);
            assert!(
                back.iter().zip(&x).all(|(&b, &v)| b == 1.0 + v),
                "add_back, stride {s}"
            );
        }
    }

    /// The map's extent is one past the furthest element any window reads, for strides 1 to 3
    /// (with stride 2 and more the last tap is not the furthest: the phases come first).
    #[test]
    fn extent_is_one_past_the_furthest_tap() {
        for (k, s, p) in [(3, 1, 1), (3, 2, 1), (5, 3, 2), (2, 2, 0)] {
            let g = test_geometry(2, 3, 4, 9, 8, k, s, p);
            let m = Im2col::new(&g, 2);
            let furthest = m.base.iter().flat_map(|b| m.off.iter().map(move |o| b + o));
            assert_eq!(m.extent(), furthest.max().unwrap() + 1, "{g:?}");
        }
    }

    /// The three passes against loops in `f64` over the zero-padded images, for every register
    /// tile the CPU has, over geometries that take several blocks of taps (`cin·k² > KC`), of
    /// positions and of input-gradient rows, strides 1 to 3, padding 0 to 2, kernels 1 to 7 and
    /// channel counts that leave partial tiles. Each result is within `4e-6` of the sum of the
    /// absolute values of its terms (f32 rounding; measured below 1e-6).
    #[test]
    fn packed_passes_match_naive_loops() {
        let geometries = [
            // (batch, cin, cout, h, w, k, stride, padding)
            (2, 3, 5, 9, 11, 3, 1, 1),
            (3, 32, 20, 6, 7, 3, 1, 1),
            (2, 4, 9, 13, 12, 3, 2, 1),
            (2, 2, 3, 11, 11, 5, 3, 2),
            (1, 70, 7, 4, 4, 1, 1, 0),
            (2, 3, 2, 9, 9, 7, 1, 0),
            (5, 2, 17, 16, 16, 3, 2, 0),
            // Output rows of 8, 4, 5 and 12 positions (runs of whole and partial blocks of 4 and
            // 8 positions in the AVX2 transposes and copies).
            (2, 16, 32, 16, 16, 3, 2, 1),
            (3, 32, 12, 8, 8, 3, 2, 1),
            (2, 5, 6, 10, 10, 3, 2, 1),
            (2, 3, 4, 24, 24, 3, 2, 1),
        ];
        for isa in crate::ops::Isa::available() {
            let t = Tile::for_isa(isa);
            for &(batch, cin, cout, h, w, k, s, p) in &geometries {
                let g = test_geometry(batch, cin, cout, h, w, k, s, p);
                let (ho, wo, kk) = (g.h_out, g.w_out, cin * k * k);
                let x = values(batch * cin * h * w, 1);
                let wt = values(cout * kk, 2);
                let bias = values(cout, 3);
                let gy = values(batch * cout * ho * wo, 4);
                // References, and the sums of absolute terms that bound f32's rounding.
                let mut y = vec![0f64; gy.len()];
                let mut y_abs = vec![0f64; gy.len()];
                let mut gx = vec![0f64; x.len()];
                let mut gx_abs = vec![0f64; x.len()];
                let mut gw = vec![0f64; wt.len()];
                let mut gw_abs = vec![0f64; wt.len()];
                for n in 0..batch {
                    for (o, &bo) in bias.iter().enumerate() {
                        for oy in 0..ho {
                            for ox in 0..wo {
                                let yi = ((n * cout + o) * ho + oy) * wo + ox;
                                y[yi] += bo as f64;
                                y_abs[yi] += (bo as f64).abs();
                                for ci in 0..cin {
                                    for ky in 0..k {
                                        for kx in 0..k {
                                            let (iy, ix) = (oy * s + ky, ox * s + kx);
                                            if iy < p || ix < p || iy - p >= h || ix - p >= w {
                                                continue;
                                            }
                                            let xi = ((n * cin + ci) * h + iy - p) * w + ix - p;
                                            let wi = ((o * cin + ci) * k + ky) * k + kx;
                                            let (xv, wv, gv) =
                                                (x[xi] as f64, wt[wi] as f64, gy[yi] as f64);
                                            y[yi] += wv * xv;
                                            y_abs[yi] += (wv * xv).abs();
                                            gx[xi] += wv * gv;
                                            gx_abs[xi] += (wv * gv).abs();
                                            gw[wi] += gv * xv;
                                            gw_abs[wi] += (gv * xv).abs();
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                let check = |what: &str, got: &[f32], want: &[f64], scale: &[f64]| {
                    assert_eq!(got.len(), want.len());
                    for (i, ((&a, &b), &m)) in got.iter().zip(want).zip(scale).enumerate() {
                        let err = (a as f64 - b).abs();
                        assert!(
                            err <= 4e-6 * m + 1e-30,
                            "{isa:?} {what}[{i}] of {g:?}: {a} vs {b} (scale {m})"
                        );
                    }
                };
                let xp = Phases::new(&g).lay_out(&x, batch);
                let mut got = vec![MaybeUninit::new(f32::NAN); y.len()];
                forward(&t, &g, &xp, batch, &wt, (&bias, false), &mut got, None);
                // SAFETY: initialised when created.
                let got: Vec<f32> = got.iter().map(|v| unsafe { v.assume_init() }).collect();
                check("y", &got, &y, &y_abs);
                // With the ReLU folded: the ReLU of the same outputs, bit for bit.
                let mut relu = vec![MaybeUninit::new(f32::NAN); y.len()];
                forward(&t, &g, &xp, batch, &wt, (&bias, true), &mut relu, None);
                for (i, (r, &v)) in relu.iter().zip(&got).enumerate() {
                    // SAFETY: initialised when created.
                    let r = unsafe { r.assume_init() };
                    let want = relu_value(v);
                    assert_eq!(r.to_bits(), want.to_bits(), "{isa:?} relu y[{i}] of {g:?}");
                }
                let mut got = vec![0f32; x.len()];
                input_grad(&t, &g, batch, &wt, &gy, &mut got);
                check("gx", &got, &gx, &gx_abs);
                let mut got = vec![0f32; wt.len()];
                weight_grad(&t, &g, &xp, batch, &gy, &mut got);
                check("gw", &got, &gw, &gw_abs);
            }
        }
    }
}
