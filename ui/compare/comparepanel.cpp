// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepanel.h"

#include "charts/barchart.h"
#include "common/units.h"
#include "service/modelinfo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace pare::ui {

using namespace core;

namespace {
// Between the stages of a staged redraw: a timer, not a queued call, so that the event loop
// handles input and paints what the last stage changed before the next stage starts (queued
// calls run in the same pass as the paint they cause).
constexpr int kStageDelayMs = 16;
} // namespace

ComparePanel::ComparePanel(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_metricCombo(new QComboBox(this)),
      m_cards(new QLabel(this)), m_bars(new BarChart(this)), m_scatter(new ScatterChart(this)),
      m_stageTimer(new QTimer(this))
{
    m_stageTimer->setSingleShot(true);
    m_stageTimer->setInterval(kStageDelayMs);
    connect(m_stageTimer, &QTimer::timeout, this, &ComparePanel::nextStage);
    // The per-layer chart's legend line appears with the first variant: its room is kept.
    m_bars->setLegendLineReserved(true);
    m_list->setToolTip(tr("Tick the variants to show; double-click a name to rename it."));
    m_list->setMaximumWidth(240);
    m_metricCombo->addItem(tr("Size"), int(Metric::Bytes));
    m_metricCombo->addItem(tr("MACs"), int(Metric::Macs));
    m_metricCombo->addItem(tr("Latency"), int(Metric::Latency));
    m_metricCombo->addItem(tr("Error"), int(Metric::Error));
    m_metricCombo->setToolTip(tr("What the per-layer bars compare."));
    m_cards->setTextFormat(Qt::RichText);
    m_cards->setWordWrap(true);
    m_cards->setObjectName(QStringLiteral("summaryCards"));
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    duplicate->setToolTip(tr("Copy the selected variant (to compare a renamed copy)."));
    auto *remove = new QPushButton(tr("Delete"), this);
    remove->setToolTip(tr("Remove the selected variant."));
    auto *rename = new QPushButton(tr("Rename"), this);
    rename->setToolTip(tr("Give the selected variant a new name (or double-click it)."));
    rename->setObjectName(QStringLiteral("renameVariant"));
    duplicate->setObjectName(QStringLiteral("duplicateVariant"));
    remove->setObjectName(QStringLiteral("deleteVariant"));

    auto *left = new QVBoxLayout;
    m_list->setMinimumHeight(48);
    setMinimumHeight(210); // room for the per-layer bars under their rotated labels
    left->addWidget(m_list, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(rename);
    buttons->addWidget(duplicate);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    // Label and choice on one row: the summary cards below need the height.
    auto *metricRow = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("Per-layer chart:"), this);
    metricLabel->setBuddy(m_metricCombo);
    metricRow->addWidget(metricLabel);
    metricRow->addWidget(m_metricCombo, 1);
    left->addLayout(metricRow);
    // The summary cards scroll when there are more than the dock has room for.
    auto *cardsScroll = new QScrollArea(this);
    cardsScroll->setWidget(m_cards);
    cardsScroll->setWidgetResizable(true);
    cardsScroll->setFrameShape(QFrame::NoFrame);
    cardsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cards->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_cards->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(cardsScroll, 5);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_bars);
    charts->addWidget(m_scatter);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(left);
    layout->addWidget(charts, 1);

    connect(m_metricCombo, &QComboBox::currentIndexChanged, this,
            [this] { setMetric(Metric(m_metricCombo->currentData().toInt())); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updatingList)
            return;
        const int row = m_list->row(item);
        if (row < 0 || row >= int(m_variants.size()))
            return;
        VariantEntry &e = m_variants[std::size_t(row)];
        const bool shown = item->checkState() == Qt::Checked;
        if (item->text() != e.name && !item->text().trimmed().isEmpty())
            e.name = item->text().trimmed();
        e.shown = shown;
        redraw();
        Q_EMIT variantsChanged();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updatingList)
            return;
        redraw();
        Q_EMIT variantSelected(row);
    });
    connect(duplicate, &QPushButton::clicked, this, [this] { duplicateVariant(m_list->currentRow()); });
    connect(remove, &QPushButton::clicked, this, [this] { removeVariant(m_list->currentRow()); });
    connect(rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_bars, &BarChart::categoryClicked, this, [this](int category) {
        if (category >= 0 && category < int(m_categoryLayers.size()))
            Q_EMIT layerClicked(m_categoryLayers[std::size_t(category)]);
    });
    connect(m_scatter, &ScatterChart::pointClicked, this, [this](int point) {
        // Point 0 is the original (no variant); the others follow the shown variants in order.
        if (point == 0) {
            setSelectedVariant(-1);
            return;
        }
        int seen = 0;
        for (int i = 0; i < int(m_variants.size()); ++i) {
            if (!m_variants[std::size_t(i)].shown || !m_variants[std::size_t(i)].variant)
                continue;
            if (++seen == point) {
                setSelectedVariant(i);
                return;
            }
        }
    });
    redraw();
}

