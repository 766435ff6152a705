//! Direct convolution for stride 1 and small square kernels (3×3, 5×5), on "wide rows".
//!
//! Every plane is stored flat with the (padded) input width `wp` as its row stride. Output
//! position `p = y·wp + x` of a stride-1 correlation reads input `p + ky·wp + kx`, so over a run of
//! consecutive positions every kernel tap reads a contiguous run of the input: the convolution is a
//! sum of shifted vector multiply-adds, with no im2col matrix and no packing. The last `wp − wo`
//! positions of each output row (which wrap into the next input row) are computed and dropped: 12%
//! extra work for LeNet-5's first layer, 29% for its second.
//!
//! The backward pass uses the same layout. The output gradient is spread onto wide rows with zeros
//! in the dropped columns and `lead = (k − 1)·wp + k − 1` zeros in front ([`Wide::spread`]); then
//! - the input gradient (of the padded input) is again a valid correlation, of the spread gradient
//!   with the flipped weights and the channels swapped;
//! - the weight gradient is a dot product of a gradient plane with a shifted input plane (the
//!   dropped columns contribute `0 · x`).
//!
//! The loops are generic over the float type; `f32` on x86-64 with AVX2 and FMA takes hand-vectorised
//! versions, picked at run time.
use std::mem::MaybeUninit;

use crate::ops::activation::EpilogueChunk;
use crate::ops::{CpuFloat, Isa};

/// `n` rounded up to a multiple of 16 (one AVX-512 vector of `f32`, two of AVX2).
fn round16(n: usize) -> usize {
    n.div_ceil(16) * 16
}

/// The wide-row layout of one stride-1 convolution.
#[derive(Clone, Copy, Debug)]
pub(super) struct Wide {
    /// Kernel size.
    pub k: usize,
    /// Input channels.
    pub cin: usize,
    /// Output channels.
    pub cout: usize,
    /// Padded input height.
    pub hp: usize,
    /// Padded input width: the row stride of every plane.
    pub wp: usize,
}

impl Wide {
    /// Floats a buffer of input images needs after its last image: the dropped positions of the last
    /// plane read up to `k + 14` floats past it.
    pub const SLACK: usize = 32;

    /// Output height.
    pub fn ho(&self) -> usize {
        self.hp + 1 - self.k
    }
    /// Output width.
    pub fn wo(&self) -> usize {
        self.wp + 1 - self.k
    }
    /// Floats per input plane (`hp·wp`).
    pub fn in_plane(&self) -> usize {
        self.hp * self.wp
    }
    /// Floats per input image.
    pub fn image_in(&self) -> usize {
        self.cin * self.in_plane()
    }
    /// Positions computed per output plane: `ho·wp`, rounded up to 16.
    pub fn out_pos(&self) -> usize {
        round16(self.ho() * self.wp)
    }
    /// Positions of the input gradient per plane: `hp·wp`, rounded up to 16.
    pub fn in_pos(&self) -> usize {
        round16(self.in_plane())
    }
    /// Zeros the input-gradient correlation needs in front of each output-gradient plane.
    pub fn lead(&self) -> usize {
        (self.k - 1) * self.wp + self.k - 1
    }
    /// Zeros in front of each spread output-gradient plane: [`Wide::lead`] rounded up to 16, so
    /// that every plane's values start a whole number of vectors into the buffer (in a buffer
    /// whose start is aligned, the weight gradient's loads of them are aligned).
    pub fn front(&self) -> usize {
        round16(self.lead())
    }
    /// Floats per spread output-gradient plane (a multiple of 16).
    pub fn gy_plane(&self) -> usize {
        self.in_pos() + self.front()
    }
    /// The forward correlation: input planes of `hp·wp`, output planes of [`Wide::out_pos`].
    pub fn forward(&self) -> Corr {
        Corr {
            k: self.k,
            wp: self.wp,
            cin: self.cin,
            in_plane: self.in_plane(),
            cout: self.cout,
            out_plane: self.out_pos(),
            npos: self.out_pos(),
            live: (0, usize::MAX),
        }
    }
    /// The input-gradient correlation: the spread output gradient in (from
    /// [`Wide::front`]` − `[`Wide::lead`] into the spread buffer, so that each plane starts `lead`
    /// zeros before its values), the gradient of the padded input (planes of [`Wide::in_pos`]) out.
    pub fn input_grad(&self) -> Corr {
        Corr {
            k: self.k,
            wp: self.wp,
            cin: self.cout,
            in_plane: self.gy_plane(),
            cout: self.cin,
            out_plane: self.in_pos(),
            npos: self.in_pos(),
            live: (self.lead(), self.lead() + self.ho() * self.wp),
        }
    }
    /// Adds `bias` to the valid columns of the wide output planes `wide` and writes them to the
    /// `[cout, ho, wo]` image `out` (every element of `out` is written), then applies the epilogue
    /// `ep`, `out` being elements `at..` of its chunk. `f32` takes vector loops (`isa`), which
    /// apply a ReLU that records nothing (inference) as they write.
    pub fn gather<E: CpuFloat>(
        &self,
        isa: Isa,
        wide: &[E],
        bias: &[E],
        out: &mut [MaybeUninit<E>],
        ep: &mut EpilogueChunk<E>,
        at: usize,
    ) {
        let (ho, wo) = (self.ho(), self.wo());
        let n = self.cout * ho * wo;
        assert!(wide.len() >= self.cout * self.out_pos() && bias.len() >= self.cout);
        let out = &mut out[..n];
        let relu = ep.folds_relu();
        let folded = match (E::as_f32(wide), E::as_f32(bias), E::as_f32_uninit(out)) {
            (Some(planes), Some(bias), Some(out)) if isa != Isa::Scalar && n > 0 => {
                // (Not named `wide`: the macro defines a function of that name.)
                let l = *self;
                vectorised!(isa, gather_rows(l: Wide, planes: &[f32], bias: &[f32], relu: bool, out: &mut [MaybeUninit<f32>]));
                relu
            }
            _ => {
                for ((dst, src), &b) in out
                    .chunks_exact_mut(ho * wo)
                    .zip(wide.chunks_exact(self.out_pos()))
                    .zip(bias)
                {
                    for (d, s) in dst.chunks_exact_mut(wo).zip(src.chunks(self.wp)) {
                        for (d, &s) in d.iter_mut().zip(&s[..wo]) {
                            d.write(s + b);
                        }
                    }
                }
                false
            }
        };
        // SAFETY: both branches wrote every element of `out`: `cout` planes (there are that many
        // wide planes and biases, asserted above) of `ho` rows of `wo` values (each wide plane
        // holds `ho` rows of `wp >= wo`).
        let out = unsafe { &mut *(out as *mut [MaybeUninit<E>] as *mut [E]) };
        if !folded {
            // One call for the whole image: the activation's vector loop then runs on long rows.
            ep.apply(at, out);
        }
    }

