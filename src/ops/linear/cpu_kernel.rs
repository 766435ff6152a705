//! CPU affine map: one matrix product per pass.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError, Tensor};

use super::LinearKernel;
use crate::forward::{Activation, Opened};
use crate::frozen::{Form, Held, Keep};
use crate::ops::activation::Epilogue;
use crate::ops::{fresh, par_gemm, read_data, recycle, Computed, CpuFloat, Isa};

/// The input and weight data the forward pass already copied out, and the folded activation
/// with what its backward pass needs.
pub struct CpuLinearSaved<E: CpuFloat> {
    x: Vec<E>,
    w: Vec<E>,
    ep: Epilogue<E>,
}

impl<E: CpuFloat> Drop for CpuLinearSaved<E> {
    fn drop(&mut self) {
        recycle(std::mem::take(&mut self.x));
        recycle(std::mem::take(&mut self.w));
    }
}

/// Rows up to which the forward pass computes dot products instead of a matrix product: for one
/// image (or a few) the product's packing of the weight matrix costs more than the arithmetic.
pub(crate) const DOT_MAX_ROWS: usize = 4;

/// For at most [`DOT_MAX_ROWS`] rows of `f32` and vector instruction set `isa`, adds `x[r]·W[o]`
/// to `y[r][o]` as one vectorised dot product per output (the weight rows are contiguous) and
/// returns true; otherwise does nothing and returns false.
fn dots<E: CpuFloat>(isa: Isa, rows: usize, inp: usize, x: &[E], w: &[E], y: &mut [E]) -> bool {
    if rows > DOT_MAX_ROWS || inp == 0 {
        return false;
    }
    #[cfg(target_arch = "x86_64")]
    if let (Some(x), Some(w), Some(y)) = (E::as_f32(x), E::as_f32(w), E::as_f32_mut(y)) {
        use crate::ops::simd::{Avx2, Avx512};
        #[target_feature(enable = "avx512f")]
        fn wide(s: Avx512, inp: usize, x: &[f32], w: &[f32], y: &mut [f32]) {
            dots_with(s, inp, x, w, y)
        }
        #[target_feature(enable = "avx2,fma")]
        fn narrow(s: Avx2, inp: usize, x: &[f32], w: &[f32], y: &mut [f32]) {
            dots_with(s, inp, x, w, y)
        }
        // SAFETY (both calls): `isa` is one the CPU has (`Isa` values come from run-time
        // detection), so its token may be made and the function's instructions run.
        match isa {
            Isa::Avx512 => unsafe { wide(Avx512::new(), inp, x, w, y) },
            Isa::Avx2 => unsafe { narrow(Avx2::new(), inp, x, w, y) },
            Isa::Scalar => return false,
        }
        return true;
    }
    false
}

/// `y[r][o] += x[r]·w[o]` for every row `r` of `x` and `y` (`inp` and `y.len() / rows` long),
/// four outputs at a time so that each `x` vector serves four weight rows.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn dots_with<S: crate::ops::simd::Simd>(s: S, inp: usize, x: &[f32], w: &[f32], y: &mut [f32]) {
    let (l, outp) = (S::LANES, w.len() / inp);
    let body = inp / l * l;
    for (xr, yr) in x.chunks_exact(inp).zip(y.chunks_exact_mut(outp)) {
        for (o4, ys) in yr.chunks_mut(4).enumerate() {
            let ws: [&[f32]; 4] =
                std::array::from_fn(|j| &w[(o4 * 4 + j.min(ys.len() - 1)) * inp..][..inp]);
            let mut acc = [s.zero(); 4];
            for i in (0..body).step_by(l) {
                let xv = s.load(&xr[i..]);
                for (a, wj) in acc.iter_mut().zip(&ws) {
                    *a = s.fmadd(xv, s.load(&wj[i..]), *a);
                }
            }
            for (j, yo) in ys.iter_mut().enumerate() {
                let tail: f32 = (body..inp).map(|i| xr[i] * ws[j][i]).sum();
                *yo += s.hsum(acc[j]) + tail;
            }
        }
    }
}

impl<E: CpuFloat> LinearKernel<E> for Cpu {
    type Saved = CpuLinearSaved<E>;

