// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/analysis: the value-count pass (8- and 16-bit dtypes) of many tensors as one
// parallel loop over all their chunks, so that the whole-model job keeps every thread on the
// same flat queue to the end instead of nesting a loop over chunks in a loop over tensors.

#include "analysis/channelstats.h"
#include "analysis/tensorstats.h"
#include "statkernels.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace pare::core::analysis_detail {

// An error naming the tensor when the options are out of range.
Result<void> validateStatsOptions(const StatsOptions &options, const QString &tensor);

// Whether CountBatch computes this tensor's statistics (an 8- or 16-bit dtype) and, with
// rowChannels, its row-channel ranges in the same loop (16-bit floats whose rows
// RowChannels::countChunk takes).
bool countsValues(const Tensor &t);
bool countsWithRowChannels(const Tensor &t);

class CountBatch
{
public:
    struct Input
    {
        const Tensor *tensor = nullptr;
        bool rowChannels = false; // only where countsWithRowChannels(*tensor)
    };
    // Called once per tensor, from the worker thread that completed it; index into the inputs.
    using Done = std::function<void(std::size_t index, TensorStats &&stats,
                                    std::optional<ChannelStats> &&channels)>;

    // Units are taken in input order (each tensor's chunks in order).
    CountBatch(const std::vector<Input> &inputs, const StatsOptions &options,
               ProgressCounter &progress, Done done);
    ~CountBatch();
    CountBatch(const CountBatch &) = delete;
    CountBatch &operator=(const CountBatch &) = delete;

    // Counts chunks until none are left or ctx is canceled; run it on each worker thread. A
    // thread keeps one count table per tensor it works on, merged once when it moves on, and
    // the thread that merges a tensor's last table derives its figures.
    void work(JobContext &ctx);
    // Makes every work() return after its current chunk (another item failed); canceled().
    void stop() { m_canceled = true; }
    bool canceled() const { return m_canceled.load(); }
    std::int64_t chunks() const { return m_units; }

private:
    struct Task;
    struct Local;
    void begin(Local &local, std::size_t task);
    void flush(Local &local);
    void addTable(Task &task, const std::uint32_t *table);
    void finish(Task &task);

    std::vector<std::unique_ptr<Task>> m_tasks;
    std::vector<std::int64_t> m_firstUnit; // of each task; back() is the total
    std::int64_t m_units = 0;
    StatsOptions m_options;
    ProgressCounter &m_progress;
    Done m_done;
    std::atomic<std::int64_t> m_next{0};
    std::atomic<bool> m_canceled{false};
};

} // namespace pare::core::analysis_detail
