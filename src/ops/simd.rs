//! The vector operations of the hand-vectorised `f32` loops, for AVX2 with FMA (8 lanes, 16
//! registers) and AVX-512 (16 lanes, 32 registers). Loops are written once, generic over
//! [`Simd`], and compiled for each instruction set inside a `#[target_feature]` function.
use std::arch::x86_64::*;

/// The vector operations of one instruction set. A value of an implementing type exists only
/// where the CPU has that instruction set (its constructor is `unsafe`, and its callers check the
/// CPU with `Isa::detect`), so the operations are safe to call.
pub trait Simd: Copy {
    /// A vector of `LANES` floats.
    type V: Copy;
    /// Floats per vector.
    const LANES: usize;
    fn zero(self) -> Self::V;
    fn splat(self, x: f32) -> Self::V;
    /// The first `LANES` floats of `s` (bounds-checked).
    fn load(self, s: &[f32]) -> Self::V;
    /// Into the first `LANES` floats of `d` (bounds-checked).
    fn store(self, d: &mut [f32], v: Self::V);
    /// Into the first `LANES` floats of the uninitialised `d` (bounds-checked).
    fn store_uninit(self, d: &mut [std::mem::MaybeUninit<f32>], v: Self::V);
    /// The first `min(s.len(), LANES)` floats of `s`, zeros in the lanes after them (masked: no
    /// read past `s`; a plain load where `s` holds a whole vector, on AVX2, whose masked moves
    /// are slow on AMD's cores).
    fn load_first(self, s: &[f32]) -> Self::V;
    /// The first `min(d.len(), LANES)` lanes of `v` into `d` (masked: no write past `d`; a plain
    /// store where `d` holds a whole vector, on AVX2).
    fn store_first(self, d: &mut [f32], v: Self::V);
    /// As [`Simd::store_first`], into uninitialised floats.
    fn store_first_uninit(self, d: &mut [std::mem::MaybeUninit<f32>], v: Self::V);
    /// `a` and `b` interleaved, `(a₀, b₀, a₁, b₁, …)`, as two vectors.
    fn zip(self, a: Self::V, b: Self::V) -> (Self::V, Self::V);
    /// Lanes `a..LANES` of `v` moved down to lanes `0..LANES − a` (`a < LANES`; the lanes above
    /// them unspecified): for storing the part of a vector that starts at lane `a`.
    fn lanes_down(self, v: Self::V, a: usize) -> Self::V;
    /// `a·b + c`, fused.
    fn fmadd(self, a: Self::V, b: Self::V, c: Self::V) -> Self::V;
    /// `a + b`.
    fn add(self, a: Self::V, b: Self::V) -> Self::V;
    /// `a − b`.
    fn sub(self, a: Self::V, b: Self::V) -> Self::V;
    /// PyTorch's `relu` of each lane: 0 where `v < 0`, else `v` itself (NaN stays NaN, −0 stays
    /// −0), as [`crate::ops::activation`]'s scalar rule.
    fn relu(self, v: Self::V) -> Self::V;
    /// The floats at `p + idx[lane]` for each of the first `LANES` offsets of `idx`.
    ///
    /// # Safety
    /// Each `p + idx[lane]` must be a readable float of one allocation.
    unsafe fn gather(self, p: *const f32, idx: &[i32]) -> Self::V;
    /// The floats `s[idx[lane]]` for each of the first `LANES` offsets of `idx`, every offset
    /// below `2·LANES` and `s.len()`: on AVX-512 two masked loads and a two-source permute,
    /// several times cheaper than a gather. (An offset outside that range gives some float of `s`
    /// or zero, never a read outside `s`.)
    fn near(self, s: &[f32], idx: &[i32]) -> Self::V;
    /// The floats `s[idx[lane]]` for each of the first `LANES` offsets of `idx`, read as runs of
    /// `R` (2 or 4) consecutive floats from `s[idx[R·r]]` each, `r < LANES / R`: the caller
    /// vouches that `idx[R·r + k] = idx[R·r] + k` (not checked; each run is bounds-checked in
    /// `s`). On AVX2 two 16-byte or four 8-byte loads, where a gather is several times slower on
    /// AMD's cores; on AVX-512 a gather (this default).
    #[inline(always)]
    fn runs<const R: usize>(self, s: &[f32], idx: &[i32]) -> Self::V {
        let idx = &idx[..Self::LANES];
        assert!(idx.iter().all(|&o| o >= 0 && (o as usize) < s.len()));
        // SAFETY: every offset reaches a float of `s` (asserted just above).
        unsafe { self.gather(s.as_ptr(), idx) }
    }
    /// The 9 taps of `LANES` 3×3 kernels, kernel `lane` the 9 floats `w[at[lane]..at[lane] + 9]`:
    /// vector `t` holds tap `t` of each kernel. Nine gathers (this default); on AVX2 eight loads
    /// of 8 taps, an 8 × 8 transpose and the ninth tap float by float.
    #[inline(always)]
    fn kernels9(self, w: &[f32], at: &[usize]) -> [Self::V; 9] {
        let at = &at[..Self::LANES];
        assert!(at.iter().all(|&a| a + 9 <= w.len()) && w.len() <= i32::MAX as usize);
        let idx: [i32; 16] = std::array::from_fn(|l| at.get(l).map_or(0, |&a| a as i32));
        // A loop, not `array::from_fn`: a closure does not inherit the caller's target
        // features, and the gathers in it were calls.
        let mut taps = [self.zero(); 9];
        for (t, v) in taps.iter_mut().enumerate() {
            // SAFETY: every lane reads `w[at[lane] + t]`, `t < 9`, inside `w` (asserted above).
            *v = unsafe { self.gather(w.as_ptr().add(t), &idx) };
        }
        taps
    }
    /// The sum of the lanes.
    #[inline(always)]
    fn hsum(self, v: Self::V) -> f32 {
        let mut a = [0f32; 16];
        self.store(&mut a, v);
        a[..Self::LANES].iter().sum()
    }
}

