//! Gradient accumulation: a traced tensor read by two layers gets the sum of their gradients, as
//! every branching network needs (a residual block reads its input twice). Each pair of layers
//! reads one input `x`; the gradient of `sum(a(x) · ra) + sum(b(x) · rb)` with respect to `x` is
//! compared with central finite differences, in f64. dfdx runs backward passes in the reverse
//! order of the forward calls, so the first layer's backward pass runs last and must add to what
//! the second one left: each pair is checked in both orders.
use constnet::prelude::*;

type Taped<S> = Tensor<S, f64, Cpu, OwnedTape<f64, Cpu>>;

const EPS: f64 = 1e-6;
/// Relative to the largest gradient value. The errors seen are 2e-10 to 3e-9 (central differences
/// with step 1e-6 in f64; each test prints them with `--nocapture`); a gradient that lost one
/// reader's part is off by order 1.
const TOL: f64 = 1e-8;

/// Checks the gradient of `x` when `first` and then `second` read it, and returns the relative
/// error.
fn two_readers<A, B, S, OA, OB>(first: &A, second: &B, shape: S, seed: u64) -> f64
where
    S: Shape,
    OA: Shape,
    OB: Shape,
    A: Module<Tensor<S, f64, Cpu>, Output = Tensor<OA, f64, Cpu>>
        + Module<Taped<S>, Output = Taped<OA>>,
    B: Module<Tensor<S, f64, Cpu>, Output = Tensor<OB, f64, Cpu>>
        + Module<Taped<S>, Output = Taped<OB>>,
{
    let dev = Cpu::seed_from_u64(seed);
    let x: Tensor<S, f64, Cpu> = dev.sample_normal_like(&shape);
    let ra: Tensor<OA, f64, Cpu> = dev.sample_normal_like(first.forward(x.clone()).shape());
    let rb: Tensor<OB, f64, Cpu> = dev.sample_normal_like(second.forward(x.clone()).shape());

    let xt = x.trace(Gradients::leaky());
    let ya = first.forward(xt.retaped::<OwnedTape<f64, Cpu>>());
    let yb = second.forward(xt);
    let loss = (ya * ra.clone()).sum() + (yb * rb.clone()).sum();
    let analytic = loss.backward().get(&x).as_vec();

    let loss = |v: &[f64]| {
        let x = dev.tensor_from_vec(v.to_vec(), shape);
        let a = (first.forward(x.clone()) * ra.clone())
            .sum::<Rank0, _>()
            .array();
        a + (second.forward(x) * rb.clone()).sum::<Rank0, _>().array()
    };
    let mut v = x.as_vec();
    let numeric: Vec<f64> = (0..v.len())
        .map(|i| {
            let at = v[i];
            v[i] = at + EPS;
            let up = loss(&v);
            v[i] = at - EPS;
            let down = loss(&v);
            v[i] = at;
            (up - down) / (2.0 * EPS)
        })
        .collect();
    let scale = numeric.iter().fold(0.0f64, |m, g| m.max(g.abs()));
    let err = analytic
        .iter()
        .zip(&numeric)
        .fold(0.0f64, |m, (a, n)| m.max((a - n).abs()))
        / scale;
    assert!(
        err <= TOL,
        "relative error {err:.3e} > {TOL:e}:\nanalytic {analytic:?}\nnumeric  {numeric:?}"
    );
    err
}

/// Both orders of one pair.
fn both_orders<A, B, S, OA, OB>(what: &str, a: &A, b: &B, shape: S)
where
    S: Shape,
    OA: Shape,
    OB: Shape,
    A: Module<Tensor<S, f64, Cpu>, Output = Tensor<OA, f64, Cpu>>
        + Module<Taped<S>, Output = Taped<OA>>,
    B: Module<Tensor<S, f64, Cpu>, Output = Tensor<OB, f64, Cpu>>
        + Module<Taped<S>, Output = Taped<OB>>,
{
    let e1 = two_readers(a, b, shape, 1);
    let e2 = two_readers(b, a, shape, 2);
    println!("{what}: relative errors {e1:.1e} and {e2:.1e}");
}

