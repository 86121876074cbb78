// SPDX-License-Identifier: GPL-3.0-or-later
#include "model.h"

#include <QCoreApplication>

#include <algorithm>

namespace pare::core {

QString opKindName(OpKind k)
{
    switch (k) {
    case OpKind::Dense: return QStringLiteral("Dense");
    case OpKind::Conv: return QStringLiteral("Conv");
    case OpKind::Embedding: return QStringLiteral("Embedding");
    case OpKind::Norm: return QStringLiteral("Norm");
    case OpKind::Other: return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

QString opKindDisplayName(OpKind k)
{
    switch (k) {
    case OpKind::Dense: return QCoreApplication::translate("pare::core", "Dense");
    case OpKind::Conv: return QCoreApplication::translate("pare::core", "Conv");
    case OpKind::Embedding: return QCoreApplication::translate("pare::core", "Embedding");
    case OpKind::Norm: return QCoreApplication::translate("pare::core", "Norm");
    case OpKind::Other: return QCoreApplication::translate("pare::core", "Other");
    }
    return QCoreApplication::translate("pare::core", "Other");
}

std::optional<OpKind> opKindFromName(QStringView name)
{
    for (OpKind k : {OpKind::Dense, OpKind::Conv, OpKind::Embedding, OpKind::Norm, OpKind::Other}) {
        if (name.compare(opKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

bool isTransposedConv(WeightLayout layout)
{
    return layout == WeightLayout::ConvTransposeIOHW || layout == WeightLayout::ConvTransposeHWOI;
}

OutInMap outInMap(WeightLayout layout, const Shape &shape, int groups)
{
    OutInMap m;
    if (shape.empty()) {
        m.rows = m.cols = 1;
        return m;
    }
    std::int64_t numel = 1;
    for (std::int64_t d : shape)
        numel *= std::max<std::int64_t>(d, 0);
    auto plain = [&](OutInMap::Order order, std::int64_t rows) {
        m.order = order;
        m.rows = rows;
        m.cols = rows > 0 ? numel / rows : 0;
        return m;
    };
    const std::size_t n = shape.size();
    switch (layout) {
    case WeightLayout::OutIn:
    case WeightLayout::ConvOIHW:
    case WeightLayout::Vector: return plain(OutInMap::Order::Rows, shape[0]);
    case WeightLayout::InOut:
    case WeightLayout::ConvHWIO: return plain(OutInMap::Order::Columns, shape[n - 1]);
    case WeightLayout::ConvTransposeIOHW: {
        if (n < 2)
            return plain(OutInMap::Order::Rows, shape[0]);
        const std::int64_t g = groups > 1 && shape[0] % groups == 0 ? groups : 1;
        m.order = OutInMap::Order::TransposeIOHW;
        m.inPerGroup = shape[0] / g;
        m.outPerGroup = shape[1];
        for (std::size_t i = 2; i < n; ++i)
            m.area *= shape[i];
        m.rows = g * m.outPerGroup;
        m.cols = m.inPerGroup * m.area;
        return m;
    }
    case WeightLayout::ConvTransposeHWOI: {
        if (n < 2)
            return plain(OutInMap::Order::Rows, shape[0]);
        m.order = OutInMap::Order::TransposeHWOI;
        m.outPerGroup = shape[n - 2];
        m.inPerGroup = shape[n - 1];
        for (std::size_t i = 0; i + 2 < n; ++i)
            m.area *= shape[i];
        m.rows = m.outPerGroup;
        m.cols = m.area * m.inPerGroup;
        return m;
    }
    }
    return plain(OutInMap::Order::Rows, shape[0]);
}

std::int64_t OutInMap::index(std::int64_t row, std::int64_t col) const
{
    switch (order) {
    case Order::Rows: return row * cols + col;
    case Order::Columns: return col * rows + row;
    case Order::TransposeIOHW: {
        const std::int64_t g = row / outPerGroup, j = row % outPerGroup;
        const std::int64_t i = col / area, k = col % area;
        return ((g * inPerGroup + i) * outPerGroup + j) * area + k;
    }
    case Order::TransposeHWOI: {
        const std::int64_t k = col / inPerGroup, i = col % inPerGroup;
        return (k * outPerGroup + row) * inPerGroup + i;
    }
    }
    return row * cols + col;
}

std::int64_t OutInMap::channelOf(std::int64_t flat) const
{
    switch (order) {
    case Order::Rows: return cols > 0 ? flat / cols : 0;
    case Order::Columns: return rows > 0 ? flat % rows : 0;
    case Order::TransposeIOHW: {
        const std::int64_t i = flat / (outPerGroup * area);
        const std::int64_t j = (flat / area) % outPerGroup;
        return (i / inPerGroup) * outPerGroup + j;
    }
    case Order::TransposeHWOI: return (flat / inPerGroup) % outPerGroup;
    }
    return 0;
}

std::int64_t OutInMap::run() const
{
    switch (order) {
    case Order::Rows: return std::max<std::int64_t>(cols, 1);
    case Order::Columns: return 1;
    case Order::TransposeIOHW: return std::max<std::int64_t>(area, 1);
    case Order::TransposeHWOI: return std::max<std::int64_t>(inPerGroup, 1);
    }
    return 1;
}

namespace {

// Copies between the two orders; `toMatrix` picks the direction.
void reorder(const OutInMap &map, const float *from, float *to, bool toMatrix)
{
    const std::int64_t rows = map.rows, cols = map.cols;
    if (rows <= 0 || cols <= 0)
        return;
    if (map.order == OutInMap::Order::Rows) {
        std::copy(from, from + rows * cols, to);
        return;
    }
    if (map.order == OutInMap::Order::Columns) {
        for (std::int64_t c = 0; c < cols; ++c)
            for (std::int64_t r = 0; r < rows; ++r) {
                if (toMatrix)
                    to[r * cols + c] = from[c * rows + r];
                else
                    to[c * rows + r] = from[r * cols + c];
            }
        return;
    }
    const std::int64_t run = map.run();
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t c = 0; c < cols; c += run) {
            const std::int64_t s = map.index(r, c);
            if (toMatrix)
                std::copy(from + s, from + s + run, to + r * cols + c);
            else
                std::copy(from + r * cols + c, from + r * cols + c + run, to + s);
        }
}

} // namespace

void storedToOutIn(const OutInMap &map, const float *stored, float *matrix)
{
    reorder(map, stored, matrix, true);
}

void outInToStored(const OutInMap &map, const float *matrix, float *stored)
{
    reorder(map, matrix, stored, false);
}

std::int64_t Layer::outFeatures(const Tensor &w) const
{
    if (w.rank() == 0)
        return 1;
    return outInMap(layout, w.shape(), groups).rows;
}

std::int64_t Layer::inFeatures(const Tensor &w) const
{
    const std::int64_t out = outFeatures(w);
    return out > 0 ? w.numel() / out : 0;
}

QString modelFormatName(ModelFormat f)
{
    switch (f) {
    case ModelFormat::Safetensors: return QStringLiteral("safetensors");
    case ModelFormat::HuggingFaceDir: return QCoreApplication::translate("pare::core", "Hugging Face directory");
    case ModelFormat::Onnx: return QStringLiteral("ONNX");
    case ModelFormat::KerasH5: return QCoreApplication::translate("pare::core", "Keras HDF5");
    case ModelFormat::Gguf: return QStringLiteral("GGUF");
    case ModelFormat::Npy: return QCoreApplication::translate("pare::core", "NumPy .npy");
    case ModelFormat::Npz: return QCoreApplication::translate("pare::core", "NumPy .npz");
    case ModelFormat::Pare: return QCoreApplication::translate("pare::core", "Pare project");
    }
    return QCoreApplication::translate("pare::core", "unknown");
}

QString modelFormatId(ModelFormat f)
{
    switch (f) {
    case ModelFormat::Safetensors: return QStringLiteral("safetensors");
    case ModelFormat::HuggingFaceDir: return QStringLiteral("Hugging Face directory");
    case ModelFormat::Onnx: return QStringLiteral("ONNX");
    case ModelFormat::KerasH5: return QStringLiteral("Keras HDF5");
    case ModelFormat::Gguf: return QStringLiteral("GGUF");
    case ModelFormat::Npy: return QStringLiteral("NumPy .npy");
    case ModelFormat::Npz: return QStringLiteral("NumPy .npz");
    case ModelFormat::Pare: return QStringLiteral("Pare project");
    }
    return QStringLiteral("unknown");
}

void Model::reindex()
{
    m_tensorIndex.clear();
    for (int i = 0; i < int(tensors.size()); ++i)
        m_tensorIndex.insert(tensors[std::size_t(i)].name(), i);
    m_layerIndex.clear();
    for (int i = 0; i < int(layers.size()); ++i)
        m_layerIndex.insert(layers[std::size_t(i)].name, i);
}

int Model::tensorIndex(const QString &name) const
{
    return m_tensorIndex.value(name, -1);
}

const Tensor *Model::tensor(const QString &name) const
{
    const int i = tensorIndex(name);
    return i < 0 ? nullptr : &tensors[std::size_t(i)];
}

const Tensor *Model::weightOf(const Layer &l) const
{
    return l.weight >= 0 && l.weight < int(tensors.size()) ? &tensors[std::size_t(l.weight)] : nullptr;
}

const Tensor *Model::biasOf(const Layer &l) const
{
    return l.bias >= 0 && l.bias < int(tensors.size()) ? &tensors[std::size_t(l.bias)] : nullptr;
}

const Layer *Model::layer(const QString &name) const
{
    const int i = m_layerIndex.value(name, -1);
    return i < 0 ? nullptr : &layers[std::size_t(i)];
}

std::int64_t Model::parameterCount() const
{
    std::int64_t n = 0;
    for (const Tensor &t : tensors)
        n += t.numel();
    return n;
}

std::int64_t Model::byteSize() const
{
    std::int64_t n = 0;
    for (const Tensor &t : tensors)
        n += t.byteSize();
    return n;
}

} // namespace pare::core
