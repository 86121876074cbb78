// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchart.h"

#include "chartutil.h"
#include "common/units.h"

#include <QBarCategoryAxis>
#include <QFont>
#include <QLabel>
#include <QLegend>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QScrollArea>
#include <QHash>
#include <QSet>
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
QAbstractBarSeries *barSeries(QChart *c)
{
    for (QAbstractSeries *s : c->series()) {
        if (auto *b = qobject_cast<QAbstractBarSeries *>(s))
            return b;
    }
    return nullptr;
}
QBarCategoryAxis *categoryAxis(QChart *c)
{
    for (QAbstractAxis *a : c->axes()) {
        if (auto *x = qobject_cast<QBarCategoryAxis *>(a))
            return x;
    }
    return nullptr;
}
} // namespace

QStringList BarChart::shortLabels(const QStringList &input, int maxChars)
{
    // A root most names share ("transformer.", "model.") says nothing: drop it where present.
    QStringList names = input;
    QHash<QString, int> roots;
    for (const QString &n : names) {
        const qsizetype dot = n.indexOf(QLatin1Char('.'));
        if (dot > 0)
            ++roots[n.left(dot + 1)];
    }
    QString root;
    int best = 0;
    for (auto it = roots.cbegin(); it != roots.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            root = it.key();
        }
    }
    if (best * 2 >= names.size() && names.size() > 1) {
        for (QString &n : names) {
            if (n.startsWith(root) && n.size() > root.size())
                n = n.mid(root.size());
        }
    }
    // Drop the prefix all names share ("model.layers.") so the labels show what differs.
    qsizetype common = names.size() > 1 ? names.first().size() : 0;
    for (const QString &c : names) {
        qsizetype k = 0;
        while (k < common && k < c.size() && c[k] == names.first()[k])
            ++k;
        common = k;
    }
    while (common > 0 && names.first()[common - 1] != QLatin1Char('.')
           && names.first()[common - 1] != QLatin1Char('/') && names.first()[common - 1] != QLatin1Char('_'))
        --common;
    QStringList out;
    QSet<QString> seen;
    for (const QString &c : names) {
        QString label = c.mid(common);
        if (label.isEmpty())
            label = c;
        if (label.size() > maxChars)
            label = QStringLiteral("…") + label.right(maxChars - 1);
        // Category axes need distinct labels; repeat names get a counter.
        QString unique = label;
        for (int k = 2; seen.contains(unique); ++k)
            unique = QStringLiteral("%1 (%2)").arg(label, QString::number(k));
        seen.insert(unique);
        out << unique;
    }
    return out;
}

