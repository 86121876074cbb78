// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightmatrix.h"

#include <cmath>

namespace pare::core {

namespace {

// Whether the stored order is already out × in (no transpose needed).
bool storedOutMajor(WeightLayout l)
{
    return l == WeightLayout::OutIn || l == WeightLayout::ConvOIHW || l == WeightLayout::Vector;
}

} // namespace

Result<WeightMatrix> toWeightMatrix(const Layer &layer, const Tensor &weight)
{
    WeightMatrix m;
    m.rows = layer.outFeatures(weight);
    m.cols = layer.inFeatures(weight);
    if (m.rows <= 0 || m.cols <= 0 || m.rows * m.cols != weight.numel())
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1: weight %2 of shape %3 has no out × in reading")
                             .arg(layer.name, weight.name(), shapeToString(weight.shape())));
    std::vector<float> stored = weight.toFloatVector();
    for (std::size_t i = 0; i < stored.size(); ++i) {
        if (!std::isfinite(stored[i]))
            return makeError(ErrorCode::Format,
                             QStringLiteral("%1: weight %2 element %3 is %4; cannot compress non-finite values")
                                 .arg(layer.name, weight.name())
                                 .arg(i)
                                 .arg(double(stored[i])));
    }
    if (storedOutMajor(layer.layout)) {
        m.values = std::move(stored);
        return m;
    }
    // [in..., out]: element (i, o) sits at i * out + o.
    m.values.resize(stored.size());
    const std::int64_t out = m.rows;
    const std::int64_t in = m.cols;
    for (std::int64_t i = 0; i < in; ++i) {
        const float *src = stored.data() + i * out;
        for (std::int64_t o = 0; o < out; ++o)
            m.values[std::size_t(o * in + i)] = src[o];
    }
    return m;
}

std::vector<float> fromWeightMatrix(const Layer &layer, const Shape &shape, const std::vector<float> &matrix)
{
    if (storedOutMajor(layer.layout))
        return matrix;
    const std::int64_t out = shape.empty() ? 1 : shape.back();
    const std::int64_t in = out > 0 ? std::int64_t(matrix.size()) / out : 0;
    std::vector<float> stored(matrix.size());
    for (std::int64_t o = 0; o < out; ++o)
        for (std::int64_t i = 0; i < in; ++i)
            stored[std::size_t(i * out + o)] = matrix[std::size_t(o * in + i)];
    return stored;
}

void readWeightRow(const Layer &layer, const Tensor &weight, std::int64_t row, float *out)
{
    const std::int64_t rows = layer.outFeatures(weight);
    const std::int64_t cols = layer.inFeatures(weight);
    if (storedOutMajor(layer.layout)) {
        weight.toFloat(row * cols, cols, out);
        return;
    }
    for (std::int64_t i = 0; i < cols; ++i)
        weight.toFloat(i * rows + row, 1, out + i);
}

std::int64_t inputChannels(const Layer &layer, const Shape &shape)
{
    switch (layer.layout) {
    case WeightLayout::OutIn: return shape.size() == 2 ? shape[1] : -1;
    case WeightLayout::InOut: return shape.size() == 2 ? shape[0] : -1;
    case WeightLayout::ConvOIHW: return shape.size() >= 2 && layer.groups == 1 ? shape[1] : -1;
    case WeightLayout::ConvHWIO: return shape.size() >= 2 && layer.groups == 1 ? shape[shape.size() - 2] : -1;
    case WeightLayout::Vector: return -1;
    }
    return -1;
}

std::vector<std::int64_t> inputChannelColumns(const Layer &layer, const Shape &shape, std::int64_t channel)
{
    std::vector<std::int64_t> cols;
    const std::int64_t ch = inputChannels(layer, shape);
    if (ch <= 0 || channel < 0 || channel >= ch)
        return cols;
    std::int64_t area = 1;
    if (layer.layout == WeightLayout::ConvOIHW)
        for (std::size_t i = 2; i < shape.size(); ++i)
            area *= shape[i];
    if (layer.layout == WeightLayout::ConvHWIO)
        for (std::size_t i = 0; i + 2 < shape.size(); ++i)
            area *= shape[i];
    if (layer.layout == WeightLayout::ConvHWIO) {
        // in-features run (kh, kw, in): the channel recurs once per kernel position
        for (std::int64_t k = 0; k < area; ++k)
            cols.push_back(k * ch + channel);
    } else {
        for (std::int64_t k = 0; k < area; ++k)
            cols.push_back(channel * area + k);
    }
    return cols;
}

} // namespace pare::core
