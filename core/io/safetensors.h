// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tensor/storage.h"
#include "tensor/tensor.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace pare::core {

// What one safetensors file holds: tensors viewing `storage` (no copies) and __metadata__.
struct SafetensorsContents
{
    std::vector<Tensor> tensors; // in data-offset order
    QJsonObject metadata;
};

// Parses and strictly validates a whole safetensors file held in `storage` (a memory map, or
// bytes in memory for the fuzzer). `context` (the path) prefixes every error message.
Result<SafetensorsContents> parseSafetensors(std::shared_ptr<const Storage> storage,
                                             const QString &context);

// The plain dtypes safetensors names ("F32", "BF16", …); block-quantized names are refused.
std::optional<DType> safetensorsDType(QStringView name);

} // namespace pare::core
