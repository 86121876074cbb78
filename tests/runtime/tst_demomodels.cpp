// SPDX-License-Identifier: GPL-3.0-or-later
// The proof the executors are right: Pare's evaluation of the bundled demo models reproduces
// the figures the training script measured with torch (resources/demo/*/reference.json).
// Skipped, with a message, while the demo files are not there yet.
#include "io/modelio.h"
#include "runtime/datasets.h"
#include "runtime/evaluator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace pare::core;

namespace {
constexpr double kRelativeFigure = 0.005;  // the brief: within 0.5 % relative
constexpr double kNllAbsolute = 1e-4;      // reference.json: NLL agrees to ~1e-5 in float32
constexpr double kLogitAbsolute = 1e-3;    // reference.json: logits to ~1e-4 (rounded to 1e-6)

QString demo(const QString &rel)
{
    return QStringLiteral(PARE_SOURCE_DIR "/resources/demo/") + rel;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject{};
}
} // namespace

class TestDemoModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demosLoadWithTheirParameterCounts_data();
    void demosLoadWithTheirParameterCounts();
    void kjvGpt2Perplexity();
    void fashionCnnAccuracy_data();
    void fashionCnnAccuracy();
};

void TestDemoModels::demosLoadWithTheirParameterCounts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reference");
    QTest::newRow("kjv-gpt2") << demo(QStringLiteral("kjv-gpt2")) << demo(QStringLiteral("kjv-gpt2/reference.json"));
    QTest::newRow("fashion onnx") << demo(QStringLiteral("fashion-cnn/fashion_cnn.onnx"))
                                  << demo(QStringLiteral("fashion-cnn/reference.json"));
    QTest::newRow("fashion keras") << demo(QStringLiteral("fashion-cnn/fashion_cnn.h5"))
                                   << demo(QStringLiteral("fashion-cnn/reference.json"));
}

// Every demo opens, and holds exactly the parameters its reference and both READMEs state.
void TestDemoModels::demosLoadWithTheirParameterCounts()
{
    QFETCH(QString, path);
    QFETCH(QString, reference);
    const QJsonObject ref = readJson(reference);
    if (ref.isEmpty())
        QSKIP("the demo files are not there yet");
    auto model = openModel(path);
    QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().message));
    const qint64 expected = qint64(ref.value(QStringLiteral("parameters")).toDouble());
    QVERIFY(expected > 0);
    QCOMPARE(qint64((*model)->parameterCount()), expected);
    const QString withCommas = QLocale(QLocale::English).toString(expected);
    for (const char *readme : {PARE_SOURCE_DIR "/README.md", PARE_SOURCE_DIR "/resources/demo/README.md"}) {
        QFile f(QString::fromUtf8(readme));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(QString::fromUtf8(f.readAll()).contains(withCommas), qPrintable(QStringLiteral("%1 not in %2").arg(withCommas, QString::fromUtf8(readme))));
    }
}

void TestDemoModels::kjvGpt2Perplexity()
{
    const QString dir = demo(QStringLiteral("kjv-gpt2"));
    const QJsonObject ref = readJson(dir + QStringLiteral("/reference.json"));
    if (ref.isEmpty() || !QFileInfo::exists(dir + QStringLiteral("/model.safetensors"))
        || !QFileInfo::exists(dir + QStringLiteral("/validation.txt")))
        QSKIP("resources/demo/kjv-gpt2 is not there yet (model.safetensors, validation.txt, reference.json)");
    auto model = openModel(dir);
    QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().message));
    auto w = DecoderWeights::fromModel(**model);
    QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
    Decoder dec(std::make_shared<DecoderWeights>(std::move(w.value())));
    auto text = loadText(dir + QStringLiteral("/validation.txt"));
    QVERIFY(text.ok());

    // Exact logits of window 0's last position and the top-1 bytes of the first windows.
    const int window = ref.value(QStringLiteral("protocol")).toObject().value(QStringLiteral("window")).toInt(128);
    std::vector<std::int32_t> tokens;
    for (int i = 0; i < window && i + 1 < text->size(); ++i)
        tokens.push_back(std::uint8_t((*text)[i]));
    auto logits = dec.logits(tokens);
    QVERIFY(logits.ok());
    const int vocab = dec.config().vocab;
    const float *last = logits->data() + (tokens.size() - 1) * std::size_t(vocab);
    const QJsonArray first8 = ref.value(QStringLiteral("window0_last_position_logits_first8")).toArray();
    QVERIFY(!first8.isEmpty());
    for (int j = 0; j < first8.size(); ++j)
        QVERIFY2(std::abs(last[j] - first8[j].toDouble()) < kLogitAbsolute,
                 qPrintable(QStringLiteral("logit %1: %2 vs %3").arg(j).arg(last[j]).arg(first8[j].toDouble())));
    for (const QJsonValue &v : ref.value(QStringLiteral("last_position_top1_first3_windows")).toArray()) {
        const QJsonObject e = v.toObject();
        const int k = e.value(QStringLiteral("window")).toInt();
        std::vector<std::int32_t> t;
        for (int i = 0; i <= e.value(QStringLiteral("position")).toInt(); ++i)
            t.push_back(std::uint8_t((*text)[k * window + i]));
        auto lg = dec.logits(t);
        QVERIFY(lg.ok());
        const float *row = lg->data() + (t.size() - 1) * std::size_t(vocab);
        QCOMPARE(int(std::max_element(row, row + vocab) - row), e.value(QStringLiteral("top1_byte")).toInt());
    }

    // The headline figure over the whole validation text.
    JobContext ctx;
    LmEvalOptions opt;
    opt.window = window;
    auto r = evaluateLanguageModel(dec, nullptr, *text, opt, ctx);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->predictions, std::int64_t(ref.value(QStringLiteral("num_predictions")).toInteger()));
    QCOMPARE(r->windows, std::int64_t(ref.value(QStringLiteral("num_windows")).toInteger()));
    const double nll = ref.value(QStringLiteral("mean_nll_nats_per_byte")).toDouble();
    const double ppl = ref.value(QStringLiteral("perplexity")).toDouble();
    qInfo("kjv-gpt2: Pare %.6f nats/byte, perplexity %.4f; reference %.6f, %.4f", r->meanNll, r->perplexity, nll, ppl);
    QVERIFY(std::abs(r->perplexity - ppl) / ppl < kRelativeFigure);
    QVERIFY(std::abs(r->meanNll - nll) < kNllAbsolute);
}

