// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/metrics.h"
#include "compress/recipe.h"
#include "jobs/jobcontext.h"

#include <cstdint>
#include <span>
#include <vector>

namespace pare::core {

enum class ValueFormat : std::uint8_t { F32, F16, BF16, Fp8E4M3, Fp8E5M2, Int };

// A run of values in one storage format: raw floats, or integer codes with scales.
//
// Scale segments: "tensor" is one segment; "channel" one per row; "group" cuts each row into
// groups of groupSize along the input dimension, the last group of a row holding the remainder
// (its scale is fitted to those values alone); with streamGroups the groups run over the whole
// value stream instead (used for the kept values of a sparse tensor, so the count of groups is
// ceil(values / groupSize) whatever the distribution over rows).
//
// Integer codes: `bits` per value, packed LSB-first into one little-endian bit stream. Symmetric:
// code = q + 2^(bits-1) for q in [-2^(bits-1), 2^(bits-1)-1], value = q·scale, where the scale
// maps the segment's largest-magnitude value onto -2^(bits-1) (its sign is kept in the scale).
// Asymmetric: code = q in [0, 2^bits-1], value = (q - zero)·scale, the range always containing 0.
// Scales are F16, zero-points `bits`-bit codes packed like the values. FP8 formats take one F32
// scale per segment (amax / largest finite value); F16 and BF16 take no scale.
struct ValueBlock
{
    ValueFormat format = ValueFormat::F32;
    int bits = 32;
    bool asymmetric = false;
    QuantGranularity granularity = QuantGranularity::Tensor;
    int groupSize = 0;
    bool streamGroups = false;
    std::int64_t count = 0;
    std::vector<std::uint8_t> codes;   // packed codes, or the raw little-endian values
    std::vector<std::uint16_t> scales; // F16 (integer formats)
    std::vector<float> floatScales;    // FP8 formats
    std::vector<std::uint8_t> zeros;   // packed zero-points (asymmetric)

    std::int64_t exactBytes() const;
    bool operator==(const ValueBlock &) const = default;
};

// Row structure of the values a block holds: offsets of each row (rows + 1 entries).
std::vector<std::int64_t> uniformRows(std::int64_t rows, std::int64_t cols);
// Segment boundaries (segments + 1 entries) for a block layout over those rows.
std::vector<std::int64_t> segmentBounds(QuantGranularity granularity, int groupSize, bool streamGroups,
                                        std::span<const std::int64_t> rowOffsets);

// Scale segments of a block of `count` values over `rows` rows (uniform rows unless streamGroups).
std::int64_t segmentCount(QuantGranularity granularity, int groupSize, bool streamGroups, std::int64_t rows,
                          std::int64_t count);
// Bytes of such a block (spec null: plain F32), without building it.
std::int64_t valueBlockBytes(const QuantSpec *spec, std::int64_t rows, std::int64_t count, bool streamGroups);

// Encodes values (F32 stays F32 when spec is null). `errors`, when given, accumulates the error
// of every value against its decoded form. Fails only if a scale overflows its storage type.
Result<ValueBlock> encodeValues(const float *values, std::span<const std::int64_t> rowOffsets,
                                const QuantSpec *spec, bool streamGroups, ErrorAccumulator *errors,
                                JobContext &ctx);
// Decodes all values (`rowOffsets` as given to encodeValues).
std::vector<float> decodeValues(const ValueBlock &block, std::span<const std::int64_t> rowOffsets);

// Clip ratios the MSE search tries for a bit width, largest first (1.0 = no clipping).
std::vector<float> clipRatios(int bits);

// Bit-stream helpers (bytes for `count` codes of `bits`; packing into a zeroed buffer)
std::int64_t packedBytes(std::int64_t count, int bits);
void packBits(const std::uint8_t *codes, std::int64_t count, int bits, std::uint8_t *out, std::int64_t firstIndex);
std::uint32_t unpackBits(const std::uint8_t *in, std::int64_t index, int bits);

} // namespace pare::core
