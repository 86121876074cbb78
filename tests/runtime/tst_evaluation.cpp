// SPDX-License-Identifier: GPL-3.0-or-later
// Data loaders, preprocessing and the evaluators (perplexity, KL, accuracy, agreement).
#include "io/modelio.h"
#include "runtime/datasets.h"
#include "runtime/evaluator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pare::core;

namespace {
// Per-byte NLL sums in double over float32 logits that match torch to ~1e-5.
constexpr double kNllTolerance = 1e-4;
constexpr double kExact = 1e-12;

QString dataPath(const QString &name)
{
    return QStringLiteral(PARE_TEST_DATA "/runtime/") + name;
}

QJsonObject expected()
{
    QFile f(dataPath(QStringLiteral("expected.json")));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject{};
}

std::shared_ptr<const Decoder> decoderFor(const QString &name, const WeightOverrides *o = nullptr)
{
    auto m = openModel(dataPath(name));
    if (!m)
        return nullptr;
    auto w = DecoderWeights::fromModel(**m, o);
    if (!w)
        return nullptr;
    return std::make_shared<Decoder>(std::make_shared<DecoderWeights>(std::move(w.value())));
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString p = dir.filePath(QLatin1String(name));
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return p;
}
} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void perplexityMatchesTorch();
    void identicalVariantHasZeroDivergence();
    void perturbedVariantDiverges();
    void evaluationCancels();
    void emptyOrTinyTextIsRefused();
    void idxImagesAndLabels();
    void classifierAccuracyAndAgreement();
    void csvAndNpyLoaders();
    void badDataIsRefused_data();
    void badDataIsRefused();
    void preprocessingScalesAndTransposes();
};

void TestEvaluation::perplexityMatchesTorch()
{
    auto dec = decoderFor(QStringLiteral("gpt2-tiny"));
    QVERIFY(dec);
    auto text = loadText(dataPath(QStringLiteral("text.txt")));
    QVERIFY(text.ok());
    JobContext ctx;
    auto r = evaluateLanguageModel(*dec, nullptr, *text, {}, ctx);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const QJsonObject ref = expected().value(QStringLiteral("gpt2-tiny")).toObject();
    QCOMPARE(r->predictions, ref.value(QStringLiteral("text_predictions")).toInteger());
    QCOMPARE(r->window, 32);
    QCOMPARE(r->windows, (r->predictions + 31) / 32);
    const double want = ref.value(QStringLiteral("text_mean_nll")).toDouble();
    QVERIFY2(std::abs(r->meanNll - want) < kNllTolerance, qPrintable(QStringLiteral("%1 vs %2").arg(r->meanNll).arg(want)));
    QVERIFY(std::abs(r->perplexity - std::exp(want)) / std::exp(want) < 1e-3);
    QVERIFY(std::abs(r->bitsPerByte - r->meanNll / std::log(2.0)) < kExact);
    QVERIFY(!r->compared);
}

void TestEvaluation::identicalVariantHasZeroDivergence()
{
    auto a = decoderFor(QStringLiteral("gpt2-tiny"));
    auto b = decoderFor(QStringLiteral("gpt2-tiny"));
    QVERIFY(a && b);
    auto text = loadText(dataPath(QStringLiteral("text.txt")));
    JobContext ctx;
    auto r = evaluateLanguageModel(*a, b.get(), *text, {}, ctx);
    QVERIFY(r.ok());
    QVERIFY(r->compared);
    QCOMPARE(r->variantMeanNll, r->meanNll);
    QVERIFY(r->meanKl < kExact);
    QVERIFY(r->p99Kl < kExact);
    QCOMPARE(r->sameTopRate, 1.0);
    QVERIFY(r->logits.relativeError < kExact);
    QVERIFY(std::abs(r->logits.cosine - 1.0) < 1e-9);
}

void TestEvaluation::perturbedVariantDiverges()
{
    auto model = openModel(dataPath(QStringLiteral("gpt2-tiny")));
    QVERIFY(model.ok());
    const QString name = QStringLiteral("transformer.h.0.mlp.c_fc.weight");
    std::vector<float> w = (*model)->tensor(name)->toFloatVector();
    for (std::size_t i = 0; i < w.size(); i += 2)
        w[i] = 0.0f; // half the weights pruned
    WeightOverrides o;
    o.insert(name, std::make_shared<const std::vector<float>>(std::move(w)));
    auto a = decoderFor(QStringLiteral("gpt2-tiny"));
    auto b = decoderFor(QStringLiteral("gpt2-tiny"), &o);
    QVERIFY(a && b);
    auto text = loadText(dataPath(QStringLiteral("text.txt")));
    JobContext ctx;
    LmEvalOptions opt;
    opt.window = 16;
    auto r = evaluateLanguageModel(*a, b.get(), *text, opt, ctx);
    QVERIFY(r.ok());
    QCOMPARE(r->window, 16);
    QVERIFY(r->meanKl > 1e-4);
    QVERIFY(r->p99Kl >= r->meanKl);
    QVERIFY(r->maxKl >= r->p99Kl);
    QVERIFY(r->sameTopRate < 1.0 && r->sameTopRate > 0.0);
    QVERIFY(r->logits.relativeError > 0.0);
    QVERIFY(r->logits.cosine < 1.0);
    QVERIFY(r->variantMeanNll != r->meanNll);
}

