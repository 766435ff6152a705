//! CPU convolution, images spread over rayon's threads, by shape class ([`Path`]): a direct
//! convolution on wide rows (`super::direct`) for stride 1, 3×3 or 5×5 kernels and few output
//! channels; packed matrix products (`super::packed`) for every other `f32` convolution on a CPU
//! with AVX2 or AVX-512; otherwise (`f64`, other CPUs) im2col per image feeding `matrixmultiply`.
use std::sync::Mutex;

use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError, Tensor};
use rayon::prelude::*;

use super::chanvec::ChanVec;
use super::direct::{self, Wide};
use super::winograd::{self, Wino};
use super::{packed, Conv2dGeometry, Conv2dKernel};
use crate::forward::{image_len, Activation, ChannelAffine, Layout, Opened, CHANNEL_BLOCK};
use crate::frozen::{Form, Held, Keep};
use crate::ops::activation::{Epilogue, EpilogueChunk};
use crate::ops::gemm::Tile;
use crate::ops::{
    chunk_len, fresh, optional_chunks, read_data, read_data_on, recycle, scratch, scratch_filled,
    write_images, Computed, CpuFloat, Isa,
};
use crate::team::Team;

impl Conv2dGeometry {
    /// Rows of the im2col matrix: `chan_in · kernel²`.
    fn patch(&self) -> usize {
        self.chan_in * self.kernel * self.kernel
    }
    /// Columns of the im2col matrix: output positions per image.
    fn positions(&self) -> usize {
        self.h_out * self.w_out
    }
    fn image_in(&self) -> usize {
        self.chan_in * self.h_in * self.w_in
    }
    fn image_out(&self) -> usize {
        self.chan_out * self.positions()
    }
}

/// The output columns `ox` whose input column `ox·stride + kx − padding` lies inside the image.
#[inline]
fn valid_cols(g: &Conv2dGeometry, kx: usize) -> (usize, usize) {
    let (s, p) = (g.stride, g.padding);
    let lo = if p > kx { (p - kx).div_ceil(s) } else { 0 }.min(g.w_out);
    let hi = if g.w_in + p > kx {
        ((g.w_in + p - kx - 1) / s + 1).min(g.w_out)
    } else {
        0
    };
    (lo, hi.max(lo))
}

/// The input row of output row `oy` for kernel row `ky`, if it lies inside the image.
#[inline]
fn input_row(g: &Conv2dGeometry, oy: usize, ky: usize) -> Option<usize> {
    (oy * g.stride + ky)
        .checked_sub(g.padding)
        .filter(|&iy| iy < g.h_in)
}

/// Writes the `[patch, positions]` im2col matrix of one image into `col`.
fn im2col<E: CpuFloat>(g: &Conv2dGeometry, img: &[E], col: &mut [E]) {
    let (k, s, p, l) = (g.kernel, g.stride, g.padding, g.positions());
    for c in 0..g.chan_in {
        let plane = &img[c * g.h_in * g.w_in..(c + 1) * g.h_in * g.w_in];
        for ky in 0..k {
            for kx in 0..k {
                let (lo, hi) = valid_cols(g, kx);
                let row = &mut col[((c * k + ky) * k + kx) * l..][..l];
                for (oy, dst) in row.chunks_exact_mut(g.w_out).enumerate() {
                    let Some(iy) = input_row(g, oy, ky) else {
                        dst.fill(E::zero());
                        continue;
                    };
                    let src = &plane[iy * g.w_in..(iy + 1) * g.w_in];
                    dst[..lo].fill(E::zero());
                    dst[hi..].fill(E::zero());
                    let first = lo * s + kx - p;
                    if s == 1 {
                        dst[lo..hi].copy_from_slice(&src[first..first + (hi - lo)]);
                    } else {
                        for (d, &v) in dst[lo..hi].iter_mut().zip(src[first..].iter().step_by(s)) {
                            *d = v;
                        }
                    }
                }
            }
        }
    }
}

/// Adds the `[patch, positions]` matrix `col` back into one image's gradient (the adjoint of
/// [`im2col`]).
fn col2im<E: CpuFloat>(g: &Conv2dGeometry, col: &[E], img: &mut [E]) {
    let (k, s, p, l) = (g.kernel, g.stride, g.padding, g.positions());
    for c in 0..g.chan_in {
        let plane = &mut img[c * g.h_in * g.w_in..(c + 1) * g.h_in * g.w_in];
        for ky in 0..k {
            for kx in 0..k {
                let (lo, hi) = valid_cols(g, kx);
                let row = &col[((c * k + ky) * k + kx) * l..][..l];
                for (oy, src) in row.chunks_exact(g.w_out).enumerate() {
                    let Some(iy) = input_row(g, oy, ky) else {
                        continue;
                    };
                    let dst = &mut plane[iy * g.w_in..(iy + 1) * g.w_in];
                    let first = lo * s + kx - p;
                    if s == 1 {
                        for (d, &v) in dst[first..first + (hi - lo)].iter_mut().zip(&src[lo..hi]) {
                            *d += v;
                        }
                    } else {
                        for (d, &v) in dst[first..].iter_mut().step_by(s).zip(&src[lo..hi]) {
                            *d += v;
                        }
                    }
                }
            }
        }
    }
}

/// Which implementation serves a convolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Path {
    /// The direct convolution on wide rows (`super::direct`).
    Direct,
    /// Packed matrix products with this register tile (`super::packed`), `f32` only.
    Packed(Tile),
    /// Winograd's F(4×4, 3×3) with this register tile (`super::winograd`), `f32` only.
    Winograd(Tile),
    /// The direct convolution with the output channels in the vector lanes (`super::chanvec`),
    /// on these vectors, `f32` only: forward, and in training backward too (`chanvec_backward`).
    ChanVec(Isa),
    /// im2col per image and `matrixmultiply`.
    Im2col,
}

/// Output channels from which the packed products beat the direct convolution (measured on the
/// zoo's layers: at 16 channels the direct loops win, at 64 the products).
const DIRECT_MAX_OUT: usize = 32;

