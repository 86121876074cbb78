// SPDX-License-Identifier: GPL-3.0-or-later
// The two-sweep statistics pass of tensors that are not counted value by value (F32 and wider,
// block-quantized dtypes): of one tensor (streamingStats), and of many in one queue whose units
// pair one tensor's first sweep with the previous tensor's second (StreamBatch).
#include "statkernels.h"
#include "statsbatch.h"
#include "analysis/channelstats.h"
#include "jobs/jobrunner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <unordered_set>

namespace pare::core::analysis_detail {

namespace {

// The percentile histogram has at least this many bins, so percentiles land within
// (max − min) / 4096 of the exact value.
constexpr int kPercentileBins = 4096;
// Distinct values are counted on up to this many chunks × elements of a wide-dtype tensor.
constexpr int kDistinctSampleChunks = 64;
constexpr std::int64_t kDistinctSampleElements = 1024;

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

} // namespace

// One tensor's two sweeps in pieces that either driver calls: sweep() of every chunk (the
// first sweep, with the second sweep of a chunk of another tensor where one is given), then
// finishFirst() once, then secondChunk() of every chunk (or another tensor's sweep() carrying
// it), with the fine counts and outliers added up by the caller, and finish().
class StreamPass
{
public:
    StreamPass(const Tensor &t, const StatsOptions &o, RowChannels *rows)
        : m_t(t), m_o(o), m_rows(rows), m_chunks((t.numel() + kChunkElements - 1) / kChunkElements),
          m_moments(std::size_t(m_chunks)),
          m_ranges(std::size_t((t.numel() + kBlockElements - 1) / kBlockElements)),
          m_hashes(std::size_t(m_chunks), 0),
          // Aligned F32 is read in place: each block is hashed with its moments, while in L1.
          m_inPlace(t.dtype() == DType::F32
                    && reinterpret_cast<std::uintptr_t>(t.data()) % alignof(float) == 0),
          m_nearZero(float(o.nearZeroThreshold))
    {
        static_assert(kChunkElements % kBlockElements == 0);
    }

    std::int64_t chunks() const { return m_chunks; }
    // Bytes a chunk's first sweep counts towards progress (with the row channels, their pass too)
    // and its second sweep.
    double firstBytes(std::int64_t c) const { return (m_rows ? 1.5 : 0.5) * chunkBytes(c); }
    double secondBytes(std::int64_t c) const { return 0.5 * chunkBytes(c); }
    // Whether finishFirst() left anything to bin (some value is finite).
    bool hasSecondSweep() const { return m_second; }
    int fineBins() const { return m_spec.bins; }

