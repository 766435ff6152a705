//! Tensor operations with their own kernels and backward passes, recorded on dfdx's tape.
//!
//! Each op is a folder: `mod.rs` holds the device-independent part (the kernel trait, the tape
//! plumbing) and `cpu_kernel.rs` the implementation for dfdx's `Cpu`. The kernel traits appear in
//! the layers' bounds, so they can be named, but they are sealed: their signatures carry
//! crate-internal geometry types, and only dfdx's `Cpu` implements them.
/// Moves the gradient buffer of tensor (or ghost) `$t` out of `$grads`, allocating zeros first if
/// it has none, and leaves an empty buffer in its place; [`put_grads!`] puts it back. Taking the
/// buffers out lets a kernel hold several of them mutably at once.
///
/// A macro rather than a function: dfdx's `Tensorlike` bound cannot be named outside dfdx, but a
/// call on a concrete (ghost) tensor type can be written.
macro_rules! take_grads {
    ($dev:expr, $e:ty, $grads:expr, $($t:expr),+) => {
        ($({
            let empty = dfdx::tensor::Storage::<$e>::try_alloc_len(&$dev, 0)?;
            std::mem::replace($grads.get_or_alloc_mut($t)?, empty)
        },)+)
    };
}

/// Puts back the buffers [`take_grads!`] took, in the same order.
macro_rules! put_grads {
    ($grads:expr, $(($t:expr, $v:expr)),+) => {
        $(*$grads.get_or_alloc_mut($t)? = $v;)+
    };
}

/// A convolution's part of a backward op: takes the gradient buffers of its weight `$w`, its bias
/// `$b` (an `Option` of a ghost) and, when `$input_grad`, its input `$x` out of `$grads`, has the
/// kernel add to them given the output's gradient `$gy` (a slice) and the forward pass's `$saved`
/// state, and puts them back.
macro_rules! conv_backward {
    ($dev:expr, $e:ty, $grads:expr, $g:expr, $saved:expr, $x:expr, $w:expr, $b:expr, $input_grad:expr, $gy:expr) => {{
        let (mut gw,) = take_grads!($dev, $e, $grads, $w);
        let mut gx = if $input_grad {
            Some(take_grads!($dev, $e, $grads, $x).0)
        } else {
            None
        };
        let mut gb = match $b {
            Some(b) => Some(take_grads!($dev, $e, $grads, b).0),
            None => None,
        };
        $dev.conv2d_backward($g, $saved, gx.as_mut(), &mut gw, gb.as_mut(), $gy)?;
        if let Some(gx) = gx {
            put_grads!($grads, ($x, gx));
        }
        if let (Some(b), Some(gb)) = ($b, gb) {
            put_grads!($grads, (b, gb));
        }
        put_grads!($grads, ($w, gw));
    }};
}

