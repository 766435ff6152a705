//! What handing work to a second rayon thread costs on this machine: what a batch-1 convolution
//! that splits its work over the threads must earn back (see run 27 in `docs/speed-history.md`).
//!
//! Per case, 2,000 repeats of a serial stretch followed by two equal parts of busy work, run
//! three ways in a pool of two threads:
//! - `split`: the two parts under `rayon::join` (the second thread, idle during the serial
//!   stretch, may have gone to sleep and must be woken);
//! - `helper`: the same, while a task spins on `rayon::yield_now` for 20 repeats at a time, so
//!   that the second thread never sleeps (what a spinning thread pool, ONNX Runtime's, does);
//! - `helper, iter`: as `helper`, the two parts given as a parallel iterator over `0..2` instead
//!   of `rayon::join` (as constnet's kernels split their work);
//! - `serial`: both parts on one thread.
//!
//! ```text
//! cargo run --release --example handoff
//! ```
use std::hint::spin_loop;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

/// Busy work for `d`.
fn work(d: Duration) {
    let t = Instant::now();
    while t.elapsed() < d {
        spin_loop();
    }
}

/// Runs `f` while another task of the pool spins, taking any work queued meanwhile.
fn with_helper<R>(f: impl FnOnce() -> R) -> R {
    let done = AtomicBool::new(false);
    rayon::in_place_scope(|s| {
        s.spawn(|_| {
            while !done.load(Ordering::Acquire) {
                if rayon::yield_now() != Some(rayon::Yield::Executed) {
                    spin_loop();
                }
            }
        });
        let r = f();
        done.store(true, Ordering::Release);
        r
    })
}

/// Microseconds per call of `step`, over `REPEATS` calls; with `helper`, in runs of 20 calls
/// under [`with_helper`].
fn per_step(helper: bool, step: impl Fn()) -> f64 {
    let t = Instant::now();
    if helper {
        (0..REPEATS / 20).for_each(|_| with_helper(|| (0..20).for_each(|_| step())));
    } else {
        (0..REPEATS).for_each(|_| step());
    }
    t.elapsed().as_secs_f64() / f64::from(REPEATS) * 1e6
}

/// Calls per measurement.
const REPEATS: u32 = 2_000;

fn main() {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("a pool of two threads");
    println!("two parts of busy work after a serial stretch, µs per repeat (2 threads):");
    for (part_us, serial_us) in [(25, 0), (25, 5), (25, 20), (25, 100), (50, 20), (10, 20)] {
        let (part, serial) = (
            Duration::from_micros(part_us),
            Duration::from_micros(serial_us),
        );
        let joined = || {
            work(serial);
            rayon::join(|| work(part), || work(part));
        };
        let iterated = || {
            work(serial);
            (0..2).into_par_iter().for_each(|_| work(part));
        };
        let alone = || {
            work(serial);
            work(part);
            work(part);
        };
        pool.install(|| {
            let split = per_step(false, joined);
            let helper = per_step(true, joined);
            let iter = per_step(true, iterated);
            let alone = per_step(false, alone);
            println!(
                "parts of {part_us} µs after {serial_us} µs: split {split:.1}, helper {helper:.1}, \
                 helper, iter {iter:.1}, serial {alone:.1}, ideal {}",
                part_us + serial_us
            );
        });
    }
}