    // The first sweep of chunk c: its moments, block ranges and hash (and its row channels).
    // With second, the second sweep of that tensor's chunk c2 too, counted into table and
    // outliers; blocks of both that are aligned F32 in one loop.
    void sweep(std::int64_t c, StreamPass *second = nullptr, std::int64_t c2 = 0,
               std::uint32_t *table = nullptr, std::int64_t *outliers = nullptr)
    {
        const std::int64_t first = c * kChunkElements;
        const std::int64_t count = std::min(kChunkElements, m_t.numel() - first);
        Moments &m = m_moments[std::size_t(c)];
        if (m_rows) // first, so that the moments below read the chunk from cache
            m_rows->addChunk(first, count);
        if (!m_inPlace || (second && !second->m_inPlace)) {
            const auto raw = rawRange(m_t, first, count);
            if (m_inPlace) {
                StripeHasher hasher{std::uint64_t(c)};
                const float *x = values() + first;
                for (std::int64_t b = 0; b < count; b += kBlockElements)
                    m_ranges[std::size_t((first + b) / kBlockElements)]
                        = m.addHashed(x + b, std::min(kBlockElements, count - b), m_nearZero, hasher);
                finishHash(c, hasher, raw);
            } else {
                m_hashes[std::size_t(c)] = hashBytes(raw.data(), std::int64_t(raw.size()), std::uint64_t(c));
                forEachBlock(m_t, first, count, blockBuffer(), [&](std::int64_t b, const float *x, std::int64_t n) {
                    m_ranges[std::size_t(b / kBlockElements)] = m.add(x, n, m_nearZero);
                });
            }
            if (second)
                *outliers += second->secondChunk(c2, table);
            return;
        }
        StripeHasher hasher{std::uint64_t(c)};
        const float *x = values() + first;
        const std::int64_t first2 = second ? c2 * kChunkElements : 0;
        const std::int64_t count2 = second ? std::min(kChunkElements, second->m_t.numel() - first2) : 0;
        const float *y = second ? second->values() + first2 : nullptr;
        for (std::int64_t b = 0; b < count; b += kBlockElements) {
            const std::int64_t n = std::min(kBlockElements, count - b);
            const std::int64_t n2 = b < count2 ? std::min(kBlockElements, count2 - b) : 0;
            Moments::Range &range = m_ranges[std::size_t((first + b) / kBlockElements)];
            if (n2 > 0 && second->binsInRange(y + b, n2)) {
                BinBlock bins{y + b, n2, &second->m_spec, table, second->thresholdsOf(first2 + b), 0};
                range = m.addHashedBinning(x + b, n, m_nearZero, hasher, bins);
                *outliers += bins.outliers;
            } else {
                range = m.addHashed(x + b, n, m_nearZero, hasher);
                if (n2 > 0)
                    *outliers += second->secondBlock(y + b, first2 + b, n2, table);
            }
        }
        // The second chunk's blocks past this one's end.
        for (std::int64_t b = (count + kBlockElements - 1) / kBlockElements * kBlockElements; b < count2;
             b += kBlockElements)
            *outliers += second->secondBlock(y + b, first2 + b, std::min(kBlockElements, count2 - b), table);
        finishHash(c, hasher, rawRange(m_t, first, count));
    }

    // After the first sweep of every chunk: the figures it gives, and the bins and outlier
    // thresholds of the second.
    void finishFirst()
    {
        Moments total;
        for (const Moments &m : m_moments) // in chunk order: the same figures on every run
            total.merge(m);
        std::vector<Moments>().swap(m_moments);
        TensorStats &s = m_s;
        initStats(s, m_t, m_o);
        s.contentHash = std::accumulate(m_hashes.begin(), m_hashes.end(), std::uint64_t(m_t.numel()));
        applyMoments(s, total);
        s.distinctValues = sampledDistinct(m_t, s.distinctFromSample);
        Histogram &h = s.histogram;
        h.nan = std::uint64_t(total.nan);
        h.inf = std::uint64_t(total.inf);
        m_second = total.n > 0;
        if (!m_second)
            return;
        std::tie(h.lo, h.hi) = histogramRange(total.min, total.max);
        // The fine histogram is a whole multiple of the stored one, which is its exact sum.
        m_factor = (kPercentileBins + m_o.bins - 1) / m_o.bins;
        m_spec.lo = h.lo;
        m_spec.hi = h.hi;
        m_spec.bins = m_o.bins * m_factor;
        m_spec.scale = double(m_spec.bins) / (h.hi - h.lo);
        m_limit = m_o.outlierSigmas * s.stddev;
        m_allFinite = s.nanCount == 0 && s.infCount == 0;
        m_thresholds = outlierThresholds(s.mean, m_limit);
    }

    // The second sweep of chunk c into table; returns its outliers.
    std::int64_t secondChunk(std::int64_t c, std::uint32_t *table)
    {
        const std::int64_t first = c * kChunkElements;
        const std::int64_t count = std::min(kChunkElements, m_t.numel() - first);
        std::int64_t out = 0;
        forEachBlock(m_t, first, count, blockBuffer(), [&](std::int64_t b, const float *x, std::int64_t n) {
            out += secondBlock(x, b, n, table);
        });
        return out;
    }