/// `$body(args…)` compiled for the instruction set `$isa` (an `Isa` the CPU has): an
/// `#[inline(always)]` function generic over `E: CpuFloat`, whose loops the compiler then
/// vectorises for AVX-512 or AVX2 with FMA (closures would not inherit the target features, so the
/// body is a named function). Plain code where the CPU has neither, or off x86-64.
macro_rules! with_isa {
    ($isa:expr, $body:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty) => {{
        #[cfg(target_arch = "x86_64")]
        {
            #[target_feature(enable = "avx512f")]
            fn wide<E: CpuFloat>($($arg: $ty),*) -> $ret {
                $body($($arg),*)
            }
            #[target_feature(enable = "avx2,fma")]
            fn narrow<E: CpuFloat>($($arg: $ty),*) -> $ret {
                $body($($arg),*)
            }
            match $isa {
                // SAFETY: `Isa` values come from run-time detection: the CPU has this one.
                $crate::ops::Isa::Avx512 => unsafe { wide($($arg),*) },
                // SAFETY: as above.
                $crate::ops::Isa::Avx2 => unsafe { narrow($($arg),*) },
                $crate::ops::Isa::Scalar => $body($($arg),*),
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let _ = $isa;
            $body($($arg),*)
        }
    }};
}

/// Calls `$body(s, args…)`, generic over `Simd` (`crate::ops::simd`), compiled for the
/// instruction set `isa` (AVX-512 or AVX2; the paths that use it are not chosen without them).
macro_rules! vectorised {
    ($isa:expr, $body:ident($($arg:ident: $ty:ty),* $(,)?)) => {{
        #[target_feature(enable = "avx512f")]
        fn wide($($arg: $ty),*) {
            // SAFETY: called only where the CPU has AVX-512 (below).
            $body(unsafe { $crate::ops::simd::Avx512::new() }, $($arg),*)
        }
        #[target_feature(enable = "avx2,fma")]
        fn narrow($($arg: $ty),*) {
            // SAFETY: called only where the CPU has AVX2 and FMA (below).
            $body(unsafe { $crate::ops::simd::Avx2::new() }, $($arg),*)
        }
        match $isa {
            // SAFETY: `Isa` values come from run-time detection: the CPU has this one.
            $crate::ops::Isa::Avx512 => unsafe { wide($($arg),*) },
            // SAFETY: as above.
            $crate::ops::Isa::Avx2 => unsafe { narrow($($arg),*) },
            $crate::ops::Isa::Scalar => unreachable!("the vectorised paths are chosen only with AVX2 or AVX-512"),
        }
    }};
}

pub(crate) mod activation;
pub(crate) mod add;
pub(crate) mod batchnorm2d;
pub(crate) mod conv2d;
pub(crate) mod conv_norm;
pub(crate) mod dropout;
pub(crate) mod gemm;
pub(crate) mod global_avg_pool;
pub(crate) mod linear;
pub(crate) mod pool2d;
#[cfg(target_arch = "x86_64")]
pub(crate) mod simd;

pub use activation::ActivationKernel;
pub use add::AddKernel;
pub use batchnorm2d::{BatchNorm2dKernel, BatchNormStats};
pub use conv2d::Conv2dKernel;
pub use dropout::DropoutKernel;
pub use global_avg_pool::GlobalAvgPoolKernel;
pub use linear::LinearKernel;
pub use pool2d::{Pool2dKernel, PoolKind};

use dfdx::shapes::{Dtype, HasShape, Shape};
use dfdx::tensor::{Cpu, Tensor};
use rayon::prelude::*;

use crate::forward::Opened;

/// Seals the kernel traits: the supertrait cannot be named outside this crate, so only this crate
/// implements them.
mod sealed {
    pub trait Sealed {}
    impl Sealed for dfdx::tensor::Cpu {}

    /// A device's buffers as slices, for the device-independent tape plumbing that hands a
    /// gradient buffer of dfdx's or one of constnet's to the same kernel.
    pub trait Slices<E: dfdx::shapes::Dtype>: dfdx::tensor::Storage<E> {
        /// The buffer's values.
        fn values(v: &Self::Vec) -> &[E];
        /// The buffer's values, to write.
        fn values_mut(v: &mut Self::Vec) -> &mut [E];
    }
    impl<E: dfdx::shapes::Dtype> Slices<E> for dfdx::tensor::Cpu {
        fn values(v: &Self::Vec) -> &[E] {
            v
        }
        fn values_mut(v: &mut Self::Vec) -> &mut [E] {
            v
        }
    }
}
pub(crate) use sealed::{Sealed, Slices};

/// What a kernel's forward pass returns: the output tensor and the state its backward pass needs.
pub type Forward<O, E, D, Saved> =
    Result<(Tensor<O, E, D>, Saved), <D as dfdx::tensor::HasErr>::Err>;

/// What a kernel's forward pass returns when its caller makes the output tensor: the output's
/// values and the state its backward pass needs.
pub type Computed<E, D, Saved> = Result<(Vec<E>, Saved), <D as dfdx::tensor::HasErr>::Err>;

impl<S: Shape, E: CpuFloat> Opened<S, E, Cpu> {
    /// The values, moved when they are in a buffer of ours, else copied out of the tensor.
    pub(crate) fn read(self) -> Vec<E> {
        match self {
            Opened::Tensor(t) => read_data(&t),
            Opened::Values(v, ..) => v,
        }
    }

    /// Copies the values into `dst` (in parallel when they are in a buffer of ours).
    pub(crate) fn copy_to(&self, dst: &mut [E]) {
        match self {
            Opened::Tensor(t) => t.copy_into(dst),
            Opened::Values(v, ..) => dst
                .par_chunks_mut(TASK_VALUES)
                .zip(v.par_chunks(TASK_VALUES))
                .for_each(|(d, s)| d.copy_from_slice(s)),
        }
    }
}

/// A float type the CPU kernels compute in (`f32`, `f64`).
pub trait CpuFloat: Dtype + num_traits::Float + core::ops::AddAssign + Send + Sync {
    /// `c = alpha · a·b + beta · c` for row/column-strided matrices (`a`: m×k, `b`: k×n, `c`: m×n).
    #[allow(clippy::too_many_arguments)]
    fn gemm(
        m: usize,
        k: usize,
        n: usize,
        alpha: Self,
        a: (&[Self], isize, isize),
        b: (&[Self], isize, isize),
        beta: Self,
        c: (&mut [Self], isize, isize),
    );

    /// `tanh(x)`: for `f32` a vectorisable approximation within a few ulp, for `f64` the standard
    /// library's.
    fn tanh_act(self) -> Self;

    /// The logistic sigmoid `1 / (1 + e^{−x})`, likewise.
    fn sigmoid_act(self) -> Self;

    /// `n` zeros, written in parallel when `n` is large (see [`zeroed`]).
    #[doc(hidden)]
    fn zeros(n: usize) -> Vec<Self>;

    /// The free list of [`scratch`] buffers of this type.
    #[doc(hidden)]
    fn recycled() -> &'static std::sync::Mutex<Vec<Vec<Self>>>;

    /// A [`scratch`] buffer of `n` values, from the `team`'s own buffers where a call runs on
    /// one and the type is `f32` (`Team::scratch`); otherwise from the shared free list.
    #[doc(hidden)]
    fn scratch_on(team: Option<&crate::team::Team>, n: usize) -> Vec<Self> {
        let _ = team;
        scratch(n)
    }

    /// Hands a buffer of [`CpuFloat::scratch_on`] back where it came from.
    #[doc(hidden)]
    fn recycle_on(team: Option<&crate::team::Team>, v: Vec<Self>) {
        let _ = team;
        recycle(v)
    }

    /// The slice as `f32`s when `Self` is `f32` (for kernels with an `f32`-only fast path).
    fn as_f32(s: &[Self]) -> Option<&[f32]> {
        let _ = s;
        None
    }

    /// The slice as `f32`s when `Self` is `f32`.
    fn as_f32_mut(s: &mut [Self]) -> Option<&mut [f32]> {
        let _ = s;
        None
    }

    /// The uninitialised slice as `f32`s when `Self` is `f32`.
    fn as_f32_uninit(
        s: &mut [std::mem::MaybeUninit<Self>],
    ) -> Option<&mut [std::mem::MaybeUninit<f32>]> {
        let _ = s;
        None
    }
}

macro_rules! cpu_float {
    ($t:ty, $gemm:path $(, { $($extra:tt)* })?) => {
        impl CpuFloat for $t {
            $($($extra)*)?

            fn zeros(n: usize) -> Vec<Self> {
                zeroed::<$t>(n)
            }

            fn recycled() -> &'static std::sync::Mutex<Vec<Vec<Self>>> {
                static FREE: std::sync::Mutex<Vec<Vec<$t>>> = std::sync::Mutex::new(Vec::new());
                &FREE
            }

            fn gemm(
                m: usize,
                k: usize,
                n: usize,
                alpha: Self,
                a: (&[Self], isize, isize),
                b: (&[Self], isize, isize),
                beta: Self,
                c: (&mut [Self], isize, isize),
            ) {
                if m == 0 || n == 0 {
                    return;
                }
                // Bounds: the largest index each operand is read or written at must be in range.
                let last = |rows: usize, cols: usize, rs: isize, cs: isize| {
                    (rows as isize - 1) * rs + (cols as isize - 1) * cs
                };
                if k > 0 {
                    assert!(
                        last(m, k, a.1, a.2) < a.0.len() as isize,
                        "gemm: a out of range"
                    );
                    assert!(
                        last(k, n, b.1, b.2) < b.0.len() as isize,
                        "gemm: b out of range"
                    );
                }
                assert!(
                    last(m, n, c.1, c.2) < c.0.len() as isize,
                    "gemm: c out of range"
                );
                // SAFETY: every element the product reads or writes lies inside the slices (checked
                // above, all strides are non-negative), and `c` does not alias `a` or `b` (it is a
                // unique borrow).
                unsafe {
                    $gemm(
                        m,
                        k,
                        n,
                        alpha,
                        a.0.as_ptr(),
                        a.1,
                        a.2,
                        b.0.as_ptr(),
                        b.1,
                        b.2,
                        beta,
                        c.0.as_mut_ptr(),
                        c.1,
                        c.2,
                    );
                }
            }
        }
    };
}
cpu_float!(f32, matrixmultiply::sgemm, {
    #[inline(always)]
    fn tanh_act(self) -> Self {
        activation::tanh_f32(self)
    }
    #[inline(always)]
    fn sigmoid_act(self) -> Self {
        activation::sigmoid_f32(self)
    }
    fn as_f32(s: &[f32]) -> Option<&[f32]> {
        Some(s)
    }
    fn as_f32_mut(s: &mut [f32]) -> Option<&mut [f32]> {
        Some(s)
    }
    fn as_f32_uninit(
        s: &mut [std::mem::MaybeUninit<f32>],
    ) -> Option<&mut [std::mem::MaybeUninit<f32>]> {
        Some(s)
    }
    fn scratch_on(team: Option<&crate::team::Team>, n: usize) -> Vec<f32> {
        match team {
            Some(team) => team.scratch(n),
            None => scratch(n),
        }
    }
    fn recycle_on(team: Option<&crate::team::Team>, v: Vec<f32>) {
        match team {
            Some(team) => team.recycle(v),
            None => recycle(v),
        }
    }
});
cpu_float!(f64, matrixmultiply::dgemm, {
    fn tanh_act(self) -> Self {
        self.tanh()
    }
    fn sigmoid_act(self) -> Self {
        1.0 / (1.0 + (-self).exp())
    }
});

