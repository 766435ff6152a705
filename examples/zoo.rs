//! The model zoo benchmark: training and inference speed of several networks, written from the
//! public API as a user would, with the protocol of `benches/zoo_torch.py` (which runs the same
//! networks in PyTorch and ONNX Runtime; `benches/zoo_compare.sh` runs both side by side).
//!
//! Per network, on random images:
//! - training steps at batch 64 (forward, cross-entropy, backward, SGD with momentum 0.9; the images
//!   enter as constant inputs, `traced_input`, as PyTorch's do), after 5 warm-up steps: the median
//!   of 3 repeats of at least `--seconds` each (and at least 3 steps);
//! - inference at batch 256 (`forward`, no tape), likewise;
//! - batch-1 latency: the median of single-image `forward` calls over 3 such repeats;
//! - with `--frozen`, inference and latency on the trained model frozen (`Frozen`), which keeps
//!   the forms of its weights that each `forward` otherwise prepares again, and times the whole
//!   batch against parts of it on its first calls (`Parts::Timed`; the warm-up lasts until it
//!   has chosen, and `infer_parts` says into how many parts);
//! - with `--parts`, the training steps with the batch in one part per thread (`TrainParts`);
//! - the peak resident memory of the process after training (Linux's `VmHWM`);
//! - just before the batch-1 latency, the time a cache line takes from one core to another and
//!   back ([`core_round_trip_ns`]): where the vCPUs of a VM sit on the host, which moves a
//!   batch-1 latency at 2 threads by up to 1.8× (see the README's *Where constnet is behind*).
//!
//! One JSON line per network:
//!
//! ```text
//! cargo run --release --example zoo -- --threads 2 [--model vgg]
//! ```
use std::time::{Duration, Instant};

use clap::Parser;
use constnet::prelude::*;
use constnet::{Forward, TrainParts};
use dfdx::tensor::CpuError;

/// LeNet-5 as in the reference case study (ReLU, max pooling, 3×32×32).
type LeNet5Zoo = LeNet5;

/// LeCun's LeNet-5 on 1×32×32: Tanh and average pooling.
type Classic = LeNet5Classic;

/// 3×3 convolutions with stride 2 and padding 1, then average pooling.
type Strided = Sequential<(
    Conv2d<3, 16, 3, 2, 1>,
    ReLU,
    Conv2d<16, 32, 3, 2, 1>,
    ReLU,
    Conv2d<32, 64, 3, 2, 1>,
    ReLU,
    AvgPool2d<2>,
    Flatten,
    Linear<256, 10>,
)>;

/// A VGG-style stack: 3×3 padded convolutions at 16 and 32 channels, max pooling.
type Vgg = Sequential<(
    Conv2d<3, 16, 3, 1, 1>,
    ReLU,
    Conv2d<16, 16, 3, 1, 1>,
    ReLU,
    MaxPool2d<2>,
    Conv2d<16, 32, 3, 1, 1>,
    ReLU,
    Conv2d<32, 32, 3, 1, 1>,
    ReLU,
    MaxPool2d<2>,
    Flatten,
    Linear<2048, 10>,
)>;

/// Wide 3×3 padded convolutions, 64 to 256 channels.
type Wide = Sequential<(
    Conv2d<3, 64, 3, 1, 1>,
    ReLU,
    MaxPool2d<2>,
    Conv2d<64, 128, 3, 1, 1>,
    ReLU,
    MaxPool2d<2>,
    Conv2d<128, 256, 3, 1, 1>,
    ReLU,
    Conv2d<256, 256, 3, 1, 1>,
    ReLU,
    MaxPool2d<2>,
    Flatten,
    Linear<4096, 10>,
)>;

