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
use crate::ops::CpuFloat;

/// `n` rounded up to a multiple of 8 (one AVX vector of `f32`).
fn round8(n: usize) -> usize {
    n.div_ceil(8) * 8
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
    /// plane read up to `k + 6` floats past it.
    pub const SLACK: usize = 16;

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
    /// Positions computed per output plane: `ho·wp`, rounded up to a vector.
    pub fn out_pos(&self) -> usize {
        round8(self.ho() * self.wp)
    }
    /// Positions of the input gradient per plane: `hp·wp`, rounded up to a vector.
    pub fn in_pos(&self) -> usize {
        round8(self.in_plane())
    }
    /// Zeros in front of each spread output-gradient plane.
    pub fn lead(&self) -> usize {
        (self.k - 1) * self.wp + self.k - 1
    }
    /// Floats per spread output-gradient plane.
    pub fn gy_plane(&self) -> usize {
        self.in_pos() + self.lead()
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
    /// The input-gradient correlation: the spread output gradient in, the gradient of the padded
    /// input (planes of [`Wide::in_pos`]) out.
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
    /// `ep`, `out` being elements `at..` of its chunk.
    pub fn gather<E: CpuFloat>(
        &self,
        wide: &[E],
        bias: &[E],
        out: &mut [MaybeUninit<E>],
        ep: &mut EpilogueChunk<E>,
        at: usize,
    ) {
        let (ho, wo) = (self.ho(), self.wo());
        let n = self.cout * ho * wo;
        assert!(wide.len() >= self.cout * self.out_pos() && bias.len() >= self.cout);
        for ((dst, src), &b) in out[..n]
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
        // One call for the whole image: the activation's vector loop then runs on long rows.
        let out = &mut out[..n];
        // SAFETY: the loop above wrote every element of `out`: `cout` planes (there are that
        // many wide planes and biases, asserted just above) of `ho` rows of `wo` values (each wide
        // plane holds `ho` rows of `wp >= wo`).
        let out = unsafe { &mut *(out as *mut [MaybeUninit<E>] as *mut [E]) };
        ep.apply(at, out);
    }

    /// Writes the `[cout, ho, wo]` output gradient `gy` onto the wide planes `dst`
    /// ([`Wide::gy_plane`] floats each): `lead` zeros, then rows of `wp` with zeros after `wo`.
    pub fn spread<E: CpuFloat>(&self, gy: &[E], dst: &mut [E]) {
        let (ho, wo, lead) = (self.ho(), self.wo(), self.lead());
        for (src, plane) in gy
            .chunks_exact(ho * wo)
            .zip(dst.chunks_exact_mut(self.gy_plane()))
        {
            // Every value is written once: the lead, each row's data and dropped columns, the tail.
            let (head, rest) = plane.split_at_mut(lead);
            head.fill(E::zero());
            let (rows, tail) = rest.split_at_mut(ho * self.wp);
            for (s, d) in src.chunks_exact(wo).zip(rows.chunks_exact_mut(self.wp)) {
                d[..wo].copy_from_slice(s);
                d[wo..].fill(E::zero());
            }
            tail.fill(E::zero());
        }
    }
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
    /// Positions computed per output plane (a multiple of 8).
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
/// `[cout, cin, k, k]`. Overwrites the `npos` positions of every output plane.
pub(super) fn correlate<E: CpuFloat>(c: Corr, inp: &[E], wt: &[E], out: &mut [E]) {
    assert!(c.npos.is_multiple_of(8) && c.cin > 0 && c.cout > 0);
    assert!(inp.len() >= c.in_extent(), "correlate: input too short");
    assert!(
        wt.len() >= c.cout * c.taps(),
        "correlate: weights too short"
    );
    assert!(out.len() >= c.out_extent(), "correlate: output too short");
    #[cfg(target_arch = "x86_64")]
    if let (Some(inp), Some(wt), true) = (E::as_f32(inp), E::as_f32(wt), avx::available()) {
        let out = E::as_f32_mut(out).expect("f32 like the input");
        // SAFETY: the CPU has AVX2 and FMA (checked just above).
        match c.k {
            3 => unsafe { avx::correlate::<3>(c, inp, wt, out) },
            5 => unsafe { avx::correlate::<5>(c, inp, wt, out) },
            k => unreachable!("direct convolution for kernel {k}"),
        }
        return;
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
/// `c.out_plane` apart) and inputs (`x_img` apart).
pub(super) fn weight_grad<E: CpuFloat>(
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
    assert!(c.npos.is_multiple_of(8) && c.cin > 0 && c.cout > 0);
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
    if let (Some(x), Some(gy), true) = (E::as_f32(x), E::as_f32(gy), avx::available()) {
        let gw = E::as_f32_mut(gw).expect("f32 like the input");
        // SAFETY: the CPU has AVX2 and FMA (checked just above).
        match c.k {
            3 => unsafe { avx::weight_grad::<3>(c, x, x_img, gy, gy_img, nimg, gw) },
            5 => unsafe { avx::weight_grad::<5>(c, x, x_img, gy, gy_img, nimg, gw) },
            k => unreachable!("direct convolution for kernel {k}"),
        }
        return;
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
#[cfg(target_arch = "x86_64")]
mod avx {
    use super::Corr;
    use std::arch::x86_64::*;

    /// Whether the CPU has AVX2 and FMA (cached by the standard library).
    pub fn available() -> bool {
        std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn load(s: &[f32]) -> __m256 {
        let s = &s[..8];
        // SAFETY: `s` holds 8 readable floats (bounds-checked above); the load needs no alignment.
        unsafe { _mm256_loadu_ps(s.as_ptr()) }
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn store(d: &mut [f32], v: __m256) {
        let d = &mut d[..8];
        // SAFETY: `d` holds 8 writable floats (bounds-checked above); no alignment needed.
        unsafe { _mm256_storeu_ps(d.as_mut_ptr(), v) }
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn hsum(v: __m256) -> f32 {
        let mut a = [0f32; 8];
        store(&mut a, v);
        a.iter().sum()
    }

    /// `OB` output planes × `8·NB` positions from `p0`: `OB·NB` accumulators; each input vector is
    /// loaded once for all `OB` planes and each weight once for all `NB` vectors. `wpk` holds the
    /// block's weights packed `[cin][k·k][OB]`.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn tile<const K: usize, const OB: usize, const NB: usize>(
        c: Corr,
        inp: &[f32],
        wpk: &[f32],
        out: &mut [f32],
        o0: usize,
        p0: usize,
    ) {
        let mut acc = [[_mm256_setzero_ps(); NB]; OB];
        // Kernel row `ky` reads `[p0 + ky·wp, p0 + ky·wp + 8·NB + K − 1)` of each plane; only the
        // rows that meet `c.live` contribute.
        let (lo, hi) = c.live;
        let span = p0 + 8 * NB + K - 1;
        let ky_lo = if span > lo { 0 } else { (lo - span) / c.wp + 1 };
        let ky_hi = if p0 >= hi {
            0
        } else {
            K.min((hi - p0).div_ceil(c.wp))
        };
        for i in 0..c.cin {
            let wi = &wpk[i * K * K * OB..][..K * K * OB];
            for ky in ky_lo..ky_hi {
                let row = &inp[i * c.in_plane + ky * c.wp + p0..][..8 * NB + K - 1];
                for kx in 0..K {
                    let mut s = [_mm256_setzero_ps(); NB];
                    for (n, v) in s.iter_mut().enumerate() {
                        *v = load(&row[kx + 8 * n..]);
                    }
                    let wt = &wi[(ky * K + kx) * OB..][..OB];
                    for (a, &w) in acc.iter_mut().zip(wt) {
                        let w = _mm256_set1_ps(w);
                        for (an, &sn) in a.iter_mut().zip(&s) {
                            *an = _mm256_fmadd_ps(w, sn, *an);
                        }
                    }
                }
            }
        }
        for (b, a) in acc.iter().enumerate() {
            let d = &mut out[(o0 + b) * c.out_plane + p0..][..8 * NB];
            for (n, &an) in a.iter().enumerate() {
                store(&mut d[8 * n..], an);
            }
        }
    }

    /// All positions of the output planes `o0..o0 + OB`.
    #[target_feature(enable = "avx2,fma")]
    fn block<const K: usize, const OB: usize>(
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
        // Vectors per tile: `OB·NB` accumulators, `NB` input vectors and a weight must fit in the 16
        // vector registers, or an accumulator is spilled to the stack on every tap.
        let mut p0 = 0;
        if OB <= 3 {
            while p0 + 24 <= c.npos {
                tile::<K, OB, 3>(c, inp, &wpk, out, o0, p0);
                p0 += 24;
            }
        }
        while p0 + 16 <= c.npos {
            tile::<K, OB, 2>(c, inp, &wpk, out, o0, p0);
            p0 += 16;
        }
        if p0 < c.npos {
            tile::<K, OB, 1>(c, inp, &wpk, out, o0, p0);
        }
    }

    /// As `super::correlate`, for `f32`.
    #[target_feature(enable = "avx2,fma")]
    pub fn correlate<const K: usize>(c: Corr, inp: &[f32], wt: &[f32], out: &mut [f32]) {
        let mut o = 0;
        while o < c.cout {
            let ob = (c.cout - o).min(4);
            match ob {
                4 => block::<K, 4>(c, inp, wt, out, o),
                3 => block::<K, 3>(c, inp, wt, out, o),
                2 => block::<K, 2>(c, inp, wt, out, o),
                _ => block::<K, 1>(c, inp, wt, out, o),
            }
            o += ob;
        }
    }

    /// The weight gradient of output planes `o0..o0 + OB`, input plane `i`, kernel row `ky`, for one
    /// image: `OB·K` vector accumulators kept in `vacc` (`[OB][K]` vectors) between images.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn wtile<const K: usize, const OB: usize>(
        c: Corr,
        xrow: &[f32],
        gy: &[f32],
        o0: usize,
        vacc: &mut [f32],
    ) {
        let vacc = &mut vacc[..OB * K * 8];
        let mut acc = [[_mm256_setzero_ps(); K]; OB];
        for (b, a) in acc.iter_mut().enumerate() {
            for (kx, v) in a.iter_mut().enumerate() {
                *v = load(&vacc[(b * K + kx) * 8..]);
            }
        }
        // Slices cut to whole vectors up front, so that the loop's loads need no bounds checks.
        let nv = c.npos / 8;
        let xrow = &xrow[..nv * 8 + K - 1];
        let planes: [&[f32]; OB] = std::array::from_fn(|b| &gy[(o0 + b) * c.out_plane..][..nv * 8]);
        for v in 0..nv {
            let p = v * 8;
            let mut g = [_mm256_setzero_ps(); OB];
            for (gv, plane) in g.iter_mut().zip(&planes) {
                *gv = load(&plane[p..p + 8]);
            }
            let xs = &xrow[p..p + 8 + K - 1];
            for kx in 0..K {
                let xv = load(&xs[kx..kx + 8]);
                for (a, &gb) in acc.iter_mut().zip(&g) {
                    a[kx] = _mm256_fmadd_ps(gb, xv, a[kx]);
                }
            }
        }
        for (b, a) in acc.iter().enumerate() {
            for (kx, &v) in a.iter().enumerate() {
                store(&mut vacc[(b * K + kx) * 8..], v);
            }
        }
    }

    /// One image's contribution for the output planes `o0..o0 + OB`.
    #[target_feature(enable = "avx2,fma")]
    fn wblock<const K: usize, const OB: usize>(
        c: Corr,
        x: &[f32],
        gy: &[f32],
        o0: usize,
        vacc: &mut [f32],
    ) {
        for i in 0..c.cin {
            for ky in 0..K {
                let at = (o0 * c.cin * K * K + (i * K + ky) * OB * K) * 8;
                let xrow = &x[i * c.in_plane + ky * c.wp..];
                wtile::<K, OB>(c, xrow, gy, o0, &mut vacc[at..]);
            }
        }
    }

    /// As `super::weight_grad`, for `f32`. Accumulates in vectors across all images and sums the
    /// lanes once at the end.
    #[target_feature(enable = "avx2,fma")]
    pub fn weight_grad<const K: usize>(
        c: Corr,
        x: &[f32],
        x_img: usize,
        gy: &[f32],
        gy_img: usize,
        nimg: usize,
        gw: &mut [f32],
    ) {
        // Output planes per block: enough accumulators to hide the FMA latency, few enough to stay
        // in the 16 vector registers.
        let ob = if K <= 3 { 4 } else { 2 };
        let mut vacc = vec![0f32; c.cout * c.cin * K * K * 8];
        for img in 0..nimg {
            let (xi, gi) = (&x[img * x_img..], &gy[img * gy_img..]);
            let mut o = 0;
            while o < c.cout {
                match (c.cout - o).min(ob) {
                    4 => wblock::<K, 4>(c, xi, gi, o, &mut vacc),
                    3 => wblock::<K, 3>(c, xi, gi, o, &mut vacc),
                    2 => wblock::<K, 2>(c, xi, gi, o, &mut vacc),
                    _ => wblock::<K, 1>(c, xi, gi, o, &mut vacc),
                }
                o += ob.min(c.cout - o);
            }
        }
        // `vacc` holds the blocks one after another; the block of planes `o0..o0 + obb` is laid out
        // `[i][ky][b][kx]` (vectors), from vector `o0·cin·K²`.
        let mut o0 = 0;
        while o0 < c.cout {
            let obb = ob.min(c.cout - o0);
            for i in 0..c.cin {
                for ky in 0..K {
                    let at = (o0 * c.cin * K * K + (i * K + ky) * obb * K) * 8;
                    for b in 0..obb {
                        for kx in 0..K {
                            let v = load(&vacc[at + (b * K + kx) * 8..]);
                            gw[(((o0 + b) * c.cin + i) * K + ky) * K + kx] += hsum(v);
                        }
                    }
                }
            }
            o0 += obb;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic values in [-1, 1).
    fn values<E: CpuFloat>(n: usize, seed: u64) -> Vec<E> {
        let mut s = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                E::from((s >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0).unwrap()
            })
            .collect()
    }

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
        let nimg = 2;
        for k in [3, 5] {
            for (cin, cout, h, w) in [(1, 1, 5, 5), (3, 8, 32, 32), (2, 5, 9, 37), (8, 3, 14, 14)] {
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
                    correlate(l.forward(), xi, &wt, &mut wide);
                    let mut none = crate::ops::activation::Epilogue::<E>::new(None, 0, false);
                    l.gather(
                        &wide,
                        &zero_bias,
                        &mut y[n * cout * ho * wo..][..cout * ho * wo],
                        &mut none.chunks(1, 1)[0],
                        0,
                    );
                    let sp = &mut spread[n * cout * l.gy_plane()..][..cout * l.gy_plane()];
                    l.spread(&gy[n * cout * ho * wo..][..cout * ho * wo], sp);
                    correlate(l.input_grad(), sp, &flipped, &mut gx_wide);
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
                let gys = &spread[l.lead()..];
                weight_grad(
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

    #[test]
    fn direct_matches_naive_f32() {
        check::<f32>(1e-4);
    }

    #[test]
    fn direct_matches_naive_f64() {
        check::<f64>(1e-12);
    }
}
