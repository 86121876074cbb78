// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli speaks the system locale's language (LC_ALL, else LC_MESSAGES, else LANG) from its
// first line on: usage errors in German under LANG=de_DE.UTF-8, English under C / C.UTF-8.
#include "paretest.h"

#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
using pare::test::Run;

// pare-cli with exactly these locale variables (the test's own LC_ALL / LANGUAGE removed).
Run runWithLocale(const QStringList &args, const QStringList &localeVars)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QLatin1String(name));
    for (const QString &var : localeVars)
        env.insert(var.section(QLatin1Char('='), 0, 0), var.section(QLatin1Char('='), 1));
    return pare::test::runProgram(QStringLiteral(PARE_CLI), args, 120000, env);
}
} // namespace

class TestCliI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A budget with an unknown unit is a usage error whose message comes from core
    // ("unknown unit '%1' (...)", pare::core, translated in pare_de.ts since the core pass).
    void usageErrorFollowsTheLocale_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<QString>("expected");
        const QString german = QStringLiteral("unbekannte Einheit 'zz'");
        const QString english = QStringLiteral("unknown unit 'zz'");
        QTest::newRow("LANG=de_DE.UTF-8") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << german;
        QTest::newRow("LC_MESSAGES=de over LANG=C")
            << QStringList{QStringLiteral("LANG=C"), QStringLiteral("LC_MESSAGES=de_DE.UTF-8")} << german;
        QTest::newRow("LANG=C") << QStringList{QStringLiteral("LANG=C")} << english;
        QTest::newRow("LANG=POSIX") << QStringList{QStringLiteral("LANG=POSIX")} << english;
        QTest::newRow("LC_ALL=C.UTF-8 over LANG=de")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8")} << english;
        QTest::newRow("LANG=en_US.UTF-8") << QStringList{QStringLiteral("LANG=en_US.UTF-8")} << english;
        QTest::newRow("nothing set") << QStringList{} << english;
        QTest::newRow("LANGUAGE=de:en") << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de:en")}
                                        << german;
        // No French translation: English, even though LANGUAGE lists English second.
        QTest::newRow("LANGUAGE=fr:en") << QStringList{QStringLiteral("LANG=fr_FR.UTF-8"), QStringLiteral("LANGUAGE=fr:en")}
                                        << english;
    }
    void usageErrorFollowsTheLocale()
    {
        QFETCH(QStringList, locale);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const Run r = runWithLocale({QStringLiteral("solve"), pare::test::demoPath("fashion-cnn/fashion_cnn.onnx"),
                                     QStringLiteral("--budget"), QStringLiteral("5zz"), QStringLiteral("-o"),
                                     dir.filePath(QStringLiteral("plan.json"))},
                                    locale);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    // Qt's own messages (QCommandLineParser) come in the same language, where the system has
    // Qt's German translation (qt6-translations-l10n).
    void qtMessagesFollowTheLocale()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German translation (qtbase_de.qm) is not installed");
        const QStringList args{QStringLiteral("inspect"), QStringLiteral("--frob")};
        const Run de = runWithLocale(args, {QStringLiteral("LANG=de_DE.UTF-8")});
        QCOMPARE(de.code, 2);
        QVERIFY2(de.err.contains(QLatin1String("Unbekannte Option 'frob'")), qPrintable(de.err));
        const Run c = runWithLocale(args, {QStringLiteral("LANG=C")});
        QCOMPARE(c.code, 2);
        QVERIFY2(c.err.contains(QLatin1String("Unknown option 'frob'")), qPrintable(c.err));
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
