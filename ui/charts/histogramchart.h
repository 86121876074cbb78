// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "charts/chartutil.h"

#include <QWidget>

namespace pare::ui {

class ChartFrame;

// A weight histogram: step area of counts, optional overlays; drag horizontally to zoom.
class HistogramChart : public QWidget
{
    Q_OBJECT
public:
    explicit HistogramChart(QWidget *parent = nullptr);
    ~HistogramChart() override;
    void setData(const HistogramChartData &data);
    const HistogramChartData &data() const { return m_drawn.get(); }
    // Counts as drawn (for tests): one value per bin.
    std::vector<double> drawnCounts() const;
    int overlayLineCount() const; // quantization levels drawn
    // How far up the count axis the level ticks reach, as a share of it (0: no levels drawn).
    double levelTickShare() const;
    std::vector<double> drawnOverlayCounts() const; // the decoded histogram as drawn
    int clippedBandCount() const;

Q_SIGNALS:
    void rangeSelected(double lo, double hi); // the user dragged out a range
    void resetZoomRequested();

private:
    struct Private;
    Private *d;
    DrawnData<HistogramChartData> m_drawn;
};

} // namespace pare::ui
