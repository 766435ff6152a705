//! CPU affine map: one matrix product per pass.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};

use super::LinearKernel;
use crate::forward::Activation;
use crate::ops::activation::Epilogue;
use crate::ops::{par_gemm, read_data, recycle, CpuFloat, Forward};

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

impl<E: CpuFloat> LinearKernel<E> for Cpu {
    type Saved = CpuLinearSaved<E>;

    fn linear_forward<S: Shape, W: Shape, B: Shape, O: Shape>(
        &self,
        rows: usize,
        inp: usize,
        outp: usize,
        x: &Tensor<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        epilogue: Option<Activation>,
        out: O,
        train: bool,
    ) -> Forward<O, E, Self, Self::Saved> {
        let (xd, wd, bd) = (read_data(x), read_data(weight), read_data(bias));
        let mut y = Vec::with_capacity(rows * outp);
        for _ in 0..rows {
            y.extend_from_slice(&bd);
        }
        // y[rows, out] += x[rows, inp] · Wᵀ[inp, out]
        par_gemm(
            rows,
            inp,
            outp,
            E::one(),
            (&xd, inp as isize, 1),
            (&wd, 1, inp as isize),
            E::one(),
            (&mut y, outp as isize, 1),
        );
        let mut ep = Epilogue::new(epilogue, y.len(), train);
        ep.apply_par(&mut y);
        let y = self.try_tensor_from_vec(y, out)?;
        Ok((y, CpuLinearSaved { x: xd, w: wd, ep }))
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
