// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QAreaSeries;
class QChart;
class QLineSeries;
class QPalette;
class QWidget;

namespace pare::ui {

// A chart in a view filling `host`, with the margins and legend all Pare's charts share.
QChart *makeChart(QWidget *host, int minimumHeight);
// Removes every series and axis, ready for new data.
void clearChart(QChart *chart);
// An area between two lines that owns them (QAreaSeries itself does not, so they would leak).
QAreaSeries *areaBetween(QLineSeries *upper, QLineSeries *lower);
// Gives the chart the light or dark chart theme that matches the palette, with the palette's
// window colour behind it. Only changes the theme when it differs (a theme change recolours
// every series, so call it before adding series).
void applyChartTheme(QChart *chart, const QPalette &palette);
// Re-themes `chart` whenever `host`'s palette changes (Preferences > Theme, or the system's
// light / dark switch) and then calls `redraw`, which should draw the chart's data again so
// its own series colours are applied over the new theme.
void followPalette(QWidget *host, QChart *chart, std::function<void()> redraw);

} // namespace pare::ui
