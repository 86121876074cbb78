// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensorstats.h"

#include "statkernels.h"
#include "analysis/channelstats.h"
#include "jobs/jobrunner.h"
#include "tensor/convert.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <numeric>
#include <unordered_set>
#include <utility>

namespace pare::core {

using namespace analysis_detail;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// The percentile histogram has at least this many bins, so percentiles land within
// (max − min) / 4096 of the exact value.
constexpr int kPercentileBins = 4096;
// Distinct values are counted on up to this many chunks × elements of a wide-dtype tensor.
constexpr int kDistinctSampleChunks = 64;
constexpr std::int64_t kDistinctSampleElements = 1024;

// Dtypes with at most 2^16 values are counted exactly, value by value, in one pass.
int keyBits(DType t)
{
    switch (t) {
    case DType::F16:
    case DType::BF16:
    case DType::I16: return 16;
    case DType::F8_E4M3:
    case DType::F8_E5M2:
    case DType::I8:
    case DType::U8:
    case DType::BOOL: return 8;
    default: return 0;
    }
}

Result<void> validate(const StatsOptions &o, const QString &tensor)
{
    if (o.bins < kMinHistogramBins || o.bins > kMaxHistogramBins)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: histogram bins must be %2 to %3 (got %4)")
                         .arg(tensor).arg(kMinHistogramBins).arg(kMaxHistogramBins).arg(o.bins)};
    if (!(o.nearZeroThreshold >= 0.0) || !(o.outlierSigmas > 0.0))
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: near-zero threshold (%2) must be ≥ 0 and "
                                                               "outlier sigmas (%3) > 0")
                         .arg(tensor).arg(o.nearZeroThreshold).arg(o.outlierSigmas)};
    return {};
}

void initStats(TensorStats &s, const Tensor &t, const StatsOptions &o)
{
    s.name = t.name();
    s.dtype = dtypeName(t.dtype());
    s.shape = t.shape();
    s.count = t.numel();
    s.options = o;
    s.histogram.counts.assign(std::size_t(o.bins), 0);
}

// Fills the figures that follow from the moments.
void applyMoments(TensorStats &s, const Moments &m)
{
    s.finite = m.n;
    s.nanCount = m.nan;
    s.infCount = m.inf;
    s.zeros = m.zeros;
    s.nearZeros = m.nearZeros;
    s.zeroFraction = s.count > 0 ? double(m.zeros) / double(s.count) : 0.0;
    s.nearZeroFraction = s.count > 0 ? double(m.nearZeros) / double(s.count) : 0.0;
    s.minAbsNonzero = m.minAbsNonzero;
    if (m.n == 0) {
        s.min = s.max = s.mean = s.stddev = s.meanAbs = s.kurtosis = kNaN;
        s.percentiles.fill(kNaN);
        return;
    }
    s.min = m.min;
    s.max = m.max;
    s.mean = m.mean;
    s.stddev = std::sqrt(m.m2 / double(m.n));
    s.meanAbs = m.absSum / double(m.n);
    s.kurtosis = m.m2 > 0.0 ? double(m.n) * m.m4 / (m.m2 * m.m2) - 3.0 : kNaN;
}

// The histogram range for [min, max]; a constant tensor gets a unit-wide range around it.
std::pair<double, double> histogramRange(double min, double max)
{
    if (!(max > min))
        return {min - 0.5, min + 0.5};
    return {min, max};
}

// Percentiles (numpy's linear interpolation between order statistics) given a function that
// returns the k-th smallest finite value.
template<typename ValueAt>
void fillPercentiles(TensorStats &s, ValueAt valueAt)
{
    const std::int64_t n = s.finite;
    for (std::size_t i = 0; i < kPercentileRanks.size(); ++i) {
        const double r = kPercentileRanks[i] / 100.0 * double(n - 1);
        const std::int64_t k0 = std::int64_t(std::floor(r));
        const std::int64_t k1 = std::min(n - 1, k0 + 1);
        const double v0 = valueAt(k0);
        const double v1 = valueAt(k1);
        s.percentiles[i] = v0 + (r - double(k0)) * (v1 - v0);
    }
}

