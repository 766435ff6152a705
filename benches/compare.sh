#!/usr/bin/env bash
# Runs constnet's LeNet-5 benchmark and PyTorch's side by side, at 2 and 1 threads, and prints the
# ratios. Needs a Python with torch: set PYTHON (default: python3), e.g.
#   python3 -m venv torch-venv && torch-venv/bin/pip install torch
#   PYTHON=torch-venv/bin/python benches/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
cargo build --release --example bench >/dev/null 2>&1
for t in 2 1; do
  c=$(./target/release/examples/bench --threads "$t" | tail -n 1)
  p=$("$PYTHON" benches/pytorch_lenet.py "$t" | tail -n 1)
  "$PYTHON" - "$t" "$c" "$p" <<'PY'
import json, sys
t, c, p = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
tr, inf = c["train_images_per_second"], c["infer_images_per_second"]
ptr, pinf = p["train_img_s"], p["infer_img_s"]
print(f"threads {t}: train constnet {tr:,.0f} / pytorch {ptr:,.0f} img/s = {tr/ptr:.2f}x; "
      f"inference constnet {inf:,.0f} / pytorch {pinf:,.0f} img/s = {inf/pinf:.2f}x")
PY
done
