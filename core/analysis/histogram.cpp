// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogram.h"

#include <QCoreApplication>

#include "statkernels.h"
#include "jobs/jobrunner.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace pare::core {

using namespace analysis_detail;

std::uint64_t Histogram::total() const
{
    std::uint64_t t = underflow + overflow + zeros + nan + inf;
    for (std::uint64_t c : counts)
        t += c;
    return t;
}

int Histogram::binOf(double v) const
{
    if (!(v >= lo)) // NaN too: never an int conversion of NaN
        return -1;
    if (v > hi)
        return bins();
    const double perUnit = double(bins()) / (hi - lo);
    return std::min(int((v - lo) * perUnit), bins() - 1);
}

Result<void> validateHistogramSpec(const HistogramSpec &spec)
{
    if (spec.bins < kMinHistogramBins || spec.bins > kMaxHistogramBins)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "Histogram bins must be %1 to %2 (got %3)")
                         .arg(kMinHistogramBins).arg(kMaxHistogramBins).arg(spec.bins)};
    if (spec.lo.has_value() != spec.hi.has_value())
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "Histogram range needs both a low and a high end")};
    if (spec.lo && !(std::isfinite(*spec.lo) && std::isfinite(*spec.hi) && *spec.lo < *spec.hi))
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "Histogram range [%1, %2] must be finite with low < high")
                         .arg(*spec.lo).arg(*spec.hi)};
    return {};
}

namespace {

// The histogram's range when the spec leaves it open: the finite values' (the nonzero
// magnitudes' on the log scale), widened when empty or a single value.
void settleRange(Histogram &h, double lo, double hi, bool log)
{
    if (lo > hi) { // nothing to bin
        lo = 0.0;
        hi = 1.0;
    } else if (log) {
        lo = std::log10(lo);
        hi = std::log10(hi);
    }
    if (!(hi > lo)) {
        lo -= 0.5;
        hi += 0.5;
    }
    h.lo = lo;
    h.hi = hi;
}

BinSpec binSpecOf(const Histogram &h, int bins, bool log)
{
    BinSpec bs;
    bs.lo = h.lo;
    bs.hi = h.hi;
    bs.bins = bins;
    bs.scale = double(bins) / (h.hi - h.lo);
    bs.log10Abs = log;
    return bs;
}

// 8- and 16-bit dtypes: one pass counting each raw value (per worker, summed once), then each
// value that occurs is placed as binValues places it, with its count. The same histogram as
// the two passes over floats, from one pass at the statistics pass's speed; zooming a BF16
// layer is a count and a few thousand placements.
Result<Histogram> histogramFromCounts(const Tensor &t, const HistogramSpec &spec, int bits,
                                      JobContext &ctx)
{
    const bool log = spec.scale == HistogramScale::Log10Abs;
    const std::size_t keys = std::size_t(1) << bits;
    const int workers = computeThreads();
    WorkerCounts tables(workers, keys);
    ProgressCounter progress(ctx, double(t.byteSize()));
    const bool done = forEachChunkByWorker(t, ctx, progress, 1.0, workers, [&](int w, std::int64_t,
                                                                            std::int64_t first,
                                                                            std::int64_t count) {
        const auto raw = rawRange(t, first, count);
        hashAndCountValues(raw.data(), std::int64_t(raw.size()), 0, bits, 1, tables.table(w, count));
    });
    if (!done)
        return Error::canceled();
    const std::vector<std::uint64_t> counts = tables.finish();

    const std::vector<float> &decoded = decodedKeys(t.dtype(), bits);
    Histogram h;
    h.scale = spec.scale;
    h.counts.assign(std::size_t(spec.bins), 0);
    if (spec.lo) {
        h.lo = *spec.lo;
        h.hi = *spec.hi;
    } else {
        float mn = std::numeric_limits<float>::infinity();
        float mx = -mn;
        for (std::size_t k = 0; k < keys; ++k) {
            float v = decoded[k];
            if (counts[k] == 0 || !std::isfinite(v) || (log && v == 0.0f))
                continue;
            v = log ? std::fabs(v) : v;
            mn = std::min(mn, v);
            mx = std::max(mx, v);
        }
        settleRange(h, double(mn), double(mx), log);
    }
    const BinSpec bs = binSpecOf(h, spec.bins, log);
    for (std::size_t k = 0; k < keys; ++k) {
        const std::uint64_t c = counts[k];
        if (c == 0)
            continue;
        const float v = decoded[k];
        const int b = binSlot(v, bs);
        if (b >= 0)
            h.counts[std::size_t(b)] += c;
        else if (b == kSlotUnder)
            h.underflow += c;
        else if (b == kSlotOver)
            h.overflow += c;
        else if (b == kSlotZero)
            h.zeros += c;
        else if (std::isnan(v))
            h.nan += c;
        else
            h.inf += c;
    }
    ctx.setProgress(1.0);
    return h;
}

} // namespace

