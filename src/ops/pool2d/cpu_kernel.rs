//! CPU pooling: one pass per plane; max pooling records each window's argmax when a backward pass
//! will follow.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError};
use rayon::prelude::*;

use super::{Pool2dGeometry, Pool2dKernel, PoolKind};
use crate::forward::{image_len, Layout, Opened, CHANNEL_BLOCK};
use crate::ops::{
    chunk_len, optional_chunks, planes_per_task, recycle, scratch, zeroed, Computed, CpuFloat,
};

/// One 2×2 window whose top-left element is column `c` of the rows `r0` and `r1` (`r0` starts at
/// offset `base` of a plane of width `w`): its maximum and the maximum's index in the plane. The
/// general loop's rule: starting from the first element, a later one wins when greater or NaN.
/// Written with selects rather than branches: on real data the winner is unpredictable.
#[inline(always)]
fn window_2x2<E: CpuFloat>(r0: &[E], r1: &[E], c: usize, w: usize, base: usize) -> (E, u32) {
    let (mut best, mut at) = (r0[c], 0u32);
    for (v, off) in [(r0[c + 1], 1), (r1[c], w as u32), (r1[c + 1], w as u32 + 1)] {
        let t = v > best || v.is_nan();
        best = if t { v } else { best };
        at = if t { off } else { at };
    }
    (best, (base + c) as u32 + at)
}

/// Max pooling with 2×2 windows and stride 2 on one plane: the common case, with the same
/// semantics as the general loop (first maximum wins, NaN propagates), and the argmax written to
/// `ap` when one is given (for a backward pass). Rows of at least 8 outputs take the AVX2 path for
/// `f32` where the CPU has it; the rest go window by window.
fn max_pool_2x2<E: CpuFloat>(
    g: &Pool2dGeometry,
    xp: &[E],
    yp: &mut [E],
    mut ap: Option<&mut [u32]>,
) {
    let (w, wo) = (g.w_in, g.w_out);
    for oy in 0..g.h_out {
        let base = 2 * oy * w;
        let r0 = &xp[base..base + 2 * wo];
        let r1 = &xp[base + w..base + w + 2 * wo];
        let ys = &mut yp[oy * wo..(oy + 1) * wo];
        let ats = ap.as_deref_mut().map(|ap| &mut ap[oy * wo..(oy + 1) * wo]);
        #[cfg(target_arch = "x86_64")]
        if let (Some(r0), Some(r1), true) = (E::as_f32(r0), E::as_f32(r1), wo >= 8) {
            if avx::available() {
                let ys = E::as_f32_mut(ys).expect("f32 like the input");
                // SAFETY: the CPU has AVX2 (checked just above).
                unsafe {
                    match ats {
                        Some(ats) => avx::row_2x2(r0, r1, w, base, ys, ats),
                        None => avx::row_2x2_max(r0, r1, ys),
                    }
                };
                continue;
            }
        }
        match ats {
            Some(ats) => {
                for (ox, (y, a)) in ys.iter_mut().zip(ats.iter_mut()).enumerate() {
                    (*y, *a) = window_2x2(r0, r1, 2 * ox, w, base);
                }
            }
            None => {
                for (ox, y) in ys.iter_mut().enumerate() {
                    *y = window_2x2(r0, r1, 2 * ox, w, base).0;
                }
            }
        }
    }
}

/// Max pooling of one plane, any window (the general loop), the argmax written to `ap` when one
/// is given. As PyTorch: each window starts at its first element inside the image with −∞
/// (padding never wins), a later element wins when greater or NaN (NaN propagates).
fn max_pool_plane<E: CpuFloat>(
    g: &Pool2dGeometry,
    xp: &[E],
    yp: &mut [E],
    mut ap: Option<&mut [u32]>,
) {
    if g.kernel == 2 && g.stride == 2 && g.padding == 0 {
        return max_pool_2x2(g, xp, yp, ap);
    }
    for oy in 0..g.h_out {
        let rows = g.window_rows(oy);
        for ox in 0..g.w_out {
            let cols = g.window_cols(ox);
            let mut best = E::neg_infinity();
            let mut at = rows.start * g.w_in + cols.start;
            for iy in rows.clone() {
                let row = iy * g.w_in;
                for (ix, &v) in xp[row + cols.start..row + cols.end].iter().enumerate() {
                    if v > best || v.is_nan() {
                        best = v;
                        at = row + cols.start + ix;
                    }
                }
            }
            yp[oy * g.w_out + ox] = best;
            if let Some(ap) = ap.as_deref_mut() {
                ap[oy * g.w_out + ox] = at as u32;
            }
        }
    }
}