    fn linear_forward<S: Shape, W: Shape, B: Shape>(
        &self,
        rows: usize,
        inp: usize,
        outp: usize,
        x: Opened<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        epilogue: Option<Activation>,
        keep: Option<Keep>,
        train: bool,
    ) -> Computed<E, Self, Self::Saved> {
        let form = Form::Folded { affine: false };
        let held = Held::get(keep.filter(|_| !train), form, || {
            (read_data(weight), read_data(bias))
        });
        let (xd, (wd, bd)) = (x.read(), &*held);
        let mut y = fresh(rows * outp);
        for _ in 0..rows {
            y.extend_from_slice(bd);
        }
        if !dots(Isa::detect(), rows, inp, &xd, wd, &mut y) {
            // y[rows, out] += x[rows, inp] · Wᵀ[inp, out]
            par_gemm(
                rows,
                inp,
                outp,
                E::one(),
                (&xd, inp as isize, 1),
                (wd, 1, inp as isize),
                E::one(),
                (&mut y, outp as isize, 1),
            );
        }
        let mut ep = Epilogue::new(epilogue, y.len(), train);
        ep.apply_par(&mut y);
        let w = held.into_weights();
        Ok((y, CpuLinearSaved { x: xd, w, ep }))
    }

    fn linear_backward(
        &self,
        rows: usize,
        inp: usize,
        outp: usize,
        saved: Self::Saved,
        gx: Option<&mut Self::Vec>,
        gw: &mut Self::Vec,
        gb: &mut Self::Vec,
        gy: &Self::Vec,
    ) -> Result<(), CpuError> {
        // With a folded activation, the gradient of the affine map's own output is the incoming
        // one through the activation's derivative.
        let masked = saved.ep.grad(gy);
        let gy: &[E] = masked.as_deref().unwrap_or(gy);
        // dx[rows, inp] += dy[rows, out] · W[out, inp], when the input's gradient is computed
        if let Some(gx) = gx {
            par_gemm(
                rows,
                outp,
                inp,
                E::one(),
                (gy, outp as isize, 1),
                (&saved.w, inp as isize, 1),
                E::one(),
                (gx, inp as isize, 1),
            );
        }
        // dW[out, inp] += dyᵀ[out, rows] · x[rows, inp]
        par_gemm(
            outp,
            rows,
            inp,
            E::one(),
            (gy, 1, outp as isize),
            (&saved.x, inp as isize, 1),
            E::one(),
            (gw, inp as isize, 1),
        );
        for row in gy.chunks(outp.max(1)) {
            for (a, &v) in gb.iter_mut().zip(row) {
                *a += v;
            }
        }
        if let Some(m) = masked {
            recycle(m);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dot products of the few-row forward pass against sums in `f64`, for every vector
    /// instruction set the CPU has, with lengths that leave a tail and output counts that leave a
    /// partial group of four: within `4e-7` of the sum of the terms' absolute values (f32
    /// rounding).
    #[test]
    fn dots_match_sums() {
        for isa in Isa::available() {
            for (rows, inp, outp) in [(1, 400, 120), (3, 37, 7), (4, 16, 1), (2, 5, 9)] {
                let x: Vec<f32> = (0..rows * inp)
                    .map(|i| ((i * 7 % 19) as f32 - 9.0) / 9.0)
                    .collect();
                let w: Vec<f32> = (0..outp * inp)
                    .map(|i| ((i * 5 % 23) as f32 - 11.0) / 11.0)
                    .collect();
                let mut y = vec![0.5f32; rows * outp];
                let done = dots(isa, rows, inp, &x, &w, &mut y);
                assert_eq!(done, isa != Isa::Scalar);
                if !done {
                    continue;
                }
                for r in 0..rows {
                    for o in 0..outp {
                        let terms = (0..inp).map(|i| x[r * inp + i] as f64 * w[o * inp + i] as f64);
                        let want: f64 = 0.5 + terms.clone().sum::<f64>();
                        let scale: f64 = 0.5 + terms.map(f64::abs).sum::<f64>();
                        let got = y[r * outp + o] as f64;
                        assert!(
                            (got - want).abs() <= 4e-7 * scale,
                            "{isa:?} ({r},{o}): {got} vs {want}"
                        );
                    }
                }
            }
        }
    }
}
