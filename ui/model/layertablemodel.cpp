// SPDX-License-Identifier: GPL-3.0-or-later
#include "layertablemodel.h"

#include <QLocale>

namespace pare::ui {

using core::formatBytes;
using core::formatCount;

LayerTableModel::LayerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void LayerTableModel::setSummary(const core::ModelInfo &summary)
{
    beginResetModel();
    m_summary = summary;
    m_plans.clear();
    endResetModel();
}

void LayerTableModel::setPlanDescriptions(const QStringList &plans)
{
    m_plans = plans;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Plan), index(rowCount() - 1, Plan));
}

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.layers.size());
}

int LayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const core::LayerInfo &l = m_summary.layers.at(index.row());
    if (role == LayerIndexRole)
        return l.index;
    if (role == OpRole)
        return l.op;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Parameters ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == Name)
            return l.opType.isEmpty() ? l.name : tr("%1 (%2)").arg(l.name, l.opType);
        if (index.column() == Macs && l.macs < 0)
            return tr("Multiply-accumulates cannot be known from this file (no input shape).");
        if (index.column() == Name && l.tied)
            return tr("Shares its weight with another layer.");
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Parameters: return qlonglong(l.parameters);
        case Bytes: return qlonglong(l.bytes);
        case Macs: return qlonglong(l.macs);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return l.tied ? tr("%1 (tied)").arg(l.name) : l.name;
    case Op: return l.op;
    case Role: return l.role;
    case Shape: return l.shape;
    case DType: return l.dtype;
    case Parameters: return formatCount(l.parameters, QLocale());
    case Bytes: return formatBytes(l.bytes, -1, QLocale());
    case Macs: return l.macs < 0 ? tr("unknown") : formatCount(l.macs, QLocale());
    case Plan: return l.index < m_plans.size() ? m_plans.at(l.index) : QString();
    default: return {};
    }
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Macs)
        return tr("Multiply-accumulates per inference at the current input shape.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Layer");
    case Op: return tr("Op");
    case Role: return tr("Role");
    case Shape: return tr("Shape");
    case DType: return tr("Type");
    case Parameters: return tr("Parameters");
    case Bytes: return tr("Size");
    case Macs: return tr("MACs");
    case Plan: return tr("Plan");
    default: return {};
    }
}

LayerFilterProxy::LayerFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(LayerTableModel::SortRole);
}

void LayerFilterProxy::setNameFilter(const QString &text)
{
    m_text = text.trimmed();
    m_useRegex = m_text.startsWith(QLatin1String("re:"));
    m_valid = true;
    if (m_useRegex) {
        m_regex = QRegularExpression(m_text.mid(3), QRegularExpression::CaseInsensitiveOption);
        m_valid = m_regex.isValid();
    }
    invalidateRowsFilter();
}

void LayerFilterProxy::setOpFilter(const QString &op)
{
    m_op = op;
    invalidateRowsFilter();
}

bool LayerFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex idx = sourceModel()->index(row, LayerTableModel::Name, parent);
    if (!m_op.isEmpty() && idx.data(LayerTableModel::OpRole).toString() != m_op)
        return false;
    if (m_text.isEmpty())
        return true;
    const QString name = idx.data(Qt::DisplayRole).toString();
    if (m_useRegex)
        return m_valid && m_regex.match(name).hasMatch();
    return name.contains(m_text, Qt::CaseInsensitive);
}

} // namespace pare::ui
