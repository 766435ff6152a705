//! Differential tests: every layer and every CPU kernel path against naive f64 loops written here
//! (forward, input gradient, parameter gradients; f32 and f64), over a seeded sweep of shapes —
//! batch 1–7, channels 1 to 72, odd and even widths, every padding and stride — each run inside
//! rayon pools of 1, 2 and 3 threads, so that batches split unevenly (7 images over 2 threads: 4 + 3;
//! over 3: 3 + 3 + 1).
//!
//! Paths the convolution sweep reaches (`src/ops/conv2d/`, chosen by `choose` in its
//! `cpu_kernel.rs`): the direct path (stride 1, 3×3 or 5×5 kernel, padding below the kernel, at
//! most 32 output channels in f32) through AVX-512 or AVX2/FMA where the CPU has them and in f64
//! through the generic loops; Winograd's F(4×4, 3×3) forward pass (f32, stride-1 3×3 convolutions
//! with at least 32 input and output channels, 16 in training, and outputs of at least 4×4; odd
//! and even sizes, padding 0 to 2, 65 output channels, tiles numbered by phase position and
//! compactly), whose
//! input gradient is Winograd's forward pass over the output gradient with the kernels flipped and
//! whose weight gradient is summed in the transform domain; the packed path
//! (register tiles over panels packed from the images, `src/ops/gemm.rs`) for every other f32
//! convolution on a CPU with AVX2 or AVX-512 (strides 2–4,
//! kernels 1, 2, 4, 7, padding at or above the kernel, more than 32 output channels), except
//! stride-2 convolutions with outputs at least 4 wide and up to 64 output channels (128 on 64
//! input channels), which take the channel-vector direct path (forward and both gradients), and
//! on AVX2 the stride-1 ones of the direct path where the channel-vector path computes no more
//! products (at inference; in training at most 4/5 of them, on at least 8 input channels);
//! im2col + matrix product
//! for those shapes in f64 (and in f32 on CPUs without AVX2). At inference on a
//! single image, a packed or Winograd convolution with at least 128 output channels splits them
//! over the threads (`channel_split`: parts of 64 channels or more, the last one smaller;
//! `winograd_batch1_split` and `winograd_8x8_packed_batch1_split` in the 2- and 3-thread pools);
//! with a `Team`, narrower ones split too (`batch1_team_split_matches_one_thread`). The narrower
//! instruction sets of the direct and packed paths are compared with the widest in their unit
//! tests. Pooling: the 2×2 max pool (AVX2 rows of 8
//! and more windows for f32, overlapping last step) and the general loops for max and average,
//! overlapping or not, in one parallel task and in several; max-pool ties, NaN and −∞. Linear: products small and large enough to be
//! split by rows over the threads. ReLU (over more than one parallel chunk), Tanh, Sigmoid,
//! Flatten. The residual sum (alone, and with an activation applied by its kernel, bit for bit
//! against the layers run one by one), global average pooling, and batch normalisation in
//! evaluation mode and in training mode (the batch's statistics, `forward_mut`), over inputs that
//! split into several parallel tasks.
//!
//! How each run is judged:
//! - The input's and the parameters' gradient buffers start from seeded random values, not zero:
//!   a kernel must add its gradient (a tensor read by two layers needs the sum), so one that
//!   overwrites fails.
//! - Each value's error is measured against the sum of the magnitudes of the terms that make it up
//!   (the scale floating-point error grows with), in units of the type's epsilon, and must stay
//!   below [`TOL`] ([`TOL_WINOGRAD`] for the tests named `winograd_…`). `cargo test --test kernels
//!   -- --nocapture` prints the worst error per test.
//! - Every run is repeated with poisoned scratch buffers (`constnet::ops::poison_scratch`: every
//!   buffer the kernels take from their recycling pool is NaN first) and must give the same bits.
//! - A `Conv2d` followed by `ReLU` in a `Sequential` must give what the two layers give run one by
//!   one (dfdx's tuple), bit for bit: outputs and every gradient.
//! - Without a tape (inference), every layer's output must meet the same bound.
use std::sync::{OnceLock, RwLock};

use constnet::prelude::*;
use rayon::{ThreadPool, ThreadPoolBuilder};

/// The largest error allowed, per value, in units of epsilon times the sum of the magnitudes of
/// the value's terms (see the module docs). The worst seen over the whole sweep is printed by each
/// test.
const TOL: f64 = 4.0;

/// [`TOL`] for Winograd's passes (the tests named `winograd_…`, F(4×4, 3×3)): its transforms
/// add and subtract the whole 6×6 window with factors up to 5 (and the outputs' up to 8) before
/// the products, so a value carries rounding errors of the size of its neighbours' terms, and one
/// whose own terms are few and small (a corner with padding 2 keeps one tap of nine) carries them
/// at many times its own scale. Worst seen over six seeds of the sweep: 63 eps (input gradients
/// with padding 0, whose transposed convolution pads by 2), outputs 29, weight gradients 12.
/// (F(2×2, 3×3), which the path used before, stayed below 4.8.)
const TOL_WINOGRAD: f64 = 128.0;

/// Batch sizes of the sweep.
const BATCHES: std::ops::RangeInclusive<usize> = 1..=7;

// ------------------------------------------------------------------------------------------------
// Element types, data, thread pools

/// The two element types the kernels are compiled for.
trait Elem: Dtype + num_traits::Float + Send + Sync + std::fmt::Debug {
    const NAME: &'static str;
    fn of(v: f64) -> Self;
    fn f(self) -> f64;
}

impl Elem for f32 {
    const NAME: &'static str = "f32";
    fn of(v: f64) -> Self {
        v as f32
    }
    fn f(self) -> f64 {
        self as f64
    }
}

impl Elem for f64 {
    const NAME: &'static str = "f64";
    fn of(v: f64) -> Self {
        v
    }
    fn f(self) -> f64 {
        self
    }
}

fn cast<E: Elem>(v: &[f64]) -> Vec<E> {
    v.iter().map(|&x| E::of(x)).collect()
}

fn widen<E: Elem>(v: Vec<E>) -> Vec<f64> {
    v.into_iter().map(Elem::f).collect()
}

/// A seeded generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [-1, 1) on a grid of 2⁻²³: exactly representable in f32, so the f32 and f64 runs
    /// see the same numbers and share one reference.
    fn value(&mut self) -> f64 {
        (self.next() >> 40) as f64 / (1u64 << 23) as f64 - 1.0
    }

    fn values(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| self.value()).collect()
    }

    /// Values drawn from `set` (for ties and special values).
    fn pick(&mut self, n: usize, set: &[f64]) -> Vec<f64> {
        (0..n)
            .map(|_| set[(self.next() % set.len() as u64) as usize])
            .collect()
    }
}

/// Rayon pools of 1, 2 and 3 threads, shared by the tests of this file.
fn pools() -> &'static [ThreadPool] {
    static POOLS: OnceLock<Vec<ThreadPool>> = OnceLock::new();
    POOLS.get_or_init(|| {
        (1..=3)
            .map(|n| ThreadPoolBuilder::new().num_threads(n).build().unwrap())
            .collect()
    })
}

/// Runs with poisoned scratch buffers take this lock for writing, every other run for reading:
/// the switch is process-wide, and the unpoisoned runs must really be unpoisoned.
static POISON: RwLock<()> = RwLock::new(());

fn unpoisoned<R>(f: impl FnOnce() -> R) -> R {
    let _shared = POISON.read().unwrap_or_else(|e| e.into_inner());
    f()
}

fn poisoned<R>(f: impl FnOnce() -> R) -> R {
    struct Off;
    impl Drop for Off {
        fn drop(&mut self) {
            constnet::ops::poison_scratch(false);
        }
    }
    let _alone = POISON.write().unwrap_or_else(|e| e.into_inner());
    constnet::ops::poison_scratch(true);
    let _off = Off;
    f()
}

// ------------------------------------------------------------------------------------------------
// Runs and their comparison

/// A layer's output, its input's gradient and its parameters' gradients, as f64; for a reference,
/// the values or the sums of the magnitudes of their terms.
#[derive(Clone, Debug, Default)]
struct Run {
    y: Vec<f64>,
    gx: Vec<f64>,
    gp: Vec<Vec<f64>>,
}

/// One batch of one case: the inputs of a run and what it must give.
struct Case {
    n: usize,
    x: Vec<f64>,
    /// The output's gradient: the loss is `sum(y · r)`.
    r: Vec<f64>,
    /// What the input's and the parameters' gradient buffers hold before the backward pass.
    gx0: Vec<f64>,
    gp0: Vec<Vec<f64>>,
    want: Run,
    mag: Run,
}

