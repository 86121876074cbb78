// SPDX-License-Identifier: GPL-3.0-or-later
#include "gemm.h"

#include "jobs/jobrunner.h"

#include <Eigen/Core>

#include <immintrin.h>

#include <algorithm>

namespace pare::core {

namespace {

// Register tile: 6 rows × 16 columns (12 accumulators, two B loads and one broadcast fit the
// 16 ymm registers). Depth blocks of kDepthBlock keep a B panel (16 KB) in L1.
constexpr int kTileRows = 6;
constexpr int kTileCols = 16;
constexpr std::int64_t kDepthBlock = 256;

bool hasAvx2Fma()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return has;
}

__attribute__((target("avx2,fma"))) inline __m256i laneMask(int valid)
{
    const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    return _mm256_cmpgt_epi32(_mm256_set1_epi32(valid), lanes);
}

// C[R × width] (+)= Σ_kk a(r, kk) · B[kk, 0 .. width), a(r, kk) = a[r·rs + kk·ks].
template<int R>
__attribute__((target("avx2,fma"))) void tile(const float *a, std::int64_t rs, std::int64_t ks,
                                              const float *b, std::int64_t ldb, float *c,
                                              std::int64_t ldc, std::int64_t depth, int width,
                                              bool accumulate)
{
    const __m256i m0 = laneMask(std::min(width, 8));
    const __m256i m1 = laneMask(std::max(0, width - 8));
    __m256 acc0[R], acc1[R];
    for (int r = 0; r < R; ++r) {
        if (accumulate) {
            acc0[r] = _mm256_maskload_ps(c + r * ldc, m0);
            acc1[r] = _mm256_maskload_ps(c + r * ldc + 8, m1);
        } else {
            acc0[r] = _mm256_setzero_ps();
            acc1[r] = _mm256_setzero_ps();
        }
    }
    if (width == kTileCols) {
        for (std::int64_t kk = 0; kk < depth; ++kk) {
            const __m256 b0 = _mm256_loadu_ps(b + kk * ldb);
            const __m256 b1 = _mm256_loadu_ps(b + kk * ldb + 8);
            for (int r = 0; r < R; ++r) {
                const __m256 av = _mm256_broadcast_ss(a + r * rs + kk * ks);
                acc0[r] = _mm256_fmadd_ps(av, b0, acc0[r]);
                acc1[r] = _mm256_fmadd_ps(av, b1, acc1[r]);
            }
        }
    } else {
        for (std::int64_t kk = 0; kk < depth; ++kk) {
            const __m256 b0 = _mm256_maskload_ps(b + kk * ldb, m0);
            const __m256 b1 = _mm256_maskload_ps(b + kk * ldb + 8, m1);
            for (int r = 0; r < R; ++r) {
                const __m256 av = _mm256_broadcast_ss(a + r * rs + kk * ks);
                acc0[r] = _mm256_fmadd_ps(av, b0, acc0[r]);
                acc1[r] = _mm256_fmadd_ps(av, b1, acc1[r]);
            }
        }
    }
    for (int r = 0; r < R; ++r) {
        _mm256_maskstore_ps(c + r * ldc, m0, acc0[r]);
        _mm256_maskstore_ps(c + r * ldc + 8, m1, acc1[r]);
    }
}

using TileFn = void (*)(const float *, std::int64_t, std::int64_t, const float *, std::int64_t,
                        float *, std::int64_t, std::int64_t, int, bool);
constexpr TileFn kTiles[kTileRows + 1] = {nullptr, tile<1>, tile<2>, tile<3>,
                                          tile<4>, tile<5>, tile<6>};

// Rows [r0, r1) of C.
void multiplyRows(const float *a, std::int64_t lda, bool transposeA, const float *b,
                  std::int64_t ldb, float *c, std::int64_t ldc, std::int64_t r0, std::int64_t r1,
                  std::int64_t k, std::int64_t l)
{
    const std::int64_t rs = transposeA ? 1 : lda;
    const std::int64_t ks = transposeA ? lda : 1;
    if (k == 0) {
        for (std::int64_t r = r0; r < r1; ++r)
            std::fill_n(c + r * ldc, l, 0.0f);
        return;
    }
    for (std::int64_t r = r0; r < r1; r += kTileRows) {
        const int rows = int(std::min<std::int64_t>(kTileRows, r1 - r));
        for (std::int64_t k0 = 0; k0 < k; k0 += kDepthBlock) {
            const std::int64_t depth = std::min(kDepthBlock, k - k0);
            for (std::int64_t j = 0; j < l; j += kTileCols) {
                const int width = int(std::min<std::int64_t>(kTileCols, l - j));
                kTiles[rows](a + r * rs + k0 * ks, rs, ks, b + k0 * ldb + j, ldb, c + r * ldc + j,
                             ldc, depth, width, k0 > 0);
            }
        }
    }
}

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
        const ConstMap am(a, k, r0 + (r1 - r0), Eigen::OuterStride<>(lda));
        cm.noalias() = am.middleCols(r0, r1 - r0).transpose() * bm;
    } else {
        const ConstMap am(a + r0 * lda, r1 - r0, k, Eigen::OuterStride<>(lda));
        cm.noalias() = am * bm;
    }
}

} // namespace

const char *gemmKernelName()
{
    return hasAvx2Fma() ? "avx2-fma" : "eigen";
}

bool multiplyRowMajor(const float *a, std::int64_t lda, bool transposeA, const float *b,
                      std::int64_t ldb, float *c, std::int64_t ldc, std::int64_t m,
                      std::int64_t k, std::int64_t l, JobContext &ctx)
{
    const bool avx = hasAvx2Fma();
    // Row chunks of whole tiles, big enough to amortize the B panel reads.
    return parallelFor(
        (m + kTileRows - 1) / kTileRows, 8,
        [&](qint64 t0, qint64 t1) {
            const std::int64_t r0 = t0 * kTileRows;
            const std::int64_t r1 = std::min<std::int64_t>(m, t1 * kTileRows);
            if (avx)
                multiplyRows(a, lda, transposeA, b, ldb, c, ldc, r0, r1, k, l);
            else
                eigenRows(a, lda, transposeA, b, ldb, c, ldc, r0, r1, k, l);
        },
        ctx);
}

} // namespace pare::core
