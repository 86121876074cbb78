// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/model.h"

#include <QString>

#include <memory>

namespace pare::core {

// Which reader a path needs, decided by magic bytes and structure (never by extension alone).
// Directories holding config.json plus safetensors are Hugging Face model directories.
Result<ModelFormat> detectFormat(const QString &path);

// Opens any supported model file or directory. Tensors are views into memory maps; nothing is
// copied or converted. Layers, roles and shapes are filled in as far as the file tells.
Result<std::shared_ptr<Model>> openModel(const QString &path, JobContext &ctx);
Result<std::shared_ptr<Model>> openModel(const QString &path);

// One reader per format (core/io/<format>reader.cpp). Each validates everything it reads and
// fails with an Error naming the file and the field or offset at fault.
Result<std::shared_ptr<Model>> readSafetensors(const QString &path, JobContext &ctx);
Result<std::shared_ptr<Model>> readHuggingFaceDir(const QString &dir, JobContext &ctx);
Result<std::shared_ptr<Model>> readGguf(const QString &path, JobContext &ctx);
Result<std::shared_ptr<Model>> readNpy(const QString &path, JobContext &ctx);
Result<std::shared_ptr<Model>> readNpz(const QString &path, JobContext &ctx);
Result<std::shared_ptr<Model>> readOnnx(const QString &path, JobContext &ctx);
Result<std::shared_ptr<Model>> readKerasH5(const QString &path, JobContext &ctx);
Result<std::shared_ptr<Model>> readPare(const QString &path, JobContext &ctx);

} // namespace pare::core
