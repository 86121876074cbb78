// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelstats.h"

#include "statkernels.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
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
    bool addRun16(DType dtype, std::int64_t channel, const std::uint16_t *x, std::int64_t n)
    {
        const auto c = std::size_t(channel - base);
        ChannelRun run{min[c], max[c], absMax[c], 0.0, 0};
        if (!addChannelRun16(dtype, x, n, run))
            return false;
        min[c] = run.min;
        max[c] = run.max;
        absMax[c] = run.absMax;
        sumSquares[c] += run.sumSquares;
        zeros[c] += run.zeros;
        return true;
    }
    // Folds in a's channels [lo, hi) (this accumulator holds all channels from 0).
    void merge(const Accumulator &a, std::int64_t lo, std::int64_t hi)
    {
        for (std::int64_t c = lo; c < hi; ++c) {
            const auto i = std::size_t(c - lo);
            const auto t = std::size_t(c);
            min[t] = std::min(min[t], a.min[i]);
            max[t] = std::max(max[t], a.max[i]);
            absMax[t] = std::max(absMax[t], a.absMax[i]);
            sumSquares[t] += a.sumSquares[i];
            zeros[t] += a.zeros[i];
        }
    }
    void addRun(std::int64_t channel, const float *x, std::int64_t n)
    {
        const auto c = std::size_t(channel - base);
        ChannelRun run{min[c], max[c], absMax[c], 0.0, 0};
        addChannelRun(x, n, run);
        min[c] = run.min;
        max[c] = run.max;
        absMax[c] = run.absMax;
        sumSquares[c] += run.sumSquares;
        zeros[c] += run.zeros;
    }
};

bool channelsAreRows(WeightLayout layout)
{
    return layout == WeightLayout::OutIn || layout == WeightLayout::ConvOIHW
           || layout == WeightLayout::Vector;
}