void ComparePanel::setModel(std::shared_ptr<const Model> model)
{
    m_model = std::move(model);
    m_variants.clear();
    rebuildList();
    redraw();
}

void ComparePanel::addVariant(std::shared_ptr<const MeasuredVariant> measured, const Recipe &recipe)
{
    m_variants.push_back({measured->summary.name, recipe, measured->variant, measured, true});
    rebuildList();
    // The new variant is the one to look at: selected, so the scatter marks it.
    m_updatingList = true;
    m_list->setCurrentRow(int(m_variants.size()) - 1);
    m_updatingList = false;
    // A variant arrives when a study ends, beside the rest of the window's updates: its charts
    // follow one per turn of the event loop (rebuilding, laying out and first painting a chart
    // is tens of ms each).
    redrawInStages();
    Q_EMIT variantsChanged();
    Q_EMIT variantSelected(int(m_variants.size()) - 1);
}

std::vector<MeasuredVariant> ComparePanel::measuredVariants() const
{
    std::vector<MeasuredVariant> out;
    for (const VariantEntry &e : m_variants) {
        if (!e.shown || !e.measured)
            continue;
        MeasuredVariant mv = *e.measured;
        mv.summary.name = e.name;
        out.push_back(mv);
    }
    return out;
}

void ComparePanel::renameVariant(int index, const QString &name)
{
    if (index < 0 || index >= int(m_variants.size()) || name.trimmed().isEmpty())
        return;
    m_variants[std::size_t(index)].name = name.trimmed();
    rebuildList();
    redraw();
    Q_EMIT variantsChanged();
}

void ComparePanel::duplicateVariant(int index)
{
    if (index < 0 || index >= int(m_variants.size()))
        return;
    VariantEntry copy = m_variants[std::size_t(index)];
    copy.name = tr("%1 (copy)").arg(copy.name);
    m_variants.insert(m_variants.begin() + index + 1, copy);
    rebuildList();
    redraw();
    Q_EMIT variantsChanged();
}

void ComparePanel::removeVariant(int index)
{
    if (index < 0 || index >= int(m_variants.size()))
        return;
    m_variants.erase(m_variants.begin() + index);
    rebuildList();
    redraw();
    Q_EMIT variantsChanged();
}

void ComparePanel::setShown(int index, bool shown)
{
    if (index < 0 || index >= int(m_variants.size()))
        return;
    m_list->item(index)->setCheckState(shown ? Qt::Checked : Qt::Unchecked);
}

void ComparePanel::setMetric(Metric m)
{
    m_metric = m;
    const int i = m_metricCombo->findData(int(m));
    if (i != m_metricCombo->currentIndex())
        m_metricCombo->setCurrentIndex(i);
    redraw();
}

void ComparePanel::setSelectedLayer(int layerIndex)
{
    if (layerIndex == m_selectedLayer)
        return;
    m_selectedLayer = layerIndex;
    redraw();
}

void ComparePanel::setSelectedVariant(int index)
{
    if (index < -1 || index >= int(m_variants.size()) || index == m_list->currentRow())
        return;
    if (index < 0)
        m_list->setCurrentItem(nullptr); // currentRowChanged(-1) redraws and tells the others
    else
        m_list->setCurrentRow(index);
}

int ComparePanel::selectedVariant() const
{
    return m_list->currentRow();
}

