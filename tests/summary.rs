//! The model report computed from the types: the LeNet-5 golden table against the seed table (the
//! case study's `seed/lenet5-seed.md`, which lives outside this repository: the figures used here
//! are copied into the tests, next to the assertions that use them), parameter counts against
//! dfdx's runtime count, MACs against the published 1.70 MFLOP per image, and nested
//! `Sequential`s.
use constnet::prelude::*;
use constnet::summary::LENET5_SEED_COMPARISON;
use constnet::LayerSummary;

// Static checks: parameter counts are consts.
const _: () = assert!(LeNet5::PARAMS == 62_958);
const _: () = assert!(LeNet5Classic::PARAMS == 61_706);
const _: () = assert!(Conv2d::<3, 16, 3, 2, 1>::PARAMS == 16 * 3 * 3 * 3 + 16);
const _: () = assert!(<Sequential<(ReLU, Flatten, MaxPool2d<2>, Tanh)>>::PARAMS == 0);

/// Strides, padding and overlapping pools (as `ui-tests/pass_strided_padded.rs`):
/// 3×64×64 → 16×32×32 → 16×15×15 → 32×8×8 → 32×4×4 → 512 → 10.
type Strided = Sequential<(
    Conv2d<3, 16, 3, 2, 1>,
    ReLU,
    MaxPool2d<3, 2>,
    Conv2d<16, 32, 3, 2, 1>,
    ReLU,
    AvgPool2d<2>,
    Flatten,
    Linear<512, 10>,
)>;

/// A feature extractor and a head, nested.
type Nested = Sequential<(
    Sequential<(Conv2d<1, 4, 3>, ReLU, MaxPool2d<2>)>,
    Sequential<(Flatten, Sequential<(Linear<36, 8>, Tanh)>, Linear<8, 2>)>,
)>;

fn row<'a>(s: &'a Summary, name: &str) -> Vec<&'a LayerSummary> {
    s.rows.iter().filter(|r| r.name == name).collect()
}

#[test]
fn lenet5_golden_table() {
    let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>();
    let got: Vec<(&str, &str, String, usize, usize, usize)> = s
        .rows
        .iter()
        .map(|r| {
            (
                r.index.as_str(),
                r.name.as_str(),
                r.shape_chw(),
                r.activations,
                r.params,
                r.macs,
            )
        })
        .collect();
    #[rustfmt::skip]
    let want: Vec<(&str, &str, String, usize, usize, usize)> = vec![
        ("0",  "Conv2d<3, 8, 5>",  "8×28×28".into(),  6272,    608, 470_400), // 8·28·28·3·5·5
        ("1",  "ReLU",             "8×28×28".into(),  6272,      0, 0),
        ("2",  "MaxPool2d<2>",     "8×14×14".into(),  1568,      0, 0),
        ("3",  "Conv2d<8, 16, 5>", "16×10×10".into(), 1600,   3216, 320_000), // 16·10·10·8·5·5
        ("4",  "ReLU",             "16×10×10".into(), 1600,      0, 0),
        ("5",  "MaxPool2d<2>",     "16×5×5".into(),    400,      0, 0),
        ("6",  "Flatten",          "400".into(),       400,      0, 0),
        ("7",  "Linear<400, 120>", "120".into(),       120, 48_120, 48_000),
        ("8",  "ReLU",             "120".into(),       120,      0, 0),
        ("9",  "Linear<120, 84>",  "84".into(),         84, 10_164, 10_080),
        ("10", "ReLU",             "84".into(),         84,      0, 0),
        ("11", "Linear<84, 10>",   "10".into(),         10,    850, 840),
    ];
    assert_eq!(got, want);
    assert_eq!(s.input_shape, vec![3, 32, 32]);
    assert_eq!(s.output_shape(), &[10]);
    assert_eq!(s.total_params(), 62_958);
    assert_eq!(s.total_params(), LeNet5::PARAMS);
}

