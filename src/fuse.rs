//! A `ReLU` folded into the convolution before it, inside [`Sequential`](crate::Sequential).
//!
//! `Conv2d` followed by `ReLU` is the commonest pair in a convolutional network. Run apart, the
//! ReLU copies the convolution's output out of dfdx's tensor (its storage is private to dfdx),
//! writes a new tensor, and has its own backward pass and gradient buffer. Folded, the convolution
//! applies the ReLU as it writes its output and masks the incoming gradient in its own backward
//! pass.
//!
//! The handshake, on the calling thread:
//! 1. `Sequential`, about to run a layer that a `ReLU` follows, *offers* the ReLU to that layer:
//!    it records the layer's address and type name ([`offer`]).
//! 2. A `Conv2d` whose address and type match takes the offer ([`take_offer`]) and applies the
//!    ReLU; any other code finds no matching offer (a convolution nested inside the offered layer
//!    has another type, or another address).
//! 3. `Sequential` then runs the `ReLU`, which finds that the layer before it already applied it
//!    ([`already_applied`]) and returns its input unchanged.
//!
//! The offer is withdrawn when the layer returns, and a taken offer is cleared if the layer
//! fails or panics, so no later `ReLU` can skip its work by mistake. A `ReLU` applied twice is the
//! same function with the same gradient, so a fold that did not happen is never wrong, only
//! slower.
use std::cell::Cell;

use crate::layers::ReLU;

thread_local! {
    /// The layer a `ReLU` is offered to: its address and type name.
    static OFFER: Cell<Option<(usize, &'static str)>> = const { Cell::new(None) };
    /// Whether the offered layer took the `ReLU` and the `ReLU` has not run yet.
    static TAKEN: Cell<bool> = const { Cell::new(false) };
}

#[cfg(test)]
thread_local! {
    /// Offers taken on this thread (for the tests).
    static TAKES: Cell<usize> = const { Cell::new(0) };
}

/// Whether the layer type `L` is [`ReLU`].
pub(crate) fn is_relu<L>() -> bool {
    std::any::type_name::<L>() == std::any::type_name::<ReLU>()
}

/// Runs `forward` (the forward pass of `layer`), offering `layer` the `ReLU` that follows it when
/// `relu_next`.
pub(crate) fn offer<L, R, Err>(
    layer: &L,
    relu_next: bool,
    forward: impl FnOnce() -> Result<R, Err>,
) -> Result<R, Err> {
    offer_at(layer as *const L, relu_next, forward)
}

/// As [`offer`], for the layer at `at` (for a forward pass that borrows the layer mutably; the
/// pointer is only compared, never read through).
pub(crate) fn offer_at<L, R, Err>(
    at: *const L,
    relu_next: bool,
    forward: impl FnOnce() -> Result<R, Err>,
) -> Result<R, Err> {
    if !relu_next {
        return forward();
    }
    let me = (at as usize, std::any::type_name::<L>());
    let mut restore = Restore {
        outer: OFFER.replace(Some(me)),
        ok: false,
    };
    let result = forward();
    restore.ok = result.is_ok();
    result
}

/// Withdraws an offer when the offered layer returns, and forgets a taken one when it failed or
/// panicked (so no later `ReLU` skips its work).
struct Restore {
    outer: Option<(usize, &'static str)>,
    ok: bool,
}

impl Drop for Restore {
    fn drop(&mut self) {
        OFFER.set(self.outer);
        if !self.ok {
            TAKEN.set(false);
        }
    }
}

/// Called by a layer that can apply a `ReLU` to its output: whether one is offered to it (it then
/// must apply it).
pub(crate) fn take_offer<L>(layer: &L) -> bool {
    let me = (layer as *const L as usize, std::any::type_name::<L>());
    if OFFER.get() != Some(me) {
        return false;
    }
    OFFER.set(None);
    TAKEN.set(true);
    #[cfg(test)]
    TAKES.set(TAKES.get() + 1);
    true
}

/// Called by `ReLU`: whether the layer before it already applied it (then it returns its input).
pub(crate) fn already_applied() -> bool {
    TAKEN.replace(false)
}

#[cfg(test)]
mod tests {
    use super::TAKES;
    use crate::prelude::*;

    /// Folds happen exactly where a `ReLU` follows a `Conv2d` in the same `Sequential` (through
    /// `forward` and `forward_mut`, with and without a tape), and nowhere else; no offer outlives
    /// its layer.
    #[test]
    fn folds_only_conv_then_relu() {
        fn takes<M: Module<Tensor<Rank4<1, 1, 6, 6>, f32, Cpu>>>(m: &M) -> usize {
            let dev: Cpu = Default::default();
            let before = TAKES.get();
            let _ = m.try_forward(dev.zeros());
            let after = TAKES.get() - before;
            assert!(super::OFFER.get().is_none() && !super::TAKEN.get());
            after
        }
        let dev: Cpu = Default::default();
        let pair = dev.build_module::<Sequential<(Conv2d<1, 2, 3>, ReLU)>, f32>();
        assert_eq!(takes(&pair), 1);
        let two =
            dev.build_module::<Sequential<(Conv2d<1, 2, 3>, ReLU, Conv2d<2, 2, 3>, ReLU)>, f32>();
        assert_eq!(takes(&two), 2);
        let tanh = dev.build_module::<Sequential<(Conv2d<1, 2, 3>, Tanh, ReLU)>, f32>();
        assert_eq!(takes(&tanh), 0);
        let nested = dev.build_module::<Sequential<(Sequential<(Conv2d<1, 2, 3>,)>, ReLU)>, f32>();
        assert_eq!(takes(&nested), 0);
        let inner =
            dev.build_module::<Sequential<(Sequential<(Conv2d<1, 2, 3>, ReLU)>, ReLU)>, f32>();
        assert_eq!(takes(&inner), 1);
        let mut m = pair.clone();
        let before = TAKES.get();
        let x: Tensor<Rank4<1, 1, 6, 6>, f32, Cpu> = dev.zeros();
        let _ = m.forward_mut(x.traced(m.alloc_grads()));
        assert_eq!(TAKES.get() - before, 1);
    }

    /// A layer that took the offer and then failed, or panicked, leaves nothing behind for a later
    /// `ReLU` to skip on.
    #[test]
    fn a_failing_layer_leaves_no_taken_offer() {
        let layer = 0u8;
        let failed: Result<(), ()> = super::offer(&layer, true, || {
            assert!(super::take_offer(&layer));
            Err(())
        });
        assert!(failed.is_err() && !super::already_applied());
        let panicked = std::panic::catch_unwind(|| {
            super::offer(&layer, true, || -> Result<(), ()> {
                assert!(super::take_offer(&layer));
                panic!("inside the layer")
            })
        });
        assert!(panicked.is_err());
        assert!(!super::already_applied() && super::OFFER.get().is_none());
        // and an offer to another layer is not taken
        let other = 1u8;
        let taken = super::offer(&layer, true, || Ok::<_, ()>(super::take_offer(&other)));
        assert_eq!(taken, Ok(false));
    }
}
