// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelpanel.h"

#include "layertablemodel.h"

#include "charts/barchart.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pare::ui {

ModelPanel::ModelPanel(QWidget *parent)
    : QWidget(parent), m_model(new LayerTableModel(this)), m_proxy(new LayerFilterProxy(this)),
      m_summaryLabel(new QLabel(this)), m_filter(new QLineEdit(this)), m_op(new QComboBox(this)),
      m_view(new QTableView(this)), m_metric(new QComboBox(this)), m_chart(new BarChart(this))
{
    m_proxy->setSourceModel(m_model);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setPlaceholderText(tr("Filter layers (text, or re:regex)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows layers whose name contains this text. Start with \"re:\" for a "
                            "regular expression, e.g. re:blk\\.\\d+\\.attn"));
    m_op->addItem(tr("All ops"), QString());
    for (const char *op : {QT_TR_NOOP("Dense"), QT_TR_NOOP("Conv"), QT_TR_NOOP("Embedding"),
                           QT_TR_NOOP("Norm"), QT_TR_NOOP("Other")})
        m_op->addItem(tr(op), QLatin1String(op));
    m_op->setToolTip(tr("Show only layers of one kind."));

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    // The plans arrive after the columns were sized: widen the Plan column to show them whole.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
        if (from.column() <= LayerTableModel::Plan && to.column() >= LayerTableModel::Plan)
            m_view->resizeColumnToContents(LayerTableModel::Plan);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_op);
    m_metric->addItem(tr("Parameters"), int(ChartMetric::Parameters));
    m_metric->addItem(tr("Bytes"), int(ChartMetric::Bytes));
    m_metric->addItem(tr("Sparsity"), int(ChartMetric::Sparsity));
    m_metric->setToolTip(tr("What the layer chart shows: parameters, stored bytes, or the share of "
                            "weights that are exactly zero."));
    m_metric->setObjectName(QStringLiteral("layerChartMetric"));
    m_chart->setObjectName(QStringLiteral("layerChart"));
    m_chart->setMinimumHeight(120);
    m_chart->setToolTip(tr("Click a bar to select its layer."));

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_view, 1);
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartBar = new QHBoxLayout;
    auto *chartLabel = new QLabel(tr("&Chart:"), chartPage);
    chartLabel->setBuddy(m_metric);
    chartBar->addWidget(chartLabel);
    chartBar->addWidget(m_metric);
    chartBar->addStretch();
    chartLayout->addLayout(chartBar);
    chartLayout->addWidget(m_chart, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tablePage);
    split->addWidget(chartPage);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(split, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { redrawChart(); });
    connect(m_chart, &BarChart::categoryClicked, this, [this](int category) {
        if (category >= 0 && category < int(m_chartLayers.size()))
            selectLayer(m_chartLayers[std::size_t(category)]);
    });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setNameFilter(text);
        m_filter->setStyleSheet(m_proxy->nameFilterValid() ? QString()
                                                           : QStringLiteral("color: #c0392b;"));
    });
    connect(m_op, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOpFilter(m_op->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_selected = current.data(LayerTableModel::LayerIndexRole).toInt();
                redrawChart();
                Q_EMIT layerSelected(m_selected);
            });
    setSummary({});
}

