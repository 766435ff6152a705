//! Training steps with the batch in parts, one per thread (`TrainParts`), against the same step
//! on the whole batch: the output, the loss, every parameter's gradient and every buffer (batch
//! norms' running statistics and counts) after the step, on a residual network with batch norms
//! after convolutions, on their own, and in projection shortcuts; with batches that split evenly
//! and unevenly, into parts of one image too. And what must not go wrong around it: dropout
//! repeatable, a model whose output is not one row per item run whole, a part's panic reported
//! without leaving the other parts waiting, and consecutive steps on the same threads.
use std::convert::Infallible;

mod common;
use common::BatchMean;

use constnet::prelude::*;
use constnet::{BasicBlock, Call, Forward, Fuse, Layer, Projection, TrainParts};
use dfdx::nn::{
    RecursiveWalker, TensorCollection, TensorOptions, TensorVisitor, ViewTensorName, ViewTensorRef,
};
use dfdx::tensor::CpuError;

/// Batch norms after convolutions (trained with them), in residual blocks and a projection
/// shortcut, and one on its own after a pooling.
type Net = Sequential<(
    Conv2d<3, 8, 3, 1, 1, false>,
    BatchNorm2d<8>,
    ReLU,
    Residual<BasicBlock<8, 8, 1>>,
    ReLU,
    Residual<BasicBlock<8, 16, 2>, Projection<8, 16, 2>>,
    ReLU,
    MaxPool2d<2>,
    BatchNorm2d<16>,
    Flatten,
    Linear<64, 5>,
)>;
type Built = <Net as BuildOnDevice<Cpu, f32>>::Built;

/// Tensors by name.
type Named = Vec<(String, Vec<f32>)>;

/// Every tensor of a model by name: a parameter's gradient, or a buffer's value.
fn tensors<M: TensorCollection<f32, Cpu>>(
    model: &M,
    grads: &Gradients<f32, Cpu>,
) -> Vec<(String, Vec<f32>)> {
    struct Collect<'a>(&'a Gradients<f32, Cpu>, Vec<(String, Vec<f32>)>);
    impl TensorVisitor<f32, Cpu> for Collect<'_> {
        type Viewer = (ViewTensorRef, ViewTensorName);
        type Err = Infallible;
        type E2 = f32;
        type D2 = Cpu;
        fn visit<S: Shape>(
            &mut self,
            opts: TensorOptions<S, f32, Cpu>,
            (t, name): (&Tensor<S, f32, Cpu>, String),
        ) -> Result<Option<Tensor<S, f32, Cpu>>, Infallible> {
            let v = if opts.do_gradient_update {
                self.0.get(t).as_vec()
            } else {
                t.as_vec()
            };
            self.1.push((name, v));
            Ok(None)
        }
    }
    let mut c = Collect(grads, Vec::new());
    let _ = M::iter_tensors(&mut RecursiveWalker {
        m: (model, String::new()),
        f: &mut c,
    });
    c.1
}

/// One training step on `N` images: the output, the loss, and [`tensors`] after it; with the
/// batch in `parts` parts, or whole.
fn step<const N: usize>(parts: Option<usize>) -> (Vec<f32>, f32, Named) {
    let dev = Cpu::seed_from_u64(7);
    let mut net: Built = dev.build_module::<Net, f32>();
    // Running statistics away from their start, so that their update is checked.
    let _ = net.forward_mut(dev.sample_normal::<Rank4<4, 3, 8, 8>>() * 2.0 + 0.5);
    let x: Tensor<Rank4<N, 3, 8, 8>, f32, Cpu> = dev.sample_normal::<Rank4<N, 3, 8, 8>>() + 0.3;
    let y: Tensor<Rank2<N, 5>, f32, Cpu> = dev.sample_uniform::<Rank2<N, 5>>().softmax::<Axis<1>>();
    let x = x.traced_input(net.alloc_grads());
    let out = match parts {
        Some(p) => TrainParts::new(p)
            .unwrap()
            .forward_mut(&mut net, x)
            .unwrap(),
        None => net.forward_mut(x),
    };
    let logits = out.as_vec();
    let loss = cross_entropy_with_logits_loss(out, y);
    let l = loss.array();
    let grads = loss.backward();
    (logits, l, tensors(&net, &grads))
}

