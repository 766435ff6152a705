//! Checkpoints in the safetensors format with PyTorch's tensor names and layouts, validated before
//! they touch a model and written atomically.
use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use dfdx::nn::{
    RecursiveWalker, TensorCollection, TensorOptions, TensorVisitor, ViewTensorMut, ViewTensorName,
    ViewTensorRef,
};
use dfdx::shapes::{Dtype, HasShape, Shape};
use dfdx::tensor::Tensor;
use dfdx::tensor_ops::Device;
use safetensors::tensor::{SafeTensorError, SafeTensors, TensorView};

use crate::error::{Error, Result};

mod sealed {
    /// Element types with a safetensors encoding; sealed so the set stays `f32`, `f64`.
    pub trait Sealed: Sized {
        /// The safetensors dtype.
        const DTYPE: safetensors::tensor::Dtype;
        /// Appends the little-endian bytes of `values` to `out`.
        fn put_le(values: &[Self], out: &mut Vec<u8>);
        /// Decodes little-endian bytes (a whole number of elements).
        fn get_le(bytes: &[u8]) -> Vec<Self>;
    }

    macro_rules! sealed {
        ($t:ty, $dtype:ident) => {
            impl Sealed for $t {
                const DTYPE: safetensors::tensor::Dtype = safetensors::tensor::Dtype::$dtype;
                fn put_le(values: &[Self], out: &mut Vec<u8>) {
                    out.reserve(std::mem::size_of_val(values));
                    for v in values {
                        out.extend_from_slice(&v.to_le_bytes());
                    }
                }
                fn get_le(bytes: &[u8]) -> Vec<Self> {
                    bytes
                        .chunks_exact(std::mem::size_of::<Self>())
                        .map(|b| <$t>::from_le_bytes(b.try_into().expect("chunk of one element")))
                        .collect()
                }
            }
        };
    }
    sealed!(f32, F32);
    sealed!(f64, F64);
}

/// An element type a [`Checkpoint`] can hold: `f32` (safetensors `F32`) or `f64` (`F64`).
pub trait CheckpointDtype: Dtype + sealed::Sealed {}
impl CheckpointDtype for f32 {}
impl CheckpointDtype for f64 {}

/// Saving and loading a model's parameters as a safetensors file that PyTorch reads and writes.
///
/// Implemented for every dfdx [`TensorCollection`] (every constnet layer, [`Sequential`] and
/// [`LeNet5`], dfdx's own modules) with `f32` or `f64` elements on any dfdx device.
///
/// **PyTorch equivalent**: `safetensors.torch.save_file(model.state_dict(), path)` and
/// `model.load_state_dict(safetensors.torch.load_file(path), strict=True)`. Tensor names are those
/// of `torch.nn.Sequential(...).state_dict()` (`"0.weight"`, `"7.bias"`, …) and layouts PyTorch's
/// (convolution weight `[OUT, IN, K, K]`, linear weight `[OUT, IN]`), so a checkpoint goes both
/// ways between constnet and the same network written with `torch.nn`.
///
/// - **Dtype**: the file's dtype must be the model's (`F32` for an `f32` model, `F64` for `f64`);
///   constnet does not convert, so a silent loss of precision cannot happen. Build the model in the
///   file's element type, or convert the file (`{k: v.float() for k, v in ...}` in PyTorch).
/// - **Loading is all or nothing**: every tensor is checked against the model (names, shapes,
///   dtype, and that the file is a complete safetensors file) before any parameter is written. On
///   error the model is unchanged, and the message names the file and every offending tensor.
///   `__metadata__` in the file is ignored.
/// - **Saving is atomic**: the file is written to a temporary file in the same directory, synced
///   to disk, then renamed over `path`; on failure the temporary file is removed and a previous
///   file at `path` is left as it was. The header carries `{"format": "pt"}` metadata, as
///   Hugging Face tools expect.
/// - Buffers are saved and loaded with the parameters: [`BatchNorm2d`](crate::BatchNorm2d)'s
///   running statistics in the model's dtype, and its `num_batches_tracked` as an `I64` scalar,
///   as in PyTorch.
/// - Scalar fields of dfdx modules (dfdx's `BatchNorm` momentum and epsilon) are hyperparameters,
///   not parameters: they are neither saved nor loaded.
///
/// This trait's methods have the names of dfdx's `SaveToSafetensors` / `LoadFromSafetensors`;
/// constnet's prelude exports this trait instead of those.
///
/// # Examples
/// ```
/// use constnet::prelude::*;
///
/// # fn main() -> constnet::Result<()> {
/// let dev: Cpu = Default::default();
/// let model = dev.build_module::<LeNet5, f32>();
/// let path = std::env::temp_dir().join(format!("constnet-doc-{}.safetensors", std::process::id()));
/// model.save_safetensors(&path)?;
///
/// let mut restored = dev.build_module::<LeNet5, f32>();
/// restored.load_safetensors(&path)?;
/// let x: Tensor<Rank4<2, 3, 32, 32>, f32, _> = dev.sample_normal();
/// assert_eq!(model.forward(x.clone()).array(), restored.forward(x).array());
///
/// // A checkpoint of another network is refused, naming the tensor and both shapes.
/// let mut other = dev.build_module::<Sequential<(Flatten, Linear<3072, 10>)>, f32>();
/// let err = other.load_safetensors(&path).unwrap_err().to_string();
/// assert!(err.contains(r#"tensor "1.weight" (shape [10, 3072]) is missing"#), "{err}");
/// # std::fs::remove_file(&path).ok();
/// # Ok(())
/// # }
/// ```
///
/// [`Sequential`]: crate::Sequential
/// [`LeNet5`]: crate::LeNet5
pub trait Checkpoint<E: CheckpointDtype, D: Device<E>>: TensorCollection<E, D> {
    /// Writes every parameter to the safetensors file at `path`, atomically (see the trait docs).
    ///
    /// # Errors
    /// [`Error::Io`] when the temporary file cannot be created, written, synced or renamed (the
    /// message names `path`); [`Error::Checkpoint`] when the model has two tensors with one name.
    fn save_safetensors<P: AsRef<Path>>(&self, path: P) -> Result<()> {
        let path = path.as_ref();
        let tensors = model_tensors(self, "", path)?;
        let bytes = encode::<E>(&tensors, pt_metadata(), path)?;
        write_atomic(path, &bytes)
    }

