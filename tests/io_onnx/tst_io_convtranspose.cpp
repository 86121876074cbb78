// SPDX-License-Identifier: GPL-3.0-or-later
// Transposed convolutions: ONNX ConvTranspose weights are [in, out/groups, kh, kw], so every
// consumer that wants output channels (channel statistics and lint, the out × in matrix of the
// compressor and the spectrum, the Q/DQ export axis, the .pare file) must read them through the
// layer's layout, not as dim 0. The fixture (tools/fixtures/make_onnx_fixtures.py) has one dead
// output channel per layer: channel 4 of the grouped up1, channel 3 of up2.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict" // GCC bug 105329 in protobuf's string setters
#endif
#include "analysis/channelstats.h"
#include "analysis/modelanalysis.h"
#include "analysis/spectrum.h"
#include "compress/compressor.h"
#include "compress/plan.h"
#include "compress/recipe.h"
#include "compress/weightmatrix.h"
#include "export/onnxexport.h"
#include "io/modelio.h"
#include "io/pareh5format.h"
#include "io/pareh5writer.h"
#include "model/costmodel.h"

#include <onnx/onnx_pb.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pare::core;

namespace {

QString fixture()
{
    return QStringLiteral(PARE_TEST_DATA "/onnx/conv_transpose.onnx");
}

std::shared_ptr<Model> open(const QString &path)
{
    JobContext ctx;
    auto r = openModel(path, ctx);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

// The out × in matrix of an [in, out/g, kh, kw] weight, by the definition of ConvTranspose:
// output channel o = g·(out/g) + j sees inputs g·(in/g) … (g+1)·(in/g) − 1, each over the kernel.
std::vector<float> referenceMatrix(const Tensor &w, int groups)
{
    const std::int64_t in = w.dim(0), og = w.dim(1), area = w.dim(2) * w.dim(3);
    const std::int64_t ig = in / groups, out = og * groups, cols = ig * area;
    const std::vector<float> stored = w.toFloatVector();
    std::vector<float> m(std::size_t(out * cols));
    for (std::int64_t o = 0; o < out; ++o) {
        const std::int64_t g = o / og, j = o % og;
        for (std::int64_t i = 0; i < ig; ++i)
            for (std::int64_t k = 0; k < area; ++k)
                m[std::size_t(o * cols + i * area + k)]
                        = stored[std::size_t(((g * ig + i) * og + j) * area + k)];
    }
    return m;
}

const onnx::NodeProto *dequantizeOf(const onnx::GraphProto &g, const std::string &weight)
{
    for (const auto &n : g.node())
        if (n.op_type() == "DequantizeLinear" && n.output_size() == 1 && n.output(0) == weight)
            return &n;
    return nullptr;
}

} // namespace

class TestConvTranspose : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layoutAndFeatures()
    {
        auto m = open(fixture());
        const Layer *up1 = m->layer(QStringLiteral("up1"));
        const Layer *up2 = m->layer(QStringLiteral("up2"));
        QVERIFY(up1 && up2);
        QCOMPARE(up1->layout, WeightLayout::ConvTransposeIOHW);
        QCOMPARE(up1->groups, 2);
        QCOMPARE(up2->layout, WeightLayout::ConvTransposeIOHW);
        QCOMPARE(up2->groups, 1);
        const Tensor *w1 = m->weightOf(*up1);
        const Tensor *w2 = m->weightOf(*up2);
        QCOMPARE(w1->shape(), (Shape{4, 3, 3, 3}));
        QCOMPARE(up1->outFeatures(*w1), std::int64_t(6)); // group 2 × 3, not dim 0's 4
        QCOMPARE(up1->inFeatures(*w1), std::int64_t(2 * 9));
        QCOMPARE(up2->outFeatures(*w2), std::int64_t(5));
        QCOMPARE(up2->inFeatures(*w2), std::int64_t(6 * 4));
        QCOMPARE(inputChannels(*up2, w2->shape()), std::int64_t(6));
        QCOMPARE(inputChannelColumns(*up2, w2->shape(), 1), (std::vector<std::int64_t>{4, 5, 6, 7}));
        // MACs: the whole kernel once per input position (up2's input is 6×6).
        QCOMPARE(up2->inputShape, (Shape{1, 6, 6, 6}));
        QCOMPARE(layerCost(*m, *up2, InputSpec{}).macs, w2->numel() * 36);
    }

