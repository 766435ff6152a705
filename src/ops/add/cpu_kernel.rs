//! CPU residual sum: one parallel pass each way.
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::AddKernel;
use crate::forward::Activation;
use crate::ops::activation::Epilogue;
use crate::ops::{read_data, recycle, CpuFloat, Forward};

/// Elements per parallel task.
const CHUNK: usize = 1 << 14;

impl<E: CpuFloat> AddKernel<E> for Cpu {
    /// The folded activation and what its backward pass needs.
    type Saved = Epilogue<E>;

    fn add_forward<S: Shape, S2: Shape>(
        &self,
        a: &Tensor<S, E, Self>,
        b: &Tensor<S2, E, Self>,
        epilogue: Option<Activation>,
        train: bool,
    ) -> Forward<S, E, Self, Self::Saved> {
        let mut y = read_data(a);
        let bd = read_data(b);
        assert_eq!(
            y.len(),
            bd.len(),
            "residual sum: the branches' shapes are one"
        );
        let mut ep = Epilogue::new(epilogue, y.len(), train);
        let chunks = ep.chunks(y.len().div_ceil(CHUNK), CHUNK);
        y.par_chunks_mut(CHUNK)
            .zip(bd.par_chunks(CHUNK))
            .zip(chunks)
            .for_each(|((ys, bs), mut ep)| {
                for (y, &b) in ys.iter_mut().zip(bs) {
                    *y += b;
                }
                ep.apply(0, ys);
            });
        recycle(bd);
        let y = self.try_tensor_from_vec(y, *a.shape())?;
        Ok((y, ep))
    }

    fn add_backward(
        &self,
        saved: &Self::Saved,
        grad: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        saved.add_grad(grad, grad_out);
        Ok(())
    }
}
