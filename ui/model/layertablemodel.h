// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/modelinfo.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace pare::ui {

// The model's layers as a table: formatted text for display, raw numbers under SortRole.
class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Op, Role, Shape, DType, Parameters, Bytes, Macs, Plan, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, LayerIndexRole, OpRole };

    explicit LayerTableModel(QObject *parent = nullptr);
    void setSummary(const core::ModelInfo &summary);
    const core::ModelInfo &summary() const { return m_summary; }
    // What the current recipe does to each layer (index-aligned with Model::layers).
    void setPlanDescriptions(const QStringList &plans);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    core::ModelInfo m_summary;
    QStringList m_plans;
};

// Filters by name (substring, or a regular expression when prefixed "re:") and by op kind.
class LayerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LayerFilterProxy(QObject *parent = nullptr);
    void setNameFilter(const QString &text);
    void setOpFilter(const QString &op); // empty: all
    bool nameFilterValid() const { return m_valid; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_text;
    QRegularExpression m_regex;
    bool m_useRegex = false;
    bool m_valid = true;
    QString m_op;
};

} // namespace pare::ui
