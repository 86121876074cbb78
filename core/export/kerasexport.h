// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>

#include <vector>

namespace pare::core {

// Copies the Keras HDF5 file `source` to `path` with the named weights' values replaced: each
// name is matched to the one float dataset whose path ends with "/<name>" and has as many
// elements, and written in place (shape, dtype, layout, attributes and the model config
// unchanged). Keras 3 .keras archives are not handled.
Result<void> writeKerasH5WithWeights(const QString &source, const QHash<QString, std::vector<float>> &values,
                                     const QString &path);

} // namespace pare::core
