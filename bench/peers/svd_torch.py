# SPDX-License-Identifier: GPL-3.0-or-later
"""torch peer of bench_analysis_svd: times torch.svd_lowrank(A, q=RANK, niter=2) on THREADS
threads and compares its and Pare's top singular values with exact ones (numpy full SVD,
computed once per matrix and cached next to it). Run with Debian's python3-torch:
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread \
      /usr/bin/python3 svd_torch.py A.npy PARE.npy RANK THREADS [REPS]
(without LD_LIBRARY_PATH torch falls back to Debian's reference BLAS, ~150x slower).
Prints seconds=, torch_max_rel_err=, pare_max_rel_err= and the BLAS library torch loaded."""
import hashlib
import os
import sys
import time

# OpenBLAS sizes its own thread pool when it is loaded and ignores torch.set_num_threads: pin it
# to THREADS before torch (and the BLAS) are imported, so both sides really get the same threads.
if len(sys.argv) > 4:
    os.environ["OPENBLAS_NUM_THREADS"] = sys.argv[4]
    os.environ["OMP_NUM_THREADS"] = sys.argv[4]

import numpy as np  # noqa: E402
import torch  # noqa: E402


def loaded_blas():
    """The BLAS library this process actually loaded (Debian's torch takes whichever
    libblas.so.3 the loader finds: reference BLAS by default, OpenBLAS via LD_LIBRARY_PATH)."""
    libs = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if "blas" in os.path.basename(path):
                libs.add(os.path.realpath(path))
    return ",".join(sorted(libs)) or "unknown"


def main():
    a_path, pare_path = sys.argv[1], sys.argv[2]
    rank, threads = int(sys.argv[3]), int(sys.argv[4])
    reps = int(sys.argv[5]) if len(sys.argv) > 5 else 2
    torch.set_num_threads(threads)
    a = np.load(a_path)
    pare = np.load(pare_path).astype(np.float64)

    digest = hashlib.sha1(a[:64].tobytes() + a[-64:].tobytes()).hexdigest()[:16]
    exact_path = f"{os.path.splitext(a_path)[0]}_exact_{digest}.npy"
    if os.path.exists(exact_path):
        exact = np.load(exact_path)
    else:
        start = time.perf_counter()
        exact = np.linalg.svd(a.astype(np.float64), compute_uv=False)
        print(f"exact SVD (numpy, float64) took {time.perf_counter() - start:.1f} s", file=sys.stderr)
        np.save(exact_path, exact)

    t = torch.from_numpy(a)
    best = float("inf")
    for _ in range(reps):
        start = time.perf_counter()
        _, s, _ = torch.svd_lowrank(t, q=rank, niter=2)
        best = min(best, time.perf_counter() - start)
    s = s.double().numpy()
    top = exact[:rank]
    torch_err = float(np.max(np.abs(s[:rank] - top) / top))
    pare_err = float(np.max(np.abs(pare[:rank] - top) / top))
    print(f"torch {torch.__version__} threads={threads} blas={loaded_blas()}")
    print(f"seconds={best:.6f} torch_max_rel_err={torch_err:.6g} pare_max_rel_err={pare_err:.6g}")


if __name__ == "__main__":
    main()
