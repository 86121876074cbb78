// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/onnxexport.h"

#include "common/argtext.h"
#include "common/atomicfile.h"
#include "compress/quantizer.h"
#include "compress/weightmatrix.h"
#include "runtime/weightoverrides.h"
#include "tensor/convert.h"

#include <onnx/onnx_pb.h>

#include <google/protobuf/io/coded_stream.h>

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <cmath>
#include <cstring>
#include <limits>

namespace pare::core {

namespace {

Error onnxError(const QString &path, const QString &what)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(path, what)};
}

Result<onnx::ModelProto> loadProto(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot open: %2").arg(path, f.errorString())};
    const QByteArray bytes = f.readAll();
    google::protobuf::io::CodedInputStream in(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                              int(std::min<qsizetype>(bytes.size(), std::numeric_limits<int>::max())));
    in.SetTotalBytesLimit(std::numeric_limits<int>::max());
    in.SetRecursionLimit(100);
    onnx::ModelProto proto;
    if (!proto.ParseFromCodedStream(&in) || !in.ConsumedEntireMessage())
        return onnxError(path, QCoreApplication::translate("pare::core", "not a valid ONNX model protobuf"));
    return proto;
}

Result<void> saveProto(const onnx::ModelProto &proto, const QString &path)
{
    std::string bytes;
    if (!proto.SerializeToString(&bytes))
        return Error{ErrorCode::Internal, QCoreApplication::translate("pare::core", "%1: cannot serialize the ONNX model").arg(path)};
    return writeFileAtomically(path, QByteArray::fromStdString(bytes));
}

onnx::TensorProto *findInitializer(onnx::GraphProto &g, const std::string &name, int *index = nullptr)
{
    for (int i = 0; i < g.initializer_size(); ++i)
        if (g.initializer(i).name() == name) {
            if (index)
                *index = i;
            return g.mutable_initializer(i);
        }
    return nullptr;
}

void setFloatData(onnx::TensorProto &t, const std::vector<float> &values)
{
    t.clear_float_data();
    t.clear_double_data();
    t.clear_int32_data();
    t.clear_int64_data();
    t.clear_external_data();
    t.set_data_location(onnx::TensorProto::DEFAULT);
    t.set_data_type(onnx::TensorProto::FLOAT);
    t.set_raw_data(std::string(reinterpret_cast<const char *>(values.data()), values.size() * sizeof(float)));
}

Result<void> replaceFloat(onnx::GraphProto &g, const QString &name, const std::vector<float> &values,
                          const QString &path)
{
    onnx::TensorProto *t = findInitializer(g, name.toStdString());
    if (!t)
        return onnxError(path, QCoreApplication::translate("pare::core", "'%1' is not an initializer of the main graph").arg(name));
    if (t->data_type() != onnx::TensorProto::FLOAT)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: initializer '%2' is not FLOAT; only FLOAT weights are replaced").arg(path, name)};
    std::int64_t n = 1;
    for (std::int64_t d : t->dims())
        n *= d;
    if (n != std::int64_t(values.size()))
        return onnxError(path, QCoreApplication::translate("pare::core", "initializer '%1' has %2 values, its replacement %3")
                                       .arg(argText(name), argText(n), argText(values.size())));
    setFloatData(*t, values);
    return {};
}

void removeGraphInput(onnx::GraphProto &g, const std::string &name)
{
    auto *inputs = g.mutable_input();
    for (int i = 0; i < inputs->size(); ++i)
        if (inputs->Get(i).name() == name) {
            inputs->DeleteSubrange(i, 1);
            return;
        }
}

void removeInitializer(onnx::GraphProto &g, const std::string &name)
{
    int index = -1;
    if (findInitializer(g, name, &index))
        g.mutable_initializer()->DeleteSubrange(index, 1);
    removeGraphInput(g, name);
}

