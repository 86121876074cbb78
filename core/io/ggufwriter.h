// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "io/ggufformat.h"
#include "jobs/jobcontext.h"
#include "tensor/tensor.h"

#include <QString>

#include <vector>

namespace pare::core {

// One tensor to write: its values come from `source` (any dtype Pare reads), stored as `type`.
// A source already of `type` is copied byte for byte (this is how K-quants are carried over);
// otherwise values are decoded to float32 and encoded as F32, F16, BF16 (round to nearest
// even) or Q8_0 / Q4_0 / Q4_1 / Q5_0 / Q5_1 (ggml's reference quantizers, bit-identical).
struct GgufWriteTensor
{
    Tensor source;
    DType type = DType::F32;
    QString name; // empty: source.name()
};

// Writes a GGUF v3 file atomically (a temporary file, then a rename). Metadata is written in the
// given order with exact types; general.alignment, if present, must be a u32 power of two and
// sets the alignment (else 32). Shapes are Pare's row-major ones (written reversed, as ggml's
// ne); rank 0 is written as [1]; the innermost dimension of a block type must be a whole number
// of blocks. Elided metadata values (from a Model's summary) are refused: take them from
// readGgufMetadata().
Result<void> writeGguf(const QString &path, const std::vector<GgufKeyValue> &metadata,
                       const std::vector<GgufWriteTensor> &tensors, JobContext &ctx);

} // namespace pare::core
