//! Finite-difference gradient checks, in f64, for every layer: the gradients constnet records on
//! dfdx's tape equal central differences of the loss `sum(output · r)` for a fixed random `r`.
use constnet::prelude::*;

/// A parameter tensor: a weight, a `Linear`'s bias, or a `Conv2d`'s optional bias.
trait Param<S: Shape> {
    fn get(&self) -> &Tensor<S, f64, Cpu>;
    fn get_mut(&mut self) -> &mut Tensor<S, f64, Cpu>;
}
impl<S: Shape> Param<S> for Tensor<S, f64, Cpu> {
    fn get(&self) -> &Tensor<S, f64, Cpu> {
        self
    }
    fn get_mut(&mut self) -> &mut Tensor<S, f64, Cpu> {
        self
    }
}
impl<S: Shape> Param<S> for Option<Tensor<S, f64, Cpu>> {
    fn get(&self) -> &Tensor<S, f64, Cpu> {
        self.as_ref().expect("a layer with a bias")
    }
    fn get_mut(&mut self) -> &mut Tensor<S, f64, Cpu> {
        self.as_mut().expect("a layer with a bias")
    }
}

type Dev = Cpu;
const EPS: f64 = 1e-6;
/// Central differences in f64 agree with exact gradients to about 1e-8 here; 1e-6 leaves margin.
const TOL: f64 = 1e-6;

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
    for (i, (a, n)) in analytic.iter().zip(numeric).enumerate() {
        assert!(
            (a - n).abs() <= TOL * scale,
            "{what}[{i}]: analytic {a}, numeric {n}"
        );
    }
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
            let p = Param::get(&layer.$param).as_vec();
            let f = |v: &[f64]| {
                let mut l = layer.clone();
                Param::get_mut(&mut l.$param).copy_from(v);
                dot(l.forward(x.clone()), &r)
            };
            assert_close(
                concat!(stringify!($layer), " ", stringify!($param)),
                &grads.get(Param::get(&layer.$param)).as_vec(),
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
    // padded (PyTorch's ResNet stem): the padding never wins
    check_layer!(MaxPool2d::<3, 2, 1>, Rank4<2, 2, 7, 6>, []);
    check_layer!(MaxPool2d::<2, 1, 1>, Rank3<2, 5, 4>, []);
}

#[test]
fn avg_pool() {
    check_layer!(AvgPool2d::<2>, Rank4<2, 3, 6, 5>, []);
    check_layer!(AvgPool2d::<3, 2>, Rank3<2, 7, 7>, []);
    // padded: the zeros count in the average
    check_layer!(AvgPool2d::<3, 2, 1>, Rank4<2, 2, 7, 6>, []);
    check_layer!(AvgPool2d::<2, 2, 1>, Rank3<2, 5, 5>, []);
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
                Param::get_mut(&mut n.$($field).+).copy_from(v);
                dot(n.forward(x.clone()), &r)
            };
            let p = Param::get(&net.$($field).+).as_vec();
            assert_close($name, &grads.get(Param::get(&net.$($field).+)).as_vec(), &numeric(f, &p));
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
fn conv2d_without_bias() {
    let dev: Dev = Dev::seed_from_u64(12);
    check_layer!(dev.build_module::<Conv2d<2, 3, 3, 1, 1, false>, f64>(), Rank4<2, 2, 5, 6>, [weight]);
    check_layer!(dev.build_module::<Conv2d<2, 3, 1, 2, 0, false>, f64>(), Rank4<3, 2, 5, 5>, [weight]);
}

#[test]
fn conv2d_5x5_padded() {
    let dev: Dev = Dev::seed_from_u64(6);
    check_layer!(dev.build_module::<Conv2d<2, 3, 5, 1, 2>, f64>(), Rank4<2, 2, 6, 7>, [weight, bias]);
}