onnx::TensorProto makeTensor(const std::string &name, int type, const std::vector<std::int64_t> &dims,
                             const void *data, std::size_t bytes)
{
    onnx::TensorProto t;
    t.set_name(name);
    t.set_data_type(type);
    for (std::int64_t d : dims)
        t.add_dims(d);
    t.set_raw_data(std::string(static_cast<const char *>(data), bytes));
    return t;
}

int defaultOpset(const onnx::ModelProto &m)
{
    for (const auto &o : m.opset_import())
        if (o.domain().empty() || o.domain() == "ai.onnx")
            return int(o.version());
    return 0;
}

void setDefaultOpset(onnx::ModelProto &m, int version)
{
    for (auto &o : *m.mutable_opset_import())
        if (o.domain().empty() || o.domain() == "ai.onnx") {
            o.set_version(version);
            return;
        }
    auto *o = m.add_opset_import();
    o->set_domain("");
    o->set_version(version);
}

int outputAxis(const Layer &layer, int rank)
{
    switch (layer.layout) {
    case WeightLayout::OutIn:
    case WeightLayout::ConvOIHW:
        return 0;
    case WeightLayout::InOut:
        return rank - 1;
    case WeightLayout::ConvHWIO:
        return rank - 1;
    case WeightLayout::ConvTransposeIOHW:
        // [in, out/groups, kh, kw]: one axis holds all output channels only without groups.
        return layer.groups == 1 ? 1 : -1;
    case WeightLayout::ConvTransposeHWOI:
        return rank - 2;
    case WeightLayout::Vector:
        return -1;
    }
    return -1;
}

std::optional<std::int64_t> attributeInt(const onnx::NodeProto &n, const char *name)
{
    for (const auto &a : n.attribute())
        if (a.name() == name)
            return a.i();
    return std::nullopt;
}

std::optional<float> attributeFloat(const onnx::NodeProto &n, const char *name)
{
    for (const auto &a : n.attribute())
        if (a.name() == name)
            return a.f();
    return std::nullopt;
}

void addInt(onnx::NodeProto &n, const char *name, std::int64_t v)
{
    auto *a = n.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::INT);
    a->set_i(v);
}

void addFloat(onnx::NodeProto &n, const char *name, float v)
{
    auto *a = n.add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::FLOAT);
    a->set_f(v);
}

} // namespace

Result<void> writeOnnxWithInitializers(const QString &source, const QHash<QString, std::vector<float>> &values,
                                       const QString &path, JobContext &ctx)
{
    auto proto = loadProto(source);
    if (!proto)
        return proto.error();
    onnx::GraphProto &g = *proto->mutable_graph();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (ctx.isCanceled())
            return Error::canceled();
        if (auto r = replaceFloat(g, it.key(), it.value(), source); !r)
            return r.error();
    }
    return saveProto(*proto, path);
}

