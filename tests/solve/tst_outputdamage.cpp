// SPDX-License-Identifier: GPL-3.0-or-later
// Output-level damage: the Gram-matrix error against an explicit ‖ΔW Xᵀ‖², the calibration's
// statistics on a tiny GPT-2, and a constructed model where the only difference between two
// layers is the size of their inputs.
#include "io/modelio.h"
#include "runtime/calibration.h"
#include "solve/sensitivity.h"
#include "solve/solver.h"

#include <QTest>

#include <cmath>
#include <random>

#define PARE_ERR(r) ((r).ok() ? "" : qPrintable((r).error().message))

using namespace pare::core;

namespace {

// Relative agreement between the Gram form and the explicit product (double sums of floats).
constexpr double kGramTolerance = 1e-9;

std::vector<float> randomValues(std::mt19937 &rng, std::size_t n, float scale)
{
    std::normal_distribution<float> d(0.0f, scale);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

InputGram gramOf(const std::vector<float> &x, std::int64_t samples, std::int64_t cols, bool full)
{
    InputGram g;
    g.cols = cols;
    g.samples = samples;
    g.diag.assign(std::size_t(cols), 0.0);
    if (full)
        g.full.assign(std::size_t(cols * cols), 0.0);
    for (std::int64_t t = 0; t < samples; ++t)
        for (std::int64_t i = 0; i < cols; ++i) {
            const double xi = x[std::size_t(t * cols + i)];
            g.diag[std::size_t(i)] += xi * xi;
            if (full)
                for (std::int64_t j = 0; j < cols; ++j)
                    g.full[std::size_t(i * cols + j)] += xi * double(x[std::size_t(t * cols + j)]);
        }
    return g;
}

// ‖D Xᵀ‖²_F computed directly: D rows × cols, X samples × cols.
double explicitError(const std::vector<float> &d, std::int64_t rows, const std::vector<float> &x, std::int64_t samples,
                     std::int64_t cols)
{
    double sum = 0;
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t t = 0; t < samples; ++t) {
            double dot = 0;
            for (std::int64_t j = 0; j < cols; ++j)
                dot += double(d[std::size_t(r * cols + j)]) * double(x[std::size_t(t * cols + j)]);
            sum += dot * dot;
        }
    return sum;
}

// Two Dense layers "small" and "large" with the same 48 × 64 weights.
std::shared_ptr<Model> twinModel()
{
    std::mt19937 rng(7);
    const std::vector<float> w = randomValues(rng, 48 * 64, 0.05f);
    auto m = std::make_shared<Model>();
    m->path = QStringLiteral("twin-fixture");
    for (const char *name : {"small", "large"}) {
        m->tensors.push_back(Tensor::fromFloats(QLatin1String(name) + QStringLiteral(".weight"), Shape{48, 64}, w));
        Layer l;
        l.name = QLatin1String(name);
        l.op = OpKind::Dense;
        l.weight = int(m->tensors.size()) - 1;
        m->layers.push_back(l);
    }
    m->reindex();
    return m;
}

} // namespace

