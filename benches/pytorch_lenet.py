#!/usr/bin/env python3
"""LeNet-5 CPU throughput benchmark for PyTorch: the reference for constnet's own benchmark
(`cargo run --release --example bench`). Copied from the project's shared reference; only
these first docstring lines differ. `benches/compare.sh` runs both side by side.

Protocol:
  data   : 4096 synthetic 3x32x32 f32 images, label y ~ U{0..9},
           image = template[y] + N(0,1) noise (template ~ N(0,1), fixed per class)
  train  : batch 64, SGD(lr=0.01, momentum=0.9), softmax cross-entropy;
           20 warm-up steps, then 3 repeats x 100 timed steps; median img/s
  infer  : batch 256, no grad; 3 warm-up batches, then 3 repeats x 16 batches; median img/s
Usage: python pytorch_lenet_bench.py [threads]   (prints one JSON line)
"""
import json
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 2
torch.set_num_threads(THREADS)
torch.manual_seed(0)

N, TRAIN_BS, INFER_BS = 4096, 64, 256
WARMUP, STEPS, REPEATS = 20, 100, 3
INFER_WARMUP, INFER_BATCHES = 3, 16


def lenet5():
    """The LeNet-5 variant of the reference document, as torch.nn.Sequential (state_dict keys 0, 3, 7, 9, 11)."""
    return nn.Sequential(
        nn.Conv2d(3, 8, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(400, 120), nn.ReLU(),
        nn.Linear(120, 84), nn.ReLU(),
        nn.Linear(84, 10))


def make_data():
    g = torch.Generator().manual_seed(42)
    templates = torch.randn(10, 3, 32, 32, generator=g)
    y = torch.randint(0, 10, (N,), generator=g)
    x = templates[y] + torch.randn(N, 3, 32, 32, generator=g)
    return x.contiguous(), y


def main():
    model = lenet5()
    params = sum(p.numel() for p in model.parameters())
    x, y = make_data()
    xb = [x[i:i + TRAIN_BS].contiguous() for i in range(0, N, TRAIN_BS)]
    yb = [y[i:i + TRAIN_BS].contiguous() for i in range(0, N, TRAIN_BS)]
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    nb = len(xb)
    step = 0

    def train_step():
        nonlocal step
        i = step % nb
        step += 1
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(xb[i]), yb[i])
        loss.backward()
        opt.step()
        return loss

    model.train()
    first_loss = float(train_step().detach())
    for _ in range(WARMUP - 1):
        train_step()
    train_rates = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        for _ in range(STEPS):
            loss = train_step()
        last_loss = float(loss.detach())  # forces completion
        dt = time.perf_counter() - t0
        train_rates.append(STEPS * TRAIN_BS / dt)

    model.eval()
    xi = [x[i:i + INFER_BS].contiguous() for i in range(0, N, INFER_BS)]
    with torch.inference_mode():
        for i in range(INFER_WARMUP):
            model(xi[i])
        infer_rates = []
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            for b in xi[:INFER_BATCHES]:
                out = model(b)
            _ = float(out[0, 0])
            dt = time.perf_counter() - t0
            infer_rates.append(INFER_BATCHES * INFER_BS / dt)
        acc = float((torch.cat([model(b) for b in xi]).argmax(1) == y).float().mean())

    print(json.dumps({
        "framework": "pytorch",
        "version": torch.__version__,
        "threads": THREADS,
        "train_img_s": round(statistics.median(train_rates), 1),
        "infer_img_s": round(statistics.median(infer_rates), 1),
        "params": params,
        "train_runs": [round(r, 1) for r in train_rates],
        "infer_runs": [round(r, 1) for r in infer_rates],
        "loss_first": round(first_loss, 4),
        "loss_last": round(last_loss, 4),
        "train_acc_after": round(acc, 4),
    }))


if __name__ == "__main__":
    main()
