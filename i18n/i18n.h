// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pare's translations, shared by the GUI and pare-cli (QtCore only). The .qm files are embedded
// in pare_i18n under :/i18n: pare_de, pare_zh_CN, and pare_en, which holds only the English
// singular/plural forms of the messages with a count ("%n channel(s) removed").

#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

class QCoreApplication;

namespace pare::i18n {

// Languages Pare ships translations for: (code, native name).
QList<QPair<QString, QString>> availableLanguages();

// Installs Pare's and Qt's translators on `app` for `code` ("de", "zh_CN", "en"), or for the
// system locale when `code` is empty (LC_ALL, else LC_MESSAGES, else LANG; LANGUAGE may refine
// it; C and POSIX are English). The English plural forms are installed first, under any other
// language, so English reads "1 channel removed" and untranslated counts fall back to it.
// Returns the language actually used: "en" when no translation matched.
QString installTranslators(QCoreApplication *app, const QString &code = {});

// The locale the GUI writes numbers in for `code` ("3,36 MB" in German): the system locale when
// `code` is empty or names the system's own language (keeping its region: de_AT, de_CH), else
// the language's main locale.
QLocale numberLocale(const QString &code, const QLocale &system = QLocale::system());

} // namespace pare::i18n