    /// Writes the `[cout, ho, wo]` output gradient `gy` onto the wide planes `dst`
    /// ([`Wide::gy_plane`] floats each): [`Wide::front`] zeros, then rows of `wp` with zeros after
    /// `wo` (each plane by [`place_rows`]). Every value of `dst` is written.
    pub fn spread<E: CpuFloat>(&self, isa: Isa, gy: &[E], dst: &mut [MaybeUninit<E>]) {
        let (ho, wo) = (self.ho(), self.wo());
        assert!(gy.len() == self.cout * ho * wo && dst.len() == self.cout * self.gy_plane());
        for (src, plane) in gy
            .chunks_exact(ho * wo)
            .zip(dst.chunks_exact_mut(self.gy_plane()))
        {
            place_rows(isa, src, wo, plane, self.front(), self.wp);
        }
    }
}

/// The vector loop of [`Wide::gather`]: each output row by whole vectors (the last partial one
/// masked), the bias added and with `relu` the ReLU applied.
#[inline(always)]
fn gather_rows<S: crate::ops::simd::Simd>(
    s: S,
    l: Wide,
    wide: &[f32],
    bias: &[f32],
    relu: bool,
    out: &mut [MaybeUninit<f32>],
) {
    let (ho, wo, lanes) = (l.ho(), l.wo(), S::LANES);
    for ((dst, src), &b) in out
        .chunks_exact_mut(ho * wo)
        .zip(wide.chunks_exact(l.out_pos()))
        .zip(bias)
    {
        let b = s.splat(b);
        for (d, src) in dst.chunks_exact_mut(wo).zip(src.chunks(l.wp)) {
            for (d, src) in d.chunks_mut(lanes).zip(src[..wo].chunks(lanes)) {
                let v = s.add(s.load_first(src), b);
                let v = if relu { s.relu(v) } else { v };
                s.store_first_uninit(d, v);
            }
        }
    }
}

/// Copies the rows of `src` (`w` values each) to `dst[at..]`, `dst[at + stride..]`, … and zeros
/// every other value of `dst`: a zero-padded input plane, or a wide plane of the output gradient.
/// Every value of `dst` is written once or more.
///
/// `f32` with vectors (`isa`) zeros the whole plane by vectors, then copies each row over it by
/// vectors, the last one ending at the row's end (overlapping the one before; a row narrower than
/// a vector is one masked move). It wrote every value once before, walking the plane front to back
/// (the zeros before a row, the row, the zeros after it, vectors running into the next piece and
/// overwritten by it), and spent longer on that walk's bookkeeping than on the stores: ResNet20's
/// training profile at 1 thread showed 3.2% in this function then, 1.9% now (`perf record`,
/// `zoo --model resnet20 --only train --threads 1`).
pub(super) fn place_rows<E: CpuFloat>(
    isa: Isa,
    src: &[E],
    w: usize,
    dst: &mut [MaybeUninit<E>],
    at: usize,
    stride: usize,
) {
    let rows = src.len().checked_div(w).unwrap_or(0);
    assert!(
        src.len() == rows * w
            && w <= stride
            && (rows == 0 || at + (rows - 1) * stride + w <= dst.len()),
        "rows out of the plane"
    );
    if let (Some(src), Some(dst), true) = (
        E::as_f32(src),
        E::as_f32_uninit(dst),
        isa != Isa::Scalar && w > 0,
    ) {
        use crate::ops::simd::Simd;
        #[inline(always)]
        fn body<S: Simd>(
            s: S,
            src: &[f32],
            w: usize,
            dst: &mut [MaybeUninit<f32>],
            at: usize,
            stride: usize,
        ) {
            let (lanes, n) = (S::LANES, dst.len());
            // The whole plane zeroed by whole vectors (the last one masked), then the rows
            // copied over it.
            for k in (0..n).step_by(lanes) {
                s.store_first_uninit(&mut dst[k..n.min(k + lanes)], s.zero());
            }
            for (r, row) in src.chunks_exact(w).enumerate() {
                copy_row(s, row, &mut dst[at + r * stride..]);
            }
        }
        vectorised!(
            isa,
            body(
                src: &[f32],
                w: usize,
                dst: &mut [MaybeUninit<f32>],
                at: usize,
                stride: usize
            )
        );
        return;
    }
    dst.fill(MaybeUninit::new(E::zero()));
    if w > 0 {
        for (row, src) in dst[at..].chunks_mut(stride).zip(src.chunks_exact(w)) {
            for (d, &s) in row[..w].iter_mut().zip(src) {
                d.write(s);
            }
        }
    }
}

