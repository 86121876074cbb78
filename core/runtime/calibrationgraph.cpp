// SPDX-License-Identifier: GPL-3.0-or-later
// Calibration of graph models (ONNX, Keras): each weight-bearing node's inputs, recorded through
// the graph executor's node hook, in the layer's out × in weight orientation.
#include "calibration.h"

#include "runtime/graphexecutor.h"

#include <QCoreApplication>
#include <QHash>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <map>

namespace pare::core {

namespace {

using RowMatF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

constexpr std::int64_t kBatch = 32;

// Statistics of one weight tensor's inputs while the graph runs.
struct Accumulator
{
    std::int64_t cols = 0, groups = 1, samples = 0;
    bool channelsLastCols = false; // Keras HWIO: columns run (kh, kw, in)
    std::vector<double> diag;
    std::vector<Eigen::MatrixXd> fulls; // one per group, lower triangle; empty: diagonal only
    std::vector<std::size_t> layers;
    QString failure; // why the recorded inputs do not fit the weight (then no Gram)

    void add(std::int64_t group, const RowMatF &x) // x: samples × cols
    {
        if (group == 0)
            samples += x.rows();
        double *d = diag.data() + group * cols;
        for (Eigen::Index t = 0; t < x.rows(); ++t)
            for (Eigen::Index j = 0; j < x.cols(); ++j)
                d[j] += double(x(t, j)) * x(t, j);
        if (!fulls.empty()) {
            const Eigen::MatrixXd batch = x.cast<double>();
            fulls[std::size_t(group)].selfadjointView<Eigen::Lower>().rankUpdate(batch.transpose());
        }
    }
};

std::int64_t intAttr(const QVariantMap &a, const char *key, std::int64_t fallback)
{
    const QVariant v = a.value(QLatin1String(key));
    return v.isValid() ? v.toLongLong() : fallback;
}

std::vector<std::int64_t> intsAttr(const QVariantMap &a, const char *key)
{
    std::vector<std::int64_t> r;
    for (const QVariant &v : a.value(QLatin1String(key)).toList())
        r.push_back(v.toLongLong());
    return r;
}

// Begin padding of one spatial axis, as graphops' window computes it (the end padding follows
// from the output size the node produces).
std::int64_t padBegin(const QVariantMap &a, int axis, int spatial, std::int64_t in, std::int64_t k, std::int64_t stride,
                      std::int64_t dilation)
{
    const QString autoPad = a.value(QStringLiteral("auto_pad")).toString();
    if (autoPad == QLatin1String("SAME_UPPER") || autoPad == QLatin1String("SAME_LOWER")) {
        const std::int64_t out = (in + stride - 1) / stride;
        const std::int64_t total = std::max<std::int64_t>(0, (out - 1) * stride + (k - 1) * dilation + 1 - in);
        return autoPad == QLatin1String("SAME_UPPER") ? total / 2 : total - total / 2;
    }
    if (autoPad == QLatin1String("VALID"))
        return 0;
    const auto pads = intsAttr(a, "pads");
    return std::size_t(axis) < pads.size() && int(pads.size()) >= spatial ? pads[std::size_t(axis)] : 0;
}

// im2col of a Conv node's input for every group: rows are output positions (examples × oh × ow),
// columns the weight's own column order.
void convPatches(const GraphNode &n, const GTensor &input, const Tensor &weight, Accumulator &acc)
{
    const bool nhwc = n.attributes.value(QStringLiteral("layout")).toString() == QLatin1String("NHWC");
    const Shape &s = input.shape;
    const int spatial = int(s.size()) - 2;
    if (spatial < 1 || spatial > 2 || int(weight.rank()) != spatial + 2) {
        acc.failure = QCoreApplication::translate("pare::core", "input %1").arg(shapeToString(s));
        return;
    }
    const std::int64_t batch = s[0], c = nhwc ? s.back() : s[1];
    const std::int64_t h = spatial == 2 ? (nhwc ? s[1] : s[2]) : 1;
    const std::int64_t w = nhwc ? s[std::size_t(spatial)] : s.back();
    const Shape &ws = weight.shape();
    const std::int64_t kh = spatial == 2 ? (nhwc ? ws[0] : ws[2]) : 1;
    const std::int64_t kw = nhwc ? ws[std::size_t(spatial - 1)] : ws.back();
    const std::int64_t groups = acc.groups;
    const std::int64_t ig = groups > 0 ? c / groups : 0;
    if (groups < 1 || c % groups != 0 || ig * kh * kw != acc.cols) {
        acc.failure = QCoreApplication::translate("pare::core", "input %1 against weight %2").arg(shapeToString(s), shapeToString(ws));
        return;
    }
    const auto strides = intsAttr(n.attributes, "strides"), dil = intsAttr(n.attributes, "dilations");
    auto at = [&](const std::vector<std::int64_t> &v, int axis) {
        return std::size_t(axis) < v.size() ? std::max<std::int64_t>(1, v[std::size_t(axis)]) : 1;
    };
    // Axis 0 is H for 2-D; a 1-D conv has only W (axis 0 of its attributes).
    const std::int64_t sh = spatial == 2 ? at(strides, 0) : 1, sw = at(strides, spatial - 1);
    const std::int64_t dh = spatial == 2 ? at(dil, 0) : 1, dw = at(dil, spatial - 1);
    const std::int64_t pt = spatial == 2 ? padBegin(n.attributes, 0, spatial, h, kh, sh, dh) : 0;
    const std::int64_t pl = padBegin(n.attributes, spatial - 1, spatial, w, kw, sw, dw);
    // Output size: pads at the end from the attributes (auto_pad: as many as SAME needs).
    std::int64_t pb = 0, pr = 0;
    const QString autoPad = n.attributes.value(QStringLiteral("auto_pad")).toString();
    if (autoPad.startsWith(QLatin1String("SAME"))) {
        const std::int64_t oh = (h + sh - 1) / sh, ow = (w + sw - 1) / sw;
        pb = std::max<std::int64_t>(0, (oh - 1) * sh + (kh - 1) * dh + 1 - h) - pt;
        pr = std::max<std::int64_t>(0, (ow - 1) * sw + (kw - 1) * dw + 1 - w) - pl;
    } else if (autoPad != QLatin1String("VALID")) {
        const auto pads = intsAttr(n.attributes, "pads");
        if (spatial == 2 && pads.size() == 4)
            pb = pads[2], pr = pads[3];
        else if (spatial == 1 && pads.size() == 2)
            pr = pads[1];
    }
    const std::int64_t oh = (h + pt + pb - ((kh - 1) * dh + 1)) / sh + 1;
    const std::int64_t ow = (w + pl + pr - ((kw - 1) * dw + 1)) / sw + 1;
    if (oh <= 0 || ow <= 0) {
        acc.failure = QCoreApplication::translate("pare::core", "window larger than the input %1").arg(shapeToString(s));
        return;
    }
    auto value = [&](std::int64_t b, std::int64_t ch, std::int64_t y, std::int64_t x) -> float {
        if (y < 0 || y >= h || x < 0 || x >= w)
            return 0.0f;
        return nhwc ? input.data[std::size_t(((b * h + y) * w + x) * c + ch)]
                    : input.data[std::size_t(((b * c + ch) * h + y) * w + x)];
    };
    RowMatF patches(Eigen::Index(batch * oh * ow), Eigen::Index(acc.cols));
    for (std::int64_t g = 0; g < groups; ++g) {
        for (std::int64_t b = 0; b < batch; ++b)
            for (std::int64_t oy = 0; oy < oh; ++oy)
                for (std::int64_t ox = 0; ox < ow; ++ox) {
                    float *row = patches.data() + ((b * oh + oy) * ow + ox) * acc.cols;
                    for (std::int64_t i = 0; i < ig; ++i)
                        for (std::int64_t ky = 0; ky < kh; ++ky)
                            for (std::int64_t kx = 0; kx < kw; ++kx) {
                                const std::int64_t col = acc.channelsLastCols ? (ky * kw + kx) * ig + i
                                                                              : (i * kh + ky) * kw + kx;
                                row[col] = value(b, g * ig + i, oy * sh - pt + ky * dh, ox * sw - pl + kx * dw);
                            }
                }
        acc.add(g, patches);
    }
}

void denseRows(const GraphNode &n, const GTensor &a, Accumulator &acc)
{
    if (a.shape.empty()) {
        acc.failure = QCoreApplication::translate("pare::core", "a scalar input");
        return;
    }
    const bool gemm = n.opType == QLatin1String("Gemm");
    const bool transA = gemm && intAttr(n.attributes, "transA", 0) != 0;
    if (gemm && a.shape.size() != 2) {
        acc.failure = QCoreApplication::translate("pare::core", "input %1").arg(shapeToString(a.shape));
        return;
    }
    const std::int64_t k = transA ? a.shape[0] : a.shape.back();
    if (k != acc.cols || k <= 0) {
        acc.failure = QCoreApplication::translate("pare::core", "input %1").arg(shapeToString(a.shape));
        return;
    }
    const std::int64_t rows = a.numel() / k;
    const Eigen::Map<const RowMatF> m(a.data.data(), Eigen::Index(transA ? k : rows), Eigen::Index(transA ? rows : k));
    RowMatF x = transA ? RowMatF(m.transpose()) : RowMatF(m);
    if (gemm) {
        const QVariant alpha = n.attributes.value(QStringLiteral("alpha"));
        if (alpha.isValid() && alpha.toDouble() != 1.0)
            x *= float(alpha.toDouble());
    }
    acc.add(0, x);
}

struct GraphCalibration
{
    std::map<QString, Accumulator> byWeight; // weight tensor name → its inputs' statistics
};

Result<GraphCalibration> runGraph(const Model &model, const GTensor &inputs, const GramOptions &options,
                                  bool diagonalOnly, JobContext &ctx)
{
    if (!model.graph)
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: the model has no executable graph to calibrate")
                                 .arg(model.path));
    const std::shared_ptr<const Model> alias(std::shared_ptr<const Model>{}, &model); // not owned
    auto executor = GraphExecutor::create(alias);
    if (!executor)
        return executor.error();
    GraphCalibration c;
    for (std::size_t i = 0; i < model.layers.size(); ++i) {
        const Layer &l = model.layers[i];
        const Tensor *w = model.weightOf(l);
        if (!w || w->rank() < 2 || (l.op != OpKind::Dense && l.op != OpKind::Conv) || isTransposedConv(l.layout))
            continue;
        Accumulator &acc = c.byWeight[w->name()];
        acc.cols = l.inFeatures(*w);
        acc.groups = l.op == OpKind::Conv ? std::max(1, l.groups) : 1;
        acc.channelsLastCols = l.layout == WeightLayout::ConvHWIO;
        acc.diag.assign(std::size_t(acc.groups * acc.cols), 0.0);
        acc.layers.push_back(i);
    }
    // Full matrices, narrowest first, while the caps allow.
    std::vector<Accumulator *> order;
    for (auto &[name, acc] : c.byWeight)
        order.push_back(&acc);
    std::stable_sort(order.begin(), order.end(), [](const Accumulator *a, const Accumulator *b) {
        return a->cols < b->cols;
    });
    std::int64_t budget = options.maxGramBytes;
    for (Accumulator *acc : order) {
        const std::int64_t bytes = acc->groups * acc->cols * acc->cols * std::int64_t(sizeof(double));
        if (diagonalOnly || acc->cols > options.maxGramCols || bytes > budget)
            continue;
        budget -= bytes;
        acc->fulls.assign(std::size_t(acc->groups), Eigen::MatrixXd::Zero(Eigen::Index(acc->cols), Eigen::Index(acc->cols)));
    }

