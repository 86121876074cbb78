// SPDX-License-Identifier: GPL-3.0-or-later
// One study of a small model, in every report format: each must carry the same figures.
#include "reportwriter.h"
#include "service/modelinfo.h"
#include "service/study.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

    void cliExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTemporaryDir dir;
        QTest::newRow("no recipe") << QStringList{QStringLiteral("report"), kModel, QStringLiteral("-o"), QStringLiteral("/tmp/x.html")} << 2 << QStringLiteral("--recipe");
        QTest::newRow("bad model") << QStringList{QStringLiteral("report"), QStringLiteral(PARE_TEST_DATA "/numpy/object.npy"), QStringLiteral("--recipe"),
                                                  QStringLiteral(PARE_SOURCE_DIR "/tests/data/recipes/int8.json"), QStringLiteral("-o"), QStringLiteral("/tmp/pare-tst-x.json"), QStringLiteral("--force")}
                                   << 3 << QStringLiteral("object.npy");
        QTest::newRow("bad format") << QStringList{QStringLiteral("report"), kModel, QStringLiteral("--recipe"), QStringLiteral(PARE_SOURCE_DIR "/tests/data/recipes/int8.json"),
                                                   QStringLiteral("-o"), QStringLiteral("/tmp/x.docx")} << 2 << QStringLiteral(".docx");
        QTest::newRow("missing recipe") << QStringList{QStringLiteral("report"), kModel, QStringLiteral("--recipe"), QStringLiteral("/nonexistent/r.json"),
                                                       QStringLiteral("-o"), QStringLiteral("/tmp/pare-tst-y.json"), QStringLiteral("--force")} << 3 << QStringLiteral("/nonexistent/r.json");
        QTest::newRow("bad batch") << QStringList{QStringLiteral("demo"), QStringLiteral("--batch"), QStringLiteral("0")} << 2 << QStringLiteral("--batch");
    }
    void cliExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        QProcess p;
        p.start(QStringLiteral(PARE_CLI), args);
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), code);
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void cliWritesEveryFormat()
    {
        QTemporaryDir dir;
        QStringList args{QStringLiteral("report"), kModel, QStringLiteral("--recipe"), QStringLiteral(PARE_SOURCE_DIR "/tests/data/recipes/int8.json"),
                         QStringLiteral("--no-latency"), QStringLiteral("--quiet")};
        for (const char *ext : {"html", "pdf", "csv", "json", "md"})
            args << QStringLiteral("-o") << dir.filePath(QStringLiteral("r.%1").arg(QLatin1String(ext)));
        QProcess p;
        p.start(QStringLiteral(PARE_CLI), args);
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QStringList printed = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(printed.size(), 5);
        for (const QString &path : printed)
            QVERIFY2(QFileInfo(path).size() > 100, qPrintable(path));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