/// `row` into the front of `dst`, by vectors: whole ones, the last ending at the row's end (over
/// the one before); a row narrower than a vector by one masked move.
#[inline(always)]
pub(super) fn copy_row<S: crate::ops::simd::Simd>(s: S, row: &[f32], dst: &mut [MaybeUninit<f32>]) {
    let (l, w) = (S::LANES, row.len());
    let dst = &mut dst[..w];
    if w < l {
        s.store_first_uninit(dst, s.load_first(row));
        return;
    }
    let mut k = 0;
    while k + l < w {
        s.store_uninit(&mut dst[k..], s.load(&row[k..]));
        k += l;
    }
    s.store_uninit(&mut dst[w - l..], s.load(&row[w - l..]));
}

/// One correlation on wide rows: `out[o][p] = Σ_i Σ_ky,kx wt[o][i][ky][kx] · inp[i][p + ky·wp + kx]`
/// for `p < npos`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Corr {
    /// Kernel size.
    pub k: usize,
    /// Row stride.
    pub wp: usize,
    /// Input planes.
    pub cin: usize,
    /// Distance between input planes.
    pub in_plane: usize,
    /// Output planes.
    pub cout: usize,
    /// Distance between output planes.
    pub out_plane: usize,
    /// Positions computed per output plane (a multiple of 16).
    pub npos: usize,
    /// The part of every input plane that may be nonzero; kernel rows that read only outside it
    /// are skipped (the spread output gradient's leading and trailing zeros).
    pub live: (usize, usize),
}

impl Corr {
    /// The furthest input float one image's correlation reads, plus one.
    fn in_extent(&self) -> usize {
        (self.cin - 1) * self.in_plane + self.npos + (self.k - 1) * (self.wp + 1)
    }
    /// Floats of one image's output.
    fn out_extent(&self) -> usize {
        (self.cout - 1) * self.out_plane + self.npos
    }
    fn taps(&self) -> usize {
        self.cin * self.k * self.k
    }
}

/// `out[o][p] = Σ_i Σ_ky,kx wt[o][i][ky][kx] · inp[i][p + ky·wp + kx]` (see [`Corr`]); `wt` is
/// `[cout, cin, k, k]`. Overwrites the `npos` positions of every output plane. `f32` takes the
/// vector loops of `isa`.
pub(super) fn correlate<E: CpuFloat>(isa: Isa, c: Corr, inp: &[E], wt: &[E], out: &mut [E]) {
    assert!(c.npos.is_multiple_of(16) && c.cin > 0 && c.cout > 0);
    assert!(inp.len() >= c.in_extent(), "correlate: input too short");
    assert!(
        wt.len() >= c.cout * c.taps(),
        "correlate: weights too short"
    );
    assert!(out.len() >= c.out_extent(), "correlate: output too short");
    #[cfg(target_arch = "x86_64")]
    if let (Some(inp), Some(wt)) = (E::as_f32(inp), E::as_f32(wt)) {
        let out = E::as_f32_mut(out).expect("f32 like the input");
        if simd::correlate(isa, c, inp, wt, out) {
            return;
        }
    }
    let (k, taps) = (c.k, c.taps());
    for o in 0..c.cout {
        let dst = &mut out[o * c.out_plane..][..c.npos];
        dst.fill(E::zero());
        for i in 0..c.cin {
            for ky in 0..k {
                for kx in 0..k {
                    let w = wt[o * taps + (i * k + ky) * k + kx];
                    let src = &inp[i * c.in_plane + ky * c.wp + kx..][..c.npos];
                    for (d, &s) in dst.iter_mut().zip(src) {
                        *d += w * s;
                    }
                }
            }
        }
    }
}

