// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/channelstats.h"
#include "analysis/lint.h"
#include "analysis/tensorstats.h"
#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/costmodel.h"
#include "model/model.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace pare::core {

class AnalysisCache;

struct DTypeShare
{
    QString dtype;
    std::int64_t tensors = 0;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
};

struct LayerShare
{
    QString layer;
    QString op;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
    std::int64_t macs = -1; // -1: unknown
    double parameterShare = 0.0; // of the model's parameters
    double byteShare = 0.0;
    double macShare = 0.0; // of the known MACs; 0 when unknown
};

struct ModelSummary
{
    std::int64_t tensors = 0;
    std::int64_t layers = 0;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
    std::int64_t macs = 0;
    int layersWithUnknownMacs = 0;
    std::vector<DTypeShare> byDtype; // largest first
    std::vector<LayerShare> layerShares; // in model order
};

ModelSummary summarizeModel(const Model &model, const InputSpec &input = {});

struct LayerChannels
{
    QString layer;
    ChannelStats channels;
};

struct AnalysisOptions
{
    StatsOptions stats;
    bool channels = true; // per-output-channel ranges of every layer weight
    InputSpec input;      // for MACs in the summary
    // Where per-tensor results are kept between runs; null: compute everything afresh.
    AnalysisCache *cache = nullptr;
};

// The whole-model pass: statistics of every tensor, channel ranges of every layer weight, the
// summary and the lint. Spectra are separate (computeSpectrum), on demand per layer.
struct ModelAnalysis
{
    ModelSummary summary;
    std::vector<TensorStats> tensors; // index-aligned with Model::tensors
    std::vector<LayerChannels> channels;
    std::vector<LintWarning> lint;

    const TensorStats *stats(const QString &tensorName) const;
    const ChannelStats *channelsOf(const QString &layerName) const;
};

// One job: parallel over tensors and over chunks of large tensors, progress by bytes streamed,
// cancel honoured per chunk (a few MB).
Result<ModelAnalysis> analyzeModel(const Model &model, const AnalysisOptions &options,
                                   JobContext &ctx);

} // namespace pare::core
