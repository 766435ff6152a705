//! Many models and many inputs from a wide rayon pool (more threads than cores, as a server sizes
//! its pool): every result must equal, bit for bit, the same call run one at a time.
//!
//! A rayon worker that waits inside a parallel section (a convolution split over the batch) runs
//! other queued tasks on the same thread, including another model's forward pass. A layer whose
//! result depended on thread-local or global state would give wrong answers here (the first ReLU
//! fold kept its handshake in a thread-local: an MLP's `ReLU` then skipped its work and returned
//! negative values). Both forward passes and training steps (`forward_mut` + `backward`) are run,
//! with batches that split unevenly over the threads.
use constnet::prelude::*;
use rayon::prelude::*;

/// The convolutional network of the report that found the bug.
type ConvNet = LeNet5;
/// The MLP of the report that found the bug.
type Mlp = Sequential<(Linear<64, 64>, ReLU)>;

/// Calls per test: enough for the old thread-local fold to go wrong in most runs.
const CALLS: usize = 600;
/// Images per call: two, so that a convolution splits in two and its thread waits for the other
/// half (the old fold went wrong most often then), and the MLP's rows split unevenly.
const BATCH: usize = 2;

fn pool() -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(8)
        .build()
        .unwrap()
}

/// What one call returns: the output, and after a training step the gradients of a few
/// parameters, as plain vectors.
type Result = (Vec<f32>, Vec<Vec<f32>>);

struct Models {
    conv: <ConvNet as BuildOnDevice<Cpu, f32>>::Built,
    mlp: <Mlp as BuildOnDevice<Cpu, f32>>::Built,
    images: Vec<Tensor<Rank4<BATCH, 3, 32, 32>, f32, Cpu>>,
    rows: Vec<Tensor<Rank2<BATCH, 64>, f32, Cpu>>,
}

fn models() -> Models {
    let dev = Cpu::seed_from_u64(11);
    Models {
        conv: dev.build_module::<ConvNet, f32>(),
        mlp: dev.build_module::<Mlp, f32>(),
        images: (0..CALLS).map(|_| dev.sample_normal()).collect(),
        rows: (0..CALLS).map(|_| dev.sample_normal()).collect(),
    }
}

/// Call `i`: the convolutional network on even calls, the MLP on odd ones; with `train`, a
/// training step (constant input, `forward_mut`, `backward`) on a copy of the model.
fn call(m: &Models, i: usize, train: bool) -> Result {
    if !train {
        return if i.is_multiple_of(2) {
            (m.conv.forward(m.images[i].clone()).as_vec(), vec![])
        } else {
            (m.mlp.forward(m.rows[i].clone()).as_vec(), vec![])
        };
    }
    if i.is_multiple_of(2) {
        let mut net = m.conv.clone();
        let y = net.forward_mut(m.images[i].clone().traced_input(net.alloc_grads()));
        let out = y.as_vec();
        let g = (y * 0.5).sum().backward();
        let grads = vec![
            g.get(&net.layers.0.weight).as_vec(),
            g.get(&net.layers.3.weight).as_vec(),
            g.get(&net.layers.11.bias).as_vec(),
        ];
        (out, grads)
    } else {
        let mut net = m.mlp.clone();
        let y = net.forward_mut(m.rows[i].clone().traced(net.alloc_grads()));
        let out = y.as_vec();
        let g = (y * 0.5).sum().backward();
        let grads = vec![
            g.get(&net.layers.0.weight).as_vec(),
            g.get(&net.layers.0.bias).as_vec(),
        ];
        (out, grads)
    }
}

fn bits(r: &Result) -> Vec<u32> {
    let (out, grads) = r;
    out.iter()
        .chain(grads.iter().flatten())
        .map(|v| v.to_bits())
        .collect()
}

/// Runs every call one at a time, then all at once from the pool, and compares.
fn check(train: bool) {
    let m = models();
    let pool = pool();
    // Chunking follows the pool's thread count, so the reference runs in the same pool.
    let one_by_one: Vec<Result> = pool.install(|| (0..CALLS).map(|i| call(&m, i, train)).collect());
    let at_once: Vec<Result> = pool.install(|| {
        (0..CALLS)
            .into_par_iter()
            .map(|i| call(&m, i, train))
            .collect()
    });
    let wrong: Vec<usize> = (0..CALLS)
        .filter(|&i| bits(&one_by_one[i]) != bits(&at_once[i]))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {CALLS} concurrent calls differ from the same call run alone (first: call {})",
        wrong.len(),
        wrong[0]
    );
    // The MLP's outputs went through a ReLU.
    assert!(at_once
        .iter()
        .skip(1)
        .step_by(2)
        .all(|(out, _)| out.iter().all(|&v| v >= 0.0)));
}

#[test]
fn concurrent_forward_passes_match_one_by_one() {
    check(false);
}

#[test]
fn concurrent_training_steps_match_one_by_one() {
    check(true);
}

