// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensorstats.h"

#include "statkernels.h"
#include "statsbatch.h"
#include "analysis/channelstats.h"
#include "jobs/jobrunner.h"
#include "tensor/convert.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <numeric>
#include <optional>
#include <utility>

namespace pare::core {

using namespace analysis_detail;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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
            same += bytes == 2 ? (p[2 * i] == p[2 * i - 2] && p[2 * i + 1] == p[2 * i - 1])
                               : p[i] == p[i - 1];
            ++pairs;
        }
    }
    return pairs > 0 && same * 50 > pairs;
}


// Keys in ascending order of their values where the encoding gives it (sign and magnitude for
// floats, two's complement for signed integers), else in key order.
template<typename Fn>
void forKeysAscending(DType dtype, std::size_t keys, Fn fn)
{
    const std::size_t half = keys / 2;
    switch (dtype) {
    case DType::F16:
    case DType::BF16:
    case DType::F8_E4M3:
    case DType::F8_E5M2:
        for (std::size_t k = keys; k-- > half;)
            fn(k);
        for (std::size_t k = 0; k < half; ++k)
            fn(k);
        return;
    case DType::I16:
    case DType::I8:
        for (std::size_t k = half; k < keys; ++k)
            fn(k);
        for (std::size_t k = 0; k < half; ++k)
            fn(k);
        return;
    default:
        for (std::size_t k = 0; k < keys; ++k)
            fn(k);
    }
}

// Every figure of a tensor from the count of each of its 2^bits raw values: exact.
TensorStats statsFromCounts(const Tensor &t, const StatsOptions &o, const std::uint64_t *counts,
                            int bits, std::uint64_t contentHash)
{
    const std::size_t keys = std::size_t(1) << bits;
    TensorStats s;
    initStats(s, t, o);
    s.contentHash = contentHash;

    // The finite values that occur, ascending, with their counts. The key order gives the value
    // order for every dtype counted here; the sort only guards that.
    struct Entry { float value; std::uint64_t count; };
    std::vector<Entry> entries;
    Moments m;
    const std::vector<float> &decoded = decodedKeys(t.dtype(), bits);
    forKeysAscending(t.dtype(), keys, [&](std::size_t k) {
        if (counts[k] == 0)
            return;
        const float v = decoded[k];
        if (std::isnan(v))
            m.nan += std::int64_t(counts[k]);
        else if (std::isinf(v))
            m.inf += std::int64_t(counts[k]);
        else
            entries.push_back({v == 0.0f ? 0.0f : v, counts[k]}); // −0 and +0 are one value
    });
    const auto byValue = [](const Entry &a, const Entry &b) { return a.value < b.value; };
    if (!std::is_sorted(entries.begin(), entries.end(), byValue))
        std::sort(entries.begin(), entries.end(), byValue);
    // Merge equal values (−0/+0; I16 and F16 have no other duplicates).
    std::vector<Entry> merged;
    merged.reserve(entries.size());
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

// The per-thread count table of CountBatch: n zeroed counters, kept across chunks of one tensor
// (countScratch is for the span of one chunk body).
std::uint32_t *countTable(std::size_t n)
{
    thread_local std::vector<std::uint32_t> table;
    if (table.size() < n)
        table.resize(n);
    std::fill_n(table.begin(), n, 0u);
    return table.data();
}

} // namespace

namespace analysis_detail {

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

const std::vector<float> &decodedKeys(DType dtype, int bits)
{
    static std::array<std::once_flag, kDTypeCount> once;
    static std::array<std::vector<float>, kDTypeCount> tables;
    const auto d = std::size_t(dtype);
    std::call_once(once[d], [&] {
        const std::size_t keys = std::size_t(1) << bits;
        const std::size_t bytes = std::size_t(bits / 8);
        std::vector<std::byte> raw(keys * bytes);
        for (std::size_t k = 0; k < keys; ++k) {
            raw[k * bytes] = std::byte(k & 0xff);
            if (bytes == 2)
                raw[k * bytes + 1] = std::byte(k >> 8);
        }
        tables[d].resize(keys);
        convertToFloat(dtype, raw.data(), std::int64_t(keys), tables[d].data());
    });
    return tables[d];
}

struct CountBatch::Task
{
    std::size_t index = 0; // in the inputs
    const Tensor *t = nullptr;
    bool rowChannels = false;
    int bits = 0;
    std::size_t keys = 0;
    std::int64_t chunks = 0;
    double bytesPerElement = 0.0;
    std::vector<std::uint64_t> hashes; // of each chunk, written by the thread that counts it

