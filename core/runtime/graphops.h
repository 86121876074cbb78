// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/graph.h"

#include <QVariantMap>

#include <vector>

namespace pare::core {

// A float32 value flowing through the graph executor (integer tensors such as Reshape shapes
// are held as floats too; they are small and exact below 2^24).
struct GTensor
{
    Shape shape;
    std::vector<float> data;
    std::int64_t numel() const;
};

// The operators, each checking its inputs. `where` names the node for messages.
namespace graphops {

using Inputs = std::vector<const GTensor *>; // null for omitted optional inputs

Result<GTensor> gemm(const Inputs &in, const QVariantMap &a, const QString &where);
Result<GTensor> matMul(const Inputs &in, const QString &where);
Result<GTensor> conv(const Inputs &in, const QVariantMap &a, bool nhwc, const QString &where);
Result<GTensor> pool(const Inputs &in, const QVariantMap &a, bool nhwc, bool isMax, const QString &where);
Result<GTensor> globalPool(const Inputs &in, const QVariantMap &a, bool nhwc, bool isMax, const QString &where);
Result<GTensor> unary(const GTensor &x, const QString &op, const QVariantMap &a);
Result<GTensor> binary(const GTensor &x, const GTensor &y, const QString &op, const QString &where);
Result<GTensor> softmax(const GTensor &x, const QVariantMap &a, int opset, const QString &where);
Result<GTensor> flatten(const GTensor &x, const QVariantMap &a, const QString &where);
Result<GTensor> reshape(const GTensor &x, const GTensor &shape, const QString &where);
Result<GTensor> transpose(const GTensor &x, const QVariantMap &a, const QString &where);
Result<GTensor> concat(const Inputs &in, const QVariantMap &a, const QString &where);
Result<GTensor> batchNorm(const Inputs &in, const QVariantMap &a, bool nhwc, const QString &where);
Result<GTensor> layerNorm(const Inputs &in, const QVariantMap &a, const QString &where);
Result<GTensor> gather(const GTensor &data, const GTensor &indices, const QVariantMap &a, const QString &where);
Result<GTensor> cast(const GTensor &x, const QVariantMap &a);

} // namespace graphops
} // namespace pare::core