    /// Replaces every parameter with the tensor of the same name in the safetensors file at
    /// `path`, after checking them all (see the trait docs).
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read; [`Error::Checkpoint`] when it is not a valid
    /// safetensors file (truncated, corrupt) or does not fit the model: a missing or extra tensor,
    /// a wrong shape or dtype. The model is unchanged on error.
    fn load_safetensors<P: AsRef<Path>>(&mut self, path: P) -> Result<()> {
        let path = path.as_ref();
        let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
        let file = parse(&bytes).map_err(|m| Error::checkpoint(path, m))?;
        let data =
            validate::<Self, E, D>(self, &file, "").map_err(|m| Error::checkpoint(path, m))?;
        apply(self, data).map_err(|m| Error::checkpoint(path, m))
    }
}

impl<E: CheckpointDtype, D: Device<E>, M: TensorCollection<E, D>> Checkpoint<E, D> for M {}

/// Whether the tensor `name` of shape `shape` is stored as PyTorch's int64 batch-norm counter
/// (`*.num_batches_tracked`, a scalar) rather than in the model's float type: PyTorch's
/// `state_dict` convention, which `load_state_dict(strict=True)` checks.
fn is_int64_counter(name: &str, shape: &[usize]) -> bool {
    shape.is_empty() && name.rsplit('.').next() == Some("num_batches_tracked")
}

/// The safetensors dtype of tensor `name` of shape `shape` in a model of element type `E`.
fn file_dtype<E: CheckpointDtype>(name: &str, shape: &[usize]) -> safetensors::tensor::Dtype {
    if is_int64_counter(name, shape) {
        safetensors::tensor::Dtype::I64
    } else {
        E::DTYPE
    }
}

/// Collects each tensor's name, shape and, when `bytes` is set, its little-endian data (in the
/// file's dtype, [`file_dtype`]).
struct Collect {
    bytes: bool,
    tensors: Vec<(String, Vec<usize>, Vec<u8>)>,
}

impl<E: CheckpointDtype, D: Device<E>> TensorVisitor<E, D> for Collect {
    type Viewer = (ViewTensorRef, ViewTensorName);
    type Err = std::convert::Infallible;
    type E2 = E;
    type D2 = D;

