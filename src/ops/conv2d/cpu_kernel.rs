//! CPU convolution: im2col per image feeding a matrix product, images spread over rayon's threads.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::{Conv2dGeometry, Conv2dKernel};
use crate::ops::{chunk_len, read_data, CpuFloat, Forward};

impl Conv2dGeometry {
    /// Rows of the im2col matrix: `chan_in · kernel²`.
    fn patch(&self) -> usize {
        self.chan_in * self.kernel * self.kernel
    }
    /// Columns of the im2col matrix: output positions per image.
    fn positions(&self) -> usize {
        self.h_out * self.w_out
    }
    fn image_in(&self) -> usize {
        self.chan_in * self.h_in * self.w_in
    }
    fn image_out(&self) -> usize {
        self.chan_out * self.positions()
    }
}

/// The output columns `ox` whose input column `ox·stride + kx − padding` lies inside the image.
#[inline]
fn valid_cols(g: &Conv2dGeometry, kx: usize) -> (usize, usize) {
    let (s, p) = (g.stride, g.padding);
    let lo = if p > kx { (p - kx).div_ceil(s) } else { 0 }.min(g.w_out);
    let hi = if g.w_in + p > kx {
        ((g.w_in + p - kx - 1) / s + 1).min(g.w_out)
    } else {
        0
    };
    (lo, hi.max(lo))
}

/// The input row of output row `oy` for kernel row `ky`, if it lies inside the image.
#[inline]
fn input_row(g: &Conv2dGeometry, oy: usize, ky: usize) -> Option<usize> {
    (oy * g.stride + ky)
        .checked_sub(g.padding)
        .filter(|&iy| iy < g.h_in)
}

/// Writes the `[patch, positions]` im2col matrix of one image into `col`.
fn im2col<E: CpuFloat>(g: &Conv2dGeometry, img: &[E], col: &mut [E]) {
    let (k, s, p, l) = (g.kernel, g.stride, g.padding, g.positions());
    for c in 0..g.chan_in {
        let plane = &img[c * g.h_in * g.w_in..(c + 1) * g.h_in * g.w_in];
        for ky in 0..k {
            for kx in 0..k {
                let (lo, hi) = valid_cols(g, kx);
                let row = &mut col[((c * k + ky) * k + kx) * l..][..l];
                for (oy, dst) in row.chunks_exact_mut(g.w_out).enumerate() {
                    let Some(iy) = input_row(g, oy, ky) else {
                        dst.fill(E::zero());
                        continue;
                    };
                    let src = &plane[iy * g.w_in..(iy + 1) * g.w_in];
                    dst[..lo].fill(E::zero());
                    dst[hi..].fill(E::zero());
                    let first = lo * s + kx - p;
                    if s == 1 {
                        dst[lo..hi].copy_from_slice(&src[first..first + (hi - lo)]);
                    } else {
                        for (d, &v) in dst[lo..hi].iter_mut().zip(src[first..].iter().step_by(s)) {
                            *d = v;
                        }
                    }
                }
            }
        }
    }
}

/// Adds the `[patch, positions]` matrix `col` back into one image's gradient (the adjoint of
/// [`im2col`]).
fn col2im<E: CpuFloat>(g: &Conv2dGeometry, col: &[E], img: &mut [E]) {
    let (k, s, p, l) = (g.kernel, g.stride, g.padding, g.positions());
    for c in 0..g.chan_in {
        let plane = &mut img[c * g.h_in * g.w_in..(c + 1) * g.h_in * g.w_in];
        for ky in 0..k {
            for kx in 0..k {
                let (lo, hi) = valid_cols(g, kx);
                let row = &col[((c * k + ky) * k + kx) * l..][..l];
                for (oy, src) in row.chunks_exact(g.w_out).enumerate() {
                    let Some(iy) = input_row(g, oy, ky) else {
                        continue;
                    };
                    let dst = &mut plane[iy * g.w_in..(iy + 1) * g.w_in];
                    let first = lo * s + kx - p;
                    if s == 1 {
                        for (d, &v) in dst[first..first + (hi - lo)].iter_mut().zip(&src[lo..hi]) {
                            *d += v;
                        }
                    } else {
                        for (d, &v) in dst[first..].iter_mut().step_by(s).zip(&src[lo..hi]) {
                            *d += v;
                        }
                    }
                }
            }
        }
    }
}

/// What the forward pass keeps for the backward pass: every image's im2col matrix (so the
/// backward pass does not rebuild them) and the weight data.
pub struct CpuConvSaved<E> {
    cols: Vec<E>,
    w: Vec<E>,
}

