// SPDX-License-Identifier: GPL-3.0-or-later
#include "statkernels.h"

#include "jobs/jobrunner.h"
#include "tensor/convert.h"

#include <immintrin.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

namespace pare::core::analysis_detail {

namespace {

// Independent accumulators per loop, so the compiler can keep them in vector lanes without
// reassociating floating-point sums (which it may not do on its own).
constexpr int kLanes = 8;

inline bool isFiniteValue(float v)
{
    return std::fabs(v) <= FLT_MAX;
}

// Moments of a block of finite values: two passes over the (cache-resident) block, the second
// around the block's own mean, so that nothing cancels catastrophically.
// Each returns false (and leaves b alone) when the block holds NaN or Inf: their sum in double
// cannot overflow for finite floats, so a non-finite sum is the cheap test.
bool blockMomentsScalar(const float *x, std::int64_t n, float nearZero, Moments &out)
{
    Moments b;
    b.n = n;
    const std::int64_t whole = n / kLanes * kLanes;
    double sum[kLanes] = {};
    float lo[kLanes];
    float hi[kLanes];
    for (int l = 0; l < kLanes; ++l)
        lo[l] = hi[l] = x[0];
    for (std::int64_t i = 0; i < whole; i += kLanes) {
        for (int l = 0; l < kLanes; ++l) {
            const float v = x[i + l];
            sum[l] += double(v);
            lo[l] = v < lo[l] ? v : lo[l];
            hi[l] = v > hi[l] ? v : hi[l];
        }
    }
    double total = 0.0;
    float mn = x[0];
    float mx = x[0];
    for (int l = 0; l < kLanes; ++l) {
        total += sum[l];
        mn = std::min(mn, lo[l]);
        mx = std::max(mx, hi[l]);
    }
    for (std::int64_t i = whole; i < n; ++i) {
        total += double(x[i]);
        mn = std::min(mn, x[i]);
        mx = std::max(mx, x[i]);
    }
    if (!std::isfinite(total))
        return false;
    const double mean = total / double(n);

    double d2[kLanes] = {}, d3[kLanes] = {}, d4[kLanes] = {}, ab[kLanes] = {};
    std::int64_t zeros[kLanes] = {}, near[kLanes] = {};
    float minAbs[kLanes];
    for (int l = 0; l < kLanes; ++l)
        minAbs[l] = std::numeric_limits<float>::infinity();
    for (std::int64_t i = 0; i < whole; i += kLanes) {
        for (int l = 0; l < kLanes; ++l) {
            const float v = x[i + l];
            const float a = std::fabs(v);
            const double d = double(v) - mean;
            const double dd = d * d;
            d2[l] += dd;
            d3[l] += dd * d;
            d4[l] += dd * dd;
            ab[l] += double(a);
            zeros[l] += v == 0.0f;
            near[l] += a <= nearZero;
            minAbs[l] = (a > 0.0f && a < minAbs[l]) ? a : minAbs[l];
        }
    }
    double s2 = 0, s3 = 0, s4 = 0, sa = 0;
    std::int64_t z = 0, nz = 0;
    float ma = std::numeric_limits<float>::infinity();
    for (int l = 0; l < kLanes; ++l) {
        s2 += d2[l];
        s3 += d3[l];
        s4 += d4[l];
        sa += ab[l];
        z += zeros[l];
        nz += near[l];
        ma = std::min(ma, minAbs[l]);
    }
    for (std::int64_t i = whole; i < n; ++i) {
        const float v = x[i];
        const float a = std::fabs(v);
        const double d = double(v) - mean;
        s2 += d * d;
        s3 += d * d * d;
        s4 += d * d * d * d;
        sa += double(a);
        z += v == 0.0f;
        nz += a <= nearZero;
        if (a > 0.0f && a < ma)
            ma = a;
    }
    b.mean = mean;
    b.m2 = s2;
    b.m3 = s3;
    b.m4 = s4;
    b.min = mn;
    b.max = mx;
    b.absSum = sa;
    b.zeros = z;
    b.nearZeros = nz;
    b.minAbsNonzero = std::isinf(ma) ? 0.0 : double(ma);
    out = b;
    return true;
}


bool hasAvx2Fma()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return has;
}

__attribute__((target("avx2,fma"))) inline double sum4(__m256d v)
{
    const __m128d s = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

// The same figures as blockMomentsScalar, eight floats at a time, every sum in double lanes.
__attribute__((target("avx2,fma"))) bool blockMomentsAvx2(const float *x, std::int64_t n,
                                                         float nearZero, Moments &out)
{
    const std::int64_t whole = n / 8 * 8;
    if (whole == 0)
        return blockMomentsScalar(x, n, nearZero, out);
    __m256 vmin = _mm256_loadu_ps(x);
    __m256 vmax = vmin;
    __m256d sa = _mm256_setzero_pd(), sb = _mm256_setzero_pd();
    for (std::int64_t i = 0; i < whole; i += 8) {
        const __m256 v = _mm256_loadu_ps(x + i);
        vmin = _mm256_min_ps(vmin, v);
        vmax = _mm256_max_ps(vmax, v);
        sa = _mm256_add_pd(sa, _mm256_cvtps_pd(_mm256_castps256_ps128(v)));
        sb = _mm256_add_pd(sb, _mm256_cvtps_pd(_mm256_extractf128_ps(v, 1)));
    }
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, vmin);
    float mn = *std::min_element(lanes, lanes + 8);
    _mm256_store_ps(lanes, vmax);
    float mx = *std::max_element(lanes, lanes + 8);
    double total = sum4(_mm256_add_pd(sa, sb));
    for (std::int64_t i = whole; i < n; ++i) {
        total += double(x[i]);
        mn = std::min(mn, x[i]);
        mx = std::max(mx, x[i]);
    }
    if (!std::isfinite(total))
        return false;
    const double mean = total / double(n);

    const __m256d vmean = _mm256_set1_pd(mean);
    const __m256 signMask = _mm256_set1_ps(-0.0f);
    const __m256 vnear = _mm256_set1_ps(nearZero);
    const __m256 vzero = _mm256_setzero_ps();
    const __m256 vinf = _mm256_set1_ps(std::numeric_limits<float>::infinity());
    __m256d s2a = _mm256_setzero_pd(), s2b = s2a, s3a = s2a, s3b = s2a, s4a = s2a, s4b = s2a;
    __m256d aa = s2a, ab = s2a;
    __m256 vminAbs = vinf;
    std::int64_t z = 0, nz = 0;
    for (std::int64_t i = 0; i < whole; i += 8) {
        const __m256 v = _mm256_loadu_ps(x + i);
        const __m256d da = _mm256_sub_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(v)), vmean);
        const __m256d db = _mm256_sub_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(v, 1)), vmean);
        const __m256d qa = _mm256_mul_pd(da, da);
        const __m256d qb = _mm256_mul_pd(db, db);
        s2a = _mm256_add_pd(s2a, qa);
        s2b = _mm256_add_pd(s2b, qb);
        s3a = _mm256_fmadd_pd(qa, da, s3a);
        s3b = _mm256_fmadd_pd(qb, db, s3b);
        s4a = _mm256_fmadd_pd(qa, qa, s4a);
        s4b = _mm256_fmadd_pd(qb, qb, s4b);
        const __m256 a = _mm256_andnot_ps(signMask, v);
        aa = _mm256_add_pd(aa, _mm256_cvtps_pd(_mm256_castps256_ps128(a)));
        ab = _mm256_add_pd(ab, _mm256_cvtps_pd(_mm256_extractf128_ps(a, 1)));
        const __m256 isZero = _mm256_cmp_ps(v, vzero, _CMP_EQ_OQ);
        z += __builtin_popcount(unsigned(_mm256_movemask_ps(isZero)));
        nz += __builtin_popcount(unsigned(_mm256_movemask_ps(_mm256_cmp_ps(a, vnear, _CMP_LE_OQ))));
        vminAbs = _mm256_min_ps(vminAbs, _mm256_blendv_ps(a, vinf, isZero));
    }
    double s2 = sum4(_mm256_add_pd(s2a, s2b));
    double s3 = sum4(_mm256_add_pd(s3a, s3b));
    double s4 = sum4(_mm256_add_pd(s4a, s4b));
    double sAbs = sum4(_mm256_add_pd(aa, ab));
    _mm256_store_ps(lanes, vminAbs);
    float ma = *std::min_element(lanes, lanes + 8);
    for (std::int64_t i = whole; i < n; ++i) {
        const float v = x[i];
        const float a = std::fabs(v);
        const double d = double(v) - mean;
        s2 += d * d;
        s3 += d * d * d;
        s4 += d * d * d * d;
        sAbs += double(a);
        z += v == 0.0f;
        nz += a <= nearZero;
        if (a > 0.0f && a < ma)
            ma = a;
    }
    Moments b;
    b.n = n;
    b.mean = mean;
    b.m2 = s2;
    b.m3 = s3;
    b.m4 = s4;
    b.min = mn;
    b.max = mx;
    b.absSum = sAbs;
    b.zeros = z;
    b.nearZeros = nz;
    b.minAbsNonzero = std::isinf(ma) ? 0.0 : double(ma);
    out = b;
    return true;
}