    void weightMatrixFollowsTheLayout()
    {
        auto m = open(fixture());
        for (const char *name : {"up1", "up2"}) {
            const Layer *l = m->layer(QLatin1String(name));
            const Tensor *w = m->weightOf(*l);
            auto wm = toWeightMatrix(*l, *w);
            QVERIFY2(wm.ok(), name);
            QCOMPARE(wm->rows, l->outFeatures(*w));
            QCOMPARE(wm->values, referenceMatrix(*w, l->groups));
            std::vector<float> row(std::size_t(wm->cols));
            for (std::int64_t r = 0; r < wm->rows; ++r) {
                readWeightRow(*l, *w, r, row.data());
                QVERIFY(std::equal(row.begin(), row.end(), wm->values.begin() + r * wm->cols));
            }
            QCOMPARE(fromWeightMatrix(*l, w->shape(), wm->values), w->toFloatVector());
        }
    }

    void channelStatsAndDeadChannelLint()
    {
        auto m = open(fixture());
        const Layer *up1 = m->layer(QStringLiteral("up1"));
        const Layer *up2 = m->layer(QStringLiteral("up2"));
        JobContext ctx;
        auto c1 = computeChannelStats(*m->weightOf(*up1), up1->layout, ctx, up1->groups);
        auto c2 = computeChannelStats(*m->weightOf(*up2), up2->layout, ctx);
        QVERIFY(c1.ok() && c2.ok());
        QCOMPARE(c1->channels, std::int64_t(6));
        QCOMPARE(c1->perChannel, std::int64_t(18));
        QCOMPARE(c1->deadChannels(), std::int64_t(1));
        QCOMPARE(c1->zeroFraction[4], 1.0);
        QCOMPARE(c2->channels, std::int64_t(5));
        QCOMPARE(c2->deadChannels(), std::int64_t(1));
        QCOMPARE(c2->zeroFraction[3], 1.0);
        // Every channel's |w|max is that of its row of the reference matrix.
        const std::vector<float> ref = referenceMatrix(*m->weightOf(*up1), 2);
        for (std::int64_t o = 0; o < 6; ++o) {
            float mx = 0;
            for (std::int64_t c = 0; c < 18; ++c)
                mx = std::max(mx, std::fabs(ref[std::size_t(o * 18 + c)]));
            QCOMPARE(c1->absMax[std::size_t(o)], mx);
        }

        // The whole-model pass and its lint name the dead output channels.
        auto a = analyzeModel(*m, AnalysisOptions{}, ctx);
        QVERIFY(a.ok());
        QCOMPARE(a->channelsOf(QStringLiteral("up1"))->channels, std::int64_t(6));
        QCOMPARE(a->channelsOf(QStringLiteral("up1"))->deadChannels(), std::int64_t(1));
        QStringList dead;
        for (const LintWarning &w : a->lint)
            if (w.message.contains(QLatin1String("output channels are all zero")))
                dead << w.message;
        QCOMPARE(dead.size(), 2);
        dead.sort();
        QVERIFY2(dead.at(0).contains(QLatin1String("1 of 6 output channels"))
                         && dead.at(0).contains(QLatin1String("first: channel 4")),
                 qPrintable(dead.at(0)));
        QVERIFY2(dead.at(1).contains(QLatin1String("1 of 5 output channels"))
                         && dead.at(1).contains(QLatin1String("first: channel 3")),
                 qPrintable(dead.at(1)));
    }

    void spectrumOfTheOutInMatrix()
    {
        auto m = open(fixture());
        const Layer *up2 = m->layer(QStringLiteral("up2"));
        const Tensor *w = m->weightOf(*up2);
        JobContext ctx;
        auto s = computeSpectrum(*w, up2->layout, {}, ctx);
        QVERIFY(s.ok());
        QCOMPARE(s->rows, std::int64_t(5));
        QCOMPARE(s->cols, std::int64_t(24));
        // The same as the spectrum of the reference matrix stored out × in.
        auto ref = computeSpectrum(Tensor::fromFloats(QStringLiteral("ref"), {5, 24}, referenceMatrix(*w, 1)),
                                   WeightLayout::OutIn, {}, ctx);
        QVERIFY(ref.ok());
        QCOMPARE(s->singularValues.size(), ref->singularValues.size());
        for (std::size_t i = 0; i < s->singularValues.size(); ++i)
            QVERIFY(std::fabs(s->singularValues[i] - ref->singularValues[i]) <= 1e-5 * ref->singularValues[0]);
        // Channel 3 is zero: rank 4.
        QVERIFY(s->singularValues.back() < 1e-5 * s->singularValues.front());
    }

