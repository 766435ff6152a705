//! CPU residual sum: one parallel pass each way.
use dfdx::shapes::Shape;
use dfdx::tensor::{Cpu, CpuError};
use rayon::prelude::*;

use super::AddKernel;
use crate::forward::{Activation, Opened};
use crate::ops::activation::{Epilogue, EpilogueChunk};
use crate::ops::{fresh, read_data, recycle, Computed, CpuFloat, TASK_VALUES};

/// `ys += bs`, element by element, then the chunk's epilogue over `ys`.
fn add_chunk<E: CpuFloat>(ys: &mut [E], bs: &[E], mut ep: EpilogueChunk<E>) {
    for (y, &b) in ys.iter_mut().zip(bs) {
        *y += b;
    }
    ep.apply(0, ys);
}

impl<E: CpuFloat> AddKernel<E> for Cpu {
    /// The folded activation and what its backward pass needs.
    type Saved = Epilogue<E>;

    fn add_forward<S: Shape, S2: Shape>(
        &self,
        a: Opened<S, E, Self>,
        b: Opened<S2, E, Self>,
        epilogue: Option<Activation>,
        train: bool,
    ) -> Computed<E, Self, Self::Saved> {
        let n = a.shape().num_elements();
        let mut ep = Epilogue::new(epilogue, n, train);
        let chunks = ep.chunks(n.div_ceil(TASK_VALUES), TASK_VALUES);
        let (y, bd) = match a {
            // Values of ours: the sum is written over them.
            Opened::Values(mut y, ..) => {
                let bd = b.read();
                assert_eq!(bd.len(), n, "residual sum: the branches' shapes are one");
                y.par_chunks_mut(TASK_VALUES)
                    .zip(bd.par_chunks(TASK_VALUES))
                    .zip(chunks)
                    .for_each(|((ys, bs), ep)| add_chunk(ys, bs, ep));
                (y, bd)
            }
            // A tensor (in training, both are): the two copies out of dfdx's storage, each one
            // `memcpy`, side by side on two threads; the sum goes into a new buffer written once,
            // chunk by chunk (see the activation kernel's forward pass), and the copy of `a`
            // goes back to the free list.
            Opened::Tensor(a) => {
                let (bd, ad) = rayon::join(|| b.read(), || read_data(&a));
                assert_eq!(bd.len(), n, "residual sum: the branches' shapes are one");
                let mut y = fresh(n);
                y.spare_capacity_mut()[..n]
                    .par_chunks_mut(TASK_VALUES)
                    .zip(ad.par_chunks(TASK_VALUES))
                    .zip(bd.par_chunks(TASK_VALUES))
                    .zip(chunks)
                    .for_each(|(((ys, as_), bs), ep)| {
                        add_chunk(ys.write_copy_of_slice(as_), bs, ep)
                    });
                // SAFETY: the chunks cover the `n` elements, each initialised by
                // `write_copy_of_slice`.
                unsafe { y.set_len(n) };
                recycle(ad);
                (y, bd)
            }
        };
        recycle(bd);
        Ok((y, ep))
    }

    fn add_backward(
        &self,
        saved: &Self::Saved,
        grad: &mut Self::Vec,
        grad_out: &Self::Vec,
    ) -> Result<(), CpuError> {
        saved.add_grad(grad, grad_out);
        Ok(())
    }
}
