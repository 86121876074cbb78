// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/recipe.h"
#include "jobs/jobcontext.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace pare::core {

// W (rows × cols) ≈ A · B with A = U·√Σ (rows × rank) and B = √Σ·Vᵀ (rank × cols): splitting Σ
// evenly keeps both factors in the same range, which suits quantizing them afterwards.
struct LowRankFactors
{
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    int rank = 0;
    bool keptDense = false; // r·(rows + cols) ≥ rows·cols: factorizing would not save anything
    QString note;
    std::vector<float> a;
    std::vector<float> b;
};

// The smallest rank whose leading squared singular values reach `energy` of the total, rounded
// up to a multiple of 8 and clamped to min(rows, cols). `spectrum` is descending.
int rankForEnergy(const std::vector<float> &spectrum, double totalEnergy, double energy, std::int64_t maxRank);
// Whether a rank-r factorization is smaller than the dense matrix.
bool lowRankSaves(std::int64_t rows, std::int64_t cols, std::int64_t rank);
// ‖W − W_r‖F / ‖W‖F for the best rank-r approximation: √(Σ_{i≥r} σᵢ²) / ‖W‖F.
double truncationError(const std::vector<float> &spectrum, double totalEnergy, int rank);

// All singular values of a row-major matrix, descending (exact; costly for large matrices, so
// callers cache it).
Result<std::vector<float>> singularSpectrum(const float *matrix, std::int64_t rows, std::int64_t cols, JobContext &ctx);

// Truncated SVD: exact for small matrices, randomized for large ones (core/linalg/svd.h).
// `spectrum`, when given, decides the rank of an energy spec without another decomposition.
Result<LowRankFactors> factorize(const float *matrix, std::int64_t rows, std::int64_t cols,
                                 const LowRankSpec &spec, JobContext &ctx,
                                 const std::vector<float> *spectrum = nullptr);

} // namespace pare::core
