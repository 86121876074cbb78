// SPDX-License-Identifier: GPL-3.0-or-later
// Histogram binning and outlier counting over blocks of floats.
// GCC 12's AVX-512 headers build intrinsics on _mm512_undefined_*(), which -Wuninitialized
// reports at the header's lines once inlined here; the state must be set before they are parsed.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "statkernels.h"
#include "statsimd.h"
#include "statbins512.h"

#include <QtGlobal>


#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace pare::core::analysis_detail {

using namespace simd;

namespace {

#if PARE_STATS_X86
// Bins of finite values known to lie in [lo, hi]: indices computed four doubles at a time,
// counted into two tables alternately so that runs of one bin do not serialize.
__attribute__((target("avx2,fma"))) void binInRangeAvx2(const float *x, std::int64_t n,
                                                       double lo, double scale, int bins,
                                                       std::uint32_t *even, std::uint32_t *odd)
{
    const std::int64_t whole = n / 8 * 8;
    const __m256d vlo = _mm256_set1_pd(lo);
    const __m256d vscale = _mm256_set1_pd(scale);
    const __m128i vmaxIdx = _mm_set1_epi32(bins - 1);
    const __m128i vzero = _mm_setzero_si128();
    alignas(16) std::int32_t idx[8];
    for (std::int64_t i = 0; i < whole; i += 8) {
        const __m256 v = _mm256_loadu_ps(x + i);
        const __m256d pa = _mm256_mul_pd(_mm256_sub_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(v)), vlo), vscale);
        const __m256d pb = _mm256_mul_pd(_mm256_sub_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(v, 1)), vlo), vscale);
        const __m128i ia = _mm_min_epi32(_mm_max_epi32(_mm256_cvttpd_epi32(pa), vzero), vmaxIdx);
        const __m128i ib = _mm_min_epi32(_mm_max_epi32(_mm256_cvttpd_epi32(pb), vzero), vmaxIdx);
        _mm_store_si128(reinterpret_cast<__m128i *>(idx), ia);
        _mm_store_si128(reinterpret_cast<__m128i *>(idx + 4), ib);
        ++even[idx[0]];
        ++odd[idx[1]];
        ++even[idx[2]];
        ++odd[idx[3]];
        ++even[idx[4]];
        ++odd[idx[5]];
        ++even[idx[6]];
        ++odd[idx[7]];
    }
    for (std::int64_t i = whole; i < n; ++i)
        ++even[std::min(bins - 1, std::max(0, int((double(x[i]) - lo) * scale)))];
}

// binInRangeAvx2 into one table, also counting values outside (outLo, outHi) — the outliers,
// as float thresholds exactly equivalent to the double test (see outlierThresholds).
__attribute__((target("avx2,fma"))) std::int64_t binCountAvx2(const float *x, std::int64_t n,
                                                             double lo, double scale, int bins,
                                                             std::uint32_t *counts, float outLo,
                                                             float outHi)
{
    const std::int64_t whole = n / 8 * 8;
    const __m256d vlo = _mm256_set1_pd(lo);
    const __m256d vscale = _mm256_set1_pd(scale);
    const __m128i vmaxIdx = _mm_set1_epi32(bins - 1);
    const __m128i vzero = _mm_setzero_si128();
    const __m256 vOutLo = _mm256_set1_ps(outLo);
    const __m256 vOutHi = _mm256_set1_ps(outHi);
    __m256i vout = _mm256_setzero_si256();
    alignas(16) std::int32_t idx[8];
    for (std::int64_t i = 0; i < whole; i += 8) {
        const __m256 v = _mm256_loadu_ps(x + i);
        const __m256d pa = _mm256_mul_pd(_mm256_sub_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(v)), vlo), vscale);
        const __m256d pb = _mm256_mul_pd(_mm256_sub_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(v, 1)), vlo), vscale);
        const __m128i ia = _mm_min_epi32(_mm_max_epi32(_mm256_cvttpd_epi32(pa), vzero), vmaxIdx);
        const __m128i ib = _mm_min_epi32(_mm_max_epi32(_mm256_cvttpd_epi32(pb), vzero), vmaxIdx);
        _mm_store_si128(reinterpret_cast<__m128i *>(idx), ia);
        _mm_store_si128(reinterpret_cast<__m128i *>(idx + 4), ib);
        const __m256 outside = _mm256_or_ps(_mm256_cmp_ps(v, vOutLo, _CMP_LE_OQ),
                                            _mm256_cmp_ps(v, vOutHi, _CMP_GE_OQ));
        vout = _mm256_sub_epi32(vout, _mm256_castps_si256(outside));
        ++counts[idx[0]];
        ++counts[idx[1]];
        ++counts[idx[2]];
        ++counts[idx[3]];
        ++counts[idx[4]];
        ++counts[idx[5]];
        ++counts[idx[6]];
        ++counts[idx[7]];
    }
    alignas(32) std::int32_t lanes[8];
    _mm256_store_si256(reinterpret_cast<__m256i *>(lanes), vout);
    std::int64_t outliers = 0;
    for (int l = 0; l < 8; ++l)
        outliers += lanes[l];
    for (std::int64_t i = whole; i < n; ++i) {
        ++counts[std::min(bins - 1, std::max(0, int((double(x[i]) - lo) * scale)))];
        outliers += (x[i] <= outLo) | (x[i] >= outHi);
    }
    return outliers;
}

