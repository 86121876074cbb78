// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace pare::ui {

// Plain data the chart adapters draw. Widgets outside ui/charts/ never touch Qt Charts types,
// so the chart library can be swapped (Qt Charts is deprecated from Qt 6.10 for Qt Graphs).

struct HistogramChartData
{
    QString title;
    QString xTitle;          // with units, e.g. "weight value"
    double lo = 0.0;
    double hi = 0.0;
    std::vector<double> counts;
    bool logCounts = false;
    // Optional overlays (a plan's quantization grid and the decoded weights' histogram).
    std::vector<double> gridLevels;   // drawn as vertical lines
    double clipLo = 0.0, clipHi = 0.0; // tails outside [clipLo, clipHi] shaded when clipLo < clipHi
    std::vector<double> overlayCounts; // same bins as counts
    QString overlayName;
    QString note;                      // shown under the title (NaN/Inf counts, under/overflow)

    bool operator==(const HistogramChartData &) const = default;
};

struct ChannelRangeData
{
    QString title;
    std::vector<double> min, max, absMax; // per output channel
    QString yTitle;

    bool operator==(const ChannelRangeData &) const = default;
};

struct SpectrumChartData
{
    QString title;
    std::vector<double> energy; // cumulative energy fraction at rank i + 1
    std::int64_t fullRank = 0;
    std::vector<std::pair<double, std::int64_t>> marks; // (energy target, rank), rank -1 = beyond

    bool operator==(const SpectrumChartData &) const = default;
};

struct BarGroup
{
    QString name;        // legend entry ("Original", "4-bit g128")
    std::vector<double> values;
    QColor color;        // invalid: the theme's next colour

    bool operator==(const BarGroup &) const = default;
};

struct BarChartData
{
    QString title;
    QString yTitle;      // the value axis, with units
    QString categoryTitle; // the category axis; empty: "layer"
    QStringList categories; // full names; the axis shows their distinctive part, the tooltip all
    std::vector<BarGroup> groups;
    bool logScale = false;
    bool horizontal = false; // categories down the side (long names stay readable)
    int highlight = -1;      // category drawn in the highlight colour (the selected layer)
    // > 0: at least this many pixels per category; the chart scrolls when they do not fit.
    int categoryPixels = 0;

    bool operator==(const BarChartData &) const = default;
};

struct ScatterPoint
{
    QString label;
    double x = 0.0;
    double y = 0.0;

    bool operator==(const ScatterPoint &) const = default;
};

struct ScatterChartData
{
    QString title;
    QString xTitle, yTitle;
    std::vector<ScatterPoint> points;
    std::vector<int> front; // indices into points, drawn as a line in x order
    int selected = -1;      // index into points: drawn with its own marker and legend entry

    bool operator==(const ScatterChartData &) const = default;
};

} // namespace pare::ui
