// SPDX-License-Identifier: GPL-3.0-or-later
#include "pruner.h"

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
constexpr int kLowBins = 1 << 16;  // bits 15..0

inline std::uint32_t magnitudeKey(float v)
{
    return std::bit_cast<std::uint32_t>(v) & 0x7fffffffu; // ordered like |v| for finite values
}

struct Threshold
{
    std::uint32_t key = 0;       // prune everything below; ties at `key` as `ties` says
    std::int64_t ties = 0;       // how many values equal to key to prune
    std::int64_t equalCount = 0; // how many equal key exist
};

// Radix select: the key of the k-th smallest magnitude (k ≥ 1) over all tensors.
Result<Threshold> selectThreshold(const std::vector<std::span<float>> &tensors, std::int64_t k, JobContext &ctx)
{
    std::mutex mutex;
    std::vector<std::int64_t> high(kHighBins, 0);
    for (const auto &t : tensors) {
        const bool ok = parallelFor(qint64(t.size()), kChunk, [&](qint64 a, qint64 e) {
            std::vector<std::uint32_t> local(kHighBins, 0);
            for (qint64 i = a; i < e; ++i)
                ++local[magnitudeKey(t[std::size_t(i)]) >> 16];
            std::lock_guard lock(mutex);
            for (int b = 0; b < kHighBins; ++b)
                high[std::size_t(b)] += local[std::size_t(b)];
        }, ctx);
        if (!ok)
            return Error::canceled();
    }
    std::int64_t below = 0;
    std::uint32_t h = 0;
    for (; h < std::uint32_t(kHighBins); ++h) {
        if (below + high[h] >= k)
            break;
        below += high[h];
    }
    std::vector<std::int64_t> low(kLowBins, 0);
    for (const auto &t : tensors) {
        const bool ok = parallelFor(qint64(t.size()), kChunk, [&](qint64 a, qint64 e) {
            std::vector<std::uint32_t> local(kLowBins, 0);
            bool any = false;
            for (qint64 i = a; i < e; ++i) {
                const std::uint32_t key = magnitudeKey(t[std::size_t(i)]);
                if ((key >> 16) == h) {
                    ++local[key & 0xffff];
                    any = true;
                }
            }
            if (!any)
                return;
            std::lock_guard lock(mutex);
            for (int b = 0; b < kLowBins; ++b)
                low[std::size_t(b)] += local[std::size_t(b)];
        }, ctx);
        if (!ok)
            return Error::canceled();
    }
    std::uint32_t l = 0;
    for (; l < std::uint32_t(kLowBins); ++l) {
        if (below + low[l] >= k)
            break;
        below += low[l];
    }
    Threshold t;
    t.key = (h << 16) | l;
    t.equalCount = low[std::min<std::uint32_t>(l, kLowBins - 1)];
    t.ties = k - below;
    return t;
}

// Zeroes keys below the threshold (in parallel) and then `ties` keys equal to it, in order.
Result<std::vector<std::int64_t>> applyThreshold(const std::vector<std::span<float>> &tensors, Threshold t,
                                                 JobContext &ctx)
{
    std::vector<std::int64_t> pruned(tensors.size(), 0);
    const bool allTies = t.ties == t.equalCount;
    std::mutex mutex;
    for (std::size_t ti = 0; ti < tensors.size(); ++ti) {
        const auto &span = tensors[ti];
        const bool ok = parallelFor(qint64(span.size()), kChunk, [&](qint64 a, qint64 e) {
            std::int64_t n = 0;
            float *v = span.data();
            if (allTies) {
                for (qint64 i = a; i < e; ++i) {
                    const bool drop = magnitudeKey(v[i]) <= t.key;
                    n += drop;
                    v[i] = drop ? 0.0f : v[i];
                }
            } else {
                for (qint64 i = a; i < e; ++i) {
                    const bool drop = magnitudeKey(v[i]) < t.key;
                    n += drop;
                    v[i] = drop ? 0.0f : v[i];
                }
            }
            std::lock_guard lock(mutex);
            pruned[ti] += n;
        }, ctx);
        if (!ok)
            return Error::canceled();
    }
    if (!allTies) {
        std::int64_t left = t.ties;
        for (std::size_t ti = 0; ti < tensors.size() && left > 0; ++ti) {
            for (float &v : tensors[ti]) {
                if (left == 0)
                    break;
                if (magnitudeKey(v) == t.key) {
                    v = 0.0f;
                    ++pruned[ti];
                    --left;
                }
            }
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
    auto t = selectThreshold(tensors, k, ctx);
    if (!t)
        return t.error();
    return applyThreshold(tensors, *t, ctx);
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