/// AVX2 with FMA.
#[derive(Clone, Copy)]
pub struct Avx2(());

/// AVX-512F.
#[derive(Clone, Copy)]
pub struct Avx512(());

impl Avx2 {
    /// The token.
    ///
    /// # Safety
    /// The CPU must have AVX2 and FMA (`Isa::detect()` returned `Avx2` or `Avx512`).
    pub unsafe fn new() -> Avx2 {
        Avx2(())
    }

    /// The lane mask of the first `min(n, 8)` lanes (all bits set in a lane that is on).
    #[inline(always)]
    fn first(self, n: usize) -> __m256i {
        const LANE: [i32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
        // SAFETY: an `Avx2` exists only where the CPU has AVX2; `LANE` is 8 `i32`s (an
        // unaligned load).
        unsafe {
            _mm256_cmpgt_epi32(
                _mm256_set1_epi32(n.min(8) as i32),
                _mm256_loadu_si256(LANE.as_ptr().cast()),
            )
        }
    }

    /// The 8 × 8 transpose: lane `j` of vector `i` of the result is lane `i` of vector `j`.
    #[inline(always)]
    pub fn transpose8(self, r: [__m256; 8]) -> [__m256; 8] {
        // SAFETY: as in the trait's methods.
        unsafe {
            let t: [__m256; 8] = std::array::from_fn(|i| {
                let (a, b) = (r[i / 2 * 2], r[i / 2 * 2 + 1]);
                if i % 2 == 0 {
                    _mm256_unpacklo_ps(a, b)
                } else {
                    _mm256_unpackhi_ps(a, b)
                }
            });
            // u[4h + 2q + e]: from pairs (t[4h + q], t[4h + 2 + q]), low (e = 0) or high halves.
            let u: [__m256; 8] = std::array::from_fn(|i| {
                let (h, q, e) = (i / 4, i / 2 % 2, i % 2);
                let (a, b) = (t[4 * h + q], t[4 * h + 2 + q]);
                if e == 0 {
                    _mm256_shuffle_ps::<0x44>(a, b)
                } else {
                    _mm256_shuffle_ps::<0xEE>(a, b)
                }
            });
            std::array::from_fn(|j| {
                // Column j: its 4-lane halves from u of rows 0–3 and rows 4–7.
                let (a, b) = (u[j % 4], u[4 + j % 4]);
                if j < 4 {
                    _mm256_permute2f128_ps::<0x20>(a, b)
                } else {
                    _mm256_permute2f128_ps::<0x31>(a, b)
                }
            })
        }
    }
}

impl Avx512 {
    /// The token.
    ///
    /// # Safety
    /// The CPU must have AVX-512F (`Isa::detect()` returned `Avx512`).
    pub unsafe fn new() -> Avx512 {
        Avx512(())
    }

