//! The register tile of a packed `f32` matrix product, as in BLIS and GotoBLAS: `C += A·B` for an
//! `MR × NR` block of `C`, from `A` packed as `kc` columns of `MR` values and `B` packed as `kc`
//! rows of `NR` values. The callers (the convolution's GEMM path) pack the operands straight from
//! images and gradients, block the loops for the caches and split the work over threads; this
//! module only multiplies.
//!
//! The tile is 8 × 48 on AVX-512 (24 accumulator registers of 16 lanes), 6 × 16 on AVX2 and FMA
//! (12 registers of 8 lanes), 4 × 8 in plain code. Each `C` element is the sum over `k` in order of
//! fused multiply-adds on the vector paths and of separate multiplies and adds in plain code (so
//! the results differ in the last bits between the plain and the vector paths, not between runs).
use super::Isa;

/// A register tile for one instruction set: its shape and its loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tile {
    /// The instruction set the loop is compiled for.
    pub isa: Isa,
    /// Rows of `C` per tile (values per packed column of `A`).
    pub mr: usize,
    /// Columns of `C` per tile (values per packed row of `B`).
    pub nr: usize,
}

impl Tile {
    /// The tile for the widest instruction set the CPU has.
    pub fn detect() -> Tile {
        Tile::for_isa(Isa::detect())
    }

    /// The tile for instruction set `isa` (which the CPU must have).
    pub fn for_isa(isa: Isa) -> Tile {
        match isa {
            Isa::Avx512 => Tile { isa, mr: 8, nr: 48 },
            Isa::Avx2 => Tile { isa, mr: 6, nr: 16 },
            Isa::Scalar => Tile { isa, mr: 4, nr: 8 },
        }
    }

    /// `C[i][j] (+)= Σ_k A[i][k] · b[k·nr + j]` for `i < rows`, `j < cols`, where `A[i][k]` is
    /// `a.0[i·a.1 + k·a.2]` (a packed panel of `kc` columns of `mr` values has strides `(1, mr)`;
    /// a row-major matrix `(row length, 1)`) and `C[i][j]` is `c[i·ldc + j]`: added to `C` with
    /// `accumulate`, written over it otherwise. `b` holds `kc` packed rows of `nr` values (the
    /// part beyond `cols` may hold anything finite; it does not reach `C`).
    #[allow(clippy::too_many_arguments)]
    pub fn run(
        &self,
        kc: usize,
        a: (&[f32], usize, usize),
        b: &[f32],
        c: &mut [f32],
        ldc: usize,
        rows: usize,
        cols: usize,
        accumulate: bool,
    ) {
        let (mr, nr) = (self.mr, self.nr);
        assert!(
            rows <= mr && cols <= nr,
            "gemm: tile larger than the register tile"
        );
        assert!(b.len() >= kc * nr, "gemm: B panel too short");
        if rows == 0 || cols == 0 {
            return;
        }
        // The tile reads rows `0..mr` of A; those past `rows` repeat the last one (their sums are
        // computed and dropped).
        let (a, rs, cs) = a;
        if kc > 0 {
            assert!(
                (rows - 1) * rs + (kc - 1) * cs < a.len(),
                "gemm: A too short"
            );
        }
        let a = Strided { a, rs, cs, rows };
        assert!(c.len() >= (rows - 1) * ldc + cols, "gemm: C too short");
        // Columns the tile computes: on AVX-512, whole vectors of 16 up to `cols` (a panel's
        // last partial tile of 16 or 32 columns costs a third or two of a full one), else `nr`.
        let width = match self.isa {
            Isa::Avx512 => cols.div_ceil(16) * 16,
            _ => nr,
        };
        // A partial tile is computed into a local block, then its valid part moved. (Only a
        // partial tile pays for zeroing the block.)
        let full = rows == mr && cols == width;
        let mut local = if full { None } else { Some([0f32; 8 * 48]) };
        let (dst, ld, acc) = match &mut local {
            None => (&mut *c, ldc, accumulate),
            Some(local) => (&mut local[..], nr, false),
        };
        match self.isa {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `Tile`s for AVX-512 are made only where the CPU has it (`Isa` values come
            // from run-time detection).
            Isa::Avx512 => unsafe {
                match width {
                    16 => x86::tile_avx512::<1>(kc, a, b, dst, ld, acc),
                    32 => x86::tile_avx512::<2>(kc, a, b, dst, ld, acc),
                    _ => x86::tile_avx512::<3>(kc, a, b, dst, ld, acc),
                }
            },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: likewise for AVX2 and FMA.
            Isa::Avx2 => unsafe { x86::tile_avx2(kc, a, b, dst, ld, acc) },
            _ => tile_scalar(kc, a, b, dst, ld, acc),
        }
        if let Some(local) = local {
            for (i, row) in local.chunks_exact(nr).take(rows).enumerate() {
                let c = &mut c[i * ldc..][..cols];
                if accumulate {
                    c.iter_mut().zip(row).for_each(|(c, &v)| *c += v);
                } else {
                    c.copy_from_slice(&row[..cols]);
                }
            }
        }
    }
}

/// The `A` operand of a tile: element `(i, k)` at `a[min(i, rows − 1)·rs + k·cs]`, every index
/// the tile reads checked to lie in `a` by [`Tile::run`].
#[derive(Clone, Copy)]
struct Strided<'a> {
    a: &'a [f32],
    rs: usize,
    cs: usize,
    rows: usize,
}

