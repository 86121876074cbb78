// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/compressor.h"
#include "compress/recipe.h"
#include "service/study.h"
#include "model/model.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace pare::ui {

class BarChart;
class ScatterChart;

struct VariantEntry
{
    QString name;
    core::Recipe recipe;
    std::shared_ptr<const core::Variant> variant;
    std::shared_ptr<const core::MeasuredVariant> measured; // latency and quality, when measured
    bool shown = true;
};

// The Compare dock: variants against the original, per layer and in total.
class ComparePanel : public QWidget
{
    Q_OBJECT
public:
    enum class Metric { Bytes, Macs, Latency, Error };

    explicit ComparePanel(QWidget *parent = nullptr);
    void setModel(std::shared_ptr<const core::Model> model);
    void addVariant(std::shared_ptr<const core::MeasuredVariant> measured, const core::Recipe &recipe);
    // The shown variants with their measurements, for reports.
    std::vector<core::MeasuredVariant> measuredVariants() const;
    const std::vector<VariantEntry> &variants() const { return m_variants; }
    void renameVariant(int index, const QString &name);
    void duplicateVariant(int index);
    void removeVariant(int index);
    void setShown(int index, bool shown);
    void setMetric(Metric m);
    Metric metric() const { return m_metric; }
    // Highlights a layer's bars (the layer selected in the Model dock).
    void setSelectedLayer(int layerIndex);
    int selectedLayer() const { return m_selectedLayer; }
    // The variant selected in the list or by a click on its point (-1: none); the scatter marks
    // it.
    void setSelectedVariant(int index);
    int selectedVariant() const;

    BarChart *barChart() const { return m_bars; }
    ScatterChart *scatterChart() const { return m_scatter; }
    QListWidget *variantList() const { return m_list; }
    QLabel *cards() const { return m_cards; }
    // Layer indices behind the bar chart's categories, in model order.
    const std::vector<int> &categoryLayers() const { return m_categoryLayers; }
    // The per-layer chart shows at most this many layers: those with the largest bars of the
    // metric shown, and the selected layer.
    static constexpr int kMaxBarLayers = 64;

Q_SIGNALS:
    void layerClicked(int layerIndex);
    void variantSelected(int index); // -1: none (the original's point was clicked)
    void variantsChanged();

private:
    enum class Stage { None, Bars, PaintBars, Summary, PaintSummary };

    void rebuildList();
    // Both charts and the cards, now (and no staged redraw left to come).
    void redraw();
    // The cards now, the bar chart over the next turns of the event loop, then the scatter.
    void redrawInStages();
    void nextStage();
    void redrawBars();
    void redrawSummary(bool withScatter = true); // the cards and the scatter
    std::vector<const VariantEntry *> shownVariants() const;

    std::shared_ptr<const core::Model> m_model;
    std::vector<VariantEntry> m_variants;
    std::vector<int> m_categoryLayers;
    Metric m_metric = Metric::Bytes;
    bool m_updatingList = false;
    int m_selectedLayer = -1;

    QListWidget *m_list;
    QComboBox *m_metricCombo;
    QLabel *m_cards;
    BarChart *m_bars;
    ScatterChart *m_scatter;
    QTimer *m_stageTimer;
    Stage m_stage = Stage::None;
};

} // namespace pare::ui