void ModelPanel::setSummary(const core::ModelInfo &s)
{
    m_summary = s;
    m_sparsity.clear();
    m_selected = -1;
    m_model->setSummary(s);
    if (s.path.isEmpty()) {
        m_summaryLabel->setText(tr("No model open. Use File > Open… or drop a model file here."));
    } else {
        QStringList dtypes;
        for (const auto &[name, bytes] : s.bytesByDtype)
            dtypes << tr("%1 %2").arg(name, core::formatBytes(bytes, -1, QLocale()));
        const int unknown = s.layersWithUnknownMacs;
        const QString macs = unknown > 0 && s.macs == 0
                                 ? tr("unknown")
                                 : (unknown > 0 ? tr("%1 (+%n layer(s) unknown)", nullptr, unknown).arg(core::formatCount(s.macs, QLocale()))
                                                : core::formatCount(s.macs, QLocale()));
        const int layerCount = int(s.layers.size());
        m_summaryLabel->setText(
            tr("<b>%1</b> — %2%3<br>%4 parameters in %5 tensors, %6 (%7)<br>%n layer(s), %8 MACs per inference", nullptr,
               layerCount)
                // One pass: a file named "model %3.onnx" keeps its name.
                .arg(QFileInfo(s.path).fileName().toHtmlEscaped(), s.format,
                     s.architecture.isEmpty() ? QString() : tr(", %1").arg(s.architecture),
                     core::formatCount(s.parameters, QLocale()), QLocale().toString(s.tensorCount),
                     core::formatBytes(s.bytes, -1, QLocale()), dtypes.join(QStringLiteral(", ")), macs));
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->resizeSection(LayerTableModel::Name,
                                              std::min(m_view->columnWidth(LayerTableModel::Name), 260));
    redrawChart();
}

void ModelPanel::setAnalysis(std::shared_ptr<const core::Model> model,
                             std::shared_ptr<const core::ModelAnalysis> analysis)
{
    m_sparsity.clear();
    if (model && analysis) {
        m_sparsity.assign(model->layers.size(), -1.0);
        for (std::size_t i = 0; i < model->layers.size(); ++i) {
            const core::Tensor *w = model->weightOf(model->layers[i]);
            const core::TensorStats *st = w ? analysis->stats(w->name()) : nullptr;
            if (st)
                m_sparsity[i] = st->zeroFraction;
        }
    }
    redrawChart();
}

void ModelPanel::setChartMetric(ChartMetric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

ModelPanel::ChartMetric ModelPanel::chartMetric() const
{
    return ChartMetric(m_metric->currentData().toInt());
}

void ModelPanel::redrawChart()
{
    m_chartLayers.clear();
    BarChartData d;
    d.horizontal = true;
    d.categoryPixels = 20;
    const ChartMetric metric = chartMetric();
    const auto &layers = m_summary.layers;
    if (layers.empty()) {
        d.title = tr("Layer sizes appear here once a model is open");
        m_chart->setData(d);
        return;
    }
    const bool sparsityReady = !m_sparsity.empty();
    if (metric == ChartMetric::Sparsity && !sparsityReady) {
        d.title = tr("Sparsity per layer: not computed yet (the analysis is running)");
        m_chart->setData(d);
        return;
    }
    auto valueOf = [&](const core::LayerInfo &l) -> double {
        switch (metric) {
        case ChartMetric::Parameters: return double(l.parameters) / 1e6;
        case ChartMetric::Bytes: return double(l.bytes) / 1e6;
        case ChartMetric::Sparsity:
            return l.index >= 0 && std::size_t(l.index) < m_sparsity.size() ? std::max(0.0, m_sparsity[std::size_t(l.index)]) * 100.0 : 0.0;
        }
        return 0.0;
    };
    // The largest layers by the metric (ties in model order), plus the selected one.
    const std::size_t layerCount = std::size_t(layers.size());
    std::vector<std::size_t> order(layerCount);
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return valueOf(layers[a]) > valueOf(layers[b]); });
    const std::size_t shown = std::min<std::size_t>(order.size(), kChartLayers);
    std::vector<std::size_t> pick(order.begin(), order.begin() + std::ptrdiff_t(shown));
    bool selectedIn = false;
    for (std::size_t i : pick)
        selectedIn = selectedIn || layers[i].index == m_selected;
    if (!selectedIn && m_selected >= 0) {
        for (std::size_t i = 0; i < layerCount; ++i) {
            if (layers[qsizetype(i)].index == m_selected)
                pick.push_back(i);
        }
    }
    // Horizontal bars run bottom to top: the largest goes last so it is drawn at the top.
    std::reverse(pick.begin(), pick.end());
    BarGroup g;
    g.color = QColor(52, 152, 219);
    for (std::size_t i : pick) {
        d.categories << layers[i].name;
        g.values.push_back(valueOf(layers[i]));
        m_chartLayers.push_back(layers[i].index);
        if (layers[i].index == m_selected)
            d.highlight = int(m_chartLayers.size()) - 1;
    }
    // English keeps "layers" (tests and the chart title read it); translations give every plural form.
    const int total = int(layers.size());
    const QString scope = layerCount > shown ? tr("largest %1 of %n layers", nullptr, total).arg(shown)
                                             : tr("all %n layers", nullptr, total);
    switch (metric) {
    case ChartMetric::Parameters:
        g.name = tr("parameters");
        d.title = tr("Parameters per layer (%1)").arg(scope);
        d.yTitle = tr("parameters (millions)");
        break;
    case ChartMetric::Bytes:
        g.name = tr("bytes");
        d.title = tr("Stored size per layer (%1)").arg(scope);
        d.yTitle = tr("size (MB)");
        break;
    case ChartMetric::Sparsity:
        g.name = tr("sparsity");
        d.title = tr("Exact zeros per layer (%1)").arg(scope);
        d.yTitle = tr("zero weights (%)");
        break;
    }
    d.groups.push_back(g);
    m_chart->setData(d);
}

} // namespace pare::ui

namespace pare::ui {

void ModelPanel::selectFirstWeightLayer()
{
    int pick = m_proxy->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QString op = m_proxy->index(r, 0).data(LayerTableModel::OpRole).toString();
        if (op == QLatin1String("Dense") || op == QLatin1String("Conv")) {
            pick = r;
            break;
        }
    }
    if (pick >= 0)
        m_view->selectRow(pick);
}

void ModelPanel::selectLayer(int layerIndex)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(LayerTableModel::LayerIndexRole).toInt() == layerIndex) {
            m_view->selectRow(r);
            m_view->scrollTo(m_proxy->index(r, 0));
            return;
        }
    }
}

} // namespace pare::ui