/// A parameter tensor whose gradient a run seeds and reads.
trait Param<E: Elem>: Sync {
    fn seed(&self, grads: &mut Gradients<E, Cpu>, v: &[f64]);
    fn grad(&self, grads: &Gradients<E, Cpu>) -> Vec<f64>;
}

impl<S: Shape, E: Elem> Param<E> for Tensor<S, E, Cpu>
where
    Cpu: Device<E>,
{
    fn seed(&self, grads: &mut Gradients<E, Cpu>, v: &[f64]) {
        seed_grad(grads, self, v);
    }

    fn grad(&self, grads: &Gradients<E, Cpu>) -> Vec<f64> {
        widen(grads.get(self).as_vec())
    }
}

/// Sets the gradient buffer of `t` to `v`. (Without a `Cpu: Device<E>` bound in scope, rustc can see
/// that the buffer is a `Vec`.)
fn seed_grad<S: Shape, E: Elem>(grads: &mut Gradients<E, Cpu>, t: &Tensor<S, E, Cpu>, v: &[f64]) {
    grads
        .get_or_alloc_mut(t)
        .unwrap()
        .copy_from_slice(&cast::<E>(v));
}

type Taped<S, E> = Tensor<S, E, Cpu, OwnedTape<E, Cpu>>;

/// Forward and backward of `layer` on one case, with seeded gradient buffers.
fn run<E, M, S, O>(layer: &M, params: &[&dyn Param<E>], shape: S, case: &Case) -> Run
where
    E: Elem,
    Cpu: Device<E>,
    S: Shape,
    O: Shape,
    M: Module<Taped<S, E>, Output = Taped<O, E>>,
{
    run_with(params, shape, case, |x| layer.forward(x))
}

/// Forward (by `forward`) and backward on one case, with seeded gradient buffers for the input
/// and `params`.
fn run_with<E, S, O>(
    params: &[&dyn Param<E>],
    shape: S,
    case: &Case,
    forward: impl FnOnce(Taped<S, E>) -> Taped<O, E>,
) -> Run
where
    E: Elem,
    Cpu: Device<E>,
    S: Shape,
    O: Shape,
{
    let dev: Cpu = Default::default();
    let x = dev.tensor_from_vec(cast::<E>(&case.x), shape);
    let mut grads = Gradients::leaky();
    seed_grad(&mut grads, &x, &case.gx0);
    for (p, g0) in params.iter().zip(&case.gp0) {
        p.seed(&mut grads, g0);
    }
    let y = forward(x.trace(grads));
    let yv = widen(y.as_vec());
    let r = dev.tensor_from_vec(cast::<E>(&case.r), *y.shape());
    let grads = (y * r).sum().backward();
    Run {
        y: yv,
        gx: widen(grads.get(&x).as_vec()),
        gp: params.iter().map(|p| p.grad(&grads)).collect(),
    }
}

/// The output of `layer` on one case without a tape.
fn infer<E, M, S, O>(layer: &M, shape: S, case: &Case) -> Vec<f64>
where
    E: Elem,
    Cpu: Device<E>,
    S: Shape,
    O: Shape,
    M: Module<Tensor<S, E, Cpu>, Output = Tensor<O, E, Cpu>>,
{
    let dev: Cpu = Default::default();
    widen(
        layer
            .forward(dev.tensor_from_vec(cast::<E>(&case.x), shape))
            .as_vec(),
    )
}

/// The worst error seen per element type and quantity, in units of epsilon (see [`TOL`]).
struct Worst {
    test: &'static str,
    /// The bound: [`TOL`], or [`TOL_WINOGRAD`].
    tol: f64,
    start: std::time::Instant,
    /// `[f32, f64]` × `[y, gx, gp]`.
    seen: [[f64; 3]; 2],
}

impl Worst {
    fn new(test: &'static str) -> Self {
        Worst {
            test,
            tol: if test.starts_with("winograd_") {
                TOL_WINOGRAD
            } else {
                TOL
            },
            start: std::time::Instant::now(),
            seen: [[0.0; 3]; 2],
        }
    }

    /// Checks `got` against the case's reference, recording the worst errors.
    fn check<E: Elem>(&mut self, got: &Run, case: &Case, context: &str) {
        let eps = E::epsilon().f();
        let t = usize::from(E::NAME == "f64");
        let quantities = [
            ("output", &got.y, &case.want.y, &case.mag.y),
            ("input gradient", &got.gx, &case.want.gx, &case.mag.gx),
        ];
        for (q, (what, got, want, mag)) in quantities.into_iter().enumerate() {
            let e = compare(what, got, want, mag, eps, self.tol, || {
                format!("{context} {}", E::NAME)
            });
            self.seen[t][q] = self.seen[t][q].max(e);
        }
        assert_eq!(got.gp.len(), case.want.gp.len());
        for (p, ((got, want), mag)) in got
            .gp
            .iter()
            .zip(&case.want.gp)
            .zip(&case.mag.gp)
            .enumerate()
        {
            let ctx = || format!("{context} {}", E::NAME);
            let e = compare(
                &format!("gradient of parameter {p}"),
                got,
                want,
                mag,
                eps,
                self.tol,
                ctx,
            );
            self.seen[t][2] = self.seen[t][2].max(e);
        }
    }

    /// Checks an output computed without a tape.
    fn check_output<E: Elem>(&mut self, got: &[f64], case: &Case, context: &str) {
        let eps = E::epsilon().f();
        let t = usize::from(E::NAME == "f64");
        let ctx = || format!("{context} {} (no tape)", E::NAME);
        let e = compare("output", got, &case.want.y, &case.mag.y, eps, self.tol, ctx);
        self.seen[t][0] = self.seen[t][0].max(e);
    }
}

impl Drop for Worst {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            let [a, b] = self.seen;
            println!(
                "{}: worst error in eps: f32 output {:.3} input grad {:.3} param grads {:.3}; \
                 f64 output {:.3} input grad {:.3} param grads {:.3} ({:.1} s)",
                self.test,
                a[0],
                a[1],
                a[2],
                b[0],
                b[1],
                b[2],
                self.start.elapsed().as_secs_f64()
            );
        }
    }
}

/// The worst error of `got` against `want`, per value in units of `eps · mag`; panics past
/// `tol`. A NaN must meet a NaN, and a value whose terms are all zero must be exact.
fn compare(
    what: &str,
    got: &[f64],
    want: &[f64],
    mag: &[f64],
    eps: f64,
    tol: f64,
    context: impl Fn() -> String,
) -> f64 {
    assert_eq!(got.len(), want.len(), "{what} length, {}", context());
    let mut worst = 0.0f64;
    for (i, ((&g, &w), &m)) in got.iter().zip(want).zip(mag).enumerate() {
        if g == w || (g.is_nan() && w.is_nan()) {
            continue;
        }
        let e = (g - w).abs() / (eps * m);
        assert!(
            e <= tol,
            "{what}[{i}], {}: got {g:e}, want {w:e}: error {e:.3e} eps of the terms' magnitude \
             {m:e} (bound {tol})",
            context()
        );
        worst = worst.max(e);
    }
    worst
}

/// Whether two runs agree bit for bit.
fn assert_same_bits(a: &Run, b: &Run, context: &str) {
    let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert!(bits(&a.y) == bits(&b.y), "{context}: outputs differ");
    assert!(
        bits(&a.gx) == bits(&b.gx),
        "{context}: input gradients differ"
    );
    for (p, (ga, gb)) in a.gp.iter().zip(&b.gp).enumerate() {
        assert!(
            bits(ga) == bits(gb),
            "{context}: gradients of parameter {p} differ"
        );
    }
}

/// Runs `layer` on `case` in every pool, checks each run against the reference, and reruns it with
/// poisoned scratch buffers, which must give the same bits; then checks the output without a tape.
fn sweep_runs<E, M, S, O>(
    layer: &M,
    params: &[&dyn Param<E>],
    shape: S,
    case: &Case,
    worst: &mut Worst,
) where
    E: Elem,
    Cpu: Device<E>,
    S: Shape,
    O: Shape,
    M: Module<Taped<S, E>, Output = Taped<O, E>>
        + Module<Tensor<S, E, Cpu>, Output = Tensor<O, E, Cpu>>
        + Sync,
{
    for (t, pool) in pools().iter().enumerate() {
        let context = format!("batch {}, {} threads", case.n, t + 1);
        let plain = unpoisoned(|| pool.install(|| run(layer, params, shape, case)));
        worst.check::<E>(&plain, case, &context);
        let poisoned = poisoned(|| pool.install(|| run(layer, params, shape, case)));
        assert_same_bits(&plain, &poisoned, &format!("{context}, poisoned scratch"));
        let y = unpoisoned(|| pool.install(|| infer(layer, shape, case)));
        worst.check_output::<E>(&y, case, &context);
    }
}

