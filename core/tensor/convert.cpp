// SPDX-License-Identifier: GPL-3.0-or-later
#include "convert.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace pare::core {

float halfToFloat(std::uint16_t h)
{
    const std::uint32_t sign = std::uint32_t(h & 0x8000u) << 16;
    const std::uint32_t exp = (h >> 10) & 0x1Fu;
    std::uint32_t mant = h & 0x3FFu;
    std::uint32_t bits = 0;
    if (exp == 0) {
        if (mant == 0) {
            bits = sign;
        } else { // subnormal: normalize
            int e = -1;
            do {
                ++e;
                mant <<= 1;
            } while ((mant & 0x400u) == 0);
            bits = sign | (std::uint32_t(127 - 15 - e) << 23) | ((mant & 0x3FFu) << 13);
        }
    } else if (exp == 0x1F) {
        bits = sign | 0x7F800000u | (mant << 13);
    } else {
        bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
    }
    return std::bit_cast<float>(bits);
}

std::uint16_t floatToHalf(float f)
{
    const std::uint32_t x = std::bit_cast<std::uint32_t>(f);
    const std::uint32_t sign = (x >> 16) & 0x8000u;
    const std::uint32_t absx = x & 0x7FFFFFFFu;
    if (absx > 0x7F800000u) // NaN: keep it quiet
        return std::uint16_t(sign | 0x7E00u);
    if (absx >= 0x477FF000u) // rounds to or beyond 65520: infinity
        return std::uint16_t(sign | 0x7C00u);
    if (absx < 0x38800000u) { // below the smallest normal half: subnormal or zero
        if (absx < 0x33000000u)
            return std::uint16_t(sign);
        const std::uint32_t e = absx >> 23;
        const std::uint32_t m = (absx & 0x7FFFFFu) | 0x800000u;
        const std::uint32_t s = 126 - e; // value / 2^-24, the half subnormal unit
        std::uint32_t h = m >> s;
        const std::uint32_t rem = m & ((1u << s) - 1);
        const std::uint32_t halfway = 1u << (s - 1);
        if (rem > halfway || (rem == halfway && (h & 1u)))
            ++h;
        return std::uint16_t(sign | h);
    }
    std::uint32_t h = ((absx - 0x38000000u) >> 13);
    const std::uint32_t rem = absx & 0x1FFFu;
    if (rem > 0x1000u || (rem == 0x1000u && (h & 1u)))
        ++h;
    return std::uint16_t(sign | h);
}

