#!/usr/bin/env bash
# The model zoo side by side: for each network and thread count, ROUNDS interleaved rounds of
# constnet (`examples/zoo.rs`), PyTorch and ONNX Runtime (`benches/zoo_torch.py`), each in its own
# process, then the medians and constnet's ratios:
#   train    constnet / PyTorch images/s, batch 64
#   infer    constnet / PyTorch and constnet / ONNX Runtime images/s, batch 256
#   latency  batch-1 latency, ONNX Runtime's / constnet's (above 1: constnet is faster)
#   RSS      peak resident memory after training, constnet's / PyTorch's (below 1: less)
# Interleaving matters on a shared VM whose speed drifts: a ratio is taken between runs seconds
# apart. Needs a Python with torch, onnx and onnxruntime: set PYTHON (default: python3), e.g.
#   PYTHON=torch-venv/bin/python ROUNDS=3 benches/zoo_compare.sh
# MODELS and THREADS restrict the runs (default: every network, at 2 then 1 threads); the
# least duration of one timed repeat (REPEAT_SECONDS, default 0.5); ZOO_BIN runs a given build of the zoo instead of
# building this checkout's; FROZEN=1 times constnet's inference and batch-1 latency on the model
# frozen (`zoo --frozen`: its weights prepared once, as ONNX Runtime's session prepares them).
# Each round's line ends with the core-to-core round trip (`core_round_trip_ns` in
# examples/zoo.rs) measured just before constnet's batch-1 latency and before PyTorch's and ONNX
# Runtime's runs (`zoo --round-trip`): at 2 threads, a VM whose vCPUs the host moved apart
# (hundreds of ns rather than tens) runs every batch-1 latency slower, so compare rounds alike.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
ROUNDS=${ROUNDS:-3}
MODELS=${MODELS:-lenet5 lenet5classic strided vgg wide resnet20}
THREADS=${THREADS:-2 1}
SECONDS_PER_REPEAT=${REPEAT_SECONDS:-0.5}
if [ -z "${ZOO_BIN:-}" ]; then
  cargo build --release --example zoo >/dev/null 2>&1
  ZOO_BIN=./target/release/examples/zoo
fi
# The JSON object $1 with the fields of the JSON object $2 added.
merge_json() {
  "$PYTHON" -c 'import json,sys; r=json.loads(sys.argv[1]); r.update(json.loads(sys.argv[2])); print(json.dumps(r))' "$1" "$2"
}
FROZEN_FLAG=()
[ "${FROZEN:-0}" = 1 ] && FROZEN_FLAG=(--frozen)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average at start: $(cut -d' ' -f1-3 /proc/loadavg), constnet's inference ${FROZEN_FLAG[*]:-not frozen}"
for t in $THREADS; do
  for m in $MODELS; do
    results=()
    for _ in $(seq "$ROUNDS"); do
      c=$("$ZOO_BIN" --model "$m" --threads "$t" --seconds "$SECONDS_PER_REPEAT" "${FROZEN_FLAG[@]}" 2>/dev/null | tail -n 1)
      pt=$("$ZOO_BIN" --round-trip | tail -n 1)
      p=$("$PYTHON" benches/zoo_torch.py --model "$m" --threads "$t" --seconds "$SECONDS_PER_REPEAT" 2>/dev/null | tail -n 1)
      ot=$("$ZOO_BIN" --round-trip | tail -n 1)
      o=$("$PYTHON" benches/zoo_torch.py --model "$m" --threads "$t" --seconds "$SECONDS_PER_REPEAT" --framework ort 2>/dev/null | tail -n 1)
      # Each of the other two lines with the round trip measured just before its run.
      p=$(merge_json "$p" "$pt")
      o=$(merge_json "$o" "$ot")
      results+=("$c" "$p" "$o")
    done
    "$PYTHON" - "$m" "$t" "$(cut -d' ' -f1 /proc/loadavg)" "${results[@]}" <<'PY'
import json, statistics, sys
m, t, load, runs = sys.argv[1], sys.argv[2], sys.argv[3], [json.loads(a) for a in sys.argv[4:]]
med = statistics.median
rounds = list(zip(runs[::3], runs[1::3], runs[2::3]))
tr = [c["train_img_s"] / p["train_img_s"] for c, p, o in rounds]
inf = [c["infer_img_s"] / p["infer_img_s"] for c, p, o in rounds]
ort = [c["infer_img_s"] / o["infer_img_s"] for c, p, o in rounds]
lat = [o["latency_us"] / c["latency_us"] for c, p, o in rounds]
lat_t = [p["latency_us"] / c["latency_us"] for c, p, o in rounds]
rss = [c["train_peak_rss_mib"] / p["train_peak_rss_mib"] for c, p, o in rounds if c["train_peak_rss_mib"]]
def m_(k, runs):
    return med(r[k] for r in runs)
cs, ps, os_ = [r[0] for r in rounds], [r[1] for r in rounds], [r[2] for r in rounds]
for i, (c, p, o) in enumerate(rounds):
    print(f"  {m} t{t} round {i + 1}: train {c['train_img_s']:,.0f}/{p['train_img_s']:,.0f}; "
          f"infer {c['infer_img_s']:,.0f}/{p['infer_img_s']:,.0f}/{o['infer_img_s']:,.0f} (ort); "
          f"batch-1 {c['latency_us']:.1f}/{p['latency_us']:.1f}/{o['latency_us']:.1f} us; "
          f"core round trip {c.get('core_round_trip_ns')}/{p.get('core_round_trip_ns')}/"
          f"{o.get('core_round_trip_ns')} ns")
print(json.dumps({
    "model": m, "threads": int(t), "rounds": len(rounds), "load_at_end": float(load),
    "constnet": {"train_img_s": m_("train_img_s", cs), "infer_img_s": m_("infer_img_s", cs),
                 "latency_us": m_("latency_us", cs), "train_peak_rss_mib": m_("train_peak_rss_mib", cs)},
    "pytorch": {"train_img_s": m_("train_img_s", ps), "infer_img_s": m_("infer_img_s", ps),
                "latency_us": m_("latency_us", ps), "train_peak_rss_mib": m_("train_peak_rss_mib", ps)},
    "onnxruntime": {"infer_img_s": m_("infer_img_s", os_), "latency_us": m_("latency_us", os_)},
    "ratio_train_vs_pytorch": round(med(tr), 3),
    "ratio_infer_vs_pytorch": round(med(inf), 3),
    "ratio_infer_vs_ort": round(med(ort), 3),
    "ratio_latency_ort_over_constnet": round(med(lat), 3),
    "ratio_latency_pytorch_over_constnet": round(med(lat_t), 3),
    "ratio_rss_constnet_over_pytorch": round(med(rss), 3) if rss else None,
}))
PY
  done
done