    executor->setNodeInputObserver([&](const GraphNode &n, const graphops::Inputs &in) {
        const bool conv = n.opType == QLatin1String("Conv");
        if (!conv && n.opType != QLatin1String("Gemm") && n.opType != QLatin1String("MatMul"))
            return;
        if (in.size() < 2 || !in[0] || n.inputs.size() < 2)
            return;
        const auto it = c.byWeight.find(n.inputs[1]);
        if (it == c.byWeight.end() || !it->second.failure.isEmpty())
            return;
        const Tensor *w = model.tensor(n.inputs[1]);
        if (conv && w)
            convPatches(n, *in[0], *w, it->second);
        else if (!conv)
            denseRows(n, *in[0], it->second);
    });

    const std::int64_t total = inputs.shape.empty() ? 0 : inputs.shape[0];
    const std::int64_t count = options.calibration.maxExamples > 0 ? std::min(total, options.calibration.maxExamples)
                                                                   : total;
    if (count <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: calibration: no examples to run").arg(model.path));
    const std::int64_t per = inputs.numel() / total;
    for (std::int64_t at = total - count; at < total; at += kBatch) {
        if (ctx.isCanceled())
            return Error::canceled();
        const std::int64_t n = std::min(kBatch, total - at);
        GTensor part;
        part.shape = inputs.shape;
        part.shape[0] = n;
        part.data.assign(inputs.data.begin() + at * per, inputs.data.begin() + (at + n) * per);
        auto r = executor->run(part);
        if (!r)
            return r.error();
        ctx.setProgress(double(at + n - (total - count)) / double(count),
                        QCoreApplication::translate("pare::core", "Calibrating"));
    }
    return c;
}

} // namespace

Result<InputGrams> calibrateInputGrams(const Model &model, const GTensor &inputs, const GramOptions &options,
                                       JobContext &ctx)
{
    auto c = runGraph(model, inputs, options, false, ctx);
    if (!c)
        return c.error();
    InputGrams out(model.layers.size());
    for (auto &[name, acc] : c->byWeight) {
        if (!acc.failure.isEmpty())
            for (std::size_t i : acc.layers)
                ctx.warning(QCoreApplication::translate("pare::core",
                                                        "%1: layer %2: its node's inputs do not fit its weight (%3); "
                                                        "no calibration statistics for it")
                                    .arg(model.path, model.layers[i].name, acc.failure));
        if (!acc.failure.isEmpty() || acc.samples <= 0)
            continue;
        auto g = std::make_shared<InputGram>();
        g->cols = acc.cols;
        g->groups = acc.groups;
        g->samples = acc.samples;
        g->diag = std::move(acc.diag);
        for (const Eigen::MatrixXd &f : acc.fulls) {
            const Eigen::MatrixXd sym = f.selfadjointView<Eigen::Lower>();
            g->full.insert(g->full.end(), sym.data(), sym.data() + sym.size()); // symmetric: any order
        }
        for (std::size_t i : acc.layers)
            out[i] = g;
    }
    return out;
}

Result<std::vector<std::vector<float>>> calibrateInputNorms(const Model &model, const GTensor &inputs,
                                                            const CalibrationOptions &options, JobContext &ctx)
{
    GramOptions go;
    go.calibration = options;
    auto c = runGraph(model, inputs, go, true, ctx);
    if (!c)
        return c.error();
    std::vector<std::vector<float>> out(model.layers.size());
    for (auto &[name, acc] : c->byWeight) {
        if (!acc.failure.isEmpty() || acc.samples <= 0)
            continue;
        InputGram g;
        g.cols = acc.cols;
        g.groups = acc.groups;
        g.diag = std::move(acc.diag);
        const std::vector<double> pooled = g.pooledDiagonal();
        std::vector<float> norms(pooled.size());
        std::transform(pooled.begin(), pooled.end(), norms.begin(), [](double v) { return float(std::sqrt(v)); });
        for (std::size_t i : acc.layers)
            out[i] = norms;
    }
    return out;
}

} // namespace pare::core
