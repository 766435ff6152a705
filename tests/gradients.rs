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

/// A layer run in evaluation mode (`forward`) or training mode (`forward_mut` on a copy).
trait Run<X> {
    type Out;
    fn eval(&self, x: X) -> Self::Out;
    fn train(&self, x: X) -> Self::Out;
}
impl<X, O, L: Clone + Module<X, Output = O> + ModuleMut<X, Output = O>> Run<X> for L {
    type Out = O;
    fn eval(&self, x: X) -> O {
        self.forward(x)
    }
    fn train(&self, x: X) -> O {
        self.clone().forward_mut(x)
    }
}

/// `sum(out · r)` for an output tensor.
fn dot<S: Shape, T: Tape<f64, Dev>>(out: Tensor<S, f64, Dev, T>, r: &[f64]) -> f64 {
    out.as_vec().iter().zip(r).map(|(a, b)| a * b).sum()
}

/// Checks the gradient of the input of `layer` (and of the parameters `params` names), in
/// evaluation mode (`forward`), or in training mode (`train`: `forward_mut` on a fresh copy of
/// the layer each time, so that running statistics do not drift between evaluations).
macro_rules! check_layer {
    (train $layer:expr, $in:ty, [$($param:ident),*]) => {
        check_layer!(@run train, $layer, $in, [$($param),*])
    };
    ($layer:expr, $in:ty, [$($param:ident),*]) => {
        check_layer!(@run eval, $layer, $in, [$($param),*])
    };
    (@run $run:ident, $layer:expr, $in:ty, [$($param:ident),*]) => {{
        let dev: Dev = Dev::seed_from_u64(7);
        let layer = $layer;
        macro_rules! run {
            ($l:expr, $x:expr) => {
                Run::$run($l, $x)
            };
        }
        let x: Tensor<$in, f64, Dev> = dev.sample_normal();
        let n_out = run!(&layer, x.clone()).shape().num_elements();
        let r: Vec<f64> = (0..n_out).map(|i| ((i * 37 % 11) as f64 - 5.0) / 5.0).collect();
        let r_t = dev.tensor_from_vec(r.clone(), *run!(&layer, x.clone()).shape());

        // analytic
        let grads = Gradients::leaky();
        let out = run!(&layer, x.trace(grads));
        let loss = (out * r_t.clone()).sum();
        let grads = loss.backward();

        // input
        let xs = x.as_vec();
        let f = |v: &[f64]| dot(run!(&layer, dev.tensor_from_vec(v.to_vec(), *x.shape())), &r);
        assert_close(concat!(stringify!($layer), " input"), &grads.get(&x).as_vec(), &numeric(f, &xs));

        // parameters
        $(
            let p = Param::get(&layer.$param).as_vec();
            let f = |v: &[f64]| {
                let mut l = layer.clone();
                Param::get_mut(&mut l.$param).copy_from(v);
                dot(run!(&l, x.clone()), &r)
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

/// Batch norm in training mode (the batch's statistics depend on the input: the gradient
/// includes that) and in evaluation mode (running statistics set to non-trivial values).
#[test]
fn batch_norm() {
    let dev: Dev = Dev::seed_from_u64(13);
    let mut bn = dev.build_module::<BatchNorm2d<3>, f64>();
    bn.weight.copy_from(&[0.7, -1.3, 2.0]);
    bn.bias.copy_from(&[0.1, 0.0, -0.4]);
    bn.running_mean.copy_from(&[0.2, -0.5, 1.0]);
    bn.running_var.copy_from(&[0.5, 2.0, 1.5]);
    check_layer!(train bn.clone(), Rank4<2, 3, 4, 3>, [weight, bias]);
    check_layer!(train bn.clone(), Rank4<5, 3, 1, 1>, [weight, bias]);
    check_layer!(bn.clone(), Rank4<2, 3, 4, 3>, [weight, bias]);
}

#[test]
fn global_avg_pool() {
    check_layer!(GlobalAvgPool2d, Rank4<2, 3, 4, 5>, []);
    check_layer!(GlobalAvgPool2d, Rank3<2, 3, 3>, []);
}

/// Dropout in training mode: the same draws for every evaluation (a device seeded alike each
/// time), so the gradient is the mask's, scaled; in evaluation mode, the identity.
#[test]
fn dropout() {
    let n = 40;
    let xs: Vec<f64> = (0..n).map(|i| (i as f64 * 0.37).sin()).collect();
    let r: Vec<f64> = (0..n).map(|i| ((i * 37 % 11) as f64 - 5.0) / 5.0).collect();
    let run = |v: &[f64]| {
        let dev = Dev::seed_from_u64(21);
        let x: Tensor<Rank2<4, 10>, f64, Dev> = dev.tensor_from_vec(v.to_vec(), Default::default());
        dot(Dropout::<30>.forward_mut(x), &r)
    };
    let dev = Dev::seed_from_u64(21);
    let x: Tensor<Rank2<4, 10>, f64, Dev> = dev.tensor_from_vec(xs.clone(), Default::default());
    let r_t: Tensor<Rank2<4, 10>, f64, Dev> = dev.tensor_from_vec(r.clone(), Default::default());
    let y = Dropout::<30>.forward_mut(x.trace(Gradients::leaky()));
    let grads = (y * r_t).sum().backward();
    let g = grads.get(&x).as_vec();
    assert_close("dropout input", &g, &numeric(run, &xs));
    // some dropped (gradient 0), the rest scaled by 1 / 0.7
    assert!(g.contains(&0.0));
    assert!(g
        .iter()
        .zip(&r)
        .all(|(&v, &r)| v == 0.0 || (v - r / 0.7).abs() < 1e-12));
    check_layer!(Dropout::<30>, Rank2<4, 10>, []);
}

/// Residual blocks: the input feeds both branches, so its gradient is the sum of the two (an
/// identity shortcut, a projection), in training and evaluation mode.
#[test]
fn residual() {
    let dev: Dev = Dev::seed_from_u64(17);
    type Same = Residual<Sequential<(Conv2d<2, 2, 3, 1, 1>, Tanh)>>;
    check_layer!(dev.build_module::<Same, f64>(), Rank4<2, 2, 4, 5>, []);
    type Down = Residual<
        Sequential<(Conv2d<2, 3, 3, 2, 1, false>, BatchNorm2d<3>)>,
        Sequential<(Conv2d<2, 3, 1, 2, 0, false>, BatchNorm2d<3>)>,
    >;
    check_layer!(train dev.build_module::<Down, f64>(), Rank4<2, 2, 5, 5>, []);
    check_layer!(dev.build_module::<Down, f64>(), Rank4<2, 2, 5, 5>, []);
    // both branches the input itself: y = 2x
    check_layer!(Residual::<Identity>::default(), Rank2<2, 3>, []);
}

/// A whole residual network in training mode: stem, a block with a projection shortcut, a block
/// with an identity shortcut (their ReLUs folded into the sums), pooling and a classifier.
#[test]
fn residual_network_end_to_end() {
    type Net = Sequential<(
        Conv2d<2, 3, 3, 1, 1, false>,
        BatchNorm2d<3>,
        ReLU,
        Residual<
            Sequential<(
                Conv2d<3, 4, 3, 2, 1, false>,
                BatchNorm2d<4>,
                ReLU,
                Conv2d<4, 4, 3, 1, 1>,
            )>,
            Sequential<(Conv2d<3, 4, 1, 2, 0, false>, BatchNorm2d<4>)>,
        >,
        ReLU,
        Residual<Sequential<(Conv2d<4, 4, 3, 1, 1, false>, BatchNorm2d<4>)>>,
        ReLU,
        GlobalAvgPool2d,
        Flatten,
        Linear<4, 3>,
    )>;
    let dev: Dev = Dev::seed_from_u64(19);
    let net = dev.build_module::<Net, f64>();
    let x: Tensor<Rank4<3, 2, 6, 6>, f64, Dev> = dev.sample_normal();
    let r = [0.3, -1.2, 0.7, 0.5, -0.1, 0.9, 1.1, -0.4, 0.2];
    let r_t: Tensor<Rank2<3, 3>, f64, Dev> = dev.tensor_from_vec(r.to_vec(), Default::default());
    let loss = (net.clone().forward_mut(x.trace(Gradients::leaky())) * r_t).sum();
    let grads = loss.backward();
    macro_rules! check_param {
        ($name:literal, $($field:tt).+) => {{
            let f = |v: &[f64]| {
                let mut n = net.clone();
                Param::get_mut(&mut n.$($field).+).copy_from(v);
                dot(n.forward_mut(x.clone()), &r)
            };
            let p = Param::get(&net.$($field).+).as_vec();
            assert_close($name, &grads.get(Param::get(&net.$($field).+)).as_vec(), &numeric(f, &p));
        }};
    }
    check_param!("stem weight", layers.0.weight);
    check_param!("stem bn weight", layers.1.weight);
    check_param!("block conv", layers.3.block.layers.0.weight);
    check_param!("block bn bias", layers.3.block.layers.1.bias);
    check_param!("block conv bias", layers.3.block.layers.3.bias);
    check_param!("projection", layers.3.shortcut.layers.0.weight);
    check_param!("identity block conv", layers.5.block.layers.0.weight);
    check_param!("linear", layers.9.weight);
    let f = |v: &[f64]| {
        let xv = dev.tensor_from_vec(v.to_vec(), *x.shape());
        dot(net.clone().forward_mut(xv), &r)
    };
    assert_close("input", &grads.get(&x).as_vec(), &numeric(f, &x.as_vec()));
}
