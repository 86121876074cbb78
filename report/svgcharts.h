// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace pare::report {

// Charts as standalone SVG: inlined in HTML, drawn as vectors into the PDF.

struct SvgSeries
{
    QString name;
    std::vector<double> values; // one per category; < 0: no value
    QString color;
};

struct SvgBarChart
{
    QString title;
    QString yTitle; // with units
    QStringList categories;
    std::vector<SvgSeries> series;
};

struct SvgPoint
{
    QString label;
    double x = 0, y = 0;
};

struct SvgScatter
{
    QString title, xTitle, yTitle;
    std::vector<SvgPoint> points;
};

QString barChartSvg(const SvgBarChart &chart, int width = 760, int height = 340);
// The Pareto front (points no other point beats on both x and y, smaller is better) is drawn.
QString scatterSvg(const SvgScatter &chart, int width = 760, int height = 320);
std::vector<int> paretoFront(const std::vector<SvgPoint> &points);
// A palette that prints well and stays distinct for colour-blind readers.
QString seriesColor(int index);

} // namespace pare::report
