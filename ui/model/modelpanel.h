// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/modelinfo.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pare::ui {

class LayerFilterProxy;
class LayerTableModel;

// The Model dock: a summary of the open model and its sortable, filterable layer table.
class ModelPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPanel(QWidget *parent = nullptr);
    void setSummary(const core::ModelInfo &summary);
    // Selects the first dense or convolution layer (else the first layer), as a starting point.
    void selectFirstWeightLayer();
    void selectLayer(int layerIndex);

    LayerTableModel *layers() const { return m_model; }
    LayerFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *opCombo() const { return m_op; }
    QLabel *summaryLabel() const { return m_summaryLabel; }

Q_SIGNALS:
    void layerSelected(int layerIndex);

private:
    LayerTableModel *m_model;
    LayerFilterProxy *m_proxy;
    QLabel *m_summaryLabel;
    QLineEdit *m_filter;
    QComboBox *m_op;
    QTableView *m_view;
};

} // namespace pare::ui
