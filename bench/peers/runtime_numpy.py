#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""numpy's sgemv / sgemm (float32 matmul through its BLAS) on the shapes bench_kernels uses,
with the same cold-weight rotation, so the two programs' dense-f32 rows can be compared.

    /usr/bin/python3 bench/peers/runtime_numpy.py [--rows 4096] [--cols 4096] [--batch 1]
                                                  [--cold-mb 256] [--repeats 21] [--threads T]
                                                  [--blas openblas|system]

Debian's numpy uses whatever libblas.so.3 the alternatives select (the reference BLAS on the
development VM). By default this script re-executes itself with
LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread (Debian's libopenblas0-pthread, the
multi-threaded OpenBLAS) so the baseline is an honest one without changing the system; pass
--threads 2 to match bench_kernels --threads 2. It prints the BLAS library it actually loaded.
"""
import argparse
import os
import sys
import time

OPENBLAS_DIR = '/usr/lib/x86_64-linux-gnu/openblas-pthread'


def _arg(name, default=None):
    for i, arg in enumerate(sys.argv):
        if arg == name and i + 1 < len(sys.argv):
            return sys.argv[i + 1]
    return default


# The dynamic loader reads LD_LIBRARY_PATH only at start: re-execute once with OpenBLAS first.
if (_arg('--blas', 'openblas') == 'openblas' and os.path.isdir(OPENBLAS_DIR)
        and OPENBLAS_DIR not in os.environ.get('LD_LIBRARY_PATH', '').split(':')):
    env = dict(os.environ)
    env['LD_LIBRARY_PATH'] = ':'.join(p for p in (OPENBLAS_DIR, env.get('LD_LIBRARY_PATH')) if p)
    os.execve(sys.executable, [sys.executable] + sys.argv, env)

# The BLAS reads its thread count when numpy loads.
if _arg('--threads'):
    for var in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
        os.environ[var] = _arg('--threads')

import numpy as np  # noqa: E402


def loaded_blas():
    """The BLAS shared object numpy actually mapped (from /proc/self/maps)."""
    try:
        with open('/proc/self/maps') as f:
            libs = {line.split()[-1] for line in f if 'blas' in line.lower() and '/' in line}
    except OSError:
        return 'unknown BLAS'
    return ', '.join(sorted(os.path.basename(x) for x in libs)) or 'unknown BLAS'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--rows', type=int, default=4096)
    ap.add_argument('--cols', type=int, default=4096)
    ap.add_argument('--threads', type=int, default=0)
    ap.add_argument('--batch', type=int, default=1)
    ap.add_argument('--cold-mb', type=int, default=256)
    ap.add_argument('--repeats', type=int, default=21)
    ap.add_argument('--blas', choices=('openblas', 'system'), default='openblas')
    a = ap.parse_args()
    rng = np.random.default_rng(1)
    w = (rng.standard_normal((a.rows, a.cols)) * 0.02).astype(np.float32)
    copies = max(1, -(-(a.cold_mb << 20) // w.nbytes))
    pool = [w.copy() for _ in range(copies)]
    # x as batch row vectors, y = x · Wᵀ like Pare's kernels (one sgemv at batch 1).
    x = rng.standard_normal((a.batch, a.cols) if a.batch > 1 else a.cols).astype(np.float32)
    for i in range(3):
        x @ pool[i % copies].T if a.batch > 1 else pool[i % copies] @ x
    times = []
    for i in range(a.repeats):
        t0 = time.perf_counter()
        x @ pool[(i + 3) % copies].T if a.batch > 1 else pool[(i + 3) % copies] @ x
        times.append((time.perf_counter() - t0) * 1e6)
    times.sort()
    kind = 'sgemv' if a.batch == 1 else 'sgemm'
    print(f"numpy {np.__version__} {kind} via {loaded_blas()}, threads {os.environ.get('OPENBLAS_NUM_THREADS', 'default')}: "
          f"W {a.rows}x{a.cols}, batch {a.batch}, {copies} cold copies: "
          f"median {times[len(times) // 2]:.1f} µs, p90 {times[int(0.9 * len(times))]:.1f} µs, min {times[0]:.1f} µs")


if __name__ == '__main__':
    main()