/// `a` and `b` (with their parameters) give the same bits on `case`, in every pool, with and without
/// a tape.
fn same_bits<E, A, B, S, O>(
    a: (&A, &[&dyn Param<E>]),
    b: (&B, &[&dyn Param<E>]),
    shape: S,
    case: &Case,
) where
    E: Elem,
    Cpu: Device<E>,
    S: Shape,
    O: Shape,
    A: Module<Taped<S, E>, Output = Taped<O, E>>
        + Module<Tensor<S, E, Cpu>, Output = Tensor<O, E, Cpu>>
        + Sync,
    B: Module<Taped<S, E>, Output = Taped<O, E>>
        + Module<Tensor<S, E, Cpu>, Output = Tensor<O, E, Cpu>>
        + Sync,
{
    for (t, pool) in pools().iter().enumerate() {
        let context = format!("batch {}, {} threads, {}", case.n, t + 1, E::NAME);
        let (ra, rb) = unpoisoned(|| {
            pool.install(|| (run(a.0, a.1, shape, case), run(b.0, b.1, shape, case)))
        });
        assert_same_bits(&ra, &rb, &context);
        let (ya, yb) =
            unpoisoned(|| pool.install(|| (infer(a.0, shape, case), infer(b.0, shape, case))));
        assert_same_bits(
            &Run {
                y: ya,
                ..Run::default()
            },
            &Run {
                y: yb,
                ..Run::default()
            },
            &format!("{context}, no tape"),
        );
    }
}

// ------------------------------------------------------------------------------------------------
// References: naive loops in f64

/// A batch of `n` images of the given size, with the rest of a case drawn from `rng`.
fn new_case(rng: &mut Rng, n: usize, x: Vec<f64>, outputs: usize, params: &[usize]) -> Case {
    Case {
        n,
        gx0: rng.values(x.len()),
        x,
        r: rng.values(outputs),
        gp0: params.iter().map(|&len| rng.values(len)).collect(),
        want: Run::default(),
        mag: Run::default(),
    }
}

/// Starts a reference from the seeded gradient buffers (their values and magnitudes).
fn seeded(case: &Case, outputs: usize) -> (Run, Run) {
    let abs = |v: &[f64]| v.iter().map(|x| x.abs()).collect::<Vec<_>>();
    let want = Run {
        y: vec![0.0; outputs],
        gx: case.gx0.clone(),
        gp: case.gp0.clone(),
    };
    let mag = Run {
        y: vec![0.0; outputs],
        gx: abs(&case.gx0),
        gp: case.gp0.iter().map(|g| abs(g)).collect(),
    };
    (want, mag)
}

#[derive(Clone, Copy, Debug)]
struct ConvGeom {
    cin: usize,
    cout: usize,
    k: usize,
    s: usize,
    p: usize,
    h: usize,
    w: usize,
}

impl ConvGeom {
    fn ho(&self) -> usize {
        (self.h + 2 * self.p - self.k) / self.s + 1
    }
    fn wo(&self) -> usize {
        (self.w + 2 * self.p - self.k) / self.s + 1
    }
}

/// The convolution's weights (fixed per test) and its batches.
struct ConvSweep {
    weight: Vec<f64>,
    bias: Vec<f64>,
    cases: Vec<Case>,
}

/// Random weights and, per batch size, random inputs with the reference results.
fn conv_sweep(g: ConvGeom, seed: u64) -> ConvSweep {
    let mut rng = Rng::new(seed);
    let (nw, nb) = (g.cout * g.cin * g.k * g.k, g.cout);
    let weight = rng.values(nw);
    let bias = rng.values(nb);
    let cases = BATCHES
        .map(|n| {
            let (ho, wo) = (g.ho(), g.wo());
            let x = rng.values(n * g.cin * g.h * g.w);
            let mut case = new_case(&mut rng, n, x, n * g.cout * ho * wo, &[nw, nb]);
            let (mut want, mut mag) = seeded(&case, n * g.cout * ho * wo);
            for b in 0..n {
                for (o, &bias) in bias.iter().enumerate() {
                    for oy in 0..ho {
                        for ox in 0..wo {
                            let yi = ((b * g.cout + o) * ho + oy) * wo + ox;
                            let r = case.r[yi];
                            let (mut y, mut ym) = (bias, bias.abs());
                            for c in 0..g.cin {
                                for ky in 0..g.k {
                                    let Some(iy) = (oy * g.s + ky).checked_sub(g.p) else {
                                        continue;
                                    };
                                    for kx in 0..g.k {
                                        let Some(ix) = (ox * g.s + kx).checked_sub(g.p) else {
                                            continue;
                                        };
                                        if iy >= g.h || ix >= g.w {
                                            continue;
                                        }
                                        let xi = ((b * g.cin + c) * g.h + iy) * g.w + ix;
                                        let wi = ((o * g.cin + c) * g.k + ky) * g.k + kx;
                                        let (xv, wv) = (case.x[xi], weight[wi]);
                                        y += wv * xv;
                                        ym += (wv * xv).abs();
                                        want.gx[xi] += r * wv;
                                        mag.gx[xi] += (r * wv).abs();
                                        want.gp[0][wi] += r * xv;
                                        mag.gp[0][wi] += (r * xv).abs();
                                    }
                                }
                            }
                            (want.y[yi], mag.y[yi]) = (y, ym);
                            want.gp[1][o] += r;
                            mag.gp[1][o] += r.abs();
                        }
                    }
                }
            }
            (case.want, case.mag) = (want, mag);
            case
        })
        .collect();
    ConvSweep {
        weight,
        bias,
        cases,
    }
}

/// Pooling windows over `planes` planes of `h × w`.
#[derive(Clone, Copy, Debug)]
struct PoolGeom {
    max: bool,
    c: usize,
    k: usize,
    s: usize,
    h: usize,
    w: usize,
}

/// Per batch size, inputs drawn by `draw` and the reference results. Max pooling follows
/// PyTorch's rule: the first maximum of a window wins, a NaN wins over everything (and a later NaN
/// over an earlier one), a window of −∞ points at its first element.
fn pool_sweep(g: PoolGeom, seed: u64, draw: impl Fn(&mut Rng, usize) -> Vec<f64>) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    let (ho, wo) = ((g.h - g.k) / g.s + 1, (g.w - g.k) / g.s + 1);
    let scale = 1.0 / (g.k * g.k) as f64;
    BATCHES
        .map(|n| {
            let planes = n * g.c;
            let x = draw(&mut rng, planes * g.h * g.w);
            let mut case = new_case(&mut rng, n, x, planes * ho * wo, &[]);
            let (mut want, mut mag) = seeded(&case, planes * ho * wo);
            for pl in 0..planes {
                for oy in 0..ho {
                    for ox in 0..wo {
                        let yi = (pl * ho + oy) * wo + ox;
                        let r = case.r[yi];
                        let at =
                            |ky: usize, kx: usize| (pl * g.h + oy * g.s + ky) * g.w + ox * g.s + kx;
                        if g.max {
                            let (mut best, mut arg) = (f64::NEG_INFINITY, at(0, 0));
                            for ky in 0..g.k {
                                for kx in 0..g.k {
                                    let v = case.x[at(ky, kx)];
                                    if v > best || v.is_nan() {
                                        (best, arg) = (v, at(ky, kx));
                                    }
                                }
                            }
                            (want.y[yi], mag.y[yi]) = (best, best.abs());
                            want.gx[arg] += r;
                            mag.gx[arg] += r.abs();
                        } else {
                            for ky in 0..g.k {
                                for kx in 0..g.k {
                                    let v = case.x[at(ky, kx)];
                                    want.y[yi] += v * scale;
                                    mag.y[yi] += (v * scale).abs();
                                    want.gx[at(ky, kx)] += r * scale;
                                    mag.gx[at(ky, kx)] += (r * scale).abs();
                                }
                            }
                        }
                    }
                }
            }
            (case.want, case.mag) = (want, mag);
            case
        })
        .collect()
}

