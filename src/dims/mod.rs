//! Type-level shape arithmetic: the bridge between dfdx's `Const<N>` and typenum's numbers, and the
//! named rules (sliding windows, flattening) that layers state their shapes with.
//!
//! Nothing here is meant to be named by users; the module is `#[doc(hidden)]`. Every rule a user can
//! break has a witness trait with `#[diagnostic::on_unimplemented]`, so a mistake reads as a sentence
//! about the layer's generics instead of typenum internals.
//!
//! # Ranges
//! - `Const<N>` → typenum ([`ToNat`]): `0 ..= MAX_DIM` (1024), through a table of impls.
//! - typenum → `Const<N>` ([`ToDim`]): `0 .. MAX_FLAT` (65,536). The generated table (`table.rs`) has
//!   one impl of [`Row`] per high byte, whose associated type is a 16×16 tuple of `Const`s written as
//!   literals; 16 generic impls of [`Pick`] select within it. 272 impls in all, so rustc's coherence
//!   check, which compares the impls of one trait pairwise, stays cheap. Literal `Const<768>` rather
//!   than `Const<{ 3 * 256 }>` matters: each braced expression is an anonymous const that rustc
//!   evaluates on its own, and 65,536 of them cost about 10 s of `cargo check`.
//!
//! # Rules
//! - [`ConvAxis`]: `floor((N + 2·PADDING − KERNEL) / STRIDE) + 1`, refused when `KERNEL > N + 2·PADDING`,
//!   `KERNEL = 0` or `STRIDE = 0`.
//! - [`PoolAxis`]: `floor((N + 2·PADDING − KERNEL) / STRIDE) + 1`, refused when
//!   `KERNEL > N + 2·PADDING`, `KERNEL = 0`, `STRIDE = 0` or `2·PADDING > KERNEL`.
//! - [`FlatSize`]: `C·H·W`, refused when it is `MAX_FLAT` or more.
use core::ops::{Add, BitAnd, Div, Mul, Shl, Shr, Sub};

use dfdx::shapes::{Const, ConstDim};
use seq_macro::seq;
use typenum::{
    Add1, And, Bit, Diff, Double, False, GrEq, IsGreater, IsGreaterOrEqual, IsLess, IsLessOrEqual,
    Le, LeEq, Max, Maximum, Prod, Quot, Shright, Sum, True, Unsigned, B1, U1, U15, U4, U65536, U8,
};

/// The largest channel count, spatial size, kernel, stride or padding that shapes are computed for.
pub const MAX_DIM: usize = 1024;
/// Computed sizes (flattened features, conv outputs) must be below this.
pub const MAX_FLAT: usize = 65_536;

// ---------------------------------------------------------------------------------------------
// Const<N> → typenum
// ---------------------------------------------------------------------------------------------

/// Maps `Const<N>` to typenum's number `N`, for `N <= 1024`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is outside the range constnet computes shapes for",
    label = "a layer size, image size, kernel, stride or padding above 1024",
    note = "channels, image sizes, kernels, strides and padding are supported up to 1024; flattened sizes up to 65,535"
)]
pub trait ToNat {
    /// The typenum number.
    type Nat: Unsigned;
}

// One expansion: `impl ToNat for Const<7> { type Nat = typenum::consts::U7; }`
seq!(N in 0..=1024 {
    impl ToNat for Const<N> {
        type Nat = typenum::consts::U~N;
    }
});

/// typenum's number for `Const<N>`.
pub type Nat<D> = <D as ToNat>::Nat;

// ---------------------------------------------------------------------------------------------
// typenum → Const<N>
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
mod table;
pub use table::Row;

/// Picks element `Self` (a typenum number below 16) of a 16-tuple.
pub trait Pick<T> {
    /// The element.
    type Out;
}

/// Implements [`Pick`] for each digit. One expansion:
/// `impl<T0, …, T15> Pick<(T0, …, T15)> for U3 { type Out = T3; }`
macro_rules! pick_impls {
    ($($digit:ident => $t:ident),*) => {$(
        impl<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>
            Pick<(T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15)>
            for typenum::consts::$digit
        {
            type Out = $t;
        }
    )*};
}
pick_impls!(
    U0 => T0, U1 => T1, U2 => T2, U3 => T3, U4 => T4, U5 => T5, U6 => T6, U7 => T7,
    U8 => T8, U9 => T9, U10 => T10, U11 => T11, U12 => T12, U13 => T13, U14 => T14, U15 => T15
);

