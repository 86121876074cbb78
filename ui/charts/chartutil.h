// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAreaSeries;
class QChart;
class QLineSeries;
class QWidget;

namespace pare::ui {

// A chart in a view filling `host`, with the margins and legend all Pare's charts share.
QChart *makeChart(QWidget *host, int minimumHeight);
// Removes every series and axis, ready for new data.
void clearChart(QChart *chart);
// An area between two lines that owns them (QAreaSeries itself does not, so they would leak).
QAreaSeries *areaBetween(QLineSeries *upper, QLineSeries *lower);

} // namespace pare::ui