// Bytes hashed and counted per step, while they are in L1.
constexpr std::int64_t kCountBlockBytes = 16384;

// Adds each 8- or 16-bit key k of bytes[0, size) to counts[k * Ways + (its position % Ways)]
// and returns hashBytes(bytes, size, seed): one read of the bytes for both. Ways > 1 spreads
// runs of one value (zeros of a pruned tensor) over separate counters: increments of one
// counter wait for the one before, of separate counters they overlap.
template<int Ways>
std::uint64_t hashAndCount(const std::byte *p, std::int64_t size, std::uint64_t seed, int bits,
                           std::uint32_t *counts)
{
    static_assert(Ways == 1 || Ways == 2 || Ways == 4);
    constexpr int shift = Ways == 4 ? 2 : Ways - 1;
    constexpr auto lane = [](int i) { return std::size_t(i % Ways); };
    StripeHasher hasher(seed);
    const std::int64_t whole = size / 32 * 32;
    for (std::int64_t off = 0; off < size; off += kCountBlockBytes) {
        const std::int64_t end = std::min(size, off + kCountBlockBytes);
        hasher.update(p + off, std::min(end, whole) - off);
        std::int64_t i = off;
        if (bits == 16) {
            // While counting this block, fetch the next one, so that hashing it does not stall.
            for (; i + 64 <= end; i += 64) {
                __builtin_prefetch(p + i + kCountBlockBytes);
                for (int q = 0; q < 64; q += 16) {
                    std::uint64_t w0, w1;
                    std::memcpy(&w0, p + i + q, 8);
                    std::memcpy(&w1, p + i + q + 8, 8);
                    ++counts[((w0 & 0xffff) << shift) + lane(0)];
                    ++counts[(((w0 >> 16) & 0xffff) << shift) + lane(1)];
                    ++counts[(((w0 >> 32) & 0xffff) << shift) + lane(2)];
                    ++counts[((w0 >> 48) << shift) + lane(3)];
                    ++counts[((w1 & 0xffff) << shift) + lane(0)];
                    ++counts[(((w1 >> 16) & 0xffff) << shift) + lane(1)];
                    ++counts[(((w1 >> 32) & 0xffff) << shift) + lane(2)];
                    ++counts[((w1 >> 48) << shift) + lane(3)];
                }
            }
            for (; i + 1 < end; i += 2)
                ++counts[(std::size_t(p[i]) | (std::size_t(p[i + 1]) << 8)) << shift];
        } else {
            for (; i + 4 <= end; i += 4) {
                ++counts[(std::size_t(p[i]) << shift) + lane(0)];
                ++counts[(std::size_t(p[i + 1]) << shift) + lane(1)];
                ++counts[(std::size_t(p[i + 2]) << shift) + lane(2)];
                ++counts[(std::size_t(p[i + 3]) << shift) + lane(3)];
            }
            for (; i < end; ++i)
                ++counts[std::size_t(p[i]) << shift];
        }
    }
    return hasher.finish(p + whole, size - whole, size);
}

// Whether over 2 % of neighbouring elements hold the same raw value, in samples spread over the
// tensor: then one counter per value would serialize its increments.
bool hasValueRuns(const Tensor &t, int bits)
{
    constexpr std::int64_t kSamples = 8;
    constexpr std::int64_t kSampleElements = 512;
    const std::int64_t n = t.numel();
    const int bytes = bits / 8;
    const std::byte *p = t.data();
    std::int64_t same = 0, pairs = 0;
    for (std::int64_t s = 0; s < kSamples; ++s) {
        const std::int64_t first = (n - kSampleElements) / kSamples * s;
        const std::int64_t end = std::min(n, first + kSampleElements);
        for (std::int64_t i = std::max<std::int64_t>(first, 1); i < end; ++i) {
            same += std::memcmp(p + i * bytes, p + (i - 1) * bytes, std::size_t(bytes)) == 0;
            ++pairs;
        }
    }
    return pairs > 0 && same * 50 > pairs;
}

