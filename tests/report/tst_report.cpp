// SPDX-License-Identifier: GPL-3.0-or-later
// One study of a small model, in every report format: each must carry the same figures.
#include "reportschema.h"
#include "reportwriter.h"
#include "service/modelinfo.h"
#include "service/study.h"
#include "solve/budget.h"
#include "svgcharts.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pare::core;
using namespace pare::report;

namespace {
const QString kModel = QStringLiteral(PARE_TEST_DATA "/hfdir/gpt2-tiny");

Recipe recipe(const char *json)
{
    auto r = Recipe::fromJson(QByteArray(json));
    return r.ok() ? r.value() : Recipe{};
}

QList<QStringList> parseCsv(const QByteArray &data)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(data);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}


StudyVariant variant(const QString &name, const char *role, std::int64_t bytes, double kl, double budgetBytes = -1)
{
    StudyVariant v;
    v.name = name;
    v.role = QLatin1String(role);
    v.bytes = bytes;
    v.budgetBytes = budgetBytes;
    v.budget = budgetBytes >= 0 ? QStringLiteral("%1 B").arg(budgetBytes) : QString();
    v.quality.measured = kl >= 0;
    v.quality.kind = QStringLiteral("language-model");
    v.quality.meanKl = kl;
    v.relativeError = 0.1;
    v.recipe = QJsonObject{{QStringLiteral("pare_recipe"), 1}};
    return v;
}

