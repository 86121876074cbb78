// SPDX-License-Identifier: GPL-3.0-or-later
#include "kerasconfig.h"
#include "common/argtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pare::core::keras {

namespace {
// Larger dimensions and window parameters are unknown (-1) rather than overflow risks.
constexpr std::int64_t kMaxDim = std::int64_t(1) << 40;
constexpr std::int64_t kMaxWindow = std::int64_t(1) << 20;

bool known(std::int64_t d)
{
    return d >= 0 && d <= kMaxDim;
}

// An int or a list of ints (Keras writes kernel_size both ways); `n` entries.
std::vector<std::int64_t> ints(const QJsonValue &v, std::size_t n, std::int64_t fallback)
{
    std::vector<std::int64_t> out(n, fallback);
    if (v.isDouble()) {
        std::fill(out.begin(), out.end(), v.toInteger(fallback));
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (std::size_t i = 0; i < n && i < std::size_t(a.size()); ++i)
            out[i] = a.at(qsizetype(i)).toInteger(fallback);
    }
    return out;
}

Shape shapeFromJson(const QJsonValue &v)
{
    Shape s;
    for (const QJsonValue &d : v.toArray())
        s.push_back(d.isDouble() && known(d.toInteger(-1)) ? d.toInteger(-1) : -1);
    return s;
}

std::int64_t windowOutput(std::int64_t in, std::int64_t k, std::int64_t s, std::int64_t d,
                          bool same)
{
    if (!known(in) || k <= 0 || s <= 0 || d <= 0 || k > kMaxWindow || d > kMaxWindow
        || s > kMaxWindow)
        return -1;
    if (same)
        return (in + s - 1) / s;
    const std::int64_t effective = d * (k - 1) + 1;
    return in < effective ? -1 : (in - effective) / s + 1;
}

// Output of a channels-last sliding window over `spatial` dims; `channels` < 0 keeps the input's.
Shape windowShape(const Shape &in, const QJsonObject &cfg, std::size_t spatial,
                  std::int64_t channels, const char *kernelKey, bool pool)
{
    if (in.size() != spatial + 2)
        return {};
    const auto kernel = ints(cfg.value(QLatin1StringView(kernelKey)), spatial, pool ? 2 : 1);
    const QJsonValue stridesValue = cfg.value(QStringLiteral("strides"));
    const auto strides = pool && stridesValue.isNull() ? kernel : ints(stridesValue, spatial, 1);
    const auto dilation = ints(cfg.value(QStringLiteral("dilation_rate")), spatial, 1);
    const bool same = cfg.value(QStringLiteral("padding")).toString() == QLatin1String("same");
    Shape out{in[0]};
    for (std::size_t i = 0; i < spatial; ++i)
        out.push_back(windowOutput(in[i + 1], kernel[i], strides[i], dilation[i], same));
    out.push_back(channels >= 0 ? channels : in.back());
    return out;
}

Shape outputShapeOf(const LayerSpec &l, const Shape &in)
{
    const QJsonObject &c = l.config;
    const QString &cls = l.className;
    if (cls == QLatin1String("InputLayer")) {
        const QJsonValue s = c.contains(QStringLiteral("batch_input_shape"))
                                     ? c.value(QStringLiteral("batch_input_shape"))
                                     : c.value(QStringLiteral("batch_shape"));
        return shapeFromJson(s);
    }
    if (in.empty())
        return {};
    if (c.value(QStringLiteral("data_format")).toString() == QLatin1String("channels_first"))
        return {}; // rare in saved Keras models; left unknown rather than guessed
    if (cls == QLatin1String("Conv2D"))
        return windowShape(in, c, 2, c.value(QStringLiteral("filters")).toInteger(-1),
                           "kernel_size", false);
    if (cls == QLatin1String("Conv1D"))
        return windowShape(in, c, 1, c.value(QStringLiteral("filters")).toInteger(-1),
                           "kernel_size", false);
    if (cls == QLatin1String("DepthwiseConv2D")) {
        const std::int64_t mult = c.value(QStringLiteral("depth_multiplier")).toInteger(1);
        const std::int64_t ch = in.back();
        return windowShape(in, c, 2, known(ch) && mult > 0 && mult <= kMaxWindow ? ch * mult : -1,
                           "kernel_size", false);
    }
    if (cls == QLatin1String("MaxPooling2D") || cls == QLatin1String("AveragePooling2D"))
        return windowShape(in, c, 2, -1, "pool_size", true);
    if (cls == QLatin1String("MaxPooling1D") || cls == QLatin1String("AveragePooling1D"))
        return windowShape(in, c, 1, -1, "pool_size", true);
    if (cls.startsWith(QLatin1String("Global")) && cls.contains(QLatin1String("Pooling")))
        return in.size() >= 3 ? Shape{in[0], in.back()} : Shape{};
    if (cls == QLatin1String("Flatten")) {
        std::int64_t p = 1;
        for (std::size_t i = 1; i < in.size(); ++i)
            p = known(in[i]) && known(p) && in[i] <= kMaxDim / std::max<std::int64_t>(p, 1)
                        ? p * in[i]
                        : -1;
        return {in[0], p};
    }
    if (cls == QLatin1String("Dense")) {
        Shape out = in;
        out.back() = c.value(QStringLiteral("units")).toInteger(-1);
        return out;
    }
    if (cls == QLatin1String("Embedding")) {
        Shape out = in;
        out.push_back(c.value(QStringLiteral("output_dim")).toInteger(-1));
        return out;
    }
    if (cls == QLatin1String("Reshape")) {
        Shape out{in[0]};
        for (std::int64_t d : shapeFromJson(c.value(QStringLiteral("target_shape"))))
            out.push_back(d);
        return out;
    }
    static const QStringList same = {QStringLiteral("Activation"),
                                     QStringLiteral("Dropout"),
                                     QStringLiteral("BatchNormalization"),
                                     QStringLiteral("LayerNormalization"),
                                     QStringLiteral("ReLU"),
                                     QStringLiteral("Softmax"),
                                     QStringLiteral("LeakyReLU"),
                                     QStringLiteral("SpatialDropout2D"),
                                     QStringLiteral("GaussianNoise")};
    return same.contains(cls) ? in : Shape{};
}

QString inboundName(const QJsonValue &inbound)
{
    // Keras 2: [[["conv2d", 0, 0, {}]]]; Keras 3: [{"args": [{"config": {"keras_history":
    // [...]}}]}]
    const QJsonValue first = inbound.toArray().at(0);
    if (first.isArray())
        return first.toArray().at(0).toArray().at(0).toString();
    const QJsonValue arg = first.toObject().value(QStringLiteral("args")).toArray().at(0);
    return arg.toObject()
            .value(QStringLiteral("config"))
            .toObject()
            .value(QStringLiteral("keras_history"))
            .toArray()
            .at(0)
            .toString();
}
} // namespace

