// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/modelanalysis.h"
#include "model/model.h"
#include "service/modelinfo.h"

#include <memory>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pare::ui {

class BarChart;
class LayerFilterProxy;
class LayerTableModel;

// The Model dock: a summary of the open model, its sortable, filterable layer table and a bar
// chart of the largest layers by parameters, bytes or sparsity.
class ModelPanel : public QWidget
{
    Q_OBJECT
public:
    enum class ChartMetric { Parameters, Bytes, Sparsity };
    // The chart shows this many layers at most: the largest by the metric, plus the selected one.
    static constexpr int kChartLayers = 24;

    explicit ModelPanel(QWidget *parent = nullptr);
    void setSummary(const core::ModelInfo &summary);
    // The whole-model analysis gives the sparsity of each layer's weight (null: not computed yet).
    void setAnalysis(std::shared_ptr<const core::Model> model,
                     std::shared_ptr<const core::ModelAnalysis> analysis);
    void setChartMetric(ChartMetric metric);
    ChartMetric chartMetric() const;
    BarChart *layerChart() const { return m_chart; }
    QComboBox *chartMetricCombo() const { return m_metric; }
    // Layer indices behind the chart's categories, in category order.
    const std::vector<int> &chartLayers() const { return m_chartLayers; }
    // The layer selected in the table (-1 none).
    int selectedLayer() const { return m_selected; }
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
    void redrawChart();

    LayerTableModel *m_model;
    LayerFilterProxy *m_proxy;
    QLabel *m_summaryLabel;
    QLineEdit *m_filter;
    QComboBox *m_op;
    QTableView *m_view;
    QComboBox *m_metric;
    BarChart *m_chart;
    core::ModelInfo m_summary;
    std::vector<double> m_sparsity; // per layer, -1 unknown; empty before the analysis
    std::vector<int> m_chartLayers;
    int m_selected = -1;
};

} // namespace pare::ui