#[derive(Parser, Debug)]
struct Args {
    /// Worker threads.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Run only this network (lenet5, lenet5classic, strided, vgg, wide, resnet20).
    #[arg(long)]
    model: Option<String>,
    /// Least duration of one timed repeat, in seconds.
    #[arg(long, default_value_t = 0.5)]
    seconds: f64,
    /// Run only this measurement (train, infer or latency; for profiling one of them). The JSON
    /// line then holds `null` for the others.
    #[arg(long)]
    only: Option<String>,
    /// Time exactly this many training steps (after the warm-up, in one repeat) instead of
    /// repeats of `--seconds`: the same work in every run, for alternating two builds.
    #[arg(long)]
    steps: Option<usize>,
    /// Time inference and batch-1 latency on the trained model frozen (`Frozen`: the forms of
    /// its weights prepared once and kept), instead of its own `forward`.
    #[arg(long)]
    frozen: bool,
    /// Train with the batch in parts, one per thread (`TrainParts`), each part through the
    /// whole model on its own thread, instead of the whole batch over the threads.
    #[arg(long)]
    parts: bool,
    /// Only measure the core-to-core round trip (`core_round_trip_ns`) and print it as a JSON
    /// line: `benches/zoo_compare.sh` does so before PyTorch's and ONNX Runtime's runs too.
    #[arg(long)]
    round_trip: bool,
}

const TRAIN_BATCH: usize = 64;
const INFER_BATCH: usize = 256;
const REPEATS: usize = 3;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Runs `f` for at least `least` (and at least 3 times); returns the calls per second.
fn rate(least: Duration, mut f: impl FnMut()) -> f64 {
    let t = Instant::now();
    let mut n = 0;
    while n < 3 || t.elapsed() < least {
        f();
        n += 1;
    }
    n as f64 / t.elapsed().as_secs_f64()
}

