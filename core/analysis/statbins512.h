// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/analysis: the AVX-512 binning loop of the statistics pass's second sweep,
// as a pipeline that another loop can step (Moments::addHashedBinning runs it inside the moments
// loop of another block, so that the increments' loads and stores overlap the moments' float
// work). Include only from files that set GCC's -Wuninitialized off before the intrinsics
// headers (see statbins.cpp).

#include "statkernels.h"
#include "statsimd.h"

#if PARE_STATS_X86

#include <algorithm>
#include <cstdint>

namespace pare::core::analysis_detail::avx512 {

#define PARE_AVX512_INLINE __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"), always_inline)) inline

// Whether the pipeline bins with spec: lo a float, the scale finite in float, and 16-bit indices.
inline bool binsInFloat16(const BinSpec &spec)
{
    return double(float(spec.lo)) == spec.lo && std::isfinite(float(spec.scale))
           && spec.bins <= 65536;
}

// Sixteen values per operation, split in two streams that overlap: vector work (the float
// index, its edge test, the outlier test) and the scalar increments, one per value, of 16-bit
// indices computed two steps before and moved to general registers four at a time. Each step
// computes 32 indices and counts 32 earlier ones, so the out-of-order core runs the vector
// operations of one under the loads and stores of the other (the increments, two memory
// operations each, bound the loop). The indices are the ones binCountFloatAvx2 gives (the same
// float formula and double recomputation); the edge test reads |f − rint(f)|, which is exact,
// against a tolerance of 2⁻²² (f + 1): f = fl(fl(x − lo)·fl(scale)) is three roundings of
// 2⁻²⁴ from the double index, 3·2⁻²⁴ f at most, and the tighter tolerance sends half as many
// values to the recomputation as AVX2's 2⁻²¹.
constexpr int kStep = 32;

struct BinState
{
    __m512 lo, scale, tol, outLo, outHi;
    __m512i maxIdx, pack, vout;
    __m512d dlo, dscale;
};

template<bool Outliers>
PARE_AVX512_INLINE __m512i binIndices16(const float *x, BinState &s)
{
    const __m512 v = _mm512_loadu_ps(x);
    const __m512 f = _mm512_mul_ps(_mm512_sub_ps(v, s.lo), s.scale);
    // Unsigned: a value below lo (outside the contract) would still index inside the table.
    __m512i fi = _mm512_min_epu32(_mm512_cvttps_epi32(f), s.maxIdx);
    const __m512 r = _mm512_abs_ps(_mm512_reduce_ps(f, 0)); // |f − rint(f)|
    const __mmask16 edge = _mm512_cmp_ps_mask(r, _mm512_fmadd_ps(f, s.tol, s.tol), _CMP_LT_OQ);
    if constexpr (Outliers) {
        const __mmask16 outside = _mm512_kor(_mm512_cmp_ps_mask(v, s.outLo, _CMP_LE_OQ),
                                             _mm512_cmp_ps_mask(v, s.outHi, _CMP_GE_OQ));
        s.vout = _mm512_mask_sub_epi32(s.vout, outside, s.vout, _mm512_set1_epi32(-1));
    }
    if (edge) [[unlikely]] {
        // The double formula for all 16, kept where flagged: a dozen vector operations instead
        // of a scalar loop (~0.2 % of values, so ~3 % of steps, come here).
        const __m512d a = _mm512_mul_pd(_mm512_sub_pd(_mm512_cvtps_pd(_mm512_castps512_ps256(v)), s.dlo), s.dscale);
        const __m512d b = _mm512_mul_pd(_mm512_sub_pd(_mm512_cvtps_pd(_mm512_extractf32x8_ps(v, 1)), s.dlo), s.dscale);
        const __m512i d = _mm512_inserti64x4(_mm512_castsi256_si512(_mm512_cvttpd_epi32(a)),
                                             _mm512_cvttpd_epi32(b), 1);
        fi = _mm512_mask_mov_epi32(fi, edge, _mm512_min_epi32(_mm512_max_epi32(d, _mm512_setzero_si512()), s.maxIdx));
    }
    return fi;
}

template<bool Outliers>
PARE_AVX512_INLINE __m512i computeStep(const float *x, BinState &s)
{
    const __m512i a = binIndices16<Outliers>(x, s);
    const __m512i b = binIndices16<Outliers>(x + 16, s);
    return _mm512_permutex2var_epi16(a, s.pack, b);
}

__attribute__((always_inline)) inline void countWord(std::uint64_t w, std::uint32_t *counts)
{
    ++counts[w & 0xffff];
    ++counts[(w >> 16) & 0xffff];
    ++counts[(w >> 32) & 0xffff];
    ++counts[w >> 48];
}

// Counts 32 16-bit indices, moved from the register four at a time.
PARE_AVX512_INLINE void countStepReg(__m512i z, std::uint32_t *counts)
{
    const __m128i l0 = _mm512_castsi512_si128(z);
    const __m128i l1 = _mm512_extracti32x4_epi32(z, 1);
    const __m128i l2 = _mm512_extracti32x4_epi32(z, 2);
    const __m128i l3 = _mm512_extracti32x4_epi32(z, 3);
    countWord(std::uint64_t(_mm_cvtsi128_si64(l0)), counts);
    countWord(std::uint64_t(_mm_extract_epi64(l0, 1)), counts);
    countWord(std::uint64_t(_mm_cvtsi128_si64(l1)), counts);
    countWord(std::uint64_t(_mm_extract_epi64(l1, 1)), counts);
    countWord(std::uint64_t(_mm_cvtsi128_si64(l2)), counts);
    countWord(std::uint64_t(_mm_extract_epi64(l2, 1)), counts);
    countWord(std::uint64_t(_mm_cvtsi128_si64(l3)), counts);
    countWord(std::uint64_t(_mm_extract_epi64(l3, 1)), counts);
}

// Counts the 32 indices step(x + j·kStep) gives for every whole step j of x[0, n), each step's
// indices in registers two steps ahead of their counting: step() computes one step's indices
// and counts those of the step two before; finish() does the steps left and counts the last
// two, and returns the number of whole steps (the n % 32 tail is the caller's).
template<typename Step, std::int64_t Ahead = kPrefetchFloats>
struct StepPipeline
{
    Step compute;
    const float *x;
    std::int64_t steps, next = 0;
    std::uint32_t *counts;
    __m512i older, newer;