void ComparePanel::rebuildList()
{
    m_updatingList = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const VariantEntry &e : m_variants) {
        auto *item = new QListWidgetItem(e.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(e.shown ? Qt::Checked : Qt::Unchecked);
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
    m_updatingList = false;
}

void ComparePanel::redraw()
{
    m_stage = Stage::None;
    m_stageTimer->stop();
    m_bars->setUpdatesEnabled(true);
    m_scatter->setUpdatesEnabled(true);
    redrawBars();
    redrawSummary();
}

void ComparePanel::redrawInStages()
{
    redrawSummary(false); // the cards at once: text, quick to lay out
    m_stage = Stage::Bars;
    m_stageTimer->start();
}

void ComparePanel::nextStage()
{
    // Each chart is rebuilt with its painting held back, and painted a stage later: rebuilding
    // and laying out a chart, and its first paint, are each tens of ms, and the paint otherwise
    // follows in the same pass of the event loop.
    switch (std::exchange(m_stage, Stage::None)) {
    case Stage::None: return;
    case Stage::Bars:
        m_bars->setUpdatesEnabled(false);
        redrawBars();
        m_stage = Stage::PaintBars;
        break;
    case Stage::PaintBars:
        m_bars->setUpdatesEnabled(true);
        m_stage = Stage::Summary;
        break;
    case Stage::Summary:
        m_scatter->setUpdatesEnabled(false);
        redrawSummary();
        m_stage = Stage::PaintSummary;
        break;
    case Stage::PaintSummary: m_scatter->setUpdatesEnabled(true); return;
    }
    m_stageTimer->start();
}

std::vector<const VariantEntry *> ComparePanel::shownVariants() const
{
    std::vector<const VariantEntry *> shown;
    if (!m_model)
        return shown;
    for (const VariantEntry &e : m_variants) {
        if (e.shown && e.variant)
            shown.push_back(&e);
    }
    return shown;
}

void ComparePanel::redrawBars()
{
    m_categoryLayers.clear();
    BarChartData bars;
    const std::vector<const VariantEntry *> shown = shownVariants();
    if (shown.empty()) {
        bars.title = m_variants.empty() ? tr("Compute a variant to compare it with the original")
                                        : tr("Tick a variant to show it");
        m_bars->setData(bars);
        return;
    }
    // Layers with weights that some shown variant changed, or all weight layers if none did.
    for (int i = 0; i < int(m_model->layers.size()); ++i) {
        const Layer &l = m_model->layers[std::size_t(i)];
        if (l.weight < 0 || l.tiedTo)
            continue;
        bool changed = false;
        for (const VariantEntry *e : shown)
            changed = changed || (std::size_t(i) < e->variant->layers.size() && e->variant->layers[std::size_t(i)].changed);
        if (changed)
            m_categoryLayers.push_back(i);
    }
    // Readable labels: the distinctive end of each name (the full name is the bar's tooltip),
    // and a horizontal scroll when the layers do not fit.
    bars.categoryPixels = 11; // per bar: the names, rotated, need ~16 px per layer
    // Measured kernel latency per layer, from each variant's timing run.
    auto latencyOf = [](const VariantEntry *e, const QString &layer, bool original) -> double {
        if (!e->measured)
            return 0.0;
        for (const StudyLayer &l : e->measured->summary.layers) {
            if (l.name == layer)
                return std::max(0.0, original ? l.originalLatencyUs : l.latencyUs);
        }
        return 0.0;
    };
    auto value = [this](const CompressedLayer &c, bool original) -> double {
        switch (m_metric) {
        case Metric::Latency: return 0.0; // from latencyOf
        case Metric::Bytes: return double(original ? c.originalBytes : c.bytes) / 1e3;
        case Metric::Macs: return double(std::max<std::int64_t>(0, original ? c.originalMacs : c.macs)) / 1e6;
        case Metric::Error: return original ? 0.0 : c.error.relativeFrobenius * 100.0;
        }
        return 0;
    };
    switch (m_metric) {
    case Metric::Bytes:
        bars.title = tr("Size per layer, original and variants");
        bars.yTitle = tr("size (kB)");
        break;
    case Metric::Macs:
        bars.title = tr("Multiply-accumulates per layer (millions)");
        bars.yTitle = tr("MACs (M)");
        break;
    case Metric::Latency:
        bars.title = tr("Measured median latency per layer (batch 1)");
        bars.yTitle = tr("time (µs)");
        break;
    case Metric::Error:
        bars.title = tr("Relative Frobenius weight error per layer");
        bars.yTitle = tr("error (%)");
        break;
    }
    if (m_metric != Metric::Error) {
        BarGroup original{tr("Original"), {}, QColor(127, 140, 141)};
        for (int i : m_categoryLayers)
            original.values.push_back(m_metric == Metric::Latency
                                          ? latencyOf(shown.front(), m_model->layers[std::size_t(i)].name, true)
                                          : value(shown.front()->variant->layers[std::size_t(i)], true));
        bars.groups.push_back(original);
    }
    for (const VariantEntry *e : shown) {
        BarGroup g{e->name, {}, {}};
        for (int i : m_categoryLayers) {
            if (m_metric == Metric::Latency)
                g.values.push_back(latencyOf(e, m_model->layers[std::size_t(i)].name, false));
            else
                g.values.push_back(std::size_t(i) < e->variant->layers.size() ? value(e->variant->layers[std::size_t(i)], false) : 0.0);
        }
        bars.groups.push_back(g);
    }
    // Many layers: the kMaxBarLayers with the largest bars (and the selected layer), in model
    // order. Qt Charts lays out a bar chart's categories at ~0.5 ms each on the GUI thread —
    // a 7B model's 225 changed layers held it for 140–190 ms per drawing — and hundreds of
    // bars side by side are read by scrolling, not at a glance.
    const std::size_t all = m_categoryLayers.size();
    if (all > std::size_t(kMaxBarLayers)) {
        std::vector<std::size_t> order(all);
        std::iota(order.begin(), order.end(), std::size_t(0));
        auto tallest = [&](std::size_t k) {
            double v = 0;
            for (const BarGroup &g : bars.groups)
                v = std::max(v, g.values[k]);
            return v;
        };
        std::vector<double> height(all);
        for (std::size_t k = 0; k < all; ++k)
            height[k] = m_categoryLayers[k] == m_selectedLayer ? std::numeric_limits<double>::infinity() : tallest(k);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return height[a] > height[b]; });
        order.resize(std::size_t(kMaxBarLayers));
        std::sort(order.begin(), order.end());
        std::vector<int> kept;
        for (std::size_t k : order)
            kept.push_back(m_categoryLayers[k]);
        for (BarGroup &g : bars.groups) {
            std::vector<double> values;
            for (std::size_t k : order)
                values.push_back(g.values[k]);
            g.values = std::move(values);
        }
        m_categoryLayers = std::move(kept);
        bars.title = tr("%1 (the %2 largest of %3 layers)").arg(bars.title).arg(kMaxBarLayers).arg(all);
    }
    for (int i : m_categoryLayers) {
        bars.categories << m_model->layers[std::size_t(i)].name;
        if (i == m_selectedLayer)
            bars.highlight = int(bars.categories.size()) - 1;
    }
    m_bars->setData(bars);

}

