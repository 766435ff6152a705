//! CPU batch normalisation: per-channel reductions in parallel over the channels (accumulated in
//! `f64`), then element-wise passes in parallel over the `[image, channel]` planes.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError, Tensor, TensorFromVec};
use rayon::prelude::*;

use super::{BatchNorm2dGeometry, BatchNorm2dKernel, BatchNormStats, InputGrad};
use crate::forward::{Activation, Opened};
use crate::ops::activation::Epilogue;
use crate::ops::{
    fresh, planes_per_task, read_data, recycle, scratch_filled, CpuFloat, Forward, Isa,
};
use crate::train::BatchSums;

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
    /// The values each channel's statistics were taken over: the whole batch's, where the input
    /// is a part of it.
    count: f64,
    /// Where the input, a part of a batch, meets the other parts (the backward pass's sums are
    /// then the whole batch's too).
    sums: Option<BatchSums>,
    ep: Epilogue<E>,
}

impl<E: CpuFloat> Drop for CpuBatchNormSaved<E> {
    fn drop(&mut self) {
        recycle(std::mem::take(&mut self.x));
    }
}

/// Lanes of the per-channel sums: independent accumulators (four vectors of `f64` on AVX-512),
/// so that the sums vectorise instead of waiting on one chain of additions. With 8 (one vector)
/// they waited on the additions' latency: 6–7% of ResNet20's training profile at 1 thread,
/// 4.7% with 32.
const LANES: usize = 32;

/// What a per-channel sum adds up over the channel's values `x` (and output gradients `dy`).
#[derive(Clone, Copy)]
enum ChannelSum {
    /// `Σ x`.
    Values,
    /// `Σ (x − mean)²`.
    Squares { mean: f64 },
    /// `Σ dy` and `Σ dy·(x − mean)·inv_std`.
    Grads { mean: f64, inv_std: f64 },
}

/// The sums of `what` over channel `c` of `x` (and `dy`, for [`ChannelSum::Grads`]), in `f64`, in
/// [`LANES`] interleaved partial sums; compiled for the widest instruction set the CPU has (the
/// conversions to `f64` then take 8 values at a time instead of SSE2's 2).
fn channel_sums<E: CpuFloat>(
    g: &BatchNorm2dGeometry,
    what: ChannelSum,
    x: &[E],
    dy: &[E],
    c: usize,
) -> (f64, f64) {
    #[inline(always)]
    fn body<E: CpuFloat>(
        g: &BatchNorm2dGeometry,
        what: ChannelSum,
        x: &[E],
        dy: &[E],
        c: usize,
    ) -> (f64, f64) {
        let (mut s1, mut s2) = ([0f64; LANES], [0f64; LANES]);
        let (mut t1, mut t2) = (0f64, 0f64);
        for b in 0..g.batch {
            let at = (b * g.chan + c) * g.plane;
            // The channel's next plane (a page or so away in the next image) into the cache
            // while this one is summed: the hardware prefetcher restarts cold at every plane.
            if b + 1 < g.batch {
                let next = at + g.chan * g.plane;
                crate::ops::prefetch(&x[next..next + g.plane]);
                if let ChannelSum::Grads { .. } = what {
                    crate::ops::prefetch(&dy[next..next + g.plane]);
                }
            }
            let xp = &x[at..at + g.plane];
            let (xc, xr) = xp.as_chunks::<LANES>();
            match what {
                ChannelSum::Values => {
                    for v in xc {
                        for i in 0..LANES {
                            s1[i] += f64_of(v[i]);
                        }
                    }
                    t1 += xr.iter().map(|&v| f64_of(v)).sum::<f64>();
                }
                ChannelSum::Squares { mean } => {
                    for v in xc {
                        for i in 0..LANES {
                            let d = f64_of(v[i]) - mean;
                            s1[i] += d * d;
                        }
                    }
                    t1 += xr.iter().map(|&v| (f64_of(v) - mean).powi(2)).sum::<f64>();
                }
                ChannelSum::Grads { mean, inv_std } => {
                    let dp = &dy[at..at + g.plane];
                    let (dc, dr) = dp.as_chunks::<LANES>();
                    for (v, d) in xc.iter().zip(dc) {
                        for i in 0..LANES {
                            let d = f64_of(d[i]);
                            s1[i] += d;
                            s2[i] += d * ((f64_of(v[i]) - mean) * inv_std);
                        }
                    }
                    for (&v, &d) in xr.iter().zip(dr) {
                        let d = f64_of(d);
                        t1 += d;
                        t2 += d * ((f64_of(v) - mean) * inv_std);
                    }
                }
            }
        }
        (s1.iter().sum::<f64>() + t1, s2.iter().sum::<f64>() + t2)
    }
    with_isa!(
        Isa::detect(),
        body(
            g: &BatchNorm2dGeometry,
            what: ChannelSum,
            x: &[E],
            dy: &[E],
            c: usize,
        ) -> (f64, f64)
    )
}

