//! CPU convolution: im2col per image feeding a matrix product, images spread over rayon's threads.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError, Gradients, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::{Conv2dGeometry, Conv2dKernel};
use crate::ops::{chunk_len, read_data, take_grad, CpuFloat, Forward};

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

/// Writes the `[patch, positions]` im2col matrix of one image into `col`.
fn im2col<E: CpuFloat>(g: &Conv2dGeometry, img: &[E], col: &mut [E]) {
    let (k, s, p) = (g.kernel, g.stride, g.padding as isize);
    let l = g.positions();
    for c in 0..g.chan_in {
        let plane = &img[c * g.h_in * g.w_in..(c + 1) * g.h_in * g.w_in];
        for ky in 0..k {
            for kx in 0..k {
                let row = &mut col[((c * k + ky) * k + kx) * l..][..l];
                for oy in 0..g.h_out {
                    let iy = (oy * s + ky) as isize - p;
                    let dst = &mut row[oy * g.w_out..(oy + 1) * g.w_out];
                    if iy < 0 || iy >= g.h_in as isize {
                        dst.fill(E::zero());
                        continue;
                    }
                    let src = &plane[iy as usize * g.w_in..(iy as usize + 1) * g.w_in];
                    for (ox, d) in dst.iter_mut().enumerate() {
                        let ix = (ox * s + kx) as isize - p;
                        *d = if ix < 0 || ix >= g.w_in as isize {
                            E::zero()
                        } else {
                            src[ix as usize]
                        };
                    }
                }
            }
        }
    }
}

/// Adds the `[patch, positions]` matrix `col` back into one image's gradient (the adjoint of
/// [`im2col`]).
fn col2im<E: CpuFloat>(g: &Conv2dGeometry, col: &[E], img: &mut [E]) {
    let (k, s, p) = (g.kernel, g.stride, g.padding as isize);
    let l = g.positions();
    for c in 0..g.chan_in {
        let plane = &mut img[c * g.h_in * g.w_in..(c + 1) * g.h_in * g.w_in];
        for ky in 0..k {
            for kx in 0..k {
                let row = &col[((c * k + ky) * k + kx) * l..][..l];
                for oy in 0..g.h_out {
                    let iy = (oy * s + ky) as isize - p;
                    if iy < 0 || iy >= g.h_in as isize {
                        continue;
                    }
                    let dst = &mut plane[iy as usize * g.w_in..(iy as usize + 1) * g.w_in];
                    for (ox, &v) in row[oy * g.w_out..(oy + 1) * g.w_out].iter().enumerate() {
                        let ix = (ox * s + kx) as isize - p;
                        if ix >= 0 && ix < g.w_in as isize {
                            dst[ix as usize] += v;
                        }
                    }
                }
            }
        }
    }
}

/// What the forward pass keeps: the input and weight data it already copied out.
pub struct CpuConvSaved<E> {
    x: Vec<E>,
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
    ) -> Forward<O, E, Self, Self::Saved> {
        let xd = read_data(x);
        let wd = read_data(weight);
        let bd = read_data(bias);
        let (pk, l) = (g.patch(), g.positions());
        let mut y = vec![E::zero(); g.batch * g.image_out()];
        let per = chunk_len(g.batch);
        y.par_chunks_mut(per * g.image_out())
            .zip(xd.par_chunks(per * g.image_in()))
            .for_each(|(ys, xs)| {
                let mut col = vec![E::zero(); pk * l];
                for (yi, xi) in ys.chunks_mut(g.image_out()).zip(xs.chunks(g.image_in())) {
                    for (co, row) in yi.chunks_mut(l).enumerate() {
                        row.fill(bd[co]);
                    }
                    im2col(g, xi, &mut col);
                    E::gemm(
                        g.chan_out,
                        pk,
                        l,
                        E::one(),
                        (&wd, pk as isize, 1),
                        (&col, l as isize, 1),
                        E::one(),
                        (yi, l as isize, 1),
                    );
                }
            });
        let y = self.try_tensor_from_vec(y, out)?;
        Ok((y, CpuConvSaved { x: xd, w: wd }))
    }

    fn conv2d_backward<S: Shape, W: Shape, B: Shape, O: Shape>(
        &self,
        g: &Conv2dGeometry,
        saved: Self::Saved,
        x: &Tensor<S, E, Self>,
        weight: &Tensor<W, E, Self>,
        bias: &Tensor<B, E, Self>,
        out: &Tensor<O, E, Self>,
        grads: &mut Gradients<E, Self>,
    ) -> Result<(), CpuError> {
        let (pk, l) = (g.patch(), g.positions());
        let grad_out = take_grad(grads, out)?;
        let per = chunk_len(g.batch);
        let (xd, wd) = (&saved.x, &saved.w);
        let gx = grads.get_or_alloc_mut(x)?;
        // Per chunk of images: the input gradient in place, and partial weight and bias gradients.
        let partials: Vec<(Vec<E>, Vec<E>)> = gx
            .par_chunks_mut(per * g.image_in())
            .zip(grad_out.par_chunks(per * g.image_out()))
            .zip(xd.par_chunks(per * g.image_in()))
            .map(|((gxs, gys), xs)| {
                let mut col = vec![E::zero(); pk * l];
                let mut gw = vec![E::zero(); g.chan_out * pk];
                let mut gb = vec![E::zero(); g.chan_out];
                let images = gxs
                    .chunks_mut(g.image_in())
                    .zip(gys.chunks(g.image_out()))
                    .zip(xs.chunks(g.image_in()));
                for ((gxi, gyi), xi) in images {
                    for (co, row) in gyi.chunks(l).enumerate() {
                        gb[co] = row.iter().fold(gb[co], |a, &v| a + v);
                    }
                    // weight: gw += gy · colᵀ
                    im2col(g, xi, &mut col);
                    E::gemm(
                        g.chan_out,
                        l,
                        pk,
                        E::one(),
                        (gyi, l as isize, 1),
                        (&col, 1, l as isize),
                        E::one(),
                        (&mut gw, pk as isize, 1),
                    );
                    // input: col = wᵀ · gy, folded back into the image
                    E::gemm(
                        pk,
                        g.chan_out,
                        l,
                        E::one(),
                        (wd, 1, pk as isize),
                        (gyi, l as isize, 1),
                        E::zero(),
                        (&mut col, l as isize, 1),
                    );
                    col2im(g, &col, gxi);
                }
                (gw, gb)
            })
            .collect();
        let gw = grads.get_or_alloc_mut(weight)?;
        for (pw, _) in &partials {
            for (a, &b) in gw.iter_mut().zip(pw) {
                *a += b;
            }
        }
        let gb = grads.get_or_alloc_mut(bias)?;
        for (_, pb) in &partials {
            for (a, &b) in gb.iter_mut().zip(pb) {
                *a += b;
            }
        }
        crate::ops::put_grad(grads, out, grad_out)
    }
}
