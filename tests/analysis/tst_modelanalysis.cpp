// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysiscache.h"
#include "analysis/analysisjson.h"
#include "analysis/modelanalysis.h"
#include "statstestutil.h"
#include "jobs/jobrunner.h"
#include "tensor/convert.h"
#include "tensor/storage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <cstring>
#include <functional>
#include <mutex>
#include <random>

#include <unistd.h>

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

// Resident kB of this process's mappings of path (the Rss lines of /proc/self/smaps); -1 where
// there is no such file.
std::int64_t mappedResidentKb(const QString &path)
{
    QFile f(QStringLiteral("/proc/self/smaps"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray target = QFile::encodeName(path);
    std::int64_t kb = 0;
    bool inside = false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QByteArray first = line.left(line.indexOf(' '));
        if (first.endsWith(':')) { // "Rss:   12 kB" and the other fields of a mapping
            if (inside && first == "Rss:")
                kb += line.mid(4).trimmed().split(' ').value(0).toLongLong();
        } else if (first.contains('-')) { // "start-end perms offset dev inode path"
            inside = line.endsWith(target);
        }
    }
    return kb;
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
        {
            // A head tied to fc1's weight (one tensor, two layers): a finding on each layer.
            Model m = cleanModel();
            Layer head;
            head.name = QStringLiteral("lm_head");
            head.op = OpKind::Dense;
            head.weight = 0;
            head.tiedTo = true;
            m.layers.push_back(head);
            m.reindex();
            QTest::newRow("tied") << m << lintrule::tiedWeights << QStringLiteral("shares tensor 'fc1.weight' with 'lm_head'");
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
        if (rule == lintrule::tiedWeights) { // one finding per layer of the tensor
            QCOMPARE(rules, (QStringList{rule, rule}));
            QCOMPARE(r->lint[1].layer, QStringLiteral("lm_head"));
            QVERIFY2(r->lint[1].message.contains(QStringLiteral("with 'fc1'")), qPrintable(r->lint[1].message));
        } else if (rule != lintrule::outlierChannels) {
            QCOMPARE(rules.size(), 1);
        }
        const LintWarning &w = r->lint[std::size_t(rules.indexOf(rule))];
        QVERIFY2(w.message.contains(mentions), qPrintable(w.message));
        QVERIFY(w.message.contains(QStringLiteral("fc1")));
    }

    // Groups of identical tensors are reported in the order of their first tensor, the same in
    // every run (they came in QHash order before, which changes from process to process).
    void duplicateGroupsInTensorOrder()
    {
        Model m;
        const std::vector<float> a = normal(256, 3), b = normal(256, 4), c = normal(256, 5);
        // Three groups, interleaved: a at 0, 3, 6; b at 1, 4; c at 2, 5.
        const std::vector<float> *values[] = {&a, &b, &c, &a, &b, &c, &a};
        for (int i = 0; i < 7; ++i)
            m.tensors.push_back(Tensor::fromFloats(QStringLiteral("t%1").arg(i), {16, 16}, *values[i]));
        m.reindex();
        JobContext ctx;
        auto r = analyzeModel(m, {}, ctx);
        QVERIFY(r.ok());
        QStringList firsts;
        for (const LintWarning &w : r->lint)
            if (w.rule == lintrule::duplicateTensors)
                firsts << w.tensor;
        QCOMPARE(firsts, (QStringList{QStringLiteral("t0"), QStringLiteral("t1"), QStringLiteral("t2")}));
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

    // The cache's project-file form: written for mapped tensors only, read back detached,
    // matched again by file path, size and modification time; hostile input is an Error.
    void cachePersistsInJson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("weights.bin"));
        const std::vector<float> w = normal(64 * 128, 7);
        const std::vector<float> bias = normal(64, 8);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(reinterpret_cast<const char *>(w.data()), qint64(w.size() * 4));
            f.write(reinterpret_cast<const char *>(bias.data()), qint64(bias.size() * 4));
        }
        auto mapModel = [&](std::shared_ptr<MappedFile> &file) {
            file = *MappedFile::open(path);
            Model m = cleanModel();
            m.tensors[0] = *Tensor::view(QStringLiteral("fc1.weight"), DType::F32, {64, 128}, file, 0);
            m.tensors[1] = *Tensor::view(QStringLiteral("fc1.bias"), DType::F32, {64}, file, 64 * 128 * 4);
            return m;
        };
        std::shared_ptr<MappedFile> file;
        Model m = mapModel(file);
        AnalysisCache cache;
        AnalysisOptions opt;
        opt.cache = &cache;
        JobContext ctx;
        auto first = analyzeModel(m, opt, ctx);
        QVERIFY(first.ok());
        QCOMPARE(cache.size(), 3 + 2);

        // Only the mapped tensors are written: two statistics, fc1's channels.
        const QJsonObject json = toJson(cache);
        QCOMPARE(json.value(QStringLiteral("stats")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("channels")).toArray().size(), 1);
        QCOMPARE(toJson(cache, {QStringLiteral("/elsewhere")}).value(QStringLiteral("stats")).toArray().size(), 0);

        auto back = analysisCacheFromJson(json, QStringLiteral("test.pare"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->size(), 3);
        QCOMPARE(toJson(*back), json); // stable: the same object again

        // A fresh session: the model reopened, the cache restored from "the project".
        cache.clear();
        m = Model();
        file.reset();
        Model reopened = mapModel(file);
        AnalysisCache restored;
        restored.merge(std::move(back).value());
        QCOMPARE(restored.size(), 3);
        opt.cache = &restored;
        std::vector<double> seen;
        JobContext watch([&](double f, const QString &) { seen.push_back(f); }, {}, {});
        auto again = analyzeModel(reopened, opt, watch);
        QVERIFY(again.ok());
        // Restored entries serve fc1.weight, fc1.bias and fc1's channels; only the owned
        // fc2.weight (statistics and channels) is computed again.
        QCOMPARE(restored.size(), 3 + 2);
        QCOMPARE(again->tensors[0].contentHash, first->tensors[0].contentHash);
        QCOMPARE(toJson(again->tensors[0]), toJson(first->tensors[0]));
        QCOMPARE(toJson(again->tensors[1]), toJson(first->tensors[1]));
        QCOMPARE(toJson(*again->channelsOf(QStringLiteral("fc1"))),
                 toJson(*first->channelsOf(QStringLiteral("fc1"))));

        // A changed file no longer matches the restored entries.
        auto stale = analysisCacheFromJson(json, QStringLiteral("test.pare"));
        QVERIFY(stale.ok());
        QJsonObject moved = json;
        QJsonArray statsArray = moved.value(QStringLiteral("stats")).toArray();
        QJsonObject e0 = statsArray[0].toObject();
        e0.insert(QStringLiteral("fileModified"), e0.value(QStringLiteral("fileModified")).toDouble() - 1000);
        statsArray[0] = e0;
        moved.insert(QStringLiteral("stats"), statsArray);
        auto old = analysisCacheFromJson(moved, QStringLiteral("test.pare"));
        QVERIFY(old.ok());
        const Tensor &t0 = reopened.tensors[0];
        const Tensor &t1 = reopened.tensors[1];
        const bool e0IsWeight = e0.value(QStringLiteral("tensor")).toString() == t0.name();
        QVERIFY(!old->findStats(e0IsWeight ? t0 : t1, opt.stats));
        QVERIFY(old->findStats(e0IsWeight ? t1 : t0, opt.stats));
        QVERIFY(stale->findStats(t0, opt.stats));
        QVERIFY(!stale->findStats(t0, StatsOptions{0.5, 3.0, 64}));
        QVERIFY(stale->findChannels(t0, WeightLayout::OutIn));
        QVERIFY(!stale->findChannels(t0, WeightLayout::InOut));
    }

    void cacheJsonRejectsHostileInput_data()
    {
        QTest::addColumn<QString>("pointer"); // entry kind / field path
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // in the message
        auto row = [](const char *name, const char *pointer, QJsonValue v, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(pointer) << v << QString::fromLatin1(expected);
        };
        row("format", "format", QStringLiteral("something else"), "format");
        row("version", "version", 99, "version");
        row("stats not array", "stats", QStringLiteral("x"), "stats");
        row("entry not object", "stats/0", 5, "stats[0]");
        row("huge shape", "stats/0/shape", QJsonArray{1e300, 1e300}, "shape");
        row("negative dim", "stats/0/shape", QJsonArray{-1, 128}, "shape");
        row("fractional offset", "stats/0/offset", 0.5, "offset");
        row("offset past the file", "stats/0/offset", 1e15, "bytes");
        row("bytes wrong type", "stats/0/bytes", QStringLiteral("many"), "bytes");
        row("unknown dtype", "stats/0/dtype", QStringLiteral("F99"), "dtype");
        row("stats count mismatch", "stats/0/stats/count", 3, "count");
        row("stats count absurd", "stats/0/stats/count", 1e30, "count");
        row("histogram too long", "stats/0/stats/histogram/counts", QJsonArray::fromVariantList(QVariantList(5000, 1)), "counts");
        row("histogram negative", "stats/0/stats/histogram/counts", QJsonArray{-5}, "counts");
        row("histogram nulls", "stats/0/stats/histogram/counts", QJsonArray{QJsonValue()}, "counts");
        row("histogram sum", "stats/0/stats/histogram/overflow", 1e9, "histogram");
        row("bins", "stats/0/stats/options/bins", 1e9, "bins");
        row("percentiles", "stats/0/stats/percentiles", QJsonArray{1, 2}, "percentiles");
        row("zeros", "stats/0/stats/zeros", -3, "zeros");
        row("distinct", "stats/0/stats/distinctValues", 1e12, "distinctValues");
        row("layout", "channels/0/layout", QStringLiteral("sideways"), "layout");
        row("channel count", "channels/0/channels/channels", 1e12, "channels");
        row("channel lists", "channels/0/channels/min", QJsonArray{QStringLiteral("a")}, "min");
        row("channel product", "channels/0/channels/perChannel", 1e15, "channels");
    }

    void cacheJsonRejectsHostileInput()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        // A valid cache of one mapped tensor to start from.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.bin"));
        const std::vector<float> w = normal(16 * 32, 9);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(reinterpret_cast<const char *>(w.data()), qint64(w.size() * 4));
        }
        auto file = *MappedFile::open(path);
        Model m;
        m.tensors.push_back(*Tensor::view(QStringLiteral("w"), DType::F32, {16, 32}, file, 0));
        Layer l;
        l.name = QStringLiteral("fc");
        l.op = OpKind::Dense;
        l.weight = 0;
        m.layers = {l};
        m.reindex();
        AnalysisCache cache;
        AnalysisOptions opt;
        opt.cache = &cache;
        JobContext ctx;
        QVERIFY(analyzeModel(m, opt, ctx).ok());
        const QJsonObject good = toJson(cache);
        QVERIFY(analysisCacheFromJson(good, QStringLiteral("p.pare")).ok());

        // Replace the value at `pointer` (object keys and array indices separated by '/').
        std::function<QJsonValue(const QJsonValue &, QStringList)> patch =
            [&](const QJsonValue &node, QStringList keys) -> QJsonValue {
            if (keys.isEmpty())
                return value;
            const QString k = keys.takeFirst();
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                a[k.toInt()] = patch(a[k.toInt()], keys);
                return a;
            }
            QJsonObject o = node.toObject();
            o.insert(k, patch(o.value(k), keys));
            return o;
        };
        const QJsonObject bad = patch(good, pointer.split(QLatin1Char('/'))).toObject();
        auto r = analysisCacheFromJson(bad, QStringLiteral("p.pare"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("p.pare")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    // BF16 / F16 row weights get statistics and channel ranges from one fused pass: the
    // figures equal those of the separate passes, and progress still ends at 1.
    void fusedStatsAndChannels()
    {
        const auto half = [](const QString &name, DType dt, Shape shape, const std::vector<float> &v) {
            return test::halfTensor(name, dt, v, std::move(shape));
        };
        std::vector<float> w1 = normal(700 * 1100, 21);
        w1[3] = NAN;
        w1[1100 * 5 + 7] = INFINITY;
        for (int k = 0; k < 1100; ++k)
            w1[std::size_t(1100 * 9 + k)] = 0.0f; // a dead row
        Model m;
        m.tensors.push_back(half(QStringLiteral("a.weight"), DType::BF16, {700, 1100}, w1));
        m.tensors.push_back(half(QStringLiteral("b.weight"), DType::F16, {64, 300}, normal(64 * 300, 22)));
        m.tensors.push_back(half(QStringLiteral("c.weight"), DType::BF16, {300, 64}, normal(64 * 300, 23))); // InOut: not fused
        // Rows of whole 32-byte stripes: counted, hashed and ranged in one loop. A pruned one
        // large enough for four counters per value (runs of zeros), with NaN, Inf and a dead
        // row; an F16 one whose rows cross a chunk boundary.
        std::vector<float> w3 = normal(300 * 4096, 24);
        for (std::size_t i = 0; i < w3.size(); ++i)
            if (i % 4 != 0 || (i / 5000) % 7 == 3)
                w3[i] = 0.0f;
        w3[17] = NAN;
        w3[4096 * 3 + 5] = -INFINITY;
        for (std::size_t i = 4096 * 8; i < 4096 * 9; ++i)
            w3[i] = 0.0f;
        m.tensors.push_back(half(QStringLiteral("d.weight"), DType::BF16, {300, 4096}, w3));
        m.tensors.push_back(half(QStringLiteral("e.weight"), DType::F16, {80, 4096}, normal(80 * 4096, 25)));
        // F32 rows ride along with the statistics pass's first sweep: rows that cross blocks
        // and chunks, NaN, Inf and a dead row.
        std::vector<float> w5 = normal(250 * 3000, 26);
        w5[11] = NAN;
        w5[3000 * 7 + 2] = INFINITY;
        std::fill(w5.begin() + 3000 * 4, w5.begin() + 3000 * 5, 0.0f);
        m.tensors.push_back(Tensor::fromFloats(QStringLiteral("f.weight"), {250, 3000}, w5));
        const OpKind ops[] = {OpKind::Dense, OpKind::Dense, OpKind::Dense, OpKind::Dense, OpKind::Dense, OpKind::Dense};
        for (int i = 0; i < 6; ++i) {
            Layer l;
            l.name = QStringLiteral("l%1").arg(i);
            l.op = ops[i];
            l.weight = i;
            l.layout = i == 2 ? WeightLayout::InOut : WeightLayout::OutIn;
            m.layers.push_back(l);
        }
        m.reindex();
        std::vector<double> seen;
        JobContext watch([&](double f, const QString &) { seen.push_back(f); }, {}, {});
        auto r = analyzeModel(m, AnalysisOptions{}, watch);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(!seen.empty());
        QCOMPARE(seen.back(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        JobContext ctx;
        for (int i = 0; i < 6; ++i) {
            auto s = computeTensorStats(m.tensors[std::size_t(i)], {}, ctx);
            auto c = computeChannelStats(m.tensors[std::size_t(i)], m.layers[std::size_t(i)].layout, ctx);
            QVERIFY(s.ok() && c.ok());
            QCOMPARE(toJson(r->tensors[std::size_t(i)]), toJson(*s));
            const ChannelStats *got = r->channelsOf(m.layers[std::size_t(i)].name);
            QVERIFY(got);
            QCOMPARE(got->min, c->min);
            QCOMPARE(got->max, c->max);
            QCOMPARE(got->absMax, c->absMax);
            QCOMPARE(got->zeroFraction, c->zeroFraction);
            for (std::size_t k = 0; k < got->l2Norm.size(); ++k)
                QVERIFY(std::fabs(got->l2Norm[k] - c->l2Norm[k]) <= 1e-9 * c->l2Norm[k]);
            if (i >= 3) // the fused loops cut the same runs as the separate pass
                QCOMPARE(got->l2Norm, c->l2Norm);
        }
        QCOMPARE(r->channelsOf(QStringLiteral("l5"))->deadChannels(), std::int64_t(1));
        QVERIFY(std::isnan(r->tensors[5].mean) == false);
        QCOMPARE(r->tensors[5].nanCount, std::int64_t(1));
        QCOMPARE(r->channelsOf(QStringLiteral("l0"))->deadChannels(), std::int64_t(1));
        std::int64_t dead = 0;
        for (std::size_t row = 0; row < 300; ++row)
            dead += std::all_of(w3.begin() + std::ptrdiff_t(row * 4096),
                                w3.begin() + std::ptrdiff_t(row * 4096 + 4096),
                                [](float x) { return x == 0.0f; });
        QVERIFY(dead >= 2); // the row zeroed on purpose and some within runs of zeros
        QCOMPARE(r->channelsOf(QStringLiteral("l3"))->deadChannels(), dead);
        QCOMPARE(r->tensors[3].nanCount, std::int64_t(1));
        QCOMPARE(r->tensors[3].infCount, std::int64_t(1));
    }

    // On a memory-mapped model the job unmaps each tensor's pages once it is done with them
    // (the page cache keeps them), so that its resident memory is the tensors in flight, not
    // the model; bytes of the file outside the tensors keep their mapping; figures are those
    // of the same bytes in memory.
    void mappedModelReleasesPages()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("reads /proc/self/smaps");
#endif
        const long page = sysconf(_SC_PAGESIZE);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weights.bin"));
        // A two-page "header", a BF16 [512, 1024], an F32 [300, 1000] at an offset that is not
        // page-aligned, and a small BF16 bias sharing the F32's last page.
        const std::int64_t headerBytes = 2 * page;
        const std::int64_t bfBytes = 512 * 1024 * 2;
        const std::int64_t f32Offset = headerBytes + bfBytes + 100;
        const std::int64_t f32Bytes = 300 * 1000 * 4;
        const std::int64_t biasOffset = f32Offset + f32Bytes;
        std::vector<std::byte> bytes(std::size_t(biasOffset + 300 * 2 + 1000));
        std::vector<float> w = normal(512 * 1024, 31);
        w[7] = 0.0f;
        std::vector<std::uint16_t> bf(w.size());
        floatToBfloat16(w.data(), std::int64_t(w.size()), bf.data());
        std::memcpy(bytes.data() + headerBytes, bf.data(), std::size_t(bfBytes));
        const std::vector<float> f = normal(300 * 1000, 32);
        std::memcpy(bytes.data() + f32Offset, f.data(), std::size_t(f32Bytes));
        const std::vector<float> b = normal(300, 33);
        std::vector<std::uint16_t> bb(b.size());
        floatToBfloat16(b.data(), std::int64_t(b.size()), bb.data());
        std::memcpy(bytes.data() + biasOffset, bb.data(), bb.size() * 2);
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size())),
                     qint64(bytes.size()));
        }
        auto file = MappedFile::open(path);
        QVERIFY(file.ok());
        std::shared_ptr<const Storage> storage = *file;
        Model mapped, owned;
        const struct { const char *name; DType dtype; Shape shape; std::int64_t offset; } specs[] = {
            {"a.weight", DType::BF16, {512, 1024}, headerBytes},
            {"b.weight", DType::F32, {300, 1000}, f32Offset},
            {"b.bias", DType::BF16, {300}, biasOffset}};
        for (const auto &spec : specs) {
            auto t = Tensor::view(QString::fromLatin1(spec.name), spec.dtype, spec.shape, storage,
                                  spec.offset);
            QVERIFY(t.ok());
            const auto raw = t->bytes();
            mapped.tensors.push_back(*t);
            owned.tensors.push_back(*Tensor::fromBytes(t->name(), spec.dtype, spec.shape,
                                                       std::vector<std::byte>(raw.begin(), raw.end())));
        }
        for (Model *m : {&mapped, &owned}) {
            Layer a;
            a.name = QStringLiteral("a");
            a.op = OpKind::Dense;
            a.weight = 0;
            Layer l;
            l.name = QStringLiteral("b");
            l.op = OpKind::Dense;
            l.weight = 1;
            l.bias = 2;
            m->layers = {a, l};
            m->reindex();
        }

        // Every page of the file mapped, as after a first read.
        std::uint64_t sum = 0;
        for (std::int64_t i = 0; i < storage->size(); i += page)
            sum += std::uint64_t(storage->data()[i]);
        QVERIFY(sum > 0);
        const std::int64_t fileKb = (storage->size() + page - 1) / page * page / 1024;
        const std::int64_t before = mappedResidentKb(path);
        QCOMPARE(before, fileKb);

        JobContext ctx;
        auto fromMap = analyzeModel(mapped, {}, ctx);
        auto fromMemory = analyzeModel(owned, {}, ctx);
        QVERIFY(fromMap.ok() && fromMemory.ok());
        QCOMPARE(toJson(*fromMap), toJson(*fromMemory));

        // The header's two pages stay; of the tensors, at most the pages their ends share.
        const std::int64_t after = mappedResidentKb(path);
        const std::int64_t headerKb = headerBytes / 1024;
        QVERIFY2(after >= headerKb && after <= headerKb + 4 * page / 1024,
                 qPrintable(QStringLiteral("%1 kB resident of %2 kB").arg(after).arg(fileKb)));

        // The bytes are still there: the next read maps them again and sees the same.
        auto again = analyzeModel(mapped, {}, ctx);
        QVERIFY(again.ok());
        QCOMPARE(toJson(*again), toJson(*fromMemory));

        // A canceled job releases the tensors it had not finished too (here canceled before it
        // starts: every tensor is one it had not finished).
        for (std::int64_t i = 0; i < storage->size(); i += page)
            sum += std::uint64_t(storage->data()[i]);
        QVERIFY(sum > 0);
        QCOMPARE(mappedResidentKb(path), fileKb);
        JobContext canceled({}, {}, [] { return true; });
        QVERIFY(analyzeModel(mapped, {}, canceled).isCanceled());
        const std::int64_t afterCancel = mappedResidentKb(path);
        QVERIFY2(afterCancel >= headerKb && afterCancel <= headerKb + 4 * page / 1024,
                 qPrintable(QStringLiteral("%1 kB resident of %2 kB after a cancel").arg(afterCancel).arg(fileKb)));
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
