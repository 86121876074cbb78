// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsdock.h"

#include "jobsmodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace pare::ui {

namespace {
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(JobsModel::ProgressRole).toDouble() * 1000.0);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};
} // namespace

JobsPanel::JobsPanel(JobsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)),
      m_cancelAll(new QPushButton(tr("Cancel &All"), this))
{
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(JobsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::ProgressColumn, QHeaderView::Fixed);
    m_view->horizontalHeader()->resizeSection(JobsModel::ProgressColumn, 140);
    m_cancel->setToolTip(tr("Stop the selected job. Work done so far is discarded."));
    m_cancelAll->setToolTip(tr("Stop every running job."));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        m_model->cancel(current.isValid() ? current.row() : m_model->activeRow());
    });
    connect(m_cancelAll, &QPushButton::clicked, m_model, &JobsModel::cancelAll);
    connect(m_model, &JobsModel::activeJobChanged, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateButtons);
    updateButtons();
}

void JobsPanel::updateButtons()
{
    const bool any = m_model->runningCount() > 0;
    m_cancel->setEnabled(any);
    m_cancelAll->setEnabled(any);
}

} // namespace pare::ui