/// Average pooling with 2×2 windows and stride 2 on one plane: the general loop's arithmetic
/// (`(((0 + a) + b) + c) + d`, then the scale), in a loop the compiler vectorises.
fn avg_pool_2x2<E: CpuFloat>(g: &Pool2dGeometry, xp: &[E], yp: &mut [E], scale: E) {
    let (w, wo) = (g.w_in, g.w_out);
    for (oy, ys) in yp.chunks_exact_mut(wo).enumerate() {
        let r0 = &xp[2 * oy * w..][..2 * wo];
        let r1 = &xp[(2 * oy + 1) * w..][..2 * wo];
        for ((y, a), b) in ys
            .iter_mut()
            .zip(r0.chunks_exact(2))
            .zip(r1.chunks_exact(2))
        {
            *y = ((((E::zero() + a[0]) + a[1]) + b[0]) + b[1]) * scale;
        }
    }
}

/// The backward pass of [`avg_pool_2x2`]: each window's four inputs get its output's gradient
/// times the scale.
fn avg_pool_2x2_backward<E: CpuFloat>(g: &Pool2dGeometry, gxp: &mut [E], gyp: &[E], scale: E) {
    let (w, wo) = (g.w_in, g.w_out);
    for (oy, gys) in gyp.chunks_exact(wo).enumerate() {
        let (r0, r1) = gxp[2 * oy * w..].split_at_mut(w);
        for ((&gy, a), b) in gys
            .iter()
            .zip(r0[..2 * wo].chunks_exact_mut(2))
            .zip(r1[..2 * wo].chunks_exact_mut(2))
        {
            let v = gy * scale;
            a[0] += v;
            a[1] += v;
            b[0] += v;
            b[1] += v;
        }
    }
}

/// One row of the 2×2 max pool for `f32` on x86-64 with AVX2: eight windows per step, with the
/// same rules as [`window_2x2`].
#[cfg(target_arch = "x86_64")]
mod avx {
    use std::arch::x86_64::*;

    /// Whether the CPU has AVX2 (cached by the standard library).
    pub fn available() -> bool {
        std::arch::is_x86_feature_detected!("avx2")
    }

    /// The even and odd elements of `s[..16]`, in order.
    #[target_feature(enable = "avx2")]
    #[inline]
    fn deinterleave(s: &[f32]) -> (__m256, __m256) {
        let s = &s[..16];
        // SAFETY: `s` holds 16 readable floats (bounds-checked above); no alignment needed.
        let (lo, hi) = unsafe {
            (
                _mm256_loadu_ps(s.as_ptr()),
                _mm256_loadu_ps(s[8..].as_ptr()),
            )
        };
        // Within each 128-bit lane: [lo0 lo2 hi0 hi2 | lo4 lo6 hi4 hi6]; the permute puts the
        // 64-bit pairs in order. (No closure here: closures do not inherit `target_feature`, and
        // the intrinsics would become calls.)
        let even = _mm256_castps_pd(_mm256_shuffle_ps::<0x88>(lo, hi));
        let odd = _mm256_castps_pd(_mm256_shuffle_ps::<0xDD>(lo, hi));
        (
            _mm256_castpd_ps(_mm256_permute4x64_pd::<0xD8>(even)),
            _mm256_castpd_ps(_mm256_permute4x64_pd::<0xD8>(odd)),
        )
    }

    /// The `ys.len()` (at least 8) windows of one output row as [`row_2x2`] without the argmax.
    #[target_feature(enable = "avx2")]
    pub fn row_2x2_max(r0: &[f32], r1: &[f32], ys: &mut [f32]) {
        let wo = ys.len();
        assert!(wo >= 8);
        for step in 0..wo.div_ceil(8) {
            let ox = (step * 8).min(wo - 8);
            let (a0, a1) = deinterleave(&r0[2 * ox..]);
            let (a2, a3) = deinterleave(&r1[2 * ox..]);
            let mut best = a0;
            for v in [a1, a2, a3] {
                let take = _mm256_or_ps(
                    _mm256_cmp_ps::<_CMP_GT_OQ>(v, best),
                    _mm256_cmp_ps::<_CMP_UNORD_Q>(v, v),
                );
                best = _mm256_blendv_ps(best, v, take);
            }
            let yd = &mut ys[ox..ox + 8];
            // SAFETY: `yd` holds 8 writable floats (bounds-checked above); no alignment needed.
            unsafe { _mm256_storeu_ps(yd.as_mut_ptr(), best) };
        }
    }

