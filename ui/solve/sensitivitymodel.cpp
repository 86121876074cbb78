// SPDX-License-Identifier: GPL-3.0-or-later
#include "solve/sensitivitymodel.h"

#include "common/units.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pare::ui {

SensitivityModel::SensitivityModel(QObject *parent) : QAbstractTableModel(parent) {}

void SensitivityModel::setTable(const core::SensitivityTable &table)
{
    beginResetModel();
    std::vector<int> lock(table.layers.size(), -1);
    std::vector<bool> exclude(table.layers.size(), false);
    for (std::size_t i = 0; i < table.layers.size(); ++i)
        for (std::size_t j = 0; j < m_table.layers.size(); ++j)
            if (m_table.layers[j].name == table.layers[i].name && table.options.size() == m_table.options.size()) {
                lock[i] = m_lock[j];
                exclude[i] = m_exclude[j];
            }
    m_table = table;
    m_lock = lock;
    m_exclude = exclude;
    if (m_choice.size() != table.layers.size())
        m_choice.clear();
    double lo = 1e300, hi = -1e300;
    for (const auto &l : m_table.layers)
        for (const auto &c : l.cells)
            if (c.applicable() && c.damage > 0) {
                lo = std::min(lo, std::log10(c.damage));
                hi = std::max(hi, std::log10(c.damage));
            }
    m_logMin = lo <= hi ? lo : 0;
    m_logMax = lo <= hi ? std::max(hi, lo + 1e-6) : 1;
    endResetModel();
}

void SensitivityModel::setChoice(const std::vector<int> &choice)
{
    m_choice = choice;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SensitivityModel::setLock(int row, int option)
{
    m_lock.at(std::size_t(row)) = option;
    if (option >= 0)
        m_exclude.at(std::size_t(row)) = false;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void SensitivityModel::setExcluded(int row, bool excluded)
{
    m_exclude.at(std::size_t(row)) = excluded;
    if (excluded)
        m_lock.at(std::size_t(row)) = -1;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

core::SolveConstraints SensitivityModel::constraints() const
{
    core::SolveConstraints c;
    for (std::size_t i = 0; i < m_table.layers.size(); ++i) {
        const QString exact = QStringLiteral("re:") + QRegularExpression::escape(m_table.layers[i].name);
        if (m_exclude[i])
            c.excludes << exact;
        else if (m_lock[i] >= 0)
            c.locks.emplace_back(exact, m_table.options[std::size_t(m_lock[i])].id);
    }
    return c;
}

int SensitivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.layers.size());
}

int SensitivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstOptionColumn + int(m_table.options.size());
}

QVariant SensitivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const std::size_t row = std::size_t(index.row());
    const core::SensitivityLayer &l = m_table.layers[row];
    if (index.column() == LockColumn) {
        if (role == Qt::CheckStateRole)
            return m_lock[row] >= 0 ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole && m_lock[row] >= 0)
            return m_table.options[std::size_t(m_lock[row])].label;
        if (role == Qt::ToolTipRole)
            return tr("Lock %1 to its chosen (or last clicked) option").arg(l.name);
        return {};
    }
    if (index.column() == ExcludeColumn) {
        if (role == Qt::CheckStateRole)
            return m_exclude[row] ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Keep %1 original").arg(l.name);
        return {};
    }
    const std::size_t o = std::size_t(index.column() - FirstOptionColumn);
    const core::SensitivityCell &c = l.cells[o];
    const bool chosen = !m_choice.empty() && m_choice[row] == int(o);
    switch (role) {
    case Qt::DisplayRole:
        if (!c.done)
            return QStringLiteral("…");
        if (!c.applicable())
            return QStringLiteral("–");
        return core::formatNumber(c.damage, 2, QLocale());
    case DamageRole:
        return c.applicable() ? QVariant(c.damage) : QVariant();
    case ChosenRole:
        return chosen;
    case Qt::FontRole:
        if (chosen) {
            QFont f;
            f.setBold(true);
            f.setUnderline(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (!c.applicable())
            return QColor(0xdd, 0xdd, 0xdd);
        if (c.damage <= 0)
            return QColor(0x2c, 0xa0, 0x2c);
        const double t = std::clamp((std::log10(c.damage) - m_logMin) / (m_logMax - m_logMin), 0.0, 1.0);
        // green (low) → yellow → red (high)
        const int r = int(t < 0.5 ? 80 + 2 * t * 175 : 255);
        const int g = int(t < 0.5 ? 190 : 190 - (t - 0.5) * 2 * 150);
        return QColor(r, g, 70);
    }
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case Qt::ToolTipRole:
        if (!c.done)
            return tr("%1, %2: not measured yet").arg(l.name, m_table.options[o].label);
        if (!c.applicable())
            return tr("%1, %2: does not apply (%3)").arg(l.name, m_table.options[o].label, c.note);
        return tr("%1, %2\n%3 bytes (%4 % of original), relative error %5\ndamage %6 (%7)")
            .arg(l.name, m_table.options[o].label, QLocale().toString(c.bytes), // one pass: a "%3" in a name stays
                 QLocale().toString(100.0 * double(c.bytes) / double(std::max<std::int64_t>(1, l.originalBytes)), 'f', 1),
                 core::formatNumber(c.relativeError, 3, QLocale()), core::formatNumber(c.damage, 4, QLocale()), core::damageUnitText(m_table.damageUnit));
    default:
        return {};
    }
}

bool SensitivityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    const int row = index.row();
    const bool on = value.toInt() == Qt::Checked;
    if (index.column() == ExcludeColumn) {
        setExcluded(row, on);
        return true;
    }
    if (index.column() == LockColumn) {
        int option = -1;
        if (on) {
            option = !m_choice.empty() ? m_choice[std::size_t(row)] : m_table.optionIndex(QStringLiteral("int8"));
            if (option < 0)
                option = 0;
        }
        setLock(row, option);
        return true;
    }
    return false;
}

Qt::ItemFlags SensitivityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() < FirstOptionColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SensitivityModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (o == Qt::Vertical)
        return section < rowCount() ? QVariant(m_table.layers[std::size_t(section)].name) : QVariant();
    if (section == LockColumn)
        return tr("Lock");
    if (section == ExcludeColumn)
        return tr("Exclude");
    const std::size_t opt = std::size_t(section - FirstOptionColumn);
    return opt < m_table.options.size() ? QVariant(m_table.options[opt].label) : QVariant();
}

} // namespace pare::ui
