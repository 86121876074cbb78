// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorpanel.h"

#include "charts/histogramchart.h"
#include "charts/linecharts.h"
#include "common/units.h"
#include "jobs/jobrunner.h"
#include "jobs/jobsmodel.h"
#include "service/modelinfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace pare::ui {

using namespace core;

InspectorPanel::InspectorPanel(JobsModel *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_histogram(new HistogramChart(this)), m_channels(new ChannelRangeChart(this)),
      m_spectrum(new SpectrumChart(this)), m_spectrumStatus(new QLabel(this)),
      m_stats(new QTableWidget(this)), m_lint(new QListWidget(this)), m_bins(new QSpinBox(this)),
      m_logCounts(new QCheckBox(tr("&Log counts"), this)), m_scale(new QComboBox(this)),
      m_overlayTimer(new QTimer(this))
{
    // Slider drags change the plan many times a second: recompute the overlay once they pause.
    m_overlayTimer->setSingleShot(true);
    m_overlayTimer->setInterval(120);
    connect(m_overlayTimer, &QTimer::timeout, this, &InspectorPanel::startOverlay);
    connect(&m_overlayJob, &QFutureWatcherBase::finished, this, [this] {
        auto r = jobResult(m_overlayJob.future());
        if (!r.ok())
            return;
        const LayerPlan *plan = currentPlan();
        if (!plan || !samePlan(*plan, m_overlayJobPlan)) {
            scheduleOverlay(); // the plan changed while this one ran
            return;
        }
        m_overlayBase = r.value();
        m_overlayBasePlan = m_overlayJobPlan;
        if (r->counts.size() != m_current.counts.size() || m_overlayJobBins.lo != m_current.lo
            || m_overlayJobBins.hi != m_current.hi || m_overlayJobBins.scale != m_current.scale) {
            scheduleOverlay(); // the bins changed meanwhile
            return;
        }
        m_overlay = std::move(r).value();
        drawHistogram(false);
        Q_EMIT overlayShown();
    });
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);

    m_bins->setRange(kMinHistogramBins, kMaxHistogramBins);
    m_bins->setValue(kDefaultHistogramBins);
    m_bins->setSuffix(tr(" bins"));
    m_bins->setToolTip(tr("Number of histogram bins (16 to 4096)."));
    m_bins->setKeyboardTracking(false);
    m_logCounts->setToolTip(tr("Show counts on a logarithmic axis, to see the rare values in the tails."));
    m_scale->addItem(tr("Weight value"), int(HistogramScale::Linear));
    m_scale->addItem(tr("log₁₀ |weight|"), int(HistogramScale::Log10Abs));
    m_scale->setToolTip(tr("Histogram of the values, or of their magnitudes on a log scale "
                           "(shows how many weights are tiny)."));
    auto *reset = new QPushButton(tr("&Reset Zoom"), this);
    reset->setToolTip(tr("Show the whole range of values again."));

    auto *histControls = new QHBoxLayout;
    histControls->addWidget(m_scale);
    histControls->addWidget(m_bins);
    histControls->addWidget(m_logCounts);
    histControls->addStretch();
    histControls->addWidget(reset);
    auto *histPage = new QWidget(this);
    auto *histLayout = new QVBoxLayout(histPage);
    histLayout->setContentsMargins(0, 0, 0, 0);
    histLayout->addLayout(histControls);
    histLayout->addWidget(m_histogram, 1);

    auto *specPage = new QWidget(this);
    auto *specLayout = new QVBoxLayout(specPage);
    specLayout->setContentsMargins(0, 0, 0, 0);
    specLayout->addWidget(m_spectrumStatus);
    specLayout->addWidget(m_spectrum, 1);

    m_stats->setColumnCount(2);
    m_stats->setHorizontalHeaderLabels({tr("Statistic"), tr("Value")});
    m_stats->verticalHeader()->hide();
    m_stats->horizontalHeader()->setStretchLastSection(true);
    m_stats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stats->setAlternatingRowColors(true);

    m_tabs->addTab(histPage, tr("&Histogram"));
    m_tabs->addTab(m_channels, tr("&Channels"));
    m_tabs->addTab(specPage, tr("S&pectrum"));
    m_tabs->addTab(m_stats, tr("&Statistics"));
    m_tabs->addTab(m_lint, tr("&Warnings"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_bins, &QSpinBox::valueChanged, this, [this] { requestHistogram(); });
    connect(m_scale, &QComboBox::currentIndexChanged, this, [this] { requestHistogram(); });
    connect(m_logCounts, &QCheckBox::toggled, this, [this] { drawHistogram(false); });
    connect(reset, &QPushButton::clicked, this, [this] { requestHistogram(); });
    connect(m_histogram, &HistogramChart::resetZoomRequested, this, [this] { requestHistogram(); });
    connect(m_histogram, &HistogramChart::rangeSelected, this,
            [this](double lo, double hi) { requestHistogram(lo, hi); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_channels && m_channelsStale)
            drawChannels();
        if (m_tabs->widget(index)->isAncestorOf(m_spectrum))
            requestSpectrum();
    });
    connect(&m_histJob, &QFutureWatcherBase::finished, this, [this] {
        const auto r = jobResult(m_histJob.future());
        if (!r.ok()) {
            // Canceled from the Jobs dock, or failed: the histogram drawn stays, and so the
            // controls go back to what it is, with a note that says why.
            showHistogramControls(m_current);
            m_histProblem = r.isCanceled() ? tr("the new histogram was canceled")
                                           : tr("the new histogram failed: %1").arg(r.error().message);
            drawHistogram(false);
            return;
        }
        m_current = r.value();
        m_overlay.reset();
        drawHistogram();
        scheduleOverlay();
    });
    connect(&m_specJob, &QFutureWatcherBase::finished, this, [this] {
        const auto r = jobResult(m_specJob.future());
        const Tensor *w = weight();
        if (r.ok()) // kept under the tensor it is of, whichever layer is shown now
            m_spectra.insert(m_specJobTensor, r.value());
        if (!w || w->name() != m_specJobTensor)
            return; // another layer is shown: its spectrum is requested when its tab is
        if (r.isCanceled()) {
            // From the Jobs dock (a new layer's request replaces the watched job, so its end
            // never arrives here): computed again when the tab is shown again.
            m_spectrumStatus->setText(tr("Spectrum canceled. Show this tab again to compute it."));
            return;
        }
        if (!r.ok()) {
            m_spectrumStatus->setText(r.error().message);
            return;
        }
        requestSpectrum();
    });
    showLayer(-1);
}

