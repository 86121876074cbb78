// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantizer.h"

#include "jobs/jobrunner.h"
#include "tensor/convert.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>

// The per-segment loops are where quantization spends its time; on x86-64 GCC builds an AVX2
// clone next to the baseline one and picks at load time.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
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

namespace pare::core {

namespace {

constexpr std::int64_t kRun = 256; // values handled per inner run: codes fit on the stack

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

struct IntCodec
{
    int bits = 8;
    bool asymmetric = false;
    float lo = 0;     // smallest q
    float hi = 0;     // largest q
    float offset = 0; // added to q to make the stored code
};

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

struct SegParams
{
    float scale = 0;
    float inv = 0;
    float zero = 0;          // asymmetric zero-point (a code), 0 for symmetric
    std::uint16_t half = 0;  // the scale's F16 bits, as stored
};

struct MinMax
{
    float min = 0;
    float max = 0;
};

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

// Error sums of the AVX2 kernels, one per lane, kept in float over at most kFlushValues values
// (a few hundred terms per lane) and then added to the double accumulator.
struct LaneStats
{
    alignas(32) float rr[8] = {};
    alignas(32) float ee[8] = {};
    alignas(32) float rd[8] = {};
    alignas(32) float dd[8] = {};
    alignas(32) float mx[8] = {};
    std::int64_t pending = 0;
};
constexpr std::int64_t kFlushValues = 2048;

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

// `lanes`, when given, takes the error sums of the AVX2 path (flushed into `acc` by the caller).
void applySegment(const float *x, std::int64_t begin, std::int64_t end, const IntCodec &c, SegParams p,
                  std::uint8_t *out, ErrorAccumulator *acc, LaneStats *lanes = nullptr)
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

float fp8Max(ValueFormat f)
{
    return f == ValueFormat::Fp8E4M3 ? 448.0f : 57344.0f;
}

ValueFormat formatOf(const QuantSpec &s)
{
    switch (s.format) {
    case QuantFormat::Int: return ValueFormat::Int;
    case QuantFormat::F16: return ValueFormat::F16;
    case QuantFormat::BF16: return ValueFormat::BF16;
    case QuantFormat::Fp8E4M3: return ValueFormat::Fp8E4M3;
    case QuantFormat::Fp8E5M2: return ValueFormat::Fp8E5M2;
    }
    return ValueFormat::F32;
}


void decodeFloatRun(const ValueBlock &b, std::int64_t first, std::int64_t n, float scale, float *out)
{
    switch (b.format) {
    case ValueFormat::F32:
        if (n > 0)
            std::memcpy(out, b.codes.data() + first * 4, std::size_t(n) * 4);
        break;
    case ValueFormat::F16:
    case ValueFormat::BF16:
    {
        // codes is a byte vector: copy to aligned 16-bit words before converting
        std::vector<std::uint16_t> tmp(static_cast<std::size_t>(n));
        if (n > 0)
            std::memcpy(tmp.data(), b.codes.data() + first * 2, std::size_t(n) * 2);
        if (b.format == ValueFormat::F16)
            halfToFloat(tmp.data(), n, out);
        else
            bfloat16ToFloat(tmp.data(), n, out);
        break;
    }
    case ValueFormat::Fp8E4M3:
        for (std::int64_t i = 0; i < n; ++i)
            out[i] = fp8e4m3ToFloat(b.codes[std::size_t(first + i)]) * scale;
        break;
    case ValueFormat::Fp8E5M2:
        for (std::int64_t i = 0; i < n; ++i)
            out[i] = fp8e5m2ToFloat(b.codes[std::size_t(first + i)]) * scale;
        break;
    case ValueFormat::Int: break;
    }
}

} // namespace

std::int64_t packedBytes(std::int64_t count, int bits)
{
    return (count * bits + 7) / 8;
}

std::vector<float> clipRatios(int bits)
{
    // The optimum clip for Gaussian-like weights sits near 0.85–0.95 of the range at 4 bits and
    // lower at 2 bits; eight candidates keep the search within a few passes over the data.
    const float span = bits <= 2 ? 0.35f : 0.2f;
    std::vector<float> r;
    for (int i = 0; i < 8; ++i)
        r.push_back(1.0f - span * float(i) / 7.0f);
    return r;
}

void packBits(const std::uint8_t *codes, std::int64_t count, int bits, std::uint8_t *out, std::int64_t firstIndex)
{
    if (count <= 0)
        return;
    if (bits == 8) {
        std::memcpy(out + firstIndex, codes, std::size_t(count));
        return;
    }
    // Bytes wholly inside [bit, endBit) belong to this call; the partial bytes at either end may
    // be shared with a neighbouring segment packed by another thread, so those are OR-ed atomically.
    const std::int64_t bit = firstIndex * bits;
    const std::int64_t endBit = bit + count * bits;
    const auto emit = [&](std::int64_t byteIndex, std::uint8_t v) {
        if (byteIndex * 8 < bit || (byteIndex + 1) * 8 > endBit)
            std::atomic_ref<std::uint8_t>(out[byteIndex]).fetch_or(v, std::memory_order_relaxed);
        else
            out[byteIndex] = v;
    };
    if (bits == 4 && (firstIndex & 1) == 0) {
        std::uint8_t *dst = out + firstIndex / 2;
        const std::int64_t pairs = count / 2;
        for (std::int64_t i = 0; i < pairs; ++i)
            dst[i] = std::uint8_t(codes[2 * i] | (codes[2 * i + 1] << 4));
        if (count & 1)
            emit(firstIndex / 2 + pairs, codes[count - 1]);
        return;
    }
    std::int64_t byteIndex = bit / 8;
    int nacc = int(bit % 8);
    std::uint64_t acc = 0;
    for (std::int64_t i = 0; i < count; ++i) {
        acc |= std::uint64_t(codes[i]) << nacc;
        nacc += bits;
        while (nacc >= 8) {
            emit(byteIndex++, std::uint8_t(acc & 0xff));
            acc >>= 8;
            nacc -= 8;
        }
    }
    if (nacc > 0)
        emit(byteIndex, std::uint8_t(acc & 0xff));
}

std::uint32_t unpackBits(const std::uint8_t *in, std::int64_t index, int bits)
{
    const std::int64_t bit = index * bits;
    const std::int64_t byte = bit / 8;
    const int shift = int(bit % 8);
    std::uint32_t v = in[byte];
    if (shift + bits > 8)
        v |= std::uint32_t(in[byte + 1]) << 8;
    return (v >> shift) & ((1u << bits) - 1);
}

std::int64_t ValueBlock::exactBytes() const
{
    return std::int64_t(codes.size()) + std::int64_t(scales.size()) * 2
           + std::int64_t(floatScales.size()) * 4 + std::int64_t(zeros.size());
}

std::vector<std::int64_t> uniformRows(std::int64_t rows, std::int64_t cols)
{
    std::vector<std::int64_t> r(static_cast<std::size_t>(rows + 1));
    for (std::int64_t i = 0; i <= rows; ++i)
        r[std::size_t(i)] = i * cols;
    return r;
}

std::vector<std::int64_t> segmentBounds(QuantGranularity granularity, int groupSize, bool streamGroups,
                                        std::span<const std::int64_t> rowOffsets)
{
    const std::int64_t count = rowOffsets.empty() ? 0 : rowOffsets.back();
    std::vector<std::int64_t> b;
    switch (granularity) {
    case QuantGranularity::Tensor:
        b = {0, count};
        break;
    case QuantGranularity::Channel:
        b.assign(rowOffsets.begin(), rowOffsets.end());
        break;
    case QuantGranularity::Group:
        if (streamGroups) {
            for (std::int64_t s = 0; s < count; s += groupSize)
                b.push_back(s);
            b.push_back(count);
        } else {
            b.reserve(std::size_t(count / std::max(1, groupSize)) + rowOffsets.size() + 1);
            b.push_back(0);
            for (std::size_t r = 0; r + 1 < rowOffsets.size(); ++r) {
                for (std::int64_t s = rowOffsets[r] + groupSize; s < rowOffsets[r + 1]; s += groupSize)
                    b.push_back(s);
                if (rowOffsets[r + 1] > b.back())
                    b.push_back(rowOffsets[r + 1]);
            }
        }
        break;
    }
    if (b.empty())
        b.push_back(0);
    return b;
}

std::int64_t segmentCount(QuantGranularity granularity, int groupSize, bool streamGroups, std::int64_t rows,
                          std::int64_t count)
{
    switch (granularity) {
    case QuantGranularity::Tensor: return 1;
    case QuantGranularity::Channel: return rows;
    case QuantGranularity::Group:
        if (groupSize <= 0)
            return 0;
        if (streamGroups || rows <= 0)
            return (count + groupSize - 1) / groupSize;
        return rows * ((count / rows + groupSize - 1) / groupSize);
    }
    return 0;
}

std::int64_t valueBlockBytes(const QuantSpec *spec, std::int64_t rows, std::int64_t count, bool streamGroups)
{
    if (!spec)
        return count * 4;
    if (spec->format == QuantFormat::F16 || spec->format == QuantFormat::BF16)
        return count * 2;
    const std::int64_t segments = segmentCount(spec->granularity, spec->groupSize, streamGroups, rows, count);
    if (spec->format != QuantFormat::Int)
        return count + segments * 4;
    std::int64_t bytes = packedBytes(count, spec->bits) + segments * 2;
    if (spec->scheme == QuantScheme::Asymmetric)
        bytes += packedBytes(segments, spec->bits);
    return bytes;
}

Result<ValueBlock> encodeValues(const float *values, std::span<const std::int64_t> rowOffsets,
                                const QuantSpec *spec, bool streamGroups, ErrorAccumulator *errors,
                                JobContext &ctx)
{
    ValueBlock b;
    const std::int64_t count = rowOffsets.empty() ? 0 : rowOffsets.back();
    b.count = count;
    b.streamGroups = streamGroups;
    if (!spec || spec->format == QuantFormat::F16 || spec->format == QuantFormat::BF16) {
        b.format = spec ? formatOf(*spec) : ValueFormat::F32;
        b.bits = spec ? 16 : 32;
        b.granularity = QuantGranularity::Tensor;
        b.codes.resize(std::size_t(count * b.bits / 8));
        if (b.format == ValueFormat::F32) {
            if (count > 0)
                std::memcpy(b.codes.data(), values, std::size_t(count) * 4);
        } else {
            std::vector<std::uint16_t> tmp(static_cast<std::size_t>(count));
            if (b.format == ValueFormat::F16)
                floatToHalf(values, count, tmp.data());
            else
                floatToBfloat16(values, count, tmp.data());
            if (count > 0)
                std::memcpy(b.codes.data(), tmp.data(), std::size_t(count) * 2);
        }
        if (errors) {
            const std::vector<float> dec = decodeValues(b, rowOffsets);
            errors->add(values, dec.data(), count);
        }
        if (ctx.isCanceled())
            return Error::canceled();
        return b;
    }

    b.format = formatOf(*spec);
    b.granularity = spec->granularity;
    b.groupSize = spec->granularity == QuantGranularity::Group ? spec->groupSize : 0;
    const std::vector<std::int64_t> bounds = segmentBounds(spec->granularity, spec->groupSize, streamGroups, rowOffsets);
    const std::int64_t segments = std::int64_t(bounds.size()) - 1;
    std::mutex mutex;
    std::atomic<bool> overflow{false};

    if (b.format != ValueFormat::Int) {
        b.bits = 8;
        b.codes.assign(std::size_t(count), 0);
        b.floatScales.assign(std::size_t(segments), 0.0f);
        const float fmax = fp8Max(b.format);
        const bool ok = parallelFor(segments, 1, [&](qint64 s0, qint64 s1) {
            ErrorAccumulator local;
            std::vector<float> dec;
            for (qint64 s = s0; s < s1; ++s) {
                const std::int64_t begin = bounds[std::size_t(s)], end = bounds[std::size_t(s + 1)];
                float amax = 0;
                for (std::int64_t i = begin; i < end; ++i)
                    amax = std::max(amax, std::fabs(values[i]));
                const float scale = amax > 0 ? amax / fmax : 0.0f;
                const float inv = scale > 0 ? 1.0f / scale : 0.0f;
                b.floatScales[std::size_t(s)] = scale;
                for (std::int64_t i = begin; i < end; ++i)
                    b.codes[std::size_t(i)] = b.format == ValueFormat::Fp8E4M3 ? floatToFp8e4m3(values[i] * inv)
                                                                              : floatToFp8e5m2(values[i] * inv);
                if (errors) {
                    dec.resize(std::size_t(end - begin));
                    decodeFloatRun(b, begin, end - begin, scale, dec.data());
                    local.add(values + begin, dec.data(), end - begin);
                }
            }
            if (errors) {
                std::lock_guard lock(mutex);
                errors->merge(local);
            }
        }, ctx);
        if (!ok)
            return Error::canceled();
        return b;
    }

    const IntCodec codec = makeCodec(spec->bits, spec->scheme == QuantScheme::Asymmetric);
    const std::vector<float> ratios = spec->clip == ClipMethod::Mse ? clipRatios(spec->bits) : std::vector<float>{1.0f};
    b.bits = spec->bits;
    b.asymmetric = codec.asymmetric;
    b.codes.assign(std::size_t(packedBytes(count, b.bits)), 0);
    b.scales.assign(std::size_t(segments), 0);
    std::vector<std::uint8_t> zeroCodes;
    if (codec.asymmetric)
        zeroCodes.assign(std::size_t(segments), 0);

    if (segments == 1 && count > 4 * kRun) {
        // One scale for everything: fit it with parallel reductions, then quantize in chunks.
        MinMax mm{0, 0};
        parallelFor(count, 1 << 16, [&](qint64 a, qint64 e) {
            const MinMax local = minMax(values + a, e - a);
            std::lock_guard lock(mutex);
            mm.min = std::min(mm.min, local.min);
            mm.max = std::max(mm.max, local.max);
        });
        bool of = false;
        SegParams best = paramsFor(codec, mm, 1.0f, of);
        double bestErr = -1;
        for (std::size_t i = 0; ratios.size() > 1 && i < ratios.size() && best.scale != 0; ++i) {
            const SegParams p = paramsFor(codec, mm, ratios[i], of);
            double err = 0;
            parallelFor(count, 1 << 16, [&](qint64 a, qint64 e) {
                const double local = segmentError(values + a, e - a, codec, p);
                std::lock_guard lock(mutex);
                err += local;
            });
            if (bestErr < 0 || err < bestErr) {
                bestErr = err;
                best = p;
            }
        }
        overflow = of;
        b.scales[0] = best.half;
        if (codec.asymmetric)
            zeroCodes[0] = std::uint8_t(best.zero);
        const bool ok = parallelFor(count, 1 << 16, [&](qint64 a, qint64 e) {
            ErrorAccumulator local;
            applySegment(values, a, e, codec, best, b.codes.data(), errors ? &local : nullptr);
            if (errors) {
                std::lock_guard lock(mutex);
                errors->merge(local);
            }
        }, ctx);
        if (!ok)
            return Error::canceled();
    } else {
        const std::int64_t perSegment = std::max<std::int64_t>(1, count / std::max<std::int64_t>(1, segments));
        const std::int64_t minChunk = std::max<std::int64_t>(1, (1 << 16) / perSegment);
        const bool ok = parallelFor(segments, minChunk, [&](qint64 s0, qint64 s1) {
            ErrorAccumulator local;
            LaneStats lanes;
            bool of = false;
            for (qint64 s = s0; s < s1; ++s) {
                const std::int64_t begin = bounds[std::size_t(s)], end = bounds[std::size_t(s + 1)];
                const SegParams p = fitSegment(values + begin, end - begin, codec, ratios, of);
                b.scales[std::size_t(s)] = p.half;
                if (codec.asymmetric)
                    zeroCodes[std::size_t(s)] = std::uint8_t(p.zero);
                applySegment(values, begin, end, codec, p, b.codes.data(), errors ? &local : nullptr, &lanes);
            }
            flushLanes(lanes, local);
            if (of)
                overflow = true;
            if (errors) {
                std::lock_guard lock(mutex);
                errors->merge(local);
            }
        }, ctx);
        if (!ok)
            return Error::canceled();
    }
    if (overflow)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a quantization scale exceeds the F16 range (|w| too large for int%1)")
                             .arg(spec->bits));
    if (codec.asymmetric) {
        b.zeros.assign(std::size_t(packedBytes(segments, b.bits)), 0);
        packBits(zeroCodes.data(), segments, b.bits, b.zeros.data(), 0);
    }
    return b;
}

