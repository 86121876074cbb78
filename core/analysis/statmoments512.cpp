// SPDX-License-Identifier: GPL-3.0-or-later
// The AVX-512 moments kernels: float lanes alone, and with the block's hash and another block's
// bins in the same loop (Moments::addHashed, Moments::addHashedBinning).
// GCC 12's AVX-512 headers build intrinsics on _mm512_undefined_*(), which -Wuninitialized
// reports at the header's lines once inlined here; the state must be set before they are parsed.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "statmomentblock.h"
#include "statsimd.h"
#include "statbins512.h"

#include <cstring>
#include <limits>

namespace pare::core::analysis_detail {

using namespace simd;

#if PARE_STATS_X86
namespace {

// The float lanes of both kernels below: blockMomentsFloatAvx2's sums sixteen values per
// operation (one run is one zmm, whose low and high halves are the AVX2 kernel's two ymm
// accumulators, so every float partial sum is the same: each lane the same terms in the same
// order, the halves added before the fold; only the fold's double additions run in another
// order). Zeros and near-zeros are counted from compare masks on the scalar side, which these
// loops leave idle. Always inlined: its members stay in the kernels' registers.
struct MomentLanes512
{
    __m512 vc2, vca, vnear, vzero;
    __m512 vmin, vmax, vminAbs;
    std::int64_t z = 0, nz = 0;
    __m512d t1, t2, t3, t4, ta; // the folded (double) sums
    __m512 s1, s2, s3, s4, sa;  // the float sums of the current fold

    __attribute__((target("avx512f,avx512dq"), always_inline)) MomentLanes512(float nearZero, float centre2,
                                                                             float centreAbs, __m512 min0,
                                                                             __m512 max0)
        : vc2(_mm512_set1_ps(centre2))
        , vca(_mm512_set1_ps(centreAbs))
        , vnear(_mm512_set1_ps(nearZero))
        , vzero(_mm512_setzero_ps())
        , vmin(min0)
        , vmax(max0)
        , vminAbs(_mm512_set1_ps(std::numeric_limits<float>::infinity()))
        , t1(_mm512_setzero_pd()), t2(t1), t3(t1), t4(t1), ta(t1)
        , s1(vzero), s2(vzero), s3(vzero), s4(vzero), sa(vzero)
    {}

    __attribute__((target("avx512f,avx512dq,popcnt"), always_inline)) inline void add(__m512 v)
    {
        vmin = _mm512_min_ps(vmin, v);
        vmax = _mm512_max_ps(vmax, v);
        s1 = _mm512_add_ps(s1, v);
        const __m512 q = _mm512_mul_ps(v, v);
        s2 = _mm512_add_ps(s2, _mm512_sub_ps(q, vc2));
        s3 = _mm512_fmadd_ps(q, v, s3);
        s4 = _mm512_fmadd_ps(q, q, s4);
        const __m512 a = _mm512_abs_ps(v);
        sa = _mm512_add_ps(sa, _mm512_sub_ps(a, vca));
        const __mmask16 zero = _mm512_cmp_ps_mask(v, vzero, _CMP_EQ_OQ);
        const __mmask16 near = _mm512_cmp_ps_mask(a, vnear, _CMP_LE_OQ);
        z += __builtin_popcount(unsigned(zero));
        nz += __builtin_popcount(unsigned(near));
        vminAbs = _mm512_mask_min_ps(vminAbs, _knot_mask16(zero), vminAbs, a);
    }

    // The float sums into the double ones (every kFoldRuns runs), and a new fold begun.
    __attribute__((target("avx512f,avx512dq"), always_inline)) inline void fold()
    {
        const auto one = [this](__m512d &t, __m512 &s) __attribute__((target("avx512f,avx512dq"), always_inline)) {
            const __m256 h = _mm256_add_ps(_mm512_castps512_ps256(s), _mm512_extractf32x8_ps(s, 1));
            t = _mm512_add_pd(t, _mm512_cvtps_pd(h));
            s = vzero;
        };
        one(t1, s1);
        one(t2, s2);
        one(t3, s3);
        one(t4, s4);
        one(ta, sa);
    }

