// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tensor/tensor.h"

#include <QString>

#include <vector>

namespace pare::core {

// Writes an uncompressed .npz (as numpy.savez does) atomically: member "<name>.npy" per tensor,
// each array's data 64-byte aligned in the archive so readers can map it in place. Dtypes
// numpy lacks (BF16, FP8, block-quantized) are refused; archives beyond 4 GiB too (no zip64).
Result<void> writeNpz(const std::vector<Tensor> &tensors, const QString &path);

// The bytes of one .npy header (version 1.0, or 2.0 when the header needs it) for a tensor.
QByteArray npyHeaderFor(DType dtype, const Shape &shape);

} // namespace pare::core
