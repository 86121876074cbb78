// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace pare::core {

struct Variant;

// Dense float replacements for some of a model's tensors, by tensor name, in the tensor's own
// shape and layout. The decoder and the graph executor read every weight through this map, so
// a compressed variant runs through exactly the same code as the original.
using WeightOverrides = QHash<QString, std::shared_ptr<const std::vector<float>>>;

// The tensor's values as float32: the override when there is one, else Tensor::toFloat.
// Fails when the tensor does not exist or an override has the wrong element count.
Result<std::vector<float>> tensorFloats(const Model &model, const QString &name,
                                        const WeightOverrides *overrides);

// Decodes every changed layer of a variant into overrides for its weight (and for the bias of
// removed output channels, which become zeros like their rows).
Result<WeightOverrides> overridesFromVariant(const Model &model, const Variant &variant);

} // namespace pare::core