Result<ModelConfig> parseModelConfig(const QByteArray &json, const QString &where)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1 is not valid JSON (offset %2: %3)")
                                                .arg(argText(where), argText(err.offset),
                                                     argText(err.errorString()))};
    if (!doc.isObject())
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1 is not a JSON object").arg(where)};
    const QJsonObject root = doc.object();
    ModelConfig mc;
    mc.className = root.value(QStringLiteral("class_name")).toString();
    mc.sequential = mc.className == QLatin1String("Sequential");
    const QJsonValue config = root.value(QStringLiteral("config"));
    // Keras ≤ 2.2 stored a Sequential config as the bare list of layers.
    const QJsonValue layers
            = config.isArray() ? config : config.toObject().value(QStringLiteral("layers"));
    if (mc.className.isEmpty() || !layers.isArray())
        return Error{ErrorCode::Format,
                     QCoreApplication::translate("pare::core", "%1 has no class_name or no config.layers list; "
                                    "not a Keras model config")
                             .arg(where)};
    mc.name = config.toObject().value(QStringLiteral("name")).toString();
    for (const QJsonValue &item : layers.toArray()) {
        const QJsonObject o = item.toObject();
        LayerSpec l;
        l.className = o.value(QStringLiteral("class_name")).toString();
        l.config = o.value(QStringLiteral("config")).toObject();
        l.name = o.contains(QStringLiteral("name"))
                         ? o.value(QStringLiteral("name")).toString()
                         : l.config.value(QStringLiteral("name")).toString();
        if (l.className.isEmpty() || l.name.isEmpty())
            return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: layer %2 has no class_name or name")
                                                    .arg(argText(where),
                                                         argText(mc.layers.size()))};
        if (!mc.sequential)
            l.inbound = inboundName(o.value(QStringLiteral("inbound_nodes")));
        mc.index.insert(l.name, int(mc.layers.size()));
        mc.layers.push_back(std::move(l));
    }
    // Shapes flow from the input: in a Sequential model from the previous layer (the first layer
    // may carry batch_input_shape itself), in a Functional one from the first inbound layer.
    Shape previous;
    for (LayerSpec &l : mc.layers) {
        if (mc.sequential) {
            l.inputShape = previous;
            if (previous.empty() && l.config.contains(QStringLiteral("batch_input_shape")))
                l.inputShape = shapeFromJson(l.config.value(QStringLiteral("batch_input_shape")));
        } else if (const LayerSpec *src = mc.layer(l.inbound); src && src != &l) {
            l.inputShape = src->outputShape;
        }
        l.outputShape = outputShapeOf(l, l.inputShape);
        previous = l.outputShape;
    }
    return mc;
}

