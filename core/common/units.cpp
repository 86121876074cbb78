// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include <algorithm>
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

// "1.500" → "1.5", "2.000" → "2": what printf's %g drops.
QString withoutTrailingZeros(QString text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    const QString zero = locale.zeroDigit();
    while (text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

// "e-05", "e+12": the exponent's sign and at least two digits, as C writes them.
QString exponentText(int exponent, const QLocale &locale)
{
    QString digits = locale.toString(std::abs(exponent));
    if (std::abs(exponent) < 10)
        digits.prepend(locale.zeroDigit());
    return QLatin1Char('e') + (exponent < 0 ? locale.negativeSign() : locale.positiveSign())
           + digits;
}
} // namespace

QString formatNumber(double v, int digits, const QLocale &locale)
{
    digits = std::clamp(digits, 1, 17);
    if (!std::isfinite(v))
        return locale.toString(v);
    if (v == 0)
        return locale.toString(0);
    // The decimal exponent after rounding to `digits` digits (9.96 at two digits is 10).
    int exponent = int(std::floor(std::log10(std::abs(v))));
    if (const double step = std::pow(10.0, exponent - digits + 1);
        std::abs(std::round(v / step) * step) >= std::pow(10.0, exponent + 1))
        ++exponent;
    if (exponent >= -4 && exponent < 6) {
        const int decimals = std::max(0, digits - 1 - exponent);
        // Whole numbers keep `digits` digits too ("2,900", not "2,912"); 'f' rounds the rest.
        const double step = std::pow(10.0, exponent - digits + 1);
        const double shown = decimals > 0 ? v : std::round(v / step) * step;
        return withoutTrailingZeros(locale.toString(shown, 'f', decimals), locale);
    }
    const double mantissa = v / std::pow(10.0, exponent);
    return withoutTrailingZeros(locale.toString(mantissa, 'f', digits - 1), locale)
           + exponentText(exponent, locale);
}

QString formatScientific(double v, int decimals, const QLocale &locale)
{
    if (!std::isfinite(v))
        return locale.toString(v);
    int exponent = v == 0 ? 0 : int(std::floor(std::log10(std::abs(v))));
    // Rounding may carry into the next decade (9.9996 at three decimals is 10.000).
    const double scale = std::pow(10.0, decimals);
    if (std::abs(std::round(v / std::pow(10.0, exponent) * scale)) >= 10.0 * scale)
        ++exponent;
    return locale.toString(v / std::pow(10.0, exponent), 'f', decimals)
           + exponentText(exponent, locale);
}

QString formatPercent(double fraction, int decimals, const QLocale &locale)
{
    const double p = fraction * 100;
    decimals = std::clamp(decimals, 0, 17);
    if (p != 0 && std::isfinite(p) && std::abs(p) < 0.5 * std::pow(10.0, -decimals))
        return formatNumber(p, 2, locale);
    return locale.toString(p, 'f', decimals);
}

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