    // The block's sums over `whole` values, the centring terms back in, in double.
    __attribute__((target("avx512f,avx512dq"), always_inline)) inline BlockSums sums(std::int64_t whole,
                                                                                      float centre2,
                                                                                      float centreAbs) const
    {
        return {_mm512_reduce_add_pd(t1),
                _mm512_reduce_add_pd(t2) + double(centre2) * double(whole),
                _mm512_reduce_add_pd(t3),
                _mm512_reduce_add_pd(t4),
                _mm512_reduce_add_pd(ta) + double(centreAbs) * double(whole),
                z,
                nz,
                _mm512_reduce_min_ps(vmin),
                _mm512_reduce_max_ps(vmax),
                _mm512_reduce_min_ps(vminAbs)};
    }
};

} // namespace

// blockMomentsFloatAvx2 sixteen values per operation (MomentLanes512).
__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,popcnt"))) ShiftedResult
blockMomentsFloatAvx512(const float *x, std::int64_t n, float nearZero, float centre2,
                        float centreAbs, Moments &out)
{
    constexpr std::int64_t kRun = 16;
    const std::int64_t runs = n / kRun;
    if (runs == 0)
        return ShiftedResult::Retry;
    const __m512 first = _mm512_loadu_ps(x);
    MomentLanes512 lanes(nearZero, centre2, centreAbs, first, first);
    std::int64_t r = 0;
    while (r < runs) {
        const std::int64_t end = std::min(runs, r + kFoldRuns);
        for (; r < end; ++r) {
            __builtin_prefetch(x + r * kRun + kPrefetchFloats);
            lanes.add(_mm512_loadu_ps(x + r * kRun));
        }
        lanes.fold();
    }
    const std::int64_t whole = runs * kRun;
    return finishBlock(x, whole, n, nearZero, 0.0, 16.0, 1.0, lanes.sums(whole, centre2, centreAbs), out);
}

namespace {

// blockMomentsFloatAvx512 (the same float lanes, folds and figures) with the hash of the block's
// whole 32-byte stripes in the same loop (a zmm is two stripes, in hashStripesAvx512's lanes
// and keys): the block is read once, and the hash's integer work runs beside the float work.
// The hash is done whatever the result, which only says whether the moments are. Side: other
// work stepped once every two runs (32 values) inside the loop, whose integer and memory
// operations run beside the float ones: the second sweep's binning of another block in
// addHashedBinning (side.step(); what is left after the loop is the caller's).
constexpr std::uint64_t kStripeKeyStep = 0x165667B19E3779F9ULL; // StripeHasher's key step

struct NoSide
{
    static constexpr std::int64_t kAhead = kPrefetchFloats; // the prefetch distance of the loop
    static void step() {}
};

template<typename Side>
__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,popcnt"), always_inline)) inline ShiftedResult
blockMomentsHashAvx512(const float *x, std::int64_t n, float nearZero, float centre2,
                       float centreAbs, StripeHasher &hasher, Moments &out, Side &side)
{
    constexpr std::int64_t kRun = 16;
    const std::int64_t runs = n / kRun;
    if (runs == 0) {
        hasher.update(reinterpret_cast<const std::byte *>(x), n * std::int64_t(sizeof(float)) / 32 * 32);
        return ShiftedResult::Retry;
    }
    MomentLanes512 lanes(nearZero, centre2, centreAbs, _mm512_set1_ps(std::numeric_limits<float>::infinity()),
                         _mm512_set1_ps(-std::numeric_limits<float>::infinity()));
    // Hash lanes: stripes 2i and 2i + 1 in lanes 0–3 and 4–7.
    const __m256i acc0 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(hasher.accumulators()));
    const __m256i key0 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(hasher.keys()));
    __m512i acc = _mm512_inserti64x4(_mm512_setzero_si512(), acc0, 0);
    __m512i key = _mm512_inserti64x4(_mm512_castsi256_si512(key0),
                                     _mm256_add_epi64(key0, _mm256_set1_epi64x(std::int64_t(kStripeKeyStep))), 1);
    const __m512i keyStep = _mm512_set1_epi64(std::int64_t(2 * kStripeKeyStep));
    std::int64_t r = 0;
    while (r < runs) {
        const std::int64_t end = std::min(runs, r + kFoldRuns);
        for (; r < end; ++r) {
            __builtin_prefetch(x + r * kRun + Side::kAhead);
            const __m512 v = _mm512_loadu_ps(x + r * kRun);
            lanes.add(v);
            const __m512i w = _mm512_castps_si512(v);
            const __m512i k = _mm512_xor_si512(w, key);
            acc = _mm512_add_epi64(acc, _mm512_add_epi64(w, _mm512_mul_epu32(k, _mm512_srli_epi64(k, 32))));
            key = _mm512_add_epi64(key, keyStep);
            if (r & 1)
                side.step();
        }
        lanes.fold();
    }
    const std::int64_t whole = runs * kRun;
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.accumulators()),
                        _mm256_add_epi64(_mm512_castsi512_si256(acc), _mm512_extracti64x4_epi64(acc, 1)));
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.keys()), _mm512_castsi512_si256(key));
    hasher.update(reinterpret_cast<const std::byte *>(x + whole),
                  (n - whole) * std::int64_t(sizeof(float)) / 32 * 32);
    return finishBlock(x, whole, n, nearZero, 0.0, 16.0, 1.0, lanes.sums(whole, centre2, centreAbs), out);
}