/// The vector instruction sets the CPU kernels are compiled for, chosen at run time. Kernels that
/// take an `Isa` give the same results for each (they perform the same operations); the tests run
/// every one the CPU has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Isa {
    /// Plain code (whatever the compiler's baseline target allows).
    Scalar,
    /// x86-64 with AVX2 and FMA.
    Avx2,
    /// x86-64 with AVX-512F (and AVX2 and FMA).
    Avx512,
}

impl Isa {
    /// The widest instruction set the CPU has (detected once; the standard library caches it).
    pub fn detect() -> Isa {
        #[cfg(target_arch = "x86_64")]
        {
            let avx2 = std::arch::is_x86_feature_detected!("avx2")
                && std::arch::is_x86_feature_detected!("fma");
            if avx2 && std::arch::is_x86_feature_detected!("avx512f") {
                return Isa::Avx512;
            }
            if avx2 {
                return Isa::Avx2;
            }
        }
        Isa::Scalar
    }

    /// Every instruction set the CPU has, narrowest first.
    #[cfg(test)]
    pub fn available() -> Vec<Isa> {
        let best = Isa::detect();
        [Isa::Scalar, Isa::Avx2, Isa::Avx512]
            .into_iter()
            .filter(|&i| i as u8 <= best as u8)
            .collect()
    }
}