// The per-channel figures from the totals (s.channels and s.perChannel set).
void finishChannels(ChannelStats &s, Accumulator &total)
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const auto out = std::size_t(s.channels);
    s.min = std::move(total.min);
    s.max = std::move(total.max);
    s.absMax = std::move(total.absMax);
    s.l2Norm.resize(out);
    s.zeroFraction.resize(out);
    for (std::size_t c = 0; c < out; ++c) {
        if (s.min[c] > s.max[c]) // no finite value in the channel
            s.min[c] = s.max[c] = nan;
        s.l2Norm[c] = std::sqrt(total.sumSquares[c]);
        s.zeroFraction[c] = double(total.zeros[c]) / double(s.perChannel);
    }
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
                                  ProgressCounter &progress, int groups)
{
    ChannelStats s;
    const bool rows = channelsAreRows(layout);
    const OutInMap map = outInMap(layout, w.shape(), groups);
    const bool columns = map.order == OutInMap::Order::Columns;
    s.channels = w.rank() == 0 ? 1 : map.rows;
    if (s.channels <= 0 || w.numel() == 0)
        return s;
    s.perChannel = w.numel() / s.channels;
    Accumulator total;
    total.reset(0, s.channels);
    std::mutex mutex;
    const std::int64_t out = s.channels;
    const std::int64_t per = s.perChannel;
    const bool is16 = (w.dtype() == DType::BF16 || w.dtype() == DType::F16)
                      && reinterpret_cast<std::uintptr_t>(w.data()) % alignof(std::uint16_t) == 0;
    const auto *raw16 = is16 ? reinterpret_cast<const std::uint16_t *>(w.data()) : nullptr;
    const bool done = forEachChunk(w, ctx, progress, 1.0, [&](std::int64_t, std::int64_t first,
                                                              std::int64_t count) {
        // Row channels touch a contiguous range of channels; column channels touch all.
        const std::int64_t lo = rows ? first / per : 0;
        const std::int64_t hi = rows ? (first + count - 1) / per + 1 : out;
        Accumulator a;
        a.reset(lo, hi - lo);
        // Rows of 16-bit floats: straight from the raw values when the CPU can.
        bool handled = false;
        if (rows && raw16) {
            handled = true;
            std::int64_t c = first / per;
            std::int64_t i = first;
            while (handled && i < first + count) {
                const std::int64_t len = std::min(first + count - i, per - i % per);
                handled = a.addRun16(w.dtype(), c, raw16 + i, len);
                i += len;
                ++c;
            }
            if (!handled)
                a.reset(lo, hi - lo);
        }
        if (!handled) {
            forEachBlock(w, first, count, blockBuffer(), [&](std::int64_t b, const float *x, std::int64_t n) {
                if (rows) {
                    // Runs of one channel, each folded in by the vector kernel.
                    std::int64_t c = b / per;
                    std::int64_t i = 0;
                    while (i < n) {
                        const std::int64_t len = std::min(n - i, per - (b + i) % per);
                        a.addRun(c, x + i, len);
                        i += len;
                        ++c;
                    }
                } else if (!columns) {
                    // Transposed convolutions: aligned runs of map.run() elements per channel.
                    const std::int64_t run = map.run();
                    std::int64_t i = 0;
                    while (i < n) {
                        const std::int64_t len = std::min(n - i, run - (b + i) % run);
                        a.addRun(map.channelOf(b + i), x + i, len);
                        i += len;
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
        }
        std::lock_guard lock(mutex);
        total.merge(a, lo, hi);
    });
    if (!done)
        return Error::canceled();
    finishChannels(s, total);
    return s;
}

bool canFuseRowChannels(const Tensor &w, WeightLayout layout)
{
    if (!channelsAreRows(layout) || w.rank() < 1 || w.dim(0) <= 0 || w.numel() <= 0)
        return false;
    // Aligned F32 rows are read in place by the statistics pass's first sweep.
    if (w.dtype() == DType::F32)
        return reinterpret_cast<std::uintptr_t>(w.data()) % alignof(float) == 0;
    return (w.dtype() == DType::BF16 || w.dtype() == DType::F16)
           && reinterpret_cast<std::uintptr_t>(w.data()) % alignof(std::uint16_t) == 0
           && canAddChannelRun16();
}

struct RowChannels::State
{
    Accumulator total;
    std::mutex mutex;
};

RowChannels::RowChannels(const Tensor &w) : m_w(w), m_state(std::make_unique<State>())
{
    m_channels = w.dim(0);
    m_per = w.numel() / m_channels;
    m_state->total.reset(0, m_channels);
}

RowChannels::~RowChannels() = default;

void RowChannels::addChunk(std::int64_t first, std::int64_t count)
{
    const std::int64_t lo = first / m_per;
    const std::int64_t hi = (first + count - 1) / m_per + 1;
    Accumulator a;
    a.reset(lo, hi - lo);
    if (m_w.dtype() == DType::F32) {
        // Runs cut at block and row boundaries, as channelStats cuts them: the same figures.
        const auto *values = reinterpret_cast<const float *>(m_w.data());
        for (std::int64_t b = first; b < first + count; b += kBlockElements) {
            const std::int64_t n = std::min(kBlockElements, first + count - b);
            std::int64_t c = b / m_per;
            for (std::int64_t i = 0; i < n; ++c) {
                const std::int64_t len = std::min(n - i, m_per - (b + i) % m_per);
                a.addRun(c, values + b + i, len);
                i += len;
            }
        }
    } else {
        const auto *raw16 = reinterpret_cast<const std::uint16_t *>(m_w.data());
        std::int64_t c = lo;
        for (std::int64_t i = first; i < first + count; ++c) {
            const std::int64_t len = std::min(first + count - i, m_per - i % m_per);
            a.addRun16(m_w.dtype(), c, raw16 + i, len);
            i += len;
        }
    }
    std::lock_guard lock(m_state->mutex);
    m_state->total.merge(a, lo, hi);
}

bool RowChannels::canCountChunks() const
{
    return (m_w.dtype() == DType::BF16 || m_w.dtype() == DType::F16) && m_per % 16 == 0
           && kChunkElements % 16 == 0;
}

std::uint64_t RowChannels::countChunk(std::int64_t first, std::int64_t count, int ways,
                                      std::uint32_t *counts, std::uint64_t seed)
{
    const auto *raw16 = reinterpret_cast<const std::uint16_t *>(m_w.data());
    const std::int64_t lo = first / m_per;
    const std::int64_t hi = (first + count - 1) / m_per + 1;
    Accumulator a;
    a.reset(lo, hi - lo);
    StripeHasher hasher(seed);
    std::int64_t c = lo;
    for (std::int64_t i = first; i < first + count; ++c) {
        const std::int64_t len = std::min(first + count - i, m_per - i % m_per);
        const auto k = std::size_t(c - lo);
        ChannelRun run{a.min[k], a.max[k], a.absMax[k], 0.0, 0};
        const bool done = countChannelRun16(m_w.dtype(), raw16 + i, len, ways, counts, hasher, run);
        Q_ASSERT(done); // canCountChunks() and canFuseRowChannels() hold
        Q_UNUSED(done);
        a.min[k] = run.min;
        a.max[k] = run.max;
        a.absMax[k] = run.absMax;
        a.sumSquares[k] += run.sumSquares;
        a.zeros[k] += run.zeros;
        i += len;
    }
    {
        std::lock_guard lock(m_state->mutex);
        m_state->total.merge(a, lo, hi);
    }
    return hasher.finish(nullptr, 0, count * 2);
}

ChannelStats RowChannels::finish()
{
    ChannelStats s;
    s.channels = m_channels;
    s.perChannel = m_per;
    finishChannels(s, m_state->total);
    return s;
}

} // namespace analysis_detail

Result<ChannelStats> computeChannelStats(const Tensor &w, WeightLayout layout, JobContext &ctx,
                                         int groups)
{
    ProgressCounter progress(ctx, double(w.byteSize()));
    auto r = channelStats(w, layout, ctx, progress, groups);
    if (r.ok())
        ctx.setProgress(1.0);
    return r;
}

} // namespace pare::core
