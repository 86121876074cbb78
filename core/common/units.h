// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>

namespace pare::core {

// Byte sizes in decimal units (as disk sizes are shown), spelled one way wherever Pare shows
// them — reports, budgets, the GUI, the CLI: "812 B", "629.8 kB", "13.50 GB". `decimals` < 0
// picks three significant digits ("1.23 MB", "12.3 MB", "123 MB"); bytes never get decimals.
// The number is written in `locale`: the C locale for files and scripts, QLocale() (the
// language chosen in Preferences) for the GUI and the report ("13,50 GB" in German).
QString formatBytes(double bytes, int decimals = -1, const QLocale &locale = QLocale::c());

// Counts (parameters, MACs) the same way with the prefixes k, M, G, T: "812", "842 k", "1.23 G".
QString formatCount(std::int64_t count, const QLocale &locale = QLocale::c());

// A measured figure with `digits` significant digits, written plainly from 0.0001 up to a
// million ("0.0113", "730", "2,900" with the locale's digit groups) and in scientific notation
// with a lower-case e beyond ("7.38e-05", "1.2e+07"). QLocale's 'g' switches to scientific as
// soon as the exponent reaches the precision ("7.3E+02" for 730 at two digits) and writes the
// upper-case E of CLDR: unreadable in a table of damages or a column of statistics.
QString formatNumber(double v, int digits, const QLocale &locale = QLocale::c());

// Scientific notation with `decimals` decimals and a lower-case e ("7.300e+02"), for a column
// that keeps one notation.
QString formatScientific(double v, int decimals, const QLocale &locale = QLocale::c());

// A fraction as a percentage, the number only (the caller's text places the "%"): `decimals`
// decimals, except that a nonzero value too small for them keeps two significant digits, so
// that an F16 cast's relative error of 4.8e-5 reads "0.0048", not "0.00".
QString formatPercent(double fraction, int decimals, const QLocale &locale = QLocale::c());

// The unit label of formatBytes for one thousand bytes ("kB"), for axis titles.
QString kiloByteUnit();

} // namespace pare::core
