//! The layers, one file each.
mod activations;
mod conv2d;
mod flatten;
mod linear;
mod pool2d;

pub use activations::{ReLU, Sigmoid, Tanh};
pub use conv2d::{Conv2d, ConvChannels};
pub use flatten::Flatten;
pub use linear::{Linear, LinearFeatures};
pub use pool2d::{AvgPool2d, MaxPool2d};
