// SPDX-License-Identifier: GPL-3.0-or-later
// Per-channel runs: min, max, |max|, sum of squares and zeros of a run of values; the value
// count of 8- and 16-bit tensors with the content hash in the same loop.
// GCC 12's AVX-512 headers build intrinsics on _mm512_undefined_*(), which -Wuninitialized
// reports at the header's lines once inlined here; the state must be set before they are parsed.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "statkernels.h"
#include "statsimd.h"

#include "tensor/convert.h"


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

#if PARE_STATS_X86
constexpr std::int64_t kPrefetchBytes = 2048; // how far ahead the streaming loops prefetch

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
// widened by F16C. No conversion buffer, no second pass over the values. Masks NaN and Inf:
// the path for runs ChannelAcc16 (below) refuses.
template<bool Bf16>
__attribute__((target("avx2,fma,f16c"))) void addChannelRun16Float(const std::uint16_t *x,
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

// A channel run's figures over raw 16-bit floats in vectors of Lanes 16-bit values, on their
// bits: BF16 and F16 are sign-magnitude, so w ^ (sign ? 0x7fff : 0) orders them as signed
// 16-bit integers (min and max are integer min and max), |w| is w & 0x7fff, and a zero is a
// |w| of 0. Squares are exact in float (8- or 11-bit significands), widened to double and
// summed there. finish() refuses a run it cannot give exactly: one holding NaN or Inf, or BF16
// whose squares would leave float's range (|w| ≥ 2^63, or every value below 2^-40, where squares
// lose bits or vanish) — the caller redoes such a run with addChannelRun16Float. The lane
// folding is shared; the per-width steps are ChannelAcc16x256::add (AVX2) and
// ChannelAcc16x512::add (AVX-512).
template<bool Bf16, int Lanes>
struct ChannelAcc16Lanes
{
    static constexpr std::uint16_t kInfBits = Bf16 ? 0x7f80 : 0x7c00;

    static float toFloat(std::uint16_t bits)
    {
        float f = 0.0f;
        convertToFloat(Bf16 ? DType::BF16 : DType::F16, reinterpret_cast<const std::byte *>(&bits), 1, &f);
        return f + 0.0f; // -0 as +0
    }

    // Merges the folded lanes into run; false (run untouched) for a run this cannot give exactly.
    static bool merge(const std::int16_t *kmin, const std::int16_t *kmax, const std::uint16_t *amax,
                      double sumSquares, std::int64_t zeros, ChannelRun &run)
    {
        const std::uint16_t a = *std::max_element(amax, amax + Lanes);
        if (a >= kInfBits || (Bf16 && (a >= 0x5f00 || (a != 0 && a < 0x2b80))))
            return false;
        const std::int16_t lo = *std::min_element(kmin, kmin + Lanes);
        const std::int16_t hi = *std::max_element(kmax, kmax + Lanes);
        const auto bits = [](std::int16_t k) { return std::uint16_t(k < 0 ? std::uint16_t(k) ^ 0x7fffu : std::uint16_t(k)); };
        if (lo <= hi) { // some value was added
            run.min = std::min(run.min, toFloat(bits(lo)));
            run.max = std::max(run.max, toFloat(bits(hi)));
            run.absMax = std::max(run.absMax, toFloat(a));
        }
        run.sumSquares += sumSquares;
        run.zeros += zeros;
        return true;
    }
};

// ChannelAcc16Lanes in ymm, 16 values a step (where there is no AVX-512).
template<bool Bf16>
struct ChannelAcc16x256
{
    __m256i kmin, kmax, amax;
    __m256i zeros16; // zeros per 16-bit lane, folded into zeros32 before they pass 32767
    __m256i zeros32;
    __m256d s0, s1;
    int steps = 0;

    __attribute__((target("avx2,fma,f16c"))) ChannelAcc16x256()
        : kmin(_mm256_set1_epi16(0x7fff))
        , kmax(_mm256_set1_epi16(std::int16_t(-0x8000)))
        , amax(_mm256_setzero_si256())
        , zeros16(_mm256_setzero_si256())
        , zeros32(_mm256_setzero_si256())
        , s0(_mm256_setzero_pd())
        , s1(_mm256_setzero_pd())
    {}

    __attribute__((target("avx2,fma,f16c"), always_inline)) inline void add(__m256i w)
    {
        const __m256i magnitude = _mm256_set1_epi16(0x7fff);
        const __m256i key = _mm256_xor_si256(w, _mm256_and_si256(_mm256_srai_epi16(w, 15), magnitude));
        kmin = _mm256_min_epi16(kmin, key);
        kmax = _mm256_max_epi16(kmax, key);
        const __m256i a = _mm256_and_si256(w, magnitude);
        amax = _mm256_max_epu16(amax, a);
        zeros16 = _mm256_sub_epi16(zeros16, _mm256_cmpeq_epi16(a, _mm256_setzero_si256()));
        __m256 lo, hi;
        if constexpr (Bf16) {
            lo = _mm256_castsi256_ps(_mm256_slli_epi32(w, 16));
            hi = _mm256_castsi256_ps(_mm256_and_si256(w, _mm256_set1_epi32(std::int32_t(0xffff0000u))));
        } else {
            lo = _mm256_cvtph_ps(_mm256_castsi256_si128(w));
            hi = _mm256_cvtph_ps(_mm256_extracti128_si256(w, 1));
        }
        const __m256 l2 = _mm256_mul_ps(lo, lo); // exact
        const __m256 h2 = _mm256_mul_ps(hi, hi);
        s0 = _mm256_add_pd(s0, _mm256_cvtps_pd(_mm256_castps256_ps128(l2)));
        s1 = _mm256_add_pd(s1, _mm256_cvtps_pd(_mm256_extractf128_ps(l2, 1)));
        s0 = _mm256_add_pd(s0, _mm256_cvtps_pd(_mm256_castps256_ps128(h2)));
        s1 = _mm256_add_pd(s1, _mm256_cvtps_pd(_mm256_extractf128_ps(h2, 1)));
        if (++steps == 32767) // madd_epi16 reads its lanes as signed
            foldZeros();
    }

    __attribute__((target("avx2,fma,f16c"), always_inline)) inline void foldZeros()
    {
        zeros32 = _mm256_add_epi32(zeros32, _mm256_madd_epi16(zeros16, _mm256_set1_epi16(1)));
        zeros16 = _mm256_setzero_si256();
        steps = 0;
    }

    __attribute__((target("avx2,fma,f16c"))) bool finish(ChannelRun &run)
    {
        foldZeros();
        alignas(32) std::int16_t lo[16], hi[16];
        alignas(32) std::uint16_t a[16];
        alignas(32) std::int32_t z[8];
        _mm256_store_si256(reinterpret_cast<__m256i *>(lo), kmin);
        _mm256_store_si256(reinterpret_cast<__m256i *>(hi), kmax);
        _mm256_store_si256(reinterpret_cast<__m256i *>(a), amax);
        _mm256_store_si256(reinterpret_cast<__m256i *>(z), zeros32);
        std::int64_t zeros = 0;
        for (const std::int32_t c : z)
            zeros += c;
        return ChannelAcc16Lanes<Bf16, 16>::merge(lo, hi, a, sum4(_mm256_add_pd(s0, s1)), zeros, run);
    }
};

// A channel run over raw 16-bit floats through ChannelAcc16x256, 16 values a step; the last
// n % 16 values, and any run it refuses, through addChannelRun16Float.
template<bool Bf16>
__attribute__((target("avx2,fma,f16c"))) void addChannelRun16Avx2(const std::uint16_t *x,
                                                                  std::int64_t n, ChannelRun &run)
{
    const std::int64_t whole = n / 16 * 16;
    ChannelAcc16x256<Bf16> acc;
    for (std::int64_t i = 0; i < whole; i += 16) {
        if (i % 32 == 0)
            __builtin_prefetch(x + i + kPrefetchBytes / 2);
        acc.add(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(x + i)));
    }
    if (!acc.finish(run)) {
        addChannelRun16Float<Bf16>(x, n, run);
        return;
    }
    if (whole < n)
        addChannelRun16Float<Bf16>(x + whole, n - whole, run);
}
#endif // PARE_STATS_X86

