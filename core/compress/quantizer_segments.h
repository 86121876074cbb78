// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to quantizer*.cpp: integer quantization of one segment of values.

#include "compress/quantizer.h"

#include <cstdint>
#include <vector>

namespace pare::core::quantseg {

constexpr std::int64_t kRun = 256; // values handled per inner run: codes fit on the stack

struct IntCodec
{
    int bits = 8;
    bool asymmetric = false;
    float lo = 0;     // smallest q
    float hi = 0;     // largest q
    float offset = 0; // added to q to make the stored code
};
IntCodec makeCodec(int bits, bool asymmetric);

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
// Range of x with 0 included: symmetric picks the larger magnitude; asymmetric keeps 0.
MinMax minMax(const float *x, std::int64_t n);
// Params for a range shrunk by `ratio`, with the scale rounded to F16 as it will be stored.
SegParams paramsFor(const IntCodec &c, MinMax mm, float ratio, bool &overflow);
// Squared error of quantizing x with p.
float segmentError(const float *x, std::int64_t n, const IntCodec &c, SegParams p);

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
void flushLanes(LaneStats &st, ErrorAccumulator &acc);

// The best params over the clip `ratios` (the first is 1: the full range).
SegParams fitSegment(const float *x, std::int64_t n, const IntCodec &c, const std::vector<float> &ratios,
                     bool &overflow);
// Quantizes x[begin, end) with p into packed codes at out (bit index = value index); error sums
// go to `acc`. `lanes`, when given, takes the error sums of the AVX2 path (flushed into `acc` by
// the caller).
void applySegment(const float *x, std::int64_t begin, std::int64_t end, const IntCodec &c, SegParams p,
                  std::uint8_t *out, ErrorAccumulator *acc, LaneStats *lanes = nullptr);

} // namespace pare::core::quantseg
