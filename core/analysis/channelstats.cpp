// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelstats.h"

#include "statkernels.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

namespace pare::core {

using namespace analysis_detail;

namespace {

struct Accumulator
{
    std::int64_t base = 0; // first channel held
    std::vector<float> min, max, absMax;
    std::vector<double> sumSquares;
    std::vector<std::int64_t> zeros;

    void reset(std::int64_t first, std::int64_t channels)
    {
        base = first;
        const auto n = std::size_t(channels);
        min.assign(n, std::numeric_limits<float>::infinity());
        max.assign(n, -std::numeric_limits<float>::infinity());
        absMax.assign(n, 0.0f);
        sumSquares.assign(n, 0.0);
        zeros.assign(n, 0);
    }
    void add(std::int64_t channel, float v)
    {
        const auto c = std::size_t(channel - base);
        if (!std::isfinite(v))
            return;
        min[c] = std::min(min[c], v);
        max[c] = std::max(max[c], v);
        absMax[c] = std::max(absMax[c], std::fabs(v));
        sumSquares[c] += double(v) * double(v);
        zeros[c] += v == 0.0f;
    }
};

bool channelsAreRows(WeightLayout layout)
{
    return layout != WeightLayout::InOut && layout != WeightLayout::ConvHWIO;
}

} // namespace

std::int64_t ChannelStats::deadChannels() const
{
    return std::count_if(zeroFraction.begin(), zeroFraction.end(),
                         [](double z) { return z >= 1.0; });
}

double ChannelStats::medianAbsMax() const
{
    if (absMax.empty())
        return 0.0;
    std::vector<float> v = absMax;
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (v.size() % 2 == 1)
        return *mid;
    const float upper = *mid;
    const float lower = *std::max_element(v.begin(), mid);
    return 0.5 * (double(lower) + double(upper));
}

namespace analysis_detail {

Result<ChannelStats> channelStats(const Tensor &w, WeightLayout layout, JobContext &ctx,
                                  ProgressCounter &progress)
{
    ChannelStats s;
    const bool rows = channelsAreRows(layout);
    s.channels = w.rank() == 0 ? 1 : (rows ? w.dim(0) : w.dim(w.rank() - 1));
    if (s.channels <= 0 || w.numel() == 0)
        return s;
    s.perChannel = w.numel() / s.channels;
    Accumulator total;
    total.reset(0, s.channels);
    std::mutex mutex;
    const std::int64_t out = s.channels;
    const std::int64_t per = s.perChannel;
    const bool done = forEachChunk(w, ctx, progress, 1.0, [&](std::int64_t, std::int64_t first,
                                                              std::int64_t count) {
        // Row channels touch a contiguous range of channels; column channels touch all.
        const std::int64_t lo = rows ? first / per : 0;
        const std::int64_t hi = rows ? (first + count - 1) / per + 1 : out;
        Accumulator a;
        a.reset(lo, hi - lo);
        forEachBlock(w, first, count, blockBuffer(), [&](std::int64_t b, const float *x, std::int64_t n) {
            if (rows) {
                // Runs of one channel: no division per element.
                std::int64_t c = b / per;
                std::int64_t left = per - b % per;
                for (std::int64_t i = 0; i < n; ++i) {
                    a.add(c, x[i]);
                    if (--left == 0) {
                        ++c;
                        left = per;
                    }
                }
            } else {
                std::int64_t c = b % out;
                for (std::int64_t i = 0; i < n; ++i) {
                    a.add(c, x[i]);
                    if (++c == out)
                        c = 0;
                }
            }
        });
        std::lock_guard lock(mutex);
        for (std::int64_t c = lo; c < hi; ++c) {
            const auto i = std::size_t(c - lo);
            const auto t = std::size_t(c);
            total.min[t] = std::min(total.min[t], a.min[i]);
            total.max[t] = std::max(total.max[t], a.max[i]);
            total.absMax[t] = std::max(total.absMax[t], a.absMax[i]);
            total.sumSquares[t] += a.sumSquares[i];
            total.zeros[t] += a.zeros[i];
        }
    });
    if (!done)
        return Error::canceled();
    const float nan = std::numeric_limits<float>::quiet_NaN();
    s.min = std::move(total.min);
    s.max = std::move(total.max);
    s.absMax = std::move(total.absMax);
    s.l2Norm.resize(std::size_t(out));
    s.zeroFraction.resize(std::size_t(out));
    for (std::size_t c = 0; c < std::size_t(out); ++c) {
        if (s.min[c] > s.max[c]) // no finite value in the channel
            s.min[c] = s.max[c] = nan;
        s.l2Norm[c] = std::sqrt(total.sumSquares[c]);
        s.zeroFraction[c] = double(total.zeros[c]) / double(per);
    }
    return s;
}

} // namespace analysis_detail

Result<ChannelStats> computeChannelStats(const Tensor &w, WeightLayout layout, JobContext &ctx)
{
    ProgressCounter progress(ctx, double(w.byteSize()));
    auto r = channelStats(w, layout, ctx, progress);
    if (r.ok())
        ctx.setProgress(1.0);
    return r;
}

} // namespace pare::core
