// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/layer.h"

#include <cstdint>
#include <vector>

namespace pare::core {

// A layer's weight as the compressor sees it: rows are output channels, columns the inputs of
// each channel (kernel area included for convolutions), row-major float32.
struct WeightMatrix
{
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<float> values;
};

// Reads any weight layout into out × in. Fails on non-finite values (naming the element), as no
// quantizer or pruner gives a meaningful answer for them.
Result<WeightMatrix> toWeightMatrix(const Layer &layer, const Tensor &weight);
// The inverse: out × in values back into the weight's own layout and shape.
std::vector<float> fromWeightMatrix(const Layer &layer, const Shape &shape, const std::vector<float> &matrix);
// One row (output channel) of the out × in reading, without converting the whole tensor.
void readWeightRow(const Layer &layer, const Tensor &weight, std::int64_t row, float *out);

// The columns of the out × in reading that belong to input channel `channel` of a layer whose
// weight has `shape` (one column for dense layers, the kernel area for convolutions).
std::vector<std::int64_t> inputChannelColumns(const Layer &layer, const Shape &shape, std::int64_t channel);
// Input channels of the layer (not multiplied by the kernel area), or -1 if unknown.
std::int64_t inputChannels(const Layer &layer, const Shape &shape);

} // namespace pare::core
