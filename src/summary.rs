//! The model report computed from the types alone, before any tensor exists: parameter counts as
//! consts ([`Params`]) and a per-layer table ([`Summary`]), the counterpart of Keras'
//! `model.summary()` and torchinfo. What is counted is documented on [`Summary`].
//!
//! Each layer states its own numbers in its own file (it implements [`Params`] and [`Describe`]);
//! [`Sequential`](crate::Sequential) sums and walks its layers in its tuple macro.
use core::fmt;

use dfdx::shapes::{ConstShape, Shape};

use crate::layer::{Layer, Output};

/// Bytes per element in the byte totals of a [`Summary`]: `f32`.
pub const BYTES_PER_ELEMENT: usize = core::mem::size_of::<f32>();

/// The number of trainable parameters of a layer or model, known from its type.
///
/// Implemented by every constnet layer in its own file and by [`Sequential`](crate::Sequential)
/// as the sum of its layers, so it can be checked at compile time:
///
/// ```
/// use constnet::prelude::*;
/// const _: () = assert!(LeNet5::PARAMS == 62_958);
/// const _: () = assert!(Conv2d::<3, 8, 5>::PARAMS == 8 * 3 * 5 * 5 + 8);
/// const _: () = assert!(Linear::<400, 120>::PARAMS == 120 * 400 + 120);
/// const _: () = assert!(MaxPool2d::<2>::PARAMS == 0);
///
/// let dev: Cpu = Default::default();
/// assert_eq!(dev.build_module::<LeNet5, f32>().num_trainable_params(), LeNet5::PARAMS);
/// ```
pub trait Params {
    /// Trainable parameters (weights and biases).
    const PARAMS: usize;
}

/// A layer that can describe itself on input shape `In`: the rows it adds to a [`Summary`].
///
/// Implemented by every constnet layer in its own file (one row each, built with
/// [`LayerSummary::leaf`]) and by [`Sequential`](crate::Sequential), which appends its layers'
/// rows in order with their indices (so nested `Sequential`s are flattened, `"3.1"` being layer 1
/// of layer 3, as in the parameter names `"3.1.weight"`). A custom layer implements it the same
/// way to appear in summaries:
///
/// ```
/// use constnet::prelude::*;
/// use constnet::{Describe, LayerSummary};
///
/// /// Multiplies its input by one learned scalar.
/// struct Scale;
/// impl<S: Shape> Layer<S> for Scale {
///     type Output = S;
///     fn output_shape(input: &S) -> S {
///         *input
///     }
/// }
/// impl Params for Scale {
///     const PARAMS: usize = 1;
/// }
/// impl<S: ConstShape> Describe<S> for Scale {
///     fn describe(index: &str, rows: &mut Vec<LayerSummary>) {
///         rows.push(LayerSummary::leaf::<Self, S>(index, "Scale".into(), S::NUMEL));
///     }
/// }
///
/// type Net = Sequential<(Linear<4, 2>, Scale)>;
/// const _: () = assert!(Net::PARAMS == 10 + 1);
/// let s = Summary::of::<Net, Rank1<4>>();
/// assert_eq!((s.rows[1].index.as_str(), s.rows[1].name.as_str()), ("1", "Scale"));
/// assert_eq!(s.total_macs(), 8 + 2);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be summarised on an input of shape `{In}`",
    label = "no summary for this model on this input",
    note = "the input shape must fit the model (see `Layer`) and be fully known at compile time (`Const` dims only, e.g. `Rank3<3, 32, 32>`)"
)]
pub trait Describe<In: Shape>: Layer<In> + Params {
    /// Appends the rows of this layer, which sits at `index` in its model (`""` for the model
    /// itself), to `rows`.
    fn describe(index: &str, rows: &mut Vec<LayerSummary>);
}

/// One row of a [`Summary`]: a layer, its output and its cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerSummary {
    /// The layer's position in the model, as in its parameter names: `"0"`, `"3"`, `"3.1"` for
    /// layer 1 of a nested `Sequential` at 3; empty for a model that is a single layer.
    pub index: String,
    /// The layer as a user writes it, without defaulted generics: `Conv2d<3, 8, 5>`,
    /// `Conv2d<3, 16, 3, 2, 1>`, `MaxPool2d<3, 2>`, `ReLU`.
    pub name: String,
    /// The output shape, in tensor order: `[C, H, W]` for images, `[N]` for vectors.
    pub output_shape: Vec<usize>,
    /// Elements in the output (the activation size).
    pub activations: usize,
    /// Trainable parameters.
    pub params: usize,
    /// Multiply-accumulates for one input (bias additions not counted; see
    /// [`Summary`#what-is-counted]).
    pub macs: usize,
}