namespace {
QString activationOp(const QString &name)
{
    static const QHash<QString, QString> ops = {
            {QStringLiteral("relu"), QStringLiteral("Relu")},
            {QStringLiteral("softmax"), QStringLiteral("Softmax")},
            {QStringLiteral("sigmoid"), QStringLiteral("Sigmoid")},
            {QStringLiteral("tanh"), QStringLiteral("Tanh")},
            {QStringLiteral("elu"), QStringLiteral("Elu")},
            {QStringLiteral("selu"), QStringLiteral("Selu")},
            {QStringLiteral("softplus"), QStringLiteral("Softplus")},
            {QStringLiteral("gelu"), QStringLiteral("Gelu")},
            {QStringLiteral("hard_sigmoid"), QStringLiteral("HardSigmoid")},
            {QStringLiteral("leaky_relu"), QStringLiteral("LeakyRelu")},
    };
    return ops.value(name);
}

QVariantList variantInts(const std::vector<std::int64_t> &v)
{
    QVariantList l;
    for (std::int64_t x : v)
        l.append(qint64(x));
    return l;
}

QString tensorWithSuffix(const std::vector<QString> &names, const QString &suffix)
{
    for (const QString &n : names) {
        const QString base = n.section(QLatin1Char('/'), -1);
        if (base == suffix || base.startsWith(suffix + QLatin1Char(':')))
            return n;
    }
    return {};
}
} // namespace

