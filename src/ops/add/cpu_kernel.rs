//! CPU residual sum: one parallel pass each way.
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::AddKernel;
use crate::forward::Activation;
use crate::ops::relu::{passes, relu_value};
use crate::ops::{read_data, recycle, CpuFloat, Forward};

/// Elements per parallel task.
const CHUNK: usize = 1 << 14;

/// Where a folded ReLU passes the gradient (empty without one).
pub struct CpuAddSaved {
    mask: Vec<u8>,
}

impl<E: CpuFloat> AddKernel<E> for Cpu {
    type Saved = CpuAddSaved;

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
        let relu = match epilogue {
            None => false,
            Some(Activation::Relu) => true,
        };
        let mut mask = vec![0u8; if relu && train { y.len() } else { 0 }];
        if mask.is_empty() {
            y.par_chunks_mut(CHUNK)
                .zip(bd.par_chunks(CHUNK))
                .for_each(|(ys, bs)| {
                    for (y, &b) in ys.iter_mut().zip(bs) {
                        let v = *y + b;
                        *y = if relu { relu_value(v) } else { v };
                    }
                });
        } else {
            y.par_chunks_mut(CHUNK)
                .zip(bd.par_chunks(CHUNK))
                .zip(mask.par_chunks_mut(CHUNK))
                .for_each(|((ys, bs), ms)| {
                    for ((y, &b), m) in ys.iter_mut().zip(bs).zip(ms) {
                        let v = *y + b;
                        *m = passes(v) as u8;
                        *y = relu_value(v);
                    }
                });
        }
        recycle(bd);
        let y = self.try_tensor_from_vec(y, *a.shape())?;
        Ok((y, CpuAddSaved { mask }))
    }

    fn add_backward(
        &self,
        saved: &Self::Saved,
        grad: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        if saved.mask.is_empty() {
            grad.par_chunks_mut(CHUNK)
                .zip(grad_out.par_chunks(CHUNK))
                .for_each(|(gs, ys)| {
                    for (g, &y) in gs.iter_mut().zip(ys) {
                        *g += y;
                    }
                });
        } else {
            grad.par_chunks_mut(CHUNK)
                .zip(grad_out.par_chunks(CHUNK))
                .zip(saved.mask.par_chunks(CHUNK))
                .for_each(|((gs, ys), ms)| {
                    for ((g, &y), &m) in gs.iter_mut().zip(ys).zip(ms) {
                        *g += if m != 0 { y } else { E::zero() };
                    }
                });
        }
        Ok(())
    }
}