Result<OnnxExportSummary> writeOnnxQdq(const Model &model, const Variant &variant, const QString &path, JobContext &ctx)
{
    if (model.format != ModelFormat::Onnx)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: ONNX Q/DQ export needs an ONNX model (this is %2)")
                             .arg(model.path, modelFormatName(model.format))};
    auto loaded = loadProto(model.path);
    if (!loaded)
        return loaded.error();
    onnx::ModelProto &proto = *loaded;
    onnx::GraphProto &g = *proto.mutable_graph();
    OnnxExportSummary summary;
    summary.opsetBefore = defaultOpset(proto);
    std::vector<onnx::NodeProto> dqNodes;
    bool needAxis = false;
    auto overrides = overridesFromVariant(model, variant);
    if (!overrides)
        return overrides.error();

    for (const CompressedLayer &cl : variant.layers) {
        if (ctx.isCanceled())
            return Error::canceled();
        if (!cl.changed || !cl.encoding)
            continue;
        const Layer &layer = model.layers[std::size_t(cl.layer)];
        const Tensor *w = model.weightOf(layer);
        if (!w)
            continue;
        const std::string wname = w->name().toStdString();
        const EncodedTensor &enc = *cl.encoding;
        const ValueBlock &vb = enc.values;
        const bool whole = enc.keptRows.empty() && enc.keptCols.empty();
        const int axis = outputAxis(layer, w->rank());

        // Quantized dense weights: int8/uint8 + DequantizeLinear.
        if (enc.kind == EncodingKind::Dense && whole && vb.format == ValueFormat::Int && vb.bits <= 8
            && !vb.streamGroups && axis >= 0
            && (vb.granularity == QuantGranularity::Tensor || vb.granularity == QuantGranularity::Channel)) {
            const std::int64_t count = enc.rows * enc.cols;
            const int offset = vb.asymmetric ? 0 : (1 << (vb.bits - 1));
            std::vector<float> q(static_cast<std::size_t>(count));
            for (std::int64_t i = 0; i < count; ++i)
                q[std::size_t(i)] = float(int(unpackBits(vb.codes.data(), i, vb.bits)) - offset);
            const std::vector<float> laid = fromWeightMatrix(layer, w->shape(), q);
            const std::int64_t segments = std::int64_t(vb.scales.size());
            std::vector<float> scales(static_cast<std::size_t>(segments));
            for (std::int64_t s = 0; s < segments; ++s)
                scales[std::size_t(s)] = halfToFloat(vb.scales[std::size_t(s)]);
            const int type = vb.asymmetric ? onnx::TensorProto::UINT8 : onnx::TensorProto::INT8;
            std::vector<std::uint8_t> qbytes(static_cast<std::size_t>(count)), zp(std::size_t(segments), 0);
            for (std::int64_t i = 0; i < count; ++i) {
                const int v = int(laid[std::size_t(i)]);
                qbytes[std::size_t(i)] = vb.asymmetric ? std::uint8_t(v) : std::uint8_t(std::int8_t(v));
            }
            if (vb.asymmetric)
                for (std::int64_t s = 0; s < segments; ++s)
                    zp[std::size_t(s)] = std::uint8_t(unpackBits(vb.zeros.data(), s, vb.bits));
            std::vector<std::int64_t> dims(w->shape().begin(), w->shape().end());
            const bool perAxis = vb.granularity == QuantGranularity::Channel;
            const std::vector<std::int64_t> sdims = perAxis ? std::vector<std::int64_t>{segments}
                                                            : std::vector<std::int64_t>{};
            removeInitializer(g, wname);
            *g.add_initializer() = makeTensor(wname + "_quantized", type, dims, qbytes.data(), qbytes.size());
            *g.add_initializer() = makeTensor(wname + "_scale", onnx::TensorProto::FLOAT, sdims, scales.data(),
                                              scales.size() * sizeof(float));
            *g.add_initializer() = makeTensor(wname + "_zero_point", type, sdims, zp.data(), zp.size());
            onnx::NodeProto node;
            node.set_op_type("DequantizeLinear");
            node.set_name(wname + "_DequantizeLinear");
            node.add_input(wname + "_quantized");
            node.add_input(wname + "_scale");
            node.add_input(wname + "_zero_point");
            node.add_output(wname);
            if (perAxis) {
                addInt(node, "axis", axis);
                needAxis = true;
            }
            dqNodes.push_back(std::move(node));
            ++summary.quantized;
            continue;
        }

        // Low-rank Gemm / MatMul: two of them over the factors (as floats).
        if (enc.kind == EncodingKind::LowRank && whole && w->rank() == 2
            && (layer.layout == WeightLayout::OutIn || layer.layout == WeightLayout::InOut)) {
            int nodeIndex = -1;
            for (int i = 0; i < g.node_size(); ++i) {
                const onnx::NodeProto &n = g.node(i);
                if ((n.op_type() == "Gemm" || n.op_type() == "MatMul") && n.input_size() >= 2 && n.input(1) == wname) {
                    nodeIndex = i;
                    break;
                }
            }
            int uses = 0;
            for (const auto &n : g.node())
                for (const auto &in : n.input())
                    uses += in == wname ? 1 : 0;
            if (nodeIndex >= 0 && uses == 1) {
                const onnx::NodeProto orig = g.node(nodeIndex);
                const std::int64_t r = enc.rank, out = enc.rows, in = enc.cols;
                const std::vector<float> a = decodeValues(enc.factorA, uniformRows(out, r)); // out × r
                const std::vector<float> b = decodeValues(enc.factorB, uniformRows(r, in));  // r × in
                std::vector<float> bt(static_cast<std::size_t>(in * r)), at(std::size_t(r * out));
                for (std::int64_t i = 0; i < r; ++i)
                    for (std::int64_t j = 0; j < in; ++j)
                        bt[std::size_t(j * r + i)] = b[std::size_t(i * in + j)];
                for (std::int64_t i = 0; i < out; ++i)
                    for (std::int64_t k = 0; k < r; ++k)
                        at[std::size_t(k * out + i)] = a[std::size_t(i * r + k)];
                removeInitializer(g, wname);
                *g.add_initializer() = makeTensor(wname + "_lowrank_in", onnx::TensorProto::FLOAT, {in, r}, bt.data(),
                                                  bt.size() * sizeof(float));
                *g.add_initializer() = makeTensor(wname + "_lowrank_out", onnx::TensorProto::FLOAT, {r, out},
                                                  at.data(), at.size() * sizeof(float));
                onnx::NodeProto first, second;
                const std::string mid = orig.output(0) + "_lowrank";
                first.set_op_type(orig.op_type());
                second.set_op_type(orig.op_type());
                first.set_name(orig.name() + "_lowrank_1");
                second.set_name(orig.name() + "_lowrank_2");
                first.add_input(orig.input(0));
                first.add_input(wname + "_lowrank_in");
                first.add_output(mid);
                second.add_input(mid);
                second.add_input(wname + "_lowrank_out");
                if (orig.op_type() == "Gemm") {
                    if (auto ta = attributeInt(orig, "transA"))
                        addInt(first, "transA", *ta);
                    if (auto alpha = attributeFloat(orig, "alpha"))
                        addFloat(first, "alpha", *alpha);
                    if (orig.input_size() >= 3 && !orig.input(2).empty()) {
                        second.add_input(orig.input(2));
                        if (auto beta = attributeFloat(orig, "beta"))
                            addFloat(second, "beta", *beta);
                    }
                }
                second.add_output(orig.output(0));
                auto *nodes = g.mutable_node();
                *nodes->Mutable(nodeIndex) = first;
                // Insert the second right after the first.
                nodes->Add()->CopyFrom(second);
                for (int i = nodes->size() - 1; i > nodeIndex + 1; --i)
                    nodes->SwapElements(i, i - 1);
                ++summary.factorized;
                continue;
            }
        }

        // Everything else: the dense reconstruction.
        auto it = overrides->constFind(w->name());
        if (it == overrides->constEnd())
            continue;
        if (auto rr = replaceFloat(g, w->name(), *it.value(), model.path); !rr)
            return rr.error();
        ++summary.reconstructed;
        summary.notes.append(QCoreApplication::translate("pare::core", "%1: %2 written as its float reconstruction (no Q/DQ form for %3)")
                                     .arg(cl.name, w->name(), cl.method));
        if (const Tensor *b = model.biasOf(layer)) {
            auto bit = overrides->constFind(b->name());
            if (bit != overrides->constEnd())
                if (auto rb = replaceFloat(g, b->name(), *bit.value(), model.path); !rb)
                    return rb.error();
        }
    }
    // DequantizeLinear nodes first, so every consumer follows its producer.
    if (!dqNodes.empty()) {
        auto *nodes = g.mutable_node();
        const int before = nodes->size();
        for (auto &n : dqNodes)
            *nodes->Add() = std::move(n);
        for (int k = 0; k < int(dqNodes.size()); ++k)
            for (int i = before + k; i > k; --i)
                nodes->SwapElements(i, i - 1);
    }
    int opset = summary.opsetBefore;
    const int needed = needAxis ? 13 : (dqNodes.empty() ? 0 : 10);
    if (opset < needed) {
        setDefaultOpset(proto, needed);
        summary.notes.append(QCoreApplication::translate("pare::core", "opset raised from %1 to %2 for DequantizeLinear").arg(opset).arg(needed));
        opset = needed;
    }
    summary.opsetAfter = opset;
    proto.set_producer_name("pare");
    if (auto s = saveProto(proto, path); !s)
        return s.error();
    return summary;
}