impl Strided<'_> {
    /// Where row `i` starts.
    #[inline(always)]
    fn row(&self, i: usize) -> usize {
        i.min(self.rows - 1) * self.rs
    }

    /// Element `(i, k)` given the start of row `i`.
    #[inline(always)]
    fn at(&self, row: usize, k: usize) -> f32 {
        // SAFETY: `Tile::run` checked that the furthest index a tile reads, the last row's start
        // plus `(kc − 1)·cs`, lies in `a`; rows start no further, and `k < kc`.
        unsafe { *self.a.get_unchecked(row + k * self.cs) }
    }
}

/// The 4 × 8 tile in plain code.
fn tile_scalar(kc: usize, a: Strided, b: &[f32], c: &mut [f32], ldc: usize, accumulate: bool) {
    const MR: usize = 4;
    const NR: usize = 8;
    let mut acc = [[0f32; NR]; MR];
    let rows: [usize; MR] = std::array::from_fn(|i| a.row(i));
    let (b, _) = b[..kc * NR].as_chunks::<NR>();
    for (k, bk) in b.iter().enumerate() {
        for (row, &r) in acc.iter_mut().zip(&rows) {
            let av = a.at(r, k);
            for (r, &bv) in row.iter_mut().zip(bk) {
                *r += av * bv;
            }
        }
    }
    for (i, row) in acc.iter().enumerate() {
        let c = &mut c[i * ldc..][..NR];
        if accumulate {
            c.iter_mut().zip(row).for_each(|(c, &v)| *c += v);
        } else {
            c.copy_from_slice(row);
        }
    }
}