/// A linear layer's weights and its batches.
fn linear_sweep(inp: usize, out: usize, seed: u64) -> ConvSweep {
    let mut rng = Rng::new(seed);
    let weight = rng.values(out * inp);
    let bias = rng.values(out);
    let cases = BATCHES
        .map(|n| {
            let x = rng.values(n * inp);
            let mut case = new_case(&mut rng, n, x, n * out, &[out * inp, out]);
            let (mut want, mut mag) = seeded(&case, n * out);
            for b in 0..n {
                for o in 0..out {
                    let yi = b * out + o;
                    let r = case.r[yi];
                    let (mut y, mut ym) = (bias[o], bias[o].abs());
                    for i in 0..inp {
                        let (xv, wv) = (case.x[b * inp + i], weight[o * inp + i]);
                        y += wv * xv;
                        ym += (wv * xv).abs();
                        want.gx[b * inp + i] += r * wv;
                        mag.gx[b * inp + i] += (r * wv).abs();
                        want.gp[0][o * inp + i] += r * xv;
                        mag.gp[0][o * inp + i] += (r * xv).abs();
                    }
                    (want.y[yi], mag.y[yi]) = (y, ym);
                    want.gp[1][o] += r;
                    mag.gp[1][o] += r.abs();
                }
            }
            (case.want, case.mag) = (want, mag);
            case
        })
        .collect();
    ConvSweep {
        weight,
        bias,
        cases,
    }
}

/// An element-wise function: the value and the derivative of one input, each with the magnitude
/// of its terms.
type Pointwise = fn(f64) -> ((f64, f64), (f64, f64));

fn relu_ref(x: f64) -> ((f64, f64), (f64, f64)) {
    // PyTorch: NaN stays NaN and passes the gradient; −0 stays −0 with gradient 0.
    let y = if x < 0.0 { 0.0 } else { x };
    let d = if x > 0.0 || x.is_nan() { 1.0 } else { 0.0 };
    ((y, y.abs()), (d, d))
}

fn tanh_ref(x: f64) -> ((f64, f64), (f64, f64)) {
    let y = x.tanh();
    // derivative 1 − y²: terms 1 and y²
    ((y, y.abs()), (1.0 - y * y, 1.0 + y * y))
}

fn sigmoid_ref(x: f64) -> ((f64, f64), (f64, f64)) {
    let y = 1.0 / (1.0 + (-x).exp());
    // derivative y − y²: terms y and y²
    ((y, y.abs()), (y * (1.0 - y), y + y * y))
}

/// Flatten: the identity on the data.
fn identity_ref(x: f64) -> ((f64, f64), (f64, f64)) {
    ((x, x.abs()), (1.0, 1.0))
}

/// Per batch size, inputs of `per_image` values drawn by `draw`, through `f`.
fn pointwise_sweep(
    per_image: usize,
    seed: u64,
    f: Pointwise,
    draw: impl Fn(&mut Rng, usize) -> Vec<f64>,
) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    BATCHES
        .map(|n| {
            let x = draw(&mut rng, n * per_image);
            let mut case = new_case(&mut rng, n, x, n * per_image, &[]);
            let (mut want, mut mag) = seeded(&case, n * per_image);
            for (i, &x) in case.x.iter().enumerate() {
                let ((y, ym), (d, dm)) = f(x);
                (want.y[i], mag.y[i]) = (y, ym);
                want.gx[i] += case.r[i] * d;
                mag.gx[i] += (case.r[i] * dm).abs();
            }
            (case.want, case.mag) = (want, mag);
            case
        })
        .collect()
}

// ------------------------------------------------------------------------------------------------
// The sweep

/// One test per convolution: every batch size in every pool, f32 and f64, against the reference;
/// then `Sequential<(Conv2d, ReLU)>` against the two layers run one by one. One expansion:
/// `d3_p1: Conv2d<2, 3, 3, 1, 1> on 7 x 9;` becomes `#[test] fn d3_p1()` that builds
/// `Conv2d<2, 3, 3, 1, 1>` in f32 and f64 and runs it on `(batch, Const<2>, Const<7>, Const<9>)`.
macro_rules! conv_tests {
    ($($name:ident: Conv2d<$i:literal, $o:literal, $k:literal, $s:literal, $p:literal> on $h:literal x $w:literal;)*) => {$(
        #[test]
        fn $name() {
            let g = ConvGeom { cin: $i, cout: $o, k: $k, s: $s, p: $p, h: $h, w: $w };
            let sweep = conv_sweep(g, line!() as u64);
            let mut worst = Worst::new(stringify!($name));
            conv_dtype!(f32, sweep, worst, [$i, $o, $k, $s, $p, $h, $w]);
            conv_dtype!(f64, sweep, worst, [$i, $o, $k, $s, $p, $h, $w]);
        }
    )*};
}

/// The body of a convolution test for one element type (see [`conv_tests`]).
macro_rules! conv_dtype {
    ($e:ty, $sweep:expr, $worst:expr, [$i:literal, $o:literal, $k:literal, $s:literal, $p:literal, $h:literal, $w:literal]) => {{
        let dev: Cpu = Default::default();
        let mut conv = dev.build_module::<Conv2d<$i, $o, $k, $s, $p>, $e>();
        conv.weight.copy_from(&cast::<$e>(&$sweep.weight));
        conv.bias
            .as_mut()
            .unwrap()
            .copy_from(&cast::<$e>(&$sweep.bias));
        let mut seq = dev.build_module::<Sequential<(Conv2d<$i, $o, $k, $s, $p>, ReLU)>, $e>();
        seq.layers.0.weight.copy_from(&cast::<$e>(&$sweep.weight));
        seq.layers
            .0
            .bias
            .as_mut()
            .unwrap()
            .copy_from(&cast::<$e>(&$sweep.bias));
        let pair = (conv.clone(), ReLU);
        for case in &$sweep.cases {
            let shape = (case.n, Const::<$i>, Const::<$h>, Const::<$w>);
            sweep_runs(
                &conv,
                &[&conv.weight, conv.bias.as_ref().unwrap()],
                shape,
                case,
                &mut $worst,
            );
            same_bits(
                (
                    &seq,
                    &[&seq.layers.0.weight, seq.layers.0.bias.as_ref().unwrap()],
                ),
                (&pair, &[&pair.0.weight, pair.0.bias.as_ref().unwrap()]),
                shape,
                case,
            );
        }
    }};
}

