// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "tensor/tensor.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace pare::core {

// Hugging Face's default shard limit ("5GB").
constexpr std::int64_t kDefaultShardBytes = 5'000'000'000;

// Writes one safetensors file atomically: tensors in the given order, `metadata` as
// __metadata__ (non-string values are stored as their compact JSON text, as the format only
// allows strings). Block-quantized tensors are refused: safetensors has no such dtypes.
Result<void> writeSafetensors(const std::vector<Tensor> &tensors, const QJsonObject &metadata,
                              const QString &path);
Result<void> writeSafetensors(const std::vector<Tensor> &tensors, const QJsonObject &metadata,
                              const QString &path, JobContext &ctx);

// Writes a Hugging Face directory: model.safetensors when everything fits in maxShardBytes,
// else model-0000i-of-0000N.safetensors shards plus model.safetensors.index.json. Writes
// config.json too when `config` is not empty. Creates `dir` if needed; every file is atomic.
Result<void> writeSafetensorsSharded(const std::vector<Tensor> &tensors, const QJsonObject &metadata,
                                     const QString &dir, std::int64_t maxShardBytes,
                                     const QJsonObject &config, JobContext &ctx);

} // namespace pare::core
