// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"

#include <QWidget>

class QChart;

namespace pare::ui {

// Grouped bars: one set per group (original, each variant), one category per layer.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);
    void setData(const BarChartData &data);
    // What is on the chart, read back from its series (for tests).
    int setCount() const;
    std::vector<double> setValues(int set) const;
    QString setName(int set) const;

Q_SIGNALS:
    void categoryClicked(int index);

private:
    QChart *m_chart;
};

// Points with labels and a Pareto front line; clicking a point reports its index.
class ScatterChart : public QWidget
{
    Q_OBJECT
public:
    explicit ScatterChart(QWidget *parent = nullptr);
    void setData(const ScatterChartData &data);
    int pointCount() const { return int(m_data.points.size()); }
    int frontCount() const;

Q_SIGNALS:
    void pointClicked(int index);

private:
    QChart *m_chart;
    ScatterChartData m_data;
};

} // namespace pare::ui
