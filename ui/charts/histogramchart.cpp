// SPDX-License-Identifier: GPL-3.0-or-later
#include "histogramchart.h"

#include "chartutil.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pare::ui {

namespace {
class ZoomView : public QChartView
{
public:
    using QChartView::QChartView;
    std::function<void()> onReset;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::RightButton) {
            if (onReset)
                onReset();
            event->accept();
            return;
        }
        QChartView::mouseReleaseEvent(event);
    }
};

QLineSeries *stepOutline(const std::vector<double> &counts, double lo, double width, bool logCounts)
{
    auto *s = new QLineSeries;
    const double floor = logCounts ? 0.5 : 0.0; // log axes cannot show zero
    s->append(lo, floor);
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const double c = std::max(counts[i], floor);
        s->append(lo + width * double(i), c);
        s->append(lo + width * double(i + 1), c);
    }
    s->append(lo + width * double(counts.size()), floor);
    return s;
}
} // namespace

struct HistogramChart::Private
{
    ZoomView *view = nullptr;
    QChart *chart = nullptr;
    bool settingRange = false;
    int overlayLines = 0;
    QLineSeries *grid = nullptr; // the level ticks, owned by the chart
};

HistogramChart::HistogramChart(QWidget *parent) : QWidget(parent), d(new Private)
{
    d->chart = newChart();
    d->view = new ZoomView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setRubberBand(QChartView::HorizontalRubberBand);
    d->view->onReset = [this] { Q_EMIT resetZoomRequested(); };
    d->view->setToolTip(tr("Drag across the chart to zoom into a range of values; right-click to "
                           "show the whole range again."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setMinimumHeight(180);
    followPalette(this, d->chart, m_drawn);
}

HistogramChart::~HistogramChart()
{
    delete d;
}

void HistogramChart::setData(const HistogramChartData &in)
{
    if (!m_drawn.take(in))
        return;
    QChart *c = d->chart;
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    c->setTitle(in.note.isEmpty() ? in.title
                                    : tr("%1<br><small>%2</small>").arg(in.title, in.note));
    d->overlayLines = 0;
    d->grid = nullptr;

    auto *x = new QValueAxis;
    x->setTitleText(in.xTitle);
    x->setLabelFormat(QStringLiteral("%.3g"));
    roundTicks(x, 7);
    x->setTruncateLabels(false);
    QAbstractAxis *y = nullptr;
    if (in.logCounts) {
        auto *ly = new QLogValueAxis;
        ly->setLabelFormat(QStringLiteral("%.0f"));
        ly->setBase(10.0);
        ly->setMinorTickCount(-1);
        y = ly;
    } else {
        auto *vy = new QValueAxis;
        vy->setLabelFormat(QStringLiteral("%.0f"));
        y = vy;
    }
    y->setTitleText(in.logCounts ? tr("count (log scale)") : tr("count"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    const int bins = int(in.counts.size());
    if (bins > 0 && in.hi > in.lo) {
        const double width = (in.hi - in.lo) / bins;
        double top = *std::max_element(in.counts.begin(), in.counts.end());
        if (!in.overlayCounts.empty())
            top = std::max(top, *std::max_element(in.overlayCounts.begin(), in.overlayCounts.end()));
        const double floor = in.logCounts ? 0.5 : 0.0;
        // The count axis's top (a linear one is rounded up to nice numbers after).
        const double yTop = in.logCounts ? std::max(top * 2.0, 10.0) : std::max(top * 1.05, 1.0);

        auto attach = [&](QAbstractSeries *s) {
            c->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        };

        // Clipped tails first, so the histogram draws over them.
        if (in.clipLo < in.clipHi) {
            bool clippedLegend = false;
            for (auto [a, b] : {std::pair{in.lo, in.clipLo}, std::pair{in.clipHi, in.hi}}) {
                if (b <= a)
                    continue;
                auto *upper = new QLineSeries;
                upper->append(a, std::max(top, 1.0));
                upper->append(b, std::max(top, 1.0));
                auto *lower = new QLineSeries;
                lower->append(a, floor);
                lower->append(b, floor);
                auto *band = areaBetween(upper, lower);
                band->setName(tr("clipped"));
                band->setColor(QColor(231, 76, 60, 40));
                band->setBorderColor(Qt::transparent);
                attach(band);
                if (clippedLegend) {
                    for (auto *marker : c->legend()->markers(band))
                        marker->setVisible(false);
                }
                clippedLegend = true;
            }
        }

        auto *outline = stepOutline(in.counts, in.lo, width, in.logCounts);
        auto *base = new QLineSeries;
        base->append(in.lo, floor);
        base->append(in.hi, floor);
        auto *area = areaBetween(outline, base);
        area->setName(tr("original"));
        area->setColor(QColor(52, 152, 219, 150));
        area->setBorderColor(QColor(41, 128, 185));
        attach(area);

        if (!in.overlayCounts.empty()) {
            auto *over = stepOutline(in.overlayCounts, in.lo, width, in.logCounts);
            over->setName(in.overlayName.isEmpty() ? tr("decoded") : in.overlayName);
            QPen pen(QColor(230, 126, 34));
            pen.setWidthF(1.5);
            over->setPen(pen);
            attach(over);
        }

        // The grid as one series of ticks along the base line, up and down at each level. Not
        // lines the plot's height: Qt 6.4's raster engine hands every long run of a line to its
        // thread pool and waits, and with a study busy on every core that held a repaint of
        // this chart up for 100 ms and more (tst_responsiveness).
        std::vector<double> levels;
        for (double level : in.gridLevels) {
            if (level >= in.lo && level <= in.hi)
                levels.push_back(level);
        }
        std::sort(levels.begin(), levels.end());
        if (!levels.empty()) {
            auto *grid = new QLineSeries;
            // Of the count axis: dense levels (more than 64, a pixel or two apart) run together
            // into a band, kept low and light so that the histogram's tails above it stay
            // readable.
            const bool dense = levels.size() > 64;
            const double tickShare = dense ? 0.03 : 0.08;
            const double tickTop = in.logCounts ? floor * std::pow(yTop / floor, tickShare) : tickShare * yTop;
            for (double level : levels) {
                grid->append(level, floor);
                grid->append(level, tickTop);
                grid->append(level, floor);
            }
            QPen pen(dense ? QColor(127, 140, 141, 130) : QColor(127, 140, 141, 240));
            pen.setWidthF(dense ? 1.0 : 1.5);
            grid->setPen(pen);
            grid->setName(tr("%1 levels").arg(in.gridLevels.size()));
            attach(grid);
            d->grid = grid;
            d->overlayLines = int(levels.size());
        }
        d->settingRange = true;
        x->setRange(in.lo, in.hi);
        if (in.logCounts)
            y->setRange(floor, yTop);
        else {
            y->setRange(0.0, yTop);
            static_cast<QValueAxis *>(y)->applyNiceNumbers();
        }
        d->settingRange = false;
    }
    c->legend()->setVisible(!in.overlayCounts.empty() || !in.gridLevels.empty()
                            || in.clipLo < in.clipHi);
    connect(x, &QValueAxis::rangeChanged, this, [this](qreal lo, qreal hi) {
        if (d->settingRange)
            return;
        m_drawn.forget(); // zoomed by the view: whatever comes next is drawn, the same data too
        if (hi > lo)
            Q_EMIT rangeSelected(lo, hi);
    });
}

std::vector<double> HistogramChart::drawnCounts() const
{
    // Read back from the series on the chart, not from the input, so tests see what is drawn.
    std::vector<double> out;
    for (QAbstractSeries *s : d->chart->series()) {
        auto *area = qobject_cast<QAreaSeries *>(s);
        if (!area || area->name() != tr("original"))
            continue;
        const QList<QPointF> pts = area->upperSeries()->points();
        for (qsizetype i = 1; i + 1 < pts.size(); i += 2)
            out.push_back(pts[i].y());
    }
    return out;
}

std::vector<double> HistogramChart::drawnOverlayCounts() const
{
    std::vector<double> out;
    const HistogramChartData &data = m_drawn.get();
    if (data.overlayCounts.empty())
        return out;
    const QString name = data.overlayName.isEmpty() ? tr("decoded") : data.overlayName;
    for (QAbstractSeries *s : d->chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line || line->name() != name)
            continue;
        const QList<QPointF> pts = line->points();
        for (qsizetype i = 1; i + 1 < pts.size(); i += 2)
            out.push_back(pts[i].y());
    }
    return out;
}

int HistogramChart::clippedBandCount() const
{
    int n = 0;
    for (QAbstractSeries *s : d->chart->series()) {
        if (s->name() == tr("clipped"))
            ++n;
    }
    return n;
}

int HistogramChart::overlayLineCount() const
{
    return d->overlayLines;
}

double HistogramChart::levelTickShare() const
{
    const QList<QAbstractAxis *> axes = d->chart->axes(Qt::Vertical);
    if (!d->grid || axes.isEmpty())
        return 0.0;
    double tick = 0.0;
    for (const QPointF &p : d->grid->points())
        tick = std::max(tick, p.y());
    if (const auto *log = qobject_cast<const QLogValueAxis *>(axes.front()))
        return log->max() > log->min() && tick > log->min() ? std::log(tick / log->min()) / std::log(log->max() / log->min()) : 0.0;
    const auto *linear = qobject_cast<const QValueAxis *>(axes.front());
    return linear && linear->max() > linear->min() ? (tick - linear->min()) / (linear->max() - linear->min()) : 0.0;
}

} // namespace pare::ui
