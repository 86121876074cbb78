// SPDX-License-Identifier: GPL-3.0-or-later
#include "statkernels.h"

#include "jobs/jobrunner.h"

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

void Moments::add(const float *x, std::int64_t count, float nearZero)
{
    if (count <= 0)
        return;
    if (Moments b; blockMoments(x, count, nearZero, b)) {
        merge(b);
        return;
    }
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

std::uint64_t hashBytes(const std::byte *data, std::int64_t size, std::uint64_t seed)
{
    constexpr std::uint64_t k1 = 0x9E3779B185EBCA87ULL;
    constexpr std::uint64_t k2 = 0xC2B2AE3D27D4EB4FULL;
    std::uint64_t h[4] = {seed ^ k1, seed + k2, rotl(seed, 17) ^ k2, ~seed};
    std::int64_t i = 0;
    for (; i + 32 <= size; i += 32) {
        for (int l = 0; l < 4; ++l) {
            std::uint64_t w;
            std::memcpy(&w, data + i + 8 * l, 8);
            h[l] = rotl(h[l] ^ (w * k1), 31) * k2;
        }
    }
    std::uint64_t r = std::uint64_t(size) * k1;
    for (; i < size; ++i)
        r = rotl(r ^ std::uint64_t(data[i]), 7) * k2;
    for (int l = 0; l < 4; ++l)
        r = rotl(r ^ h[l], 27) * k1 + k2;
    r ^= r >> 33;
    r *= k2;
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
