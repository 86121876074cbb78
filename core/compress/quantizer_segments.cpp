// SPDX-License-Identifier: GPL-3.0-or-later
// Integer quantization of one segment (a channel, a group, a tensor): the range, the clip search
// and the fused quantize-pack-and-measure loops, scalar and AVX2. encodeValues (quantizer.cpp)
// drives them over a tensor's segments.
#include "quantizer_segments.h"

#include "tensor/convert.h"

#include <algorithm>
#include <cmath>
#include <cstring>

// The per-segment loops are where quantization spends its time; on x86-64 GCC builds an AVX2
// clone next to the baseline one and picks at load time (not under ThreadSanitizer: see
// PARE_CLONES_AVX2).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_THREAD__)
#define PARE_HOT_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define PARE_HOT_CLONES
#endif

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define PARE_QUANT_AVX2 1
#define PARE_AVX2_FMA __attribute__((target("avx2,fma")))
#else
#define PARE_QUANT_AVX2 0
#endif

namespace pare::core::quantseg {

// Adding and subtracting 1.5·2^23 rounds to nearest even for |x| < 2^22; it vectorizes where
// std::nearbyint does not. Inputs are clamped to the code range first.
inline float roundNearest(float x)
{
    constexpr float kMagic = 12582912.0f;
    return (x + kMagic) - kMagic;
}

#if PARE_QUANT_AVX2
bool cpuHasF16C()
{
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        return __get_cpuid(1, &a, &b, &c, &d) && (c & bit_F16C) != 0;
    }();
    return has;
}

// One value to F16 and back in hardware: the same round-half-to-even as floatToHalf.
__attribute__((target("f16c"))) float roundHalfF16C(float v, std::uint16_t &bits)
{
    const __m128i h = _mm_cvtps_ph(_mm_set_ss(v), _MM_FROUND_TO_NEAREST_INT);
    bits = std::uint16_t(_mm_extract_epi16(h, 0));
    return _mm_cvtss_f32(_mm_cvtph_ps(h));
}
#endif

// v rounded to F16 as it will be stored (`bits`); a result that is not finite sets overflow.
float f16Round(float v, bool &overflow, std::uint16_t &bits)
{
    float r;
#if PARE_QUANT_AVX2
    if (cpuHasF16C()) {
        r = roundHalfF16C(v, bits);
    } else
#endif
    {
        bits = floatToHalf(v);
        r = halfToFloat(bits);
    }
    if (!std::isfinite(r))
        overflow = true;
    return r;
}


IntCodec makeCodec(int bits, bool asymmetric)
{
    IntCodec c;
    c.bits = bits;
    c.asymmetric = asymmetric;
    if (asymmetric) {
        c.lo = 0;
        c.hi = float((1 << bits) - 1);
        c.offset = 0;
    } else {
        c.lo = -float(1 << (bits - 1));
        c.hi = float((1 << (bits - 1)) - 1);
        c.offset = float(1 << (bits - 1));
    }
    return c;
}



PARE_HOT_CLONES MinMax minMax(const float *x, std::int64_t n)
{
    // Eight lanes by hand: GCC does not vectorize float min/max reductions on its own.
    using V8 = float __attribute__((vector_size(32)));
    V8 vmn = {}, vmx = {}; // 0 included: symmetric picks the larger magnitude; asymmetric keeps 0
    std::int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        V8 v;
        std::memcpy(&v, x + i, sizeof v);
        vmn = v < vmn ? v : vmn;
        vmx = v > vmx ? v : vmx;
    }
    float mn = 0, mx = 0;
    for (int k = 0; k < 8; ++k) {
        mn = std::min(mn, vmn[k]);
        mx = std::max(mx, vmx[k]);
    }
    for (; i < n; ++i) {
        mn = std::min(mn, x[i]);
        mx = std::max(mx, x[i]);
    }
    return {mn, mx};
}

