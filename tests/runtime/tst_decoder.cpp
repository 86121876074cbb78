// SPDX-License-Identifier: GPL-3.0-or-later
// The decoder against logits computed by an independent torch forward pass
// (tools/fixtures/make_runtime_fixtures.py), for GPT-2 and Llama, HF and GGUF.
#include "io/modelio.h"
#include "runtime/decoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pare::core;

namespace {
// float32 forward passes of a few layers agree with torch to ~1e-5 relative; logits are O(1–10).
constexpr double kLogitTolerance = 2e-4;
// Incremental decoding with the KV cache performs the same arithmetic in a different grouping.
constexpr double kCacheTolerance = 1e-4;

QString dataPath(const QString &name)
{
    return QStringLiteral(PARE_TEST_DATA "/runtime/") + name;
}

QJsonObject expected()
{
    QFile f(dataPath(QStringLiteral("expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::shared_ptr<Model> open(const QString &name)
{
    auto m = openModel(dataPath(name));
    if (!m)
        qWarning("%s", qPrintable(m.error().message));
    return m ? m.value() : nullptr;
}

std::vector<std::int32_t> tokensOf(const QJsonObject &ref)
{
    std::vector<std::int32_t> t;
    for (const QJsonValue &v : ref.value(QStringLiteral("tokens")).toArray())
        t.push_back(v.toInt());
    return t;
}
} // namespace

class TestDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logitsMatchTorch_data();
    void logitsMatchTorch();
    void kvCacheMatchesFullForward();
    void ggufLlamaMatchesHf();
    void overrideChangesOnlyThatWeight();
    void rejectsBadTokensAndPositions();
    void rejectsUnknownArchitecture();
};

void TestDecoder::logitsMatchTorch_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("arch");
    QTest::newRow("gpt2 gelu_new tied, transformer. prefix") << "gpt2-tiny" << "gpt2-tiny" << int(DecoderArch::Gpt2);
    QTest::newRow("gpt2 exact gelu, untied head") << "gpt2-gelu" << "gpt2-gelu" << int(DecoderArch::Gpt2);
    QTest::newRow("llama GQA hf") << "llama-tiny" << "llama-tiny" << int(DecoderArch::Llama);
    QTest::newRow("llama GQA gguf") << "llama-tiny.gguf" << "llama-tiny" << int(DecoderArch::Llama);
}

void TestDecoder::logitsMatchTorch()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(int, arch);
    auto model = open(path);
    QVERIFY(model);
    auto w = DecoderWeights::fromModel(*model);
    QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
    QCOMPARE(int(w->config.arch), arch);
    const QJsonObject ref = expected().value(key).toObject();
    QVERIFY(!ref.isEmpty());
    const auto tokens = tokensOf(ref);
    Decoder dec(std::make_shared<DecoderWeights>(std::move(w.value())));
    auto logits = dec.logits(tokens);
    QVERIFY2(logits.ok(), logits.ok() ? "" : qPrintable(logits.error().message));
    const int vocab = dec.config().vocab;
    const QJsonArray rows = ref.value(QStringLiteral("rows")).toArray();
    const QJsonArray values = ref.value(QStringLiteral("logits")).toArray();
    QCOMPARE(rows.size(), values.size());
    double worst = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonArray row = values[r].toArray();
        QCOMPARE(row.size(), vocab);
        for (int j = 0; j < vocab; ++j) {
            const double got = (*logits)[std::size_t(rows[r].toInt()) * std::size_t(vocab) + std::size_t(j)];
            worst = std::max(worst, std::abs(got - row[j].toDouble()));
        }
    }
    QVERIFY2(worst < kLogitTolerance, qPrintable(QStringLiteral("max |logit diff| %1").arg(worst)));
}

void TestDecoder::kvCacheMatchesFullForward()
{
    for (const char *name : {"gpt2-tiny", "llama-tiny"}) {
        auto model = open(QLatin1String(name));
        QVERIFY(model);
        auto w = DecoderWeights::fromModel(*model);
        QVERIFY(w.ok());
        Decoder dec(std::make_shared<DecoderWeights>(std::move(w.value())));
        const auto tokens = tokensOf(expected().value(QLatin1String(name)).toObject());
        auto full = dec.logits(tokens);
        QVERIFY(full.ok());
        // Prompt of 5 tokens, then one token at a time.
        KvCache cache = dec.newCache(int(tokens.size()));
        const int vocab = dec.config().vocab;
        std::vector<float> step(tokens.size() * std::size_t(vocab));
        QVERIFY(dec.forward(std::span(tokens).first(5), cache, step.data()).ok());
        for (std::size_t t = 5; t < tokens.size(); ++t)
            QVERIFY(dec.forward(std::span(tokens).subspan(t, 1), cache, step.data() + t * std::size_t(vocab)).ok());
        QCOMPARE(cache.length, int(tokens.size()));
        double worst = 0;
        for (std::size_t i = 0; i < step.size(); ++i)
            worst = std::max(worst, double(std::abs(step[i] - (*full)[i])));
        QVERIFY2(worst < kCacheTolerance, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name)).arg(worst)));
    }
}

