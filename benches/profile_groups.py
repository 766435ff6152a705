"""Groups a flat `perf report` of the model zoo by what the functions do.

Reads `perf report --no-children --sort sym --stdio -g none` on standard input and prints one
line: the groups' shares of all samples, largest first, those of at least MIN percent (default 3),
as the README's *Where the time goes* table writes them ("register tile 53%, ..."). A symbol no
rule names counts as "other" and is printed with `--unnamed` (to extend the rules).

    perf report -i perf.data --no-children --sort sym --stdio -g none | \
        python3 benches/profile_groups.py [--min 3] [--unnamed]
"""

import argparse
import re
import sys

# (group, substrings of the symbol): the first rule with a substring in the symbol wins.
RULES = [
    ("waiting", [
        "HeapJob<BODY> as rayon_core::job::Job>::execute",  # a team's helper spinning
        "team::Team::run", "team::help", "__vdso_clock_gettime", "clock_gettime",
        "wait_until", "sleep::Sleep", "sched_yield", "futex", "do_syscall", "schedule",
        "finish_task_switch", "entry_SYSCALL", "syscall_exit", "_raw_spin_unlock_irqrestore",
        "LockLatch", "CountLatch", "spin_loop", "Registry::", "__x64_sys", "Job::work",
        "Timespec>::now",
    ]),
    ("register tile", ["ops::gemm::"]),
    ("Winograd transforms", ["winograd::"]),
    ("layouts and packing", ["permute_phases", "pack_b", "pack_a", "Phases::", "cut_pieces",
                             "Im2col", "ChanVec::pad", "put_transposed", "rows_to_lanes",
                             "gather_channels", "lay_out", "copy_interiors", "Wide::gather",
                             "place_rows", "pad_plane", "zero_borders", "packing::"]),
    ("channel-vector convolution", ["conv2d::chanvec::"]),
    ("direct convolution", ["conv2d::direct::"]),
    ("other convolution", ["conv2d::"]),
    # `matrixmultiply` serves the linear layers (and the im2col path, which `f32` convolutions
    # take only on a CPU without AVX2).
    ("linear layers", ["ops::linear::", "matrixmultiply::", "par_gemm"]),
    ("pooling", ["ops::pool2d::", "ops::global_avg_pool::"]),
    ("activations", ["ops::activation::"]),
    ("batch norm", ["ops::batchnorm2d::", "conv_norm", "eval_affine"]),
    ("residual sums", ["ops::add::"]),
    ("optimizer", ["optim::", "dfdx::optim"]),
    ("copies and allocation", ["memmove", "memcpy", "memset", "malloc", "free", "_int_",
                               "realloc", "page_fault", "clear_page", "alloc::", "mmap",
                               "munmap", "madvise", "ops::scratch", "ops::recycle", "zeroed",
                               "Opened", "read_data", "copy_into", "get_page", "rmqueue",
                               "handle_mm_fault", "do_anonymous_page", "lru_", "calloc",
                               "scratch_on", "recycle_on", "take_recycled", "Held<"]),
    ("loops inlined into rayon", ["rayon::", "call_mut", "rayon_core::join",
                                  "FnOnce::call_once"]),
    # The benchmark's own work: its random images, its core-to-core probe, dfdx's tensors.
    ("the benchmark's own", ["rand::", "rand_", "zoo::", "data::", "dfdx::"]),
]

LINE = re.compile(r"^\s*([0-9.]+)%\s+\[[.k]\]\s+(.*)$")


def group_of(sym):
    for name, keys in RULES:
        if any(k in sym for k in keys):
            return name
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=float, default=3.0)
    ap.add_argument("--unnamed", action="store_true")
    args = ap.parse_args()
    shares, unnamed = {}, {}
    for line in sys.stdin:
        m = LINE.match(line)
        if not m:
            continue
        pct, sym = float(m.group(1)), m.group(2).strip()
        g = group_of(sym)
        if g is None:
            unnamed[sym] = unnamed.get(sym, 0.0) + pct
            g = "other"
        shares[g] = shares.get(g, 0.0) + pct
    parts = [f"{g} {round(p)}%" for g, p in sorted(shares.items(), key=lambda kv: -kv[1])
             if p >= args.min]
    print(", ".join(parts))
    if args.unnamed:
        for sym, p in sorted(unnamed.items(), key=lambda kv: -kv[1])[:20]:
            print(f"  unnamed {p:.2f}% {sym}", file=sys.stderr)


if __name__ == "__main__":
    main()