// Params for a range shrunk by `ratio`, with the scale rounded to F16 as it will be stored.
SegParams paramsFor(const IntCodec &c, MinMax mm, float ratio, bool &overflow)
{
    SegParams p;
    if (!c.asymmetric) {
        // Largest magnitude, sign kept, maps to the most negative code: all 2^bits codes in use.
        const float extreme = -mm.min > mm.max ? mm.min : mm.max;
        p.scale = f16Round(ratio * extreme / c.lo, overflow, p.half);
    } else {
        p.scale = f16Round(ratio * (mm.max - mm.min) / c.hi, overflow, p.half);
    }
    p.inv = p.scale != 0 ? 1.0f / p.scale : 0.0f;
    if (c.asymmetric && p.scale != 0)
        p.zero = std::min(std::max(roundNearest(-ratio * mm.min * p.inv), c.lo), c.hi);
    return p;
}

PARE_HOT_CLONES float segmentError(const float *x, std::int64_t n, const IntCodec &c, SegParams p)
{
    float e = 0;
    const float lo = c.lo, hi = c.hi, z = p.zero, s = p.scale, inv = p.inv;
#pragma omp simd reduction(+ : e)
    for (std::int64_t i = 0; i < n; ++i) {
        const float q = std::min(std::max(roundNearest(x[i] * inv) + z, lo), hi);
        const float d = x[i] - (q - z) * s;
        e += d * d;
    }
    return e;
}

struct RunStats
{
    float rr = 0, ee = 0, rd = 0, dd = 0, mx = 0;
};

// Quantizes one run (≤ kRun values) to unsigned codes, collecting error sums.
PARE_HOT_CLONES void quantizeRun(const float *x, std::int64_t n, const IntCodec &c, SegParams p,
                                 std::uint8_t *codes, RunStats &st)
{
    const float lo = c.lo, hi = c.hi, z = p.zero, s = p.scale, inv = p.inv, off = c.offset;
    float rr = 0, ee = 0, rd = 0, dd = 0, mx = 0;
#pragma omp simd reduction(+ : rr, ee, rd, dd) reduction(max : mx)
    for (std::int64_t i = 0; i < n; ++i) {
        const float v = x[i];
        const float q = std::min(std::max(roundNearest(v * inv) + z, lo), hi);
        codes[i] = std::uint8_t(int(q + off));
        const float d = (q - z) * s;
        const float e = v - d;
        rr += v * v;
        ee += e * e;
        rd += v * d;
        dd += d * d;
        mx = std::max(mx, std::fabs(e));
    }
    st.rr += rr;
    st.ee += ee;
    st.rd += rd;
    st.dd += dd;
    st.mx = std::max(st.mx, mx);
}

void addStats(ErrorAccumulator &acc, const RunStats &st, std::int64_t n)
{
    acc.refSquares += st.rr;
    acc.errSquares += st.ee;
    acc.dot += st.rd;
    acc.outSquares += st.dd;
    acc.maxAbs = std::max(acc.maxAbs, double(st.mx));
    acc.count += n;
}


void flushLanes(LaneStats &st, ErrorAccumulator &acc)
{
    if (st.pending == 0)
        return;
    RunStats r;
    for (int k = 0; k < 8; ++k) {
        r.rr += st.rr[k];
        r.ee += st.ee[k];
        r.rd += st.rd[k];
        r.dd += st.dd[k];
        r.mx = std::max(r.mx, st.mx[k]);
    }
    addStats(acc, r, st.pending);
    st = LaneStats{};
}

#if PARE_QUANT_AVX2
bool cpuHasAvx2Fma()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return has;
}

// Fused round-to-nearest quantization of one group while it sits in L1: the range in one pass,
// then codes, byte packing and the error sums in a second. Same arithmetic as the scalar path
// (round half to even, then the zero-point, then the clamp), so the codes are identical.
PARE_AVX2_FMA inline __m256 tailMask(std::int64_t left, __m256i &mask)
{
    const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(int(left)), lane);
    return _mm256_castsi256_ps(mask);
}

