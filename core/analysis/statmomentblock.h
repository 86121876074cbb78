// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to statmoments.cpp (the double and AVX2 kernels, merging) and statmoments512.cpp (the
// AVX-512 kernels, with the hash and another block's bins in their loop): what their block
// kernels share.

#include "statkernels.h"
#include "statsimd.h" // PARE_STATS_X86

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace pare::core::analysis_detail {

enum class ShiftedResult { Ok, NonFinite, Retry };

// The running sums of a block as a SIMD loop leaves them (of d = x − shift; shift 0 for the
// float-lane kernels), before its last values, added one by one by finishBlock.
struct BlockSums
{
    double s1, s2, s3, s4, sAbs;
    std::int64_t zeros, nearZeros;
    float min, max, minAbs;
};

// Adds x[from, n) to the sums and turns them into the block's Moments: NonFinite when a sum or
// an extreme is not finite (the double kernels sort out why), Retry when the mean of d is too far
// from zero for the power sums (e² · eScale > variance · vScale). Always inlined, so that its
// arithmetic is compiled (and contracted) exactly as the calling kernel's own code.
[[gnu::always_inline]] inline ShiftedResult finishBlock(const float *x, std::int64_t from, std::int64_t n,
                                                        float nearZero, double shift, double eScale,
                                                        double vScale, BlockSums s, Moments &out)
{
    for (std::int64_t i = from; i < n; ++i) {
        const float v = x[i];
        const float a = std::fabs(v);
        const double d = double(v) - shift;
        s.s1 += d;
        s.s2 += d * d;
        s.s3 += d * d * d;
        s.s4 += d * d * d * d;
        s.sAbs += double(a);
        s.zeros += v == 0.0f;
        s.nearZeros += a <= nearZero;
        if (a > 0.0f && a < s.minAbs)
            s.minAbs = a;
        s.min = std::min(s.min, v);
        s.max = std::max(s.max, v);
    }
    if (!std::isfinite(s.s1 + s.s2 + s.s3 + s.s4 + s.sAbs) || !std::isfinite(s.min) || !std::isfinite(s.max))
        return ShiftedResult::NonFinite;
    const double cn = double(n);
    const double e = s.s1 / cn; // mean − shift
    const double e2 = e * e;
    const double m2 = s.s2 - cn * e2;
    if (!(m2 > 0.0) || e2 * eScale > vScale * (m2 / cn))
        return ShiftedResult::Retry;
    Moments b;
    b.n = n;
    b.mean = shift + e;
    b.m2 = m2;
    b.m3 = s.s3 - 3.0 * e * s.s2 + 2.0 * cn * e2 * e;
    b.m4 = s.s4 - 4.0 * e * s.s3 + 6.0 * e2 * s.s2 - 3.0 * cn * e2 * e2;
    b.min = s.min;
    b.max = s.max;
    b.absSum = s.sAbs;
    b.zeros = s.zeros;
    b.nearZeros = s.nearZeros;
    b.minAbsNonzero = std::isinf(s.minAbs) ? 0.0 : double(s.minAbs);
    out = b;
    return ShiftedResult::Ok;
}

// Runs of 16 values between the float-lane kernels' folds into double (kFoldRuns values per
// lane; see blockMomentsFloatAvx2).
constexpr int kFoldRuns = 4;

// The centres of the float-lane kernels for the block x (powers of two near E[x²] and E|x|), from
// the moments m of the blocks before it or, for the first block of a chunk, from its first
// kCentreSample values (in double): a block then need not take the double kernels for want of
// figures to centre on (a chunk is 32 blocks: ~4 % of the statistics pass). False where the float
// lanes do not apply: a mean far from zero (m2 would lose digits to cancellation), no finite
// figures, or a first block whose sample has heavy tails. The kernels test the block's own
// figures again and hand back what they cannot take.
bool laneCentres(const Moments &m, const float *x, std::int64_t count, float &centre2, float &centreAbs);

#if PARE_STATS_X86
// blockMomentsFloatAvx2 sixteen values per operation (statmoments512.cpp; the CPU must have
// AVX-512).
ShiftedResult blockMomentsFloatAvx512(const float *x, std::int64_t n, float nearZero, float centre2,
                                      float centreAbs, Moments &out);
#endif

} // namespace pare::core::analysis_detail
