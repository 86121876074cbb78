// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/analysis: the statistics passes of many tensors as one parallel loop over
// all their chunks, so that the whole-model job keeps every thread on the same flat queue to the
// end instead of nesting a loop over chunks in a loop over tensors: the value-count pass (8- and
// 16-bit dtypes, CountBatch) and the two sweeps of the others (StreamBatch).

#include "analysis/channelstats.h"
#include "analysis/tensorstats.h"
#include "statkernels.h"

#include <QString>

#include <algorithm>
#include <cmath>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pare::core::analysis_detail {

// An error naming the tensor when the options are out of range.
Result<void> validateStatsOptions(const StatsOptions &options, const QString &tensor);

// Pieces of every statistics pass: the figures every pass sets from the tensor and the options,
// those that follow from the moments, the histogram range for [min, max] (a constant tensor gets
// a unit-wide range around it), and the percentiles (numpy's linear interpolation between order
// statistics) from a function that returns the k-th smallest finite value.
void initStats(TensorStats &s, const Tensor &t, const StatsOptions &o);
void applyMoments(TensorStats &s, const Moments &m);
std::pair<double, double> histogramRange(double min, double max);
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


// The statistics of one tensor that CountBatch does not count (F32 and wider, block-quantized
// dtypes) in two sweeps, parallel over its chunks: moments, range and hash; then a fine histogram
// (percentiles, the stored histogram) and the outlier count, which need the first sweep's
// figures. With rows, the row-channel ranges ride along with the first sweep.
Result<TensorStats> streamingStats(const Tensor &t, const StatsOptions &o, JobContext &ctx,
                                   ProgressCounter &progress, RowChannels *rows = nullptr);

// Whether CountBatch computes this tensor's statistics (an 8- or 16-bit dtype) and, with
// rowChannels, its row-channel ranges in the same loop (16-bit floats whose rows
// RowChannels::countChunk takes).
bool countsValues(const Tensor &t);
bool countsWithRowChannels(const Tensor &t);

// What the two queues below share: their inputs, the callback that takes each tensor's figures,
// and the flat queue of units over all the tensors that every worker thread pulls from.
class StatsQueue
{
public:
    struct Input
    {
        const Tensor *tensor = nullptr;
        bool rowChannels = false; // only where the queue can fuse them (see each queue)
    };
    // Called once per tensor, from the worker thread that completed it; index into the inputs.
    using Done = std::function<void(std::size_t index, TensorStats &&stats,
                                    std::optional<ChannelStats> &&channels)>;

    StatsQueue(const StatsOptions &options, ProgressCounter &progress, Done done)
        : m_options(options), m_progress(progress), m_done(std::move(done))
    {
    }
    StatsQueue(const StatsQueue &) = delete;
    StatsQueue &operator=(const StatsQueue &) = delete;

    bool canceled() const { return m_canceled.load(); }
    std::int64_t units() const { return m_units; }

protected:
    ~StatsQueue() = default;
    // The group (a task or round) that unit u belongs to, from m_firstUnit.
    std::size_t groupOf(std::int64_t u) const
    {
        return std::size_t(std::upper_bound(m_firstUnit.begin(), m_firstUnit.end(), u) - m_firstUnit.begin() - 1);
    }

    std::vector<std::int64_t> m_firstUnit; // of each group; back() is the total
    std::int64_t m_units = 0;
    StatsOptions m_options;
    ProgressCounter &m_progress;
    Done m_done;
    std::atomic<std::int64_t> m_next{0};
    std::atomic<bool> m_canceled{false};
};

// The value-count pass: a unit is one chunk of one tensor (rowChannels: countsWithRowChannels).
class CountBatch : public StatsQueue
{
public:
    // Units are taken in input order (each tensor's chunks in order).
    CountBatch(const std::vector<Input> &inputs, const StatsOptions &options,
               ProgressCounter &progress, Done done);
    ~CountBatch();

    // Counts chunks until none are left or ctx is canceled; run it on each worker thread. A
    // thread keeps one count table per tensor it works on, merged once when it moves on, and
    // the thread that merges a tensor's last table derives its figures.
    void work(JobContext &ctx);
    // Makes every work() return after its current chunk (another item failed); canceled().
    void stop() { m_canceled = true; }

private:
    struct Task;
    struct Local;
    void begin(Local &local, std::size_t task);
    void flush(Local &local);
    void addTable(Task &task, const std::uint32_t *table);
    void finish(Task &task);

    std::vector<std::unique_ptr<Task>> m_tasks;
};

// streamingStats of many tensors in one flat queue, the first sweep of each tensor paired with
// the second sweep of the tensor before it: a unit is chunk k of both, and where both are aligned
// F32 each pair of blocks runs in one loop (Moments::addHashedBinning), the second sweep's
// increments beside the first sweep's float work. A unit whose second sweep waits for the end of
// its tensor's first sweep (the last chunks, on another thread) runs its first sweep alone and
// then waits. The figures are streamingStats' to the last bit. rowChannels: only where
// canFuseRowChannels(*tensor, OutIn).
class StreamBatch : public StatsQueue
{
public:
    StreamBatch(const std::vector<Input> &inputs, const StatsOptions &options,
                ProgressCounter &progress, Done done);
    ~StreamBatch();

    // Runs units until none are left or ctx is canceled; run it on each worker thread.
    void work(JobContext &ctx);
    // Makes every work() return after its current unit, waking those that wait.
    void stop();

private:
    struct Task;
    struct Local;
    bool waitForFirstSweep(Task &task, JobContext &ctx);
    // Adds a thread's table and outliers to its tensor's and clears them; task.mutex held.
    static void merge(Task &task, Local &local);
    // Merges a thread's table when it moves on; the thread that merges a tensor's last one
    // derives its figures and calls done.
    void flush(Local &local);

    std::vector<std::unique_ptr<Task>> m_tasks; // groups are rounds: the first sweep of r, the second of r − 1
    std::mutex m_readyMutex;
    std::condition_variable m_ready;
};

} // namespace pare::core::analysis_detail