PARE_AVX2_FMA MinMax minMaxAvx2(const float *x, std::int64_t n)
{
    __m256 mn0 = _mm256_setzero_ps(), mx0 = mn0, mn1 = mn0, mx1 = mn0;
    std::int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m256 a = _mm256_loadu_ps(x + i), b = _mm256_loadu_ps(x + i + 8);
        mn0 = _mm256_min_ps(mn0, a);
        mx0 = _mm256_max_ps(mx0, a);
        mn1 = _mm256_min_ps(mn1, b);
        mx1 = _mm256_max_ps(mx1, b);
    }
    for (; i < n; i += 8) { // masked lanes load 0, which the range includes anyway
        __m256i m;
        tailMask(n - i, m);
        const __m256 a = _mm256_maskload_ps(x + i, m);
        mn0 = _mm256_min_ps(mn0, a);
        mx0 = _mm256_max_ps(mx0, a);
    }
    alignas(32) float lo[8], hi[8];
    _mm256_store_ps(lo, _mm256_min_ps(mn0, mn1));
    _mm256_store_ps(hi, _mm256_max_ps(mx0, mx1));
    MinMax r;
    for (int k = 0; k < 8; ++k) {
        r.min = std::min(r.min, lo[k]);
        r.max = std::max(r.max, hi[k]);
    }
    return r;
}

struct QuantLanes
{
    __m256 inv, zero, lo, hi, off, scale;
};

PARE_AVX2_FMA inline QuantLanes quantLanes(const IntCodec &c, SegParams p)
{
    return {_mm256_set1_ps(p.inv), _mm256_set1_ps(p.zero), _mm256_set1_ps(c.lo),
            _mm256_set1_ps(c.hi),  _mm256_set1_ps(c.offset), _mm256_set1_ps(p.scale)};
}

// q (with the zero-point) for 8 values, and w = q - zero, the multiple of the scale decoded.
template <bool Asym>
PARE_AVX2_FMA inline __m256 quantLane(const QuantLanes &L, __m256 v, __m256 &w)
{
    __m256 q = _mm256_round_ps(_mm256_mul_ps(v, L.inv), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    if constexpr (Asym)
        q = _mm256_add_ps(q, L.zero);
    q = _mm256_min_ps(_mm256_max_ps(q, L.lo), L.hi);
    w = Asym ? _mm256_sub_ps(q, L.zero) : q;
    return q;
}

template <bool Asym>
PARE_AVX2_FMA float segmentErrorAvx2T(const float *x, std::int64_t n, const IntCodec &c, SegParams p)
{
    const QuantLanes L = quantLanes(c, p);
    __m256 e0 = _mm256_setzero_ps(), e1 = e0;
    std::int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m256 a = _mm256_loadu_ps(x + i), b = _mm256_loadu_ps(x + i + 8);
        __m256 wa, wb;
        quantLane<Asym>(L, a, wa);
        quantLane<Asym>(L, b, wb);
        const __m256 da = _mm256_fnmadd_ps(wa, L.scale, a), db = _mm256_fnmadd_ps(wb, L.scale, b);
        e0 = _mm256_fmadd_ps(da, da, e0);
        e1 = _mm256_fmadd_ps(db, db, e1);
    }
    for (; i < n; i += 8) {
        __m256i m;
        tailMask(n - i, m);
        const __m256 a = _mm256_maskload_ps(x + i, m);
        __m256 wa;
        quantLane<Asym>(L, a, wa);
        const __m256 da = _mm256_fnmadd_ps(wa, L.scale, a); // 0 in masked lanes
        e0 = _mm256_fmadd_ps(da, da, e0);
    }
    alignas(32) float s[8];
    _mm256_store_ps(s, _mm256_add_ps(e0, e1));
    return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
}

