// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string of the GUI is translated, and no translation loses a placeholder
// or an accelerator.
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
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
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source, translation, context;
        QStringList forms; // plural forms of a numerus message, else the translation alone
        bool unfinished = false;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    unfinished = false;
                forms.clear();
                translation.clear();
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isCharacters())
                        translation += xml.text();
                }
                if (forms.isEmpty())
                    forms << translation;
                translation = forms.join(QString());
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
                if (unfinished || translation.trimmed().isEmpty())
                    problems << QStringLiteral("untranslated: ") + where;
                else if (std::any_of(forms.cbegin(), forms.cend(), [&](const QString &form) {
                             return forms.size() > 1 ? withoutCount(placeholders(form)) != withoutCount(placeholders(source))
                                                     : placeholders(form) != placeholders(source);
                         }))
                    problems << QStringLiteral("placeholders differ: ") + where;
                else if ((accelerators(source) > 0) != (accelerators(translation) > 0))
                    problems << QStringLiteral("accelerator lost or added: ") + where;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 300, "too few messages: is the file up to date with lupdate?");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // The .ts files hold every string the sources have now: lupdate over a copy adds nothing.
    void upToDateWithTheSources()
    {
        const QString lupdate = QStandardPaths::findExecutable(
            QStringLiteral("lupdate"), {QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath),
                                        QLibraryInfo::path(QLibraryInfo::BinariesPath),
                                        QStringLiteral("/usr/lib/qt6/bin")});
        if (lupdate.isEmpty())
            QSKIP("lupdate (qt6-l10n-tools) not installed");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("pare_de.ts"));
        QVERIFY(QFile::copy(QStringLiteral(PARE_SOURCE_DIR "/translations/pare_de.ts"), copy));
        QProcess p;
        p.setWorkingDirectory(QStringLiteral(PARE_SOURCE_DIR));
        p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("ui"), QStringLiteral("core"),
                          QStringLiteral("app/gui_main.cpp"), QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(!text.contains("type=\"unfinished\""),
                 "strings in ui/ or core/ have no German translation: run lupdate and translate them");
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
