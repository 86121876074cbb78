// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

namespace pare::core {

// Error of a compressed tensor against its original, every value counted.
struct ErrorMetrics
{
    double relativeFrobenius = 0; // ‖W − Ŵ‖F / ‖W‖F
    double sqnrDb = std::numeric_limits<double>::infinity(); // 10·log10(‖W‖² / ‖W − Ŵ‖²)
    double cosine = 1;            // ⟨W, Ŵ⟩ / (‖W‖·‖Ŵ‖)
    double maxAbsError = 0;
    std::int64_t count = 0;
};

// Sums in double so the figures are exact up to rounding of the sums; safe to merge from
// parallel chunks.
struct ErrorAccumulator
{
    double refSquares = 0;
    double errSquares = 0;
    double dot = 0;
    double outSquares = 0;
    double maxAbs = 0;
    std::int64_t count = 0;

    void add(const float *reference, const float *decoded, std::int64_t n);
    // Values dropped entirely (decoded as 0).
    void addDropped(const float *reference, std::int64_t n);
    void merge(const ErrorAccumulator &o);
    ErrorMetrics metrics() const;
};

ErrorMetrics compareValues(const float *reference, const float *decoded, std::int64_t n);

// Model-level figures: each layer's metrics weighted by its parameter count (max for the
// maximum absolute error).
ErrorMetrics weightedMetrics(const std::vector<ErrorMetrics> &layers,
                             const std::vector<std::int64_t> &parameters);

} // namespace pare::core
