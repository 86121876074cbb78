// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogram.h"

#include <QCoreApplication>

#include "statkernels.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

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

Result<Histogram> computeHistogram(const Tensor &t, const HistogramSpec &spec, JobContext &ctx)
{
    PARE_TRY_VOID(validateHistogramSpec(spec));
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
                for (std::int64_t i = 0; i < n; ++i) {
                    float v = x[i];
                    if (!std::isfinite(v) || (log && v == 0.0f))
                        continue;
                    v = log ? std::fabs(v) : v;
                    mn = std::min(mn, v);
                    mx = std::max(mx, v);
                }
            });
            std::lock_guard lock(mutex);
            lo = std::min(lo, double(mn));
            hi = std::max(hi, double(mx));
        });
        if (!done)
            return Error::canceled();
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

    BinSpec bs;
    bs.lo = h.lo;
    bs.hi = h.hi;
    bs.bins = spec.bins;
    bs.scale = double(spec.bins) / (h.hi - h.lo);
    bs.log10Abs = log;
    const bool done = forEachChunk(t, ctx, progress, 1.0, [&](std::int64_t, std::int64_t first,
                                                              std::int64_t count) {
        std::uint32_t *local = countScratch(std::size_t(spec.bins));
        BinCounts extra;
        std::uint64_t nan = 0, inf = 0;
        forEachBlock(t, first, count, blockBuffer(), [&](std::int64_t, const float *x, std::int64_t n) {
            binValues(x, n, bs, local, extra);
            for (std::int64_t i = 0; i < n; ++i) {
                nan += std::isnan(x[i]);
                inf += std::isinf(x[i]);
            }
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
