// SPDX-License-Identifier: GPL-3.0-or-later
// Moments of blocks of floats: two-pass and shifted one-pass kernels (double and AVX2 lanes;
// the AVX-512 ones are in statmoments512.cpp), exact merging.
#include "statmomentblock.h"
#include "statsimd.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace pare::core::analysis_detail {

using namespace simd;

namespace {

// Independent accumulators per loop, so the compiler can keep them in vector lanes without
// reassociating floating-point sums (which it may not do on its own).
constexpr int kLanes = 8;

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

#if PARE_STATS_X86
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

#endif // PARE_STATS_X86


#if PARE_STATS_X86
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
    return finishBlock(x, whole, n, nearZero, double(shift), 1.0, 100.0, {s1, s2, s3, s4, sAbs, z, nz, mn, mx, ma}, out);
}

// Moments of a block whose mean is near zero (as weights' usually are), the sums in float lanes,
// folded into double every kFoldRuns runs of 16 values (kFoldRuns values per lane), so that no
// float sum grows past a few terms. Nothing is subtracted from x before it is squared: a
// shifted x − s would round the same way for every x of a binade (s's bits below x's last bit
// are fixed), a bias of ~2⁻²⁵·|x| per value that does not average out. x² and |x| are centred
// on powers of two near their means from the blocks before (centre2, centreAbs): a power of two
// is subtracted exactly from anything over half of it, and what is below rounds with random
// sign, so the partial sums wander like random walks instead of growing with every term. Float
// rounding then costs ~u·√(kFoldRuns / 2n) of σ in the mean (u = 2⁻²⁴; 3e-10 σ for 30 000
// values, less for more), about as much relative to σ² in m2 and to E|x| in the mean |x|, and
// far less than the kurtosis tolerance. A block whose mean is over σ/4 from zero (m2 would lose
// digits to cancellation), whose float sums overflow, or too short, is handed back (Retry or
// NonFinite) to the double kernels.

__attribute__((target("avx2,fma"))) ShiftedResult
blockMomentsFloatAvx2(const float *x, std::int64_t n, float nearZero, float centre2,
                      float centreAbs, Moments &out)
{
    constexpr std::int64_t kRun = 16;
    const std::int64_t runs = n / kRun;
    if (runs == 0)
        return ShiftedResult::Retry;
    const __m256 vc2 = _mm256_set1_ps(centre2);
    const __m256 vca = _mm256_set1_ps(centreAbs);
    const __m256 signMask = _mm256_set1_ps(-0.0f);
    const __m256 vnear = _mm256_set1_ps(nearZero);
    const __m256 vzero = _mm256_setzero_ps();
    const __m256 vinf = _mm256_set1_ps(std::numeric_limits<float>::infinity());
    __m256 vmin = _mm256_loadu_ps(x);
    __m256 vmax = vmin;
    __m256 vminAbs = vinf;
    __m256i vzeros = _mm256_setzero_si256(), vnears = vzeros;
    __m256d t1 = _mm256_setzero_pd(), t2 = t1, t3 = t1, t4 = t1, ta = t1;
    const auto fold = [](__m256d &t, __m256 a, __m256 b) __attribute__((target("avx2,fma"))) {
        const __m256 s = _mm256_add_ps(a, b); // two float terms: rounding far below the fold's
        t = _mm256_add_pd(t, _mm256_cvtps_pd(_mm256_castps256_ps128(s)));
        t = _mm256_add_pd(t, _mm256_cvtps_pd(_mm256_extractf128_ps(s, 1)));
    };
    std::int64_t r = 0;
    while (r < runs) {
        const std::int64_t end = std::min(runs, r + kFoldRuns);
        __m256 s1a = _mm256_setzero_ps(), s1b = s1a, s2a = s1a, s2b = s1a, s3a = s1a, s3b = s1a,
               s4a = s1a, s4b = s1a, saa = s1a, sab = s1a;
        for (; r < end; ++r) {
            __builtin_prefetch(x + r * kRun + kPrefetchFloats);
            const __m256 va = _mm256_loadu_ps(x + r * kRun);
            const __m256 vb = _mm256_loadu_ps(x + r * kRun + 8);
            vmin = _mm256_min_ps(vmin, _mm256_min_ps(va, vb));
            vmax = _mm256_max_ps(vmax, _mm256_max_ps(va, vb));
            const __m256 da = va;
            const __m256 db = vb;
            s1a = _mm256_add_ps(s1a, da);
            s1b = _mm256_add_ps(s1b, db);
            const __m256 qa = _mm256_mul_ps(da, da);
            const __m256 qb = _mm256_mul_ps(db, db);
            s2a = _mm256_add_ps(s2a, _mm256_sub_ps(qa, vc2));
            s2b = _mm256_add_ps(s2b, _mm256_sub_ps(qb, vc2));
            s3a = _mm256_fmadd_ps(qa, da, s3a);
            s3b = _mm256_fmadd_ps(qb, db, s3b);
            s4a = _mm256_fmadd_ps(qa, qa, s4a);
            s4b = _mm256_fmadd_ps(qb, qb, s4b);
            const __m256 aa = _mm256_andnot_ps(signMask, va);
            const __m256 ab = _mm256_andnot_ps(signMask, vb);
            saa = _mm256_add_ps(saa, _mm256_sub_ps(aa, vca));
            sab = _mm256_add_ps(sab, _mm256_sub_ps(ab, vca));
            const __m256 za = _mm256_cmp_ps(va, vzero, _CMP_EQ_OQ);
            const __m256 zb = _mm256_cmp_ps(vb, vzero, _CMP_EQ_OQ);
            vzeros = _mm256_add_epi32(vzeros, _mm256_add_epi32(_mm256_castps_si256(za),
                                                               _mm256_castps_si256(zb)));
            vnears = _mm256_add_epi32(
                vnears, _mm256_add_epi32(_mm256_castps_si256(_mm256_cmp_ps(aa, vnear, _CMP_LE_OQ)),
                                         _mm256_castps_si256(_mm256_cmp_ps(ab, vnear, _CMP_LE_OQ))));
            vminAbs = _mm256_min_ps(vminAbs, _mm256_min_ps(_mm256_blendv_ps(aa, vinf, za),
                                                           _mm256_blendv_ps(ab, vinf, zb)));
        }
        fold(t1, s1a, s1b);
        fold(t2, s2a, s2b);
        fold(t3, s3a, s3b);
        fold(t4, s4a, s4b);
        fold(ta, saa, sab);
    }
    const std::int64_t whole = runs * kRun;
    double s1 = sum4(t1);
    // The centring terms back in, in double.
    double s2 = sum4(t2) + double(centre2) * double(whole);
    double s3 = sum4(t3);
    double s4 = sum4(t4);
    double sAbs = sum4(ta) + double(centreAbs) * double(whole);
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
        z -= counts[l];
    _mm256_store_si256(reinterpret_cast<__m256i *>(counts), vnears);
    for (int l = 0; l < 8; ++l)
        nz -= counts[l];
    return finishBlock(x, whole, n, nearZero, 0.0, 16.0, 1.0, {s1, s2, s3, s4, sAbs, z, nz, mn, mx, ma}, out);
}

