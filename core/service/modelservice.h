// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"

#include <QFuture>

#include <memory>

namespace pare::core {

using ModelPtr = std::shared_ptr<const Model>;

// Opens a model file or directory as a job on the application's pool.
QFuture<Result<ModelPtr>> openModelAsync(const QString &path);

} // namespace pare::core
