//! Finite-difference gradient checks, in f64, for every layer: the gradients constnet records on
//! dfdx's tape equal central differences of the loss `sum(output · r)` for a fixed random `r`.
use constnet::prelude::*;

type Dev = Cpu;
const EPS: f64 = 1e-6;
/// Central differences in f64 agree with the recorded gradients to 3.2e-9 at worst here (relative
/// to the largest gradient; `cargo test --test gradients -- --nocapture` prints each check's).
const TOL: f64 = 1e-8;

/// Central-difference gradient of `f` at `x`.
fn numeric(f: impl Fn(&[f64]) -> f64, x: &[f64]) -> Vec<f64> {
    let mut x = x.to_vec();
    (0..x.len())
        .map(|i| {
            let v = x[i];
            x[i] = v + EPS;
            let up = f(&x);
            x[i] = v - EPS;
            let down = f(&x);
            x[i] = v;
            (up - down) / (2.0 * EPS)
        })
        .collect()
}

fn assert_close(what: &str, analytic: &[f64], numeric: &[f64]) {
    assert_eq!(analytic.len(), numeric.len(), "{what}: lengths differ");
    let scale = numeric.iter().fold(1.0f64, |m, v| m.max(v.abs()));
    let mut worst = 0.0f64;
    for (i, (a, n)) in analytic.iter().zip(numeric).enumerate() {
        assert!(
            (a - n).abs() <= TOL * scale,
            "{what}[{i}]: analytic {a}, numeric {n}"
        );
        worst = worst.max((a - n).abs() / scale);
    }
    println!("{what}: max error {worst:.2e} (relative to max(1, largest gradient))");
}

/// `sum(out · r)` for an output tensor.
fn dot<S: Shape, T: Tape<f64, Dev>>(out: Tensor<S, f64, Dev, T>, r: &[f64]) -> f64 {
    out.as_vec().iter().zip(r).map(|(a, b)| a * b).sum()
}

/// Checks the gradient of the input of `layer` (and of the parameters `params` names).
macro_rules! check_layer {
    ($layer:expr, $in:ty, [$($param:ident),*]) => {{
        let dev: Dev = Dev::seed_from_u64(7);
        let layer = $layer;
        let x: Tensor<$in, f64, Dev> = dev.sample_normal();
        let n_out = layer.forward(x.clone()).shape().num_elements();
        let r: Vec<f64> = (0..n_out).map(|i| ((i * 37 % 11) as f64 - 5.0) / 5.0).collect();
        let r_t = dev.tensor_from_vec(r.clone(), *layer.forward(x.clone()).shape());

        // analytic
        let grads = Gradients::leaky();
        let out = layer.forward(x.trace(grads));
        let loss = (out * r_t.clone()).sum();
        let grads = loss.backward();

        // input
        let xs = x.as_vec();
        let f = |v: &[f64]| dot(layer.forward(dev.tensor_from_vec(v.to_vec(), *x.shape())), &r);
        assert_close(concat!(stringify!($layer), " input"), &grads.get(&x).as_vec(), &numeric(f, &xs));

        // parameters
        $(
            let p = layer.$param.as_vec();
            let f = |v: &[f64]| {
                let mut l = layer.clone();
                l.$param.copy_from(v);
                dot(l.forward(x.clone()), &r)
            };
            assert_close(
                concat!(stringify!($layer), " ", stringify!($param)),
                &grads.get(&layer.$param).as_vec(),
                &numeric(f, &p),
            );
        )*
    }};
}

#[test]
fn conv2d_plain() {
    let dev: Dev = Dev::seed_from_u64(1);
    check_layer!(dev.build_module::<Conv2d<2, 3, 3>, f64>(), Rank4<2, 2, 6, 5>, [weight, bias]);
}

#[test]
fn conv2d_strided_padded() {
    let dev: Dev = Dev::seed_from_u64(2);
    check_layer!(dev.build_module::<Conv2d<2, 3, 3, 2, 1>, f64>(), Rank4<2, 2, 7, 6>, [weight, bias]);
}

#[test]
fn conv2d_unbatched_large_padding() {
    let dev: Dev = Dev::seed_from_u64(3);
    check_layer!(dev.build_module::<Conv2d<1, 2, 4, 3, 2>, f64>(), Rank3<1, 5, 5>, [weight, bias]);
}

#[test]
fn max_pool() {
    check_layer!(MaxPool2d::<2>, Rank4<2, 3, 6, 6>, []);
    check_layer!(MaxPool2d::<3, 2>, Rank3<2, 7, 8>, []);
}

#[test]
fn avg_pool() {
    check_layer!(AvgPool2d::<2>, Rank4<2, 3, 6, 5>, []);
    check_layer!(AvgPool2d::<3, 2>, Rank3<2, 7, 7>, []);
}

#[test]
fn flatten() {
    check_layer!(Flatten, Rank4<2, 3, 2, 2>, []);
}

#[test]
fn linear() {
    let dev: Dev = Dev::seed_from_u64(4);
    check_layer!(dev.build_module::<Linear<7, 5>, f64>(), Rank2<3, 7>, [weight, bias]);
    check_layer!(
        dev.build_module::<Linear<7, 5>, f64>(),
        Rank1<7>,
        [weight, bias]
    );
}

