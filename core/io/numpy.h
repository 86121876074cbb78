// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tensor/storage.h"
#include "tensor/tensor.h"

#include <QString>

#include <memory>
#include <vector>

namespace pare::core {

// The parsed header of a .npy array (format versions 1.0, 2.0 and 3.0).
struct NpyHeader
{
    DType dtype = DType::F32;
    bool bigEndian = false;
    bool fortranOrder = false;
    Shape shape;
    std::int64_t dataOffset = 0; // from the start of the .npy bytes
    std::int64_t dataBytes = 0;
};

// Parses the magic, version and the header dict {'descr', 'fortran_order', 'shape'}. Object
// arrays ('|O') are refused and never unpickled.
Result<NpyHeader> parseNpyHeader(const std::byte *data, std::int64_t size, const QString &context);

// A tensor from the .npy bytes at storage[offset, offset + size). Little-endian C-order data
// aligned to its element size is viewed in place; big-endian, Fortran-order or misaligned data
// is converted into an owned, C-order, little-endian buffer.
Result<Tensor> parseNpy(const std::shared_ptr<const Storage> &storage, std::int64_t offset,
                        std::int64_t size, const QString &name, const QString &context);

// All arrays of an .npz archive held in `storage` (member "w.npy" becomes tensor "w").
Result<std::vector<Tensor>> parseNpz(const std::shared_ptr<const Storage> &storage,
                                     const QString &context);

// The numpy descr for a dtype ("<f4", "|u1"), or empty when numpy has no such type (BF16, FP8).
QString npyDescr(DType dtype);

} // namespace pare::core
