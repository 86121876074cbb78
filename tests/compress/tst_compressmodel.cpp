// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/compressor.h"
#include "compress/estimator.h"
#include "compress/pruner.h"
#include "compress/weightmatrix.h"
#include "jobs/jobrunner.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>

#include <mutex>

#include <cmath>
#include <limits>

using namespace pare::core;

namespace {

constexpr double kEstimateRelativeTolerance = 0.10; // the issue's 10 %
constexpr double kSpectrumErrorTolerance = 1e-3;    // float SVD vs exact spectrum
constexpr double kSumOrderTolerance = 1e-6;         // float partial sums in different orders

PlanResolution resolve(const Model &m, const char *json)
{
    auto recipe = Recipe::fromJson(json);
    if (!recipe)
        qFatal("recipe: %s", qPrintable(recipe.error().message));
    auto plans = resolvePlan(*recipe, m);
    if (!plans)
        qFatal("plan: %s", qPrintable(plans.error().message));
    return *plans;
}

std::vector<std::shared_ptr<LayerProfile>> profilesOf(const Model &m, int sample = LayerProfile::kDefaultSample)
{
    std::vector<std::shared_ptr<LayerProfile>> out;
    for (const Layer &l : m.layers) {
        auto p = LayerProfile::build(m, l, {}, sample);
        out.push_back(p ? *p : nullptr);
    }
    return out;
}

const CompressedLayer &byName(const Variant &v, const QString &name)
{
    for (const CompressedLayer &l : v.layers)
        if (l.name == name)
            return l;
    qFatal("no layer %s", qPrintable(name));
}

} // namespace

class TestCompressModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compressesATransformer()
    {
        const Model m = testdata::smallTransformer();
        const PlanResolution plans = resolve(m, R"({"pare_recipe":1,
            "defaults":{"quantize":{"bits":4,"granularity":"group","group_size":32}},
            "rules":[{"match":"*k_proj","prune":{"method":"magnitude","sparsity":0.9}},
                     {"match":"*o_proj","lowrank":{"rank":8}},
                     {"match":"*down_proj","prune":{"method":"nm","n":2,"m":4}}]})");
        JobContext ctx;
        auto v = compressModel(m, plans.plans, ctx);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QCOMPARE(v->layers.size(), m.layers.size());

        const CompressedLayer &emb = byName(*v, QStringLiteral("model.embed_tokens"));
        QVERIFY(!emb.changed);
        QCOMPARE(emb.bytes, emb.originalBytes);
        QCOMPARE(emb.error.relativeFrobenius, 0.0);

        const CompressedLayer &q = byName(*v, QStringLiteral("model.layers.0.self_attn.q_proj"));
        QVERIFY(q.changed);
        QCOMPARE(q.encoding->kind, EncodingKind::Dense);
        QCOMPARE(q.encoding->values.bits, 4);
        // Same figure as quantizing that matrix directly.
        const Tensor &qw = *m.tensor(QStringLiteral("model.layers.0.self_attn.q_proj.weight"));
        const std::vector<float> qv = qw.toFloatVector();
        ErrorAccumulator direct;
        auto denseQ = encodeDense(qv.data(), 64, 64, &*plans.plans[1].quantize, &direct, ctx);
        QVERIFY(denseQ.ok());
        QVERIFY(std::fabs(q.error.relativeFrobenius - direct.metrics().relativeFrobenius)
                <= kSumOrderTolerance * q.error.relativeFrobenius);
        QCOMPARE(q.bytes, denseQ->exactBytes());
        QVERIFY(q.error.sqnrDb > 15 && q.error.sqnrDb < 25);
        QVERIFY(q.error.cosine > 0.98 && q.error.cosine < 1.0);

        const CompressedLayer &k = byName(*v, QStringLiteral("model.layers.0.self_attn.k_proj"));
        // 64×64 at 90 %: a 512-byte bitmap beats 260 + 820 bytes of CSR row pointers and indices.
        QCOMPARE(k.encoding->kind, EncodingKind::Bitmap);
        QCOMPARE(k.encoding->nonZeros, 64 * 64 - prunedCount(64 * 64, 0.9));
        QCOMPARE(k.macs, k.encoding->nonZeros * 8);
        QCOMPARE(k.originalMacs, 64 * 64 * 8);

        const CompressedLayer &o = byName(*v, QStringLiteral("model.layers.1.self_attn.o_proj"));
        QCOMPARE(o.encoding->kind, EncodingKind::LowRank);
        QCOMPARE(o.encoding->rank, 8);
        QCOMPARE(o.macs, 8 * (64 + 64) * 8);

        const CompressedLayer &down = byName(*v, QStringLiteral("model.layers.0.mlp.down_proj"));
        QCOMPARE(down.encoding->kind, EncodingKind::NM);

        std::int64_t sum = 0;
        for (const CompressedLayer &l : v->layers) {
            if (l.changed)
                QCOMPARE(l.bytes, l.encoding->exactBytes()); // no biases in this model
            sum += l.bytes - l.originalBytes;
        }
        QCOMPARE(v->bytes, v->originalBytes + sum);
        QVERIFY(v->bytes < v->originalBytes / 3);
        QVERIFY(v->error.relativeFrobenius > 0 && v->error.relativeFrobenius < 1);
    }

    void removesCoupledMlpChannels()
    {
        const Model m = testdata::smallTransformer(64, 96);
        const PlanResolution plans = resolve(m, R"({"pare_recipe":1,
            "rules":[{"match":"re:.*(up|gate)_proj","prune":{"method":"channel","sparsity":0.25,"norm":"l2"}},
                     {"match":"*down_proj","quantize":{"bits":8}}]})");
        JobContext ctx;
        auto v = compressModel(m, plans.plans, ctx);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        const CompressedLayer &up = byName(*v, QStringLiteral("model.layers.0.mlp.up_proj"));
        const CompressedLayer &gate = byName(*v, QStringLiteral("model.layers.0.mlp.gate_proj"));
        const CompressedLayer &down = byName(*v, QStringLiteral("model.layers.0.mlp.down_proj"));
        QCOMPARE(up.encoding->keptRows.size(), std::size_t(72));
        QCOMPARE(up.encoding->keptRows, gate.encoding->keptRows); // the same channels go
        QCOMPARE(down.encoding->keptCols, up.encoding->keptRows);  // and the matching inputs
        QCOMPARE(down.encoding->storedCols(), std::int64_t(72));
        QCOMPARE(down.encoding->values.bits, 8);
        QCOMPARE(up.bytes, 72 * 64 * 4 + 72 * 4);
        QCOMPARE(up.macs, 72 * 64 * 8);
        QCOMPARE(down.macs, 64 * 72 * 8);
        // The kept rows are those of largest combined norm.
        const Layer &ul = m.layers[std::size_t(up.layer)];
        const Layer &gl = m.layers[std::size_t(gate.layer)];
        auto um = toWeightMatrix(ul, *m.weightOf(ul));
        auto gm = toWeightMatrix(gl, *m.weightOf(gl));
        QVERIFY(um.ok() && gm.ok());
        const auto expect = channelsToKeep({{um->values.data(), 96, 64}, {gm->values.data(), 96, 64}}, 0.25, PruneNorm::L2);
        QCOMPARE(up.encoding->keptRows, expect);
        // The removed rows' energy is the producer's error.
        double removed = 0, total = 0;
        std::vector<char> kept(96, 0);
        for (std::uint32_t r : expect)
            kept[r] = 1;
        for (int r = 0; r < 96; ++r)
            for (int c = 0; c < 64; ++c) {
                const double x = um->values[std::size_t(r * 64 + c)];
                total += x * x;
                removed += kept[std::size_t(r)] ? 0.0 : x * x;
            }
        const double expected = std::sqrt(removed / total);
        QVERIFY2(std::fabs(up.error.relativeFrobenius - expected) <= kSumOrderTolerance * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(up.error.relativeFrobenius).arg(expected)));
    }

    void channelsWithoutConsumerBecomeZeroRows()
    {
        Model m;
        m.family = ModelFamily::FeedForward;
        testdata::addDense(m, QStringLiteral("fc"), 32, 48, 5, {}, -1, true);
        const PlanResolution plans = resolve(m, R"({"pare_recipe":1,"rules":[{"match":"fc","prune":{"method":"channel","sparsity":0.5}}]})");
        JobContext ctx;
        auto v = compressModel(m, plans.plans, ctx);
        QVERIFY(v.ok());
        const CompressedLayer &l = v->layers[0];
        QVERIFY(l.encoding->keptRows.empty());
        QVERIFY(l.note.contains(QStringLiteral("zero rows")));
        const std::vector<float> d = l.encoding->decode();
        int zeroRows = 0;
        for (int r = 0; r < 32; ++r)
            zeroRows += std::all_of(d.begin() + r * 48, d.begin() + (r + 1) * 48, [](float x) { return x == 0.0f; });
        QCOMPARE(zeroRows, 16);
        QCOMPARE(l.bytes, l.encoding->exactBytes() + 32 * 4); // the bias stays whole
    }

    void graphCouplingRemovesInputs()
    {
        // fc1 (InOut, Keras style) → Relu → fc2, as an ONNX or Keras graph describes it.
        Model m;
        m.family = ModelFamily::FeedForward;
        testdata::addDense(m, QStringLiteral("fc1"), 40, 24, 1, {}, -1, true, WeightLayout::InOut);
        testdata::addDense(m, QStringLiteral("fc2"), 10, 40, 2, {}, -1, false, WeightLayout::InOut);
        auto g = std::make_shared<Graph>();
        g->nodes.push_back({QStringLiteral("n1"), QStringLiteral("Gemm"), {}, {QStringLiteral("x"), QStringLiteral("fc1.weight"), QStringLiteral("fc1.bias")}, {QStringLiteral("h")}, {}});
        g->nodes.push_back({QStringLiteral("n2"), QStringLiteral("Relu"), {}, {QStringLiteral("h")}, {QStringLiteral("a")}, {}});
        g->nodes.push_back({QStringLiteral("n3"), QStringLiteral("MatMul"), {}, {QStringLiteral("a"), QStringLiteral("fc2.weight")}, {QStringLiteral("y")}, {}});
        m.graph = g;
        const PlanResolution plans = resolve(m, R"({"pare_recipe":1,"rules":[{"match":"fc1","prune":{"method":"channel","sparsity":0.5,"norm":"l1"}}]})");
        const auto couplings = findChannelCouplings(m, plans.plans);
        QCOMPARE(couplings.size(), std::size_t(1));
        QCOMPARE(couplings[0].consumer, 1);
        JobContext ctx;
        auto v = compressModel(m, plans.plans, ctx);
        QVERIFY(v.ok());
        QCOMPARE(v->layers[0].encoding->keptRows.size(), std::size_t(20));
        QCOMPARE(v->layers[1].encoding->keptCols, v->layers[0].encoding->keptRows);
        QCOMPARE(v->layers[1].error.relativeFrobenius, 0.0); // kept inputs untouched (F32)
        QCOMPARE(v->layers[0].bytes, 20 * 24 * 4 + 20 * 4 + 20 * 4); // weight + kept_rows + bias
        // A Sigmoid (f(0) ≠ 0) in between blocks the removal.
        g->nodes[1].opType = QStringLiteral("Sigmoid");
        QVERIFY(findChannelCouplings(m, plans.plans).empty());
    }

    void analyticSizeEqualsExactSize_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::newRow("int4 g32") << R"({"pare_recipe":1,"defaults":{"quantize":{"bits":4,"granularity":"group","group_size":32}}})";
        QTest::newRow("int3 asym channel") << R"({"pare_recipe":1,"defaults":{"quantize":{"bits":3,"scheme":"asymmetric"}}})";
        QTest::newRow("fp8") << R"({"pare_recipe":1,"defaults":{"quantize":{"format":"fp8_e5m2"}}})";
        QTest::newRow("magnitude 0.6 + int8") << R"({"pare_recipe":1,"defaults":{"prune":{"sparsity":0.6},"quantize":{"bits":8}}})";
        QTest::newRow("magnitude 0.97") << R"({"pare_recipe":1,"defaults":{"prune":{"sparsity":0.97}}})";
        QTest::newRow("4:8 + int4 g64") << R"({"pare_recipe":1,"defaults":{"prune":{"method":"nm","n":4,"m":8},"quantize":{"bits":4,"granularity":"group","group_size":64}}})";
        QTest::newRow("rank 16 + int8") << R"({"pare_recipe":1,"defaults":{"lowrank":{"rank":16},"quantize":{"bits":8}}})";
        QTest::newRow("energy 0.5") << R"({"pare_recipe":1,"defaults":{"lowrank":{"energy":0.5}}})";
        QTest::newRow("channels coupled + int4") << R"({"pare_recipe":1,"defaults":{"quantize":{"bits":4,"granularity":"group","group_size":32}},
            "rules":[{"match":"re:.*(up|gate)_proj","prune":{"method":"channel","sparsity":0.25}}]})";
        QTest::newRow("channels as zero rows") << R"({"pare_recipe":1,"rules":[{"match":"*q_proj","prune":{"method":"channel","sparsity":0.5}}]})";
    }
    void analyticSizeEqualsExactSize()
    {
        QFETCH(QString, recipe);
        const Model m = testdata::smallTransformer();
        const PlanResolution plans = resolve(m, recipe.toUtf8().constData());
        JobContext ctx;
        auto v = compressModel(m, plans.plans, ctx);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        const PlanEstimate e = estimatePlan(m, plans.plans, profilesOf(m), ctx);
        for (std::size_t i = 0; i < m.layers.size(); ++i) {
            if (m.layers[i].op == OpKind::Norm)
                continue;
            QVERIFY2(e.layers[i].sizeExact, qPrintable(m.layers[i].name));
            QCOMPARE(e.layers[i].bytes, v->layers[i].bytes);
            QCOMPARE(e.layers[i].macs, v->layers[i].macs);
            if (v->layers[i].encoding) {
                std::int64_t parts = 0;
                for (const EncodedPart &p : v->layers[i].encoding->parts())
                    parts += p.bytes.size();
                QCOMPARE(parts, v->layers[i].encoding->exactBytes());
            }
        }
    }

    void sampledErrorWithinTenPercent_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::newRow("int4 g32 rtn") << R"({"pare_recipe":1,"defaults":{"quantize":{"bits":4,"granularity":"group","group_size":32}}})";
        QTest::newRow("int4 g128 mse") << R"({"pare_recipe":1,"defaults":{"quantize":{"bits":4,"granularity":"group","clip":"mse"}}})";
        QTest::newRow("int8 channel") << R"({"pare_recipe":1,"defaults":{"quantize":{"bits":8}}})";
        QTest::newRow("int3 tensor") << R"({"pare_recipe":1,"defaults":{"quantize":{"bits":3,"granularity":"tensor"}}})";
        QTest::newRow("magnitude 0.5") << R"({"pare_recipe":1,"defaults":{"prune":{"sparsity":0.5}}})";
        QTest::newRow("magnitude 0.7 + int4") << R"({"pare_recipe":1,"defaults":{"prune":{"sparsity":0.7},"quantize":{"bits":4,"granularity":"group","group_size":32}}})";
        QTest::newRow("global 0.5") << R"({"pare_recipe":1,"defaults":{"prune":{"sparsity":0.5,"scope":"global"}}})";
        QTest::newRow("2:4") << R"({"pare_recipe":1,"defaults":{"prune":{"method":"nm"}}})";
        QTest::newRow("channels zero rows + int8") << R"({"pare_recipe":1,"defaults":{"prune":{"method":"channel","sparsity":0.3},"quantize":{"bits":8}}})";
    }
    void sampledErrorWithinTenPercent()
    {
        QFETCH(QString, recipe);
        // Gaussian layers large enough that the sample (16 Ki values) is a small part of each.
        Model m;
        m.family = ModelFamily::FeedForward;
        testdata::addDense(m, QStringLiteral("a"), 256, 512, 1);
        testdata::addDense(m, QStringLiteral("b"), 384, 256, 2);
        m.tensors[1] = Tensor::fromFloats(QStringLiteral("b.weight"), {384, 256}, testdata::gaussian(384 * 256, 0.05f, 2));
        const PlanResolution plans = resolve(m, recipe.toUtf8().constData());
        JobContext ctx;
        auto v = compressModel(m, plans.plans, ctx);
        QVERIFY(v.ok());
        const PlanEstimate e = estimatePlan(m, plans.plans, profilesOf(m), ctx);
        for (std::size_t i = 0; i < m.layers.size(); ++i) {
            const double exact = v->layers[i].error.relativeFrobenius;
            const double estimate = e.layers[i].relativeError;
            QVERIFY2(std::fabs(estimate - exact) <= kEstimateRelativeTolerance * exact,
                     qPrintable(QStringLiteral("%1: estimate %2, exact %3").arg(m.layers[i].name).arg(estimate).arg(exact)));
            if (e.layers[i].sizeExact)
                QCOMPARE(e.layers[i].bytes, v->layers[i].bytes);
            else // global pruning: the non-zero count comes from the sample
                QVERIFY(std::fabs(double(e.layers[i].bytes - v->layers[i].bytes)) <= 0.1 * double(v->layers[i].bytes));
        }
    }

    void lowRankEstimateIsExactFromSpectrum()
    {
        Model m;
        m.family = ModelFamily::FeedForward;
        testdata::addDense(m, QStringLiteral("w"), 120, 90, 3);
        const PlanResolution plans = resolve(m, R"({"pare_recipe":1,"defaults":{"lowrank":{"rank":24}}})");
        JobContext ctx;
        auto v = compressModel(m, plans.plans, ctx);
        QVERIFY(v.ok());
        const PlanEstimate e = estimatePlan(m, plans.plans, profilesOf(m), ctx);
        QVERIFY(e.layers[0].errorExact);
        QCOMPARE(e.layers[0].rank, 24);
        const double exact = v->layers[0].error.relativeFrobenius;
        QVERIFY2(std::fabs(e.layers[0].relativeError - exact) <= kSpectrumErrorTolerance * exact,
                 qPrintable(QStringLiteral("%1 vs %2").arg(e.layers[0].relativeError).arg(exact)));
    }

    void reportsProgressAndCancels()
    {
        const Model m = testdata::smallTransformer(128, 192);
        const PlanResolution plans = resolve(m, R"({"pare_recipe":1,"defaults":{"quantize":{"bits":4,"clip":"mse"}}})");
        std::vector<double> seen;
        std::mutex mutex;
        JobContext ctx([&](double f, const QString &) { std::lock_guard lock(mutex); seen.push_back(f); }, {}, {});
        auto v = compressModel(m, plans.plans, ctx);
        QVERIFY(v.ok());
        QVERIFY(seen.size() >= 8);
        QCOMPARE(seen.back(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));

        JobContext canceled({}, {}, [] { return true; });
        auto c = compressModel(m, plans.plans, canceled);
        QVERIFY(!c.ok());
        QVERIFY(c.isCanceled());

        auto future = runJob([&](JobContext &jc) { return compressModel(m, plans.plans, jc); });
        future.waitForFinished();
        QVERIFY(jobResult(future).ok());
    }

    void inOutLayoutRoundTrips()
    {
        Model m;
        m.family = ModelFamily::FeedForward;
        testdata::addDense(m, QStringLiteral("k"), 30, 20, 4, {}, -1, false, WeightLayout::InOut);
        const Layer &l = m.layers[0];
        auto wm = toWeightMatrix(l, *m.weightOf(l));
        QVERIFY(wm.ok());
        QCOMPARE(wm->rows, 30);
        QCOMPARE(wm->cols, 20);
        const std::vector<float> stored = m.weightOf(l)->toFloatVector();
        QCOMPARE(wm->values[std::size_t(7 * 20 + 3)], stored[std::size_t(3 * 30 + 7)]); // (out 7, in 3)
        QCOMPARE(fromWeightMatrix(l, m.weightOf(l)->shape(), wm->values), stored);
        std::vector<float> row(20);
        readWeightRow(l, *m.weightOf(l), 7, row.data());
        QVERIFY(std::equal(row.begin(), row.end(), wm->values.begin() + 7 * 20));
    }

    void rejectsNonFiniteWeights()
    {
        Model m;
        m.family = ModelFamily::FeedForward;
        testdata::addDense(m, QStringLiteral("bad"), 4, 4, 4);
        std::vector<float> v = m.tensors[0].toFloatVector();
        v[5] = std::numeric_limits<float>::quiet_NaN();
        m.tensors[0] = Tensor::fromFloats(QStringLiteral("bad.weight"), {4, 4}, v);
        const PlanResolution plans = resolve(m, R"({"pare_recipe":1,"defaults":{"quantize":{"bits":8}}})");
        JobContext ctx;
        auto r = compressModel(m, plans.plans, ctx);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("bad.weight element 5 is nan")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCompressModel)
#include "tst_compressmodel.moc"
