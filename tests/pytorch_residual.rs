//! constnet's residual layers against PyTorch, in f64: a small network with batch norms (non-
//! trivial running statistics), a projection and an identity shortcut, a padded max pool and
//! global average pooling. Evaluation-mode logits, training-mode logits and loss, every gradient,
//! and every parameter, running statistic and counter after one SGD step; and a checkpoint
//! written by constnet that PyTorch loads with `strict=True`. The reference values are committed
//! fixtures written by `tests/fixtures/make_residual_fixtures.py` (see its docstring).
//!
//! Errors are `max |constnet − torch| / max |torch|` over a whole tensor.
mod common;

use common::{fixture, read, rel_err, take, Fixture};
use constnet::prelude::*;
use safetensors::tensor::Dtype as SafeDtype;

/// Both sides compute in f64; the largest error seen is 2e-15 (a gradient; summation order).
const TOL: f64 = 1e-13;

type Net = Sequential<(
    Conv2d<3, 4, 3, 1, 1, false>,
    BatchNorm2d<4>,
    ReLU,
    Residual<
        Sequential<(
            Conv2d<4, 6, 3, 2, 1, false>,
            BatchNorm2d<6>,
            ReLU,
            Conv2d<6, 6, 3, 1, 1, false>,
            BatchNorm2d<6>,
        )>,
        Sequential<(Conv2d<4, 6, 1, 2, 0, false>, BatchNorm2d<6>)>,
    >,
    ReLU,
    Residual<Sequential<(Conv2d<6, 6, 3, 1, 1, false>, BatchNorm2d<6>)>>,
    ReLU,
    MaxPool2d<3, 2, 1>,
    GlobalAvgPool2d,
    Flatten,
    Linear<6, 5>,
)>;
type Built = <Net as BuildOnDevice<Cpu, f64>>::Built;
fn assert_close(what: &str, got: &[f64], want: &[f64]) {
    let e = rel_err(got, want);
    println!("{what:>40}: max relative error {e:.3e}");
    assert!(e <= TOL, "{what}: relative error {e:.3e} > {TOL:e}");
}

/// The network with PyTorch's parameters and running statistics.
fn torch_net(dev: &Cpu) -> Built {
    let mut net = dev.build_module::<Net, f64>();
    net.load_safetensors(fixture("residual_f64.safetensors"))
        .expect("load the torch state_dict, int64 counters included");
    net
}

/// Every tensor the model saves (parameters, running statistics, counters), by name.
fn state(net: &Built, tag: &str) -> Fixture {
    let path = std::env::temp_dir().join(format!(
        "constnet-residual-{tag}-{}.safetensors",
        std::process::id()
    ));
    net.save_safetensors(&path).unwrap();
    let s = read(&path);
    std::fs::remove_file(&path).ok();
    s
}

#[test]
fn loads_the_torch_state_dict_and_evaluates_like_pytorch() {
    let dev: Cpu = Default::default();
    let net = torch_net(&dev);
    let fx = read(&fixture("residual_f64_data.safetensors"));
    let x: Tensor<Rank4<4, 3, 9, 9>, f64, _> = take(&dev, &fx, "x");
    let logits = net.forward(x);
    assert_close("eval logits", &logits.as_vec(), &fx["eval_logits"].1);
    // and evaluation changed nothing
    assert_eq!(
        state(&net, "eval"),
        read(&fixture("residual_f64.safetensors"))
    );
}