    void qdqExportAxis()
    {
        auto m = open(fixture());
        auto recipe = Recipe::fromJson(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 8, "granularity": "channel"}}})");
        QVERIFY(recipe.ok());
        auto plan = resolvePlan(*recipe, *m);
        QVERIFY(plan.ok());
        JobContext ctx;
        auto v = compressModel(*m, plan->plans, ctx);
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qdq.onnx"));
        auto s = writeOnnxQdq(*m, *v, path, ctx);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        onnx::ModelProto p;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(p.ParseFromArray(bytes.constData(), int(bytes.size())));
        // up2: one scale per output channel along axis 1 of [in, out, kh, kw].
        const onnx::NodeProto *dq = dequantizeOf(p.graph(), "up2.weight");
        QVERIFY(dq);
        bool axisOne = false;
        for (const auto &a : dq->attribute())
            axisOne = axisOne || (a.name() == "axis" && a.i() == 1);
        QVERIFY(axisOne);
        for (const auto &t : p.graph().initializer())
            if (t.name() == "up2.weight_scale")
                QCOMPARE(t.dims_size() == 1 ? t.dims(0) : -1, std::int64_t(5));
        // up1 (2 groups): no single axis holds its 6 output channels, so no per-axis Q/DQ.
        QVERIFY(!dequantizeOf(p.graph(), "up1.weight"));
        // What the DequantizeLinear computes is the variant's up2 exactly.
        const QString folded = dir.filePath(QStringLiteral("folded.onnx"));
        QVERIFY(foldOnnxDequantize(path, folded).ok());
        auto fm = open(folded);
        const Layer *up2 = m->layer(QStringLiteral("up2"));
        const CompressedLayer &cl = v->layers[std::size_t(up2 - m->layers.data())];
        QVERIFY(cl.encoding);
        const Tensor *exported = fm->tensor(QStringLiteral("up2.weight"));
        QVERIFY(exported);
        QCOMPARE(exported->shape(), m->weightOf(*up2)->shape());
        // Close to the original per channel: the axis put each scale on its own channel.
        const std::vector<float> orig = m->weightOf(*up2)->toFloatVector();
        const std::vector<float> back = exported->toFloatVector();
        for (std::size_t i = 0; i < orig.size(); ++i)
            QVERIFY2(std::fabs(orig[i] - back[i]) <= 1.5f / 127.0f, qPrintable(QString::number(i)));
    }

    void pareFileKeepsTheLayout()
    {
        auto m = open(fixture());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ct.pare"));
        QVERIFY(writePareModel(*m, path).ok());
        auto back = open(path);
        const Layer *up1 = back->layer(QStringLiteral("up1"));
        QVERIFY(up1);
        QCOMPARE(up1->layout, WeightLayout::ConvTransposeIOHW);
        QCOMPARE(up1->groups, 2);
        QCOMPARE(up1->outFeatures(*back->weightOf(*up1)), std::int64_t(6));
    }

    void layersWithoutALayoutReadAsBefore()
    {
        // Older files: no "layout" key means the op's default; an unknown name is an error.
        QJsonArray layers{
                QJsonObject{{QStringLiteral("name"), QStringLiteral("c")}, {QStringLiteral("op"), QStringLiteral("Conv")},
                            {QStringLiteral("weight"), 0}, {QStringLiteral("inputShape"), QJsonArray{}},
                            {QStringLiteral("outputShape"), QJsonArray{}}},
                QJsonObject{{QStringLiteral("name"), QStringLiteral("d")}, {QStringLiteral("op"), QStringLiteral("Dense")},
                            {QStringLiteral("weight"), 0}, {QStringLiteral("inputShape"), QJsonArray{}},
                            {QStringLiteral("outputShape"), QJsonArray{}}},
        };
        auto r = pareh5::layersFromJson(layers, 1, QStringLiteral("old.pare"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->at(0).layout, WeightLayout::ConvOIHW);
        QCOMPARE(r->at(1).layout, WeightLayout::OutIn);
        QJsonObject bad = layers.at(1).toObject();
        bad.insert(QStringLiteral("layout"), QStringLiteral("Sideways"));
        QVERIFY(!pareh5::layersFromJson(QJsonArray{bad}, 1, QStringLiteral("bad.pare")).ok());
    }
};

QTEST_GUILESS_MAIN(TestConvTranspose)
#include "tst_io_convtranspose.moc"
