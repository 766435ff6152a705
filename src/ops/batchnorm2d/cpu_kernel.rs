//! CPU batch normalisation: per-channel reductions in parallel over the channels (accumulated in
//! `f64`), then element-wise passes in parallel over the `[image, channel]` planes.
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::{BatchNorm2dGeometry, BatchNorm2dKernel, BatchNormStats};
use crate::forward::Activation;
use crate::ops::activation::Epilogue;
use crate::ops::{read_data, recycle, scratch, CpuFloat, Forward};

/// What the backward pass needs: the normalised input, each channel's `1 / √(var + eps)` and
/// weight, whether the statistics were the batch's, and the folded activation with what its
/// backward pass needs.
pub struct CpuBatchNormSaved<E: CpuFloat> {
    xhat: Vec<E>,
    inv_std: Vec<f64>,
    weight: Vec<E>,
    batch_stats: bool,
    ep: Epilogue<E>,
}

impl<E: CpuFloat> Drop for CpuBatchNormSaved<E> {
    fn drop(&mut self) {
        recycle(std::mem::take(&mut self.xhat));
    }
}

/// Planes per parallel task, so that a task holds at least a few thousand values.
fn planes_per_task(plane: usize) -> usize {
    (4096 / plane.max(1)).max(1)
}

/// `f(c)` for every channel, in parallel: the per-channel sums over `[batch, chan, plane]` data.
fn per_channel<R: Send>(g: &BatchNorm2dGeometry, f: impl Fn(usize) -> R + Sync + Send) -> Vec<R> {
    (0..g.chan).into_par_iter().map(f).collect()
}

/// The planes of channel `c` in `[batch, chan, plane]` data.
fn planes<'a, E>(
    g: &BatchNorm2dGeometry,
    v: &'a [E],
    c: usize,
) -> impl Iterator<Item = &'a [E]> + use<'a, E> {
    let g = *g;
    (0..g.batch).map(move |b| &v[(b * g.chan + c) * g.plane..][..g.plane])
}

fn f64_of<E: CpuFloat>(v: E) -> f64 {
    v.to_f64().unwrap_or(f64::NAN)
}

fn of_f64<E: CpuFloat>(v: f64) -> E {
    E::from(v).unwrap_or_else(E::nan)
}

impl<E: CpuFloat> BatchNorm2dKernel<E> for Cpu {
    type Saved = CpuBatchNormSaved<E>;

    fn batchnorm2d_forward<S: Shape, C: Shape>(
        &self,
        g: &BatchNorm2dGeometry,
        x: &Tensor<S, E, Self>,
        weight: &Tensor<C, E, Self>,
        bias: &Tensor<C, E, Self>,
        stats: BatchNormStats<'_, E, Self, C>,
        eps: f64,
        epilogue: Option<Activation>,
        train: bool,
    ) -> Forward<S, E, Self, Self::Saved> {
        let xd = read_data(x);
        let (wd, bd) = (read_data(weight), read_data(bias));
        let n = (g.batch * g.plane) as f64;
        let batch_stats = matches!(stats, BatchNormStats::Batch { .. });
        // Each channel's mean and 1 / √(var + eps).
        let (mean, inv_std): (Vec<f64>, Vec<f64>) = match stats {
            BatchNormStats::Batch {
                running_mean,
                running_var,
                momentum,
            } => {
                let moments = per_channel(g, |c| {
                    let sum: f64 = planes(g, &xd, c).flatten().map(|&v| f64_of(v)).sum();
                    let mean = sum / n;
                    let sq: f64 = planes(g, &xd, c)
                        .flatten()
                        .map(|&v| (f64_of(v) - mean).powi(2))
                        .sum();
                    (mean, sq)
                });
                // running = (1 − momentum)·running + momentum·batch, with the unbiased variance
                // (the biased one, 0, when a channel has a single value: PyTorch refuses that).
                let (mut rm, mut rv) = (read_data(running_mean), read_data(running_var));
                for ((m, v), &(mean, sq)) in rm.iter_mut().zip(rv.iter_mut()).zip(&moments) {
                    let unbiased = if n > 1.0 { sq / (n - 1.0) } else { 0.0 };
                    *m = of_f64((1.0 - momentum) * f64_of(*m) + momentum * mean);
                    *v = of_f64((1.0 - momentum) * f64_of(*v) + momentum * unbiased);
                }
                running_mean.copy_from(&rm);
                running_var.copy_from(&rv);
                recycle(rm);
                recycle(rv);
                moments
                    .iter()
                    .map(|&(mean, sq)| (mean, 1.0 / (sq / n + eps).sqrt()))
                    .unzip()
            }
            BatchNormStats::Running {
                running_mean,
                running_var,
            } => {
                let (rm, rv) = (read_data(running_mean), read_data(running_var));
                let out = rm
                    .iter()
                    .zip(&rv)
                    .map(|(&m, &v)| (f64_of(m), 1.0 / (f64_of(v) + eps).sqrt()))
                    .unzip();
                recycle(rm);
                recycle(rv);
                out
            }
        };
        // y = xhat·w + b (then the epilogue); xhat kept for the backward pass.
        let len = xd.len();
        let mut y = scratch::<E>(len);
        let mut xhat = if train { scratch::<E>(len) } else { Vec::new() };
        let mut ep = Epilogue::new(epilogue, len, train);
        let per = planes_per_task(g.plane) * g.plane.max(1);
        let xhat_chunks: Vec<&mut [E]> = if train {
            xhat.chunks_mut(per).collect()
        } else {
            (0..len.div_ceil(per))
                .map(|_| <&mut [E]>::default())
                .collect()
        };
        let ep_chunks = ep.chunks(len.div_ceil(per), per);
        y.par_chunks_mut(per)
            .zip(xd.par_chunks(per))
            .zip(xhat_chunks)
            .zip(ep_chunks)
            .enumerate()
            .for_each(|(t, (((ys, xs), hs), mut ep))| {
                let first = t * per / g.plane.max(1);
                for (j, (yp, xp)) in ys
                    .chunks_mut(g.plane.max(1))
                    .zip(xs.chunks(g.plane.max(1)))
                    .enumerate()
                {
                    let c = (first + j) % g.chan;
                    let (m, s) = (of_f64::<E>(mean[c]), of_f64::<E>(inv_std[c]));
                    let (w, b) = (wd[c], bd[c]);
                    let at = j * g.plane;
                    for (i, (yv, &xv)) in yp.iter_mut().zip(xp).enumerate() {
                        let h = (xv - m) * s;
                        if !hs.is_empty() {
                            hs[at + i] = h;
                        }
                        *yv = h * w + b;
                    }
                }
                ep.apply(0, ys);
            });
        recycle(xd);
        recycle(bd);
        let y = self.try_tensor_from_vec(y, *x.shape())?;
        Ok((
            y,
            CpuBatchNormSaved {
                xhat,
                inv_std,
                weight: wd,
                batch_stats,
                ep,
            },
        ))
    }

