// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: .npy and .npz parsing (headers, byte order, Fortran order, zip, inflate) on
// arbitrary bytes; accepted arrays are decoded.
#include "io/numpy.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

using namespace pare::core;

namespace {
void decode(const Tensor &t)
{
    float out[64];
    const std::int64_t n = std::min<std::int64_t>(t.numel(), 64);
    t.toFloat(0, n, out);
    if (t.numel() > n)
        t.toFloat(t.numel() - n, n, out);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::shared_ptr<const Storage> storage = OwnedStorage::copyOf(data, std::int64_t(size));
    if (size >= 6 && std::memcmp(data, "\x93NUMPY", 6) == 0) {
        auto t = parseNpy(storage, 0, storage->size(), QStringLiteral("a"), QStringLiteral("fuzz.npy"));
        if (t.ok())
            decode(*t);
        return 0;
    }
    auto tensors = parseNpz(storage, QStringLiteral("fuzz.npz"));
    if (tensors.ok())
        for (const Tensor &t : *tensors)
            decode(t);
    return 0;
}
