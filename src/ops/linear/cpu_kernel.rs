//! CPU affine map: one matrix product per pass.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError, Gradients, Tensor, TensorFromVec};

use super::LinearKernel;
use crate::ops::{put_grad, read_data, take_grad, CpuFloat, Forward};

/// The input and weight data the forward pass already copied out.
pub struct CpuLinearSaved<E> {
    x: Vec<E>,
    w: Vec<E>,
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
        out: O,
    ) -> Forward<O, E, Self, Self::Saved> {
        let (xd, wd, bd) = (read_data(x), read_data(weight), read_data(bias));
        let mut y = Vec::with_capacity(rows * outp);
        for _ in 0..rows {
            y.extend_from_slice(&bd);
        }
        // y[rows, out] += x[rows, inp] · Wᵀ[inp, out]
        E::gemm(
            rows,
            inp,
            outp,
            E::one(),
            (&xd, inp as isize, 1),
            (&wd, 1, inp as isize),
            E::one(),
            (&mut y, outp as isize, 1),
        );
        let y = self.try_tensor_from_vec(y, out)?;
        Ok((y, CpuLinearSaved { x: xd, w: wd }))
    }

    fn linear_backward<S: Shape, W: Shape, B: Shape, O: Shape>(
        &self,
        rows: usize,
        inp: usize,
        outp: usize,
        saved: Self::Saved,
        x: &Tensor<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        out: &Tensor<O, E, Self>,
        grads: &mut Gradients<E, Self>,
    ) -> Result<(), CpuError> {
        let gy = take_grad(grads, out)?;
        // dx[rows, inp] += dy[rows, out] · W[out, inp]
        let gx = grads.get_or_alloc_mut(x)?;
        E::gemm(
            rows,
            outp,
            inp,
            E::one(),
            (&gy, outp as isize, 1),
            (&saved.w, inp as isize, 1),
            E::one(),
            (gx, inp as isize, 1),
        );
        // dW[out, inp] += dyᵀ[out, rows] · x[rows, inp]
        let gw = grads.get_or_alloc_mut(weight)?;
        E::gemm(
            outp,
            rows,
            inp,
            E::one(),
            (&gy, 1, outp as isize),
            (&saved.x, inp as isize, 1),
            E::one(),
            (gw, inp as isize, 1),
        );
        let gb = grads.get_or_alloc_mut(bias)?;
        for row in gy.chunks(outp.max(1)) {
            for (a, &v) in gb.iter_mut().zip(row) {
                *a += v;
            }
        }
        put_grad(grads, out, gy)
    }
}