InspectorPanel::~InspectorPanel()
{
    for (QFutureWatcherBase *w : {static_cast<QFutureWatcherBase *>(&m_histJob),
                                  static_cast<QFutureWatcherBase *>(&m_specJob),
                                  static_cast<QFutureWatcherBase *>(&m_overlayJob)}) {
        w->cancel();
        w->waitForFinished();
    }
}

void InspectorPanel::setModel(std::shared_ptr<const Model> model)
{
    // Jobs on the previous model's tensors (a new model may have tensors of the same names).
    abandonJob(m_histJob);
    abandonJob(m_specJob);
    m_specJobTensor.clear();
    abandonJob(m_overlayJob);
    m_model = std::move(model);
    m_analysis.reset();
    m_spectra.clear();
    m_plans.clear();
    m_overlayBase.reset();
    showLayer(-1);
}

void InspectorPanel::setPlans(std::vector<LayerPlan> plans)
{
    const LayerPlan *before = currentPlan();
    const std::optional<LayerPlan> old = before ? std::optional<LayerPlan>(*before) : std::nullopt;
    m_plans = std::move(plans);
    const LayerPlan *now = currentPlan();
    if (bool(old) == bool(now) && (!now || samePlan(*old, *now)))
        return;
    scheduleOverlay();
}

const LayerPlan *InspectorPanel::currentPlan() const
{
    if (!m_model || m_layer < 0 || m_layer >= int(m_plans.size()) || m_plans.size() != m_model->layers.size())
        return nullptr;
    const LayerPlan &p = m_plans[std::size_t(m_layer)];
    return p.changesWeights() ? &p : nullptr;
}

void InspectorPanel::scheduleOverlay()
{
    if (!currentPlan()) {
        m_overlayTimer->stop();
        cancelUnfinished(m_overlayJob);
        if (m_overlay) {
            m_overlay.reset();
            drawHistogram(false);
        }
        return;
    }
    m_overlayTimer->start();
}

