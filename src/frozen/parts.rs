//! How a [`Frozen`] model evaluates a batch: whole, or in parts that each go through the whole
//! model on one thread ([`Parts`]), and the timing that picks between them.
use std::collections::HashMap;
use std::sync::Mutex;

use dfdx::shapes::{Dim, Shape};

use super::Frozen;

/// How a [`Frozen`] model evaluates a batch (`[N, F]`, `[N, C, H, W]`): whole, or in parts that
/// each go through the whole model on one thread, their activations small enough to stay in the
/// core's caches from one layer to the next (a whole batch's are written out to memory by each
/// layer and read back by the next), the parts sharing the threads (where the layers of a whole
/// batch hand its images from thread to thread at every layer). Parts pay where the activations
/// are large beside the weights; a model whose work is in large weights (wide layers, linear
/// layers, which pack their weights on every call) runs faster whole. The results are the same,
/// bit for bit: a part holds at least [`Frozen::MIN_PART`] items, from which no kernel's choice
/// depends on the batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Parts {
    /// Timed: the first calls on each batch size (at each thread count) try the whole batch and
    /// parts of about 16, 32 and 64 items in turn, [`Parts::TRIALS`] calls each, and the calls after
    /// run the fastest ([`Frozen::parts_for`] tells which).
    #[default]
    Timed,
    /// The whole batch at once.
    Whole,
    /// Parts of about this many items (at least [`Frozen::MIN_PART`]).
    Of(usize),
}

impl Parts {
    /// Calls per candidate that [`Parts::Timed`] times; the fastest of each candidate's counts.
    /// With 3, one lucky call could decide: a frozen LeNet-5 at batch 256 on 2 threads chose
    /// parts of 16 in one run of 6, which run 0.80–0.83× as fast as its whole batch there (parts
    /// of 32 and 64: 0.92–1.05×, level; the whole batch or those in the other five runs). With 5
    /// and [`Parts::MARGIN`], 6 runs chose the whole batch twice and parts of 32 or 64 four times.
    pub const TRIALS: usize = 5;

    /// How much faster than the whole batch parts must be to be chosen: their fastest call at
    /// most this share of the whole batch's. Within it the two are level on this project's VM,
    /// whose speed moves by more from call to call, and the whole batch copies nothing more.
    pub const MARGIN: f64 = 0.97;
}

/// The items per part [`Parts::Timed`] tries beside the whole batch.
const TRIED: [usize; 3] = [16, 32, 64];

/// The sizes of the parts a batch of `batch` items is evaluated in, with parts of about `part`
/// items on `threads` threads: as many parts as `part` asks, at least one per thread and a
/// multiple of the threads (each thread then has as many), at most as many as hold
/// [`Frozen::MIN_PART`] items each; their sizes differ by one at most. One part (the whole
/// batch) where `part` is `None` or the batch holds fewer than two parts of the least size.
pub(crate) fn part_sizes(batch: usize, part: Option<usize>, threads: usize) -> Vec<usize> {
    let min = Frozen::<()>::MIN_PART;
    let Some(part) = part else {
        return vec![batch];
    };
    let threads = threads.max(1);
    let k = batch
        .div_ceil(part.max(min))
        .max(threads)
        .div_ceil(threads)
        .saturating_mul(threads)
        .min(batch / min);
    if k < 2 {
        return vec![batch];
    }
    (0..k)
        .map(|i| batch / k + usize::from(i < batch % k))
        .collect()
}

/// What [`Parts::Timed`] knows of one batch size at one thread count.
#[derive(Debug)]
enum Trial {
    /// The candidates.
    Trying(Vec<Candidate>),
    /// The fastest candidate's part sizes.
    Chosen(Vec<usize>),
}

/// One way [`Parts::Timed`] tries.
#[derive(Debug)]
struct Candidate {
    /// Its part sizes.
    sizes: Vec<usize>,
    /// The calls given it so far (some may still run).
    started: usize,
    /// The seconds of its calls that ended.
    secs: Vec<f64>,
}

/// The trials of a [`Parts::Timed`] model, by batch size and thread count. Shared by the
/// threads that call the model: concurrent calls time their own candidates.
#[derive(Debug, Default)]
pub(crate) struct Timings {
    trials: Mutex<HashMap<(usize, usize), Trial>>,
}

impl Timings {
    /// The part sizes of the next call on `batch` items at `threads` threads, and the candidate
    /// to credit its time to while the trial runs: the one given the fewest calls (concurrent
    /// calls take the candidates in turn).
    pub fn next(&self, batch: usize, threads: usize) -> (Vec<usize>, Option<usize>) {
        let mut trials = self.trials.lock().unwrap_or_else(|e| e.into_inner());
        let trial = trials.entry((batch, threads)).or_insert_with(|| {
            let mut tried: Vec<Vec<usize>> = vec![vec![batch]];
            for part in TRIED {
                let sizes = part_sizes(batch, Some(part), threads);
                if !tried.contains(&sizes) {
                    tried.push(sizes);
                }
            }
            match tried.len() {
                1 => Trial::Chosen(tried.remove(0)),
                _ => Trial::Trying(
                    tried
                        .into_iter()
                        .map(|sizes| Candidate {
                            sizes,
                            started: 0,
                            secs: Vec::new(),
                        })
                        .collect(),
                ),
            }
        });
        match trial {
            Trial::Chosen(sizes) => (sizes.clone(), None),
            Trial::Trying(tried) => {
                let (i, c) = tried
                    .iter_mut()
                    .enumerate()
                    .min_by_key(|(_, c)| c.started)
                    .expect("at least two candidates");
                c.started += 1;
                (c.sizes.clone(), Some(i))
            }
        }
    }