// One pass counting each of the ≤ 2^16 possible values; every figure is then exact.
Result<TensorStats> valueCountStats(const Tensor &t, const StatsOptions &o, JobContext &ctx,
                                    ProgressCounter &progress, int bits,
                                    RowChannels *rowChannels = nullptr)
{
    const std::size_t keys = std::size_t(1) << bits;
    const std::int64_t n = t.numel();
    const std::int64_t chunks = (n + kChunkElements - 1) / kChunkElements;
    const double bytesPerElement = n > 0 ? double(t.byteSize()) / double(n) : 0.0;
    std::vector<std::uint64_t> counts(keys, 0);
    std::vector<std::uint64_t> hashes(std::size_t(chunks), 0);
    std::mutex mutex;
    std::atomic<bool> canceled{false};
    std::atomic<std::int64_t> nextChunk{0};
    // Four counters per value where runs of one value are common (and the tensor large enough
    // to pay for clearing and merging them); one elsewhere, where it keeps the table in L1.
    const std::size_t ways = n >= (std::int64_t(1) << 20) && hasValueRuns(t, bits) ? 4 : 1;
    const bool fusedRows = rowChannels && bits == 16 && rowChannels->canCountChunks();
    const auto mergeCounts = [&](std::uint32_t *local, bool clear) {
        for (std::size_t k = 0; k < keys; ++k) {
            std::uint64_t sum = 0;
            for (std::size_t w = 0; w < ways; ++w)
                sum += local[k * ways + w];
            counts[k] += sum;
        }
        if (clear)
            std::fill_n(local, keys * ways, 0u);
    };
    // One loop index per thread, each pulling chunks until none are left and counting them into
    // one per-thread table, merged once at its end (per-range tables cost a 2^16-entry clear and
    // merge per range).
    const auto countChunks = [&] {
        std::uint32_t *local = nullptr;
        std::int64_t counted = 0;
        for (;;) {
            if (ctx.isCanceled()) {
                canceled = true;
                break;
            }
            const std::int64_t c = nextChunk.fetch_add(1);
            if (c >= chunks)
                break;
            if (!local)
                local = countScratch(keys * ways);
            const std::int64_t first = c * kChunkElements;
            const std::int64_t count = std::min(kChunkElements, n - first);
            const auto raw = rawRange(t, first, count);
            if (fusedRows) {
                // Counts, hash and row channels in one loop over the values.
                hashes[std::size_t(c)]
                    = rowChannels->countChunk(first, count, int(ways), local, std::uint64_t(c));
            } else {
                hashes[std::size_t(c)]
                    = ways == 4 ? hashAndCount<4>(raw.data(), std::int64_t(raw.size()),
                                                  std::uint64_t(c), bits, local)
                                : hashAndCount<1>(raw.data(), std::int64_t(raw.size()),
                                                  std::uint64_t(c), bits, local);
                if (rowChannels) // the chunk is still in cache
                    rowChannels->addChunk(first, count);
            }
            progress.add(bytesPerElement * double(count) * (rowChannels ? 2.0 : 1.0));
            // Per-thread counters are 32-bit: merge before they could overflow.
            counted += count;
            if (counted > (std::int64_t(1) << 31) - kChunkElements) {
                std::lock_guard lock(mutex);
                mergeCounts(local, true);
                counted = 0;
            }
        }
        if (!local)
            return;
        std::lock_guard lock(mutex);
        mergeCounts(local, false);
    };
    const bool done = parallelFor(std::min<std::int64_t>(chunks, std::max(1, computeThreads())), 1,
                                  [&](qint64 begin, qint64 end) {
                                      for (qint64 w = begin; w < end; ++w)
                                          countChunks();
                                  },
                                  ctx);
    if (!done || canceled)
        return Error::canceled();

    TensorStats s;
    initStats(s, t, o);
    s.contentHash = std::accumulate(hashes.begin(), hashes.end(), std::uint64_t(t.numel()));

    // Decode every key once; keep the finite values that occur, sorted, with their counts.
    struct Entry { float value; std::uint64_t count; };
    std::vector<Entry> entries;
    Moments m;
    for (std::size_t k = 0; k < keys; ++k) {
        if (counts[k] == 0)
            continue;
        std::byte raw[2] = {std::byte(k & 0xff), std::byte(k >> 8)};
        float v = 0.0f;
        convertToFloat(t.dtype(), raw, 1, &v);
        if (std::isnan(v))
            m.nan += std::int64_t(counts[k]);
        else if (std::isinf(v))
            m.inf += std::int64_t(counts[k]);
        else
            entries.push_back({v == 0.0f ? 0.0f : v, counts[k]}); // −0 and +0 are one value
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.value < b.value; });
    // Merge equal values (−0/+0; I16 and F16 have no other duplicates).
    std::vector<Entry> merged;
    for (const Entry &e : entries) {
        if (!merged.empty() && merged.back().value == e.value)
            merged.back().count += e.count;
        else
            merged.push_back(e);
    }
    const float nearZero = float(o.nearZeroThreshold);
    double sum = 0.0;
    for (const Entry &e : merged) {
        m.n += std::int64_t(e.count);
        sum += double(e.value) * double(e.count);
        m.absSum += std::fabs(double(e.value)) * double(e.count);
        if (e.value == 0.0f)
            m.zeros += std::int64_t(e.count);
        else if (m.minAbsNonzero == 0.0 || std::fabs(e.value) < m.minAbsNonzero)
            m.minAbsNonzero = std::fabs(e.value);
        if (std::fabs(e.value) <= nearZero)
            m.nearZeros += std::int64_t(e.count);
    }
    if (m.n > 0) {
        m.mean = sum / double(m.n);
        m.min = merged.front().value;
        m.max = merged.back().value;
        for (const Entry &e : merged) {
            const double d = double(e.value) - m.mean;
            const double c = double(e.count);
            m.m2 += c * d * d;
            m.m3 += c * d * d * d;
            m.m4 += c * d * d * d * d;
        }
    }
    applyMoments(s, m);
    s.distinctValues = int(merged.size()) <= kDistinctLimit ? int(merged.size()) : -1;
    s.distinctFromSample = false;
    s.percentileTolerance = 0.0;

    Histogram &h = s.histogram;
    h.nan = std::uint64_t(m.nan);
    h.inf = std::uint64_t(m.inf);
    if (m.n == 0)
        return s;
    std::tie(h.lo, h.hi) = histogramRange(m.min, m.max);
    const double limit = o.outlierSigmas * s.stddev;
    for (const Entry &e : merged) {
        const int b = h.binOf(e.value);
        h.counts[std::size_t(std::clamp(b, 0, h.bins() - 1))] += e.count;
        if (std::fabs(double(e.value) - s.mean) > limit)
            s.outliers += std::int64_t(e.count);
    }
    s.outlierFraction = double(s.outliers) / double(s.count);
    fillPercentiles(s, [&](std::int64_t k) {
        std::uint64_t seen = 0;
        for (const Entry &e : merged) {
            seen += e.count;
            if (std::uint64_t(k) < seen)
                return double(e.value);
        }
        return double(merged.back().value);
    });
    return s;
}

