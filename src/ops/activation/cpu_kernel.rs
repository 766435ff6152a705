//! CPU activations: one parallel pass each way. ReLU records a byte per element (where its
//! gradient passes), Tanh and Sigmoid their output. The element rules live here once and serve
//! both the activation layers and the layers that apply an activation as their epilogue.
//!
//! `f32` Tanh and Sigmoid use branch-free approximations (Cephes' `expf` and `tanhf` polynomials,
//! within a few ulp of the exact value) that the compiler vectorises; the loops are compiled for
//! AVX-512 and AVX2 as well and chosen at run time. Every variant performs the same IEEE operations
//! in the same order, so the results do not depend on the CPU. `f64` calls the standard library.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError};
use rayon::prelude::*;

use super::ActivationKernel;
use crate::forward::{Activation, Opened};
use crate::ops::{
    fresh, read_data, recycle, scratch, scratch_filled, zeroed, Computed, CpuFloat, Isa,
    TASK_VALUES,
};

/// PyTorch's `relu` of one value: 0 for a negative `x`, else `x` itself (so NaN stays NaN and
/// −0 stays −0). Branch-free, so the loops vectorise.
#[inline(always)]
pub(crate) fn relu_value<E: CpuFloat>(x: E) -> E {
    if x < E::zero() {
        E::zero()
    } else {
        x
    }
}

/// PyTorch's `threshold_backward` mask of one value: the gradient passes unless `x <= 0` (so it
/// passes at NaN).
#[inline(always)]
pub(crate) fn passes<E: CpuFloat>(x: E) -> bool {
    x > E::zero() || x.is_nan()
}

/// `e^x` in `f32` (Cephes' `expf`: a degree-5 polynomial after reducing by multiples of ln 2),
/// within 1 ulp of the exact value; 0 below −87 (where `e^x` leaves the normal range) and for
/// `x = −∞`, `e^88` at most. Branch-free.
#[inline(always)]
pub(crate) fn exp_f32(x: f32) -> f32 {
    let xc = x.clamp(-87.0, 88.0);
    // n = round(x / ln 2), by the 1.5·2^23 trick: `t` holds n in its low mantissa bits (exact for
    // |n| < 2^22), which also give 2^n below without a float-to-int conversion.
    let t = xc * std::f32::consts::LOG2_E + 12_582_912.0;
    let n = t - 12_582_912.0;
    let r = (xc - n * 0.693_359_4) - n * -2.121_944_4e-4;
    let p = (((((1.987_569_1e-4 * r + 1.398_199_9e-3) * r + 8.333_452e-3) * r + 4.166_579_6e-2)
        * r
        + 1.666_666_5e-1)
        * r
        + 0.5)
        * (r * r)
        + r
        + 1.0;
    let scale = f32::from_bits(t.to_bits().wrapping_sub(0x4B40_0000 - 127) << 23);
    if x < -87.0 {
        0.0
    } else {
        p * scale
    }
}

/// `tanh(x)` in `f32`: Cephes' `tanhf` (an odd polynomial below 0.625, `1 − 2/(e^{2|x|} + 1)`
/// above, with the sign of `x`), within a few ulp; ±1 beyond ±10, NaN for NaN. Branch-free.
#[inline(always)]
pub(crate) fn tanh_f32(x: f32) -> f32 {
    let a = x.abs();
    let z = x * x;
    let small =
        ((((-5.704_988_7e-3 * z + 2.063_909e-2) * z - 5.373_971_6e-2) * z + 1.333_144_2e-1) * z
            - 3.333_328e-1)
            * z
            * x
            + x;
    let big = (1.0 - 2.0 / (exp_f32(2.0 * a.min(10.0)) + 1.0)).copysign(x);
    // A NaN fails the comparison and takes the polynomial, which keeps it NaN; ±0 stay as they are.
    if a >= 0.625 {
        big
    } else if a == 0.0 {
        x
    } else {
        small
    }
}

