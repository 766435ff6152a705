//! The crate's one error type.
use std::path::PathBuf;

/// Everything that can go wrong at run time: files, checkpoints, configuration and training.
/// Shape mistakes are not here: they are compile errors.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A data file is malformed (wrong magic number, truncated record, label out of range, …).
    #[error("{}: {message}", path.display())]
    Data {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the record or field.
        message: String,
    },
    /// A checkpoint does not fit the model (missing or extra tensor, wrong shape or dtype) or is
    /// not a valid safetensors file.
    #[error("checkpoint {}: {message}", path.display())]
    Checkpoint {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the tensor.
        message: String,
    },
    /// A configuration value is invalid.
    #[error("invalid {field}: {message}")]
    Config {
        /// The field, as the user spells it (`batch_size`, `lr`, …).
        field: &'static str,
        /// Why it is invalid.
        message: String,
    },
    /// Training diverged or failed at a step.
    #[error("epoch {epoch}, step {step}: {message}")]
    Training {
        /// 1-based epoch.
        epoch: usize,
        /// 1-based step within the epoch.
        step: usize,
        /// What happened.
        message: String,
    },
    /// The device reported an error (out of memory, …).
    #[error("device error: {0}")]
    Device(#[source] dfdx::tensor::CpuError),
}

impl Error {
    /// Wraps an I/O error with the file it concerns.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// A malformed data file.
    pub fn data(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::Data {
            path: path.into(),
            message: message.into(),
        }
    }

    /// A checkpoint that does not fit.
    pub fn checkpoint(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Error::Checkpoint {
            path: path.into(),
            message: message.into(),
        }
    }

    /// An invalid configuration field.
    pub fn config(field: &'static str, message: impl Into<String>) -> Self {
        Error::Config {
            field,
            message: message.into(),
        }
    }
}

impl From<dfdx::tensor::CpuError> for Error {
    fn from(e: dfdx::tensor::CpuError) -> Self {
        Error::Device(e)
    }
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
