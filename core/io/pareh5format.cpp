// SPDX-License-Identifier: GPL-3.0-or-later
#include "pareh5format.h"
#include "common/argtext.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace pare::core::pareh5 {

namespace {
QJsonArray shapeToJson(const Shape &shape)
{
    QJsonArray a;
    for (std::int64_t d : shape)
        a.append(qint64(d));
    return a;
}

std::optional<Shape> shapeFromJson(const QJsonValue &v)
{
    if (!v.isArray())
        return std::nullopt;
    Shape s;
    for (const QJsonValue &d : v.toArray()) {
        if (!d.isDouble())
            return std::nullopt;
        s.push_back(d.toInteger());
    }
    return s;
}

QJsonArray valuesToJson(const std::vector<GraphValue> &values)
{
    QJsonArray a;
    for (const GraphValue &v : values)
        a.append(QJsonObject{{QStringLiteral("name"), v.name},
                             {QStringLiteral("dtype"), dtypeName(v.dtype)},
                             {QStringLiteral("shape"), shapeToJson(v.shape)}});
    return a;
}

Result<std::vector<GraphValue>> valuesFromJson(const QJsonValue &json, const QString &where)
{
    std::vector<GraphValue> out;
    for (const QJsonValue &item : json.toArray()) {
        const QJsonObject o = item.toObject();
        GraphValue v;
        v.name = o.value(QStringLiteral("name")).toString();
        const auto dt = dtypeFromName(o.value(QStringLiteral("dtype")).toString());
        const auto shape = shapeFromJson(o.value(QStringLiteral("shape")));
        if (!dt || !shape)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: graph value '%2' has a bad dtype or shape")
                                 .arg(where, v.name)};
        v.dtype = *dt;
        v.shape = *shape;
        out.push_back(std::move(v));
    }
    return out;
}

QJsonArray stringsToJson(const std::vector<QString> &strings)
{
    QJsonArray a;
    for (const QString &s : strings)
        a.append(s);
    return a;
}

std::vector<QString> stringsFromJson(const QJsonValue &v)
{
    std::vector<QString> out;
    for (const QJsonValue &s : v.toArray())
        out.push_back(s.toString());
    return out;
}
} // namespace

QString layoutName(WeightLayout layout)
{
    switch (layout) {
    case WeightLayout::OutIn:
        return QStringLiteral("OutIn");
    case WeightLayout::InOut:
        return QStringLiteral("InOut");
    case WeightLayout::ConvOIHW:
        return QStringLiteral("ConvOIHW");
    case WeightLayout::ConvHWIO:
        return QStringLiteral("ConvHWIO");
    case WeightLayout::Vector:
        return QStringLiteral("Vector");
    case WeightLayout::ConvTransposeIOHW:
        return QStringLiteral("ConvTransposeIOHW");
    case WeightLayout::ConvTransposeHWOI:
        return QStringLiteral("ConvTransposeHWOI");
    }
    return QStringLiteral("OutIn");
}

std::optional<WeightLayout> layoutFromName(const QString &name)
{
    for (WeightLayout l : {WeightLayout::OutIn, WeightLayout::InOut, WeightLayout::ConvOIHW,
                           WeightLayout::ConvHWIO, WeightLayout::Vector,
                           WeightLayout::ConvTransposeIOHW, WeightLayout::ConvTransposeHWOI}) {
        if (layoutName(l) == name)
            return l;
    }
    return std::nullopt;
}

QJsonArray layersToJson(const std::vector<Layer> &layers)
{
    QJsonArray array;
    for (const Layer &l : layers) {
        array.append(QJsonObject{
                {QStringLiteral("name"), l.name},
                {QStringLiteral("op"), opKindName(l.op)},
                {QStringLiteral("opType"), l.opType},
                {QStringLiteral("role"), l.role},
                {QStringLiteral("block"), l.block},
                {QStringLiteral("weight"), l.weight},
                {QStringLiteral("bias"), l.bias},
                {QStringLiteral("layout"), layoutName(l.layout)},
                {QStringLiteral("groups"), l.groups},
                {QStringLiteral("inputShape"), shapeToJson(l.inputShape)},
                {QStringLiteral("outputShape"), shapeToJson(l.outputShape)},
                {QStringLiteral("positions"), qint64(l.positions)},
                {QStringLiteral("tiedTo"), l.tiedTo},
        });
    }
    return array;
}

