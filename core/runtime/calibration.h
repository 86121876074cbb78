// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/model.h"
#include "runtime/datasets.h"
#include "runtime/graphops.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace pare::core {

struct CalibrationOptions
{
    std::int64_t maxTokens = 4096; // positions fed in all (0: every token given)
    int window = 0;                // positions per forward pass from position 0 (0: the model's context)
    // Graph models: examples fed, the data's LAST ones — held out from evaluations that use the
    // first examples (the sweep's --max-examples) where the data is larger than both (0: all).
    std::int64_t maxExamples = 256;
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
//
// Columns are those of the layer's out × in weight matrix (compress/weightmatrix.h): a dense
// layer's input features; a convolution's im2col patch of one group, in the weight's own column
// order ((in/groups, kh, kw) for OIHW, (kh, kw, in/groups) for Keras HWIO), zero padding
// included, one sample per output position. A grouped (or depthwise) convolution has one Gram
// per group: rows [g·rows/groups, (g+1)·rows/groups) of the weight see only group g's patches.
struct InputGram
{
    std::int64_t cols = 0;
    std::int64_t samples = 0; // per group
    std::int64_t groups = 1;
    std::vector<double> diag; // groups × cols: Σ_t x_tj²
    std::vector<double> full; // groups × cols × cols, symmetric; empty when only the diagonal is kept
    bool hasFull() const { return !full.empty(); }
    // Σ over groups of the diagonal: one value per column (Wanda's norms squared).
    std::vector<double> pooledDiagonal() const;
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

// Graph models (ONNX, Keras; runtime/graphexecutor.h): runs the graph on `inputs` (model
// inputs as prepareInputs makes them, examples first; options.calibration.maxExamples of the
// last ones) and records the inputs of every Gemm, MatMul and Conv node whose weight
// (input 1) is a layer's weight. Gemm's alpha scales its inputs; transA is undone. A layer
// whose weight is used otherwise (as a MatMul's first input, through other nodes) gets null.
// ConvTranspose is not executed by the graph executor, so graphs holding one are refused.
Result<InputGrams> calibrateInputGrams(const Model &model, const GTensor &inputs, const GramOptions &options,
                                       JobContext &ctx);
// Wanda's norms for graph models: √(Σ_t x_tj²) per weight column; grouped convolutions pool
// their groups' patches (one norm per column, as CompressOptions::inputNorms holds).
Result<std::vector<std::vector<float>>> calibrateInputNorms(const Model &model, const GTensor &inputs,
                                                            const CalibrationOptions &options, JobContext &ctx);

// Calibration data from a file, for any model Pare can run: text (its bytes are the tokens)
// for transformer decoders, examples (.npz / .npy / IDX / CSV, prepared with `prep` as the
// evaluator prepares them) for graph models. Errors name the file.
Result<InputGrams> calibrateInputGramsFromFile(const Model &model, const QString &path, const Preprocess &prep,
                                               const GramOptions &options, JobContext &ctx);
Result<std::vector<std::vector<float>>> calibrateInputNormsFromFile(const Model &model, const QString &path,
                                                                    const Preprocess &prep,
                                                                    const CalibrationOptions &options,
                                                                    JobContext &ctx);
// True when calibration can run on the model (a transformer decoder or an executable graph).
bool canCalibrate(const Model &model);

// ‖ΔW Xᵀ‖²_F = tr(ΔW G ΔWᵀ) for ΔW given as rows × g.cols floats, row-major (out × in); with
// the diagonal only, Σ_rj ΔW_rj² G_jj. Grouped: row block g against group g's Gram (rows must
// divide into g.groups blocks; otherwise every row is weighed against the pooled groups).
double outputSquaredError(const float *delta, std::int64_t rows, const InputGram &g);

} // namespace pare::core