/// [`CpuFloat::gemm`] with the rows of `c` (and `a`) split over rayon's threads, when `c` is
/// row-major and the product is large enough to be worth a split.
#[allow(clippy::too_many_arguments)]
pub(crate) fn par_gemm<E: CpuFloat>(
    m: usize,
    k: usize,
    n: usize,
    alpha: E,
    a: (&[E], isize, isize),
    b: (&[E], isize, isize),
    beta: E,
    c: (&mut [E], isize, isize),
) {
    let rows = chunk_len(m);
    if m * k * n < 1 << 16 || rows >= m || c.2 != 1 || c.1 != n as isize {
        return E::gemm(m, k, n, alpha, a, b, beta, c);
    }
    c.0[..m * n]
        .par_chunks_mut(rows * n)
        .enumerate()
        .for_each(|(i, ci)| {
            let r0 = i * rows;
            let at = (r0 as isize * a.1) as usize;
            let a = (&a.0[at..], a.1, a.2);
            E::gemm(ci.len() / n, k, n, alpha, a, b, beta, (ci, c.1, c.2));
        });
}

/// Buffers [`recycle`] keeps at most; the kernels of one training step hand back fewer.
const MAX_RECYCLED: usize = 24;

/// Bytes [`recycle`] keeps at most, over all its buffers of one type.
const MAX_RECYCLED_BYTES: usize = 24 << 20;

/// A recycled buffer of exactly `n` elements (stale values), taken off [`recycle`]'s free list,
/// if one is there.
fn take_recycled<E: CpuFloat>(n: usize) -> Option<Vec<E>> {
    let mut free = E::recycled().lock().unwrap_or_else(|e| e.into_inner());
    let i = free.iter().position(|v| v.len() == n)?;
    Some(free.swap_remove(i))
}

/// A buffer of `n` elements whose contents the caller overwrites before reading: a recycled one
/// of exactly that length when one is free (no zero fill: its values are stale but initialised),
/// else a new, zeroed one ([`zeroed`]).
pub(crate) fn scratch<E: CpuFloat>(n: usize) -> Vec<E> {
    let mut v = take_recycled(n).unwrap_or_else(|| E::zeros(n));
    poison_if_asked(&mut v);
    v
}

