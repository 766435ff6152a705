//! constnet against PyTorch: forward pass, loss, every parameter gradient and a short SGD run of
//! LeNet5 in f64, plus the semantics LeNet5 does not exercise (zero padding, strides, overlapping
//! and average pooling, max-pool ties). The reference values are committed fixtures written by
//! `tests/fixtures/make_fixtures.py` (see its docstring); no torch is needed to run these tests.
//!
//! Errors are measured as `max |constnet − torch| / max |torch|` over a whole tensor.
mod common;

use common::{fixture, read_fixture, rel_err, take};
use constnet::prelude::*;

/// What every comparison with PyTorch must meet (relative, see the module docs). Both sides
/// compute in f64 and differ only in summation order: the worst error seen is 1.75e-15 (the
/// gradient of `0.weight`; `cargo test --test pytorch_lenet5 -- --nocapture` prints each).
const TOL: f64 = 1e-14;

/// Asserts `got` matches `want` to [`TOL`] and returns the relative error.
fn assert_close(what: &str, got: &[f64], want: &[f64]) -> f64 {
    let e = rel_err(got, want);
    println!("{what:>16}: max relative error {e:.3e}");
    assert!(e <= TOL, "{what}: relative error {e:.3e} > {TOL:e}"); // TOL = 1e-14
    assert!(
        got.iter().all(|v| v.is_finite()),
        "{what}: non-finite values"
    );
    e
}

type LeNet5F64 = <LeNet5 as BuildOnDevice<Cpu, f64>>::Built;

fn lenet5_from_fixture(dev: &Cpu) -> LeNet5F64 {
    let mut model = dev.build_module::<LeNet5, f64>();
    model
        .load_safetensors(fixture("lenet5_f64.safetensors"))
        .expect("load the torch parameters");
    model
}

/// A layer's bias: a `Linear`'s tensor or a `Conv2d`'s (optional, present in LeNet-5).
trait Bias<S: Shape> {
    fn tensor(&self) -> &Tensor<S, f64, Cpu>;
}
impl<S: Shape> Bias<S> for Tensor<S, f64, Cpu> {
    fn tensor(&self) -> &Tensor<S, f64, Cpu> {
        self
    }
}
impl<S: Shape> Bias<S> for Option<Tensor<S, f64, Cpu>> {
    fn tensor(&self) -> &Tensor<S, f64, Cpu> {
        self.as_ref().expect("LeNet-5's convolutions have biases")
    }
}

/// The parameter gradients in `state_dict` order, under torch's names.
macro_rules! param_grads {
    ($grads:expr, $model:expr, [$($i:tt),*]) => {
        vec![$(
            (
                concat!(stringify!($i), ".weight"),
                $grads.get(&$model.layers.$i.weight).as_vec(),
            ),
            (
                concat!(stringify!($i), ".bias"),
                $grads.get(Bias::tensor(&$model.layers.$i.bias)).as_vec(),
            ),
        )*]
    };
}

#[test]
fn lenet5_logits_loss_and_gradients_match_pytorch() {
    let dev: Cpu = Default::default();
    let model = lenet5_from_fixture(&dev);
    let batch = read_fixture("lenet5_f64_batch.safetensors");
    let torch_grads = read_fixture("lenet5_f64_grads.safetensors");
    let x: Tensor<Rank4<4, 3, 32, 32>, f64, _> = take(&dev, &batch, "x");
    let onehot: Tensor<Rank2<4, 10>, f64, _> = take(&dev, &batch, "onehot");

    let logits = model.forward(x.clone());
    assert_close("logits", &logits.as_vec(), &batch["logits"].1);

    let grads = model.alloc_grads();
    let loss = cross_entropy_with_logits_loss(model.forward(x.traced(grads)), onehot);
    assert_close("loss", &[loss.array()], &batch["loss"].1);

    let grads = loss.backward();
    let ours = param_grads!(grads, model, [0, 3, 7, 9, 11]);
    assert_eq!(ours.len(), torch_grads.len(), "one gradient per parameter");
    for (name, got) in ours {
        let (_, want) = &torch_grads[&format!("grad.{name}")];
        assert_close(&format!("grad {name}"), &got, want);
    }
}

