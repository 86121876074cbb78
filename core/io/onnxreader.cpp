// SPDX-License-Identifier: GPL-3.0-or-later
// ONNX reader: the protobuf is parsed from the memory-mapped file with bounded recursion and
// size; initializers, Constant nodes and subgraph tensors become tensors (onnxtensor.h), weight
// nodes become layers, and the top-level graph is kept for execution.
#include "modelio.h"
#include "common/argtext.h"
#include "onnxshapes.h"
#include "onnxtensor.h"
#include "onnxwire.h"

#include <onnx/onnx_pb.h>

#include <google/protobuf/io/coded_stream.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <climits>
#include <cstring>
#include <exception>

namespace pare::core {

namespace {
using namespace onnxio;

// ONNX nests three protobuf levels per subgraph (node → attribute → graph) and a few for types;
// real models stay far below this, hostile ones are refused before they exhaust the stack.
constexpr int kMaxRecursion = 100;

Error formatError(const QString &path, const QString &what)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(path, what)};
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

Shape shapeOf(const onnx::TypeProto &type, bool *known)
{
    Shape s;
    *known = type.has_tensor_type() && type.tensor_type().has_shape();
    if (!*known)
        return s;
    // Symbolic and absurd (hostile) dimensions are unknown: -1.
    constexpr std::int64_t kMaxDim = std::int64_t(1) << 40;
    for (const auto &d : type.tensor_type().shape().dim())
        s.push_back(d.has_dim_value() && d.dim_value() >= 0 && d.dim_value() <= kMaxDim
                            ? d.dim_value()
                            : -1);
    return s;
}

GraphValue graphValue(const onnx::ValueInfoProto &v)
{
    GraphValue g;
    g.name = qs(v.name());
    bool known = false;
    g.shape = shapeOf(v.type(), &known);
    if (v.type().has_tensor_type())
        g.dtype = dtypeFromOnnx(v.type().tensor_type().elem_type()).value_or(DType::F32);
    return g;
}

QVariant attributeValue(const onnx::AttributeProto &a)
{
    auto type = a.type();
    if (type == onnx::AttributeProto_AttributeType_UNDEFINED) {
        // IR version 1 files leave the type out; infer it from which field is set.
        if (a.has_f())
            type = onnx::AttributeProto_AttributeType_FLOAT;
        else if (a.has_i())
            type = onnx::AttributeProto_AttributeType_INT;
        else if (a.has_s())
            type = onnx::AttributeProto_AttributeType_STRING;
        else if (a.floats_size())
            type = onnx::AttributeProto_AttributeType_FLOATS;
        else if (a.ints_size())
            type = onnx::AttributeProto_AttributeType_INTS;
        else if (a.strings_size())
            type = onnx::AttributeProto_AttributeType_STRINGS;
    }
    switch (type) {
    case onnx::AttributeProto_AttributeType_FLOAT:
        return double(a.f());
    case onnx::AttributeProto_AttributeType_INT:
        return qint64(a.i());
    case onnx::AttributeProto_AttributeType_STRING:
        return qs(a.s());
    case onnx::AttributeProto_AttributeType_FLOATS: {
        QVariantList l;
        for (float f : a.floats())
            l.append(double(f));
        return l;
    }
    case onnx::AttributeProto_AttributeType_INTS: {
        QVariantList l;
        for (std::int64_t i : a.ints())
            l.append(qint64(i));
        return l;
    }
    case onnx::AttributeProto_AttributeType_STRINGS: {
        QVariantList l;
        for (const auto &s : a.strings())
            l.append(qs(s));
        return l;
    }
    default:
        return {}; // tensors, graphs, sparse tensors, types: not plain values
    }
}

class OnnxReader
{
public:
    OnnxReader(const QString &path, JobContext &ctx, std::shared_ptr<const onnx::ModelProto> proto)
        : m_path(path)
        , m_ctx(ctx)
        , m_proto(std::move(proto))
        , m_external(path)
    {}

    Result<std::shared_ptr<Model>> read();

private:
    Result<void> walkGraph(const onnx::GraphProto &graph, const QString &scope, int depth);
    Result<void> addTensor(const onnx::TensorProto &tensor, const QString &valueName,
                           const QString &scope, const QString &what);
    Result<void> addConstant(const onnx::NodeProto &node, const QString &scope,
                             const QString &nodeName);
    QString uniqueName(const QString &name, const QString &scope);
    int resolveWeight(const QString &value) const;
    Result<void> buildLayers(const onnx::GraphProto &graph, const QHash<QString, Shape> &shapes);
    void buildGraph(const onnx::GraphProto &graph);
    void fillMetadata();