/// The process's peak resident memory so far, in MiB (Linux; `None` elsewhere).
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Benchmarks network `M` on `C`×`H`×`W` images with 10 classes and prints its JSON line.
fn bench<M, const C: usize, const H: usize, const W: usize>(name: &str, args: &Args)
where
    M: BuildOnDevice<Cpu, f32>,
    M::Built: TensorCollection<f32, Cpu>
        + Clone
        + ModuleMut<
            ConstInput<Rank4<TRAIN_BATCH, C, H, W>, f32, Cpu>,
            Output = Tensor<Rank2<TRAIN_BATCH, 10>, f32, Cpu, OwnedTape<f32, Cpu>>,
        > + Module<
            Tensor<Rank4<INFER_BATCH, C, H, W>, f32, Cpu>,
            Output = Tensor<Rank2<INFER_BATCH, 10>, f32, Cpu>,
        > + Module<Tensor<Rank4<1, C, H, W>, f32, Cpu>, Output = Tensor<Rank2<1, 10>, f32, Cpu>>
        + Forward<
            ConstInput<Rank4<TRAIN_BATCH, C, H, W>, f32, Cpu>,
            Output = Tensor<Rank2<TRAIN_BATCH, 10>, f32, Cpu, OwnedTape<f32, Cpu>>,
            Error = CpuError,
        > + Forward<
            ConstInput<(usize, Const<C>, Const<H>, Const<W>), f32, Cpu>,
            Output = Tensor<(usize, Const<10>), f32, Cpu, OwnedTape<f32, Cpu>>,
            Error = CpuError,
        > + Send
        + 'static,
    Frozen<M::Built>: Module<
            Tensor<Rank4<INFER_BATCH, C, H, W>, f32, Cpu>,
            Output = Tensor<Rank2<INFER_BATCH, 10>, f32, Cpu>,
        > + Module<Tensor<Rank4<1, C, H, W>, f32, Cpu>, Output = Tensor<Rank2<1, 10>, f32, Cpu>>,
{
    let least = Duration::from_secs_f64(args.seconds);
    let dev = Cpu::seed_from_u64(0);
    let mut model = dev.build_module::<M, f32>();
    let mut opt = Sgd::new(
        &model,
        SgdConfig {
            lr: 0.01,
            momentum: Some(Momentum::Classic(0.9)),
            weight_decay: None,
        },
    );
    let x: Tensor<Rank4<TRAIN_BATCH, C, H, W>, f32, Cpu> = dev.sample_normal();
    let y: Tensor<Rank2<TRAIN_BATCH, 10>, f32, Cpu> = dev
        .sample_uniform::<Rank2<TRAIN_BATCH, 10>>()
        .softmax::<Axis<1>>();
    let mut grads = Some(model.alloc_grads());
    let parts = args
        .parts
        .then(|| TrainParts::new(args.threads).expect("at least one thread"));
    let mut step = || {
        let x = x.clone().traced_input(grads.take().unwrap());
        let logits = match &parts {
            Some(p) => p.forward_mut(&mut model, x).expect("a training step"),
            None => model.forward_mut(x),
        };
        let loss = cross_entropy_with_logits_loss(logits, y.clone());
        let mut g = loss.backward();
        opt.update(&mut model, &g)
            .expect("all parameters have gradients");
        model.zero_grads(&mut g);
        grads = Some(g);
    };
    let run = |what: &str| args.only.as_deref().is_none_or(|o| o == what);
    let mut train = None;
    if run("train") {
        for _ in 0..5 {
            step();
        }
        train = Some(match args.steps {
            Some(n) => {
                let t = Instant::now();
                for _ in 0..n {
                    step();
                }
                (n * TRAIN_BATCH) as f64 / t.elapsed().as_secs_f64()
            }
            None => median(
                (0..REPEATS)
                    .map(|_| rate(least, &mut step) * TRAIN_BATCH as f64)
                    .collect(),
            ),
        });
    }
    let train_rss = train.and(peak_rss_mib());

    // The model frozen (its weights' forms kept from the first call), or as it is.
    let frozen = args.frozen.then(|| Frozen::new(model.clone()));
    let forward = |x| match &frozen {
        Some(f) => f.forward(x),
        None => model.forward(x),
    };
    let forward1 = |x| match &frozen {
        Some(f) => f.forward(x),
        None => model.forward(x),
    };
    let xi: Tensor<Rank4<INFER_BATCH, C, H, W>, f32, Cpu> = dev.sample_normal();
    let infer_once = || {
        let _ = forward(xi.clone());
    };
    let mut infer = None;
    if run("infer") {
        for _ in 0..2 {
            infer_once();
        }
        // A frozen model times its ways through a batch on its first calls (`Parts::Timed`):
        // warm-up until it has chosen.
        if let Some(f) = &frozen {
            while f.parts_for(INFER_BATCH).is_none() {
                infer_once();
            }
        }
        infer = Some(median(
            (0..REPEATS)
                .map(|_| rate(least, infer_once) * INFER_BATCH as f64)
                .collect(),
        ));
    }

    let x1: Tensor<Rank4<1, C, H, W>, f32, Cpu> = dev.sample_normal();
    let mut latency_us = None;
    let mut round_trip = None;
    if run("latency") {
        round_trip = Some(core_round_trip_ns());
        for _ in 0..20 {
            let _ = forward1(x1.clone());
        }
        let mut calls = Vec::new();
        for _ in 0..REPEATS {
            let t = Instant::now();
            while t.elapsed() < least / 2 {
                let c = Instant::now();
                let _ = forward1(x1.clone());
                calls.push(c.elapsed().as_secs_f64());
            }
        }
        latency_us = Some(median(calls) * 1e6);
    }
    let show = |v: Option<f64>, digits: usize| v.map_or("null".into(), |v| format!("{v:.digits$}"));
    let (train, infer, latency, rss, trip) = (
        show(train, 1),
        show(infer, 1),
        show(latency_us, 2),
        show(train_rss, 1),
        show(round_trip, 0),
    );
    // The parts the frozen batch ran in, where inference was measured.
    let chosen = frozen
        .as_ref()
        .filter(|_| run("infer"))
        .and_then(|f| f.parts_for(INFER_BATCH));
    let kept = frozen.as_ref().map_or(String::new(), |f| {
        let mib = f.kept_bytes() as f64 / (1 << 20) as f64;
        let parts = match &chosen {
            Some(p) if p.len() > 1 => {
                format!("{} parts of {}-{} images", p.len(), p[p.len() - 1], p[0])
            }
            Some(_) => "whole".into(),
            None => "not timed".into(),
        };
        format!(
            ", frozen: {} forms kept, {mib:.2} MiB, batch {INFER_BATCH} {parts}",
            f.kept()
        )
    });
    let parts = chosen.map_or("null".into(), |p| p.len().to_string());
    eprintln!(
        "constnet {name}: train {train} img/s, inference {infer} img/s, batch-1 {latency} us, peak RSS after training {rss} MiB, {} threads{kept}, core round trip {trip} ns",
        args.threads
    );
    println!(
        "{{\"framework\": \"constnet\", \"model\": \"{name}\", \"threads\": {}, \"train_parts\": {}, \"train_img_s\": {train}, \"infer_img_s\": {infer}, \"latency_us\": {latency}, \"train_peak_rss_mib\": {rss}, \"core_round_trip_ns\": {trip}, \"infer_parts\": {parts}}}",
        args.threads, args.parts
    );
}