// Distinct finite values of evenly spaced samples, stopping past kDistinctLimit.
int sampledDistinct(const Tensor &t, bool &sampled)
{
    const std::int64_t n = t.numel();
    const std::int64_t chunks = (n + kChunkElements - 1) / kChunkElements;
    const std::int64_t step = std::max<std::int64_t>(1, chunks / kDistinctSampleChunks);
    sampled = n > kDistinctSampleElements;
    std::unordered_set<std::uint32_t> seen;
    std::vector<float> buffer(static_cast<std::size_t>(kDistinctSampleElements));
    for (std::int64_t c = 0; c < chunks; c += step) {
        const std::int64_t first = c * kChunkElements;
        const std::int64_t count = std::min(kDistinctSampleElements, n - first);
        t.toFloat(first, count, buffer.data());
        for (std::int64_t i = 0; i < count; ++i) {
            float v = buffer[std::size_t(i)];
            if (!std::isfinite(v))
                continue;
            if (v == 0.0f)
                v = 0.0f;
            std::uint32_t bits;
            std::memcpy(&bits, &v, 4);
            seen.insert(bits);
            if (int(seen.size()) > kDistinctLimit)
                return -1;
        }
    }
    return int(seen.size());
}

// Two passes: moments, range and hash; then a fine histogram (percentiles, stored histogram)
// and the outlier count, which both need the first pass's figures.
Result<TensorStats> streamingStats(const Tensor &t, const StatsOptions &o, JobContext &ctx,
                                   ProgressCounter &progress, RowChannels *rowChannels = nullptr)
{
    const std::int64_t chunks = (t.numel() + kChunkElements - 1) / kChunkElements;
    std::vector<Moments> moments(static_cast<std::size_t>(chunks));
    std::vector<std::uint64_t> hashes(std::size_t(chunks), 0);
    const float nearZero = float(o.nearZeroThreshold);
    // Aligned F32 is read in place: each block is hashed just before its moments, while in L1.
    const bool inPlace = t.dtype() == DType::F32
                         && reinterpret_cast<std::uintptr_t>(t.data()) % alignof(float) == 0;
    // Row channels (F32 weights in the whole-model job) ride along with the first sweep, each
    // chunk's channel runs read while the chunk is still in cache; progress counts both.
    const double firstWeight = rowChannels ? 1.5 : 0.5;
    bool done = forEachChunk(t, ctx, progress, firstWeight, [&](std::int64_t c, std::int64_t first,
                                                                std::int64_t count) {
        Moments &m = moments[std::size_t(c)];
        if (rowChannels) // first, so that the moments below read the chunk from cache
            rowChannels->addChunk(first, count);
        if (inPlace) {
            StripeHasher hasher{std::uint64_t(c)};
            const float *x = reinterpret_cast<const float *>(t.data()) + first;
            static_assert(kBlockElements * sizeof(float) % 32 == 0);
            for (std::int64_t b = 0; b < count; b += kBlockElements) {
                const std::int64_t len = std::min(kBlockElements, count - b);
                const auto *bytes = reinterpret_cast<const std::byte *>(x + b);
                const std::int64_t size = len * std::int64_t(sizeof(float));
                hasher.update(bytes, size / 32 * 32);
                m.add(x + b, len, nearZero);
                if (b + len == count)
                    hashes[std::size_t(c)] = hasher.finish(bytes + size / 32 * 32, size % 32,
                                                           count * std::int64_t(sizeof(float)));
            }
            return;
        }
        const auto raw = rawRange(t, first, count);
        hashes[std::size_t(c)] = hashBytes(raw.data(), std::int64_t(raw.size()), std::uint64_t(c));
        forEachBlock(t, first, count, blockBuffer(),
                     [&](std::int64_t, const float *x, std::int64_t n) { m.add(x, n, nearZero); });
    });
    if (!done)
        return Error::canceled();
    Moments total;
    for (const Moments &m : moments) // in chunk order: the same figures on every run
        total.merge(m);

    TensorStats s;
    initStats(s, t, o);
    s.contentHash = std::accumulate(hashes.begin(), hashes.end(), std::uint64_t(t.numel()));
    applyMoments(s, total);
    s.distinctValues = sampledDistinct(t, s.distinctFromSample);
    Histogram &h = s.histogram;
    h.nan = std::uint64_t(total.nan);
    h.inf = std::uint64_t(total.inf);
    if (total.n == 0) {
        progress.add(0.5 * double(t.byteSize()));
        return s;
    }
    std::tie(h.lo, h.hi) = histogramRange(total.min, total.max);

    // The fine histogram is a whole multiple of the stored one, which is its exact sum.
    const int factor = (kPercentileBins + o.bins - 1) / o.bins;
    const int fineBins = o.bins * factor;
    BinSpec spec;
    spec.lo = h.lo;
    spec.hi = h.hi;
    spec.bins = fineBins;
    spec.scale = double(fineBins) / (h.hi - h.lo);
    std::vector<std::uint64_t> fine(std::size_t(fineBins), 0);
    std::atomic<std::int64_t> outliers{0};
    const double limit = o.outlierSigmas * s.stddev;
    const bool allFinite = s.nanCount == 0 && s.infCount == 0;
    const OutlierThresholds thresholds = outlierThresholds(s.mean, limit);
    std::mutex mutex;
    done = forEachChunk(t, ctx, progress, 0.5, [&](std::int64_t, std::int64_t first,
                                                   std::int64_t count) {
        std::uint32_t *local = countScratch(std::size_t(fineBins));
        BinCounts extra;
        std::int64_t out = 0;
        forEachBlock(t, first, count, blockBuffer(), [&](std::int64_t, const float *x, std::int64_t n) {
            if (allFinite || !hasNonFinite(x, n)) {
                out += binInRangeCountOutliers(x, n, spec, local, thresholds);
                return;
            }
            binValues(x, n, spec, local, extra);
            for (std::int64_t i = 0; i < n; ++i)
                out += std::isfinite(x[i]) && std::fabs(double(x[i]) - s.mean) > limit;
        });
        outliers += out;
        std::lock_guard lock(mutex);
        for (std::size_t b = 0; b < std::size_t(fineBins); ++b)
            fine[b] += local[b];
    });
    if (!done)
        return Error::canceled();
    s.outliers = outliers.load();
    s.outlierFraction = double(s.outliers) / double(s.count);
    for (int b = 0; b < fineBins; ++b)
        h.counts[std::size_t(b / factor)] += fine[std::size_t(b)];

    // Order statistics from the fine histogram: spread evenly within their bin, so each lies
    // within one fine bin of the exact value; the extremes are exact.
    const double width = (h.hi - h.lo) / fineBins;
    s.percentileTolerance = width;
    fillPercentiles(s, [&](std::int64_t k) {
        if (k <= 0)
            return s.min;
        if (k >= s.finite - 1)
            return s.max;
        std::uint64_t before = 0;
        for (int b = 0; b < fineBins; ++b) {
            const std::uint64_t c = fine[std::size_t(b)];
            if (std::uint64_t(k) < before + c) {
                const double v = h.lo + width * (b + (double(std::uint64_t(k) - before) + 0.5) / double(c));
                return std::clamp(v, s.min, s.max);
            }
            before += c;
        }
        return s.max;
    });
    return s;
}

} // namespace

