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
        // A transposed convolution (ONNX ConvTranspose, weight [in, out/groups, kh, kw]) applies
        // the whole kernel once per INPUT position: its MACs are weight elements × input H×W.
        const bool transposed = isTransposedConv(layer.layout)
                                || layer.opType == QLatin1String("ConvTranspose"); // older .pare files
        const Shape &s = transposed ? layer.inputShape : layer.outputShape;
        if (s.size() < 3)
            return -1;
        std::int64_t p = 1;
        const bool channelsLast = layer.layout == WeightLayout::ConvHWIO
                                  || layer.layout == WeightLayout::ConvTransposeHWOI;
        const std::size_t first = channelsLast ? 1 : 2;
        const std::size_t last = channelsLast ? s.size() - 1 : s.size();
        for (std::size_t i = first; i < last; ++i) {
            if (s[i] <= 0 || __builtin_mul_overflow(p, s[i], &p))
                return -1; // unknown, or a shape from a hostile file: no figure
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
    // An overflowing product is no figure at all: unknown (-1), never a wrapped number.
    auto product = [&](std::int64_t elements) -> std::int64_t {
        std::int64_t r = 0;
        if (elements < 0 || __builtin_mul_overflow(elements, positions, &r)
            || __builtin_mul_overflow(r, batch, &r))
            return -1;
        return r;
    };
    switch (layer.op) {
    case OpKind::Dense:
    case OpKind::Conv:
        return product(weightElements);
    case OpKind::Norm: {
        const Tensor *w = model.weightOf(layer);
        return w ? product(w->numel()) : -1;
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
        std::int64_t sum = 0;
        if (macs < 0 || __builtin_add_overflow(m.macs, macs, &sum))
            ++m.layersWithUnknownMacs;
        else
            m.macs = sum;
    }
    return m;
}

} // namespace pare::core