void TestDemoModels::fashionCnnAccuracy_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("labels");
    QTest::newRow("onnx, npz") << "fashion_cnn.onnx" << "test-1000.npz" << "";
    QTest::newRow("onnx, idx.gz") << "fashion_cnn.onnx" << "test-1000-images.idx3-ubyte.gz" << "test-1000-labels.idx1-ubyte.gz";
    QTest::newRow("keras h5 (NHWC), npz") << "fashion_cnn.h5" << "test-1000.npz" << "";
}

void TestDemoModels::fashionCnnAccuracy()
{
    QFETCH(QString, model);
    QFETCH(QString, data);
    QFETCH(QString, labels);
    const QString dir = demo(QStringLiteral("fashion-cnn/"));
    const QJsonObject ref = readJson(dir + QStringLiteral("reference.json"));
    if (ref.isEmpty() || !QFileInfo::exists(dir + model) || !QFileInfo::exists(dir + data))
        QSKIP("resources/demo/fashion-cnn is not there yet");
    auto m = openModel(dir + model);
    if (!m.ok() && model.endsWith(QLatin1String(".h5")))
        QSKIP(qPrintable(QStringLiteral("the Keras reader cannot open the demo file yet: ") + m.error().message));
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
    auto ex = GraphExecutor::create(m.value());
    QVERIFY2(ex.ok(), ex.ok() ? "" : qPrintable(ex.error().message));
    auto ds = loadDataset(dir + data, labels.isEmpty() ? QString() : dir + labels);
    QVERIFY2(ds.ok(), ds.ok() ? "" : qPrintable(ds.error().message));
    auto x = prepareInputs(*ds, ex->input(), ex->channelsLast(), {}); // default: uint8 / 255
    QVERIFY2(x.ok(), x.ok() ? "" : qPrintable(x.error().message));
    JobContext ctx;
    auto r = evaluateClassifier(*ex, nullptr, *x, ds->labels, 100, ctx);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const double acc = ref.value(QStringLiteral("accuracy_test_first_1000")).toDouble();
    qInfo("%s: accuracy %.4f, reference %.4f", qPrintable(model), r->accuracy, acc);
    QVERIFY(std::abs(r->accuracy - acc) / acc < kRelativeFigure);
    QCOMPARE(r->correct, std::int64_t(ref.value(QStringLiteral("correct_test_first_1000")).toInteger()));
    const QJsonArray first10 = ref.value(QStringLiteral("first_10_predictions")).toArray();
    for (int i = 0; i < first10.size(); ++i)
        QCOMPARE(r->predictions[std::size_t(i)], std::int64_t(first10[i].toInt()));
    // image 0's exact logits
    GTensor one;
    one.shape = x->shape;
    one.shape[0] = 1;
    const std::size_t per = x->data.size() / std::size_t(x->shape[0]);
    one.data.assign(x->data.begin(), x->data.begin() + long(per));
    auto y = ex->run(one);
    QVERIFY(y.ok());
    const QJsonArray l0 = ref.value(QStringLiteral("image0_logits")).toArray();
    QCOMPARE(qsizetype(y->data.size()), l0.size());
    for (int j = 0; j < l0.size(); ++j)
        QVERIFY2(std::abs(y->data[std::size_t(j)] - l0[j].toDouble()) < kLogitAbsolute,
                 qPrintable(QStringLiteral("logit %1: %2 vs %3").arg(j).arg(y->data[std::size_t(j)]).arg(l0[j].toDouble())));
}

QTEST_GUILESS_MAIN(TestDemoModels)
#include "tst_demomodels.moc"
