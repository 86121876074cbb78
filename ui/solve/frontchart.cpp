// SPDX-License-Identifier: GPL-3.0-or-later
#include "solve/frontchart.h"

#include "charts/chartutil.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pare::ui {

FrontChart::FrontChart(QWidget *parent) : QWidget(parent), m_chart(newChart())
{
    m_chart->legend()->hide();
    auto *view = new QChartView(m_chart, this);
    view->setObjectName(QStringLiteral("frontChartView"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(120, 60);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    // Dark with the dark theme like every other chart (it stayed white on a dark window).
    followPalette(this, m_chart, m_drawn);
}

void FrontChart::setData(const FrontChartData &data)
{
    if (!m_drawn.take(data))
        return;
    clearChart(m_chart); // series and axes, which removeAxis alone would leak
    m_chart->setTitle(data.title);
    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    points->setMarkerSize(9);
    auto *chosen = new QScatterSeries;
    chosen->setMarkerSize(15);
    chosen->setColor(QColor(0xd6, 0x27, 0x28));
    // Damage spans decades between the smallest and the largest plans: a log axis keeps the
    // knee of the front readable. Zero damage (everything kept) sits on the axis floor.
    double xmax = 0, ymax = 0, ymin = std::numeric_limits<double>::infinity();
    auto extend = [&](double x, double y) {
        xmax = std::max(xmax, x);
        ymax = std::max(ymax, y);
        if (y > 0)
            ymin = std::min(ymin, y);
    };
    for (std::size_t i = 0; i < data.x.size(); ++i)
        extend(data.x[i], data.y[i]);
    if (data.plan)
        extend(data.plan->x(), data.plan->y());
    m_logFloor = std::isfinite(ymin) && ymax / ymin > 100 ? ymin / 2 : 0;
    for (std::size_t i = 0; i < data.x.size(); ++i) {
        const QPointF p(data.x[i], plotted(data.y[i]));
        line->append(p);
        points->append(p);
        if (int(i) == data.highlighted)
            chosen->append(p);
    }
    if (data.plan)
        chosen->append(data.plan->x(), plotted(data.plan->y()));
    // Named beside the marker (a legend line would take the chart's height from the plot).
    chosen->setName(data.chosenName);
    chosen->setPointLabelsFormat(data.chosenName);
    chosen->setPointLabelsVisible(!data.chosenName.isEmpty());
    chosen->setPointLabelsClipping(false);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points),
                               static_cast<QAbstractSeries *>(chosen)})
        m_chart->addSeries(s);
    auto *ax = new QValueAxis;
    ax->setTitleText(data.xTitle);
    ax->setRange(0, xmax > 0 ? xmax * 1.05 : 1);
    ax->applyNiceNumbers(); // ticks at 0, 1, 2, … MB rather than at fifths of the largest size
    ax->setLabelFormat(QStringLiteral("%.3g"));
    QAbstractAxis *ay = nullptr;
    if (m_logFloor > 0) {
        auto *log = new QLogValueAxis;
        log->setBase(10);
        log->setRange(m_logFloor, ymax * 1.5);
        log->setLabelFormat(logAxisLabelFormat(m_logFloor, ymax * 1.5));
        log->setMinorTickCount(-1);
        // Decade lines only: nine minor lines a decade read as a barcode on the dark theme.
        log->setMinorGridLineVisible(false);
        log->setTitleText(tr("%1, log scale").arg(data.yTitle));
        ay = log;
    } else {
        auto *lin = new QValueAxis;
        lin->setRange(0, ymax > 0 ? ymax * 1.05 : 1);
        lin->applyNiceNumbers();
        lin->setLabelFormat(QStringLiteral("%.3g"));
        lin->setTitleText(data.yTitle);
        ay = lin;
    }
    m_chart->addAxis(ax, Qt::AlignBottom);
    m_chart->addAxis(ay, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(ax);
        s->attachAxis(ay);
    }
    auto clicked = [this](const QPointF &p) {
        const int i = nearestPoint(p.x(), p.y());
        if (i >= 0)
            Q_EMIT pointClicked(i);
    };
    connect(points, &QScatterSeries::clicked, this, clicked);
    if (!data.plan) // the solve's own plan is no point of the front: clicking it picks nothing
        connect(chosen, &QScatterSeries::clicked, this, clicked);
}

double FrontChart::plotted(double damage) const
{
    return m_logFloor > 0 ? std::max(damage, m_logFloor) : damage;
}

int FrontChart::nearestPoint(double x, double y) const
{
    // Distances are measured as drawn: on a log axis in decades.
    auto drawnY = [this](double v) { return m_logFloor > 0 ? std::log10(plotted(v) / m_logFloor) : v; };
    y = drawnY(y);
    const FrontChartData &d = m_drawn.get();
    double xs = 0, ys = 0;
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        xs = std::max(xs, std::abs(d.x[i]));
        ys = std::max(ys, std::abs(drawnY(d.y[i])));
    }
    xs = xs > 0 ? xs : 1;
    ys = ys > 0 ? ys : 1;
    int best = -1;
    double bestD = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        const double dx = (d.x[i] - x) / xs, dy = (drawnY(d.y[i]) - y) / ys;
        if (dx * dx + dy * dy < bestD) {
            bestD = dx * dx + dy * dy;
            best = int(i);
        }
    }
    return best;
}

} // namespace pare::ui