/// One training step as PyTorch takes it: training-mode logits and loss, gradients, then the
/// parameters after SGD and the running statistics and counters after the pass.
#[test]
fn trains_one_step_like_pytorch() {
    let dev: Cpu = Default::default();
    let mut net = torch_net(&dev);
    let fx = read(&fixture("residual_f64_data.safetensors"));
    let x: Tensor<Rank4<4, 3, 9, 9>, f64, _> = take(&dev, &fx, "x");
    let onehot: Tensor<Rank2<4, 5>, f64, _> = take(&dev, &fx, "onehot");
    let logits = net.forward_mut(x.traced_input(net.alloc_grads()));
    assert_close("train logits", &logits.as_vec(), &fx["train_logits"].1);
    let loss = cross_entropy_with_logits_loss(logits, onehot);
    assert_close("train loss", &[loss.array()], &fx["train_loss"].1);
    let grads = loss.backward();
    let g = |t: &Tensor<Rank4<6, 4, 1, 1>, f64, Cpu>| grads.get(t).as_vec();
    assert_close(
        "grad 3.shortcut.0.weight",
        &g(&net.layers.3.shortcut.layers.0.weight),
        &fx["grad.3.shortcut.0.weight"].1,
    );
    assert_close(
        "grad 1.weight",
        &grads.get(&net.layers.1.weight).as_vec(),
        &fx["grad.1.weight"].1,
    );
    let mut sgd = Sgd::new(
        &net,
        SgdConfig {
            lr: 0.1,
            momentum: Some(Momentum::Classic(0.9)),
            weight_decay: None,
        },
    );
    sgd.update(&mut net, &grads)
        .expect("every parameter has a gradient");
    let after = state(&net, "after");
    assert_eq!(
        after.len(),
        32,
        "parameters, running statistics and counters"
    );
    for (name, (shape, values)) in &after {
        let (want_shape, want) = &fx[&format!("after.{name}")];
        assert_eq!(shape, want_shape, "{name}");
        assert_close(&format!("after step: {name}"), values, want);
    }
    assert_eq!(after["1.num_batches_tracked"].1, [4.0]);
}

/// constnet writes the committed checkpoint of the stepped network (the file PyTorch loads with
/// `strict=True`, `make_residual_fixtures.py --verify-constnet`), and its logits on it are
/// PyTorch's. `CONSTNET_BLESS=1` rewrites the file.
#[test]
fn constnet_residual_checkpoint_is_committed() {
    let dev: Cpu = Default::default();
    let mut net = torch_net(&dev);
    let fx = read(&fixture("residual_f64_data.safetensors"));
    let x: Tensor<Rank4<4, 3, 9, 9>, f64, _> = take(&dev, &fx, "x");
    // Load the state after PyTorch's step into constnet, then save it.
    let after: Fixture = fx
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("after.").map(|n| (n.to_string(), v.clone())))
        .collect();
    let tmp = std::env::temp_dir().join(format!("constnet-res-{}.safetensors", std::process::id()));
    write_f64(&tmp, &after);
    net.load_safetensors(&tmp).unwrap();
    std::fs::remove_file(&tmp).ok();
    let committed = fixture("constnet_residual_f64.safetensors");
    if std::env::var_os("CONSTNET_BLESS").is_some() {
        net.save_safetensors(&committed).unwrap();
    }
    let written =
        std::env::temp_dir().join(format!("constnet-res2-{}.safetensors", std::process::id()));
    net.save_safetensors(&written).unwrap();
    assert_eq!(
        std::fs::read(&written).unwrap(),
        std::fs::read(&committed).unwrap(),
        "constnet no longer writes the committed checkpoint"
    );
    std::fs::remove_file(&written).ok();
    let torch = read(&fixture("constnet_residual_f64_torch_logits.safetensors"));
    assert_close(
        "logits, constnet's file",
        &net.forward(x).as_vec(),
        &torch["logits"].1,
    );
}

/// Writes `tensors` as a safetensors file in PyTorch's dtypes (the counters int64).
fn write_f64(path: &std::path::Path, tensors: &Fixture) {
    let bytes: Vec<(String, Vec<usize>, Vec<u8>, SafeDtype)> = tensors
        .iter()
        .map(|(k, (shape, v))| {
            if k.ends_with("num_batches_tracked") {
                let n = v[0] as i64;
                (
                    k.clone(),
                    shape.clone(),
                    n.to_le_bytes().to_vec(),
                    SafeDtype::I64,
                )
            } else {
                let b = v.iter().flat_map(|x| x.to_le_bytes()).collect();
                (k.clone(), shape.clone(), b, SafeDtype::F64)
            }
        })
        .collect();
    let views: Vec<(&str, safetensors::tensor::TensorView<'_>)> = bytes
        .iter()
        .map(|(k, s, b, d)| {
            (
                k.as_str(),
                safetensors::tensor::TensorView::new(*d, s.clone(), b).unwrap(),
            )
        })
        .collect();
    std::fs::write(path, safetensors::serialize(views, &None).unwrap()).unwrap();
}