    fn visit<S: Shape>(
        &mut self,
        _: TensorOptions<S, E, D>,
        (t, name): (&Tensor<S, E, D>, String),
    ) -> Result<Option<Tensor<S, E, D>>, Self::Err> {
        let shape: Vec<usize> = t.shape().concrete().into_iter().collect();
        let mut data = Vec::new();
        if self.bytes && is_int64_counter(&name, &shape) {
            let count = t.as_vec().first().and_then(|v| v.to_i64()).unwrap_or(0);
            data.extend_from_slice(&count.to_le_bytes());
        } else if self.bytes {
            E::put_le(&t.as_vec(), &mut data);
        }
        self.tensors.push((name, shape, data));
        Ok(None)
    }
}

/// Writes the validated data into the model's tensors.
struct Apply<E> {
    data: HashMap<String, Vec<E>>,
}

impl<E: CheckpointDtype, D: Device<E>> TensorVisitor<E, D> for Apply<E> {
    type Viewer = (ViewTensorMut, ViewTensorName);
    type Err = String;
    type E2 = E;
    type D2 = D;

    fn visit<S: Shape>(
        &mut self,
        _: TensorOptions<S, E, D>,
        (t, name): (&mut Tensor<S, E, D>, String),
    ) -> Result<Option<Tensor<S, E, D>>, Self::Err> {
        // `validate` produced an entry of the right length for every name the walk visits.
        let data = self
            .data
            .remove(&name)
            .ok_or_else(|| format!("tensor {name:?}: visited twice"))?;
        t.copy_from(&data);
        Ok(None)
    }
}

/// The model's tensors in visiting order: name, shape and (if `bytes`) data.
fn collect<M: TensorCollection<E, D>, E: CheckpointDtype, D: Device<E>>(
    model: &M,
    bytes: bool,
) -> Vec<(String, Vec<usize>, Vec<u8>)> {
    let mut c = Collect {
        bytes,
        tensors: Vec::new(),
    };
    let walked = M::iter_tensors(&mut RecursiveWalker {
        m: (model, String::new()),
        f: &mut c,
    });
    match walked {
        Ok(_) => c.tensors,
        Err(never) => match never {},
    }
}

/// The little-endian bytes of `values`.
pub(crate) fn to_le<E: CheckpointDtype>(values: &[E]) -> Vec<u8> {
    let mut out = Vec::new();
    E::put_le(values, &mut out);
    out
}

/// Values from little-endian bytes (a whole number of elements).
pub(crate) fn from_le<E: CheckpointDtype>(bytes: &[u8]) -> Vec<E> {
    E::get_le(bytes)
}

/// The `{"format": "pt"}` metadata Hugging Face tools expect of a PyTorch checkpoint.
pub(crate) fn pt_metadata() -> HashMap<String, String> {
    HashMap::from([("format".to_string(), "pt".to_string())])
}

/// A tensor to write: name, shape and little-endian bytes.
pub(crate) type NamedBytes = (String, Vec<usize>, Vec<u8>);

/// Every tensor of `model` with its data, named `prefix` + its `state_dict` name; an error names
/// `path` if two tensors share a name.
pub(crate) fn model_tensors<M: TensorCollection<E, D>, E: CheckpointDtype, D: Device<E>>(
    model: &M,
    prefix: &str,
    path: &Path,
) -> Result<Vec<NamedBytes>> {
    let mut tensors = collect(model, true);
    let mut seen = std::collections::HashSet::new();
    for (name, _, _) in &mut tensors {
        if !seen.insert(name.clone()) {
            return Err(Error::checkpoint(
                path,
                format!("the model has two tensors named {name:?}"),
            ));
        }
        name.insert_str(0, prefix);
    }
    Ok(tensors)
}

/// The safetensors bytes of `tensors` (all of dtype `E`) with `metadata` in the header.
pub(crate) fn encode<E: CheckpointDtype>(
    tensors: &[NamedBytes],
    metadata: HashMap<String, String>,
    path: &Path,
) -> Result<Vec<u8>> {
    let views = tensors
        .iter()
        .map(|(name, shape, data)| {
            TensorView::new(file_dtype::<E>(name, shape), shape.clone(), data)
                .map(|v| (name.as_str(), v))
                .map_err(|e| Error::checkpoint(path, format!("tensor {name:?}: {e}")))
        })
        .collect::<Result<Vec<_>>>()?;
    safetensors::serialize(views, &Some(metadata))
        .map_err(|e| Error::checkpoint(path, e.to_string()))
}