void ComparePanel::redrawSummary(bool withScatter)
{
    ScatterChartData scatter;
    // Axis titles stay short (Qt Charts elides them to the plot's height in a low dock); the
    // chart title says the rest.
    scatter.title = tr("Size against weight error (relative, %)");
    scatter.xTitle = tr("size (MB)");
    scatter.yTitle = tr("error (%)");
    const std::vector<const VariantEntry *> shown = shownVariants();
    if (shown.empty()) {
        if (withScatter)
            m_scatter->setData(scatter);
        m_cards->clear();
        return;
    }
    // Totals as cards, and the scatter of size against the best quality measure every shown
    // variant has: perplexity, then accuracy drop, else the weight error.
    enum class Quality { Perplexity, Accuracy, WeightError };
    Quality quality = Quality::Perplexity;
    for (const VariantEntry *e : shown) {
        const bool ppl = e->measured && e->measured->summary.quality.measured
                         && e->measured->summary.quality.perplexity > 0 && e->measured->originalQuality.perplexity > 0;
        const bool acc = e->measured && e->measured->summary.quality.measured
                         && e->measured->summary.quality.accuracy >= 0 && e->measured->originalQuality.accuracy >= 0;
        if (!ppl && quality == Quality::Perplexity)
            quality = acc ? Quality::Accuracy : Quality::WeightError;
        if (!acc && quality == Quality::Accuracy)
            quality = Quality::WeightError;
    }
    const double originalMb = double(m_model->byteSize()) / 1e6;
    switch (quality) {
    case Quality::Perplexity:
        scatter.title = tr("Size against perplexity (lower is better)");
        scatter.yTitle = tr("perplexity");
        scatter.points.push_back({tr("Original"), originalMb, shown.front()->measured->originalQuality.perplexity});
        break;
    case Quality::Accuracy:
        scatter.title = tr("Size against accuracy drop (percentage points)");
        scatter.yTitle = tr("drop (points)");
        scatter.points.push_back({tr("Original"), originalMb, 0.0});
        break;
    case Quality::WeightError:
        scatter.points.push_back({tr("Original"), originalMb, 0.0});
        break;
    }
    QStringList cards;
    for (const VariantEntry *e : shown) {
        const Variant &v = *e->variant;
        const double ratio = v.bytes > 0 ? double(v.originalBytes) / double(v.bytes) : 0.0;
        // MACs as the Compression dock's estimate gives them ("105 M → 61.2 M"); a model whose
        // layers' MACs are all unknown (no shapes to count them from) says so.
        const bool macsKnown = v.originalMacs > 0;
        QString card = tr("<b>%1</b><br>%2 (%3× smaller)<br>MACs %4 → %5<br>error %6 %, SQNR %7 dB")
                           // One pass: a name with "%3" in it stays as it is.
                           .arg(e->name.toHtmlEscaped(), formatBytes(v.bytes, -1, QLocale()),
                                QLocale().toString(ratio, 'f', 2),
                                macsKnown ? formatCount(v.originalMacs, QLocale()) : tr("unknown"),
                                macsKnown ? formatCount(v.macs, QLocale()) : tr("unknown"),
                                QLocale().toString(v.error.relativeFrobenius * 100.0, 'f', 2),
                                QLocale().toString(v.error.sqnrDb, 'f', 1));
        // Activation-aware pruning that could not happen as asked (no calibration norms).
        if (const QStringList fallback = magnitudeFallbackLayers(v); !fallback.isEmpty())
            card += QStringLiteral("<br><span style=\"color:#d35400\">%1</span>")
                        .arg(tr("%n layer(s) pruned by magnitude instead of activation-aware (no calibration "
                                "data)", nullptr, int(fallback.size())));
        if (e->measured) {
            const MeasuredVariant &m = *e->measured;
            if (m.summary.latencyUs > 0 && m.originalLatencyUs > 0)
                card += tr("<br>speed-up %1× (%2 → %3 µs)").arg(QLocale().toString(m.originalLatencyUs / m.summary.latencyUs, 'f', 2))
                            .arg(QLocale().toString(m.originalLatencyUs, 'f', 0)).arg(QLocale().toString(m.summary.latencyUs, 'f', 0));
            const StudyQuality &q = m.summary.quality;
            if (q.measured && q.perplexity > 0 && m.originalQuality.perplexity > 0)
                card += tr("<br>perplexity %1 → %2 (%3 %), KL %4").arg(QLocale().toString(m.originalQuality.perplexity, 'f', 3))
                            .arg(QLocale().toString(q.perplexity, 'f', 3))
                            .arg(QLocale().toString((q.perplexity / m.originalQuality.perplexity - 1.0) * 100.0, 'f', 2))
                            .arg(core::formatNumber(q.meanKl, 3, QLocale()));
            if (q.measured && q.accuracy >= 0 && m.originalQuality.accuracy >= 0)
                card += tr("<br>accuracy %1 % → %2 % (%3 points)").arg(QLocale().toString(m.originalQuality.accuracy * 100, 'f', 2))
                            .arg(QLocale().toString(q.accuracy * 100, 'f', 2))
                            .arg(QLocale().toString((q.accuracy - m.originalQuality.accuracy) * 100, 'f', 2));
        }
        cards << card;
        double y = v.error.relativeFrobenius * 100.0;
        if (quality == Quality::Perplexity)
            y = e->measured->summary.quality.perplexity;
        else if (quality == Quality::Accuracy)
            y = (e->measured->originalQuality.accuracy - e->measured->summary.quality.accuracy) * 100.0;
        if (m_list->currentRow() >= 0 && e == &m_variants[std::size_t(m_list->currentRow())])
            scatter.selected = int(scatter.points.size());
        scatter.points.push_back({e->name, double(v.bytes) / 1e6, y});
    }
    // Pareto front: points no other point beats on both size and quality (lower is better).
    for (std::size_t i = 0; i < scatter.points.size(); ++i) {
        bool dominated = false;
        for (std::size_t j = 0; j < scatter.points.size() && !dominated; ++j) {
            const auto &a = scatter.points[i], &b = scatter.points[j];
            dominated = j != i && b.x <= a.x && b.y <= a.y && (b.x < a.x || b.y < a.y);
        }
        if (!dominated)
            scatter.front.push_back(int(i));
    }
    if (withScatter)
        m_scatter->setData(scatter);
    m_cards->setText(cards.isEmpty() ? tr("No variant shown.") : cards.join(QStringLiteral("<br><br>")));
}

} // namespace pare::ui