enum class ShiftedResult { Ok, NonFinite, Retry };

// One pass instead of two: power sums of d = x − shift (shift: the running mean of the blocks
// before, so d is small), turned into central moments by the binomial shift formulas. Their
// rounding error grows like ((mean − shift) / σ)^k, so a block whose mean lies over 10 σ from the
// shift asks to be redone in two passes (Retry); the figures then agree with the two-pass ones
// to ~1e-12 relative.
__attribute__((target("avx2,fma"))) ShiftedResult
blockMomentsShiftedAvx2(const float *x, std::int64_t n, float nearZero, float shift, Moments &out)
{
    const std::int64_t whole = n / 8 * 8;
    if (whole == 0)
        return ShiftedResult::Retry;
    const __m256d vshift = _mm256_set1_pd(double(shift));
    const __m256 signMask = _mm256_set1_ps(-0.0f);
    const __m256 vnear = _mm256_set1_ps(nearZero);
    const __m256 vzero = _mm256_setzero_ps();
    const __m256 vinf = _mm256_set1_ps(std::numeric_limits<float>::infinity());
    __m256 vmin = _mm256_loadu_ps(x);
    __m256 vmax = vmin;
    __m256d s1a = _mm256_setzero_pd(), s1b = s1a, s2a = s1a, s2b = s1a, s3a = s1a, s3b = s1a,
            s4a = s1a, s4b = s1a, aa = s1a, ab = s1a;
    __m256i vzeros = _mm256_setzero_si256(), vnears = vzeros;
    __m256 vminAbs = vinf;
    for (std::int64_t i = 0; i < whole; i += 8) {
        const __m256 v = _mm256_loadu_ps(x + i);
        vmin = _mm256_min_ps(vmin, v);
        vmax = _mm256_max_ps(vmax, v);
        const __m256d da = _mm256_sub_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(v)), vshift);
        const __m256d db = _mm256_sub_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(v, 1)), vshift);
        s1a = _mm256_add_pd(s1a, da);
        s1b = _mm256_add_pd(s1b, db);
        const __m256d qa = _mm256_mul_pd(da, da);
        const __m256d qb = _mm256_mul_pd(db, db);
        s2a = _mm256_add_pd(s2a, qa);
        s2b = _mm256_add_pd(s2b, qb);
        s3a = _mm256_fmadd_pd(qa, da, s3a);
        s3b = _mm256_fmadd_pd(qb, db, s3b);
        s4a = _mm256_fmadd_pd(qa, qa, s4a);
        s4b = _mm256_fmadd_pd(qb, qb, s4b);
        const __m256 a = _mm256_andnot_ps(signMask, v);
        aa = _mm256_add_pd(aa, _mm256_cvtps_pd(_mm256_castps256_ps128(a)));
        ab = _mm256_add_pd(ab, _mm256_cvtps_pd(_mm256_extractf128_ps(a, 1)));
        const __m256 isZero = _mm256_cmp_ps(v, vzero, _CMP_EQ_OQ);
        vzeros = _mm256_sub_epi32(vzeros, _mm256_castps_si256(isZero));
        vnears = _mm256_sub_epi32(vnears, _mm256_castps_si256(_mm256_cmp_ps(a, vnear, _CMP_LE_OQ)));
        vminAbs = _mm256_min_ps(vminAbs, _mm256_blendv_ps(a, vinf, isZero));
    }
    double s1 = sum4(_mm256_add_pd(s1a, s1b));
    double s2 = sum4(_mm256_add_pd(s2a, s2b));
    double s3 = sum4(_mm256_add_pd(s3a, s3b));
    double s4 = sum4(_mm256_add_pd(s4a, s4b));
    double sAbs = sum4(_mm256_add_pd(aa, ab));
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, vmin);
    float mn = *std::min_element(lanes, lanes + 8);
    _mm256_store_ps(lanes, vmax);
    float mx = *std::max_element(lanes, lanes + 8);
    _mm256_store_ps(lanes, vminAbs);
    float ma = *std::min_element(lanes, lanes + 8);
    alignas(32) std::int32_t counts[8];
    std::int64_t z = 0, nz = 0;
    _mm256_store_si256(reinterpret_cast<__m256i *>(counts), vzeros);
    for (int l = 0; l < 8; ++l)
        z += counts[l];
    _mm256_store_si256(reinterpret_cast<__m256i *>(counts), vnears);
    for (int l = 0; l < 8; ++l)
        nz += counts[l];
    for (std::int64_t i = whole; i < n; ++i) {
        const float v = x[i];
        const float a = std::fabs(v);
        const double d = double(v) - double(shift);
        s1 += d;
        s2 += d * d;
        s3 += d * d * d;
        s4 += d * d * d * d;
        sAbs += double(a);
        z += v == 0.0f;
        nz += a <= nearZero;
        if (a > 0.0f && a < ma)
            ma = a;
        mn = std::min(mn, v);
        mx = std::max(mx, v);
    }
    if (!std::isfinite(s1) || !std::isfinite(s4))
        return ShiftedResult::NonFinite;
    const double cn = double(n);
    const double e = s1 / cn; // mean − shift
    const double e2 = e * e;
    const double m2 = s2 - cn * e2;
    if (!(m2 > 0.0) || e2 > 100.0 * (m2 / cn))
        return ShiftedResult::Retry;
    Moments b;
    b.n = n;
    b.mean = double(shift) + e;
    b.m2 = m2;
    b.m3 = s3 - 3.0 * e * s2 + 2.0 * cn * e2 * e;
    b.m4 = s4 - 4.0 * e * s3 + 6.0 * e2 * s2 - 3.0 * cn * e2 * e2;
    b.min = mn;
    b.max = mx;
    b.absSum = sAbs;
    b.zeros = z;
    b.nearZeros = nz;
    b.minAbsNonzero = std::isinf(ma) ? 0.0 : double(ma);
    out = b;
    return ShiftedResult::Ok;
}