/// Bits 4..8 of a typenum number.
type Digit1<T> = And<Shright<T, U4>, U15>;
/// The 16×16 block of row `T >> 8`.
type RowOf<T> = <Shright<T, U8> as Row>::Cols;
/// The 16-tuple holding `T`.
type GroupOf<T> = <Digit1<T> as Pick<RowOf<T>>>::Out;

/// Maps a typenum number below 65,536 back to `Const<N>`: row `T >> 8` of the generated table,
/// then group `(T >> 4) & 15`, then element `T & 15`.
pub trait ToDim {
    /// The `Const`.
    type Dim: ConstDim;
}

impl<T> ToDim for T
where
    T: Shr<U4> + Shr<U8> + BitAnd<U15>,
    Shright<T, U4>: BitAnd<U15>,
    Shright<T, U8>: Row,
    Digit1<T>: Pick<RowOf<T>>,
    And<T, U15>: Pick<GroupOf<T>>,
    <And<T, U15> as Pick<GroupOf<T>>>::Out: ConstDim,
{
    type Dim = <And<T, U15> as Pick<GroupOf<T>>>::Out;
}

/// The `Const` for typenum number `T`.
pub type Dim<T> = <T as ToDim>::Dim;

// ---------------------------------------------------------------------------------------------
// Verdicts: a typenum bit becomes either `Passed` or a readable failure type.
// ---------------------------------------------------------------------------------------------

/// Turns a typenum comparison into [`Passed`] or the failure type `Fail`.
pub trait Check<Fail> {
    /// [`Passed`] or `Fail`.
    type Out;
}
impl<Fail> Check<Fail> for True {
    type Out = Passed;
}
impl<Fail> Check<Fail> for False {
    type Out = Fail;
}

/// typenum's `True` and `False`, able to give every verdict.
pub trait Bool:
    Bit
    + Check<WindowLargerThanInput>
    + Check<TooLarge>
    + Check<ZeroKernel>
    + Check<ZeroStride>
    + Check<PaddingTooLarge>
    + Check<PercentTooLarge>
{
}
impl Bool for True {}
impl Bool for False {}

/// A shape rule that holds.
pub struct Passed;
/// Never produced; a second impl of each witness trait, which rustc needs before it shows the
/// trait's `on_unimplemented` message.
pub enum Unreachable {}

/// The verdict of a comparison: [`Passed`] or `Fail`.
pub type Verdict<B, Fail> = <B as Check<Fail>>::Out;

/// Failure type: a kernel or pooling window larger than the (padded) input.
pub struct WindowLargerThanInput;
/// Failure type: a stride of zero.
pub struct ZeroStride;
/// Failure type: a kernel of size zero.
pub struct ZeroKernel;
/// Failure type: a size at or beyond [`MAX_FLAT`].
pub struct TooLarge;
/// Failure type: pooling padding beyond half the window.
pub struct PaddingTooLarge;
/// Failure type: a dropout percentage above 100.
pub struct PercentTooLarge;

/// Witness: a convolution's kernel fits its padded input.
#[diagnostic::on_unimplemented(
    message = "Conv2d: the {KERNEL}×{KERNEL} kernel is larger than the padded input (size {INPUT}, PADDING {PADDING})",
    label = "the kernel does not fit the input",
    note = "a convolution needs KERNEL <= INPUT + 2·PADDING on each spatial axis; use a smaller KERNEL, more PADDING or a larger image"
)]
pub trait KernelFits<const KERNEL: usize, const INPUT: usize, const PADDING: usize> {}
impl<const K: usize, const N: usize, const P: usize> KernelFits<K, N, P> for Passed {}
impl<const K: usize, const N: usize, const P: usize> KernelFits<K, N, P> for Unreachable {}

