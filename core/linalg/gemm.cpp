// SPDX-License-Identifier: GPL-3.0-or-later
#include "gemm.h"

#include "jobs/jobrunner.h"

#include <Eigen/Core>

// The packed kernels are x86-64's (AVX2, AVX-512); elsewhere every product goes to Eigen.
#if defined(__x86_64__) || defined(__i386__)
#define PARE_GEMM_X86 1
#include <immintrin.h>
#else
#define PARE_GEMM_X86 0
#endif

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>

namespace pare::core {

namespace {

// Packed GEMM in the BLIS layout: B is copied once into column panels of kNr columns (zero-
// padded), each micro-tile of op(A) (mr rows × kDepthBlock) is copied into a contiguous strip
// that stays in L1, and a register-blocked kernel streams the B panels (one depth block of B,
// ≤ 280 KB for 266 columns, stays in L2) past it. Threads split the rows of C.
constexpr std::int64_t kDepthBlock = 256;

enum class Kernel { Avx512, Avx2, Eigen };

bool cpuHas(Kernel k)
{
    switch (k) {
#if PARE_GEMM_X86
    case Kernel::Avx512:
        return __builtin_cpu_supports("avx512f");
    case Kernel::Avx2:
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    case Kernel::Avx512:
    case Kernel::Avx2:
        return false;
#endif
    case Kernel::Eigen:
        return true;
    }
    return false;
}

Kernel bestKernel()
{
    static const Kernel best = cpuHas(Kernel::Avx512) ? Kernel::Avx512
                               : cpuHas(Kernel::Avx2) ? Kernel::Avx2
                                                      : Kernel::Eigen;
    return best;
}

std::atomic<int> g_forced{-1};

Kernel activeKernel()
{
    const int forced = g_forced.load(std::memory_order_relaxed);
    return forced >= 0 ? Kernel(forced) : bestKernel();
}

const char *kernelName(Kernel k)
{
    switch (k) {
    case Kernel::Avx512:
        return "avx512";
    case Kernel::Avx2:
        return "avx2-fma";
    case Kernel::Eigen:
        return "eigen";
    }
    return "?";
}

// Which parts of a product are known to be zero or redundant, so that they can be skipped.
enum class Shape {
    General,
    UpperB, // B(kk, j) = 0 for kk > j: panel p only needs depth below (p + 1)·nr
    UpperC, // C is symmetric: compute the tiles touching the upper triangle, mirror the rest
};

#if PARE_GEMM_X86
// ---- AVX-512: 14 × 32 tile, 28 accumulators of the 32 zmm registers ---------------------

constexpr int kMr512 = 14;
constexpr int kNr512 = 32;

// C[rows × width] (+)= Σ_kk ap[kk·14 + r] · bp[kk·32 + j]; width ≤ 32, rows ≤ 14.
__attribute__((target("avx512f"))) void kernel512(const float *ap, const float *bp,
                                                  std::int64_t kc, float *c, std::int64_t ldc,
                                                  int rows, int width, bool accumulate)
{
    const __mmask16 m0 = width >= 16 ? __mmask16(0xFFFF) : __mmask16((1u << width) - 1);
    const __mmask16 m1 = width >= 32 ? __mmask16(0xFFFF)
                         : width > 16 ? __mmask16((1u << (width - 16)) - 1)
                                      : __mmask16(0);
    if (width > 16) {
        __m512 acc0[kMr512], acc1[kMr512];
#pragma GCC unroll 14
        for (int r = 0; r < kMr512; ++r) {
            acc0[r] = _mm512_setzero_ps();
            acc1[r] = _mm512_setzero_ps();
        }
        for (std::int64_t kk = 0; kk < kc; ++kk) {
            const __m512 b0 = _mm512_load_ps(bp);
            const __m512 b1 = _mm512_load_ps(bp + 16);
#pragma GCC unroll 14
            for (int r = 0; r < kMr512; ++r) {
                const __m512 av = _mm512_set1_ps(ap[r]);
                acc0[r] = _mm512_fmadd_ps(av, b0, acc0[r]);
                acc1[r] = _mm512_fmadd_ps(av, b1, acc1[r]);
            }
            ap += kMr512;
            bp += kNr512;
        }
#pragma GCC unroll 14
        for (int r = 0; r < kMr512; ++r) {
            if (r < rows) {
                float *row = c + r * ldc;
                if (accumulate) {
                    acc0[r] = _mm512_add_ps(acc0[r], _mm512_maskz_loadu_ps(m0, row));
                    acc1[r] = _mm512_add_ps(acc1[r], _mm512_maskz_loadu_ps(m1, row + 16));
                }
                _mm512_mask_storeu_ps(row, m0, acc0[r]);
                _mm512_mask_storeu_ps(row + 16, m1, acc1[r]);
            }
        }
    } else {
        __m512 acc0[kMr512];
#pragma GCC unroll 14
        for (int r = 0; r < kMr512; ++r)
            acc0[r] = _mm512_setzero_ps();
        for (std::int64_t kk = 0; kk < kc; ++kk) {
            const __m512 b0 = _mm512_load_ps(bp);
#pragma GCC unroll 14
            for (int r = 0; r < kMr512; ++r)
                acc0[r] = _mm512_fmadd_ps(_mm512_set1_ps(ap[r]), b0, acc0[r]);
            ap += kMr512;
            bp += kNr512;
        }
#pragma GCC unroll 14
        for (int r = 0; r < kMr512; ++r) {
            if (r < rows) {
                float *row = c + r * ldc;
                if (accumulate)
                    acc0[r] = _mm512_add_ps(acc0[r], _mm512_maskz_loadu_ps(m0, row));
                _mm512_mask_storeu_ps(row, m0, acc0[r]);
            }
        }
    }
}

// ---- AVX2 + FMA: 6 × 16 tile, 12 accumulators of the 16 ymm registers --------------------

constexpr int kMr256 = 6;
constexpr int kNr256 = 16;

__attribute__((target("avx2,fma"))) inline __m256i laneMask(int valid)
{
    const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    return _mm256_cmpgt_epi32(_mm256_set1_epi32(valid), lanes);
}

__attribute__((target("avx2,fma"))) void kernel256(const float *ap, const float *bp,
                                                   std::int64_t kc, float *c, std::int64_t ldc,
                                                   int rows, int width, bool accumulate)
{
    const __m256i m0 = laneMask(std::min(width, 8));
    const __m256i m1 = laneMask(std::max(0, width - 8));
    __m256 acc0[kMr256], acc1[kMr256];
#pragma GCC unroll 6
    for (int r = 0; r < kMr256; ++r) {
        acc0[r] = _mm256_setzero_ps();
        acc1[r] = _mm256_setzero_ps();
    }
    for (std::int64_t kk = 0; kk < kc; ++kk) {
        const __m256 b0 = _mm256_load_ps(bp);
        const __m256 b1 = _mm256_load_ps(bp + 8);
#pragma GCC unroll 6
        for (int r = 0; r < kMr256; ++r) {
            const __m256 av = _mm256_broadcast_ss(ap + r);
            acc0[r] = _mm256_fmadd_ps(av, b0, acc0[r]);
            acc1[r] = _mm256_fmadd_ps(av, b1, acc1[r]);
        }
        ap += kMr256;
        bp += kNr256;
    }
#pragma GCC unroll 6
    for (int r = 0; r < kMr256; ++r) {
        if (r < rows) {
            float *row = c + r * ldc;
            if (accumulate) {
                acc0[r] = _mm256_add_ps(acc0[r], _mm256_maskload_ps(row, m0));
                acc1[r] = _mm256_add_ps(acc1[r], _mm256_maskload_ps(row + 8, m1));
            }
            _mm256_maskstore_ps(row, m0, acc0[r]);
            _mm256_maskstore_ps(row + 8, m1, acc1[r]);
        }
    }
}

// ---- packing and the driver ----------------------------------------------------------------

struct FreeDeleter
{
    void operator()(float *p) const { std::free(p); }
};
using AlignedFloats = std::unique_ptr<float[], FreeDeleter>;

AlignedFloats alignedFloats(std::int64_t count)
{
    const std::size_t bytes = (std::size_t(std::max<std::int64_t>(count, 1)) * sizeof(float) + 63)
                              & ~std::size_t(63);
    auto *p = static_cast<float *>(std::aligned_alloc(64, bytes));
    if (!p)
        throw std::bad_alloc(); // as Eigen's own allocations do; the job boundary reports it
    return AlignedFloats(p);
}

// Rows [k0, k1) of B (k × l) into panels of nr columns: panel p holds kk-major rows of nr floats
// at out + p·k·nr + kk·nr, zero beyond column l.
void packB(const float *b, std::int64_t ldb, std::int64_t k, std::int64_t l, int nr,
           std::int64_t k0, std::int64_t k1, float *out)
{
    const std::int64_t panels = (l + nr - 1) / nr;
    for (std::int64_t p = 0; p < panels; ++p) {
        const std::int64_t j0 = p * nr;
        const std::int64_t cols = std::min<std::int64_t>(nr, l - j0);
        float *dst = out + p * k * nr + k0 * nr;
        for (std::int64_t kk = k0; kk < k1; ++kk, dst += nr) {
            const float *src = b + kk * ldb + j0;
            for (std::int64_t j = 0; j < cols; ++j)
                dst[j] = src[j];
            for (std::int64_t j = cols; j < nr; ++j)
                dst[j] = 0.0f;
        }
    }
}

// GCC 12's AVX-512 shuffle intrinsics start from _mm512_undefined_ps(), which it then reports
// as maybe-uninitialized (GCC bug 105593). Clang has no such warning group (and warns of it).
#if !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
// The transposing copy of 14 rows of A into out[kk·14 + r], 16 columns at a time through an
// in-register 16 × 16 transpose (rows 14 and 15 zero). Returns the columns done (a multiple
// of 16); the caller copies the rest.
__attribute__((target("avx512f"))) std::int64_t packRows14(const float *a, std::int64_t lda,
                                                           std::int64_t kc, float *out)
{
    const std::int64_t blocks = kc / 16;
    for (std::int64_t blk = 0; blk < blocks; ++blk) {
        __m512 r[16];
        for (int i = 0; i < kMr512; ++i)
            r[i] = _mm512_loadu_ps(a + i * lda + blk * 16);
        r[14] = _mm512_setzero_ps();
        r[15] = _mm512_setzero_ps();
        __m512 t[16];
        for (int i = 0; i < 16; i += 2) {
            t[i] = _mm512_unpacklo_ps(r[i], r[i + 1]);
            t[i + 1] = _mm512_unpackhi_ps(r[i], r[i + 1]);
        }
        for (int i = 0; i < 16; i += 4) {
            for (int j = 0; j < 2; ++j) {
                r[i + j] = _mm512_castpd_ps(_mm512_unpacklo_pd(_mm512_castps_pd(t[i + j]),
                                                               _mm512_castps_pd(t[i + 2 + j])));
                r[i + 2 + j] = _mm512_castpd_ps(_mm512_unpackhi_pd(_mm512_castps_pd(t[i + j]),
                                                                   _mm512_castps_pd(t[i + 2 + j])));
            }
        }
        for (int i = 0; i < 8; ++i) {
            const int hi = (i / 4) * 8 + (i % 4); // 128-bit lanes of registers i and i + 4
            t[i] = _mm512_shuffle_f32x4(r[hi], r[hi + 4], 0x88);
            t[i + 8] = _mm512_shuffle_f32x4(r[hi], r[hi + 4], 0xDD);
        }
        for (int i = 0; i < 8; ++i) {
            const int q = (i / 4) * 8 + (i % 4);
            r[i] = _mm512_shuffle_f32x4(t[q], t[q + 4], 0x88);
            r[i + 8] = _mm512_shuffle_f32x4(t[q], t[q + 4], 0xDD);
        }
        // r[i] now holds column kColumn[i] (rows 0..15): the unpack stages leave the middle
        // pair of each four swapped.
        static constexpr int kColumn[16] = {0, 2, 1, 3, 4, 6, 5, 7, 8, 10, 9, 11, 12, 14, 13, 15};
        for (int i = 0; i < 16; ++i)
            _mm512_mask_storeu_ps(out + (blk * 16 + kColumn[i]) * kMr512, __mmask16(0x3FFF), r[i]);
    }
    return blocks * 16;
}
#if !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// op(A)[r0 .. r0 + rows) × [k0 .. k0 + kc) into out[kk·mr + r], zero for rows ≥ rows.
void packA(const float *a, std::int64_t lda, bool transposeA, std::int64_t r0, int rows,
           std::int64_t k0, std::int64_t kc, int mr, float *out)
{
    if (transposeA) {
        const float *src = a + k0 * lda + r0;
        for (std::int64_t kk = 0; kk < kc; ++kk, src += lda, out += mr) {
            for (int r = 0; r < rows; ++r)
                out[r] = src[r];
            for (int r = rows; r < mr; ++r)
                out[r] = 0.0f;
        }
        return;
    }
    std::int64_t done = 0;
    if (mr == kMr512 && rows == kMr512)
        done = packRows14(a + r0 * lda + k0, lda, kc, out);
    for (int r = 0; r < rows; ++r) {
        const float *src = a + (r0 + r) * lda + k0;
        for (std::int64_t kk = done; kk < kc; ++kk)
            out[kk * mr + r] = src[kk];
    }
    for (int r = rows; r < mr; ++r)
        for (std::int64_t kk = 0; kk < kc; ++kk)
            out[kk * mr + r] = 0.0f;
}

// Line i of the A micro-tile that packA(r0, rows, k0, kc) reads, into L2.
inline void prefetchLine(const float *a, std::int64_t lda, bool transposeA, std::int64_t r0,
                         std::int64_t rows, std::int64_t k0, std::int64_t kc, std::int64_t i)
{
    const float *p;
    if (transposeA) {
        p = a + (k0 + i / 2) * lda + r0 + (i % 2 ? rows - 1 : 0);
    } else {
        const std::int64_t perRow = (kc + 15) / 16 + 1;
        p = a + (r0 + i / perRow) * lda + k0 + std::min(16 * (i % perRow), kc - 1);
    }
    _mm_prefetch(reinterpret_cast<const char *>(p), _MM_HINT_T1);
}

using KernelFn = void (*)(const float *, const float *, std::int64_t, float *, std::int64_t, int,
                          int, bool);

bool packedMultiply(const float *a, std::int64_t lda, bool transposeA, const float *b,
                    std::int64_t ldb, float *c, std::int64_t ldc, std::int64_t m, std::int64_t k,
                    std::int64_t l, int mr, int nr, KernelFn kernel, Shape shape, JobContext &ctx)
{
    const std::int64_t panels = (l + nr - 1) / nr;
    AlignedFloats packedB = alignedFloats(panels * k * nr);
    if (!parallelFor(
            k, 128, [&](qint64 k0, qint64 k1) { packB(b, ldb, k, l, nr, k0, k1, packedB.get()); },
            ctx))
        return false;
    const std::int64_t tiles = (m + mr - 1) / mr;
    return parallelFor(
        tiles, 2,
        [&](qint64 t0, qint64 t1) {
            AlignedFloats packedA = alignedFloats(mr * kDepthBlock);
            for (std::int64_t k0 = 0; k0 < k; k0 += kDepthBlock) {
                const std::int64_t kc = std::min(kDepthBlock, k - k0);
                for (std::int64_t t = t0; t < t1; ++t) {
                    const std::int64_t r0 = t * mr;
                    const int rows = int(std::min<std::int64_t>(mr, m - r0));
                    packA(a, lda, transposeA, r0, rows, k0, kc, mr, packedA.get());
                    // The next micro-tile of A comes from memory: its lines are fetched into L2
                    // while the kernels run on this one, a share before each panel.
                    const bool last = t + 1 == t1;
                    const std::int64_t nextK0 = last ? k0 + kDepthBlock : k0;
                    const std::int64_t nextR0 = last ? t0 * mr : r0 + mr;
                    const std::int64_t nextRows = std::min<std::int64_t>(mr, m - nextR0);
                    const std::int64_t nextKc = std::min(kDepthBlock, k - nextK0);
                    const std::int64_t lines = nextKc <= 0 ? 0
                                               : transposeA ? nextKc * 2
                                                            : nextRows * ((nextKc + 15) / 16 + 1);
                    for (std::int64_t p = 0; p < panels; ++p) {
                        for (std::int64_t i = lines * p / panels; i < lines * (p + 1) / panels; ++i)
                            prefetchLine(a, lda, transposeA, nextR0, nextRows, nextK0, nextKc, i);
                        if (shape == Shape::UpperC && (p + 1) * nr <= r0)
                            continue; // wholly below the diagonal: mirrored afterwards
                        std::int64_t depth = kc;
                        if (shape == Shape::UpperB)
                            depth = std::min(kc, (p + 1) * nr - k0);
                        if (depth <= 0)
                            continue; // k0 > 0 here: C already holds this panel's sum
                        kernel(packedA.get(), packedB.get() + p * k * nr + k0 * nr, depth,
                               c + r0 * ldc + p * nr, ldc, rows,
                               int(std::min<std::int64_t>(nr, l - p * nr)), k0 > 0);
                    }
                }
            }
        },
        ctx);
}
#endif // PARE_GEMM_X86

using ConstMap = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>,
                            0, Eigen::OuterStride<>>;
using Map = Eigen::Map<Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>, 0,
                       Eigen::OuterStride<>>;

void eigenRows(const float *a, std::int64_t lda, bool transposeA, const float *b,
               std::int64_t ldb, float *c, std::int64_t ldc, std::int64_t r0, std::int64_t r1,
               std::int64_t k, std::int64_t l)
{
    const ConstMap bm(b, k, l, Eigen::OuterStride<>(ldb));
    Map cm(c + r0 * ldc, r1 - r0, l, Eigen::OuterStride<>(ldc));
    if (transposeA) {
        const ConstMap am(a, k, r1, Eigen::OuterStride<>(lda));
        cm.noalias() = am.middleCols(r0, r1 - r0).transpose() * bm;
    } else {
        const ConstMap am(a + r0 * lda, r1 - r0, k, Eigen::OuterStride<>(lda));
        cm.noalias() = am * bm;
    }
}

} // namespace

const char *gemmKernelName()
{
    return kernelName(activeKernel());
}

std::vector<const char *> availableGemmKernels()
{
    std::vector<const char *> names;
    for (Kernel k : {Kernel::Avx512, Kernel::Avx2, Kernel::Eigen})
        if (cpuHas(k))
            names.push_back(kernelName(k));
    return names;
}

bool forceGemmKernel(const char *name)
{
    if (!name) {
        g_forced.store(-1);
        return true;
    }
    for (Kernel k : {Kernel::Avx512, Kernel::Avx2, Kernel::Eigen}) {
        if (std::strcmp(name, kernelName(k)) == 0 && cpuHas(k)) {
            g_forced.store(int(k));
            return true;
        }
    }
    return false;
}

namespace {

bool multiplyShaped(const float *a, std::int64_t lda, bool transposeA, const float *b,
                    std::int64_t ldb, float *c, std::int64_t ldc, std::int64_t m, std::int64_t k,
                    std::int64_t l, Shape shape, JobContext &ctx)
{
    if (m <= 0 || l <= 0)
        return !ctx.isCanceled();
    if (k == 0) {
        for (std::int64_t r = 0; r < m; ++r)
            std::fill_n(c + r * ldc, l, 0.0f);
        return !ctx.isCanceled();
    }
#if PARE_GEMM_X86
    switch (activeKernel()) {
    case Kernel::Avx512:
        return packedMultiply(a, lda, transposeA, b, ldb, c, ldc, m, k, l, kMr512, kNr512,
                              kernel512, shape, ctx);
    case Kernel::Avx2:
        return packedMultiply(a, lda, transposeA, b, ldb, c, ldc, m, k, l, kMr256, kNr256,
                              kernel256, shape, ctx);
    case Kernel::Eigen:
        break;
    }
#else
    Q_UNUSED(shape); // Eigen computes every product whole
#endif
    constexpr std::int64_t kEigenRows = 48;
    return parallelFor(
        (m + kEigenRows - 1) / kEigenRows, 1,
        [&](qint64 t0, qint64 t1) {
            eigenRows(a, lda, transposeA, b, ldb, c, ldc, t0 * kEigenRows,
                      std::min<std::int64_t>(m, t1 * kEigenRows), k, l);
        },
        ctx);
}

} // namespace

bool multiplyRowMajor(const float *a, std::int64_t lda, bool transposeA, const float *b,
                      std::int64_t ldb, float *c, std::int64_t ldc, std::int64_t m,
                      std::int64_t k, std::int64_t l, JobContext &ctx)
{
    return multiplyShaped(a, lda, transposeA, b, ldb, c, ldc, m, k, l, Shape::General, ctx);
}

bool multiplyUpperTriangular(const float *a, std::int64_t lda, const float *u, std::int64_t ldu,
                             float *c, std::int64_t ldc, std::int64_t m, std::int64_t k,
                             JobContext &ctx)
{
    return multiplyShaped(a, lda, false, u, ldu, c, ldc, m, k, k, Shape::UpperB, ctx);
}

bool gramRowMajor(const float *y, std::int64_t ldy, std::int64_t n, std::int64_t w, float *g,
                  std::int64_t ldg, JobContext &ctx)
{
    if (!multiplyShaped(y, ldy, true, y, ldy, g, ldg, w, n, w, Shape::UpperC, ctx))
        return false;
    for (std::int64_t i = 1; i < w; ++i)
        for (std::int64_t j = 0; j < i; ++j)
            g[i * ldg + j] = g[j * ldg + i];
    return true;
}

} // namespace pare::core
