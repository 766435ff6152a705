//! # constnet
//!
//! Neural networks whose tensor shapes live in the type system, on stable Rust. Write a network as
//! a tuple of layers; rustc computes every intermediate shape while it type-checks, and a layer
//! that does not fit its input is a compile error that says which layer and which shapes.
//!
//! ```
//! use constnet::prelude::*;
//!
//! let dev: Cpu = Default::default();
//! let model = dev.build_module::<LeNet5, f32>();
//! let x: Tensor<Rank4<64, 3, 32, 32>, f32, Cpu> = dev.sample_normal();
//! let logits: Tensor<Rank2<64, 10>, f32, Cpu> = model.forward(x); // shapes inferred by rustc
//!
//! // The same arithmetic without a device: the output shape of a model on an input shape.
//! let _: Output<LeNet5, Rank3<3, 32, 32>> = (Const::<10>,);
//! ```
//!
//! Tensors, autodiff and optimizers are [dfdx](https://docs.rs/dfdx/0.13)'s; constnet adds what dfdx
//! 0.13 only offers on nightly (convolution, pooling and flatten with type-level output shapes) and
//! runs them on dfdx's tape, so `alloc_grads`, `backward`, `Sgd` and `Adam` work on its models.
//!
//! ## Modules
//! - [`layers`]: [`Conv2d`], [`MaxPool2d`], [`AvgPool2d`], [`GlobalAvgPool2d`], [`Flatten`],
//!   [`Linear`], [`BatchNorm2d`], [`Dropout`], [`ReLU`], [`Tanh`], [`Sigmoid`], [`Identity`].
//! - [`Sequential`] and [`Residual`]: composition; [`LeNet5`], [`LeNet5Classic`] and
//!   [`ResNet20`]: reference networks.
//! - [`Layer`] and [`Output`]: the shape contract.
//! - [`Forward`]: the forward pass every layer implements, with what the caller wants as explicit
//!   arguments ([`Call`]: an activation to fold into the output, a following batch norm to fold
//!   into the weights at evaluation ([`ChannelAffine`]), the input's gradient or not); [`Fuse`]:
//!   what a layer can fold. dfdx's `forward` (evaluation) and `forward_mut` (training)
//!   run through it.
//! - [`summary`]: [`Summary`] and [`Params`], the model report (per-layer shapes, parameters,
//!   multiply-adds) computed from the types; `LeNet5::PARAMS` is a const.
//! - [`TraceInput`]: `x.traced_input(grads)`, a [`ConstInput`] whose own gradient is not computed
//!   (PyTorch's `requires_grad=False`), which spares the first layer's input-gradient pass.
//! - [`ops`]: the kernel traits (sealed; implemented for dfdx's `Cpu`).
//! - [`data`]: the [`Dataset`](data::Dataset) trait, built-in
//!   [`SyntheticDigits`](data::SyntheticDigits), the bundled real [`Digits`](data::Digits), and
//!   readers for the user's CIFAR-10 and MNIST files.
//! - [`optim`]: SGD and Adam with dfdx's arithmetic, state that can be saved, parallel updates.
//! - [`train`]: the [`Trainer`](train::Trainer) (fit, evaluate, predict) and the
//!   [`TrainState`](train::TrainState) that resumes a run exactly.
//! - [`prelude`]: the one import a user needs.
#![deny(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]

mod checkpoint;
pub mod data;
#[doc(hidden)]
pub mod dims;
mod error;
mod forward;
mod frozen;
mod init;
mod input;
pub mod layer;
pub mod layers;
mod models;
pub mod ops;
pub mod optim;
mod sequential;
pub mod summary;
mod team;
pub mod train;

pub use checkpoint::{Checkpoint, CheckpointDtype};
pub use error::{Error, Result};
pub use forward::{Activation, Call, ChannelAffine, Forward, Fuse, Layout};
pub use frozen::{Frozen, FrozenWeights, Parts, SplitBatch};
pub use input::{ConstInput, TraceInput};
pub use layer::{Layer, Output};
pub use layers::{
    AvgPool2d, BatchNorm2d, Conv2d, Dropout, Flatten, GlobalAvgPool2d, Identity, Linear, MaxPool2d,
    ReLU, Residual, Sigmoid, Tanh,
};
pub use models::{BasicBlock, LeNet5, LeNet5Classic, Projection, ResNet20, Stage};
pub use sequential::Sequential;
pub use summary::{Describe, LayerSummary, Params, Summary, BYTES_PER_ELEMENT};
pub use team::Team;
pub use train::{BatchSums, TrainParts};

/// Everything a training loop needs: constnet's layers and models plus the dfdx items a dfdx 0.13
/// training loop uses.
pub mod prelude {
    pub use crate::data::{Dataset, Digits, SyntheticDigits};
    pub use crate::{
        AvgPool2d, BatchNorm2d, Checkpoint, ConstInput, Conv2d, Dropout, Flatten, Frozen,
        GlobalAvgPool2d, Identity, Layer, LeNet5, LeNet5Classic, Linear, MaxPool2d, Output, Parts,
        ReLU, ResNet20, Residual, Sequential, Sigmoid, Tanh, TraceInput,
    };
    pub use crate::{Params, Summary};

    pub use dfdx::losses::{
        binary_cross_entropy_with_logits_loss, cross_entropy_with_logits_loss, mse_loss,
    };
    pub use dfdx::nn::{
        BuildModule, BuildOnDevice, DeviceBuildExt, Module, ModuleMut, NumParams, ResetParams,
        TensorCollection, ZeroGrads,
    };
    pub use dfdx::optim::{
        Adam, AdamConfig, Momentum, Optimizer, OptimizerUpdateError, Sgd, SgdConfig, WeightDecay,
    };
    pub use dfdx::shapes::{
        Axis, Const, ConstDim, ConstShape, Dim, Dtype, HasShape, Rank0, Rank1, Rank2, Rank3, Rank4,
        Shape,
    };
    pub use dfdx::tensor::{
        AsArray, Cpu, Gradients, NoneTape, OnesTensor, OwnedTape, PutTape, SampleTensor, SplitTape,
        Tape, Tensor, TensorFrom, TensorFromVec, TensorToArray, Trace, WithEmptyTape, ZerosTensor,
    };
    pub use dfdx::tensor_ops::{
        Backward, BroadcastTo, Device, MaxTo, MeanTo, PermuteTo, ReshapeTo, SelectTo, SumTo,
        TryAdd, TryDiv, TryMatMul, TryMul, TrySub,
    };
}

/// The README's Rust blocks, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
