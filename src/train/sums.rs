//! [`BatchSums`]: where the parts of one batch, trained at once on their own threads, add up the
//! per-channel sums that their batch norms need, so that each part normalises with the whole
//! batch's statistics.
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// How long a part waits for the others spinning before its thread sleeps, where the parts have
/// a core each. A part that slept at each of ResNet20's meetings (63 per step then, three per
/// batch norm; waiting 0.5 ms on average: the parts' speeds drift apart between meetings) was
/// woken on whichever core was free, away from its caches: parts trained at 1.01× the whole
/// batch's speed, and 1.11× spinning (medians of 10 rounds, 2 threads).
const SPIN: Duration = Duration::from_millis(20);

/// Where the parts of one batch, trained at once on their own threads
/// ([`TrainParts`](crate::train::TrainParts)), add up the sums their batch norms need: in
/// training, a batch norm's statistics are those of the whole batch (the mean and the variance
/// of each channel, and in the backward pass the sums of the output's gradient), so the parts
/// meet at every batch norm, each with its own sums, and go on with the totals.
///
/// Passed to the layers explicitly, as [`Call::sums`](crate::Call::sums); each part holds its own
/// handle, made by [`BatchSums::new`]. Every part must make the same calls in the same order
/// (the same model on parts of one batch does), each [`BatchSums::add`] waiting for the others.
/// The totals are added in the order of the parts, so every part gets the same ones, bit for
/// bit, whatever the threads' timing.
///
/// # Examples
/// ```
/// use constnet::BatchSums;
/// let [a, b]: [BatchSums; 2] = BatchSums::new(2).try_into().unwrap();
/// let other = std::thread::spawn(move || b.add(vec![1.0, 20.0]));
/// assert_eq!(a.add(vec![0.5, 2.0]), vec![1.5, 22.0]);
/// assert_eq!(other.join().unwrap(), vec![1.5, 22.0]);
/// ```
#[derive(Clone)]
pub struct BatchSums {
    part: usize,
    shared: Arc<Shared>,
}

struct Shared {
    parts: usize,
    /// Whether a waiting part spins before it sleeps: the parts are at most as many as the
    /// cores, so that a spinning part keeps no other part from running.
    spins: bool,
    /// Completed meetings, read without the lock by a spinning part.
    done: AtomicU64,
    state: Mutex<State>,
    ready: Condvar,
}

#[derive(Default)]
struct State {
    /// Completed meetings.
    round: u64,
    /// Parts waiting in the current meeting.
    arrived: usize,
    /// Each part's values in the current meeting.
    slots: Vec<Vec<f64>>,
    /// Each part's values in the last completed meeting, in part order.
    met: Arc<Vec<Vec<f64>>>,
    /// Set when a part stopped before the others ([`BatchSums::abandon`]).
    abandoned: bool,
}

/// The panic of a part that waited for another which had stopped: the other part's error or
/// panic is the one to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Abandoned;

impl core::fmt::Debug for BatchSums {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("BatchSums")
            .field("part", &self.part)
            .field("parts", &self.shared.parts)
            .finish()
    }
}

/// Two handles are equal when they are the same part of the same meetings.
impl PartialEq for BatchSums {
    fn eq(&self, other: &BatchSums) -> bool {
        self.part == other.part && Arc::ptr_eq(&self.shared, &other.shared)
    }
}

impl BatchSums {
    /// One handle per part of a batch in `parts` parts (at least 1), in order.
    pub fn new(parts: usize) -> Vec<BatchSums> {
        let parts = parts.max(1);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let shared = Arc::new(Shared {
            parts,
            spins: parts <= cores,
            done: AtomicU64::new(0),
            state: Mutex::new(State {
                slots: vec![Vec::new(); parts],
                ..State::default()
            }),
            ready: Condvar::new(),
        });
        (0..parts)
            .map(|part| BatchSums {
                part,
                shared: shared.clone(),
            })
            .collect()
    }

    /// Which part this handle is (from 0).
    pub fn part(&self) -> usize {
        self.part
    }

