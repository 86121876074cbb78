// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/graphexecutor.h"

#include "common/argtext.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <optional>
#include <mutex>

namespace pare::core {

namespace {

const QSet<QString> &supportedOps()
{
    static const QSet<QString> ops = {
            QStringLiteral("Gemm"), QStringLiteral("MatMul"), QStringLiteral("Conv"),
            QStringLiteral("Relu"), QStringLiteral("LeakyRelu"), QStringLiteral("Gelu"),
            QStringLiteral("Sigmoid"), QStringLiteral("Tanh"), QStringLiteral("Elu"),
            QStringLiteral("Softmax"), QStringLiteral("Add"), QStringLiteral("Sub"),
            QStringLiteral("Mul"), QStringLiteral("Div"), QStringLiteral("MaxPool"),
            QStringLiteral("AveragePool"), QStringLiteral("GlobalAveragePool"),
            QStringLiteral("GlobalMaxPool"), QStringLiteral("Flatten"), QStringLiteral("Reshape"),
            QStringLiteral("Transpose"), QStringLiteral("Concat"),
            QStringLiteral("BatchNormalization"), QStringLiteral("LayerNormalization"),
            QStringLiteral("Cast"), QStringLiteral("Constant"), QStringLiteral("Identity"),
            QStringLiteral("Dropout"), QStringLiteral("Gather"),
    };
    return ops;
}

bool isStandardDomain(const QString &d)
{
    return d.isEmpty() || d == QLatin1String("ai.onnx");
}

} // namespace

QStringList GraphExecutor::unsupportedOperators(const Graph &graph)
{
    QStringList out;
    for (const GraphNode &n : graph.nodes) {
        const QString name = isStandardDomain(n.domain) ? n.opType : n.domain + QLatin1Char(':') + n.opType;
        if ((!isStandardDomain(n.domain) || !supportedOps().contains(n.opType)) && !out.contains(name))
            out.append(name);
    }
    return out;
}

Result<GraphExecutor> GraphExecutor::create(std::shared_ptr<const Model> model, const WeightOverrides *overrides)
{
    if (!model || !model->graph)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: the model has no executable graph").arg(model ? model->path : QString())};
    const Graph &g = *model->graph;
    const QStringList unsupported = unsupportedOperators(g);
    if (!unsupported.isEmpty())
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: the graph uses operators Pare cannot execute: %2")
                             .arg(model->path, unsupported.join(QStringLiteral(", ")))};
    if (g.inputs.size() != 1 || g.outputs.empty())
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: the graph has %2 inputs and %3 outputs; Pare executes "
                                                               "graphs with one input")
                             .arg(argText(model->path), argText(g.inputs.size()),
                                  argText(g.outputs.size()))};
    auto constants = std::make_shared<QHash<QString, GTensor>>();
    GraphExecutor ex;
    for (const GraphNode &n : g.nodes) {
        if (n.attributes.value(QStringLiteral("layout")).toString() == QLatin1String("NHWC"))
            ex.m_channelsLast = true;
        for (const QString &in : n.inputs) {
            if (in.isEmpty() || constants->contains(in))
                continue;
            const Tensor *t = model->tensor(in);
            if (!t)
                continue;
            auto values = tensorFloats(*model, in, overrides);
            if (!values)
                return values.error();
            GTensor gt;
            gt.shape = t->shape();
            gt.data = std::move(values.value());
            constants->insert(in, std::move(gt));
        }
    }
    ex.m_model = std::move(model);
    ex.m_constants = std::move(constants);
    return ex;
}

void GraphExecutor::setNodeInputObserver(NodeInputObserver observer)
{
    m_observer = observer ? std::make_shared<const NodeInputObserver>(std::move(observer)) : nullptr;
}

