// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/recipe.h"
#include "solve/budget.h"
#include "solve/knapsack.h"
#include "solve/sensitivity.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace pare::core {

struct SolveConstraints
{
    // Layers matching the pattern (glob or "re:", as in recipes) take exactly this option id.
    std::vector<std::pair<QString, QString>> locks;
    // Layers matching any of these keep their original weights.
    QStringList excludes;
};

// One plan chosen by the solver: an option per candidate layer, its totals, and the recipe.
struct SolvedPlan
{
    Budget budget;
    double capacity = 0;          // what the knapsack's cost had to fit (bytes or µs, candidates only)
    std::vector<int> choice;      // per SensitivityTable::layers entry: an option index
    std::int64_t bytes = 0;       // the whole model
    double bitsPerWeight = 0;     // over the candidate layers (weights and biases)
    double ratio = 0;             // original model bytes ÷ bytes
    double latencyUs = 0;         // summed over the candidate layers
    double damage = 0;            // summed per-layer damage (the table's unit)
    bool exact = false;           // proven optimal (on the DP grid: see gap)
    double lowerBound = 0;        // proven lower bound of the least damage
    double gap = 0;               // damage − lowerBound
    QString method;               // "dp" or "lagrangian"
    Recipe recipe;

    QJsonObject toJson(const SensitivityTable &table) const;
};

// Chooses one option per layer minimizing the summed damage within the budget. Fails with a
// clear InvalidArgument when the budget cannot be met even with the cheapest allowed options,
// or when a lock names an unknown option or matches no layer.
Result<SolvedPlan> solveBudget(const SensitivityTable &table, const Budget &budget,
                               const SolveConstraints &constraints = {}, const KnapsackOptions &options = {});

// The recipe for a choice: one rule per candidate layer (its option's settings, or skip).
Recipe recipeForChoice(const SensitivityTable &table, const std::vector<int> &choice, const QString &comment = {});

// Sweeps the budget from the cheapest to the most expensive plan and keeps the non-dominated
// plans, cheapest first. `kind`: Bytes (size front) or Latency.
Result<std::vector<SolvedPlan>> paretoFront(const SensitivityTable &table, BudgetKind kind, int points,
                                            const SolveConstraints &constraints = {},
                                            const KnapsackOptions &options = {.gridCells = 4000, .fineCells = 0});

QJsonObject frontToJson(const SensitivityTable &table, const std::vector<SolvedPlan> &front);
QByteArray frontToCsv(const std::vector<SolvedPlan> &front);

} // namespace pare::core