/// The path for geometry `g` and element type `E`: Winograd's F(4×4, 3×3) for the `f32` 3×3
/// stride-1 convolutions it serves (16 channels or more, on images that are not
/// too small, see `Wino::serves`) on a CPU with vector instructions, forward and backward;
/// otherwise the direct convolution for stride 1, a kernel size its loops are compiled for,
/// padding below the kernel size and few output channels (or any number of them where the packed
/// path is unavailable), except where the channel-vector direct convolution computes fewer products
/// (`ChanVec::beats_direct`, on AVX2: no more at inference; at most 4/5 of them on at least 8
/// input channels in training, where it serves both gradients too); the channel-vector direct
/// convolution for the stride-2 ones it serves (`ChanVec::serves`: few output channels), in
/// training too (`chanvec_backward`; *strided* training 1.38× at 1 thread and 1.37× at 2
/// against the packed path, 3 interleaved rounds; ResNet20 unchanged), and at inference on
/// AVX-512 for the stride-1 ones left to the packed path that it serves
/// (`ChanVec::beats_packed`: 16 input channels or more, few output channels); the packed path
/// for every other `f32` convolution on a CPU with vector instructions; im2col otherwise.
/// Convolutions without channels take im2col, which handles them.
///
/// Winograd's backward pass (`winograd_backward`): the input gradient as Winograd's *forward*
/// pass over the output gradient with the kernels flipped (`winograd::InputGrad`: *wide*
/// training 1.09×, 3 interleaved rounds, against the packed path's), and the weight gradient in
/// the transform domain (`Wino::weight_grad`: 1.0–1.13× the packed path's weight gradient alone
/// on 64 to 256 channels, *wide* training 1.08×, median of 10 interleaved rounds). An earlier
/// input gradient through the adjoint transforms was slower than the packed path's.
fn choose<E: CpuFloat>(g: &Conv2dGeometry, train: bool) -> Path {
    if g.chan_in == 0 || g.chan_out == 0 {
        return Path::Im2col;
    }
    let tile = Tile::detect();
    let packed = E::as_f32(&[]).is_some() && tile.isa != Isa::Scalar;
    let direct = g.stride == 1 && direct::supports_kernel(g.kernel) && g.padding < g.kernel;
    match (direct, packed) {
        _ if packed && Wino::serves(g) => Path::Winograd(tile),
        (true, true) if g.chan_out <= DIRECT_MAX_OUT => {
            if ChanVec::beats_direct(g, tile.isa, train) {
                Path::ChanVec(tile.isa)
            } else {
                Path::Direct
            }
        }
        (true, false) => Path::Direct,
        (_, true) if ChanVec::serves(g) || ChanVec::beats_packed(g, tile.isa, train) => {
            Path::ChanVec(tile.isa)
        }
        (_, true) => Path::Packed(tile),
        (false, false) => Path::Im2col,
    }
}

/// Folds the per-channel map `a` into the weights `wd` (`[cout][cin·k²]`) and the bias `bd`:
/// `scale·w` and `scale·b + shift`, computed in `f64` and rounded once.
fn fold_affine<E: CpuFloat>(g: &Conv2dGeometry, a: &ChannelAffine, wd: &mut [E], bd: &mut [E]) {
    assert!(
        a.scale.len() == g.chan_out && a.shift.len() == g.chan_out,
        "conv2d: a folded batch norm of {} channels after {} output channels",
        a.scale.len(),
        g.chan_out
    );
    let of = |v: f64| E::from(v).unwrap_or_else(E::nan);
    if let Some(wf) = E::as_f32_mut(wd) {
        // The same products and roundings as below (`f32` to `f64` is exact, `as f32` rounds to
        // nearest as `E::from` does), in a loop the compiler vectorises, with AVX where the CPU
        // has it: the generic loop went float by float through `Option`s.
        #[inline(always)]
        fn scale_rows(w: &mut [f32], patch: usize, scale: &[f64]) {
            for (row, &s) in w.chunks_exact_mut(patch).zip(scale) {
                for v in row {
                    *v = (f64::from(*v) * s) as f32;
                }
            }
        }
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = "avx2,fma")]
        fn scale_rows_avx2(w: &mut [f32], patch: usize, scale: &[f64]) {
            scale_rows(w, patch, scale)
        }
        let patch = g.patch().max(1);
        match Isa::detect() {
            // SAFETY: the CPU has AVX2 and FMA (every `Isa` but `Scalar` implies them).
            #[cfg(target_arch = "x86_64")]
            Isa::Avx2 | Isa::Avx512 => unsafe { scale_rows_avx2(wf, patch, &a.scale) },
            _ => scale_rows(wf, patch, &a.scale),
        }
    } else {
        for (row, &s) in wd.chunks_exact_mut(g.patch().max(1)).zip(&a.scale) {
            for v in row {
                *v = of(v.to_f64().unwrap_or(f64::NAN) * s);
            }
        }
    }
    for (b, (&s, &t)) in bd.iter_mut().zip(a.scale.iter().zip(&a.shift)) {
        *b = of(b.to_f64().unwrap_or(f64::NAN) * s + t);
    }
}

/// The layer's weights and bias (zeros without one: adding +0 changes no value the sums can
/// produce, as they start at +0 and so are never -0), with the per-channel map `affine` folded
/// in when there is one: kept in `keep` where there is one (made by the first call), else read
/// for this call, the weights in a buffer of the `team`'s where there is one
/// (`crate::ops::scratch_on`).
fn weights_and_bias<W: Shape, B: Shape, E: CpuFloat>(
    g: &Conv2dGeometry,
    weight: &Tensor<W, E, Cpu>,
    bias: Option<&Tensor<B, E, Cpu>>,
    affine: Option<&ChannelAffine>,
    team: Option<&Team>,
    keep: Option<Keep>,
) -> Held<(Vec<E>, Vec<E>)> {
    let form = Form::Folded {
        affine: affine.is_some(),
    };
    Held::get(keep, form, || {
        let mut wd = read_data_on(weight, team);
        let mut bd = bias.map_or_else(|| vec![E::zero(); g.chan_out], read_data);
        if let Some(a) = affine {
            fold_affine(g, a, &mut wd, &mut bd);
        }
        (wd, bd)
    })
}