/// `f(c)` for every channel, in parallel: the per-channel sums over `[batch, chan, plane]` data.
fn per_channel<R: Send>(g: &BatchNorm2dGeometry, f: impl Fn(usize) -> R + Sync + Send) -> Vec<R> {
    (0..g.chan).into_par_iter().map(f).collect()
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
        x: Opened<S, E, Self>,
        weight: &Tensor<C, E, Self>,
        bias: &Tensor<C, E, Self>,
        stats: BatchNormStats<'_, E, Self, C>,
        eps: f64,
        epilogue: Option<Activation>,
        train: bool,
    ) -> Forward<S, E, Self, Self::Saved> {
        let shape = *x.shape();
        let xd = x.read();
        let (wd, bd) = (read_data(weight), read_data(bias));
        let mut n = (g.batch * g.plane) as f64;
        let batch_stats = matches!(stats, BatchNormStats::Batch { .. });
        let mut kept_sums = None;
        // Each channel's mean and 1 / √(var + eps).
        let (mean, inv_std): (Vec<f64>, Vec<f64>) = match stats {
            BatchNormStats::Batch {
                running_mean,
                running_var,
                momentum,
                sums,
            } => {
                // Two passes (the mean, then the squared deviations from it): exact enough in
                // `f64` for `f64` data too. Each channel in one task, which reads it the second
                // time while it is still in the cache.
                let moments = |n: f64| {
                    per_channel(g, |c| {
                        let sum = channel_sums(g, ChannelSum::Values, &xd, &[], c).0;
                        let mean = if n > 0.0 { sum / n } else { 0.0 };
                        let sq = channel_sums(g, ChannelSum::Squares { mean }, &xd, &[], c).0;
                        (mean, sq)
                    })
                };
                let moments = match sums {
                    None => moments(n),
                    // A part of a batch: the parts meet once, each with its count of values and
                    // its channels' means and squared deviations, which every part combines in
                    // the order of the parts (Chan et al.'s formula: the whole batch's squared
                    // deviations are the parts' plus each part's count times its mean's squared
                    // distance from the batch's), so that the statistics are the whole batch's
                    // and the same, bit for bit, in every part.
                    Some(sums) => {
                        let part = moments(n);
                        let mut mine = Vec::with_capacity(1 + 2 * g.chan);
                        mine.push(n);
                        mine.extend(part.iter().flat_map(|&(mean, sq)| [mean, sq]));
                        let all = sums.gather(mine);
                        n = all.iter().map(|p| p[0]).sum();
                        kept_sums = Some(sums.clone());
                        (0..g.chan)
                            .map(|c| {
                                // Each part's count, mean and squared deviations of channel c.
                                let parts = all.iter().map(|p| (p[0], p[1 + 2 * c], p[2 + 2 * c]));
                                let sum: f64 = parts.clone().map(|(k, m, _)| k * m).sum();
                                let mean = if n > 0.0 { sum / n } else { 0.0 };
                                let sq = parts.map(|(k, m, sq)| sq + k * (m - mean).powi(2)).sum();
                                (mean, sq)
                            })
                            .collect()
                    }
                };
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
        // A new buffer written once (it becomes the output tensor; see the activation kernel's
        // forward pass).
        let mut y = fresh(len);
        let mut ep = Epilogue::new(epilogue, len, train);
        let per = planes_per_task(g.plane) * g.plane.max(1);
        let ep_chunks = ep.chunks(len.div_ceil(per), per);
        y.spare_capacity_mut()[..len]
            .par_chunks_mut(per)
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
                        yv.write((xv - m) * s * w + b);
                    }
                }
                // SAFETY: the loop above wrote every element of the chunk's planes.
                let ys = unsafe { &mut *(ys as *mut [std::mem::MaybeUninit<E>] as *mut [E]) };
                ep.apply(0, ys);
            });
        // SAFETY: the chunks cover the `len` elements, and each was written in full.
        unsafe { y.set_len(len) };
        recycle(bd);
        let x_kept = if train {
            xd
        } else {
            recycle(xd);
            Vec::new()
        };
        let y = self.try_tensor_from_vec(y, shape)?;
        Ok((
            y,
            CpuBatchNormSaved {
                x: x_kept,
                mean,
                inv_std,
                weight: wd,
                batch_stats,
                count: n,
                sums: kept_sums,
                ep,
            },
        ))
    }

    fn release(&self, buffer: Vec<E>) {
        recycle(buffer);
    }

    fn batchnorm2d_backward(
        &self,
        g: &BatchNorm2dGeometry,
        saved: Self::Saved,
        grad_x: InputGrad<'_, E>,
        grad_w: &mut Self::Vec,
        grad_b: &mut Self::Vec,
        grad_out: &[E],
    ) -> Result<(), CpuError> {
        let masked = saved.ep.grad(grad_out);
        let gy: &[E] = masked.as_deref().unwrap_or(grad_out);
        let x = &saved.x;
        // Per channel: Σ dy and Σ dy·xhat.
        let mut sums = per_channel(g, |c| {
            let (mean, inv_std) = (saved.mean[c], saved.inv_std[c]);
            channel_sums(g, ChannelSum::Grads { mean, inv_std }, x, gy, c)
        });
        // The parameters' gradients are this part's; the input's needs the whole batch's sums.
        for (c, &(sdy, sdyh)) in sums.iter().enumerate() {
            grad_w[c] += of_f64(sdyh);
            grad_b[c] += of_f64(sdy);
        }
        if let (Some(meet), true) = (&saved.sums, saved.batch_stats) {
            let total = meet.add(sums.iter().flat_map(|&(a, b)| [a, b]).collect());
            sums = total.chunks_exact(2).map(|p| (p[0], p[1])).collect();
        }
        let n = saved.count;
        // dx = w·inv_std·(dy − [batch statistics] (Σdy + xhat·Σdy·xhat) / n)
        // xhat recomputed from x, in the same rounding as the forward pass.
        let coef = || -> Vec<[E; 5]> {
            (0..g.chan)
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
                .collect()
        };
        match grad_x {
            InputGrad::None => {}
            InputGrad::Add(gx) => input_grad(g, &coef(), gy, x, gx, |d, v| *d += v),
            InputGrad::New(into) => {
                let coef = coef();
                // SAFETY: `input_grad` writes every element of the buffer.
                *into = unsafe {
                    scratch_filled(gy.len(), |gx| {
                        input_grad(g, &coef, gy, x, gx, |d, v| {
                            d.write(v);
                        })
                    })
                };
            }
        }
        if let Some(m) = masked {
            recycle(m);
        }
        Ok(())
    }
}

