// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/dtype.h"

#include <cstddef>
#include <cstdint>

namespace pare::core {

// Converts `count` little-endian elements of a plain (non-block) dtype to float32.
// F16 and BF16 use the CPU's vector units when present (F16C/AVX2 on x86-64).
void convertToFloat(DType dtype, const std::byte *src, std::int64_t count, float *out);

void halfToFloat(const std::uint16_t *src, std::int64_t count, float *out);
void bfloat16ToFloat(const std::uint16_t *src, std::int64_t count, float *out);
void floatToHalf(const float *src, std::int64_t count, std::uint16_t *out);     // round to nearest even
void floatToBfloat16(const float *src, std::int64_t count, std::uint16_t *out); // round to nearest even

float halfToFloat(std::uint16_t h);
std::uint16_t floatToHalf(float f);
float fp8e4m3ToFloat(std::uint8_t v);
float fp8e5m2ToFloat(std::uint8_t v);
std::uint8_t floatToFp8e4m3(float f); // saturating, round to nearest even
std::uint8_t floatToFp8e5m2(float f); // saturating, round to nearest even

// Which conversion path this CPU takes, for benchmarks and the About dialog.
const char *halfConversionPath();

} // namespace pare::core