/// The logistic sigmoid `1 / (1 + e^{−x})` in `f32`, as `e^{−|x|}` divided so that neither side
/// loses precision: `1/(1 + e)` for `x ≥ 0`, `e/(1 + e)` below. Branch-free.
#[inline(always)]
pub(crate) fn sigmoid_f32(x: f32) -> f32 {
    let e = exp_f32(-x.abs());
    let s = 1.0 / (1.0 + e);
    if x >= 0.0 {
        s
    } else if x.is_nan() {
        x
    } else {
        e * s
    }
}

/// `y = act(y)` in place; where `mask` is not empty (ReLU only), where the gradient passes.
/// The loop is compiled for the instruction set `isa`; the element rule is the same for all.
fn map<E: CpuFloat>(isa: Isa, act: Activation, y: &mut [E], mask: &mut [u8]) {
    #[cfg(target_arch = "x86_64")]
    if let (Activation::Relu, Some(y), true) = (act, E::as_f32_mut(y), isa != Isa::Scalar) {
        relu_f32(isa, y, mask);
        return;
    }
    #[inline(always)]
    fn body<E: CpuFloat>(act: Activation, y: &mut [E], mask: &mut [u8]) {
        match (act, mask.is_empty()) {
            (Activation::Relu, true) => y.iter_mut().for_each(|v| *v = relu_value(*v)),
            (Activation::Relu, false) => {
                for (v, m) in y.iter_mut().zip(mask) {
                    *m = passes(*v) as u8;
                    *v = relu_value(*v);
                }
            }
            // Only ReLU records a mask.
            (Activation::Tanh, _) => y.iter_mut().for_each(|v| *v = v.tanh_act()),
            (Activation::Sigmoid, _) => y.iter_mut().for_each(|v| *v = v.sigmoid_act()),
        }
    }
    with_isa!(isa, body(act: Activation, y: &mut [E], mask: &mut [u8]) -> ())
}

/// The `f32` ReLU of `map` on the vectors of `isa` (AVX2 or AVX-512): each value `max(0, v)`
/// (`Simd::relu`, which keeps NaN and −0), stored whole. The compiler turned the element loop's
/// `v < 0 ? 0 : v` into masked stores of the zeros (`vmaskmovps`), which AMD's cores execute
/// slowly: 4.7% of ResNet20's inference profile at 1 thread went to the ReLU after each residual
/// sum. With `mask`, where the gradient passes is recorded first, block by block.
#[cfg(target_arch = "x86_64")]
fn relu_f32(isa: Isa, y: &mut [f32], mask: &mut [u8]) {
    use crate::ops::simd::Simd;
    #[inline(always)]
    fn body<S: Simd>(s: S, y: &mut [f32], mask: &mut [u8]) {
        /// Elements per block: 4 KiB of values, in the L1 cache between the two loops.
        const BLOCK: usize = 1024;
        for (i, y) in y.chunks_mut(BLOCK).enumerate() {
            if !mask.is_empty() {
                let m = &mut mask[i * BLOCK..][..y.len()];
                for (m, &v) in m.iter_mut().zip(y.iter()) {
                    *m = passes(v) as u8;
                }
            }
            let mut vectors = y.chunks_exact_mut(S::LANES);
            for v in &mut vectors {
                s.store(v, s.relu(s.load(v)));
            }
            let tail = vectors.into_remainder();
            if !tail.is_empty() {
                s.store_first(tail, s.relu(s.load_first(tail)));
            }
        }
    }
    vectorised!(isa, body(y: &mut [f32], mask: &mut [u8]));
}

/// `y = act(y)` in place, recording nothing (for outputs no backward pass reads), on the vectors of
/// `isa`.
pub(crate) fn apply<E: CpuFloat>(isa: Isa, act: Activation, y: &mut [E]) {
    map(isa, act, y, &mut []);
}

/// An activation applied as a layer writes its output (or by the activation layer itself), and
/// what its backward pass needs: where a ReLU passes the gradient (a byte per element), or the
/// output of Tanh and Sigmoid. Records nothing when no backward pass follows.
pub struct Epilogue<E: CpuFloat> {
    act: Option<Activation>,
    mask: Vec<u8>,
    out: Vec<E>,
}