/// The input gradient `k·(dy − mdy − (x − m)·s·mdyh)` per element, with each channel's
/// `[k, mdy, mdyh, m, s]` in `coef`, handed to `put` with its place in `gx`: in parallel over the
/// `[image, channel]` planes.
fn input_grad<E: CpuFloat, T: Send>(
    g: &BatchNorm2dGeometry,
    coef: &[[E; 5]],
    gy: &[E],
    x: &[E],
    gx: &mut [T],
    put: impl Fn(&mut T, E) + Sync,
) {
    let plane = g.plane.max(1);
    let per = planes_per_task(g.plane) * plane;
    gx.par_chunks_mut(per)
        .zip(gy.par_chunks(per))
        .zip(x.par_chunks(per))
        .enumerate()
        .for_each(|(t, ((gxs, gys), xs))| {
            let first = t * per / plane;
            for (j, ((gxp, gyp), xp)) in gxs
                .chunks_mut(plane)
                .zip(gys.chunks(plane))
                .zip(xs.chunks(plane))
                .enumerate()
            {
                let [k, mdy, mdyh, m, s] = coef[(first + j) % g.chan];
                for ((d, &dy), &xv) in gxp.iter_mut().zip(gyp).zip(xp) {
                    put(d, k * (dy - mdy - (xv - m) * s * mdyh));
                }
            }
        });
}