#[test]
fn lenet5_matches_seed_shapes_and_corrects_its_params() {
    let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>();
    // The seed's rows: x, CONV1, POOL1, CONV2, POOL2, FC3, FC4, Softmax (the last linear layer).
    let seed_layers: Vec<&LayerSummary> = s
        .rows
        .iter()
        .filter(|r| r.name.starts_with("Conv2d") || r.name.starts_with("MaxPool2d"))
        .chain(s.rows.iter().filter(|r| r.name.starts_with("Linear")))
        .collect();
    let mut shapes = vec![format!("32×32×3")];
    shapes.extend(seed_layers.iter().map(|r| r.shape_hwc()));
    let mut sizes = vec![s.input_size()];
    sizes.extend(seed_layers.iter().map(|r| r.activations));
    let params: Vec<usize> = seed_layers.iter().map(|r| r.params).collect();

    // Seed table, "Activation Shape" and "Activation Size": reproduced exactly.
    #[rustfmt::skip]
    assert_eq!(shapes, ["32×32×3", "28×28×8", "14×14×8", "10×10×16", "5×5×16", "120×1", "84×1", "10×1"]);
    assert_eq!(sizes, [3072, 6272, 1568, 1600, 400, 120, 84, 10]);
    // Seed table, "# Parameters": 0, 208, 0, 416, 0, 48001, 10081, 841 (total 59,547). Those
    // leave out the input channels of the convolutions and count one bias per linear layer;
    // the correct counts, as PyTorch's `nn.Conv2d(3, 8, 5)` etc. report them:
    // (5·5·3 + 1)·8, 0, (5·5·8 + 1)·16, 0, 400·120 + 120, 120·84 + 84, 84·10 + 10
    assert_eq!(params, [608, 0, 3216, 0, 48_120, 10_164, 850]);
}

/// Every number in the published comparison table agrees with the summary.
#[test]
fn seed_comparison_constant_is_true() {
    let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>();
    let cells: Vec<Vec<&str>> = LENET5_SEED_COMPARISON
        .lines()
        .skip(2)
        .map(|l| l.split('|').map(str::trim).collect())
        .collect();
    // cells[i]: ["", seed layer, constnet layer, shape, size, seed params, our params, why, ""]
    assert_eq!(cells.len(), 9, "{LENET5_SEED_COMPARISON}");
    let mut next_row = 0;
    let (mut seed_total, mut our_total) = (0, 0);
    for c in &cells[..8] {
        let (layer, shape, size) = (c[2].trim_matches('`'), c[3], c[4].parse::<usize>().unwrap());
        let (seed, ours) = (
            c[5].parse::<usize>().unwrap(),
            c[6].parse::<usize>().unwrap(),
        );
        if layer == "input" {
            assert_eq!((size, ours), (s.input_size(), 0));
        } else {
            let r = s.rows[next_row..]
                .iter()
                .find(|r| r.name == layer)
                .unwrap_or_else(|| panic!("no row {layer}"));
            next_row = s.rows.iter().position(|x| std::ptr::eq(x, r)).unwrap() + 1;
            assert_eq!((r.shape_hwc().as_str(), r.activations), (shape, size));
            assert_eq!(r.params, ours, "{layer}");
        }
        seed_total += seed;
        our_total += ours;
    }
    assert_eq!(cells[8][5].parse::<usize>().unwrap(), seed_total);
    assert_eq!(cells[8][6].parse::<usize>().unwrap(), our_total);
    assert_eq!((seed_total, our_total), (59_547, s.total_params()));
}

/// LeNet-5's forward pass is about 1.70 MFLOP per image: conv1 0.94, conv2 0.64, the linear
/// layers 0.12 (bias adds not counted).
#[test]
fn lenet5_macs() {
    let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>();
    let conv: Vec<usize> = row(&s, "Conv2d<3, 8, 5>")
        .into_iter()
        .chain(row(&s, "Conv2d<8, 16, 5>"))
        .map(|r| r.macs)
        .collect();
    assert_eq!(conv, [470_400, 320_000]); // 0.94 and 0.64 MFLOP
    let linear: usize = s
        .rows
        .iter()
        .filter(|r| r.name.starts_with("Linear"))
        .map(|r| r.macs)
        .sum();
    assert_eq!(linear, 400 * 120 + 120 * 84 + 84 * 10);
    assert_eq!(s.total_macs(), 849_320);
    assert_eq!((s.total_flops() as f64 / 1e6 * 100.0).round(), 170.0);
}

