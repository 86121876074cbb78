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
    const int n = int(std::min({in.min.size(), in.max.size(), in.absMax.size()}));
    m_channels = n;
    // More channels than the chart has pixels across are drawn in groups of `per` adjacent
    // ones: the band spans each group's extremes and the marker is its largest |w|, on that
    // channel, so outliers stay where they are. Qt Charts draws every marker as an item of its
    // own: 32,000 of them (a 7B model's embedding) took the GUI thread 5.7 s, 11,008 (its MLP
    // rows) 0.75 s, and every repaint half a second.
    const int per = n > kMaxDrawnChannels ? (n + kMaxGroups - 1) / kMaxGroups : 1;
    m_groups = (n + per - 1) / per;
    m_chart->setTitle(per == 1 ? in.title
                               : tr("%1<br><small>%2 channels in groups of %3: each group's extremes</small>")
                                     .arg(in.title, QLocale().toString(n), QLocale().toString(per)));
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
    for (int first = 0; first < n; first += per) {
        const int end = std::min(n, first + per);
        double lo = in.min[std::size_t(first)], hi = in.max[std::size_t(first)];
        int largest = first;
        for (int i = first; i < end; ++i) {
            lo = std::min(lo, in.min[std::size_t(i)]);
            hi = std::max(hi, in.max[std::size_t(i)]);
            if (in.absMax[std::size_t(i)] > in.absMax[std::size_t(largest)])
                largest = i;
        }
        upper->append(first, hi);
        lower->append(first, lo);
        if (end - 1 > first) { // a group: flat across its channels
            upper->append(end - 1, hi);
            lower->append(end - 1, lo);
        }
        const double a = in.absMax[std::size_t(largest)];
        // The marker sits on the side where the channel's largest magnitude is.
        marks->append(largest, in.max[std::size_t(largest)] >= a ? a : -a);
        top = std::max(top, a);
    }
    auto *band = areaBetween(upper, lower);
    band->setName(tr("min–max range"));
    band->setColor(QColor(52, 152, 219, 120));
    band->setBorderColor(QColor(41, 128, 185));
    marks->setName(tr("largest |w|"));
    marks->setMarkerSize(m_groups > 200 ? 3.0 : 6.0);
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
