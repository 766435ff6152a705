//! [`Team`]: threads kept awake for the length of one small forward call, to share the parts of
//! a single image's layers.
//!
//! On one image, a convolution's work is small (a few to tens of microseconds), and rayon's idle
//! workers sleep: handing a part to one costs a wake-up, 12–28 µs on a 2-vCPU VM after a serial
//! stretch (`cargo run --release --example handoff`), about as long as the part itself. So a
//! layer splits one image's work over the threads only when its caller passes a team
//! ([`Call::team`](crate::Call::team)). [`Sequential`](crate::Sequential) starts one for an
//! evaluation call without a tape on fewer images than the pool has threads, and passes it to
//! every layer. ONNX Runtime's intra-op threads spin between its operators in the same way
//! (`session.intra_op.allow_spinning`, on by default).
//!
//! A team's helpers are tasks on the current rayon pool (one per thread beyond the caller's).
//! Each spins until the team is dropped, running the parts of the layer call in progress
//! ([`Team::run`]) and nothing else: while it spins, its worker takes none of rayon's other work,
//! so the small parallel sections of a call on one image (a weight transform, a few rows of a
//! product), which gained nothing from crossing to another core in run 28
//! (`docs/speed-history.md`), stay with the caller. The caller takes parts as well, so a helper
//! that starts late (its worker was asleep) only leaves the caller more to do.
//! A helper that finds no part to run for [`Team::MAX_IDLE`] leaves, so a team that is never
//! dropped holds a worker for no longer than that.
//!
//! A team changes where work runs, never what is computed: the parts are fixed by the shapes and
//! the thread count, and each is computed the same way on any thread, so the results are the
//! same bit for bit with or without one.
//!
//! What a team gains depends on how far apart the cores are. Its layers split one image's output
//! channels, so each layer reads the whole of an input that both threads wrote: about half of
//! every activation crosses from one core to the other, layer after layer. On the zoo's 2-vCPU
//! VM the hypervisor moves the two vCPUs between cores that share a level-3 cache (a cache line
//! there and back in about 65 ns) and cores that do not (about 390 ns; `zoo` reports it as
//! `core_round_trip_ns`), and back, within minutes; a probe of 20 team jobs that each read 64
//! KiB, half written by the other thread, took 7.0 µs per job on the near pair and 19.5 µs on
//! the far one. Frozen ResNet20 at batch 1, 2 threads (82bb90a, 2026-12-07, medians of 2 to 3 runs
//! in each placement): 584 µs near and 1,021 µs far, against 760 µs at 1 thread and ONNX
//! Runtime's 401 and 536 µs; *vgg* 89 and 184 µs against 100 µs at 1 thread. On the far pair
//! the split layers cost more than they save. Splitting the images' rows instead, each thread
//! keeping its rows from layer to layer, would leave only the rows at the seams to cross.
use std::any::Any;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Helpers on the current rayon pool spinning for one forward call, so that a layer's parts of a
/// single image start on other cores without waking a sleeping thread (see the module
/// documentation). Dropping it releases them.
///
/// # Examples
/// ```
/// use constnet::prelude::*;
/// use constnet::{Call, Forward, Team};
/// let dev: Cpu = Default::default();
/// let conv = dev.build_module::<Conv2d<3, 16, 3, 1, 1>, f32>();
/// let x: Tensor<Rank4<1, 3, 32, 32>, f32, _> = dev.sample_normal();
/// let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
/// pool.install(|| {
///     let team = Team::start().expect("two threads");
///     let call = Call { team: Some(&team), ..Call::DEFAULT };
///     let split: Tensor<Rank4<1, 16, 32, 32>, f32, _> = conv.try_run(x.clone(), call).unwrap();
///     // the same values as without a team (one part)
///     assert_eq!(split.array(), conv.forward(x).array());
/// });
/// ```
#[derive(Debug)]
pub struct Team {
    shared: Arc<Shared>,
    threads: usize,
    /// Scratch buffers the call's parts handed back ([`Team::scratch`]), the latest last, each
    /// with the thread that handed it back.
    spare: Mutex<Vec<(std::thread::ThreadId, Vec<f32>)>>,
}

/// Buffers a team keeps for its parts' scratch ([`Team::scratch`]); beyond them the oldest goes.
const SPARE: usize = 16;

