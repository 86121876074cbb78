// SPDX-License-Identifier: GPL-3.0-or-later
// `pare-cli study PROJECT.pare -o OUT`: replays a saved project and agrees with the figures the
// project holds; exit codes and messages for bad arguments, bad projects and moved or changed models.
#include "io/modelio.h"
#include "paretest.h"
#include "jobs/jobcontext.h"
#include "service/modelservice.h"
#include "service/project.h"
#include "service/study.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pare::core;
using namespace pare::test;

namespace {
const QString kModel = QStringLiteral(PARE_TEST_DATA "/hfdir/gpt2-tiny");

Recipe recipeOf(const char *json)
{
    auto r = Recipe::fromJson(QByteArray(json));
    Q_ASSERT(r.ok());
    return r.value();
}

// What the GUI saves after computing variants: the same services, so the same figures.
Result<Project> makeProject(const QString &modelPath)
{
    JobContext ctx;
    auto model = openModel(modelPath, ctx);
    if (!model.ok())
        return model.error();
    StudyOptions options;
    options.latency = false;
    options.evaluate = false;
    Project p;
    auto ref = describeModelFiles(modelPath, QStringLiteral("safetensors"), ctx);
    if (!ref.ok())
        return ref.error();
    p.model = ref.value();
    const struct
    {
        const char *name;
        const char *recipe;
        bool shown;
    } specs[] = {
        {"int8", R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 8, "granularity": "channel"}}})", true},
        {"int4 g32", R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 4, "granularity": "group", "group_size": 32}}})", true},
        {"hidden", R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 6, "granularity": "channel"}}})", false},
    };
    for (const auto &s : specs) {
        const Recipe recipe = recipeOf(s.recipe);
        auto mv = measureVariant(std::shared_ptr<const Model>(model.value()), QString::fromUtf8(s.name), recipe, options, ctx);
        if (!mv.ok())
            return mv.error();
        ProjectVariant v;
        v.name = QString::fromUtf8(s.name);
        v.shown = s.shown;
        v.recipe = QJsonDocument::fromJson(recipe.toJson()).object();
        v.measured = mv.value();
        p.variants.push_back(v);
    }
    p.recipe = p.variants.front().recipe;
    return p;
}
} // namespace

