// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/recipe.h"
#include "model/model.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace pare::core {

// What happens to one layer's weight: resolved from a Recipe against a Model. At most one of
// prune and lowrank; quantize applies to what remains (kept values, or each factor).
struct LayerPlan
{
    int layer = -1; // index into Model::layers
    QString name;
    bool skip = true;
    QString reason; // why it is skipped or what decided it ("rules[2]", "default: embeddings kept")
    std::optional<PruneSpec> prune;
    std::optional<QuantSpec> quantize;
    std::optional<LowRankSpec> lowrank;

    bool changesWeights() const { return !skip && (prune || quantize || lowrank); }
};

struct PlanResolution
{
    std::vector<LayerPlan> plans; // one per Model::layers entry, same order
    QStringList warnings;
};

// Applies the defaults, then every matching rule in order. Out of the box (no rule naming them)
// embeddings, the output head (role "lm_head"), norms, 1-D weights and layers of kind Other keep
// their original precision; biases are never changed. A rule that matches no layer is an error.
Result<PlanResolution> resolvePlan(const Recipe &recipe, const Model &model);

// True when the glob or "re:" pattern matches the whole name.
bool matchesLayerName(const QString &pattern, const QString &name);

} // namespace pare::core