/// What a team's caller and its helpers share.
#[derive(Debug, Default)]
struct Shared {
    /// Set when the team is dropped: the helpers leave.
    stop: AtomicBool,
    /// The job in progress ([`Team::run`]), or null. Points into the stack of the thread in
    /// `run`, which clears it and waits until `inside` is zero before that frame ends.
    job: AtomicPtr<Job<'static>>,
    /// Helpers that may be holding `job`'s pointer: incremented before they read it, decremented
    /// after they have finished the parts they claimed.
    inside: AtomicUsize,
    /// Whether a thread is in `run` (a second one runs its parts alone).
    busy: AtomicBool,
}

/// One call's parts: `run(i)` for `i` in `0..parts`, each claimed once by whoever comes first.
struct Job<'a> {
    run: &'a (dyn Fn(usize) + Sync),
    parts: usize,
    next: AtomicUsize,
    panic: Mutex<Option<Box<dyn Any + Send>>>,
}

impl Job<'_> {
    /// Claims and runs parts until none is left; a panic is kept for the caller to resume.
    fn work(&self) {
        loop {
            let i = self.next.fetch_add(1, Ordering::Relaxed);
            if i >= self.parts {
                return;
            }
            if let Err(p) = catch_unwind(AssertUnwindSafe(|| (self.run)(i))) {
                let mut slot = self.panic.lock().unwrap_or_else(|e| e.into_inner());
                slot.get_or_insert(p);
            }
        }
    }
}

impl Team {
    /// How long a helper waits for a part before it leaves (the team then runs its parts on
    /// the caller alone, and the helper's worker is free for rayon's other work): longer than
    /// the gaps between the split layers of a small network's call, short enough that a worker
    /// that took a helper up while it waited inside another caller's parallel section (rayon
    /// runs queued tasks there) holds that caller up for little.
    pub const MAX_IDLE: Duration = Duration::from_micros(200);

    /// A team on the current rayon pool (the one whose worker calls this, else the global one):
    /// one helper per thread beyond the caller's; `None` where the pool has a single thread.
    pub fn start() -> Option<Team> {
        let threads = rayon::current_num_threads();
        if threads < 2 {
            return None;
        }
        let shared = Arc::new(Shared::default());
        let caller = std::thread::current().id();
        for _ in 1..threads {
            let shared = Arc::clone(&shared);
            rayon::spawn(move || {
                // The caller may pick a helper up itself (from its own queue, while it waits
                // inside a parallel section): spinning there would only hold it up.
                if std::thread::current().id() != caller {
                    help(&shared);
                }
            });
        }
        Some(Team {
            shared,
            threads,
            spare: Mutex::new(Vec::new()),
        })
    }

    /// A team for a forward call on an input of `images` images (a `[batch, channels, height,
    /// width]` input's batch), where the images cannot give every thread one: fewer images than
    /// the pool has threads. `None` otherwise, or on a single thread.
    pub(crate) fn for_images(images: usize) -> Option<Team> {
        (images < rayon::current_num_threads())
            .then(Team::start)
            .flatten()
    }

    /// The threads the team's work is meant for: the caller and its helpers.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// A scratch buffer of `n` floats for a part of this call, whose contents the part overwrites
    /// before reading (as `crate::ops::scratch`'s): of the buffers this thread handed back to
    /// the team ([`Team::recycle`]), the smallest that holds `n` floats (the latest of equals),
    /// cut to `n` (stale values); else one of the shared free list. The layers of a call on one
    /// image take buffers of about the same sizes one after another, and those this thread
    /// handed back are the ones most likely still in its core's caches: the shared list's come
    /// zero-filled or handed back long before, by any thread, and on the zoo's VM a buffer last
    /// written by the other core costs more to fill again than a fresh one. The team's buffers
    /// go back to the shared free list when the team is dropped.
    pub(crate) fn scratch(&self, n: usize) -> Vec<f32> {
        let me = std::thread::current().id();
        let taken = {
            let mut spare = self.spare.lock().unwrap_or_else(|e| e.into_inner());
            let fits = (0..spare.len())
                .rev()
                .filter(|&at| spare[at].0 == me && spare[at].1.len() >= n)
                .min_by_key(|&at| spare[at].1.len());
            fits.map(|at| spare.remove(at).1)
        };
        match taken {
            Some(mut v) => {
                v.truncate(n);
                crate::ops::poison_if_asked(&mut v);
                v
            }
            None => crate::ops::scratch(n),
        }
    }

    /// Hands a buffer of [`Team::scratch`] back for the call's later parts.
    pub(crate) fn recycle(&self, v: Vec<f32>) {
        let mut spare = self.spare.lock().unwrap_or_else(|e| e.into_inner());
        if spare.len() == SPARE {
            spare.remove(0);
        }
        spare.push((std::thread::current().id(), v));
    }