void InspectorPanel::startOverlay()
{
    const LayerPlan *plan = currentPlan();
    if (!plan || m_current.counts.empty())
        return;
    if (m_overlayJob.isRunning()) {
        m_overlayJob.cancel();
        m_overlayTimer->start(); // try again once that one has stopped
        return;
    }
    m_overlayJobPlan = *plan;
    m_overlayJobBins = m_current;
    std::optional<PlanOverlay> previous;
    if (m_overlayBase && samePlan(m_overlayBasePlan, *plan))
        previous = m_overlayBase;
    auto model = m_model;
    const LayerPlan p = *plan;
    const Histogram bins = m_current;
    auto future = runJob([model, p, bins, previous](JobContext &ctx) {
        return computePlanOverlay(*model, p, bins, previous ? &*previous : nullptr, ctx);
    });
    if (!previous)
        m_jobs->track(tr("Preview plan of %1").arg(p.name), future);
    m_overlayJob.setFuture(future);
}

void InspectorPanel::setAnalysis(std::shared_ptr<const ModelAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    if (m_layer >= 0)
        showLayer(m_layer);
}

const Tensor *InspectorPanel::weight() const
{
    if (!m_model || m_layer < 0 || m_layer >= int(m_model->layers.size()))
        return nullptr;
    return m_model->weightOf(m_model->layers[std::size_t(m_layer)]);
}

void InspectorPanel::showLayer(int layerIndex)
{
    if (layerIndex != m_layer) {
        m_overlay.reset();
        m_overlayBase.reset();
    }
    m_layer = layerIndex;
    const Tensor *w = weight();
    if (!w) {
        m_title->setText(tr("Select a layer in the Model dock to see its weights."));
        m_tabs->setEnabled(false);
        return;
    }
    const Layer &l = m_model->layers[std::size_t(m_layer)];
    m_tabs->setEnabled(true);
    // A numerus message: %5 stays the formatted count, translations pick the plural form by n.
    const int count = int(std::min<std::int64_t>(w->numel(), std::numeric_limits<int>::max()));
    m_title->setText(tr("<b>%1</b> — %2 %3, %4, %5 parameters", nullptr, count)
                         .arg(l.name.toHtmlEscaped(), opKindName(l.op), shapeToString(w->shape()),
                              dtypeName(w->dtype()), formatCount(w->numel(), QLocale())));
    fillStats();
    fillLint();

    // The channel chart is drawn when its tab is shown (rebuilding a chart nobody sees held up
    // the turn that shows a new layer or a finished analysis).
    m_channelsStale = true;
    if (m_tabs->currentWidget() == m_channels)
        drawChannels();

    // The stored histogram serves the default view; anything else is computed.
    const TensorStats *st = m_analysis ? m_analysis->stats(w->name()) : nullptr;
    if (st && m_bins->value() == st->histogram.bins()
        && m_scale->currentData().toInt() == int(HistogramScale::Linear)) {
        abandonJob(m_histJob); // of the previous view
        m_histProblem.clear();
        m_current = st->histogram;
        m_overlay.reset();
        drawHistogram();
        scheduleOverlay();
    } else {
        requestHistogram();
    }
    if (m_tabs->currentWidget()->isAncestorOf(m_spectrum))
        requestSpectrum();
}

void InspectorPanel::drawChannels()
{
    m_channelsStale = false;
    const Tensor *w = weight();
    if (!w)
        return;
    const Layer &l = m_model->layers[std::size_t(m_layer)];
    const ChannelStats *ch = m_analysis ? m_analysis->channelsOf(l.name) : nullptr;
    ChannelRangeData cd;
    cd.title = tr("Per-channel range — %1").arg(l.name);
    if (ch) {
        cd.min.assign(ch->min.begin(), ch->min.end());
        cd.max.assign(ch->max.begin(), ch->max.end());
        cd.absMax.assign(ch->absMax.begin(), ch->absMax.end());
    } else {
        cd.title = tr("Per-channel range — %1 (analysis running…)").arg(l.name);
    }
    m_channels->setData(cd);
}

void InspectorPanel::requestHistogram(std::optional<double> lo, std::optional<double> hi)
{
    const Tensor *w = weight();
    if (!w)
        return;
    HistogramSpec spec;
    spec.bins = m_bins->value();
    spec.scale = HistogramScale(m_scale->currentData().toInt());
    spec.lo = lo;
    spec.hi = hi;
    if (m_histJob.isRunning())
        m_histJob.cancel();
    const Tensor tensor = *w; // a view: cheap to copy, keeps the storage alive
    m_histProblem.clear();
    auto future = runJob([tensor, spec](JobContext &ctx) { return computeHistogram(tensor, spec, ctx); });
    m_jobs->track(tr("Histogram of %1").arg(tensor.name()), future);
    m_histJob.setFuture(future);
}