// Counts the four 16-bit keys of a little-endian word, key j at counts[key · Ways + j % Ways]:
// one 64-bit load per four keys, so that the loads and stores of the increments (two memory
// operations per key, of Zen 4's three per cycle) are nearly all the memory traffic; a 16-bit
// load per key measured 1.3× slower.
template<int Ways>
inline void countWord16(std::uint64_t w, std::uint32_t *counts)
{
    constexpr int shift = Ways == 4 ? 2 : 0;
    ++counts[(w & 0xffff) << shift];
    ++counts[(((w >> 16) & 0xffff) << shift) + (Ways == 4 ? 1 : 0)];
    ++counts[(((w >> 32) & 0xffff) << shift) + (Ways == 4 ? 2 : 0)];
    ++counts[((w >> 48) << shift) + (Ways == 4 ? 3 : 0)];
}

// The portable count of n 16-bit keys (n a multiple of 16: whole stripes), each 16 KB hashed
// just before.
template<int Ways>
void hashCount16Portable(const std::byte *p, std::int64_t n, std::uint32_t *counts,
                         StripeHasher &hasher)
{
    constexpr std::int64_t kBlock = 8192;
    for (std::int64_t off = 0; off < n; off += kBlock) {
        const std::int64_t end = std::min(n, off + kBlock);
        hasher.update(p + off * 2, (end - off) * 2);
        for (std::int64_t i = off; i < end; i += 4) {
            if (i % 32 == 0) // the next block, so that hashing it does not stall
                __builtin_prefetch(p + (i + kBlock) * 2);
            std::uint64_t w;
            std::memcpy(&w, p + i * 2, 8);
            countWord16<Ways>(w, counts);
        }
    }
}