/// The vector tiles.
#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::Strided;
    use std::arch::x86_64::*;

    /// The 8 × 48 tile (`NV = 3`), or its first `16·NV` columns: `8·NV` accumulators of 16
    /// lanes; per `k`, `NV` loads of `B` (rows of 48 floats whatever `NV`) and eight broadcasts
    /// of `A`. Writes columns `0..16·NV` of `c`'s eight rows.
    #[target_feature(enable = "avx512f")]
    pub fn tile_avx512<const NV: usize>(
        kc: usize,
        a: Strided,
        b: &[f32],
        c: &mut [f32],
        ldc: usize,
        acc: bool,
    ) {
        const MR: usize = 8;
        const NR: usize = 48;
        assert!((1..=3).contains(&NV));
        let mut r = [[_mm512_setzero_ps(); NV]; MR];
        let rows: [usize; MR] = std::array::from_fn(|i| a.row(i));
        let (b, _) = b[..kc * NR].as_chunks::<NR>();
        for (k, bk) in b.iter().enumerate() {
            // SAFETY: `bk` holds 48 readable floats, of which the loads read the first `16·NV`
            // (`NV ≤ 3`); they need no alignment.
            let bv: [__m512; NV] =
                std::array::from_fn(|j| unsafe { _mm512_loadu_ps(bk.as_ptr().add(16 * j)) });
            for (ri, &row) in r.iter_mut().zip(&rows) {
                let av = _mm512_set1_ps(a.at(row, k));
                for (rij, &bj) in ri.iter_mut().zip(&bv) {
                    *rij = _mm512_fmadd_ps(av, bj, *rij);
                }
            }
        }
        for (i, ri) in r.iter().enumerate() {
            let row = &mut c[i * ldc..][..16 * NV];
            for (j, &v) in ri.iter().enumerate() {
                let p = row[16 * j..][..16].as_mut_ptr();
                // SAFETY: `p` points at 16 writable floats of `row` (bounds-checked just above).
                unsafe {
                    let v = if acc {
                        _mm512_add_ps(_mm512_loadu_ps(p), v)
                    } else {
                        v
                    };
                    _mm512_storeu_ps(p, v);
                }
            }
        }
    }

    /// The 6 × 16 tile: 12 accumulators of 8 lanes; per `k`, two loads of `B` and six broadcasts
    /// of `A`.
    #[target_feature(enable = "avx2,fma")]
    pub fn tile_avx2(kc: usize, a: Strided, b: &[f32], c: &mut [f32], ldc: usize, acc: bool) {
        const MR: usize = 6;
        const NR: usize = 16;
        let mut r = [[_mm256_setzero_ps(); 2]; MR];
        let rows: [usize; MR] = std::array::from_fn(|i| a.row(i));
        let (b, _) = b[..kc * NR].as_chunks::<NR>();
        for (k, bk) in b.iter().enumerate() {
            // SAFETY: `bk` holds 16 readable floats; the loads need no alignment.
            let bv = unsafe {
                [
                    _mm256_loadu_ps(bk.as_ptr()),
                    _mm256_loadu_ps(bk.as_ptr().add(8)),
                ]
            };
            for (ri, &row) in r.iter_mut().zip(&rows) {
                let av = _mm256_set1_ps(a.at(row, k));
                for (rij, &bj) in ri.iter_mut().zip(&bv) {
                    *rij = _mm256_fmadd_ps(av, bj, *rij);
                }
            }
        }
        for (i, ri) in r.iter().enumerate() {
            let row = &mut c[i * ldc..][..NR];
            for (j, &v) in ri.iter().enumerate() {
                let p = row[8 * j..][..8].as_mut_ptr();
                // SAFETY: `p` points at 8 writable floats of `row` (bounds-checked just above).
                unsafe {
                    let v = if acc {
                        _mm256_add_ps(_mm256_loadu_ps(p), v)
                    } else {
                        v
                    };
                    _mm256_storeu_ps(p, v);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every tile the CPU has, full and partial, writing and accumulating, against a sum in `f64`.
    #[test]
    fn tiles_match_naive_products() {
        for isa in Isa::available() {
            let t = Tile::for_isa(isa);
            for kc in [0, 1, 7, 64] {
                let widths = [(t.mr, t.nr), (1, 1), (t.mr - 1, t.nr - 3), (2, t.nr)];
                // AVX-512's narrower tiles: 16 and 32 columns, whole and partial.
                let narrow = [(t.mr, 16), (t.mr, 32), (t.mr, 17), (3, 31), (t.mr, 33)];
                for (rows, cols) in widths
                    .into_iter()
                    .chain(narrow.into_iter().filter(|_| t.nr == 48))
                {
                    let a: Vec<f32> = (0..kc * t.mr).map(|i| (i % 7) as f32 - 3.0).collect();
                    let b: Vec<f32> = (0..kc * t.nr).map(|i| (i % 5) as f32 * 0.5).collect();
                    let ldc = t.nr + 5;
                    for accumulate in [false, true] {
                        let mut c = vec![1.5f32; t.mr * ldc];
                        t.run(kc, (&a, 1, t.mr), &b, &mut c, ldc, rows, cols, accumulate);
                        for i in 0..t.mr {
                            for j in 0..ldc {
                                let inside = i < rows && j < cols;
                                let dot = || -> f64 {
                                    (0..kc)
                                        .map(|k| a[k * t.mr + i] as f64 * b[k * t.nr + j] as f64)
                                        .sum()
                                };
                                let want = match (inside, accumulate) {
                                    (false, _) => 1.5,
                                    (true, false) => dot(),
                                    (true, true) => dot() + 1.5,
                                };
                                assert_eq!(c[i * ldc + j] as f64, want, "{isa:?} {kc} ({i},{j})");
                            }
                        }
                    }
                }
            }
        }
    }
}