/// The channel-vector path's forward pass (`ChanVec::forward`) over the batch, in parallel over
/// chunks of images: the input `x` laid out as its layout says, the output written in `to`, the
/// activation `act` applied by the kernel and the epilogue `ep` after it (in training, where the
/// kernel applies none).
#[allow(clippy::too_many_arguments)]
fn chanvec_forward<E: CpuFloat>(
    g: &Conv2dGeometry,
    isa: Isa,
    (x, from): (&[E], Layout),
    wd: &[E],
    bd: &[E],
    ep: &mut Epilogue<E>,
    act: Option<Activation>,
    (team, keep): (Option<&Team>, Option<Keep>),
    to: Layout,
) -> Vec<E> {
    let image_in = image_len(g.chan_in, g.h_in, g.w_in, from);
    // The packed weights of output channels `k0..k0 + cout`: kept, or packed for this call.
    let packed = |cv: &ChanVec, k0: usize, cout: usize, w: &[f32]| {
        let form = Form::ChanVec { isa, k0, cout };
        Held::get(keep, form, || cv.pack_weights(isa, w))
    };
    // `chunked_forward` takes the length of an image's output from the geometry: here, as `to`
    // lays it out (a part of `per` channels, whole blocks, is `per` channels' planes in either
    // layout).
    let plane = image_len(1, g.h_out, g.w_out, to) / ChanVec::laid_out(1, to);
    let sizes = Conv2dGeometry {
        chan_out: image_len(g.chan_out, g.h_out, g.w_out, to),
        h_out: 1,
        w_out: 1,
        ..*g
    };
    let (xs, (w, b)) = (f32s(x), (f32s(wd), f32s(bd)));
    match chanvec_split(g, team) {
        // One image, its output channels in parts over the team: each packs its own weights.
        Some(per) => chunked_forward(&sizes, Some(per * plane), team, ep, |p, ys, _| {
            let (k0, cout) = (p.k0 / plane, per.min(g.chan_out - p.k0 / plane));
            let pg = Conv2dGeometry {
                chan_out: cout,
                ..*g
            };
            let cv = ChanVec::new(&pg);
            let wpk = packed(&cv, k0, cout, &w[k0 * g.patch()..]);
            cv.forward(isa, xs, from, 1, &wpk, &b[k0..], act, ys, to);
            wpk.hand_back(None);
            false
        }),
        None => {
            let cv = ChanVec::new(g);
            let wpk = packed(&cv, 0, g.chan_out, w);
            let y = chunked_forward(&sizes, None, None, ep, |p, ys, _| {
                let xs = &xs[p.first * image_in..];
                cv.forward(isa, xs, from, p.nimg, &wpk, b, act, ys, to);
                false
            });
            wpk.hand_back(None);
            y
        }
    }
}

/// Output channels per part where the channel-vector path splits one image's output channels
/// over a [`Team`] (`None` where it does not; the caller passes one only at inference): on a
/// single image of at least [`SPLIT_MIN_MACS`] multiply-adds, one part per thread of the team,
/// in whole blocks of 16 channels (a vector's; the last part may hold fewer channels). Each part
/// packs its own channels' weights and pads the whole input for itself. ResNet20's stride-2
/// convolutions (1.2 M multiply-adds) split: its batch-1 latency at 2 threads 1.02–1.05× as
/// fast (5 interleaved rounds); *strided*'s (0.3 M) stay whole: split from two parts of
/// [`TEAM_PART_MACS`], its latency took 1.13–1.20× the time.
fn chanvec_split(g: &Conv2dGeometry, team: Option<&Team>) -> Option<usize> {
    let macs = g.chan_out * g.positions() * g.patch();
    let team = team.filter(|_| g.batch == 1 && macs >= SPLIT_MIN_MACS)?;
    let per = team_parts(team, macs, g.chan_out, CHANNEL_BLOCK);
    (per < g.chan_out).then_some(per)
}

/// The output channels per part where a convolution of `macs` multiply-adds splits one image's
/// `cout` output channels over `team`: one part per thread of the team, but none under
/// [`TEAM_PART_MACS`] multiply-adds, in whole `unit`s of channels (the last part holds what
/// remains, which may be fewer).
fn team_parts(team: &Team, macs: usize, cout: usize, unit: usize) -> usize {
    let units = cout.div_ceil(unit);
    let parts = team.threads().min(macs / TEAM_PART_MACS).min(units);
    units.div_ceil(parts.max(1)) * unit
}

/// The wide-row layout of the direct path.
fn wide(g: &Conv2dGeometry) -> Wide {
    Wide {
        k: g.kernel,
        cin: g.chan_in,
        cout: g.chan_out,
        hp: g.h_in + 2 * g.padding,
        wp: g.w_in + 2 * g.padding,
    }
}

/// The input images of the direct and packed paths: zero-padded to `hp × wp` planes, followed by
/// [`Wide::SLACK`] zeros.
fn direct_input<S: Shape, E: CpuFloat>(g: &Conv2dGeometry, x: Opened<S, E, Cpu>) -> Vec<E> {
    let l = wide(g);
    let n = g.batch * l.image_in();
    if g.padding == 0 {
        // A recycled buffer: the images overwrite all but the slack, which is zeroed (stale values
        // there would meet the zero gradient of dropped positions, and 0 · NaN is NaN).
        let mut xin = scratch(n + Wide::SLACK);
        x.copy_to(&mut xin[..n]);
        xin[n..].fill(E::zero());
        if let Opened::Values(v, ..) = x {
            recycle(v);
        }
        return xin;
    }
    // Every value written, in parallel over the images: the padding zeroed, the rows copied.
    let (xd, p) = (x.read(), g.padding);
    let (image, plane) = (g.chan_in * g.h_in * g.w_in, g.h_in * g.w_in);
    let isa = Isa::detect();
    let write = |dst: &mut [std::mem::MaybeUninit<E>], src: &[E]| {
        for (dst, src) in dst
            .chunks_exact_mut(l.in_plane())
            .zip(src.chunks_exact(plane))
        {
            pad_plane(isa, &l, p, src, dst);
        }
    };
    // SAFETY: `write` writes each of an image's `chan_in` padded planes in full (`pad_plane`).
    let xin = unsafe {
        write_images(
            (g.batch, l.image_in(), Wide::SLACK),
            &xd,
            image,
            true,
            write,
        )
    };
    recycle(xd);
    xin
}

/// The plane `src` (`h_in × w_in`) into `dst` (`hp × wp` of layout `l`) with `p` zeros around it:
/// every value of `dst` written ([`direct::place_rows`]).
fn pad_plane<E: CpuFloat>(
    isa: Isa,
    l: &Wide,
    p: usize,
    src: &[E],
    dst: &mut [std::mem::MaybeUninit<E>],
) {
    let (h, w) = (l.hp - 2 * p, l.wp - 2 * p);
    assert!(src.len() == h * w && dst.len() == l.hp * l.wp);
    direct::place_rows(isa, src, w, dst, p * l.wp + p, l.wp);
}

/// What the forward pass keeps for the backward pass: the input data (for the direct path in its
/// padded layout; im2col matrices are rebuilt per image in the backward pass, which is cheaper
/// than keeping them all) and the weight data.
pub struct CpuConvSaved<E: CpuFloat> {
    path: Path,
    x: Vec<E>,
    w: Vec<E>,
    /// The folded activation and what its backward pass needs.
    ep: Epilogue<E>,
}

impl<E: CpuFloat> Drop for CpuConvSaved<E> {
    fn drop(&mut self) {
        recycle(std::mem::take(&mut self.x));
        recycle(std::mem::take(&mut self.w));
    }
}