/// The mean time, in nanoseconds, for a cache line to go from one thread to another and back:
/// two threads (which the OS runs on two cores where it has them) hand a counter to each other
/// 20,000 times, after 1,000 untimed hand-offs. On the zoo's 2-vCPU VM it reads about 65 ns while
/// the hypervisor keeps both vCPUs on cores that share a level-3 cache and about 390 ns while
/// it does not, and it flips between the two within minutes. Work that one core hands to the
/// other every few microseconds (a layer's parts on one image, [`constnet::Team`]) pays that
/// price in every value that crosses.
fn core_round_trip_ns() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    const WARM: u64 = 1_000;
    const TRIPS: u64 = 20_000;
    let turn = AtomicU64::new(0);
    let hand = |i: u64, mine: u64| {
        while turn.load(Ordering::Acquire) != 2 * i + mine {
            std::hint::spin_loop();
        }
    };
    std::thread::scope(|s| {
        s.spawn(|| {
            for i in 0..WARM + TRIPS {
                hand(i, 1);
                turn.store(2 * i + 2, Ordering::Release);
            }
        });
        let mut start = Instant::now();
        for i in 0..WARM + TRIPS {
            if i == WARM {
                start = Instant::now();
            }
            turn.store(2 * i + 1, Ordering::Release);
            hand(i, 2);
        }
        start.elapsed().as_secs_f64() * 1e9 / TRIPS as f64
    })
}

fn main() {
    let args = Args::parse();
    if args.round_trip {
        println!("{{\"core_round_trip_ns\": {:.0}}}", core_round_trip_ns());
        return;
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .expect("thread pool");
    // The zoo: name, network, input channels, height, width. Adding a network is one line here
    // (and its definition in `benches/zoo_torch.py`).
    macro_rules! zoo {
        ($(($name:literal, $net:ty, $c:literal, $h:literal, $w:literal)),+ $(,)?) => {{
            let known = [$($name),+];
            if let Some(m) = &args.model {
                if !known.contains(&m.as_str()) {
                    eprintln!("unknown model {m:?}; the zoo has {}", known.join(", "));
                    std::process::exit(2);
                }
            }
            $(
                if args.model.as_deref().is_none_or(|m| m == $name) {
                    pool.install(|| bench::<$net, $c, $h, $w>($name, &args));
                }
            )+
        }};
    }
    zoo!(
        ("lenet5", LeNet5Zoo, 3, 32, 32),
        ("lenet5classic", Classic, 1, 32, 32),
        ("strided", Strided, 3, 32, 32),
        ("vgg", Vgg, 3, 32, 32),
        ("wide", Wide, 3, 32, 32),
        ("resnet20", ResNet20, 3, 32, 32),
    );
}