    // The figures, from the fine counts (fineBins() of them) and the outliers of every chunk.
    TensorStats finish(const std::vector<std::uint64_t> &fine, std::int64_t outliers)
    {
        TensorStats s = std::move(m_s);
        if (!m_second)
            return s;
        Histogram &h = s.histogram;
        s.outliers = outliers;
        s.outlierFraction = double(s.outliers) / double(s.count);
        const int fineBins = m_spec.bins;
        for (int b = 0; b < fineBins; ++b)
            h.counts[std::size_t(b / m_factor)] += fine[std::size_t(b)];

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

private:
    const float *values() const { return reinterpret_cast<const float *>(m_t.data()); }
    double chunkBytes(std::int64_t c) const
    {
        const std::int64_t n = m_t.numel();
        const std::int64_t count = std::min(kChunkElements, n - c * kChunkElements);
        return n > 0 ? double(m_t.byteSize()) / double(n) * double(std::max<std::int64_t>(0, count)) : 0.0;
    }
    void finishHash(std::int64_t c, const StripeHasher &hasher, std::span<const std::byte> raw)
    {
        const std::int64_t size = std::int64_t(raw.size());
        m_hashes[std::size_t(c)] = hasher.finish(raw.data() + size / 32 * 32, size % 32, size);
    }
    // Whether a block of the second sweep is all finite (binInRangeCountOutliers' contract).
    bool binsInRange(const float *x, std::int64_t n) const { return m_allFinite || !hasNonFinite(x, n); }
    // The outlier thresholds for the block at element b: none where its range lies within them
    // (at 6σ, most blocks).
    const OutlierThresholds *thresholdsOf(std::int64_t b) const
    {
        const Moments::Range &r = m_ranges[std::size_t(b / kBlockElements)];
        return r.min > m_thresholds.lo && r.max < m_thresholds.hi ? nullptr : &m_thresholds;
    }
    // The second sweep of the block at element b (x, n values): bins into table, returns outliers.
    std::int64_t secondBlock(const float *x, std::int64_t b, std::int64_t n, std::uint32_t *table) const
    {
        if (binsInRange(x, n))
            return binInRangeCountOutliers(x, n, m_spec, table, thresholdsOf(b));
        BinCounts extra;
        binValues(x, n, m_spec, table, extra);
        std::int64_t out = 0;
        for (std::int64_t i = 0; i < n; ++i)
            out += std::isfinite(x[i]) && std::fabs(double(x[i]) - m_s.mean) > m_limit;
        return out;
    }

    const Tensor &m_t;
    const StatsOptions &m_o;
    RowChannels *m_rows;
    std::int64_t m_chunks;
    std::vector<Moments> m_moments;
    // Each block's finite range: the second sweep tests for outliers only where it reaches past
    // the thresholds (at 6σ, in few blocks or none).
    std::vector<Moments::Range> m_ranges;
    std::vector<std::uint64_t> m_hashes;
    bool m_inPlace;
    float m_nearZero;
    // Set by finishFirst().
    TensorStats m_s;
    bool m_second = false;
    int m_factor = 1;
    BinSpec m_spec;
    double m_limit = 0.0;
    bool m_allFinite = true;
    OutlierThresholds m_thresholds;
};

Result<TensorStats> streamingStats(const Tensor &t, const StatsOptions &o, JobContext &ctx,
                                   ProgressCounter &progress, RowChannels *rows)
{
    StreamPass pass(t, o, rows);
    if (!forEachChunk(t, ctx, progress, rows ? 1.5 : 0.5, [&](std::int64_t c, std::int64_t, std::int64_t) {
            pass.sweep(c);
        }))
        return Error::canceled();
    pass.finishFirst();
    if (!pass.hasSecondSweep()) {
        progress.add(0.5 * double(t.byteSize()));
        return pass.finish({}, 0);
    }
    const int workers = computeThreads();
    WorkerCounts tables(workers, std::size_t(pass.fineBins()));
    std::vector<std::int64_t> outlierCounts(std::size_t(workers), 0);
    // Last chunk first: those the first sweep read last may still be in cache (3 % faster on
    // eight 4096² layers; the counts do not depend on the order).
    if (!forEachChunkByWorker(t, ctx, progress, 0.5, workers, [&](int w, std::int64_t c, std::int64_t,
                                                                  std::int64_t count) {
            outlierCounts[std::size_t(w)] += pass.secondChunk(c, tables.table(w, count));
        }, ChunkOrder::Backward))
        return Error::canceled();
    return pass.finish(tables.finish(),
                       std::accumulate(outlierCounts.begin(), outlierCounts.end(), std::int64_t(0)));
}

// A tensor of the batch: its pass, and the state of its sweeps across threads.
struct StreamBatch::Task
{
    std::size_t index = 0; // in the inputs
    const Tensor *t = nullptr;
    bool rowChannels = false;
    // Made by the first unit of the tensor's first sweep (a model's row-channel accumulators
    // and block ranges, if all made at once, would hold tens of MB through the whole job), and
    // released when its figures are done.
    std::once_flag made;
    std::unique_ptr<RowChannels> rows;
    std::unique_ptr<StreamPass> pass;
    std::int64_t chunks = 0;
    std::int64_t units = 0; // chunks, or one for an empty tensor (so that a thread finishes it)
    std::atomic<std::int64_t> firstLeft{0};
    std::atomic<bool> ready{false}; // finishFirst() is done