class TestOutputDamage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gramMatchesExplicitProduct()
    {
        std::mt19937 rng(1);
        const std::int64_t rows = 300, cols = 24, samples = 40; // rows > 256: several row blocks
        const std::vector<float> d = randomValues(rng, std::size_t(rows * cols), 0.1f);
        std::vector<float> x = randomValues(rng, std::size_t(samples * cols), 1.0f);
        for (std::int64_t t = 0; t < samples; ++t) // correlated columns: the diagonal alone is not enough
            x[std::size_t(t * cols + 1)] = x[std::size_t(t * cols)] + 0.1f * x[std::size_t(t * cols + 1)];
        const double expected = explicitError(d, rows, x, samples, cols);
        const double full = outputSquaredError(d.data(), rows, gramOf(x, samples, cols, true));
        QVERIFY2(std::abs(full - expected) <= kGramTolerance * expected, qPrintable(QStringLiteral("%1 vs %2").arg(full).arg(expected)));
        // The diagonal form is Σ_rj d_rj² Σ_t x_tj²: exact for uncorrelated columns only.
        double diagExpected = 0;
        const InputGram diag = gramOf(x, samples, cols, false);
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t j = 0; j < cols; ++j)
                diagExpected += double(d[std::size_t(r * cols + j)]) * d[std::size_t(r * cols + j)] * diag.diag[std::size_t(j)];
        QVERIFY(std::abs(outputSquaredError(d.data(), rows, diag) - diagExpected) <= kGramTolerance * diagExpected);
        QVERIFY(std::abs(diagExpected - expected) > 1e-3 * expected);
    }

    void calibrationOnTinyGpt2()
    {
        auto model = openModel(QStringLiteral(PARE_TEST_DATA "/runtime/gpt2-tiny"));
        QVERIFY2(model.ok(), PARE_ERR(model));
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += char('a' + (i * 7) % 26);
        JobContext ctx;
        GramOptions go;
        go.calibration.maxTokens = 150;
        auto grams = calibrateInputGrams(**model, text, go, ctx);
        QVERIFY2(grams.ok(), PARE_ERR(grams));
        auto norms = calibrateInputNorms(**model, text, go.calibration, ctx);
        QVERIFY2(norms.ok(), PARE_ERR(norms));
        QCOMPARE(grams->size(), (*model)->layers.size());
        int withGram = 0;
        for (std::size_t i = 0; i < grams->size(); ++i) {
            const auto &g = (*grams)[i];
            QCOMPARE(bool(g), !(*norms)[i].empty());
            if (!g)
                continue;
            ++withGram;
            QCOMPARE(g->samples, std::int64_t(150));
            QVERIFY(g->hasFull());
            for (std::int64_t j = 0; j < g->cols; ++j) {
                const double n = (*norms)[i][std::size_t(j)];
                QVERIFY(std::abs(g->diag[std::size_t(j)] - n * n) <= 1e-4 * std::max(1.0, n * n));
                QVERIFY(std::abs(g->full[std::size_t(j * g->cols + j)] - g->diag[std::size_t(j)])
                        <= 1e-9 * std::max(1.0, g->diag[std::size_t(j)]));
            }
        }
        QVERIFY(withGram >= 4);
        // Past the cap: the diagonal only.
        go.maxGramCols = 1;
        auto capped = calibrateInputGrams(**model, text, go, ctx);
        QVERIFY(capped.ok());
        for (const auto &g : *capped)
            QVERIFY(!g || (!g->hasFull() && g->samples == 150));
    }

    // The same weights and the same weight error: the layer with 10× larger inputs has 100× the
    // output damage, and the solver compresses the other one first.
    void largeInputsRankAboveSmallInputs()
    {
        const auto model = twinModel();
        std::mt19937 rng(3);
        const std::vector<float> xs = randomValues(rng, 128 * 64, 1.0f);
        std::vector<float> xl = xs;
        for (float &v : xl)
            v *= 10.0f;
        auto grams = std::make_shared<InputGrams>(2);
        (*grams)[0] = std::make_shared<InputGram>(gramOf(xs, 128, 64, true));
        (*grams)[1] = std::make_shared<InputGram>(gramOf(xl, 128, 64, true));

        SweepOptions sweep;
        sweep.level = DamageLevel::Output;
        sweep.grams = grams;
        SensitivityTable out;
        JobContext ctx;
        auto r = runSensitivity(model, sweep, out, ctx);
        QVERIFY2(r.ok(), PARE_ERR(r));
        QVERIFY(out.complete());
        sweep.level = DamageLevel::Weight;
        SensitivityTable weight;
        QVERIFY(runSensitivity(model, sweep, weight, ctx).ok());

        QCOMPARE(out.layers[0].name, QStringLiteral("small"));
        int compared = 0;
        for (std::size_t o = 1; o < out.options.size(); ++o) {
            const SensitivityCell &s = out.layers[0].cells[o], &l = out.layers[1].cells[o];
            if (!s.applicable() || !(s.damage > 0))
                continue;
            ++compared;
            QCOMPARE(s.relativeError, l.relativeError);
            QCOMPARE(weight.layers[0].cells[o].damage, weight.layers[1].cells[o].damage);
            QVERIFY2(std::abs(l.damage / s.damage - 100.0) < 1e-6,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(out.options[o].id).arg(l.damage).arg(s.damage)));
        }
        QVERIFY(compared >= 8);
        // Normalised like the weight level: Σ damage of a uniform option over both layers lies
        // between the two layers' weight-level damages summed at 1/100 and 100 times.
        const int int4 = out.optionIndex(QStringLiteral("int4"));
        const double outSum = out.layers[0].cells[std::size_t(int4)].damage + out.layers[1].cells[std::size_t(int4)].damage;
        const double wSum = weight.layers[0].cells[std::size_t(int4)].damage + weight.layers[1].cells[std::size_t(int4)].damage;
        QVERIFY(outSum > 0.1 * wSum && outSum < 10 * wSum);

        // Room for one layer at int4 and one kept: the solver keeps the large-input layer.
        const std::int64_t keepBytes = out.layers[0].cells[0].bytes;
        const std::int64_t int4Bytes = out.layers[0].cells[std::size_t(int4)].bytes;
        SensitivityTable two = out;
        two.options = {out.options[0], out.options[std::size_t(int4)]};
        for (SensitivityLayer &l : two.layers)
            l.cells = {l.cells[0], l.cells[std::size_t(int4)]};
        auto plan = solveBudget(two, Budget{BudgetKind::Bytes, double(two.fixedBytes + keepBytes + int4Bytes)});
        QVERIFY2(plan.ok(), PARE_ERR(plan));
        QCOMPARE(plan->choice, (std::vector<int>{1, 0}));
    }

    // Latency budgets: every option's own kernel is timed, once per (shape, kernel) — the twin
    // layers share each measurement.
    void measuredOptionLatency()
    {
        const auto model = twinModel();
        SweepOptions sweep;
        sweep.measureLatency = true;
        SensitivityTable t;
        JobContext ctx;
        auto r = runSensitivity(model, sweep, t, ctx);
        QVERIFY2(r.ok(), PARE_ERR(r));
        QVERIFY2(t.latencySource.source.contains(QStringLiteral("each option's kernel")), qPrintable(t.latencySource.source));
        int timed = 0;
        for (std::size_t o = 1; o < t.options.size(); ++o) {
            const SensitivityCell &a = t.layers[0].cells[o], &b = t.layers[1].cells[o];
            if (!a.applicable())
                continue;
            QVERIFY(a.latencyUs > 0);
            QCOMPARE(a.latencyUs, b.latencyUs);
            ++timed;
        }
        QVERIFY(timed >= 8);
        // The solver reads them: a latency budget between the cheapest and the original.
        auto plan = solveBudget(t, Budget{BudgetKind::Latency, 1e9});
        QVERIFY2(plan.ok(), PARE_ERR(plan));
        QCOMPARE(plan->choice, (std::vector<int>{0, 0}));
    }

    // Graph models: the demo classifier as ONNX and as its Keras twin. Every layer is
    // calibrated on the bundled examples (none falls back to weight damage), and the twins —
    // the same weights in NCHW/OIHW and NHWC/HWIO layouts — get the same damage per option.
    void classifierOutputLevel()
    {
        JobContext ctx;
        SweepOptions sweep;
        sweep.level = DamageLevel::Output;
        sweep.options = {defaultSolveOptions()[0], defaultSolveOptions()[1], defaultSolveOptions()[3],
                         defaultSolveOptions()[4]}; // keep, int8, int4, int3
        std::vector<SensitivityTable> tables;
        for (const char *file : {"fashion_cnn.onnx", "fashion_cnn.h5"}) {
            auto model = openModel(QStringLiteral(PARE_SOURCE_DIR "/resources/demo/fashion-cnn/") + QLatin1String(file));
            QVERIFY2(model.ok(), PARE_ERR(model));
            SensitivityTable t;
            auto r = runSensitivity(*model, sweep, t, ctx);
            QVERIFY2(r.ok(), PARE_ERR(r));
            QVERIFY(t.complete());
            QVERIFY2(t.notes.filter(QStringLiteral("no calibration inputs")).isEmpty(), qPrintable(t.notes.join(QStringLiteral("; "))));
            QVERIFY2(t.data.contains(QStringLiteral("test-1000.npz")), qPrintable(t.data));
            QCOMPARE(int(t.layers.size()), 4);
            const int int8 = t.optionIndex(QStringLiteral("int8")), int3 = t.optionIndex(QStringLiteral("int3"));
            for (const SensitivityLayer &l : t.layers)
                QVERIFY2(l.cells[std::size_t(int3)].damage > l.cells[std::size_t(int8)].damage, qPrintable(l.name));
            tables.push_back(std::move(t));
        }
        // Quantization groups run along each layout's own columns, so the twins' int-k errors
        // differ a little; int8's damage agrees to a few per cent per layer.
        const int int8 = tables[0].optionIndex(QStringLiteral("int8"));
        for (std::size_t i = 0; i < tables[0].layers.size(); ++i) {
            const double a = tables[0].layers[i].cells[std::size_t(int8)].damage;
            const double b = tables[1].layers[i].cells[std::size_t(int8)].damage;
            QVERIFY2(std::abs(a - b) <= 0.25 * std::max(a, b),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(tables[0].layers[i].name).arg(a).arg(b)));
        }
    }

    void clearErrors()
    {
        JobContext ctx;
        SweepOptions sweep;
        sweep.level = DamageLevel::Output;
        // A graph model that is not a demo, without --data: no calibration examples.
        auto ops = openModel(QStringLiteral(PARE_TEST_DATA "/runtime/ops.onnx"));
        QVERIFY2(ops.ok(), PARE_ERR(ops));
        SensitivityTable t;
        auto r = runSensitivity(*ops, sweep, t, ctx);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("calibration examples")), qPrintable(r.error().message));
        // A decoder that is not a demo model, without --data: no calibration text.
        auto tiny = openModel(QStringLiteral(PARE_TEST_DATA "/runtime/gpt2-tiny"));
        QVERIFY(tiny.ok());
        SensitivityTable t2;
        r = runSensitivity(*tiny, sweep, t2, ctx);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("calibration text")), qPrintable(r.error().message));
        // Calibration data that does not fit the model names the file.
        sweep.dataPath = QStringLiteral(PARE_TEST_DATA "/runtime/ops.onnx");
        auto cnn = openModel(QStringLiteral(PARE_SOURCE_DIR "/resources/demo/fashion-cnn/fashion_cnn.onnx"));
        QVERIFY(cnn.ok());
        SensitivityTable t3;
        r = runSensitivity(*cnn, sweep, t3, ctx);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("ops.onnx")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestOutputDamage)
#include "tst_outputdamage.moc"
