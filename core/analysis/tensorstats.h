// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/histogram.h"
#include "common/result.h"
#include "jobs/jobcontext.h"
#include "tensor/tensor.h"

#include <QString>

#include <array>
#include <cstdint>

namespace pare::core {

constexpr std::array<double, 5> kPercentileRanks = {0.1, 1.0, 50.0, 99.0, 99.9};
constexpr double kDefaultOutlierSigmas = 6.0;
constexpr double kDefaultNearZeroThreshold = 1e-3;
// Distinct values are counted up to this many; beyond it the count reads "more".
constexpr int kDistinctLimit = 256;

struct StatsOptions
{
    double nearZeroThreshold = kDefaultNearZeroThreshold; // |w| ≤ this counts as near zero
    double outlierSigmas = kDefaultOutlierSigmas;        // |w − mean| > k·std is an outlier
    int bins = kDefaultHistogramBins;                    // of the stored histogram

    bool operator==(const StatsOptions &) const = default;
};

// Statistics of one tensor. NaN and Inf are counted and left out of every other figure.
// Figures that do not exist (mean of nothing, kurtosis of a constant) are NaN.
struct TensorStats
{
    QString name;
    QString dtype;
    Shape shape;
    std::int64_t count = 0;  // elements
    std::int64_t finite = 0; // elements that are neither NaN nor Inf
    std::int64_t nanCount = 0;
    std::int64_t infCount = 0;
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double stddev = 0.0;   // population standard deviation
    double meanAbs = 0.0;
    double kurtosis = 0.0; // excess kurtosis (0 for a normal distribution)
    double minAbsNonzero = 0.0;
    std::int64_t zeros = 0;
    std::int64_t nearZeros = 0;
    double zeroFraction = 0.0;     // of all elements
    double nearZeroFraction = 0.0; // of all elements
    std::array<double, kPercentileRanks.size()> percentiles{};
    double percentileTolerance = 0.0; // each percentile is within ± this of the exact one
    std::int64_t outliers = 0;
    double outlierFraction = 0.0;
    // Distinct values (of a sample of the tensor for wide dtypes), or -1 for more than
    // kDistinctLimit.
    int distinctValues = -1;
    bool distinctFromSample = false;
    std::uint64_t contentHash = 0; // of the raw bytes, for duplicate detection
    Histogram histogram;           // linear, options.bins over [min, max]
    StatsOptions options;
};

// One streaming pass (two for wide dtypes), parallel over chunks, cancel polled per chunk.
Result<TensorStats> computeTensorStats(const Tensor &tensor, const StatsOptions &options,
                                       JobContext &ctx);

} // namespace pare::core
