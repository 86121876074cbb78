// SPDX-License-Identifier: GPL-3.0-or-later
#include "model.h"

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

std::optional<OpKind> opKindFromName(QStringView name)
{
    for (OpKind k : {OpKind::Dense, OpKind::Conv, OpKind::Embedding, OpKind::Norm, OpKind::Other}) {
        if (name.compare(opKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

std::int64_t Layer::outFeatures(const Tensor &w) const
{
    if (w.rank() == 0)
        return 1;
    switch (layout) {
    case WeightLayout::OutIn:
    case WeightLayout::ConvOIHW:
    case WeightLayout::Vector: return w.dim(0);
    case WeightLayout::InOut:
    case WeightLayout::ConvHWIO: return w.dim(w.rank() - 1);
    }
    return w.dim(0);
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