namespace {

std::array<float, 256> makeFp8Table(bool e4m3)
{
    std::array<float, 256> t{};
    for (int v = 0; v < 256; ++v) {
        const bool neg = v & 0x80;
        float r = 0;
        if (e4m3) {
            const int e = (v >> 3) & 0xF, m = v & 7;
            if (e == 0xF && m == 7)
                r = std::numeric_limits<float>::quiet_NaN();
            else if (e == 0)
                r = std::ldexp(float(m) / 8.0f, -6);
            else
                r = std::ldexp(1.0f + float(m) / 8.0f, e - 7);
        } else {
            const int e = (v >> 2) & 0x1F, m = v & 3;
            if (e == 0x1F)
                r = m == 0 ? std::numeric_limits<float>::infinity()
                           : std::numeric_limits<float>::quiet_NaN();
            else if (e == 0)
                r = std::ldexp(float(m) / 4.0f, -14);
            else
                r = std::ldexp(1.0f + float(m) / 4.0f, e - 15);
        }
        t[std::size_t(v)] = neg ? -r : r;
    }
    return t;
}

const std::array<float, 256> &fp8Table(bool e4m3)
{
    static const std::array<float, 256> a = makeFp8Table(true);
    static const std::array<float, 256> b = makeFp8Table(false);
    return e4m3 ? a : b;
}

// Nearest representable value by search over the positive half of the table (ties to even code).
std::uint8_t floatToFp8(float f, bool e4m3)
{
    if (std::isnan(f))
        return e4m3 ? 0x7F : 0x7F;
    const auto &t = fp8Table(e4m3);
    const int maxCode = e4m3 ? 0x7E : 0x7B; // largest finite
    const float a = std::fabs(f);
    int best = 0;
    float bestErr = std::numeric_limits<float>::infinity();
    for (int c = 0; c <= maxCode; ++c) {
        const float err = std::fabs(t[std::size_t(c)] - a);
        if (err < bestErr || (err == bestErr && (c & 1) == 0 && (best & 1) == 1)) {
            bestErr = err;
            best = c;
        }
    }
    return std::uint8_t(best | (std::signbit(f) ? 0x80 : 0));
}

void halfToFloatScalar(const std::uint16_t *src, std::int64_t count, float *out)
{
    for (std::int64_t i = 0; i < count; ++i)
        out[i] = halfToFloat(src[i]);
}

void bf16ToFloatScalar(const std::uint16_t *src, std::int64_t count, float *out)
{
    for (std::int64_t i = 0; i < count; ++i)
        out[i] = std::bit_cast<float>(std::uint32_t(src[i]) << 16);
}

#if defined(__x86_64__)
// Destinations larger than this bypass the cache (non-temporal stores): a conversion that
// large would only evict the source still to be read and whatever the caller works on.
constexpr std::int64_t kStreamingStoreBytes = std::int64_t(8) << 20;
// How far ahead of the loads to prefetch the source, in bytes (a few DRAM latencies' worth).
constexpr std::int64_t kPrefetchBytes = 1024;

enum class Half16 { F16, BF16 };

// 8 source elements (one 128-bit load) to 8 floats.
template<Half16 kKind>
__attribute__((target("avx2,f16c"), always_inline)) inline __m256 convert8(__m128i h)
{
    if constexpr (kKind == Half16::F16)
        return _mm256_cvtph_ps(h);
    else
        return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
}

template<bool kStream>
__attribute__((target("avx2,f16c"), always_inline)) inline void store8(float *at, __m256 v)
{
    if constexpr (kStream)
        _mm256_stream_ps(at, v);
    else
        _mm256_storeu_ps(at, v);
}

// The AVX2 kernel: 64 elements (128 source bytes, 256 destination bytes) per iteration, with
// the source prefetched ahead. kStream selects non-temporal stores; `out` must then be 32-byte
// aligned. Returns how many elements it converted (a multiple of 8).
template<Half16 kKind, bool kStream>
__attribute__((target("avx2,f16c"))) std::int64_t convertBlocks(const std::uint16_t *src,
                                                                std::int64_t count, float *out)
{
    std::int64_t i = 0;
    for (; i + 64 <= count; i += 64) {
        if constexpr (kStream) {
            const char *ahead = reinterpret_cast<const char *>(src + i) + kPrefetchBytes;
            _mm_prefetch(ahead, _MM_HINT_T0);
            _mm_prefetch(ahead + 64, _MM_HINT_T0);
        }
        const auto *p = reinterpret_cast<const __m128i *>(src + i);
        const __m256 v0 = convert8<kKind>(_mm_loadu_si128(p + 0));
        const __m256 v1 = convert8<kKind>(_mm_loadu_si128(p + 1));
        const __m256 v2 = convert8<kKind>(_mm_loadu_si128(p + 2));
        const __m256 v3 = convert8<kKind>(_mm_loadu_si128(p + 3));
        const __m256 v4 = convert8<kKind>(_mm_loadu_si128(p + 4));
        const __m256 v5 = convert8<kKind>(_mm_loadu_si128(p + 5));
        const __m256 v6 = convert8<kKind>(_mm_loadu_si128(p + 6));
        const __m256 v7 = convert8<kKind>(_mm_loadu_si128(p + 7));
        store8<kStream>(out + i + 0, v0);
        store8<kStream>(out + i + 8, v1);
        store8<kStream>(out + i + 16, v2);
        store8<kStream>(out + i + 24, v3);
        store8<kStream>(out + i + 32, v4);
        store8<kStream>(out + i + 40, v5);
        store8<kStream>(out + i + 48, v6);
        store8<kStream>(out + i + 56, v7);
    }
    for (; i + 8 <= count; i += 8)
        store8<kStream>(out + i, convert8<kKind>(_mm_loadu_si128(
                                         reinterpret_cast<const __m128i *>(src + i))));
    if constexpr (kStream)
        _mm_sfence(); // order the streaming stores before whatever the caller does next
    return i;
}

// The bulk through the vector kernel, the ends through `scalar`. For destinations over
// kStreamingStoreBytes: a scalar head up to 32-byte alignment, then streaming stores.
template<Half16 kKind>
__attribute__((target("avx2,f16c"))) void convertAvx2(const std::uint16_t *src, std::int64_t count,
                                                      float *out,
                                                      void (*scalar)(const std::uint16_t *,
                                                                     std::int64_t, float *))
{
    const auto misalign = reinterpret_cast<std::uintptr_t>(out) % 32;
    if (count * 4 >= kStreamingStoreBytes && misalign % 4 == 0) {
        const std::int64_t head = misalign == 0 ? 0 : std::int64_t(32 - misalign) / 4;
        scalar(src, head, out);
        const std::int64_t done = convertBlocks<kKind, true>(src + head, count - head, out + head);
        scalar(src + head + done, count - head - done, out + head + done);
        return;
    }
    const std::int64_t done = convertBlocks<kKind, false>(src, count, out);
    scalar(src + done, count - done, out + done);
}

void halfToFloatF16C(const std::uint16_t *src, std::int64_t count, float *out)
{
    convertAvx2<Half16::F16>(src, count, out, halfToFloatScalar);
}

void bf16ToFloatAvx2(const std::uint16_t *src, std::int64_t count, float *out)
{
    convertAvx2<Half16::BF16>(src, count, out, bf16ToFloatScalar);
}

bool cpuHasF16C()
{
    // F16C from CPUID leaf 1 (ECX bit 29): clang before 16 rejects "f16c" in __builtin_cpu_supports.
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        return __builtin_cpu_supports("avx2") && __get_cpuid(1, &a, &b, &c, &d) && (c & bit_F16C);
    }();
    return has;
}
#endif