conv_tests! {
    // Direct path: stride 1, 3×3 or 5×5, padding below the kernel.
    direct3_single: Conv2d<1, 1, 3, 1, 0> on 5 x 5;
    direct3_pad1_odd: Conv2d<2, 3, 3, 1, 1> on 7 x 9;
    direct3_pad2: Conv2d<3, 5, 3, 1, 2> on 6 x 11;
    direct3_wide_rows: Conv2d<1, 4, 3, 1, 1> on 20 x 33;
    direct3_cout7: Conv2d<8, 7, 3, 1, 0> on 9 x 8;
    // The packed path in training; at inference on AVX-512 the channel-vector one
    // (`ChanVec::beats_packed`), as for the next two where their batch holds too few blocks for
    // Winograd (batches 1 and 2 of the first, 1 to 3 of the second).
    packed3_wide_channels: Conv2d<64, 64, 3, 1, 1> on 3 x 5;
    winograd_pad1_odd: Conv2d<64, 64, 3, 1, 1> on 10 x 11;
    winograd_compact: Conv2d<64, 64, 3, 1, 1> on 8 x 8;
    winograd_compact_odd: Conv2d<64, 67, 3, 1, 1> on 5 x 7;
    // 4 × 4 tiles per image, compact: on AVX2 their windows are read in runs of 4.
    winograd_compact_runs4: Conv2d<32, 33, 3, 1, 1> on 16 x 13;
    winograd_pad0_cout65: Conv2d<64, 65, 3, 1, 0> on 13 x 12;
    winograd_pad2: Conv2d<66, 64, 3, 1, 2> on 8 x 9;
    // 32 channels, and the fewest the path serves, 16 (at inference and in training).
    winograd_32ch: Conv2d<32, 32, 3, 1, 1> on 8 x 9;
    winograd_16ch: Conv2d<16, 16, 3, 1, 1> on 9 x 10;
    // Enough tiles (8 × 8) for Winograd at batch 1 as well, where the shapes above take the
    // packed path; and enough output channels to split them over the threads at inference on one
    // image (136: 72 + 64).
    winograd_batch1_split: Conv2d<32, 136, 3, 1, 1> on 16 x 16;
    // Batches 1 to 3 take the packed path (too few blocks for Winograd), batch 1 with its
    // output channels split likewise; 4 to 7 take Winograd.
    winograd_8x8_packed_batch1_split: Conv2d<32, 136, 3, 1, 1> on 8 x 8;
    direct3_wide_in: Conv2d<72, 2, 3, 1, 1> on 5 x 6;
    direct5_lenet: Conv2d<3, 8, 5, 1, 0> on 12 x 12;
    direct5_pad4: Conv2d<2, 3, 5, 1, 4> on 5 x 6;
    direct5_pad2_odd: Conv2d<5, 6, 5, 1, 2> on 9 x 13;
    direct5_cout5: Conv2d<4, 5, 5, 1, 1> on 8 x 17;
    direct5_wide_out: Conv2d<6, 33, 5, 1, 2> on 5 x 5;
    // im2col: every other shape.
    im2col3_stride2_pad1: Conv2d<3, 4, 3, 2, 1> on 9 x 8;
    im2col3_stride3: Conv2d<2, 3, 3, 3, 0> on 10 x 11;
    im2col3_pad3: Conv2d<2, 2, 3, 1, 3> on 4 x 5;
    im2col3_stride4_pad1: Conv2d<2, 2, 3, 4, 1> on 9 x 9;
    im2col1: Conv2d<5, 7, 1, 1, 0> on 4 x 6;
    im2col2_pad1: Conv2d<3, 4, 2, 1, 1> on 6 x 7;
    im2col2_stride2_odd: Conv2d<3, 3, 2, 2, 0> on 7 x 7;
    im2col4_stride3_pad2: Conv2d<1, 2, 4, 3, 2> on 5 x 5;
    im2col5_stride2_pad2: Conv2d<6, 8, 5, 2, 2> on 11 x 12;
    im2col7_pad3: Conv2d<2, 3, 7, 1, 3> on 8 x 9;
    im2col3_wide_channels: Conv2d<48, 64, 3, 2, 1> on 6 x 7;
    // Stride 2: the channel-vector path, forward and backward.
    chanvec3_stride2: Conv2d<16, 32, 3, 2, 1> on 16 x 15;
    chanvec1_stride2_pad0: Conv2d<32, 64, 1, 2, 0> on 9 x 10;
    chanvec3_wide_in: Conv2d<64, 72, 3, 2, 0> on 11 x 13;
    // Stride 1 on AVX2 where the channel-vector path computes no more products than the direct
    // one (`ChanVec::beats_direct`; other CPUs take the direct path): LeNet-5's second
    // convolution (training too: 0.69 of the direct path's products, 8 input channels), 16
    // channels on rows of 13 (as many products as the direct path) and 32 channels (two groups
    // of 2 vectors), these two at inference only (15 input channels: with 16, training takes
    // Winograd).
    chanvec5_stride1_lenet: Conv2d<8, 16, 5, 1, 0> on 14 x 14;
    chanvec3_stride1_pad1_odd: Conv2d<3, 16, 3, 1, 1> on 12 x 13;
    chanvec3_stride1_32ch: Conv2d<15, 32, 3, 1, 1> on 9 x 10;
    // Stride 1 at inference on AVX-512 where Winograd's path does not serve and the direct path
    // leaves more than 32 output channels (`ChanVec::beats_packed`; training and other CPUs take
    // the packed path): three vectors of channels, the last partly filled (9 blocks per image:
    // too few for Winograd at every batch of the sweep), a 1×1 convolution of 128 output
    // channels on 64 input channels, and a 5×5 one. `winograd_compact` above splits its 64
    // output channels over the team on one image.
    chanvec3_stride1_48ch: Conv2d<16, 40, 3, 1, 1> on 6 x 5;
    chanvec1_stride1_128ch: Conv2d<64, 128, 1, 1, 0> on 5 x 6;
    chanvec5_stride1_pad2: Conv2d<16, 36, 5, 1, 2> on 7 x 9;
}

/// One test per pooling layer and input; see [`conv_tests`]. `max` selects max pooling; `draw`
/// picks the input values.
macro_rules! pool_tests {
    ($($name:ident: $layer:ty, $max:literal, [$c:literal, $k:literal, $s:literal, $h:literal, $w:literal], $draw:expr;)*) => {$(
        #[test]
        fn $name() {
            let g = PoolGeom { max: $max, c: $c, k: $k, s: $s, h: $h, w: $w };
            let cases = pool_sweep(g, line!() as u64, $draw);
            let mut worst = Worst::new(stringify!($name));
            let layer: $layer = Default::default();
            for case in &cases {
                let shape = (case.n, Const::<$c>, Const::<$h>, Const::<$w>);
                sweep_runs::<f32, _, _, _>(&layer, &[], shape, case, &mut worst);
                sweep_runs::<f64, _, _, _>(&layer, &[], shape, case, &mut worst);
            }
        }
    )*};
}

fn uniform(rng: &mut Rng, n: usize) -> Vec<f64> {
    rng.values(n)
}

/// Many ties.
fn ties(rng: &mut Rng, n: usize) -> Vec<f64> {
    rng.pick(n, &[-1.0, 0.0, 1.0])
}

/// Ties, NaN and −∞.
fn specials(rng: &mut Rng, n: usize) -> Vec<f64> {
    rng.pick(
        n,
        &[f64::NAN, f64::NEG_INFINITY, 1.0, 1.0, -2.0, 0.0, 0.5, -0.5],
    )
}

pool_tests! {
    // The 2×2 fast path: narrow rows (scalar), rows of 8 windows (one AVX2 step for f32), 9 and 17
    // (an overlapping last step).
    max2_narrow: MaxPool2d<2>, true, [3, 2, 2, 5, 7], uniform;
    max2_avx_8: MaxPool2d<2>, true, [2, 2, 2, 4, 16], uniform;
    max2_avx_9_odd: MaxPool2d<2>, true, [5, 2, 2, 7, 19], uniform;
    max2_avx_17_ties: MaxPool2d<2>, true, [1, 2, 2, 6, 34], ties;
    max2_avx_specials: MaxPool2d<2>, true, [3, 2, 2, 4, 35], specials;
    max2_wide_channels: MaxPool2d<2>, true, [64, 2, 2, 4, 4], uniform;
    // The general loop.
    max3_stride2_overlap: MaxPool2d<3, 2>, true, [2, 3, 2, 9, 8], uniform;
    max3_stride2_ties: MaxPool2d<3, 2>, true, [2, 3, 2, 7, 9], ties;
    max2_stride1_specials: MaxPool2d<2, 1>, true, [2, 2, 1, 5, 6], specials;
    max3: MaxPool2d<3>, true, [3, 3, 3, 10, 11], uniform;
    max1: MaxPool2d<1>, true, [2, 1, 1, 3, 4], uniform;
    avg2: AvgPool2d<2>, false, [3, 2, 2, 6, 5], uniform;
    avg2_wide: AvgPool2d<2>, false, [1, 2, 2, 4, 34], uniform;
    avg3_stride2_overlap: AvgPool2d<3, 2>, false, [4, 3, 2, 7, 7], uniform;
    avg2_stride1: AvgPool2d<2, 1>, false, [2, 2, 1, 5, 4], uniform;
    avg4_stride3: AvgPool2d<4, 3>, false, [2, 4, 3, 10, 9], uniform;
    // Planes of 1,156 values: tasks of at least 14 planes (16,384 values), so several tasks,
    // uneven ones among them, at every batch size (16 planes per image).
    max2_tasks: MaxPool2d<2>, true, [16, 2, 2, 34, 34], uniform;
    avg2_tasks: AvgPool2d<2>, false, [16, 2, 2, 34, 34], uniform;
}

/// One test per linear layer; see [`conv_tests`].
macro_rules! linear_tests {
    ($($name:ident: Linear<$i:literal, $o:literal>;)*) => {$(
        #[test]
        fn $name() {
            let sweep = linear_sweep($i, $o, line!() as u64);
            let mut worst = Worst::new(stringify!($name));
            linear_dtype!(f32, sweep, worst, $i, $o);
            linear_dtype!(f64, sweep, worst, $i, $o);
        }
    )*};
}

/// The body of a linear test for one element type.
macro_rules! linear_dtype {
    ($e:ty, $sweep:expr, $worst:expr, $i:literal, $o:literal) => {{
        let dev: Cpu = Default::default();
        let mut fc = dev.build_module::<Linear<$i, $o>, $e>();
        fc.weight.copy_from(&cast::<$e>(&$sweep.weight));
        fc.bias.copy_from(&cast::<$e>(&$sweep.bias));
        for case in &$sweep.cases {
            let shape = (case.n, Const::<$i>);
            sweep_runs(&fc, &[&fc.weight, &fc.bias], shape, case, &mut $worst);
        }
    }};
}

linear_tests! {
    linear_1x1: Linear<1, 1>;
    linear_small: Linear<7, 5>;
    // Products of 2¹⁶ multiply-adds and more are split by rows over the threads: from batch 6
    // (forward, input gradient) and batch 2 (weight gradient) here.
    linear_split: Linear<128, 96>;
    linear_wide: Linear<300, 200>;
}