/// Floats of slack a buffer needs for [`aligned`] to find a run starting on a cache line.
pub(crate) const ALIGN_SLACK: usize = 64 / std::mem::size_of::<f32>() - 1;

/// The `n` floats of `v` that start at its first address on a 64-byte boundary (a cache line,
/// the width of an AVX-512 vector): `v` needs [`ALIGN_SLACK`] floats beyond `n`. The allocator
/// places a `Vec<f32>` on 16 bytes, so without this every vector of 16 floats read from it
/// spans two cache lines.
pub(crate) fn aligned(v: &mut [f32], n: usize) -> &mut [f32] {
    let skip = v.as_ptr().align_offset(64).min(ALIGN_SLACK);
    &mut v[skip..skip + n]
}

/// Fills a scratch buffer with NaN while [`poison_scratch`] is on.
pub(crate) fn poison_if_asked<E: CpuFloat>(v: &mut [E]) {
    if POISON_SCRATCH.load(std::sync::atomic::Ordering::Relaxed) {
        v.fill(E::nan());
    }
}

/// A [`scratch`] buffer of `n` values: from the team's buffers where a call's parts run on a
/// team and the type is `f32` ([`CpuFloat::scratch_on`]), else from the shared free list.
pub(crate) fn scratch_on<E: CpuFloat>(team: Option<&crate::team::Team>, n: usize) -> Vec<E> {
    E::scratch_on(team, n)
}

/// Hands a buffer of [`scratch_on`] back where it came from.
pub(crate) fn recycle_on<E: CpuFloat>(team: Option<&crate::team::Team>, v: Vec<E>) {
    E::recycle_on(team, v)
}

/// Asks the CPU to bring every cache line of `s` into its caches (x86-64; nothing elsewhere).
/// For a loop that jumps between short runs (one 4 KiB page each, say) where the hardware
/// prefetcher, which stops at page boundaries, would start each run cold: prefetch the next run
/// while working on this one.
#[inline]
pub(crate) fn prefetch<T>(s: &[T]) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        let bytes = std::mem::size_of_val(s);
        let p = s.as_ptr().cast::<i8>();
        for at in (0..bytes).step_by(64) {
            // SAFETY: a prefetch reads nothing and cannot fault; the address lies inside `s`.
            // (SSE, part of every x86-64 CPU.)
            unsafe { _mm_prefetch::<_MM_HINT_T0>(p.add(at)) };
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = s;
}

/// A buffer of `n` elements that `fill` writes in full before anything reads it: a recycled one
/// of exactly that length when one is free, else a new one, handed to `fill` without the zero
/// fill [`scratch`] gives a new buffer (a pass over the whole buffer, which `fill` would only
/// overwrite). While [`poison_scratch`] is on, `fill` gets NaN in every element, so that the
/// kernels' tests see any element it leaves out.
///
/// # Safety
/// `fill` must write every element of the slice it is given.
pub(crate) unsafe fn scratch_filled<E: CpuFloat>(
    n: usize,
    fill: impl FnOnce(&mut [std::mem::MaybeUninit<E>]),
) -> Vec<E> {
    let mut v = match take_recycled(n) {
        Some(mut v) => {
            // The stale values stay in place (as initialised values under a `MaybeUninit` view).
            // SAFETY: `n` elements of the allocation are initialised, and `fill` writes them all
            // again before the length is restored below.
            unsafe { v.set_len(0) };
            v
        }
        None => fresh(n),
    };
    let spare = &mut v.spare_capacity_mut()[..n];
    if POISON_SCRATCH.load(std::sync::atomic::Ordering::Relaxed) {
        spare.fill(std::mem::MaybeUninit::new(E::nan()));
    }
    fill(spare);
    // SAFETY: the caller's `fill` wrote every one of the first `n` elements.
    unsafe { v.set_len(n) };
    v
}

