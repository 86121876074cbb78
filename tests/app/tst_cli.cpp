// SPDX-License-Identifier: GPL-3.0-or-later
// The executables' argument handling, run as a user would: exit codes and messages.
#include <QProcess>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Without a display and without the offscreen platform: --help and --version must still work.
Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