/// Adds the bias gradient of output gradient `gy` (whole images, `[…, chan, positions]`) to `gb`
/// (one entry per channel).
fn add_bias_grad<E: CpuFloat>(gb: &mut [E], gy: &[E], positions: usize) {
    for (row, plane) in gy.chunks(positions.max(1)).enumerate() {
        gb[row % gb.len()] += crate::ops::sum(plane);
    }
}

/// The direct path's forward pass: one wide correlation per image, then the valid columns plus
/// the bias (and the epilogue `ep`) into the output, which it returns. The output is written once,
/// in parallel over chunks of images ([`parts_forward`]), without being zeroed first.
fn direct_forward<E: CpuFloat>(
    g: &Conv2dGeometry,
    split: Option<usize>,
    team: Option<&Team>,
    xin: &[E],
    wd: &[E],
    bd: &[E],
    ep: &mut Epilogue<E>,
) -> Vec<E> {
    let isa = Isa::detect();
    assert_eq!(bd.len(), g.chan_out, "conv2d: one bias per output channel");
    let l = wide(g);
    // What makes `parts_forward`'s promise hold: `gather` writes a whole `[cout, ho, wo]` image
    // (of the part's channels), and needs a bias per output channel to do so.
    assert!(
        l.ho() == g.h_out && l.wo() == g.w_out,
        "conv2d: inconsistent output size"
    );
    parts_forward(g, split, team, ep, |p, ys, ep| {
        // The part's output channels (all of them where the images are split).
        let l = wide(&p.g);
        let (w, b) = (p.weights(wd), p.biases(bd));
        let mut out = scratch(l.cout * l.out_pos());
        for (j, yi) in ys.chunks_exact_mut(p.g.image_out()).enumerate() {
            let n = p.first + j;
            direct::correlate(isa, l.forward(), &xin[n * l.image_in()..], w, &mut out);
            l.gather(isa, &out, b, yi, ep, j * p.g.image_out());
        }
        recycle(out);
    })
}

/// Output channels per part where a convolution's forward pass splits its output channels over
/// the threads, or `None` where it splits its images: inference on a single image (where the
/// images give one thread work), with two threads or more, and enough work to pay for the
/// hand-off:
/// - on the packed or Winograd path, from [`SPLIT_MIN_OUT`] output channels and
///   [`SPLIT_MIN_MACS`] multiply-adds, in parts of whole multiples of 8 channels, at least
///   [`SPLIT_MIN_OUT`]` / 2` (the last one holds what remains, which may be fewer); below that,
///   with a [`Team`], one part per thread of the team in whole multiples of 8 channels, but none
///   under [`TEAM_PART_MACS`] multiply-adds;
/// - on the direct path, with a [`Team`] (its helpers already awake), one part per thread of
///   the team but none under [`TEAM_PART_MACS`] multiply-adds (so from twice that, 131,072),
///   any channel count (the last part may hold fewer).
///
/// On the packed and Winograd paths each part packs (or transforms) the whole input for itself,
/// work that does not shrink with the part's channels: that pays only where a part has many
/// channels to share it. Batch-1 latency on a 2-core AVX2 VM, interleaved runs of the zoo
/// (`--only latency`): this rule made *wide* (64–256 channels) 1.27× as fast (8 runs,
/// 1.05–1.61) and left ResNet20 and *vgg* (up to 64 channels, no layer split) as they were.
/// Splitting every path from 8 channels per part instead made *vgg* slower (0.87–0.90×), and the
/// direct path alone (16–32 channels) too (*vgg* 0.93×): there the parts are a few microseconds
/// each, and waking rayon's sleeping worker for one costs 12–28 µs. With a team's worker
/// spinning, the direct path's parts share nothing but the input, which both read; on the
/// packed and Winograd paths the input's layout is made once for all parts, and each part packs
/// or transforms it again (a Winograd part transforms only its own channels' weights): with the
/// team, ResNet20's batch-1 latency at 2 threads 1.07–1.12× as fast (9 interleaved rounds),
/// *vgg* 1.03–1.04× (3 rounds).
fn channel_split(
    g: &Conv2dGeometry,
    train: bool,
    path: Path,
    team: Option<&Team>,
) -> Option<usize> {
    let threads = rayon::current_num_threads();
    let macs = g.chan_out * g.positions() * g.patch();
    if train || g.batch != 1 || threads < 2 {
        return None;
    }
    let per = match path {
        Path::Packed(_) | Path::Winograd(_)
            if g.chan_out >= SPLIT_MIN_OUT && macs >= SPLIT_MIN_MACS =>
        {
            let parts = threads.min(2 * g.chan_out / SPLIT_MIN_OUT);
            g.chan_out.div_ceil(parts.max(1)).div_ceil(8) * 8
        }
        Path::Packed(_) | Path::Winograd(_) => team_parts(team?, macs, g.chan_out, 8),
        Path::Direct => team_parts(team?, macs, g.chan_out, 1),
        _ => return None,
    };
    (per < g.chan_out).then_some(per)
}

/// The least multiply-adds of a part where the direct path splits over a [`Team`] (a microsecond
/// or two of work; [`channel_split`]): a layer of less than twice this stays whole, and on a wide
/// pool a small layer takes fewer parts than there are threads.
const TEAM_PART_MACS: usize = 1 << 16;

/// Multiply-adds from which a batch-1 convolution may split its output channels over the threads
/// ([`channel_split`]).
const SPLIT_MIN_MACS: usize = 1 << 20;

/// Output channels from which a batch-1 convolution may split them over the threads
/// ([`channel_split`]).
const SPLIT_MIN_OUT: usize = 128;

/// One task of a convolution's forward pass ([`parts_forward`]): `nimg` images from `first` on,
/// output channels `k0..k0 + g.chan_out`. `g` is the convolution's geometry with that many output
/// channels: the layer's own where the images are split, a part of it where the channels are.
struct Part {
    first: usize,
    nimg: usize,
    k0: usize,
    g: Conv2dGeometry,
}

impl Part {
    /// Task `i` of convolution `g`'s forward pass: `split` output channels of its one image each,
    /// or without `split` a chunk of [`chunk_len`] images.
    fn new(g: &Conv2dGeometry, split: Option<usize>, i: usize) -> Part {
        match split {
            Some(per) => Part {
                first: 0,
                nimg: 1,
                k0: i * per,
                g: Conv2dGeometry {
                    chan_out: per.min(g.chan_out - i * per),
                    ..*g
                },
            },
            None => {
                let per = chunk_len(g.batch);
                Part {
                    first: i * per,
                    nimg: per.min(g.batch - i * per),
                    k0: 0,
                    g: *g,
                }
            }
        }
    }

