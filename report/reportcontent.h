// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/study.h"
#include "svgcharts.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pare::report {

// The report's content, once: every format renders these tables and charts, so they agree.
struct Table
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numeric; // per column: right-aligned
};

struct ReportContent
{
    QString title;
    QString subtitle;
    QString headline; // one sentence a reader takes away first
    Table model;      // what was compressed
    Table totals;     // original and each variant
    QList<QPair<QString, QString>> recipes; // variant name → recipe JSON
    QList<Table> layers;                    // one per variant
    SvgBarChart bytesChart, latencyChart, errorChart;
    SvgScatter tradeoff;
    bool hasLatency = false;
    Table environment;
    QStringList notes;
};

ReportContent buildReportContent(const core::StudyResult &study);

QString fmtBytes(double bytes);
QString fmtCount(double n);

} // namespace pare::report
