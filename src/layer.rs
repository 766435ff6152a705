//! The shape contract every layer states: [`Layer<In>`] maps an input shape to an output shape with
//! no device and no tensor, so rustc computes a whole network's shapes while it type-checks.
use dfdx::shapes::{Const, Dim, Shape};

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
}

/// The output shape of model or layer `M` on input shape `In`, computed by the type checker.
///
/// ```
/// use constnet::prelude::*;
/// let _: Output<LeNet5, Rank3<3, 32, 32>> = (Const::<10>,);
/// let _: Output<Conv2d<3, 8, 5>, Rank4<64, 3, 32, 32>> = (Const::<64>, Const::<8>, Const::<28>, Const::<28>);
/// ```
pub type Output<M, In> = <M as Layer<In>>::Output;

/// Reads `(channels, height, width)` and the batch size (1 when unbatched) of an image shape.
pub(crate) fn image_dims<S: Shape>(shape: &S) -> (usize, usize, usize, usize) {
    let c = shape.concrete();
    let d = c.as_ref();
    match d.len() {
        3 => (1, d[0], d[1], d[2]),
        4 => (d[0], d[1], d[2], d[3]),
        // Layer impls accept only rank-3 and rank-4 shapes.
        n => unreachable!("image layers take rank 3 or 4 shapes, got rank {n}"),
    }
}

/// Builds shape `S` from its dimensions; they come from `Layer` impls, so they always fit.
pub(crate) fn shape_from<S: Shape>(dims: &[usize]) -> S {
    let mut c = S::Concrete::default();
    for (i, &d) in dims.iter().enumerate() {
        c[i] = d;
    }
    S::from_concrete(&c).expect("a Layer impl computed this shape")
}

/// A layer that maps one image `(Const<C>, Const<H>, Const<W>)` to a shape; it then accepts batches
/// `(B, Const<C>, Const<H>, Const<W>)` too, with the batch axis carried through.
///
/// Implemented by the image layers (convolution, pooling, flatten) with their shape rules as
/// where-clauses; [`Layer`] follows for both ranks.
pub trait OnImage<const C: usize, const H: usize, const W: usize> {
    /// The output shape for one image.
    type Out: Shape;
    /// The output shape for a batch of `B` images.
    type Batched<B: Dim>: Shape;
}

impl<L: OnImage<C, H, W>, const C: usize, const H: usize, const W: usize>
    Layer<(Const<C>, Const<H>, Const<W>)> for L
{
    type Output = L::Out;
}

impl<L: OnImage<C, H, W>, B: Dim, const C: usize, const H: usize, const W: usize>
    Layer<(B, Const<C>, Const<H>, Const<W>)> for L
{
    type Output = L::Batched<B>;
}
