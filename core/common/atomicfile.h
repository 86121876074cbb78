// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace pare::core {

// Every file Pare writes goes through here: a temporary file next to the target, then an atomic
// rename, so a crash or a full disk never leaves a half-written file under the real name.
// `write` streams into the device and returns an error to abandon the file.
Result<void> writeFileAtomically(const QString &path,
                                 const std::function<Result<void>(QIODevice &)> &write);
Result<void> writeFileAtomically(const QString &path, const QByteArray &contents);

} // namespace pare::core