bool blockMoments(const float *x, std::int64_t n, float nearZero, Moments &out)
{
    return hasAvx2Fma() ? blockMomentsAvx2(x, n, nearZero, out)
                        : blockMomentsScalar(x, n, nearZero, out);
}

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

void addChannelRunScalar(const float *x, std::int64_t n, ChannelRun &run)
{
    for (std::int64_t i = 0; i < n; ++i) {
        const float v = x[i];
        if (!isFiniteValue(v))
            continue;
        run.min = std::min(run.min, v);
        run.max = std::max(run.max, v);
        run.absMax = std::max(run.absMax, std::fabs(v));
        run.sumSquares += double(v) * double(v);
        run.zeros += v == 0.0f;
    }
}

// One channel run's vector accumulators: finite min / max / |max|, Σw² in double, exact zeros.
struct ChannelAcc
{
    __m256 vmin, vmax, vabs;
    __m256d sa, sb;
    __m256i vzeros;

    __attribute__((target("avx2,fma"))) ChannelAcc()
        : vmin(_mm256_set1_ps(std::numeric_limits<float>::infinity()))
        , vmax(_mm256_set1_ps(-std::numeric_limits<float>::infinity()))
        , vabs(_mm256_setzero_ps())
        , sa(_mm256_setzero_pd())
        , sb(_mm256_setzero_pd())
        , vzeros(_mm256_setzero_si256())
    {}