    /// The part's weights among the layer's `w` (`[cout][cin·k²]`).
    fn weights<'a, E>(&self, w: &'a [E]) -> &'a [E] {
        let patch = self.g.patch();
        &w[self.k0 * patch..][..self.g.chan_out * patch]
    }

    /// The part's biases among the layer's `b` (one per output channel).
    fn biases<'a, E>(&self, b: &'a [E]) -> &'a [E] {
        &b[self.k0..][..self.g.chan_out]
    }
}

/// Runs `fill(part, output, epilogue)` for the tasks of a forward pass in parallel and returns
/// the output, `fill` writing every element of its part's output (`[image][cout][ho][wo]` of its
/// images and channels) and applying the part's epilogue (a chunk of `ep`). The tasks are chunks
/// of images (`chunk_len`), or with `split` (a batch of one image, [`channel_split`]) parts of
/// `split` output channels: then each part's output is contiguous.
fn parts_forward<E: CpuFloat>(
    g: &Conv2dGeometry,
    split: Option<usize>,
    team: Option<&Team>,
    ep: &mut Epilogue<E>,
    fill: impl Fn(&Part, &mut [std::mem::MaybeUninit<E>], &mut EpilogueChunk<E>) + Sync,
) -> Vec<E> {
    assert!(
        split.is_none() || g.batch == 1,
        "conv2d: channel parts serve one image"
    );
    let n = g.batch * g.image_out();
    // Output elements per task.
    let len = match split {
        Some(per) => per * g.positions(),
        None => chunk_len(g.batch) * g.image_out(),
    };
    let mut y = fresh(n);
    let eps = ep.chunks(n.div_ceil(len.max(1)), len);
    let outs = &mut y.spare_capacity_mut()[..n];
    match (split, team) {
        (Some(_), Some(team)) => {
            // The team's helpers are awake: each part goes to whoever claims it first.
            let tasks: Vec<_> = (outs.chunks_mut(len.max(1)).zip(eps))
                .map(|t| Mutex::new(Some(t)))
                .collect();
            team.run(tasks.len(), &|i| {
                let task = tasks[i].lock().unwrap_or_else(|e| e.into_inner()).take();
                let (ys, mut ep) = task.expect("each part runs once");
                fill(&Part::new(g, split, i), ys, &mut ep)
            });
        }
        _ => {
            outs.par_chunks_mut(len.max(1))
                .zip(eps)
                .enumerate()
                .for_each(|(i, (ys, mut ep))| fill(&Part::new(g, split, i), ys, &mut ep));
        }
    }
    // SAFETY: the tasks cover the `n` elements, and `fill` wrote each of its part in full.
    unsafe { y.set_len(n) };
    y
}

/// Runs `f(first image, images, their output gradient, their input gradient)` on the batch's
/// chunks of images in parallel (`gx` split with them, when there is one) and returns what it
/// gives for each chunk beside the chunk's bias gradient.
fn per_chunk<E: CpuFloat, W: Send>(
    g: &Conv2dGeometry,
    gx: Option<&mut [E]>,
    grad_out: &[E],
    f: impl Fn(usize, usize, &[E], Option<&mut [E]>) -> W + Sync,
) -> Vec<(W, Vec<E>)> {
    let per = chunk_len(g.batch);
    optional_chunks(gx, g.batch.div_ceil(per), per * g.image_in())
        .into_par_iter()
        .enumerate()
        .map(|(ci, gxs)| {
            let n0 = ci * per;
            let nimg = per.min(g.batch - n0);
            let gys = &grad_out[n0 * g.image_out()..][..nimg * g.image_out()];
            let mut gb = vec![E::zero(); g.chan_out];
            add_bias_grad(&mut gb, gys, g.positions());
            (f(n0, nimg, gys, gxs), gb)
        })
        .collect()
}

/// The direct path's backward pass: per chunk of images, the output gradient spread onto wide
/// rows, one weight-gradient pass over the chunk, and per image the input gradient (cropped out
/// of the padded one) when there is a `gx`. Returns the chunks' partial weight and bias gradients.
fn direct_backward<E: CpuFloat>(
    g: &Conv2dGeometry,
    saved: &CpuConvSaved<E>,
    gx: Option<&mut [E]>,
    grad_out: &[E],
) -> Vec<(Vec<E>, Vec<E>)> {
    let (l, isa) = (wide(g), Isa::detect());
    let (kk, p) = (g.kernel * g.kernel, g.padding);
    let (gyp, front, lead) = (l.gy_plane(), l.front(), l.lead());
    // The input gradient correlates with the weights flipped and input/output channels swapped.
    let mut flipped = vec![E::zero(); if gx.is_some() { saved.w.len() } else { 0 }];
    for co in 0..if gx.is_some() { g.chan_out } else { 0 } {
        for ci in 0..g.chan_in {
            for t in 0..kk {
                flipped[(ci * g.chan_out + co) * kk + (kk - 1 - t)] =
                    saved.w[(co * g.chan_in + ci) * kk + t];
            }
        }
    }
    per_chunk(g, gx, grad_out, |n0, nimg, gys, gxs| {
        // `spread` writes every value of its planes, `correlate` every value of its output.
        // The planes start on a 64-byte boundary (16 spare floats to shift them by), so the
        // weight gradient's loads of the output gradient are aligned.
        let total = nimg * g.chan_out * gyp;
        let mut shift = 0;
        let fill = |buf: &mut [std::mem::MaybeUninit<E>]| {
            shift = match buf.as_ptr().align_offset(64) {
                o if o <= 16 => o,
                _ => 0,
            };
            let (head, rest) = buf.split_at_mut(shift);
            let (planes, tail) = rest.split_at_mut(total);
            head.fill(std::mem::MaybeUninit::new(E::zero()));
            tail.fill(std::mem::MaybeUninit::new(E::zero()));
            for (src, dst) in gys
                .chunks_exact(g.image_out())
                .zip(planes.chunks_exact_mut(g.chan_out * gyp))
            {
                l.spread(isa, src, dst);
            }
        };
        // SAFETY: `fill` writes the spare floats before and after the planes, and `spread` every
        // value of each image's planes (`gys` holds `nimg` images).
        let buf: Vec<E> = unsafe { scratch_filled(total + 16, fill) };
        let spread = &buf[shift..shift + total];
        let mut gw = vec![E::zero(); g.chan_out * g.chan_in * kk];
        let c = direct::Corr {
            out_plane: gyp,
            ..l.forward()
        };
        let x = &saved.x[n0 * l.image_in()..];
        direct::weight_grad(
            isa,
            c,
            x,
            l.image_in(),
            &spread[front..],
            g.chan_out * gyp,
            nimg,
            &mut gw,
        );
        let Some(gxs) = gxs else {
            recycle(buf);
            return gw;
        };
        let mut wide_gx = scratch(g.chan_in * l.in_pos());
        for (sp, gxi) in spread
            .chunks_exact(g.chan_out * gyp)
            .zip(gxs.chunks_exact_mut(g.image_in()))
        {
            let sp = &sp[front - lead..];
            direct::correlate(isa, l.input_grad(), sp, &flipped, &mut wide_gx);
            for (dst, src) in gxi
                .chunks_exact_mut(g.h_in * g.w_in)
                .zip(wide_gx.chunks_exact(l.in_pos()))
            {
                for (d, s) in dst
                    .chunks_exact_mut(g.w_in)
                    .zip(src[p * l.wp..].chunks(l.wp))
                {
                    for (d, &s) in d.iter_mut().zip(&s[p..]) {
                        *d += s;
                    }
                }
            }
        }
        recycle(buf);
        recycle(wide_gx);
        gw
    })
}