// binCountAvx2 with the bin index computed in float, eight values per operation: exact, because
// a float index that lies within tolerance of a bin edge (well above the float rounding error,
// ~3·2⁻²⁴ of the index) is recomputed in double, as binCountAvx2 computes every index; such
// values are under 1 % of the total. lo must be a float (the tensor's minimum) and every x in
// [lo, hi], so that the float index is never negative.
__attribute__((target("avx2,fma"))) std::int64_t binCountFloatAvx2(const float *x, std::int64_t n,
                                                                  double lo, double scale,
                                                                  int bins, std::uint32_t *counts,
                                                                  float outLo, float outHi)
{
    const std::int64_t whole = n / 8 * 8;
    const __m256 vlo = _mm256_set1_ps(float(lo));
    const __m256 vscale = _mm256_set1_ps(float(scale));
    const __m256 vtol = _mm256_set1_ps(0x1p-21f); // over 2.5× the rounding error bound
    const __m256 vone = _mm256_set1_ps(1.0f);
    const __m256 vOutLo = _mm256_set1_ps(outLo);
    const __m256 vOutHi = _mm256_set1_ps(outHi);
    __m256i vout = _mm256_setzero_si256();
    alignas(32) std::int32_t idx[8];
    for (std::int64_t i = 0; i < whole; i += 8) {
        __builtin_prefetch(x + i + kPrefetchFloats);
        const __m256 v = _mm256_loadu_ps(x + i);
        const __m256 f = _mm256_mul_ps(_mm256_sub_ps(v, vlo), vscale);
        const __m256i fi = _mm256_cvttps_epi32(f);
        const __m256 fr = _mm256_sub_ps(f, _mm256_cvtepi32_ps(fi));
        const __m256 tol = _mm256_fmadd_ps(f, vtol, vtol);
        const __m256 nearEdge
            = _mm256_or_ps(_mm256_cmp_ps(fr, tol, _CMP_LT_OQ),
                           _mm256_cmp_ps(_mm256_add_ps(fr, tol), vone, _CMP_GT_OQ));
        const __m256 outside = _mm256_or_ps(_mm256_cmp_ps(v, vOutLo, _CMP_LE_OQ),
                                            _mm256_cmp_ps(v, vOutHi, _CMP_GE_OQ));
        vout = _mm256_sub_epi32(vout, _mm256_castps_si256(outside));
        if (const int edge = _mm256_movemask_ps(nearEdge)) [[unlikely]] {
            _mm256_store_si256(reinterpret_cast<__m256i *>(idx), fi);
            for (int l = 0; l < 8; ++l) {
                if (edge & (1 << l))
                    idx[l] = std::min(bins - 1, std::max(0, int((double(x[i + l]) - lo) * scale)));
                ++counts[idx[l]];
            }
            continue;
        }
        // Indices through general registers, two per 64-bit move, not through memory.
        const __m128i lo4 = _mm256_castsi256_si128(fi);
        const __m128i hi4 = _mm256_extracti128_si256(fi, 1);
        const std::uint64_t a = std::uint64_t(_mm_cvtsi128_si64(lo4));
        const std::uint64_t b = std::uint64_t(_mm_extract_epi64(lo4, 1));
        const std::uint64_t c = std::uint64_t(_mm_cvtsi128_si64(hi4));
        const std::uint64_t d = std::uint64_t(_mm_extract_epi64(hi4, 1));
        ++counts[std::uint32_t(a)];
        ++counts[a >> 32];
        ++counts[std::uint32_t(b)];
        ++counts[b >> 32];
        ++counts[std::uint32_t(c)];
        ++counts[c >> 32];
        ++counts[std::uint32_t(d)];
        ++counts[d >> 32];
    }
    _mm256_store_si256(reinterpret_cast<__m256i *>(idx), vout);
    std::int64_t outliers = 0;
    for (int l = 0; l < 8; ++l)
        outliers += idx[l];
    for (std::int64_t i = whole; i < n; ++i) {
        ++counts[std::min(bins - 1, std::max(0, int((double(x[i]) - lo) * scale)))];
        outliers += (x[i] <= outLo) | (x[i] >= outHi);
    }
    return outliers;
}