/// Witness: a pooling window fits its (padded) input.
#[diagnostic::on_unimplemented(
    message = "pooling: the {KERNEL}×{KERNEL} window is larger than its padded input (size {INPUT}, PADDING {PADDING})",
    label = "the pooling window does not fit the input",
    note = "pooling needs KERNEL <= INPUT + 2·PADDING on each spatial axis; pool earlier, with a smaller KERNEL, or on a larger image"
)]
pub trait WindowFits<const KERNEL: usize, const INPUT: usize, const PADDING: usize> {}
impl<const K: usize, const N: usize, const P: usize> WindowFits<K, N, P> for Passed {}
impl<const K: usize, const N: usize, const P: usize> WindowFits<K, N, P> for Unreachable {}

/// Witness: a pooling layer pads at most half its window.
#[diagnostic::on_unimplemented(
    message = "pooling: PADDING {PADDING} is more than half the {KERNEL}×{KERNEL} window",
    label = "too much padding for this window",
    note = "as in PyTorch, pooling pads at most KERNEL / 2 on each side (a window must hold an input element); use less PADDING or a larger KERNEL"
)]
pub trait PoolPaddingFits<const KERNEL: usize, const PADDING: usize> {}
impl<const K: usize, const P: usize> PoolPaddingFits<K, P> for Passed {}
impl<const K: usize, const P: usize> PoolPaddingFits<K, P> for Unreachable {}

/// Witness: a stride is at least 1.
#[diagnostic::on_unimplemented(
    message = "a STRIDE of 0 is not allowed",
    label = "this layer has STRIDE = 0",
    note = "windows move by STRIDE elements at each step, so STRIDE must be at least 1"
)]
pub trait StrideNonZero {}
impl StrideNonZero for Passed {}
impl StrideNonZero for Unreachable {}

/// Witness: a kernel size is at least 1.
#[diagnostic::on_unimplemented(
    message = "a KERNEL of 0 is not allowed",
    label = "this layer has KERNEL = 0",
    note = "kernels and pooling windows must be at least 1×1"
)]
pub trait KernelNonZero {}
impl KernelNonZero for Passed {}
impl KernelNonZero for Unreachable {}

/// Witness: a flattened size is within the supported range.
#[diagnostic::on_unimplemented(
    message = "Flatten: {C}×{H}×{W} features is beyond the supported range (at most 65,535)",
    label = "the flattened size is too large",
    note = "constnet computes flattened sizes below 65,536; pool or stride more before flattening"
)]
pub trait FlatInRange<const C: usize, const H: usize, const W: usize> {}
impl<const C: usize, const H: usize, const W: usize> FlatInRange<C, H, W> for Passed {}
impl<const C: usize, const H: usize, const W: usize> FlatInRange<C, H, W> for Unreachable {}

// ---------------------------------------------------------------------------------------------
// Sliding windows
// ---------------------------------------------------------------------------------------------

/// typenum: the number of positions of a window of `K` sliding by `S` over `Self`, when it fits
/// (`Fits = True`); 1 otherwise (a placeholder: the failed witness already reports the error).
pub trait Positions<K, S, Fits> {
    /// The count.
    type Out;
}
impl<A, K, S> Positions<K, S, True> for A
where
    A: Sub<K>,
    S: Max<U1>,
    Diff<A, K>: Div<Maximum<S, U1>>,
    Quot<Diff<A, K>, Maximum<S, U1>>: Add<B1>,
{
    type Out = Add1<Quot<Diff<A, K>, Maximum<S, U1>>>;
}
impl<A, K, S> Positions<K, S, False> for A {
    type Out = U1;
}

/// typenum: window geometry on an input of `Self` (already padded): whether it fits, and the
/// number of positions.
pub trait Window<K, S> {
    /// `True` when `K <= Self`.
    type Fits: Bool;
    /// The number of window positions.
    type Out;
}
impl<A, K, S> Window<K, S> for A
where
    A: IsGreaterOrEqual<K>,
    GrEq<A, K>: Bool,
    A: Positions<K, S, GrEq<A, K>>,
{
    type Fits = GrEq<A, K>;
    type Out = <A as Positions<K, S, GrEq<A, K>>>::Out;
}

/// typenum: `Self + 2·P`.
pub trait Pad<P> {
    /// The padded size.
    type Out;
}
impl<N, P> Pad<P> for N
where
    P: Shl<B1>,
    N: Add<Double<P>>,
{
    type Out = Sum<N, Double<P>>;
}

/// typenum: `True` when `Self > 0`.
pub type NonZero<N> = <N as IsGreater<typenum::U0>>::Output;