    std::mutex mutex; // guards what follows
    std::vector<std::uint64_t> fine;
    std::int64_t outliers = 0;
    int pending = 0; // threads holding an unmerged table of this tensor
    std::int64_t secondLeft = 0;
};

// A thread's table of fine counts for the second sweep of one tensor, merged when it moves on.
struct StreamBatch::Local
{
    static constexpr std::size_t kNone = std::size_t(-1);
    std::size_t task = kNone;
    std::vector<std::uint32_t> table; // all 0 while !counts
    bool counts = false;
    std::int64_t outliers = 0;
    std::int64_t counted = 0; // values in table since it was last merged
    std::int64_t chunks = 0;  // second-sweep chunks done since the thread took the tensor
};

StreamBatch::StreamBatch(const std::vector<Input> &inputs, const StatsOptions &options,
                         ProgressCounter &progress, Done done)
    : StatsQueue(options, progress, std::move(done))
{
    for (const Input &in : inputs) {
        auto task = std::make_unique<Task>();
        task->index = m_tasks.size();
        task->t = in.tensor;
        task->rowChannels = in.rowChannels;
        task->chunks = (in.tensor->numel() + kChunkElements - 1) / kChunkElements;
        task->units = std::max<std::int64_t>(1, task->chunks);
        task->firstLeft = task->units;
        task->secondLeft = task->units;
        m_tasks.push_back(std::move(task));
    }
    // Round r: the first sweep of task r with the second of task r − 1.
    for (std::size_t r = 0; r <= m_tasks.size(); ++r) {
        m_firstUnit.push_back(m_units);
        const std::int64_t a = r < m_tasks.size() ? m_tasks[r]->units : 0;
        const std::int64_t b = r > 0 ? m_tasks[r - 1]->units : 0;
        m_units += std::max(a, b);
    }
    m_firstUnit.push_back(m_units);
}

StreamBatch::~StreamBatch() = default;

void StreamBatch::stop()
{
    m_canceled = true;
    std::lock_guard lock(m_readyMutex);
    m_ready.notify_all();
}

// Waits until the first sweep of task is finished; false when the batch is canceled meanwhile.
bool StreamBatch::waitForFirstSweep(Task &task, JobContext &ctx)
{
    std::unique_lock lock(m_readyMutex);
    while (!task.ready.load()) {
        if (m_canceled.load() || ctx.isCanceled()) {
            m_canceled = true;
            return false;
        }
        // ctx is canceled from outside without a notification: look again every few ms.
        m_ready.wait_for(lock, std::chrono::milliseconds(5));
    }
    return true;
}

void StreamBatch::merge(Task &task, Local &local)
{
    if (local.counts) {
        if (task.fine.empty())
            task.fine.assign(local.table.size(), 0);
        Q_ASSERT(task.fine.size() == local.table.size());
        for (std::size_t k = 0; k < local.table.size(); ++k)
            task.fine[k] += std::exchange(local.table[k], 0u);
        local.counts = false;
    }
    task.outliers += std::exchange(local.outliers, 0);
    local.counted = 0;
}

void StreamBatch::flush(Local &local)
{
    if (local.task == Local::kNone)
        return;
    Task &task = *m_tasks[local.task];
    bool last = false;
    {
        std::lock_guard lock(task.mutex);
        merge(task, local);
        task.secondLeft -= std::exchange(local.chunks, 0);
        last = --task.pending == 0 && task.secondLeft == 0;
    }
    local.task = Local::kNone;
    if (last && !m_canceled.load()) {
        TensorStats s = task.pass->finish(task.fine, task.outliers);
        std::optional<ChannelStats> channels;
        if (task.rows)
            channels = task.rows->finish();
        task.pass.reset();
        task.rows.reset();
        std::vector<std::uint64_t>().swap(task.fine);
        m_done(task.index, std::move(s), std::move(channels));
    }
}

void StreamBatch::work(JobContext &ctx)
{
    Local local;
    for (;;) {
        if (ctx.isCanceled() || m_canceled.load()) {
            stop();
            break;
        }
        const std::int64_t u = m_next.fetch_add(1);
        if (u >= m_units)
            break;
        const auto r = std::int64_t(groupOf(u));
        const std::int64_t c = u - m_firstUnit[std::size_t(r)];
        Task *first = r < std::int64_t(m_tasks.size()) && c < m_tasks[std::size_t(r)]->units
                          ? m_tasks[std::size_t(r)].get() : nullptr;
        Task *second = r > 0 && c < m_tasks[std::size_t(r - 1)]->units
                           ? m_tasks[std::size_t(r - 1)].get() : nullptr;
        if (second && local.task != second->index) {
            flush(local);
            std::lock_guard lock(second->mutex);
            ++second->pending;
            local.task = second->index;
        }
        if (first) {
            std::call_once(first->made, [&] {
                if (first->rowChannels)
                    first->rows = std::make_unique<RowChannels>(*first->t);
                first->pass = std::make_unique<StreamPass>(*first->t, m_options, first->rows.get());
            });
        }
        const bool firstWork = first && c < first->chunks;
        // Whether this unit bins a chunk of the second tensor: it must wait for that tensor's
        // first sweep (until then, the first sweep here runs alone).
        const auto binsChunk = [&] {
            StreamPass &pass = *second->pass;
            if (!pass.hasSecondSweep() || c >= pass.chunks())
                return false;
            if (local.table.size() != std::size_t(pass.fineBins()))
                local.table.assign(std::size_t(pass.fineBins()), 0u);
            local.counts = true;
            return true;
        };
        bool binned = false;
        if (firstWork) {
            if (second && second->ready.load() && binsChunk()) {
                first->pass->sweep(c, second->pass.get(), c, local.table.data(), &local.outliers);
                binned = true;
            } else {
                first->pass->sweep(c);
            }
            m_progress.add(first->pass->firstBytes(c));
        }
        if (first && first->firstLeft.fetch_sub(1) == 1) {
            first->pass->finishFirst();
            if (!first->pass->hasSecondSweep())
                m_progress.add(0.5 * double(first->t->byteSize()));
            std::lock_guard lock(m_readyMutex);
            first->ready = true;
            m_ready.notify_all();
        }
        if (second) {
            if (!binned) {
                if (!waitForFirstSweep(*second, ctx))
                    break;
                if (binsChunk()) {
                    local.outliers += second->pass->secondChunk(c, local.table.data());
                    binned = true;
                }
            }
            if (binned) {
                m_progress.add(second->pass->secondBytes(c));
                // 32-bit counters: merge before they could overflow.
                local.counted += kChunkElements;
                if (local.counted > (std::int64_t(1) << 31) - kChunkElements) {
                    std::lock_guard lock(second->mutex);
                    merge(*second, local);
                }
            }
            ++local.chunks;
        }
    }
    flush(local);
}

} // namespace pare::core::analysis_detail