#if PARE_STATS_X86
constexpr std::uint64_t kHashStep = 0x165667B19E3779F9ULL; // StripeHasher's key step

// One 32-byte stripe of 16-bit keys at p: hashed (StripeHasher::update's step, in ymm) and its
// four words counted; returns the stripe.
template<int Ways>
__attribute__((target("avx2"), always_inline)) inline __m256i
hashCountStripe(const void *p, __m256i &acc, __m256i &key, __m256i step, std::uint32_t *counts)
{
    const auto *q = static_cast<const std::byte *>(p);
    const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(q));
    const __m256i k = _mm256_xor_si256(w, key);
    acc = _mm256_add_epi64(acc, _mm256_add_epi64(w, _mm256_mul_epu32(k, _mm256_srli_epi64(k, 32))));
    key = _mm256_add_epi64(key, step);
    for (int j = 0; j < 32; j += 8) {
        std::uint64_t word;
        std::memcpy(&word, q + j, 8);
        countWord16<Ways>(word, counts);
    }
    return w;
}

// hashCountStripe in zmm, a 64-byte line a step: StripeHasher's state with stripes 2i and
// 2i + 1 in lanes 0–3 and 4–7, summed at the end (the accumulators are plain sums), their keys
// one step apart and advancing two steps per line: what update() gives.
struct LineHashCounter
{
    __m512i acc, key, step2;

    __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"))) explicit LineHashCounter(StripeHasher &hasher)
    {
        const __m256i acc0 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(hasher.accumulators()));
        const __m256i key0 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(hasher.keys()));
        acc = _mm512_inserti64x4(_mm512_setzero_si512(), acc0, 0);
        key = _mm512_inserti64x4(_mm512_castsi256_si512(key0),
                                 _mm256_add_epi64(key0, _mm256_set1_epi64x(std::int64_t(kHashStep))), 1);
        step2 = _mm512_set1_epi64(std::int64_t(2 * kHashStep));
    }

    // Hashes the line at p and counts its sixteen words; returns the line.
    template<int Ways>
    __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"), always_inline)) inline __m512i
    line(const void *p, std::uint32_t *counts)
    {
        const auto *q = static_cast<const std::byte *>(p);
        const __m512i w = _mm512_loadu_si512(q);
        const __m512i k = _mm512_xor_si512(w, key);
        acc = _mm512_add_epi64(acc, _mm512_add_epi64(w, _mm512_mul_epu32(k, _mm512_srli_epi64(k, 32))));
        key = _mm512_add_epi64(key, step2);
        for (int j = 0; j < 64; j += 8) {
            std::uint64_t word;
            std::memcpy(&word, q + j, 8);
            countWord16<Ways>(word, counts);
        }
        return w;
    }

    // The state after the lines, in StripeHasher's ymm form.
    __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"))) void ymm(__m256i &a, __m256i &k) const
    {
        a = _mm256_add_epi64(_mm512_castsi512_si256(acc), _mm512_extracti64x4_epi64(acc, 1));
        k = _mm512_castsi512_si256(key);
    }
};