    PARE_AVX512_INLINE StepPipeline(const float *x_, std::int64_t n, std::uint32_t *counts_, Step compute_)
        : compute(compute_), x(x_), steps(n / kStep), counts(counts_)
    {
        older = newer = _mm512_setzero_si512();
        if (steps >= 2) {
            older = compute(x);
            newer = compute(x + kStep);
            next = 2;
        }
    }

    // One step, if any is left.
    PARE_AVX512_INLINE void step()
    {
        if (next >= steps)
            return;
        const float *p = x + next * kStep;
        __builtin_prefetch(p + Ahead);
        __builtin_prefetch(p + Ahead + 16);
        const __m512i indices = compute(p);
        countStepReg(older, counts);
        older = newer;
        newer = indices;
        ++next;
    }

    PARE_AVX512_INLINE std::int64_t finish()
    {
        while (next < steps)
            step();
        if (steps >= 2) {
            countStepReg(older, counts);
            countStepReg(newer, counts);
        } else if (steps == 1) {
            countStepReg(compute(x), counts);
        }
        return steps;
    }
};

template<typename Step>
PARE_AVX512_INLINE std::int64_t countSteps(const float *x, std::int64_t n, std::uint32_t *counts, Step step)
{
    StepPipeline<Step> pipeline(x, n, counts, step);
    return pipeline.finish();
}

template<bool Outliers>
struct FloatStep
{
    BinState s; // held by value: a pointer to it kept GCC from holding it in registers
    PARE_AVX512_INLINE __m512i operator()(const float *p) { return computeStep<Outliers>(p, s); }
};

// Bins x[0, n) (finite, within [lo, lo + bins / scale]) into counts and, with Outliers, counts
// the values ≤ outLo or ≥ outHi, in a StepPipeline that another loop can step; finish() also
// bins the n % 32 tail and returns the outliers. Without Outliers the loop leaves out 4 of its
// 13 vector operations per 16 values (the caller knows the block holds none). Ahead: its
// prefetch distance, in floats (kAhead for the loop that steps it).
template<bool Outliers, std::int64_t Ahead = kPrefetchFloats>
struct BinPipeline
{
    static constexpr std::int64_t kAhead = Ahead;
    StepPipeline<FloatStep<Outliers>, Ahead> pipeline;
    std::int64_t n;
    int bins;
    float outLo, outHi;
    double lo, scale;

    PARE_AVX512_INLINE BinPipeline(const float *x, std::int64_t n_, double lo_, double scale_,
                                   int bins_, std::uint32_t *counts, float outLo_, float outHi_)
        : pipeline(x, n_, counts, FloatStep<Outliers>{makeState(lo_, scale_, bins_, outLo_, outHi_)}),
          n(n_), bins(bins_), outLo(outLo_), outHi(outHi_), lo(lo_), scale(scale_)
    {
    }

    PARE_AVX512_INLINE void step() { pipeline.step(); }

    PARE_AVX512_INLINE std::int64_t finish()
    {
        const std::int64_t whole = pipeline.finish() * kStep;
        std::int64_t outliers = Outliers ? _mm512_reduce_add_epi32(pipeline.compute.s.vout) : 0;
        const float *x = pipeline.x;
        std::uint32_t *counts = pipeline.counts;
        for (std::int64_t i = whole; i < n; ++i) {
            ++counts[std::min(bins - 1, std::max(0, int((double(x[i]) - lo) * scale)))];
            outliers += Outliers && ((x[i] <= outLo) | (x[i] >= outHi));
        }
        return outliers;
    }

private:
    PARE_AVX512_INLINE static BinState makeState(double lo, double scale, int bins, float outLo, float outHi)
    {
        BinState s;
        s.lo = _mm512_set1_ps(float(lo));
        s.scale = _mm512_set1_ps(float(scale));
        s.tol = _mm512_set1_ps(0x1p-22f); // 1.33× the rounding bound (above)
        s.outLo = _mm512_set1_ps(outLo);
        s.outHi = _mm512_set1_ps(outHi);
        s.maxIdx = _mm512_set1_epi32(bins - 1);
        // Word 2k of the pair (a, b): the low half of dword k of a (k < 16) or of b.
        alignas(64) std::uint16_t pack[32];
        for (int k = 0; k < 32; ++k)
            pack[k] = std::uint16_t(2 * k);
        s.pack = _mm512_load_si512(pack);
        s.vout = _mm512_setzero_si512();
        s.dlo = _mm512_set1_pd(lo);
        s.dscale = _mm512_set1_pd(scale);
        return s;
    }
};

} // namespace pare::core::analysis_detail::avx512

#endif // PARE_STATS_X86