void TestEvaluation::evaluationCancels()
{
    auto a = decoderFor(QStringLiteral("gpt2-tiny"));
    QVERIFY(a);
    auto text = loadText(dataPath(QStringLiteral("text.txt")));
    JobContext ctx;
    ctx.requestCancel();
    auto r = evaluateLanguageModel(*a, nullptr, *text, {}, ctx);
    QVERIFY(r.isCanceled());
}

void TestEvaluation::emptyOrTinyTextIsRefused()
{
    QTemporaryDir dir;
    const QString empty = writeFile(dir, "empty.txt", {});
    auto t = loadText(empty);
    QVERIFY(!t.ok());
    QVERIFY(t.error().message.contains(empty));
    auto dec = decoderFor(QStringLiteral("gpt2-tiny"));
    JobContext ctx;
    auto r = evaluateLanguageModel(*dec, nullptr, QByteArray("x"), {}, ctx);
    QVERIFY(!r.ok());
    auto llama = decoderFor(QStringLiteral("llama-tiny"));
    auto r2 = evaluateLanguageModel(*llama, nullptr, QByteArray("hello"), {}, ctx);
    QVERIFY(!r2.ok()); // vocabulary of 64 cannot take bytes
    QVERIFY(r2.error().message.contains(QStringLiteral("256")));
}

void TestEvaluation::idxImagesAndLabels()
{
    auto ds = loadDataset(dataPath(QStringLiteral("images.idx4-ubyte.gz")), dataPath(QStringLiteral("labels.idx1-ubyte")));
    QVERIFY2(ds.ok(), ds.ok() ? "" : qPrintable(ds.error().message));
    QCOMPARE(ds->inputs.shape, (Shape{6, 3, 9, 9}));
    QVERIFY(ds->inputsWereBytes);
    const QJsonArray labels = expected().value(QStringLiteral("ops")).toObject().value(QStringLiteral("labels")).toArray();
    QCOMPARE(std::int64_t(ds->labels.size()), std::int64_t(labels.size()));
    for (int i = 0; i < labels.size(); ++i)
        QCOMPARE(ds->labels[std::size_t(i)], std::int64_t(labels[i].toInt()));
    for (float v : ds->inputs.data)
        QVERIFY(v >= 0 && v <= 255 && v == std::floor(v));
}

void TestEvaluation::classifierAccuracyAndAgreement()
{
    auto model = openModel(dataPath(QStringLiteral("ops.onnx")));
    QVERIFY(model.ok());
    auto ex = GraphExecutor::create(model.value());
    QVERIFY(ex.ok());
    auto ds = loadDataset(dataPath(QStringLiteral("images.idx4-ubyte.gz")), dataPath(QStringLiteral("labels.idx1-ubyte")));
    QVERIFY(ds.ok());
    auto x = prepareInputs(*ds, ex->input(), ex->channelsLast(), {});
    QVERIFY2(x.ok(), x.ok() ? "" : qPrintable(x.error().message));
    JobContext ctx;
    auto r = evaluateClassifier(*ex, &*ex, *x, ds->labels, 4, ctx);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const QJsonArray pred = expected().value(QStringLiteral("ops")).toObject().value(QStringLiteral("predictions")).toArray();
    for (int i = 0; i < pred.size(); ++i)
        QCOMPARE(r->predictions[std::size_t(i)], std::int64_t(pred[i].toInt()));
    QCOMPARE(r->correct, std::int64_t(4));
    QCOMPARE(r->accuracy, 4.0 / 6.0);
    QCOMPARE(r->top1Agreement, 1.0);
    QCOMPARE(r->variantAccuracy, r->accuracy);
    QVERIFY(r->outputs.relativeError < kExact);
    // Labels beyond the model's classes are refused.
    std::vector<std::int64_t> bad = ds->labels;
    bad[0] = 99;
    QVERIFY(!evaluateClassifier(*ex, nullptr, *x, bad, 4, ctx).ok());
}

