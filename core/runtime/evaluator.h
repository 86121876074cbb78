// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "runtime/decoder.h"
#include "runtime/graphexecutor.h"

#include <QByteArray>
#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace pare::core {

struct LmEvalOptions
{
    int window = 0;             // 0: the model's context (capped at 1024)
    std::int64_t maxBytes = 0;  // 0: the whole text; else evaluate its first maxBytes bytes
};

// How far two outputs are apart, accumulated over every value compared.
struct OutputAgreement
{
    double relativeError = 0.0; // ‖variant − original‖ / ‖original‖
    double cosine = 1.0;
};

struct LmEvalResult
{
    std::int64_t predictions = 0;
    std::int64_t windows = 0;
    int window = 0;
    double meanNll = 0.0; // nats per byte
    double bitsPerByte = 0.0;
    double perplexity = 0.0;
    bool compared = false; // the fields below are set when a variant was evaluated
    double variantMeanNll = 0.0;
    double variantPerplexity = 0.0;
    double meanKl = 0.0; // KL(original ‖ variant) of the next-byte distribution, nats
    double p99Kl = 0.0;
    double maxKl = 0.0;
    double sameTopRate = 0.0; // positions where both predict the same most likely byte
    OutputAgreement logits;
    QJsonObject toJson() const;
};

// Byte-level evaluation over non-overlapping windows of `text`: window k feeds bytes
// [kW, min(kW + W, L − 1)) from position 0 and predicts each next byte, so every byte except
// the first is predicted once. With `variant`, both models see each window and their
// next-byte distributions are compared position by position; no logits are kept beyond a window.
Result<LmEvalResult> evaluateLanguageModel(const Decoder &original, const Decoder *variant,
                                           const QByteArray &text, const LmEvalOptions &options,
                                           JobContext &ctx);

struct ClassifierEvalResult
{
    std::int64_t examples = 0;
    bool labelled = false;
    std::int64_t correct = 0;
    double accuracy = 0.0;
    std::vector<std::int64_t> predictions; // argmax per example
    bool compared = false;
    std::int64_t variantCorrect = 0;
    double variantAccuracy = 0.0;
    double top1Agreement = 0.0; // examples where both predict the same class
    OutputAgreement outputs;
    QJsonObject toJson() const;
};

// Runs the graph on all examples (in batches, in parallel) and scores argmax predictions.
Result<ClassifierEvalResult> evaluateClassifier(const GraphExecutor &original, const GraphExecutor *variant,
                                                const GTensor &inputs, const std::vector<std::int64_t> &labels,
                                                std::int64_t batchSize, JobContext &ctx);

// Relative error and cosine similarity of two equally long outputs.
OutputAgreement compareOutputs(const std::vector<float> &original, const std::vector<float> &variant);

} // namespace pare::core
