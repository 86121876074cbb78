// SPDX-License-Identifier: GPL-3.0-or-later
#include "costmodel.h"

#include <QJsonValue>

namespace pare::core {

std::int64_t contextLength(const Model &model)
{
    for (const char *key : {"n_positions", "max_position_embeddings", "n_ctx"}) {
        const QJsonValue v = model.metadata.value(QLatin1String(key));
        if (v.isDouble() && v.toDouble() > 0)
            return std::int64_t(v.toDouble());
    }
    if (!model.architecture.isEmpty()) {
        const QJsonValue v = model.metadata.value(model.architecture + QStringLiteral(".context_length"));
        if (v.isDouble() && v.toDouble() > 0)
            return std::int64_t(v.toDouble());
    }
    return -1;
}

std::int64_t layerPositions(const Model &model, const Layer &layer, const InputSpec &spec)
{
    if (layer.positions >= 0)
        return layer.positions;
    if (layer.op == OpKind::Conv) {
        // [N, C, H, W] or [N, H, W, C]: the product of the spatial dimensions, if all known.
        const Shape &s = layer.outputShape;
        if (s.size() < 3)
            return -1;
        std::int64_t p = 1;
        const bool channelsLast = layer.layout == WeightLayout::ConvHWIO;
        const std::size_t first = channelsLast ? 1 : 2;
        const std::size_t last = channelsLast ? s.size() - 1 : s.size();
        for (std::size_t i = first; i < last; ++i) {
            if (s[i] <= 0)
                return -1;
            p *= s[i];
        }
        return p;
    }
    if (model.family == ModelFamily::LanguageModel) {
        const std::int64_t t = spec.tokens > 0 ? spec.tokens : contextLength(model);
        return t > 0 ? t : -1;
    }
    if (model.family == ModelFamily::ConvNet || model.family == ModelFamily::FeedForward)
        return 1; // one vector per sample through a dense layer
    return -1;
}

std::int64_t layerMacs(const Model &model, const Layer &layer, const InputSpec &spec,
                       std::int64_t weightElements)
{
    if (layer.op == OpKind::Embedding)
        return 0; // a table lookup
    const std::int64_t positions = layerPositions(model, layer, spec);
    if (positions < 0)
        return -1;
    const std::int64_t batch = std::max<std::int64_t>(spec.batch, 1);
    switch (layer.op) {
    case OpKind::Dense:
    case OpKind::Conv:
        return weightElements * positions * batch;
    case OpKind::Norm: {
        const Tensor *w = model.weightOf(layer);
        return w ? w->numel() * positions * batch : -1;
    }
    default:
        return -1;
    }
}

LayerCost layerCost(const Model &model, const Layer &layer, const InputSpec &spec)
{
    LayerCost c;
    if (const Tensor *w = model.weightOf(layer)) {
        c.parameters += w->numel();
        c.bytes += w->byteSize();
        c.macs = layerMacs(model, layer, spec, w->numel());
    }
    if (const Tensor *b = model.biasOf(layer)) {
        c.parameters += b->numel();
        c.bytes += b->byteSize();
    }
    return c;
}

ModelCost modelCost(const Model &model, const InputSpec &spec)
{
    ModelCost m;
    m.parameters = model.parameterCount();
    m.bytes = model.byteSize();
    for (const Layer &l : model.layers) {
        const std::int64_t macs = layerCost(model, l, spec).macs;
        if (macs < 0)
            ++m.layersWithUnknownMacs;
        else
            m.macs += macs;
    }
    return m;
}

} // namespace pare::core
