#!/usr/bin/env bash
# Where each zoo network's time goes: `perf record` (Linux perf, e.g. Debian's linux-perf) of
# `examples/zoo.rs`, one measurement at a time, the samples of all threads grouped by what the
# functions do (`benches/profile_groups.py`), one Markdown table row per network:
#   training, batch 64, 1 thread | inference, batch 256, 1 thread, frozen |
#   batch 1, 1 thread, frozen    | batch 1, 2 threads, frozen
# The last column's line of the log gives the core-to-core round trip before and after the run
# (`zoo --round-trip`): at 2 threads a single image's layers are split over both cores, and
# where the host placed the two vCPUs shows in that profile (see src/team.rs).
#   benches/zoo_profile.sh                   # every network
#   MODELS="resnet20 vgg" SECONDS_EACH=1 benches/zoo_profile.sh
# ZOO_BIN profiles a given build instead of building this checkout's; groups under MIN percent
# (default 3) are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
MODELS=${MODELS:-lenet5 lenet5classic strided vgg wide resnet20}
SECONDS_EACH=${SECONDS_EACH:-2}
MIN=${MIN:-3}
if [ -z "${ZOO_BIN:-}" ]; then
  cargo build --release --example zoo >/dev/null 2>&1
  ZOO_BIN=./target/release/examples/zoo
fi
command -v perf >/dev/null || { echo "zoo_profile.sh: needs perf (Debian: apt install linux-perf)" >&2; exit 1; }
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "| network | training, batch 64, 1 thread | inference, batch 256, 1 thread, frozen | batch 1, 1 thread, frozen | batch 1, 2 threads, frozen |"
echo "|---|---|---|---|---|"
for m in $MODELS; do
  row="| $m |"
  for run in "train 1" "infer 1 --frozen" "latency 1 --frozen" "latency 2 --frozen"; do
    read -r only threads frozen <<<"$run"
    before=$("$ZOO_BIN" --round-trip | tail -n 1)
    perf record -q -o "$data/perf.data" "$ZOO_BIN" --model "$m" --threads "$threads" \
      --only "$only" --seconds "$SECONDS_EACH" ${frozen:-} >"$data/out" 2>/dev/null
    after=$("$ZOO_BIN" --round-trip | tail -n 1)
    echo "# $m $run: $(tail -n 1 "$data/out"); round trip before $before, after $after" >&2
    groups=$(perf report -i "$data/perf.data" --no-children --sort sym --stdio -g none 2>/dev/null |
      python3 benches/profile_groups.py --min "$MIN")
    row="$row $groups |"
  done
  echo "$row"
done