Result<std::vector<Layer>> layersFromJson(const QJsonArray &array, int tensorCount,
                                          const QString &where)
{
    std::vector<Layer> layers;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Layer l;
        l.name = o.value(QStringLiteral("name")).toString();
        const auto op = opKindFromName(o.value(QStringLiteral("op")).toString());
        // Files written before layers carried a layout read with the default of their op.
        const QJsonValue layoutValue = o.value(QStringLiteral("layout"));
        const auto layout = layoutValue.isUndefined()
                ? std::optional<WeightLayout>(op == OpKind::Conv ? WeightLayout::ConvOIHW
                                              : op == OpKind::Norm ? WeightLayout::Vector
                                                                   : WeightLayout::OutIn)
                : layoutFromName(layoutValue.toString());
        const auto in = shapeFromJson(o.value(QStringLiteral("inputShape")));
        const auto out = shapeFromJson(o.value(QStringLiteral("outputShape")));
        l.weight = o.value(QStringLiteral("weight")).toInt(-1);
        l.bias = o.value(QStringLiteral("bias")).toInt(-1);
        if (!op || !layout || !in || !out || l.weight < -1 || l.weight >= tensorCount || l.bias < -1
            || l.bias >= tensorCount)
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: /model/layers entry %2 ('%3') has a bad op, layout, "
                                        "shape or tensor index")
                                 .arg(argText(where), argText(i), argText(l.name))};
        l.op = *op;
        l.layout = *layout;
        l.inputShape = *in;
        l.outputShape = *out;
        l.opType = o.value(QStringLiteral("opType")).toString();
        l.role = o.value(QStringLiteral("role")).toString();
        l.block = o.value(QStringLiteral("block")).toInt(-1);
        l.groups = std::max(1, o.value(QStringLiteral("groups")).toInt(1));
        l.positions = o.value(QStringLiteral("positions")).toInteger(-1);
        l.tiedTo = o.value(QStringLiteral("tiedTo")).toBool();
        layers.push_back(std::move(l));
    }
    return layers;
}

QJsonObject graphToJson(const Graph &graph)
{
    QJsonArray nodes;
    for (const GraphNode &n : graph.nodes) {
        nodes.append(QJsonObject{
                {QStringLiteral("name"), n.name},
                {QStringLiteral("opType"), n.opType},
                {QStringLiteral("domain"), n.domain},
                {QStringLiteral("inputs"), stringsToJson(n.inputs)},
                {QStringLiteral("outputs"), stringsToJson(n.outputs)},
                {QStringLiteral("attributes"), QJsonObject::fromVariantMap(n.attributes)},
        });
    }
    return QJsonObject{
            {QStringLiteral("inputs"), valuesToJson(graph.inputs)},
            {QStringLiteral("outputs"), valuesToJson(graph.outputs)},
            {QStringLiteral("valueInfo"), valuesToJson(graph.valueInfo)},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("opsetVersion"), graph.opsetVersion},
    };
}

Result<Graph> graphFromJson(const QJsonObject &object, const QString &where)
{
    Graph g;
    auto inputs = valuesFromJson(object.value(QStringLiteral("inputs")), where);
    auto outputs = valuesFromJson(object.value(QStringLiteral("outputs")), where);
    auto info = valuesFromJson(object.value(QStringLiteral("valueInfo")), where);
    for (auto *r : {&inputs, &outputs, &info}) {
        if (!r->ok())
            return r->error();
    }
    g.inputs = std::move(inputs).value();
    g.outputs = std::move(outputs).value();
    g.valueInfo = std::move(info).value();
    for (const QJsonValue &item : object.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject o = item.toObject();
        GraphNode n;
        n.name = o.value(QStringLiteral("name")).toString();
        n.opType = o.value(QStringLiteral("opType")).toString();
        n.domain = o.value(QStringLiteral("domain")).toString();
        n.inputs = stringsFromJson(o.value(QStringLiteral("inputs")));
        n.outputs = stringsFromJson(o.value(QStringLiteral("outputs")));
        n.attributes = o.value(QStringLiteral("attributes")).toObject().toVariantMap();
        g.nodes.push_back(std::move(n));
    }
    g.opsetVersion = object.value(QStringLiteral("opsetVersion")).toInt();
    return g;
}

} // namespace pare::core::pareh5