// A study built by hand, its figures chosen so the verdict is known: uniform "u-small" (100 B)
// and "u-large" (200 B, over the budget), the solver's plan (95 B, budget 100 B).
StudyResult constructedStudy(double solverKl, double smallKl)
{
    StudyResult s;
    s.modelName = QStringLiteral("constructed");
    s.bytes = 400;
    s.quality.measured = true;
    s.quality.kind = QStringLiteral("language-model");
    s.quality.perplexity = 3.0;
    s.variants = {variant(QStringLiteral("u-small"), kRoleUniform, 100, smallKl),
                  variant(QStringLiteral("u-large"), kRoleUniform, 200, 0.0001),
                  variant(QStringLiteral("hand-tuned"), kRoleRecipe, 90, 0.00001),
                  variant(QStringLiteral("plan"), kRoleSolver, 95, solverKl, 100)};
    s.solver.level = QStringLiteral("weight");
    s.solver.damageUnit = QStringLiteral("relative error² × parameters");
    s.solver.budgetKind = QStringLiteral("bytes");
    s.solver.front = {{80, 2.5, -1, 50.0, {}}, {95, 3.0, -1, 20.0, QStringLiteral("plan")}, {300, 8.0, -1, 1.0, {}}};
    s.environment.threads = 1;
    compareSolverPlans(s);
    return s;
}
// constructedStudy at sizes that print with decimals: the original 2.46 MB, the variants
// 630 kB to 986 kB, the solver's plan 629.6 kB for a budget of 629.8 kB.
StudyResult kilobyteStudy()
{
    StudyResult s = constructedStudy(0.001, 0.002);
    s.bytes = 2'457'600;
    const std::int64_t sizes[] = {630'112, 986'000, 612'345, 629'568};
    for (std::size_t i = 0; i < s.variants.size() && i < 4; ++i)
        s.variants[i].bytes = sizes[i];
    for (StudyVariant &v : s.variants)
        if (v.role == QLatin1String(kRoleSolver)) {
            v.budgetBytes = 629'800;
            v.budget = Budget{BudgetKind::Bytes, 629'800}.text();
        }
    s.solver.front = {{500'000, 2.5, -1, 50.0, {}}, {629'568, 4.3, -1, 20.0, QStringLiteral("plan")}, {2'000'000, 8.0, -1, 1.0, {}}};
    compareSolverPlans(s);
    return s;
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private:
    StudyResult m_study;

private Q_SLOTS:
    void initTestCase()
    {
        StudyOptions options;
        options.latency = true;
        options.repeats = 3;
        options.evaluate = false;
        JobContext ctx;
        auto r = runStudy(kModel,
                          {{QStringLiteral("int8"), recipe(R"({"pare_recipe":1,"defaults":{"quantize":{"bits":8,"granularity":"channel"}}})")},
                           {QStringLiteral("int4 g32"), recipe(R"({"pare_recipe":1,"defaults":{"quantize":{"bits":4,"granularity":"group","group_size":32}}})")}},
                          options, ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        m_study = r.value();
        QCOMPARE(int(m_study.variants.size()), 2);
        QVERIFY(m_study.variants[1].bytes < m_study.variants[0].bytes);
        QCOMPARE(m_study.sha256.size(), 64);
    }

    void jsonRoundTripsAndHasTheSchema()
    {
        const QByteArray json = renderJson(m_study);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), StudyResult::kSchemaVersion);
        for (const char *key : {"model", "variants", "environment"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        for (const char *key : {"path", "format", "sha256", "parameters", "bytes", "macs"})
            QVERIFY2(o.value(QStringLiteral("model")).toObject().contains(QLatin1String(key)), key);
        for (const QJsonValue &v : o.value(QStringLiteral("variants")).toArray()) {
            for (const char *key : {"name", "recipe", "bytes", "compression_ratio", "macs", "relative_error", "layers"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
            QVERIFY(v.toObject().value(QStringLiteral("recipe")).toObject().contains(QStringLiteral("pare_recipe")));
        }
        auto back = StudyResult::fromJson(o);
        QVERIFY(back.ok());
        QCOMPARE(renderJson(back.value()), json); // diffable: the same study renders the same bytes
    }

    // docs/report-schema.json is the published contract for the JSON report; Debian's
    // python3-jsonschema (installed by tools/setup.sh) checks the real output against it, and a
    // damaged copy must be rejected so the check is known to bite.
    void jsonValidatesAgainstTheSchema()
    {
        QTemporaryDir dir;
        const QByteArray json = renderJson(m_study);
        QJsonObject broken = QJsonDocument::fromJson(json).object();
        QJsonObject model = broken.value(QStringLiteral("model")).toObject();
        model.insert(QStringLiteral("bytes"), QStringLiteral("12 MB"));
        broken.insert(QStringLiteral("model"), model);
        const QString good = dir.filePath(QStringLiteral("good.json"));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        for (const auto &[path, bytes] : {std::pair{good, json}, std::pair{bad, QJsonDocument(broken).toJson()}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QString schema = QStringLiteral(PARE_SOURCE_DIR "/docs/report-schema.json");
        const QString script = QStringLiteral(
            "import json, sys, jsonschema\n"
            "schema = json.load(open(sys.argv[1]))\n"
            "jsonschema.Draft202012Validator.check_schema(schema)\n"
            "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n");
        auto validate = [&](const QString &path) {
            QProcess p;
            p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, schema, path});
            p.waitForFinished(60000);
            return std::pair{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                             QString::fromUtf8(p.readAllStandardError())};
        };
        const auto [goodCode, goodErr] = validate(good);
        QVERIFY2(!goodErr.contains(QLatin1String("ModuleNotFoundError")),
                 "python3-jsonschema is missing: run tools/setup.sh");
        QVERIFY2(goodCode == 0, qPrintable(goodErr));
        const auto [badCode, badErr] = validate(bad);
        QVERIFY(badCode != 0);
        QVERIFY2(badErr.contains(QLatin1String("12 MB")), qPrintable(badErr));
    }

    void htmlIsWellFormedAndCarriesTheFigures()
    {
        const QByteArray html = renderHtml(m_study);
        QXmlStreamReader xml(html);
        int svgs = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))
                ++svgs;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        QVERIFY(svgs >= 3); // scatter, bytes, error (and latency)
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("http://") || html.count("http://") == html.count("http://www.w3.org/2000/svg"));
        for (const StudyVariant &v : m_study.variants) {
            QVERIFY(html.contains(v.name.toUtf8()));
            QVERIFY(html.contains(formatBytes(v.bytes).toUtf8()));
        }
        QVERIFY(html.contains(m_study.sha256.toUtf8()));
    }

    void csvSumsToTheTotals()
    {
        const QList<QStringList> rows = parseCsv(renderCsv(m_study));
        QVERIFY(rows.size() > 3);
        const QStringList header = rows.first();
        const int section = header.indexOf(QStringLiteral("section"));
        const int variant = header.indexOf(QStringLiteral("variant"));
        const int bytes = header.indexOf(QStringLiteral("bytes"));
        const int original = header.indexOf(QStringLiteral("original_bytes"));
        QVERIFY(section == 0 && variant > 0 && bytes > 0 && original > 0);
        QHash<QString, qint64> total, layerSum, layerOriginal;
        for (const QStringList &r : rows.mid(1)) {
            QCOMPARE(r.size(), header.size());
            if (r[section] == QLatin1String("total"))
                total[r[variant]] = r[bytes].toLongLong();
            else {
                layerSum[r[variant]] += r[bytes].toLongLong();
                layerOriginal[r[variant]] += r[original].toLongLong();
            }
        }
        QCOMPARE(total.value(QStringLiteral("Original")), m_study.bytes);
        for (const StudyVariant &v : m_study.variants) {
            QCOMPARE(total.value(v.name), v.bytes);
            // What the layers saved is exactly what the total saved.
            QCOMPARE(m_study.bytes - total.value(v.name), layerOriginal.value(v.name) - layerSum.value(v.name));
        }
    }

    void markdownHasTheTables()
    {
        const QString md = QString::fromUtf8(renderMarkdown(m_study));
        QVERIFY(md.startsWith(QLatin1String("# Pare compression report")));
        QVERIFY(md.contains(QLatin1String("| Variant |")));
        for (const StudyVariant &v : m_study.variants)
            QVERIFY(md.contains(QStringLiteral("| %1 |").arg(v.name)));
    }

    void pdfHasPagesAndTheTotals()
    {
        auto pdf = renderPdf(m_study);
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo) not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf.value());
        f.close();
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(30000));
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesRe.match(infoText).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(infoText));
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(body.contains(QLatin1String("Totals")));
        QVERIFY(body.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        for (const StudyVariant &v : m_study.variants)
            QVERIFY2(body.contains(formatBytes(v.bytes)), qPrintable(formatBytes(v.bytes)));
    }

    // The verdict comes from the measured figures, both ways: only uniform recipes within the
    // budget count (not the larger one, not the hand-written recipe).
    void solverVerdictIsComputedBothWays()
    {
        const StudyResult wins = constructedStudy(0.015, 0.02);
        QCOMPARE(wins.solver.qualityFigure, QStringLiteral("mean_kl"));
        QCOMPARE(int(wins.solver.comparisons.size()), 1);
        const StudyComparison &w = wins.solver.comparisons.front();
        QCOMPARE(w.solver.name, QStringLiteral("plan"));
        QCOMPARE(int(w.uniform.size()), 1);
        QCOMPARE(w.uniform.front().name, QStringLiteral("u-small"));
        QCOMPARE(w.best, 0);
        QCOMPARE(w.verdict, QLatin1String(kVerdictAtLeastAsGood));

        const StudyResult loses = constructedStudy(0.03, 0.02);
        const StudyComparison &l = loses.solver.comparisons.front();
        QCOMPARE(l.verdict, QLatin1String(kVerdictWorse));
        const QString md = QString::fromUtf8(renderMarkdown(loses));
        QVERIFY2(md.contains(QLatin1String("is worse than the best uniform recipe within its budget, \"u-small\"")), qPrintable(md));
        QVERIFY(md.contains(QLatin1String("solver worse")));
        const QString html = QString::fromUtf8(renderHtml(loses));
        QVERIFY(html.contains(QLatin1String("is worse than the best uniform recipe")));

        // Accuracy: higher is better.
        StudyResult cls = constructedStudy(-1, -1);
        for (StudyVariant &v : cls.variants) {
            v.quality = StudyQuality{};
            v.quality.measured = true;
            v.quality.kind = QStringLiteral("classifier");
        }
        cls.variants[0].quality.accuracy = 0.80; // u-small
        cls.variants[1].quality.accuracy = 0.95; // u-large: over the budget
        cls.variants[3].quality.accuracy = 0.85; // the plan
        cls.solver.qualityFigure.clear();
        compareSolverPlans(cls);
        QCOMPARE(cls.solver.qualityFigure, QStringLiteral("accuracy"));
        QCOMPARE(cls.solver.comparisons.front().verdict, QLatin1String(kVerdictAtLeastAsGood));
        cls.variants[3].quality.accuracy = 0.75;
        compareSolverPlans(cls);
        QCOMPARE(cls.solver.comparisons.front().verdict, QLatin1String(kVerdictWorse));

        // Nothing within the budget; nothing measured.
        StudyResult none = constructedStudy(0.01, 0.02);
        none.variants[0].bytes = 150;
        compareSolverPlans(none);
        QCOMPARE(none.solver.comparisons.front().verdict, QLatin1String(kVerdictNoUniform));
        StudyResult unmeasured = constructedStudy(-1, 0.02);
        compareSolverPlans(unmeasured);
        QCOMPARE(unmeasured.solver.comparisons.front().verdict, QLatin1String(kVerdictNotMeasured));
    }

    // A real study with the solver: its JSON round-trips and validates, and every format shows
    // the front and the comparison with the study's own figures.
    // A well-quantized variant's KL divergence is tiny: it keeps its significant digits in the
    // quality column and the solver comparison (four decimals printed int8's 2e-5 as 0.0000).
    void smallDivergencesKeepTheirDigits()
    {
        StudyResult s = constructedStudy(0.0000213, 0.00412);
        for (StudyVariant &v : s.variants)
            v.quality.p99Kl = 10 * v.quality.meanKl;
        const QString md = QString::fromUtf8(renderMarkdown(s));
        QVERIFY2(md.contains(QLatin1String("KL 2.13e-05 (p99 0.000213) nats")), qPrintable(md));
        QVERIFY(md.contains(QLatin1String("KL 0.00412 (p99 0.0412) nats")));
        QVERIFY(md.contains(QLatin1String("| 2.13e-05 |"))); // the solver comparison's KL column
        QVERIFY(!md.contains(QLatin1String("0.0000 ")));
    }

    // Weight errors too small for the column's two decimals (an F16 cast's) keep two
    // significant digits instead of reading "0.00 %"; the others keep the column's format.
    void smallWeightErrorsAreNotZero()
    {
        StudyResult s = constructedStudy(0.001, 0.002);
        s.variants[2].relativeError = 0.0000483; // 0.00483 %
        StudyLayer layer;
        layer.name = QStringLiteral("h.0.attn");
        layer.method = QStringLiteral("f16");
        layer.relativeError = 0.0000483;
        s.variants[2].layers.push_back(layer);
        const QString md = QString::fromUtf8(renderMarkdown(s));
        QVERIFY2(md.contains(QLatin1String("| 0.0048 % |")), qPrintable(md)); // totals and layer rows
        QCOMPARE(md.count(QLatin1String("| 0.0048 % |")), 2);
        QVERIFY(md.contains(QLatin1String("| 10.00 % |")));
        QVERIFY(!md.contains(QLatin1String("| 0.00 % |")));
    }

    void solverPartInEveryFormat()
    {
        StudyOptions options;
        options.latency = false;
        options.evaluate = false;
        options.solve.enabled = true;
        options.solve.sameAs = QStringLiteral("int4 g32");
        options.solve.frontPoints = 8;
        JobContext ctx;
        auto r = runStudy(kModel,
                          {{QStringLiteral("int8"), recipe(R"({"pare_recipe":1,"defaults":{"quantize":{"bits":8,"granularity":"channel"}}})")},
                           {QStringLiteral("int4 g32"), recipe(R"({"pare_recipe":1,"defaults":{"quantize":{"bits":4,"granularity":"group","group_size":32}}})")}},
                          options, ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const StudyResult &s = r.value();
        QCOMPARE(int(s.variants.size()), 3);
        const StudyVariant &plan = s.variants.back();
        QCOMPARE(plan.role, QLatin1String(kRoleSolver));
        QCOMPARE(s.variants[0].role, QLatin1String(kRoleUniform));
        QVERIFY(plan.budgetBytes == double(s.variants[1].bytes));
        QVERIFY(plan.bytes <= s.variants[1].bytes);
        QVERIFY(s.solver.present());
        QCOMPARE(s.solver.level, QStringLiteral("weight"));
        QCOMPARE(s.solver.qualityFigure, QStringLiteral("relative_error")); // not evaluated
        QVERIFY(!s.solver.candidateLayers.isEmpty());
        int marked = 0;
        for (std::size_t i = 0; i < s.solver.front.size(); ++i) {
            if (i > 0)
                QVERIFY(s.solver.front[i].bytes >= s.solver.front[i - 1].bytes);
            if (s.solver.front[i].variant == plan.name) {
                ++marked;
                QCOMPARE(s.solver.front[i].bytes, plan.bytes); // predicted bytes are the measured ones
            }
        }
        QCOMPARE(marked, 1);
        QCOMPARE(int(s.solver.comparisons.size()), 1);
        const StudyComparison &k = s.solver.comparisons.front();
        QCOMPARE(k.solver.quality, plan.relativeError);
        QCOMPARE(int(k.uniform.size()), 1); // int4 g32 fits; int8 does not
        QCOMPARE(k.uniform.front().name, QStringLiteral("int4 g32"));
        const bool asGood = plan.relativeError <= s.variants[1].relativeError;
        QCOMPARE(k.verdict, QLatin1String(asGood ? kVerdictAtLeastAsGood : kVerdictWorse));
        // Bits per weight over the solver's layers: the plan's agrees with its front point.
        for (const StudyFrontPoint &p : s.solver.front)
            if (p.variant == plan.name)
                QVERIFY(std::abs(p.bitsPerWeight - k.solver.bitsPerWeight) < 1e-9);

        // JSON: round trip, schema.
        const QByteArray json = renderJson(s);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QVERIFY(o.value(QStringLiteral("solver")).isObject());
        QCOMPARE(o.value(QStringLiteral("solver")).toObject().value(QStringLiteral("front")).toArray().size(), qsizetype(s.solver.front.size()));
        auto back = StudyResult::fromJson(o);
        QVERIFY(back.ok());
        QCOMPARE(renderJson(back.value()), json);
        const auto [code, err] = validateAgainstSchema(json);
        QVERIFY2(code == 0, qPrintable(err));

        // HTML: the section, its chart, the table with the plan's figures, every front point.
        const QString html = QString::fromUtf8(renderHtml(s));
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(html.contains(QLatin1String("<h2 id=\"solver\">Budget solver</h2>")));
        QVERIFY(html.contains(QLatin1String("Budget solver: predicted damage against size")));
        QVERIFY(html.contains(QLatin1String("model size (MB)")));
        QVERIFY(html.contains(s.solver.damageUnit.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("<td class=\"n\">%1</td>").arg(QLocale().toString(plan.bytes))));
        for (const StudyFrontPoint &p : s.solver.front)
            QVERIFY(html.contains(QStringLiteral("<td class=\"n\">%1</td>").arg(QLocale().toString(p.bytes))));

        // Markdown: the section and the side-by-side rows.
        const QString md = QString::fromUtf8(renderMarkdown(s));
        QVERIFY(md.contains(QLatin1String("## Budget solver")));
        QVERIFY(md.contains(QStringLiteral("| %1 | %2 | %3 |").arg(plan.name, formatBytes(plan.bytes)).arg(QLocale().toString(plan.bytes))));
        QVERIFY(md.contains(QStringLiteral("| int4 g32 | %1 | %2 |").arg(formatBytes(s.variants[1].bytes)).arg(QLocale().toString(s.variants[1].bytes))));

        // CSV: front rows carry the front, comparison rows the verdict.
        const QList<QStringList> rows = parseCsv(renderCsv(s));
        const QStringList header = rows.first();
        const int section = 0, variantCol = header.indexOf(QStringLiteral("variant")), bytes = header.indexOf(QStringLiteral("bytes"));
        const int damage = header.indexOf(QStringLiteral("damage")), verdict = header.indexOf(QStringLiteral("verdict"));
        const int role = header.indexOf(QStringLiteral("role")), best = header.indexOf(QStringLiteral("best_uniform"));
        QVERIFY(damage > 0 && verdict > 0 && role > 0 && best > 0);
        std::vector<std::pair<qint64, double>> front;
        QString csvVerdict, csvBest;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), header.size());
            if (row[section] == QLatin1String("front"))
                front.emplace_back(row[bytes].toLongLong(), row[damage].toDouble());
            if (row[section] == QLatin1String("comparison") && row[role] == QLatin1String(kRoleSolver)) {
                QCOMPARE(row[variantCol], plan.name);
                csvVerdict = row[verdict];
                csvBest = row[best];
            }
            if (row[section] == QLatin1String("total") && row[variantCol] == plan.name)
                QCOMPARE(row[role], QLatin1String(kRoleSolver));
        }
        QCOMPARE(front.size(), s.solver.front.size());
        for (std::size_t i = 0; i < front.size(); ++i) {
            QCOMPARE(front[i].first, s.solver.front[i].bytes);
            QVERIFY(std::abs(front[i].second - s.solver.front[i].damage) <= 1e-9 * std::max(1.0, s.solver.front[i].damage));
        }
        QCOMPARE(csvVerdict, k.verdict);
        QCOMPARE(csvBest, QStringLiteral("int4 g32"));

        // PDF: one more page, with the section.
        auto withSolver = renderPdf(s);
        QVERIFY(withSolver.ok());
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("s.pdf"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(withSolver.value());
            f.close();
            QProcess text;
            text.start(pdftotext, {path, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            const QString body = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY(body.contains(QLatin1String("Budget solver")));
            QVERIFY(body.contains(QLatin1String("Solver plan against the best uniform recipe")));
        }
    }

    // Sizes, the budget and the axis titles: one spelling of the byte units in every format
    // (the budget once read "629.8 kB" beside sizes in "KB").
    void byteUnitsAreSpelledOneWay()
    {
        const StudyResult s = kilobyteStudy();

        QStringList texts{QString::fromUtf8(renderHtml(s)), QString::fromUtf8(renderMarkdown(s))};
        auto pdf = renderPdf(s);
        QVERIFY(pdf.ok());
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("u.pdf"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pdf.value());
            f.close();
            QProcess text;
            text.start(pdftotext, {path, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            texts << QString::fromUtf8(text.readAllStandardOutput()).simplified();
        }
        static const QRegularExpression unit(QStringLiteral(R"((?:\d|\()\s?(k|K|M|G|T)(i?)B\b)"));
        for (const QString &text : texts) {
            QStringList spellings;
            for (auto it = unit.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                spellings << m.captured(1) + m.captured(2) + QLatin1Char('B');
            }
            spellings.removeDuplicates();
            QVERIFY2(spellings.contains(QLatin1String("kB")), qPrintable(spellings.join(QLatin1Char(' '))));
            QVERIFY2(!spellings.contains(QLatin1String("KB")) && !spellings.contains(QLatin1String("KiB")),
                     qPrintable(spellings.join(QLatin1Char(' '))));
            QVERIFY(text.contains(QLatin1String("629.8 kB")));
        }
        QCOMPARE(formatBytes(629'568), QStringLiteral("630 kB"));
        QCOMPARE(formatBytes(999), QStringLiteral("999 B"));
        QCOMPARE(formatBytes(1'234'567), QStringLiteral("1.23 MB"));
    }

    // The report is written in its language's notation (QLocale's default: the GUI's language, or
    // pare-cli's system locale): "629,8 kB" and "1,23 MB" in German, budgets included. What
    // scripts read stays in the C notation: the JSON and CSV are the same bytes in every
    // language, and so are the SVG charts' coordinates.
    void numbersInTheReportsLanguage()
    {
        const StudyResult s = kilobyteStudy(); // 2,46 MB, its solver plan's budget 629,8 kB
        QCOMPARE(Budget({BudgetKind::Bytes, 629'800}).text(), QStringLiteral("629.8 kB")); // stored as parseBudget reads it

        const QByteArray json = renderJson(s), csv = renderCsv(s);
        const QLocale before;
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QCOMPARE(renderJson(s), json);
        QCOMPARE(renderCsv(s), csv);
        QCOMPARE(formatBytes(1'234'567, -1, german), QStringLiteral("1,23 MB"));
        QCOMPARE(formatCount(1'950, german), QStringLiteral("1,95 k"));
        QCOMPARE(formatBytes(1'234'567), QStringLiteral("1.23 MB")); // the default is C

        const QString html = QString::fromUtf8(renderHtml(s));
        const QString md = QString::fromUtf8(renderMarkdown(s));
        for (const QString &text : {html, md}) {
            QVERIFY(text.contains(QLatin1String("629,8 kB"))); // the solver's budget
            QVERIFY(!text.contains(QLatin1String("629.8 kB")));
            QVERIFY(text.contains(formatBytes(double(s.bytes), -1, german)));
            QVERIFY(!text.contains(formatBytes(double(s.bytes))));
        }
        // The size ratio of every variant in the table ("3,90×"), the original's too ("1,00×").
        QVERIFY(md.contains(QStringLiteral("| 1,00× |")));
        QVERIFY(!md.contains(QStringLiteral("1.00×")));
        for (const StudyVariant &v : s.variants)
            QVERIFY(md.contains(german.toString(double(s.bytes) / double(v.bytes), 'f', 2) + QStringLiteral("×")));
        // The solver front's damages, one notation down the column, with C's lower-case e
        // (QLocale's 'e' writes CLDR's "5,000E+01").
        QVERIFY2(md.contains(QStringLiteral("| 5,000e+01 |")) && md.contains(QStringLiteral("| 1,000e+00 |")),
                 qPrintable(md));
        QVERIFY(!md.contains(QStringLiteral("E+0")));
        // SVG coordinates keep their dots; the axis labels are German.
        static const QRegularExpression commaAttr(QStringLiteral(R"re(\s(?:x|y|x1|x2|y1|y2|width|height|cx|cy)="-?\d+,\d)re"));
        static const QRegularExpression dotAttr(QStringLiteral(R"re(\s(?:x|y|x1|x2|y1|y2|width|height|cx|cy)="-?\d+\.\d)re"));
        QVERIFY(!commaAttr.match(html).hasMatch());
        QVERIFY(dotAttr.match(html).hasMatch());
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));

        // Axis ticks: whole ones in full and grouped ("1.000", not "1E+03"), fractions German.
        SvgBarChart bars;
        bars.title = QStringLiteral("t");
        bars.yTitle = QStringLiteral("kB");
        bars.categories = {QStringLiteral("a"), QStringLiteral("b")};
        bars.series = {{QStringLiteral("s"), {810.0, 20.0}, {}}};
        const QString svg = barChartSvg(bars);
        QVERIFY2(svg.contains(QLatin1String(">1.000</text>")), qPrintable(svg));
        QVERIFY(!svg.contains(QLatin1String("E+")) && !svg.contains(QLatin1String("e+")));
        bars.series = {{QStringLiteral("s"), {0.8, 0.2}, {}}};
        QVERIFY2(barChartSvg(bars).contains(QLatin1String(">0,2</text>")), qPrintable(barChartSvg(bars)));
    }

    // Uniform recipes of nearly one size on the solver chart: their rotated labels never print
    // over each other, the measured plan's label or the legend.
    void uniformLabelsDoNotCollide()
    {
        SvgFront chart;
        chart.title = QStringLiteral("front");
        for (double x : {0.5, 0.63, 1.0, 2.0, 3.1, 4.0})
            chart.front.push_back({QString(), x, 1.0 / x});
        chart.solver.push_back({QStringLiteral("solver, int4 group 128 size"), 0.6296, 1.0 / 0.6296});
        for (const auto &[name, x] : std::vector<std::pair<const char *, double>>{
                 {"int4 group 128", 0.6301}, {"int4 group 32", 0.6350}, {"50 % pruned + int8", 0.725},
                 {"int8 per channel", 1.0}, {"low-rank 90 % energy", 1.89}, {"f16", 3.9}})
            chart.uniform.push_back({QLatin1String(name), x, 0.0});
        const QString svg = frontSvg(chart);
        QXmlStreamReader xml(svg);
        struct Label { QString text; double x0, y0, x1, y1; };
        std::vector<Label> labels;
        static const QRegularExpression translate(QStringLiteral(R"(translate\(([-0-9.]+) ([-0-9.]+)\))"));
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("text"))
                continue;
            if (xml.attributes().value(QLatin1String("fill")) != QLatin1String("#b07800"))
                continue;
            const auto m = translate.match(xml.attributes().value(QLatin1String("transform")).toString());
            QVERIFY(m.hasMatch());
            const QString text = xml.readElementText();
            // Rotated 10 px text ending at (x, y): the glyphs stand left of x, the text runs down.
            const double x = m.captured(1).toDouble(), y = m.captured(2).toDouble();
            labels.push_back({text, x - 9, y, x + 3, y + 5.5 * double(text.size())});
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(labels.size() >= 5, qPrintable(QString::number(labels.size())));
        for (std::size_t i = 0; i < labels.size(); ++i)
            for (std::size_t j = i + 1; j < labels.size(); ++j) {
                const Label &a = labels[i], &b = labels[j];
                const bool overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
                QVERIFY2(!overlap, qPrintable(a.text + QStringLiteral(" / ") + b.text));
            }
        // Every recipe keeps its name on its line, labelled or not.
        for (const SvgPoint &u : chart.uniform)
            QVERIFY(svg.contains(QStringLiteral("<title>%1: ").arg(u.label)));
    }

    // Without the solver, no trace of it: no empty section, no extra CSV columns or JSON keys.
    void studyWithoutSolverIsUnchanged()
    {
        QVERIFY(!m_study.solver.present());
        const QString html = QString::fromUtf8(renderHtml(m_study));
        QVERIFY(!html.contains(QLatin1String("Budget solver")));
        QVERIFY(!html.contains(QLatin1String("Solver")));
        QVERIFY(!QString::fromUtf8(renderMarkdown(m_study)).contains(QLatin1String("Budget solver")));
        const QByteArray csv = renderCsv(m_study);
        QVERIFY(csv.startsWith("section,variant,layer,method,original_bytes,bytes,original_macs,macs,"
                               "original_latency_us,latency_us,relative_error,sqnr_db,perplexity,mean_kl,accuracy\n"));
        QVERIFY(!csv.contains("\nfront,") && !csv.contains("\ncomparison,"));
        const QJsonObject o = QJsonDocument::fromJson(renderJson(m_study)).object();
        QVERIFY(!o.contains(QStringLiteral("solver")));
        for (const QJsonValue &v : o.value(QStringLiteral("variants")).toArray())
            QVERIFY(!v.toObject().contains(QStringLiteral("role")));
        // The roles were still found: defaults-only recipes are uniform.
        for (const StudyVariant &v : m_study.variants)
            QCOMPARE(v.role, QLatin1String(kRoleUniform));
    }

    void writeRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.md"));
        QVERIFY(writeReport(m_study, path, false).ok());
        const auto again = writeReport(m_study, path, false);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("--force")));
        QVERIFY(writeReport(m_study, path, true).ok());
        QVERIFY(!writeReport(m_study, dir.filePath(QStringLiteral("r.docx")), true).ok());
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
