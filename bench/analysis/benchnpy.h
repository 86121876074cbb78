// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace pare::bench {

// Writes float32 data as a .npy file (atomically) for the peer scripts to load.
core::Result<void> writeNpyF32(const QString &path, const std::vector<std::int64_t> &shape,
                               const float *data);

// Runs a peer script with Debian's python (numpy/torch live there) and returns its stdout, or
// an empty string with a note on stderr when it cannot run.
QString runPeer(const QString &script, const QStringList &arguments, int timeoutSeconds);

// The number after "key=" on a line of a peer's output, or NaN.
double peerValue(const QString &output, const QString &key);

} // namespace pare::bench
