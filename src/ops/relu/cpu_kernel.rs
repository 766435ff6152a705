//! CPU ReLU: one parallel pass each way; the forward pass records a byte per element. The element
//! rules are shared with the layers that apply a ReLU as their epilogue (`crate::forward`).
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::ReluKernel;
use crate::ops::{read_data, CpuFloat, Forward};

/// Elements per parallel task.
const CHUNK: usize = 1 << 14;

/// Where the gradient passes (see [`passes`]), one byte per element (written and read by
/// vectorised loops).
pub struct CpuReluSaved {
    mask: Vec<u8>,
}

/// PyTorch's `relu` of one value: 0 for a negative `x`, else `x` itself (so NaN stays NaN and
/// −0 stays −0). Branch-free, so the loops vectorise.
#[inline]
pub(crate) fn relu_value<E: CpuFloat>(x: E) -> E {
    if x < E::zero() {
        E::zero()
    } else {
        x
    }
}

/// PyTorch's `threshold_backward` mask of one value: the gradient passes unless `x <= 0` (so it
/// passes at NaN).
#[inline]
pub(crate) fn passes<E: CpuFloat>(x: E) -> bool {
    x > E::zero() || x.is_nan()
}

/// Applies ReLU to `y` in place, recording where the gradient passes in `mask` unless that is
/// empty (then `mask` is ignored).
pub(crate) fn rectify<E: CpuFloat>(y: &mut [E], mask: &mut [u8]) {
    if mask.is_empty() {
        y.iter_mut().for_each(|v| *v = relu_value(*v));
    } else {
        for (v, m) in y.iter_mut().zip(mask) {
            *m = passes(*v) as u8;
            *v = relu_value(*v);
        }
    }
}

/// Applies ReLU to `y` in place, in parallel; with `train`, returns where the gradient passes
/// (one byte per element), else an empty mask.
pub(crate) fn rectify_par<E: CpuFloat>(y: &mut [E], train: bool) -> Vec<u8> {
    let mut mask = vec![0u8; if train { y.len() } else { 0 }];
    if train {
        y.par_chunks_mut(CHUNK)
            .zip(mask.par_chunks_mut(CHUNK))
            .for_each(|(ys, ms)| rectify(ys, ms));
    } else {
        y.par_chunks_mut(CHUNK).for_each(|ys| rectify(ys, &mut []));
    }
    mask
}

/// The gradient `gy` where `mask` passes it, zero elsewhere (in parallel).
pub(crate) fn masked_grad<E: CpuFloat>(gy: &[E], mask: &[u8]) -> Vec<E> {
    assert_eq!(
        gy.len(),
        mask.len(),
        "relu: one mask entry per gradient value"
    );
    let mut out = crate::ops::scratch(gy.len());
    out.par_chunks_mut(CHUNK)
        .zip(gy.par_chunks(CHUNK))
        .zip(mask.par_chunks(CHUNK))
        .for_each(|((o, g), m)| {
            for ((o, &g), &m) in o.iter_mut().zip(g).zip(m) {
                *o = if m != 0 { g } else { E::zero() };
            }
        });
    out
}

impl<E: CpuFloat> ReluKernel<E> for Cpu {
    type Saved = CpuReluSaved;

    fn relu_forward<S: Shape>(
        &self,
        x: &Tensor<S, E, Self>,
        train: bool,
    ) -> Forward<S, E, Self, Self::Saved> {
        let mut y = read_data(x);
        let mask = rectify_par(&mut y, train);
        let y = self.try_tensor_from_vec(y, *x.shape())?;
        Ok((y, CpuReluSaved { mask }))
    }

    fn relu_backward(
        &self,
        saved: Self::Saved,
        gx: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        gx.par_chunks_mut(CHUNK)
            .zip(grad_out.par_chunks(CHUNK))
            .zip(saved.mask.par_chunks(CHUNK))
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

    /// Forward (with and without a tape) and backward against PyTorch 2.15's rules, over more than
    /// one parallel chunk: negatives give +0 with gradient 0, ±0 stay as they are with gradient 0,
    /// positives pass with gradient 1, NaN stays NaN and passes the gradient. (PyTorch:
    /// `torch.relu(x)` and its backward on `[-0.0, nan, -1.0, 2.0]` give `[-0., nan, 0., 2.]` and
    /// `[0., 1., 0., 1.]`.)
    #[test]
    fn relu_matches_pytorch_rules() {
        let dev: Cpu = Default::default();
        let n = super::CHUNK + 100;
        let specials = [-1.5f32, 0.0, 2.5, f32::NAN, -0.0, 1e-30];
        let x: Vec<f32> = (0..n).map(|i| specials[(i * 7 + i / 5) % 6]).collect();
        let xt = dev.tensor_from_vec(x.clone(), (n,));
        let y = crate::ops::relu::relu(xt.trace(Gradients::leaky())).unwrap();
        let yv = y.as_vec();
        let untaped = crate::ops::relu::relu(xt.clone()).unwrap().as_vec();
        let r: Vec<f32> = (0..n).map(|i| (i % 13) as f32 - 6.0).collect();
        let grads = (y * dev.tensor_from_vec(r.clone(), (n,))).sum().backward();
        let gx = grads.get(&xt).as_vec();
        for i in 0..n {
            let (want_y, want_g) = match x[i] {
                v if v.is_nan() => (v, r[i]),
                v if v > 0.0 => (v, r[i]),
                v if v == 0.0 => (v, 0.0),
                _ => (0.0, 0.0),
            };
            assert_eq!(yv[i].to_bits(), want_y.to_bits(), "y[{i}] for {}", x[i]);
            assert_eq!(
                untaped[i].to_bits(),
                want_y.to_bits(),
                "untaped y[{i}] for {}",
                x[i]
            );
            assert_eq!(gx[i], want_g, "gx[{i}] for {}", x[i]);
        }
    }
}