/// `gw[o][i][ky][kx] += Σ_img Σ_p gy[img][o][p] · x[img][i][p + ky·wp + kx]` for `p < c.npos`: the
/// weight gradient of [`correlate`] over `nimg` images, given their spread output gradients (`gy`
/// starts at the first image's first value after `lead`; images `gy_img` apart, planes
/// `c.out_plane` apart) and inputs (`x_img` apart). `f32` takes the vector loops of `isa`.
#[allow(clippy::too_many_arguments)]
pub(super) fn weight_grad<E: CpuFloat>(
    isa: Isa,
    c: Corr,
    x: &[E],
    x_img: usize,
    gy: &[E],
    gy_img: usize,
    nimg: usize,
    gw: &mut [E],
) {
    if nimg == 0 {
        return;
    }
    assert!(c.npos.is_multiple_of(16) && c.cin > 0 && c.cout > 0);
    assert!(
        x.len() >= (nimg - 1) * x_img + c.in_extent(),
        "weight_grad: input too short"
    );
    assert!(
        gy.len() >= (nimg - 1) * gy_img + c.out_extent(),
        "weight_grad: gradient too short"
    );
    assert!(
        gw.len() >= c.cout * c.taps(),
        "weight_grad: weight gradient too short"
    );
    #[cfg(target_arch = "x86_64")]
    if let (Some(x), Some(gy)) = (E::as_f32(x), E::as_f32(gy)) {
        let gw = E::as_f32_mut(gw).expect("f32 like the input");
        if simd::weight_grad(isa, c, x, x_img, gy, gy_img, nimg, gw) {
            return;
        }
    }
    let (k, taps) = (c.k, c.taps());
    for img in 0..nimg {
        for o in 0..c.cout {
            let g = &gy[img * gy_img + o * c.out_plane..][..c.npos];
            for i in 0..c.cin {
                for ky in 0..k {
                    for kx in 0..k {
                        let xs = &x[img * x_img + i * c.in_plane + ky * c.wp + kx..][..c.npos];
                        let dot = g.iter().zip(xs).fold(E::zero(), |a, (&g, &x)| a + g * x);
                        gw[o * taps + (i * k + ky) * k + kx] += dot;
                    }
                }
            }
        }
    }
}

/// Kernel sizes the direct path is compiled for.
pub(super) fn supports_kernel(k: usize) -> bool {
    matches!(k, 3 | 5)
}

/// Hand-vectorised `f32` loops for x86-64 with AVX2 and FMA.
/// Hand-vectorised `f32` loops for x86-64, written once over the vector operations of
/// [`Simd`] and compiled for AVX2 with FMA (8 lanes, 16 registers) and for AVX-512 (16 lanes, 32
/// registers, so twice the tile).
#[cfg(target_arch = "x86_64")]
mod simd {
    use super::Corr;
    use crate::ops::simd::{Avx2, Avx512, Simd};
    use crate::ops::Isa;

    /// `super::correlate` for `f32` on instruction set `isa`; false (and nothing done) when `isa`
    /// has no vector loops or the kernel size none compiled.
    pub fn correlate(isa: Isa, c: Corr, inp: &[f32], wt: &[f32], out: &mut [f32]) -> bool {
        #[target_feature(enable = "avx512f")]
        fn wide<const K: usize>(s: Avx512, c: Corr, inp: &[f32], wt: &[f32], out: &mut [f32]) {
            correlate_with::<Avx512, K>(s, c, inp, wt, out)
        }
        #[target_feature(enable = "avx2,fma")]
        fn narrow<const K: usize>(s: Avx2, c: Corr, inp: &[f32], wt: &[f32], out: &mut [f32]) {
            correlate_with::<Avx2, K>(s, c, inp, wt, out)
        }
        // SAFETY (every call below): `isa` is one the CPU has (`Isa` values come from run-time
        // detection), so its token may be made, and the function's instruction set is there.
        match (isa, c.k) {
            (Isa::Avx512, 3) => unsafe { wide::<3>(Avx512::new(), c, inp, wt, out) },
            (Isa::Avx512, 5) => unsafe { wide::<5>(Avx512::new(), c, inp, wt, out) },
            (Isa::Avx2, 3) => unsafe { narrow::<3>(Avx2::new(), c, inp, wt, out) },
            (Isa::Avx2, 5) => unsafe { narrow::<5>(Avx2::new(), c, inp, wt, out) },
            _ => return false,
        }
        true
    }

    /// `super::weight_grad` for `f32` on instruction set `isa`; false (and nothing done) as for
    /// [`correlate`].
    #[allow(clippy::too_many_arguments)]
    pub fn weight_grad(
        isa: Isa,
        c: Corr,
        x: &[f32],
        x_img: usize,
        gy: &[f32],
        gy_img: usize,
        nimg: usize,
        gw: &mut [f32],
    ) -> bool {
        type Args<'a> = (Corr, &'a [f32], usize, &'a [f32], usize, usize);
        #[target_feature(enable = "avx512f")]
        fn wide<const K: usize>(s: Avx512, a: Args, gw: &mut [f32]) {
            // Output planes per block: 8·K accumulators of the 32 registers for K = 3, 4·5 for 5.
            if K <= 3 {
                weight_grad_with::<Avx512, K, 8>(s, a, gw)
            } else {
                weight_grad_with::<Avx512, K, 4>(s, a, gw)
            }
        }
        #[target_feature(enable = "avx2,fma")]
        fn narrow<const K: usize>(s: Avx2, a: Args, gw: &mut [f32]) {
            // 4·3 or 2·5 accumulators of the 16 registers.
            if K <= 3 {
                weight_grad_with::<Avx2, K, 4>(s, a, gw)
            } else {
                weight_grad_with::<Avx2, K, 2>(s, a, gw)
            }
        }
        let a = (c, x, x_img, gy, gy_img, nimg);
        // SAFETY (every call below): as in `correlate`.
        match (isa, c.k) {
            (Isa::Avx512, 3) => unsafe { wide::<3>(Avx512::new(), a, gw) },
            (Isa::Avx512, 5) => unsafe { wide::<5>(Avx512::new(), a, gw) },
            (Isa::Avx2, 3) => unsafe { narrow::<3>(Avx2::new(), a, gw) },
            (Isa::Avx2, 5) => unsafe { narrow::<5>(Avx2::new(), a, gw) },
            _ => return false,
        }
        true
    }

