// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/recipe.h"
#include "jobs/jobcontext.h"

#include <cstdint>
#include <span>
#include <vector>

namespace pare::core {

// Number of weights magnitude pruning removes from `count` at `sparsity` (rounded to nearest).
std::int64_t prunedCount(std::int64_t count, double sparsity);

// Zeroes exactly prunedCount(n, sparsity) values of smallest magnitude (ties: earliest first).
// The threshold is found by a two-pass radix select on the magnitude bits, not by sorting.
Result<void> pruneMagnitude(std::span<float> values, double sparsity, JobContext &ctx);
// Wanda: zeroes exactly prunedCount(rows·cols, sparsity) weights of a rows × cols matrix with the
// smallest |w_ij|·norms[j], norms being the activation norm of each input column (ties: earliest
// first, as pruneMagnitude).
Result<void> pruneByActivation(std::span<float> values, std::int64_t rows, std::int64_t cols,
                               std::span<const float> columnNorms, double sparsity, JobContext &ctx);
// One threshold across all tensors, reaching the overall sparsity (ties: tensor order).
// Returns the number of values pruned in each tensor.
Result<std::vector<std::int64_t>> pruneMagnitudeGlobal(const std::vector<std::span<float>> &tensors,
                                                       double sparsity, JobContext &ctx);

// N:M along each row: in every run of m consecutive values keep the n of largest magnitude
// (ties: lower index). A last partial run of L < m values keeps ceil(n·L / m).
std::int64_t nmKeptPerRow(std::int64_t cols, int n, int m);
struct NMSelection
{
    std::int64_t keptPerRow = 0;
    std::vector<float> values;          // rows × keptPerRow, in column order within each run
    std::vector<std::uint8_t> indices;  // position of each kept value inside its run (< m)
};
NMSelection selectNM(const float *matrix, std::int64_t rows, std::int64_t cols, int n, int m);

// Output channels (rows) to keep when removing a fraction `sparsity` of them by norm, sorted
// ascending. Several matrices with the same rows (an MLP's up and gate projections) are scored
// by their combined norm so they keep the same channels. At least one row is kept.
struct RowMatrix
{
    const float *values = nullptr;
    std::int64_t rows = 0;
    std::int64_t cols = 0;
};
std::vector<std::uint32_t> channelsToKeep(const std::vector<RowMatrix> &matrices, double sparsity, PruneNorm norm);
std::int64_t channelsKept(std::int64_t rows, double sparsity);

} // namespace pare::core
