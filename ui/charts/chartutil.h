// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;
class QWidget;

namespace pare::ui {

// A chart in a view filling `host`, with the margins and legend all Pare's charts share.
QChart *makeChart(QWidget *host, int minimumHeight);
// Removes every series and axis, ready for new data.
void clearChart(QChart *chart);

} // namespace pare::ui