    /// Runs `part(i)` for every `i` in `0..parts`, on the calling thread and the team's helpers,
    /// each once; returns when all have returned. A panic in a part is resumed here, after the
    /// others have finished. Where another thread is already in `run` on this team, the parts
    /// run on the calling thread alone.
    pub fn run(&self, parts: usize, part: &(dyn Fn(usize) + Sync)) {
        let s = &*self.shared;
        let job = Job {
            run: part,
            parts,
            next: AtomicUsize::new(0),
            panic: Mutex::new(None),
        };
        if s.busy.swap(true, Ordering::Acquire) {
            job.work();
        } else {
            // SAFETY (of the helpers' use of this pointer): it is cleared below, and this frame
            // (which owns `job`) ends only once no helper holds it: a helper increments `inside`
            // before it reads `job` and decrements it once done with the parts it claimed, and
            // all four operations are sequentially consistent. So either a helper read the
            // pointer before it was cleared, and then it had counted itself in `inside` before
            // the wait below reads it, or it reads null (or a later job).
            let erased = &job as *const Job<'_> as *mut Job<'static>;
            s.job.store(erased, Ordering::SeqCst);
            job.work();
            s.job.store(std::ptr::null_mut(), Ordering::SeqCst);
            while s.inside.load(Ordering::SeqCst) != 0 {
                std::hint::spin_loop();
            }
            s.busy.store(false, Ordering::Release);
        }
        let panic = job.panic.into_inner().unwrap_or_else(|e| e.into_inner());
        if let Some(p) = panic {
            resume_unwind(p);
        }
    }
}

/// A helper: runs the parts of the team's jobs as they appear, until the team is dropped or no
/// job has come for [`Team::MAX_IDLE`].
fn help(s: &Shared) {
    let mut last = Instant::now();
    let mut idle = 0u32;
    while !s.stop.load(Ordering::Acquire) {
        if s.job.load(Ordering::Relaxed).is_null() {
            std::hint::spin_loop();
            // (The clock only now and then: reading it costs more than a look at the slot.)
            idle = idle.wrapping_add(1);
            if idle.is_multiple_of(1024) && last.elapsed() > Team::MAX_IDLE {
                return;
            }
            continue;
        }
        s.inside.fetch_add(1, Ordering::SeqCst);
        let job = s.job.load(Ordering::SeqCst);
        // SAFETY: see `Team::run`: while `inside` counts this helper, a non-null `job` points to
        // a live `Job`.
        if let Some(job) = unsafe { job.as_ref() } {
            job.work();
        }
        s.inside.fetch_sub(1, Ordering::SeqCst);
        last = Instant::now();
    }
}

impl Drop for Team {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Release);
        // The call's buffers go back to the shared free list, for the next call's.
        let spare = std::mem::take(self.spare.get_mut().unwrap_or_else(|e| e.into_inner()));
        spare.into_iter().for_each(|(_, v)| crate::ops::recycle(v));
    }
}

/// Teams are equal when they are the same team.
impl PartialEq for Team {
    fn eq(&self, other: &Team) -> bool {
        Arc::ptr_eq(&self.shared, &other.shared)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU64;

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
    }

    #[test]
    fn no_team_on_one_thread() {
        assert!(pool(1).install(Team::start).is_none());
        assert!(pool(1).install(|| Team::for_images(1)).is_none());
    }

    #[test]
    fn a_team_where_the_images_leave_a_thread_idle() {
        let p = pool(3);
        assert_eq!(
            p.install(|| Team::for_images(1)).map(|t| t.threads()),
            Some(3)
        );
        assert!(p.install(|| Team::for_images(2)).is_some());
        assert!(p.install(|| Team::for_images(3)).is_none());
    }