Result<Histogram> computeHistogram(const Tensor &t, const HistogramSpec &spec, JobContext &ctx)
{
    PARE_TRY_VOID(validateHistogramSpec(spec));
    if (const int bits = keyBits(t.dtype()))
        return histogramFromCounts(t, spec, bits, ctx);
    const bool log = spec.scale == HistogramScale::Log10Abs;
    Histogram h;
    h.scale = spec.scale;
    h.counts.assign(std::size_t(spec.bins), 0);
    ProgressCounter progress(ctx, double(t.byteSize()) * (spec.lo ? 1.0 : 2.0));
    std::mutex mutex;

    if (spec.lo) {
        h.lo = *spec.lo;
        h.hi = *spec.hi;
    } else {
        // First pass: the range of the finite values (of the nonzero magnitudes for log scale).
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        const bool done = forEachChunk(t, ctx, progress, 1.0, [&](std::int64_t, std::int64_t first,
                                                                  std::int64_t count) {
            float mn = std::numeric_limits<float>::infinity();
            float mx = -mn;
            forEachBlock(t, first, count, blockBuffer(), [&](std::int64_t, const float *x, std::int64_t n) {
                finiteRange(x, n, log, mn, mx);
            });
            std::lock_guard lock(mutex);
            lo = std::min(lo, double(mn));
            hi = std::max(hi, double(mx));
        });
        if (!done)
            return Error::canceled();
        settleRange(h, lo, hi, log);
    }

    const BinSpec bs = binSpecOf(h, spec.bins, log);
    // log10 per value costs ~14 ns; the table of prefixes ~2 ms to build.
    std::optional<LogBinTable> logTable;
    if (log && t.numel() >= (std::int64_t(1) << 20))
        logTable.emplace(bs);
    const bool done = forEachChunk(t, ctx, progress, 1.0, [&](std::int64_t, std::int64_t first,
                                                              std::int64_t count) {
        std::uint32_t *local = countScratch(std::size_t(spec.bins + kBinScratch));
        BinCounts extra;
        std::uint64_t nan = 0, inf = 0;
        forEachBlock(t, first, count, blockBuffer(), [&](std::int64_t, const float *x, std::int64_t n) {
            if (logTable)
                logTable->bin(x, n, local, extra, nan, inf);
            else
                binValuesCountingNonFinite(x, n, bs, local, extra, nan, inf);
        });
        std::lock_guard lock(mutex);
        for (std::size_t b = 0; b < std::size_t(spec.bins); ++b)
            h.counts[b] += local[b];
        h.underflow += extra.underflow;
        h.overflow += extra.overflow;
        h.zeros += extra.zeros;
        h.nan += nan;
        h.inf += inf;
    });
    if (!done)
        return Error::canceled();
    ctx.setProgress(1.0);
    return h;
}

} // namespace pare::core
