// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include <cmath>

namespace pare::core {

namespace {
// SI prefixes: a lower-case k for kilo, upper-case from mega on.
const char *const kByteUnits[] = {"B", "kB", "MB", "GB", "TB"};
const char *const kCountUnits[] = {"", "k", "M", "G", "T"};
constexpr int kUnitCount = 5;

// v divided by 1000 until it is below 1000 (or the units run out), with three significant
// digits unless `decimals` says otherwise; whole numbers below 1000 get no decimals.
QString scaled(double v, const char *const units[], int decimals, const QLocale &locale)
{
    int i = 0;
    while (std::abs(v) >= 1000.0 && i + 1 < kUnitCount) {
        v /= 1000.0;
        ++i;
    }
    if (i == 0)
        decimals = 0;
    else if (decimals < 0)
        decimals = std::abs(v) < 10 ? 2 : (std::abs(v) < 100 ? 1 : 0);
    const QString number = locale.toString(v, 'f', decimals);
    return *units[i] ? number + QLatin1Char(' ') + QLatin1String(units[i]) : number;
}
} // namespace

QString formatBytes(double bytes, int decimals, const QLocale &locale)
{
    return scaled(bytes, kByteUnits, decimals, locale);
}

QString formatCount(std::int64_t count, const QLocale &locale)
{
    return scaled(double(count), kCountUnits, -1, locale);
}

QString kiloByteUnit()
{
    return QLatin1String(kByteUnits[1]);
}

} // namespace pare::core