// The count of 16-bit keys and StripeHasher::update over the same 64-byte lines in one loop:
// the hash's vector operations run under the increments' loads and stores.
template<int Ways>
__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"))) void
hashCount16Avx512(const std::byte *p, std::int64_t lines, std::uint32_t *counts,
                  StripeHasher &hasher)
{
    LineHashCounter h(hasher);
    for (std::int64_t i = 0; i < lines; ++i) {
        __builtin_prefetch(p + 64 * i + kPrefetchBytes);
        h.line<Ways>(p + 64 * i, counts);
    }
    __m256i acc, key;
    h.ymm(acc, key);
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.accumulators()), acc);
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.keys()), key);
}

// hashCount16Avx512 one 32-byte stripe per step, in ymm.
template<int Ways>
__attribute__((target("avx2"))) void hashCount16Avx2(const std::byte *p, std::int64_t stripes,
                                                     std::uint32_t *counts, StripeHasher &hasher)
{
    __m256i acc = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(hasher.accumulators()));
    __m256i key = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(hasher.keys()));
    const __m256i step = _mm256_set1_epi64x(std::int64_t(kHashStep));
    for (std::int64_t s = 0; s < stripes; ++s) {
        const std::byte *q = p + 32 * s;
        if (s % 2 == 0)
            __builtin_prefetch(q + kPrefetchBytes);
        hashCountStripe<Ways>(q, acc, key, step, counts);
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.accumulators()), acc);
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.keys()), key);
}

#endif // PARE_STATS_X86

template<int Ways>
std::uint64_t hashAndCount16(const std::byte *p, std::int64_t size, std::uint64_t seed,
                             std::uint32_t *counts)
{
    StripeHasher hasher(seed);
    const std::int64_t whole = size / 32 * 32;
    std::int64_t done = 0; // bytes hashed and counted
#if PARE_STATS_X86
    if (hasAvx512()) {
        done = whole / 64 * 64;
        hashCount16Avx512<Ways>(p, done / 64, counts, hasher);
    }
    if (hasAvx2Fma())
        hashCount16Avx2<Ways>(p + done, (whole - done) / 32, counts, hasher);
    else
#endif
        hashCount16Portable<Ways>(p + done, (whole - done) / 2, counts, hasher);
    for (std::int64_t i = whole; i + 1 < size; i += 2) // the last partial stripe
        ++counts[((std::size_t(p[i]) | (std::size_t(p[i + 1]) << 8)) * Ways) + std::size_t(i / 2 % Ways)];
    return hasher.finish(p + whole, size - whole, size);
}

template<int Ways>
std::uint64_t hashAndCount8(const std::byte *p, std::int64_t size, std::uint64_t seed,
                            std::uint32_t *counts)
{
    constexpr std::int64_t kBlock = 16384;
    StripeHasher hasher(seed);
    const std::int64_t whole = size / 32 * 32;
    constexpr auto lane = [](std::int64_t i) { return std::size_t(i % Ways); };
    for (std::int64_t off = 0; off < size; off += kBlock) {
        const std::int64_t end = std::min(size, off + kBlock);
        hasher.update(p + off, std::min(end, whole) - off);
        std::int64_t i = off;
        for (; i + 4 <= end; i += 4) {
            ++counts[std::size_t(p[i]) * Ways + lane(0)];
            ++counts[std::size_t(p[i + 1]) * Ways + lane(1)];
            ++counts[std::size_t(p[i + 2]) * Ways + lane(2)];
            ++counts[std::size_t(p[i + 3]) * Ways + lane(3)];
        }
        for (; i < end; ++i)
            ++counts[std::size_t(p[i]) * Ways + lane(i)];
    }
    return hasher.finish(p + whole, size - whole, size);
}