/// `nimg` images of `dst_image` elements each, written by `write(dst, src)` from the images of
/// `src` (`src_image` elements each, at least `nimg` of them), in parallel over the images where
/// `par` (else on the calling thread), then `slack` zeros: a [`scratch_filled`] buffer. Where the
/// source images hold no elements, the images are zeros.
///
/// # Safety
/// `write` must write every element of the `dst` it is given.
pub(crate) unsafe fn write_images<E: CpuFloat>(
    (nimg, dst_image, slack): (usize, usize, usize),
    src: &[E],
    src_image: usize,
    par: bool,
    write: impl Fn(&mut [std::mem::MaybeUninit<E>], &[E]) + Sync,
) -> Vec<E> {
    assert!(src.len() >= nimg * src_image, "too few source images");
    let total = nimg * dst_image;
    let zero = std::mem::MaybeUninit::new(E::zero());
    let fill = |buf: &mut [std::mem::MaybeUninit<E>]| {
        let (images, tail) = buf.split_at_mut(total);
        tail.fill(zero);
        if src_image == 0 {
            images.fill(zero);
            return;
        }
        // `nimg` destination images (`total` elements), each with its source image.
        if par {
            images
                .par_chunks_mut(dst_image.max(1))
                .zip(src.par_chunks(src_image))
                .for_each(|(dst, src)| write(dst, src));
        } else {
            images
                .chunks_mut(dst_image.max(1))
                .zip(src.chunks(src_image))
                .for_each(|(dst, src)| write(dst, src));
        }
    };
    // SAFETY: `fill` writes the slack, and each destination image: zeros, or through `write`,
    // which the caller vouches writes all of it (each has a source image: asserted above).
    unsafe { scratch_filled(total + slack, fill) }
}

