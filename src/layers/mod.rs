//! The layers, one file each.
mod activations;
mod batchnorm2d;
mod conv2d;
mod dropout;
mod flatten;
mod global_avg_pool;
mod linear;
mod pool2d;
mod residual;

pub use activations::{ReLU, Sigmoid, Tanh};
pub use batchnorm2d::{BatchNorm2d, BatchNormChannels};
pub use conv2d::{Conv2d, ConvChannels};
pub use dropout::Dropout;
pub use flatten::Flatten;
pub use global_avg_pool::GlobalAvgPool2d;
pub use linear::{Linear, LinearFeatures};
pub use pool2d::{AvgPool2d, MaxPool2d};
pub use residual::{Identity, Residual, ResidualShapes};
