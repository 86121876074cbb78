// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "io/ggufformat.h"
#include "jobs/jobcontext.h"
#include "model/model.h"
#include "tensor/storage.h"

#include <QString>

#include <memory>
#include <vector>

namespace pare::core {

// readGguf(path, ctx) is declared in io/modelio.h; these are the pieces behind it.

// Parses and validates everything before the tensor data: header, metadata, tensor infos,
// alignment, and every tensor's data range (aligned, inside the storage, not overlapping).
// `context` (the file name) prefixes every message. With expandLongArrays false, arrays longer
// than kGgufInlineArrayLimit (and any beyond a total budget) are walked and checked but their
// elements are not kept (GgufValue::elided), so a 150,000-token vocabulary costs no memory.
Result<GgufHeader> parseGgufHeader(const Storage &storage, const QString &context,
                                   bool expandLongArrays, JobContext &ctx);

// The whole reader on bytes already in memory (the fuzzer's entry point, and readGguf's body).
// Tensors are views into `storage`.
Result<std::shared_ptr<Model>> readGgufFromStorage(std::shared_ptr<const Storage> storage,
                                                   const QString &name, JobContext &ctx);

// Every metadata key/value of a GGUF file with nothing elided (tokenizer vocabularies, merges,
// scores), with exact types: what an exporter needs to carry the metadata over.
Result<std::vector<GgufKeyValue>> readGgufMetadata(const QString &path, JobContext &ctx);

// Maps llama.cpp tensor names (token_embd, blk.N.attn_q, output, …) to layers with roles and
// appends them to model.layers; an absent output.weight means lm_head is tied to token_embd.
void buildGgufLayers(Model &model);

} // namespace pare::core
