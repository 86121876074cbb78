// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/weightoverrides.h"
#include "common/argtext.h"

#include <QCoreApplication>

#include "compress/compressor.h"
#include "compress/weightmatrix.h"

namespace pare::core {

Result<std::vector<float>> tensorFloats(const Model &model, const QString &name,
                                        const WeightOverrides *overrides)
{
    const Tensor *t = model.tensor(name);
    if (!t)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("pare::core", "%1: no tensor '%2'").arg(model.path, name)};
    if (overrides) {
        auto it = overrides->constFind(name);
        if (it != overrides->constEnd() && it.value()) {
            if (std::int64_t(it.value()->size()) != t->numel())
                return Error{ErrorCode::InvalidArgument,
                             QCoreApplication::translate("pare::core", "%1: override for tensor '%2' has %3 values, the "
                                            "tensor has %4")
                                     .arg(argText(model.path), argText(name),
                                          argText(it.value()->size()), argText(t->numel()))};
            return *it.value();
        }
    }
    return t->toFloatVector();
}

Result<WeightOverrides> overridesFromVariant(const Model &model, const Variant &variant)
{
    WeightOverrides out;
    for (const CompressedLayer &cl : variant.layers) {
        if (!cl.changed || !cl.encoding)
            continue;
        if (cl.layer < 0 || cl.layer >= int(model.layers.size()))
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: variant layer '%2' has index %3 outside the model")
                                 .arg(argText(model.path), argText(cl.name), argText(cl.layer))};
        const Layer &layer = model.layers[std::size_t(cl.layer)];
        const Tensor *w = model.weightOf(layer);
        if (!w)
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("pare::core", "%1: layer '%2' has no weight tensor").arg(model.path, layer.name)};
        const EncodedTensor &enc = *cl.encoding;
        const std::vector<float> matrix = enc.decode();
        if (std::int64_t(matrix.size()) != w->numel())
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: encoding of '%2' decodes to %3 values, the weight "
                                        "has %4")
                                 .arg(argText(model.path), argText(w->name()),
                                      argText(matrix.size()), argText(w->numel()))};
        out.insert(w->name(), std::make_shared<const std::vector<float>>(
                                      fromWeightMatrix(layer, w->shape(), matrix)));
        const Tensor *b = model.biasOf(layer);
        if (b && !enc.keptRows.empty() && b->numel() == enc.rows) {
            std::vector<float> bias(std::size_t(enc.rows), 0.0f);
            const std::vector<float> orig = b->toFloatVector();
            for (std::uint32_t r : enc.keptRows)
                if (r < bias.size())
                    bias[r] = orig[r];
            out.insert(b->name(), std::make_shared<const std::vector<float>>(std::move(bias)));
        }
    }
    return out;
}

} // namespace pare::core