std::vector<float> decodeValues(const ValueBlock &b, std::span<const std::int64_t> rowOffsets)
{
    std::vector<float> out(static_cast<std::size_t>(b.count));
    if (b.format == ValueFormat::F32 || b.format == ValueFormat::F16 || b.format == ValueFormat::BF16) {
        decodeFloatRun(b, 0, b.count, 1.0f, out.data());
        return out;
    }
    const std::vector<std::int64_t> bounds = segmentBounds(b.granularity, b.groupSize, b.streamGroups, rowOffsets);
    const std::int64_t segments = std::int64_t(bounds.size()) - 1;
    if (b.format != ValueFormat::Int) {
        for (std::int64_t s = 0; s < segments; ++s)
            decodeFloatRun(b, bounds[std::size_t(s)], bounds[std::size_t(s + 1)] - bounds[std::size_t(s)],
                           b.floatScales[std::size_t(s)], out.data() + bounds[std::size_t(s)]);
        return out;
    }
    const float offset = b.asymmetric ? 0.0f : float(1 << (b.bits - 1));
    for (std::int64_t s = 0; s < segments; ++s) {
        const float scale = halfToFloat(b.scales[std::size_t(s)]);
        const float zero = b.asymmetric ? float(unpackBits(b.zeros.data(), s, b.bits)) : 0.0f;
        const float shift = offset + zero;
        const std::int64_t begin = bounds[std::size_t(s)], end = bounds[std::size_t(s + 1)];
        if (b.bits == 8) {
            for (std::int64_t i = begin; i < end; ++i)
                out[std::size_t(i)] = (float(b.codes[std::size_t(i)]) - shift) * scale;
        } else {
            for (std::int64_t i = begin; i < end; ++i)
                out[std::size_t(i)] = (float(unpackBits(b.codes.data(), i, b.bits)) - shift) * scale;
        }
    }
    return out;
}

} // namespace pare::core
