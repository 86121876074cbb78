// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantizer.h"

#include <QCoreApplication>
#include "quantizer_segments.h"

#include "jobs/jobrunner.h"
#include "tensor/convert.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>

namespace pare::core {

using namespace quantseg;

namespace {

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
                         QCoreApplication::translate("pare::core", "a quantization scale exceeds the F16 range (|w| too large for int%1)")
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
