// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pare::ui {

namespace {
const char *const kLanguageKey = "language";
}

QList<QPair<QString, QString>> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString preferredLanguage()
{
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void setPreferredLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(QLatin1String(kLanguageKey));
    else
        QSettings().setValue(QLatin1String(kLanguageKey), code);
}

QString installTranslators(QCoreApplication *app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("en");
    auto *pare = new QTranslator(app);
    if (!pare->load(locale, QStringLiteral("pare"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete pare;
        return QStringLiteral("en");
    }
    app->installTranslator(pare);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace pare::ui
