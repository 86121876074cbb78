// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solve/sensitivity.h"
#include "solve/solver.h"

#include <QAbstractTableModel>

#include <vector>

namespace pare::ui {

// The heatmap of a sensitivity sweep: one row per layer; columns Lock, Exclude, then one per
// option coloured by damage (log scale, green → red; grey: not measured or not applicable).
// The chosen option of the current plan is bold and framed.
class SensitivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LockColumn, ExcludeColumn, FirstOptionColumn };
    enum Role { DamageRole = Qt::UserRole + 1, ChosenRole };
    explicit SensitivityModel(QObject *parent = nullptr);

    void setTable(const core::SensitivityTable &table); // keeps locks/excludes of rows of the same name
    const core::SensitivityTable &table() const { return m_table; }
    void setChoice(const std::vector<int> &choice);
    const std::vector<int> &choice() const { return m_choice; }

    // Locks row `row` to option `option` (-1: unlock).
    void setLock(int row, int option);
    void setExcluded(int row, bool excluded);
    int lockOf(int row) const { return m_lock.at(std::size_t(row)); }
    bool isExcluded(int row) const { return m_exclude.at(std::size_t(row)); }
    core::SolveConstraints constraints() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    core::SensitivityTable m_table;
    std::vector<int> m_choice;
    std::vector<int> m_lock;
    std::vector<bool> m_exclude;
    double m_logMin = 0, m_logMax = 1;
};

} // namespace pare::ui
