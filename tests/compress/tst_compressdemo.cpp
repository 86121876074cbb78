// SPDX-License-Identifier: GPL-3.0-or-later
// The compression engine on the bundled demo language model (resources/demo/kjv-gpt2): a GPT-2
// whose output head is tied to the token embedding.
#include "paretest.h"
#include "compress/compressor.h"
#include "compress/estimator.h"
#include "compress/pruner.h"
#include "compress/weightmatrix.h"
#include "io/modelio.h"
#include "runtime/calibration.h"
#include "runtime/evaluator.h"
#include "runtime/weightoverrides.h"

#include <QFile>

#include <QSet>
#include <QTest>

using namespace pare::core;

namespace {

QString demoLm()
{
    return pare::test::demoPath("kjv-gpt2");
}

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

std::vector<std::shared_ptr<LayerProfile>> profilesOf(const Model &m)
{
    std::vector<std::shared_ptr<LayerProfile>> out;
    for (const Layer &l : m.layers) {
        auto p = LayerProfile::build(m, l);
        out.push_back(p ? *p : nullptr);
    }
    return out;
}

} // namespace

class TestCompressDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tiedHeadCountedOnce_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::newRow("nothing changed") << R"({"pare_recipe":1})";
        QTest::newRow("int8 everywhere") << R"({"pare_recipe":1,"defaults":{"quantize":{"bits":8}},"rules":[{"match":"*","quantize":{"bits":8}}]})";
        QTest::newRow("int4 g32, embedding kept, head int8")
            << R"({"pare_recipe":1,"defaults":{"quantize":{"bits":4,"granularity":"group","group_size":32}},
                  "rules":[{"match":"*wte*","skip":true},{"match":"lm_head","quantize":{"bits":8}}]})";
        QTest::newRow("rank 32 + magnitude 0.5")
            << R"({"pare_recipe":1,"rules":[{"match":"*attn*","lowrank":{"rank":32}},{"match":"*mlp*","prune":{"sparsity":0.5}}]})";
    }
    void tiedHeadCountedOnce()
    {
        // The estimate's bytes are exact (analytic) and count the tied weight once, as the
        // compressed variant stores it once.
        QFETCH(QString, recipe);
        auto model = openModel(demoLm());
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().message));
        const Model &m = **model;
        bool tied = false;
        for (const Layer &l : m.layers)
            tied = tied || l.tiedTo;
        QVERIFY(tied);
        const PlanResolution plans = resolve(m, recipe.toUtf8().constData());
        JobContext ctx;
        auto v = compressModel(m, plans.plans, ctx);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        const PlanEstimate e = estimatePlan(m, plans.plans, profilesOf(m), ctx);

        // Original bytes: every weight and bias of a layer, each tensor once.
        QSet<int> seen;
        std::int64_t layerTensors = 0;
        for (const Layer &l : m.layers)
            for (int t : {l.weight, l.bias})
                if (t >= 0 && !seen.contains(t)) {
                    seen.insert(t);
                    layerTensors += m.tensors[std::size_t(t)].byteSize();
                }
        QCOMPARE(e.originalBytes, layerTensors);
        // The variant counts all tensors; the layers' part of it must equal the estimate.
        QCOMPARE(e.bytes, v->bytes - (v->originalBytes - layerTensors));
        for (const LayerEstimate &l : e.layers)
            QVERIFY(l.sizeExact);
    }

    void wandaPrunesByActivationNorms()
    {
        // Calibrate on the first 1024 bytes of the held-out text, then prune the MLP layers by
        // |w|·‖x‖: exactly the requested count goes, and the pruned weights carry the least
        // activation-weighted mass (Σ (w_ij·‖x_j‖)²) any choice of that many could carry — at
        // most what magnitude pruning removes by the same measure.
        auto model = openModel(demoLm());
        QVERIFY(model.ok());
        const Model &m = **model;
        QFile f(demoLm() + QStringLiteral("/validation.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        JobContext ctx;
        CalibrationOptions co;
        co.maxTokens = 1024;
        auto norms = calibrateInputNorms(m, f.readAll(), co, ctx);
        QVERIFY2(norms.ok(), qPrintable(norms.ok() ? QString() : norms.error().message));
        QCOMPARE(norms->size(), m.layers.size());
        int dense = 0;
        for (std::size_t i = 0; i < m.layers.size(); ++i) {
            const Layer &l = m.layers[i];
            if (l.op != OpKind::Dense || l.weight < 0)
                continue;
            ++dense;
            QVERIFY2(std::int64_t((*norms)[i].size()) == l.inFeatures(m.tensors[std::size_t(l.weight)]), qPrintable(l.name));
            for (float v : (*norms)[i])
                QVERIFY(std::isfinite(v) && v >= 0.0f);
        }
        QVERIFY(dense >= 4 * 4 + 1); // four per block and the tied head

        const PlanResolution wanda = resolve(m, R"({"pare_recipe":1,"rules":[{"match":"*mlp*","prune":{"sparsity":0.5,"score":"wanda"}}]})");
        const PlanResolution magnitude = resolve(m, R"({"pare_recipe":1,"rules":[{"match":"*mlp*","prune":{"sparsity":0.5}}]})");
        CompressOptions options;
        options.inputNorms = *norms;
        auto vw = compressModel(m, wanda.plans, ctx, options);
        auto vm = compressModel(m, magnitude.plans, ctx, options);
        QVERIFY(vw.ok() && vm.ok());
        int checked = 0;
        for (std::size_t i = 0; i < m.layers.size(); ++i) {
            if (!wanda.plans[i].prune)
                continue;
            const auto w = toWeightMatrix(m.layers[i], m.tensors[std::size_t(m.layers[i].weight)]);
            QVERIFY(w.ok());
            const std::vector<float> &x = (*norms)[i];
            const std::vector<float> dw = vw->layers[i].encoding->decode();
            const std::vector<float> dm = vm->layers[i].encoding->decode();
            std::int64_t zw = 0, zm = 0;
            double lostW = 0, lostM = 0;
            for (std::int64_t r = 0; r < w->rows; ++r)
                for (std::int64_t c = 0; c < w->cols; ++c) {
                    const std::size_t k = std::size_t(r * w->cols + c);
                    const double s = double(w->values[k]) * x[std::size_t(c)];
                    zw += dw[k] == 0.0f;
                    zm += dm[k] == 0.0f;
                    lostW += dw[k] == 0.0f ? s * s : 0.0;
                    lostM += dm[k] == 0.0f ? s * s : 0.0;
                    if (dw[k] != 0.0f)
                        QCOMPARE(dw[k], w->values[k]);
                }
            QCOMPARE(zw, prunedCount(w->rows * w->cols, 0.5));
            QCOMPARE(zw, zm);
            QVERIFY2(lostW < lostM, qPrintable(QStringLiteral("%1: wanda %2 vs magnitude %3").arg(m.layers[i].name).arg(lostW).arg(lostM)));
            QCOMPARE(vw->layers[i].bytes, vm->layers[i].bytes); // same count, same encoding size
            ++checked;
        }
        QCOMPARE(checked, 8); // c_fc and c_proj of four blocks

        // On held-out bytes (after the calibration bytes), the Wanda variant predicts the text
        // better than the magnitude one at the same sparsity.
        f.seek(0);
        const QByteArray heldOut = f.readAll().mid(1024, 4096);
        auto original = DecoderWeights::fromModel(m);
        QVERIFY(original.ok());
        const Decoder base(std::make_shared<const DecoderWeights>(std::move(*original)));
        double ppl[2] = {0, 0};
        for (int k = 0; k < 2; ++k) {
            auto ov = overridesFromVariant(m, k == 0 ? *vw : *vm);
            QVERIFY(ov.ok());
            auto dw = DecoderWeights::fromModel(m, &*ov);
            QVERIFY(dw.ok());
            const Decoder variant(std::make_shared<const DecoderWeights>(std::move(*dw)));
            auto r = evaluateLanguageModel(base, &variant, heldOut, {}, ctx);
            QVERIFY(r.ok());
            ppl[k] = r->variantPerplexity;
        }
        qInfo("50 %% of the MLP weights pruned: perplexity Wanda %.4f, magnitude %.4f", ppl[0], ppl[1]);
        QVERIFY(std::isfinite(ppl[0]) && std::isfinite(ppl[1]));
        QVERIFY(ppl[0] < ppl[1]);

        // Without norms the plan still runs, by magnitude, and says so.
        auto fallback = compressModel(m, wanda.plans, ctx);
        QVERIFY(fallback.ok());
        QVERIFY(fallback->notes.join(QLatin1Char('\n')).contains(QStringLiteral("instead of Wanda")));
        // … and flags exactly those layers (the GUI lists them on the variant's card).
        int flagged = 0;
        for (const CompressedLayer &l : fallback->layers) {
            const LayerPlan &p = wanda.plans[std::size_t(l.layer)];
            const bool planned = p.changesWeights() && p.prune && p.prune->score == PruneScore::Wanda;
            QCOMPARE(l.magnitudeFallback, l.changed && planned);
            flagged += l.magnitudeFallback ? 1 : 0;
        }
        QVERIFY(flagged > 0);
        for (const CompressedLayer &l : vw->layers) // calibrated: no layer fell back
            QVERIFY(!l.magnitudeFallback);
    }
};

QTEST_GUILESS_MAIN(TestCompressDemo)
#include "tst_compressdemo.moc"