    /// The lane mask of the first `min(n, 16)` lanes.
    #[inline(always)]
    fn first(self, n: usize) -> u16 {
        ((1u32 << n.min(16)) - 1) as u16
    }
}

impl Simd for Avx2 {
    type V = __m256;
    const LANES: usize = 8;
    #[inline(always)]
    fn zero(self) -> __m256 {
        // SAFETY: an `Avx2` exists only where the CPU has AVX2 and FMA.
        unsafe { _mm256_setzero_ps() }
    }
    #[inline(always)]
    fn splat(self, x: f32) -> __m256 {
        // SAFETY: as above.
        unsafe { _mm256_set1_ps(x) }
    }
    #[inline(always)]
    fn load(self, s: &[f32]) -> __m256 {
        let s = &s[..8];
        // SAFETY: as above; `s` holds 8 readable floats, and the load needs no alignment.
        unsafe { _mm256_loadu_ps(s.as_ptr()) }
    }
    #[inline(always)]
    fn store(self, d: &mut [f32], v: __m256) {
        let d = &mut d[..8];
        // SAFETY: as above; `d` holds 8 writable floats, and the store needs no alignment.
        unsafe { _mm256_storeu_ps(d.as_mut_ptr(), v) }
    }
    #[inline(always)]
    fn store_uninit(self, d: &mut [std::mem::MaybeUninit<f32>], v: __m256) {
        let d = &mut d[..8];
        // SAFETY: as above; `d` holds 8 writable floats, and the store needs no alignment.
        unsafe { _mm256_storeu_ps(d.as_mut_ptr().cast(), v) }
    }
    #[inline(always)]
    fn load_first(self, s: &[f32]) -> __m256 {
        if s.len() >= 8 {
            return self.load(s);
        }
        // SAFETY: an `Avx2` exists only where the CPU has AVX2; the masked load reads only the
        // lanes below `s.len()`, floats of `s`.
        unsafe { _mm256_maskload_ps(s.as_ptr(), self.first(s.len())) }
    }
    #[inline(always)]
    fn store_first(self, d: &mut [f32], v: __m256) {
        if d.len() >= 8 {
            return self.store(d, v);
        }
        // SAFETY: as above; the masked store writes only the lanes below `d.len()`.
        unsafe { _mm256_maskstore_ps(d.as_mut_ptr(), self.first(d.len()), v) }
    }
    #[inline(always)]
    fn store_first_uninit(self, d: &mut [std::mem::MaybeUninit<f32>], v: __m256) {
        if d.len() >= 8 {
            return self.store_uninit(d, v);
        }
        // SAFETY: as above.
        unsafe { _mm256_maskstore_ps(d.as_mut_ptr().cast(), self.first(d.len()), v) }
    }
    #[inline(always)]
    fn zip(self, a: __m256, b: __m256) -> (__m256, __m256) {
        // SAFETY: as above. Per 128-bit half: (a0 b0 a1 b1 | a4 b4 a5 b5) and (a2 b2 a3 b3 |
        // a6 b6 a7 b7); then the low halves together and the high halves together.
        unsafe {
            let (lo, hi) = (_mm256_unpacklo_ps(a, b), _mm256_unpackhi_ps(a, b));
            (
                _mm256_permute2f128_ps::<0x20>(lo, hi),
                _mm256_permute2f128_ps::<0x31>(lo, hi),
            )
        }
    }
    #[inline(always)]
    fn lanes_down(self, v: __m256, a: usize) -> __m256 {
        // SAFETY: as above. Lane `i` takes lane `(i + a) mod 8` (the index's low 3 bits).
        unsafe {
            let i = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
            _mm256_permutevar8x32_ps(v, _mm256_add_epi32(i, _mm256_set1_epi32(a as i32)))
        }
    }
    #[inline(always)]
    unsafe fn gather(self, p: *const f32, idx: &[i32]) -> __m256 {
        let idx = &idx[..8];
        // SAFETY: an `Avx2` exists only where the CPU has AVX2; `idx` holds 8 offsets (an
        // unaligned load), and the caller vouches for the floats they reach.
        unsafe { _mm256_i32gather_ps::<4>(p, _mm256_loadu_si256(idx.as_ptr().cast())) }
    }
    #[inline(always)]
    fn kernels9(self, w: &[f32], at: &[usize]) -> [__m256; 9] {
        let at = &at[..8];
        assert!(at.iter().all(|&a| a + 9 <= w.len()));
        // SAFETY: taps 0 to 7 of each kernel, inside `w` (asserted above).
        let rows: [__m256; 8] =
            std::array::from_fn(|l| unsafe { _mm256_loadu_ps(w.as_ptr().add(at[l])) });
        let t = self.transpose8(rows);
        // SAFETY: an `Avx2` exists only where the CPU has AVX2.
        let last = unsafe {
            _mm256_setr_ps(
                w[at[0] + 8],
                w[at[1] + 8],
                w[at[2] + 8],
                w[at[3] + 8],
                w[at[4] + 8],
                w[at[5] + 8],
                w[at[6] + 8],
                w[at[7] + 8],
            )
        };
        std::array::from_fn(|i| if i < 8 { t[i] } else { last })
    }
    #[inline(always)]
    fn near(self, s: &[f32], idx: &[i32]) -> __m256 {
        // A gather: AVX2 has no two-source permute.
        let idx = &idx[..8];
        assert!(idx.iter().all(|&o| o >= 0 && (o as usize) < s.len()));
        // SAFETY: every offset reaches a float of `s` (asserted just above).
        unsafe { self.gather(s.as_ptr(), idx) }
    }
    #[inline(always)]
    fn runs<const R: usize>(self, s: &[f32], idx: &[i32]) -> __m256 {
        let run = |r: usize| &s[idx[R * r] as usize..][..R];
        match R {
            4 => {
                let (lo, hi) = (run(0), run(1));
                // SAFETY: an `Avx2` exists only where the CPU has AVX2; each load reads the
                // four floats of its run (bounds-checked just above), unaligned.
                unsafe { _mm256_loadu2_m128(hi.as_ptr(), lo.as_ptr()) }
            }
            2 => {
                let q: [i64; 4] = std::array::from_fn(|r| {
                    // SAFETY: the two floats of run `r` (bounds-checked by `run`), unaligned.
                    unsafe { run(r).as_ptr().cast::<i64>().read_unaligned() }
                });
                // SAFETY: as above.
                unsafe { _mm256_castsi256_ps(_mm256_set_epi64x(q[3], q[2], q[1], q[0])) }
            }
            _ => {
                let idx = &idx[..8];
                assert!(idx.iter().all(|&o| o >= 0 && (o as usize) < s.len()));
                // SAFETY: every offset reaches a float of `s` (asserted just above).
                unsafe { self.gather(s.as_ptr(), idx) }
            }
        }
    }
    #[inline(always)]
    fn fmadd(self, a: __m256, b: __m256, c: __m256) -> __m256 {
        // SAFETY: as above.
        unsafe { _mm256_fmadd_ps(a, b, c) }
    }
    #[inline(always)]
    fn add(self, a: __m256, b: __m256) -> __m256 {
        // SAFETY: as above.
        unsafe { _mm256_add_ps(a, b) }
    }
    #[inline(always)]
    fn sub(self, a: __m256, b: __m256) -> __m256 {
        // SAFETY: as above.
        unsafe { _mm256_sub_ps(a, b) }
    }
    #[inline(always)]
    fn relu(self, v: __m256) -> __m256 {
        // `max(0, v)` is `0 > v ? 0 : v`: false for NaN and −0, which pass unchanged.
        // SAFETY: as above.
        unsafe { _mm256_max_ps(_mm256_setzero_ps(), v) }
    }
}

impl Simd for Avx512 {
    type V = __m512;
    const LANES: usize = 16;
    #[inline(always)]
    fn zero(self) -> __m512 {
        // SAFETY: an `Avx512` exists only where the CPU has AVX-512F.
        unsafe { _mm512_setzero_ps() }
    }
    #[inline(always)]
    fn splat(self, x: f32) -> __m512 {
        // SAFETY: as above.
        unsafe { _mm512_set1_ps(x) }
    }
    #[inline(always)]
    fn load(self, s: &[f32]) -> __m512 {
        let s = &s[..16];
        // SAFETY: as above; `s` holds 16 readable floats, and the load needs no alignment.
        unsafe { _mm512_loadu_ps(s.as_ptr()) }
    }
    #[inline(always)]
    fn store(self, d: &mut [f32], v: __m512) {
        let d = &mut d[..16];
        // SAFETY: as above; `d` holds 16 writable floats, and the store needs no alignment.
        unsafe { _mm512_storeu_ps(d.as_mut_ptr(), v) }
    }
    #[inline(always)]
    fn store_uninit(self, d: &mut [std::mem::MaybeUninit<f32>], v: __m512) {
        let d = &mut d[..16];
        // SAFETY: as above; `d` holds 16 writable floats, and the store needs no alignment.
        unsafe { _mm512_storeu_ps(d.as_mut_ptr().cast(), v) }
    }
    #[inline(always)]
    fn load_first(self, s: &[f32]) -> __m512 {
        // SAFETY: an `Avx512` exists only where the CPU has AVX-512F; the masked load reads only
        // the lanes below `s.len()`, floats of `s`.
        unsafe { _mm512_maskz_loadu_ps(self.first(s.len()), s.as_ptr()) }
    }
    #[inline(always)]
    fn store_first(self, d: &mut [f32], v: __m512) {
        // SAFETY: as above; the masked store writes only the lanes below `d.len()`.
        unsafe { _mm512_mask_storeu_ps(d.as_mut_ptr(), self.first(d.len()), v) }
    }
    #[inline(always)]
    fn store_first_uninit(self, d: &mut [std::mem::MaybeUninit<f32>], v: __m512) {
        // SAFETY: as above.
        unsafe { _mm512_mask_storeu_ps(d.as_mut_ptr().cast(), self.first(d.len()), v) }
    }
    #[inline(always)]
    fn zip(self, a: __m512, b: __m512) -> (__m512, __m512) {
        // Lane i of the result takes lane i / 2 of `a` (even i) or of `b` (odd i, index 16 +).
        const LO: [i32; 16] = [0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23];
        const HI: [i32; 16] = [8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31];
        // SAFETY: as above; the index arrays are 16 `i32`s (unaligned loads).
        unsafe {
            let lo = _mm512_loadu_si512(LO.as_ptr().cast());
            let hi = _mm512_loadu_si512(HI.as_ptr().cast());
            (
                _mm512_permutex2var_ps(a, lo, b),
                _mm512_permutex2var_ps(a, hi, b),
            )
        }
    }
    #[inline(always)]
    fn lanes_down(self, v: __m512, a: usize) -> __m512 {
        // SAFETY: as above. Lane `i` takes lane `(i + a) mod 16` (the index's low 4 bits).
        unsafe {
            let i = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
            _mm512_permutexvar_ps(_mm512_add_epi32(i, _mm512_set1_epi32(a as i32)), v)
        }
    }
    #[inline(always)]
    unsafe fn gather(self, p: *const f32, idx: &[i32]) -> __m512 {
        let idx = &idx[..16];
        // SAFETY: an `Avx512` exists only where the CPU has AVX-512F; `idx` holds 16 offsets (an
        // unaligned load), and the caller vouches for the floats they reach.
        unsafe { _mm512_i32gather_ps::<4>(_mm512_loadu_si512(idx.as_ptr().cast()), p) }
    }
    #[inline(always)]
    fn near(self, s: &[f32], idx: &[i32]) -> __m512 {
        let idx = &idx[..16];
        // The first 32 floats of `s`, those past its end as zeros.
        let n = s.len().min(32);
        let mask = |lanes: usize| ((1u32 << lanes) - 1) as u16;
        // SAFETY: an `Avx512` exists only where the CPU has AVX-512F; the masked loads read only
        // their mask's lanes, floats `0..n` of `s` (`n ≤ s.len()`), and the second one runs only
        // where `s` holds more than 16; `idx` holds 16 offsets (an unaligned load). The permute
        // takes the low 5 bits of each offset: a lane of the two vectors, whatever the offset.
        unsafe {
            let lo = _mm512_maskz_loadu_ps(mask(n.min(16)), s.as_ptr());
            let hi = if n > 16 {
                _mm512_maskz_loadu_ps(mask(n - 16), s.as_ptr().add(16))
            } else {
                _mm512_setzero_ps()
            };
            _mm512_permutex2var_ps(lo, _mm512_loadu_si512(idx.as_ptr().cast()), hi)
        }
    }
    #[inline(always)]
    fn fmadd(self, a: __m512, b: __m512, c: __m512) -> __m512 {
        // SAFETY: as above.
        unsafe { _mm512_fmadd_ps(a, b, c) }
    }
    #[inline(always)]
    fn add(self, a: __m512, b: __m512) -> __m512 {
        // SAFETY: as above.
        unsafe { _mm512_add_ps(a, b) }
    }
    #[inline(always)]
    fn sub(self, a: __m512, b: __m512) -> __m512 {
        // SAFETY: as above.
        unsafe { _mm512_sub_ps(a, b) }
    }
    #[inline(always)]
    fn relu(self, v: __m512) -> __m512 {
        // As AVX2's: `max(0, v)` passes NaN and −0 unchanged.
        // SAFETY: as above.
        unsafe { _mm512_max_ps(_mm512_setzero_ps(), v) }
    }
    #[inline(always)]
    fn hsum(self, v: __m512) -> f32 {
        // SAFETY: as above.
        unsafe { _mm512_reduce_add_ps(v) }
    }
}

#[cfg(test)]
mod tests {
    use super::{Avx2, Avx512, Simd};
    use crate::ops::Isa;