    /// A part's scratch comes from the buffers its own thread handed back, the smallest that
    /// holds what it asks for (cut to it, stale values kept), never from another thread's.
    #[test]
    fn scratch_reuses_this_threads_buffers() {
        let team = pool(2).install(Team::start).expect("two threads");
        let mut a = team.scratch(8);
        assert_eq!(a, vec![0.0; 8]);
        a.fill(1.0);
        let (at_a, b) = (a.as_ptr(), vec![2.0; 4]);
        let at_b = b.as_ptr();
        team.recycle(a);
        team.recycle(b);
        // The smallest that holds 3 is b: cut.
        let b = team.scratch(3);
        assert_eq!((b.as_ptr(), b.as_slice()), (at_b, &[2.0; 3][..]));
        // Only a holds 6.
        let a = team.scratch(6);
        assert_eq!((a.as_ptr(), a.as_slice()), (at_a, &[1.0; 6][..]));
        // None holds 12: a new one.
        team.recycle(a);
        assert_eq!(team.scratch(12), vec![0.0; 12]);
        // The smallest that holds 5 is c, though a (6 floats) and d (9, the latest) hold it too.
        let (c, d) = (vec![4.0; 5], vec![5.0; 9]);
        let at_c = c.as_ptr();
        team.recycle(c);
        team.recycle(d);
        let c = team.scratch(5);
        assert_eq!((c.as_ptr(), c.as_slice()), (at_c, &[4.0; 5][..]));
        // Another thread's buffer stays with it.
        std::thread::scope(|s| {
            s.spawn(|| team.recycle(vec![3.0; 16]));
        });
        assert_eq!(team.scratch(16), vec![0.0; 16]);
        drop(b);
    }

    /// Every part runs exactly once, for part counts that do and do not divide over the
    /// threads, and the helpers take some of them.
    #[test]
    fn every_part_runs_once_and_helpers_take_parts() {
        for threads in [2, 3] {
            pool(threads).install(|| {
                let team = Team::start().unwrap();
                let caller = std::thread::current().id();
                let elsewhere = AtomicUsize::new(0);
                // (Until a helper has taken a part: on a loaded machine its worker may start
                // late, or leave after `MAX_IDLE` and need a new team.)
                let t = Instant::now();
                let mut team = Some(team);
                while elsewhere.load(Ordering::Relaxed) == 0 && t.elapsed().as_secs() < 20 {
                    let tm = team.take().or_else(Team::start).unwrap();
                    for parts in [0, 1, 2, 3, 5, 64] {
                        let hits: Vec<AtomicU64> = (0..parts).map(|_| AtomicU64::new(0)).collect();
                        tm.run(parts, &|i| {
                            hits[i].fetch_add(1, Ordering::Relaxed);
                            if std::thread::current().id() != caller {
                                elsewhere.fetch_add(1, Ordering::Relaxed);
                            }
                            // long enough for a helper to claim the next part
                            let t = Instant::now();
                            while t.elapsed() < Duration::from_micros(20) {}
                        });
                        assert!(hits.iter().all(|h| h.load(Ordering::Relaxed) == 1));
                    }
                }
                assert!(
                    elsewhere.load(Ordering::Relaxed) > 0,
                    "no helper took a part"
                );
            });
        }
    }

    /// A panicking part reaches the caller after the other parts have run, and the team works
    /// afterwards.
    #[test]
    fn a_panic_in_a_part_reaches_the_caller() {
        pool(2).install(|| {
            let team = Team::start().unwrap();
            let ran = AtomicUsize::new(0);
            let r = catch_unwind(AssertUnwindSafe(|| {
                team.run(8, &|i| {
                    ran.fetch_add(1, Ordering::Relaxed);
                    assert!(i != 3, "part 3 fails");
                })
            }));
            assert!(r.is_err());
            assert_eq!(ran.load(Ordering::Relaxed), 8);
            let sum = AtomicUsize::new(0);
            team.run(4, &|i| {
                sum.fetch_add(i, Ordering::Relaxed);
            });
            assert_eq!(sum.load(Ordering::Relaxed), 6);
        });
    }

    /// Threads sharing one team: each call's parts still run once each (a second caller runs
    /// its parts alone).
    #[test]
    fn callers_sharing_a_team() {
        pool(2).install(|| {
            let team = Team::start().unwrap();
            std::thread::scope(|sc| {
                for _ in 0..3 {
                    sc.spawn(|| {
                        for _ in 0..300 {
                            let hits: Vec<AtomicU64> = (0..7).map(|_| AtomicU64::new(0)).collect();
                            team.run(7, &|i| {
                                hits[i].fetch_add(1, Ordering::Relaxed);
                            });
                            assert!(hits.iter().all(|h| h.load(Ordering::Relaxed) == 1));
                        }
                    });
                }
            });
        });
    }

    /// After a team is dropped its helpers leave, and the pool runs other work.
    #[test]
    fn the_pool_is_free_after_the_team() {
        let p = pool(2);
        for _ in 0..50 {
            p.install(|| drop(Team::start()));
        }
        let t = Instant::now();
        let sum: u64 = p.install(|| {
            use rayon::prelude::*;
            (0..1000u64).into_par_iter().sum()
        });
        assert_eq!(sum, 499_500);
        assert!(t.elapsed() < Duration::from_secs(1));
    }
}
