// SPDX-License-Identifier: GPL-3.0-or-later
#include "linecharts.h"

#include "chartutil.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace pare::ui {


ChannelRangeChart::ChannelRangeChart(QWidget *parent) : QWidget(parent), m_chart(makeChart(this, 180))
{
    followPalette(this, m_chart, m_drawn);
}

void ChannelRangeChart::setData(const ChannelRangeData &in)
{
    if (!m_drawn.take(in))
        return;
    clearChart(m_chart);
    m_chart->setTitle(in.title);
    const int n = int(std::min({in.min.size(), in.max.size(), in.absMax.size()}));
    m_channels = n;
    auto *x = new QValueAxis;
    x->setTitleText(tr("output channel"));
    x->setLabelFormat(QStringLiteral("%.0f")); // whole numbers; localized formats need a precision
    auto *y = new QValueAxis;
    y->setTitleText(in.yTitle.isEmpty() ? tr("weight value") : in.yTitle);
    y->setLabelFormat(QStringLiteral("%.3g"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    if (n == 0)
        return;

    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *marks = new QScatterSeries;
    double top = 0;
    for (int i = 0; i < n; ++i) {
        upper->append(i, in.max[std::size_t(i)]);
        lower->append(i, in.min[std::size_t(i)]);
        const double a = in.absMax[std::size_t(i)];
        // The marker sits on the side where the channel's largest magnitude is.
        marks->append(i, in.max[std::size_t(i)] >= a ? a : -a);
        top = std::max(top, a);
    }
    auto *band = areaBetween(upper, lower);
    band->setName(tr("min–max range"));
    band->setColor(QColor(52, 152, 219, 120));
    band->setBorderColor(QColor(41, 128, 185));
    marks->setName(tr("largest |w|"));
    marks->setMarkerSize(n > 200 ? 3.0 : 6.0);
    marks->setColor(QColor(192, 57, 43));
    marks->setBorderColor(Qt::transparent);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(marks)}) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    roundTicks(x, 7, true);
    roundTicks(y, 7);
    x->setRange(0, std::max(1, n - 1));
    y->setRange(-top * 1.05, top * 1.05);
}

SpectrumChart::SpectrumChart(QWidget *parent) : QWidget(parent), m_chart(makeChart(this, 180))
{
    followPalette(this, m_chart, m_drawn);
}

void SpectrumChart::setData(const SpectrumChartData &in)
{
    if (!m_drawn.take(in))
        return;
    clearChart(m_chart);
    m_chart->setTitle(in.title);
    m_marks = 0;
    auto *x = new QValueAxis;
    x->setTitleText(tr("rank kept"));
    x->setLabelFormat(QStringLiteral("%.0f")); // whole numbers; localized formats need a precision
    auto *y = new QValueAxis;
    y->setTitleText(tr("energy kept (%)"));
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    if (in.energy.empty())
        return;
    auto *curve = new QLineSeries;
    curve->setName(tr("cumulative energy"));
    curve->append(0, 0);
    for (std::size_t i = 0; i < in.energy.size(); ++i)
        curve->append(double(i + 1), 100.0 * in.energy[i]);
    m_chart->addSeries(curve);
    curve->attachAxis(x);
    curve->attachAxis(y);
    const QColor colors[] = {QColor(39, 174, 96), QColor(243, 156, 18), QColor(192, 57, 43)};
    int k = 0;
    for (const auto &[target, rank] : in.marks) {
        const QColor color = colors[std::min(k++, 2)];
        if (rank < 0)
            continue;
        auto *line = new QLineSeries;
        line->setName(tr("%1 % at rank %2").arg(QLocale().toString(target * 100.0, 'f', 0)).arg(rank));
        line->append(double(rank), 0);
        line->append(double(rank), 100.0 * target);
        line->append(0, 100.0 * target);
        QPen pen(color);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        ++m_marks;
    }
    roundTicks(x, 7, true);
    x->setRange(0, double(std::max<std::int64_t>(in.fullRank, std::int64_t(in.energy.size()))));
}

} // namespace pare::ui
