//! CPU residual sum: one parallel pass each way.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError};
use rayon::prelude::*;

use super::AddKernel;
use crate::forward::{Activation, Opened};
use crate::ops::activation::Epilogue;
use crate::ops::{recycle, Computed, CpuFloat, TASK_VALUES};

impl<E: CpuFloat> AddKernel<E> for Cpu {
    /// The folded activation and what its backward pass needs.
    type Saved = Epilogue<E>;

    fn add_forward<S: Shape, S2: Shape>(
        &self,
        a: Opened<S, E, Self>,
        b: Opened<S2, E, Self>,
        epilogue: Option<Activation>,
        train: bool,
    ) -> Computed<E, Self, Self::Saved> {
        // The sum is written over `a`'s values (a buffer of ours either way), chunk by chunk.
        let mut y = a.read();
        let bd = b.read();
        assert_eq!(
            y.len(),
            bd.len(),
            "residual sum: the branches' shapes are one"
        );
        let n = y.len();
        let mut ep = Epilogue::new(epilogue, n, train);
        let chunks = ep.chunks(n.div_ceil(TASK_VALUES), TASK_VALUES);
        y.par_chunks_mut(TASK_VALUES)
            .zip(bd.par_chunks(TASK_VALUES))
            .zip(chunks)
            .for_each(|((ys, bs), mut ep)| {
                for (y, &b) in ys.iter_mut().zip(bs) {
                    *y += b;
                }
                ep.apply(0, ys);
            });
        recycle(bd);
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