/// One spatial axis of a convolution: `Self` is the input size.
pub trait ConvAxis<const KERNEL: usize, const STRIDE: usize, const PADDING: usize> {
    /// The output size.
    type Out: ConstDim;
}
impl<const N: usize, const K: usize, const S: usize, const P: usize> ConvAxis<K, S, P> for Const<N>
where
    (Const<N>, Const<K>, Const<S>, Const<P>): ConvAxisArith,
    Verdict<KernelOkOf<(Const<N>, Const<K>, Const<S>, Const<P>)>, ZeroKernel>: KernelNonZero,
    Verdict<StrideOkOf<(Const<N>, Const<K>, Const<S>, Const<P>)>, ZeroStride>: StrideNonZero,
    Verdict<FitsOf<(Const<N>, Const<K>, Const<S>, Const<P>)>, WindowLargerThanInput>:
        KernelFits<K, N, P>,
{
    type Out = <(Const<N>, Const<K>, Const<S>, Const<P>) as ConvAxisArith>::Out;
}

/// Arithmetic behind [`ConvAxis`], on `(N, KERNEL, STRIDE, PADDING)`.
///
/// The hyper-parameter rules (`KERNEL >= 1`, `STRIDE >= 1`) are verdicts of this tuple too, made
/// to wait for `N` ([`OnceKnown`]), so that a bad value is reported with its own message where
/// the layer meets its input.
pub trait ConvAxisArith {
    /// Whether `KERNEL >= 1`.
    type KernelOk: Bool;
    /// Whether `STRIDE >= 1`.
    type StrideOk: Bool;
    /// Whether `2·PADDING <= KERNEL` (pooling's rule, as PyTorch's).
    type HalfPad: Bool;
    /// Whether the kernel fits.
    type Fits: Bool;
    /// The output size.
    type Out: ConstDim;
}
impl<N: ToNat, K: ToNat, S: ToNat, P: ToNat> ConvAxisArith for (N, K, S, P)
where
    Nat<K>: IsGreater<typenum::U0>,
    Nat<S>: IsGreater<typenum::U0>,
    Nat<N>: OnceKnown<NonZero<Nat<K>>> + OnceKnown<NonZero<Nat<S>>>,
    <Nat<N> as OnceKnown<NonZero<Nat<K>>>>::Out: Bool,
    <Nat<N> as OnceKnown<NonZero<Nat<S>>>>::Out: Bool,
    Nat<P>: Shl<B1>,
    Double<Nat<P>>: IsLessOrEqual<Nat<K>>,
    Nat<N>: OnceKnown<LeEq<Double<Nat<P>>, Nat<K>>>,
    <Nat<N> as OnceKnown<LeEq<Double<Nat<P>>, Nat<K>>>>::Out: Bool,
    Nat<N>: Pad<Nat<P>>,
    <Nat<N> as Pad<Nat<P>>>::Out: Window<Nat<K>, Nat<S>>,
    <<Nat<N> as Pad<Nat<P>>>::Out as Window<Nat<K>, Nat<S>>>::Out: ToDim,
{
    type KernelOk = <Nat<N> as OnceKnown<NonZero<Nat<K>>>>::Out;
    type StrideOk = <Nat<N> as OnceKnown<NonZero<Nat<S>>>>::Out;
    type HalfPad = <Nat<N> as OnceKnown<LeEq<Double<Nat<P>>, Nat<K>>>>::Out;
    type Fits = <<Nat<N> as Pad<Nat<P>>>::Out as Window<Nat<K>, Nat<S>>>::Fits;
    type Out = Dim<<<Nat<N> as Pad<Nat<P>>>::Out as Window<Nat<K>, Nat<S>>>::Out>;
}

/// `B`, computed only once the typenum number `Self` is known (one impl per shape of typenum
/// number, so an unknown `Self` leaves it undecided). The verdicts on `KERNEL` and `STRIDE` go
/// through it with the input size as `Self`: while rustc looks up a layer's `forward` it does
/// not know the input yet, and a verdict it could already decide would make it drop the method
/// without a word, instead of reporting the rule's own message once the input is known.
pub trait OnceKnown<B> {
    /// `B`.
    type Out;
}
impl<B> OnceKnown<B> for typenum::UTerm {
    type Out = B;
}
impl<U, X, B> OnceKnown<B> for typenum::UInt<U, X> {
    type Out = B;
}