#if PARE_STATS_X86
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
    // Each 32-byte stripe once: hashed (as StripeHasher::update), its four words counted and
    // its sixteen values added to the channel figures, all from one load; the vector work runs
    // under the increments' loads and stores.
    ChannelAcc16x256<Bf16> acc;
    __m256i hacc = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(hasher.accumulators()));
    __m256i hkey = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(hasher.keys()));
    const __m256i step = _mm256_set1_epi64x(std::int64_t(kHashStep));
    for (std::int64_t i = 0; i < n; i += 16) {
        if (i % 32 == 0)
            __builtin_prefetch(x + i + kPrefetchBytes / 2);
        acc.add(hashCountStripe<Ways>(x + i, hacc, hkey, step, counts));
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.accumulators()), hacc);
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.keys()), hkey);
    if (!acc.finish(run)) // NaN, Inf or out of float's square range: the channel figures again
        addChannelRun16Float<Bf16>(x, n, run);
}

// ChannelAcc16Lanes in zmm, 32 values a step.
template<bool Bf16>
struct ChannelAcc16x512
{
    __m512i kmin, kmax, amax;
    __m512i zeros16; // zeros per 16-bit lane, folded into zeros32 before they pass 32767
    __m512i zeros32;
    __m512d s0, s1;
    int steps = 0;

    __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"))) ChannelAcc16x512()
        : kmin(_mm512_set1_epi16(0x7fff))
        , kmax(_mm512_set1_epi16(std::int16_t(-0x8000)))
        , amax(_mm512_setzero_si512())
        , zeros16(_mm512_setzero_si512())
        , zeros32(_mm512_setzero_si512())
        , s0(_mm512_setzero_pd())
        , s1(_mm512_setzero_pd())
    {}

    __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,f16c"), always_inline)) inline void
    add(__m512i w, __mmask32 m)
    {
        const __m512i magnitude = _mm512_set1_epi16(0x7fff);
        const __m512i key = _mm512_ternarylogic_epi32(w, _mm512_srai_epi16(w, 15), magnitude, 0x78); // w ^ (sign & 0x7fff)
        kmin = _mm512_mask_min_epi16(kmin, m, kmin, key);
        kmax = _mm512_mask_max_epi16(kmax, m, kmax, key);
        const __m512i a = _mm512_and_si512(w, magnitude);
        amax = _mm512_max_epu16(amax, a); // masked-off lanes were loaded as 0
        zeros16 = _mm512_mask_sub_epi16(zeros16, _mm512_mask_testn_epi16_mask(m, a, a), zeros16,
                                        _mm512_set1_epi16(-1));
        __m512 lo, hi; // masked-off lanes are +0 and add nothing
        if constexpr (Bf16) {
            lo = _mm512_castsi512_ps(_mm512_slli_epi32(w, 16));
            hi = _mm512_castsi512_ps(_mm512_and_si512(w, _mm512_set1_epi32(std::int32_t(0xffff0000u))));
        } else {
            lo = _mm512_cvtph_ps(_mm512_castsi512_si256(w));
            hi = _mm512_cvtph_ps(_mm512_extracti64x4_epi64(w, 1));
        }
        const __m512 l2 = _mm512_mul_ps(lo, lo); // exact
        const __m512 h2 = _mm512_mul_ps(hi, hi);
        s0 = _mm512_add_pd(s0, _mm512_cvtps_pd(_mm512_castps512_ps256(l2)));
        s1 = _mm512_add_pd(s1, _mm512_cvtps_pd(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(l2), 1))));
        s0 = _mm512_add_pd(s0, _mm512_cvtps_pd(_mm512_castps512_ps256(h2)));
        s1 = _mm512_add_pd(s1, _mm512_cvtps_pd(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(h2), 1))));
        if (++steps == 32767) // madd_epi16 reads its lanes as signed
            foldZeros();
    }

    __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"), always_inline)) inline void foldZeros()
    {
        zeros32 = _mm512_add_epi32(zeros32, _mm512_madd_epi16(zeros16, _mm512_set1_epi16(1)));
        zeros16 = _mm512_setzero_si512();
        steps = 0;
    }

    __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"))) bool finish(ChannelRun &run)
    {
        foldZeros();
        alignas(64) std::int16_t lo[32], hi[32];
        alignas(64) std::uint16_t a[32];
        _mm512_store_si512(lo, kmin);
        _mm512_store_si512(hi, kmax);
        _mm512_store_si512(a, amax);
        return ChannelAcc16Lanes<Bf16, 32>::merge(lo, hi, a, _mm512_reduce_add_pd(_mm512_add_pd(s0, s1)),
                                                  _mm512_reduce_add_epi32(zeros32), run);
    }
};

