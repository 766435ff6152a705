//! Direct convolution for stride 1 and small square kernels (3×3, 5×5): the output is accumulated
//! from shifted input rows in registers, with no im2col matrix and no matrix-product packing. The
//! backward pass reuses the same "valid correlation" for the input gradient (on the zero-padded
//! output gradient, with flipped weights) and computes the weight gradient as dot products.
//!
//! The loops are generic over the float type and are compiled twice on x86-64: once for the
//! baseline target and once with AVX2 and FMA, picked at run time.
use crate::ops::CpuFloat;

/// Channels and size of a stack of planes laid out `[ch, h, w]`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Planes {
    pub ch: usize,
    pub h: usize,
    pub w: usize,
}

impl Planes {
    pub fn len(&self) -> usize {
        self.ch * self.h * self.w
    }
}

/// `a·b + c`, fused when `FMA` (only set inside functions compiled with the `fma` feature).
#[inline(always)]
fn madd<E: CpuFloat, const FMA: bool>(a: E, b: E, c: E) -> E {
    if FMA {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

/// One block of output: `OB` output channels starting at `o0`, `C` columns starting at `x0`, row
/// `y`.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn corr_block<E: CpuFloat, const K: usize, const FMA: bool, const OB: usize, const C: usize>(
    inp: &[E],
    p: Planes,
    wt: &[E],
    out: &mut [E],
    (ho, wo): (usize, usize),
    o0: usize,
    y: usize,
    x0: usize,
) {
    let taps = p.ch * K * K;
    let mut acc = [[E::zero(); C]; OB];
    for i in 0..p.ch {
        for ky in 0..K {
            let row = &inp[(i * p.h + y + ky) * p.w + x0..][..C + K - 1];
            for kx in 0..K {
                let s: &[E; C] = row[kx..kx + C].try_into().unwrap();
                for (b, a) in acc.iter_mut().enumerate() {
                    let wv = wt[(o0 + b) * taps + (i * K + ky) * K + kx];
                    for (aj, &sj) in a.iter_mut().zip(s) {
                        *aj = madd::<E, FMA>(wv, sj, *aj);
                    }
                }
            }
        }
    }
    for (b, a) in acc.iter().enumerate() {
        let r = &mut out[((o0 + b) * ho + y) * wo + x0..][..C];
        for (rj, &aj) in r.iter_mut().zip(a) {
            *rj += aj;
        }
    }
}

#[inline(always)]
fn corr_group<E: CpuFloat, const K: usize, const FMA: bool, const OB: usize>(
    inp: &[E],
    p: Planes,
    wt: &[E],
    out: &mut [E],
    o0: usize,
) {
    let (ho, wo) = (p.h + 1 - K, p.w + 1 - K);
    for y in 0..ho {
        let mut x0 = 0;
        while x0 + 8 <= wo {
            corr_block::<E, K, FMA, OB, 8>(inp, p, wt, out, (ho, wo), o0, y, x0);
            x0 += 8;
        }
        if x0 + 4 <= wo {
            corr_block::<E, K, FMA, OB, 4>(inp, p, wt, out, (ho, wo), o0, y, x0);
            x0 += 4;
        }
        while x0 < wo {
            corr_block::<E, K, FMA, OB, 1>(inp, p, wt, out, (ho, wo), o0, y, x0);
            x0 += 1;
        }
    }
}

#[inline(always)]
fn correlate_impl<E: CpuFloat, const K: usize, const FMA: bool>(
    inp: &[E],
    p: Planes,
    wt: &[E],
    cout: usize,
    out: &mut [E],
) {
    let mut o = 0;
    while o < cout {
        let ob = (cout - o).min(4);
        match ob {
            4 => corr_group::<E, K, FMA, 4>(inp, p, wt, out, o),
            3 => corr_group::<E, K, FMA, 3>(inp, p, wt, out, o),
            2 => corr_group::<E, K, FMA, 2>(inp, p, wt, out, o),
            _ => corr_group::<E, K, FMA, 1>(inp, p, wt, out, o),
        }
        o += ob;
    }
}

#[inline(always)]
fn weight_grad_impl<E: CpuFloat, const K: usize, const FMA: bool>(
    inp: &[E],
    p: Planes,
    gy: &[E],
    cout: usize,
    gw: &mut [E],
) {
    let (ho, wo) = (p.h + 1 - K, p.w + 1 - K);
    for o in 0..cout {
        let gyo = &gy[o * ho * wo..][..ho * wo];
        for i in 0..p.ch {
            for ky in 0..K {
                let mut acc8 = [[E::zero(); 8]; K];
                let mut acc4 = [[E::zero(); 4]; K];
                let mut acc1 = [E::zero(); K];
                for (y, grow) in gyo.chunks_exact(wo).enumerate() {
                    let xrow = &inp[(i * p.h + y + ky) * p.w..][..p.w];
                    let mut x0 = 0;
                    while x0 + 8 <= wo {
                        let g: &[E; 8] = grow[x0..x0 + 8].try_into().unwrap();
                        let r = &xrow[x0..x0 + 8 + K - 1];
                        for (kx, a) in acc8.iter_mut().enumerate() {
                            let s: &[E; 8] = r[kx..kx + 8].try_into().unwrap();
                            for j in 0..8 {
                                a[j] = madd::<E, FMA>(g[j], s[j], a[j]);
                            }
                        }
                        x0 += 8;
                    }
                    if x0 + 4 <= wo {
                        let g: &[E; 4] = grow[x0..x0 + 4].try_into().unwrap();
                        let r = &xrow[x0..x0 + 4 + K - 1];
                        for (kx, a) in acc4.iter_mut().enumerate() {
                            let s: &[E; 4] = r[kx..kx + 4].try_into().unwrap();
                            for j in 0..4 {
                                a[j] = madd::<E, FMA>(g[j], s[j], a[j]);
                            }
                        }
                        x0 += 4;
                    }
                    for x in x0..wo {
                        for (kx, a) in acc1.iter_mut().enumerate() {
                            *a = madd::<E, FMA>(grow[x], xrow[x + kx], *a);
                        }
                    }
                }
                let dst = &mut gw[((o * p.ch + i) * K + ky) * K..][..K];
                for (kx, d) in dst.iter_mut().enumerate() {
                    let mut t = acc1[kx];
                    for &v in &acc4[kx] {
                        t += v;
                    }
                    for &v in &acc8[kx] {
                        t += v;
                    }
                    *d += t;
                }
            }
        }
    }
}

/// Defines `$name`, which runs `$imp` compiled with AVX2 and FMA when the CPU has them and for the
/// baseline target otherwise.
macro_rules! multiversion {
    ($name:ident, $fma:ident, $imp:ident, $a:ident: $at:ty, $b:ident: $bt:ty) => {
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = "avx2,fma")]
        fn $fma<E: CpuFloat, const K: usize>(inp: &[E], p: Planes, $a: $at, cout: usize, $b: $bt) {
            $imp::<E, K, true>(inp, p, $a, cout, $b)
        }

        fn $name<E: CpuFloat, const K: usize>(inp: &[E], p: Planes, $a: $at, cout: usize, $b: $bt) {
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2")
                && std::arch::is_x86_feature_detected!("fma")
            {
                // SAFETY: the CPU has the features `$fma` is compiled for (checked just above).
                unsafe { $fma::<E, K>(inp, p, $a, cout, $b) };
                return;
            }
            $imp::<E, K, false>(inp, p, $a, cout, $b)
        }
    };
}