#[test]
fn params_equal_dfdx_runtime_count() {
    let dev: Cpu = Cpu::seed_from_u64(0);
    assert_eq!(
        dev.build_module::<LeNet5, f32>().num_trainable_params(),
        LeNet5::PARAMS
    );
    assert_eq!(
        dev.build_module::<LeNet5Classic, f32>()
            .num_trainable_params(),
        LeNet5Classic::PARAMS
    );
    assert_eq!(
        dev.build_module::<Strided, f64>().num_trainable_params(),
        Strided::PARAMS
    );
    assert_eq!(
        dev.build_module::<Nested, f32>().num_trainable_params(),
        Nested::PARAMS
    );
    assert_eq!(
        Strided::PARAMS,
        (16 * 3 * 9 + 16) + (32 * 16 * 9 + 32) + (10 * 512 + 10)
    );
    assert_eq!(
        Summary::of::<Strided, Rank3<3, 64, 64>>().total_params(),
        Strided::PARAMS
    );
    assert_eq!(
        Summary::of::<LeNet5Classic, Rank3<1, 32, 32>>().total_params(),
        LeNet5Classic::PARAMS
    );
}

#[test]
fn strided_padded_rows() {
    let s = Summary::of::<Strided, Rank3<3, 64, 64>>();
    let got: Vec<(&str, String, usize)> = s
        .rows
        .iter()
        .map(|r| (r.name.as_str(), r.shape_chw(), r.macs))
        .collect();
    #[rustfmt::skip]
    assert_eq!(got, [
        ("Conv2d<3, 16, 3, 2, 1>", "16×32×32".into(), 16 * 32 * 32 * 3 * 9),
        ("ReLU", "16×32×32".into(), 0),
        ("MaxPool2d<3, 2>", "16×15×15".into(), 0),
        ("Conv2d<16, 32, 3, 2, 1>", "32×8×8".into(), 32 * 8 * 8 * 16 * 9),
        ("ReLU", "32×8×8".into(), 0),
        ("AvgPool2d<2>", "32×4×4".into(), 0),
        ("Flatten", "512".into(), 0),
        ("Linear<512, 10>", "10".into(), 5120),
    ]);
    // A stride without padding keeps the padding default out of the name.
    let s = Summary::of::<Conv2d<3, 4, 3, 2>, Rank3<3, 9, 9>>();
    assert_eq!(s.rows[0].name, "Conv2d<3, 4, 3, 2>");
    assert_eq!(s.rows[0].index, "");
    assert_eq!(s.rows[0].output_shape, vec![4, 4, 4]);
}

#[test]
fn nested_sequentials_are_flattened_with_indices() {
    let s = Summary::of::<Nested, Rank3<1, 8, 8>>();
    let got: Vec<(&str, &str, usize, usize)> = s
        .rows
        .iter()
        .map(|r| (r.index.as_str(), r.name.as_str(), r.activations, r.depth()))
        .collect();
    #[rustfmt::skip]
    assert_eq!(got, [
        ("0.0", "Conv2d<1, 4, 3>", 144, 1),
        ("0.1", "ReLU", 144, 1),
        ("0.2", "MaxPool2d<2>", 36, 1),
        ("1.0", "Flatten", 36, 1),
        ("1.1.0", "Linear<36, 8>", 8, 2),
        ("1.1.1", "Tanh", 8, 2),
        ("1.2", "Linear<8, 2>", 2, 1),
    ]);
    assert_eq!(s.total_params(), Nested::PARAMS);
    assert_eq!(Nested::PARAMS, (4 * 9 + 4) + (8 * 36 + 8) + (2 * 8 + 2));
    // Nested rows are indented under their index.
    let text = format!("{s}");
    assert!(
        text.contains("1.1.0  ") && text.contains("    Linear<36, 8>"),
        "{text}"
    );
}