impl<E: CpuFloat> Conv2dKernel<E> for Cpu {
    type Saved = CpuConvSaved<E>;

    fn conv2d_forward<S: Shape, W: Shape, B: Shape, O: Shape>(
        &self,
        g: &Conv2dGeometry,
        x: &Tensor<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        out: O,
        train: bool,
    ) -> Forward<O, E, Self, Self::Saved> {
        let xd = read_data(x);
        let wd = read_data(weight);
        let bd = read_data(bias);
        let (pk, l) = (g.patch(), g.positions());
        let mut y = vec![E::zero(); g.batch * g.image_out()];
        // Training keeps every image's columns; inference reuses one buffer per task.
        let mut cols = vec![E::zero(); if train { g.batch * pk * l } else { 0 }];
        let per = chunk_len(g.batch);
        let col_chunk = if train { per * pk * l } else { 0 };
        let mut col_tasks: Vec<&mut [E]> = if train {
            cols.chunks_mut(col_chunk.max(1)).collect()
        } else {
            Vec::new()
        };
        col_tasks.resize_with(g.batch.div_ceil(per), Default::default);
        y.par_chunks_mut((per * g.image_out()).max(1))
            .zip(xd.par_chunks((per * g.image_in()).max(1)))
            .zip(col_tasks.into_par_iter())
            .for_each(|((ys, xs), kept)| {
                let mut scratch = if train {
                    Vec::new()
                } else {
                    vec![E::zero(); pk * l]
                };
                let images = ys.chunks_mut(g.image_out()).zip(xs.chunks(g.image_in()));
                for (i, (yi, xi)) in images.enumerate() {
                    let col = if train {
                        &mut kept[i * pk * l..(i + 1) * pk * l]
                    } else {
                        &mut scratch[..]
                    };
                    for (co, row) in yi.chunks_mut(l).enumerate() {
                        row.fill(bd[co]);
                    }
                    im2col(g, xi, col);
                    E::gemm(
                        g.chan_out,
                        pk,
                        l,
                        E::one(),
                        (&wd, pk as isize, 1),
                        (col, l as isize, 1),
                        E::one(),
                        (yi, l as isize, 1),
                    );
                }
            });
        let y = self.try_tensor_from_vec(y, out)?;
        Ok((y, CpuConvSaved { cols, w: wd }))
    }

    fn conv2d_backward(
        &self,
        g: &Conv2dGeometry,
        saved: Self::Saved,
        gx: &mut Self::Vec,
        grad_w: &mut Self::Vec,
        grad_b: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        let (pk, l) = (g.patch(), g.positions());
        let per = chunk_len(g.batch);
        let (cols, wd) = (&saved.cols, &saved.w);
        // Per chunk of images: the input gradient in place, and partial weight and bias gradients.
        let partials: Vec<(Vec<E>, Vec<E>)> = gx
            .par_chunks_mut((per * g.image_in()).max(1))
            .zip(grad_out.par_chunks((per * g.image_out()).max(1)))
            .zip(cols.par_chunks((per * pk * l).max(1)))
            .map(|((gxs, gys), cs)| {
                let mut dcol = vec![E::zero(); pk * l];
                let mut gw = vec![E::zero(); g.chan_out * pk];
                let mut gb = vec![E::zero(); g.chan_out];
                let images = gxs
                    .chunks_mut(g.image_in())
                    .zip(gys.chunks(g.image_out()))
                    .zip(cs.chunks(pk * l));
                for ((gxi, gyi), col) in images {
                    for (co, row) in gyi.chunks(l).enumerate() {
                        gb[co] += crate::ops::sum(row);
                    }
                    // weight: gwᵀ += col · gyᵀ (this orientation packs the small gy, not col)
                    E::gemm(
                        pk,
                        l,
                        g.chan_out,
                        E::one(),
                        (col, l as isize, 1),
                        (gyi, 1, l as isize),
                        E::one(),
                        (&mut gw, 1, pk as isize),
                    );
                    // input: dcol = wᵀ · gy, folded back into the image
                    E::gemm(
                        pk,
                        g.chan_out,
                        l,
                        E::one(),
                        (wd, 1, pk as isize),
                        (gyi, l as isize, 1),
                        E::zero(),
                        (&mut dcol, l as isize, 1),
                    );
                    col2im(g, &dcol, gxi);
                }
                (gw, gb)
            })
            .collect();
        for (pw, pb) in &partials {
            for (a, &b) in grad_w.iter_mut().zip(pw) {
                *a += b;
            }
            for (a, &b) in grad_b.iter_mut().zip(pb) {
                *a += b;
            }
        }
        Ok(())
    }
}