/// Whether [`scratch`] fills the buffers it hands out with NaN (see [`poison_scratch`]).
static POISON_SCRATCH: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Test-only: while `on`, every scratch buffer the CPU kernels take (recycled or new) is filled
/// with NaN before they get it. The kernels promise to overwrite such a buffer before reading it,
/// so no result may change; `tests/kernels.rs` checks that bit for bit. Process-wide; not for use
/// outside tests.
#[doc(hidden)]
pub fn poison_scratch(on: bool) {
    POISON_SCRATCH.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Plain numbers, whose all-zero bit pattern is a valid value (their zero).
///
/// # Safety
/// Every value of the type must be valid as all zero bytes.
pub(crate) unsafe trait ZeroBits: Copy + Send + Sync {}
// SAFETY: integers and IEEE floats; all zero bits are 0 and +0.0.
unsafe impl ZeroBits for u8 {}
// SAFETY: as above.
unsafe impl ZeroBits for u32 {}
// SAFETY: as above.
unsafe impl ZeroBits for f32 {}
// SAFETY: as above.
unsafe impl ZeroBits for f64 {}

/// A vector of `n` zeros, written in parallel (by `memset`s of a chunk each) when it is large: a
/// serial fill of a multi-megabyte buffer (glibc's `calloc` on reused heap memory is a `memset`)
/// holds every other thread up while the calling thread writes it.
pub(crate) fn zeroed<T: ZeroBits>(n: usize) -> Vec<T> {
    /// Elements per parallel task.
    const CHUNK: usize = 1 << 16;
    if n < 4 * CHUNK {
        // SAFETY: all zero bytes are a valid `T` (`ZeroBits`).
        return vec![unsafe { std::mem::zeroed() }; n];
    }
    let mut v: Vec<T> = fresh(n);
    v.spare_capacity_mut()[..n]
        .par_chunks_mut(CHUNK)
        .for_each(|c| {
            // SAFETY: the chunk is `c.len()` writable (uninitialised) elements of the allocation.
            unsafe { std::ptr::write_bytes(c.as_mut_ptr(), 0, c.len()) }
        });
    // SAFETY: the loop above zeroed every byte of the first `n` elements, and all zero bytes are
    // a valid `T` (`ZeroBits`).
    unsafe { v.set_len(n) };
    v
}

/// Hands a buffer back for [`scratch`] to reuse (small buffers, and any beyond
/// [`MAX_RECYCLED`] buffers or [`MAX_RECYCLED_BYTES`], are simply dropped).
pub(crate) fn recycle<E: CpuFloat>(v: Vec<E>) {
    if v.len() < 4096 {
        return;
    }
    let mut free = E::recycled().lock().unwrap_or_else(|e| e.into_inner());
    let held: usize = free.iter().map(Vec::len).sum();
    let fits = (held + v.len()) * std::mem::size_of::<E>() <= MAX_RECYCLED_BYTES;
    if free.len() < MAX_RECYCLED && fits {
        free.push(v);
    }
}

/// Copies the (contiguous) data of a CPU tensor out into a [`scratch`] buffer. dfdx keeps tensor
/// storage private to its crate, so a copy is the only safe way in.
pub(crate) fn read_data<S: Shape, E: CpuFloat, T>(t: &Tensor<S, E, Cpu, T>) -> Vec<E> {
    read_data_on(t, None)
}

/// [`read_data`] into a buffer of the `team`'s where a call runs on one ([`scratch_on`]).
pub(crate) fn read_data_on<S: Shape, E: CpuFloat, T>(
    t: &Tensor<S, E, Cpu, T>,
    team: Option<&crate::team::Team>,
) -> Vec<E> {
    let mut v = scratch_on(team, t.shape().num_elements());
    t.copy_into(&mut v);
    v
}

/// Adds every slice of `parts` to `acc`, element by element in the order of `parts` (so the
/// sums are those of a serial loop), in parallel tasks of [`TASK_VALUES`] elements.
pub(crate) fn add_all<E: CpuFloat, P: AsRef<[E]> + Sync>(acc: &mut [E], parts: &[P]) {
    acc.par_chunks_mut(TASK_VALUES)
        .enumerate()
        .for_each(|(i, acc)| {
            for p in parts {
                let p = &p.as_ref()[i * TASK_VALUES..][..acc.len()];
                acc.iter_mut().zip(p).for_each(|(a, &v)| *a += v);
            }
        });
}

/// Sum of a slice with eight independent accumulators, so the compiler can vectorise it.
pub(crate) fn sum<E: CpuFloat>(v: &[E]) -> E {
    let mut acc = [E::zero(); 8];
    let chunks = v.chunks_exact(8);
    let tail = chunks.remainder();
    for c in chunks {
        for (a, &x) in acc.iter_mut().zip(c) {
            *a += x;
        }
    }
    let mut total = tail.iter().fold(E::zero(), |a, &x| a + x);
    for a in acc {
        total += a;
    }
    total
}

/// An optional buffer (an input gradient that may not be computed, an argmax that may not be
/// kept) split into `chunks` pieces of `len` (the last may be shorter), to zip with the other
/// buffers of a parallel loop; `chunks` `None`s without it.
pub(crate) fn optional_chunks<E>(
    buf: Option<&mut [E]>,
    chunks: usize,
    len: usize,
) -> Vec<Option<&mut [E]>> {
    match buf {
        Some(buf) => buf.chunks_mut(len.max(1)).map(Some).collect(),
        None => (0..chunks).map(|_| None).collect(),
    }
}

/// Values per parallel task of the kernels that split their work finer than by images
/// (element-wise maps, pooling and batch norm over planes): a task of fewer costs more to hand to
/// another thread (waking it) than it saves, so a small input (one image) runs as one task on the
/// calling thread.
pub(crate) const TASK_VALUES: usize = 1 << 14;

/// Planes of `plane` values per parallel task: at least [`TASK_VALUES`] values.
pub(crate) fn planes_per_task(plane: usize) -> usize {
    (TASK_VALUES / plane.max(1)).max(1)
}

/// Images per parallel task: the batch split evenly into two tasks per rayon thread, so that a
/// thread slowed by other work (the calling thread's serial work, a noisy neighbour on a shared
/// machine) leaves its second task to an idle one. Against one task per thread, interleaved on
/// this project's 2-core VM (`zoo --only train --steps N`, 5–8 rounds): ResNet20 1.02× at 2
/// threads and 1.00× at 1, LeNet5 1.05×, vgg 1.02×.
pub(crate) fn chunk_len(batch: usize) -> usize {
    batch.div_ceil(2 * rayon::current_num_threads()).max(1)
}

/// Bytes from which glibc's `malloc` maps a block of its own (`M_MMAP_THRESHOLD`, set by
/// [`tune_allocator`]): such a block is fresh memory each time, faulted in page by page.
const MMAP_BYTES: usize = 32 << 20;

/// An empty vector with room for `n` elements, for a kernel's output or buffer that it then
/// writes in full. A block of at least [`MMAP_BYTES`] (glibc maps it afresh on every call) is
/// marked for transparent huge pages (`madvise(MADV_HUGEPAGE)`, Linux), so that writing it
/// faults in 2 MiB at a time rather than 4 KiB: a 64 MiB output is then 32 page faults instead
/// of 16,384. Memory a program never touches costs nothing either way; where the kernel's huge
/// pages are off (`/sys/kernel/mm/transparent_hugepage/enabled` is `never`) the hint does
/// nothing.
pub(crate) fn fresh<T>(n: usize) -> Vec<T> {
    let v = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        const MADV_HUGEPAGE: i32 = 14;
        let bytes = v.capacity() * std::mem::size_of::<T>();
        let at = v.as_ptr() as usize;
        let (start, end) = (at.next_multiple_of(HUGE), (at + bytes) / HUGE * HUGE);
        if bytes >= MMAP_BYTES && end > start {
            unsafe extern "C" {
                fn madvise(addr: *mut std::ffi::c_void, len: usize, advice: i32) -> i32;
            }
            // SAFETY: the range lies inside the vector's allocation, which this function owns;
            // `MADV_HUGEPAGE` changes only how the kernel backs it with pages, never its
            // contents, and an error (huge pages unsupported) leaves it as it was.
            unsafe { madvise(start as *mut std::ffi::c_void, end - start, MADV_HUGEPAGE) };
        }
    }
    v
}

