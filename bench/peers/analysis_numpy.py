# SPDX-License-Identifier: GPL-3.0-or-later
"""numpy peer of bench_analysis_stats: min, max, mean, std, zero fraction and a 256-bin histogram
over [min, max] of each layer of a (layers, rows, cols) float32 .npy file. Run with Debian's
python: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 analysis_numpy.py FILE [REPS]
Prints seconds=<best total over all layers>."""
import sys
import time

import numpy as np


def stats(a):
    lo, hi = float(a.min()), float(a.max())
    mean = float(a.mean(dtype=np.float64))
    std = float(a.std(dtype=np.float64))
    zeros = float(np.count_nonzero(a == 0)) / a.size
    hist, _ = np.histogram(a, bins=256, range=(lo, hi))
    return lo, hi, mean, std, zeros, int(hist.sum())


def main():
    path = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    data = np.load(path)  # fully in memory, like Pare's owned tensors
    best = float("inf")
    for _ in range(reps):
        start = time.perf_counter()
        for layer in data:
            result = stats(layer)
        best = min(best, time.perf_counter() - start)
    print(f"numpy {np.__version__}: layers={data.shape[0]} last={result}")
    print(f"seconds={best:.6f}")


if __name__ == "__main__":
    main()
