// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shape propagation through the common ONNX operators, for files saved without value_info
// (torch.onnx.export leaves most intermediate shapes out). Only what layer shapes and the cost
// model need: convolutions, pooling, elementwise ops, Flatten, Reshape, Gemm and MatMul.

#include "tensor/tensor.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace onnx {
class GraphProto;
class NodeProto;
} // namespace onnx

namespace pare::core::onnxio {

using IntValues = std::function<std::optional<std::vector<std::int64_t>>(const QString &name)>;

std::int64_t intAttribute(const onnx::NodeProto &node, const char *name, std::int64_t fallback);
std::vector<std::int64_t> intsAttribute(const onnx::NodeProto &node, const char *name);
QString stringAttribute(const onnx::NodeProto &node, const char *name);

// Adds shapes for node outputs not yet in `shapes`; -1 marks an unknown dimension. `constants`
// returns the values of an integer initializer or Constant (for Reshape targets).
void propagateShapes(const onnx::GraphProto &graph, QHash<QString, Shape> &shapes,
                     const IntValues &constants);

} // namespace pare::core::onnxio
