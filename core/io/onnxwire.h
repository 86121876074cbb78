// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace pare::core::onnxio {

// How deeply the protobuf wire bytes nest: the deepest chain of length-delimited fields whose
// payloads themselves read as messages, capped at limit + 1. Schema-free, so only a diagnosis
// for a parse that failed: it tells "nested beyond any sane depth" apart from "corrupt".
// The work is bounded (no more than a few hundred million field reads), so it never hangs.
int protobufNestingDepth(const std::uint8_t *data, std::size_t size, int limit);

} // namespace pare::core::onnxio
