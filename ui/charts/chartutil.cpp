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
#include <QWidget>

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
