// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace pare::core {

enum class DType : std::uint8_t {
    F64, F32, F16, BF16, F8_E4M3, F8_E5M2,
    I64, I32, I16, I8, U8, BOOL,
    // GGUF block-quantized types, dequantized on read
    Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K,
};

struct DTypeInfo
{
    const char *name;        // canonical upper-case name, as in safetensors ("F32", "Q4_0")
    int blockElements;       // elements per block: 1 for plain types
    int blockBytes;          // bytes per block
    bool isFloat;
    bool isBlockQuantized;
};

const DTypeInfo &dtypeInfo(DType t);
QString dtypeName(DType t);
std::optional<DType> dtypeFromName(QStringView name); // case-insensitive
constexpr int kDTypeCount = int(DType::Q6_K) + 1;

// Bytes needed for `elements` values of type t, or nullopt if elements is negative, not a
// whole number of blocks, or the product overflows.
std::optional<std::int64_t> storageBytes(DType t, std::int64_t elements);
// Average bits per element (e.g. 4.5 for Q4_0).
double bitsPerElement(DType t);

} // namespace pare::core
