// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace pare::core {

// The multiple-choice knapsack under the budget solver: pick exactly one item from every group
// so that the summed cost stays within a capacity and the summed damage is least.
struct KnapsackItem
{
    double cost = 0;
    double damage = 0;
};

struct KnapsackOptions
{
    // Exact dynamic programming over costs rounded UP to slack / cells units (so every answer is
    // feasible in real costs), cells = max(gridCells, fineCells ÷ groups); integer costs whose slack
    // fits that many cells get a unit grid (exact). Used while groups × cells ≤ maxDpCells.
    std::int64_t gridCells = 20000;
    std::int64_t fineCells = 8'000'000; // 0: never refine the grid (the Pareto sweep's many solves)
    std::int64_t maxDpCells = 50'000'000;
    bool forceLagrangian = false;
    // Asked between groups of the dynamic programme (and between the Pareto sweep's solves):
    // true stops the solve with Error::canceled().
    std::function<bool()> canceled;
    // Told the fraction of the call's work done (0 to 1, rising): the dynamic programme's
    // groups, or the Pareto sweep's solves and the groups within each.
    std::function<void(double)> progress;
};

struct KnapsackSolution
{
    std::vector<int> choice; // one item index per group
    double cost = 0;
    double damage = 0;
    bool exact = false;     // DP: optimal on the cost grid (optimal outright for integer costs on a unit grid)
    double lowerBound = 0;  // a proven lower bound on the optimal damage (Lagrangian dual)
    double gap = 0;         // damage − lowerBound (0 when exact)
    QString method;         // "dp", "dp+lagrangian" (the relaxation did better than the grid) or "lagrangian"
};

// Fails with InvalidArgument when a group is empty or not even the cheapest choice fits
// (the message says how much the cheapest plan needs).
Result<KnapsackSolution> solveKnapsack(const std::vector<std::vector<KnapsackItem>> &groups, double capacity,
                                       const KnapsackOptions &options = {});

} // namespace pare::core