// binCountFloatAvx512's loop (statbins512.h), with its tail.
template<bool Outliers>
__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"))) std::int64_t
binCountFloatAvx512(const float *x, std::int64_t n, double lo, double scale, int bins,
                    std::uint32_t *counts, float outLo, float outHi)
{
    avx512::BinPipeline<Outliers> pipeline(x, n, lo, scale, bins, counts, outLo, outHi);
    return pipeline.finish();
}

// binValues on the linear scale for any range, sixteen values per step with AVX-512: the index
// by the same double operations as binValues (so the same bins to the last ulp), values below,
// above or not finite sent to scratch counters past counts[bins − 1] and counted from their masks; the
// increments as in binCountFloatAvx512, two steps behind. NaN and Inf are counted apart.
namespace avx512 {

struct AnyRange
{
    __m512d lo, hi, scale;
    __m512i maxIdx, dummy, pack;
    std::int64_t under = 0, over = 0, nan = 0, inf = 0;
};

__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,popcnt"), always_inline)) inline __m256i
anyRangeIndices8(__m256 v, AnyRange &s, __mmask8 notFinite)
{
    const __m512d t = _mm512_cvtps_pd(v);
    const __mmask8 below = _mm512_cmp_pd_mask(t, s.lo, _CMP_LT_OQ) & ~notFinite;
    const __mmask8 above = _mm512_cmp_pd_mask(t, s.hi, _CMP_GT_OQ) & ~notFinite;
    s.under += __builtin_popcount(unsigned(below));
    s.over += __builtin_popcount(unsigned(above));
    const __m256i b = _mm512_cvttpd_epi32(_mm512_mul_pd(_mm512_sub_pd(t, s.lo), s.scale));
    return _mm256_mask_mov_epi32(_mm256_min_epi32(b, _mm512_castsi512_si256(s.maxIdx)),
                                 below | above | notFinite, _mm512_castsi512_si256(s.dummy));
}

__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,popcnt"), always_inline)) inline __m512i
anyRangeIndices16(const float *x, AnyRange &s)
{
    const __m512 v = _mm512_loadu_ps(x);
    const __mmask16 nan = _mm512_fpclass_ps_mask(v, 0x81); // quiet or signalling NaN
    const __mmask16 inf = _mm512_fpclass_ps_mask(v, 0x18); // +Inf or −Inf
    s.nan += __builtin_popcount(unsigned(nan));
    s.inf += __builtin_popcount(unsigned(inf));
    const __mmask16 notFinite = nan | inf;
    const __m256i a = anyRangeIndices8(_mm512_castps512_ps256(v), s, __mmask8(notFinite));
    const __m256i b = anyRangeIndices8(_mm512_extractf32x8_ps(v, 1), s, __mmask8(notFinite >> 8));
    return _mm512_inserti64x4(_mm512_castsi256_si512(a), b, 1);
}

} // namespace avx512