    __attribute__((target("avx2,fma"))) void add(__m256 v)
    {
        const __m256 a = _mm256_andnot_ps(_mm256_set1_ps(-0.0f), v);
        const __m256 finite = _mm256_cmp_ps(a, _mm256_set1_ps(FLT_MAX), _CMP_LE_OQ); // false for NaN and Inf
        vmin = _mm256_min_ps(vmin, _mm256_blendv_ps(_mm256_set1_ps(std::numeric_limits<float>::infinity()), v, finite));
        vmax = _mm256_max_ps(vmax, _mm256_blendv_ps(_mm256_set1_ps(-std::numeric_limits<float>::infinity()), v, finite));
        const __m256 f = _mm256_and_ps(v, finite);
        vabs = _mm256_max_ps(vabs, _mm256_and_ps(a, finite));
        const __m256d da = _mm256_cvtps_pd(_mm256_castps256_ps128(f));
        const __m256d db = _mm256_cvtps_pd(_mm256_extractf128_ps(f, 1));
        sa = _mm256_fmadd_pd(da, da, sa);
        sb = _mm256_fmadd_pd(db, db, sb);
        vzeros = _mm256_sub_epi32(vzeros, _mm256_castps_si256(_mm256_cmp_ps(v, _mm256_setzero_ps(), _CMP_EQ_OQ)));
    }

