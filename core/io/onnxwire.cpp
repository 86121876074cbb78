// SPDX-License-Identifier: GPL-3.0-or-later
#include "onnxwire.h"

#include <algorithm>

namespace pare::core::onnxio {

namespace {
struct Probe
{
    int limit;
    std::int64_t budget; // field reads left
};

bool readVarint(const std::uint8_t *&p, const std::uint8_t *end, std::uint64_t &value)
{
    value = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
        const std::uint8_t b = *p++;
        value |= std::uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

// Depth of nested messages in [p, end), or -1 if the bytes are not a well-formed message.
int probe(const std::uint8_t *p, const std::uint8_t *end, int level, Probe &pr)
{
    if (level > pr.limit)
        return 0; // deep enough to know the answer; stop descending
    int deepest = 0;
    while (p < end) {
        if (--pr.budget < 0)
            return deepest;
        std::uint64_t key = 0, value = 0;
        if (!readVarint(p, end, key) || (key >> 3) == 0)
            return -1;
        switch (key & 7) {
        case 0:
            if (!readVarint(p, end, value))
                return -1;
            break;
        case 1:
            if (end - p < 8)
                return -1;
            p += 8;
            break;
        case 5:
            if (end - p < 4)
                return -1;
            p += 4;
            break;
        case 2: {
            if (!readVarint(p, end, value) || value > std::uint64_t(end - p))
                return -1;
            const int sub = probe(p, p + value, level + 1, pr);
            if (sub >= 0)
                deepest = std::max(deepest, sub + 1);
            if (deepest > pr.limit)
                return deepest;
            p += value;
            break;
        }
        default:
            return -1; // groups (3, 4) are not used by ONNX; 6 and 7 do not exist
        }
    }
    return deepest;
}
} // namespace

int protobufNestingDepth(const std::uint8_t *data, std::size_t size, int limit)
{
    Probe pr{limit, std::int64_t(1) << 28};
    return std::max(0, probe(data, data + size, 0, pr));
}

} // namespace pare::core::onnxio