impl LayerSummary {
    /// The row of layer `L` on input `In`, at `index`, named `name`, doing `macs`
    /// multiply-accumulates: the output shape and size come from [`Output<L, In>`](Output) and
    /// the parameters from [`Params`].
    ///
    /// ```
    /// use constnet::prelude::*;
    /// use constnet::LayerSummary;
    /// let row = LayerSummary::leaf::<Linear<4, 2>, Rank1<4>>("0", "Linear<4, 2>".into(), 8);
    /// assert_eq!(row.output_shape, vec![2]);
    /// assert_eq!((row.activations, row.params, row.macs), (2, 10, 8));
    /// ```
    pub fn leaf<L, In>(index: &str, name: String, macs: usize) -> Self
    where
        In: Shape,
        L: Layer<In> + Params,
        Output<L, In>: ConstShape,
    {
        let output_shape = const_dims::<Output<L, In>>();
        Self {
            index: index.to_string(),
            name,
            output_shape,
            activations: <Output<L, In> as ConstShape>::NUMEL,
            params: L::PARAMS,
            macs,
        }
    }

    /// The output shape in tensor order, `8×28×28` (C×H×W).
    ///
    /// ```
    /// # use constnet::prelude::*;
    /// # use constnet::Summary;
    /// let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>();
    /// assert_eq!(s.rows[0].shape_chw(), "8×28×28");
    /// assert_eq!(s.rows[7].shape_chw(), "120");
    /// ```
    pub fn shape_chw(&self) -> String {
        join_dims(&self.output_shape)
    }

    /// The output shape as the seed table writes it: `28×28×8` (H×W×C) for images, `120×1` for
    /// vectors.
    ///
    /// ```
    /// # use constnet::prelude::*;
    /// # use constnet::Summary;
    /// let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>();
    /// assert_eq!(s.rows[0].shape_hwc(), "28×28×8");
    /// assert_eq!(s.rows[7].shape_hwc(), "120×1");
    /// ```
    pub fn shape_hwc(&self) -> String {
        hwc(&self.output_shape)
    }

    /// Nesting depth: 0 for a layer of the summarised model, 1 inside a nested `Sequential`, ….
    pub fn depth(&self) -> usize {
        self.index.matches('.').count()
    }
}

