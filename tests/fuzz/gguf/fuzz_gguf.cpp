// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry: any bytes through the whole GGUF reader, then every tensor decoded, so a
// range the parser let through that lies outside the buffer shows up under ASan.
#include "io/ggufreader.h"

#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

using namespace pare::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Owned copy sized exactly to the input: reads past it are caught by ASan.
    auto storage = OwnedStorage::copyOf(data, std::int64_t(size));
    JobContext ctx;
    auto r = readGgufFromStorage(storage, QStringLiteral("fuzz.gguf"), ctx);
    if (!r) {
        if (r.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const Model &m = *r.value();
    std::vector<float> buf;
    for (const Tensor &t : m.tensors) {
        // Bounded work per input: the fuzzer can declare huge zero-byte tensors cheaply.
        const std::int64_t n = std::min<std::int64_t>(t.numel(), 1 << 16);
        buf.resize(std::size_t(n));
        t.toFloat(0, n, buf.data());
    }
    for (const Layer &l : m.layers) {
        if (l.weight < 0 || l.weight >= int(m.tensors.size()))
            __builtin_trap();
    }
    (void)m.metadata.size();
    return 0;
}