    QString m_path;
    JobContext &m_ctx;
    std::shared_ptr<const onnx::ModelProto> m_proto;
    ExternalData m_external;
    std::shared_ptr<Model> m_model = std::make_shared<Model>();
    QSet<QString> m_names;
    QHash<QString, int> m_topValues; // top-level value name → tensor index
    QHash<QString, int> m_producer;  // top-level value name → node index
    int m_skipped = 0;
    int m_done = 0;
    int m_total = 1;
};

QString OnnxReader::uniqueName(const QString &name, const QString &scope)
{
    QString candidate = name.isEmpty() ? scope + QStringLiteral("tensor") : name;
    if (m_names.contains(candidate) && !scope.isEmpty())
        candidate = scope + name;
    const QString base = candidate;
    for (int n = 2; m_names.contains(candidate); ++n)
        candidate = QStringLiteral("%1#%2").arg(base).arg(n);
    m_names.insert(candidate);
    return candidate;
}

Result<void> OnnxReader::addTensor(const onnx::TensorProto &tensor, const QString &valueName,
                                   const QString &scope, const QString &what)
{
    const QString name = uniqueName(valueName, scope);
    const QString where = QStringLiteral("%1: %2 '%3'").arg(m_path, what, name);
    auto t = tensorFromProto(tensor, name, m_proto, m_external, where);
    if (!t)
        return t.error();
    if (!t->has_value()) {
        m_names.remove(name);
        ++m_skipped;
        m_ctx.warning(QCoreApplication::translate("pare::core", "%1: data type %2 is not supported; tensor skipped")
                              .arg(where, onnxTypeName(tensor.data_type())));
        return {};
    }
    if (scope.isEmpty())
        m_topValues.insert(valueName, int(m_model->tensors.size()));
    m_model->tensors.push_back(std::move(**t));
    m_ctx.setProgress(std::min(0.9, 0.9 * double(++m_done) / double(m_total)));
    return {};
}

Result<void> OnnxReader::addConstant(const onnx::NodeProto &node, const QString &scope,
                                     const QString &nodeName)
{
    if (node.output_size() < 1)
        return {};
    const QString out = qs(node.output(0));
    for (const auto &a : node.attribute()) {
        const QString what
                = QCoreApplication::translate("pare::core", "Constant node '%1' attribute %2").arg(nodeName, qs(a.name()));
        if (a.name() == "value" && a.has_t())
            return addTensor(a.t(), out, scope, what);
        // The scalar and list forms (opset 12+) are small; build them as owned tensors.
        Shape shape;
        std::vector<float> floats;
        std::vector<std::int64_t> ints;
        if (a.name() == "value_float") {
            floats = {a.f()};
        } else if (a.name() == "value_floats") {
            floats.assign(a.floats().begin(), a.floats().end());
            shape = {std::int64_t(floats.size())};
        } else if (a.name() == "value_int") {
            ints = {a.i()};
        } else if (a.name() == "value_ints") {
            ints.assign(a.ints().begin(), a.ints().end());
            shape = {std::int64_t(ints.size())};
        } else {
            continue;
        }
        const QString name = uniqueName(out, scope);
        if (scope.isEmpty())
            m_topValues.insert(out, int(m_model->tensors.size()));
        if (!ints.empty() || a.name() == "value_ints") {
            std::vector<std::byte> bytes(ints.size() * sizeof(std::int64_t));
            if (!bytes.empty())
                std::memcpy(bytes.data(), ints.data(), bytes.size());
            auto t = Tensor::fromBytes(name, DType::I64, shape, std::move(bytes), m_path);
            if (!t)
                return t.error();
            m_model->tensors.push_back(std::move(t).value());
        } else {
            m_model->tensors.push_back(Tensor::fromFloats(name, shape, std::move(floats)));
        }
        return {};
    }
    return {};
}

Result<void> OnnxReader::walkGraph(const onnx::GraphProto &graph, const QString &scope, int depth)
{
    if (depth > kMaxRecursion) // cannot happen after a bounded parse; kept as a stack guard
        return formatError(m_path, QCoreApplication::translate("pare::core", "subgraphs nested beyond any sane depth"));
    for (const auto &init : graph.initializer()) {
        if (m_ctx.isCanceled())
            return Error::canceled();
        PARE_TRY_VOID(addTensor(init, qs(init.name()), scope, QStringLiteral("initializer")));
    }
    if (graph.sparse_initializer_size() > 0) {
        m_skipped += graph.sparse_initializer_size();
        m_ctx.warning(QCoreApplication::translate("pare::core", "%1: %2 sparse initializers skipped (not supported)")
                              .arg(argText(m_path), argText(graph.sparse_initializer_size())));
    }
    for (int i = 0; i < graph.node_size(); ++i) {
        const auto &node = graph.node(i);
        const QString nodeName = node.name().empty()
                                         ? QStringLiteral("%1_%2")
                                                 .arg(argText(qs(node.op_type())), argText(i))
                                         : qs(node.name());
        if (node.op_type() == "Constant" && (node.domain().empty() || node.domain() == "ai.onnx"))
            PARE_TRY_VOID(addConstant(node, scope, nodeName));
        for (const auto &a : node.attribute()) {
            const QString sub = scope + nodeName + QLatin1Char('/') + qs(a.name());
            if (a.has_g())
                PARE_TRY_VOID(walkGraph(a.g(), sub + QLatin1Char('/'), depth + 1));
            for (int k = 0; k < a.graphs_size(); ++k)
                PARE_TRY_VOID(walkGraph(a.graphs(k), QStringLiteral("%1[%2]/").arg(sub).arg(k),
                                        depth + 1));
        }
    }
    return {};
}

int OnnxReader::resolveWeight(const QString &value) const
{
    if (auto it = m_topValues.constFind(value); it != m_topValues.constEnd())
        return *it;
    // fp16 (or int) weights often feed a Cast or Identity: the layer's weight is the stored tensor.
    const auto p = m_producer.constFind(value);
    if (p == m_producer.constEnd())
        return -1;
    const auto &node = m_proto->graph().node(*p);
    if ((node.op_type() == "Cast" || node.op_type() == "Identity") && node.input_size() > 0)
        return m_topValues.value(qs(node.input(0)), -1);
    return -1;
}

Result<void> OnnxReader::buildLayers(const onnx::GraphProto &graph, const QHash<QString, Shape> &shapes)
{
    QHash<QString, QList<int>> consumers;
    for (int i = 0; i < graph.node_size(); ++i) {
        for (const auto &in : graph.node(i).input())
            consumers[qs(in)].append(i);
    }
    QSet<QString> layerNames;
    bool anyConv = false;
    auto input = [](const onnx::NodeProto &n, int i) {
        return i < n.input_size() ? qs(n.input(i)) : QString();
    };
    for (int i = 0; i < graph.node_size(); ++i) {
        const auto &node = graph.node(i);
        const std::string &op = node.op_type();
        if (!node.domain().empty() && node.domain() != "ai.onnx")
            continue;
        Layer l;
        l.opType = qs(op);
        int weightInput = 1;
        if (op == "Gemm") {
            l.op = OpKind::Dense;
            l.layout = intAttribute(node, "transB", 0) ? WeightLayout::OutIn : WeightLayout::InOut;
            l.bias = resolveWeight(input(node, 2));
        } else if (op == "MatMul") {
            l.op = OpKind::Dense;
            l.layout = WeightLayout::InOut;
            // A bias is a following Add of a 1-D initializer.
            const QString out = node.output_size() ? qs(node.output(0)) : QString();
            for (int c : consumers.value(out)) {
                const auto &add = graph.node(c);
                if (add.op_type() != "Add" || add.input_size() != 2)
                    continue;
                const QString other = qs(add.input(0)) == out ? qs(add.input(1)) : qs(add.input(0));
                const int b = resolveWeight(other);
                if (b >= 0 && m_model->tensors[std::size_t(b)].rank() == 1)
                    l.bias = b;
            }
        } else if (op == "Conv" || op == "ConvTranspose") {
            l.op = OpKind::Conv;
            // ConvTranspose holds [in, out/groups, kh, kw]: dim 0 is not the output channels.
            l.layout = op == "Conv" ? WeightLayout::ConvOIHW : WeightLayout::ConvTransposeIOHW;
            l.groups = int(std::clamp<std::int64_t>(intAttribute(node, "group", 1), 1, INT_MAX));
            l.bias = resolveWeight(input(node, 2));
            anyConv = true;
        } else if (op == "Gather") {
            l.op = OpKind::Embedding;
            l.layout = WeightLayout::OutIn;
            weightInput = 0;
        } else if (op == "BatchNormalization" || op == "LayerNormalization"
                   || op == "InstanceNormalization") {
            l.op = OpKind::Norm;
            l.layout = WeightLayout::Vector;
            l.bias = resolveWeight(input(node, 2));
        } else {
            continue;
        }
        l.weight = resolveWeight(input(node, weightInput));
        if (l.weight < 0)
            continue; // activation × activation: no weight to compress
        const Tensor &w = m_model->tensors[std::size_t(l.weight)];
        if ((l.op == OpKind::Dense || l.op == OpKind::Embedding) && w.rank() != 2)
            continue;
        if (l.op == OpKind::Conv && w.rank() < 3)
            continue;
        // Conv [out, in/group, …] and ConvTranspose [in, out/group, …]: the group must divide dim 0.
        if (l.op == OpKind::Conv && l.groups > 1 && w.shape()[0] % l.groups != 0)
            return formatError(m_path,
                               QCoreApplication::translate(
                                       "pare::core",
                                       "node %1 (%2): group %3 does not divide the weight's first "
                                       "dimension %4")
                                       .arg(argText(qs(node.name())), argText(l.opType),
                                            argText(l.groups), argText(w.shape()[0])));
        QString name = node.name().empty() ? QStringLiteral("%1_%2")
                .arg(argText(l.opType), argText(i))
                                           : qs(node.name());
        for (int n = 2; layerNames.contains(name); ++n)
            name = QStringLiteral("%1#%2").arg(argText(qs(node.name())), argText(n));
        layerNames.insert(name);
        l.name = name;
        const QString dataInput = input(node, weightInput == 0 ? 1 : 0);
        l.inputShape = shapes.value(dataInput);
        l.outputShape = node.output_size() ? shapes.value(qs(node.output(0))) : Shape{};
        m_model->layers.push_back(std::move(l));
    }
    m_model->family = anyConv ? ModelFamily::ConvNet : ModelFamily::FeedForward;
    return {};
}

void OnnxReader::buildGraph(const onnx::GraphProto &graph)
{
    auto g = std::make_shared<Graph>();
    QSet<QString> initializers;
    for (const auto &init : graph.initializer())
        initializers.insert(qs(init.name()));
    for (const auto &v : graph.input()) {
        if (!initializers.contains(qs(v.name())))
            g->inputs.push_back(graphValue(v));
    }
    for (const auto &v : graph.output())
        g->outputs.push_back(graphValue(v));
    for (const auto &v : graph.value_info())
        g->valueInfo.push_back(graphValue(v));
    for (const auto &node : graph.node()) {
        GraphNode n;
        n.name = qs(node.name());
        n.opType = qs(node.op_type());
        n.domain = qs(node.domain());
        for (const auto &in : node.input())
            n.inputs.push_back(qs(in));
        for (const auto &out : node.output())
            n.outputs.push_back(qs(out));
        for (const auto &a : node.attribute()) {
            const QVariant v = attributeValue(a);
            if (v.isValid())
                n.attributes.insert(qs(a.name()), v);
        }
        g->nodes.push_back(std::move(n));
    }
    for (const auto &op : m_proto->opset_import()) {
        if (op.domain().empty() || op.domain() == "ai.onnx")
            g->opsetVersion = int(std::clamp<std::int64_t>(op.version(), 0, INT_MAX));
    }
    m_model->graph = std::move(g);
}

void OnnxReader::fillMetadata()
{
    const auto &p = *m_proto;
    QJsonObject meta{
            {QStringLiteral("ir_version"), qint64(p.ir_version())},
            {QStringLiteral("producer_name"), qs(p.producer_name())},
            {QStringLiteral("producer_version"), qs(p.producer_version())},
            {QStringLiteral("domain"), qs(p.domain())},
            {QStringLiteral("model_version"), qint64(p.model_version())},
            {QStringLiteral("graph_name"), qs(p.graph().name())},
    };
    if (!p.doc_string().empty())
        meta.insert(QStringLiteral("doc_string"), qs(p.doc_string()).left(4096));
    QJsonObject opsets;
    for (const auto &op : p.opset_import())
        opsets.insert(op.domain().empty() ? QStringLiteral("ai.onnx") : qs(op.domain()),
                      qint64(op.version()));
    meta.insert(QStringLiteral("opset_import"), opsets);
    for (const auto &kv : p.metadata_props())
        meta.insert(qs(kv.key()), qs(kv.value()));
    if (m_skipped > 0)
        meta.insert(QStringLiteral("pare.skipped_tensors"), m_skipped);
    m_model->metadata = meta;
}

Result<std::shared_ptr<Model>> OnnxReader::read()
{
    const auto &p = *m_proto;
    if (!p.has_graph())
        return formatError(m_path,
                           QCoreApplication::translate("pare::core", "ModelProto has no graph (field 7); not an ONNX model"));
    if (p.ir_version() >= 3 && p.opset_import_size() == 0)
        return formatError(m_path, QCoreApplication::translate("pare::core", "ModelProto.opset_import is empty (ir_version %1 "
                                                  "requires it); the file is truncated or not ONNX")
                                           .arg(p.ir_version()));
    const auto &graph = p.graph();
    m_model->format = ModelFormat::Onnx;
    m_model->path = m_path;
    m_model->architecture = qs(graph.name());
    m_total = std::max(1, graph.initializer_size() + graph.node_size());
    for (int i = 0; i < graph.node_size(); ++i) {
        for (const auto &out : graph.node(i).output())
            m_producer.insert(qs(out), i);
    }
    PARE_TRY_VOID(walkGraph(graph, QString(), 0));

    QHash<QString, Shape> shapes;
    for (const auto *list : {&graph.input(), &graph.value_info(), &graph.output()}) {
        for (const auto &v : *list) {
            bool known = false;
            Shape s = shapeOf(v.type(), &known);
            if (known)
                shapes.insert(qs(v.name()), s);
        }
    }
    for (auto it = m_topValues.cbegin(); it != m_topValues.cend(); ++it)
        shapes.insert(it.key(), m_model->tensors[std::size_t(it.value())].shape());
    propagateShapes(graph, shapes,
                    [this](const QString &name) -> std::optional<std::vector<std::int64_t>> {
                        const auto it = m_topValues.constFind(name);
                        if (it == m_topValues.constEnd())
                            return std::nullopt;
                        const Tensor &t = m_model->tensors[std::size_t(*it)];
                        if ((t.dtype() != DType::I64 && t.dtype() != DType::I32) || t.numel() > 64)
                            return std::nullopt;
                        std::vector<std::int64_t> values(std::size_t(t.numel()));
                        for (std::size_t i = 0; i < values.size(); ++i) {
                            if (t.dtype() == DType::I64) {
                                std::memcpy(&values[i], t.data() + i * 8, 8);
                            } else {
                                std::int32_t v = 0;
                                std::memcpy(&v, t.data() + i * 4, 4);
                                values[i] = v;
                            }
                        }
                        return values;
                    });
    if (auto built = buildLayers(graph, shapes); !built.ok())
        return built.error();
    buildGraph(graph);
    fillMetadata();
    m_model->reindex();
    m_ctx.setProgress(1.0);
    return m_model;
}

Result<std::shared_ptr<Model>> readOnnxFile(const QString &path, JobContext &ctx)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("pare::core", "%1: no such file").arg(path)};
    if (info.size() == 0)
        return formatError(path, QCoreApplication::translate("pare::core", "the file is empty"));
    if (info.size() > INT_MAX)
        return Error{
                ErrorCode::Unsupported,
                QCoreApplication::translate("pare::core", "%1: the protobuf is %2 bytes, over protobuf's 2 GB limit; save "
                               "the model with external data")
                        .arg(argText(path), argText(info.size()))};
    auto mapped = MappedFile::open(path);
    if (!mapped)
        return mapped.error();
    const auto *bytes = reinterpret_cast<const std::uint8_t *>((*mapped)->data());
    const int size = int((*mapped)->size());
    auto proto = std::make_shared<onnx::ModelProto>();
    google::protobuf::io::CodedInputStream input(bytes, size);
    input.SetTotalBytesLimit(size);
    input.SetRecursionLimit(kMaxRecursion);
    if (!proto->ParseFromCodedStream(&input) || !input.ConsumedEntireMessage()) {
        if (protobufNestingDepth(bytes, std::size_t(size), kMaxRecursion) > kMaxRecursion)
            return formatError(path,
                               QCoreApplication::translate("pare::core", "protobuf nested beyond any sane depth (more than "
                                              "%1 levels); refused")
                                       .arg(kMaxRecursion));
        return formatError(path, QCoreApplication::translate("pare::core", "not a valid ONNX protobuf (truncated or corrupt; "
                                                "parsing stopped near byte %1 of %2)")
                                         .arg(input.CurrentPosition())
                                         .arg(size));
    }
    mapped->reset(); // inline data now lives in the ModelProto; external files are mapped anew
    OnnxReader reader(path, ctx, std::move(proto));
    return reader.read();
}
} // namespace

Result<std::shared_ptr<Model>> readOnnx(const QString &path, JobContext &ctx)
{
    try {
        return readOnnxFile(path, ctx);
    } catch (const std::exception &e) {
        return Error{ErrorCode::Internal,
                     QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace pare::core