/// `B`, computed only once the shape `Self` is known (one impl per rank), for rules of layers
/// that take any shape (see [`OnceKnown`]).
pub trait OnceShapeKnown<B> {
    /// `B`.
    type Out;
}
/// Implements [`OnceShapeKnown`] for one rank. One expansion:
/// `impl<B, D0, D1> OnceShapeKnown<B> for (D0, D1) { type Out = B; }`
macro_rules! once_shape_known {
    ($($d:ident),*) => {
        impl<B, $($d),*> OnceShapeKnown<B> for ($($d,)*) {
            type Out = B;
        }
    };
}
once_shape_known!();
once_shape_known!(D0);
once_shape_known!(D0, D1);
once_shape_known!(D0, D1, D2);
once_shape_known!(D0, D1, D2, D3);
once_shape_known!(D0, D1, D2, D3, D4);
once_shape_known!(D0, D1, D2, D3, D4, D5);

/// A dropout percentage is at most 100, once the input shape `S` is known.
pub trait PercentRule<const PERCENT: usize> {}
impl<S, const P: usize> PercentRule<P> for S
where
    Const<P>: ToNat,
    Nat<Const<P>>: IsLessOrEqual<typenum::U100>,
    S: OnceShapeKnown<LeEq<Nat<Const<P>>, typenum::U100>>,
    <S as OnceShapeKnown<LeEq<Nat<Const<P>>, typenum::U100>>>::Out: Bool,
    Verdict<<S as OnceShapeKnown<LeEq<Nat<Const<P>>, typenum::U100>>>::Out, PercentTooLarge>:
        PercentAtMost100<P>,
{
}

/// Witness: a dropout percentage is at most 100.
#[diagnostic::on_unimplemented(
    message = "Dropout<{PERCENT}>: PERCENT is the share of values dropped, at most 100",
    label = "this Dropout drops more than 100%",
    note = "Dropout<PERCENT> is PyTorch's nn.Dropout(PERCENT / 100): use a PERCENT from 0 to 100"
)]
pub trait PercentAtMost100<const PERCENT: usize> {}
impl<const P: usize> PercentAtMost100<P> for Passed {}
impl<const P: usize> PercentAtMost100<P> for Unreachable {}

/// Whether the window of an arithmetic tuple fits.
pub type FitsOf<T> = <T as ConvAxisArith>::Fits;
/// Whether the kernel of an arithmetic tuple is at least 1.
pub type KernelOkOf<T> = <T as ConvAxisArith>::KernelOk;
/// Whether the stride of an arithmetic tuple is at least 1.
pub type StrideOkOf<T> = <T as ConvAxisArith>::StrideOk;
/// Whether the padding of an arithmetic tuple is at most half its kernel.
pub type HalfPadOf<T> = <T as ConvAxisArith>::HalfPad;

/// One spatial axis of a pooling layer: `Self` is the input size.
pub trait PoolAxis<const KERNEL: usize, const STRIDE: usize, const PADDING: usize> {
    /// The output size.
    type Out: ConstDim;
}
impl<const N: usize, const K: usize, const S: usize, const P: usize> PoolAxis<K, S, P> for Const<N>
where
    (Const<N>, Const<K>, Const<S>, Const<P>): ConvAxisArith,
    Verdict<KernelOkOf<(Const<N>, Const<K>, Const<S>, Const<P>)>, ZeroKernel>: KernelNonZero,
    Verdict<StrideOkOf<(Const<N>, Const<K>, Const<S>, Const<P>)>, ZeroStride>: StrideNonZero,
    Verdict<HalfPadOf<(Const<N>, Const<K>, Const<S>, Const<P>)>, PaddingTooLarge>:
        PoolPaddingFits<K, P>,
    Verdict<FitsOf<(Const<N>, Const<K>, Const<S>, Const<P>)>, WindowLargerThanInput>:
        WindowFits<K, N, P>,
{
    type Out = <(Const<N>, Const<K>, Const<S>, Const<P>) as ConvAxisArith>::Out;
}

// ---------------------------------------------------------------------------------------------
// Flattening
// ---------------------------------------------------------------------------------------------