    std::mutex mutex; // guards what follows, and makes it visible to the thread that finishes
    bool started = false;
    // Four counters per value where runs of one value are common (and the tensor large enough to
    // pay for clearing and merging them); one elsewhere, where it keeps the table in L1.
    std::size_t ways = 1;
    bool fused = false; // counts, hash and row channels in one loop (RowChannels::countChunk)
    std::unique_ptr<RowChannels> rows;
    std::vector<std::uint64_t> counts; // merged tables, allocated by the first merge
    int pending = 0;                   // threads holding an unmerged table of this tensor
    std::atomic<std::int64_t> chunksLeft{0};
};

struct CountBatch::Local
{
    static constexpr std::size_t kNone = std::size_t(-1);
    std::size_t task = kNone;
    std::uint32_t *table = nullptr;
    std::int64_t counted = 0; // values in table since it was last merged
};

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

Result<void> validateStatsOptions(const StatsOptions &options, const QString &tensor)
{
    return validate(options, tensor);
}

bool countsValues(const Tensor &t)
{
    return keyBits(t.dtype()) != 0;
}

bool countsWithRowChannels(const Tensor &t)
{
    return keyBits(t.dtype()) == 16 && canFuseRowChannels(t, WeightLayout::OutIn);
}

CountBatch::CountBatch(const std::vector<Input> &inputs, const StatsOptions &options,
                       ProgressCounter &progress, Done done)
    : StatsQueue(options, progress, std::move(done))
{
    for (const Input &in : inputs) {
        auto task = std::make_unique<Task>();
        task->index = m_tasks.size();
        task->t = in.tensor;
        task->rowChannels = in.rowChannels;
        task->bits = keyBits(in.tensor->dtype());
        Q_ASSERT(task->bits != 0);
        task->keys = std::size_t(1) << task->bits;
        const std::int64_t n = in.tensor->numel();
        task->chunks = (n + kChunkElements - 1) / kChunkElements;
        task->bytesPerElement = n > 0 ? double(in.tensor->byteSize()) / double(n) : 0.0;
        task->hashes.assign(std::size_t(task->chunks), 0);
        // An empty tensor still takes one unit, so that some thread finishes it.
        task->chunksLeft = std::max<std::int64_t>(1, task->chunks);
        m_firstUnit.push_back(m_units);
        m_units += task->chunksLeft.load();
        m_tasks.push_back(std::move(task));
    }
    m_firstUnit.push_back(m_units);
}

CountBatch::~CountBatch() = default;

void CountBatch::begin(Local &local, std::size_t k)
{
    Task &task = *m_tasks[k];
    {
        std::lock_guard lock(task.mutex);
        if (!task.started) {
            task.started = true;
            task.ways = task.t->numel() >= (std::int64_t(1) << 20) && hasValueRuns(*task.t, task.bits)
                            ? 4 : 1;
            if (task.rowChannels) {
                task.rows = std::make_unique<RowChannels>(*task.t);
                task.fused = task.bits == 16 && task.rows->canCountChunks();
            }
        }
        ++task.pending;
    }
    local.task = k;
    local.table = countTable(task.keys * task.ways);
    local.counted = 0;
}

// Adds a thread's count table (task.ways lanes per key) to the task's counts; task.mutex held.
// Each form is a plain loop the compiler vectorizes: 65536 keys are added in ~20 µs.
void CountBatch::addTable(Task &task, const std::uint32_t *table)
{
    if (task.counts.empty())
        task.counts.assign(task.keys, 0);
    std::uint64_t *counts = task.counts.data();
    const std::size_t keys = task.keys;
    if (task.ways == 1) {
        for (std::size_t k = 0; k < keys; ++k)
            counts[k] += table[k];
        return;
    }
    Q_ASSERT(task.ways == 4);
    for (std::size_t k = 0; k < keys; ++k)
        counts[k] += std::uint64_t(table[4 * k]) + table[4 * k + 1] + table[4 * k + 2]
                     + table[4 * k + 3];
}

void CountBatch::flush(Local &local)
{
    if (local.task == Local::kNone)
        return;
    Task &task = *m_tasks[local.task];
    local.task = Local::kNone;
    bool last = false;
    {
        std::lock_guard lock(task.mutex);
        addTable(task, local.table);
        last = --task.pending == 0 && task.chunksLeft.load() == 0;
    }
    if (last && !m_canceled.load())
        finish(task);
}

void CountBatch::finish(Task &task)
{
    const std::uint64_t hash = std::accumulate(task.hashes.begin(), task.hashes.end(),
                                               std::uint64_t(task.t->numel()));
    TensorStats s = statsFromCounts(*task.t, m_options, task.counts.data(), task.bits, hash);
    std::optional<ChannelStats> channels;
    if (task.rows)
        channels = task.rows->finish();
    // What is left of the task is small; its tables go now.
    task.rows.reset();
    std::vector<std::uint64_t>().swap(task.counts);
    std::vector<std::uint64_t>().swap(task.hashes);
    m_done(task.index, std::move(s), std::move(channels));
}

void CountBatch::work(JobContext &ctx)
{
    Local local;
    for (;;) {
        if (ctx.isCanceled() || m_canceled.load()) {
            m_canceled = true;
            break;
        }
        const std::int64_t u = m_next.fetch_add(1);
        if (u >= m_units)
            break;
        const std::size_t k = groupOf(u);
        if (local.task != k) {
            flush(local);
            begin(local, k);
        }
        Task &task = *m_tasks[k];
        const std::int64_t c = u - m_firstUnit[k];
        const std::int64_t first = c * kChunkElements;
        const std::int64_t count = std::min(kChunkElements, task.t->numel() - first);
        if (count > 0) {
            if (task.fused) {
                // Counts, hash and row channels in one loop over the values.
                task.hashes[std::size_t(c)] = task.rows->countChunk(first, count, int(task.ways),
                                                                    local.table, std::uint64_t(c));
            } else {
                const auto raw = rawRange(*task.t, first, count);
                task.hashes[std::size_t(c)]
                    = hashAndCountValues(raw.data(), std::int64_t(raw.size()), std::uint64_t(c),
                                         task.bits, int(task.ways), local.table);
                if (task.rows) // the chunk is still in cache
                    task.rows->addChunk(first, count);
            }
            m_progress.add(task.bytesPerElement * double(count) * (task.rows ? 2.0 : 1.0));
            // Per-thread counters are 32-bit: merge before they could overflow.
            local.counted += count;
            if (local.counted > (std::int64_t(1) << 31) - kChunkElements) {
                std::lock_guard lock(task.mutex);
                addTable(task, local.table);
                std::fill_n(local.table, task.keys * task.ways, 0u);
                local.counted = 0;
            }
        }
        task.chunksLeft.fetch_sub(1);
    }
    flush(local);
}

} // namespace analysis_detail

namespace {

// One pass counting each of the ≤ 2^16 possible values; every figure is then exact.
Result<TensorStats> valueCountStats(const Tensor &t, const StatsOptions &o, JobContext &ctx,
                                    ProgressCounter &progress)
{
    std::optional<TensorStats> stats;
    CountBatch batch({{&t, false}}, o, progress,
                     [&](std::size_t, TensorStats &&s, std::optional<ChannelStats> &&) { stats = std::move(s); });
    // One loop index per thread, each pulling chunks until none are left.
    const std::int64_t workers = std::min<std::int64_t>(batch.units(), std::max(1, computeThreads()));
    const bool done = parallelFor(workers, 1,
                                  [&](qint64 begin, qint64 end) {
                                      for (qint64 w = begin; w < end; ++w)
                                          batch.work(ctx);
                                  },
                                  ctx);
    if (!done || batch.canceled() || !stats)
        return Error::canceled();
    return std::move(*stats);
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
        return valueCountStats(t, options, ctx, progress);
    return streamingStats(t, options, ctx, progress);
}

} // namespace analysis_detail

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
