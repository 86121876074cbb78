// SPDX-License-Identifier: GPL-3.0-or-later
#include "budget.h"

#include "common/units.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace pare::core {

QString budgetKindName(BudgetKind k)
{
    switch (k) {
    case BudgetKind::Bytes: return QStringLiteral("bytes");
    case BudgetKind::BitsPerWeight: return QStringLiteral("bpw");
    case BudgetKind::Ratio: return QStringLiteral("ratio");
    case BudgetKind::Latency: return QStringLiteral("latency");
    }
    return {};
}

QString Budget::text(const QLocale &locale) const
{
    switch (kind) {
    case BudgetKind::Bytes:
        // One more digit than the report's sizes: parseBudget reads the text back.
        return formatBytes(value, value >= 1e6 ? 2 : 1, locale);
    case BudgetKind::BitsPerWeight: return QStringLiteral("%1 bpw").arg(locale.toString(value, 'g', 4));
    case BudgetKind::Ratio: return QStringLiteral("%1x").arg(locale.toString(value, 'g', 4));
    case BudgetKind::Latency:
        return value >= 1000 ? QStringLiteral("%1 ms").arg(locale.toString(value / 1000, 'g', 4))
                             : QStringLiteral("%1 us").arg(locale.toString(value, 'g', 4));
    }
    return {};
}

Result<Budget> parseBudget(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*([A-Za-zµ%]*)\s*$)"));
    const auto m = re.match(text);
    auto bad = [&](const QString &why) {
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "budget '%1': %2").arg(text, why)};
    };
    if (!m.hasMatch())
        return bad(QCoreApplication::translate("pare::core", "expected a number and a unit: 1.5GB, 800MB, 4.5bpw, 4x, 30ms"));
    bool ok = false;
    const double v = m.captured(1).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0)
        return bad(QCoreApplication::translate("pare::core", "the number must be positive"));
    const QString unit = m.captured(2).toLower();
    Budget b;
    b.value = v;
    struct Scale { const char *unit; double factor; };
    static const Scale bytes[] = {{"b", 1}, {"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
                                  {"kib", 1024.0}, {"mib", 1048576.0}, {"gib", 1073741824.0}};
    for (const Scale &s : bytes) {
        if (unit == QLatin1String(s.unit)) {
            b.kind = BudgetKind::Bytes;
            b.value = std::floor(v * s.factor);
            if (b.value < 1)
                return bad(QCoreApplication::translate("pare::core", "less than one byte"));
            return b;
        }
    }
    if (unit == QLatin1String("bpw") || unit == QLatin1String("bits")) {
        if (v > 64)
            return bad(QCoreApplication::translate("pare::core", "more than 64 bits per weight"));
        b.kind = BudgetKind::BitsPerWeight;
        return b;
    }
    if (unit == QLatin1String("x")) {
        if (v < 1)
            return bad(QCoreApplication::translate("pare::core", "a compression ratio must be at least 1x"));
        b.kind = BudgetKind::Ratio;
        return b;
    }
    if (unit == QLatin1String("%")) {
        if (v > 100)
            return bad(QCoreApplication::translate("pare::core", "more than 100 % of the original size"));
        b.kind = BudgetKind::Ratio;
        b.value = 100.0 / v;
        return b;
    }
    if (unit == QLatin1String("ms") || unit == QLatin1String("us") || unit == QStringLiteral("µs")
        || unit == QLatin1String("s")) {
        b.kind = BudgetKind::Latency;
        b.value = unit == QLatin1String("ms") ? v * 1e3 : unit == QLatin1String("s") ? v * 1e6 : v;
        return b;
    }
    if (unit.isEmpty())
        return bad(QCoreApplication::translate("pare::core", "missing unit (B, kB, MB, GB, KiB, MiB, GiB, bpw, x, %, ms, us)"));
    return bad(QCoreApplication::translate("pare::core", "unknown unit '%1' (B, kB, MB, GB, KiB, MiB, GiB, bpw, x, %, ms, us)").arg(m.captured(2)));
}

} // namespace pare::core
