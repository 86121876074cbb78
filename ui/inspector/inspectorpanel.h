// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/histogram.h"
#include "analysis/modelanalysis.h"
#include "analysis/spectrum.h"
#include "common/result.h"
#include "compress/plan.h"
#include "inspector/planoverlay.h"
#include "model/model.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace pare::ui {

class ChannelRangeChart;
class HistogramChart;
class JobsModel;
class SpectrumChart;

// The Inspector dock: one layer's weight histogram, channel ranges, spectrum, statistics and
// lint warnings. Statistics come from the session's whole-model analysis; histograms for other
// bin counts or zoomed ranges and spectra are computed here as jobs.
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(JobsModel *jobs, QWidget *parent = nullptr);
    ~InspectorPanel() override;

    void setModel(std::shared_ptr<const core::Model> model);
    void setAnalysis(std::shared_ptr<const core::ModelAnalysis> analysis);
    void showLayer(int layerIndex);
    int currentLayer() const { return m_layer; }
    // The compression plan of every layer (index-aligned with Model::layers). When the shown
    // layer's plan changes its weights, the histogram overlays the decoded weights and the
    // quantization grid, recomputed in the background shortly after each change.
    void setPlans(std::vector<core::LayerPlan> plans);
    // The overlay drawn now (null when none).
    const PlanOverlay *overlay() const { return m_overlay ? &*m_overlay : nullptr; }

    HistogramChart *histogram() const { return m_histogram; }
    ChannelRangeChart *channels() const { return m_channels; }
    SpectrumChart *spectrum() const { return m_spectrum; }
    QTableWidget *statsTable() const { return m_stats; }
    QListWidget *lintList() const { return m_lint; }
    QSpinBox *binsSpin() const { return m_bins; }
    QCheckBox *logCountsCheck() const { return m_logCounts; }
    QComboBox *scaleCombo() const { return m_scale; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *spectrumStatus() const { return m_spectrumStatus; }
    // The histogram currently drawn (for tests and overlays).
    const core::Histogram &currentHistogram() const { return m_current; }

Q_SIGNALS:
    void histogramShown();
    void spectrumShown();
    void overlayShown();

private:
    void requestHistogram(std::optional<double> lo = {}, std::optional<double> hi = {});
    void requestSpectrum();
    // Draws m_current with the overlay; histogramShown() only when the histogram itself is new.
    void drawHistogram(bool newHistogram = true);
    // Sets the bins and scale controls to `h`'s without asking for another histogram.
    void showHistogramControls(const core::Histogram &h);
    void fillStats();
    void fillLint();
    void drawChannels(); // the channel chart, for the layer shown
    const core::Tensor *weight() const;
    const core::LayerPlan *currentPlan() const;
    void scheduleOverlay();
    void startOverlay();

    JobsModel *m_jobs;
    std::shared_ptr<const core::Model> m_model;
    std::shared_ptr<const core::ModelAnalysis> m_analysis;
    int m_layer = -1;
    bool m_channelsStale = true; // the channel chart waits for its tab to be shown
    core::Histogram m_current;
    QString m_histProblem; // why the controls' histogram is not the one drawn (a canceled job)
    QHash<QString, core::Spectrum> m_spectra; // by tensor name

    QLabel *m_title;
    QTabWidget *m_tabs;
    HistogramChart *m_histogram;
    ChannelRangeChart *m_channels;
    SpectrumChart *m_spectrum;
    QLabel *m_spectrumStatus;
    QTableWidget *m_stats;
    QListWidget *m_lint;
    QSpinBox *m_bins;
    QCheckBox *m_logCounts;
    QComboBox *m_scale;
    QFutureWatcher<core::Result<core::Histogram>> m_histJob;
    QFutureWatcher<core::Result<core::Spectrum>> m_specJob;
    QString m_specJobTensor; // the tensor m_specJob computes
    std::vector<core::LayerPlan> m_plans;
    std::optional<PlanOverlay> m_overlay;       // matches m_current's bins
    std::optional<PlanOverlay> m_overlayBase;   // last result, reused for the same plan
    core::LayerPlan m_overlayBasePlan;
    core::LayerPlan m_overlayJobPlan;
    core::Histogram m_overlayJobBins;
    QTimer *m_overlayTimer;
    QFutureWatcher<core::Result<PlanOverlay>> m_overlayJob;
};

} // namespace pare::ui
