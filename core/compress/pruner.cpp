// SPDX-License-Identifier: GPL-3.0-or-later
#include "pruner.h"

#include <QCoreApplication>

#include "jobs/jobrunner.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <mutex>
#include <numeric>

namespace pare::core {

namespace {

constexpr qint64 kChunk = 1 << 18;
constexpr int kHighBins = 1 << 15; // magnitude bits 30..16 (the sign bit is dropped)

inline std::uint32_t magnitudeKey(float v)
{
    return std::bit_cast<std::uint32_t>(v) & 0x7fffffffu; // ordered like |v| for finite values
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_THREAD__)
#define PARE_PRUNE_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define PARE_PRUNE_CLONES
#endif

// Pass 1: counts of the high 15 magnitude bits (bits 30..16) over [a, e).
PARE_PRUNE_CLONES void countHigh(const float *v, qint64 n, std::uint32_t *hist)
{
    for (qint64 i = 0; i < n; ++i)
        ++hist[magnitudeKey(v[i]) >> 16];
}

// A value in the boundary bin: its key, and where it sits (tensor, index) for tie order.
struct Candidate
{
    std::uint32_t key;
    std::uint32_t tensor;
    std::int64_t index;
    bool operator<(const Candidate &o) const
    {
        return key != o.key ? key < o.key : tensor != o.tensor ? tensor < o.tensor : index < o.index;
    }
};

// Pass 2 over v[a, e): zeroes every value whose magnitude key is below `binStart` (a whole
// number of high bins) and collects the values of the boundary bin [binStart, binStart + 2^16).
// Blocks of 64 run branch-free (vectorized); only blocks holding a boundary value are rescanned.
PARE_PRUNE_CLONES std::int64_t zeroBelow(float *v, qint64 a, qint64 e, std::int32_t binStart, std::uint32_t tensor,
                                         std::vector<Candidate> &out)
{
    constexpr qint64 kBlock = 64;
    std::int64_t dropped = 0;
    for (qint64 b = a; b < e; b += kBlock) {
        const qint64 n = std::min(kBlock, e - b);
        float *x = v + b;
        std::int32_t any = 0, count = 0;
        for (qint64 i = 0; i < n; ++i) {
            std::int32_t key;
            std::memcpy(&key, x + i, 4);
            key &= 0x7fffffff;
            const std::int32_t drop = key < binStart;
            any |= ((key - binStart) >> 16) == 0;
            count += drop;
            x[i] = drop ? 0.0f : x[i];
        }
        dropped += count;
        if (!any)
            continue;
        for (qint64 i = 0; i < n; ++i) {
            const std::uint32_t key = magnitudeKey(x[i]);
            if ((key >> 16) == (std::uint32_t(binStart) >> 16))
                out.push_back({key, tensor, std::int64_t(b + i)});
        }
    }
    return dropped;
}

// Radix select in two passes over the data: a histogram of the high magnitude bits finds the
// bin holding the k-th smallest magnitude; the second pass zeroes every value of a lower bin and
// collects the (few) values of that bin, among which the rest are chosen exactly: smallest
// magnitude first, ties in tensor and then index order.
Result<std::vector<std::int64_t>> pruneSmallest(const std::vector<std::span<float>> &tensors, std::int64_t k,
                                               JobContext &ctx)
{
    std::mutex mutex;
    std::vector<std::int64_t> high(kHighBins, 0);
    for (const auto &t : tensors) {
        const bool ok = parallelFor(qint64(t.size()), kChunk, [&](qint64 a, qint64 e) {
            std::vector<std::uint32_t> local(kHighBins, 0);
            countHigh(t.data() + a, e - a, local.data());
            std::lock_guard lock(mutex);
            for (int b = 0; b < kHighBins; ++b)
                high[std::size_t(b)] += local[std::size_t(b)];
        }, ctx);
        if (!ok)
            return Error::canceled();
    }
    std::int64_t below = 0;
    std::uint32_t h = 0;
    for (; h + 1 < std::uint32_t(kHighBins); ++h) {
        if (below + high[h] >= k)
            break;
        below += high[h];
    }
    const std::int32_t binStart = std::int32_t(h << 16);

    std::vector<std::int64_t> pruned(tensors.size(), 0);
    std::vector<Candidate> candidates; // in any order: the selection below orders them fully
    for (std::size_t ti = 0; ti < tensors.size(); ++ti) {
        const auto &span = tensors[ti];
        const bool ok = parallelFor(qint64(span.size()), kChunk, [&](qint64 a, qint64 e) {
            std::vector<Candidate> local;
            const std::int64_t dropped = zeroBelow(span.data(), a, e, binStart, std::uint32_t(ti), local);
            std::lock_guard lock(mutex);
            pruned[ti] += dropped;
            candidates.insert(candidates.end(), local.begin(), local.end());
        }, ctx);
        if (!ok)
            return Error::canceled();
    }
    const std::int64_t need = std::min<std::int64_t>(k - below, std::int64_t(candidates.size()));
    if (need > 0) {
        std::nth_element(candidates.begin(), candidates.begin() + (need - 1), candidates.end());
        for (std::int64_t i = 0; i < need; ++i) {
            const Candidate &c = candidates[std::size_t(i)];
            tensors[c.tensor][std::size_t(c.index)] = 0.0f;
            ++pruned[c.tensor];
        }
    }
    return pruned;
}

} // namespace

std::int64_t prunedCount(std::int64_t count, double sparsity)
{
    return std::clamp<std::int64_t>(std::llround(double(count) * sparsity), 0, count);
}

Result<void> pruneMagnitude(std::span<float> values, double sparsity, JobContext &ctx)
{
    auto r = pruneMagnitudeGlobal({values}, sparsity, ctx);
    if (!r)
        return r.error();
    return {};
}

Result<std::vector<std::int64_t>> pruneMagnitudeGlobal(const std::vector<std::span<float>> &tensors,
                                                       double sparsity, JobContext &ctx)
{
    std::int64_t total = 0;
    for (const auto &t : tensors)
        total += std::int64_t(t.size());
    const std::int64_t k = prunedCount(total, sparsity);
    if (k == 0)
        return std::vector<std::int64_t>(tensors.size(), 0);
    return pruneSmallest(tensors, k, ctx);
}

Result<void> pruneByActivation(std::span<float> values, std::int64_t rows, std::int64_t cols,
                               std::span<const float> columnNorms, double sparsity, JobContext &ctx)
{
    if (std::int64_t(values.size()) != rows * cols || std::int64_t(columnNorms.size()) != cols)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "activation-aware pruning: %1 input norms for a %2×%3 weight")
                             .arg(columnNorms.size()).arg(rows).arg(cols));
    const std::int64_t k = prunedCount(std::int64_t(values.size()), sparsity);
    if (k == 0)
        return {};
    std::vector<float> scores(values.size());
    parallelFor(rows, 64, [&](qint64 r0, qint64 r1) {
        for (qint64 r = r0; r < r1; ++r)
            for (std::int64_t c = 0; c < cols; ++c)
                scores[std::size_t(r * cols + c)] = std::fabs(values[std::size_t(r * cols + c)]) * std::fabs(columnNorms[std::size_t(c)]);
    });
    // Zero scores (zero weights, dead inputs) are the smallest: when they alone reach k, the
    // earliest k of them go; otherwise the selection zeroes exactly k scores, all zeros among them.
    const std::int64_t zeroScores = std::count(scores.begin(), scores.end(), 0.0f);
    if (k <= zeroScores) {
        std::int64_t left = k;
        for (std::size_t i = 0; i < scores.size() && left > 0; ++i)
            if (scores[i] == 0.0f) {
                values[i] = 0.0f;
                --left;
            }
        return {};
    }
    auto r = pruneSmallest({std::span<float>(scores)}, k, ctx);
    if (!r)
        return r.error();
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (scores[i] == 0.0f)
            values[i] = 0.0f;
    return {};
}