multiversion!(correlate_k, correlate_fma, correlate_impl, wt: &[E], out: &mut [E]);
multiversion!(weight_grad_k, weight_grad_fma, weight_grad_impl, gy: &[E], gw: &mut [E]);

/// Kernel sizes the direct path is compiled for.
pub(super) fn supports_kernel(k: usize) -> bool {
    matches!(k, 3 | 5)
}

/// Calls `$avx::<K>` on the `f32` views of the slices when `E` is `f32` and the CPU has AVX2 and
/// FMA, `$generic::<E, K>` otherwise, for the kernel sizes in [`supports_kernel`]. One expansion:
/// `match k { 3 => unsafe { avx::correlate::<3>(inp, p, wt, cout, out) }, 5 => …, _ => unreachable!() }`.
macro_rules! dispatch {
    ($k:expr, $avx:ident, $generic:ident, $inp:expr, $p:expr, $a:expr, $cout:expr, $b:expr) => {{
        #[cfg(target_arch = "x86_64")]
        if let (Some(inp), Some(a)) = (E::as_f32($inp), E::as_f32($a)) {
            if avx::available() {
                let b = E::as_f32_mut($b).expect("f32 like the input");
                // SAFETY: the CPU has AVX2 and FMA (checked just above).
                match $k {
                    3 => unsafe { avx::$avx::<3>(inp, $p, a, $cout, b) },
                    5 => unsafe { avx::$avx::<5>(inp, $p, a, $cout, b) },
                    k => unreachable!("direct convolution for kernel {k}"),
                }
                return;
            }
        }
        match $k {
            3 => $generic::<E, 3>($inp, $p, $a, $cout, $b),
            5 => $generic::<E, 5>($inp, $p, $a, $cout, $b),
            k => unreachable!("direct convolution for kernel {k}"),
        }
    }};
}

