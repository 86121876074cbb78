# SPDX-License-Identifier: GPL-3.0-or-later
"""numpy peer of bench_analysis_stats: min, max, mean, std, zero fraction and a 256-bin histogram
over [min, max] of each layer of a (layers, rows, cols) float32 .npy file, written as a numpy user
would write them. Run with Debian's python:
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 analysis_numpy.py FILE [REPS]
Prints seconds=<best total over all layers> with numpy's default float32 accumulation for the mean
and std (pairwise sums: on these layers within ~1e-12 of the double mean and ~5e-7 relative of the
double std), and seconds_f64=<the same> with dtype=np.float64, which gives the mean and std to
double precision as Pare does, at the cost of float64 temporaries."""
import sys
import time

import numpy as np


def stats(a, acc):
    lo, hi = float(a.min()), float(a.max())
    mean = float(a.mean(dtype=acc))
    std = float(a.std(dtype=acc))
    zeros = float(np.count_nonzero(a == 0)) / a.size
    hist, _ = np.histogram(a, bins=256, range=(lo, hi))
    return lo, hi, mean, std, zeros, int(hist.sum())


def best_time(data, reps, acc):
    best = float("inf")
    result = None
    for _ in range(reps):
        start = time.perf_counter()
        for layer in data:
            result = stats(layer, acc)
        best = min(best, time.perf_counter() - start)
    return best, result


def main():
    path = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    data = np.load(path)  # fully in memory, like Pare's owned tensors
    best, result = best_time(data, reps, None)
    best64, result64 = best_time(data, reps, np.float64)
    print(f"numpy {np.__version__}: layers={data.shape[0]} last={result} (float64: {result64})")
    print(f"seconds={best:.6f}")
    print(f"seconds_f64={best64:.6f}")


if __name__ == "__main__":
    main()
