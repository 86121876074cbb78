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

    // The budget solver's section; only when the study ran the solver (hasSolver).
    bool hasSolver = false;
    QString solverMethod;      // one sentence: damage level, budget, what is compared
    QStringList solverVerdicts; // one sentence per solver plan
    Table solverComparison;    // solver plans and the uniform recipes within their budget, side by side
    Table solverFront;         // the front's points
    SvgFront frontChart;
};

ReportContent buildReportContent(const core::StudyResult &study);

QString fmtBytes(double bytes);
QString fmtCount(double n);

} // namespace pare::report