// addChannelRun16Avx2 in zmm (ChannelAcc16x512), where the CPU has AVX-512.
template<bool Bf16>
__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,f16c"))) void
addChannelRun16Avx512(const std::uint16_t *x, std::int64_t n, ChannelRun &run)
{
    ChannelAcc16x512<Bf16> acc;
    std::int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        __builtin_prefetch(x + i + kPrefetchBytes / 2);
        acc.add(_mm512_loadu_si512(x + i), ~__mmask32(0));
    }
    if (i < n) {
        const auto m = __mmask32((std::uint64_t(1) << (n - i)) - 1);
        acc.add(_mm512_maskz_loadu_epi16(m, x + i), m);
    }
    if (!acc.finish(run))
        addChannelRun16Float<Bf16>(x, n, run);
}

// countChannelRun16Avx2 in zmm: each 64-byte line hashed (in hashCount16Avx512's layout),
// its sixteen words counted and its 32 values added to ChannelAcc16x512, from one load.
template<bool Bf16, int Ways>
__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,f16c"))) void
countChannelRun16Avx512(const std::uint16_t *x, std::int64_t n, std::uint32_t *counts,
                        StripeHasher &hasher, ChannelRun &run)
{
    LineHashCounter h(hasher);
    ChannelAcc16x512<Bf16> acc;
    std::int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        __builtin_prefetch(x + i + kPrefetchBytes / 2);
        acc.add(h.line<Ways>(x + i, counts), ~__mmask32(0));
    }
    __m256i vacc, vkey;
    h.ymm(vacc, vkey);
    if (i < n) { // one last 32-byte stripe (n is a multiple of 16)
        const __m256i step = _mm256_set1_epi64x(std::int64_t(kHashStep));
        acc.add(_mm512_zextsi256_si512(hashCountStripe<Ways>(x + i, vacc, vkey, step, counts)), __mmask32(0xffff));
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.accumulators()), vacc);
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(hasher.keys()), vkey);
    if (!acc.finish(run)) // NaN, Inf or out of float's square range: the channel figures again
        addChannelRun16Float<Bf16>(x, n, run);
}
#endif // PARE_STATS_X86

} // namespace

#if PARE_STATS_X86
__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq"))) void
hashStripesAvx512(const std::byte *data, std::int64_t stripes, std::uint64_t acc[4],
                  std::uint64_t key[4])
{
    // Stripes 4i..4i+3 go to lanes 0–3 and 4–7 of two accumulators, their keys 0–3 steps on.
    const __m256i acc0 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(acc));
    const __m256i key0 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(key));
    const __m256i step = _mm256_set1_epi64x(std::int64_t(kHashStep));
    __m512i a = _mm512_inserti64x4(_mm512_setzero_si512(), acc0, 0);
    __m512i b = _mm512_setzero_si512();
    __m512i ka = _mm512_inserti64x4(_mm512_castsi256_si512(key0), _mm256_add_epi64(key0, step), 1);
    __m512i kb = _mm512_add_epi64(ka, _mm512_set1_epi64(std::int64_t(2 * kHashStep)));
    const __m512i step4 = _mm512_set1_epi64(std::int64_t(4 * kHashStep));
    std::int64_t s = 0;
    for (; s + 4 <= stripes; s += 4) {
        const __m512i wa = _mm512_loadu_si512(data + 32 * s);
        const __m512i wb = _mm512_loadu_si512(data + 32 * s + 64);
        const __m512i xa = _mm512_xor_si512(wa, ka);
        const __m512i xb = _mm512_xor_si512(wb, kb);
        a = _mm512_add_epi64(a, _mm512_add_epi64(wa, _mm512_mul_epu32(xa, _mm512_srli_epi64(xa, 32))));
        b = _mm512_add_epi64(b, _mm512_add_epi64(wb, _mm512_mul_epu32(xb, _mm512_srli_epi64(xb, 32))));
        ka = _mm512_add_epi64(ka, step4);
        kb = _mm512_add_epi64(kb, step4);
    }
    a = _mm512_add_epi64(a, b);
    __m256i vacc = _mm256_add_epi64(_mm512_castsi512_si256(a), _mm512_extracti64x4_epi64(a, 1));
    __m256i vkey = _mm512_castsi512_si256(ka);
    for (; s < stripes; ++s) {
        const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + 32 * s));
        const __m256i k = _mm256_xor_si256(w, vkey);
        vacc = _mm256_add_epi64(vacc, _mm256_add_epi64(w, _mm256_mul_epu32(k, _mm256_srli_epi64(k, 32))));
        vkey = _mm256_add_epi64(vkey, step);
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(acc), vacc);
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(key), vkey);
}
#endif // PARE_STATS_X86