    /// Runs the generic check `$check` once for each vector instruction set the CPU has.
    macro_rules! on_each_isa {
        ($check:ident) => {
            for isa in Isa::available() {
                // SAFETY: `Isa::available` lists only instruction sets the CPU has.
                match isa {
                    Isa::Avx2 => $check(unsafe { Avx2::new() }),
                    Isa::Avx512 => $check(unsafe { Avx512::new() }),
                    Isa::Scalar => {}
                }
            }
        };
    }

    /// `near` reads `s[idx[lane]]` for offsets up to 31 and slices of 1 to 40 floats (the
    /// AVX-512 loads masked at the slice's end), on every instruction set the CPU has.
    fn near_reads_the_offsets<S: Simd>(s: S) {
        let data: Vec<f32> = (0..40).map(|i| i as f32 + 0.5).collect();
        for len in 1..=40 {
            let span = len.min(2 * S::LANES);
            // Offsets that climb, repeat and fall, all below `span`.
            let idx: Vec<i32> = (0..16).map(|l| ((l * 7 + len) % span) as i32).collect();
            let v = s.near(&data[..len], &idx);
            let mut got = [0f32; 16];
            s.store(&mut got, v);
            for l in 0..S::LANES {
                assert_eq!(got[l], data[idx[l] as usize], "{len} floats, lane {l}");
            }
        }
    }