    /// `OB` output planes × `LANES·NB` positions from `p0`: `OB·NB` accumulators; each input
    /// vector is loaded once for all `OB` planes and each weight once for all `NB` vectors. `wpk`
    /// holds the block's weights packed `[cin][k·k][OB]`.
    #[inline(always)]
    fn tile<S: Simd, const K: usize, const OB: usize, const NB: usize>(
        s: S,
        c: Corr,
        inp: &[f32],
        wpk: &[f32],
        out: &mut [f32],
        o0: usize,
        p0: usize,
    ) {
        let l = S::LANES;
        let mut acc = [[s.zero(); NB]; OB];
        // Kernel row `ky` reads `[p0 + ky·wp, p0 + ky·wp + L·NB + K − 1)` of each plane; only the
        // rows that meet `c.live` contribute.
        let (lo, hi) = c.live;
        let span = p0 + l * NB + K - 1;
        let ky_lo = if span > lo { 0 } else { (lo - span) / c.wp + 1 };
        let ky_hi = if p0 >= hi {
            0
        } else {
            K.min((hi - p0).div_ceil(c.wp))
        };
        for i in 0..c.cin {
            let wi = &wpk[i * K * K * OB..][..K * K * OB];
            for ky in ky_lo..ky_hi {
                let row = &inp[i * c.in_plane + ky * c.wp + p0..][..l * NB + K - 1];
                for kx in 0..K {
                    let mut v = [s.zero(); NB];
                    for (n, v) in v.iter_mut().enumerate() {
                        *v = s.load(&row[kx + l * n..]);
                    }
                    let wt = &wi[(ky * K + kx) * OB..][..OB];
                    for (a, &w) in acc.iter_mut().zip(wt) {
                        let w = s.splat(w);
                        for (an, &vn) in a.iter_mut().zip(&v) {
                            *an = s.fmadd(w, vn, *an);
                        }
                    }
                }
            }
        }
        for (b, a) in acc.iter().enumerate() {
            let d = &mut out[(o0 + b) * c.out_plane + p0..][..l * NB];
            for (n, &an) in a.iter().enumerate() {
                s.store(&mut d[l * n..], an);
            }
        }
    }

    /// All positions of the output planes `o0..o0 + OB`: tiles of as many vectors as the
    /// registers hold (`OB·NB` accumulators, `NB` input vectors and a weight).
    #[inline(always)]
    fn block<S: Simd, const K: usize, const OB: usize>(
        s: S,
        c: Corr,
        inp: &[f32],
        wt: &[f32],
        out: &mut [f32],
        o0: usize,
    ) {
        let taps = c.cin * K * K;
        let mut wpk = vec![0f32; taps * OB];
        for b in 0..OB {
            for (t, &w) in wt[(o0 + b) * taps..][..taps].iter().enumerate() {
                wpk[t * OB + b] = w;
            }
        }
        let l = S::LANES;
        let mut p0 = 0;
        if l == 16 {
            while p0 + 6 * l <= c.npos {
                tile::<S, K, OB, 6>(s, c, inp, &wpk, out, o0, p0);
                p0 += 6 * l;
            }
        }
        if l == 16 || OB <= 3 {
            while p0 + 3 * l <= c.npos {
                tile::<S, K, OB, 3>(s, c, inp, &wpk, out, o0, p0);
                p0 += 3 * l;
            }
        }
        while p0 + 2 * l <= c.npos {
            tile::<S, K, OB, 2>(s, c, inp, &wpk, out, o0, p0);
            p0 += 2 * l;
        }
        while p0 < c.npos {
            tile::<S, K, OB, 1>(s, c, inp, &wpk, out, o0, p0);
            p0 += l;
        }
    }

