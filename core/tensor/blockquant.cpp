// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockquant.h"

#include "tensor/convert.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace pare::core {

namespace {

inline float readHalf(const std::byte *p)
{
    std::uint16_t h;
    std::memcpy(&h, p, 2);
    return halfToFloat(h);
}

inline const std::uint8_t *u8(const std::byte *p)
{
    return reinterpret_cast<const std::uint8_t *>(p);
}

// block_q8_0 { half d; int8 qs[32]; }
void q8_0(const std::byte *b, float *y)
{
    const float d = readHalf(b);
    const auto *qs = reinterpret_cast<const std::int8_t *>(b + 2);
    for (int i = 0; i < 32; ++i)
        y[i] = d * float(qs[i]);
}

// block_q4_0 { half d; uint8 qs[16]; }: low nibbles are elements 0..15, high nibbles 16..31
void q4_0(const std::byte *b, float *y)
{
    const float d = readHalf(b);
    const auto *qs = u8(b + 2);
    for (int j = 0; j < 16; ++j) {
        y[j] = float(int(qs[j] & 0x0F) - 8) * d;
        y[j + 16] = float(int(qs[j] >> 4) - 8) * d;
    }
}

// block_q4_1 { half d; half m; uint8 qs[16]; }
void q4_1(const std::byte *b, float *y)
{
    const float d = readHalf(b), m = readHalf(b + 2);
    const auto *qs = u8(b + 4);
    for (int j = 0; j < 16; ++j) {
        y[j] = float(qs[j] & 0x0F) * d + m;
        y[j + 16] = float(qs[j] >> 4) * d + m;
    }
}

// The fifth bit of element j of a q5 block is bit j of qh, moved to bit 4. Expanding them first
// keeps the value loops free of per-element variable shifts, so they vectorize.
inline void highBits(const std::byte *p, std::uint8_t hb[32])
{
    std::uint32_t qh;
    std::memcpy(&qh, p, 4);
    for (int j = 0; j < 32; ++j)
        hb[j] = std::uint8_t(((qh >> j) & 1u) << 4);
}

// block_q5_0 { half d; uint8 qh[4]; uint8 qs[16]; }
void q5_0(const std::byte *b, float *y)
{
    const float d = readHalf(b);
    std::uint8_t hb[32];
    highBits(b + 2, hb);
    const auto *qs = u8(b + 6);
    for (int j = 0; j < 16; ++j) {
        y[j] = float(((qs[j] & 0x0F) | hb[j]) - 16) * d;
        y[j + 16] = float(((qs[j] >> 4) | hb[j + 16]) - 16) * d;
    }
}

// block_q5_1 { half d; half m; uint8 qh[4]; uint8 qs[16]; }
void q5_1(const std::byte *b, float *y)
{
    const float d = readHalf(b), m = readHalf(b + 2);
    std::uint8_t hb[32];
    highBits(b + 4, hb);
    const auto *qs = u8(b + 8);
    for (int j = 0; j < 16; ++j) {
        y[j] = float((qs[j] & 0x0F) | hb[j]) * d + m;
        y[j + 16] = float((qs[j] >> 4) | hb[j + 16]) * d + m;
    }
}

// The K-quants: super-blocks of 256 values in 16 or 8 sub-blocks, each with its own scale
// (and min) stored in 4..8 bits, themselves scaled by a half d (and dmin). The arithmetic below
// follows ggml's dequantize_row_q*_K operation for operation, so results are bit-identical.

// block_q2_K { uint8 scales[16]; uint8 qs[64]; half d; half dmin; }: 16 sub-blocks of 16
// values; scales[i] low nibble is the scale, high nibble the min; qs holds 2-bit quants, four
// per byte, the shift selecting which group of 32 a byte serves.
void q2_K(const std::byte *b, float *y)
{
    const auto *scales = u8(b);
    const auto *q = u8(b + 16);
    const float d = readHalf(b + 80), dmin = readHalf(b + 82);
    int is = 0;
    for (int n = 0; n < 256; n += 128) {
        int shift = 0;
        for (int j = 0; j < 4; ++j) {
            for (int half = 0; half < 2; ++half) {
                const std::uint8_t sc = scales[is++];
                const float dl = d * float(sc & 0xF), ml = dmin * float(sc >> 4);
                const std::uint8_t *qq = q + 16 * half;
                for (int l = 0; l < 16; ++l)
                    *y++ = dl * float((qq[l] >> shift) & 3) - ml;
            }
            shift += 2;
        }
        q += 32;
    }
}

// block_q3_K { uint8 hmask[32]; uint8 qs[64]; uint8 scales[12]; half d; }: 16 signed 6-bit
// scales (low 4 bits in scales[0..7] nibbles, high 2 bits in scales[8..11]); 2 low bits of
// each quant in qs, the third in hmask (set means +0, clear means −4).
void q3_K(const std::byte *b, float *y)
{
    const auto *hm = u8(b);
    const auto *q = u8(b + 32);
    const auto *packed = u8(b + 96);
    const float dAll = readHalf(b + 108);
    int scales[16];
    for (int j = 0; j < 16; ++j) {
        const int low = j < 8 ? (packed[j] & 0xF) : (packed[j - 8] >> 4);
        const int high = (packed[8 + (j & 3)] >> (2 * (j >> 2))) & 3;
        scales[j] = (low | (high << 4)) - 32;
    }
    int is = 0;
    std::uint8_t m = 1;
    for (int n = 0; n < 256; n += 128) {
        int shift = 0;
        for (int j = 0; j < 4; ++j) {
            for (int half = 0; half < 2; ++half) {
                const float dl = dAll * float(scales[is++]);
                const int o = 16 * half;
                for (int l = 0; l < 16; ++l) {
                    const int v = int((q[o + l] >> shift) & 3) - ((hm[o + l] & m) ? 0 : 4);
                    *y++ = dl * float(v);
                }
            }
            shift += 2;
            m = std::uint8_t(m << 1);
        }
        q += 32;
    }
}

// The 6-bit scale and min j (0..7) of a q4_K / q5_K super-block (ggml's get_scale_min_k4).
inline void scaleMinK4(int j, const std::uint8_t *q, std::uint8_t &d, std::uint8_t &m)
{
    if (j < 4) {
        d = q[j] & 63;
        m = q[j + 4] & 63;
    } else {
        d = std::uint8_t((q[j + 4] & 0xF) | ((q[j - 4] >> 6) << 4));
        m = std::uint8_t((q[j + 4] >> 4) | ((q[j] >> 6) << 4));
    }
}

// block_q4_K { half d; half dmin; uint8 scales[12]; uint8 qs[128]; }: 8 sub-blocks of 32.
void q4_K(const std::byte *b, float *y)
{
    const float d = readHalf(b), dmin = readHalf(b + 2);
    const auto *scales = u8(b + 4);
    const auto *q = u8(b + 16);
    for (int is = 0; is < 8; is += 2) {
        std::uint8_t sc, m;
        scaleMinK4(is, scales, sc, m);
        const float d1 = d * float(sc), m1 = dmin * float(m);
        scaleMinK4(is + 1, scales, sc, m);
        const float d2 = d * float(sc), m2 = dmin * float(m);
        for (int l = 0; l < 32; ++l)
            *y++ = d1 * float(q[l] & 0xF) - m1;
        for (int l = 0; l < 32; ++l)
            *y++ = d2 * float(q[l] >> 4) - m2;
        q += 32;
    }
}

// block_q5_K { half d; half dmin; uint8 scales[12]; uint8 qh[32]; uint8 qs[128]; }: q4_K plus
// a fifth bit per value in qh, two bit planes per 64 values.
void q5_K(const std::byte *b, float *y)
{
    const float d = readHalf(b), dmin = readHalf(b + 2);
    const auto *scales = u8(b + 4);
    const auto *qh = u8(b + 16);
    const auto *ql = u8(b + 48);
    std::uint8_t u1 = 1, u2 = 2;
    for (int is = 0; is < 8; is += 2) {
        std::uint8_t sc, m;
        scaleMinK4(is, scales, sc, m);
        const float d1 = d * float(sc), m1 = dmin * float(m);
        scaleMinK4(is + 1, scales, sc, m);
        const float d2 = d * float(sc), m2 = dmin * float(m);
        for (int l = 0; l < 32; ++l)
            *y++ = d1 * float((ql[l] & 0xF) + ((qh[l] & u1) ? 16 : 0)) - m1;
        for (int l = 0; l < 32; ++l)
            *y++ = d2 * float((ql[l] >> 4) + ((qh[l] & u2) ? 16 : 0)) - m2;
        ql += 32;
        u1 = std::uint8_t(u1 << 2);
        u2 = std::uint8_t(u2 << 2);
    }
}

// block_q6_K { uint8 ql[128]; uint8 qh[64]; int8 scales[16]; half d; }: 6-bit quants (low
// nibble in ql, two high bits in qh) minus 32, with signed 8-bit scales per 16 values. Each
// half of 128 values is four groups of 32: group g takes nibble g/2 of ql[32·(g%2) + l] and bit
// pair g of qh[l]. ggml computes d·scale·q left to right, so (d·scale) is hoisted per 16 values
// with identical results, and the inner loops vectorize.
void q6_K(const std::byte *b, float *y)
{
    const float d = readHalf(b + 208);
    for (int n = 0; n < 2; ++n) {
        const auto *ql = u8(b + 64 * n);
        const auto *qh = u8(b + 128 + 32 * n);
        const auto *sc = reinterpret_cast<const std::int8_t *>(b + 192 + 8 * n);
        float *yn = y + 128 * n;
        for (int g = 0; g < 4; ++g) {
            const std::uint8_t *lo = ql + 32 * (g & 1);
            const int shift = 4 * (g >> 1);
            const int hshift = 2 * g;
            for (int h = 0; h < 2; ++h) {
                const float ds = d * float(sc[h + 2 * g]);
                for (int l = 16 * h; l < 16 * h + 16; ++l) {
                    const int q = int(((lo[l] >> shift) & 0xF) | (((qh[l] >> hshift) & 3) << 4)) - 32;
                    yn[32 * g + l] = ds * float(q);
                }
            }
        }
    }
}

// ---- Quantizers: ggml's quantize_row_*_ref, operation for operation ----

inline void writeHalf(std::byte *p, float v)
{
    const std::uint16_t h = floatToHalf(v);
    std::memcpy(p, &h, 2);
}

// ggml casts the rounded code to int8_t; for finite inputs it is always within range. Clamping
// keeps NaN and infinities (undefined behaviour in a float→int cast) harmless.
inline int truncToInt8(float v)
{
    if (!(v > -129.0f))
        return v != v ? 0 : -128;
    if (v >= 128.0f)
        return 127;
    return int(v);
}

// The signed extreme (the value of largest magnitude, first one wins) and the plain extremes.
inline float signedAbsMax(const float *x, int n)
{
    float amax = 0.0f, max = 0.0f;
    for (int j = 0; j < n; ++j) {
        if (amax < std::fabs(x[j])) {
            amax = std::fabs(x[j]);
            max = x[j];
        }
    }
    return max;
}

inline void minMax(const float *x, int n, float &min, float &max)
{
    min = std::numeric_limits<float>::max();
    max = -std::numeric_limits<float>::max();
    for (int j = 0; j < n; ++j) {
        if (x[j] < min)
            min = x[j];
        if (x[j] > max)
            max = x[j];
    }
}

void quantQ8_0(const float *x, std::byte *b)
{
    float amax = 0.0f;
    for (int j = 0; j < 32; ++j)
        amax = std::max(amax, std::fabs(x[j]));
    const float d = amax / float((1 << 7) - 1);
    const float id = d != 0.0f ? 1.0f / d : 0.0f;
    writeHalf(b, d);
    for (int j = 0; j < 32; ++j)
        b[2 + j] = std::byte(std::uint8_t(std::int8_t(truncToInt8(std::round(x[j] * id)))));
}

void quantQ4_0(const float *x, std::byte *b)
{
    const float d = signedAbsMax(x, 32) / -8.0f;
    const float id = d != 0.0f ? 1.0f / d : 0.0f;
    writeHalf(b, d);
    for (int j = 0; j < 16; ++j) {
        const int q0 = std::min(15, truncToInt8(x[j] * id + 8.5f));
        const int q1 = std::min(15, truncToInt8(x[j + 16] * id + 8.5f));
        b[2 + j] = std::byte(std::uint8_t((q0 & 0xF) | ((q1 & 0xF) << 4)));
    }
}

void quantQ4_1(const float *x, std::byte *b)
{
    float min, max;
    minMax(x, 32, min, max);
    const float d = (max - min) / float((1 << 4) - 1);
    const float id = d != 0.0f ? 1.0f / d : 0.0f;
    writeHalf(b, d);
    writeHalf(b + 2, min);
    for (int j = 0; j < 16; ++j) {
        const int q0 = std::min(15, truncToInt8((x[j] - min) * id + 0.5f));
        const int q1 = std::min(15, truncToInt8((x[j + 16] - min) * id + 0.5f));
        b[4 + j] = std::byte(std::uint8_t((q0 & 0xF) | ((q1 & 0xF) << 4)));
    }
}

void quantQ5_0(const float *x, std::byte *b)
{
    const float d = signedAbsMax(x, 32) / -16.0f;
    const float id = d != 0.0f ? 1.0f / d : 0.0f;
    writeHalf(b, d);
    std::uint32_t qh = 0;
    for (int j = 0; j < 16; ++j) {
        const int q0 = std::min(31, truncToInt8(x[j] * id + 16.5f));
        const int q1 = std::min(31, truncToInt8(x[j + 16] * id + 16.5f));
        b[6 + j] = std::byte(std::uint8_t((q0 & 0xF) | ((q1 & 0xF) << 4)));
        qh |= std::uint32_t((q0 & 0x10) >> 4) << j;
        qh |= std::uint32_t((q1 & 0x10) >> 4) << (j + 16);
    }
    std::memcpy(b + 2, &qh, 4);
}

void quantQ5_1(const float *x, std::byte *b)
{
    float min, max;
    minMax(x, 32, min, max);
    const float d = (max - min) / float((1 << 5) - 1);
    const float id = d != 0.0f ? 1.0f / d : 0.0f;
    writeHalf(b, d);
    writeHalf(b + 2, min);
    std::uint32_t qh = 0;
    for (int j = 0; j < 16; ++j) {
        // ggml casts to uint8_t directly; codes are 0..31 for finite input.
        const int q0 = std::clamp(truncToInt8((x[j] - min) * id + 0.5f), 0, 31);
        const int q1 = std::clamp(truncToInt8((x[j + 16] - min) * id + 0.5f), 0, 31);
        b[8 + j] = std::byte(std::uint8_t((q0 & 0xF) | ((q1 & 0xF) << 4)));
        qh |= std::uint32_t((q0 & 0x10) >> 4) << j;
        qh |= std::uint32_t((q1 & 0x10) >> 4) << (j + 16);
    }
    std::memcpy(b + 4, &qh, 4);
}

} // namespace