float segmentErrorAvx2(const float *x, std::int64_t n, const IntCodec &c, SegParams p)
{
    return c.asymmetric ? segmentErrorAvx2T<true>(x, n, c, p) : segmentErrorAvx2T<false>(x, n, c, p);
}

struct StatLanes
{
    __m256 rr, ee, vw, ww, mx;
};

template <bool Asym>
PARE_AVX2_FMA inline __m256i codeLane(const QuantLanes &L, __m256 v, StatLanes &a)
{
    __m256 w;
    const __m256 q = quantLane<Asym>(L, v, w);
    const __m256 e = _mm256_fnmadd_ps(w, L.scale, v);
    a.rr = _mm256_fmadd_ps(v, v, a.rr);
    a.ee = _mm256_fmadd_ps(e, e, a.ee);
    a.vw = _mm256_fmadd_ps(v, w, a.vw);
    a.ww = _mm256_fmadd_ps(w, w, a.ww);
    a.mx = _mm256_max_ps(a.mx, _mm256_andnot_ps(_mm256_set1_ps(-0.0f), e));
    return _mm256_cvttps_epi32(_mm256_add_ps(q, L.off)); // exact: q + off is a small integer
}

// Quantizes n values to byte codes (one per value) and adds the error sums to the lanes.
template <bool Asym>
PARE_AVX2_FMA void quantizeRunAvx2T(const float *x, std::int64_t n, const IntCodec &c, SegParams p,
                                     std::uint8_t *codes, LaneStats &st)
{
    const QuantLanes L = quantLanes(c, p);
    StatLanes a{_mm256_load_ps(st.rr), _mm256_load_ps(st.ee), _mm256_setzero_ps(), _mm256_setzero_ps(),
                _mm256_load_ps(st.mx)};
    const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
    std::int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        const __m256i c0 = codeLane<Asym>(L, _mm256_loadu_ps(x + i), a);
        const __m256i c1 = codeLane<Asym>(L, _mm256_loadu_ps(x + i + 8), a);
        const __m256i c2 = codeLane<Asym>(L, _mm256_loadu_ps(x + i + 16), a);
        const __m256i c3 = codeLane<Asym>(L, _mm256_loadu_ps(x + i + 24), a);
        const __m256i bytes = _mm256_packus_epi16(_mm256_packus_epi32(c0, c1), _mm256_packus_epi32(c2, c3));
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(codes + i), _mm256_permutevar8x32_epi32(bytes, order));
    }
    for (; i < n; i += 8) {
        __m256i m;
        tailMask(n - i, m);
        const __m256i c0 = codeLane<Asym>(L, _mm256_maskload_ps(x + i, m), a); // masked lanes add 0
        const __m256i w16 = _mm256_packus_epi32(c0, c0);
        const __m256i bytes = _mm256_permutevar8x32_epi32(_mm256_packus_epi16(w16, w16), order);
        alignas(16) std::uint8_t tmp[16];
        _mm_store_si128(reinterpret_cast<__m128i *>(tmp), _mm256_castsi256_si128(bytes));
        std::memcpy(codes + i, tmp, std::size_t(std::min<std::int64_t>(8, n - i)));
    }
    _mm256_store_ps(st.rr, a.rr);
    _mm256_store_ps(st.ee, a.ee);
    _mm256_store_ps(st.mx, a.mx);
    const __m256 s = _mm256_set1_ps(p.scale);
    _mm256_store_ps(st.rd, _mm256_fmadd_ps(a.vw, s, _mm256_load_ps(st.rd)));
    _mm256_store_ps(st.dd, _mm256_fmadd_ps(a.ww, _mm256_mul_ps(s, s), _mm256_load_ps(st.dd)));
    st.pending += n;
}

void quantizeRunAvx2(const float *x, std::int64_t n, const IntCodec &c, SegParams p, std::uint8_t *codes,
                     LaneStats &st)
{
    if (c.asymmetric)
        quantizeRunAvx2T<true>(x, n, c, p, codes, st);
    else
        quantizeRunAvx2T<false>(x, n, c, p, codes, st);
}

