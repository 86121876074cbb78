// SPDX-License-Identifier: GPL-3.0-or-later
#include "onnxshapes.h"

#include <onnx/onnx_pb.h>

#include <QSet>

#include <algorithm>

namespace pare::core::onnxio {

namespace {
const onnx::AttributeProto *findAttribute(const onnx::NodeProto &node, const char *name)
{
    for (const auto &a : node.attribute()) {
        if (a.name() == name)
            return &a;
    }
    return nullptr;
}

// Dimensions beyond this are treated as unknown rather than risking overflow in the arithmetic;
// window parameters (kernel, stride, dilation) beyond kMaxWindow likewise.
constexpr std::int64_t kMaxDim = std::int64_t(1) << 40;
constexpr std::int64_t kMaxWindow = std::int64_t(1) << 20;

bool known(std::int64_t d)
{
    return d >= 0 && d <= kMaxDim;
}

std::int64_t product(const Shape &s, std::size_t from, std::size_t to)
{
    std::int64_t p = 1;
    for (std::size_t i = from; i < to && i < s.size(); ++i) {
        if (!known(s[i]) || (p > 0 && s[i] > kMaxDim / p))
            return -1;
        p *= s[i];
    }
    return p;
}

std::int64_t at(const std::vector<std::int64_t> &v, std::size_t i, std::int64_t fallback)
{
    return i < v.size() ? v[i] : fallback;
}

// Output spatial extent of a sliding window (Conv, pooling), or -1.
std::int64_t windowOutput(std::int64_t in, std::int64_t kernel, std::int64_t stride,
                          std::int64_t dilation, std::int64_t padBegin, std::int64_t padEnd,
                          const QString &autoPad, bool ceilMode)
{
    if (!known(in) || kernel <= 0 || stride <= 0 || dilation <= 0 || kernel > kMaxWindow
        || dilation > kMaxWindow || stride > kMaxWindow || !known(padBegin) || !known(padEnd))
        return -1;
    if (autoPad == QLatin1String("SAME_UPPER") || autoPad == QLatin1String("SAME_LOWER"))
        return (in + stride - 1) / stride;
    const std::int64_t effective = dilation * (kernel - 1) + 1;
    const std::int64_t padded = autoPad == QLatin1String("VALID") ? in : in + padBegin + padEnd;
    if (padded < effective)
        return -1;
    const std::int64_t span = padded - effective;
    return (ceilMode ? (span + stride - 1) / stride : span / stride) + 1;
}

Shape slidingShape(const onnx::NodeProto &node, const Shape &x, std::int64_t channels,
                   const Shape &kernelShape)
{
    const std::size_t spatial = x.size() - 2;
    const auto strides = intsAttribute(node, "strides");
    const auto dilations = intsAttribute(node, "dilations");
    const auto pads = intsAttribute(node, "pads");
    const QString autoPad = stringAttribute(node, "auto_pad");
    const bool ceilMode = intAttribute(node, "ceil_mode", 0) != 0;
    Shape out{x[0], channels};
    for (std::size_t i = 0; i < spatial; ++i)
        out.push_back(windowOutput(x[i + 2], at(kernelShape, i, -1), at(strides, i, 1),
                                   at(dilations, i, 1), at(pads, i, 0), at(pads, i + spatial, 0),
                                   autoPad, ceilMode));
    return out;
}

std::optional<Shape> broadcast(const Shape &a, const Shape &b)
{
    Shape out(std::max(a.size(), b.size()), 1);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::int64_t da = i < out.size() - a.size() ? 1 : a[i - (out.size() - a.size())];
        const std::int64_t db = i < out.size() - b.size() ? 1 : b[i - (out.size() - b.size())];
        out[i] = da == 1 ? db : (db == 1 || db == da ? da : -1);
    }
    return out;
}

std::optional<Shape> inferOne(const onnx::NodeProto &node, const QHash<QString, Shape> &shapes,
                              const IntValues &constants)
{
    auto input = [&](int i) -> std::optional<Shape> {
        if (i >= node.input_size())
            return std::nullopt;
        const auto it = shapes.constFind(QString::fromStdString(node.input(i)));
        return it == shapes.constEnd() ? std::nullopt : std::optional<Shape>(*it);
    };
    const std::string &op = node.op_type();
    static const QSet<QString> sameShape = {QStringLiteral("Relu"),
                                            QStringLiteral("LeakyRelu"),
                                            QStringLiteral("Sigmoid"),
                                            QStringLiteral("Tanh"),
                                            QStringLiteral("Clip"),
                                            QStringLiteral("BatchNormalization"),
                                            QStringLiteral("InstanceNormalization"),
                                            QStringLiteral("LayerNormalization"),
                                            QStringLiteral("Dropout"),
                                            QStringLiteral("Identity"),
                                            QStringLiteral("Cast"),
                                            QStringLiteral("Softmax"),
                                            QStringLiteral("LogSoftmax"),
                                            QStringLiteral("Elu"),
                                            QStringLiteral("Selu"),
                                            QStringLiteral("HardSigmoid"),
                                            QStringLiteral("HardSwish"),
                                            QStringLiteral("Gelu"),
                                            QStringLiteral("Erf"),
                                            QStringLiteral("Neg"),
                                            QStringLiteral("Abs"),
                                            QStringLiteral("Sqrt"),
                                            QStringLiteral("Exp"),
                                            QStringLiteral("Log"),
                                            QStringLiteral("LRN"),
                                            QStringLiteral("PRelu"),
                                            QStringLiteral("Softplus"),
                                            QStringLiteral("Mish")};
    if (sameShape.contains(QString::fromStdString(op)))
        return input(0);
    if (op == "Add" || op == "Sub" || op == "Mul" || op == "Div" || op == "Pow") {
        const auto a = input(0), b = input(1);
        return a && b ? broadcast(*a, *b) : std::nullopt;
    }
    if (op == "Conv" || op == "ConvTranspose") {
        const auto x = input(0), w = input(1);
        if (!x || !w || x->size() < 3 || w->size() != x->size())
            return std::nullopt;
        auto kernel = intsAttribute(node, "kernel_shape");
        if (kernel.empty())
            kernel.assign(w->begin() + 2, w->end());
        if (op == "Conv")
            return slidingShape(node, *x, (*w)[0], kernel);
        const std::int64_t group = intAttribute(node, "group", 1);
        const auto explicitShape = intsAttribute(node, "output_shape");
        const auto strides = intsAttribute(node, "strides");
        const auto pads = intsAttribute(node, "pads");
        const auto outPad = intsAttribute(node, "output_padding");
        const auto dilations = intsAttribute(node, "dilations");
        const std::size_t spatial = x->size() - 2;
        Shape out{(*x)[0],
                  known((*w)[1]) && group > 0 && group <= kMaxWindow ? (*w)[1] * group : -1};
        for (std::size_t i = 0; i < spatial; ++i) {
            if (i < explicitShape.size()) {
                out.push_back(explicitShape[i]);
                continue;
            }
            const std::int64_t in = (*x)[i + 2], k = at(kernel, i, -1), s = at(strides, i, 1);
            const std::int64_t d = at(dilations, i, 1), outPadding = at(outPad, i, 0);
            const std::int64_t pb = at(pads, i, 0), pe = at(pads, i + spatial, 0);
            const bool ok = known(in) && in > 0 && k > 0 && k <= kMaxWindow && s > 0
                            && s <= kMaxWindow && d > 0 && d <= kMaxWindow && known(outPadding)
                            && known(pb) && known(pe);
            out.push_back(ok ? s * (in - 1) + outPadding + (d * (k - 1) + 1) - pb - pe : -1);
        }
        return out;
    }
    if (op == "MaxPool" || op == "AveragePool" || op == "LpPool") {
        const auto x = input(0);
        if (!x || x->size() < 3)
            return std::nullopt;
        return slidingShape(node, *x, (*x)[1], intsAttribute(node, "kernel_shape"));
    }
    if (op == "GlobalAveragePool" || op == "GlobalMaxPool") {
        auto x = input(0);
        if (!x || x->size() < 3)
            return std::nullopt;
        std::fill(x->begin() + 2, x->end(), 1);
        return x;
    }
    if (op == "Flatten") {
        const auto x = input(0);
        if (!x)
            return std::nullopt;
        std::int64_t axis = intAttribute(node, "axis", 1);
        if (axis < 0)
            axis += std::int64_t(x->size());
        if (axis < 0 || axis > std::int64_t(x->size()))
            return std::nullopt;
        return Shape{product(*x, 0, std::size_t(axis)), product(*x, std::size_t(axis), x->size())};
    }
    if (op == "Reshape") {
        const auto x = input(0);
        const auto target = node.input_size() > 1 ? constants(QString::fromStdString(node.input(1)))
                                                  : std::nullopt;
        if (!target || target->size() > 64)
            return std::nullopt;
        Shape out = *target;
        const bool allowZero = intAttribute(node, "allowzero", 0) != 0;
        int inferred = -1;
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (out[i] == 0 && !allowZero)
                out[i] = x && i < x->size() ? (*x)[i] : -1;
            else if (out[i] == -1)
                inferred = int(i);
        }
        if (inferred >= 0) {
            const std::int64_t total = x ? product(*x, 0, x->size()) : -1;
            out[std::size_t(inferred)] = 1;
            const std::int64_t rest = product(out, 0, out.size());
            out[std::size_t(inferred)] = total >= 0 && rest > 0 ? total / rest : -1;
        }
        return out;
    }
    if (op == "Gemm") {
        const auto a = input(0), b = input(1);
        if (!a || !b || a->size() != 2 || b->size() != 2)
            return std::nullopt;
        const bool transA = intAttribute(node, "transA", 0) != 0;
        const bool transB = intAttribute(node, "transB", 0) != 0;
        return Shape{(*a)[transA ? 1 : 0], (*b)[transB ? 0 : 1]};
    }
    if (op == "MatMul") {
        auto a = input(0);
        const auto b = input(1);
        if (!a || !b || a->empty() || b->size() != 2)
            return std::nullopt;
        a->back() = (*b)[1];
        return a;
    }
    return std::nullopt;
}
} // namespace

std::int64_t intAttribute(const onnx::NodeProto &node, const char *name, std::int64_t fallback)
{
    const auto *a = findAttribute(node, name);
    return a && a->has_i() ? a->i() : fallback;
}

std::vector<std::int64_t> intsAttribute(const onnx::NodeProto &node, const char *name)
{
    const auto *a = findAttribute(node, name);
    return a ? std::vector<std::int64_t>(a->ints().begin(), a->ints().end())
             : std::vector<std::int64_t>{};
}

QString stringAttribute(const onnx::NodeProto &node, const char *name)
{
    const auto *a = findAttribute(node, name);
    return a ? QString::fromStdString(a->s()) : QString();
}

void propagateShapes(const onnx::GraphProto &graph, QHash<QString, Shape> &shapes,
                     const IntValues &constants)
{
    for (const auto &node : graph.node()) {
        if (node.output_size() == 0)
            continue;
        const QString out = QString::fromStdString(node.output(0));
        if (out.isEmpty() || shapes.contains(out))
            continue;
        if (auto s = inferOne(node, shapes, constants))
            shapes.insert(out, *s);
    }
}

} // namespace pare::core::onnxio