    /// The `ys.len()` (at least 8) windows of one output row, whose input rows are `r0` and `r1`
    /// (`r0` at offset `base` of a plane of width `w`): vector steps at 0, 8, 16, … and a last one
    /// ending at the row's end, which overlaps the one before and writes the same values again.
    #[target_feature(enable = "avx2")]
    pub fn row_2x2(r0: &[f32], r1: &[f32], w: usize, base: usize, ys: &mut [f32], ats: &mut [u32]) {
        let wo = ys.len();
        assert!(wo >= 8 && ats.len() == wo);
        let lanes = _mm256_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14);
        for step in 0..wo.div_ceil(8) {
            let ox = (step * 8).min(wo - 8);
            let (a0, a1) = deinterleave(&r0[2 * ox..]);
            let (a2, a3) = deinterleave(&r1[2 * ox..]);
            let first = _mm256_add_epi32(_mm256_set1_epi32((base + 2 * ox) as i32), lanes);
            let (mut best, mut at) = (a0, first);
            for (v, off) in [(a1, 1), (a2, w as i32), (a3, w as i32 + 1)] {
                let take = _mm256_or_ps(
                    _mm256_cmp_ps::<_CMP_GT_OQ>(v, best),
                    _mm256_cmp_ps::<_CMP_UNORD_Q>(v, v),
                );
                best = _mm256_blendv_ps(best, v, take);
                let cand = _mm256_add_epi32(first, _mm256_set1_epi32(off));
                at = _mm256_blendv_epi8(at, cand, _mm256_castps_si256(take));
            }
            let (yd, ad) = (&mut ys[ox..ox + 8], &mut ats[ox..ox + 8]);
            // SAFETY: `yd` and `ad` hold 8 writable elements (bounds-checked above); no alignment
            // needed.
            unsafe {
                _mm256_storeu_ps(yd.as_mut_ptr(), best);
                _mm256_storeu_si256(ad.as_mut_ptr().cast(), at);
            }
        }
    }
}

/// Max pooling keeps the argmax (an index into the input plane) of every output element.
pub struct CpuPoolSaved {
    argmax: Vec<u32>,
}

impl<E: CpuFloat> Pool2dKernel<E> for Cpu {
    type Saved = CpuPoolSaved;

    fn pool2d_forward<S: Shape>(
        &self,
        g: &Pool2dGeometry,
        x: Opened<S, E, Self>,
        train: bool,
    ) -> Computed<E, Self, Self::Saved> {
        let xd = x.read();
        let (pin, pout) = (g.h_in * g.w_in, g.h_out * g.w_out);
        // Every output is written below (both kinds), so a recycled buffer will do.
        let mut y = scratch(g.planes * pout);
        // The argmax only for a backward pass.
        let mut argmax = match g.kind {
            PoolKind::Max if train => zeroed::<u32>(g.planes * pout),
            _ => Vec::new(),
        };
        // Planes split by images, but never into tasks too small to hand to another thread.
        let per = chunk_len(g.planes).max(planes_per_task(pin)) * pout;
        let scale = E::one() / E::from(g.kernel * g.kernel).unwrap_or_else(E::one);
        let xs_per = (per / pout.max(1) * pin).max(1);
        match g.kind {
            PoolKind::Max => {
                let chunks = y.len().div_ceil(per.max(1));
                let ams = optional_chunks(train.then_some(&mut argmax[..]), chunks, per);
                y.par_chunks_mut(per.max(1))
                    .zip(xd.par_chunks(xs_per))
                    .zip(ams)
                    .for_each(|((ys, xs), mut am)| {
                        for (j, (yp, xp)) in ys.chunks_mut(pout).zip(xs.chunks(pin)).enumerate() {
                            let ap = am.as_deref_mut().map(|a| &mut a[j * pout..(j + 1) * pout]);
                            max_pool_plane(g, xp, yp, ap);
                        }
                    })
            }
            PoolKind::Avg => y
                .par_chunks_mut(per.max(1))
                .zip(xd.par_chunks(xs_per))
                .for_each(|(ys, xs)| {
                    for (yp, xp) in ys.chunks_mut(pout).zip(xs.chunks(pin)) {
                        if g.kernel == 2 && g.stride == 2 && g.padding == 0 {
                            avg_pool_2x2(g, xp, yp, scale);
                            continue;
                        }
                        for oy in 0..g.h_out {
                            let rows = g.window_rows(oy);
                            for ox in 0..g.w_out {
                                let cols = g.window_cols(ox);
                                // Padded zeros add nothing but count in the divisor
                                // (`count_include_pad=True`): `scale` is 1 / KERNEL².
                                let mut sum = E::zero();
                                for iy in rows.clone() {
                                    let row = iy * g.w_in;
                                    sum = xp[row + cols.start..row + cols.end]
                                        .iter()
                                        .fold(sum, |a, &v| a + v);
                                }
                                yp[oy * g.w_out + ox] = sum * scale;
                            }
                        }
                    }
                }),
        }
        recycle(xd);
        Ok((y, CpuPoolSaved { argmax }))
    }