class TestCliStudy : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    Project m_saved;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto p = makeProject(kModel);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        m_saved = p.value();
        m_project = m_dir.filePath(QStringLiteral("study.pare"));
        QVERIFY(saveProject(m_saved, m_project).ok());
    }

    // A project is not a model: inspect says what it is and what reads it, and exits 3.
    void inspectPointsProjectsToStudy()
    {
        const Run r = runCli({QStringLiteral("inspect"), m_project});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("is a Pare project")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("pare-cli study ") + m_project), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("GUI")), qPrintable(r.err));
        // A model, even one in Pare's own HDF5 file, is still inspected.
        const Run model = runCli({QStringLiteral("inspect"), kModel});
        QCOMPARE(model.code, 0);
    }

    void replaysTheProject()
    {
        const QString out = m_dir.filePath(QStringLiteral("report.json"));
        const QString md = m_dir.filePath(QStringLiteral("report.md"));
        const Run r = runCli({QStringLiteral("study"), m_project, QStringLiteral("-o"), out, QStringLiteral("-o"), md,
                           QStringLiteral("--no-latency"), QStringLiteral("--no-eval"), QStringLiteral("--quiet")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QFileInfo(out).absoluteFilePath()));
        QVERIFY(QFileInfo::exists(md));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray variants = report.value(QStringLiteral("variants")).toArray();
        // The shown variants, in order, with the figures the GUI saved.
        QCOMPARE(variants.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject v = variants.at(i).toObject();
            const StudyVariant &saved = m_saved.variants[std::size_t(i)].measured.summary;
            QCOMPARE(v.value(QStringLiteral("name")).toString(), m_saved.variants[std::size_t(i)].name);
            QCOMPARE(std::int64_t(v.value(QStringLiteral("bytes")).toDouble()), saved.bytes);
            QCOMPARE(std::int64_t(v.value(QStringLiteral("macs")).toDouble()), saved.macs);
            QCOMPARE(v.value(QStringLiteral("relative_error")).toDouble(), saved.relativeError);
            QCOMPARE(v.value(QStringLiteral("recipe")).toObject(), m_saved.variants[std::size_t(i)].recipe);
        }
        QCOMPARE(report.value(QStringLiteral("model")).toObject().value(QStringLiteral("sha256")).toString(),
                 m_saved.model.sha256);
    }

    void allAndJson()
    {
        const QString out = m_dir.filePath(QStringLiteral("all.csv"));
        const Run r = runCli({QStringLiteral("study"), m_project, QStringLiteral("-o"), out, QStringLiteral("--all"),
                           QStringLiteral("--json"), QStringLiteral("--no-latency"), QStringLiteral("--no-eval"),
                           QStringLiteral("-q"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject study = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(study.value(QStringLiteral("variants")).toArray().size(), 3);
        // An existing report is not replaced without --force.
        const Run again = runCli({QStringLiteral("study"), m_project, QStringLiteral("-o"), out, QStringLiteral("-q")});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains(QLatin1String("--force")));
    }

    void usageErrors()
    {
        const QString out = m_dir.filePath(QStringLiteral("u.json"));
        QCOMPARE(runCli({QStringLiteral("study")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("study"), m_project}).code, 2); // no -o
        const Run ext = runCli({QStringLiteral("study"), m_project, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("r.docx"))});
        QCOMPARE(ext.code, 2);
        QCOMPARE(runCli({QStringLiteral("study"), m_project, QStringLiteral("-o"), out, QStringLiteral("--threads"),
                      QStringLiteral("lots")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("study"), m_project, QStringLiteral("-o"), out, QStringLiteral("--bogus")}).code, 2);
        QVERIFY(!QFileInfo::exists(out));
    }

    void badProjects()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad.json"));
        auto expect3 = [&](const QString &project, const QString &mentions) {
            const Run r = runCli({QStringLiteral("study"), project, QStringLiteral("-o"), out, QStringLiteral("-q"),
                               QStringLiteral("--no-latency"), QStringLiteral("--no-eval")});
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(out));
        };
        // Missing, not a project, truncated.
        expect3(m_dir.filePath(QStringLiteral("absent.pare")), QStringLiteral("absent.pare"));
        expect3(QStringLiteral(PARE_TEST_DATA "/onnx/mlp.onnx"), QStringLiteral("not a Pare project"));
        QFile f(m_project);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString cut = m_dir.filePath(QStringLiteral("cut.pare"));
        QFile c(cut);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(bytes.left(bytes.size() / 2));
        c.close();
        expect3(cut, QStringLiteral("cut.pare"));

        // The model moved, or changed since the project was saved.
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("gpt2-tiny"));
        QVERIFY(QDir().mkpath(model));
        for (const QString &name : QDir(kModel).entryList(QDir::Files))
            QVERIFY(QFile::copy(kModel + QLatin1Char('/') + name, model + QLatin1Char('/') + name));
        Project p = m_saved;
        JobContext ctx;
        p.model = describeModelFiles(model, QStringLiteral("safetensors"), ctx).value();
        const QString copied = dir.filePath(QStringLiteral("copied.pare"));
        QVERIFY(saveProject(p, copied).ok());
        QFile weights(model + QStringLiteral("/model.safetensors"));
        QVERIFY(weights.open(QIODevice::ReadWrite));
        QVERIFY(weights.seek(weights.size() - 1));
        const char last = weights.read(1).at(0);
        QVERIFY(weights.seek(weights.size() - 1));
        weights.write(QByteArray(1, char(last ^ 1))); // same size, other bytes
        weights.close();
        expect3(copied, QStringLiteral("has changed"));
        QVERIFY(QDir(model).removeRecursively());
        expect3(copied, QStringLiteral("not there any more"));
    }

    // A variant pruned activation-aware ("wanda") with the project's calibration text: the replay
    // calibrates on the same text, so it prunes the same weights as the GUI did; --calibration
    // replaces the text, and a missing one is named.
    void replayCalibratesLikeTheProject()
    {
        JobContext ctx;
        auto opened = openModel(kModel, ctx);
        QVERIFY(opened.ok());
        const std::shared_ptr<const Model> model = std::move(opened).value();
        const QString text = m_dir.filePath(QStringLiteral("calibration.txt"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        QByteArray tokens; // gpt2-tiny reads bytes as tokens from a vocabulary of 16
        for (int i = 0; i < 4096; ++i)
            tokens.append(char((i * 7 + i / 5) % 16));
        t.write(tokens);
        t.close();
        const Recipe recipe = recipeOf(R"({"pare_recipe": 1, "defaults": {"prune": {"method": "magnitude",
                                           "sparsity": 0.5, "score": "wanda"}}})");
        StudyOptions options;
        options.latency = false;
        options.evaluate = false;
        options.calibrationPath = text;
        auto calibrated = measureVariant(model, QStringLiteral("wanda"), recipe, options, ctx);
        QVERIFY2(calibrated.ok(), qPrintable(calibrated.ok() ? QString() : calibrated.error().message));
        options.calibrationPath.clear();
        auto magnitude = measureVariant(model, QStringLiteral("wanda"), recipe, options, ctx);
        QVERIFY(magnitude.ok());
        // Otherwise the test could not tell a calibrated replay from an uncalibrated one.
        QVERIFY(calibrated->summary.relativeError != magnitude->summary.relativeError);

        Project p = m_saved;
        p.variants.clear();
        ProjectVariant v;
        v.name = QStringLiteral("wanda");
        v.recipe = QJsonDocument::fromJson(recipe.toJson()).object();
        v.measured = calibrated.value();
        p.variants.push_back(v);
        p.calibrationPath = text;
        const QString path = m_dir.filePath(QStringLiteral("wanda.pare"));
        QVERIFY(saveProject(p, path).ok());
        auto replay = [&](const QStringList &extra) {
            const QString out = m_dir.filePath(QStringLiteral("wanda.json"));
            Run r = runCli(QStringList{QStringLiteral("study"), path, QStringLiteral("--no-latency"), QStringLiteral("--no-eval"),
                                       QStringLiteral("-o"), out, QStringLiteral("--force"), QStringLiteral("--quiet")}
                           + extra);
            QFile f(out);
            double error = -1;
            if (r.code == 0 && f.open(QIODevice::ReadOnly))
                error = QJsonDocument::fromJson(f.readAll())
                                .object()
                                .value(QStringLiteral("variants"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("relative_error"))
                                .toDouble();
            return std::pair{r, error};
        };
        const auto [same, sameError] = replay({});
        QVERIFY2(same.code == 0, qPrintable(same.err));
        QCOMPARE(sameError, calibrated->summary.relativeError);
        const auto [missing, missingError] = replay({QStringLiteral("--calibration"), m_dir.filePath(QStringLiteral("absent.txt"))});
        QVERIFY(missing.code != 0);
        QVERIFY2(missing.err.contains(QLatin1String("absent.txt")), qPrintable(missing.err));
    }

    // A project holding a complete sweep (the Budget dock's) and a plan chosen from it: the
    // report gains the solver's front, the plan marked on it, and the plan against the uniform
    // recipes within its budget.
    void projectWithSweepReportsTheSolver()
    {
        JobContext ctx;
        auto opened = openModel(kModel, ctx);
        QVERIFY(opened.ok());
        const std::shared_ptr<const Model> model = std::move(opened).value();
        SweepOptions sweep;
        SensitivityTable table;
        QVERIFY(runSensitivity(model, sweep, table, ctx).ok());
        QVERIFY(table.complete());
        const std::int64_t int4Bytes = m_saved.variants[1].measured.summary.bytes;
        auto plan = solveBudget(table, Budget{BudgetKind::Bytes, double(int4Bytes)});
        QVERIFY(plan.ok());
        Project p = m_saved;
        p.sensitivity = table.toJson();
        ProjectVariant v;
        v.name = QStringLiteral("solver plan");
        v.recipe = QJsonDocument::fromJson(plan->recipe.toJson()).object();
        StudyOptions options;
        options.latency = false;
        options.evaluate = false;
        auto measured = measureVariant(model, v.name, plan->recipe, options, ctx);
        QVERIFY(measured.ok());
        v.measured = measured.value();
        p.variants.push_back(v);
        const QString path = m_dir.filePath(QStringLiteral("solver.pare"));
        QVERIFY(saveProject(p, path).ok());
        const QString out = m_dir.filePath(QStringLiteral("solver.json"));
        const Run r = runCli({QStringLiteral("study"), path, QStringLiteral("--no-latency"), QStringLiteral("--no-eval"),
                              QStringLiteral("-o"), out, QStringLiteral("--quiet")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto study = StudyResult::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        QVERIFY(study.ok());
        QVERIFY(study->solver.present());
        QCOMPARE(study->variants.back().role, QStringLiteral("solver"));
        QVERIFY(std::any_of(study->solver.front.begin(), study->solver.front.end(),
                            [](const StudyFrontPoint &pt) { return pt.variant == QLatin1String("solver plan"); }));
        QCOMPARE(int(study->solver.comparisons.size()), 1);
        const StudyComparison &k = study->solver.comparisons.front();
        QCOMPARE(k.solver.bytes, plan->bytes);
        // int4 g32 fits the budget (the plan's budget was its size); int8 does not.
        QCOMPARE(int(k.uniform.size()), 1);
        QCOMPARE(k.uniform.front().name, QStringLiteral("int4 g32"));
        QVERIFY(k.verdict == QLatin1String(kVerdictAtLeastAsGood) || k.verdict == QLatin1String(kVerdictWorse));
    }
};

QTEST_GUILESS_MAIN(TestCliStudy)
#include "tst_cli_study.moc"
