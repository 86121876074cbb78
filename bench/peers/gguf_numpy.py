#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Peer for bench_gguf: vectorised numpy dequantization of Q8_0, Q4_0 and Q4_K (the way Python
GGUF tooling does it), next to numpy's float16 -> float32 conversion of the same element count.

    /usr/bin/python3 bench/peers/gguf_numpy.py [elements]     (default 4 Mi, like bench_gguf)
"""
import sys
import time

import numpy as np

REPEATS = 5


def best(fn):
    t = []
    for _ in range(REPEATS):
        s = time.perf_counter()
        fn()
        t.append(time.perf_counter() - s)
    return min(t)


def dq_q8_0(raw):
    b = raw.reshape(-1, 34)
    d = b[:, :2].copy().view('<f2').astype(np.float32)
    q = b[:, 2:].view(np.int8).astype(np.float32)
    return (d * q).reshape(-1)


def dq_q4_0(raw):
    b = raw.reshape(-1, 18)
    d = b[:, :2].copy().view('<f2').astype(np.float32)
    qs = b[:, 2:]
    q = np.concatenate([qs & 0xF, qs >> 4], axis=1).astype(np.int8) - 8
    return (d * q.astype(np.float32)).reshape(-1)


def dq_q4_K(raw):
    b = raw.reshape(-1, 144)
    n = b.shape[0]
    d = b[:, 0:2].copy().view('<f2').astype(np.float32)
    dmin = b[:, 2:4].copy().view('<f2').astype(np.float32)
    s = b[:, 4:16]
    sc = np.empty((n, 8), np.uint8)
    mn = np.empty((n, 8), np.uint8)
    sc[:, :4] = s[:, 0:4] & 63
    mn[:, :4] = s[:, 4:8] & 63
    sc[:, 4:] = (s[:, 8:12] & 0xF) | ((s[:, 0:4] >> 6) << 4)
    mn[:, 4:] = (s[:, 8:12] >> 4) | ((s[:, 4:8] >> 6) << 4)
    qs = b[:, 16:].reshape(n, 4, 32)
    q = np.stack([qs & 0xF, qs >> 4], axis=2).reshape(n, 8, 32).astype(np.float32)
    y = (d * sc.astype(np.float32))[:, :, None] * q - (dmin * mn.astype(np.float32))[:, :, None]
    return y.reshape(-1)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4 << 20
    n = n // 256 * 256
    rng = np.random.default_rng(7)
    h = (np.arange(n) % 1000 * 0.001).astype(np.float16)
    base = best(lambda: h.astype(np.float32))
    print('numpy %s, %d elements, best of %d, one core' % (np.__version__, n, REPEATS))
    print('baseline F16->F32: %.2f ns/element' % (base * 1e9 / n))
    for name, fn, bb, be in (('Q8_0', dq_q8_0, 34, 32), ('Q4_0', dq_q4_0, 18, 32),
                             ('Q4_K', dq_q4_K, 144, 256)):
        raw = rng.integers(0, 256, size=n // be * bb, dtype=np.uint8)
        blocks = raw.reshape(-1, bb)
        blocks[:, 0:2] = np.frombuffer(np.float16(0.001).tobytes(), np.uint8)
        if name == 'Q4_K':
            blocks[:, 2:4] = np.frombuffer(np.float16(0.001).tobytes(), np.uint8)
        s = best(lambda: fn(raw))
        print('%-5s dequant %.2f ns/element, %.0f M el/s, %.2fx F16 conversion'
              % (name, s * 1e9 / n, n / s / 1e6, s / base))


if __name__ == '__main__':
    main()
