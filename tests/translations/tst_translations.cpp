// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string (GUI, core, pare-cli, reports) is translated, no translation loses a
// placeholder or an accelerator, and English has real plural forms (pare_en.ts).
#include "i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0).remove(QLatin1Char('L'));
    out.sort();
    return out;
}

// A plural form may leave out %n ("one layer" for the singular), never another placeholder.
QStringList withoutCount(QStringList list)
{
    list.removeAll(QStringLiteral("%n"));
    return list;
}

int accelerators(const QString &s)
{
    // "&x" marks an accelerator; "&&" is a literal ampersand.
    int n = 0;
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s[i] == QLatin1Char('&')) {
            if (s[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            if (s[i + 1].isLetterOrNumber())
                ++n;
        }
    }
    return n;
}
struct TsCheck
{
    QString error;              // the XML does not parse
    int messages = 0;
    int numerus = 0;            // messages with numerus="yes"
    QStringList problems;       // untranslated, placeholders differ, accelerator lost
    QStringList notTwoForms;    // numerus messages without exactly two forms (English, German)
    QStringList formWithoutCount; // numerus forms that dropped the source's %n
};

TsCheck checkTs(const QString &file)
{
    TsCheck check;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        check.error = file + QStringLiteral(": cannot open");
        return check;
    }
    QXmlStreamReader xml(&f);
    QString source, translation, context;
    QStringList forms; // plural forms of a numerus message, else the translation alone
    bool unfinished = false;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                unfinished = false;
            forms.clear();
            translation.clear();
            bool hasForms = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    forms << xml.readElementText();
                    hasForms = true;
                } else if (xml.isCharacters())
                    translation += xml.text();
            }
            if (!hasForms)
                forms << translation;
            translation = forms.join(QString());
            if (numerus) {
                const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
                if (!hasForms || forms.size() != 2)
                    check.notTwoForms << where;
                // English keeps the count in both forms (a source may format it itself: %5).
                if (source.contains(QLatin1String("%n"))
                    && std::any_of(forms.cbegin(), forms.cend(),
                                   [](const QString &form) { return !form.contains(QLatin1String("%n")); }))
                    check.formWithoutCount << where;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++check.messages;
            if (numerus)
                ++check.numerus;
            const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
            if (unfinished || translation.trimmed().isEmpty())
                check.problems << QStringLiteral("untranslated: ") + where;
            else if (std::any_of(forms.cbegin(), forms.cend(), [&](const QString &form) {
                         return forms.size() > 1 ? withoutCount(placeholders(form)) != withoutCount(placeholders(source))
                                                 : placeholders(form) != placeholders(source);
                     }))
                check.problems << QStringLiteral("placeholders differ: ") + where;
            else if ((accelerators(source) > 0) != (accelerators(translation) > 0))
                check.problems << QStringLiteral("accelerator lost or added: ") + where;
        }
    }
    if (xml.hasError())
        check.error = file + QStringLiteral(": ") + xml.errorString();
    return check;
}

QString findLupdate()
{
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"),
                                          {QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath),
                                           QLibraryInfo::path(QLibraryInfo::BinariesPath),
                                           QStringLiteral("/usr/lib/qt6/bin")});
}

// What i18n/CMakeLists.txt hands lupdate (PARE_TR_SOURCES), relative to the source tree.
QStringList translatedSources()
{
    return {QStringLiteral("ui"), QStringLiteral("core"), QStringLiteral("report"), QStringLiteral("app/cli"),
            QStringLiteral("app/gui_main.cpp"), QStringLiteral("app/cli_main.cpp")};
}

// Runs lupdate over a copy of translations/<ts> with `options`; returns the updated text.
QByteArray lupdatedCopy(const QString &lupdate, const QString &ts, const QStringList &options)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(ts);
    if (!QFile::copy(QStringLiteral(PARE_SOURCE_DIR "/translations/") + ts, copy))
        return {};
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(PARE_SOURCE_DIR));
    p.start(lupdate, QStringList{QStringLiteral("-no-obsolete")} + options + translatedSources()
                         + QStringList{QStringLiteral("-ts"), copy});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    QFile f(copy);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The translators installed on the application (by pare::i18n::installTranslators), removed.
void removeInstalledTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : translators)
        delete t; // its destructor uninstalls it
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral(PARE_SOURCE_DIR "/translations/pare_de.ts");
        QTest::newRow("zh_CN") << QStringLiteral(PARE_SOURCE_DIR "/translations/pare_zh_CN.ts");
    }

    void complete()
    {
        QFETCH(QString, file);
        const TsCheck check = checkTs(file);
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
        QVERIFY2(check.messages > 300, "too few messages: is the file up to date with lupdate?");
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // pare_en.ts holds only the messages with a count (lupdate -pluralonly), each with an English
    // singular and plural form that keeps every placeholder.
    void englishPluralFormsComplete()
    {
        const TsCheck check = checkTs(QStringLiteral(PARE_SOURCE_DIR "/translations/pare_en.ts"));
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
        QVERIFY2(check.messages >= 10, "too few numerus messages: is pare_en.ts up to date with lupdate -pluralonly?");
        QCOMPARE(check.numerus, check.messages);
        QStringList problems = check.problems;
        for (const QString &where : check.notTwoForms)
            problems << QStringLiteral("not exactly two forms: ") + where;
        for (const QString &where : check.formWithoutCount)
            problems << QStringLiteral("a form without %n: ") + where;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // Core messages with a count use numerus forms: German picks singular or plural by the
    // count, Chinese has one form; the compiled .qm files carry them.
    void coreCountsUsePluralForms_data()
    {
        QTest::addColumn<QString>("qm");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de 1") << QStringLiteral("pare_de.qm") << 1 << QStringLiteral("1 Kanal entfernt");
        QTest::newRow("de 3") << QStringLiteral("pare_de.qm") << 3 << QStringLiteral("3 Kanäle entfernt");
        QTest::newRow("zh 3") << QStringLiteral("pare_zh_CN.qm") << 3 << QStringLiteral("已移除 3 个通道");
        // English has its own plural forms (pare_en.ts), not the source's "channel(s)".
        QTest::newRow("en 1") << QStringLiteral("pare_en.qm") << 1 << QStringLiteral("1 channel removed");
        QTest::newRow("en 3") << QStringLiteral("pare_en.qm") << 3 << QStringLiteral("3 channels removed");
    }
    void coreCountsUsePluralForms()
    {
        QFETCH(QString, qm);
        QFETCH(int, count);
        QFETCH(QString, expected);
        const QString path = QStringLiteral(PARE_BINARY_DIR "/i18n/") + qm;
        if (!QFile::exists(path))
            QSKIP("the .qm files are built with the pare_i18n target (LinguistTools not found?)");
        QTranslator translator;
        QVERIFY(translator.load(path));
        QCoreApplication::installTranslator(&translator);
        const QString text = QCoreApplication::translate("pare::core", "%n channel(s) removed", nullptr, count);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, expected);
        // Without a translator the English source stands, count filled in.
        QCOMPARE(QCoreApplication::translate("pare::core", "%n channel(s) removed", nullptr, count),
                 QStringLiteral("%1 channel(s) removed").arg(count));
    }

    // The .ts files hold every string the sources have now (GUI, core, CLI, reports): lupdate
    // over a copy adds nothing untranslated.
    void upToDateWithTheSources_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("de") << QStringLiteral("pare_de.ts") << QStringList{};
        QTest::newRow("zh_CN") << QStringLiteral("pare_zh_CN.ts") << QStringList{};
        QTest::newRow("en plurals") << QStringLiteral("pare_en.ts") << QStringList{QStringLiteral("-pluralonly")};
    }
    void upToDateWithTheSources()
    {
        QFETCH(QString, ts);
        QFETCH(QStringList, options);
        const QString lupdate = findLupdate();
        if (lupdate.isEmpty())
            QSKIP("lupdate (qt6-l10n-tools) not installed");
        const QByteArray text = lupdatedCopy(lupdate, ts, options);
        QVERIFY2(!text.isEmpty(), "lupdate failed");
        QVERIFY2(text.contains("<message"), "lupdate left no messages");
        // The first few messages lupdate added or left untranslated, by context.
        QStringList missing;
        QXmlStreamReader xml(text);
        QString context, source;
        int count = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("translation")
                     && xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")) {
                if (++count <= 10)
                    missing << QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(count == 0,
                 qPrintable(QStringLiteral("%1 strings in ui/, core/, report/ or app/ have no translation in %2: "
                                           "build update_translations and translate them; the first:\n")
                                .arg(count)
                                .arg(ts)
                            + missing.join(QLatin1Char('\n'))));
    }

    // pare::i18n::installTranslators, as pare and pare-cli call it: the embedded .qm files by
    // language code, English plural forms for English and C, and under German as the fallback.
    void installTranslators_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("three");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral("1 channel removed")
                            << QStringLiteral("3 channels removed");
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en") << QStringLiteral("1 channel removed")
                           << QStringLiteral("3 channels removed");
        QTest::newRow("fr (none)") << QStringLiteral("fr") << QStringLiteral("en")
                                   << QStringLiteral("1 channel removed") << QStringLiteral("3 channels removed");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de") << QStringLiteral("1 Kanal entfernt")
                            << QStringLiteral("3 Kanäle entfernt");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN")
                               << QStringLiteral("已移除 1 个通道") << QStringLiteral("已移除 3 个通道");
    }
    void installTranslators()
    {
        QFETCH(QString, code);
        QFETCH(QString, used);
        QFETCH(QString, one);
        QFETCH(QString, three);
        if (!QFile::exists(QStringLiteral(":/i18n/pare_en.qm")))
            QSKIP("built without translations (LinguistTools not found)");
        removeInstalledTranslators();
        const QString language = pare::i18n::installTranslators(QCoreApplication::instance(), code);
        QVERIFY2(language.startsWith(used), qPrintable(language)); // "de" or the file's "de_DE"
        const QString t1 = QCoreApplication::translate("pare::core", "%n channel(s) removed", nullptr, 1);
        const QString t3 = QCoreApplication::translate("pare::core", "%n channel(s) removed", nullptr, 3);
        removeInstalledTranslators();
        QCOMPARE(t1, one);
        QCOMPARE(t3, three);
    }

    // The notation the GUI writes numbers in: the chosen language's, keeping the system's region
    // where the languages agree; the system's own when no language is chosen.
    void numberLocale_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("twelveThousandAndAHalf"); // empty: the region's own separators
        QTest::newRow("system C") << QString() << QStringLiteral("C") << QStringLiteral("C") << QStringLiteral("12000.5");
        QTest::newRow("system de_AT") << QString() << QStringLiteral("de_AT") << QStringLiteral("de_AT") << QString();
        QTest::newRow("de on C") << QStringLiteral("de") << QStringLiteral("C") << QStringLiteral("de_DE")
                                 << QStringLiteral("12.000,5");
        QTest::newRow("de on en_GB") << QStringLiteral("de") << QStringLiteral("en_GB") << QStringLiteral("de_DE")
                                     << QStringLiteral("12.000,5");
        QTest::newRow("de on de_CH") << QStringLiteral("de") << QStringLiteral("de_CH") << QStringLiteral("de_CH") << QString();
        QTest::newRow("en on de_DE") << QStringLiteral("en") << QStringLiteral("de_DE") << QStringLiteral("en_US")
                                     << QStringLiteral("12,000.5");
        QTest::newRow("zh_CN on C") << QStringLiteral("zh_CN") << QStringLiteral("C") << QStringLiteral("zh_CN")
                                    << QStringLiteral("12,000.5");
    }
    void numberLocale()
    {
        QFETCH(QString, code);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QFETCH(QString, twelveThousandAndAHalf);
        const QLocale l = pare::i18n::numberLocale(code, QLocale(system));
        QCOMPARE(l.name(), expected);
        if (!twelveThousandAndAHalf.isEmpty())
            QCOMPARE(l.toString(12000.5, 'f', 1), twelveThousandAndAHalf);
    }

    // The same on the machine's own system locale. ctest also runs this under LANGUAGE=de with
    // LC_ALL=C.UTF-8 (tst_translations_language_de), where Qt's system locale calls itself de_DE
    // but writes numbers as C: choosing German must still give German numbers.
    void numberLocaleOnTheSystem()
    {
        if (qEnvironmentVariable("LANGUAGE") == QLatin1String("de"))
            QCOMPARE(QLocale::system().language(), QLocale::German); // the case this is about
        const QLocale german = pare::i18n::numberLocale(QStringLiteral("de"), QLocale::system());
        QCOMPARE(german.language(), QLocale::German);
        QCOMPARE(german.toString(12000.5, 'f', 1), QStringLiteral("12.000,5"));
        QCOMPARE(pare::i18n::numberLocale(QStringLiteral("en"), QLocale::system()).toString(12000.5, 'f', 1),
                 QStringLiteral("12,000.5"));
    }

    // Under German, a message with a count that pare_de.ts lacks falls back to its English
    // plural forms, never to the source's "(s)": every numerus message of pare_en.ts, 1 and 2.
    void germanFallsBackToEnglishPlurals()
    {
        if (!QFile::exists(QStringLiteral(":/i18n/pare_en.qm")))
            QSKIP("built without translations (LinguistTools not found)");
        QFile f(QStringLiteral(PARE_SOURCE_DIR "/translations/pare_en.ts"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QPair<QByteArray, QByteArray>> messages; // (context, source)
        QXmlStreamReader xml(&f);
        QByteArray context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                context = xml.readElementText().toUtf8();
            else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                messages.append({context, xml.readElementText().toUtf8()});
        }
        QVERIFY(!messages.isEmpty());
        removeInstalledTranslators();
        QVERIFY(pare::i18n::installTranslators(QCoreApplication::instance(), QStringLiteral("de"))
                    .startsWith(QLatin1String("de")));
        QStringList problems;
        for (const auto &[ctx, source] : messages) {
            for (const int n : {1, 2}) {
                const QString text = QCoreApplication::translate(ctx.constData(), source.constData(), nullptr, n);
                if (text.contains(QLatin1String("(s)")))
                    problems << text;
            }
        }
        removeInstalledTranslators();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