// blockMomentsHashAvx512 over x with side in its loop (the CPU must have AVX-512): Ok (the
// block's figures in b) or Retry (hashed and side stepped; the moments are add()'s).
enum class HashedResult { Ok, Retry };

__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,popcnt"))) HashedResult
hashedAlone(const float *x, std::int64_t count, float nearZero, float centre2, float centreAbs,
            StripeHasher &hasher, Moments &b)
{
    NoSide none;
    return blockMomentsHashAvx512(x, count, nearZero, centre2, centreAbs, hasher, b, none) == ShiftedResult::Ok
               ? HashedResult::Ok : HashedResult::Retry;
}

// hashedAlone with the bins of another block stepped in its loop (inlined there, so that the
// pipeline's registers stay registers); the bins are counted whatever the result.
template<bool Outliers>
__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,popcnt"))) HashedResult
hashedWhileBinning(const float *x, std::int64_t count, float nearZero, float centre2, float centreAbs,
                   StripeHasher &hasher, Moments &b, BinBlock &bins, const OutlierThresholds &out)
{
    const BinSpec &spec = *bins.spec;
    avx512::BinPipeline<Outliers, kPrefetchPairedFloats> pipeline(bins.x, bins.count, spec.lo, spec.scale,
                                                                  spec.bins, bins.counts, out.lo, out.hi);
    const ShiftedResult r = blockMomentsHashAvx512(x, count, nearZero, centre2, centreAbs, hasher, b, pipeline);
    bins.outliers += pipeline.finish();
    return r == ShiftedResult::Ok ? HashedResult::Ok : HashedResult::Retry;
}

} // namespace
#endif // PARE_STATS_X86

Moments::Range Moments::addHashed(const float *x, std::int64_t count, float nearZero,
                                  StripeHasher &hasher)
{
    if (count <= 0)
        return {};
#if PARE_STATS_X86
    // add()'s float-lane case, with the hash in its loop.
    if (float c2 = 0.0f, ca = 0.0f; hasAvx512() && laneCentres(*this, x, count, c2, ca)) {
        Moments b;
        if (hashedAlone(x, count, nearZero, c2, ca, hasher, b) == HashedResult::Ok)
            return mergeBlock(b);
        return add(x, count, nearZero); // hashed; the moments from add()'s other kernels
    }
#endif
    hasher.update(reinterpret_cast<const std::byte *>(x), count * std::int64_t(sizeof(float)) / 32 * 32);
    return add(x, count, nearZero);
}

Moments::Range Moments::addHashedBinning(const float *x, std::int64_t count, float nearZero,
                                         StripeHasher &hasher, BinBlock &bins)
{
#if PARE_STATS_X86
    if (float c2 = 0.0f, ca = 0.0f; count > 0 && hasAvx512() && avx512::binsInFloat16(*bins.spec)
                                    && laneCentres(*this, x, count, c2, ca)) {
        constexpr float kInf = std::numeric_limits<float>::infinity();
        const OutlierThresholds out = bins.thresholds ? *bins.thresholds : OutlierThresholds{-kInf, kInf};
        Moments b;
        const HashedResult r
            = bins.thresholds ? hashedWhileBinning<true>(x, count, nearZero, c2, ca, hasher, b, bins, out)
                              : hashedWhileBinning<false>(x, count, nearZero, c2, ca, hasher, b, bins, out);
        if (r == HashedResult::Ok)
            return mergeBlock(b);
        return add(x, count, nearZero); // hashed and binned; the moments from add()'s other kernels
    }
#endif
    bins.outliers += binInRangeCountOutliers(bins.x, bins.count, *bins.spec, bins.counts, bins.thresholds);
    return addHashed(x, count, nearZero, hasher);
}

} // namespace pare::core::analysis_detail