/// The part of an [`Epilogue`] that one parallel task writes: the state of a contiguous run of the
/// output.
pub struct EpilogueChunk<'a, E> {
    act: Option<Activation>,
    mask: &'a mut [u8],
    out: &'a mut [E],
}

impl<E: CpuFloat> EpilogueChunk<'_, E> {
    /// Whether the activation is a ReLU that records nothing (no backward pass follows): then a
    /// kernel may apply it as it writes its output (`Simd::relu`) instead of calling
    /// [`EpilogueChunk::apply`].
    pub fn folds_relu(&self) -> bool {
        self.act == Some(Activation::Relu) && self.mask.is_empty() && self.out.is_empty()
    }

    /// Applies the activation to `y` in place, `y` being elements `at..at + y.len()` of this
    /// chunk, and records what the backward pass needs.
    pub fn apply(&mut self, at: usize, y: &mut [E]) {
        let Some(act) = self.act else { return };
        let n = y.len();
        let mask = if self.mask.is_empty() {
            &mut [][..]
        } else {
            &mut self.mask[at..at + n]
        };
        map(Isa::detect(), act, y, mask);
        if !self.out.is_empty() {
            self.out[at..at + n].copy_from_slice(y);
        }
    }
}

impl<E: CpuFloat> Epilogue<E> {
    /// The epilogue `act` of an output of `n` elements; with `train`, it records what the
    /// backward pass needs.
    pub fn new(act: Option<Activation>, n: usize, train: bool) -> Self {
        let (mask, out) = match (act, train) {
            (Some(Activation::Relu), true) => (zeroed::<u8>(n), Vec::new()),
            (Some(_), true) => (Vec::new(), scratch(n)),
            _ => (Vec::new(), Vec::new()),
        };
        Epilogue { act, mask, out }
    }

    /// The state split into `chunks` pieces of `len` elements (the last may be shorter), one per
    /// parallel task.
    pub fn chunks(&mut self, chunks: usize, len: usize) -> Vec<EpilogueChunk<'_, E>> {
        let act = self.act;
        let len = len.max(1);
        let mut masks = self.mask.chunks_mut(len);
        let mut outs = self.out.chunks_mut(len);
        (0..chunks)
            .map(|_| EpilogueChunk {
                act,
                mask: masks.next().unwrap_or_default(),
                out: outs.next().unwrap_or_default(),
            })
            .collect()
    }

    /// Applies the activation to the whole output `y`, in parallel.
    pub fn apply_par(&mut self, y: &mut [E]) {
        let chunks = self.chunks(y.len().div_ceil(TASK_VALUES), TASK_VALUES);
        y.par_chunks_mut(TASK_VALUES)
            .zip(chunks)
            .for_each(|(ys, mut c)| c.apply(0, ys));
    }

    /// The gradient of the layer's own output (before the activation) given the activation
    /// output's gradient `gy`; `None` when there is no activation (then it is `gy` itself).
    pub fn grad(&self, gy: &[E]) -> Option<Vec<E>> {
        self.act?;
        // SAFETY: the chunks cover the buffer, and `chunk_grad` writes every element of each.
        let g = unsafe {
            scratch_filled(gy.len(), |g| {
                g.par_chunks_mut(TASK_VALUES)
                    .zip(gy.par_chunks(TASK_VALUES))
                    .enumerate()
                    .for_each(|(i, (g, gy))| {
                        self.chunk_grad(i, g, gy, |d, v| {
                            d.write(v);
                        })
                    })
            })
        };
        Some(g)
    }

    /// Adds the gradient of the activation's input to `gx` given its output's, `gy` (which passes
    /// unchanged when there is no activation).
    pub fn add_grad(&self, gx: &mut [E], gy: &[E]) {
        gx.par_chunks_mut(TASK_VALUES)
            .zip(gy.par_chunks(TASK_VALUES))
            .enumerate()
            .for_each(|(i, (gx, gy))| self.chunk_grad(i, gx, gy, |d, v| *d += v));
    }

    /// Stores (with `put`) the input gradients of chunk `i` (elements `i·TASK_VALUES..`) into `dst`,
    /// given the output gradients `gy`: one loop per activation, so each vectorises.
    #[inline(always)]
    fn chunk_grad<T>(&self, i: usize, dst: &mut [T], gy: &[E], put: impl Fn(&mut T, E)) {
        let at = i * TASK_VALUES..i * TASK_VALUES + dst.len();
        match self.act {
            None => dst.iter_mut().zip(gy).for_each(|(d, &g)| put(d, g)),
            Some(Activation::Relu) => {
                for ((d, &g), &m) in dst.iter_mut().zip(gy).zip(&self.mask[at]) {
                    put(d, if m != 0 { g } else { E::zero() });
                }
            }
            // As PyTorch computes them: `g·(1 − y²)` and `g·(1 − y)·y`.
            Some(Activation::Tanh) => {
                for ((d, &g), &y) in dst.iter_mut().zip(gy).zip(&self.out[at]) {
                    put(d, g * (E::one() - y * y));
                }
            }
            Some(Activation::Sigmoid) => {
                for ((d, &g), &y) in dst.iter_mut().zip(gy).zip(&self.out[at]) {
                    put(d, g * (E::one() - y) * y);
                }
            }
        }
    }
}

