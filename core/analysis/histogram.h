// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "tensor/tensor.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace pare::core {

constexpr int kMinHistogramBins = 16;
constexpr int kMaxHistogramBins = 4096;
constexpr int kDefaultHistogramBins = 256;

enum class HistogramScale {
    Linear,   // bins over w
    Log10Abs, // bins over log10|w|; exact zeros are counted apart
};

struct HistogramSpec
{
    int bins = kDefaultHistogramBins;
    HistogramScale scale = HistogramScale::Linear;
    // A user range (in log10 units for Log10Abs). Unset: the finite values' [min, max]
    // (of the nonzero |w| for Log10Abs). Values outside go to underflow / overflow.
    std::optional<double> lo;
    std::optional<double> hi;
};

// Equal-width bins over [lo, hi]; the last bin includes hi. Every element is counted exactly
// once: total() equals the tensor's element count.
struct Histogram
{
    HistogramScale scale = HistogramScale::Linear;
    double lo = 0.0;
    double hi = 0.0;
    std::vector<std::uint64_t> counts;
    std::uint64_t underflow = 0; // finite values below lo
    std::uint64_t overflow = 0;  // finite values above hi
    std::uint64_t zeros = 0;     // Log10Abs only: exact zeros
    std::uint64_t nan = 0;
    std::uint64_t inf = 0;       // +Inf and −Inf

    int bins() const { return int(counts.size()); }
    double binWidth() const { return counts.empty() ? 0.0 : (hi - lo) / double(counts.size()); }
    double binLow(int i) const { return lo + binWidth() * i; }
    std::uint64_t total() const;
    // The bin a finite value (already log10|w| for Log10Abs) falls in: -1 below, bins() above.
    int binOf(double v) const;
};

// Checks bins and range; the message names the offending field.
Result<void> validateHistogramSpec(const HistogramSpec &spec);

// Streams the tensor (twice when the range must be found first; once for 16-bit dtypes, whose
// values are counted exactly). Fast enough to recompute on every zoom.
Result<Histogram> computeHistogram(const Tensor &tensor, const HistogramSpec &spec,
                                   JobContext &ctx);

} // namespace pare::core
