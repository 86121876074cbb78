// SPDX-License-Identifier: GPL-3.0-or-later
#include "weightmatrix.h"
#include "common/argtext.h"

#include <QCoreApplication>

#include <cmath>

namespace pare::core {

Result<WeightMatrix> toWeightMatrix(const Layer &layer, const Tensor &weight)
{
    WeightMatrix m;
    m.rows = layer.outFeatures(weight);
    m.cols = layer.inFeatures(weight);
    if (m.rows <= 0 || m.cols <= 0 || m.rows * m.cols != weight.numel())
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: weight %2 of shape %3 has no out × in reading")
                             .arg(layer.name, weight.name(), shapeToString(weight.shape())));
    std::vector<float> stored = weight.toFloatVector();
    for (std::size_t i = 0; i < stored.size(); ++i) {
        if (!std::isfinite(stored[i]))
            return makeError(ErrorCode::Format,
                             QCoreApplication::translate("pare::core", "%1: weight %2 element %3 is %4; cannot compress non-finite values")
                                 .arg(argText(layer.name), argText(weight.name()), argText(i),
                                      argText(double(stored[i]))));
    }
    const OutInMap map = outInMap(layer.layout, weight.shape(), layer.groups);
    if (map.order == OutInMap::Order::Rows) {
        m.values = std::move(stored);
        return m;
    }
    m.values.resize(stored.size());
    storedToOutIn(map, stored.data(), m.values.data());
    return m;
}

std::vector<float> fromWeightMatrix(const Layer &layer, const Shape &shape, const std::vector<float> &matrix)
{
    const OutInMap map = outInMap(layer.layout, shape, layer.groups);
    if (map.order == OutInMap::Order::Rows || map.rows * map.cols != std::int64_t(matrix.size()))
        return matrix;
    std::vector<float> stored(matrix.size());
    outInToStored(map, matrix.data(), stored.data());
    return stored;
}

void readWeightRow(const Layer &layer, const Tensor &weight, std::int64_t row, float *out)
{
    const OutInMap map = outInMap(layer.layout, weight.shape(), layer.groups);
    const std::int64_t run = map.run();
    for (std::int64_t c = 0; c < map.cols; c += run)
        weight.toFloat(map.index(row, c), run, out + c);
}

std::int64_t inputChannels(const Layer &layer, const Shape &shape)
{
    switch (layer.layout) {
    case WeightLayout::OutIn: return shape.size() == 2 ? shape[1] : -1;
    case WeightLayout::InOut: return shape.size() == 2 ? shape[0] : -1;
    case WeightLayout::ConvOIHW: return shape.size() >= 2 && layer.groups == 1 ? shape[1] : -1;
    case WeightLayout::ConvHWIO: return shape.size() >= 2 && layer.groups == 1 ? shape[shape.size() - 2] : -1;
    case WeightLayout::ConvTransposeIOHW: return shape.size() >= 2 && layer.groups == 1 ? shape[0] : -1;
    case WeightLayout::ConvTransposeHWOI: return shape.size() >= 2 && layer.groups == 1 ? shape.back() : -1;
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
    // Columns run (in, kernel) for OIHW and transposed IOHW, (kernel, in) for HWIO and HWOI.
    const bool kernelFirst = layer.layout == WeightLayout::ConvHWIO || layer.layout == WeightLayout::ConvTransposeHWOI;
    const bool kernelLast = layer.layout == WeightLayout::ConvOIHW || layer.layout == WeightLayout::ConvTransposeIOHW;
    std::int64_t area = 1;
    if (kernelLast)
        for (std::size_t i = 2; i < shape.size(); ++i)
            area *= shape[i];
    if (kernelFirst)
        for (std::size_t i = 0; i + 2 < shape.size(); ++i)
            area *= shape[i];
    if (kernelFirst) {
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
