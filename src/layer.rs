//! The shape contract every layer states: [`Layer<In>`] maps an input shape to an output shape with
//! no device and no tensor, so rustc computes a whole network's shapes while it type-checks.
use dfdx::shapes::{ConstShape, Dim, Shape};

/// A layer or model that accepts input shape `In`, with the output shape it produces.
///
/// Implemented by every constnet layer for the shapes it accepts, and by [`Sequential`] for the
/// composition of its layers. `forward` is available exactly where this is implemented, so a shape
/// mistake anywhere in a network is a compile error that names the layer.
///
/// [`Sequential`]: crate::Sequential
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot take an input of shape `{In}`",
    label = "the input shape does not fit this layer",
    note = "Conv2d, the pooling layers and Flatten take (C, H, W) or (batch, C, H, W); Linear<IN, OUT> takes (IN,) or (batch, IN)",
    note = "a shape shown as `_` means no input fits: check the layer's own generics (KERNEL and STRIDE must be at least 1, sizes at most 1024)"
)]
pub trait Layer<In: Shape> {
    /// The output shape.
    type Output: Shape;

    /// The output shape for input shape `input`: the same formula as [`Layer::Output`], read at
    /// run time (only runtime dimensions, such as a `usize` batch, come from `input`).
    fn output_shape(input: &In) -> Self::Output;
}

/// The output shape of model or layer `M` on input shape `In`, computed by the type checker.
///
/// ```
/// use constnet::prelude::*;
/// let _: Output<LeNet5, Rank3<3, 32, 32>> = (Const::<10>,);
/// let _: Output<Conv2d<3, 8, 5>, Rank4<64, 3, 32, 32>> = (Const::<64>, Const::<8>, Const::<28>, Const::<28>);
/// ```
pub type Output<M, In> = <M as Layer<In>>::Output;

/// Reads the batch size (the product of the axes before the last three: 1 when unbatched) and
/// `(channels, height, width)` of an image shape (rank 3 or 4, as the image layers take).
pub(crate) fn image_dims<S: Shape>(shape: &S) -> (usize, usize, usize, usize) {
    let c = shape.concrete();
    let d = c.as_ref();
    let lead = d.len().saturating_sub(3);
    let at = |i: usize| d.get(lead + i).copied().unwrap_or(1);
    (d[..lead].iter().product(), at(0), at(1), at(2))
}

/// A layer that maps one image `(Const<C>, Const<H>, Const<W>)` to a shape; it then accepts batches
/// `(B, Const<C>, Const<H>, Const<W>)` too, with the batch axis carried through.
///
/// Implemented by the image layers (convolution, pooling, flatten) with their shape rules as
/// where-clauses; [`Layer`] follows for both ranks through the `image_layer!` macro. (Not through a
/// blanket impl: a blanket `Layer` impl for every `OnImage` type would compete with the `Layer`
/// impls of other layers of rank-4 inputs, and rustc then reports a mismatch there with the
/// generic message instead of the layer's own.)
pub trait OnImage<const C: usize, const H: usize, const W: usize> {
    /// The output shape for one image.
    type Out: ConstShape;
    /// The output shape for a batch of `B` images.
    type Batched<B: Dim>: Shape;

    /// The output shape for a batch of `batch` images.
    fn batched<B: Dim>(batch: B) -> Self::Batched<B>;
}

/// Implements [`Layer`] for one image layer type from its [`OnImage`] impl, on images and on
/// batches. One expansion, for `Flatten`:
/// ```text
/// impl<const C: usize, const H: usize, const W: usize> Layer<(Const<C>, Const<H>, Const<W>)>
///     for Flatten where Self: OnImage<C, H, W>
/// { type Output = <Self as OnImage<C, H, W>>::Out; fn output_shape(..) { Default::default() } }
/// impl<B: Dim, const C: usize, const H: usize, const W: usize>
///     Layer<(B, Const<C>, Const<H>, Const<W>)> for Flatten where Self: OnImage<C, H, W>
/// { type Output = <Self as OnImage<C, H, W>>::Batched<B>; … }
/// ```
macro_rules! image_layer {
    ([$($g:tt)*] $ty:ty) => {
        impl<const C: usize, const H: usize, const W: usize, $($g)*>
            $crate::layer::Layer<(dfdx::shapes::Const<C>, dfdx::shapes::Const<H>, dfdx::shapes::Const<W>)> for $ty
        where
            Self: $crate::layer::OnImage<C, H, W>,
        {
            type Output = <Self as $crate::layer::OnImage<C, H, W>>::Out;

            fn output_shape(_: &(dfdx::shapes::Const<C>, dfdx::shapes::Const<H>, dfdx::shapes::Const<W>)) -> Self::Output {
                Default::default()
            }
        }

        impl<XB: dfdx::shapes::Dim, const C: usize, const H: usize, const W: usize, $($g)*>
            $crate::layer::Layer<(XB, dfdx::shapes::Const<C>, dfdx::shapes::Const<H>, dfdx::shapes::Const<W>)> for $ty
        where
            Self: $crate::layer::OnImage<C, H, W>,
        {
            type Output = <Self as $crate::layer::OnImage<C, H, W>>::Batched<XB>;

            fn output_shape(input: &(XB, dfdx::shapes::Const<C>, dfdx::shapes::Const<H>, dfdx::shapes::Const<W>)) -> Self::Output {
                <Self as $crate::layer::OnImage<C, H, W>>::batched(input.0)
            }
        }
    };
}
pub(crate) use image_layer;