    fn pool2d_blocks(
        &self,
        g: &Pool2dGeometry,
        channels: usize,
        (x, border): (Vec<E>, usize),
        to: Layout,
    ) -> Result<Vec<E>, CpuError> {
        let y = blocks_forward(g, channels, (&x, border), to);
        recycle(x);
        Ok(y)
    }

    fn pool2d_backward(
        &self,
        g: &Pool2dGeometry,
        saved: Self::Saved,
        gx: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        let (pin, pout) = (g.h_in * g.w_in, g.h_out * g.w_out);
        let scale = E::one() / E::from(g.kernel * g.kernel).unwrap_or_else(E::one);
        let per = chunk_len(g.planes).max(planes_per_task(pin));
        gx.par_chunks_mut((per * pin).max(1))
            .zip(grad_out.par_chunks((per * pout).max(1)))
            .enumerate()
            .for_each(|(ci, (gxs, gys))| {
                let planes = gxs.chunks_mut(pin.max(1)).zip(gys.chunks(pout.max(1)));
                for (j, (gxp, gyp)) in planes.enumerate() {
                    let p = ci * per + j;
                    match g.kind {
                        PoolKind::Max => {
                            let am = &saved.argmax[p * pout..(p + 1) * pout];
                            for (&at, &gy) in am.iter().zip(gyp) {
                                gxp[at as usize] += gy;
                            }
                        }
                        PoolKind::Avg if g.kernel == 2 && g.stride == 2 && g.padding == 0 => {
                            avg_pool_2x2_backward(g, gxp, gyp, scale);
                        }
                        PoolKind::Avg => {
                            for oy in 0..g.h_out {
                                let rows = g.window_rows(oy);
                                for ox in 0..g.w_out {
                                    let cols = g.window_cols(ox);
                                    let gy = gyp[oy * g.w_out + ox] * scale;
                                    for iy in rows.clone() {
                                        let row = iy * g.w_in;
                                        for v in &mut gxp[row + cols.start..row + cols.end] {
                                            *v += gy;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            });
        Ok(())
    }
}

/// The pooling of images `x` of `channels` channels in [`Layout::ChannelBlocks`] framed by
/// `border` (never read), written in `to` (planes, or channel blocks framed by its border of
/// zeros), in parallel over chunks of images: each window's 16 channels at a time, in the order
/// and with the arithmetic of the planar kernels (the same values bit for bit: the sum from
/// zero times `1 / kernel²`, the first maximum from −∞, NaN kept).
fn blocks_forward<E: CpuFloat>(
    g: &Pool2dGeometry,
    channels: usize,
    (x, border): (&[E], usize),
    to: Layout,
) -> Vec<E> {
    const B: usize = CHANNEL_BLOCK;
    let (nb, batch) = (channels.div_ceil(B), g.planes / channels.max(1));
    let (wb, npos) = (g.w_in + 2 * border, g.h_out * g.w_out);
    let block_in = (g.h_in + 2 * border) * wb * B;
    let (image_in, image_out) = (nb * block_in, image_len(channels, g.h_out, g.w_out, to));
    assert!(x.len() >= batch * image_in, "pool2d: input too short");
    let scale = E::one() / E::from(g.kernel * g.kernel).expect("a small integer");
    // The output in blocks: where position (y, x) of a block starts, and the block's length.
    let (ob, ow) = match to {
        Layout::Planar => (0, 0),
        Layout::ChannelBlocks { border } => (border, g.w_out + 2 * border),
    };
    let block_out = (g.h_out + 2 * ob) * ow * B;
    let per = chunk_len(batch);
    let mut y = vec![E::zero(); batch * image_out];
    y.par_chunks_mut((per * image_out).max(1))
        .zip(x.par_chunks((per * image_in).max(1)))
        .for_each(|(ys, xs)| {
            for (yi, xi) in ys
                .chunks_exact_mut(image_out)
                .zip(xs.chunks_exact(image_in))
            {
                for b in 0..nb {
                    let xb = &xi[b * block_in..][..block_in];
                    for oy in 0..g.h_out {
                        let rows = g.window_rows(oy);
                        for ox in 0..g.w_out {
                            let cols = g.window_cols(ox);
                            let mut acc = match g.kind {
                                PoolKind::Max => [E::neg_infinity(); B],
                                PoolKind::Avg => [E::zero(); B],
                            };
                            for iy in rows.clone() {
                                for ix in cols.clone() {
                                    let at = ((border + iy) * wb + border + ix) * B;
                                    let v = &xb[at..at + B];
                                    for (a, &v) in acc.iter_mut().zip(v) {
                                        *a = match g.kind {
                                            PoolKind::Max if v > *a || v.is_nan() => v,
                                            PoolKind::Max => *a,
                                            PoolKind::Avg => *a + v,
                                        };
                                    }
                                }
                            }
                            if g.kind == PoolKind::Avg {
                                acc.iter_mut().for_each(|a| *a *= scale);
                            }
                            let live = (channels - b * B).min(B);
                            match to {
                                Layout::Planar => {
                                    let pos = oy * g.w_out + ox;
                                    for (j, &a) in acc.iter().enumerate().take(live) {
                                        yi[(b * B + j) * npos + pos] = a;
                                    }
                                }
                                Layout::ChannelBlocks { .. } => {
                                    let at = b * block_out + ((ob + oy) * ow + ob + ox) * B;
                                    yi[at..at + B].copy_from_slice(&acc);
                                }
                            }
                        }
                    }
                }
            }
        });
    y
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 2×2 fast path, with and without the argmax, agrees with the general loop (first maximum
    /// wins, NaN propagates, −∞ windows point at their first element), including odd sizes whose
    /// last row and column are dropped.
    #[test]
    fn max_pool_2x2_matches_general_loop() {
        // Narrow planes take the scalar loop only; wide ones also the 8-wide AVX2 steps.
        for (h, w) in [(5, 7), (6, 37), (4, 32)] {
            check_2x2(h, w);
        }
    }

    /// The 2×2 average pool's fast loops against the windows summed one by one, forward and
    /// backward, including odd sizes whose last row and column are dropped.
    #[test]
    fn avg_pool_2x2_matches_naive_windows() {
        for (h, w) in [(5, 7), (6, 37), (4, 32), (2, 2)] {
            let g = Pool2dGeometry {
                kind: PoolKind::Avg,
                planes: 1,
                h_in: h,
                w_in: w,
                kernel: 2,
                stride: 2,
                padding: 0,
                h_out: h / 2,
                w_out: w / 2,
            };
            let x: Vec<f32> = (0..h * w)
                .map(|i| ((i * 37 % 23) as f32 - 11.0) / 7.0)
                .collect();
            let gy: Vec<f32> = (0..g.h_out * g.w_out)
                .map(|i| (i % 5) as f32 - 2.5)
                .collect();
            let mut y = vec![f32::NAN; g.h_out * g.w_out];
            avg_pool_2x2(&g, &x, &mut y, 0.25);
            let mut gx = vec![1.0f32; h * w];
            avg_pool_2x2_backward(&g, &mut gx, &gy, 0.25);
            let mut want_gx = vec![1.0f32; h * w];
            for oy in 0..g.h_out {
                for ox in 0..g.w_out {
                    let mut sum = 0.0f32;
                    for (dy, dx) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
                        let i = (2 * oy + dy) * w + 2 * ox + dx;
                        sum += x[i];
                        want_gx[i] += gy[oy * g.w_out + ox] * 0.25;
                    }
                    assert_eq!(y[oy * g.w_out + ox], sum * 0.25, "({oy}, {ox}) of {h}×{w}");
                }
            }
            assert_eq!(gx, want_gx, "{h}×{w}");
        }
    }

    /// Pooling on channel blocks equals the planar kernels bit for bit, written planar or in
    /// blocks (with their border zero): both kinds; windows of 2 and 3, strides 1 and 2, padded
    /// or not; 5, 16 and 20 channels (partial blocks); input borders 0 and 1; NaN, −∞ and ties
    /// among the values.
    #[test]
    fn blocks_match_planes() {
        use crate::forward::{blocks_from_planar, planar_from_blocks};
        let specials = [
            f32::NAN,
            f32::NEG_INFINITY,
            1.0,
            1.0,
            -2.0,
            0.5,
            0.0,
            3.0,
            -0.25,
        ];
        for kind in [PoolKind::Max, PoolKind::Avg] {
            for (k, s, p) in [(2, 2, 0), (3, 2, 1), (3, 1, 1), (2, 1, 0)] {
                for (c, h, w) in [(5, 7, 6), (16, 8, 9), (20, 5, 5)] {
                    let n = 3;
                    let g = Pool2dGeometry {
                        kind,
                        planes: n * c,
                        h_in: h,
                        w_in: w,
                        kernel: k,
                        stride: s,
                        padding: p,
                        h_out: (h + 2 * p - k) / s + 1,
                        w_out: (w + 2 * p - k) / s + 1,
                    };
                    let x: Vec<f32> = (0..n * c * h * w)
                        .map(|i| specials[(i * 7 + i / 5) % specials.len()] + (i % 3) as f32)
                        .collect();
                    let shape = (n, c, h, w);
                    let planes = Opened::Values(x.clone(), shape, Cpu::default());
                    let (want, _) = Cpu::default().pool2d_forward(&g, planes, false).unwrap();
                    let out = (n, c, g.h_out, g.w_out);
                    for (border, to) in [
                        (0, Layout::Planar),
                        (1, Layout::Planar),
                        (0, Layout::ChannelBlocks { border: 0 }),
                        (1, Layout::ChannelBlocks { border: 2 }),
                    ] {
                        let xb = blocks_from_planar(&x, shape, border, f32::NAN);
                        let y = blocks_forward(&g, c, (&xb, border), to);
                        let y = match to {
                            Layout::Planar => y,
                            Layout::ChannelBlocks { border } => {
                                let frame =
                                    blocks_from_planar(&vec![1.0; want.len()], out, border, 1.0);
                                for (i, (&v, &f)) in y.iter().zip(&frame).enumerate() {
                                    assert!(f != 0.0 || v == 0.0, "{g:?} {to:?}: border [{i}] {v}");
                                }
                                planar_from_blocks(&y, &out, border)
                            }
                        };
                        let bits = |v: &[f32]| v.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
                        assert_eq!(
                            bits(&y),
                            bits(&want),
                            "{g:?} from border {border} to {to:?}"
                        );
                    }
                }
            }
        }
    }

    fn check_2x2(h: usize, w: usize) {
        let g = Pool2dGeometry {
            kind: PoolKind::Max,
            planes: 1,
            h_in: h,
            w_in: w,
            kernel: 2,
            stride: 2,
            padding: 0,
            h_out: h / 2,
            w_out: w / 2,
        };
        let specials = [f32::NAN, f32::NEG_INFINITY, 1.0, 1.0, -2.0, f32::NAN, 0.0];
        for seed in 0..64usize {
            let x: Vec<f32> = (0..h * w)
                .map(|i| specials[(i * 7 + seed * 13 + i / 3 * seed) % specials.len()])
                .collect();
            let n = g.h_out * g.w_out;
            let (mut y, mut a, mut y_only) = (vec![0f32; n], vec![0u32; n], vec![0f32; n]);
            max_pool_2x2(&g, &x, &mut y, Some(&mut a));
            // Without the argmax (inference), the same maxima.
            max_pool_2x2(&g, &x, &mut y_only, None);
            for oy in 0..g.h_out {
                for ox in 0..g.w_out {
                    let (mut best, mut at) = (f32::NEG_INFINITY, 2 * oy * w + 2 * ox);
                    for ky in 0..2 {
                        for kx in 0..2 {
                            let i = (2 * oy + ky) * w + 2 * ox + kx;
                            if x[i] > best || x[i].is_nan() {
                                (best, at) = (x[i], i);
                            }
                        }
                    }
                    let o = oy * g.w_out + ox;
                    assert_eq!(a[o] as usize, at, "seed {seed} at ({oy}, {ox})");
                    assert_eq!(y[o].to_bits(), best.to_bits(), "seed {seed}");
                    assert_eq!(
                        y_only[o].to_bits(),
                        best.to_bits(),
                        "seed {seed}, no argmax"
                    );
                }
            }
        }
    }
}