void TestDecoder::ggufLlamaMatchesHf()
{
    auto hf = open(QStringLiteral("llama-tiny"));
    auto gg = open(QStringLiteral("llama-tiny.gguf"));
    QVERIFY(hf && gg);
    auto wh = DecoderWeights::fromModel(*hf);
    auto wg = DecoderWeights::fromModel(*gg);
    QVERIFY(wh.ok() && wg.ok());
    QVERIFY(!wh->config.ropeInterleaved);
    QVERIFY(wg->config.ropeInterleaved);
    QCOMPARE(wg->config.kvHeads, 2);
    QCOMPARE(wg->config.heads, 4);
    const auto tokens = tokensOf(expected().value(QStringLiteral("llama-tiny")).toObject());
    auto a = Decoder(std::make_shared<DecoderWeights>(std::move(wh.value()))).logits(tokens);
    auto b = Decoder(std::make_shared<DecoderWeights>(std::move(wg.value()))).logits(tokens);
    QVERIFY(a.ok() && b.ok());
    double worst = 0;
    for (std::size_t i = 0; i < a->size(); ++i)
        worst = std::max(worst, double(std::abs((*a)[i] - (*b)[i])));
    QVERIFY2(worst < kCacheTolerance, qPrintable(QString::number(worst)));
}

void TestDecoder::overrideChangesOnlyThatWeight()
{
    auto model = open(QStringLiteral("gpt2-tiny"));
    QVERIFY(model);
    const QString name = QStringLiteral("transformer.h.1.mlp.c_proj.weight");
    const Tensor *t = model->tensor(name);
    QVERIFY(t);
    // Identity override (the same values) gives identical logits; zeroing the weight differs.
    WeightOverrides same, zero;
    same.insert(name, std::make_shared<const std::vector<float>>(t->toFloatVector()));
    zero.insert(name, std::make_shared<const std::vector<float>>(std::size_t(t->numel()), 0.0f));
    const auto tokens = tokensOf(expected().value(QStringLiteral("gpt2-tiny")).toObject());
    auto base = Decoder(std::make_shared<DecoderWeights>(DecoderWeights::fromModel(*model).value())).logits(tokens);
    auto s = Decoder(std::make_shared<DecoderWeights>(DecoderWeights::fromModel(*model, &same).value())).logits(tokens);
    auto z = Decoder(std::make_shared<DecoderWeights>(DecoderWeights::fromModel(*model, &zero).value())).logits(tokens);
    QVERIFY(base.ok() && s.ok() && z.ok());
    QCOMPARE(*s, *base);
    double diff = 0;
    for (std::size_t i = 0; i < base->size(); ++i)
        diff = std::max(diff, double(std::abs((*z)[i] - (*base)[i])));
    QVERIFY(diff > 1e-2);
    // A wrong-sized override is refused with the tensor's name.
    WeightOverrides bad;
    bad.insert(name, std::make_shared<const std::vector<float>>(3, 0.0f));
    auto r = DecoderWeights::fromModel(*model, &bad);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(name));
}

void TestDecoder::rejectsBadTokensAndPositions()
{
    auto model = open(QStringLiteral("gpt2-tiny"));
    QVERIFY(model);
    Decoder dec(std::make_shared<DecoderWeights>(DecoderWeights::fromModel(*model).value()));
    const std::vector<std::int32_t> badToken{1, 2, 300};
    auto r = dec.logits(badToken);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("300")));
    const std::vector<std::int32_t> tooLong(std::size_t(dec.config().context) + 1, 5);
    auto r2 = dec.logits(tooLong);
    QVERIFY(!r2.ok());
    QVERIFY(r2.error().message.contains(QStringLiteral("context")));
}

void TestDecoder::rejectsUnknownArchitecture()
{
    auto model = openModel(QStringLiteral(PARE_TEST_DATA "/safetensors/mlp.safetensors"));
    QVERIFY(model.ok());
    QVERIFY(!DecoderWeights::supports(**model));
    auto r = DecoderWeights::fromModel(**model);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Unsupported);
}

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
