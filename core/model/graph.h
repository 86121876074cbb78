// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/tensor.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace pare::core {

struct GraphValue
{
    QString name;
    DType dtype = DType::F32;
    Shape shape; // -1 for dynamic dimensions
};

struct GraphNode
{
    QString name;
    QString opType; // ONNX operator names ("Gemm", "Conv", "Relu"), also used for Keras graphs
    QString domain;
    std::vector<QString> inputs;  // value names; "" for an omitted optional input
    std::vector<QString> outputs;
    QVariantMap attributes;       // ints, floats, strings, lists of them
};

// An executable dataflow graph (from ONNX, or synthesized from a Keras Sequential config).
// Initializers are the model's tensors, found by name.
struct Graph
{
    std::vector<GraphValue> inputs;  // real inputs, initializers excluded
    std::vector<GraphValue> outputs;
    std::vector<GraphValue> valueInfo;
    std::vector<GraphNode> nodes;    // topologically ordered
    int opsetVersion = 0;
};

} // namespace pare::core
