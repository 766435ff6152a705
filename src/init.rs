//! PyTorch's default initialisation.
use num_traits::Float;
use rand_distr::{uniform::SampleUniform, Uniform};

/// Uniform in ±1/√fan_in: PyTorch's default for `Linear` and `Conv2d` weights (Kaiming-uniform with
/// a = √5 reduces to this) and biases.
pub(crate) fn fan_in_uniform<E: Float + SampleUniform>(fan_in: usize) -> Uniform<E> {
    let fan = E::from(fan_in.max(1)).unwrap_or_else(E::one);
    let bound = E::one() / fan.sqrt();
    Uniform::new_inclusive(-bound, bound)
}