    /// `load_first` reads the first `min(n, LANES)` floats and zeros; `store_first` writes exactly
    /// those lanes, and nothing past its slice (the floats after it keep their values).
    fn first_lanes_only<S: Simd>(s: S) {
        let data: Vec<f32> = (0..20).map(|i| i as f32 + 0.5).collect();
        for n in 0..=S::LANES + 2 {
            let mut got = [f32::NAN; 16];
            s.store(&mut got, s.load_first(&data[..n]));
            for l in 0..S::LANES {
                let want = if l < n { data[l] } else { 0.0 };
                assert_eq!(got[l], want, "load_first of {n} floats, lane {l}");
            }
            let mut out = [-1f32; 20];
            s.store_first(&mut out[..n], s.load(&data));
            let mut un = [std::mem::MaybeUninit::new(-1f32); 20];
            s.store_first_uninit(&mut un[..n], s.load(&data));
            for l in 0..20 {
                let want = if l < n.min(S::LANES) { data[l] } else { -1.0 };
                assert_eq!(out[l], want, "store_first of {n} floats, float {l}");
                // SAFETY: every element was initialised to -1 above.
                assert_eq!(
                    unsafe { un[l].assume_init() },
                    want,
                    "uninit, {n} floats, float {l}"
                );
            }
        }
    }