void InspectorPanel::showHistogramControls(const Histogram &h)
{
    if (h.bins() <= 0)
        return; // nothing drawn yet
    const QSignalBlocker bins(m_bins), scale(m_scale);
    m_bins->setValue(h.bins());
    m_scale->setCurrentIndex(m_scale->findData(int(h.scale)));
}

void InspectorPanel::drawHistogram(bool newHistogram)
{
    const Tensor *w = weight();
    if (!w)
        return;
    const Histogram &h = m_current;
    HistogramChartData d;
    const bool log = h.scale == HistogramScale::Log10Abs;
    d.title = log ? tr("Magnitudes of %1").arg(w->name()) : tr("Weights of %1").arg(w->name());
    d.xTitle = log ? tr("log₁₀ |weight|") : tr("weight value");
    d.lo = h.lo;
    d.hi = h.hi;
    d.counts.assign(h.counts.begin(), h.counts.end());
    d.logCounts = m_logCounts->isChecked();
    QStringList notes;
    const QLocale locale;
    if (!m_histProblem.isEmpty())
        notes << m_histProblem;
    if (h.underflow || h.overflow)
        notes << tr("%1 below and %2 above the range shown").arg(locale.toString(h.underflow), locale.toString(h.overflow));
    if (log && h.zeros)
        notes << tr("%1 exact zeros not shown").arg(locale.toString(h.zeros));
    if (h.nan || h.inf)
        notes << tr("%1 NaN, %2 Inf").arg(locale.toString(h.nan), locale.toString(h.inf));
    if (m_overlay && m_overlay->counts.size() == h.counts.size()) {
        const PlanOverlay &o = *m_overlay;
        d.overlayCounts.assign(o.counts.begin(), o.counts.end());
        d.overlayName = tr("after the plan");
        if (!log && !o.levels.empty()) {
            d.gridLevels = o.levels;
            // Tails beyond what the widest scale can represent (clipping) are shaded.
            const double step = o.levels.size() > 1 ? (o.clipHi - o.clipLo) / double(o.levels.size() - 1) : 0.0;
            if (h.lo < o.clipLo - step / 2 || h.hi > o.clipHi + step / 2) {
                d.clipLo = o.clipLo;
                d.clipHi = o.clipHi;
            }
            notes << (o.segments > 1 ? tr("%1 levels of the widest of %2 scales").arg(o.levels.size()).arg(o.segments)
                                     : tr("%1 levels").arg(o.levels.size()));
        }
    }
    d.note = notes.join(QStringLiteral("; "));
    m_histogram->setData(d);
    if (newHistogram)
        Q_EMIT histogramShown();
}

void InspectorPanel::requestSpectrum()
{
    const Tensor *w = weight();
    if (!w)
        return;
    const Layer &l = m_model->layers[std::size_t(m_layer)];
    if (w->rank() < 2 || l.op == OpKind::Norm || l.op == OpKind::Embedding) {
        m_spectrumStatus->setText(tr("A spectrum is shown for the 2-D weights of dense and convolution layers."));
        m_spectrum->setData({});
        return;
    }
    auto it = m_spectra.constFind(w->name());
    if (it == m_spectra.constEnd()) {
        m_spectrumStatus->setText(tr("Computing singular values…"));
        if (m_specJob.isRunning())
            m_specJob.cancel();
        const Tensor tensor = *w;
        const WeightLayout layout = l.layout;
        auto future = runJob([tensor, layout](JobContext &ctx) {
            return computeSpectrum(tensor, layout, SpectrumOptions{}, ctx);
        });
        m_jobs->track(tr("Spectrum of %1").arg(tensor.name()), future);
        m_specJobTensor = tensor.name();
        m_specJob.setFuture(future);
        return;
    }
    const Spectrum &s = it.value();
    SpectrumChartData d;
    d.title = tr("Singular-value energy — %1").arg(l.name);
    d.energy = s.energy;
    d.fullRank = std::min(s.rows, s.cols);
    for (std::size_t i = 0; i < kEnergyTargets.size(); ++i)
        d.marks.push_back({kEnergyTargets[i], s.energyRanks[i]});
    m_spectrum->setData(d);
    QStringList ranks;
    for (std::size_t i = 0; i < kEnergyTargets.size(); ++i) {
        ranks << (s.energyRanks[i] < 0
                      ? tr("%1 %: beyond the top %2").arg(QLocale().toString(kEnergyTargets[i] * 100, 'f', 0)).arg(s.singularValues.size())
                      : tr("%1 %: rank %2").arg(QLocale().toString(kEnergyTargets[i] * 100, 'f', 0)).arg(s.energyRanks[i]));
    }
    m_spectrumStatus->setText(tr("%1×%2, %3 singular values (%4). Energy kept — %5")
                                  .arg(s.rows).arg(s.cols).arg(s.singularValues.size())
                                  .arg(s.exact ? tr("exact") : tr("randomized SVD"), ranks.join(QStringLiteral(", "))));
    Q_EMIT spectrumShown();
}

