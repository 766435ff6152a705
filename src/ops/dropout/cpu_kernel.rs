//! CPU dropout: the random draws come from the device's generator (seeded, shared by its clones);
//! the element-wise passes run in parallel.
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, CpuError, SampleTensor, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::DropoutKernel;
use crate::ops::{fresh, read_data, recycle, zeroed, CpuFloat, Forward, TASK_VALUES};

/// Which values were kept, and their scale.
pub struct CpuDropoutSaved<E> {
    kept: Vec<u8>,
    scale: E,
}

impl<E: CpuFloat> DropoutKernel<E> for Cpu
where
    rand_distr::Standard: rand_distr::Distribution<E>,
{
    type Saved = CpuDropoutSaved<E>;

    fn dropout_forward<S: Shape>(
        &self,
        x: &Tensor<S, E, Self>,
        p: f64,
        train: bool,
    ) -> Forward<S, E, Self, Self::Saved> {
        // Uniform draws in [0, 1): a value is kept when its draw is at least `p`.
        let draws = self.try_sample_like(x.shape(), rand_distr::Standard)?;
        let u = read_data(&draws);
        let p_e = E::from(p).unwrap_or_else(E::one);
        // Everything dropped at p = 1 (PyTorch returns zeros there).
        let scale = if p < 1.0 {
            E::from(1.0 / (1.0 - p)).unwrap_or_else(E::zero)
        } else {
            E::zero()
        };
        // A new output buffer written once (see the activation kernel's forward pass).
        let xd = read_data(x);
        let n = xd.len();
        let mut kept = zeroed::<u8>(n);
        let mut y = fresh(n);
        y.spare_capacity_mut()[..n]
            .par_chunks_mut(TASK_VALUES)
            .zip(xd.par_chunks(TASK_VALUES))
            .zip(u.par_chunks(TASK_VALUES))
            .zip(kept.par_chunks_mut(TASK_VALUES))
            .for_each(|(((ys, xs), us), ks)| {
                for (((y, &x), &u), k) in ys.iter_mut().zip(xs).zip(us).zip(ks) {
                    let keep = u >= p_e && p < 1.0;
                    *k = keep as u8;
                    y.write(if keep { x * scale } else { E::zero() });
                }
            });
        // SAFETY: the chunks cover the `n` elements, and the loop wrote each.
        unsafe { y.set_len(n) };
        recycle(xd);
        recycle(u);
        let y = self.try_tensor_from_vec(y, *x.shape())?;
        if !train {
            kept = Vec::new();
        }
        Ok((y, CpuDropoutSaved { kept, scale }))
    }

    fn dropout_backward(
        &self,
        saved: Self::Saved,
        grad_x: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        let scale = saved.scale;
        grad_x
            .par_chunks_mut(TASK_VALUES)
            .zip(grad_out.par_chunks(TASK_VALUES))
            .zip(saved.kept.par_chunks(TASK_VALUES))
            .for_each(|((gs, ys), ks)| {
                for ((g, &y), &k) in gs.iter_mut().zip(ys).zip(ks) {
                    *g += if k != 0 { y * scale } else { E::zero() };
                }
            });
        Ok(())
    }
}
