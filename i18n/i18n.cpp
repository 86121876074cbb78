// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pare::i18n {

namespace {
QString resourceDir()
{
    return QStringLiteral(":/i18n");
}
} // namespace

QLocale numberLocale(const QString &code, const QLocale &system)
{
    if (code.isEmpty())
        return system;
    // The chosen language with the system's region where the two agree (de_AT stays de_AT
    // when German is chosen), else the language's own main region (German: de_DE).
    // The system's region is taken by name, not the system locale itself: Qt's system locale
    // formats numbers as LC_NUMERIC says, which can be C while LANGUAGE=de makes it call itself
    // de_DE — German chosen, and every number written the English way.
    const QLocale chosen(code);
    return chosen.language() == system.language()
               ? QLocale(system.language(), system.script(), system.territory())
               : chosen;
}

QList<QPair<QString, QString>> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString installTranslators(QCoreApplication *app, const QString &code)
{
    // English first: a translator installed later is asked first, so German or Chinese win
    // where they have the message and English plural forms stand in where they do not.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral("pare_en"), resourceDir()))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    auto *pare = new QTranslator(app);
    // Only a translation of the locale's language itself, not an English entry further down
    // the locale's UI languages (French with LANGUAGE=fr:en), which pare_en already covers.
    if (!pare->load(locale, QStringLiteral("pare"), QStringLiteral("_"), resourceDir())
        || pare->language().startsWith(QLatin1String("en"))) {
        delete pare;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(pare);
    // Qt's own strings: QCommandLineParser's errors, standard dialog buttons.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return pare->language().isEmpty() ? locale.name() : pare->language();
}

} // namespace pare::i18n
