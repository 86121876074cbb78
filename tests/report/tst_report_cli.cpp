// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli report end to end: the solver on the demo language model, exit codes, every format.
#include "reportschema.h"
#include "service/study.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pare::core;

namespace {
const QString kModel = QStringLiteral(PARE_TEST_DATA "/hfdir/gpt2-tiny");
} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // `pare-cli report --solve same` on the demo language model: the plan, the front and the verdict.
    void cliSolveOnTheDemoLm()
    {
        const QString demo = QStringLiteral(PARE_SOURCE_DIR "/resources/demo/kjv-gpt2");
        if (!QFileInfo::exists(demo))
            QSKIP("demo models not installed");
        QTemporaryDir dir;
        const QString int4 = dir.filePath(QStringLiteral("int4.json"));
        {
            QFile f(int4);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 4, "granularity": "group", "group_size": 128}}})");
        }
        const QString json = dir.filePath(QStringLiteral("r.json")), md = dir.filePath(QStringLiteral("r.md"));
        QProcess p;
        p.start(QStringLiteral(PARE_CLI), {QStringLiteral("report"), demo, QStringLiteral("--recipe"), int4, QStringLiteral("--solve"),
                                           QStringLiteral("same"), QStringLiteral("--no-latency"), QStringLiteral("--eval-bytes"),
                                           QStringLiteral("1024"), QStringLiteral("--quiet"), QStringLiteral("-o"), json,
                                           QStringLiteral("-o"), md});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const auto study = StudyResult::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY(study.ok());
        QCOMPARE(int(study->variants.size()), 2);
        QCOMPARE(study->variants[1].role, QLatin1String(kRoleSolver));
        QCOMPARE(study->solver.qualityFigure, QStringLiteral("mean_kl"));
        QCOMPARE(int(study->solver.comparisons.size()), 1);
        const StudyComparison &k = study->solver.comparisons.front();
        QCOMPARE(k.uniform.front().name, QStringLiteral("int4"));
        QVERIFY(k.solver.quality >= 0 && k.uniform.front().quality >= 0);
        QCOMPARE(k.verdict, QLatin1String(k.solver.quality <= k.uniform.front().quality ? kVerdictAtLeastAsGood : kVerdictWorse));
        const auto [code, err] = validateAgainstSchema(bytes);
        QVERIFY2(code == 0, qPrintable(err));
        QFile m(md);
        QVERIFY(m.open(QIODevice::ReadOnly));
        QVERIFY(m.readAll().contains("## Budget solver"));

        // Usage errors name the option.
        QProcess bad;
        bad.start(QStringLiteral(PARE_CLI), {QStringLiteral("report"), demo, QStringLiteral("--recipe"), int4, QStringLiteral("--solve"),
                                             QStringLiteral("12 parsecs"), QStringLiteral("-o"), json, QStringLiteral("--force")});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--solve"));
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

QTEST_MAIN(TestReportCli)
#include "tst_report_cli.moc"