#[test]
fn direct_convolution_and_relu() {
    let dev = Cpu::seed_from_u64(10);
    let conv = dev.build_module::<Conv2d<2, 3, 3, 1, 1>, f64>();
    both_orders(
        "direct conv + relu",
        &conv,
        &ReLU,
        Rank4::<2, 2, 5, 6>::default(),
    );
}

#[test]
fn im2col_convolution_and_relu() {
    let dev = Cpu::seed_from_u64(11);
    let conv = dev.build_module::<Conv2d<2, 3, 3, 2, 1>, f64>();
    both_orders(
        "im2col conv + relu",
        &conv,
        &ReLU,
        Rank4::<2, 2, 5, 6>::default(),
    );
}

#[test]
fn two_convolutions() {
    let dev = Cpu::seed_from_u64(12);
    let direct = dev.build_module::<Conv2d<2, 3, 5, 1, 2>, f64>();
    let strided = dev.build_module::<Conv2d<2, 4, 2, 2>, f64>();
    both_orders(
        "direct + im2col conv",
        &direct,
        &strided,
        Rank4::<3, 2, 6, 6>::default(),
    );
    let other = dev.build_module::<Conv2d<2, 3, 5, 1, 2>, f64>();
    both_orders(
        "two direct convs",
        &direct,
        &other,
        Rank3::<2, 6, 7>::default(),
    );
}

#[test]
fn linear_and_relu() {
    let dev = Cpu::seed_from_u64(13);
    let fc = dev.build_module::<Linear<7, 5>, f64>();
    both_orders("linear + relu", &fc, &ReLU, Rank2::<3, 7>::default());
    let other = dev.build_module::<Linear<7, 2>, f64>();
    both_orders("two linears", &fc, &other, Rank2::<3, 7>::default());
}

#[test]
fn pools_and_activations() {
    let shape = Rank4::<2, 2, 6, 6>::default();
    let max: MaxPool2d<2> = Default::default();
    let avg: AvgPool2d<3, 2> = Default::default();
    both_orders("max pool + avg pool", &max, &avg, shape);
    let overlapping: MaxPool2d<3, 2> = Default::default();
    both_orders("max pool + overlapping max pool", &max, &overlapping, shape);
    both_orders("tanh + sigmoid", &Tanh, &Sigmoid, shape);
    both_orders("flatten + relu", &Flatten, &ReLU, shape);
}

/// A layer's output added to its own input (the shape of a residual block), through dfdx's `+`.
#[test]
fn convolution_plus_its_input() {
    let dev = Cpu::seed_from_u64(14);
    let conv = dev.build_module::<Conv2d<2, 2, 3, 1, 1>, f64>();
    let x: Tensor<Rank4<2, 2, 5, 5>, f64, Cpu> = dev.sample_normal();
    let r: Tensor<Rank4<2, 2, 5, 5>, f64, Cpu> = dev.sample_normal();
    let xt = x.trace(Gradients::leaky());
    let y = conv.forward(xt.retaped::<OwnedTape<f64, Cpu>>()) + xt;
    let analytic = (y * r.clone()).sum().backward().get(&x).as_vec();
    // d/dx sum((conv(x) + x) · r) = conv's input gradient of r, plus r
    let conv_only = {
        let xt = x.trace(Gradients::leaky());
        (conv.forward(xt) * r.clone())
            .sum()
            .backward()
            .get(&x)
            .as_vec()
    };
    let want: Vec<f64> = conv_only
        .iter()
        .zip(r.as_vec())
        .map(|(g, r)| g + r)
        .collect();
    let err = analytic
        .iter()
        .zip(&want)
        .fold(0.0f64, |m, (a, w)| m.max((a - w).abs()));
    assert!(err <= 1e-15, "error {err:e}");
}
