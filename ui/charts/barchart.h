// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartdata.h"
#include "charts/chartutil.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QScrollArea;

namespace pare::ui {

// Grouped bars: one set per group (original, each variant), one category per layer.
// Vertical or horizontal; scrolls when BarChartData::categoryPixels asks for more room.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);
    void setData(const BarChartData &data);
    const BarChartData &data() const { return m_drawn.get(); }
    // What is on the chart, read back from its series (for tests).
    int setCount() const;
    std::vector<double> setValues(int set) const;
    QString setName(int set) const;
    QStringList axisLabels() const;  // category labels as drawn
    int highlightedCategory() const; // read back from the bar sets' selection, -1 none
    QString title() const;
    bool hasDarkTheme() const; // the chart theme follows the palette
    QString legendText() const; // vertical charts' legend (rich text), empty when hidden
    // Keep the legend line's room while it is empty, for a chart whose legend comes and goes
    // with its data: the chart is then not laid out a second time when the legend appears.
    // Without it the empty line takes no room.
    void setLegendLineReserved(bool reserved);

    // The distinctive part of each name: the prefix all share is dropped, long names keep
    // their end ("…attn.c_proj"). Full names belong in tooltips.
    static QStringList shortLabels(const QStringList &names, int maxChars = 22);

Q_SIGNALS:
    void categoryClicked(int index);

private:
    void fitView();
    void resizeEvent(QResizeEvent *event) override;

    QChart *m_chart;
    QChartView *m_view;
    QScrollArea *m_scroll;
    QLabel *m_legend; // vertical charts: outside the scroll, so it stays in view
    bool m_legendReserved = false;
    DrawnData<BarChartData> m_drawn;
};

// Points with labels and a Pareto front line; clicking a point reports its index.
class ScatterChart : public QWidget
{
    Q_OBJECT
public:
    explicit ScatterChart(QWidget *parent = nullptr);
    void setData(const ScatterChartData &data);
    int pointCount() const { return int(m_drawn.get().points.size()); }
    int frontCount() const;
    // The point drawn as selected, read back from the chart's series (-1: none), and its
    // legend entry.
    int selectedPoint() const;
    QString selectedLegend() const;
    const ScatterChartData &data() const { return m_drawn.get(); }

Q_SIGNALS:
    void pointClicked(int index);

private:
    QChart *m_chart;
    DrawnData<ScatterChartData> m_drawn;
};

} // namespace pare::ui
