//! constnet's optimizers against PyTorch's: the trajectories of `torch.optim.SGD`, `Adam` and
//! `AdamW` on one `Linear(4, 3)` with fixed gradients, from `tests/fixtures/make_optim_fixtures.py`
//! (PyTorch 2.15; its docstring says how to regenerate them). Bit-for-bit equality with dfdx's
//! optimizers is tested beside the code, in `src/optim.rs`.
use std::path::PathBuf;

use constnet::optim::{Adam, AdamConfig, Momentum, OptimDtype, Sgd, SgdConfig, WeightDecay};
use constnet::prelude::*;
use safetensors::SafeTensors;

const STEPS: usize = 6;

/// A configuration of the fixture script's `CASES`, in constnet's terms.
#[derive(Clone, Copy)]
enum Case {
    Sgd(SgdConfig),
    Adam(AdamConfig),
}

/// `CASES` of `make_optim_fixtures.py`, spelled for constnet.
fn cases() -> Vec<(&'static str, Case)> {
    let sgd = |momentum, weight_decay| {
        Case::Sgd(SgdConfig {
            lr: 0.1,
            momentum,
            weight_decay,
        })
    };
    vec![
        ("sgd_plain", sgd(None, None)),
        ("sgd_momentum", sgd(Some(Momentum::Classic(0.9)), None)),
        ("sgd_nesterov", sgd(Some(Momentum::Nesterov(0.9)), None)),
        (
            "sgd_momentum_l2",
            sgd(Some(Momentum::Classic(0.5)), Some(WeightDecay::L2(0.01))),
        ),
        (
            "adam",
            Case::Adam(AdamConfig {
                lr: 0.01,
                ..Default::default()
            }),
        ),
        (
            "adam_l2",
            Case::Adam(AdamConfig {
                lr: 0.01,
                betas: [0.8, 0.99],
                eps: 1e-6,
                weight_decay: Some(WeightDecay::L2(0.1)),
            }),
        ),
        (
            "adamw",
            Case::Adam(AdamConfig {
                lr: 0.01,
                weight_decay: Some(WeightDecay::Decoupled(0.1)),
                ..Default::default()
            }),
        ),
    ]
}

fn fixture() -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/optim_trajectories.safetensors");
    std::fs::read(path).unwrap()
}

/// The largest difference between constnet's and PyTorch's parameters over every step of every
/// case, relative to the parameter's magnitude (at least 1), in element type `$e` with the
/// fixture's tensors `$dtype.*`. (A macro: dfdx names the gradient buffer type only for a
/// concrete element type.)
macro_rules! worst_difference {
    ($e:ty, $dtype:expr) => {{
        type E = $e;
        let dtype: &str = $dtype;
    let bytes = fixture();
    let file = SafeTensors::deserialize(&bytes).unwrap();
    let read = |name: &str| -> Vec<E> {
        let view = file.tensor(&format!("{dtype}.{name}")).unwrap();
        let size = std::mem::size_of::<E>();
        view.data()
            .chunks_exact(size)
            .map(|b| {
                if size == 4 {
                    E::of(f32::from_le_bytes(b.try_into().unwrap()) as f64)
                } else {
                    E::of(f64::from_le_bytes(b.try_into().unwrap()))
                }
            })
            .collect()
    };
    let dev: Cpu = Default::default();
    let mut worst = 0.0f64;
    for (case, cfg) in cases() {
        let mut model = dev.build_module::<Linear<4, 3>, E>();
        model.weight.copy_from(&read("init.weight"));
        model.bias.copy_from(&read("init.bias"));
        let mut sgd = Sgd::<E>::new(&model, SgdConfig::default());
        let mut adam = Adam::<E>::new(&model, AdamConfig::default());
        let mut grads = model.alloc_grads();
        for step in 0..STEPS {
            grads
                .get_or_alloc_mut(&model.weight)
                .unwrap()
                .copy_from_slice(&read(&format!("grad.{step}.weight")));
            grads
                .get_or_alloc_mut(&model.bias)
                .unwrap()
                .copy_from_slice(&read(&format!("grad.{step}.bias")));
            match cfg {
                Case::Sgd(c) => {
                    sgd.cfg = c;
                    sgd.update(&mut model, &mut grads).unwrap();
                }
                Case::Adam(c) => {
                    adam.cfg = c;
                    adam.update(&mut model, &mut grads).unwrap();
                }
            }
            for (ours, name) in [
                (model.weight.as_vec(), "weight"),
                (model.bias.as_vec(), "bias"),
            ] {
                let torch = read(&format!("{case}.{step}.{name}"));
                for (i, (&a, &b)) in ours.iter().zip(&torch).enumerate() {
                    let (a, b): (f64, f64) = (a.into(), b.into());
                    let diff = (a - b).abs() / b.abs().max(1.0);
                    assert!(
                        diff < 1e-3,
                        "{dtype} {case} step {step} {name}[{i}]: constnet {a}, PyTorch {b}"
                    );
                    worst = worst.max(diff);
                }
            }
        }
    }
    worst
    }};
}

