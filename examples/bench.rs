//! Throughput of LeNet-5 on the CPU, with the protocol of `benches/pytorch_lenet.py`: training
//! steps (forward, cross-entropy, backward, SGD with momentum 0.9: constnet's `optim::Sgd`, whose
//! update runs on rayon's threads) at batch 64 and inference at batch 256, after warm-up (20
//! steps, 3 batches), median of 3 repeats (100 steps, 16 batches).
//! The images enter as constant inputs (`traced_input`), as PyTorch's do: no gradient is computed
//! for them.
//! The last line is one JSON object; `benches/compare.sh` runs it beside PyTorch.
//!
//! ```text
//! cargo run --release --example bench -- --threads 2
//! ```
use std::time::Instant;

use clap::Parser;
use constnet::optim::{Momentum, Sgd, SgdConfig};
use constnet::prelude::*;

#[derive(Parser, Debug)]
struct Args {
    /// Worker threads.
    #[arg(long, default_value_t = 2)]
    threads: usize,
    /// Training steps per repeat.
    #[arg(long, default_value_t = 100)]
    train_steps: usize,
    /// Inference batches per repeat.
    #[arg(long, default_value_t = 16)]
    infer_batches: usize,
    /// Repeats (the median is reported).
    #[arg(long, default_value_t = 3)]
    repeats: usize,
}

const TRAIN_BATCH: usize = 64;
const INFER_BATCH: usize = 256;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let args = Args::parse();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .expect("thread pool");
    pool.install(|| run(&args));
}

fn run(args: &Args) {
    let dev = Cpu::seed_from_u64(0);
    let mut model = dev.build_module::<LeNet5, f32>();
    let mut opt = Sgd::new(
        &model,
        SgdConfig {
            lr: 0.01,
            momentum: Some(Momentum::Classic(0.9)),
            weight_decay: None,
        },
    );
    let x: Tensor<Rank4<TRAIN_BATCH, 3, 32, 32>, f32, Cpu> = dev.sample_normal();
    let y: Tensor<Rank2<TRAIN_BATCH, 10>, f32, Cpu> = dev
        .sample_uniform::<Rank2<TRAIN_BATCH, 10>>()
        .softmax::<Axis<1>>();
    let mut grads = model.alloc_grads();
    let mut step = |grads_in: Gradients<f32, Cpu>| {
        let logits = model.forward_mut(x.clone().traced_input(grads_in));
        let loss = cross_entropy_with_logits_loss(logits, y.clone());
        let mut g = loss.backward();
        opt.update(&mut model, &mut g)
            .expect("the optimizer was made for this model");
        model.zero_grads(&mut g);
        g
    };
    for _ in 0..20 {
        grads = step(grads);
    }
    let mut train = Vec::new();
    for _ in 0..args.repeats {
        let t = Instant::now();
        for _ in 0..args.train_steps {
            grads = step(grads);
        }
        train.push((args.train_steps * TRAIN_BATCH) as f64 / t.elapsed().as_secs_f64());
    }

    let xi: Tensor<Rank4<INFER_BATCH, 3, 32, 32>, f32, Cpu> = dev.sample_normal();
    for _ in 0..3 {
        let _ = model.forward(xi.clone());
    }
    let mut infer = Vec::new();
    for _ in 0..args.repeats {
        let t = Instant::now();
        for _ in 0..args.infer_batches {
            let _ = model.forward(xi.clone());
        }
        infer.push((args.infer_batches * INFER_BATCH) as f64 / t.elapsed().as_secs_f64());
    }
    let (tr, inf) = (median(train), median(infer));
    eprintln!("constnet LeNet5: train {tr:.0} img/s (batch {TRAIN_BATCH}), inference {inf:.0} img/s (batch {INFER_BATCH}), {} threads", args.threads);
    println!(
        "{{\"train_images_per_second\": {tr:.1}, \"infer_images_per_second\": {inf:.1}, \"threads\": {}, \"batch\": {TRAIN_BATCH}, \"infer_batch\": {INFER_BATCH}}}",
        args.threads
    );
}
