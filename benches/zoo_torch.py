#!/usr/bin/env python3
"""The model zoo of `examples/zoo.rs` in PyTorch and ONNX Runtime, with the same protocol.

Per network, on random images:
  torch train : batch 64, SGD(lr=0.01, momentum=0.9), cross-entropy; 5 warm-up steps, then the
                median of 3 repeats of at least SECONDS each (and at least 3 steps); img/s
  torch infer : batch 256, eval mode, torch.inference_mode(); 2 warm-up batches, then likewise
  latency     : batch 1, the median of single-image calls over 3 repeats of SECONDS / 2
  peak RSS    : the process's peak resident memory after training (ru_maxrss)
  ort         : the same network exported with torch.onnx.export(..., dynamo=False) (batch axis
                dynamic), run by ONNX Runtime (CPU, THREADS intra-op threads, all graph
                optimisations): inference at batch 256 and batch-1 latency, as above

Usage: zoo_torch.py --model NAME --threads N [--framework torch|ort] [--seconds S]
Prints one JSON line. `benches/zoo_compare.sh` runs it beside `cargo run --release --example zoo`.
"""
import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

TRAIN_BS, INFER_BS, REPEATS = 64, 256, 3


def lenet5():
    return nn.Sequential(
        nn.Conv2d(3, 8, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(),
        nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


def lenet5classic():
    return nn.Sequential(
        nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Flatten(),
        nn.Linear(400, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10))


def strided():
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, 2, 1), nn.ReLU(),
        nn.Conv2d(16, 32, 3, 2, 1), nn.ReLU(),
        nn.Conv2d(32, 64, 3, 2, 1), nn.ReLU(),
        nn.AvgPool2d(2), nn.Flatten(), nn.Linear(256, 10))


def vgg():
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, 1, 1), nn.ReLU(), nn.Conv2d(16, 16, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, 1, 1), nn.ReLU(), nn.Conv2d(32, 32, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(2048, 10))


def wide():
    return nn.Sequential(
        nn.Conv2d(3, 64, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 128, 3, 1, 1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(128, 256, 3, 1, 1), nn.ReLU(), nn.Conv2d(256, 256, 3, 1, 1), nn.ReLU(),
        nn.MaxPool2d(2), nn.Flatten(), nn.Linear(4096, 10))


class Residual(nn.Module):
    """y = block(x) + shortcut(x), constnet's `Residual` (identity shortcut when None)."""

    def __init__(self, block, shortcut=None):
        super().__init__()
        self.block = block
        self.shortcut = shortcut

    def forward(self, x):
        return self.block(x) + (x if self.shortcut is None else self.shortcut(x))


def resnet20():
    """constnet::models::ResNet20 (He et al. 2016, CIFAR variant, projection shortcuts)."""
    def block(i, o, s):
        b = nn.Sequential(nn.Conv2d(i, o, 3, s, 1, bias=False), nn.BatchNorm2d(o), nn.ReLU(),
                          nn.Conv2d(o, o, 3, 1, 1, bias=False), nn.BatchNorm2d(o))
        sc = None if (i == o and s == 1) else nn.Sequential(
            nn.Conv2d(i, o, 1, s, 0, bias=False), nn.BatchNorm2d(o))
        return [Residual(b, sc), nn.ReLU()]

    def stage(i, o, s):
        return nn.Sequential(*block(i, o, s), *block(o, o, 1), *block(o, o, 1))

    return nn.Sequential(nn.Conv2d(3, 16, 3, 1, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
                         stage(16, 16, 1), stage(16, 32, 2), stage(32, 64, 2),
                         nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10))


# name: (constructor, input shape without the batch axis)
ZOO = {
    "lenet5": (lenet5, (3, 32, 32)),
    "lenet5classic": (lenet5classic, (1, 32, 32)),
    "strided": (strided, (3, 32, 32)),
    "vgg": (vgg, (3, 32, 32)),
    "wide": (wide, (3, 32, 32)),
    "resnet20": (resnet20, (3, 32, 32)),
}


def rate(least, f):
    """Calls per second of f over at least `least` seconds and 3 calls."""
    t0 = time.perf_counter()
    n = 0
    while n < 3 or time.perf_counter() - t0 < least:
        f()
        n += 1
    return n / (time.perf_counter() - t0)


def latency_us(least, f):
    calls = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < least / 2:
            c = time.perf_counter()
            f()
            calls.append(time.perf_counter() - c)
    return statistics.median(calls) * 1e6


def run_torch(model, shape, least):
    g = torch.Generator().manual_seed(0)
    x = torch.randn(TRAIN_BS, *shape, generator=g)
    y = torch.randint(0, 10, (TRAIN_BS,), generator=g)
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    model.train()

    def step():
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()

    for _ in range(5):
        step()
    train = statistics.median(rate(least, step) * TRAIN_BS for _ in range(REPEATS))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

    model.eval()
    xi = torch.randn(INFER_BS, *shape, generator=g)
    x1 = torch.randn(1, *shape, generator=g)
    with torch.inference_mode():
        def infer():
            model(xi)

        for _ in range(2):
            infer()
        inf = statistics.median(rate(least, infer) * INFER_BS for _ in range(REPEATS))

        def one():
            model(x1)

        for _ in range(20):
            one()
        lat = latency_us(least, one)
    return {"train_img_s": round(train, 1), "infer_img_s": round(inf, 1),
            "latency_us": round(lat, 2), "train_peak_rss_mib": round(rss, 1)}


def run_ort(model, shape, threads, least):
    import onnxruntime as ort
    model.eval()
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "model.onnx")
        torch.onnx.export(model, torch.randn(1, *shape), path, input_names=["x"], output_names=["y"],
                          dynamic_axes={"x": {0: "b"}, "y": {0: "b"}}, dynamo=False)
        so = ort.SessionOptions()
        so.intra_op_num_threads = threads
        so.inter_op_num_threads = 1
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        sess = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
    g = torch.Generator().manual_seed(1)
    xi = torch.randn(INFER_BS, *shape, generator=g).numpy()
    x1 = torch.randn(1, *shape, generator=g).numpy()

    def infer():
        sess.run(None, {"x": xi})

    for _ in range(2):
        infer()
    inf = statistics.median(rate(least, infer) * INFER_BS for _ in range(REPEATS))

    def one():
        sess.run(None, {"x": x1})

    for _ in range(20):
        one()
    lat = latency_us(least, one)
    return {"infer_img_s": round(inf, 1), "latency_us": round(lat, 2), "version": ort.__version__}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, choices=sorted(ZOO))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--framework", choices=["torch", "ort"], default="torch")
    ap.add_argument("--seconds", type=float, default=0.5)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    make, shape = ZOO[a.model]
    model = make()
    if a.framework == "torch":
        out = run_torch(model, shape, a.seconds)
        out["version"] = torch.__version__
    else:
        out = run_ort(model, shape, a.threads, a.seconds)
    print(json.dumps({"framework": a.framework, "model": a.model, "threads": a.threads, **out}))


if __name__ == "__main__":
    sys.exit(main())