    /// Credits `secs` to candidate `i` of the trial on `batch` items at `threads` threads; once
    /// every candidate has [`Parts::TRIALS`] calls, chooses the one whose fastest call was fastest,
    /// parts only where they beat the whole batch by [`Parts::MARGIN`].
    pub fn record(&self, batch: usize, threads: usize, i: usize, secs: f64) {
        let mut trials = self.trials.lock().unwrap_or_else(|e| e.into_inner());
        let Some(trial) = trials.get_mut(&(batch, threads)) else {
            return;
        };
        let Trial::Trying(tried) = trial else {
            return;
        };
        if let Some(c) = tried.get_mut(i) {
            c.secs.push(secs);
        }
        if tried.iter().all(|c| c.secs.len() >= Parts::TRIALS) {
            // The whole batch (the first candidate) counts as if `MARGIN` of its time.
            let fastest = |(i, c): &(usize, &Candidate)| {
                let best = c.secs.iter().copied().fold(f64::INFINITY, f64::min);
                if *i == 0 {
                    best * Parts::MARGIN
                } else {
                    best
                }
            };
            let best = tried
                .iter()
                .enumerate()
                .min_by(|a, b| fastest(a).total_cmp(&fastest(b)))
                .map(|(_, c)| c.sizes.clone())
                .expect("at least two candidates");
            *trial = Trial::Chosen(best);
        }
    }

    /// The part sizes chosen for `batch` items at `threads` threads, once the trial is over.
    pub fn chosen(&self, batch: usize, threads: usize) -> Option<Vec<usize>> {
        let trials = self.trials.lock().unwrap_or_else(|e| e.into_inner());
        match trials.get(&(batch, threads)) {
            Some(Trial::Chosen(sizes)) => Some(sizes.clone()),
            _ => None,
        }
    }
}

/// A tensor shape whose first dimension a [`Frozen`] model may evaluate in parts: a batch of
/// vectors (`[N, F]`) or of images (`[N, C, H, W]`), of any dimensions. The other ranks (an
/// image `[C, H, W]`, a vector `[F]`, a scalar, and ranks 5 and 6) are evaluated whole.
pub trait SplitBatch: Shape {
    /// Whether the shape is a batch that may be evaluated in parts.
    const SPLITS: bool;
    /// The shape of a part: the first dimension known at run time, the others the same (the
    /// shape itself where it does not split).
    type Part: Shape;
    /// The items of the batch, where the shape [`SplitBatch::SPLITS`].
    fn batch(&self) -> Option<usize>;
    /// The shape of a part of `items` items.
    fn part(&self, items: usize) -> Self::Part;
    /// The shape of `items` items whose other dimensions are those of `part`, where `items`
    /// fits the first dimension (a `Const` one holds one size).
    fn whole(part: &Self::Part, items: usize) -> Option<Self>;
}

/// Batches of vectors and of images split.
macro_rules! split_batch {
    ($($d:ident . $i:tt),+) => {
        impl<B: Dim, $($d: Dim),+> SplitBatch for (B, $($d),+) {
            const SPLITS: bool = true;
            type Part = (usize, $($d),+);
            fn batch(&self) -> Option<usize> {
                Some(self.0.size())
            }
            fn part(&self, items: usize) -> Self::Part {
                (items, $(self.$i),+)
            }
            fn whole(part: &Self::Part, items: usize) -> Option<Self> {
                Some((B::from_size(items)?, $(part.$i),+))
            }
        }
    };
}
split_batch!(F.1);
split_batch!(C.1, H.2, W.3);

/// The other ranks are evaluated whole.
macro_rules! whole_only {
    ($($d:ident),*) => {
        impl<$($d: Dim),*> SplitBatch for ($($d,)*) {
            const SPLITS: bool = false;
            type Part = Self;
            fn batch(&self) -> Option<usize> {
                None
            }
            fn part(&self, _: usize) -> Self {
                *self
            }
            fn whole(part: &Self, _: usize) -> Option<Self> {
                Some(*part)
            }
        }
    };
}
whole_only!();
whole_only!(D0);
whole_only!(D0, D1, D2);
whole_only!(D0, D1, D2, D3, D4);
whole_only!(D0, D1, D2, D3, D4, D5);

#[cfg(test)]
mod tests {
    use super::*;