#[test]
fn sgd_steps_lower_the_loss_as_in_pytorch() {
    let dev: Cpu = Default::default();
    let mut model = lenet5_from_fixture(&dev);
    let batch = read_fixture("lenet5_f64_batch.safetensors");
    let x: Tensor<Rank4<4, 3, 32, 32>, f64, _> = take(&dev, &batch, "x");
    let onehot: Tensor<Rank2<4, 10>, f64, _> = take(&dev, &batch, "onehot");

    let mut opt = Sgd::new(
        &model,
        SgdConfig {
            lr: 0.05,
            momentum: Some(Momentum::Classic(0.9)),
            weight_decay: None,
        },
    );
    let mut losses = Vec::new();
    for _ in 0..5 {
        let grads = model.alloc_grads();
        let loss = cross_entropy_with_logits_loss(model.forward(x.trace(grads)), onehot.clone());
        losses.push(loss.array());
        let grads = loss.backward();
        opt.update(&mut model, &grads)
            .expect("every parameter has a gradient");
    }
    losses.push(cross_entropy_with_logits_loss(model.forward(x.clone()), onehot).array());
    println!("losses: {losses:?}");

    assert!(
        losses.windows(2).all(|w| w[1] < w[0]),
        "the loss goes down at every step: {losses:?}"
    );
    assert!(losses[5] < 0.8 * losses[0], "{losses:?}");
    // The same trajectory as torch.optim.SGD(lr=0.05, momentum=0.9).
    assert_close("sgd losses", &losses, &batch["sgd_losses"].1);
}

/// Zero padding, stride 2, overlapping max-pool windows, average pooling and Tanh.
type Semantics = Sequential<(
    Conv2d<3, 4, 3, 2, 1>,
    ReLU,
    MaxPool2d<3, 2>,
    Conv2d<4, 6, 3, 1, 1>,
    Tanh,
    AvgPool2d<2>,
    Flatten,
    Linear<24, 5>,
)>;

#[test]
fn padding_strides_and_pooling_match_pytorch() {
    let dev: Cpu = Default::default();
    let mut model = dev.build_module::<Semantics, f64>();
    model
        .load_safetensors(fixture("semantics_f64.safetensors"))
        .expect("load the torch parameters");
    let data = read_fixture("semantics_f64_data.safetensors");
    let x: Tensor<Rank4<2, 3, 17, 17>, f64, _> = take(&dev, &data, "x");
    let onehot: Tensor<Rank2<2, 5>, f64, _> = take(&dev, &data, "onehot");

    // Leaky gradients keep the input's gradient too.
    let logits = model.forward(x.trace(Gradients::leaky()));
    assert_close("logits", &logits.as_vec(), &data["logits"].1);
    let loss = cross_entropy_with_logits_loss(logits, onehot);
    assert_close("loss", &[loss.array()], &data["loss"].1);
    let grads = loss.backward();

    assert_close("grad x", &grads.get(&x).as_vec(), &data["grad.x"].1);
    for (name, got) in param_grads!(grads, model, [0, 3, 7]) {
        assert_close(
            &format!("grad {name}"),
            &got,
            &data[&format!("grad.{name}")].1,
        );
    }
}

#[test]
fn max_pool_gradient_goes_to_the_first_maximum_like_pytorch() {
    let dev: Cpu = Default::default();
    let data = read_fixture("semantics_f64_data.safetensors");
    let x: Tensor<Rank4<2, 2, 9, 9>, f64, _> = take(&dev, &data, "ties_x");
    let r: Tensor<Rank4<2, 2, 4, 4>, f64, _> = take(&dev, &data, "ties_r");
    // Values in {-1, 0, 1}: most windows hold several maxima.
    let pool: MaxPool2d<3, 2> = Default::default();
    let y = pool.forward(x.trace(Gradients::leaky()));
    let grads = (y * r).sum::<Rank0, _>().backward();
    let got = grads.get(&x).as_vec();
    let want = &data["ties_grad_x"].1;
    assert_eq!(&got, want, "max-pool input gradient with ties");
}