/// The forward pass of the packed, Winograd and channel-vector paths (`E` is `f32`):
/// `fill(part, y, relu)` writes every element of one part's output ([`parts_forward`]: a chunk
/// of images, or of a batch-1 call's output channels), in parallel over the parts, then the
/// epilogue runs on it. The output is written once, without being zeroed first. `relu` says
/// whether the epilogue is a ReLU that records nothing (`EpilogueChunk::folds_relu`), which
/// `fill` may apply as it writes the output: it returns whether it did, and the epilogue then
/// skips it.
fn chunked_forward<E: CpuFloat>(
    g: &Conv2dGeometry,
    split: Option<usize>,
    team: Option<&Team>,
    ep: &mut Epilogue<E>,
    fill: impl Fn(&Part, &mut [std::mem::MaybeUninit<f32>], bool) -> bool + Sync,
) -> Vec<E> {
    parts_forward(g, split, team, ep, |p, ys, ep| {
        let ys32 = E::as_f32_uninit(ys).expect("these paths run on f32");
        let folded = fill(p, ys32, ep.folds_relu());
        // SAFETY: `fill` wrote every element of `ys`.
        let ys = unsafe { &mut *(ys as *mut [std::mem::MaybeUninit<E>] as *mut [E]) };
        if !folded {
            ep.apply(0, ys);
        }
    })
}

/// Adds the input gradient of `nimg` images' output gradient `gy` to `gx` (when there is one):
/// by Winograd's forward pass where `ig` serves the convolution, else by the packed path's
/// products.
fn add_input_grad<E: CpuFloat>(
    t: &Tile,
    g: &Conv2dGeometry,
    ig: Option<&winograd::InputGrad>,
    w: &[f32],
    nimg: usize,
    gy: &[f32],
    gx: Option<&mut [E]>,
) {
    match (gx, ig) {
        (Some(gx), Some(ig)) => ig.add(t, gy, nimg, f32s_mut(gx)),
        (Some(gx), None) => packed::input_grad(t, g, nimg, w, gy, f32s_mut(gx)),
        (None, _) => {}
    }
}

/// The packed path's backward pass: per chunk of images, the weight gradient and (when there is a
/// `gx`) the input gradient as products. Returns the chunks' partial weight and bias gradients.
fn packed_backward<E: CpuFloat>(
    t: &Tile,
    g: &Conv2dGeometry,
    saved: &CpuConvSaved<E>,
    gx: Option<&mut [E]>,
    grad_out: &[E],
) -> Vec<(Vec<E>, Vec<E>)> {
    let (xp, w) = (f32s(&saved.x), f32s(&saved.w));
    // Stride-1 3×3 convolutions of 16 channels or more: the input gradient by Winograd.
    let wino = gx.as_ref().and_then(|_| winograd::InputGrad::new(t, g, w));
    let kk = g.patch();
    let image_in = packed::Phases::new(g).image();
    per_chunk(g, gx, grad_out, |n0, nimg, gys, gxs| {
        let mut gw = vec![E::zero(); g.chan_out * kk];
        let (gys, xs) = (f32s(gys), &xp[n0 * image_in..]);
        packed::weight_grad(t, g, xs, nimg, gys, f32s_mut(&mut gw));
        add_input_grad(t, g, wino.as_ref(), w, nimg, gys, gxs);
        gw
    })
}

/// The backward pass of a convolution whose forward pass took the channel-vector path, on that
/// path: per chunk of images, the weight gradient (`ChanVec::weight_grad`, on the images as they
/// are) and, when there is a `gx`, the input gradient (`ChanVec::input_grad`). Returns the
/// chunks' partial weight and bias gradients.
fn chanvec_backward<E: CpuFloat>(
    isa: Isa,
    g: &Conv2dGeometry,
    saved: &CpuConvSaved<E>,
    gx: Option<&mut [E]>,
    grad_out: &[E],
) -> Vec<(Vec<E>, Vec<E>)> {
    let (x, cv) = (f32s(&saved.x), ChanVec::new(g));
    let wt = gx.as_ref().map(|_| cv.input_grad_weights(f32s(&saved.w)));
    per_chunk(g, gx, grad_out, |n0, nimg, gys, gxs| {
        let mut gw = vec![E::zero(); g.chan_out * g.patch()];
        let gys = f32s(gys);
        cv.weight_grad(isa, &x[n0 * g.image_in()..], nimg, gys, f32s_mut(&mut gw));
        if let (Some(gxs), Some(wt)) = (gxs, &wt) {
            cv.input_grad(isa, wt, nimg, gys, f32s_mut(gxs));
        }
        gw
    })
}

/// Winograd's backward pass: per chunk of images, the weight gradient in the transform domain
/// (`Wino::weight_grad`, on the images as the forward pass kept them), the input gradient
/// as Winograd's forward pass over the output gradient (`winograd::InputGrad`, or the packed
/// path's where that does not serve the transposed geometry) and the bias gradient. The chunks'
/// transform-domain sums are added, then taken back to the weights once. Returns the weight and
/// bias gradients as one partial.
fn winograd_backward<E: CpuFloat>(
    t: &Tile,
    g: &Conv2dGeometry,
    saved: &CpuConvSaved<E>,
    gx: Option<&mut [E]>,
    grad_out: &[E],
) -> Vec<(Vec<E>, Vec<E>)> {
    let (x, w) = (f32s(&saved.x), f32s(&saved.w));
    let wino = Wino::new(g);
    let ig = gx.as_ref().and_then(|_| winograd::InputGrad::new(t, g, w));
    let partials = per_chunk(g, gx, grad_out, |n0, nimg, gys, gxs| {
        let gys = f32s(gys);
        // The images as the forward pass kept them: as they are where groups are laid out as
        // the passes go (`Wino::by_groups`), else laid out.
        let xs = wino.images_from(x, n0, !wino.by_groups());
        let du = wino.weight_grad(t, xs, nimg, gys);
        add_input_grad(t, g, ig.as_ref(), w, nimg, gys, gxs);
        du
    });
    // The chunks' sums added in the transform domain, then taken to the weights once.
    let (mut dus, mut gbs): (Vec<_>, Vec<_>) = partials.into_iter().unzip();
    if dus.is_empty() {
        return Vec::new();
    }
    let (mut du, mut gb) = (dus.remove(0), gbs.remove(0));
    crate::ops::add_all(&mut du, &dus);
    crate::ops::add_all(&mut gb, &gbs);
    dus.into_iter().for_each(recycle);
    let mut gw = vec![E::zero(); g.chan_out * g.patch()];
    wino.add_weight_grads(&du, f32s_mut(&mut gw));
    recycle(du);
    vec![(gw, gb)]
}

