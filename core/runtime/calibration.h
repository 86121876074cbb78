// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/model.h"

#include <QByteArray>

#include <cstdint>
#include <span>
#include <vector>

namespace pare::core {

struct CalibrationOptions
{
    std::int64_t maxTokens = 4096; // positions fed in all (0: every token given)
    int window = 0;                // positions per forward pass from position 0 (0: the model's context)
};

// Activation statistics for activation-aware pruning (Wanda): runs the model's transformer
// decoder (runtime/decoder.h) on calibration tokens and records, for every layer whose linear map
// the decoder applies, the norm ‖x_j‖ = sqrt(Σ_t x_tj²) of each input column over all positions.
// The result has one entry per Model::layers entry, empty for layers without a linear map the
// decoder runs (embeddings, norms) — ready for CompressOptions::inputNorms. Models the decoder
// does not run (DecoderWeights::supports is false) are an error naming the model.
Result<std::vector<std::vector<float>>> calibrateInputNorms(const Model &model, std::span<const std::int32_t> tokens,
                                                            const CalibrationOptions &options, JobContext &ctx);
// Byte-level language models: the text's bytes are the tokens (as the evaluator feeds them).
Result<std::vector<std::vector<float>>> calibrateInputNorms(const Model &model, const QByteArray &text,
                                                            const CalibrationOptions &options, JobContext &ctx);

} // namespace pare::core
