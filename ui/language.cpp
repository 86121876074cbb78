// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include "i18n.h"

#include <QLocale>
#include <QSettings>

namespace pare::ui {

namespace {
const char *const kLanguageKey = "language";
}

QList<QPair<QString, QString>> availableLanguages()
{
    return i18n::availableLanguages();
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
    QLocale::setDefault(i18n::numberLocale(code));
    return i18n::installTranslators(app, code);
}

} // namespace pare::ui