/// Single images from the wide pool at once: each call's `Sequential` starts a team (one image,
/// eight threads) whose helpers take parts of its convolutions, while the other calls' helpers
/// and forward passes compete for the same workers; every output equals the call run alone.
#[test]
fn concurrent_single_image_calls_with_teams_match_one_by_one() {
    let dev = Cpu::seed_from_u64(12);
    let net = dev.build_module::<ConvNet, f32>();
    let images: Vec<Tensor<Rank4<1, 3, 32, 32>, f32, Cpu>> =
        (0..CALLS).map(|_| dev.sample_normal()).collect();
    let pool = pool();
    let one = |x: &Tensor<Rank4<1, 3, 32, 32>, f32, Cpu>| -> Vec<u32> {
        net.forward(x.clone())
            .as_vec()
            .iter()
            .map(|v| v.to_bits())
            .collect()
    };
    let one_by_one: Vec<Vec<u32>> = pool.install(|| images.iter().map(one).collect());
    let at_once: Vec<Vec<u32>> = pool.install(|| images.par_iter().map(one).collect());
    let wrong = (0..CALLS).filter(|&i| one_by_one[i] != at_once[i]).count();
    assert_eq!(
        wrong, 0,
        "concurrent single-image calls differ from the same call alone"
    );
}

/// Convolutions on the Winograd path (stride 1, 16 and 32 channels, with a folded batch norm)
/// and the channel-vector path (stride 2), and a linear layer: what a frozen model keeps.
type Kept = Sequential<(
    Conv2d<3, 16, 3, 1, 1>,
    BatchNorm2d<16>,
    ReLU,
    Conv2d<16, 32, 3, 1, 1>,
    ReLU,
    Conv2d<32, 64, 3, 2, 1>,
    ReLU,
    Flatten,
    Linear<16384, 10>,
)>;

/// One frozen model ([`Frozen`]) called from the wide pool at once, on one image (each call's
/// team splitting the convolutions, whose parts keep their own forms), on two, and on 32 (each
/// call in parts of 16 or whole, the parts of all calls sharing the pool, while the model times
/// the two ways: [`constnet::Parts::Timed`]), starting with nothing kept: the first calls make
/// the forms at the same time. Every output equals the model's own `forward` run alone.
#[test]
fn concurrent_calls_of_a_frozen_model_match_one_by_one() {
    let dev = Cpu::seed_from_u64(13);
    let mut net = dev.build_module::<Kept, f32>();
    net.forward_mut(dev.sample_normal::<Rank4<4, 3, 32, 32>>() * 2.0 + 0.5);
    let ones: Vec<Tensor<Rank4<1, 3, 32, 32>, f32, Cpu>> =
        (0..CALLS / 4).map(|_| dev.sample_normal()).collect();
    let twos: Vec<Tensor<Rank4<2, 3, 32, 32>, f32, Cpu>> =
        (0..CALLS / 4).map(|_| dev.sample_normal()).collect();
    let many: Vec<Tensor<Rank4<32, 3, 32, 32>, f32, Cpu>> =
        (0..MANY).map(|_| dev.sample_normal()).collect();
    let bits = |v: Vec<f32>| -> Vec<u32> { v.iter().map(|v| v.to_bits()).collect() };
    let pool = pool();
    // Every 25th call is one on 32 images.
    let calls = CALLS / 2 + MANY;
    let plain = |i: usize| match (i % 25, i / 25) {
        (0, j) if j < MANY => bits(net.forward(many[j].clone()).as_vec()),
        _ if i.is_multiple_of(2) => bits(net.forward(ones[(i / 2) % ones.len()].clone()).as_vec()),
        _ => bits(net.forward(twos[(i / 2) % twos.len()].clone()).as_vec()),
    };
    let one_by_one: Vec<Vec<u32>> = pool.install(|| (0..calls).map(plain).collect());
    let frozen = Frozen::new(net.clone());
    let at_once: Vec<Vec<u32>> = pool.install(|| {
        (0..calls)
            .into_par_iter()
            .map(|i| match (i % 25, i / 25) {
                (0, j) if j < MANY => bits(frozen.forward(many[j].clone()).as_vec()),
                _ if i.is_multiple_of(2) => {
                    bits(frozen.forward(ones[(i / 2) % ones.len()].clone()).as_vec())
                }
                _ => bits(frozen.forward(twos[(i / 2) % twos.len()].clone()).as_vec()),
            })
            .collect()
    });
    let wrong = (0..calls).filter(|&i| one_by_one[i] != at_once[i]).count();
    assert_eq!(
        wrong, 0,
        "concurrent frozen calls differ from forward alone"
    );
    // The calls on 32 images split: the timed trial ran both ways.
    let parts = pool.install(|| frozen.parts_for(32));
    assert!(
        parts
            .as_ref()
            .is_some_and(|p| p.iter().sum::<usize>() == 32),
        "the trial of 32 images did not end: {parts:?}"
    );
}

/// Calls on 32 images in [`concurrent_calls_of_a_frozen_model_match_one_by_one`]: more than the
/// trial of [`constnet::Parts::Timed`] takes (two ways, [`constnet::Parts::TRIALS`] calls each).
const MANY: usize = 2 * Parts::TRIALS + 2;