#[test]
fn trajectories_match_pytorch_in_f64() {
    // Achieved: 2.2e-16 (one rounding here and there: PyTorch fuses some multiply-adds and
    // computes Adam's bias corrections in Python's doubles).
    let worst = worst_difference!(f64, "f64");
    println!("f64: worst relative difference {worst:e}");
    assert!(worst < 2e-15, "{worst:e}");
}

#[test]
fn trajectories_match_pytorch_in_f32() {
    // Achieved: 2.1e-7 (dfdx, and so constnet, rounds the learning rate and Adam's bias
    // corrections to f32 first).
    let worst = worst_difference!(f32, "f32");
    println!("f32: worst relative difference {worst:e}");
    assert!(worst < 1e-6, "{worst:e}");
}

/// The update alone, constnet's against dfdx's, on LeNet5's 62,958 parameters, interleaved
/// (dfdx, constnet, dfdx, …) at 1 and 2 threads; prints the median time per update of each:
/// `cargo test --release --test optim -- --ignored update_speed --nocapture`.
#[test]
#[ignore]
fn update_speed() {
    use dfdx::optim::Optimizer as _;
    use std::time::Instant;
    let dev = Cpu::seed_from_u64(0);
    let mut model = dev.build_module::<LeNet5, f32>();
    let x: Tensor<Rank4<8, 3, 32, 32>, f32, Cpu> = dev.sample_normal();
    let y: Tensor<Rank2<8, 10>, f32, Cpu> =
        dev.sample_uniform::<Rank2<8, 10>>().softmax::<Axis<1>>();
    let mut grads =
        cross_entropy_with_logits_loss(model.forward_mut(x.trace(model.alloc_grads())), y)
            .backward();
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2] * 1e6
    };
    let sgd = dfdx::optim::SgdConfig {
        momentum: Some(dfdx::optim::Momentum::Classic(0.9)),
        ..Default::default()
    };
    let adam = dfdx::optim::AdamConfig::default();
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            let (mut theirs_sgd, mut ours_sgd) = (
                dfdx::optim::Sgd::new(&model, sgd),
                Sgd::new(&model, sgd.into()),
            );
            let (mut theirs_adam, mut ours_adam) = (
                dfdx::optim::Adam::new(&model, adam),
                Adam::new(&model, adam.into()),
            );
            let mut times = [(); 4].map(|_| Vec::new());
            for _ in 0..30 {
                for (k, time) in times.iter_mut().enumerate() {
                    let t = Instant::now();
                    for _ in 0..50 {
                        match k {
                            0 => theirs_sgd.update(&mut model, &grads).unwrap(),
                            1 => ours_sgd.update(&mut model, &mut grads).unwrap(),
                            2 => theirs_adam.update(&mut model, &grads).unwrap(),
                            _ => ours_adam.update(&mut model, &mut grads).unwrap(),
                        }
                    }
                    time.push(t.elapsed().as_secs_f64() / 50.0);
                }
            }
            let [a, b, c, d] = times.map(median);
            println!(
                "{threads} thread(s): SGD with momentum: dfdx {a:.1} us, constnet {b:.1} us \
                 ({:.2}x); Adam: dfdx {c:.1} us, constnet {d:.1} us ({:.2}x)",
                a / b,
                c / d
            );
        });
    }
}