/// `out[o][y][x] += Σ_i Σ_ky,kx wt[o][i][ky][kx] · inp[i][y+ky][x+kx]` for the `cout` planes of
/// size `(p.h − k + 1) × (p.w − k + 1)` in `out` ("valid" correlation, stride 1).
pub(super) fn correlate<E: CpuFloat>(
    k: usize,
    inp: &[E],
    p: Planes,
    wt: &[E],
    cout: usize,
    out: &mut [E],
) {
    assert!(inp.len() >= p.len() && p.h >= k && p.w >= k);
    assert!(wt.len() >= cout * p.ch * k * k);
    assert!(out.len() >= cout * (p.h + 1 - k) * (p.w + 1 - k));
    dispatch!(k, correlate, correlate_k, inp, p, wt, cout, out)
}

/// `gw[o][i][ky][kx] += Σ_y,x gy[o][y][x] · inp[i][y+ky][x+kx]`: the weight gradient of
/// [`correlate`] given the gradient `gy` of its output.
pub(super) fn weight_grad<E: CpuFloat>(
    k: usize,
    inp: &[E],
    p: Planes,
    gy: &[E],
    cout: usize,
    gw: &mut [E],
) {
    assert!(inp.len() >= p.len() && p.h >= k && p.w >= k);
    assert!(gy.len() >= cout * (p.h + 1 - k) * (p.w + 1 - k));
    assert!(gw.len() >= cout * p.ch * k * k);
    dispatch!(k, weight_grad, weight_grad_k, inp, p, gy, cout, gw)
}

/// Copies the `[p.ch, h, w]` planes `src` into the interior of the zero-bordered planes `dst`
/// (`p` is the padded size, `pad` the border width); the border is left as it is.
pub(super) fn pad_into<E: CpuFloat>(src: &[E], p: Planes, pad: usize, dst: &mut [E]) {
    let (h, w) = (p.h - 2 * pad, p.w - 2 * pad);
    for (c, plane) in src.chunks_exact(h * w).take(p.ch).enumerate() {
        for (y, row) in plane.chunks_exact(w).enumerate() {
            let at = (c * p.h + y + pad) * p.w + pad;
            dst[at..at + w].copy_from_slice(row);
        }
    }
}

/// Hand-vectorised `f32` loops for x86-64 with AVX2 and FMA (the compiler's own vectorisation of
/// the generic loops keeps the accumulators in memory).
#[cfg(target_arch = "x86_64")]
mod avx {
    use super::Planes;
    use std::arch::x86_64::*;