std::shared_ptr<Graph> sequentialGraph(const ModelConfig &config, const LayerTensors &tensors)
{
    auto g = std::make_shared<Graph>();
    g->opsetVersion = 13;
    QString current = QStringLiteral("input");
    bool haveInput = false;
    auto addNode = [&](const QString &name, const QString &op, std::vector<QString> inputs,
                       const QString &output, QVariantMap attrs = {}, const QString &domain = {}) {
        GraphNode n;
        n.name = name;
        n.opType = op;
        n.domain = domain;
        n.inputs = std::move(inputs);
        n.outputs = {output};
        n.attributes = std::move(attrs);
        g->nodes.push_back(std::move(n));
        current = output;
    };
    const QString nhwc = QStringLiteral("NHWC");
    for (const LayerSpec &l : config.layers) {
        if (!haveInput) {
            if (l.className == QLatin1String("InputLayer"))
                current = l.name;
            g->inputs.push_back(
                    {current, DType::F32,
                     l.className == QLatin1String("InputLayer") ? l.outputShape : l.inputShape});
            haveInput = true;
            if (l.className == QLatin1String("InputLayer"))
                continue;
        }
        const std::vector<QString> &w = tensors.value(l.name);
        const QString kernel = tensorWithSuffix(w, QStringLiteral("kernel"));
        const QString bias = tensorWithSuffix(w, QStringLiteral("bias"));
        const QString out = l.name + QStringLiteral("/output");
        const QJsonObject &c = l.config;
        const QString cls = l.className;
        const bool same = c.value(QStringLiteral("padding")).toString() == QLatin1String("same");
        const QString autoPad = same ? QStringLiteral("SAME_UPPER") : QStringLiteral("VALID");
        if (cls == QLatin1String("Conv2D") || cls == QLatin1String("Conv1D")
            || cls == QLatin1String("DepthwiseConv2D")) {
            const std::size_t spatial = cls == QLatin1String("Conv1D") ? 1 : 2;
            const bool depthwise = cls == QLatin1String("DepthwiseConv2D");
            std::vector<QString> in{
                    current,
                    depthwise ? tensorWithSuffix(w, QStringLiteral("depthwise_kernel")) : kernel};
            if (!bias.isEmpty())
                in.push_back(bias);
            QVariantMap attrs{
                    {QStringLiteral("layout"), nhwc},
                    {QStringLiteral("kernel_shape"),
                     variantInts(ints(c.value(QStringLiteral("kernel_size")), spatial, 1))},
                    {QStringLiteral("strides"),
                     variantInts(ints(c.value(QStringLiteral("strides")), spatial, 1))},
                    {QStringLiteral("dilations"),
                     variantInts(ints(c.value(QStringLiteral("dilation_rate")), spatial, 1))},
                    {QStringLiteral("auto_pad"), autoPad},
                    {QStringLiteral("group"),
                     qint64(depthwise && !l.inputShape.empty() ? l.inputShape.back() : 1)}};
            addNode(l.name, QStringLiteral("Conv"), in, out, attrs);
        } else if (cls == QLatin1String("Dense")) {
            std::vector<QString> in{current, kernel};
            if (l.inputShape.size() <= 2) {
                if (!bias.isEmpty())
                    in.push_back(bias);
                addNode(l.name, QStringLiteral("Gemm"), in, out,
                        {{QStringLiteral("transB"), qint64(0)}});
            } else {
                addNode(l.name, QStringLiteral("MatMul"), in,
                        bias.isEmpty() ? out : l.name + QStringLiteral("/matmul"));
                if (!bias.isEmpty())
                    addNode(l.name + QStringLiteral("/bias"), QStringLiteral("Add"),
                            {l.name + QStringLiteral("/matmul"), bias}, out);
            }
        } else if (cls == QLatin1String("MaxPooling2D")
                   || cls == QLatin1String("AveragePooling2D")) {
            const auto pool = ints(c.value(QStringLiteral("pool_size")), 2, 2);
            const QJsonValue s = c.value(QStringLiteral("strides"));
            addNode(l.name,
                    cls.startsWith(QLatin1String("Max")) ? QStringLiteral("MaxPool")
                                                         : QStringLiteral("AveragePool"),
                    {current}, out,
                    {{QStringLiteral("layout"), nhwc},
                     {QStringLiteral("kernel_shape"), variantInts(pool)},
                     {QStringLiteral("strides"), variantInts(s.isNull() ? pool : ints(s, 2, 1))},
                     {QStringLiteral("auto_pad"), autoPad}});
        } else if (cls == QLatin1String("GlobalAveragePooling2D")
                   || cls == QLatin1String("GlobalMaxPooling2D")) {
            addNode(l.name,
                    cls.contains(QLatin1String("Average")) ? QStringLiteral("GlobalAveragePool")
                                                           : QStringLiteral("GlobalMaxPool"),
                    {current}, out,
                    {{QStringLiteral("layout"), nhwc}, {QStringLiteral("keepdims"), qint64(0)}});
        } else if (cls == QLatin1String("Flatten")) {
            addNode(l.name, QStringLiteral("Flatten"), {current}, out,
                    {{QStringLiteral("axis"), qint64(1)}});
        } else if (cls == QLatin1String("Dropout")) {
            addNode(l.name, QStringLiteral("Identity"), {current}, out);
        } else if (cls == QLatin1String("BatchNormalization")) {
            addNode(l.name, QStringLiteral("BatchNormalization"),
                    {current, tensorWithSuffix(w, QStringLiteral("gamma")),
                     tensorWithSuffix(w, QStringLiteral("beta")),
                     tensorWithSuffix(w, QStringLiteral("moving_mean")),
                     tensorWithSuffix(w, QStringLiteral("moving_variance"))},
                    out,
                    {{QStringLiteral("layout"), nhwc},
                     {QStringLiteral("epsilon"),
                      c.value(QStringLiteral("epsilon")).toDouble(1e-3)}});
        } else if (cls == QLatin1String("LayerNormalization")) {
            addNode(l.name, QStringLiteral("LayerNormalization"),
                    {current, tensorWithSuffix(w, QStringLiteral("gamma")),
                     tensorWithSuffix(w, QStringLiteral("beta"))},
                    out,
                    {{QStringLiteral("axis"), qint64(-1)},
                     {QStringLiteral("epsilon"),
                      c.value(QStringLiteral("epsilon")).toDouble(1e-3)}});
        } else if (cls == QLatin1String("Embedding")) {
            addNode(l.name, QStringLiteral("Gather"),
                    {tensorWithSuffix(w, QStringLiteral("embeddings")), current}, out);
        } else if (cls == QLatin1String("Activation") || cls == QLatin1String("ReLU")
                   || cls == QLatin1String("Softmax")) {
            const QString act = cls == QLatin1String("Activation")
                                        ? c.value(QStringLiteral("activation")).toString()
                                        : cls.toLower();
            const QString op = activationOp(act);
            if (act == QLatin1String("linear"))
                addNode(l.name, QStringLiteral("Identity"), {current}, out);
            else
                addNode(l.name, op.isEmpty() ? act : op, {current}, out,
                        op == QLatin1String("Softmax")
                                ? QVariantMap{{QStringLiteral("axis"), qint64(-1)}}
                                : QVariantMap{},
                        op.isEmpty() ? QStringLiteral("keras") : QString());
            continue;
        } else {
            addNode(l.name, cls, {current}, out, {}, QStringLiteral("keras"));
        }
        // Fused activations become their own node after the layer.
        const QString act = c.value(QStringLiteral("activation")).toString();
        if (!act.isEmpty() && act != QLatin1String("linear")) {
            const QString op = activationOp(act);
            addNode(l.name + QStringLiteral("/activation"), op.isEmpty() ? act : op, {current},
                    l.name + QStringLiteral("/activation_output"),
                    op == QLatin1String("Softmax")
                            ? QVariantMap{{QStringLiteral("axis"), qint64(-1)}}
                            : QVariantMap{},
                    op.isEmpty() ? QStringLiteral("keras") : QString());
        }
    }
    const Shape outShape = config.layers.empty() ? Shape{} : config.layers.back().outputShape;
    g->outputs.push_back({current, DType::F32, outShape});
    return g;
}

} // namespace pare::core::keras
