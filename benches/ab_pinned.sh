#!/usr/bin/env bash
# Two builds of the zoo at once, one thread each, each pinned to its own core, then swapped:
# both see the same seconds of the VM, where runs taken one after the other swing by 15–30%. The
# zoo's timings (a mean over all steps) still spread by ±5–10% per run this way, so take several
# rounds; the median and the range are printed. The ratio is B's speed over A's: above 1, B is
# faster.
#   benches/ab_pinned.sh A_BIN B_BIN ROUNDS MODEL MODE [STEPS]
# MODE is train, infer or latency (the zoo's --only); each round runs the pair twice (A on core 0
# and B on core 1, then swapped). Needs two CPUs and taskset (util-linux). Example, the build
# before a change against the build after it:
#   cp target/release/examples/zoo ../zoo-before   # (then make the change and build again)
#   benches/ab_pinned.sh ../zoo-before target/release/examples/zoo 3 resnet20 train 12
set -euo pipefail
if [ $# -lt 5 ]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
A=$1 B=$2 ROUNDS=$3 MODEL=$4 MODE=$5 STEPS=${6:-}
case $MODE in
  train) key=train_img_s ;;
  infer) key=infer_img_s ;;
  latency) key=latency_us ;;
  *) echo "ab_pinned.sh: MODE must be train, infer or latency, not '$MODE'" >&2; exit 2 ;;
esac
extra=()
[ -n "$STEPS" ] && extra=(--steps "$STEPS")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
value() {
  python3 -c '
import json, sys
for line in open(sys.argv[1]):
    try:
        d = json.loads(line)
    except ValueError:
        continue
    if d.get(sys.argv[2]) is not None:
        print(d[sys.argv[2]])' "$1" "$key"
}
ratios=()
for _ in $(seq "$ROUNDS"); do
  for cores in "0 1" "1 0"; do
    set -- $cores
    taskset -c "$1" "$A" --model "$MODEL" --threads 1 --only "$MODE" "${extra[@]}" >"$out/a" 2>/dev/null &
    taskset -c "$2" "$B" --model "$MODEL" --threads 1 --only "$MODE" "${extra[@]}" >"$out/b" 2>/dev/null &
    wait
    a=$(value "$out/a") b=$(value "$out/b")
    echo "A $a  B $b"
    ratios+=("$(python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(a / b if '$MODE' == 'latency' else b / a)" "$a" "$b")")
  done
done
python3 -c '
import statistics, sys
r = [float(x) for x in sys.argv[2:]]
print(f"{sys.argv[1]}: B/A {statistics.median(r):.3f} (median of {len(r)}; {min(r):.3f}-{max(r):.3f})")' "$MODEL $MODE" "${ratios[@]}"
