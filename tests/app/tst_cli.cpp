// SPDX-License-Identifier: GPL-3.0-or-later
// The executables' argument handling, run as a user would: exit codes and messages.
#include "paretest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
using pare::test::Run;

// Without a display and without the offscreen platform: --help and --version must still work.
Run run(const QString &program, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return pare::test::runProgram(program, args, 60000, env);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("pare-cli") << QStringLiteral(PARE_CLI) << QStringLiteral("pare-cli");
#ifdef PARE_GUI
        QTest::newRow("pare") << QStringLiteral(PARE_GUI) << QStringLiteral("pare");
#endif
    }
    void version()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        const Run r = run(program, {QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("%1 %2").arg(name, QStringLiteral(PARE_VERSION)));
    }

    void help_data() { version_data(); }
    void help()
    {
        QFETCH(QString, program);
        const Run r = run(program, {QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("Usage")));
    }

    void unknownArgumentIsUsageError_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("cli command") << QStringLiteral(PARE_CLI) << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("frobnicate");
        QTest::newRow("cli option") << QStringLiteral(PARE_CLI) << QStringList{QStringLiteral("--frob")}
                                    << QStringLiteral("--frob");
        QTest::newRow("cli nothing") << QStringLiteral(PARE_CLI) << QStringList{} << QStringLiteral("Usage");
#ifdef PARE_GUI
        QTest::newRow("gui option") << QStringLiteral(PARE_GUI) << QStringList{QStringLiteral("--frob")}
                                    << QStringLiteral("frob");
        QTest::newRow("gui two files") << QStringLiteral(PARE_GUI)
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                       << QStringLiteral("at most one");
#endif
    }
    void unknownArgumentIsUsageError()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = run(program, args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    // "score": "wanda" ranks weights by |w|·‖x‖: with --calibration the CLI runs the decoder on
    // the text first and no layer falls back to magnitude; without it every such layer says so.
    void compressCalibratesForWanda()
    {
        QTemporaryDir dir;
        const QString recipe = dir.filePath(QStringLiteral("wanda.json"));
        const QString text = dir.filePath(QStringLiteral("calibration.txt"));
        QFile r(recipe), t(text), source(pare::test::demoPath("kjv-gpt2/validation.txt"));
        QVERIFY(r.open(QIODevice::WriteOnly) && t.open(QIODevice::WriteOnly) && source.open(QIODevice::ReadOnly));
        r.write(R"({"pare_recipe": 1, "rules": [{"match": "*mlp*", "ops": ["Dense"],
                   "prune": {"method": "magnitude", "sparsity": 0.5, "score": "wanda"}}]})");
        t.write(source.read(8192));
        r.close();
        t.close();
        const QString model = pare::test::demoPath("kjv-gpt2");
        auto fallbacks = [](const Run &run) {
            int n = 0, wanda = 0;
            const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
            for (const QJsonValue &l : o.value(QStringLiteral("layers")).toArray()) {
                wanda += l.toObject().value(QStringLiteral("method")).toString().contains(QLatin1String("Wanda"));
                n += l.toObject().value(QStringLiteral("note")).toString().contains(QLatin1String("no calibration"));
            }
            return std::pair{wanda, n};
        };
        const Run without = run(QStringLiteral(PARE_CLI), {QStringLiteral("compress"), model, QStringLiteral("--recipe"), recipe, QStringLiteral("--json")});
        QVERIFY2(without.code == 0, qPrintable(without.err));
        const Run with = run(QStringLiteral(PARE_CLI), {QStringLiteral("compress"), model, QStringLiteral("--recipe"), recipe,
                                                        QStringLiteral("--calibration"), text, QStringLiteral("--json")});
        QVERIFY2(with.code == 0, qPrintable(with.err));
        const auto [wandaLayers, fallbackWithout] = fallbacks(without);
        QCOMPARE(wandaLayers, 8); // c_fc and c_proj of the 4 blocks
        QCOMPARE(fallbackWithout, wandaLayers);
        QCOMPARE(fallbacks(with).second, 0);
        QVERIFY(with.out != without.out);
        // -r is --recipe, in compress as in report.
        const Run shortOption = run(QStringLiteral(PARE_CLI), {QStringLiteral("compress"), model, QStringLiteral("-r"), recipe, QStringLiteral("--json")});
        QVERIFY2(shortOption.code == 0, qPrintable(shortOption.err));
        QCOMPARE(shortOption.out, without.out);

        const Run missing = run(QStringLiteral(PARE_CLI), {QStringLiteral("compress"), model, QStringLiteral("--recipe"), recipe,
                                                           QStringLiteral("--calibration"), dir.filePath(QStringLiteral("absent.txt"))});
        QVERIFY(missing.code != 0);
        QVERIFY2(missing.err.contains(QLatin1String("absent.txt")), qPrintable(missing.err));

        // eval --recipe compresses the same way: calibrated with --calibration, and says which
        // layers fell back to magnitude without it.
        const QString data = pare::test::demoPath("kjv-gpt2/validation.txt");
        auto evalRun = [&](const QStringList &extra) {
            return run(QStringLiteral(PARE_CLI), QStringList{QStringLiteral("eval"), model, QStringLiteral("--recipe"), recipe,
                                                             QStringLiteral("--data"), data, QStringLiteral("--max-bytes"),
                                                             QStringLiteral("1024"), QStringLiteral("--json")}
                                                         + extra);
        };
        auto compression = [](const Run &run) {
            return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("compression")).toObject();
        };
        auto klMean = [](const Run &run) {
            return QJsonDocument::fromJson(run.out.toUtf8())
                    .object()
                    .value(QStringLiteral("language_model"))
                    .toObject()
                    .value(QStringLiteral("kl_mean"))
                    .toDouble(-1);
        };
        const Run evalWithout = evalRun({});
        QVERIFY2(evalWithout.code == 0, qPrintable(evalWithout.err));
        QCOMPARE(compression(evalWithout).value(QStringLiteral("calibrated")).toBool(true), false);
        QVERIFY2(evalWithout.err.contains(QLatin1String("8 layers pruned by magnitude")), qPrintable(evalWithout.err));
        const Run evalWith = evalRun({QStringLiteral("--calibration"), text});
        QVERIFY2(evalWith.code == 0, qPrintable(evalWith.err));
        QCOMPARE(compression(evalWith).value(QStringLiteral("calibrated")).toBool(false), true);
        QVERIFY2(!evalWith.err.contains(QLatin1String("pruned by magnitude")), qPrintable(evalWith.err));
        QVERIFY(klMean(evalWith) > 0 && klMean(evalWithout) > 0 && klMean(evalWith) != klMean(evalWithout));
        const Run evalMissing = evalRun({QStringLiteral("--calibration"), dir.filePath(QStringLiteral("absent.txt"))});
        QVERIFY(evalMissing.code != 0);
        QVERIFY2(evalMissing.err.contains(QLatin1String("absent.txt")), qPrintable(evalMissing.err));
        const Run noRecipe = run(QStringLiteral(PARE_CLI), {QStringLiteral("eval"), model, QStringLiteral("--data"), data,
                                                            QStringLiteral("--calibration"), text});
        QCOMPARE(noRecipe.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
