// SPDX-License-Identifier: GPL-3.0-or-later
#include "dtype.h"

#include <array>

namespace pare::core {

namespace {
// Block layouts follow ggml: QK8_0 = QK4_0 = 32, QK_K = 256.
constexpr std::array<DTypeInfo, kDTypeCount> kInfo = {{
    {"F64", 1, 8, true, false},
    {"F32", 1, 4, true, false},
    {"F16", 1, 2, true, false},
    {"BF16", 1, 2, true, false},
    {"F8_E4M3", 1, 1, true, false},
    {"F8_E5M2", 1, 1, true, false},
    {"I64", 1, 8, false, false},
    {"I32", 1, 4, false, false},
    {"I16", 1, 2, false, false},
    {"I8", 1, 1, false, false},
    {"U8", 1, 1, false, false},
    {"BOOL", 1, 1, false, false},
    {"Q8_0", 32, 34, false, true},
    {"Q4_0", 32, 18, false, true},
    {"Q4_1", 32, 20, false, true},
    {"Q5_0", 32, 22, false, true},
    {"Q5_1", 32, 24, false, true},
    {"Q2_K", 256, 84, false, true},
    {"Q3_K", 256, 110, false, true},
    {"Q4_K", 256, 144, false, true},
    {"Q5_K", 256, 176, false, true},
    {"Q6_K", 256, 210, false, true},
}};
} // namespace

const DTypeInfo &dtypeInfo(DType t)
{
    return kInfo[std::size_t(t)];
}

QString dtypeName(DType t)
{
    return QString::fromLatin1(dtypeInfo(t).name);
}

std::optional<DType> dtypeFromName(QStringView name)
{
    for (int i = 0; i < kDTypeCount; ++i) {
        if (name.compare(QLatin1String(kInfo[std::size_t(i)].name), Qt::CaseInsensitive) == 0)
            return DType(i);
    }
    return std::nullopt;
}

std::optional<std::int64_t> storageBytes(DType t, std::int64_t elements)
{
    const DTypeInfo &info = dtypeInfo(t);
    if (elements < 0 || elements % info.blockElements != 0)
        return std::nullopt;
    std::int64_t bytes = 0;
    if (__builtin_mul_overflow(elements / info.blockElements, std::int64_t(info.blockBytes), &bytes))
        return std::nullopt;
    return bytes;
}

double bitsPerElement(DType t)
{
    const DTypeInfo &info = dtypeInfo(t);
    return 8.0 * info.blockBytes / info.blockElements;
}

} // namespace pare::core
