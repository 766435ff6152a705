//! Reading the committed PyTorch fixtures and comparing with them, shared by the tests that do.
#![allow(dead_code)] // each test file uses part of it

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use constnet::prelude::*;
use safetensors::tensor::{Dtype as SafeDtype, SafeTensors};

/// Every tensor of a safetensors file, as f64 values with its shape, by name.
pub type Fixture = HashMap<String, (Vec<usize>, Vec<f64>)>;

/// The path of a committed fixture file.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Every tensor of the fixture `name`.
pub fn read_fixture(name: &str) -> Fixture {
    read(&fixture(name))
}

/// Every tensor of a safetensors file, as f64 (F64, F32 and I64 are accepted).
pub fn read(path: &Path) -> Fixture {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file =
        SafeTensors::deserialize(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    file.tensors()
        .into_iter()
        .map(|(key, view)| {
            let data = view.data();
            let values: Vec<f64> = match view.dtype() {
                SafeDtype::F64 => data
                    .chunks_exact(8)
                    .map(|b| f64::from_le_bytes(b.try_into().unwrap()))
                    .collect(),
                SafeDtype::F32 => data
                    .chunks_exact(4)
                    .map(|b| f32::from_le_bytes(b.try_into().unwrap()) as f64)
                    .collect(),
                SafeDtype::I64 => data
                    .chunks_exact(8)
                    .map(|b| i64::from_le_bytes(b.try_into().unwrap()) as f64)
                    .collect(),
                other => panic!(
                    "{}: tensor {key}: unexpected dtype {other:?}",
                    path.display()
                ),
            };
            (key, (view.shape().to_vec(), values))
        })
        .collect()
}

/// One tensor of a fixture, checking its shape.
pub fn take<S: ConstShape>(dev: &Cpu, fx: &Fixture, key: &str) -> Tensor<S, f64, Cpu> {
    let (shape, values) = fx
        .get(key)
        .unwrap_or_else(|| panic!("fixture has no tensor {key:?}"));
    assert_eq!(shape.as_slice(), S::default().concrete().as_ref(), "{key}");
    dev.tensor_from_vec(values.clone(), S::default())
}

/// `max |got − want| / max |want|` (the absolute error when `want` is all zeros).
pub fn rel_err(got: &[f64], want: &[f64]) -> f64 {
    assert_eq!(got.len(), want.len(), "lengths differ");
    let err = got
        .iter()
        .zip(want)
        .map(|(g, w)| (g - w).abs())
        .fold(0.0, f64::max);
    let scale = want.iter().map(|w| w.abs()).fold(0.0, f64::max);
    if scale == 0.0 {
        err
    } else {
        err / scale
    }
}

/// A layer of a user's own whose output is not one row per item: the mean of its batch's rows,
/// `[N, F]` to `[1, F]` (a run-time batch stays a run-time dimension).
#[derive(Debug, Default, Clone, Copy)]
pub struct BatchMean;
impl constnet::Fuse for BatchMean {}
impl dfdx::nn::ZeroSizedModule for BatchMean {}

/// The first dimension of [`BatchMean`]'s output: one row.
pub trait OneRow: Dim {
    /// The output's first dimension.
    type One: Dim;
    /// One row.
    fn one() -> Self::One;
}
impl<const N: usize> OneRow for Const<N> {
    type One = Const<1>;
    fn one() -> Const<1> {
        Const
    }
}
impl OneRow for usize {
    type One = usize;
    fn one() -> usize {
        1
    }
}

impl<B: OneRow, const F: usize, T: Tape<f32, Cpu>>
    constnet::Forward<Tensor<(B, Const<F>), f32, Cpu, T>> for BatchMean
{
    type Output = Tensor<(B::One, Const<F>), f32, Cpu, T>;
    type Error = dfdx::tensor::CpuError;
    fn try_run(
        &self,
        x: Tensor<(B, Const<F>), f32, Cpu, T>,
        _: constnet::Call,
    ) -> Result<Self::Output, dfdx::tensor::CpuError> {
        let m: Tensor<Rank1<F>, f32, Cpu, T> = x.try_mean::<_, Axis<0>>()?;
        m.try_reshape_like(&(B::one(), Const))
    }
}