template<typename T>
void intToFloat(const std::byte *src, std::int64_t count, float *out)
{
    for (std::int64_t i = 0; i < count; ++i) {
        T v;
        std::memcpy(&v, src + i * std::int64_t(sizeof(T)), sizeof(T));
        out[i] = float(v);
    }
}

} // namespace

float fp8e4m3ToFloat(std::uint8_t v) { return fp8Table(true)[v]; }
float fp8e5m2ToFloat(std::uint8_t v) { return fp8Table(false)[v]; }
std::uint8_t floatToFp8e4m3(float f) { return floatToFp8(f, true); }
std::uint8_t floatToFp8e5m2(float f) { return floatToFp8(f, false); }

void halfToFloat(const std::uint16_t *src, std::int64_t count, float *out)
{
#if defined(__x86_64__)
    if (cpuHasF16C())
        return halfToFloatF16C(src, count, out);
#endif
    halfToFloatScalar(src, count, out);
}

void bfloat16ToFloat(const std::uint16_t *src, std::int64_t count, float *out)
{
#if defined(__x86_64__)
    if (cpuHasF16C())
        return bf16ToFloatAvx2(src, count, out);
#endif
    bf16ToFloatScalar(src, count, out);
}

void floatToHalf(const float *src, std::int64_t count, std::uint16_t *out)
{
    for (std::int64_t i = 0; i < count; ++i)
        out[i] = floatToHalf(src[i]);
}

void floatToBfloat16(const float *src, std::int64_t count, std::uint16_t *out)
{
    for (std::int64_t i = 0; i < count; ++i) {
        const std::uint32_t x = std::bit_cast<std::uint32_t>(src[i]);
        if ((x & 0x7FFFFFFFu) > 0x7F800000u) {
            out[i] = std::uint16_t((x >> 16) | 0x40u);
            continue;
        }
        const std::uint32_t rounding = 0x7FFFu + ((x >> 16) & 1u);
        out[i] = std::uint16_t((x + rounding) >> 16);
    }
}

const char *halfConversionPath()
{
#if defined(__x86_64__)
    if (cpuHasF16C())
        return "AVX2+F16C";
#endif
    return "portable";
}

void convertToFloat(DType dtype, const std::byte *src, std::int64_t count, float *out)
{
    switch (dtype) {
    case DType::F32:
        std::memcpy(out, src, std::size_t(count) * sizeof(float));
        return;
    case DType::F64: {
        for (std::int64_t i = 0; i < count; ++i) {
            double v;
            std::memcpy(&v, src + i * 8, 8);
            out[i] = float(v);
        }
        return;
    }
    case DType::F16:
        if (reinterpret_cast<std::uintptr_t>(src) % 2 == 0)
            return halfToFloat(reinterpret_cast<const std::uint16_t *>(src), count, out);
        for (std::int64_t i = 0; i < count; ++i) {
            std::uint16_t h;
            std::memcpy(&h, src + 2 * i, 2);
            out[i] = halfToFloat(h);
        }
        return;
    case DType::BF16:
        if (reinterpret_cast<std::uintptr_t>(src) % 2 == 0)
            return bfloat16ToFloat(reinterpret_cast<const std::uint16_t *>(src), count, out);
        for (std::int64_t i = 0; i < count; ++i) {
            std::uint16_t h;
            std::memcpy(&h, src + 2 * i, 2);
            out[i] = std::bit_cast<float>(std::uint32_t(h) << 16);
        }
        return;
    case DType::F8_E4M3:
    case DType::F8_E5M2: {
        const auto &t = fp8Table(dtype == DType::F8_E4M3);
        const auto *p = reinterpret_cast<const std::uint8_t *>(src);
        for (std::int64_t i = 0; i < count; ++i)
            out[i] = t[p[i]];
        return;
    }
    case DType::I64: return intToFloat<std::int64_t>(src, count, out);
    case DType::I32: return intToFloat<std::int32_t>(src, count, out);
    case DType::I16: return intToFloat<std::int16_t>(src, count, out);
    case DType::I8: return intToFloat<std::int8_t>(src, count, out);
    case DType::U8: return intToFloat<std::uint8_t>(src, count, out);
    case DType::BOOL: {
        const auto *p = reinterpret_cast<const std::uint8_t *>(src);
        for (std::int64_t i = 0; i < count; ++i)
            out[i] = p[i] ? 1.0f : 0.0f;
        return;
    }
    default:
        Q_ASSERT_X(false, "convertToFloat", "block-quantized types go through dequantizeBlocks");
        std::fill(out, out + count, std::numeric_limits<float>::quiet_NaN());
    }
}

} // namespace pare::core
