// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A plan as the input of other tools: llama-quantize arguments and an llm-compressor recipe.

#include "common/result.h"
#include "compress/plan.h"
#include "model/model.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace pare::core {

struct PlanExport
{
    QString text;      // the file's contents
    QStringList notes; // every difference between the plan and what the tool will do
};

// llama-quantize arguments reproducing the plan's per-tensor types as closely as ggml's types
// allow: the base type (the type of most parameters), --token-embedding-type and
// --output-tensor-type, and a --tensor-type REGEX=TYPE per role (or per tensor where blocks
// differ), with --pure so llama-quantize does not mix in types of its own. Tensor names are
// llama.cpp's (see ggufexport.h); the model must be a gpt2 / llama language model.
Result<PlanExport> llamaQuantizeArguments(const Model &model, const std::vector<LayerPlan> &plans);

// An llm-compressor recipe (YAML): a QuantizationModifier with one config group per distinct
// weight scheme (targets: module names; ignore: layers kept) and a pruning modifier per distinct
// pruning spec. Low-rank, channel pruning, F16/BF16 have no llm-compressor form and are noted.
Result<PlanExport> llmCompressorRecipe(const Model &model, const std::vector<LayerPlan> &plans);

} // namespace pare::core