/// The slice as `f32`s: only the packed path calls it, which runs on `f32` alone.
fn f32s<E: CpuFloat>(s: &[E]) -> &[f32] {
    E::as_f32(s).expect("the packed path runs on f32")
}

/// The slice as `f32`s (see [`f32s`]).
fn f32s_mut<E: CpuFloat>(s: &mut [E]) -> &mut [f32] {
    E::as_f32_mut(s).expect("the packed path runs on f32")
}

impl<E: CpuFloat> Conv2dKernel<E> for Cpu {
    type Saved = CpuConvSaved<E>;

    fn conv2d_forward<S: Shape, W: Shape, B: Shape>(
        &self,
        g: &Conv2dGeometry,
        x: Opened<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: Option<&Tensor<B, E, Self>>,
        affine: Option<&ChannelAffine>,
        epilogue: Option<Activation>,
        team: Option<&Team>,
        keep: Option<Keep>,
        train: bool,
    ) -> Computed<E, Self, Self::Saved> {
        crate::ops::tune_allocator();
        let path = choose::<E>(g, train);
        let split = channel_split(g, train, path, team);
        // The team where one image's channel parts run on one: its threads lay out the input,
        // and the weights and the parts' scratch come from its buffers (the weights handed back
        // once the output is written).
        let on = split.and(team);
        let keep = keep.filter(|_| !train);
        // The team whose buffers the forms made for this call alone come from: a kept form
        // outlives the call, so it is made in buffers of its own.
        let made_on = on.filter(|_| keep.is_none());
        let held = weights_and_bias(g, weight, bias, affine, made_on, keep);
        let (wd, bd) = (&held.0, &held.1);
        let mut ep = Epilogue::new(epilogue, g.batch * g.image_out(), train);
        if path != Path::Im2col {
            let (xin, y) = match path {
                Path::Packed(t) => {
                    let xd = x.read();
                    let q = packed::Phases::new(g);
                    let xq = match on {
                        Some(team) => q.lay_out_on_team(&xd, 0, team),
                        None => q.lay_out(&xd, g.batch),
                    };
                    recycle(xd);
                    let image = q.image();
                    let (w, b) = (f32s(wd), f32s(bd));
                    // A ReLU that records nothing goes into the output pass, as on Winograd's.
                    let y = chunked_forward(g, split, team, &mut ep, |p, ys, relu| {
                        let xs = &f32s(&xq)[p.first * image..];
                        let bias = (p.biases(b), relu);
                        packed::forward(&t, &p.g, xs, p.nimg, p.weights(w), bias, ys, on);
                        relu
                    });
                    (xq, y)
                }
                Path::Winograd(t) => {
                    // The products read the images in 4 × 4 phases, which each chunk of images
                    // lays out a group at a time as it goes where a group's layout is small
                    // (`Wino::by_groups`); otherwise, and where parts of one image's output
                    // channels share one layout, the whole batch is laid out first. The backward
                    // pass's weight gradient reads the images as the forward pass kept them:
                    // laid out again a group at a time, or in the whole layout.
                    let wino = Wino::new(g);
                    let xd = x.read();
                    let xq = (split.is_some() || !wino.by_groups()).then(|| match on {
                        Some(team) => wino.q.lay_out_on_team(&xd, winograd::SLACK, team),
                        None => wino.q.lay_out_with_slack(&xd, g.batch, winograd::SLACK),
                    });
                    let (w, b) = (f32s(wd), f32s(bd));
                    // The transformed weights (kept, or made for this call): once for all chunks
                    // of images, or each channel part its own (in parallel).
                    let transformed = |p: &Part, wp: &Wino, team: Option<&Team>| {
                        let (isa, k0, cout) = (t.isa, p.k0, p.g.chan_out);
                        Held::get(keep, Form::Winograd { isa, k0, cout }, || {
                            wp.weights(isa, p.weights(w), team)
                        })
                    };
                    let whole = split
                        .is_none()
                        .then(|| transformed(&Part::new(g, None, 0), &wino, None));
                    // A ReLU after the convolution goes into the output pass where it records
                    // nothing (`put_outputs`), instead of a pass of its own over the output.
                    let y = chunked_forward(g, split, team, &mut ep, |p, ys, relu| {
                        let xs = wino.images_from(
                            f32s(xq.as_ref().unwrap_or(&xd)),
                            p.first,
                            xq.is_some(),
                        );
                        let wp = Wino::new(&p.g);
                        let bias = (p.biases(b), relu);
                        match &whole {
                            Some(u) => wp.forward(&t, xs, p.nimg, u, bias, ys, on),
                            None => {
                                let u = transformed(p, &wp, made_on);
                                wp.forward(&t, xs, p.nimg, &u, bias, ys, on);
                                u.hand_back(made_on);
                            }
                        }
                        relu
                    });
                    match xq {
                        Some(xq) if !wino.by_groups() => {
                            recycle(xd);
                            (xq, y)
                        }
                        Some(xq) => {
                            recycle(xq);
                            (xd, y)
                        }
                        None => (xd, y),
                    }
                }
                Path::ChanVec(isa) => {
                    let xd = x.read();
                    // At inference the activation goes to the kernel, which applies it image by
                    // image as it writes them; in training the epilogue applies it and records
                    // what the backward pass needs.
                    let (act, planar) = (epilogue.filter(|_| !train), Layout::Planar);
                    let mut none = Epilogue::new(None, 0, false);
                    let ep = if train { &mut ep } else { &mut none };
                    let team = team.filter(|_| !train);
                    let (x, at) = ((&xd[..], planar), (team, keep));
                    let y = chanvec_forward(g, isa, x, wd, bd, ep, act, at, planar);
                    (xd, y)
                }
                _ => {
                    let xin = direct_input(g, x);
                    let y = direct_forward(g, split, team, &xin, wd, bd, &mut ep);
                    (xin, y)
                }
            };
            let (x, w) = if train {
                (xin, held.into_weights())
            } else {
                recycle(xin);
                held.hand_back(made_on);
                (Vec::new(), Vec::new())
            };
            return Ok((y, CpuConvSaved { path, x, w, ep }));
        }
        let xd = x.read();
        let (pk, l) = (g.patch(), g.positions());
        // The output starts as the bias, broadcast (one pass, no zero fill first).
        let mut y = fresh(g.batch * g.image_out());
        for _ in 0..g.batch {
            for &b in &bd[..g.chan_out] {
                y.extend(std::iter::repeat_n(b, l));
            }
        }
        let per = chunk_len(g.batch);
        let eps = ep.chunks(g.batch.div_ceil(per), per * g.image_out());
        y.par_chunks_mut((per * g.image_out()).max(1))
            .zip(xd.par_chunks((per * g.image_in()).max(1)))
            .zip(eps)
            .for_each(|((ys, xs), mut ep): ((_, _), EpilogueChunk<E>)| {
                let mut col = vec![E::zero(); pk * l];
                let images = ys.chunks_mut(g.image_out()).zip(xs.chunks(g.image_in()));
                for (j, (yi, xi)) in images.enumerate() {
                    im2col(g, xi, &mut col);
                    E::gemm(
                        g.chan_out,
                        pk,
                        l,
                        E::one(),
                        (wd, pk as isize, 1),
                        (&col, l as isize, 1),
                        E::one(),
                        (yi, l as isize, 1),
                    );
                    ep.apply(j * g.image_out(), yi);
                }
            });
        let (x, w) = if train {
            (xd, held.into_weights())
        } else {
            recycle(xd);
            held.hand_back(None);
            (Vec::new(), Vec::new())
        };
        Ok((y, CpuConvSaved { path, x, w, ep }))
    }

