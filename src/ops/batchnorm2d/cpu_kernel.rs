//! CPU batch normalisation: per-channel reductions in parallel over the channels (accumulated in
//! `f64`), then element-wise passes in parallel over the `[image, channel]` planes.
use dfdx::shapes::{HasShape, Shape};
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::{BatchNorm2dGeometry, BatchNorm2dKernel, BatchNormStats};
use crate::forward::Activation;
use crate::ops::activation::Epilogue;
use crate::ops::{read_data, recycle, scratch, CpuFloat, Forward};

/// What the backward pass needs: the input (the normalised input `x̂ = (x − mean)·inv_std` is
/// recomputed from it, which costs less than writing and reading it back), each channel's mean,
/// `1 / √(var + eps)` and weight, whether the statistics were the batch's, and the folded
/// activation with what its backward pass needs.
pub struct CpuBatchNormSaved<E: CpuFloat> {
    x: Vec<E>,
    mean: Vec<f64>,
    inv_std: Vec<f64>,
    weight: Vec<E>,
    batch_stats: bool,
    ep: Epilogue<E>,
}

impl<E: CpuFloat> Drop for CpuBatchNormSaved<E> {
    fn drop(&mut self) {
        recycle(std::mem::take(&mut self.x));
    }
}

/// Lanes of the per-channel sums: independent accumulators, so that the sums vectorise instead of
/// waiting on one chain of additions.
const LANES: usize = 8;

/// `Σ f(v)` over the values `v` of `planes`, in `f64`, in [`LANES`] interleaved partial sums.
fn lane_sum<'a, E: CpuFloat>(planes: impl Iterator<Item = &'a [E]>, f: impl Fn(f64) -> f64) -> f64 {
    let mut acc = [0f64; LANES];
    let mut tail = 0f64;
    for p in planes {
        let (chunks, rest) = p.as_chunks::<LANES>();
        for c in chunks {
            for (a, &v) in acc.iter_mut().zip(c) {
                *a += f(f64_of(v));
            }
        }
        tail += rest.iter().map(|&v| f(f64_of(v))).sum::<f64>();
    }
    acc.iter().sum::<f64>() + tail
}

/// `(Σ a, Σ a·b)` over the paired values of `pa` and `pb` (planes of equal lengths) with `b`
/// mapped by `f`, in `f64`, in [`LANES`] interleaved partial sums.
fn lane_sums2<'a, E: CpuFloat>(
    pairs: impl Iterator<Item = (&'a [E], &'a [E])>,
    f: impl Fn(f64) -> f64,
) -> (f64, f64) {
    let (mut sa, mut sab) = ([0f64; LANES], [0f64; LANES]);
    let (mut ta, mut tab) = (0f64, 0f64);
    for (pa, pb) in pairs {
        let (ca, ra) = pa.as_chunks::<LANES>();
        let (cb, rb) = pb.as_chunks::<LANES>();
        for (a, b) in ca.iter().zip(cb) {
            for i in 0..LANES {
                let (a, b) = (f64_of(a[i]), f(f64_of(b[i])));
                sa[i] += a;
                sab[i] += a * b;
            }
        }
        for (&a, &b) in ra.iter().zip(rb) {
            let (a, b) = (f64_of(a), f(f64_of(b)));
            ta += a;
            tab += a * b;
        }
    }
    (sa.iter().sum::<f64>() + ta, sab.iter().sum::<f64>() + tab)
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
                // Two passes (the mean, then the squared deviations from it): exact enough in
                // `f64` for `f64` data too.
                let moments = per_channel(g, |c| {
                    let mean = lane_sum(planes(g, &xd, c), |v| v) / n;
                    let sq = lane_sum(planes(g, &xd, c), |v| (v - mean) * (v - mean));
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
        // y = (x − mean)·inv_std·w + b (then the epilogue); x kept for the backward pass.
        let len = xd.len();
        let mut y = scratch::<E>(len);
        let mut ep = Epilogue::new(epilogue, len, train);
        let per = planes_per_task(g.plane) * g.plane.max(1);
        let ep_chunks = ep.chunks(len.div_ceil(per), per);
        y.par_chunks_mut(per)
            .zip(xd.par_chunks(per))
            .zip(ep_chunks)
            .enumerate()
            .for_each(|(t, ((ys, xs), mut ep))| {
                let first = t * per / g.plane.max(1);
                for (j, (yp, xp)) in ys
                    .chunks_mut(g.plane.max(1))
                    .zip(xs.chunks(g.plane.max(1)))
                    .enumerate()
                {
                    let c = (first + j) % g.chan;
                    let (m, s) = (of_f64::<E>(mean[c]), of_f64::<E>(inv_std[c]));
                    let (w, b) = (wd[c], bd[c]);
                    for (yv, &xv) in yp.iter_mut().zip(xp) {
                        *yv = (xv - m) * s * w + b;
                    }
                }
                ep.apply(0, ys);
            });
        recycle(bd);
        let x_kept = if train {
            xd
        } else {
            recycle(xd);
            Vec::new()
        };
        let y = self.try_tensor_from_vec(y, *x.shape())?;
        Ok((
            y,
            CpuBatchNormSaved {
                x: x_kept,
                mean,
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
        let x = &saved.x;
        // Per channel: Σ dy and Σ dy·xhat.
        let sums = per_channel(g, |c| {
            let (m, s) = (saved.mean[c], saved.inv_std[c]);
            lane_sums2(planes(g, gy, c).zip(planes(g, x, c)), |v| (v - m) * s)
        });
        for (c, &(sdy, sdyh)) in sums.iter().enumerate() {
            grad_w[c] += of_f64(sdyh);
            grad_b[c] += of_f64(sdy);
        }
        if let Some(gx) = grad_x {
            let n = (g.batch * g.plane) as f64;
            // dx = w·inv_std·(dy − [batch statistics] (Σdy + xhat·Σdy·xhat) / n)
            // xhat recomputed from x, in the same rounding as the forward pass.
            let coef: Vec<[E; 5]> = (0..g.chan)
                .map(|c| {
                    let (m, s) = (saved.mean[c], saved.inv_std[c]);
                    let k = f64_of(saved.weight[c]) * s;
                    let (sdy, sdyh) = if saved.batch_stats {
                        sums[c]
                    } else {
                        (0.0, 0.0)
                    };
                    [k, sdy / n, sdyh / n, m, s].map(of_f64)
                })
                .collect();
            let per = planes_per_task(g.plane) * g.plane.max(1);
            gx.par_chunks_mut(per)
                .zip(gy.par_chunks(per))
                .zip(x.par_chunks(per))
                .enumerate()
                .for_each(|(t, ((gxs, gys), xs))| {
                    let first = t * per / g.plane.max(1);
                    for (j, ((gxp, gyp), xp)) in gxs
                        .chunks_mut(g.plane.max(1))
                        .zip(gys.chunks(g.plane.max(1)))
                        .zip(xs.chunks(g.plane.max(1)))
                        .enumerate()
                    {
                        let [k, mdy, mdyh, m, s] = coef[(first + j) % g.chan];
                        for ((d, &dy), &xv) in gxp.iter_mut().zip(gyp).zip(xp) {
                            *d += k * (dy - mdy - (xv - m) * s * mdyh);
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