#[test]
fn batch_bytes() {
    let s = Summary::of::<LeNet5, Rank3<3, 32, 32>>().with_batch(64);
    assert_eq!(s.batch, 64);
    assert_eq!(s.param_bytes(), 62_958 * 4);
    assert_eq!(s.input_bytes(), 64 * 3072 * 4);
    // 6272·2 + 1568 + 1600·2 + 400·2 + 120·2 + 84·2 + 10 = 18,530 outputs per image.
    assert_eq!(s.total_activations(), 18_530);
    assert_eq!(s.activation_bytes(), 64 * 18_530 * 4);
    assert_eq!(
        s.total_bytes(),
        s.param_bytes() + s.input_bytes() + s.activation_bytes()
    );
    // The batch size changes bytes only.
    let one = Summary::of::<LeNet5, Rank3<3, 32, 32>>();
    assert_eq!(one.rows, s.rows);
    assert_eq!(one.activation_bytes() * 64, s.activation_bytes());
}

/// The rendering documented on `Summary`, byte for byte.
const LENET5_TABLE: &str = "\
============================================================================
#   Layer             Output (C×H×W)  (H×W×C)   Activations  Params     MACs
============================================================================
    Input             3×32×32         32×32×3         3,072       0        0
0   Conv2d<3, 8, 5>   8×28×28         28×28×8         6,272     608  470,400
1   ReLU              8×28×28         28×28×8         6,272       0        0
2   MaxPool2d<2>      8×14×14         14×14×8         1,568       0        0
3   Conv2d<8, 16, 5>  16×10×10        10×10×16        1,600   3,216  320,000
4   ReLU              16×10×10        10×10×16        1,600       0        0
5   MaxPool2d<2>      16×5×5          5×5×16            400       0        0
6   Flatten           400             400×1             400       0        0
7   Linear<400, 120>  120             120×1             120  48,120   48,000
8   ReLU              120             120×1             120       0        0
9   Linear<120, 84>   84              84×1               84  10,164   10,080
10  ReLU              84              84×1               84       0        0
11  Linear<84, 10>    10              10×1               10     850      840
============================================================================
Total params: 62,958 (245.9 KiB as f32)
MACs per sample: 849,320 (1.70 MFLOP, bias adds not counted)
Activations per sample: 18,530
----------------------------------------------------------------------------
Batch size: 64
Input size: 768.0 KiB
Activations (forward): 4.5 MiB
Params: 245.9 KiB
Estimated total: 5.5 MiB
============================================================================
";

#[test]
fn display_is_an_aligned_table() {
    let text = Summary::of::<LeNet5, Rank3<3, 32, 32>>()
        .with_batch(64)
        .to_string();
    assert_eq!(text, LENET5_TABLE, "got\n{text}");
    // Every table line has the same width (the last column is right-aligned).
    let table: Vec<&str> = text
        .lines()
        .skip(3)
        .take_while(|l| !l.starts_with('='))
        .collect();
    assert_eq!(table.len(), 13); // the input and 12 layers
    let widths: Vec<usize> = table.iter().map(|l| l.chars().count()).collect();
    assert!(widths.iter().all(|&w| w == widths[0]), "{text}");
}

/// A vector model: the input row and the seed's `N×1` form.
#[test]
fn vector_input() {
    type Mlp = Sequential<(Linear<4, 3>, ReLU, Linear<3, 2>)>;
    let s = Summary::of::<Mlp, Rank1<4>>();
    assert_eq!(s.input_size(), 4);
    assert_eq!(s.rows[0].shape_hwc(), "3×1");
    assert_eq!(s.total_macs(), 4 * 3 + 3 * 2);
    assert_eq!(s.total_params(), Mlp::PARAMS);
}
