//! CPU ReLU: one parallel pass each way; the forward pass records a bit per element.
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::ReluKernel;
use crate::ops::{read_data, CpuFloat, Forward};

/// Elements per parallel task.
const CHUNK: usize = 1 << 14;

/// Which inputs were positive, one byte per element (written and read by vectorised loops).
pub struct CpuReluSaved {
    positive: Vec<u8>,
}

/// `max(x, 0)` with NaN kept, in place (branch-free, so the loop vectorises).
#[inline]
fn relu_value<E: CpuFloat>(x: E) -> E {
    if x > E::zero() || x.is_nan() {
        x
    } else {
        E::zero()
    }
}

impl<E: CpuFloat> ReluKernel<E> for Cpu {
    type Saved = CpuReluSaved;

    fn relu_forward<S: Shape>(
        &self,
        x: &Tensor<S, E, Self>,
        train: bool,
    ) -> Forward<S, E, Self, Self::Saved> {
        let mut y = read_data(x);
        let mut positive = vec![0u8; if train { y.len() } else { 0 }];
        if train {
            y.par_chunks_mut(CHUNK)
                .zip(positive.par_chunks_mut(CHUNK))
                .for_each(|(ys, ps)| {
                    for (e, p) in ys.iter_mut().zip(ps) {
                        *p = (*e > E::zero()) as u8;
                        *e = relu_value(*e);
                    }
                });
        } else {
            y.par_chunks_mut(CHUNK).for_each(|ys| {
                for e in ys {
                    *e = relu_value(*e);
                }
            });
        }
        let y = self.try_tensor_from_vec(y, *x.shape())?;
        Ok((y, CpuReluSaved { positive }))
    }

    fn relu_backward(
        &self,
        saved: Self::Saved,
        gx: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        // No input gradient for an input marked by `TraceInput::traced_input`.
        if crate::input::is_marked(gx) {
            return Ok(());
        }
        gx.par_chunks_mut(CHUNK)
            .zip(grad_out.par_chunks(CHUNK))
            .zip(saved.positive.par_chunks(CHUNK))
            .for_each(|((gxs, gys), ps)| {
                for ((g, &y), &p) in gxs.iter_mut().zip(gys).zip(ps) {
                    *g += if p != 0 { y } else { E::zero() };
                }
            });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use dfdx::prelude::*;

    /// Forward and backward against PyTorch's rules over more than one parallel chunk and a partial
    /// mask word: negatives and zeros give 0 with gradient 0, positives pass with gradient 1, NaN
    /// stays NaN with gradient 0.
    #[test]
    fn relu_matches_pytorch_rules() {
        let dev: Cpu = Default::default();
        let n = super::CHUNK + 100;
        let specials = [-1.5f32, 0.0, 2.5, f32::NAN, -0.0, 1e-30];
        let x: Vec<f32> = (0..n).map(|i| specials[(i * 7 + i / 5) % 6]).collect();
        let xt = dev.tensor_from_vec(x.clone(), (n,));
        let y = crate::ops::relu::relu(xt.trace(Gradients::leaky())).unwrap();
        let yv = y.as_vec();
        let r: Vec<f32> = (0..n).map(|i| (i % 13) as f32 - 6.0).collect();
        let grads = (y * dev.tensor_from_vec(r.clone(), (n,))).sum().backward();
        let gx = grads.get(&xt).as_vec();
        for i in 0..n {
            let (want_y, want_g) = match x[i] {
                v if v > 0.0 => (v, r[i]),
                v if v.is_nan() => (v, 0.0),
                _ => (0.0, 0.0),
            };
            assert_eq!(yv[i].to_bits(), want_y.to_bits(), "y[{i}] for {}", x[i]);
            assert_eq!(gx[i], want_g, "gx[{i}] for {}", x[i]);
        }
    }
}