    fn conv2d_eval<S: Shape, W: Shape, B: Shape>(
        &self,
        g: &Conv2dGeometry,
        x: Opened<S, E, Self>,
        from: Layout,
        weight: &Tensor<W, E, Self>,
        bias: Option<&Tensor<B, E, Self>>,
        affine: Option<&ChannelAffine>,
        epilogue: Option<Activation>,
        team: Option<&Team>,
        keep: Option<Keep>,
        to: Layout,
    ) -> Result<(Vec<E>, Layout), Self::Err> {
        let Path::ChanVec(isa) = choose::<E>(g, false) else {
            // The other paths read and write planes.
            let x = x.into_planar(from);
            let (y, _) =
                self.conv2d_forward(g, x, weight, bias, affine, epilogue, team, keep, false)?;
            return Ok((y, Layout::Planar));
        };
        crate::ops::tune_allocator();
        let held = weights_and_bias(g, weight, bias, affine, None, keep);
        let xd = x.read();
        let mut none = Epilogue::new(None, 0, false);
        let (x, at) = ((&xd[..], from), (team, keep));
        let y = chanvec_forward(g, isa, x, &held.0, &held.1, &mut none, epilogue, at, to);
        recycle(xd);
        held.hand_back(None);
        Ok((y, to))
    }

    fn conv2d_backward(
        &self,
        g: &Conv2dGeometry,
        saved: Self::Saved,
        gx: Option<&mut Self::Vec>,
        grad_w: &mut Self::Vec,
        grad_b: Option<&mut Self::Vec>,
        grad_out: &[E],
    ) -> Result<(), CpuError> {
        let (pk, l) = (g.patch(), g.positions());
        let per = chunk_len(g.batch);
        let (xd, wd) = (&saved.x, &saved.w);
        // With a folded activation, the gradient of the convolution's own output is the incoming
        // one through the activation's derivative.
        let masked = saved.ep.grad(grad_out);
        let grad_out: &[E] = masked.as_deref().unwrap_or(grad_out);
        // Per chunk of images: the input gradient in place (when it is computed), and partial
        // weight and bias gradients.
        let gx = gx.map(|v| &mut v[..]);
        let partials: Vec<(Vec<E>, Vec<E>)> = match saved.path {
            Path::Packed(t) => packed_backward(&t, g, &saved, gx, grad_out),
            Path::ChanVec(isa) => chanvec_backward(isa, g, &saved, gx, grad_out),
            Path::Winograd(t) => winograd_backward(&t, g, &saved, gx, grad_out),
            Path::Direct => direct_backward(g, &saved, gx, grad_out),
            Path::Im2col => {
                optional_chunks(gx, g.batch.div_ceil(per), per * g.image_in())
                    .into_par_iter()
                    .zip(grad_out.par_chunks((per * g.image_out()).max(1)))
                    .zip(xd.par_chunks((per * g.image_in()).max(1)))
                    .map(|((mut gxs, gys), xs)| {
                        let mut gw = vec![E::zero(); g.chan_out * pk];
                        let mut gb = vec![E::zero(); g.chan_out];
                        let mut col = vec![E::zero(); pk * l];
                        let mut dcol = vec![E::zero(); pk * l];
                        let images = gys.chunks(g.image_out()).zip(xs.chunks(g.image_in()));
                        for (j, (gyi, xi)) in images.enumerate() {
                            add_bias_grad(&mut gb, gyi, l);
                            im2col(g, xi, &mut col);
                            // weight: gwᵀ += col · gyᵀ (this orientation packs the small gy, not col)
                            E::gemm(
                                pk,
                                l,
                                g.chan_out,
                                E::one(),
                                (&col, l as isize, 1),
                                (gyi, 1, l as isize),
                                E::one(),
                                (&mut gw, 1, pk as isize),
                            );
                            let Some(gxs) = gxs.as_deref_mut() else {
                                continue;
                            };
                            // input: dcol = wᵀ · gy, folded back into the image
                            E::gemm(
                                pk,
                                g.chan_out,
                                l,
                                E::one(),
                                (wd, 1, pk as isize),
                                (gyi, l as isize, 1),
                                E::zero(),
                                (&mut dcol, l as isize, 1),
                            );
                            col2im(g, &dcol, &mut gxs[j * g.image_in()..][..g.image_in()]);
                        }
                        (gw, gb)
                    })
                    .collect()
            }
        };
        if let Some(m) = masked {
            recycle(m);
        }
        let (pws, pbs): (Vec<_>, Vec<_>) = partials.into_iter().unzip();
        crate::ops::add_all(grad_w, &pws);
        if let Some(gb) = grad_b {
            crate::ops::add_all(gb, &pbs);
        }
        Ok(())
    }
}
