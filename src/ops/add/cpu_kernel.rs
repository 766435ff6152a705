//! CPU residual sum: one parallel pass each way.
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::AddKernel;
use crate::forward::Activation;
use crate::ops::activation::Epilogue;
use crate::ops::{fresh, read_data, recycle, CpuFloat, Forward, TASK_VALUES};

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
        // The sum goes into a new buffer written once, chunk by chunk (see the activation
        // kernel's forward pass).
        let ad = read_data(a);
        let bd = read_data(b);
        assert_eq!(
            ad.len(),
            bd.len(),
            "residual sum: the branches' shapes are one"
        );
        let n = ad.len();
        let mut ep = Epilogue::new(epilogue, n, train);
        let chunks = ep.chunks(n.div_ceil(TASK_VALUES), TASK_VALUES);
        let mut y = fresh(n);
        y.spare_capacity_mut()[..n]
            .par_chunks_mut(TASK_VALUES)
            .zip(ad.par_chunks(TASK_VALUES))
            .zip(bd.par_chunks(TASK_VALUES))
            .zip(chunks)
            .for_each(|(((ys, as_), bs), mut ep)| {
                let ys = ys.write_copy_of_slice(as_);
                for (y, &b) in ys.iter_mut().zip(bs) {
                    *y += b;
                }
                ep.apply(0, ys);
            });
        // SAFETY: the chunks cover the `n` elements, each initialised by `write_copy_of_slice`.
        unsafe { y.set_len(n) };
        recycle(ad);
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