__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,popcnt"))) void
binAnyRangeAvx512(const float *x, std::int64_t n, const BinSpec &spec, std::uint32_t *counts,
                  BinCounts &extra, std::uint64_t &nan, std::uint64_t &inf)
{
    using namespace avx512;                                 // AnyRange (above)
    using namespace ::pare::core::analysis_detail::avx512; // countSteps (statbins512.h)
    AnyRange s;
    s.lo = _mm512_set1_pd(spec.lo);
    s.hi = _mm512_set1_pd(spec.hi);
    s.scale = _mm512_set1_pd(spec.scale);
    s.maxIdx = _mm512_set1_epi32(spec.bins - 1);
    // One scratch counter per lane: out-of-range values (most of them, zoomed in) would
    // otherwise all increment one counter, each increment waiting for the one before.
    s.dummy = _mm512_add_epi32(_mm512_set1_epi32(spec.bins),
                               _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15));
    alignas(64) std::uint16_t pack[32];
    for (int k = 0; k < 32; ++k)
        pack[k] = std::uint16_t(2 * k);
    s.pack = _mm512_load_si512(pack);
    const auto step = [&](const float *p) __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,popcnt"))) {
        return _mm512_permutex2var_epi16(anyRangeIndices16(p, s), s.pack, anyRangeIndices16(p + 16, s));
    };
    const std::int64_t steps = countSteps(x, n, counts, step);
    std::fill_n(counts + spec.bins, kBinScratch, 0u);
    extra.underflow += std::uint64_t(s.under);
    extra.overflow += std::uint64_t(s.over);
    nan += std::uint64_t(s.nan);
    inf += std::uint64_t(s.inf);
    const std::int64_t done = steps * kStep;
    binValues(x + done, n - done, spec, counts, extra);
    for (std::int64_t i = done; i < n; ++i) {
        nan += std::isnan(x[i]);
        inf += std::isinf(x[i]);
    }
}