// 4-bit codes, two to a byte (low nibble first), `count` even.
PARE_AVX2_FMA void packNibblesAvx2(const std::uint8_t *codes, std::int64_t count, std::uint8_t *dst)
{
    const __m256i weights = _mm256_set1_epi16(0x1001); // bytes 1, 16: even + 16·odd
    std::int64_t i = 0;
    for (; i + 64 <= count; i += 64) {
        const __m256i a = _mm256_maddubs_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(codes + i)), weights);
        const __m256i b = _mm256_maddubs_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(codes + i + 32)), weights);
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(dst + i / 2),
                            _mm256_permute4x64_epi64(_mm256_packus_epi16(a, b), 0xD8));
    }
    for (; i + 1 < count; i += 2)
        dst[i / 2] = std::uint8_t(codes[i] | (codes[i + 1] << 4));
}
#endif

SegParams fitSegment(const float *x, std::int64_t n, const IntCodec &c, const std::vector<float> &ratios,
                     bool &overflow)
{
#if PARE_QUANT_AVX2
    const bool avx2 = cpuHasAvx2Fma();
    const MinMax mm = avx2 ? minMaxAvx2(x, n) : minMax(x, n);
#else
    const MinMax mm = minMax(x, n);
#endif
    SegParams best = paramsFor(c, mm, 1.0f, overflow);
    if (ratios.size() <= 1 || best.scale == 0)
        return best;
    const auto error = [&](SegParams p) {
#if PARE_QUANT_AVX2
        if (avx2)
            return segmentErrorAvx2(x, n, c, p);
#endif
        return segmentError(x, n, c, p);
    };
    float bestErr = error(best);
    for (std::size_t i = 1; i < ratios.size(); ++i) {
        const SegParams p = paramsFor(c, mm, ratios[i], overflow);
        const float e = error(p);
        if (e < bestErr) {
            bestErr = e;
            best = p;
        }
    }
    return best;
}

void applySegment(const float *x, std::int64_t begin, std::int64_t end, const IntCodec &c, SegParams p,
                  std::uint8_t *out, ErrorAccumulator *acc, LaneStats *lanes)
{
    alignas(32) std::uint8_t codes[kRun];
#if PARE_QUANT_AVX2
    if (cpuHasAvx2Fma()) {
        LaneStats local;
        LaneStats &st = lanes ? *lanes : local;
        for (std::int64_t b = begin; b < end; b += kRun) {
            const std::int64_t n = std::min(kRun, end - b);
            if (c.bits == 8) {
                quantizeRunAvx2(x + b, n, c, p, out + b, st);
            } else {
                quantizeRunAvx2(x + b, n, c, p, codes, st);
                if (c.bits == 4 && (b & 1) == 0) {
                    const std::int64_t even = n & ~std::int64_t(1);
                    packNibblesAvx2(codes, even, out + b / 2);
                    if (even < n)
                        packBits(codes + even, n - even, 4, out, b + even);
                } else {
                    packBits(codes, n, c.bits, out, b);
                }
            }
            if (acc && st.pending >= kFlushValues)
                flushLanes(st, *acc);
        }
        if (acc && !lanes)
            flushLanes(st, *acc);
        return;
    }
#endif
    (void)lanes;
    for (std::int64_t b = begin; b < end; b += kRun) {
        const std::int64_t n = std::min(kRun, end - b);
        RunStats st;
        if (c.bits == 8) { // byte codes go straight to their place
            quantizeRun(x + b, n, c, p, out + b, st);
        } else {
            quantizeRun(x + b, n, c, p, codes, st);
            packBits(codes, n, c.bits, out, b);
        }
        if (acc)
            addStats(*acc, st, n);
    }
}

} // namespace pare::core::quantseg