    __attribute__((target("avx2,fma"))) void finish(ChannelRun &run) const
    {
        alignas(32) float lanes[8];
        _mm256_store_ps(lanes, vmin);
        run.min = std::min(run.min, *std::min_element(lanes, lanes + 8));
        _mm256_store_ps(lanes, vmax);
        run.max = std::max(run.max, *std::max_element(lanes, lanes + 8));
        _mm256_store_ps(lanes, vabs);
        run.absMax = std::max(run.absMax, *std::max_element(lanes, lanes + 8));
        run.sumSquares += sum4(_mm256_add_pd(sa, sb));
        alignas(32) std::int32_t counts[8];
        _mm256_store_si256(reinterpret_cast<__m256i *>(counts), vzeros);
        for (int l = 0; l < 8; ++l)
            run.zeros += counts[l];
    }
};

__attribute__((target("avx2,fma"))) void addChannelRunAvx2(const float *x, std::int64_t n,
                                                          ChannelRun &run)
{
    const std::int64_t whole = n / 8 * 8;
    ChannelAcc acc;
    for (std::int64_t i = 0; i < whole; i += 8)
        acc.add(_mm256_loadu_ps(x + i));
    acc.finish(run);
    addChannelRunScalar(x + whole, n - whole, run);
}

// addChannelRunAvx2 reading 16-bit floats directly: BF16 is the top half of an F32, F16 is
// widened by F16C. No conversion buffer, no second pass over the values.
template<bool Bf16>
__attribute__((target("avx2,fma,f16c"))) void addChannelRun16Avx2(const std::uint16_t *x,
                                                                  std::int64_t n, ChannelRun &run)
{
    const std::int64_t whole = n / 8 * 8;
    ChannelAcc acc;
    for (std::int64_t i = 0; i < whole; i += 8) {
        const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i *>(x + i));
        if constexpr (Bf16)
            acc.add(_mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16)));
        else
            acc.add(_mm256_cvtph_ps(h));
    }
    acc.finish(run);
    if (whole < n) {
        float tail[8];
        convertToFloat(Bf16 ? DType::BF16 : DType::F16,
                       reinterpret_cast<const std::byte *>(x + whole), n - whole, tail);
        addChannelRunScalar(tail, n - whole, run);
    }
}

__attribute__((target_clones("avx2", "default"))) std::int64_t countNonFinite(const float *x,
                                                                              std::int64_t n)
{
    std::int64_t bad = 0;
    for (std::int64_t i = 0; i < n; ++i)
        bad += !(std::fabs(x[i]) <= FLT_MAX);
    return bad;
}

