// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/model.h"

#include <QString>

namespace pare::core {

// Writes `model` as Pare's own HDF5 file (layout in pareh5format.h): to a temporary file next to
// `path`, then an atomic rename, so an interrupted write never leaves a partial file under the
// real name. Every tensor is stored as its raw bytes, so any dtype reads back bit-exactly.
Result<void> writePareModel(const Model &model, const QString &path, JobContext &ctx);
Result<void> writePareModel(const Model &model, const QString &path);

} // namespace pare::core
