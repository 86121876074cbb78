// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include <cmath>

namespace pare::core {

namespace {
// SI prefixes: a lower-case k for kilo, upper-case from mega on.
const char *const kByteUnits[] = {"B", "kB", "MB", "GB", "TB"};
constexpr int kByteUnitCount = 5;
} // namespace

QString formatBytes(double bytes, int decimals)
{
    double v = bytes;
    int i = 0;
    while (std::abs(v) >= 1000.0 && i + 1 < kByteUnitCount) {
        v /= 1000.0;
        ++i;
    }
    if (i == 0)
        decimals = 0;
    else if (decimals < 0)
        decimals = std::abs(v) < 10 ? 2 : (std::abs(v) < 100 ? 1 : 0);
    return QStringLiteral("%1 %2").arg(v, 0, 'f', decimals).arg(QLatin1String(kByteUnits[i]));
}

QString kiloByteUnit()
{
    return QLatin1String(kByteUnits[1]);
}

} // namespace pare::core