// binAnyRangeAvx512 for CPUs with AVX2 only, eight values per step: the index by binValues'
// double operations, values below, above or not finite sent to one scratch counter per lane
// past counts[bins − 1] and counted from their masks. (binValues' branches cost 6.5 ns a value
// here on a zoomed range, where most values fall outside it in no order a predictor learns.)
// Below and above are tested in float against the floats that bound [lo, hi]: for a float v,
// v < lo exactly when v < loF, the smallest float not below lo (and likewise for hi).
__attribute__((target("avx2,fma,popcnt"))) void binAnyRangeAvx2(const float *x, std::int64_t n,
                                                                const BinSpec &spec,
                                                                std::uint32_t *counts,
                                                                BinCounts &extra,
                                                                std::uint64_t &nan,
                                                                std::uint64_t &inf)
{
    float loF = float(spec.lo);
    if (double(loF) < spec.lo)
        loF = std::nextafter(loF, std::numeric_limits<float>::infinity());
    float hiF = float(spec.hi);
    if (double(hiF) > spec.hi)
        hiF = std::nextafter(hiF, -std::numeric_limits<float>::infinity());
    const __m256 vloF = _mm256_set1_ps(loF), vhiF = _mm256_set1_ps(hiF);
    const __m256 absMask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    const __m256 infinity = _mm256_set1_ps(std::numeric_limits<float>::infinity());
    const __m256d dlo = _mm256_set1_pd(spec.lo), dscale = _mm256_set1_pd(spec.scale);
    const __m256i maxIdx = _mm256_set1_epi32(spec.bins - 1);
    const __m256i dummy = _mm256_add_epi32(_mm256_set1_epi32(spec.bins), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
    std::uint64_t under = 0, over = 0, nans = 0, infs = 0;
    alignas(32) std::int32_t idx[8];
    const std::int64_t whole = n / 8 * 8;
    for (std::int64_t i = 0; i < whole; i += 8) {
        if (i % 16 == 0)
            __builtin_prefetch(x + i + kPrefetchFloats);
        const __m256 v = _mm256_loadu_ps(x + i);
        const __m256 isNan = _mm256_cmp_ps(v, v, _CMP_UNORD_Q);
        const __m256 isInf = _mm256_cmp_ps(_mm256_and_ps(v, absMask), infinity, _CMP_EQ_OQ);
        const __m256 notFinite = _mm256_or_ps(isNan, isInf);
        const __m256 below = _mm256_andnot_ps(notFinite, _mm256_cmp_ps(v, vloF, _CMP_LT_OQ));
        const __m256 above = _mm256_andnot_ps(notFinite, _mm256_cmp_ps(v, vhiF, _CMP_GT_OQ));
        nans += unsigned(__builtin_popcount(unsigned(_mm256_movemask_ps(isNan))));
        infs += unsigned(__builtin_popcount(unsigned(_mm256_movemask_ps(isInf))));
        under += unsigned(__builtin_popcount(unsigned(_mm256_movemask_ps(below))));
        over += unsigned(__builtin_popcount(unsigned(_mm256_movemask_ps(above))));
        const __m256d a = _mm256_mul_pd(_mm256_sub_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(v)), dlo), dscale);
        const __m256d b = _mm256_mul_pd(_mm256_sub_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(v, 1)), dlo), dscale);
        const __m256i bin = _mm256_min_epi32(_mm256_setr_m128i(_mm256_cvttpd_epi32(a), _mm256_cvttpd_epi32(b)), maxIdx);
        const __m256 outside = _mm256_or_ps(notFinite, _mm256_or_ps(below, above));
        _mm256_store_si256(reinterpret_cast<__m256i *>(idx), _mm256_blendv_epi8(bin, dummy, _mm256_castps_si256(outside)));
        for (int k = 0; k < 8; ++k)
            ++counts[idx[k]];
    }
    std::fill_n(counts + spec.bins, kBinScratch, 0u);
    extra.underflow += under;
    extra.overflow += over;
    nan += nans;
    inf += infs;
    binValues(x + whole, n - whole, spec, counts, extra);
    for (std::int64_t i = whole; i < n; ++i) {
        nan += std::isnan(x[i]);
        inf += std::isinf(x[i]);
    }
}

#endif // PARE_STATS_X86

PARE_CLONES_AVX2 std::int64_t countNonFinite(const float *x,
                                                                              std::int64_t n)
{
    std::int64_t bad = 0;
    for (std::int64_t i = 0; i < n; ++i)
        bad += !(std::fabs(x[i]) <= FLT_MAX);
    return bad;
}

} // namespace

bool hasNonFinite(const float *x, std::int64_t count)
{
    return countNonFinite(x, count) != 0;
}

void binInRange(const float *x, std::int64_t count, const BinSpec &spec, std::uint32_t *even,
                std::uint32_t *odd)
{
#if PARE_STATS_X86
    if (hasAvx2Fma()) {
        binInRangeAvx2(x, count, spec.lo, spec.scale, spec.bins, even, odd);
        return;
    }
#else
    Q_UNUSED(odd);
#endif
    for (std::int64_t i = 0; i < count; ++i)
        ++even[std::min(spec.bins - 1, std::max(0, int((double(x[i]) - spec.lo) * spec.scale)))];
}