    #[test]
    fn first_lanes_match_indexing() {
        on_each_isa!(first_lanes_only);
    }

    /// `lanes_down(v, a)` moves lane `a + l` of `v` to lane `l`, for every `a` and `l`.
    fn moves_lanes_down<S: Simd>(s: S) {
        let data: Vec<f32> = (0..16).map(|i| i as f32 + 0.5).collect();
        let v = s.load(&data);
        for a in 0..S::LANES {
            let mut got = [f32::NAN; 16];
            s.store(&mut got, s.lanes_down(v, a));
            assert_eq!(got[..S::LANES - a], data[a..S::LANES], "from lane {a}");
        }
    }

    #[test]
    fn lanes_down_matches_indexing() {
        on_each_isa!(moves_lanes_down);
    }

    /// `runs::<R>` reads `s[idx[lane]]` for offsets in runs of `R` consecutive floats that
    /// start anywhere (unaligned, out of order, at the slice's last floats).
    fn runs_read_the_offsets<S: Simd>(s: S) {
        let data: Vec<f32> = (0..64).map(|i| i as f32 + 0.5).collect();
        for first in [0usize, 1, 3, 7] {
            let starts = [first, 37, 9, 64 - 4, 22, 5, 50, 13];
            let runs4: Vec<i32> = (0..16).map(|l| (starts[l / 4] + l % 4) as i32).collect();
            let runs2: Vec<i32> = (0..16).map(|l| (starts[l / 2] + l % 2) as i32).collect();
            for (idx, v) in [
                (&runs4, s.runs::<4>(&data, &runs4)),
                (&runs2, s.runs::<2>(&data, &runs2)),
            ] {
                let mut got = [0f32; 16];
                s.store(&mut got, v);
                for l in 0..S::LANES {
                    assert_eq!(got[l], data[idx[l] as usize], "from {first}, lane {l}");
                }
            }
        }
    }

