//! CPU convolution, images spread over rayon's threads: a direct convolution (`super::direct`)
//! for stride 1 with few input channels, otherwise im2col per image feeding a matrix product.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::direct::{self, Planes};
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

/// Whether the convolution takes the direct path (no im2col): stride 1, a kernel size the direct
/// loops are compiled for, few input channels (where im2col's matrix product is least efficient),
/// and padding below the kernel size (so the input gradient is a valid correlation of the padded
/// output gradient).
fn use_direct(g: &Conv2dGeometry) -> bool {
    g.stride == 1 && direct::supports_kernel(g.kernel) && g.padding < g.kernel && g.chan_in <= 4
}

/// The zero-padded input planes of the direct path.
fn padded_input(g: &Conv2dGeometry) -> Planes {
    Planes {
        ch: g.chan_in,
        h: g.h_in + 2 * g.padding,
        w: g.w_in + 2 * g.padding,
    }
}

/// The input of the direct path for one image: the image itself when there is no padding, else
/// the image copied into the zero-bordered `scratch`.
fn direct_input<'a, E: CpuFloat>(g: &Conv2dGeometry, xi: &'a [E], scratch: &'a mut [E]) -> &'a [E] {
    if g.padding == 0 {
        xi
    } else {
        direct::pad_into(xi, padded_input(g), g.padding, scratch);
        scratch
    }
}

/// What the forward pass keeps for the backward pass: the input data (im2col matrices are rebuilt
/// per image in the backward pass, which is cheaper than keeping them all) and the weight data.
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
        train: bool,
    ) -> Forward<O, E, Self, Self::Saved> {
        crate::ops::tune_allocator();
        let xd = read_data(x);
        let wd = read_data(weight);
        let bd = read_data(bias);
        let (pk, l) = (g.patch(), g.positions());
        let direct = use_direct(g);
        // The output starts as the bias, broadcast (one pass, no zero fill first).
        let mut y = Vec::with_capacity(g.batch * g.image_out());
        for _ in 0..g.batch {
            for &b in &bd[..g.chan_out] {
                y.extend(std::iter::repeat_n(b, l));
            }
        }
        let per = chunk_len(g.batch);
        y.par_chunks_mut((per * g.image_out()).max(1))
            .zip(xd.par_chunks((per * g.image_in()).max(1)))
            .for_each(|(ys, xs)| {
                // Per task: the im2col matrix, or the padded input of the direct path.
                let mut scratch = match (direct, g.padding) {
                    (false, _) => vec![E::zero(); pk * l],
                    (true, 0) => Vec::new(),
                    (true, _) => vec![E::zero(); padded_input(g).len()],
                };
                let images = ys.chunks_mut(g.image_out()).zip(xs.chunks(g.image_in()));
                for (yi, xi) in images {
                    if direct {
                        let inp = direct_input(g, xi, &mut scratch);
                        direct::correlate(g.kernel, inp, padded_input(g), &wd, g.chan_out, yi);
                        continue;
                    }
                    im2col(g, xi, &mut scratch);
                    E::gemm(
                        g.chan_out,
                        pk,
                        l,
                        E::one(),
                        (&wd, pk as isize, 1),
                        (&scratch, l as isize, 1),
                        E::one(),
                        (yi, l as isize, 1),
                    );
                }
            });
        let y = self.try_tensor_from_vec(y, out)?;
        let x = if train { xd } else { Vec::new() };
        Ok((y, CpuConvSaved { x, w: wd }))
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
        let (xd, wd) = (&saved.x, &saved.w);
        let direct = use_direct(g);
        let k = g.kernel;
        // Direct path: the input gradient is the valid correlation of the output gradient, padded
        // by `k − 1 − padding`, with the weights flipped and input/output channels swapped.
        let q = if direct { k - 1 - g.padding } else { 0 };
        let gy_planes = Planes {
            ch: g.chan_out,
            h: g.h_out + 2 * q,
            w: g.w_out + 2 * q,
        };
        let flipped: Vec<E> = if direct {
            let mut f = vec![E::zero(); wd.len()];
            for co in 0..g.chan_out {
                for ci in 0..g.chan_in {
                    for t in 0..k * k {
                        f[(ci * g.chan_out + co) * k * k + (k * k - 1 - t)] =
                            wd[(co * g.chan_in + ci) * k * k + t];
                    }
                }
            }
            f
        } else {
            Vec::new()
        };
        // Per chunk of images: the input gradient in place, and partial weight and bias gradients.
        let partials: Vec<(Vec<E>, Vec<E>)> = gx
            .par_chunks_mut((per * g.image_in()).max(1))
            .zip(grad_out.par_chunks((per * g.image_out()).max(1)))
            .zip(xd.par_chunks((per * g.image_in()).max(1)))
            .map(|((gxs, gys), xs)| {
                let mut gw = vec![E::zero(); g.chan_out * pk];
                let mut gb = vec![E::zero(); g.chan_out];
                let images = gxs
                    .chunks_mut(g.image_in())
                    .zip(gys.chunks(g.image_out()))
                    .zip(xs.chunks(g.image_in()));
                if direct {
                    let mut xpad = if g.padding == 0 {
                        Vec::new()
                    } else {
                        vec![E::zero(); padded_input(g).len()]
                    };
                    let mut gypad = vec![E::zero(); gy_planes.len()];
                    for ((gxi, gyi), xi) in images {
                        for (co, row) in gyi.chunks(l).enumerate() {
                            gb[co] += crate::ops::sum(row);
                        }
                        let inp = direct_input(g, xi, &mut xpad);
                        direct::weight_grad(k, inp, padded_input(g), gyi, g.chan_out, &mut gw);
                        direct::pad_into(gyi, gy_planes, q, &mut gypad);
                        direct::correlate(k, &gypad, gy_planes, &flipped, g.chan_in, gxi);
                    }
                    return (gw, gb);
                }
                let mut col = vec![E::zero(); pk * l];
                let mut dcol = vec![E::zero(); pk * l];
                for ((gxi, gyi), xi) in images {
                    for (co, row) in gyi.chunks(l).enumerate() {
                        gb[co] += crate::ops::sum(row);
                    }
                    im2col(g, xi, &mut col);
                    // weight: gwᵀ += col · gyᵀ (this orientation packs the small gy, not col)
                    E::gemm(
                        pk,
                        l,
                        g.chan_out,
                        E::one(),
                        (&col, l as isize, 1),
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