std::int64_t binInRangeCountOutliers(const float *x, std::int64_t count, const BinSpec &spec,
                                     std::uint32_t *counts, const OutlierThresholds *thresholds)
{
    // Without thresholds nothing is an outlier: compared with infinities where a kernel does not
    // leave the test out.
    constexpr float kInf = std::numeric_limits<float>::infinity();
    const OutlierThresholds out = thresholds ? *thresholds : OutlierThresholds{-kInf, kInf};
#if PARE_STATS_X86
    if (hasAvx2Fma()) {
        // The float index needs lo to be a float and the indices to be exact in float.
        const bool floatIndex = double(float(spec.lo)) == spec.lo
                                && std::isfinite(float(spec.scale)) && spec.bins <= (1 << 20);
        if (floatIndex && spec.bins <= 65536 && hasAvx512())
            return thresholds ? binCountFloatAvx512<true>(x, count, spec.lo, spec.scale, spec.bins,
                                                          counts, out.lo, out.hi)
                              : binCountFloatAvx512<false>(x, count, spec.lo, spec.scale,
                                                           spec.bins, counts, out.lo, out.hi);
        return floatIndex ? binCountFloatAvx2(x, count, spec.lo, spec.scale, spec.bins, counts,
                                              out.lo, out.hi)
                          : binCountAvx2(x, count, spec.lo, spec.scale, spec.bins, counts, out.lo,
                                         out.hi);
    }
#endif
    std::int64_t outliers = 0;
    for (std::int64_t i = 0; i < count; ++i) {
        ++counts[std::min(spec.bins - 1, std::max(0, int((double(x[i]) - spec.lo) * spec.scale)))];
        outliers += (x[i] <= out.lo) | (x[i] >= out.hi);
    }
    return outliers;
}

OutlierThresholds outlierThresholds(double mean, double limit)
{
    constexpr float kInf = std::numeric_limits<float>::infinity();
    auto isOutlier = [&](float v) { return std::fabs(double(v) - mean) > limit; };
    OutlierThresholds t;
    // The smallest float above the mean that is an outlier: step from the rounded estimate.
    float hi = float(mean + limit);
    for (int i = 0; i < 64 && std::isfinite(hi) && isOutlier(hi); ++i)
        hi = std::nextafter(hi, -kInf);
    for (int i = 0; i < 64 && !isOutlier(hi) && hi < kInf; ++i)
        hi = std::nextafter(hi, kInf);
    t.hi = hi;
    float lo = float(mean - limit);
    for (int i = 0; i < 64 && std::isfinite(lo) && isOutlier(lo); ++i)
        lo = std::nextafter(lo, kInf);
    for (int i = 0; i < 64 && !isOutlier(lo) && lo > -kInf; ++i)
        lo = std::nextafter(lo, -kInf);
    t.lo = lo;
    return t;
}

PARE_CLONES_AVX2 void binValues(const float *x, std::int64_t count,
                                                                 const BinSpec &spec,
                                                                 std::uint32_t *counts,
                                                                 BinCounts &extra)
{
    std::uint64_t under = 0, over = 0, zeros = 0;
    for (std::int64_t i = 0; i < count; ++i) {
        const int b = binSlot(x[i], spec);
        if (b >= 0)
            ++counts[b];
        else if (b == kSlotUnder)
            ++under;
        else if (b == kSlotOver)
            ++over;
        else if (b == kSlotZero)
            ++zeros;
    }
    extra.underflow += under;
    extra.overflow += over;
    extra.zeros += zeros;
}

namespace {

// LogBinTable's slots past the bins (within kBinScratch), and a prefix placed value by value.
enum LogSlot : int { kLogUnder, kLogOver, kLogZero, kLogNan, kLogInf, kLogSlots };
constexpr std::uint16_t kLogSlow = 0xffff;
static_assert(kLogSlots <= kBinScratch);

} // namespace