inline std::uint64_t rotl(std::uint64_t v, int r)
{
    return (v << r) | (v >> (64 - r));
}

} // namespace

bool hasNonFinite(const float *x, std::int64_t count)
{
    return countNonFinite(x, count) != 0;
}

void binInRange(const float *x, std::int64_t count, const BinSpec &spec, std::uint32_t *even,
                std::uint32_t *odd)
{
    if (hasAvx2Fma()) {
        binInRangeAvx2(x, count, spec.lo, spec.scale, spec.bins, even, odd);
        return;
    }
    for (std::int64_t i = 0; i < count; ++i)
        ++even[std::min(spec.bins - 1, std::max(0, int((double(x[i]) - spec.lo) * spec.scale)))];
}

std::int64_t binInRangeCountOutliers(const float *x, std::int64_t count, const BinSpec &spec,
                                     std::uint32_t *counts, const OutlierThresholds &out)
{
    if (hasAvx2Fma())
        return binCountAvx2(x, count, spec.lo, spec.scale, spec.bins, counts, out.lo, out.hi);
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

void addChannelRun(const float *x, std::int64_t count, ChannelRun &run)
{
    if (hasAvx2Fma())
        addChannelRunAvx2(x, count, run);
    else
        addChannelRunScalar(x, count, run);
}

bool canAddChannelRun16()
{
    static const bool can = hasAvx2Fma() && __builtin_cpu_supports("f16c");
    return can;
}

bool addChannelRun16(DType dtype, const std::uint16_t *x, std::int64_t count, ChannelRun &run)
{
    if ((dtype != DType::BF16 && dtype != DType::F16) || !canAddChannelRun16())
        return false;
    if (dtype == DType::BF16)
        addChannelRun16Avx2<true>(x, count, run);
    else
        addChannelRun16Avx2<false>(x, count, run);
    return true;
}

void Moments::add(const float *x, std::int64_t count, float nearZero)
{
    if (count <= 0)
        return;
    // After the first block, one pass around the running mean; two when that is not safe.
    if (n > 0 && hasAvx2Fma() && std::isfinite(float(mean))) {
        Moments b;
        const ShiftedResult r = blockMomentsShiftedAvx2(x, count, nearZero, float(mean), b);
        if (r == ShiftedResult::Ok) {
            merge(b);
            return;
        }
        if (r == ShiftedResult::NonFinite) {
            addWithNonFinite(x, count, nearZero);
            return;
        }
    }
    if (Moments b; blockMoments(x, count, nearZero, b)) {
        merge(b);
        return;
    }
    addWithNonFinite(x, count, nearZero);
}

void Moments::addWithNonFinite(const float *x, std::int64_t count, float nearZero)
{
    // Rare: compact the finite values of this block and count the others.
    std::vector<float> finiteValues;
    finiteValues.reserve(std::size_t(count));
    for (std::int64_t i = 0; i < count; ++i) {
        if (isFiniteValue(x[i]))
            finiteValues.push_back(x[i]);
        else if (std::isnan(x[i]))
            ++nan;
        else
            ++inf;
    }
    if (Moments b; !finiteValues.empty()
                   && blockMoments(finiteValues.data(), std::int64_t(finiteValues.size()), nearZero, b))
        merge(b);
}

void Moments::merge(const Moments &o)
{
    nan += o.nan;
    inf += o.inf;
    if (o.n == 0)
        return;
    if (n == 0) {
        const std::int64_t keepNan = nan, keepInf = inf;
        *this = o;
        nan = keepNan;
        inf = keepInf;
        return;
    }
    const double na = double(n), nb = double(o.n), nn = na + nb;
    const double delta = o.mean - mean;
    const double d2 = delta * delta;
    const double newMean = mean + delta * nb / nn;
    const double newM2 = m2 + o.m2 + d2 * na * nb / nn;
    const double newM3 = m3 + o.m3 + d2 * delta * na * nb * (na - nb) / (nn * nn)
                         + 3.0 * delta * (na * o.m2 - nb * m2) / nn;
    const double newM4 = m4 + o.m4
                         + d2 * d2 * na * nb * (na * na - na * nb + nb * nb) / (nn * nn * nn)
                         + 6.0 * d2 * (na * na * o.m2 + nb * nb * m2) / (nn * nn)
                         + 4.0 * delta * (na * o.m3 - nb * m3) / nn;
    n += o.n;
    mean = newMean;
    m2 = newM2;
    m3 = newM3;
    m4 = newM4;
    min = std::min(min, o.min);
    max = std::max(max, o.max);
    absSum += o.absSum;
    zeros += o.zeros;
    nearZeros += o.nearZeros;
    if (o.minAbsNonzero > 0.0 && (minAbsNonzero == 0.0 || o.minAbsNonzero < minAbsNonzero))
        minAbsNonzero = o.minAbsNonzero;
}

__attribute__((target_clones("avx2", "default"))) void binValues(const float *x, std::int64_t count,
                                                                 const BinSpec &spec,
                                                                 std::uint32_t *counts,
                                                                 BinCounts &extra)
{
    const double lo = spec.lo;
    const double hi = spec.hi;
    const double scale = spec.scale;
    const int bins = spec.bins;
    std::uint64_t under = 0, over = 0, zeros = 0;
    for (std::int64_t i = 0; i < count; ++i) {
        const float v = x[i];
        if (!isFiniteValue(v))
            continue;
        double t;
        if (spec.log10Abs) {
            if (v == 0.0f) {
                ++zeros;
                continue;
            }
            t = std::log10(double(std::fabs(v)));
        } else {
            t = double(v);
        }
        if (t < lo) {
            ++under;
        } else if (t > hi) {
            ++over;
        } else {
            const int b = int((t - lo) * scale);
            ++counts[b < bins ? b : bins - 1];
        }
    }
    extra.underflow += under;
    extra.overflow += over;
    extra.zeros += zeros;
}

__attribute__((target_clones("avx2", "default"))) std::int64_t countOutliers(const float *x,
                                                                             std::int64_t count,
                                                                             double mean,
                                                                             double limit)
{
    std::int64_t n = 0;
    for (std::int64_t i = 0; i < count; ++i)
        n += std::fabs(double(x[i]) - mean) > limit; // false for NaN; Inf is excluded by caller
    return n;
}

// Four 64-bit lanes over 32-byte stripes, XXH3-style: each lane adds its word and the
// product of the word's halves mixed with a key that advances every stripe (so that the hash
// depends on where each word is). The AVX2 and the portable loops compute the same value.
namespace {

constexpr std::uint64_t kHashK1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kHashK2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kHashStep = 0x165667B19E3779F9ULL;

inline void hashSeed(std::uint64_t seed, std::uint64_t acc[4], std::uint64_t key[4])
{
    acc[0] = seed ^ kHashK1;
    acc[1] = seed + kHashK2;
    acc[2] = rotl(seed, 17) ^ kHashK2;
    acc[3] = ~seed;
    key[0] = kHashK2 ^ seed;
    key[1] = kHashK1 + seed;
    key[2] = rotl(kHashK2, 29) - seed;
    key[3] = rotl(kHashK1, 41) ^ rotl(seed, 7);
}

std::int64_t hashStripesScalar(const std::byte *data, std::int64_t stripes, std::uint64_t acc[4],
                               std::uint64_t key[4])
{
    for (std::int64_t s = 0; s < stripes; ++s) {
        for (int l = 0; l < 4; ++l) {
            std::uint64_t w;
            std::memcpy(&w, data + 32 * s + 8 * l, 8);
            const std::uint64_t k = w ^ key[l];
            acc[l] += w + (k & 0xffffffffULL) * (k >> 32);
            key[l] += kHashStep;
        }
    }
    return stripes * 32;
}

__attribute__((target("avx2"))) std::int64_t hashStripesAvx2(const std::byte *data,
                                                             std::int64_t stripes,
                                                             std::uint64_t acc[4],
                                                             std::uint64_t key[4])
{
    __m256i vacc = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(acc));
    __m256i vkey = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(key));
    const __m256i step = _mm256_set1_epi64x(std::int64_t(kHashStep));
    for (std::int64_t s = 0; s < stripes; ++s) {
        const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + 32 * s));
        const __m256i k = _mm256_xor_si256(w, vkey);
        const __m256i product = _mm256_mul_epu32(k, _mm256_srli_epi64(k, 32));
        vacc = _mm256_add_epi64(vacc, _mm256_add_epi64(w, product));
        vkey = _mm256_add_epi64(vkey, step);
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(acc), vacc);
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(key), vkey);
    return stripes * 32;
}

} // namespace