BarChart::BarChart(QWidget *parent)
    : QWidget(parent), m_chart(newChart()), m_view(nullptr), m_scroll(new QScrollArea(this)),
      m_legend(new QLabel(this))
{
    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_legend->setObjectName(QStringLiteral("barLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAlignment(Qt::AlignHCenter);
    // Always shown, and collapsed to no height while there is nothing to say: showing a hidden
    // widget lays out every layout above it at once, up to the window (Qt does that
    // synchronously), which after a study held the window up for tens of milliseconds.
    m_legend->setMaximumHeight(0);
    m_legend->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    setMinimumHeight(200);
    followPalette(this, m_chart, m_drawn);
}

void BarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitView();
}

void BarChart::fitView()
{
    const BarChartData &d = m_drawn.get();
    const qsizetype n = d.categories.size();
    const int groups = std::max<int>(1, int(d.groups.size()));
    if (d.categoryPixels <= 0 || n == 0) {
        m_view->setMinimumSize(0, 0);
        return;
    }
    int perCategory = d.categoryPixels * (groups > 1 ? std::min(groups, 3) : 1);
    if (!d.horizontal)
        perCategory = std::max(perCategory, 16); // the rotated names need a line each
    const int need = int(n) * perCategory + 120;
    if (d.horizontal)
        m_view->setMinimumSize(0, need);
    else
        m_view->setMinimumSize(need, 0);
}

void BarChart::setData(const BarChartData &in)
{
    if (!m_drawn.take(in))
        return;
    clearChart(m_chart);
    m_chart->setTitle(in.title);
    m_chart->legend()->setVisible(false);
    m_view->setToolTip({});
    fitView();
    // Vertical charts scroll sideways, where a legend on the chart's right would scroll out of
    // view: theirs is a line under the scroll area.
    const bool lineLegend = !in.horizontal && in.groups.size() > 1 && !in.categories.isEmpty();
    if (!lineLegend)
        m_legend->clear();
    m_legend->setMaximumHeight(lineLegend || m_legendReserved ? QWIDGETSIZE_MAX : 0);
    if (in.categories.isEmpty() || in.groups.empty())
        return; // an empty chart: just the title, which says what to do
    QAbstractBarSeries *series = in.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                               : static_cast<QAbstractBarSeries *>(new QBarSeries);
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
        if (in.highlight >= 0 && in.highlight < set->count()) {
            set->setSelectedColor(QColor(230, 126, 34));
            set->selectBar(in.highlight);
        }
        series->append(set);
    }
    connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) { Q_EMIT categoryClicked(index); });
    // The full name of the bar under the mouse, since the axis shows only its distinctive part.
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
        const QStringList &names = m_drawn.get().categories;
        if (!on || index < 0 || index >= names.size()) {
            m_view->setToolTip({});
            return;
        }
        m_view->setToolTip(tr("%1\n%2: %3").arg(names.at(index), set->label(),
                                                 core::formatNumber(set->at(index), 4, QLocale())));
    });
    m_chart->addSeries(series);
    auto *cat = new QBarCategoryAxis;
    const QStringList labels = shortLabels(in.categories, in.horizontal ? 24 : 14);
    cat->append(labels);
    // Vertical charts save the room for their rotated labels; their title names the categories.
    cat->setTitleText(in.categoryTitle.isEmpty() ? (in.horizontal ? tr("layer") : QString()) : in.categoryTitle);
    // Whole labels (they are already short); the scroll gives them room instead of "…".
    cat->setTruncateLabels(false);
    if (!in.horizontal) {
        int widest = 0;
        for (const QString &l : labels)
            widest = std::max(widest, int(l.size()));
        cat->setLabelsAngle(in.categories.size() > 6 || widest > 10 ? -60 : 0);
    }
    m_chart->addAxis(cat, in.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(cat);
    QAbstractAxis *valueAxis = nullptr;
    if (in.logScale && top > 0) {
        auto *y = new QLogValueAxis;
        y->setRange(std::isfinite(bottom) ? bottom / 2 : 1.0, top * 2);
        y->setLabelFormat(logAxisLabelFormat(y->min(), y->max()));
        valueAxis = y;
    } else {
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.3g"));
        y->setRange(0, std::max(top * 1.05, 1e-12));
        y->applyNiceNumbers();
        valueAxis = y;
    }
    valueAxis->setTitleText(in.yTitle);
    valueAxis->setTruncateLabels(false);
    // Horizontal charts scroll vertically: the value axis goes on top, next to the title.
    m_chart->addAxis(valueAxis, in.horizontal ? Qt::AlignTop : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    // Horizontal charts keep the chart's legend under the bars.
    m_chart->legend()->setVisible(in.horizontal && in.groups.size() > 1);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    if (lineLegend) {
        QStringList entries;
        for (QBarSet *set : series->barSets())
            entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                           .arg(set->color().name(), set->label().toHtmlEscaped());
        m_legend->setText(entries.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    }
    if (in.horizontal && in.categoryPixels > 0 && in.highlight >= 0) {
        // Keep the highlighted bar in view (categories run bottom to top).
        const int y = int(double(m_view->minimumHeight()) * (1.0 - (in.highlight + 0.5) / double(in.categories.size())));
        m_scroll->ensureVisible(0, y, 0, 60);
    }
}

int BarChart::setCount() const
{
    QAbstractBarSeries *s = barSeries(m_chart);
    return s ? int(s->count()) : 0;
}

std::vector<double> BarChart::setValues(int set) const
{
    std::vector<double> out;
    QAbstractBarSeries *s = barSeries(m_chart);
    if (!s || set < 0 || set >= s->count())
        return out;
    const QBarSet *b = s->barSets().at(set);
    for (int i = 0; i < b->count(); ++i)
        out.push_back(b->at(i));
    return out;
}

QString BarChart::setName(int set) const
{
    QAbstractBarSeries *s = barSeries(m_chart);
    return s && set >= 0 && set < s->count() ? s->barSets().at(set)->label() : QString();
}

QStringList BarChart::axisLabels() const
{
    QBarCategoryAxis *x = categoryAxis(m_chart);
    return x ? x->categories() : QStringList();
}

int BarChart::highlightedCategory() const
{
    QAbstractBarSeries *s = barSeries(m_chart);
    if (!s || s->count() == 0)
        return -1;
    const QList<int> sel = s->barSets().at(0)->selectedBars();
    return sel.isEmpty() ? -1 : sel.first();
}

QString BarChart::legendText() const
{
    return m_legend->maximumHeight() == 0 ? QString() : m_legend->text();
}

void BarChart::setLegendLineReserved(bool reserved)
{
    m_legendReserved = reserved;
    // An empty label has no height of its own: the room is one line of text and the margin.
    m_legend->setMinimumHeight(reserved ? m_legend->fontMetrics().height() + m_legend->contentsMargins().top() : 0);
    const bool shown = !m_legend->text().isEmpty();
    m_legend->setMaximumHeight(shown || reserved ? QWIDGETSIZE_MAX : 0);
}

QString BarChart::title() const
{
    return m_chart->title();
}

bool BarChart::hasDarkTheme() const
{
    return m_chart->theme() == QChart::ChartThemeDark;
}

ScatterChart::ScatterChart(QWidget *parent) : QWidget(parent), m_chart(makeChart(this, 200))
{
    followPalette(this, m_chart, m_drawn);
}

void ScatterChart::setData(const ScatterChartData &in)
{
    if (!m_drawn.take(in))
        return;
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
    // Errors start at zero; measures such as perplexity sit far from it, so zoom to the points.
    const double dy = std::max(y1 - y0, std::abs(y1) * 0.05 + 1e-9);
    if (y0 > dy * 2.0)
        y->setRange(y0 - dy * 0.2, y1 + dy * 0.25);
    else
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
    // The points carry their names; the legend keeps its room for the front and the selection.
    for (auto *marker : m_chart->legend()->markers(points))
        marker->setVisible(false);
    const bool hasSelection = in.selected >= 0 && in.selected < int(in.points.size());
    QScatterSeries *selected = nullptr;
    if (hasSelection) {
        // The selected variant: a larger diamond in the selection colour, named in the legend.
        const ScatterPoint &p = in.points[std::size_t(in.selected)];
        selected = new QScatterSeries;
        selected->setObjectName(QStringLiteral("selectedPoint"));
        selected->setProperty("pointIndex", in.selected); // duplicates may share coordinates
        selected->setName(tr("selected: %1").arg(p.label));
        selected->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        selected->setMarkerSize(17);
        selected->setColor(QColor(230, 126, 34));
        selected->setBorderColor(palette().color(QPalette::WindowText));
        selected->append(p.x, p.y);
        m_chart->addSeries(selected);
        selected->attachAxis(x);
        selected->attachAxis(y);
    }
    for (std::size_t i = 0; i < in.points.size(); ++i) {
        auto *label = new QScatterSeries;
        label->append(in.points[i].x, in.points[i].y);
        label->setMarkerSize(1);
        label->setPointLabelsVisible(true);
        label->setPointLabelsFormat(in.points[i].label);
        label->setPointLabelsClipping(false);
        if (hasSelection && int(i) == in.selected) {
            QFont bold = label->pointLabelsFont();
            bold.setBold(true);
            label->setPointLabelsFont(bold);
        }
        m_chart->addSeries(label);
        label->attachAxis(x);
        label->attachAxis(y);
        for (auto *marker : m_chart->legend()->markers(label))
            marker->setVisible(false);
    }
    auto clicked = [this](const QPointF &pt) {
        int best = -1;
        double bestDist = std::numeric_limits<double>::infinity();
        const std::vector<ScatterPoint> &all = m_drawn.get().points;
        for (std::size_t i = 0; i < all.size(); ++i) {
            const double d = std::hypot(all[i].x - pt.x(), all[i].y - pt.y());
            if (d < bestDist) {
                bestDist = d;
                best = int(i);
            }
        }
        if (best >= 0)
            Q_EMIT pointClicked(best);
    };
    connect(points, &QScatterSeries::clicked, this, clicked);
    if (selected)
        connect(selected, &QScatterSeries::clicked, this, clicked);
}

int ScatterChart::selectedPoint() const
{
    for (QAbstractSeries *s : m_chart->series()) {
        auto *sel = qobject_cast<QScatterSeries *>(s);
        if (sel && s->objectName() == QLatin1String("selectedPoint") && sel->count() == 1)
            return s->property("pointIndex").toInt();
    }
    return -1;
}

QString ScatterChart::selectedLegend() const
{
    for (QAbstractSeries *s : m_chart->series()) {
        if (s->objectName() == QLatin1String("selectedPoint"))
            return s->name();
    }
    return {};
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