#endif // PARE_STATS_X86

bool blockMoments(const float *x, std::int64_t n, float nearZero, Moments &out)
{
#if PARE_STATS_X86
    if (hasAvx2Fma())
        return blockMomentsAvx2(x, n, nearZero, out);
#endif
    return blockMomentsScalar(x, n, nearZero, out);
}

// A power of two near v (> 0), the centre of the float lanes; 0 where v has none in float.
float powerOfTwoNear(double v)
{
    return v > 0.0 && v < 1e38 && v > 1e-37 ? std::exp2f(std::round(std::log2f(float(v)))) : 0.0f;
}

// Values of a chunk's first block that give its float lanes their centres.
constexpr std::int64_t kCentreSample = 256;
// The largest kurtosis of that sample for which the first block takes the float lanes: their
// rounding grows with the spread of x² (heavy tails tripled the error in σ of a test's fixture,
// kurtosis 46, to 1.5e-9), while weights are mostly near 3 (normal) to 6.
constexpr double kCentreKurtosis = 10.0;

} // namespace

bool laneCentres(const Moments &m, const float *x, std::int64_t count, float &centre2, float &centreAbs)
{
    double mean = m.mean, var = 0.0, meanAbs = 0.0;
    if (m.n > 0) {
        var = m.m2 / double(m.n);
        meanAbs = m.absSum / double(m.n);
    } else {
        const std::int64_t k = std::min(count, kCentreSample);
        if (k <= 0)
            return false;
        double s1 = 0.0, s2 = 0.0, s4 = 0.0, sAbs = 0.0;
        for (std::int64_t i = 0; i < k; ++i)
            s1 += double(x[i]);
        mean = s1 / double(k);
        for (std::int64_t i = 0; i < k; ++i) {
            const double d = double(x[i]) - mean;
            s2 += d * d;
            s4 += d * d * d * d;
            sAbs += std::fabs(double(x[i]));
        }
        var = s2 / double(k);
        meanAbs = sAbs / double(k);
        if (!(s4 * double(k) <= kCentreKurtosis * s2 * s2))
            return false;
    }
    if (!std::isfinite(float(mean)) || !std::isfinite(var) || !(mean * mean * 16.0 <= var))
        return false;
    centre2 = powerOfTwoNear(var + mean * mean);
    centreAbs = powerOfTwoNear(meanAbs);
    return true;
}

Moments::Range Moments::mergeBlock(const Moments &block)
{
    merge(block);
    return block.n > 0 ? Range{float(block.min), float(block.max)} : Range{};
}

Moments::Range Moments::add(const float *x, std::int64_t count, float nearZero)
{
    if (count <= 0)
        return {};
#if PARE_STATS_X86
    // One pass: float lanes where the mean is near zero; else, after the first block, power sums
    // around the running mean; two passes where neither is safe.
    if (hasAvx2Fma()) {
        Moments b;
        ShiftedResult r = ShiftedResult::Retry;
        if (float c2 = 0.0f, ca = 0.0f; laneCentres(*this, x, count, c2, ca))
            r = hasAvx512() ? blockMomentsFloatAvx512(x, count, nearZero, c2, ca, b)
                            : blockMomentsFloatAvx2(x, count, nearZero, c2, ca, b);
        if (r == ShiftedResult::Retry && n > 0 && std::isfinite(float(mean)))
            r = blockMomentsShiftedAvx2(x, count, nearZero, float(mean), b);
        if (r == ShiftedResult::Ok)
            return mergeBlock(b);
        if (r == ShiftedResult::NonFinite)
            return addWithNonFinite(x, count, nearZero);
    }
#endif
    if (Moments b; blockMoments(x, count, nearZero, b))
        return mergeBlock(b);
    return addWithNonFinite(x, count, nearZero);
}

Moments::Range Moments::addWithNonFinite(const float *x, std::int64_t count, float nearZero)
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
        return mergeBlock(b);
    return {};
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

} // namespace pare::core::analysis_detail