std::uint64_t hashBytes(const std::byte *data, std::int64_t size, std::uint64_t seed)
{
    std::uint64_t acc[4], key[4];
    hashSeed(seed, acc, key);
    const std::int64_t stripes = size / 32;
    std::int64_t i = __builtin_cpu_supports("avx2") ? hashStripesAvx2(data, stripes, acc, key)
                                                    : hashStripesScalar(data, stripes, acc, key);
    std::uint64_t r = std::uint64_t(size) * kHashK1;
    for (; i < size; ++i)
        r = rotl(r ^ std::uint64_t(data[i]), 7) * kHashK2;
    for (int l = 0; l < 4; ++l)
        r = rotl(r ^ (acc[l] * kHashK2), 27) * kHashK1 + kHashK2;
    r ^= r >> 33;
    r *= kHashK2;
    r ^= r >> 29;
    return r;
}

float *blockBuffer()
{
    thread_local std::vector<float> buffer(static_cast<std::size_t>(kBlockElements));
    return buffer.data();
}

std::uint32_t *countScratch(std::size_t n)
{
    thread_local std::vector<std::uint32_t> counts;
    if (counts.size() < n)
        counts.resize(n);
    std::fill_n(counts.begin(), n, 0u);
    return counts.data();
}

void ProgressCounter::add(double bytes)
{
    const std::int64_t done = m_done.fetch_add(std::int64_t(bytes)) + std::int64_t(bytes);
    m_ctx.setProgress(std::min(1.0, double(done) / m_total));
}