/// A model's report on one input shape, derived from the types: one [`LayerSummary`] per layer,
/// totals, and memory at a batch size. `Display` renders it as an aligned table.
///
/// `Summary::of::<M, In>()` requires `M` to accept `In` (a wrong input shape does not compile);
/// `In` is the shape of one sample, without a batch axis, and every count is per sample; the batch
/// size only enters the byte totals ([`with_batch`](Self::with_batch)). A model that takes batches
/// only (batch norm) is summarised on a batch of one, `Rank4<1, C, H, W>`: the batch axis is then
/// left out of the report. Nested `Sequential`s and residual blocks are flattened into their
/// layers' rows, indexed `"3.1"` (layer 1 of layer 3) or `"3.0.block.1"` as in parameter names
/// and indented in the table.
///
/// # What is counted
/// - **Parameters**: every trainable scalar. `Conv2d<IN, OUT, KERNEL, …>`: `OUT·IN·KERNEL² + OUT`;
///   `Linear<IN, OUT>`: `OUT·IN + OUT`; pooling, activations and `Flatten`: 0. This is what dfdx's
///   `num_trainable_params()` and PyTorch's `sum(p.numel() for p in model.parameters())` report.
/// - **Activation size**: the number of elements of a layer's output.
/// - **MACs** (multiply-accumulates): a convolution does `OUT·H'·W'·IN·KERNEL²`, a linear layer
///   `IN·OUT`. Bias additions are *not* counted (one add per output element, under 1 % of
///   LeNet-5's work), nor are the comparisons of max pooling, the additions of average pooling or
///   the element-wise activations: those layers count 0, as torchinfo and thop do. One MAC is two
///   FLOPs: LeNet-5 does 849,320 MACs, 1.70 MFLOP per image (conv1 0.94, conv2 0.64, the linear
///   layers 0.12).
/// - **Bytes**: `f32` ([`BYTES_PER_ELEMENT`]) for the parameters, the input batch, and the outputs
///   of every layer for the batch (what a forward pass on the tape keeps for backward).
///
/// The LeNet-5 case study the crate started from lists the same activation shapes and sizes but
/// wrong parameter counts; [`LENET5_SEED_COMPARISON`] sets them side by side.
///
/// # Rendered
/// `Summary::of::<LeNet5, Rank3<3, 32, 32>>().with_batch(64)` prints
/// ```text
/// ============================================================================
/// #   Layer             Output (C×H×W)  (H×W×C)   Activations  Params     MACs
/// ============================================================================
///     Input             3×32×32         32×32×3         3,072       0        0
/// 0   Conv2d<3, 8, 5>   8×28×28         28×28×8         6,272     608  470,400
/// 1   ReLU              8×28×28         28×28×8         6,272       0        0
/// 2   MaxPool2d<2>      8×14×14         14×14×8         1,568       0        0
/// 3   Conv2d<8, 16, 5>  16×10×10        10×10×16        1,600   3,216  320,000
/// 4   ReLU              16×10×10        10×10×16        1,600       0        0
/// 5   MaxPool2d<2>      16×5×5          5×5×16            400       0        0
/// 6   Flatten           400             400×1             400       0        0
/// 7   Linear<400, 120>  120             120×1             120  48,120   48,000
/// 8   ReLU              120             120×1             120       0        0
/// 9   Linear<120, 84>   84              84×1               84  10,164   10,080
/// 10  ReLU              84              84×1               84       0        0
/// 11  Linear<84, 10>    10              10×1               10     850      840
/// ============================================================================
/// Total params: 62,958 (245.9 KiB as f32)
/// MACs per sample: 849,320 (1.70 MFLOP, bias adds not counted)
/// Activations per sample: 18,530
/// ----------------------------------------------------------------------------
/// Batch size: 64
/// Input size: 768.0 KiB
/// Activations (forward): 4.5 MiB
/// Params: 245.9 KiB
/// Estimated total: 5.5 MiB
/// ============================================================================
/// ```
///
/// # Examples
/// ```
/// use constnet::prelude::*;
/// use constnet::Summary;
///
/// let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>().with_batch(64);
/// assert_eq!(s.rows.len(), 12);
/// assert_eq!(s.rows[0].name, "Conv2d<3, 8, 5>");
/// assert_eq!(s.rows[0].output_shape, vec![8, 28, 28]);
/// assert_eq!(s.total_params(), LeNet5::PARAMS);
/// assert_eq!(s.total_macs(), 849_320); // 1.70 MFLOP per image
/// assert_eq!(s.param_bytes(), 62_958 * 4);
/// assert_eq!(s.input_bytes(), 64 * 3 * 32 * 32 * 4);
/// println!("{s}");
///
/// // a model with batch norm takes batches only: summarise it on a batch of one
/// let r = Summary::of::<ResNet20, Rank4<1, 3, 32, 32>>();
/// assert_eq!(r.input_shape, vec![3, 32, 32]);
/// assert_eq!(r.rows[0].output_shape, vec![16, 32, 32]);
/// assert_eq!((r.total_params(), r.total_macs()), (272_474, 40_813_184));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The input shape of one sample, in tensor order.
    pub input_shape: Vec<usize>,
    /// One row per layer, in order; nested `Sequential`s are flattened (see [`LayerSummary::index`]).
    pub rows: Vec<LayerSummary>,
    /// The batch size of the byte totals (1 unless set with [`with_batch`](Self::with_batch)).
    pub batch: usize,
}

impl Summary {
    /// The summary of model `M` on one input of shape `In`, at batch size 1.
    pub fn of<M, In>() -> Self
    where
        M: Describe<In>,
        In: ConstShape,
    {
        let mut rows = Vec::new();
        M::describe("", &mut rows);
        let mut input_shape = const_dims::<In>();
        // A batch of one image (rank 4) or one vector (rank 2): the report is per sample.
        if matches!(input_shape.len(), 2 | 4) && input_shape[0] == 1 {
            input_shape.remove(0);
            for r in &mut rows {
                r.output_shape.remove(0);
            }
        }
        Self {
            input_shape,
            rows,
            batch: 1,
        }
    }

