// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelpanel.h"

#include "layertablemodel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace pare::ui {

ModelPanel::ModelPanel(QWidget *parent)
    : QWidget(parent), m_model(new LayerTableModel(this)), m_proxy(new LayerFilterProxy(this)),
      m_summaryLabel(new QLabel(this)), m_filter(new QLineEdit(this)), m_op(new QComboBox(this)),
      m_view(new QTableView(this))
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

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_op);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setNameFilter(text);
        m_filter->setStyleSheet(m_proxy->nameFilterValid() ? QString()
                                                           : QStringLiteral("color: #c0392b;"));
    });
    connect(m_op, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOpFilter(m_op->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT layerSelected(current.data(LayerTableModel::LayerIndexRole).toInt());
            });
    setSummary({});
}

void ModelPanel::setSummary(const core::ModelInfo &s)
{
    m_model->setSummary(s);
    if (s.path.isEmpty()) {
        m_summaryLabel->setText(tr("No model open. Use File > Open… or drop a model file here."));
    } else {
        QStringList dtypes;
        for (const auto &[name, bytes] : s.bytesByDtype)
            dtypes << tr("%1 %2").arg(name, core::formatBytes(bytes));
        const QString macs = s.layersWithUnknownMacs > 0 && s.macs == 0
                                 ? tr("unknown")
                                 : (s.layersWithUnknownMacs > 0
                                        ? tr("%1 (+%2 layers unknown)").arg(core::formatCount(s.macs)).arg(s.layersWithUnknownMacs)
                                        : core::formatCount(s.macs));
        m_summaryLabel->setText(
            tr("<b>%1</b> — %2%3<br>%4 parameters in %5 tensors, %6 (%7)<br>%8 layers, %9 MACs per inference")
                .arg(QFileInfo(s.path).fileName().toHtmlEscaped(), s.format,
                     s.architecture.isEmpty() ? QString() : tr(", %1").arg(s.architecture))
                .arg(core::formatCount(s.parameters))
                .arg(s.tensorCount)
                .arg(core::formatBytes(s.bytes), dtypes.join(QStringLiteral(", ")))
                .arg(s.layers.size())
                .arg(macs));
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->resizeSection(LayerTableModel::Name,
                                              std::min(m_view->columnWidth(LayerTableModel::Name), 260));
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
