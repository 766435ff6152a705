//! `Sequential`: 16 layers in one tuple, nesting, parameter names as in `torch.nn.Sequential`.
use constnet::prelude::*;

/// 16 layers: the longest tuple `Sequential` takes.
type Sixteen = Sequential<(
    Conv2d<1, 4, 3, 1, 1>,
    ReLU,
    Conv2d<4, 4, 3, 1, 1>,
    Tanh,
    MaxPool2d<2>,
    Conv2d<4, 8, 3>,
    Sigmoid,
    AvgPool2d<2>,
    Flatten,
    Linear<32, 16>,
    ReLU,
    Linear<16, 16>,
    Tanh,
    Linear<16, 8>,
    ReLU,
    Linear<8, 3>,
)>;

/// A Sequential inside a Sequential, as `nn.Sequential(nn.Sequential(...), ...)`.
type Nested = Sequential<(
    Sequential<(Conv2d<1, 2, 3>, ReLU)>,
    MaxPool2d<2>,
    Sequential<(Flatten, Linear<18, 4>)>,
)>;

#[test]
fn sixteen_layers_run_forward_and_backward() {
    let dev = Cpu::seed_from_u64(0);
    let model = dev.build_module::<Sixteen, f32>();
    let _: Output<Sixteen, Rank3<1, 12, 12>> = (Const::<3>,);
    let x: Tensor<Rank4<2, 1, 12, 12>, f32, Cpu> = dev.sample_normal();
    let y: Tensor<Rank2<2, 3>, f32, Cpu, _> = model.forward(x.traced(model.alloc_grads()));
    let grads = y.sum().backward();
    assert!(grads
        .get(&model.layers.0.weight)
        .as_vec()
        .iter()
        .any(|&g| g != 0.0));
    assert_eq!(model.num_trainable_params(), Sixteen::PARAMS);
}

#[test]
fn nested_sequentials_compose_and_name_like_pytorch() {
    let dev = Cpu::seed_from_u64(1);
    let model = dev.build_module::<Nested, f64>();
    let _: Tensor<Rank2<3, 4>, f64, Cpu> = model.forward(dev.zeros::<Rank4<3, 1, 8, 8>>());
    let dir = std::env::temp_dir().join(format!("constnet-seq-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("nested.safetensors");
    model.save_safetensors(&path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let header_len = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header = String::from_utf8_lossy(&bytes[8..8 + header_len]);
    for name in ["0.0.weight", "0.0.bias", "2.1.weight", "2.1.bias"] {
        assert!(
            header.contains(&format!("\"{name}\"")),
            "{name} missing in {header}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}
