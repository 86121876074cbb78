// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "chartutil.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pare::ui {

namespace {
QBarSeries *barSeries(QChart *c)
{
    for (QAbstractSeries *s : c->series()) {
        if (auto *b = qobject_cast<QBarSeries *>(s))
            return b;
    }
    return nullptr;
}
} // namespace

BarChart::BarChart(QWidget *parent) : QWidget(parent), m_chart(makeChart(this, 200)) {}

void BarChart::setData(const BarChartData &in)
{
    clearChart(m_chart);
    m_chart->setTitle(in.title);
    m_chart->legend()->setVisible(false);
    if (in.categories.isEmpty() || in.groups.empty())
        return; // an empty chart: just the title, which says what to do
    auto *series = new QBarSeries;
    double top = 0, bottom = std::numeric_limits<double>::infinity();
    for (const BarGroup &g : in.groups) {
        auto *set = new QBarSet(g.name);
        for (double v : g.values) {
            set->append(v);
            top = std::max(top, v);
            if (v > 0)
                bottom = std::min(bottom, v);
        }
        if (g.color.isValid())
            set->setColor(g.color);
        series->append(set);
    }
    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *) { Q_EMIT categoryClicked(index); });
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    // Drop the prefix all names share ("model.layers.") so the labels show what differs.
    qsizetype common = in.categories.size() > 1 ? in.categories.first().size() : 0;
    for (const QString &c : in.categories) {
        qsizetype k = 0;
        while (k < common && k < c.size() && c[k] == in.categories.first()[k])
            ++k;
        common = k;
    }
    while (common > 0 && in.categories.first()[common - 1] != QLatin1Char('.')
           && in.categories.first()[common - 1] != QLatin1Char('/'))
        --common;
    QStringList cats;
    for (const QString &c : in.categories) {
        const QString shortName = c.mid(common);
        cats << (shortName.size() > 16 ? QStringLiteral("…") + shortName.right(15) : shortName);
    }
    x->append(cats);
    x->setTitleText(tr("layer"));
    x->setLabelsAngle(in.categories.size() > 6 ? -60 : 0);
    m_chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    if (in.logScale && top > 0) {
        auto *y = new QLogValueAxis;
        y->setTitleText(in.yTitle);
        y->setLabelFormat(QStringLiteral("%.3g"));
        y->setRange(std::isfinite(bottom) ? bottom / 2 : 1.0, top * 2);
        m_chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
    } else {
        auto *y = new QValueAxis;
        y->setTitleText(in.yTitle);
        y->setLabelFormat(QStringLiteral("%.3g"));
        y->setRange(0, std::max(top * 1.05, 1e-12));
        y->applyNiceNumbers();
        m_chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
    }
    m_chart->legend()->setVisible(in.groups.size() > 1);
}

int BarChart::setCount() const
{
    QBarSeries *s = barSeries(m_chart);
    return s ? int(s->count()) : 0;
}

std::vector<double> BarChart::setValues(int set) const
{
    std::vector<double> out;
    QBarSeries *s = barSeries(m_chart);
    if (!s || set < 0 || set >= s->count())
        return out;
    const QBarSet *b = s->barSets().at(set);
    for (int i = 0; i < b->count(); ++i)
        out.push_back(b->at(i));
    return out;
}

QString BarChart::setName(int set) const
{
    QBarSeries *s = barSeries(m_chart);
    return s && set >= 0 && set < s->count() ? s->barSets().at(set)->label() : QString();
}

ScatterChart::ScatterChart(QWidget *parent) : QWidget(parent), m_chart(makeChart(this, 200)) {}

void ScatterChart::setData(const ScatterChartData &in)
{
    m_data = in;
    clearChart(m_chart);
    m_chart->setTitle(in.title);
    auto *x = new QValueAxis;
    x->setTitleText(in.xTitle);
    x->setLabelFormat(QStringLiteral("%.3g"));
    auto *y = new QValueAxis;
    y->setTitleText(in.yTitle);
    y->setLabelFormat(QStringLiteral("%.3g"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    if (!in.points.empty()) {
        x0 = x1 = in.points.front().x;
        y0 = y1 = in.points.front().y;
        for (const ScatterPoint &p : in.points) {
            x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
            y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
        }
    }
    const double dx = std::max(x1 - x0, std::abs(x1) * 0.2 + 1e-9);
    x->setRange(std::max(0.0, x0 - dx * 0.15), x1 + dx * 0.15);
    y->setRange(0.0, std::max(y1 * 1.2, 1.0));
    x->applyNiceNumbers();
    y->applyNiceNumbers();

    if (in.front.size() > 1) {
        auto *front = new QLineSeries;
        front->setName(tr("Pareto front"));
        std::vector<int> idx = in.front;
        std::sort(idx.begin(), idx.end(), [&](int a, int b) { return in.points[std::size_t(a)].x < in.points[std::size_t(b)].x; });
        for (int i : idx)
            front->append(in.points[std::size_t(i)].x, in.points[std::size_t(i)].y);
        QPen pen(QColor(39, 174, 96));
        pen.setWidthF(2.0);
        pen.setStyle(Qt::DashLine);
        front->setPen(pen);
        m_chart->addSeries(front);
        front->attachAxis(x);
        front->attachAxis(y);
    }
    auto *points = new QScatterSeries;
    points->setName(tr("variants"));
    points->setMarkerSize(11);
    points->setPointLabelsVisible(true);
    points->setPointLabelsFormat(QStringLiteral("@xPoint"));
    for (const ScatterPoint &p : in.points)
        points->append(p.x, p.y);
    // Labels by name rather than by coordinate.
    points->setPointLabelsVisible(false);
    m_chart->addSeries(points);
    points->attachAxis(x);
    points->attachAxis(y);
    for (std::size_t i = 0; i < in.points.size(); ++i) {
        auto *label = new QScatterSeries;
        label->append(in.points[i].x, in.points[i].y);
        label->setMarkerSize(1);
        label->setPointLabelsVisible(true);
        label->setPointLabelsFormat(in.points[i].label);
        label->setPointLabelsClipping(false);
        m_chart->addSeries(label);
        label->attachAxis(x);
        label->attachAxis(y);
        for (auto *marker : m_chart->legend()->markers(label))
            marker->setVisible(false);
    }
    connect(points, &QScatterSeries::clicked, this, [this](const QPointF &pt) {
        int best = -1;
        double bestDist = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < m_data.points.size(); ++i) {
            const double d = std::hypot(m_data.points[i].x - pt.x(), m_data.points[i].y - pt.y());
            if (d < bestDist) {
                bestDist = d;
                best = int(i);
            }
        }
        if (best >= 0)
            Q_EMIT pointClicked(best);
    });
}

int ScatterChart::frontCount() const
{
    for (QAbstractSeries *s : m_chart->series()) {
        auto *l = qobject_cast<QLineSeries *>(s);
        if (l && !qobject_cast<QScatterSeries *>(s) && l->name() == tr("Pareto front"))
            return int(l->count());
    }
    return 0;
}

} // namespace pare::ui
