// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartutil.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QChartView>
#include <QEvent>
#include <QPalette>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace pare::ui {

namespace {
class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *host, QChart *chart, std::function<void()> redraw)
        : QObject(host), m_host(host), m_chart(chart), m_redraw(std::move(redraw))
    {
        host->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_host && event->type() == QEvent::PaletteChange && !m_busy) {
            m_busy = true;
            applyChartTheme(m_chart, m_host->palette());
            if (m_redraw)
                m_redraw();
            m_busy = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_host;
    QChart *m_chart;
    std::function<void()> m_redraw;
    bool m_busy = false;
};
} // namespace

void applyChartTheme(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
}

void followPalette(QWidget *host, QChart *chart, std::function<void()> redraw)
{
    applyChartTheme(chart, host->palette());
    new PaletteFollower(host, chart, std::move(redraw));
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    return chart;
}

QChart *makeChart(QWidget *host, int minimumHeight)
{
    QChart *chart = newChart();
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

double roundTickStep(double span, int atMost, bool integers)
{
    if (!(span > 0) || !std::isfinite(span))
        return 0.0;
    const double raw = span / double(std::max(1, atMost - 1));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (integers && std::floor(m * magnitude) != m * magnitude)
            continue; // 2.5 on an integer axis only as 25, 250, …
        // A hair of tolerance: 0.1 computed as span / 6 must not become 0.2.
        if (m * magnitude >= raw * (1.0 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    }
    return integers ? std::max(1.0, step) : step;
}

void roundTicks(QValueAxis *axis, int atMost, bool integers)
{
    const auto apply = [axis, atMost, integers](qreal lo, qreal hi) {
        const double step = roundTickStep(double(hi) - double(lo), atMost, integers);
        if (step <= 0.0) {
            axis->setTickType(QValueAxis::TicksFixed);
            return;
        }
        axis->setTickAnchor(0.0);
        axis->setTickInterval(step);
        axis->setTickType(QValueAxis::TicksDynamic);
    };
    apply(axis->min(), axis->max());
    QObject::connect(axis, &QValueAxis::rangeChanged, axis, apply);
}

QString logAxisLabelFormat(double lo, double hi)
{
    if (!(lo > 0) || !(hi >= lo) || !std::isfinite(hi))
        return QStringLiteral("%.3g");
    // QLogValueAxis puts its ticks at the powers of ten from ceil(log10(lo)).
    const int first = int(std::ceil(std::log10(lo) - 1e-9));
    const int last = int(std::floor(std::log10(hi) + 1e-9));
    if (first < -4 || last >= 6)
        return QStringLiteral("%.0e");
    return QStringLiteral("%.%1f").arg(std::max(0, -first));
}

} // namespace pare::ui