#[test]
fn activations() {
    check_layer!(ReLU, Rank2<3, 7>, []);
    check_layer!(Tanh, Rank2<3, 7>, []);
    check_layer!(Sigmoid, Rank2<3, 7>, []);
}

/// A whole small network: every parameter of every layer, through `Sequential`.
#[test]
fn sequential_end_to_end() {
    type Net = Sequential<(
        Conv2d<1, 2, 3, 1, 1>,
        Tanh,
        MaxPool2d<2>,
        Conv2d<2, 3, 2>,
        Sigmoid,
        AvgPool2d<2>,
        Flatten,
        Linear<3, 2>,
    )>;
    let dev: Dev = Dev::seed_from_u64(5);
    let net = dev.build_module::<Net, f64>();
    let x: Tensor<Rank4<2, 1, 6, 6>, f64, Dev> = dev.sample_normal();
    let r = [0.3, -1.2, 0.7, 0.5];
    let r_t: Tensor<Rank2<2, 2>, f64, Dev> = dev.tensor([[0.3, -1.2], [0.7, 0.5]]);
    let grads = Gradients::leaky();
    let loss = (net.forward(x.trace(grads)) * r_t).sum();
    let grads = loss.backward();
    // Each parameter: perturb it in a copy of the network, compare with the recorded gradient.
    macro_rules! check_param {
        ($name:literal, $($field:tt).+) => {{
            let f = |v: &[f64]| {
                let mut n = net.clone();
                n.$($field).+.copy_from(v);
                dot(n.forward(x.clone()), &r)
            };
            let p = net.$($field).+.as_vec();
            assert_close($name, &grads.get(&net.$($field).+).as_vec(), &numeric(f, &p));
        }};
    }
    check_param!("conv1 weight", layers.0.weight);
    check_param!("conv2 weight", layers.3.weight);
    check_param!("conv2 bias", layers.3.bias);
    check_param!("linear weight", layers.7.weight);
    let f = |v: &[f64]| dot(net.forward(dev.tensor_from_vec(v.to_vec(), *x.shape())), &r);
    assert_close("input", &grads.get(&x).as_vec(), &numeric(f, &x.as_vec()));
}

#[test]
fn conv2d_5x5_padded() {
    let dev: Dev = Dev::seed_from_u64(6);
    check_layer!(dev.build_module::<Conv2d<2, 3, 5, 1, 2>, f64>(), Rank4<2, 2, 6, 7>, [weight, bias]);
}

/// `traced_input` gives the parameters the same gradients as dfdx's `traced`, bit for bit, and
/// leaves the input's own gradient uncomputed (NaN), for a first layer that is a convolution (with
/// and without padding) or a linear layer, and for a marked input that passes through a dfdx op
/// first (which then adds to the mark without failing).
#[test]
fn traced_input_skips_only_the_input_gradient() {
    macro_rules! compare {
        ($net:ty, $in:ty, $pre:expr, [$($($field:tt).+),+]) => {{
            let dev: Dev = Dev::seed_from_u64(8);
            let net = dev.build_module::<$net, f64>();
            let x: Tensor<$in, f64, Dev> = dev.sample_normal();
            let run = |x: Tensor<$in, f64, Dev, OwnedTape<f64, Dev>>| {
                let y = net.forward($pre(x));
                let r = dev.ones_like(y.shape()) * 0.5;
                (y * r).sum().backward()
            };
            let plain = run(x.clone().traced(Gradients::leaky()));
            let marked = run(x.clone().traced_input(Gradients::leaky()));
            $(
                assert_eq!(
                    plain.get(&net.$($field).+).as_vec(),
                    marked.get(&net.$($field).+).as_vec(),
                    stringify!($net $($field).+)
                );
            )+
            assert!(plain.get(&x).as_vec().iter().all(|v| v.is_finite()));
            assert!(marked.get(&x).as_vec().iter().all(|v| v.is_nan()));
        }};
    }
    type ConvNet = Sequential<(Conv2d<2, 3, 3>, ReLU, Flatten, Linear<48, 2>)>;
    type PaddedNet = Sequential<(Conv2d<2, 3, 3, 2, 1>, Tanh, Flatten, Linear<12, 2>)>;
    type Mlp = Sequential<(Linear<6, 4>, ReLU, Linear<4, 2>)>;
    fn same<T>(x: T) -> T {
        x
    }
    compare!(ConvNet, Rank4<2, 2, 6, 6>, same, [layers.0.weight, layers.0.bias, layers.3.weight]);
    compare!(PaddedNet, Rank4<2, 2, 4, 4>, same, [layers.0.weight, layers.3.weight]);
    compare!(Mlp, Rank2<3, 6>, same, [layers.0.weight, layers.0.bias, layers.2.weight]);
    compare!(LeNet5, Rank4<2, 3, 32, 32>, same, [layers.0.weight, layers.3.weight, layers.11.bias]);
    // Through a dfdx op first: the convolution's input is then not the marked tensor.
    let double = |x: Tensor<Rank4<2, 2, 6, 6>, f64, Dev, OwnedTape<f64, Dev>>| x * 2.0;
    compare!(ConvNet, Rank4<2, 2, 6, 6>, double, [layers.0.weight, layers.3.bias]);
}
