// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/model.h"

#include <QByteArray>

#include <cstdint>
#include <memory>
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

// Second-order statistics of one layer's calibration inputs X (samples × cols): the Gram matrix
// G = XᵀX, from which any weight change ΔW gives the layer's output error
// ‖ΔW Xᵀ‖²_F = tr(ΔW G ΔWᵀ) without keeping X. Layers with too many inputs, or past the memory
// cap, keep the diagonal only (Σ_t x_tj², Wanda's norms squared): input columns are then treated
// as uncorrelated.
struct InputGram
{
    std::int64_t cols = 0;
    std::int64_t samples = 0;
    std::vector<double> diag; // cols: Σ_t x_tj²
    std::vector<double> full; // cols × cols, symmetric; empty when only the diagonal is kept
    bool hasFull() const { return !full.empty(); }
};

struct GramOptions
{
    CalibrationOptions calibration;
    std::int64_t maxGramCols = 4096;                     // wider inputs keep the diagonal only
    std::int64_t maxGramBytes = std::int64_t(512) << 20; // all full matrices together
};

// One entry per Model::layers entry: null for layers the decoder does not run as a linear map.
// Layers fed the same input (Llama's q, k and v) share one InputGram.
using InputGrams = std::vector<std::shared_ptr<const InputGram>>;

Result<InputGrams> calibrateInputGrams(const Model &model, std::span<const std::int32_t> tokens,
                                       const GramOptions &options, JobContext &ctx);
Result<InputGrams> calibrateInputGrams(const Model &model, const QByteArray &text, const GramOptions &options,
                                       JobContext &ctx);

// ‖ΔW Xᵀ‖²_F = tr(ΔW G ΔWᵀ) for ΔW given as rows × g.cols floats, row-major (out × in); with
// the diagonal only, Σ_rj ΔW_rj² G_jj.
double outputSquaredError(const float *delta, std::int64_t rows, const InputGram &g);

} // namespace pare::core