namespace analysis_detail {

double statsPassBytes(const Tensor &t)
{
    return double(t.byteSize());
}

Result<TensorStats> tensorStats(const Tensor &t, const StatsOptions &options, JobContext &ctx,
                                ProgressCounter &progress)
{
    PARE_TRY_VOID(validate(options, t.name()));
    if (const int bits = keyBits(t.dtype()))
        return valueCountStats(t, options, ctx, progress, bits);
    return streamingStats(t, options, ctx, progress);
}

} // namespace analysis_detail

Result<std::pair<TensorStats, ChannelStats>> analysis_detail::tensorStatsWithRowChannels(
    const Tensor &t, const StatsOptions &options, JobContext &ctx, ProgressCounter &progress)
{
    PARE_TRY_VOID(validate(options, t.name()));
    const int bits = keyBits(t.dtype());
    if ((bits != 16 && t.dtype() != DType::F32) || !canFuseRowChannels(t, WeightLayout::OutIn))
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("pare::core", "%1: no fused statistics and channel pass for %2")
                         .arg(t.name(), dtypeName(t.dtype()))};
    RowChannels rows(t);
    auto s = bits == 16 ? valueCountStats(t, options, ctx, progress, bits, &rows)
                        : streamingStats(t, options, ctx, progress, &rows);
    if (!s.ok())
        return s.error();
    return std::pair<TensorStats, ChannelStats>(std::move(s).value(), rows.finish());
}

Result<TensorStats> computeTensorStats(const Tensor &tensor, const StatsOptions &options,
                                       JobContext &ctx)
{
    ProgressCounter progress(ctx, statsPassBytes(tensor));
    auto r = tensorStats(tensor, options, ctx, progress);
    if (r.ok())
        ctx.setProgress(1.0);
    return r;
}

} // namespace pare::core