    /// The same summary with byte totals for batches of `batch` samples.
    pub fn with_batch(self, batch: usize) -> Self {
        Self { batch, ..self }
    }

    /// Elements in one input.
    pub fn input_size(&self) -> usize {
        self.input_shape.iter().product()
    }

    /// The model's output shape for one input (the input's when there are no layers).
    pub fn output_shape(&self) -> &[usize] {
        self.rows
            .last()
            .map_or(&self.input_shape, |r| &r.output_shape)
    }

    /// Trainable parameters of the whole model; equals `M::PARAMS`.
    pub fn total_params(&self) -> usize {
        self.rows.iter().map(|r| r.params).sum()
    }

    /// Multiply-accumulates for one input.
    pub fn total_macs(&self) -> usize {
        self.rows.iter().map(|r| r.macs).sum()
    }

    /// Floating-point operations for one input: two per multiply-accumulate.
    pub fn total_flops(&self) -> usize {
        2 * self.total_macs()
    }

    /// Elements in all layer outputs for one input (the input itself not included).
    pub fn total_activations(&self) -> usize {
        self.rows.iter().map(|r| r.activations).sum()
    }

    /// Bytes of the parameters as `f32`.
    pub fn param_bytes(&self) -> usize {
        self.total_params() * BYTES_PER_ELEMENT
    }

    /// Bytes of one input batch as `f32`.
    pub fn input_bytes(&self) -> usize {
        self.batch * self.input_size() * BYTES_PER_ELEMENT
    }

    /// Bytes of every layer's output for one batch as `f32`: what a forward pass keeps for
    /// backward. Their gradients take about as much again during the backward pass (not included).
    pub fn activation_bytes(&self) -> usize {
        self.batch * self.total_activations() * BYTES_PER_ELEMENT
    }

    /// Parameters, input batch and activations, in bytes.
    pub fn total_bytes(&self) -> usize {
        self.param_bytes() + self.input_bytes() + self.activation_bytes()
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HEAD: [&str; 7] = [
            "#",
            "Layer",
            "Output (C×H×W)",
            "(H×W×C)",
            "Activations",
            "Params",
            "MACs",
        ];
        let mut cells: Vec<[String; 7]> = vec![[
            "".into(),
            "Input".into(),
            join_dims(&self.input_shape),
            hwc(&self.input_shape),
            thousands(self.input_size()),
            "0".into(),
            "0".into(),
        ]];
        for r in &self.rows {
            cells.push([
                r.index.clone(),
                format!("{}{}", "  ".repeat(r.depth()), r.name),
                r.shape_chw(),
                r.shape_hwc(),
                thousands(r.activations),
                thousands(r.params),
                thousands(r.macs),
            ]);
        }
        let mut width = HEAD.map(|h| h.chars().count());
        for row in &cells {
            for (w, c) in width.iter_mut().zip(row) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line_len = width.iter().sum::<usize>() + 2 * (width.len() - 1);
        let rule = |f: &mut fmt::Formatter<'_>, c: &str| writeln!(f, "{}", c.repeat(line_len));
        let line = |f: &mut fmt::Formatter<'_>, row: &[&str]| {
            let mut s = String::new();
            for (i, (cell, w)) in row.iter().zip(width).enumerate() {
                if i > 0 {
                    s.push_str("  ");
                }
                // Index, names and shapes to the left; numbers to the right.
                if i < 4 {
                    s.push_str(&format!("{cell:<w$}"));
                } else {
                    s.push_str(&format!("{cell:>w$}"));
                }
            }
            writeln!(f, "{}", s.trim_end())
        };
        rule(f, "=")?;
        line(f, &HEAD)?;
        rule(f, "=")?;
        for row in &cells {
            line(f, &row.each_ref().map(String::as_str))?;
        }
        rule(f, "=")?;
        writeln!(
            f,
            "Total params: {} ({} as f32)",
            thousands(self.total_params()),
            bytes(self.param_bytes())
        )?;
        writeln!(
            f,
            "MACs per sample: {} ({:.2} MFLOP, bias adds not counted)",
            thousands(self.total_macs()),
            self.total_flops() as f64 / 1e6
        )?;
        writeln!(
            f,
            "Activations per sample: {}",
            thousands(self.total_activations())
        )?;
        rule(f, "-")?;
        writeln!(f, "Batch size: {}", self.batch)?;
        writeln!(f, "Input size: {}", bytes(self.input_bytes()))?;
        writeln!(
            f,
            "Activations (forward): {}",
            bytes(self.activation_bytes())
        )?;
        writeln!(f, "Params: {}", bytes(self.param_bytes()))?;
        writeln!(f, "Estimated total: {}", bytes(self.total_bytes()))?;
        rule(f, "=")
    }
}

