// SPDX-License-Identifier: GPL-3.0-or-later
// Calibration of graph models: the Gram matrices recorded for a Conv (stride, asymmetric
// padding, dilation, groups) and a Gemm equal references from an explicit im2col, in NCHW/OIHW
// (ONNX) and NHWC/HWIO (Keras) layouts, and the output error they give for a weight change equals
// the change's real effect on the node's output, ‖ΔW Xᵀ‖², run through the graph operators.
#include "compress/weightmatrix.h"
#include "runtime/calibration.h"
#include "runtime/graphops.h"

#include <QTest>

#include <cmath>
#include <random>

#define PARE_ERR(r) ((r).ok() ? "" : qPrintable((r).error().message))

using namespace pare::core;

namespace {

// Float32 activations summed in double: the recorded and the reference Gram agree to rounding.
constexpr double kGramTolerance = 1e-9;
// The graph operators compute ΔW's output in float32; the Gram form sums in double.
constexpr double kOutputTolerance = 1e-4;

constexpr std::int64_t kExamples = 40, kUsed = 35; // more than one calibration batch of 32
constexpr std::int64_t kC = 4, kH = 7, kW = 7, kK = 3;
constexpr std::int64_t kSh = 2, kSw = 2, kDh = 1, kDw = 2;
constexpr std::int64_t kPadTop = 1, kPadLeft = 0, kPadBottom = 1, kPadRight = 1;
constexpr std::int64_t kOh = (kH + kPadTop + kPadBottom - ((kK - 1) * kDh + 1)) / kSh + 1; // 4
constexpr std::int64_t kOw = (kW + kPadLeft + kPadRight - ((kK - 1) * kDw + 1)) / kSw + 1; // 2
constexpr std::int64_t kFc = 5;

std::vector<float> randomValues(std::mt19937 &rng, std::size_t n, float scale)
{
    std::normal_distribution<float> d(0.0f, scale);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

QVariantList ints(std::initializer_list<qint64> v)
{
    QVariantList l;
    for (qint64 x : v)
        l.append(x);
    return l;
}

struct Case
{
    bool nhwc = false;
    std::int64_t groups = 1, outChannels = 6;
    std::shared_ptr<Model> model;
    GTensor inputs;
    QVariantMap convAttrs, gemmAttrs;
};

// x → Conv "conv" (+ bias) → Flatten → Gemm "fc" (alpha 0.5; ONNX: transB = 1 [5, F]; Keras: [F, 5]).
Case makeCase(bool nhwc, std::int64_t groups, std::int64_t outChannels)
{
    Case c;
    c.nhwc = nhwc;
    c.groups = groups;
    c.outChannels = outChannels;
    std::mt19937 rng(nhwc ? 11 : 5);
    const std::int64_t ig = kC / groups;
    auto m = std::make_shared<Model>();
    m->path = QStringLiteral("calibration-fixture");
    const Shape convShape = nhwc ? Shape{kK, kK, ig, outChannels} : Shape{outChannels, ig, kK, kK};
    m->tensors.push_back(Tensor::fromFloats(QStringLiteral("conv.weight"), convShape,
                                            randomValues(rng, std::size_t(outChannels * ig * kK * kK), 0.3f)));
    m->tensors.push_back(Tensor::fromFloats(QStringLiteral("conv.bias"), Shape{outChannels},
                                            randomValues(rng, std::size_t(outChannels), 0.3f)));
    const std::int64_t features = outChannels * kOh * kOw;
    const Shape fcShape = nhwc ? Shape{features, kFc} : Shape{kFc, features};
    m->tensors.push_back(Tensor::fromFloats(QStringLiteral("fc.weight"), fcShape,
                                            randomValues(rng, std::size_t(features * kFc), 0.1f)));
    Layer conv;
    conv.name = QStringLiteral("conv");
    conv.op = OpKind::Conv;
    conv.layout = nhwc ? WeightLayout::ConvHWIO : WeightLayout::ConvOIHW;
    conv.groups = int(groups);
    conv.weight = 0;
    conv.bias = 1;
    Layer fc;
    fc.name = QStringLiteral("fc");
    fc.op = OpKind::Dense;
    fc.layout = nhwc ? WeightLayout::InOut : WeightLayout::OutIn;
    fc.weight = 2;
    m->layers = {conv, fc};

    auto g = std::make_shared<Graph>();
    g->inputs.push_back(GraphValue{QStringLiteral("x"), DType::F32,
                                   nhwc ? Shape{-1, kH, kW, kC} : Shape{-1, kC, kH, kW}});
    g->outputs.push_back(GraphValue{QStringLiteral("y"), DType::F32, Shape{-1, kFc}});
    c.convAttrs = {{QStringLiteral("strides"), ints({kSh, kSw})},
                   {QStringLiteral("dilations"), ints({kDh, kDw})},
                   {QStringLiteral("pads"), ints({kPadTop, kPadLeft, kPadBottom, kPadRight})},
                   {QStringLiteral("group"), qint64(groups)}};
    if (nhwc)
        c.convAttrs.insert(QStringLiteral("layout"), QStringLiteral("NHWC"));
    c.gemmAttrs = {{QStringLiteral("transB"), qint64(nhwc ? 0 : 1)}, {QStringLiteral("alpha"), 0.5}};
    auto node = [](const char *name, const char *op, std::vector<QString> in, const char *out, QVariantMap a) {
        GraphNode n;
        n.name = QLatin1String(name);
        n.opType = QLatin1String(op);
        n.inputs = std::move(in);
        n.outputs = {QLatin1String(out)};
        n.attributes = std::move(a);
        return n;
    };
    g->nodes.push_back(node("conv", "Conv", {QStringLiteral("x"), QStringLiteral("conv.weight"), QStringLiteral("conv.bias")},
                            "h", c.convAttrs));
    g->nodes.push_back(node("flat", "Flatten", {QStringLiteral("h")}, "f", {{QStringLiteral("axis"), qint64(1)}}));
    g->nodes.push_back(node("fc", "Gemm", {QStringLiteral("f"), QStringLiteral("fc.weight")}, "y", c.gemmAttrs));
    g->opsetVersion = 13;
    m->graph = g;
    m->reindex();
    c.model = m;
    c.inputs.shape = nhwc ? Shape{kExamples, kH, kW, kC} : Shape{kExamples, kC, kH, kW};
    c.inputs.data = randomValues(rng, std::size_t(kExamples * kC * kH * kW), 1.0f);
    return c;
}

// The examples calibration uses: the last kUsed.
GTensor usedInputs(const Case &c)
{
    GTensor x = c.inputs;
    const std::int64_t per = x.numel() / kExamples;
    x.shape[0] = kUsed;
    x.data.erase(x.data.begin(), x.data.begin() + (kExamples - kUsed) * per);
    return x;
}

// Explicit im2col, one group: rows = output positions, columns in the weight's column order.
std::vector<double> referenceGram(const Case &c, const GTensor &x, std::int64_t group)
{
    const std::int64_t ig = kC / c.groups, cols = ig * kK * kK;
    std::vector<double> gram(std::size_t(cols * cols), 0.0);
    std::vector<double> patch(static_cast<std::size_t>(cols), 0.0);
    for (std::int64_t b = 0; b < x.shape[0]; ++b)
        for (std::int64_t oy = 0; oy < kOh; ++oy)
            for (std::int64_t ox = 0; ox < kOw; ++ox) {
                for (std::int64_t i = 0; i < ig; ++i)
                    for (std::int64_t ky = 0; ky < kK; ++ky)
                        for (std::int64_t kx = 0; kx < kK; ++kx) {
                            const std::int64_t y = oy * kSh - kPadTop + ky * kDh, xx = ox * kSw - kPadLeft + kx * kDw;
                            const std::int64_t ch = group * ig + i;
                            double v = 0;
                            if (y >= 0 && y < kH && xx >= 0 && xx < kW)
                                v = c.nhwc ? x.data[std::size_t(((b * kH + y) * kW + xx) * kC + ch)]
                                           : x.data[std::size_t(((b * kC + ch) * kH + y) * kW + xx)];
                            const std::int64_t col = c.nhwc ? (ky * kK + kx) * ig + i : (i * kK + ky) * kK + kx;
                            patch[std::size_t(col)] = v;
                        }
                for (std::int64_t i = 0; i < cols; ++i)
                    for (std::int64_t j = 0; j < cols; ++j)
                        gram[std::size_t(i * cols + j)] += patch[std::size_t(i)] * patch[std::size_t(j)];
            }
    return gram;
}

double squaredNorm(const std::vector<float> &v)
{
    double s = 0;
    for (float x : v)
        s += double(x) * x;
    return s;
}

bool near(double a, double b, double tol)
{
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

} // namespace

class TestCalibrationGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gramsMatchExplicitIm2col_data()
    {
        QTest::addColumn<bool>("nhwc");
        QTest::addColumn<qint64>("groups");
        QTest::addColumn<qint64>("outChannels");
        QTest::newRow("onnx conv") << false << qint64(1) << qint64(6);
        QTest::newRow("onnx grouped") << false << qint64(2) << qint64(6);
        QTest::newRow("onnx depthwise ×2") << false << qint64(4) << qint64(8);
        QTest::newRow("keras conv") << true << qint64(1) << qint64(6);
        QTest::newRow("keras grouped") << true << qint64(2) << qint64(6);
        QTest::newRow("keras depthwise ×2") << true << qint64(4) << qint64(8);
    }

    void gramsMatchExplicitIm2col()
    {
        QFETCH(bool, nhwc);
        QFETCH(qint64, groups);
        QFETCH(qint64, outChannels);
        const Case c = makeCase(nhwc, groups, outChannels);
        GramOptions go;
        go.calibration.maxExamples = kUsed;
        JobContext ctx;
        auto grams = calibrateInputGrams(*c.model, c.inputs, go, ctx);
        QVERIFY2(grams.ok(), PARE_ERR(grams));
        QCOMPARE(grams->size(), std::size_t(2));
        const GTensor x = usedInputs(c);

        // Conv: one Gram per group over its im2col patches, one sample per output position.
        const auto &conv = (*grams)[0];
        QVERIFY(conv);
        const std::int64_t cols = (kC / groups) * kK * kK;
        QCOMPARE(conv->cols, cols);
        QCOMPARE(conv->groups, std::int64_t(groups));
        QCOMPARE(conv->samples, kUsed * kOh * kOw);
        QVERIFY(conv->hasFull());
        for (std::int64_t g = 0; g < groups; ++g) {
            const std::vector<double> ref = referenceGram(c, x, g);
            for (std::int64_t i = 0; i < cols * cols; ++i)
                QVERIFY2(near(conv->full[std::size_t(g * cols * cols + i)], ref[std::size_t(i)], kGramTolerance),
                         qPrintable(QStringLiteral("group %1 element %2: %3 vs %4")
                                        .arg(g).arg(i).arg(conv->full[std::size_t(g * cols * cols + i)]).arg(ref[std::size_t(i)])));
            for (std::int64_t j = 0; j < cols; ++j)
                QVERIFY(near(conv->diag[std::size_t(g * cols + j)], ref[std::size_t(j * cols + j)], kGramTolerance));
        }

        // The Conv's output error for a weight change equals the change's own output, run
        // through the graph's Conv operator (bias-free: conv(x, W + ΔW) − conv(x, W) = conv(x, ΔW)).
        const Layer &convLayer = c.model->layers[0];
        const Tensor &convWeight = c.model->tensors[0];
        std::mt19937 rng(17);
        GTensor delta;
        delta.shape = convWeight.shape();
        delta.data = randomValues(rng, std::size_t(convWeight.numel()), 0.05f);
        auto convOut = graphops::conv({&x, &delta}, c.convAttrs, nhwc, QStringLiteral("test"));
        QVERIFY2(convOut.ok(), PARE_ERR(convOut));
        auto deltaMatrix = toWeightMatrix(convLayer, Tensor::fromFloats(QStringLiteral("d"), delta.shape, delta.data));
        QVERIFY2(deltaMatrix.ok(), PARE_ERR(deltaMatrix));
        const double truth = squaredNorm(convOut->data);
        const double gramError = outputSquaredError(deltaMatrix->values.data(), deltaMatrix->rows, *conv);
        QVERIFY2(near(gramError, truth, kOutputTolerance), qPrintable(QStringLiteral("%1 vs %2").arg(gramError).arg(truth)));

        // Gemm: its input rows (the flattened conv output) scaled by alpha, in the weight's
        // out × in orientation whether it is stored [out, in] (transB) or [in, out].
        GTensor b;
        b.shape = {outChannels};
        b.data = c.model->tensors[1].toFloatVector();
        GTensor w;
        w.shape = convWeight.shape();
        w.data = convWeight.toFloatVector();
        auto h = graphops::conv({&x, &w, &b}, c.convAttrs, nhwc, QStringLiteral("test"));
        QVERIFY(h.ok());
        auto f = graphops::flatten(*h, {{QStringLiteral("axis"), qint64(1)}}, QStringLiteral("test"));
        QVERIFY(f.ok());
        const auto &fc = (*grams)[1];
        QVERIFY(fc);
        const std::int64_t features = f->shape[1];
        QCOMPARE(fc->cols, features);
        QCOMPARE(fc->samples, kUsed);
        for (std::int64_t i = 0; i < features; ++i)
            for (std::int64_t j = 0; j < features; ++j) {
                double ref = 0;
                for (std::int64_t t = 0; t < kUsed; ++t)
                    ref += 0.25 * double(f->data[std::size_t(t * features + i)]) * f->data[std::size_t(t * features + j)];
                QVERIFY(near(fc->full[std::size_t(i * features + j)], ref, 1e-6));
            }
        const Tensor &fcWeight = c.model->tensors[2];
        GTensor fcDelta;
        fcDelta.shape = fcWeight.shape();
        fcDelta.data = randomValues(rng, std::size_t(fcWeight.numel()), 0.05f);
        auto fcOut = graphops::gemm({&f.value(), &fcDelta}, c.gemmAttrs, QStringLiteral("test"));
        QVERIFY(fcOut.ok());
        auto fcMatrix = toWeightMatrix(c.model->layers[1], Tensor::fromFloats(QStringLiteral("d"), fcDelta.shape, fcDelta.data));
        QVERIFY(fcMatrix.ok());
        QCOMPARE(fcMatrix->rows, kFc);
        const double fcTruth = squaredNorm(fcOut->data);
        const double fcError = outputSquaredError(fcMatrix->values.data(), fcMatrix->rows, *fc);
        QVERIFY2(near(fcError, fcTruth, kOutputTolerance), qPrintable(QStringLiteral("%1 vs %2").arg(fcError).arg(fcTruth)));

        // Wanda's norms: √ of the diagonal, groups pooled.
        auto norms = calibrateInputNorms(*c.model, c.inputs, go.calibration, ctx);
        QVERIFY2(norms.ok(), PARE_ERR(norms));
        const std::vector<double> pooled = conv->pooledDiagonal();
        QCOMPARE((*norms)[0].size(), std::size_t(cols));
        for (std::int64_t j = 0; j < cols; ++j)
            QVERIFY(near(double((*norms)[0][std::size_t(j)]), std::sqrt(pooled[std::size_t(j)]), 1e-5));
        QCOMPARE((*norms)[1].size(), std::size_t(features));

        // Past the cap: the diagonal only, the same values.
        go.maxGramCols = 1;
        auto capped = calibrateInputGrams(*c.model, c.inputs, go, ctx);
        QVERIFY(capped.ok());
        QVERIFY(!(*capped)[0]->hasFull());
        QCOMPARE((*capped)[0]->diag, conv->diag);
    }

    void clearErrors()
    {
        Case c = makeCase(false, 1, 6);
        JobContext ctx;
        GTensor none = c.inputs;
        none.shape[0] = 0;
        none.data.clear();
        auto r = calibrateInputGrams(*c.model, none, GramOptions{}, ctx);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("no examples")), qPrintable(r.error().message));
        JobContext canceled(nullptr, nullptr, [] { return true; });
        QVERIFY(calibrateInputGrams(*c.model, c.inputs, GramOptions{}, canceled).isCanceled());
    }
};

QTEST_GUILESS_MAIN(TestCalibrationGraph)
#include "tst_calibrationgraph.moc"
