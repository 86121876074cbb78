#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""torch peer of bench/compress low-rank: torch.svd_lowrank on the same-shaped matrix.

Run: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/peers/lowrank_torch.py [--json] [--threads N]
Prints seconds and relative Frobenius error for q=256 with niter=2 and niter=4.
"""
import argparse
import json
import time

import numpy as np
import torch


def run(a, q, niter):
    torch.manual_seed(0)
    t0 = time.perf_counter()
    c0 = time.process_time()
    u, s, v = torch.svd_lowrank(a, q=q, niter=niter)
    cpu = time.process_time() - c0
    seconds = time.perf_counter() - t0
    approx = (u * s) @ v.T
    rel = float(torch.linalg.norm(a - approx) / torch.linalg.norm(a))
    return seconds, cpu, rel


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=4096)
    ap.add_argument("--rank", type=int, default=256)
    ap.add_argument("--input", help="raw little-endian float32 size×size matrix (bench_compress writes one)")
    ap.add_argument("--threads", type=int, default=0, help="torch.set_num_threads (0: torch's default)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    if args.input:
        a = torch.from_numpy(np.fromfile(args.input, dtype="<f4").reshape(args.size, args.size))
    else:
        a = make_matrix(args.size)
    s2, c2, e2 = run(a, args.rank, 2)
    s4, c4, e4 = run(a, args.rank, 4)
    results = {"torch": torch.__version__, "threads": torch.get_num_threads(), "size": args.size, "rank": args.rank,
               "niter2_s": s2, "niter2_cpu_s": c2, "niter2_rel_error": e2,
               "niter4_s": s4, "niter4_cpu_s": c4, "niter4_rel_error": e4}
    if args.json:
        print(json.dumps(results))
    else:
        for k, val in results.items():
            print(f"{k:18} {val}")


def make_matrix(n):
    # A spectrum that decays like a trained layer's: Gaussian noise plus a low-rank part.
    rng = np.random.default_rng(1234)
    base = rng.normal(0, 0.02, (n, n)).astype(np.float32)
    u = rng.normal(0, 1, (n, 64)).astype(np.float32)
    v = rng.normal(0, 1, (64, n)).astype(np.float32)
    decay = (0.9 ** np.arange(64)).astype(np.float32)
    return torch.from_numpy(base + (u * decay) @ v * (0.5 / n ** 0.5))


if __name__ == "__main__":
    main()
