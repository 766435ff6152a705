//! CPU global average pooling: planes in parallel.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError};
use rayon::prelude::*;

use super::GlobalAvgPoolKernel;
use crate::forward::Opened;
use crate::ops::{planes_per_task, recycle, sum, CpuFloat};

impl<E: CpuFloat> GlobalAvgPoolKernel<E> for Cpu {
    fn global_avg_pool_forward<S: Shape>(
        &self,
        plane: usize,
        x: Opened<S, E, Self>,
    ) -> Result<Vec<E>, CpuError> {
        let xd = x.read();
        let scale = E::one() / E::from(plane).unwrap_or_else(E::one);
        let mut y = vec![E::zero(); xd.len() / plane.max(1)];
        let per = planes_per_task(plane);
        y.par_chunks_mut(per)
            .zip(xd.par_chunks((per * plane).max(1)))
            .for_each(|(ys, xs)| {
                for (y, p) in ys.iter_mut().zip(xs.chunks(plane.max(1))) {
                    *y = sum(p) * scale;
                }
            });
        recycle(xd);
        Ok(y)
    }

    fn global_avg_pool_backward(
        &self,
        plane: usize,
        gx: &mut Self::Vec,
        gy: &Self::Vec,
    ) -> Result<(), CpuError> {
        let scale = E::one() / E::from(plane).unwrap_or_else(E::one);
        let per = planes_per_task(plane);
        gx.par_chunks_mut((per * plane).max(1))
            .zip(gy.par_chunks(per))
            .for_each(|(gxs, gys)| {
                for (p, &g) in gxs.chunks_mut(plane.max(1)).zip(gys) {
                    let share = g * scale;
                    p.iter_mut().for_each(|v| *v += share);
                }
            });
        Ok(())
    }
}
