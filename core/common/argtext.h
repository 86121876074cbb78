// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <concepts>

namespace pare::core {

// What QString::arg would write for one value, as a string, so that a message's placeholders are
// filled in one pass: tr("tensor '%1' at %2").arg(argText(name), argText(offset)). Filled one by
// one (.arg(name).arg(offset)), a name from a file that reads "%2" takes the offset too; in one
// pass, text that looks like a placeholder stays as it is.
inline QString argText(const QString &s) { return s; }
inline QString argText(QStringView s) { return s.toString(); }
inline QString argText(QLatin1String s) { return s; }
inline QString argText(QChar c) { return QString(c); }
inline QString argText(char c) { return QString(QLatin1Char(c)); }
template<std::integral T> requires(!std::same_as<T, char> && !std::same_as<T, bool>)
QString argText(T v) { return QString::number(v); }
inline QString argText(double v) { return QString::number(v); } // QString::arg's 'g', 6 digits

} // namespace pare::core
