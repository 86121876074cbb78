// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <cstdint>

namespace pare::core {

// The shape of one inference, for MACs. Language models: batch × tokens. Convolutional
// networks take their spatial sizes from the graph; batch multiplies everything.
struct InputSpec
{
    std::int64_t batch = 1;
    std::int64_t tokens = -1; // -1: the model's context length where the file says, else unknown
};

struct LayerCost
{
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
    std::int64_t macs = -1; // multiply-accumulates per inference; -1 when it cannot be known
};

// Positions (tokens, or output pixels) a layer computes per sample, or -1 if unknown.
std::int64_t layerPositions(const Model &model, const Layer &layer, const InputSpec &spec);
// MACs of a layer whose weight has `weightElements` effective (non-removed) elements.
std::int64_t layerMacs(const Model &model, const Layer &layer, const InputSpec &spec,
                       std::int64_t weightElements);
LayerCost layerCost(const Model &model, const Layer &layer, const InputSpec &spec);

struct ModelCost
{
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
    std::int64_t macs = 0;       // sum over layers whose MACs are known
    int layersWithUnknownMacs = 0;
};
ModelCost modelCost(const Model &model, const InputSpec &spec);

// The model's context length from its metadata (n_positions, max_position_embeddings,
// <arch>.context_length), or -1.
std::int64_t contextLength(const Model &model);

} // namespace pare::core