/// The dimensions of a shape known at compile time.
fn const_dims<S: ConstShape>() -> Vec<usize> {
    S::default().concrete().as_ref().to_vec()
}

/// `8×28×28`.
fn join_dims(dims: &[usize]) -> String {
    let parts: Vec<String> = dims.iter().map(usize::to_string).collect();
    parts.join("×")
}

/// The seed table's order: images `[C, H, W]` as `H×W×C`, vectors `[N]` as `N×1`.
fn hwc(dims: &[usize]) -> String {
    match *dims {
        [c, h, w] => join_dims(&[h, w, c]),
        [n] => join_dims(&[n, 1]),
        _ => join_dims(dims),
    }
}

/// `62958` as `62,958`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// The index of part `i` of the layer at `index`: `"3"` at the top, `"3.1"` or `"3.block"` when
/// nested, as in parameter names.
pub(crate) fn child(index: &str, i: &str) -> String {
    if index.is_empty() {
        i.to_string()
    } else {
        format!("{index}.{i}")
    }
}

/// `251832` as `245.9 KiB`.
fn bytes(n: usize) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

/// The comparison table, written once for both the constant and its documentation.
macro_rules! lenet5_seed_comparison {
    () => {
        "\
| Seed layer | constnet layer       | Activation shape | Activation size | Seed # params | constnet # params | Why they differ |
| ---------- | -------------------- | ---------------- | --------------- | ------------- | ----------------- | --------------- |
| x          | input                | 32×32×3          | 3072            | 0             | 0                 | |
| CONV1      | `Conv2d<3, 8, 5>`    | 28×28×8          | 6272            | 208           | 608               | seed: (5·5+1)·8, leaving out the 3 input channels; constnet: (5·5·3+1)·8 |
| POOL1      | `MaxPool2d<2>`       | 14×14×8          | 1568            | 0             | 0                 | |
| CONV2      | `Conv2d<8, 16, 5>`   | 10×10×16         | 1600            | 416           | 3216              | seed: (5·5+1)·16, leaving out the 8 input channels; constnet: (5·5·8+1)·16 |
| POOL2      | `MaxPool2d<2>`       | 5×5×16           | 400             | 0             | 0                 | |
| FC3        | `Linear<400, 120>`   | 120×1            | 120             | 48001         | 48120             | seed: 400·120+1, one bias for the layer; constnet: 400·120+120, one per output |
| FC4        | `Linear<120, 84>`    | 84×1             | 84              | 10081         | 10164             | seed: 120·84+1; constnet: 120·84+84 |
| Softmax    | `Linear<84, 10>`     | 10×1             | 10              | 841           | 850               | seed: 84·10+1; constnet: 84·10+10 (the softmax has no parameters; constnet applies it in the loss) |
| **Total**  |                      |                  |                 | 59547         | 62958             | |
"
    };
}

/// LeNet-5 on 3×32×32: the seed table's numbers beside constnet's, as a Markdown table.
///
/// Activation shapes and sizes agree exactly (the seed lists each layer's output once; constnet's
/// [`Summary`] also has rows for `ReLU` and `Flatten`, which keep the size). The parameter counts
/// differ on every layer with weights, and constnet's are right: they equal dfdx's
/// `num_trainable_params()` and PyTorch's parameter count for the same network. The seed's
/// convolution rows compute `(KERNEL²+1)·OUT`, leaving out the input channels (a filter of
/// `Conv2d<3, 8, 5>` spans all 3 input channels: `(5·5·3+1)·8 = 608`, not `(5·5+1)·8 = 208`), and
/// its fully connected rows add one bias per layer instead of one per output
/// (`400·120+120 = 48120`, not `400·120+1 = 48001`).
///
#[doc = lenet5_seed_comparison!()]
///
/// `tests/summary.rs` checks every number of this table against [`Summary`].
///
/// ```
/// assert!(constnet::summary::LENET5_SEED_COMPARISON.contains("| 208 "));
/// ```
pub const LENET5_SEED_COMPARISON: &str = lenet5_seed_comparison!();