void TestEvaluation::csvAndNpyLoaders()
{
    QTemporaryDir dir;
    const QString csv = writeFile(dir, "d.csv", "a,b,c,label\n1,2,3,0\n4,5,6,2\n# comment\n7,8,9,1\n");
    auto ds = loadDataset(csv);
    QVERIFY2(ds.ok(), ds.ok() ? "" : qPrintable(ds.error().message));
    QCOMPARE(ds->inputs.shape, (Shape{3, 3}));
    QCOMPARE(ds->inputs.data, (std::vector<float>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
    QCOMPARE(ds->labels, (std::vector<std::int64_t>{0, 2, 1}));
    auto first = loadDataset(csv, {}, 0);
    QVERIFY(first.ok());
    QCOMPARE(first->labels, (std::vector<std::int64_t>{1, 4, 7}));
    const QString labels = writeFile(dir, "l.txt", "0\n2\n1\n");
    const QString feats = writeFile(dir, "f.csv", "1,2\n3,4\n5,6\n");
    auto separate = loadDataset(feats, labels);
    QVERIFY2(separate.ok(), separate.ok() ? "" : qPrintable(separate.error().message));
    QCOMPARE(separate->inputs.shape, (Shape{3, 2}));
    QCOMPARE(separate->labels, (std::vector<std::int64_t>{0, 2, 1}));
    const QString short_ = writeFile(dir, "s.txt", "0\n2\n");
    QVERIFY(!loadDataset(feats, short_).ok()); // 2 labels for 3 examples
    auto npy = loadDataset(QStringLiteral(PARE_TEST_DATA "/numpy/fc1_weight.npy"));
    QVERIFY2(npy.ok(), npy.ok() ? "" : qPrintable(npy.error().message));
    QVERIFY(npy->labels.empty());
    auto ops = loadDataset(dataPath(QStringLiteral("ops_io.npz")));
    QVERIFY(ops.ok());
    QCOMPARE(ops->inputs.shape, (Shape{5, 3, 9, 9}));
    QVERIFY(!ops->inputsWereBytes);
}

void TestEvaluation::badDataIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("needle");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("ragged csv") << QByteArray("1,2,0\n1,2,3,0\n") << "line 2";
    QTest::newRow("text in csv") << QByteArray("1,2,0\n1,x,0\n") << "line 2";
    QTest::newRow("fractional label") << QByteArray("1,2,0.5\n") << "label";
    QTest::newRow("idx truncated") << QByteArray("\x00\x00\x08\x02\x00\x00\x00\x02\x00\x00\x00\x02\x01", 13) << "data bytes";
    QTest::newRow("idx bad type") << QByteArray("\x00\x00\x07\x01\x00\x00\x00\x01\x01", 9) << "type";
    QTest::newRow("gzip corrupt") << QByteArray("\x1f\x8b\x08\x00garbagegarbage", 18) << "gzip";
}

void TestEvaluation::badDataIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, needle);
    QTemporaryDir dir;
    const QString p = writeFile(dir, "bad.dat", bytes);
    auto ds = loadDataset(p);
    QVERIFY(!ds.ok());
    QVERIFY2(ds.error().message.contains(p), qPrintable(ds.error().message));
    QVERIFY2(ds.error().message.contains(needle), qPrintable(ds.error().message));
}

void TestEvaluation::preprocessingScalesAndTransposes()
{
    Dataset ds;
    ds.source = QStringLiteral("mem");
    ds.inputsWereBytes = true;
    ds.inputs.shape = {1, 2, 2, 3}; // NHWC, 3 channels
    for (int i = 0; i < 12; ++i)
        ds.inputs.data.push_back(float(i * 10));
    GraphValue nchw{QStringLiteral("x"), DType::F32, {-1, 3, 2, 2}};
    Preprocess p;
    p.mean = {0.0f, 0.1f, 0.2f};
    p.std = {1.0f, 2.0f, 4.0f};
    auto r = prepareInputs(ds, nchw, false, p);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->shape, (Shape{1, 3, 2, 2}));
    // Channel 1 of pixel 0 is raw 10 → (10/255 − 0.1) / 2.
    QVERIFY(std::abs(r->data[4] - float((10.0 / 255.0 - 0.1) / 2.0)) < 1e-6f);
    // Channel 2 of pixel 3 is raw 110 → (110/255 − 0.2) / 4.
    QVERIFY(std::abs(r->data[11] - float((110.0 / 255.0 - 0.2) / 4.0)) < 1e-6f);
    p.scale = 1.0;
    p.mean = {};
    p.std = {};
    auto same = prepareInputs(ds, GraphValue{QStringLiteral("x"), DType::F32, {-1, 2, 2, 3}}, true, p);
    QVERIFY(same.ok());
    QCOMPARE(same->data, ds.inputs.data);
    p.mean = {1, 2};
    QVERIFY(!prepareInputs(ds, nchw, false, p).ok()); // two means for three channels
    p.mean = {};
    auto wrong = prepareInputs(ds, GraphValue{QStringLiteral("x"), DType::F32, {-1, 1, 28, 28}}, false, p);
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.error().message.contains(QStringLiteral("1×28×28")) || wrong.error().message.contains(QStringLiteral("28")));
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