    /// The parts cover the batch in order, hold at least `MIN_PART` items each and differ by one
    /// at most, come in a multiple of the threads where the batch holds that many, and are as
    /// many as the asked size gives; a batch of fewer than two least parts, or `None`, is whole.
    #[test]
    fn part_sizes_split_evenly() {
        let min = Frozen::<()>::MIN_PART;
        assert_eq!(min, 16);
        for batch in 0..300 {
            for threads in 1..=5 {
                for part in [
                    None,
                    Some(0),
                    Some(1),
                    Some(16),
                    Some(33),
                    Some(64),
                    Some(999),
                ] {
                    let sizes = part_sizes(batch, part, threads);
                    assert_eq!(
                        sizes.iter().sum::<usize>(),
                        batch,
                        "{batch} {threads} {part:?}"
                    );
                    if sizes.len() == 1 {
                        let k = part.map_or(1, |p| {
                            batch.div_ceil(p.max(min)).max(threads).min(batch / min)
                        });
                        assert!(k < 2, "{batch} {threads} {part:?}: whole");
                        continue;
                    }
                    let (most, least) = (sizes[0], sizes[sizes.len() - 1]);
                    assert!(least >= min && most - least <= 1, "{sizes:?}");
                    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
                    let k = sizes.len();
                    let asked = batch.div_ceil(part.unwrap().max(min)).max(threads);
                    assert!(
                        k == asked.div_ceil(threads) * threads || k == batch / min,
                        "{batch} {threads} {part:?}: {k} parts"
                    );
                }
            }
        }
        assert_eq!(part_sizes(256, Some(32), 2), vec![32; 8]);
        assert_eq!(part_sizes(256, Some(64), 8), vec![32; 8]);
        assert_eq!(part_sizes(33, Some(1), 3), vec![17, 16]);
        assert_eq!(part_sizes(31, Some(16), 1), vec![31]);
    }

    /// A trial gives its candidates calls in turn (concurrent calls included), chooses the one
    /// whose fastest call was fastest once each has `TRIALS` timed calls, parts only where they
    /// beat the whole batch by `MARGIN`, and runs it from then on; a batch with one way through
    /// (too small to split) has nothing to try.
    #[test]
    fn a_trial_times_each_way_and_keeps_the_fastest() {
        /// Runs a trial of 256 items on 2 threads to its end, a round of concurrent calls at a
        /// time, each candidate taking `secs(parts, round)`; returns the choice.
        fn trial(t: &Timings, secs: impl Fn(usize, usize) -> f64) -> Vec<usize> {
            for round in 0..Parts::TRIALS {
                assert_eq!(t.chosen(256, 2), None);
                let started: Vec<(Vec<usize>, usize)> = (0..4)
                    .map(|_| {
                        let (sizes, i) = t.next(256, 2);
                        (sizes, i.expect("trying"))
                    })
                    .collect();
                // Whole, and parts of 16, 32 and 64, each once a round.
                let tried: Vec<usize> = started.iter().map(|(s, _)| s.len()).collect();
                assert_eq!(tried, vec![1, 16, 8, 4]);
                for (sizes, i) in &started {
                    t.record(256, 2, *i, secs(sizes.len(), round));
                }
            }
            t.chosen(256, 2).expect("the trial is over")
        }
        // Parts of 32 are the fastest, but for one slow call.
        let t = Timings::default();
        let chosen = trial(&t, |parts, round| match (parts, round) {
            (8, 0) => 9.0,
            (8, _) => 0.9,
            (n, _) => 1.0 + n as f64 / 100.0,
        });
        assert_eq!(chosen, vec![32; 8]);
        assert_eq!(t.next(256, 2), (vec![32; 8], None));
        // Parts within the margin of the whole batch: the whole batch.
        let t = Timings::default();
        let chosen = trial(&t, |parts, _| match parts {
            1 => 1.0,
            _ => 0.98,
        });
        assert_eq!(chosen, vec![256]);
        // Another thread count is another trial.
        assert_eq!(t.chosen(256, 1), None);
        assert_eq!(t.next(20, 2), (vec![20], None));
        assert_eq!(t.chosen(20, 2), Some(vec![20]));
    }

    /// Batches of vectors and of images split along their first dimension and join back where
    /// the items fit it; other ranks do not split.
    #[test]
    fn batch_shapes_split_along_the_first_dimension() {
        use dfdx::shapes::{Const, Rank3, Rank4};
        let s: Rank4<8, 3, 4, 5> = Default::default();
        const { assert!(<Rank4<8, 3, 4, 5> as SplitBatch>::SPLITS) };
        assert_eq!(s.batch(), Some(8));
        let p = s.part(3);
        assert_eq!(p.concrete(), [3, 3, 4, 5]);
        assert_eq!(<Rank4<8, 3, 4, 5>>::whole(&p, 8), Some(s));
        assert_eq!(<Rank4<8, 3, 4, 5>>::whole(&p, 7), None);
        let v = (10usize, Const::<6>);
        assert_eq!(v.part(4), (4, Const::<6>));
        assert_eq!(<(usize, Const<6>)>::whole(&(4, Const), 7), Some((7, Const)));
        let img: Rank3<3, 4, 5> = Default::default();
        const { assert!(!<Rank3<3, 4, 5> as SplitBatch>::SPLITS) };
        assert_eq!((img.batch(), img.part(2)), (None, img));
    }
}
