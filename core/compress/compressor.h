// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/encoding.h"
#include "compress/metrics.h"
#include "compress/plan.h"
#include "jobs/jobcontext.h"
#include "model/costmodel.h"
#include "model/model.h"

#include <functional>
#include <optional>
#include <vector>

namespace pare::core {

// One layer of a compressed model.
struct CompressedLayer
{
    int layer = -1;
    QString name;
    QString weightName;
    bool changed = false;
    QString method; // "int4 g128 sym + 50 % magnitude", "kept"
    QString note;
    bool magnitudeFallback = false; // activation-aware ("wanda") planned, pruned by magnitude (no norms)
    Shape originalShape;
    std::optional<EncodedTensor> encoding; // set when changed
    std::int64_t parameters = 0;    // original weight + bias elements
    std::int64_t originalBytes = 0; // weight + bias as stored in the model
    std::int64_t bytes = 0;         // encoding + bias (shrunk with removed channels)
    std::int64_t originalMacs = -1; // per inference, -1 unknown
    std::int64_t macs = -1;
    ErrorMetrics error;
};

// The result of applying a plan: encoded tensors with exact sizes, MACs and errors.
struct Variant
{
    std::vector<CompressedLayer> layers; // one per Model::layers entry
    std::int64_t originalBytes = 0;      // the whole model, all tensors
    std::int64_t bytes = 0;
    std::int64_t originalMacs = 0;       // over layers whose MACs are known
    std::int64_t macs = 0;
    ErrorMetrics error; // weighted by parameters over all layers (unchanged layers count as exact)
    QStringList notes;
};

// Streaming compression, for exports that must not hold the whole variant (export/variantwriter.h):
// layers are compressed in windows whose weights take at most `windowBytes` as F32 (at least one
// layer each), in parallel within a window; after each window `sink` gets its changed layers in
// layer order, and then their encodings are released (CompressedLayer::encoding reset).
struct CompressStream
{
    std::int64_t windowBytes = std::int64_t(256) << 20;
    std::function<Result<void>(CompressedLayer &)> sink;
    // Instrumentation: the most bytes one window held at once (its weights as F32 plus their
    // encodings), so tests can check the bound without measuring RSS.
    std::int64_t peakWindowBytes = 0;
};

struct CompressOptions
{
    InputSpec input;
    // Per layer (index as in Model::layers): the activation norm ‖x_j‖ of each input column over
    // calibration data (runtime/calibration.h), for prune plans with "score": "wanda". A layer
    // without norms is pruned by magnitude, with a note saying so.
    std::vector<std::vector<float>> inputNorms;
    CompressStream *stream = nullptr; // null: every encoding is kept in the Variant
};

// Where output channels can really be removed: `producers` lose rows, `consumer` loses the
// matching input columns. Found from roles (an MLP's up [+ gate] → down in one block) or from
// Model::graph (Dense/Conv → elementwise activations that keep 0 at 0 → Dense/Conv).
struct ChannelCoupling
{
    std::vector<int> producers; // layer indices, all with a channel-pruning plan of equal spec
    int consumer = -1;
};
std::vector<ChannelCoupling> findChannelCouplings(const Model &model, const std::vector<LayerPlan> &plans);

// Applies a resolved plan to every layer: one job, parallel over layers, with progress and cancel.
Result<Variant> compressModel(const Model &model, const std::vector<LayerPlan> &plans, JobContext &ctx,
                              const CompressOptions &options = {});

} // namespace pare::core
