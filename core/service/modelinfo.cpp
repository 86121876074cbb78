// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelinfo.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace pare::core {

ModelInfo describeModel(const Model &model, const InputSpec &spec)
{
    ModelInfo s;
    s.path = model.path;
    s.format = modelFormatName(model.format);
    s.architecture = model.architecture;
    s.tensorCount = int(model.tensors.size());
    s.input = spec;
    const ModelCost cost = modelCost(model, spec);
    s.parameters = cost.parameters;
    s.bytes = cost.bytes;
    s.macs = cost.macs;
    s.layersWithUnknownMacs = cost.layersWithUnknownMacs;

    std::map<QString, std::int64_t> byDtype;
    for (const Tensor &t : model.tensors)
        byDtype[dtypeName(t.dtype())] += t.byteSize();
    for (const auto &[name, bytes] : byDtype)
        s.bytesByDtype.append({name, bytes});
    std::sort(s.bytesByDtype.begin(), s.bytesByDtype.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });

    for (int i = 0; i < int(model.layers.size()); ++i) {
        const Layer &l = model.layers[std::size_t(i)];
        LayerInfo row;
        row.index = i;
        row.name = l.name;
        row.op = opKindName(l.op);
        row.opType = l.opType;
        row.role = l.role;
        row.tied = l.tiedTo;
        if (const Tensor *w = model.weightOf(l)) {
            row.shape = shapeToString(w->shape());
            row.dtype = dtypeName(w->dtype());
        }
        const LayerCost c = layerCost(model, l, spec);
        row.parameters = c.parameters;
        row.bytes = c.bytes;
        row.macs = c.macs;
        s.layers.append(row);
    }
    return s;
}

QJsonObject ModelInfo::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("path")] = path;
    o[QStringLiteral("format")] = format;
    o[QStringLiteral("architecture")] = architecture;
    o[QStringLiteral("tensors")] = tensorCount;
    o[QStringLiteral("parameters")] = double(parameters);
    o[QStringLiteral("bytes")] = double(bytes);
    o[QStringLiteral("macs")] = double(macs);
    o[QStringLiteral("layers_with_unknown_macs")] = layersWithUnknownMacs;
    QJsonObject in;
    in[QStringLiteral("batch")] = double(input.batch);
    in[QStringLiteral("tokens")] = double(input.tokens);
    o[QStringLiteral("input")] = in;
    QJsonObject dtypes;
    for (const auto &[name, b] : bytesByDtype)
        dtypes[name] = double(b);
    o[QStringLiteral("bytes_by_dtype")] = dtypes;
    QJsonArray rows;
    for (const LayerInfo &l : layers) {
        QJsonObject r;
        r[QStringLiteral("name")] = l.name;
        r[QStringLiteral("op")] = l.op;
        r[QStringLiteral("op_type")] = l.opType;
        r[QStringLiteral("role")] = l.role;
        r[QStringLiteral("shape")] = l.shape;
        r[QStringLiteral("dtype")] = l.dtype;
        r[QStringLiteral("parameters")] = double(l.parameters);
        r[QStringLiteral("bytes")] = double(l.bytes);
        r[QStringLiteral("macs")] = l.macs < 0 ? QJsonValue() : QJsonValue(double(l.macs));
        r[QStringLiteral("tied")] = l.tied;
        rows.append(r);
    }
    o[QStringLiteral("layers")] = rows;
    return o;
}

} // namespace pare::core