/// The largest difference between `a` and `b` over the largest magnitude in `b`.
fn rel(a: &[f32], b: &[f32]) -> f64 {
    assert_eq!(a.len(), b.len());
    let scale = b.iter().fold(1e-12f64, |m, v| m.max(v.abs() as f64));
    let diff = a
        .iter()
        .zip(b)
        .fold(0f64, |m, (x, y)| m.max((x - y).abs() as f64));
    diff / scale
}

/// The same step whole and in parts: equal up to rounding (the batch norms' sums are added part
/// by part), within 4 times the 1.1e-6 seen.
fn check<const N: usize>(parts: usize) {
    let (lw, loss_w, tw) = step::<N>(None);
    let (lp, loss_p, tp) = step::<N>(Some(parts));
    let tol = 4e-6;
    assert!(
        rel(&lp, &lw) <= tol,
        "logits, {N} in {parts}: {}",
        rel(&lp, &lw)
    );
    assert!(
        ((loss_p - loss_w) / loss_w).abs() as f64 <= tol,
        "loss: {loss_p} vs {loss_w}"
    );
    assert_eq!(tw.len(), tp.len());
    assert_eq!(tw.len(), 43, "every parameter and buffer");
    for ((name, w), (_, p)) in tw.iter().zip(&tp) {
        let r = rel(p, w);
        assert!(
            r <= tol,
            "{name}, {N} images in {parts} parts: off by {r:e}"
        );
    }
}

#[test]
fn parts_match_the_whole_batch() {
    check::<8>(2);
    check::<7>(3);
    // parts of 2, 1, 1 and 1 images
    check::<5>(4);
}

/// A batch of fewer images than parts runs in as many parts as images; one image runs whole, as
/// `forward_mut`, bit for bit.
#[test]
fn small_batches() {
    check::<2>(4);
    let (lw, loss_w, tw) = step::<1>(None);
    let (lp, loss_p, tp) = step::<1>(Some(3));
    assert_eq!((lp, loss_p, tp), (lw, loss_w, tw));
    assert_eq!(TrainParts::new(4).unwrap().part_sizes(2), vec![1, 1]);
    assert_eq!(TrainParts::new(3).unwrap().part_sizes(7), vec![3, 2, 2]);
    assert!(TrainParts::new(0)
        .unwrap_err()
        .to_string()
        .contains("parts"));
}

/// Dropout draws from one generator per part, seeded from the input's device: the same step
/// twice gives the same output and gradients, bit for bit, whatever the threads' timing.
#[test]
fn dropout_in_parts_is_repeatable() {
    type D = Sequential<(
        Conv2d<3, 4, 3, 1, 1>,
        BatchNorm2d<4>,
        ReLU,
        Dropout,
        Flatten,
        Linear<256, 3>,
    )>;
    let run = || {
        let dev = Cpu::seed_from_u64(3);
        let mut net = dev.build_module::<D, f32>();
        let x: Tensor<Rank4<9, 3, 8, 8>, f32, Cpu> = dev.sample_normal();
        let parts = TrainParts::new(3).unwrap();
        let x = x.traced_input(net.alloc_grads());
        let out = parts.forward_mut(&mut net, x).unwrap();
        let v = out.as_vec();
        let grads = out.sum().backward();
        (v, tensors(&net, &grads))
    };
    let first = run();
    assert!(first.0.iter().any(|&v| v != 0.0));
    for _ in 0..5 {
        assert_eq!(run(), first);
    }
}

/// A model whose output is not one row per item trains whole: the parts' outputs could not be
/// joined into the batch's. The same step as `forward_mut`, bit for bit.
#[test]
fn models_whose_output_is_not_per_item_train_whole() {
    let dev = Cpu::seed_from_u64(5);
    let x: Tensor<Rank2<6, 4>, f32, Cpu> = dev.sample_normal();
    let want = BatchMean
        .try_run_mut(x.clone().traced_input(Gradients::leaky()), Call::DEFAULT)
        .unwrap();
    let got = TrainParts::new(2)
        .unwrap()
        .forward_mut(&mut BatchMean, x.traced_input(Gradients::leaky()))
        .unwrap();
    let _: &Tensor<Rank2<1, 4>, f32, Cpu, OwnedTape<f32, Cpu>> = &got;
    assert_eq!(got.array(), want.array());
}