    /// `kernels9` puts tap `t` of the kernel at `at[lane]` in lane `lane` of vector `t`: kernels
    /// in order, out of order, overlapping, repeated, and the last one ending at the slice's end.
    fn kernels9_reads_the_taps<S: Simd>(s: S) {
        let data: Vec<f32> = (0..200).map(|i| i as f32 + 0.25).collect();
        let plans: [Vec<usize>; 3] = [
            (0..16).map(|l| 9 * l).collect(),
            (0..16).map(|l| (l * 37 + 5) % 180).collect(),
            (0..16)
                .map(|l| if l % 2 == 0 { 191 } else { l * 3 })
                .collect(),
        ];
        for at in &plans {
            for (t, v) in s.kernels9(&data, at).into_iter().enumerate() {
                let mut got = [0f32; 16];
                s.store(&mut got, v);
                for l in 0..S::LANES {
                    assert_eq!(got[l], data[at[l] + t], "{at:?}: tap {t}, lane {l}");
                }
            }
        }
    }

    #[test]
    fn kernels9_match_indexing() {
        on_each_isa!(kernels9_reads_the_taps);
    }

    #[test]
    fn runs_match_indexing() {
        on_each_isa!(runs_read_the_offsets);
    }

    #[test]
    fn near_matches_indexing() {
        on_each_isa!(near_reads_the_offsets);
    }

    /// `relu` gives the scalar rule's bits on every lane: negatives to +0, −0 and NaN unchanged,
    /// infinities and subnormals as the rule says.
    fn relu_as_the_scalar_rule<S: Simd>(s: S) {
        let vals = [
            -1.5f32,
            -0.0,
            0.0,
            2.25,
            f32::NAN,
            -f32::NAN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            -1e-40,
            1e-40,
            f32::MIN,
            f32::MAX,
            -3.0,
            7.0,
            -0.5,
            0.5,
        ];
        let mut got = [0f32; 16];
        s.store(&mut got, s.relu(s.load(&vals)));
        for l in 0..S::LANES {
            let want = crate::ops::activation::relu_value(vals[l]);
            assert_eq!(got[l].to_bits(), want.to_bits(), "relu({})", vals[l]);
        }
    }

    /// `transpose8` puts lane `j` of vector `i` at lane `i` of vector `j`, for all 64 places.
    #[test]
    fn transpose8_moves_every_lane() {
        if !Isa::available().contains(&Isa::Avx2) {
            return;
        }
        // SAFETY: the CPU has AVX2 (checked just above).
        let s = unsafe { Avx2::new() };
        let data: Vec<f32> = (0..64).map(|i| i as f32).collect();
        let r: [_; 8] = std::array::from_fn(|i| s.load(&data[8 * i..]));
        for (j, v) in s.transpose8(r).into_iter().enumerate() {
            let mut got = [0f32; 8];
            s.store(&mut got, v);
            for (i, &g) in got.iter().enumerate() {
                assert_eq!(g, data[8 * i + j], "lane {i} of vector {j}");
            }
        }
    }

    #[test]
    fn relu_matches_the_scalar_rule() {
        on_each_isa!(relu_as_the_scalar_rule);
    }
}
