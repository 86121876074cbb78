// SPDX-License-Identifier: GPL-3.0-or-later
// Per-channel runs: min, max, |max|, sum of squares and zeros of a run of values.
#include "statkernels.h"
#include "statsimd.h"

#include "tensor/convert.h"

#include <immintrin.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace pare::core::analysis_detail {

using namespace simd;

namespace {

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

    // add() for values known to be finite, or a run that finite() then rejects: the same
    // figures without the masking, and the largest |v| bit pattern seen, for finite().
    __attribute__((target("avx2,fma"))) void addFinite(__m256 v, __m256i &bits)
    {
        const __m256 a = _mm256_andnot_ps(_mm256_set1_ps(-0.0f), v);
        bits = _mm256_max_epi32(bits, _mm256_castps_si256(a));
        vmin = _mm256_min_ps(vmin, v);
        vmax = _mm256_max_ps(vmax, v);
        vabs = _mm256_max_ps(vabs, a);
        const __m256d da = _mm256_cvtps_pd(_mm256_castps256_ps128(v));
        const __m256d db = _mm256_cvtps_pd(_mm256_extractf128_ps(v, 1));
        sa = _mm256_fmadd_pd(da, da, sa);
        sb = _mm256_fmadd_pd(db, db, sb);
        vzeros = _mm256_sub_epi32(vzeros, _mm256_castps_si256(_mm256_cmp_ps(v, _mm256_setzero_ps(), _CMP_EQ_OQ)));
    }
    // Whether every value addFinite saw (with these bits) was finite: |v| below Inf's pattern.
    __attribute__((target("avx2,fma"))) static bool finite(__m256i bits)
    {
        const __m256i inf = _mm256_set1_epi32(0x7f800000);
        return _mm256_movemask_epi8(_mm256_cmpgt_epi32(inf, bits)) == -1;
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
    // Unmasked first; a run that held NaN or Inf is done again with the masking.
    ChannelAcc acc;
    __m256i bits = _mm256_setzero_si256();
    for (std::int64_t i = 0; i < whole; i += 8)
        acc.addFinite(_mm256_loadu_ps(x + i), bits);
    if (!ChannelAcc::finite(bits)) {
        acc = ChannelAcc();
        for (std::int64_t i = 0; i < whole; i += 8)
            acc.add(_mm256_loadu_ps(x + i));
    }
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

// addChannelRun16Avx2 and the value count of the same values in one loop, each 16 KB hashed
// just before: the increments are bound by loads and stores, the channel figures by vector
// arithmetic, so the two overlap instead of taking a pass each. The channel figures are
// computed exactly as addChannelRun16Avx2 computes them (the same lanes in the same order).
template<bool Bf16, int Ways>
__attribute__((target("avx2,fma,f16c"))) void countChannelRun16Avx2(const std::uint16_t *x,
                                                                   std::int64_t n,
                                                                   std::uint32_t *counts,
                                                                   StripeHasher &hasher,
                                                                   ChannelRun &run)
{
    constexpr int shift = Ways == 4 ? 2 : 0;
    constexpr std::int64_t kBlock = 8192; // values hashed, then counted, while in L1
    ChannelAcc acc;
    __m256i bits = _mm256_setzero_si256();
    for (std::int64_t off = 0; off < n; off += kBlock) {
        const std::int64_t end = std::min(n, off + kBlock);
        hasher.update(reinterpret_cast<const std::byte *>(x + off), (end - off) * 2);
        for (std::int64_t i = off; i < end; i += 8) {
            __builtin_prefetch(x + i + kBlock);
            std::uint64_t w0, w1;
            std::memcpy(&w0, x + i, 8);
            std::memcpy(&w1, x + i + 4, 8);
            ++counts[((w0 & 0xffff) << shift) + 0];
            ++counts[(((w0 >> 16) & 0xffff) << shift) + (Ways > 1 ? 1 : 0)];
            ++counts[(((w0 >> 32) & 0xffff) << shift) + (Ways > 2 ? 2 : 0)];
            ++counts[((w0 >> 48) << shift) + (Ways > 2 ? 3 : 0)];
            ++counts[((w1 & 0xffff) << shift) + 0];
            ++counts[(((w1 >> 16) & 0xffff) << shift) + (Ways > 1 ? 1 : 0)];
            ++counts[(((w1 >> 32) & 0xffff) << shift) + (Ways > 2 ? 2 : 0)];
            ++counts[((w1 >> 48) << shift) + (Ways > 2 ? 3 : 0)];
            const __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i *>(x + i));
            if constexpr (Bf16)
                acc.addFinite(_mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16)), bits);
            else
                acc.addFinite(_mm256_cvtph_ps(h), bits);
        }
    }
    if (!ChannelAcc::finite(bits)) { // NaN or Inf in the run: its channel figures again, masked
        addChannelRun16Avx2<Bf16>(x, n, run);
        return;
    }
    acc.finish(run);
}

} // namespace

bool countChannelRun16(DType dtype, const std::uint16_t *x, std::int64_t count, int ways,
                       std::uint32_t *counts, StripeHasher &hasher, ChannelRun &run)
{
    if ((dtype != DType::BF16 && dtype != DType::F16) || !canAddChannelRun16() || count % 16 != 0
        || (ways != 1 && ways != 4))
        return false;
    const bool bf16 = dtype == DType::BF16;
    if (ways == 4)
        bf16 ? countChannelRun16Avx2<true, 4>(x, count, counts, hasher, run)
             : countChannelRun16Avx2<false, 4>(x, count, counts, hasher, run);
    else
        bf16 ? countChannelRun16Avx2<true, 1>(x, count, counts, hasher, run)
             : countChannelRun16Avx2<false, 1>(x, count, counts, hasher, run);
    return true;
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

} // namespace pare::core::analysis_detail
