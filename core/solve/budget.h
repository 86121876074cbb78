// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QLocale>
#include <QString>

namespace pare::core {

// What a budget limits: the whole model's bytes, the average bits per weight of the layers the
// solver may compress, the compression ratio of the whole model, or the summed latency of the
// layers the solver may compress.
enum class BudgetKind { Bytes, BitsPerWeight, Ratio, Latency };

struct Budget
{
    BudgetKind kind = BudgetKind::Bytes;
    double value = 0; // bytes, bits per weight, ratio (original ÷ compressed), or microseconds
    // "1.50 GB", "4.5 bpw", "4x", "30 ms"; parseBudget reads it back (in the C locale, the
    // default). In another locale ("1,50 GB") it is for reading only, as the report shows it.
    QString text(const QLocale &locale = QLocale::c()) const;
};

// "1.5GB", "800MB", "512KiB", "123456B", "4.5bpw", "4x", "30ms", "250us". Units are case
// insensitive; kB/MB/GB are powers of 1000, KiB/MiB/GiB of 1024. The error names the value.
Result<Budget> parseBudget(const QString &text);

QString budgetKindName(BudgetKind k); // "bytes", "bpw", "ratio", "latency"

} // namespace pare::core