impl<E: CpuFloat> Drop for Epilogue<E> {
    fn drop(&mut self) {
        recycle(std::mem::take(&mut self.out));
    }
}

impl<E: CpuFloat> ActivationKernel<E> for Cpu {
    type Saved = Epilogue<E>;

    fn activation_forward<S: Shape>(
        &self,
        act: Activation,
        x: Opened<S, E, Self>,
        train: bool,
    ) -> Computed<E, Self, Self::Saved> {
        let x = match x {
            Opened::Values(mut y, ..) => {
                // Values in a buffer of ours: in place.
                let n = y.len();
                let mut ep = Epilogue::new(Some(act), n, train);
                y.par_chunks_mut(TASK_VALUES)
                    .zip(ep.chunks(n.div_ceil(TASK_VALUES), TASK_VALUES))
                    .for_each(|(ys, mut c)| c.apply(0, ys));
                return Ok((y, ep));
            }
            Opened::Tensor(x) => x,
        };
        // The output is a new buffer written once, chunk by chunk (a copy of the input's data,
        // then the activation while the chunk is in cache): it becomes the output tensor, so a
        // recycled buffer would not come back, and a new zeroed one costs a pass more.
        let xd = read_data(&x);
        let n = xd.len();
        let mut ep = Epilogue::new(Some(act), n, train);
        let mut y = fresh(n);
        y.spare_capacity_mut()[..n]
            .par_chunks_mut(TASK_VALUES)
            .zip(xd.par_chunks(TASK_VALUES))
            .zip(ep.chunks(n.div_ceil(TASK_VALUES), TASK_VALUES))
            .for_each(|((ys, xs), mut c)| c.apply(0, ys.write_copy_of_slice(xs)));
        // SAFETY: the chunks cover the `n` elements, each initialised by `write_copy_of_slice`.
        unsafe { y.set_len(n) };
        recycle(xd);
        Ok((y, ep))
    }

