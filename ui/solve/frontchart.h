// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartutil.h"

#include <QPointF>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QChart;
class QScatterSeries;

namespace pare::ui {

// The data of a Pareto front chart: cost (x) against damage (y), one point per plan.
struct FrontChartData
{
    QString title;
    QString xTitle; // with its unit: "Size (MB)"
    QString yTitle; // "Damage (KL divergence, nats)"
    std::vector<double> x;
    std::vector<double> y;
    int highlighted = -1; // the point whose plan the heatmap shows (one clicked); -1: none
    // The plan the heatmap shows when it is none of the points (the solve's plan for the
    // budget, on or under the line between them): drawn with the same marker.
    std::optional<QPointF> plan;
    QString chosenName; // written beside the marker ("plan for 4.5 bpw"); empty: nothing

    bool operator==(const FrontChartData &) const = default;
};

// The adapter between the solver's front and the chart library (Qt Charts today): a line
// through the plans with a clickable marker per plan.
class FrontChart : public QWidget
{
    Q_OBJECT
public:
    explicit FrontChart(QWidget *parent = nullptr);
    void setData(const FrontChartData &data);
    const FrontChartData &data() const { return m_drawn.get(); }
    int pointCount() const { return int(m_drawn.get().x.size()); }
    QChart *chart() const { return m_chart; }
    // The plan nearest to a point in value coordinates (what a click selects); -1 when empty.
    int nearestPoint(double x, double y) const;

Q_SIGNALS:
    void pointClicked(int index);

private:
    double plotted(double damage) const; // on a log axis, zero damage is drawn on the floor

    QChart *m_chart;
    double m_logFloor = 0; // > 0: the damage axis is logarithmic from here
    DrawnData<FrontChartData> m_drawn;
};

} // namespace pare::ui