    /// How many parts meet.
    pub fn parts(&self) -> usize {
        self.shared.parts
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A part that panicked while holding the lock left the state whole (it holds the lock
        // only to copy values): go on.
        self.shared
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Adds `values` to those of the other parts' same call and returns the totals, the values of
    /// part 0 first, then part 1's, and so on: waits until every part has called.
    ///
    /// # Panics
    /// When another part stopped before making this call ([`BatchSums::abandon`]), or called with
    /// another number of values: a part cannot go on without the others' sums. (A
    /// [`TrainParts`](crate::train::TrainParts) step reports the other part's error or panic.)
    pub fn add(&self, values: Vec<f64>) -> Vec<f64> {
        if self.shared.parts == 1 {
            return values;
        }
        let met = self.meet(values);
        let mut total = met[0].clone();
        for part in &met[1..] {
            for (t, v) in total.iter_mut().zip(part) {
                *t += v;
            }
        }
        total
    }

    /// Every part's `values` of this call, in the order of the parts (this part's among them):
    /// waits until every part has called. For what a sum alone cannot combine, such as each
    /// part's mean and squared deviations from it (Chan's formula for the whole batch's).
    ///
    /// # Examples
    /// ```
    /// use constnet::BatchSums;
    /// let [a, b]: [BatchSums; 2] = BatchSums::new(2).try_into().unwrap();
    /// let other = std::thread::spawn(move || b.gather(vec![3.0]));
    /// assert_eq!(a.gather(vec![1.0]), vec![vec![1.0], vec![3.0]]);
    /// assert_eq!(other.join().unwrap(), vec![vec![1.0], vec![3.0]]);
    /// ```
    ///
    /// # Panics
    /// As [`BatchSums::add`].
    pub fn gather(&self, values: Vec<f64>) -> Vec<Vec<f64>> {
        if self.shared.parts == 1 {
            return vec![values];
        }
        self.meet(values).to_vec()
    }

    /// Hands in this part's `values` and waits for the others': every part's, in part order.
    fn meet(&self, values: Vec<f64>) -> Arc<Vec<Vec<f64>>> {
        let shared = &*self.shared;
        let mut state = self.state();
        if state.abandoned {
            std::panic::panic_any(Abandoned);
        }
        let round = state.round;
        state.slots[self.part] = values;
        state.arrived += 1;
        if state.arrived == shared.parts {
            let len = state.slots[0].len();
            if state.slots.iter().any(|s| s.len() != len) {
                state.abandoned = true;
                shared.ready.notify_all();
                drop(state);
                panic!("the parts of a batch met with different numbers of values");
            }
            let met = std::mem::replace(&mut state.slots, vec![Vec::new(); shared.parts]);
            state.met = Arc::new(met);
            state.arrived = 0;
            state.round += 1;
            shared.done.store(state.round, Ordering::Release);
            shared.ready.notify_all();
            return state.met.clone();
        }
        if shared.spins {
            drop(state);
            let start = Instant::now();
            while shared.done.load(Ordering::Acquire) == round && start.elapsed() < SPIN {
                for _ in 0..64 {
                    std::hint::spin_loop();
                }
            }
            state = self.state();
        }
        while state.round == round && !state.abandoned {
            state = shared
                .ready
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        if state.round == round {
            drop(state);
            std::panic::panic_any(Abandoned);
        }
        state.met.clone()
    }

    /// Marks the meeting as abandoned: this part will make no more calls (it failed), so the
    /// parts waiting for it, and those that call later, panic instead of waiting forever.
    pub fn abandon(&self) {
        let mut state = self.state();
        state.abandoned = true;
        self.shared.ready.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three parts meeting 50 times from three threads get the same totals, added in the order
    /// of the parts.
    #[test]
    fn parts_get_the_totals_in_order() {
        let sums = BatchSums::new(3);
        let handles: Vec<_> = sums
            .into_iter()
            .map(|s| {
                std::thread::spawn(move || {
                    (0..50)
                        .map(|r| {
                            // part 0: 1e16; part 1: -1e16; part 2: 1 (in order: 0 + 1 = 1)
                            let v = match s.part() {
                                0 => 1e16,
                                1 => -1e16,
                                _ => 1.0,
                            };
                            s.add(vec![v, r as f64])
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        for r in &results {
            for (round, total) in r.iter().enumerate() {
                assert_eq!(total, &vec![1.0, 3.0 * round as f64]);
            }
        }
    }

    /// Three parts gathering 50 times from three threads each get every part's values of the
    /// same call, in the order of the parts, between sums in the same meetings.
    #[test]
    fn parts_gather_each_others_values_in_order() {
        let handles: Vec<_> = BatchSums::new(3)
            .into_iter()
            .map(|s| {
                std::thread::spawn(move || {
                    (0..50)
                        .map(|r| {
                            let p = s.part() as f64;
                            let all = s.gather(vec![p, r as f64]);
                            (all, s.add(vec![p]))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (r, (all, total)) in h.join().unwrap().into_iter().enumerate() {
                let r = r as f64;
                assert_eq!(all, vec![vec![0.0, r], vec![1.0, r], vec![2.0, r]]);
                assert_eq!(total, vec![3.0]);
            }
        }
        assert_eq!(BatchSums::new(1)[0].gather(vec![4.0]), vec![vec![4.0]]);
    }

    /// A part that abandons the meeting wakes the one waiting for it, which panics with
    /// `Abandoned` instead of waiting forever; later calls panic at once.
    #[test]
    fn an_abandoned_meeting_panics_instead_of_waiting() {
        let [a, b]: [BatchSums; 2] = BatchSums::new(2).try_into().unwrap();
        let waiting = std::thread::spawn(move || {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| a.add(vec![1.0])))
        });
        std::thread::sleep(std::time::Duration::from_millis(20));
        b.abandon();
        let err = waiting.join().unwrap().unwrap_err();
        assert!(err.downcast_ref::<Abandoned>().is_some());
        let again = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| b.add(vec![1.0])));
        assert!(again.unwrap_err().downcast_ref::<Abandoned>().is_some());
    }

    /// One part adds nothing and waits for nobody.
    #[test]
    fn one_part_returns_its_values() {
        let s = BatchSums::new(1).pop().unwrap();
        assert_eq!(s.add(vec![2.5]), vec![2.5]);
        assert_eq!(BatchSums::new(0).len(), 1);
    }
}
