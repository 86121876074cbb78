// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GGUF export for language models (gpt2 and llama families, from a Hugging Face directory or a
// GGUF file): llama.cpp's tensor names and layouts, the metadata its loader needs, and per-tensor
// types chosen from the plan. An encoding that one of ggml's block formats holds is written in it
// bit for bit; any other changed weight is written as its reconstruction in F16, with a note.

#include "common/result.h"
#include "compress/compressor.h"
#include "compress/recipe.h"
#include "jobs/jobcontext.h"
#include "model/model.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace pare::core {

// The ggml type that stores an encoding exactly, if any: F32/F16/BF16 values as they are; integer
// groups of 32 along the input, unpruned: 8-bit symmetric → Q8_0, 4-bit symmetric → Q4_0,
// asymmetric → Q4_1, 5-bit → Q5_0 / Q5_1. (Q4_1 / Q5_1 store the offset −zero·scale as F16;
// `offsetExact`, when given, tells whether every offset is exact in F16.)
std::optional<DType> exactGgufType(const EncodedTensor &enc, bool *offsetExact = nullptr);
// The ggml type llama-quantize would use for a plan as closely as its types allow, and whether it
// is exact ("int8 g32 sym" → Q8_0 exactly; "int4 g128 sym" → Q4_0, not exact).
struct GgufTypeChoice
{
    DType type = DType::F16;
    bool exact = false;
    QString note; // why not exact
};
GgufTypeChoice nearestGgufType(const std::optional<PruneSpec> &prune, const std::optional<QuantSpec> &quant,
                               const std::optional<LowRankSpec> &lowrank, std::int64_t cols);

// llama.cpp's name for a tensor of a gpt2 / llama model ("transformer.h.3.mlp.c_fc.weight" →
// "blk.3.ffn_up.weight"); GGUF names map to themselves; empty for tensors llama.cpp does not load.
QString ggufTensorName(const Model &model, const QString &tensorName);

struct GgufExportedTensor
{
    QString source; // Pare's tensor name
    QString name;   // in the GGUF file
    DType type = DType::F32;
    bool fromEncoding = false; // written from the plan's encoding bit for bit
    Shape shape;               // row-major, as Pare's GGUF reader reports it
};

struct GgufExportSummary
{
    QString architecture;
    std::vector<GgufExportedTensor> tensors;
    QStringList notes;
};

// Writes the GGUF export of `variant` (may be an empty Variant: the model as it is).
Result<GgufExportSummary> writeGgufExport(const Model &model, const Variant &variant, const QString &path,
                                          JobContext &ctx);

} // namespace pare::core