void dequantizeBlocks(DType t, const std::byte *src, std::int64_t blocks, float *out)
{
    const DTypeInfo &info = dtypeInfo(t);
    for (std::int64_t i = 0; i < blocks; ++i) {
        const std::byte *b = src + i * info.blockBytes;
        float *y = out + i * info.blockElements;
        switch (t) {
        case DType::Q8_0: q8_0(b, y); break;
        case DType::Q4_0: q4_0(b, y); break;
        case DType::Q4_1: q4_1(b, y); break;
        case DType::Q5_0: q5_0(b, y); break;
        case DType::Q5_1: q5_1(b, y); break;
        case DType::Q2_K: q2_K(b, y); break;
        case DType::Q3_K: q3_K(b, y); break;
        case DType::Q4_K: q4_K(b, y); break;
        case DType::Q5_K: q5_K(b, y); break;
        case DType::Q6_K: q6_K(b, y); break;
        default:
            Q_ASSERT_X(false, "dequantizeBlocks", "not a block-quantized dtype");
            std::fill(y, y + info.blockElements, std::numeric_limits<float>::quiet_NaN());
            break;
        }
    }
}

bool canQuantizeBlocks(DType t)
{
    switch (t) {
    case DType::Q8_0:
    case DType::Q4_0:
    case DType::Q4_1:
    case DType::Q5_0:
    case DType::Q5_1: return true;
    default: return false;
    }
}

void quantizeBlocks(DType t, const float *src, std::int64_t blocks, std::byte *out)
{
    Q_ASSERT(canQuantizeBlocks(t));
    const DTypeInfo &info = dtypeInfo(t);
    for (std::int64_t i = 0; i < blocks; ++i) {
        const float *x = src + i * info.blockElements;
        std::byte *b = out + i * info.blockBytes;
        switch (t) {
        case DType::Q8_0: quantQ8_0(x, b); break;
        case DType::Q4_0: quantQ4_0(x, b); break;
        case DType::Q4_1: quantQ4_1(x, b); break;
        case DType::Q5_0: quantQ5_0(x, b); break;
        case DType::Q5_1: quantQ5_1(x, b); break;
        default: std::memset(b, 0, std::size_t(info.blockBytes)); break;
        }
    }
}

} // namespace pare::core