/// `C·H·W` as a `Const`, for `(Const<C>, Const<H>, Const<W>)`.
pub trait FlatSize {
    /// The flattened size.
    type Out: ConstDim;
}
impl<const C: usize, const H: usize, const W: usize> FlatSize for (Const<C>, Const<H>, Const<W>)
where
    (Const<C>, Const<H>, Const<W>): FlatArith,
    Verdict<<(Const<C>, Const<H>, Const<W>) as FlatArith>::InRange, TooLarge>: FlatInRange<C, H, W>,
{
    type Out = <(Const<C>, Const<H>, Const<W>) as FlatArith>::Out;
}

/// Arithmetic behind [`FlatSize`].
pub trait FlatArith {
    /// `True` when the product is below [`MAX_FLAT`].
    type InRange: Bool;
    /// The product, or `Const<0>` when it is out of range (the witness reports that).
    type Out: ConstDim;
}
impl<C: ToNat, H: ToNat, W: ToNat> FlatArith for (C, H, W)
where
    Nat<C>: Mul<Nat<H>>,
    Prod<Nat<C>, Nat<H>>: Mul<Nat<W>>,
    Prod<Prod<Nat<C>, Nat<H>>, Nat<W>>: IsLess<U65536>,
    Le<Prod<Prod<Nat<C>, Nat<H>>, Nat<W>>, U65536>: Bool,
    Prod<Prod<Nat<C>, Nat<H>>, Nat<W>>: InRangeDim<Le<Prod<Prod<Nat<C>, Nat<H>>, Nat<W>>, U65536>>,
{
    type InRange = Le<Prod<Prod<Nat<C>, Nat<H>>, Nat<W>>, U65536>;
    type Out = <Prod<Prod<Nat<C>, Nat<H>>, Nat<W>> as InRangeDim<Self::InRange>>::Out;
}

/// The `Const` for `Self` when `InRange` is `True`; `Const<0>` otherwise.
pub trait InRangeDim<InRange> {
    /// The `Const`.
    type Out: ConstDim;
}
impl<T: ToDim> InRangeDim<True> for T {
    type Out = Dim<T>;
}
impl<T> InRangeDim<False> for T {
    type Out = Const<0>;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same<A: 'static, B: 'static>() -> bool {
        core::any::TypeId::of::<A>() == core::any::TypeId::of::<B>()
    }

    #[test]
    fn table_round_trips() {
        assert!(same::<Dim<Nat<Const<0>>>, Const<0>>());
        assert!(same::<Dim<Nat<Const<255>>>, Const<255>>());
        assert!(same::<Dim<Nat<Const<256>>>, Const<256>>());
        assert!(same::<Dim<Nat<Const<1024>>>, Const<1024>>());
        assert!(same::<Dim<typenum::Sub1<typenum::U65536>>, Const<65535>>());
        assert!(same::<
            Dim<typenum::Prod<typenum::U200, typenum::U200>>,
            Const<40000>,
        >());
    }

    #[test]
    fn conv_and_pool_axes() {
        assert!(same::<<Const<32> as ConvAxis<5, 1, 0>>::Out, Const<28>>());
        assert!(same::<<Const<32> as ConvAxis<3, 2, 1>>::Out, Const<16>>());
        assert!(same::<<Const<7> as ConvAxis<3, 2, 0>>::Out, Const<3>>());
        assert!(same::<
            <Const<1024> as ConvAxis<1, 1, 1024>>::Out,
            Const<3072>,
        >());
        assert!(same::<<Const<28> as PoolAxis<2, 2, 0>>::Out, Const<14>>());
        assert!(same::<<Const<5> as PoolAxis<2, 2, 0>>::Out, Const<2>>());
        assert!(same::<<Const<5> as PoolAxis<3, 1, 0>>::Out, Const<3>>());
        assert!(same::<<Const<32> as PoolAxis<3, 2, 1>>::Out, Const<16>>());
    }

    #[test]
    fn flat_sizes() {
        assert!(same::<
            <(Const<16>, Const<5>, Const<5>) as FlatSize>::Out,
            Const<400>,
        >());
        assert!(same::<
            <(Const<63>, Const<32>, Const<32>) as FlatSize>::Out,
            Const<64512>,
        >());
    }
}