/// `bytes` (a safetensors file that `safetensors::serialize` wrote) with the header's keys, and
/// the metadata's, in sorted order. The safetensors crate writes the metadata from a `HashMap`,
/// whose order changes from one process to the next when it has several entries; sorting keeps
/// every entry and so the header's length (re-padded with spaces, as safetensors pads), and makes
/// the same tensors and metadata always give the same bytes.
pub(crate) fn sorted_header(bytes: Vec<u8>) -> Vec<u8> {
    let sorted = || -> Option<Vec<u8>> {
        let n = usize::try_from(u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?)).ok()?;
        let header = bytes.get(8..8 + n)?;
        let mut entries: BTreeMap<String, serde_json::Value> =
            serde_json::from_slice(header).ok()?;
        if let Some(meta) = entries.get_mut("__metadata__") {
            let meta: BTreeMap<String, String> = serde_json::from_value(meta.take()).ok()?;
            entries.insert(
                "__metadata__".into(),
                serde_json::Value::Object(meta.into_iter().map(|(k, v)| (k, v.into())).collect()),
            );
        }
        let mut text = serde_json::to_vec(&entries).ok()?;
        if text.len() > n {
            return None;
        }
        text.resize(n, b' ');
        let mut out = bytes[..8].to_vec();
        out.extend(text);
        out.extend(&bytes[8 + n..]);
        Some(out)
    };
    sorted().unwrap_or(bytes)
}

/// Writes `data` (from [`validate`]) into the model's tensors.
pub(crate) fn apply<M: TensorCollection<E, D>, E: CheckpointDtype, D: Device<E>>(
    model: &mut M,
    data: HashMap<String, Vec<E>>,
) -> Result<(), String> {
    let mut apply = Apply { data };
    M::iter_tensors(&mut RecursiveWalker {
        m: (model, String::new()),
        f: &mut apply,
    })?;
    Ok(())
}

/// Parses a safetensors file, with a readable message on failure. The data offsets are checked
/// against the file length first, so a truncated file names the first tensor it cuts (and a
/// crafted header cannot reach an overflow inside the safetensors crate).
pub(crate) fn parse(bytes: &[u8]) -> Result<SafeTensors<'_>, String> {
    let not = "not a safetensors file";
    let Some(head) = bytes.get(..8) else {
        return Err(format!(
            "{not}: {} bytes, too short for the 8-byte header length",
            bytes.len()
        ));
    };
    let n = u64::from_le_bytes(head.try_into().expect("8 bytes"));
    let rest = (bytes.len() - 8) as u64;
    if n > rest {
        return Err(format!(
            "{not}, or truncated: the header declares {n} bytes, the file has {rest} after the \
             length"
        ));
    }
    let (header, data) = bytes[8..].split_at(n as usize);
    let header = std::str::from_utf8(header).map_err(|_| format!("{not}: header is not UTF-8"))?;
    let entries: BTreeMap<String, serde_json::Value> = serde_json::from_str(header)
        .map_err(|e| format!("{not}: header is not a JSON object ({e})"))?;
    let mut cut: Option<(u64, &str, u64)> = None;
    for (name, info) in &entries {
        if name == "__metadata__" {
            continue;
        }
        let offsets = info.get("data_offsets").and_then(|o| o.as_array());
        let end = offsets.and_then(|o| o.get(1)).and_then(|e| e.as_u64());
        let start = offsets.and_then(|o| o.first()).and_then(|s| s.as_u64());
        let Some((start, end)) = start.zip(end) else {
            continue;
        };
        if end > data.len() as u64 && cut.is_none_or(|(s, _, _)| start < s) {
            cut = Some((start, name, end));
        }
        let dtype = info.get("dtype").and_then(|d| d.as_str());
        let shape: Option<Vec<u64>> = info
            .get("shape")
            .and_then(|s| s.as_array())
            .and_then(|s| s.iter().map(|d| d.as_u64()).collect());
        if let (Some(size), Some(shape)) = (dtype.and_then(dtype_size), shape) {
            let needed = shape
                .iter()
                .try_fold(size, |n, &d| n.checked_mul(d))
                .map_or("2^64 or more".to_string(), |n| n.to_string());
            if end.checked_sub(start).map(|n| n.to_string()) != Some(needed.clone()) {
                return Err(format!(
                    "tensor {name:?}: {} {shape:?} needs {needed} bytes, its data_offsets \
                     [{start}, {end}] do not span that",
                    dtype.unwrap_or_default()
                ));
            }
        }
    }
    if let Some((_, name, end)) = cut {
        return Err(format!(
            "truncated: tensor {name:?} ends at byte {end} of the data, but the file holds only \
             {} bytes of data",
            data.len()
        ));
    }
    SafeTensors::deserialize(bytes).map_err(|e| match e {
        SafeTensorError::InvalidOffset(name) => {
            format!("tensor {name:?}: data offsets overlap or leave a gap")
        }
        SafeTensorError::TensorInvalidInfo => {
            "a tensor's data size does not match its shape and dtype".to_string()
        }
        SafeTensorError::MetadataIncompleteBuffer => {
            "the data section does not end where the last tensor ends (trailing bytes?)".to_string()
        }
        SafeTensorError::InvalidHeaderDeserialization => {
            format!("{not}: the header's entries are not tensor descriptions")
        }
        other => format!("{not}: {other}"),
    })
}

