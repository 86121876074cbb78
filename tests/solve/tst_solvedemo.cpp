// SPDX-License-Identifier: GPL-3.0-or-later
// Verification on the bundled demos: the solver's plan, measured end to end, is at least as
// good as the uniform recipes of the same (or larger) size.
#include "io/modelio.h"
#include "service/study.h"
#include "solve/budget.h"
#include "solve/sensitivity.h"
#include "solve/solver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The message of a failed Result (QVERIFY2 evaluates its message even when it passes).
#define PARE_ERR(r) ((r).ok() ? "" : qPrintable((r).error().message))

using namespace pare::core;

namespace {

const QString kDemo = QStringLiteral(PARE_SOURCE_DIR "/resources/demo");

std::shared_ptr<const Model> open(const QString &path)
{
    auto m = openModel(path);
    if (!m.ok())
        qFatal("%s", PARE_ERR(m));
    return std::move(m).value();
}

StudyQuality measure(const std::shared_ptr<const Model> &model, const QString &name, const Recipe &recipe,
                     std::int64_t evalBytes, std::int64_t *bytes)
{
    StudyOptions so;
    so.latency = false;
    so.maxEvalBytes = evalBytes;
    JobContext ctx;
    auto mv = measureVariant(model, name, recipe, so, ctx);
    if (!mv.ok())
        qFatal("%s: %s", qPrintable(name), PARE_ERR(mv));
    *bytes = mv->summary.bytes;
    if (!mv->summary.quality.measured)
        qFatal("%s: quality not measured: %s", qPrintable(name), qPrintable(mv->summary.notes.join(QStringLiteral("; "))));
    return mv->summary.quality;
}

std::vector<int> uniform(const SensitivityTable &t, const QString &id)
{
    return std::vector<int>(t.layers.size(), t.optionIndex(id));
}

std::int64_t tableBytes(const SensitivityTable &t, const std::vector<int> &choice)
{
    std::int64_t b = t.fixedBytes;
    for (std::size_t i = 0; i < choice.size(); ++i)
        b += t.layers[i].cells[std::size_t(choice[i])].bytes;
    return b;
}

} // namespace

class TestSolveDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cacheFromAnotherSetupIsNotResumed()
    {
        const auto model = open(kDemo + QStringLiteral("/kjv-gpt2"));
        SweepOptions sweep;
        sweep.level = DamageLevel::Weight;
        QTemporaryDir dir;
        sweep.cachePath = dir.filePath(QStringLiteral("sens.json"));
        SensitivityTable table;
        int calls = 0;
        JobContext cancelSoon(nullptr, nullptr, [&calls] { return ++calls > 60; });
        QVERIFY(runSensitivity(model, sweep, table, cancelSoon).isCanceled());
        const int partial = table.cellsDone();
        QVERIFY(partial > 0 && partial < table.cellsTotal());

        // The same setup resumes the cached cells before its first step …
        JobContext cancelAtOnce(nullptr, nullptr, [] { return true; });
        SensitivityTable same;
        QVERIFY(runSensitivity(model, sweep, same, cancelAtOnce).isCanceled());
        QCOMPARE(same.cellsDone(), partial);
        // … but latencies of another kind (measured, not modelled) start a fresh table.
        SweepOptions measured = sweep;
        measured.measureLatency = true;
        SensitivityTable other;
        QVERIFY(runSensitivity(model, measured, other, cancelAtOnce).isCanceled());
        QCOMPARE(other.cellsDone(), 0);
        QVERIFY(other.setup != same.setup);
    }

    void languageModelAt4p5Bpw()
    {
        const auto model = open(kDemo + QStringLiteral("/kjv-gpt2"));
        SweepOptions sweep;
        sweep.level = DamageLevel::EndToEnd;
        sweep.maxEvalBytes = 1024;
        QTemporaryDir dir;
        sweep.cachePath = dir.filePath(QStringLiteral("sens.json"));
        SensitivityTable table;
        // Cancel part-way, then resume from the cache: the sweep continues where it stopped.
        int calls = 0;
        JobContext cancelSoon(nullptr, nullptr, [&calls] { return ++calls > 400; });
        auto first = runSensitivity(model, sweep, table, cancelSoon);
        QVERIFY(first.isCanceled());
        const int partial = table.cellsDone();
        QVERIFY(partial > 0 && partial < table.cellsTotal());
        SensitivityTable resumed;
        JobContext ctx;
        QVERIFY(runSensitivity(model, sweep, resumed, ctx).ok());
        QVERIFY(resumed.complete());
        QCOMPARE(int(resumed.layers.size()), 16);

        const std::int64_t evalBytes = 16384;
        std::int64_t uniformBytes = 0;
        const Recipe uniformRecipe = recipeForChoice(resumed, uniform(resumed, QStringLiteral("int4")));
        const StudyQuality u = measure(model, QStringLiteral("uniform int4 g128"), uniformRecipe, evalBytes, &uniformBytes);
        QCOMPARE(uniformBytes, tableBytes(resumed, uniform(resumed, QStringLiteral("int4")))); // exact bytes

        auto plan = solveBudget(resumed, Budget{BudgetKind::BitsPerWeight, 4.5});
        QVERIFY2(plan.ok(), PARE_ERR(plan));
        QVERIFY(plan->bitsPerWeight <= 4.5);
        std::int64_t planBytes = 0;
        const StudyQuality s = measure(model, QStringLiteral("solver 4.5 bpw"), plan->recipe, evalBytes, &planBytes);
        QCOMPARE(planBytes, plan->bytes);

        // Same size as the uniform recipe.
        auto same = solveBudget(resumed, Budget{BudgetKind::Bytes, double(uniformBytes)});
        QVERIFY(same.ok());
        std::int64_t sameBytes = 0;
        const StudyQuality s2 = measure(model, QStringLiteral("solver, uniform's size"), same->recipe, evalBytes, &sameBytes);
        QVERIFY(sameBytes <= uniformBytes);

        qInfo("kjv-gpt2, KL(original || variant) on %lld bytes:", qlonglong(evalBytes));
        qInfo("  uniform int4 g128 : %8lld bytes  %.3f bpw  KL %.5f", qlonglong(uniformBytes),
              8.0 * double(uniformBytes - resumed.fixedBytes) / double([&] { std::int64_t p = 0; for (auto &l : resumed.layers) p += l.parameters; return p; }()),
              u.meanKl);
        qInfo("  solver same size  : %8lld bytes  %.3f bpw  KL %.5f", qlonglong(sameBytes), same->bitsPerWeight, s2.meanKl);
        qInfo("  solver 4.5 bpw    : %8lld bytes  %.3f bpw  KL %.5f", qlonglong(planBytes), plan->bitsPerWeight, s.meanKl);
        QVERIFY(plan->bytes >= uniformBytes);
        QVERIFY2(s.meanKl <= u.meanKl, "the solver's 4.5 bpw plan is worse than uniform int4");
        QVERIFY2(s2.meanKl <= u.meanKl, "the solver's plan of the uniform's size is worse than uniform int4");
    }

    // Output-level damage (each layer's output error on calibration inputs, no model run per
    // cell): its 4.5 bpw plan is at least as good end to end as uniform int4. The calibration
    // text is held out: 2 KiB from the middle of validation.txt, away from the evaluated start.
    void languageModelOutputLevel()
    {
        const auto model = open(kDemo + QStringLiteral("/kjv-gpt2"));
        QFile text(kDemo + QStringLiteral("/kjv-gpt2/validation.txt"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QByteArray all = text.readAll();
        QVERIFY(all.size() > 102400);
        QTemporaryDir dir;
        const QString calibration = dir.filePath(QStringLiteral("calibration.txt"));
        {
            QFile f(calibration);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(all.mid(100000, 2048));
        }
        SweepOptions sweep;
        sweep.level = DamageLevel::Output;
        sweep.dataPath = calibration;
        SensitivityTable table;
        JobContext ctx;
        auto r = runSensitivity(model, sweep, table, ctx);
        QVERIFY2(r.ok(), PARE_ERR(r));
        QVERIFY(table.complete());
        QCOMPARE(int(table.layers.size()), 16);
        QVERIFY2(table.data.contains(QStringLiteral("calibration")), qPrintable(table.data));
        for (const SensitivityLayer &l : table.layers) // int3 hurts more than int8 on every layer
            QVERIFY(l.cells[std::size_t(table.optionIndex(QStringLiteral("int3")))].damage
                    > l.cells[std::size_t(table.optionIndex(QStringLiteral("int8")))].damage);

        const std::int64_t evalBytes = 16384;
        std::int64_t uniformBytes = 0, planBytes = 0, weightBytes = 0;
        const StudyQuality u = measure(model, QStringLiteral("uniform int4 g128"),
                                       recipeForChoice(table, uniform(table, QStringLiteral("int4"))), evalBytes, &uniformBytes);
        auto plan = solveBudget(table, Budget{BudgetKind::BitsPerWeight, 4.5});
        QVERIFY2(plan.ok(), PARE_ERR(plan));
        const StudyQuality s = measure(model, QStringLiteral("solver 4.5 bpw, output damage"), plan->recipe, evalBytes, &planBytes);
        QCOMPARE(planBytes, plan->bytes);

        // For the README: the data-free weight level at the same budget, measured the same way.
        SweepOptions weightSweep;
        SensitivityTable weightTable;
        QVERIFY(runSensitivity(model, weightSweep, weightTable, ctx).ok());
        auto weightPlan = solveBudget(weightTable, Budget{BudgetKind::BitsPerWeight, 4.5});
        QVERIFY(weightPlan.ok());
        const StudyQuality w = measure(model, QStringLiteral("solver 4.5 bpw, weight damage"), weightPlan->recipe, evalBytes, &weightBytes);
        qInfo("kjv-gpt2, KL(original || variant) on %lld bytes:", qlonglong(evalBytes));
        qInfo("  uniform int4 g128        : %8lld bytes  KL %.5f", qlonglong(uniformBytes), u.meanKl);
        qInfo("  solver 4.5 bpw, weight   : %8lld bytes  %.3f bpw  KL %.5f", qlonglong(weightBytes), weightPlan->bitsPerWeight, w.meanKl);
        qInfo("  solver 4.5 bpw, output   : %8lld bytes  %.3f bpw  KL %.5f", qlonglong(planBytes), plan->bitsPerWeight, s.meanKl);
        QVERIFY(plan->bitsPerWeight <= 4.5);
        // Not met on this demo (issue #11): a layer's own output error does not see how far its
        // error travels — the e2e sweep protects block 0, the output level gives the attention
        // projections int3 because their inputs are small. Measured: KL 0.0183 against 0.0146.
        QEXPECT_FAIL("", "output-level damage ignores error propagation; see README (Budget solver)", Continue);
        QVERIFY2(s.meanKl <= u.meanKl, "the output-level 4.5 bpw plan is worse than uniform int4");
        // What does hold: the plan is a real trade-off, not a collapse (within 1.5× uniform int4).
        QVERIFY(s.meanKl <= 1.5 * u.meanKl);
    }

    void classifierAtQuarterSize()
    {
        const auto model = open(kDemo + QStringLiteral("/fashion-cnn/fashion_cnn.onnx"));
        SweepOptions sweep;
        sweep.level = DamageLevel::EndToEnd;
        sweep.maxExamples = 500; // the sweep ranks on half the examples; the comparison uses all 1000
        SensitivityTable table;
        JobContext ctx;
        QVERIFY(runSensitivity(model, sweep, table, ctx).ok());
        QVERIFY(table.complete());
        const Budget budget{BudgetKind::Ratio, 4.0};
        const double budgetBytes = std::floor(double(table.modelBytes) / 4.0);

        double bestUniform = -1;
        QString bestName;
        for (std::size_t o = 1; o < table.options.size(); ++o) {
            const auto choice = uniform(table, table.options[o].id);
            bool applies = true;
            for (std::size_t i = 0; i < choice.size(); ++i)
                applies = applies && table.layers[i].cells[o].applicable();
            if (!applies || double(tableBytes(table, choice)) > budgetBytes)
                continue;
            std::int64_t bytes = 0;
            const StudyQuality q = measure(model, table.options[o].label, recipeForChoice(table, choice), 0, &bytes);
            QCOMPARE(bytes, tableBytes(table, choice));
            qInfo("  uniform %-18s: %8lld bytes (%.1f %%)  accuracy %.4f", qPrintable(table.options[o].label),
                  qlonglong(bytes), 100.0 * double(bytes) / double(table.modelBytes), q.accuracy);
            if (q.accuracy > bestUniform) {
                bestUniform = q.accuracy;
                bestName = table.options[o].label;
            }
        }
        QVERIFY2(bestUniform >= 0, "no uniform recipe fits 25 %");
        auto plan = solveBudget(table, budget);
        QVERIFY2(plan.ok(), PARE_ERR(plan));
        std::int64_t bytes = 0;
        const StudyQuality s = measure(model, QStringLiteral("solver 4x"), plan->recipe, 0, &bytes);
        QCOMPARE(bytes, plan->bytes);
        QVERIFY(double(bytes) <= budgetBytes);
        qInfo("  solver 4x               : %8lld bytes (%.1f %%)  accuracy %.4f (best uniform: %s %.4f)",
              qlonglong(bytes), 100.0 * double(bytes) / double(table.modelBytes), s.accuracy, qPrintable(bestName),
              bestUniform);
        QVERIFY2(s.accuracy >= bestUniform, "the solver's plan is less accurate than the best uniform recipe");
    }
};

QTEST_GUILESS_MAIN(TestSolveDemo)
#include "tst_solvedemo.moc"
