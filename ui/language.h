// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QCoreApplication;

namespace pare::ui {

// Languages the GUI ships translations for: (code, native name); "" is the system's choice.
QList<QPair<QString, QString>> availableLanguages();
// The language chosen in Preferences, or "" to follow the system locale.
QString preferredLanguage();
void setPreferredLanguage(const QString &code);
// Installs Pare's and Qt's translators for `code` (or the system locale when empty), English
// plural forms included; see pare::i18n::installTranslators (i18n/i18n.h), which pare-cli calls
// too. Returns the language actually used ("en" when no translation matched). Numbers follow
// the language: QLocale's default becomes i18n::numberLocale(code), which the GUI's and the
// report's numbers are written in ("3,36 MB" in German). Files and tables meant for scripts
// (JSON, CSV, recipes, budgets, pare-cli's tables) are written in the C notation whatever the language.
QString installTranslators(QCoreApplication *app, const QString &code);

} // namespace pare::ui
