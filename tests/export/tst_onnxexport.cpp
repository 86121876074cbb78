// SPDX-License-Identifier: GPL-3.0-or-later
// ONNX Q/DQ exports: int8/uint8 initializers with DequantizeLinear, accepted by the ONNX checker,
// holding exactly the variant's values; low-rank Gemm as two Gemms.
#include "export/onnxexport.h"
#include "exporttestutil.h"
#include "runtime/datasets.h"
#include "runtime/evaluator.h"
#include "runtime/graphexecutor.h"
#include "runtime/weightoverrides.h"

#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

using namespace pare::core;
using namespace exporttest;

namespace {

const char *const kPython = "/usr/bin/python3";

bool pythonHasOnnx()
{
    QProcess p;
    p.start(QLatin1String(kPython), {QStringLiteral("-c"), QStringLiteral("import onnx")});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// onnx.checker.check_model(full_check=True) and the initializer types, from Debian's python3-onnx.
QString checkWithOnnx(const QString &path)
{
    QProcess p;
    p.start(QLatin1String(kPython),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, onnx\n"
                            "m = onnx.load(sys.argv[1])\n"
                            "onnx.checker.check_model(m, full_check=True)\n"
                            "print(sorted(onnx.TensorProto.DataType.Name(t.data_type) for t in m.graph.initializer))\n"),
             path});
    if (!p.waitForFinished(120000))
        return QStringLiteral("timeout");
    if (p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}


ClassifierEvalResult evaluate(std::shared_ptr<const Model> m, const WeightOverrides *ov)
{
    auto ex = GraphExecutor::create(m, ov);
    if (!ex)
        qFatal("executor: %s", qPrintable(ex.error().message));
    auto ds = loadDataset(demoPath(QStringLiteral("fashion-cnn/test-1000.npz")));
    if (!ds)
        qFatal("data: %s", qPrintable(ds.error().message));
    auto x = prepareInputs(*ds, ex->input(), ex->channelsLast(), {});
    if (!x)
        qFatal("inputs: %s", qPrintable(x.error().message));
    JobContext ctx;
    auto r = evaluateClassifier(*ex, nullptr, *x, ds->labels, 100, ctx);
    if (!r)
        qFatal("eval: %s", qPrintable(r.error().message));
    return *r;
}

} // namespace

class TestOnnxExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoClassifier8BitExportsAsQdq_data()
    {
        QTest::addColumn<QString>("quantize");
        QTest::addColumn<QString>("qtype");
        QTest::newRow("int8 per channel") << R"({"bits": 8, "granularity": "channel"})" << "INT8";
        QTest::newRow("int8 per tensor") << R"({"bits": 8, "granularity": "tensor"})" << "INT8";
        QTest::newRow("uint8 asymmetric per channel") << R"({"bits": 8, "scheme": "asymmetric", "granularity": "channel"})"
                                                      << "UINT8";
        QTest::newRow("int4 per channel in int8") << R"({"bits": 4, "granularity": "channel"})" << "INT8";
    }
    void demoClassifier8BitExportsAsQdq()
    {
        QFETCH(QString, quantize);
        QFETCH(QString, qtype);
        auto m = open(demoPath(QStringLiteral("fashion-cnn/fashion_cnn.onnx")));
        const QByteArray json = (QStringLiteral(R"({"pare_recipe": 1, "defaults": {"quantize": )") + quantize
                                 + QStringLiteral("}}"))
                                        .toUtf8();
        const Variant v = compress(*m, recipe(json.constData()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qdq.onnx"));
        JobContext ctx;
        auto s = writeOnnxQdq(*m, v, path, ctx);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->quantized, 4); // conv1, conv2, fc1, fc2
        QCOMPARE(s->reconstructed, 0);
        QVERIFY(s->opsetAfter >= 13);
        // Pare reads it: the weights are int8/uint8 initializers now.
        auto q = open(path);
        const Tensor *w = q->tensor(QStringLiteral("fc1.weight_quantized"));
        QVERIFY(w);
        QCOMPARE(w->dtype(), qtype == QLatin1String("INT8") ? DType::I8 : DType::U8);
        QCOMPARE(w->shape(), m->tensor(QStringLiteral("fc1.weight"))->shape());
        // The checker accepts it.
        if (pythonHasOnnx()) {
            const QString checked = checkWithOnnx(path);
            qInfo("onnx.checker: %s", qPrintable(checked));
            QVERIFY2(!checked.startsWith(QLatin1String("FAILED")) && checked != QLatin1String("timeout"), qPrintable(checked));
            QVERIFY(checked.contains(qtype));
        } else {
            qWarning("python3-onnx is not installed: the ONNX checker step is skipped");
        }
        // What the DequantizeLinear nodes compute is exactly the variant: fold them (Pare's
        // graph executor has no DequantizeLinear) and compare with the variant's weights …
        const QString folded = dir.filePath(QStringLiteral("folded.onnx"));
        QVERIFY(foldOnnxDequantize(path, folded).ok());
        auto f = open(folded);
        auto ov = overridesFromVariant(*m, v);
        QVERIFY(ov.ok());
        for (auto it = ov->begin(); it != ov->end(); ++it) {
            const Tensor *t = f->tensor(it.key());
            QVERIFY2(t, qPrintable(it.key()));
            QCOMPARE(t->shape(), m->tensor(it.key())->shape());
            QVERIFY2(t->toFloatVector() == *it.value(), qPrintable(it.key()));
        }
        // … and Pare's graph executor on the exported graph gives the variant's accuracy.
        const ClassifierEvalResult exported = evaluate(f, nullptr);
        const ClassifierEvalResult variant = evaluate(m, &*ov);
        qInfo("accuracy: exported %.4f, variant %.4f", exported.accuracy, variant.accuracy);
        QCOMPARE(exported.correct, variant.correct);
        QCOMPARE(exported.predictions, variant.predictions);
    }

    void lowRankGemmBecomesTwoGemms()
    {
        auto m = open(demoPath(QStringLiteral("fashion-cnn/fashion_cnn.onnx")));
        const Variant v = compress(*m, recipe(R"({"pare_recipe": 1,
            "rules": [{"match": "fc1", "lowrank": {"rank": 16}},
                      {"match": "conv2", "prune": {"method": "magnitude", "sparsity": 0.5}},
                      {"match": "fc2", "quantize": {"bits": 4, "granularity": "group", "group_size": 32}}]})"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lr.onnx"));
        JobContext ctx;
        auto s = writeOnnxQdq(*m, v, path, ctx);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->factorized, 1);
        QCOMPARE(s->reconstructed, 2); // pruned conv2 as dense zeros, grouped fc2 as floats
        QCOMPARE(s->notes.size(), 2);
        auto q = open(path);
        QVERIFY(!q->tensor(QStringLiteral("fc1.weight")));
        QCOMPARE(q->tensor(QStringLiteral("fc1.weight_lowrank_in"))->shape(), (Shape{1568, 16}));
        QCOMPARE(q->tensor(QStringLiteral("fc1.weight_lowrank_out"))->shape(), (Shape{16, 128}));
        int gemms = 0;
        for (const GraphNode &n : q->graph->nodes)
            gemms += n.opType == QLatin1String("Gemm") ? 1 : 0;
        QCOMPARE(gemms, 3);
        if (pythonHasOnnx()) {
            const QString checked = checkWithOnnx(path);
            QVERIFY2(!checked.startsWith(QLatin1String("FAILED")), qPrintable(checked));
        }
        auto ov = overridesFromVariant(*m, v);
        QVERIFY(ov.ok());
        const ClassifierEvalResult exported = evaluate(q, nullptr);
        const ClassifierEvalResult variant = evaluate(m, &*ov);
        qInfo("accuracy: exported %.4f, variant %.4f", exported.accuracy, variant.accuracy);
        // Two products instead of one sum in another order: the same predictions up to ties.
        QVERIFY(std::abs(exported.accuracy - variant.accuracy) <= 0.002);
    }

    void decompressedOnnxReplacesInitializersOnly()
    {
        auto m = open(demoPath(QStringLiteral("fashion-cnn/fashion_cnn.onnx")));
        QHash<QString, std::vector<float>> values;
        values.insert(QStringLiteral("fc2.bias"), std::vector<float>(10, 0.5f));
        QTemporaryDir dir;
        JobContext ctx;
        QVERIFY(writeOnnxWithInitializers(m->path, values, dir.filePath(QStringLiteral("b.onnx")), ctx).ok());
        auto b = open(dir.filePath(QStringLiteral("b.onnx")));
        QCOMPARE(b->tensor(QStringLiteral("fc2.bias"))->toFloatVector(), std::vector<float>(10, 0.5f));
        QCOMPARE(b->tensor(QStringLiteral("fc1.weight"))->toFloatVector(), m->tensor(QStringLiteral("fc1.weight"))->toFloatVector());
        values.insert(QStringLiteral("nope"), {1.0f});
        auto bad = writeOnnxWithInitializers(m->path, values, dir.filePath(QStringLiteral("c.onnx")), ctx);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("nope")));
    }
};

QTEST_GUILESS_MAIN(TestOnnxExport)
#include "tst_onnxexport.moc"