    /// As `super::correlate`, with the vector operations of `S`.
    #[inline(always)]
    fn correlate_with<S: Simd, const K: usize>(
        s: S,
        c: Corr,
        inp: &[f32],
        wt: &[f32],
        out: &mut [f32],
    ) {
        let mut o = 0;
        while o < c.cout {
            // AVX2: blocks of up to 6 planes, as even as the count allows (16 = 6 + 5 + 5), so
            // that a tile of 2 vectors holds 12 accumulators and each step's 2 input loads and
            // 6 broadcasts feed 12 multiply-adds (blocks of 4: 6 loads for 8; vgg training
            // 1.09×, ResNet20 1.03×, both builds pinned at once). AVX-512: blocks of 4 planes
            // with tiles of up to 6 vectors.
            let left = c.cout - o;
            let ob = if S::LANES == 8 {
                left.div_ceil(left.div_ceil(6))
            } else {
                left.min(4)
            };
            match ob {
                6 => block::<S, K, 6>(s, c, inp, wt, out, o),
                5 => block::<S, K, 5>(s, c, inp, wt, out, o),
                4 => block::<S, K, 4>(s, c, inp, wt, out, o),
                3 => block::<S, K, 3>(s, c, inp, wt, out, o),
                2 => block::<S, K, 2>(s, c, inp, wt, out, o),
                _ => block::<S, K, 1>(s, c, inp, wt, out, o),
            }
            o += ob;
        }
    }

    /// The weight gradient of output planes `o0..o0 + OB`, input plane `i`, kernel row `ky`, for one
    /// image: `OB·K` vector accumulators kept in `vacc` (`[OB][K]` vectors) between images.
    #[inline(always)]
    fn wtile<S: Simd, const K: usize, const OB: usize>(
        s: S,
        c: Corr,
        xrow: &[f32],
        gy: &[f32],
        o0: usize,
        vacc: &mut [f32],
    ) {
        let l = S::LANES;
        let vacc = &mut vacc[..OB * K * l];
        let mut acc = [[s.zero(); K]; OB];
        for (b, a) in acc.iter_mut().enumerate() {
            for (kx, v) in a.iter_mut().enumerate() {
                *v = s.load(&vacc[(b * K + kx) * l..]);
            }
        }
        // Slices cut to whole vectors up front, so that the loop's loads need no bounds checks.
        let nv = c.npos / l;
        let xrow = &xrow[..nv * l + K - 1];
        let planes: [&[f32]; OB] = std::array::from_fn(|b| &gy[(o0 + b) * c.out_plane..][..nv * l]);
        for v in 0..nv {
            let p = v * l;
            // The `K` shifted input vectors, then one gradient vector at a time: `OB·K`
            // accumulators, `K` inputs and one gradient fit the registers (all `OB` gradient
            // vectors at once did not, and accumulators went to the stack every step).
            let xs = &xrow[p..p + l + K - 1];
            let mut xv = [s.zero(); K];
            for (kx, xv) in xv.iter_mut().enumerate() {
                *xv = s.load(&xs[kx..kx + l]);
            }
            for (a, plane) in acc.iter_mut().zip(&planes) {
                let gb = s.load(&plane[p..p + l]);
                for (a, &xv) in a.iter_mut().zip(&xv) {
                    *a = s.fmadd(gb, xv, *a);
                }
            }
        }
        for (b, a) in acc.iter().enumerate() {
            for (kx, &v) in a.iter().enumerate() {
                s.store(&mut vacc[(b * K + kx) * l..], v);
            }
        }
    }

    /// One image's contribution for the output planes `o0..o0 + OB`.
    #[inline(always)]
    fn wblock<S: Simd, const K: usize, const OB: usize>(
        s: S,
        c: Corr,
        x: &[f32],
        gy: &[f32],
        o0: usize,
        vacc: &mut [f32],
    ) {
        for i in 0..c.cin {
            for ky in 0..K {
                let at = (o0 * c.cin * K * K + (i * K + ky) * OB * K) * S::LANES;
                let xrow = &x[i * c.in_plane + ky * c.wp..];
                wtile::<S, K, OB>(s, c, xrow, gy, o0, &mut vacc[at..]);
            }
        }
    }

    /// As `super::weight_grad`, with the vector operations of `S` and blocks of `OB` output
    /// planes. Accumulates in vectors across all images and sums the lanes once at the end.
    #[inline(always)]
    fn weight_grad_with<S: Simd, const K: usize, const OB: usize>(
        s: S,
        (c, x, x_img, gy, gy_img, nimg): (Corr, &[f32], usize, &[f32], usize, usize),
        gw: &mut [f32],
    ) {
        let l = S::LANES;
        let mut vacc = vec![0f32; c.cout * c.cin * K * K * l];
        for img in 0..nimg {
            let (xi, gi) = (&x[img * x_img..], &gy[img * gy_img..]);
            let mut o = 0;
            while o < c.cout {
                // The last block may be smaller: one of each size below `OB`.
                let ob = OB.min(c.cout - o);
                match ob {
                    8 => wblock::<S, K, 8>(s, c, xi, gi, o, &mut vacc),
                    4.. => wblock::<S, K, 4>(s, c, xi, gi, o, &mut vacc),
                    2 | 3 => wblock::<S, K, 2>(s, c, xi, gi, o, &mut vacc),
                    _ => wblock::<S, K, 1>(s, c, xi, gi, o, &mut vacc),
                }
                o += block_len(ob);
            }
        }
        // `vacc` holds the blocks one after another; the block of planes `o0..o0 + obb` is laid out
        // `[i][ky][b][kx]` (vectors), from vector `o0·cin·K²`.
        let mut o0 = 0;
        while o0 < c.cout {
            let obb = block_len(OB.min(c.cout - o0));
            for i in 0..c.cin {
                for ky in 0..K {
                    let at = (o0 * c.cin * K * K + (i * K + ky) * obb * K) * l;
                    for b in 0..obb {
                        for kx in 0..K {
                            let v = s.load(&vacc[at + (b * K + kx) * l..]);
                            gw[(((o0 + b) * c.cin + i) * K + ky) * K + kx] += s.hsum(v);
                        }
                    }
                }
            }
            o0 += obb;
        }
    }

