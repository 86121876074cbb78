// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the safetensors parser on arbitrary bytes, through the same in-memory entry point
// the file reader uses; accepted tensors are decoded and named into layers.
#include "io/hfarch.h"
#include "io/safetensors.h"

#include <algorithm>
#include <cstdint>
#include <vector>

using namespace pare::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto storage = OwnedStorage::copyOf(data, std::int64_t(size));
    auto contents = parseSafetensors(storage, QStringLiteral("fuzz.safetensors"));
    if (!contents.ok())
        return 0;
    float out[64];
    for (const Tensor &t : contents->tensors) {
        const std::int64_t n = std::min<std::int64_t>(t.numel(), 64);
        t.toFloat(0, n, out);
        if (t.numel() > n)
            t.toFloat(t.numel() - n, n, out);
    }
    Model model;
    model.tensors = std::move(contents->tensors);
    model.metadata = contents->metadata;
    assignLayers(model);
    return 0;
}
