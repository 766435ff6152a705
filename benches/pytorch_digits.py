"""PyTorch beside constnet's main job on the bundled digits: the same data, split, augmentation,
network, initialisation scheme and recipe, so the test accuracies compare.

    python benches/pytorch_digits.py [SEED ...]            # default: seeds 0 1 2 3 4

prints one JSON line per seed (``val_accuracy``, ``test_accuracy``, ``train_loss``, ``seconds``),
then the mean. Needs torch and numpy. constnet's side of the comparison:

    for s in 0 1 2 3 4; do cargo run --release --example train -- --data digits --seed $s --quiet | tail -n 1; done

What is the same as ``--data digits`` (``examples/train.rs``, ``constnet::data::Digits``):

- the data: ``data/digits.csv.gz`` of this repository, read here directly;
- the split, rebuilt from its rule (the ``j``-th image of each class, in file order, is validation
  when ``j % 5 == 3``, test when ``j % 5 == 4``, training otherwise); the script checks the part
  sizes (1,085 / 357 / 355) and the first five lines of each part against the values pinned by
  constnet's unit test ``first_lines_of_each_part`` (src/data/digits.rs);
- the images: each stored pixel (0-16) repeated over a 4x4 block to 1x32x32, divided by 16,
  normalised with constnet's ``Digits::MEAN`` = 0.3045 and ``STD`` = 0.3759; the training images
  also at the 8 shifts of 2 pixels (``Digits::with_shifts(2)``: blank paper fills the border);
- the network: ``LeNet5Classic`` (Conv 1->6 5x5, Tanh, AvgPool 2, Conv 6->16 5x5, Tanh, AvgPool 2,
  Flatten, Linear 400->120, Tanh, Linear 120->84, Tanh, Linear 84->10) with PyTorch's default
  initialisation, which constnet also uses (uniform +-1/sqrt(fan_in));
- the recipe: Adam (lr 0.002, betas 0.9/0.999, eps 1e-8), the learning rate times 0.7 after every
  epoch, 6 epochs, batches of 32 in a new random order every epoch, mean cross-entropy; the
  accuracies after the last epoch.

What differs: the random numbers (initial weights and shuffling orders come from each library's
own generator), so single runs differ by a few test images; compare the means over seeds.
"""

import gzip
import json
import os
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MEAN, STD = 0.3045, 0.3759
EPOCHS, BATCH, LR, DECAY, SHIFT = 6, 32, 0.002, 0.7, 2
# constnet's pinned first lines of each part (src/data/digits.rs, first_lines_of_each_part).
FIRST_LINES = {"train": [0, 1, 2, 3, 4], "val": [30, 31, 32, 34, 38], "test": [33, 36, 37, 40, 44]}


def load():
    with gzip.open(os.path.join(ROOT, "data", "digits.csv.gz"), "rt") as f:
        rows = np.loadtxt(f, delimiter=",", dtype=np.int64)
    pixels, labels = rows[:, :64], rows[:, 64]
    parts = {"train": [], "val": [], "test": []}
    seen = [0] * 10
    for line, label in enumerate(labels):
        j = seen[label]
        seen[label] += 1
        parts["val" if j % 5 == 3 else "test" if j % 5 == 4 else "train"].append(line)
    assert [len(parts[k]) for k in ("train", "val", "test")] == [1085, 357, 355]
    for k, first in FIRST_LINES.items():
        assert parts[k][:5] == first, (k, parts[k][:5])
    # 8x8 -> 32x32: each stored pixel over a 4x4 block.
    big = pixels.reshape(-1, 8, 8).repeat(4, axis=1).repeat(4, axis=2).astype(np.float32)

    def images(lines, shift=0):
        x = big[lines]
        y = labels[lines]
        if shift:
            out = []
            # Example i is image i // 9 at shift i % 9, (dy, dx) in row-major order over
            # (-s, 0, s) x (-s, 0, s), as Digits::with_shifts.
            for img in x:
                for dy in (-shift, 0, shift):
                    for dx in (-shift, 0, shift):
                        moved = np.zeros_like(img)
                        src = img[max(0, -dy):32 - max(0, dy), max(0, -dx):32 - max(0, dx)]
                        moved[max(0, dy):max(0, dy) + src.shape[0],
                              max(0, dx):max(0, dx) + src.shape[1]] = src
                        out.append(moved)
            x = np.stack(out)
            y = np.repeat(y, 9)
        x = (x / 16.0 - MEAN) / STD
        return torch.from_numpy(x.astype(np.float32)).unsqueeze(1), torch.from_numpy(y)

    return images(parts["train"], SHIFT), images(parts["val"]), images(parts["test"])


def lenet5_classic():
    return nn.Sequential(
        nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Flatten(),
        nn.Linear(400, 120), nn.Tanh(),
        nn.Linear(120, 84), nn.Tanh(),
        nn.Linear(84, 10),
    )


def accuracy(model, x, y):
    with torch.no_grad():
        return (model(x).argmax(1) == y).double().mean().item()


def run(seed, data):
    (xt, yt), (xv, yv), (xs, ys) = data
    torch.manual_seed(seed)
    model = lenet5_classic()
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=DECAY)
    start = time.time()
    for _ in range(EPOCHS):
        order = torch.randperm(len(yt))
        total = 0.0
        for i in range(0, len(yt), BATCH):
            idx = order[i:i + BATCH]
            loss = F.cross_entropy(model(xt[idx]), yt[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        sched.step()
    return {
        "seed": seed,
        "val_accuracy": round(accuracy(model, xv, yv), 4),
        "test_accuracy": round(accuracy(model, xs, ys), 4),
        "train_loss": round(total / len(yt), 4),
        "seconds": round(time.time() - start, 2),
    }


def main():
    seeds = [int(s) for s in sys.argv[1:]] or [0, 1, 2, 3, 4]
    torch.set_num_threads(2)
    data = load()
    results = [run(s, data) for s in seeds]
    for r in results:
        print(json.dumps(r))
    for key in ("val_accuracy", "test_accuracy"):
        values = [r[key] for r in results]
        print(f"{key}: mean {statistics.mean(values):.4f}, min {min(values):.4f}, "
              f"max {max(values):.4f} over seeds {seeds}")


if __name__ == "__main__":
    main()