    /// Whether the CPU has AVX2 and FMA (cached by the standard library).
    pub fn available() -> bool {
        std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn load8(s: &[f32]) -> __m256 {
        let s = &s[..8];
        // SAFETY: `s` holds 8 readable floats (bounds-checked above); the load needs no alignment.
        unsafe { _mm256_loadu_ps(s.as_ptr()) }
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn load4(s: &[f32]) -> __m128 {
        let s = &s[..4];
        // SAFETY: `s` holds 4 readable floats (bounds-checked above); the load needs no alignment.
        unsafe { _mm_loadu_ps(s.as_ptr()) }
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn add_store8(d: &mut [f32], v: __m256) {
        let d = &mut d[..8];
        // SAFETY: `d` holds 8 writable floats (bounds-checked above); no alignment needed.
        unsafe {
            _mm256_storeu_ps(
                d.as_mut_ptr(),
                _mm256_add_ps(_mm256_loadu_ps(d.as_ptr()), v),
            )
        }
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn add_store4(d: &mut [f32], v: __m128) {
        let d = &mut d[..4];
        // SAFETY: `d` holds 4 writable floats (bounds-checked above); no alignment needed.
        unsafe { _mm_storeu_ps(d.as_mut_ptr(), _mm_add_ps(_mm_loadu_ps(d.as_ptr()), v)) }
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn hsum8(v: __m256) -> f32 {
        let mut a = [0f32; 8];
        // SAFETY: `a` is 8 writable floats; no alignment needed.
        unsafe { _mm256_storeu_ps(a.as_mut_ptr(), v) };
        a.iter().sum()
    }

    #[target_feature(enable = "avx2,fma")]
    #[inline]
    fn hsum4(v: __m128) -> f32 {
        let mut a = [0f32; 4];
        // SAFETY: `a` is 4 writable floats; no alignment needed.
        unsafe { _mm_storeu_ps(a.as_mut_ptr(), v) };
        a.iter().sum()
    }

    /// `OB` output channels from `o0`, columns `x0..x0 + 8·NB` of row `y`: `OB·NB` independent
    /// accumulators, each input vector loaded once for all `OB` channels.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn corr_strip<const K: usize, const OB: usize, const NB: usize>(
        inp: &[f32],
        p: Planes,
        wt: &[f32],
        out: &mut [f32],
        (ho, wo): (usize, usize),
        o0: usize,
        y: usize,
        x0: usize,
    ) {
        let taps = p.ch * K * K;
        let wt = &wt[o0 * taps..(o0 + OB) * taps];
        let mut acc = [[_mm256_setzero_ps(); NB]; OB];
        for i in 0..p.ch {
            for ky in 0..K {
                let row = &inp[(i * p.h + y + ky) * p.w + x0..][..8 * NB + K - 1];
                let t0 = (i * K + ky) * K;
                for kx in 0..K {
                    let mut s = [_mm256_setzero_ps(); NB];
                    for (n, v) in s.iter_mut().enumerate() {
                        *v = load8(&row[kx + 8 * n..]);
                    }
                    for (b, a) in acc.iter_mut().enumerate() {
                        let w = _mm256_set1_ps(wt[b * taps + t0 + kx]);
                        for (an, &sn) in a.iter_mut().zip(&s) {
                            *an = _mm256_fmadd_ps(w, sn, *an);
                        }
                    }
                }
            }
        }
        for (b, a) in acc.iter().enumerate() {
            let d = &mut out[((o0 + b) * ho + y) * wo + x0..];
            for (n, &an) in a.iter().enumerate() {
                add_store8(&mut d[8 * n..], an);
            }
        }
    }

    /// As [`corr_strip`] for 4 columns.
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn corr_block4<const K: usize, const OB: usize>(
        inp: &[f32],
        p: Planes,
        wt: &[f32],
        out: &mut [f32],
        (ho, wo): (usize, usize),
        o0: usize,
        y: usize,
        x0: usize,
    ) {
        let taps = p.ch * K * K;
        let wt = &wt[o0 * taps..(o0 + OB) * taps];
        let mut acc = [_mm_setzero_ps(); OB];
        for i in 0..p.ch {
            for ky in 0..K {
                let row = &inp[(i * p.h + y + ky) * p.w + x0..][..4 + K - 1];
                let t0 = (i * K + ky) * K;
                for kx in 0..K {
                    let s = load4(&row[kx..]);
                    for (b, a) in acc.iter_mut().enumerate() {
                        let w = _mm_set1_ps(wt[b * taps + t0 + kx]);
                        *a = _mm_fmadd_ps(w, s, *a);
                    }
                }
            }
        }
        for (b, &a) in acc.iter().enumerate() {
            add_store4(&mut out[((o0 + b) * ho + y) * wo + x0..], a);
        }
    }

    #[target_feature(enable = "avx2,fma")]
    fn corr_group<const K: usize, const OB: usize>(
        inp: &[f32],
        p: Planes,
        wt: &[f32],
        out: &mut [f32],
        o0: usize,
    ) {
        let (ho, wo) = (p.h + 1 - K, p.w + 1 - K);
        for y in 0..ho {
            let mut x0 = 0;
            while x0 + 16 <= wo {
                corr_strip::<K, OB, 2>(inp, p, wt, out, (ho, wo), o0, y, x0);
                x0 += 16;
            }
            if x0 + 8 <= wo {
                corr_strip::<K, OB, 1>(inp, p, wt, out, (ho, wo), o0, y, x0);
                x0 += 8;
            }
            if x0 + 4 <= wo {
                corr_block4::<K, OB>(inp, p, wt, out, (ho, wo), o0, y, x0);
                x0 += 4;
            }
            let taps = p.ch * K * K;
            for x in x0..wo {
                for b in 0..OB {
                    let mut acc = 0f32;
                    for i in 0..p.ch {
                        for ky in 0..K {
                            for kx in 0..K {
                                let w = wt[(o0 + b) * taps + (i * K + ky) * K + kx];
                                acc = w.mul_add(inp[(i * p.h + y + ky) * p.w + x + kx], acc);
                            }
                        }
                    }
                    out[((o0 + b) * ho + y) * wo + x] += acc;
                }
            }
        }
    }

    /// As `super::correlate`, for `f32`.
    #[target_feature(enable = "avx2,fma")]
    pub fn correlate<const K: usize>(
        inp: &[f32],
        p: Planes,
        wt: &[f32],
        cout: usize,
        out: &mut [f32],
    ) {
        let mut o = 0;
        while o < cout {
            let ob = (cout - o).min(4);
            match ob {
                4 => corr_group::<K, 4>(inp, p, wt, out, o),
                3 => corr_group::<K, 3>(inp, p, wt, out, o),
                2 => corr_group::<K, 2>(inp, p, wt, out, o),
                _ => corr_group::<K, 1>(inp, p, wt, out, o),
            }
            o += ob;
        }
    }

    /// As `super::weight_grad`, for `f32`.
    #[target_feature(enable = "avx2,fma")]
    pub fn weight_grad<const K: usize>(
        inp: &[f32],
        p: Planes,
        gy: &[f32],
        cout: usize,
        gw: &mut [f32],
    ) {
        let (ho, wo) = (p.h + 1 - K, p.w + 1 - K);
        for o in 0..cout {
            let gyo = &gy[o * ho * wo..][..ho * wo];
            for i in 0..p.ch {
                for ky in 0..K {
                    let mut acc8 = [_mm256_setzero_ps(); K];
                    let mut acc4 = [_mm_setzero_ps(); K];
                    let mut acc1 = [0f32; K];
                    for (y, grow) in gyo.chunks_exact(wo).enumerate() {
                        let xrow = &inp[(i * p.h + y + ky) * p.w..][..p.w];
                        let mut x0 = 0;
                        while x0 + 8 <= wo {
                            let g = load8(&grow[x0..]);
                            for (kx, a) in acc8.iter_mut().enumerate() {
                                *a = _mm256_fmadd_ps(g, load8(&xrow[x0 + kx..]), *a);
                            }
                            x0 += 8;
                        }
                        if x0 + 4 <= wo {
                            let g = load4(&grow[x0..]);
                            for (kx, a) in acc4.iter_mut().enumerate() {
                                *a = _mm_fmadd_ps(g, load4(&xrow[x0 + kx..]), *a);
                            }
                            x0 += 4;
                        }
                        for x in x0..wo {
                            for (kx, a) in acc1.iter_mut().enumerate() {
                                *a = grow[x].mul_add(xrow[x + kx], *a);
                            }
                        }
                    }
                    let dst = &mut gw[((o * p.ch + i) * K + ky) * K..][..K];
                    for (kx, d) in dst.iter_mut().enumerate() {
                        *d += hsum8(acc8[kx]) + hsum4(acc4[kx]) + acc1[kx];
                    }
                }
            }
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

    /// Compares [`correlate`] and [`weight_grad`] with naive loops, over widths that take every
    /// block path (16, 8, 4 and single columns) and channel counts that take every group size.
    fn check<E: CpuFloat>(tol: f64) {
        for k in [3, 5] {
            for (cin, cout, h, w) in [(1, 1, 5, 5), (3, 8, 32, 32), (2, 5, 9, 37), (4, 3, 12, 20)] {
                let p = Planes { ch: cin, h, w };
                let (ho, wo) = (h + 1 - k, w + 1 - k);
                let inp = values::<E>(p.len(), 1);
                let wt = values::<E>(cout * cin * k * k, 2);
                let gy = values::<E>(cout * ho * wo, 3);
                let mut out = values::<E>(cout * ho * wo, 4);
                let mut want = out.clone();
                let mut gw = values::<E>(wt.len(), 5);
                let mut want_gw = gw.clone();
                for o in 0..cout {
                    for i in 0..cin {
                        for ky in 0..k {
                            for kx in 0..k {
                                let wi = ((o * cin + i) * k + ky) * k + kx;
                                for y in 0..ho {
                                    for x in 0..wo {
                                        let v = inp[(i * h + y + ky) * w + x + kx];
                                        want[(o * ho + y) * wo + x] += wt[wi] * v;
                                        want_gw[wi] += gy[(o * ho + y) * wo + x] * v;
                                    }
                                }
                            }
                        }
                    }
                }
                correlate(k, &inp, p, &wt, cout, &mut out);
                weight_grad(k, &inp, p, &gy, cout, &mut gw);
                for (got, want) in [(&out, &want), (&gw, &want_gw)] {
                    for (a, b) in got.iter().zip(want.iter()) {
                        let (a, b) = (a.to_f64().unwrap(), b.to_f64().unwrap());
                        assert!((a - b).abs() <= tol * (1.0 + b.abs()), "{a} vs {b}");
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