LogBinTable::LogBinTable(const BinSpec &spec) : m_spec(spec), m_entries(std::size_t(1) << 15)
{
    Q_ASSERT(spec.log10Abs && spec.bins + kBinScratch < kLogSlow);
    const int bins = spec.bins;
    // Slots in the order of |x| for finite nonzero values: under, the bins, over.
    const auto order = [&](int slot) { return slot == bins + kLogUnder ? -1 : slot == bins + kLogOver ? bins : slot; };
    for (std::uint32_t k = 0; k < (1u << 15); ++k) {
        Entry &e = m_entries[k];
        const std::uint32_t first = k << 16, last = first | 0xffff;
        const int a = slotOf(first), b = slotOf(last);
        e.below = std::uint16_t(a);
        e.above = std::uint16_t(b);
        if (a == b)
            continue;
        if (k == 0) { // zero, then subnormals: one transition if these share a slot
            if (slotOf(1) != b) {
                e.below = e.above = kLogSlow;
                continue;
            }
            e.from = 1;
            continue;
        }
        if (k == 0x7f80) { // +Inf, then NaN
            e.from = 1;
            continue;
        }
        if (order(b) - order(a) != 1) { // more than one edge inside the prefix
            e.below = e.above = kLogSlow;
            continue;
        }
        // The first low half that takes the second slot (slots rise monotonically with |x|).
        std::uint32_t lo = 1, hi = 0xffff;
        while (lo < hi) {
            const std::uint32_t mid = (lo + hi) / 2;
            if (slotOf(first | mid) == b)
                hi = mid;
            else
                lo = mid + 1;
        }
        e.from = std::uint16_t(lo);
    }
}

int LogBinTable::slotOf(std::uint32_t absBits) const
{
    float v;
    std::memcpy(&v, &absBits, sizeof v);
    const int b = binSlot(v, m_spec);
    if (b >= 0)
        return b;
    switch (b) {
    case kSlotUnder: return m_spec.bins + kLogUnder;
    case kSlotOver: return m_spec.bins + kLogOver;
    case kSlotZero: return m_spec.bins + kLogZero;
    default: return m_spec.bins + (std::isnan(v) ? kLogNan : kLogInf);
    }
}

void LogBinTable::bin(const float *x, std::int64_t count, std::uint32_t *counts, BinCounts &extra,
                      std::uint64_t &nan, std::uint64_t &inf) const
{
    const Entry *entries = m_entries.data();
    for (std::int64_t i = 0; i < count; ++i) {
        std::uint32_t bits;
        std::memcpy(&bits, x + i, sizeof bits);
        bits &= 0x7fffffffu;
        const Entry &e = entries[bits >> 16];
        std::uint32_t slot = (bits & 0xffff) >= e.from ? e.above : e.below;
        if (slot == kLogSlow) [[unlikely]]
            slot = std::uint32_t(slotOf(bits));
        ++counts[slot];
    }
    std::uint32_t *special = counts + m_spec.bins;
    extra.underflow += special[kLogUnder];
    extra.overflow += special[kLogOver];
    extra.zeros += special[kLogZero];
    nan += special[kLogNan];
    inf += special[kLogInf];
    std::fill_n(special, kBinScratch, 0u);
}

