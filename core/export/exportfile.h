// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace pare::core {

// Refuses a target that is (or lies inside, or contains) the input model, and an existing target
// unless `force`. `input` may be empty. Messages name both paths.
Result<void> checkExportTarget(const QString &target, const QString &input, bool force);

// Every export goes through here: `write` fills a temporary path next to `target` (a file, or a
// directory when `directory`), `announce` is told the exact size in bytes of what was written
// (all files of a directory), and only then is it renamed onto `target` in one step, replacing
// an existing target only with `force`. Returns the exact size. On any failure nothing is left
// behind and an existing target is untouched.
Result<std::int64_t> exportAtomically(const QString &target, const QString &input, bool force, bool directory,
                                      const std::function<Result<void>(const QString &tmpPath)> &write,
                                      const std::function<void(std::int64_t bytes)> &announce = {});

// Bytes of a file, or of every file below a directory.
std::int64_t pathBytes(const QString &path);

} // namespace pare::core