Result<void> foldOnnxDequantize(const QString &source, const QString &path)
{
    auto loaded = loadProto(source);
    if (!loaded)
        return loaded.error();
    onnx::GraphProto &g = *loaded->mutable_graph();
    auto *nodes = g.mutable_node();
    for (int i = 0; i < nodes->size();) {
        const onnx::NodeProto n = nodes->Get(i);
        if (n.op_type() != "DequantizeLinear" || n.input_size() < 2) {
            ++i;
            continue;
        }
        onnx::TensorProto *x = findInitializer(g, n.input(0));
        onnx::TensorProto *scale = findInitializer(g, n.input(1));
        onnx::TensorProto *zp = n.input_size() >= 3 ? findInitializer(g, n.input(2)) : nullptr;
        if (!x || !scale || !x->has_raw_data() || !scale->has_raw_data() || scale->data_type() != onnx::TensorProto::FLOAT) {
            ++i;
            continue;
        }
        const bool isUnsigned = x->data_type() == onnx::TensorProto::UINT8;
        const std::string &xd = x->raw_data();
        const std::string &sd = scale->raw_data();
        const std::string zd = zp && zp->has_raw_data() ? zp->raw_data() : std::string();
        std::vector<float> scales(sd.size() / sizeof(float));
        std::memcpy(scales.data(), sd.data(), scales.size() * sizeof(float));
        const std::int64_t axis = attributeInt(n, "axis").value_or(1);
        std::vector<std::int64_t> dims(x->dims().begin(), x->dims().end());
        const int rank = int(dims.size());
        const std::int64_t ax = axis < 0 ? axis + rank : axis;
        std::int64_t inner = 1;
        for (int d = int(ax) + 1; d < rank; ++d)
            inner *= dims[std::size_t(d)];
        const std::int64_t channels = scales.size() > 1 && ax >= 0 && ax < rank ? dims[std::size_t(ax)] : 1;
        std::vector<float> out(xd.size());
        for (std::size_t k = 0; k < xd.size(); ++k) {
            const std::size_t c = channels > 1 ? std::size_t((std::int64_t(k) / inner) % channels) : 0;
            const float q = isUnsigned ? float(std::uint8_t(xd[k])) : float(std::int8_t(xd[k]));
            const float z = zd.empty() ? 0.0f
                                       : (isUnsigned ? float(std::uint8_t(zd[c < zd.size() ? c : 0]))
                                                     : float(std::int8_t(zd[c < zd.size() ? c : 0])));
            out[k] = (q - z) * scales[c];
        }
        const std::string outName = n.output(0), xName = n.input(0), sName = n.input(1),
                          zName = n.input_size() >= 3 ? n.input(2) : std::string();
        *g.add_initializer() = makeTensor(outName, onnx::TensorProto::FLOAT, dims, out.data(), out.size() * sizeof(float));
        removeInitializer(g, xName);
        removeInitializer(g, sName);
        if (!zName.empty())
            removeInitializer(g, zName);
        nodes->DeleteSubrange(i, 1);
    }
    return saveProto(*loaded, path);
}

} // namespace pare::core