    fn activation_backward(
        &self,
        saved: Self::Saved,
        gx: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        saved.add_grad(gx, grad_out);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use dfdx::prelude::*;

    use super::*;

    /// Forward (with and without a tape) and backward against PyTorch 2.15's rules, over more than
    /// one parallel chunk: negatives give +0 with gradient 0, ±0 stay as they are with gradient 0,
    /// positives pass with gradient 1, NaN stays NaN and passes the gradient. (PyTorch:
    /// `torch.relu(x)` and its backward on `[-0.0, nan, -1.0, 2.0]` give `[-0., nan, 0., 2.]` and
    /// `[0., 1., 0., 1.]`.)
    #[test]
    fn relu_matches_pytorch_rules() {
        let dev: Cpu = Default::default();
        let n = super::TASK_VALUES + 100;
        let specials = [-1.5f32, 0.0, 2.5, f32::NAN, -0.0, 1e-30];
        let x: Vec<f32> = (0..n).map(|i| specials[(i * 7 + i / 5) % 6]).collect();
        let xt = dev.tensor_from_vec(x.clone(), (n,));
        let y = crate::ops::activation::activation(Activation::Relu, xt.trace(Gradients::leaky()))
            .unwrap();
        let yv = y.as_vec();
        let untaped = crate::ops::activation::activation(Activation::Relu, xt.clone())
            .unwrap()
            .as_vec();
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

#[cfg(test)]
mod approximations {
    use super::*;

    /// Distance in units in the last place between `got` and the exact value `want` (rounded to
    /// `f32`).
    fn ulps(got: f32, want: f64) -> u32 {
        let want = want as f32;
        if got == want {
            return 0;
        }
        let key = |v: f32| {
            let b = v.to_bits() as i32;
            if b < 0 {
                i32::MIN - b
            } else {
                b
            }
        };
        key(got).abs_diff(key(want))
    }

    /// A sweep over ±20 (dense near 0 and around the polynomial's switch at 0.625), plus
    /// subnormals, ±0 and ±∞.
    fn sweep() -> Vec<f32> {
        let mut v: Vec<f32> = (-200_000..=200_000).map(|i| i as f32 * 1e-4).collect();
        v.extend((0..2000).map(|i| 0.62 + i as f32 * 1e-5));
        v.extend((-30..=30).map(|e| 2f32.powi(e)));
        v.extend([
            1e-40,
            -1e-40,
            0.0,
            -0.0,
            f32::INFINITY,
            f32::NEG_INFINITY,
            88.0,
            -88.0,
        ]);
        let neg: Vec<f32> = v.iter().map(|x| -x).collect();
        v.extend(neg);
        v
    }

    /// The `f32` Tanh and Sigmoid against `f64` over the sweep: within 2 ulp (measured: 1 for tanh,
    /// 2 for sigmoid) or 1e-38 absolute (where sigmoid's result leaves the normal range); ±∞ and NaN
    /// as PyTorch gives them.
    #[test]
    fn tanh_and_sigmoid_f32_are_within_two_ulp() {
        let (mut worst_t, mut worst_s) = (0, 0);
        for x in sweep() {
            let (t, s) = (tanh_f32(x), sigmoid_f32(x));
            let (tw, sw) = ((x as f64).tanh(), 1.0 / (1.0 + (-(x as f64)).exp()));
            worst_t = worst_t.max(ulps(t, tw));
            if sw > 1e-37 {
                worst_s = worst_s.max(ulps(s, sw));
            } else {
                assert!(
                    (s as f64 - sw).abs() < 1e-38,
                    "sigmoid({x}) = {s}, want {sw}"
                );
            }
        }
        assert!(worst_t <= 2, "tanh: {worst_t} ulp");
        assert!(worst_s <= 2, "sigmoid: {worst_s} ulp");
        assert_eq!(tanh_f32(f32::INFINITY), 1.0);
        assert_eq!(tanh_f32(f32::NEG_INFINITY), -1.0);
        assert_eq!(sigmoid_f32(f32::INFINITY), 1.0);
        assert_eq!(sigmoid_f32(f32::NEG_INFINITY), 0.0);
        assert!(tanh_f32(f32::NAN).is_nan() && sigmoid_f32(f32::NAN).is_nan());
        assert_eq!(tanh_f32(-0.0).to_bits(), (-0.0f32).to_bits());
    }

    /// The loops compiled for each instruction set give the same bits as the plain one.
    #[test]
    fn every_instruction_set_gives_the_same_bits() {
        let x = sweep();
        for act in [Activation::Relu, Activation::Tanh, Activation::Sigmoid] {
            let mut want = x.clone();
            let mut want_mask = vec![0u8; x.len()];
            map(Isa::Scalar, act, &mut want, &mut want_mask);
            for isa in Isa::available() {
                let mut y = x.clone();
                let mut mask = vec![0u8; x.len()];
                map(isa, act, &mut y, &mut mask);
                let same = y.iter().zip(&want).all(|(a, b)| a.to_bits() == b.to_bits());
                assert!(same, "{act:?} on {isa:?}");
                if act == Activation::Relu {
                    assert_eq!(mask, want_mask, "{act:?} on {isa:?}");
                }
            }
        }
    }
}
