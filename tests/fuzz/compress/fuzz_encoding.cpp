// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: EncodedTensor::deserialize and Recipe::fromJson on arbitrary bytes. Whatever is
// accepted must decode, and serialize to something that is accepted again with the same
// description.
#include "compress/encoding.h"
#include "compress/recipe.h"

#include <cstdint>
#include <cstdlib>

using namespace pare::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto recipe = Recipe::fromJson(bytes, QStringLiteral("fuzz.json")); recipe.ok()) {
        if (!Recipe::fromJson(recipe->toJson()).ok())
            std::abort();
    }
    auto t = EncodedTensor::deserialize(bytes, QStringLiteral("fuzz.penc"));
    if (!t.ok())
        return 0;
    if (t->rows * t->cols <= (std::int64_t(1) << 22))
        (void)t->decode();
    auto again = EncodedTensor::deserialize(t->serialize());
    if (!again.ok() || again->describe() != t->describe() || again->exactBytes() != t->exactBytes())
        std::abort();
    return 0;
}
