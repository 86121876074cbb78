// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartutil.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QChartView>
#include <QVBoxLayout>

namespace pare::ui {

QChart *makeChart(QWidget *host, int minimumHeight)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, host);
    view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    host->setMinimumHeight(minimumHeight);
    return chart;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QAreaSeries *areaBetween(QLineSeries *upper, QLineSeries *lower)
{
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    if (lower)
        lower->setParent(area);
    return area;
}

} // namespace pare::ui
