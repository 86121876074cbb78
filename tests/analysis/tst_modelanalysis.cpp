// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysiscache.h"
#include "analysis/analysisjson.h"
#include "analysis/modelanalysis.h"
#include "jobs/jobrunner.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <cmath>
#include <random>

using namespace pare::core;

namespace {

constexpr qint64 kCancelLatencyMs = 100;

std::vector<float> normal(std::size_t n, std::uint64_t seed, float sigma = 0.02f)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> d(0.0f, sigma);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

// A clean model: two dense layers of Gaussian weights, no finding expected.
Model cleanModel()
{
    Model m;
    m.tensors.push_back(Tensor::fromFloats(QStringLiteral("fc1.weight"), {64, 128}, normal(64 * 128, 1)));
    m.tensors.push_back(Tensor::fromFloats(QStringLiteral("fc1.bias"), {64}, normal(64, 2)));
    m.tensors.push_back(Tensor::fromFloats(QStringLiteral("fc2.weight"), {10, 64}, normal(640, 3)));
    Layer a;
    a.name = QStringLiteral("fc1");
    a.op = OpKind::Dense;
    a.weight = 0;
    a.bias = 1;
    Layer b;
    b.name = QStringLiteral("fc2");
    b.op = OpKind::Dense;
    b.weight = 2;
    m.layers = {a, b};
    m.reindex();
    return m;
}

// The clean model with one tensor replaced.
Model withWeight(std::vector<float> values, Shape shape = {64, 128})
{
    Model m = cleanModel();
    m.tensors[0] = Tensor::fromFloats(QStringLiteral("fc1.weight"), std::move(shape), std::move(values));
    return m;
}

QStringList rulesOf(const ModelAnalysis &a)
{
    QStringList rules;
    for (const LintWarning &w : a.lint)
        rules << w.rule;
    return rules;
}

} // namespace

Q_DECLARE_METATYPE(pare::core::Model)

class TestModelAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lintRules_data()
    {
        QTest::addColumn<Model>("model");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("mentions"); // the figure the message must quote
        QTest::newRow("clean") << cleanModel() << QString() << QString();
        {
            auto v = normal(64 * 128, 1);
            for (int k = 0; k < 128; ++k) v[std::size_t(5 * 128 + k)] = v[std::size_t(9 * 128 + k)] = 0.0f;
            QTest::newRow("dead channels") << withWeight(v) << lintrule::deadChannels << QStringLiteral("2 of 64");
        }
        {
            auto v = normal(64 * 128, 1);
            v[std::size_t(3 * 128 + 7)] = 5.0f; // one channel's |w|max ≫ 10 × the median (~0.06)
            QTest::newRow("outlier channel") << withWeight(v) << lintrule::outlierChannels << QStringLiteral("channel 3");
        }
        {
            auto v = normal(64 * 128, 1);
            for (std::size_t i = 0; i < v.size(); i += 97) v[i] *= 40.0f; // rare huge values
            QTest::newRow("high kurtosis") << withWeight(v) << lintrule::highKurtosis << QStringLiteral("kurtosis");
        }
        {
            auto v = normal(64 * 128, 1);
            for (std::size_t i = 0; i < v.size(); ++i) if (i % 3 != 0) v[i] = 0.0f;
            QTest::newRow("sparse") << withWeight(v) << lintrule::alreadySparse << QStringLiteral("66.7 %");
        }
        {
            auto v = normal(64 * 128, 1);
            for (float &x : v) x = std::round(x / 0.01f) * 0.01f; // a handful of levels
            QTest::newRow("quantized") << withWeight(v) << lintrule::alreadyQuantized << QStringLiteral("distinct values");
        }
        {
            auto v = normal(64 * 128, 1);
            v[17] = NAN;
            v[18] = INFINITY;
            QTest::newRow("nan inf") << withWeight(v) << lintrule::nanInf << QStringLiteral("1 NaN and 1 Inf");
        }
        {
            Model m = cleanModel();
            m.tensors.push_back(Tensor::fromFloats(QStringLiteral("lm_head.weight"), {64, 128}, normal(64 * 128, 1)));
            m.reindex();
            QTest::newRow("duplicate") << m << lintrule::duplicateTensors << QStringLiteral("'fc1.weight', 'lm_head.weight'");
        }
    }
    void lintRules()
    {
        QFETCH(Model, model);
        QFETCH(QString, rule);
        QFETCH(QString, mentions);
        AnalysisOptions opt;
        JobContext ctx;
        auto r = analyzeModel(model, opt, ctx);
        QVERIFY(r.ok());
        const QStringList rules = rulesOf(*r);
        if (rule.isEmpty()) {
            QVERIFY2(rules.isEmpty(), qPrintable(rules.join(QLatin1Char(','))));
            return;
        }
        // An outlier channel is also a heavy tail of the whole tensor; other fixtures trip one rule.
        QVERIFY2(rules.contains(rule), qPrintable(rules.join(QLatin1Char(','))));
        if (rule != lintrule::outlierChannels)
            QCOMPARE(rules.size(), 1);
        const LintWarning &w = r->lint[std::size_t(rules.indexOf(rule))];
        QVERIFY2(w.message.contains(mentions), qPrintable(w.message));
        QVERIFY(w.message.contains(QStringLiteral("fc1")));
    }

    void summaryShares()
    {
        const Model m = cleanModel();
        JobContext ctx;
        auto r = analyzeModel(m, {}, ctx);
        QVERIFY(r.ok());
        const ModelSummary &s = r->summary;
        QCOMPARE(s.parameters, std::int64_t(64 * 128 + 64 + 640));
        QCOMPARE(s.bytes, 4 * s.parameters);
        QCOMPARE(s.byDtype.size(), std::size_t(1));
        QCOMPARE(s.byDtype[0].dtype, QStringLiteral("F32"));
        QCOMPARE(s.layerShares.size(), std::size_t(2));
        double share = 0;
        for (const LayerShare &l : s.layerShares)
            share += l.parameterShare;
        QVERIFY(std::fabs(share - 1.0) < 1e-12); // every tensor belongs to a layer
        QCOMPARE(r->tensors.size(), std::size_t(3));
        QCOMPARE(r->stats(QStringLiteral("fc2.weight"))->count, std::int64_t(640));
        QCOMPARE(r->channelsOf(QStringLiteral("fc1"))->channels, std::int64_t(64));
    }

    void cacheHitsAndJsonRoundTrip()
    {
        Model m = cleanModel();
        AnalysisCache cache;
        AnalysisOptions opt;
        opt.cache = &cache;
        JobContext ctx;
        auto first = analyzeModel(m, opt, ctx);
        QVERIFY(first.ok());
        QCOMPARE(cache.size(), 3 + 2); // three tensors, two layers' channels
        // Second run: no bytes streamed, so no progress reported before the final 1.0.
        std::vector<double> seen;
        JobContext watch([&](double f, const QString &) { seen.push_back(f); }, {}, {});
        auto second = analyzeModel(m, opt, watch);
        QVERIFY(second.ok());
        QCOMPARE(seen, std::vector<double>{1.0});
        QCOMPARE(second->tensors[0].contentHash, first->tensors[0].contentHash);
        // Other options miss the cache.
        opt.stats.bins = 64;
        auto third = analyzeModel(m, opt, ctx);
        QVERIFY(third.ok());
        QCOMPARE(third->tensors[0].histogram.bins(), 64);

        const QJsonObject json = toJson(*first);
        auto back = modelAnalysisFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(toJson(*back), json);
        QJsonObject broken = json;
        broken.remove(QStringLiteral("summary"));
        auto bad = modelAnalysisFromJson(broken);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("summary")));
    }

    void progressIsMonotonicAndCancelIsPrompt()
    {
        // A big synthetic model: 24M-element Q4_0 weights decode slowly enough to cancel midway.
        Model m;
        const std::int64_t elements = std::int64_t(24) << 20;
        std::vector<std::byte> bytes(std::size_t(elements / 32 * 18));
        std::mt19937 rng(4);
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = std::byte((i % 18) == 1 ? 0x1c : rng() & 0xff); // sane f16 scales
        m.tensors.push_back(*Tensor::fromBytes(QStringLiteral("big"), DType::Q4_0, {elements / 4096, 4096}, bytes));
        m.tensors.push_back(*Tensor::fromBytes(QStringLiteral("big2"), DType::Q4_0, {elements / 4096, 4096}, bytes));
        Layer l;
        l.name = QStringLiteral("big");
        l.op = OpKind::Dense;
        l.weight = 0;
        m.layers = {l};
        m.reindex();

        // Full run: progress never goes backwards and ends at 1.
        std::vector<double> seen;
        std::mutex mutex;
        JobContext ctx(
            [&](double f, const QString &) {
                std::lock_guard lock(mutex);
                seen.push_back(f);
            },
            {}, {});
        auto r = analyzeModel(m, {}, ctx);
        QVERIFY(r.ok());
        QVERIFY(seen.size() > 10);
        for (std::size_t i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i] >= seen[i - 1]);
        QCOMPARE(seen.back(), 1.0);

        // Canceled midway: the job returns Canceled within kCancelLatencyMs.
        auto future = runJob([&m](JobContext &job) { return analyzeModel(m, {}, job); });
        QTRY_VERIFY_WITH_TIMEOUT(future.progressValue() > 0, 10000);
        QElapsedTimer timer;
        timer.start();
        future.cancel();
        future.waitForFinished();
        const qint64 latency = timer.elapsed();
        QVERIFY2(latency <= kCancelLatencyMs, qPrintable(QStringLiteral("%1 ms").arg(latency)));
        QVERIFY(jobResult(future).isCanceled());
    }
};

QTEST_GUILESS_MAIN(TestModelAnalysis)
#include "tst_modelanalysis.moc"
