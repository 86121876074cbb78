// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/dtype.h"

#include <cstddef>
#include <cstdint>

namespace pare::core {

// Dequantizes `blocks` consecutive GGUF/ggml blocks of a block-quantized dtype to float32
// (dtypeInfo(t).blockElements values per block). Layouts follow ggml's block_q* structs.
void dequantizeBlocks(DType t, const std::byte *src, std::int64_t blocks, float *out);

} // namespace pare::core