/// Bytes per element of a safetensors dtype name, for the ones this check knows.
fn dtype_size(dtype: &str) -> Option<u64> {
    Some(match dtype {
        "BOOL" | "U8" | "I8" => 1,
        "U16" | "I16" | "F16" | "BF16" => 2,
        "U32" | "I32" | "F32" => 4,
        "U64" | "I64" | "F64" => 8,
        _ => return None,
    })
}

/// Checks every tensor of the model against the file's tensors named `prefix` + its name, and
/// decodes them (keyed by the model's names); a file tensor with the prefix that the model lacks is
/// a problem too. Lists every problem.
pub(crate) fn validate<M: TensorCollection<E, D>, E: CheckpointDtype, D: Device<E>>(
    model: &M,
    file: &SafeTensors<'_>,
    prefix: &str,
) -> Result<HashMap<String, Vec<E>>, String> {
    let expected = collect(model, false);
    let mut problems = Vec::new();
    let mut wrong_dtype = false;
    let mut data = HashMap::new();
    for (model_name, shape, _) in &expected {
        let name = &format!("{prefix}{model_name}");
        let Ok(view) = file.tensor(name) else {
            problems.push(format!(
                "tensor {name:?} (shape {shape:?}) is missing from the file"
            ));
            continue;
        };
        let dtype = file_dtype::<E>(name, shape);
        if view.dtype() != dtype {
            problems.push(format!(
                "tensor {name:?}: expected dtype {dtype:?}, file has {:?}",
                view.dtype()
            ));
            wrong_dtype |= dtype == E::DTYPE;
        } else if view.shape() != shape.as_slice() {
            problems.push(format!(
                "tensor {name:?}: expected shape {shape:?}, file has {:?}",
                view.shape()
            ));
        } else if dtype != E::DTYPE {
            // The int64 counter: a whole number, stored in the model's float type.
            let bytes: [u8; 8] = view.data().try_into().expect("validated: one int64");
            let count = i64::from_le_bytes(bytes);
            data.insert(
                model_name.clone(),
                vec![E::from_i64(count).unwrap_or(E::ONE)],
            );
        } else {
            data.insert(model_name.clone(), E::get_le(view.data()));
        }
    }
    let mut extra: Vec<_> = file
        .names()
        .into_iter()
        .filter(|n| {
            n.strip_prefix(prefix)
                .is_some_and(|n| !expected.iter().any(|(name, _, _)| name == n))
        })
        .collect();
    extra.sort();
    for name in extra {
        let view = file.tensor(name).expect("a name the file lists");
        problems.push(format!(
            "tensor {name:?} ({:?} {:?}) in the file is not in the model",
            view.dtype(),
            view.shape()
        ));
    }
    if wrong_dtype {
        problems.push(format!(
            "the model is {} and constnet does not convert dtypes",
            std::any::type_name::<E>()
        ));
    }
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(problems.join("; "))
    }
}

/// Distinguishes temporary files of concurrent saves within one process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to a temporary file beside `path`, syncs it, renames it over `path` and syncs
/// the directory (best effort). The temporary file is removed on failure.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().ok_or_else(|| {
        Error::io(
            path,
            io::Error::new(io::ErrorKind::InvalidInput, "not a file name"),
        )
    })?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp: PathBuf = dir.join(format!(
        ".{}.{}-{}.tmp",
        name.to_string_lossy(),
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let context = |what: &str, e: io::Error| {
        Error::io(
            path,
            io::Error::new(e.kind(), format!("{what} {}: {e}", tmp.display())),
        )
    };
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(|e| context("creating temporary file", e))?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|e| context("writing temporary file", e));
    drop(file);
    let renamed = written
        .and_then(|()| fs::rename(&tmp, path).map_err(|e| context("renaming temporary file", e)));
    if let Err(e) = renamed {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // Make the rename itself durable; not every platform or file system can sync a directory.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