#if PARE_STATS_X86
namespace {

__attribute__((target("avx512f,avx512dq"))) void finiteRangeAvx512(const float *x, std::int64_t n,
                                                                   bool absolute, float &mn,
                                                                   float &mx)
{
    __m512 lo = _mm512_set1_ps(mn), hi = _mm512_set1_ps(mx);
    const std::int64_t whole = n / 16 * 16;
    for (std::int64_t i = 0; i < whole; i += 16) {
        __builtin_prefetch(x + i + kPrefetchFloats);
        const __m512 v = _mm512_loadu_ps(x + i);
        const __m512 a = absolute ? _mm512_abs_ps(v) : v;
        // Not NaN or ±Inf (and, for |x|, not ±0); the class must be an immediate.
        const __mmask16 valid = _knot_mask16(absolute ? _mm512_fpclass_ps_mask(v, 0x9f)
                                                       : _mm512_fpclass_ps_mask(v, 0x99));
        lo = _mm512_mask_min_ps(lo, valid, lo, a);
        hi = _mm512_mask_max_ps(hi, valid, hi, a);
    }
    mn = _mm512_reduce_min_ps(lo);
    mx = _mm512_reduce_max_ps(hi);
    finiteRange(x + whole, n - whole, absolute, mn, mx);
}

// finiteRangeAvx512 in ymm, for CPUs with AVX2 only.
__attribute__((target("avx2,fma"))) void finiteRangeAvx2(const float *x, std::int64_t n,
                                                        bool absolute, float &mn, float &mx)
{
    const __m256 absMask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    const __m256 largest = _mm256_set1_ps(FLT_MAX);
    const __m256 plusInf = _mm256_set1_ps(std::numeric_limits<float>::infinity());
    const __m256 minusInf = _mm256_set1_ps(-std::numeric_limits<float>::infinity());
    __m256 lo = _mm256_set1_ps(mn), hi = _mm256_set1_ps(mx);
    const std::int64_t whole = n / 8 * 8;
    for (std::int64_t i = 0; i < whole; i += 8) {
        if (i % 16 == 0)
            __builtin_prefetch(x + i + kPrefetchFloats);
        const __m256 v = _mm256_loadu_ps(x + i);
        const __m256 m = _mm256_and_ps(v, absMask);
        const __m256 a = absolute ? m : v;
        __m256 valid = _mm256_cmp_ps(m, largest, _CMP_LE_OQ); // false for NaN and Inf
        if (absolute)
            valid = _mm256_and_ps(valid, _mm256_cmp_ps(m, _mm256_setzero_ps(), _CMP_NEQ_OQ));
        lo = _mm256_min_ps(lo, _mm256_blendv_ps(plusInf, a, valid));
        hi = _mm256_max_ps(hi, _mm256_blendv_ps(minusInf, a, valid));
    }
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, lo);
    mn = *std::min_element(lanes, lanes + 8);
    _mm256_store_ps(lanes, hi);
    mx = *std::max_element(lanes, lanes + 8);
    finiteRange(x + whole, n - whole, absolute, mn, mx);
}

} // namespace
#endif // PARE_STATS_X86

void finiteRange(const float *x, std::int64_t count, bool absolute, float &mn, float &mx)
{
#if PARE_STATS_X86
    if (count >= 16 && hasAvx512()) {
        finiteRangeAvx512(x, count, absolute, mn, mx);
        return;
    }
    if (count >= 8 && hasAvx2Fma()) {
        finiteRangeAvx2(x, count, absolute, mn, mx);
        return;
    }
#endif
    for (std::int64_t i = 0; i < count; ++i) {
        float v = x[i];
        if (!isFiniteValue(v) || (absolute && v == 0.0f))
            continue;
        v = absolute ? std::fabs(v) : v;
        mn = std::min(mn, v);
        mx = std::max(mx, v);
    }
}

void binValuesCountingNonFinite(const float *x, std::int64_t count, const BinSpec &spec,
                                std::uint32_t *counts, BinCounts &extra, std::uint64_t &nan,
                                std::uint64_t &inf)
{
#if PARE_STATS_X86
    if (!spec.log10Abs && spec.bins + kBinScratch <= 65536 && hasAvx512()) {
        binAnyRangeAvx512(x, count, spec, counts, extra, nan, inf);
        return;
    }
    if (!spec.log10Abs && hasAvx2Fma()) {
        binAnyRangeAvx2(x, count, spec, counts, extra, nan, inf);
        return;
    }
#endif
    binValues(x, count, spec, counts, extra);
    for (std::int64_t i = 0; i < count; ++i) {
        nan += std::isnan(x[i]);
        inf += std::isinf(x[i]);
    }
}

PARE_CLONES_AVX2 std::int64_t countOutliers(const float *x,
                                                                             std::int64_t count,
                                                                             double mean,
                                                                             double limit)
{
    std::int64_t n = 0;
    for (std::int64_t i = 0; i < count; ++i)
        n += std::fabs(double(x[i]) - mean) > limit; // false for NaN; Inf is excluded by caller
    return n;
}

} // namespace pare::core::analysis_detail