/// One test per element-wise layer and input; see [`conv_tests`].
macro_rules! pointwise_tests {
    ($($name:ident: $layer:expr, $f:expr, [$c:literal, $h:literal, $w:literal], $draw:expr;)*) => {$(
        #[test]
        fn $name() {
            let cases = pointwise_sweep($c * $h * $w, line!() as u64, $f, $draw);
            let mut worst = Worst::new(stringify!($name));
            let layer = $layer;
            for case in &cases {
                let shape = (case.n, Const::<$c>, Const::<$h>, Const::<$w>);
                sweep_runs::<f32, _, _, _>(&layer, &[], shape, case, &mut worst);
                sweep_runs::<f64, _, _, _>(&layer, &[], shape, case, &mut worst);
            }
        }
    )*};
}

/// Uniform values with exact zeros, negative zeros and NaN mixed in.
fn with_zeros(rng: &mut Rng, n: usize) -> Vec<f64> {
    (0..n)
        .map(|_| match rng.next() % 16 {
            0 => 0.0,
            1 => -0.0,
            2 => f64::NAN,
            _ => rng.value(),
        })
        .collect()
}

pointwise_tests! {
    relu_small: ReLU, relu_ref, [3, 5, 7], with_zeros;
    // 7 images of 3×80×80: more than one parallel chunk of 16,384 values per image.
    relu_chunks: ReLU, relu_ref, [3, 80, 80], with_zeros;
    tanh: Tanh, tanh_ref, [2, 5, 9], uniform;
    sigmoid: Sigmoid, sigmoid_ref, [2, 5, 9], uniform;
    flatten: Flatten, identity_ref, [3, 4, 5], uniform;
}

// ------------------------------------------------------------------------------------------------
// Residual sums, global average pooling, batch normalisation

/// `Residual<ReLU>`: `relu(x) + x`, the residual sum's kernel without an epilogue.
fn residual_relu_ref(x: f64) -> ((f64, f64), (f64, f64)) {
    let ((r, rm), (d, _)) = relu_ref(x);
    ((r + x, rm + x.abs()), (d + 1.0, d + 1.0))
}

/// `Sequential<(Residual<Sigmoid>, Tanh)>`: `tanh(σ(x) + x)`, the Tanh applied by the residual
/// sum's kernel as it writes.
fn residual_tanh_epilogue_ref(x: f64) -> ((f64, f64), (f64, f64)) {
    let s = 1.0 / (1.0 + (-x).exp());
    let y = (s + x).tanh();
    // The sum's rounding (terms |σ| + |x|) passes through tanh' = 1 − y²; the derivative
    // (1 − y²)(σ − σ² + 1) has terms (1 + y²)(σ + σ² + 1), and y's own error moves 1 − y².
    let y_mag = y.abs() + (1.0 - y * y) * (s + x.abs());
    let d = (1.0 - y * y) * (s * (1.0 - s) + 1.0);
    let d_mag = (1.0 + y * y + 2.0 * y.abs() * y_mag) * (s + s * s + 1.0);
    ((y, y_mag), (d, d_mag))
}

pointwise_tests! {
    residual_sum: Residual::<ReLU>::default(), residual_relu_ref, [3, 5, 7], uniform;
    // More than one parallel chunk of 16,384 values.
    residual_sum_chunks: Residual::<ReLU>::default(), residual_relu_ref, [4, 70, 70], uniform;
}

/// The residual sum with an activation folded into its kernel, against the reference and
/// bit for bit against the two layers run one by one.
#[test]
fn residual_sum_with_epilogue() {
    let cases = pointwise_sweep(
        3 * 6 * 5,
        line!() as u64,
        residual_tanh_epilogue_ref,
        uniform,
    );
    let mut worst = Worst::new("residual_sum_with_epilogue");
    let seq: Sequential<(Residual<Sigmoid>, Tanh)> = Default::default();
    let pair = (Residual::<Sigmoid>::default(), Tanh);
    for case in &cases {
        let shape = (case.n, Const::<3>, Const::<6>, Const::<5>);
        sweep_runs::<f32, _, _, _>(&seq, &[], shape, case, &mut worst);
        sweep_runs::<f64, _, _, _>(&seq, &[], shape, case, &mut worst);
        same_bits::<f32, _, _, _, _>((&seq, &[]), (&pair, &[]), shape, case);
        same_bits::<f64, _, _, _, _>((&seq, &[]), (&pair, &[]), shape, case);
    }
}

/// `GlobalAvgPool2d` on `c` channels of `plane` values: the mean of each plane, and its gradient
/// spread evenly.
fn global_avg_sweep(c: usize, plane: usize, seed: u64) -> Vec<Case> {
    let mut rng = Rng::new(seed);
    let scale = 1.0 / plane as f64;
    BATCHES
        .map(|n| {
            let planes = n * c;
            let x = rng.values(planes * plane);
            let mut case = new_case(&mut rng, n, x, planes, &[]);
            let (mut want, mut mag) = seeded(&case, planes);
            for p in 0..planes {
                let xs = &case.x[p * plane..][..plane];
                want.y[p] = xs.iter().sum::<f64>() * scale;
                mag.y[p] = xs.iter().map(|v| v.abs()).sum::<f64>() * scale;
                for i in p * plane..(p + 1) * plane {
                    want.gx[i] += case.r[p] * scale;
                    mag.gx[i] += (case.r[p] * scale).abs();
                }
            }
            (case.want, case.mag) = (want, mag);
            case
        })
        .collect()
}

/// One test per input size; see [`conv_tests`].
macro_rules! global_avg_tests {
    ($($name:ident: [$c:literal, $h:literal, $w:literal];)*) => {$(
        #[test]
        fn $name() {
            let cases = global_avg_sweep($c, $h * $w, line!() as u64);
            let mut worst = Worst::new(stringify!($name));
            for case in &cases {
                let shape = (case.n, Const::<$c>, Const::<$h>, Const::<$w>);
                sweep_runs::<f32, _, _, _>(&GlobalAvgPool2d, &[], shape, case, &mut worst);
                sweep_runs::<f64, _, _, _>(&GlobalAvgPool2d, &[], shape, case, &mut worst);
            }
        }
    )*};
}

global_avg_tests! {
    global_avg_small: [3, 4, 5];
    global_avg_1x1: [5, 1, 1];
    // 5,184 values per image: from 4 images on, more than one parallel task of 16,384 values.
    global_avg_tasks: [64, 9, 9];
}

/// `Σ v` with Neumaier's compensated summation: within an ulp or so of the exact sum whatever the
/// order, so that the batch statistics of the reference carry no rounding of their own to
/// compare against (the kernels may sum in any order).
fn accurate_sum(values: impl Iterator<Item = f64>) -> f64 {
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    for v in values {
        let t = sum + v;
        comp += if sum.abs() >= v.abs() {
            (sum - t) + v
        } else {
            (v - t) + sum
        };
        sum = t;
    }
    sum + comp
}

/// Batch normalisation's parameters, running statistics and batches.
struct BatchNormSweep {
    weight: Vec<f64>,
    bias: Vec<f64>,
    mean: Vec<f64>,
    var: Vec<f64>,
    cases: Vec<Case>,
}