/// Sets glibc's `malloc` thresholds once per process, so that the multi-megabyte buffers a
/// training step allocates and frees (tensors, gradients, kernel scratch) are served from the heap
/// and reused, instead of each being `mmap`ed (or trimmed off the heap and grown back), then
/// page-faulted in and zeroed by the kernel, every step:
/// - `M_MMAP_THRESHOLD` to 32 MiB, its ceiling: blocks up to that size come from the heap (an
///   inference batch of 256 images of 64 channels at 16×16 is 16 MiB);
/// - `M_TRIM_THRESHOLD` to 512 MiB: the heap keeps up to that much freed memory
///   instead of handing it back to the kernel at the end of each step (ResNet-20's training step
///   frees about 60 MB; with glibc's default the next step faulted all of it in again). The
///   process's resident memory then stays near its peak while it trains.
/// - `M_TOP_PAD` to 64 MiB: what keeps the heaps of the threads' own arenas. The kernels and
///   whatever runs inside a rayon pool (`pool.install`) allocate from the arena of the worker
///   thread they run on, not from the main heap that the trim threshold governs; such an arena
///   grows by heaps of at most 64 MiB, and glibc unmaps a heap as soon as it is empty, so a batch
///   whose tensors outgrow one heap (ResNet-20's inference at batch 256: 16 MiB per activation)
///   mapped, faulted in and unmapped a heap about 100 times a second. A pad of a whole heap keeps
///   an empty heap mapped (glibc deletes one only when the space it frees exceeds the pad). The
///   pad also rounds up each growth of the main heap by up to 64 MiB of address space, which
///   costs no memory until it is written.
///
/// Other C libraries are left alone.
pub(crate) fn tune_allocator() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        {
            // glibc's `mallopt` parameters (`malloc.h`).
            const M_TRIM_THRESHOLD: i32 = -1;
            const M_TOP_PAD: i32 = -2;
            const M_MMAP_THRESHOLD: i32 = -3;
            /// Bytes of freed memory at the top of the heap that it keeps.
            const TRIM_THRESHOLD: i32 = 512 << 20;
            unsafe extern "C" {
                fn mallopt(param: i32, value: i32) -> i32;
            }
            // SAFETY: `mallopt` only sets allocator parameters (under the allocator's lock); an
            // out-of-range value is refused with a return of 0, leaving the default.
            unsafe {
                mallopt(M_MMAP_THRESHOLD, MMAP_BYTES as i32);
                mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD);
                mallopt(M_TOP_PAD, 64 << 20);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    /// `aligned` finds the run of `n` floats that starts on a cache line, inside the buffer,
    /// whatever the buffer's own offset from one.
    #[test]
    fn aligned_runs_start_on_a_cache_line() {
        let mut v = vec![0f32; 100];
        for start in 0..16 {
            let n = 100 - start - super::ALIGN_SLACK;
            let s = &mut v[start..];
            let (first, last) = (s.as_ptr() as usize, s.as_ptr() as usize + 4 * s.len());
            let a = super::aligned(s, n);
            let at = a.as_ptr() as usize;
            assert!(at.is_multiple_of(64) && a.len() == n, "{start}");
            assert!(
                at >= first && at + 4 * n <= last && at - first < 64,
                "{start}"
            );
        }
    }

    /// Small buffers (one serial fill) and large ones (parallel chunks, the last one partial)
    /// hold `n` zeros. Each is allocated right after a block of the same size was filled with
    /// ones and freed, which the heap hands out again (the allocator tuned as in training): a fill
    /// that skipped part of the buffer would leave those bytes, not the kernel's fresh zero pages.
    #[test]
    fn zeroed_writes_every_element() {
        super::tune_allocator();
        for n in [0, 1, 1000, (1 << 18) - 1, (1 << 18) + 12_345] {
            drop(std::hint::black_box(vec![0xFFu8; n]));
            let v = super::zeroed::<u8>(n);
            assert!(v.len() == n && v.iter().all(|&x| x == 0), "{n}");
            drop(std::hint::black_box(vec![0xFFu8; 4 * n]));
            let v = super::zeroed::<f32>(n);
            assert!(v.len() == n && v.iter().all(|&x| x.to_bits() == 0), "{n}");
        }
    }
}