Result<GTensor> GraphExecutor::run(const GTensor &input) const
{
    const Graph &g = *m_model->graph;
    const GraphValue &gi = g.inputs.front();
    const QString ctx = m_model->path;
    bool shapeOk = gi.shape.empty() || gi.shape.size() == input.shape.size();
    for (std::size_t i = 1; shapeOk && i < gi.shape.size(); ++i)
        shapeOk = gi.shape[i] < 0 || gi.shape[i] == input.shape[i];
    if (!shapeOk || std::int64_t(input.data.size()) != input.numel())
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: input '%2' expects shape %3 (any batch), got %4")
                             .arg(ctx, gi.name, shapeToString(gi.shape), shapeToString(input.shape))};
    QHash<QString, GTensor> values;
    values.insert(gi.name, input);
    auto lookup = [&](const QString &name) -> const GTensor * {
        if (name.isEmpty())
            return nullptr;
        auto it = values.constFind(name);
        if (it != values.constEnd())
            return &it.value();
        auto c = m_constants->constFind(name);
        return c != m_constants->constEnd() ? &c.value() : nullptr;
    };
    for (const GraphNode &n : g.nodes) {
        const QString where = QCoreApplication::translate("pare::core", "%1: node '%2' (%3)").arg(ctx, n.name, n.opType);
        graphops::Inputs in;
        for (const QString &name : n.inputs) {
            const GTensor *t = lookup(name);
            if (!t && !name.isEmpty())
                return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: input '%2' is not produced by any earlier node")
                                                        .arg(where, name)};
            in.push_back(t);
        }
        if (n.outputs.empty())
            continue;
        if (m_observer)
            (*m_observer)(n, in);
        const QString &op = n.opType;
        const QVariantMap &a = n.attributes;
        const bool nhwc = a.value(QStringLiteral("layout")).toString() == QLatin1String("NHWC");
        if (op == QLatin1String("Constant")) {
            if (!lookup(n.outputs.front()))
                return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: constant value was not read").arg(where)};
            continue;
        }
        auto need = [&](std::size_t count) { return in.size() >= count && std::all_of(in.begin(), in.begin() + long(count), [](auto p) { return p; }); };
        Result<GTensor> r = Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: missing inputs").arg(where)};
        if (op == QLatin1String("Gemm"))
            r = graphops::gemm(in, a, where);
        else if (op == QLatin1String("MatMul"))
            r = graphops::matMul(in, where);
        else if (op == QLatin1String("Conv"))
            r = graphops::conv(in, a, nhwc, where);
        else if (op == QLatin1String("MaxPool") || op == QLatin1String("AveragePool"))
            r = graphops::pool(in, a, nhwc, op == QLatin1String("MaxPool"), where);
        else if (op == QLatin1String("GlobalAveragePool") || op == QLatin1String("GlobalMaxPool"))
            r = graphops::globalPool(in, a, nhwc, op == QLatin1String("GlobalMaxPool"), where);
        else if (op == QLatin1String("Add") || op == QLatin1String("Sub") || op == QLatin1String("Mul")
                 || op == QLatin1String("Div")) {
            if (need(2))
                r = graphops::binary(*in[0], *in[1], op, where);
        } else if (op == QLatin1String("Softmax")) {
            if (need(1))
                r = graphops::softmax(*in[0], a, g.opsetVersion > 0 ? g.opsetVersion : 13, where);
        } else if (op == QLatin1String("Flatten")) {
            if (need(1))
                r = graphops::flatten(*in[0], a, where);
        } else if (op == QLatin1String("Reshape")) {
            if (need(2))
                r = graphops::reshape(*in[0], *in[1], where);
        } else if (op == QLatin1String("Transpose")) {
            if (need(1))
                r = graphops::transpose(*in[0], a, where);
        } else if (op == QLatin1String("Concat"))
            r = graphops::concat(in, a, where);
        else if (op == QLatin1String("BatchNormalization"))
            r = graphops::batchNorm(in, a, nhwc, where);
        else if (op == QLatin1String("LayerNormalization"))
            r = graphops::layerNorm(in, a, where);
        else if (op == QLatin1String("Gather")) {
            if (need(2))
                r = graphops::gather(*in[0], *in[1], a, where);
        } else if (op == QLatin1String("Cast")) {
            if (need(1))
                r = graphops::cast(*in[0], a);
        } else if (op == QLatin1String("Identity") || op == QLatin1String("Dropout")) {
            if (need(1))
                r = *in[0];
        } else if (need(1)) {
            r = graphops::unary(*in[0], op, a);
        }
        if (!r)
            return r.error();
        values.insert(n.outputs.front(), std::move(r.value()));
    }
    const GTensor *out = lookup(g.outputs.front().name);
    if (!out)
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: graph output '%2' is never produced")
                                                .arg(ctx, g.outputs.front().name)};
    return *out;
}

Result<GTensor> GraphExecutor::runBatched(const GTensor &input, std::int64_t batchSize, JobContext &ctx) const
{
    if (input.shape.empty() || batchSize <= 0)
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1: batch size must be positive").arg(m_model->path)};
    const std::int64_t rows = input.shape[0];
    const std::int64_t rowSize = rows > 0 ? input.numel() / rows : 0;
    const std::int64_t batches = (rows + batchSize - 1) / batchSize;
    std::vector<GTensor> outs(static_cast<std::size_t>(batches));
    std::mutex mutex;
    std::optional<Error> failure;
    std::atomic<std::int64_t> done{0};
    const bool finished = parallelFor(batches, 1, [&](qint64 begin, qint64 end) {
        for (qint64 b = begin; b < end; ++b) {
            if (ctx.isCanceled())
                return;
            const std::int64_t r0 = b * batchSize, r1 = std::min(rows, r0 + batchSize);
            GTensor part;
            part.shape = input.shape;
            part.shape[0] = r1 - r0;
            part.data.assign(input.data.begin() + r0 * rowSize, input.data.begin() + r1 * rowSize);
            auto r = run(part);
            if (!r) {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = r.error();
                return;
            }
            outs[std::size_t(b)] = std::move(r.value());
            ctx.setProgress(double(++done) / double(batches));
        }
    }, ctx);
    if (failure)
        return *failure;
    if (!finished || ctx.isCanceled())
        return Error::canceled();
    GTensor all;
    if (outs.empty())
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1: no input rows").arg(m_model->path)};
    all.shape = outs.front().shape;
    all.shape[0] = rows;
    for (const GTensor &o : outs)
        all.data.insert(all.data.end(), o.data.begin(), o.data.end());
    return all;
}

} // namespace pare::core
