// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockquant.h"

#include "tensor/convert.h"

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

// block_q5_0 { half d; uint8 qh[4]; uint8 qs[16]; }
void q5_0(const std::byte *b, float *y)
{
    const float d = readHalf(b);
    std::uint32_t qh;
    std::memcpy(&qh, b + 2, 4);
    const auto *qs = u8(b + 6);
    for (int j = 0; j < 16; ++j) {
        const int xh0 = int(((qh >> j) << 4) & 0x10);
        const int xh1 = int((qh >> (j + 12)) & 0x10);
        y[j] = float(((qs[j] & 0x0F) | xh0) - 16) * d;
        y[j + 16] = float(((qs[j] >> 4) | xh1) - 16) * d;
    }
}

// block_q5_1 { half d; half m; uint8 qh[4]; uint8 qs[16]; }
void q5_1(const std::byte *b, float *y)
{
    const float d = readHalf(b), m = readHalf(b + 2);
    std::uint32_t qh;
    std::memcpy(&qh, b + 4, 4);
    const auto *qs = u8(b + 8);
    for (int j = 0; j < 16; ++j) {
        const int xh0 = int(((qh >> j) << 4) & 0x10);
        const int xh1 = int((qh >> (j + 12)) & 0x10);
        y[j] = float((qs[j] & 0x0F) | xh0) * d + m;
        y[j + 16] = float((qs[j] >> 4) | xh1) * d + m;
    }
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
        default:
            // K-quants: filled in with the GGUF reader.
            std::fill(y, y + info.blockElements, std::numeric_limits<float>::quiet_NaN());
            break;
        }
    }
}

} // namespace pare::core
