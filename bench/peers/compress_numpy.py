#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""numpy peer of bench/compress: the same quantization and pruning on the same-shaped matrix.

Run: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/peers/compress_numpy.py [--json]
Prints seconds per operation (best of --repeat runs); bench_compress runs it and reports ratios.
"""
import argparse
import json
import time

import numpy as np


def quantize_rtn(w, bits, group):
    """Symmetric round-to-nearest with F16 scales, packed codes and error metrics, as Pare does."""
    g = w.reshape(-1, group)
    qmin = -(1 << (bits - 1))
    qmax = (1 << (bits - 1)) - 1
    idx = np.abs(g).argmax(axis=1)
    extreme = g[np.arange(g.shape[0]), idx][:, None]
    scale = (extreme / qmin).astype(np.float16).astype(np.float32)
    inv = np.where(scale != 0, 1.0 / np.where(scale != 0, scale, 1), 0).astype(np.float32)
    q = np.clip(np.rint(g * inv), qmin, qmax)
    codes = (q - qmin).astype(np.uint8)
    if bits == 4:
        codes = codes.reshape(-1, 2)
        packed = (codes[:, 0] | (codes[:, 1] << 4)).astype(np.uint8)
    else:
        packed = codes
    d = q * scale
    err = g - d
    ref2 = float(np.dot(g.ravel(), g.ravel()))
    err2 = float(np.dot(err.ravel(), err.ravel()))
    dot = float(np.dot(g.ravel(), d.ravel()))
    out2 = float(np.dot(d.ravel(), d.ravel()))
    return packed, scale.astype(np.float16), err2 / ref2, dot / np.sqrt(ref2 * out2), float(np.abs(err).max())


def prune_partition(w, sparsity):
    """Magnitude pruning via np.partition (the usual numpy way)."""
    a = np.abs(w).ravel()
    k = int(round(sparsity * a.size))
    threshold = np.partition(a, k)[k]
    return np.where(np.abs(w) < threshold, 0, w)


def best_of(fn, repeat):
    """Best CPU time of this process (numpy runs these single-threaded); the machine may be shared."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=4096)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rng = np.random.default_rng(1234)
    w = rng.normal(0, 0.02, (args.size, args.size)).astype(np.float32)
    results = {
        "numpy": np.__version__,
        "size": args.size,
        "quant_int8_g128_s": best_of(lambda: quantize_rtn(w, 8, 128), args.repeat),
        "quant_int4_g128_s": best_of(lambda: quantize_rtn(w, 4, 128), args.repeat),
        "prune50_partition_s": best_of(lambda: prune_partition(w, 0.5), args.repeat),
    }
    if args.json:
        print(json.dumps(results))
    else:
        for k, v in results.items():
            print(f"{k:24} {v}")


if __name__ == "__main__":
    main()