/// Panics on a batch of 3 images: a layer that fails on one part only.
#[derive(Debug, Default, Clone, Copy)]
struct FailOnThree;
impl Fuse for FailOnThree {}
impl dfdx::nn::ZeroSizedModule for FailOnThree {}
impl<S: Shape> Layer<S> for FailOnThree {
    type Output = S;
    fn output_shape(input: &S) -> S {
        *input
    }
}
impl<S: Shape, T: Tape<f32, Cpu>> Forward<Tensor<S, f32, Cpu, T>> for FailOnThree {
    type Output = Tensor<S, f32, Cpu, T>;
    type Error = CpuError;
    fn try_run(&self, x: Tensor<S, f32, Cpu, T>, _: Call) -> Result<Self::Output, CpuError> {
        assert_ne!(x.shape().concrete()[0], 3, "a part of three images");
        Ok(x)
    }
}

/// A part that panics before a batch norm, where the other part waits for its sums: the step
/// panics with that part's message (not the waiting part's), and the next step runs.
#[test]
fn a_part_that_panics_does_not_leave_the_others_waiting() {
    type P = Sequential<(
        Conv2d<3, 4, 3>,
        FailOnThree,
        BatchNorm2d<4>,
        Flatten,
        Linear<144, 2>,
    )>;
    let dev = Cpu::seed_from_u64(9);
    let mut net = dev.build_module::<P, f32>();
    let parts = TrainParts::new(2).unwrap();
    let x7: Tensor<Rank4<7, 3, 8, 8>, f32, Cpu> = dev.sample_normal();
    let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let x7 = x7.traced_input(net.alloc_grads());
        let _ = parts.forward_mut(&mut net, x7);
    }))
    .unwrap_err();
    let message = panic.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("a part of three images"), "{message:?}");
    let x8: Tensor<Rank4<8, 3, 8, 8>, f32, Cpu> = dev.sample_normal();
    let x8 = x8.traced_input(net.alloc_grads());
    let out = parts.forward_mut(&mut net, x8).unwrap();
    let g = out.sum().backward();
    assert!(g
        .get(&net.layers.0.weight)
        .as_vec()
        .iter()
        .all(|v| v.is_finite()));
}

/// Two steps on one `TrainParts` at once, from two threads, and a step begun before the last
/// one's backward pass: each step has threads of its own, so none waits for another's.
#[test]
fn overlapping_steps_do_not_wait_for_each_other() {
    let dev = Cpu::seed_from_u64(11);
    let parts = TrainParts::new(2).unwrap();
    let net: Built = dev.build_module::<Net, f32>();
    let x: Tensor<Rank4<6, 3, 8, 8>, f32, Cpu> = dev.sample_normal();
    let (mut a, mut b) = (net.clone(), net.clone());
    let (xa, xb) = (
        x.clone().traced_input(a.alloc_grads()),
        x.clone().traced_input(b.alloc_grads()),
    );
    let ya = parts.forward_mut(&mut a, xa).unwrap();
    let yb = parts.forward_mut(&mut b, xb).unwrap();
    assert_eq!(ya.as_vec(), yb.as_vec());
    let (ga, gb) = (yb.sum().backward(), ya.sum().backward());
    let w = &net.layers.0.weight;
    assert_eq!(ga.get(w).as_vec(), gb.get(w).as_vec());
    std::thread::scope(|s| {
        let runs: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    let mut m = net.clone();
                    let xm = x.clone().traced_input(m.alloc_grads());
                    let y = parts.forward_mut(&mut m, xm).unwrap();
                    y.sum().backward().get(w).as_vec()
                })
            })
            .collect();
        for r in runs {
            assert_eq!(r.join().unwrap(), ga.get(w).as_vec());
        }
    });
}

/// Steps one after the other run on the same threads, one per part: each step hands its threads
/// back before its backward pass returns, so the next never starts threads of its own (each
/// would bring the allocator's memory for a thread: ResNet20 held 1.9x the whole batch's peak
/// memory when steps won that race).
#[test]
fn consecutive_steps_keep_one_thread_per_part() {
    let dev = Cpu::seed_from_u64(12);
    let mut net: Built = dev.build_module::<Net, f32>();
    let x: Tensor<Rank4<6, 3, 8, 8>, f32, Cpu> = dev.sample_normal();
    for parts in [2, 3] {
        let p = TrainParts::new(parts).unwrap();
        for _ in 0..20 {
            let xm = x.clone().traced_input(net.alloc_grads());
            let g = p.forward_mut(&mut net, xm).unwrap().sum().backward();
            assert!(g.get(&net.layers.0.weight).as_vec()[0].is_finite());
            assert_eq!(p.threads_kept(), parts);
        }
    }
}
