#!/usr/bin/env bash
# Runs constnet's LeNet-5 benchmark and PyTorch's side by side, at 2 and 1 threads, in ROUNDS
# interleaved rounds (constnet, PyTorch, constnet, PyTorch, …), and prints each round's ratios and
# their median. Interleaving matters on a shared VM, whose speed drifts by ±30% over minutes: a
# ratio is only taken between runs a few seconds apart. Needs a Python with torch: set PYTHON
# (default: python3), e.g.
#   python3 -m venv torch-venv && torch-venv/bin/pip install torch
#   PYTHON=torch-venv/bin/python ROUNDS=3 benches/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
ROUNDS=${ROUNDS:-3}
# Build errors are shown and stop the script; the binary is found wherever cargo puts it
# (CARGO_TARGET_DIR, a workspace's target directory, ...).
cargo build --release --example bench
target_dir=$(cargo metadata --format-version 1 --no-deps |
  "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
bench="$target_dir/release/examples/bench"
[ -x "$bench" ] || { echo "compare.sh: $bench was not built" >&2; exit 1; }
for t in 2 1; do
  results=()
  for _ in $(seq "$ROUNDS"); do
    c=$("$bench" --threads "$t" | tail -n 1)
    p=$("$PYTHON" benches/pytorch_lenet.py "$t" | tail -n 1)
    results+=("$c" "$p")
  done
  "$PYTHON" - "$t" "${results[@]}" <<'PY'
import json, statistics, sys
t, runs = sys.argv[1], [json.loads(a) for a in sys.argv[2:]]
tr, inf = [], []
for c, p in zip(runs[::2], runs[1::2]):
    a, b = c["train_images_per_second"], p["train_img_s"]
    x, y = c["infer_images_per_second"], p["infer_img_s"]
    tr.append(a / b)
    inf.append(x / y)
    print(f"threads {t}: train constnet {a:,.0f} / pytorch {b:,.0f} img/s = {a/b:.2f}x; "
          f"inference constnet {x:,.0f} / pytorch {y:,.0f} img/s = {x/y:.2f}x")
print(f"threads {t}: median of {len(tr)} rounds: train {statistics.median(tr):.2f}x, "
      f"inference {statistics.median(inf):.2f}x")
PY
done