void InspectorPanel::fillStats()
{
    const Tensor *w = weight();
    const TensorStats *s = (w && m_analysis) ? m_analysis->stats(w->name()) : nullptr;
    m_stats->setRowCount(0);
    if (!s) {
        m_stats->setRowCount(1);
        m_stats->setItem(0, 0, new QTableWidgetItem(tr("Analysis")));
        m_stats->setItem(0, 1, new QTableWidgetItem(tr("running…")));
        return;
    }
    // Numbers in the language's own notation ("0,0123" and "65.536" in German).
    const QLocale locale;
    const auto number = [&](double v, int digits) { return core::formatNumber(v, digits, locale); };
    const auto percent = [&](double fraction, int decimals) {
        return tr("%1 %").arg(locale.toString(fraction * 100, 'f', decimals));
    };
    QList<QPair<QString, QString>> rows = {
        {tr("Elements"), locale.toString(s->count)},
        {tr("Minimum"), number(s->min, 6)},
        {tr("Maximum"), number(s->max, 6)},
        {tr("Mean"), number(s->mean, 6)},
        {tr("Standard deviation"), number(s->stddev, 6)},
        {tr("Mean |w|"), number(s->meanAbs, 6)},
        {tr("Excess kurtosis"), number(s->kurtosis, 4)},
        {tr("Exact zeros"), percent(s->zeroFraction, 2)},
        {tr("Near zero (|w| ≤ %1)").arg(number(s->options.nearZeroThreshold, 6)), percent(s->nearZeroFraction, 2)},
        {tr("Outliers (beyond %1 σ)").arg(number(s->options.outlierSigmas, 6)),
         tr("%1 (%2)").arg(percent(s->outlierFraction, 4), locale.toString(s->outliers))},
        {tr("NaN / Inf"), tr("%1 / %2").arg(locale.toString(s->nanCount), locale.toString(s->infCount))},
        {tr("Distinct values"), s->distinctValues < 0 ? tr("more than %1").arg(locale.toString(kDistinctLimit))
                                                      : locale.toString(s->distinctValues)},
    };
    for (std::size_t i = 0; i < kPercentileRanks.size(); ++i)
        rows.append({tr("Percentile %1").arg(number(kPercentileRanks[i], 6)), number(s->percentiles[i], 6)});
    m_stats->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_stats->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        auto *value = new QTableWidgetItem(rows[r].second);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_stats->setItem(r, 1, value);
    }
    m_stats->resizeColumnToContents(0);
}

void InspectorPanel::fillLint()
{
    m_lint->clear();
    if (!m_analysis || m_layer < 0) {
        return;
    }
    const QString name = m_model->layers[std::size_t(m_layer)].name;
    for (const LintWarning &w : m_analysis->lint) {
        if (w.layer != name)
            continue;
        auto *item = new QListWidgetItem(w.message, m_lint);
        item->setData(Qt::UserRole, w.rule);
        item->setToolTip(w.rule);
    }
    if (m_lint->count() == 0)
        new QListWidgetItem(tr("No warnings for this layer."), m_lint);
    m_tabs->setTabText(4, m_lint->count() && m_lint->item(0)->data(Qt::UserRole).isValid()
                              ? tr("&Warnings (%1)").arg(m_lint->count())
                              : tr("&Warnings"));
}

} // namespace pare::ui