std::uint64_t hashAndCountValues(const std::byte *bytes, std::int64_t size, std::uint64_t seed,
                                 int bits, int ways, std::uint32_t *counts)
{
    Q_ASSERT((bits == 8 || bits == 16) && (ways == 1 || ways == 4));
    if (bits == 16)
        return ways == 4 ? hashAndCount16<4>(bytes, size, seed, counts)
                         : hashAndCount16<1>(bytes, size, seed, counts);
    return ways == 4 ? hashAndCount8<4>(bytes, size, seed, counts)
                     : hashAndCount8<1>(bytes, size, seed, counts);
}

bool countChannelRun16(DType dtype, const std::uint16_t *x, std::int64_t count, int ways,
                       std::uint32_t *counts, StripeHasher &hasher, ChannelRun &run)
{
    if ((dtype != DType::BF16 && dtype != DType::F16) || !canAddChannelRun16() || count % 16 != 0
        || (ways != 1 && ways != 4))
        return false;
#if !PARE_STATS_X86
    Q_UNUSED(x);
    Q_UNUSED(counts);
    Q_UNUSED(hasher);
    Q_UNUSED(run);
    return false;
#else
    const bool bf16 = dtype == DType::BF16;
    if (hasAvx512()) {
        if (ways == 4)
            bf16 ? countChannelRun16Avx512<true, 4>(x, count, counts, hasher, run)
                 : countChannelRun16Avx512<false, 4>(x, count, counts, hasher, run);
        else
            bf16 ? countChannelRun16Avx512<true, 1>(x, count, counts, hasher, run)
                 : countChannelRun16Avx512<false, 1>(x, count, counts, hasher, run);
        return true;
    }
    if (ways == 4)
        bf16 ? countChannelRun16Avx2<true, 4>(x, count, counts, hasher, run)
             : countChannelRun16Avx2<false, 4>(x, count, counts, hasher, run);
    else
        bf16 ? countChannelRun16Avx2<true, 1>(x, count, counts, hasher, run)
             : countChannelRun16Avx2<false, 1>(x, count, counts, hasher, run);
    return true;
#endif
}

void addChannelRun(const float *x, std::int64_t count, ChannelRun &run)
{
#if PARE_STATS_X86
    if (hasAvx2Fma())
        addChannelRunAvx2(x, count, run);
    else
#endif
        addChannelRunScalar(x, count, run);
}

bool canAddChannelRun16()
{
    return hasAvx2Fma(); // the AVX2 level includes F16C
}

bool addChannelRun16(DType dtype, const std::uint16_t *x, std::int64_t count, ChannelRun &run)
{
    if ((dtype != DType::BF16 && dtype != DType::F16) || !canAddChannelRun16())
        return false;
#if !PARE_STATS_X86
    Q_UNUSED(x);
    Q_UNUSED(count);
    Q_UNUSED(run);
    return false;
#else
    if (hasAvx512())
        dtype == DType::BF16 ? addChannelRun16Avx512<true>(x, count, run)
                             : addChannelRun16Avx512<false>(x, count, run);
    else if (dtype == DType::BF16)
        addChannelRun16Avx2<true>(x, count, run);
    else
        addChannelRun16Avx2<false>(x, count, run);
    return true;
#endif
}

} // namespace pare::core::analysis_detail