std::int64_t nmKeptPerRow(std::int64_t cols, int n, int m)
{
    const std::int64_t tail = cols % m;
    return (cols / m) * n + (tail * n + m - 1) / m;
}

NMSelection selectNM(const float *matrix, std::int64_t rows, std::int64_t cols, int n, int m)
{
    NMSelection s;
    s.keptPerRow = nmKeptPerRow(cols, n, m);
    s.values.resize(std::size_t(rows * s.keptPerRow));
    s.indices.resize(s.values.size());
    parallelFor(rows, 64, [&](qint64 r0, qint64 r1) {
        std::vector<int> idx(static_cast<std::size_t>(m));
        for (qint64 r = r0; r < r1; ++r) {
            const float *row = matrix + r * cols;
            std::int64_t out = r * s.keptPerRow;
            for (std::int64_t g = 0; g < cols; g += m) {
                const int len = int(std::min<std::int64_t>(m, cols - g));
                const int keep = len == m ? n : int((std::int64_t(len) * n + m - 1) / m);
                std::iota(idx.begin(), idx.begin() + len, 0);
                // Largest magnitudes first, lower index on ties; then back to column order.
                std::partial_sort(idx.begin(), idx.begin() + keep, idx.begin() + len, [&](int a, int b) {
                    const float fa = std::fabs(row[g + a]), fb = std::fabs(row[g + b]);
                    return fa > fb || (fa == fb && a < b);
                });
                std::sort(idx.begin(), idx.begin() + keep);
                for (int j = 0; j < keep; ++j) {
                    s.values[std::size_t(out)] = row[g + idx[std::size_t(j)]];
                    s.indices[std::size_t(out)] = std::uint8_t(idx[std::size_t(j)]);
                    ++out;
                }
            }
        }
    });
    return s;
}

std::int64_t channelsKept(std::int64_t rows, double sparsity)
{
    return std::max<std::int64_t>(1, rows - prunedCount(rows, sparsity));
}

std::vector<std::uint32_t> channelsToKeep(const std::vector<RowMatrix> &matrices, double sparsity, PruneNorm norm)
{
    if (matrices.empty())
        return {};
    const std::int64_t rows = matrices.front().rows;
    std::vector<double> score(static_cast<std::size_t>(rows), 0.0);
    for (const RowMatrix &m : matrices) {
        for (std::int64_t r = 0; r < rows && r < m.rows; ++r) {
            const float *row = m.values + r * m.cols;
            double s = 0;
            for (std::int64_t c = 0; c < m.cols; ++c)
                s += norm == PruneNorm::L1 ? std::fabs(double(row[c])) : double(row[c]) * row[c];
            score[std::size_t(r)] += s; // L2: sum of squares, monotone in the combined norm
        }
    }
    std::vector<std::uint32_t> order(static_cast<std::size_t>(rows));
    std::iota(order.begin(), order.end(), 0u);
    const std::int64_t keep = channelsKept(rows, sparsity);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return score[a] > score[b];
    });
    order.resize(std::size_t(keep));
    std::sort(order.begin(), order.end());
    return order;
}

} // namespace pare::core