bool forEachChunk(const Tensor &t, JobContext &ctx, ProgressCounter &progress, double weight,
                  const std::function<void(std::int64_t, std::int64_t, std::int64_t)> &fn)
{
    const std::int64_t n = t.numel();
    const std::int64_t chunks = (n + kChunkElements - 1) / kChunkElements;
    const double bytesPerElement = n > 0 ? double(t.byteSize()) / double(n) : 0.0;
    std::atomic<bool> canceled{false};
    const bool done = parallelFor(
        chunks, 1,
        [&](qint64 begin, qint64 end) {
            for (qint64 c = begin; c < end; ++c) {
                if (ctx.isCanceled()) {
                    canceled = true;
                    return;
                }
                const std::int64_t first = c * kChunkElements;
                const std::int64_t count = std::min(kChunkElements, n - first);
                fn(c, first, count);
                progress.add(weight * bytesPerElement * double(count));
            }
        },
        ctx);
    return done && !canceled.load();
}

void forEachBlock(const Tensor &t, std::int64_t first, std::int64_t count, float *buffer,
                  const std::function<void(std::int64_t, const float *, std::int64_t)> &fn)
{
    const bool direct = t.dtype() == DType::F32
                        && reinterpret_cast<std::uintptr_t>(t.data()) % alignof(float) == 0;
    const float *values = direct ? reinterpret_cast<const float *>(t.data()) : nullptr;
    for (std::int64_t b = first; b < first + count; b += kBlockElements) {
        const std::int64_t m = std::min(kBlockElements, first + count - b);
        if (direct) {
            fn(b, values + b, m);
        } else {
            t.toFloat(b, m, buffer);
            fn(b, buffer, m);
        }
    }
}

std::span<const std::byte> rawRange(const Tensor &t, std::int64_t first, std::int64_t count)
{
    const DTypeInfo &info = dtypeInfo(t.dtype());
    const std::int64_t be = info.blockElements;
    const std::int64_t begin = first / be * info.blockBytes;
    const std::int64_t end = std::min(t.byteSize(), (first + count + be - 1) / be * info.blockBytes);
    return t.bytes().subspan(std::size_t(begin), std::size_t(std::max<std::int64_t>(0, end - begin)));
}

} // namespace pare::core::analysis_detail
