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

// The budget solver's Pareto front: predicted damage against size, its plans as a line;
// measured solver plans highlighted on it; uniform recipes as labelled vertical markers at
// their size (their predicted damage is not known).
struct SvgFront
{
    QString title, xTitle, yTitle;
    std::vector<SvgPoint> front;   // in x order
    std::vector<SvgPoint> solver;  // measured solver plans, on the front
    std::vector<SvgPoint> uniform; // x and label only
};

QString barChartSvg(const SvgBarChart &chart, int width = 760, int height = 340);
// The Pareto front (points no other point beats on both x and y, smaller is better) is drawn.
QString scatterSvg(const SvgScatter &chart, int width = 760, int height = 320);
QString frontSvg(const SvgFront &chart, int width = 760, int height = 340);
std::vector<int> paretoFront(const std::vector<SvgPoint> &points);
// A palette that prints well and stays distinct for colour-blind readers.
QString seriesColor(int index);

} // namespace pare::report
