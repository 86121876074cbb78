// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/dtype.h"

#include <cstddef>
#include <cstdint>

namespace pare::core {

// Dequantizes `blocks` consecutive GGUF/ggml blocks of a block-quantized dtype to float32
// (dtypeInfo(t).blockElements values per block). Layouts follow ggml's block_q* structs.
void dequantizeBlocks(DType t, const std::byte *src, std::int64_t blocks, float *out);

// Whether quantizeBlocks() can produce type t (Q8_0, Q4_0, Q4_1, Q5_0, Q5_1).
bool canQuantizeBlocks(DType t);
// Quantizes `blocks` blocks (blocks × dtypeInfo(t).blockElements floats) into ggml's layout,
// bit-identical to ggml's quantize_row_*_ref (round-to-nearest-even half scales). Non-finite
// inputs give unspecified (but memory-safe) codes.
void quantizeBlocks(DType t, const float *src, std::int64_t blocks, std::byte *out);

} // namespace pare::core
