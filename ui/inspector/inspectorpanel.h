// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/histogram.h"
#include "analysis/modelanalysis.h"
#include "analysis/spectrum.h"
#include "common/result.h"
#include "model/model.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTableWidget;

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

    HistogramChart *histogram() const { return m_histogram; }
    ChannelRangeChart *channels() const { return m_channels; }
    SpectrumChart *spectrum() const { return m_spectrum; }
    QTableWidget *statsTable() const { return m_stats; }
    QListWidget *lintList() const { return m_lint; }
    QSpinBox *binsSpin() const { return m_bins; }
    QCheckBox *logCountsCheck() const { return m_logCounts; }
    QComboBox *scaleCombo() const { return m_scale; }
    QTabWidget *tabs() const { return m_tabs; }
    // The histogram currently drawn (for tests and overlays).
    const core::Histogram &currentHistogram() const { return m_current; }

Q_SIGNALS:
    void histogramShown();
    void spectrumShown();

private:
    void requestHistogram(std::optional<double> lo = {}, std::optional<double> hi = {});
    void requestSpectrum();
    void drawHistogram();
    void fillStats();
    void fillLint();
    const core::Tensor *weight() const;

    JobsModel *m_jobs;
    std::shared_ptr<const core::Model> m_model;
    std::shared_ptr<const core::ModelAnalysis> m_analysis;
    int m_layer = -1;
    core::Histogram m_current;
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
};

} // namespace pare::ui