    fn batchnorm2d_backward(
        &self,
        g: &BatchNorm2dGeometry,
        saved: Self::Saved,
        grad_x: Option<&mut Self::Vec>,
        grad_w: &mut Self::Vec,
        grad_b: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        let masked = saved.ep.grad(grad_out);
        let gy: &[E] = masked.as_deref().unwrap_or(grad_out);
        let xhat = &saved.xhat;
        // Per channel: Σ dy and Σ dy·xhat.
        let sums = per_channel(g, |c| {
            let (mut sdy, mut sdyh) = (0.0f64, 0.0f64);
            for (gp, hp) in planes(g, gy, c).zip(planes(g, xhat, c)) {
                for (&d, &h) in gp.iter().zip(hp) {
                    sdy += f64_of(d);
                    sdyh += f64_of(d) * f64_of(h);
                }
            }
            (sdy, sdyh)
        });
        for (c, &(sdy, sdyh)) in sums.iter().enumerate() {
            grad_w[c] += of_f64(sdyh);
            grad_b[c] += of_f64(sdy);
        }
        if let Some(gx) = grad_x {
            let n = (g.batch * g.plane) as f64;
            // dx = w·inv_std·(dy − [batch statistics] (Σdy + xhat·Σdy·xhat) / n)
            let coef: Vec<(E, E, E)> = (0..g.chan)
                .map(|c| {
                    let k = f64_of(saved.weight[c]) * saved.inv_std[c];
                    let (sdy, sdyh) = if saved.batch_stats {
                        sums[c]
                    } else {
                        (0.0, 0.0)
                    };
                    (of_f64(k), of_f64(sdy / n), of_f64(sdyh / n))
                })
                .collect();
            let per = planes_per_task(g.plane) * g.plane.max(1);
            gx.par_chunks_mut(per)
                .zip(gy.par_chunks(per))
                .zip(xhat.par_chunks(per))
                .enumerate()
                .for_each(|(t, ((gxs, gys), hs))| {
                    let first = t * per / g.plane.max(1);
                    for (j, ((gxp, gyp), hp)) in gxs
                        .chunks_mut(g.plane.max(1))
                        .zip(gys.chunks(g.plane.max(1)))
                        .zip(hs.chunks(g.plane.max(1)))
                        .enumerate()
                    {
                        let (k, mdy, mdyh) = coef[(first + j) % g.chan];
                        for ((d, &dy), &h) in gxp.iter_mut().zip(gyp).zip(hp) {
                            *d += k * (dy - mdy - h * mdyh);
                        }
                    }
                });
        }
        if let Some(m) = masked {
            recycle(m);
        }
        Ok(())
    }
}