    /// The planes a weight-gradient block of up to `n` planes covers (8, 4, 2 or 1).
    fn block_len(n: usize) -> usize {
        match n {
            8.. => 8,
            4..=7 => 4,
            2 | 3 => 2,
            _ => 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_values as values;
    use super::*;

    fn close<E: CpuFloat>(got: &[E], want: &[E], tol: f64) {
        assert_eq!(got.len(), want.len());
        for (a, b) in got.iter().zip(want) {
            let (a, b) = (a.to_f64().unwrap(), b.to_f64().unwrap());
            assert!((a - b).abs() <= tol * (1.0 + b.abs()), "{a} vs {b}");
        }
    }

    /// The forward pass, input gradient and weight gradient on wide rows against naive loops on
    /// ordinary `[c, h, w]` planes, over sizes that take every tile width (3, 2 and 1 vectors) and
    /// every block of output planes, for two images.
    fn check<E: CpuFloat>(tol: f64) {
        for isa in Isa::available() {
            check_on::<E>(isa, tol);
        }
    }

    fn check_on<E: CpuFloat>(isa: Isa, tol: f64) {
        let nimg = 2;
        for k in [3, 5] {
            for (cin, cout, h, w) in [
                (1, 1, 5, 5),
                (3, 8, 32, 32),
                (2, 5, 9, 37),
                (8, 3, 14, 14),
                (4, 13, 6, 19),
                (3, 16, 7, 21),
                (5, 2, 8, 11),
            ] {
                let l = Wide {
                    k,
                    cin,
                    cout,
                    hp: h,
                    wp: w,
                };
                let (ho, wo) = (l.ho(), l.wo());
                let x = values::<E>(nimg * cin * h * w, 1);
                let wt = values::<E>(cout * cin * k * k, 2);
                let gy = values::<E>(nimg * cout * ho * wo, 3);
                let mut want_y = vec![E::zero(); nimg * cout * ho * wo];
                let mut want_gx = vec![E::zero(); x.len()];
                let mut want_gw = values::<E>(wt.len(), 5);
                let mut gw = want_gw.clone();
                for n in 0..nimg {
                    for o in 0..cout {
                        for i in 0..cin {
                            for ky in 0..k {
                                for kx in 0..k {
                                    let wi = ((o * cin + i) * k + ky) * k + kx;
                                    for y in 0..ho {
                                        for xx in 0..wo {
                                            let xi = ((n * cin + i) * h + y + ky) * w + xx + kx;
                                            let yi = ((n * cout + o) * ho + y) * wo + xx;
                                            want_y[yi] += wt[wi] * x[xi];
                                            want_gx[xi] += wt[wi] * gy[yi];
                                            want_gw[wi] += gy[yi] * x[xi];
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                // Inputs with the slack after the last image, as the kernel expects.
                let mut xs = x.clone();
                xs.resize(x.len() + Wide::SLACK, E::zero());
                let mut y = vec![MaybeUninit::new(E::zero()); want_y.len()];
                let mut wide = vec![E::nan(); cout * l.out_pos()];
                let zero_bias = vec![E::zero(); cout];
                // Scratch buffers start as NaN: the kernels must overwrite every value they read.
                let mut spread = vec![E::nan(); nimg * cout * l.gy_plane()];
                let mut flipped = vec![E::zero(); wt.len()];
                for o in 0..cout {
                    for i in 0..cin {
                        for t in 0..k * k {
                            flipped[(i * cout + o) * k * k + k * k - 1 - t] =
                                wt[(o * cin + i) * k * k + t];
                        }
                    }
                }
                let mut gx_wide = vec![E::nan(); cin * l.in_pos()];
                let mut gx = vec![E::zero(); x.len()];
                for n in 0..nimg {
                    let xi = &xs[n * l.image_in()..];
                    correlate(isa, l.forward(), xi, &wt, &mut wide);
                    let mut none = crate::ops::activation::Epilogue::<E>::new(None, 0, false);
                    l.gather(
                        isa,
                        &wide,
                        &zero_bias,
                        &mut y[n * cout * ho * wo..][..cout * ho * wo],
                        &mut none.chunks(1, 1)[0],
                        0,
                    );
                    let sp = &mut spread[n * cout * l.gy_plane()..][..cout * l.gy_plane()];
                    // SAFETY: `spread` writes only initialised values into the view.
                    let sp_uninit = unsafe { &mut *(sp as *mut [E] as *mut [MaybeUninit<E>]) };
                    l.spread(isa, &gy[n * cout * ho * wo..][..cout * ho * wo], sp_uninit);
                    let sp = &sp[l.front() - l.lead()..];
                    correlate(isa, l.input_grad(), sp, &flipped, &mut gx_wide);
                    for (dst, src) in gx[n * l.image_in()..][..l.image_in()]
                        .chunks_exact_mut(h * w)
                        .zip(gx_wide.chunks_exact(l.in_pos()))
                    {
                        dst.copy_from_slice(&src[..h * w]);
                    }
                }
                let c = Corr {
                    out_plane: l.gy_plane(),
                    ..l.forward()
                };
                let gys = &spread[l.front()..];
                weight_grad(
                    isa,
                    c,
                    &xs,
                    l.image_in(),
                    gys,
                    cout * l.gy_plane(),
                    nimg,
                    &mut gw,
                );
                // SAFETY: every element of `y` was initialised when it was created.
                let y: Vec<E> = y.into_iter().map(|v| unsafe { v.assume_init() }).collect();
                close(&y, &want_y, tol);
                close(&gx, &want_gx, tol);
                close(&gw, &want_gw, tol);
            }
        }
    }

    /// `place_rows` against loops on every instruction set, into planes filled with NaN (a value
    /// left unwritten shows): rows of partial vectors, of whole vectors, wider than the gaps and
    /// narrower, gaps of 0 to 19 floats, none, one or many rows, fronts at 0 and inside the plane.
    #[test]
    fn place_rows_writes_rows_and_zeros_everything_else() {
        // (w, stride, at, rows, plane length)
        let cases = [
            (32, 34, 35, 32, 34 * 34),
            (8, 10, 11, 8, 100),
            (16, 16, 0, 16, 256),
            (3, 5, 6, 3, 25),
            (5, 24, 2, 4, 100),
            (17, 19, 20, 2, 60),
            (1, 1, 0, 7, 7),
            (9, 28, 0, 1, 9),
            (4, 6, 0, 0, 13),
            (12, 14, 15, 12, 14 * 14 + 3),
        ];
        for (w, stride, at, rows, len) in cases {
            let src = values::<f32>(rows * w, 3);
            let mut want = vec![0.0f32; len];
            for (r, row) in src.chunks_exact(w).enumerate() {
                want[at + r * stride..][..w].copy_from_slice(row);
            }
            for isa in Isa::available() {
                let mut dst = vec![MaybeUninit::new(f32::NAN); len];
                place_rows(isa, &src, w, &mut dst, at, stride);
                for (i, (d, want)) in dst.iter().zip(&want).enumerate() {
                    // SAFETY: initialised when created.
                    let got = unsafe { d.assume_init() };
                    assert_eq!(
                        got.to_bits(),
                        want.to_bits(),
                        "{isa:?} w {w} stride {stride} [{i}]"
                    );
                }
            }
        }
    }

    /// `gather` against loops, bit for bit: the bias added to the valid columns (widths that
    /// leave a partial vector), then no activation, a ReLU folded into the write (inference), a
    /// ReLU that records where the gradient passes (training) and Tanh, on every instruction set.
    #[test]
    fn gather_adds_the_bias_then_the_epilogue() {
        use crate::forward::Activation;
        use crate::ops::activation::{relu_value, tanh_f32, Epilogue};
        for (k, cout, hp, wp) in [(3, 3, 7, 12), (5, 2, 14, 14), (3, 5, 20, 29), (5, 1, 6, 5)] {
            let l = Wide {
                k,
                cin: 1,
                cout,
                hp,
                wp,
            };
            let (ho, wo) = (l.ho(), l.wo());
            let planes = values::<f32>(cout * l.out_pos(), 1);
            let bias = values::<f32>(cout, 2);
            let n = cout * ho * wo;
            let sum = |i: usize| {
                let (o, y, x) = (i / (ho * wo), i / wo % ho, i % wo);
                planes[o * l.out_pos() + y * wp + x] + bias[o]
            };
            let acts = [
                (None, false),
                (Some(Activation::Relu), false),
                (Some(Activation::Relu), true),
                (Some(Activation::Tanh), false),
            ];
            for isa in Isa::available() {
                for (act, train) in acts {
                    let mut ep = Epilogue::<f32>::new(act, n, train);
                    let mut out = vec![MaybeUninit::new(f32::NAN); n];
                    l.gather(isa, &planes, &bias, &mut out, &mut ep.chunks(1, n)[0], 0);
                    for (i, y) in out.iter().enumerate() {
                        let v = sum(i);
                        let want = match act {
                            None => v,
                            Some(Activation::Relu) => relu_value(v),
                            _ => tanh_f32(v),
                        };
                        // SAFETY: initialised when created.
                        let got = unsafe { y.assume_init() };
                        assert_eq!(got.to_bits(), want.to_bits(), "{isa:?} {act:?} {l:?} [{i}]");
                    }
                    if train {
                        // The recorded mask: the gradient passes where the sum is positive.
                        let g = ep.grad(&vec![1.0; n]).expect("an activation");
                        for (i, &g) in g.iter().enumerate() {
                            assert_eq!(g, f32::from(u8::from(sum(i) > 0.0)), "mask [{i}]");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn direct_matches_naive_f32() {
        check::<f32>(1e-4);
    }

    #[test]
    fn direct_matches_naive_f64() {
        check::<f64>(1e-12);
    }
}