/// `traced_input` gives the parameters the same gradients as dfdx's `traced`, bit for bit, and
/// computes no gradient for the input at all (absent from the gradients, which dfdx's `get`
/// reports by panicking), whichever constnet layer comes first: a convolution (direct path, and
/// strided and padded on the im2col path), a linear layer, an activation, a pooling layer or
/// `Flatten`.
#[test]
fn traced_input_skips_only_the_input_gradient() {
    macro_rules! compare {
        ($net:ty, $in:ty, [$($($field:tt).+),+]) => {{
            let dev: Dev = Dev::seed_from_u64(8);
            let net = dev.build_module::<$net, f64>();
            let x: Tensor<$in, f64, Dev> = dev.sample_normal();
            let finish = |y: Tensor<_, f64, Dev, OwnedTape<f64, Dev>>| {
                let r = dev.ones_like(y.shape()) * 0.5;
                (y * r).sum().backward()
            };
            let plain = finish(net.forward(x.clone().traced(Gradients::leaky())));
            let constant = finish(net.forward(x.clone().traced_input(Gradients::leaky())));
            $(
                assert_eq!(
                    plain.get(Param::get(&net.$($field).+)).as_vec(),
                    constant.get(Param::get(&net.$($field).+)).as_vec(),
                    stringify!($net $($field).+)
                );
            )+
            assert!(plain.get(&x).as_vec().iter().any(|v| *v != 0.0));
            let absent = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| constant.get(&x)));
            assert!(absent.is_err(), "{}: the input has a gradient", stringify!($net));
        }};
    }
    type ConvNet = Sequential<(Conv2d<2, 3, 3>, ReLU, Flatten, Linear<48, 2>)>;
    type PaddedNet = Sequential<(Conv2d<2, 3, 3, 2, 1>, Tanh, Flatten, Linear<12, 2>)>;
    type Mlp = Sequential<(Linear<6, 4>, ReLU, Linear<4, 2>)>;
    type ReluFirst = Sequential<(ReLU, Flatten, Linear<72, 2>)>;
    type TanhFirst = Sequential<(Tanh, Conv2d<2, 1, 3>, Sigmoid, Flatten, Linear<16, 2>)>;
    type SigmoidFirst = Sequential<(Sigmoid, Flatten, Linear<72, 2>)>;
    type PoolFirst = Sequential<(MaxPool2d<2>, Conv2d<2, 2, 3, 1, 1>, Flatten, Linear<18, 2>)>;
    type AvgFirst = Sequential<(AvgPool2d<2>, Flatten, Linear<18, 2>)>;
    type FlattenFirst = Sequential<(Flatten, Linear<72, 2>)>;
    compare!(ConvNet, Rank4<2, 2, 6, 6>, [layers.0.weight, layers.0.bias, layers.3.weight]);
    compare!(PaddedNet, Rank4<2, 2, 4, 4>, [layers.0.weight, layers.3.weight]);
    compare!(Mlp, Rank2<3, 6>, [layers.0.weight, layers.0.bias, layers.2.weight]);
    compare!(LeNet5, Rank4<2, 3, 32, 32>, [layers.0.weight, layers.3.weight, layers.11.bias]);
    compare!(ReluFirst, Rank4<2, 2, 6, 6>, [layers.2.weight]);
    compare!(TanhFirst, Rank4<2, 2, 6, 6>, [layers.1.weight, layers.4.bias]);
    compare!(SigmoidFirst, Rank4<2, 2, 6, 6>, [layers.2.weight]);
    compare!(PoolFirst, Rank4<2, 2, 6, 6>, [layers.1.weight, layers.3.weight]);
    compare!(AvgFirst, Rank4<2, 2, 6, 6>, [layers.2.weight]);
    compare!(FlattenFirst, Rank4<2, 2, 6, 6>, [layers.1.weight]);
    // A single layer, not in a `Sequential`, takes a constant input too.
    compare!(Conv2d<2, 3, 3>, Rank4<2, 2, 6, 6>, [weight, bias]);
    compare!(Linear<6, 4>, Rank2<3, 6>, [weight, bias]);
}