/// Per batch size, the reference of `BatchNorm2d` on `c` channels of `plane` values: in training
/// mode (`train`) with the batch's statistics (biased variance), else with the running ones.
fn batchnorm_sweep(c: usize, plane: usize, train: bool, relu: bool, seed: u64) -> BatchNormSweep {
    let mut rng = Rng::new(seed);
    let weight = rng.values(c);
    let bias = rng.values(c);
    let mean = rng.values(c);
    // Variances in [0.25, 1.25), exactly representable in f32.
    let var: Vec<f64> = rng.values(c).iter().map(|v| 0.75 + v / 2.0).collect();
    let cases = BATCHES
        .map(|n| {
            let len = n * c * plane;
            // Channel means away from zero, so that the batch statistics are not all alike.
            let x: Vec<f64> = rng
                .values(len)
                .iter()
                .enumerate()
                .map(|(i, v)| v + mean[i / plane % c])
                .collect();
            let mut case = new_case(&mut rng, n, x, len, &[c, c]);
            let (mut want, mut mag) = seeded(&case, len);
            let count = (n * plane) as f64;
            let at = |b: usize, ch: usize| (b * c + ch) * plane..(b * c + ch + 1) * plane;
            for ch in 0..c {
                let values = || (0..n).flat_map(|b| at(b, ch));
                let (m, s) = if train {
                    let m = accurate_sum(values().map(|i| case.x[i])) / count;
                    let v = accurate_sum(values().map(|i| (case.x[i] - m).powi(2))) / count;
                    (m, 1.0 / (v + 1e-5).sqrt())
                } else {
                    (mean[ch], 1.0 / (var[ch] + 1e-5).sqrt())
                };
                let (w, b) = (weight[ch], bias[ch]);
                let xhat = |i: usize| (case.x[i] - m) * s;
                let xmag = |i: usize| (case.x[i].abs() + m.abs()) * s;
                // The output gradient reaching the normalisation: through the ReLU, when folded.
                let passes = |i: usize| !relu || xhat(i) * w + b > 0.0;
                let r = |i: usize| if passes(i) { case.r[i] } else { 0.0 };
                let (sr, srh) = (
                    accurate_sum(values().map(r)),
                    accurate_sum(values().map(|i| r(i) * xhat(i))),
                );
                let (sr_mag, srh_mag) = (
                    values().map(|i| r(i).abs()).sum::<f64>(),
                    values().map(|i| r(i).abs() * xmag(i)).sum::<f64>(),
                );
                want.gp[0][ch] += srh;
                mag.gp[0][ch] += srh_mag;
                want.gp[1][ch] += sr;
                mag.gp[1][ch] += sr_mag;
                for i in values() {
                    want.y[i] = (xhat(i) * w + b).max(if relu { 0.0 } else { f64::MIN });
                    mag.y[i] = xmag(i) * w.abs() + b.abs();
                    let r = r(i);
                    if train {
                        want.gx[i] += w * s * (r - sr / count - xhat(i) * srh / count);
                        mag.gx[i] +=
                            w.abs() * s * (r.abs() + sr_mag / count + xmag(i) * srh_mag / count);
                    } else {
                        want.gx[i] += w * s * r;
                        mag.gx[i] += (w * s * r).abs();
                    }
                }
            }
            (case.want, case.mag) = (want, mag);
            case
        })
        .collect();
    BatchNormSweep {
        weight,
        bias,
        mean,
        var,
        cases,
    }
}

/// Forward in training mode (`forward_mut`, on a copy of `layer`: the running statistics move)
/// and backward on one case, with seeded gradient buffers; with `relu`, the layer is followed by a
/// ReLU, which it folds.
fn run_train<E, const C: usize, S>(
    layer: &BatchNorm2d<C, E>,
    relu: bool,
    shape: S,
    case: &Case,
) -> Run
where
    E: Elem,
    Cpu: Device<E>,
    S: Shape,
    BatchNorm2d<C, E>: ModuleMut<Taped<S, E>, Output = Taped<S, E>>,
    Sequential<(BatchNorm2d<C, E>, ReLU)>: ModuleMut<Taped<S, E>, Output = Taped<S, E>>,
{
    let mut layer = layer.clone();
    // Clones share the tensors' ids, hence their gradients.
    let (w, b) = (layer.weight.clone(), layer.bias.clone());
    if relu {
        let mut seq = Sequential {
            layers: (layer, ReLU),
        };
        return run_with(&[&w, &b], shape, case, |x| seq.forward_mut(x));
    }
    run_with(&[&w, &b], shape, case, |x| layer.forward_mut(x))
}

/// One test per input size and mode: evaluation mode through the sweep's runs (with and without a
/// tape), training mode through [`run_train`] in every pool, with and without poisoned scratch.
macro_rules! batchnorm_tests {
    ($($name:ident: [$c:literal, $h:literal, $w:literal], $train:literal $(, $relu:ident)?;)*) => {$(
        #[test]
        fn $name() {
            let relu = false $(|| stringify!($relu) == "relu")?;
            let sweep = batchnorm_sweep($c, $h * $w, $train, relu, line!() as u64);
            let mut worst = Worst::new(stringify!($name));
            batchnorm_dtype!(f32, sweep, worst, $train, relu, [$c, $h, $w]);
            batchnorm_dtype!(f64, sweep, worst, $train, relu, [$c, $h, $w]);
        }
    )*};
}

/// The body of a batch-norm test for one element type.
macro_rules! batchnorm_dtype {
    ($e:ty, $sweep:expr, $worst:expr, $train:literal, $relu:expr, [$c:literal, $h:literal, $w:literal]) => {{
        let dev: Cpu = Default::default();
        let mut bn = dev.build_module::<BatchNorm2d<$c>, $e>();
        bn.weight.copy_from(&cast::<$e>(&$sweep.weight));
        bn.bias.copy_from(&cast::<$e>(&$sweep.bias));
        bn.running_mean.copy_from(&cast::<$e>(&$sweep.mean));
        bn.running_var.copy_from(&cast::<$e>(&$sweep.var));
        for case in &$sweep.cases {
            let shape = (case.n, Const::<$c>, Const::<$h>, Const::<$w>);
            if $train {
                for (t, pool) in pools().iter().enumerate() {
                    let context = format!("batch {}, {} threads, training mode", case.n, t + 1);
                    let plain = unpoisoned(|| pool.install(|| run_train(&bn, $relu, shape, case)));
                    $worst.check::<$e>(&plain, case, &context);
                    let poisoned = poisoned(|| pool.install(|| run_train(&bn, $relu, shape, case)));
                    assert_same_bits(&plain, &poisoned, &format!("{context}, poisoned scratch"));
                }
            } else {
                sweep_runs(&bn, &[&bn.weight, &bn.bias], shape, case, &mut $worst);
            }
        }
    }};
}

batchnorm_tests! {
    batchnorm_eval: [3, 5, 7], false;
    batchnorm_train: [3, 5, 7], true;
    batchnorm_train_1x1: [4, 1, 1], true;
    // 4,096 values per image and channel-planes of 1,024: from 5 images on, more than one
    // parallel task of 16 planes.
    batchnorm_train_tasks: [4, 32, 32], true;
    batchnorm_eval_tasks: [4, 32, 32], false;
    // With a ReLU after it, which the layer folds (its mask applied as the gradient is read).
    batchnorm_relu_train: [3, 5, 7], true, relu;
    batchnorm_relu_train_tasks: [4, 32, 32], true, relu;
}

/// A network through every convolution path, split over a team on one image where it can
/// (`batch1_team_split_matches_one_thread`): odd channel counts, 5×5, 3×3 and 1×1 kernels, stride
/// 2, a folded batch norm and each activation; a linear layer last.
type EveryPath = Sequential<(
    Conv2d<3, 6, 5>,
    ReLU,
    Conv2d<6, 7, 3, 1, 1>,
    BatchNorm2d<7>,
    Tanh,
    Conv2d<7, 17, 3, 1, 1>,
    Sigmoid,
    Conv2d<17, 24, 3, 1, 1>,
    ReLU,
    Conv2d<24, 40, 1>,
    Conv2d<40, 48, 3, 2, 1>,
    ReLU,
    Conv2d<48, 33, 3, 2, 1>,
    Tanh,
    Conv2d<33, 5, 5, 1, 2>,
    Conv2d<5, 2, 3>,
)>;

/// [`EveryPath`] with seeded weights, its batch norm's running statistics away from 0 and 1 (so
/// that folding it changes the weights).
fn every_path_net() -> <EveryPath as BuildOnDevice<Cpu, f32>>::Built {
    let dev = Cpu::seed_from_u64(21);
    let mut net = dev.build_module::<EveryPath, f32>();
    net.forward_mut(dev.sample_normal::<Rank4<4, 3, 32, 32>>() * 2.0 + 0.5);
    net
}

/// A network on one image in the 2- and 3-thread pools, where `Sequential` hands its layers a
/// [`constnet::Team`] and the direct, Winograd, packed and channel-vector paths split their
/// output channels over it (the Winograd and packed ones laying out their input's channels in
/// ranges over it first), against the same network in the 1-thread pool (no team, no split;
/// the paths are checked against the reference loops above): bit for bit. Odd channel counts
/// (parts of unequal size, Winograd's weight transform over a number of kernels that is no
/// multiple of a vector's), 5×5, 3×3 and 1×1 kernels, stride 2 written in channel blocks and in
/// planes, a folded batch norm and each activation as the epilogue; layers above and below the
/// direct path's threshold (two parts of `TEAM_PART_MACS`: 131,072 multiply-adds). Again with
/// poisoned scratch buffers: the same bits.
#[test]
fn batch1_team_split_matches_one_thread() {
    let net = every_path_net();
    for seed in 0..3 {
        let x: Tensor<Rank4<1, 3, 32, 32>, f32, _> = Cpu::seed_from_u64(seed).sample_normal();
        let run = |p: &ThreadPool| -> Vec<u32> {
            // many calls: a team's helper starts late in some, and takes parts in others
            p.install(|| {
                let first = net.forward(x.clone()).as_vec();
                for _ in 0..50 {
                    assert_eq!(net.forward(x.clone()).as_vec(), first);
                }
                first.iter().map(|v| v.to_bits()).collect()
            })
        };
        let outs: Vec<Vec<u32>> = unpoisoned(|| pools().iter().map(run).collect());
        for (t, out) in outs.iter().enumerate().skip(1) {
            assert_eq!(out, &outs[0], "{} threads against 1, input {seed}", t + 1);
        }
        // The parts' scratch (the team's buffers of earlier parts, cut or grown) is written
        // before it is read.
        let poisoned_outs: Vec<Vec<u32>> = poisoned(|| pools().iter().map(run).collect());
        assert_eq!(poisoned_outs, outs, "poisoned scratch, input {seed}");
    }
}

