// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/graph.h"
#include "runtime/graphops.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace pare::core {

// Labelled (or unlabelled) examples for a classifier: inputs[0] is the example axis.
struct Dataset
{
    GTensor inputs;
    bool inputsWereBytes = false; // uint8 source: the default preprocessing scales by 1/255
    std::vector<std::int64_t> labels; // empty when unlabelled
    QString source;
};

enum class DataLayout { Auto, Nchw, Nhwc };

// How raw inputs become model inputs: x' = (x · scale − mean[c]) / std[c], then laid out as the
// model expects. scale unset: 1/255 for uint8 data (the demo protocol), else 1. mean/std: one
// value for all channels or one per channel. layout: how the DATA is laid out (Auto: NHWC for
// rank-4 data whose last axis has 1, 3 or 4 entries, else NCHW).
struct Preprocess
{
    std::optional<double> scale;
    std::vector<float> mean;
    std::vector<float> std;
    DataLayout layout = DataLayout::Auto;
};

// Raw bytes of a text file for byte-level language models. Empty files are an error.
Result<QByteArray> loadText(const QString &path);

// The evaluation data the bundled demo models come with (validation.txt / test-1000.npz next to
// the model), or empty when there is none.
QString bundledEvalData(const QString &modelPath);

// Examples from NumPy .npz (inputs "x"/"inputs"/"images"/"data", labels "y"/"labels"/
// "targets"), .npy, IDX (MNIST family, gzipped or not) or CSV (numeric, last column the label
// unless labelColumn says otherwise; -2: no label). `labelsPath`, when set, supplies labels
// from a separate .npy / IDX / one-per-line text file. The format is found from magic bytes.
Result<Dataset> loadDataset(const QString &path, const QString &labelsPath = {}, int labelColumn = -1);

// Applies `prep` and reshapes/transposes the examples into the model input (`input`: the graph
// input, batch dimension free; channelsLast: the model runs NHWC).
Result<GTensor> prepareInputs(const Dataset &data, const GraphValue &input, bool channelsLast,
                              const Preprocess &prep);

} // namespace pare::core