/// A frozen model ([`constnet::Frozen`]: the forms of its weights kept from the first call)
/// against the model's own `forward`, bit for bit, in the 1-, 2- and 3-thread pools: calls on one
/// image (the team's channel parts, each keeping its own Winograd and channel-vector weights) and
/// on five (the whole layer's), in turn, so that each call after the first reads kept forms;
/// again after the frozen model moved (its forms are keyed by where its weights are), and with
/// poisoned scratch buffers. LeNet-5 likewise (its linear layers keep their weights).
#[test]
fn frozen_model_matches_its_forward() {
    fn check<M, O1: Shape, O5: Shape, const C: usize>(net: &M, seed: u64)
    where
        M: Clone
            + Send
            + Sync
            + Module<Tensor<Rank4<1, C, 32, 32>, f32, Cpu>, Output = Tensor<O1, f32, Cpu>>
            + Module<Tensor<Rank4<5, C, 32, 32>, f32, Cpu>, Output = Tensor<O5, f32, Cpu>>,
        Frozen<M>: Module<Tensor<Rank4<1, C, 32, 32>, f32, Cpu>, Output = Tensor<O1, f32, Cpu>>
            + Module<Tensor<Rank4<5, C, 32, 32>, f32, Cpu>, Output = Tensor<O5, f32, Cpu>>,
    {
        let dev = Cpu::seed_from_u64(seed);
        let x1: Tensor<Rank4<1, C, 32, 32>, f32, _> = dev.sample_normal();
        let x5: Tensor<Rank4<5, C, 32, 32>, f32, _> = dev.sample_normal();
        let bits = |v: Vec<f32>| -> Vec<u32> { v.iter().map(|v| v.to_bits()).collect() };
        for (t, pool) in pools().iter().enumerate() {
            pool.install(|| {
                let want1 = bits(net.forward(x1.clone()).as_vec());
                let want5 = bits(net.forward(x5.clone()).as_vec());
                let frozen = Frozen::new(net.clone());
                for round in 0..3 {
                    let got1 = bits(frozen.forward(x1.clone()).as_vec());
                    assert_eq!(got1, want1, "one image, {} threads, call {round}", t + 1);
                    let got5 = bits(frozen.forward(x5.clone()).as_vec());
                    assert_eq!(got5, want5, "five images, {} threads, call {round}", t + 1);
                }
                let kept = frozen.kept();
                assert!(kept > 0, "nothing kept");
                let moved = [frozen];
                let got1 = bits(moved[0].forward(x1.clone()).as_vec());
                assert_eq!(got1, want1, "moved, one image, {} threads", t + 1);
                let got5 = bits(moved[0].forward(x5.clone()).as_vec());
                assert_eq!(got5, want5, "moved, five images, {} threads", t + 1);
                assert_eq!(moved[0].kept(), kept, "forms made again after the move");
            })
        }
    }
    let net = every_path_net();
    unpoisoned(|| check::<_, _, _, 3>(&net, 5));
    poisoned(|| check::<_, _, _, 3>(&net, 6));
    let lenet = Cpu::seed_from_u64(22).build_module::<LeNet5, f32>();
    unpoisoned(|| check::<_, _, _, 3>(&lenet, 7));
}

/// A frozen model evaluates a batch in parts ([`constnet::Parts`]), each through the whole model,
/// with the outputs of the whole batch, bit for bit, in the 1-, 2- and 3-thread pools: the parts
/// hold at least [`Frozen::MIN_PART`] items, from which no kernel's choice depends on the batch.
/// The network's last convolutions run on 8×8 and 4×4 outputs, which Winograd's path serves from
/// 4 and 16 images, and its linear layer computes dot products on up to 4 rows: with parts of
/// fewer items, its outputs would differ in their last bits. Parts asked too small are clamped
/// (a batch of 33 in two parts), and a timed model ends its trial and keeps to its choice.
#[test]
fn frozen_parts_match_the_whole_batch() {
    type Tail = Sequential<(
        Conv2d<3, 16, 3, 2, 1>,
        ReLU,
        Conv2d<16, 16, 3, 1, 1>,
        ReLU,
        Conv2d<16, 16, 3, 2, 1>,
        Conv2d<16, 16, 3, 1, 1>,
        ReLU,
        Conv2d<16, 16, 3, 2, 1>,
        Conv2d<16, 16, 3, 1, 1>,
        Tanh,
        Flatten,
        Linear<256, 10>,
    )>;
    let dev = Cpu::seed_from_u64(31);
    let net = dev.build_module::<Tail, f32>();
    let x: Tensor<Rank4<33, 3, 32, 32>, f32, _> = dev.sample_normal();
    let bits = |v: Vec<f32>| -> Vec<u32> { v.iter().map(|v| v.to_bits()).collect() };
    for (t, pool) in pools().iter().enumerate() {
        pool.install(|| {
            let want = bits(net.forward(x.clone()).as_vec());
            for parts in [Parts::Of(1), Parts::Of(16), Parts::Whole, Parts::Timed] {
                let frozen = Frozen::new(net.clone()).parts(parts);
                for call in 0..2 * Parts::TRIALS + 1 {
                    let got = bits(frozen.forward(x.clone()).as_vec());
                    assert_eq!(got, want, "{parts:?}, {} threads, call {call}", t + 1);
                }
                let chosen = frozen.parts_for(33);
                match parts {
                    Parts::Whole => assert_eq!(chosen, Some(vec![33])),
                    Parts::Timed => assert!(
                        chosen == Some(vec![33]) || chosen == Some(vec![17, 16]),
                        "timed: {chosen:?}"
                    ),
                    _ => assert_eq!(chosen, Some(vec![17, 16]), "{parts:?}"),
                }
            }
        })
    }
}

/// A convolution called on its own with an activation as the [`constnet::Call`]'s epilogue, on
/// an input without a tape, against the convolution followed by the activation: once applied,
/// on each path (direct, Winograd, packed products, the stride-2 channel-vector path) and with
/// each activation. (The channel-vector path once applied it twice there.)
#[test]
fn call_epilogue_applies_the_activation_once() {
    use constnet::{Activation, Call, Forward};
    fn check<M, I, O>(conv: &M, x: Tensor<I, f32, Cpu>)
    where
        I: ConstShape,
        O: ConstShape,
        M: Forward<Tensor<I, f32, Cpu>, Output = Tensor<O, f32, Cpu>>,
    {
        let plain = conv.try_run(x.clone(), Call::DEFAULT).unwrap();
        for act in [Activation::Relu, Activation::Tanh, Activation::Sigmoid] {
            let call = Call {
                epilogue: Some(act),
                ..Call::DEFAULT
            };
            let got = conv.try_run(x.clone(), call).unwrap().as_vec();
            let want = match act {
                Activation::Relu => plain.clone().relu(),
                Activation::Tanh => plain.clone().tanh(),
                Activation::Sigmoid => plain.clone().sigmoid(),
                other => panic!("no reference for {other:?}"),
            }
            .as_vec();
            for (g, w) in got.iter().zip(&want) {
                assert!((g - w).abs() <= 1e-6, "{act:?}: {g} against {w}");
            }
        }
    }
    let dev = Cpu::seed_from_u64(5);
    for pool in pools().iter().take(2) {
        pool.install(|| {
            let x16: Tensor<Rank4<2, 16, 16, 16>, f32, _> = dev.sample_normal();
            let x3: Tensor<Rank4<2, 3, 12, 12>, f32, _> = dev.sample_normal();
            check(
                &dev.build_module::<Conv2d<16, 32, 3, 2, 1>, f32>(),
                x16.clone(),
            );
            check(
                &dev.build_module::<Conv2d<16, 16, 3, 1, 1>, f32>(),
                x16.clone(),
            );
            check(&dev.build_module::<Conv2d<16, 40, 1>, f32>(), x16);
            check(&dev.build_module::<Conv2d<3, 8, 5>, f32>(), x3);
        });
    }
}
