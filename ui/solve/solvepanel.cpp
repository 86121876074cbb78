// SPDX-License-Identifier: GPL-3.0-or-later
#include "solve/solvepanel.h"

#include "common/units.h"
#include "jobs/jobrunner.h"
#include "jobs/jobsmodel.h"
#include "solve/frontchart.h"
#include "solve/sensitivitymodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pare::ui {

using namespace core;

namespace {
enum KindIndex { SizeKind, BpwKind, RatioKind, LatencyKind };
}

SolvePanel::SolvePanel(JobsModel *jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_budgetKind(new QComboBox(this)), m_budgetValue(new QDoubleSpinBox(this)),
      m_damage(new QComboBox(this)), m_run(new QPushButton(tr("&Run Sweep"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_solve(new QPushButton(tr("&Solve"), this)),
      m_load(new QPushButton(tr("&Load Plan as Recipe"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_view(new QTableView(this)), m_table(new SensitivityModel(this)),
      m_chart(new FrontChart(this))
{
    m_budgetKind->setObjectName(QStringLiteral("budgetKind"));
    m_budgetValue->setObjectName(QStringLiteral("budgetValue"));
    m_damage->setObjectName(QStringLiteral("damageLevel"));
    m_run->setObjectName(QStringLiteral("runSweep"));
    m_cancel->setObjectName(QStringLiteral("cancelSweep"));
    m_solve->setObjectName(QStringLiteral("solveButton"));
    m_load->setObjectName(QStringLiteral("loadPlan"));
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_status->setObjectName(QStringLiteral("solveStatus"));
    m_view->setObjectName(QStringLiteral("sensitivityTable"));
    m_chart->setObjectName(QStringLiteral("frontChart"));

    m_budgetKind->addItem(tr("Size (MB)"));
    m_budgetKind->addItem(tr("Bits per weight"));
    m_budgetKind->addItem(tr("Compression ratio (x)"));
    m_budgetKind->addItem(tr("Latency (ms)"));
    m_budgetKind->setCurrentIndex(BpwKind);
    m_budgetValue->setDecimals(3);
    m_damage->addItem(tr("Weight error (data-free)"), int(DamageLevel::Weight));
    m_damage->addItem(tr("Layer output error"), int(DamageLevel::Output));
    m_damage->addItem(tr("End to end (KL / accuracy)"), int(DamageLevel::EndToEnd));
    m_damage->setItemData(0, tr("Relative weight error² × parameters: no data needed, fastest."), Qt::ToolTipRole);
    m_damage->setItemData(1, tr("Each layer's output error on calibration inputs: transformer decoders on the demo "
                                "model's bundled text, graph models (ONNX, Keras) on the last examples of its "
                                "bundled data."), Qt::ToolTipRole);
    m_damage->setItemData(2, tr("Only that layer compressed, the whole model run on evaluation data."), Qt::ToolTipRole);
    updateBudgetControls();
    m_budgetValue->setValue(4.5);

    m_view->setModel(m_table);
    m_view->setMinimumSize(120, 40); // the dock shares its column: stay small when squeezed
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_progress->setRange(0, core::detail::kProgressScale);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_solve->setEnabled(false);
    m_load->setEnabled(false);
    m_run->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setText(tr("Open a model, then run the sensitivity sweep."));

    auto *form = new QFormLayout;
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budgetKind);
    budgetRow->addWidget(m_budgetValue, 1);
    form->addRow(tr("Budget:"), budgetRow);
    form->addRow(tr("Damage:"), m_damage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    auto *solveRow = new QHBoxLayout;
    solveRow->addWidget(m_solve);
    solveRow->addWidget(m_load);
    solveRow->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addLayout(solveRow);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_budgetKind, &QComboBox::currentIndexChanged, this, [this] {
        updateBudgetControls();
        if (m_table->table().complete() && m_table->rowCount() > 0)
            solve();
    });
    connect(m_run, &QPushButton::clicked, this, &SolvePanel::runSweep);
    connect(m_cancel, &QPushButton::clicked, this, &SolvePanel::cancelSweep);
    connect(m_solve, &QPushButton::clicked, this, [this] { solve(); });
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (m_plan)
            emitPlan(*m_plan);
    });
    connect(m_chart, &FrontChart::pointClicked, this, &SolvePanel::choosePoint);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        // A click on an option cell of a locked row moves the lock to that option.
        if (index.column() >= SensitivityModel::FirstOptionColumn && m_table->lockOf(index.row()) >= 0)
            m_table->setLock(index.row(), index.column() - SensitivityModel::FirstOptionColumn);
    });
    connect(&m_solveJob, &QFutureWatcherBase::finished, this, &SolvePanel::showSolve);
    connect(&m_sweep, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_sweep, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    connect(&m_sweep, &QFutureWatcherBase::finished, this, [this] {
        m_run->setEnabled(bool(m_model));
        m_cancel->setEnabled(false);
        auto r = jobResult(m_sweep.future());
        if (m_running)
            m_table->setTable(*m_running); // partial after a cancel: the next run resumes it
        if (r.isCanceled()) {
            m_status->setText(tr("Sweep canceled: %1 of %2 measurements kept; Run Sweep resumes.")
                                  .arg(m_running ? m_running->cellsDone() : 0)
                                  .arg(m_running ? m_running->cellsTotal() : 0));
        } else if (!r.ok()) {
            m_status->setText(tr("Sweep failed: %1").arg(r.error().message));
        } else {
            m_progress->setValue(core::detail::kProgressScale);
            m_solve->setEnabled(true);
            solve();
        }
        Q_EMIT sweepFinished();
    });
}

SolvePanel::~SolvePanel()
{
    m_sweep.cancel();
    m_solveJob.cancel();
    m_sweep.waitForFinished();
    m_solveJob.waitForFinished();
}

void SolvePanel::setModel(std::shared_ptr<const Model> model)
{
    abandonJob(m_sweep); // it owns its model and table
    abandonJob(m_solveJob); // and the solve its copies
    m_cancel->setEnabled(false);
    m_model = std::move(model);
    m_running.reset();
    m_front.clear();
    m_plan.reset();
    m_table->setTable({});
    m_chart->setData({});
    m_run->setEnabled(bool(m_model));
    m_solve->setEnabled(false);
    m_load->setEnabled(false);
    m_progress->setValue(0);
    m_status->setText(m_model ? tr("Run the sensitivity sweep to measure every layer × option.")
                              : tr("Open a model, then run the sensitivity sweep."));
}

void SolvePanel::setTable(const SensitivityTable &table)
{
    m_running = std::make_shared<SensitivityTable>(table);
    m_table->setTable(table);
    m_solve->setEnabled(table.complete());
    if (table.complete())
        solve();
}

QJsonObject SolvePanel::sensitivityJson() const
{
    if (!m_running || m_running->layers.empty() || m_running->cellsDone() == 0)
        return {};
    return m_running->toJson();
}

Result<void> SolvePanel::restoreSensitivity(const QJsonObject &json)
{
    if (!m_model)
        return Error{ErrorCode::InvalidArgument, tr("no model is open")};
    auto table = SensitivityTable::fromJson(json, tr("saved sensitivity sweep"));
    if (!table.ok())
        return table.error();
    for (const SensitivityLayer &l : table->layers) {
        const bool fits = l.layer >= 0 && l.layer < int(m_model->layers.size())
                          && m_model->layers[std::size_t(l.layer)].name == l.name;
        if (!fits)
            return Error{ErrorCode::InvalidArgument,
                         tr("saved sensitivity sweep: layer %1 is not in this model").arg(l.name)};
    }
    table->modelPath = m_model->path; // the project's model may have been located elsewhere
    if (const int i = m_damage->findData(int(table->level)); i >= 0)
        m_damage->setCurrentIndex(i);
    setTable(table.value());
    if (!table->complete())
        m_status->setText(tr("Saved sweep: %1 of %2 measurements; Run Sweep resumes.")
                              .arg(table->cellsDone()).arg(table->cellsTotal()));
    return {};
}

void SolvePanel::runSweep()
{
    if (!m_model || m_sweep.isRunning())
        return;
    SweepOptions options;
    options.level = DamageLevel(m_damage->currentData().toInt());
    options.measureLatency = m_budgetKind->currentIndex() == LatencyKind;
    if (!m_running || m_running->level != options.level)
        m_running = std::make_shared<SensitivityTable>();
    auto model = m_model;
    auto table = m_running;
    abandonJob(m_solveJob); // a solve of the last sweep's table would land on the new one
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_solve->setEnabled(false);
    m_progress->setValue(0);
    auto future = runJob([model, options, table](JobContext &ctx) -> Result<int> {
        auto r = runSensitivity(model, options, *table, ctx);
        if (!r.ok())
            return r.error();
        return table->cellsDone();
    });
    if (m_jobs)
        m_jobs->track(tr("Sensitivity sweep (%1)").arg(damageLevelName(options.level)), future);
    m_sweep.setFuture(future);
}

void SolvePanel::cancelSweep()
{
    m_sweep.cancel();
}

bool SolvePanel::isSweeping() const
{
    return m_sweep.isRunning();
}

std::optional<Budget> SolvePanel::budgetFromControls() const
{
    const double v = m_budgetValue->value();
    if (v <= 0)
        return std::nullopt;
    switch (m_budgetKind->currentIndex()) {
    case SizeKind: return Budget{BudgetKind::Bytes, std::floor(v * 1e6)};
    case BpwKind: return Budget{BudgetKind::BitsPerWeight, v};
    case RatioKind: return Budget{BudgetKind::Ratio, std::max(1.0, v)};
    case LatencyKind: return Budget{BudgetKind::Latency, v * 1000.0};
    default: return std::nullopt;
    }
}

void SolvePanel::updateBudgetControls()
{
    switch (m_budgetKind->currentIndex()) {
    case SizeKind:
        m_budgetValue->setRange(0.001, 1e7);
        m_budgetValue->setSuffix(tr(" MB"));
        if (m_table->rowCount() > 0)
            m_budgetValue->setValue(double(m_table->table().modelBytes) / 4e6);
        break;
    case BpwKind:
        m_budgetValue->setRange(1, 32);
        m_budgetValue->setSuffix(tr(" bpw"));
        m_budgetValue->setValue(4.5);
        break;
    case RatioKind:
        m_budgetValue->setRange(1, 64);
        m_budgetValue->setSuffix(tr(" x"));
        m_budgetValue->setValue(4);
        break;
    case LatencyKind:
        m_budgetValue->setRange(0.001, 1e6);
        m_budgetValue->setSuffix(tr(" ms"));
        break;
    }
}

bool SolvePanel::solve()
{
    const SensitivityTable &table = m_table->table();
    if (table.layers.empty() || !table.complete()) {
        m_status->setText(tr("Run the sweep to the end before solving."));
        return false;
    }
    const auto budget = budgetFromControls();
    if (!budget)
        return false;
    const bool latency = m_budgetKind->currentIndex() == LatencyKind;
    m_frontLatency = latency;
    m_frontTitle = tr("Pareto front: damage (%1) against %2")
                       .arg(core::damageUnitText(table.damageUnit), latency ? tr("latency") : tr("size"));
    // The job owns copies: the table, the budget and the locks and exclusions as they are now.
    abandonJob(m_solveJob);
    auto future = runJob([table, budget = *budget, constraints = m_table->constraints(),
                          kind = latency ? BudgetKind::Latency : BudgetKind::Bytes](JobContext &ctx) -> Result<SolveOutcome> {
        // Canceled within one group of the dynamic programme: a replaced solve stops soon, and
        // closing the panel waits no longer than that.
        auto canceled = [&ctx] { return ctx.isCanceled(); };
        KnapsackOptions planOptions;
        planOptions.canceled = canceled;
        constexpr int kFrontPoints = 24;
        KnapsackOptions frontOptions{.gridCells = 4000, .fineCells = 0};
        frontOptions.canceled = canceled;
        // The plan first, then the front's solves, each its share of the bar by the cells of
        // their dynamic programmes (the plan's fine grid holds about fineCells in all).
        const double groups = double(std::max<std::size_t>(1, table.layers.size()));
        const double planCells = std::max(double(planOptions.gridCells) * groups, double(planOptions.fineCells));
        const double planShare = planCells / (planCells + kFrontPoints * double(frontOptions.gridCells) * groups);
        const QString planText = QCoreApplication::translate("pare::ui::SolvePanel", "Plan for the budget");
        const QString frontText = QCoreApplication::translate("pare::ui::SolvePanel", "Pareto front");
        planOptions.progress = [plan = ctx.subRange(0.0, planShare), &planText](double f) mutable {
            plan.setProgress(f, planText);
        };
        frontOptions.progress = [front = ctx.subRange(planShare, 1.0), &frontText](double f) mutable {
            front.setProgress(f, frontText);
        };
        ctx.setProgress(0.0, planText);
        SolveOutcome out;
        if (auto plan = solveBudget(table, budget, constraints, planOptions); plan.ok())
            out.plan = std::move(plan).value();
        else if (plan.isCanceled())
            return plan.error();
        else
            out.planError = plan.error().message;
        auto front = paretoFront(table, kind, kFrontPoints, constraints, frontOptions);
        if (front.ok())
            out.front = std::move(front).value();
        else if (front.isCanceled())
            return front.error();
        return out;
    });
    if (m_jobs)
        m_jobs->track(tr("Budget solve (%1)").arg(budget->text(QLocale())), future);
    m_solveJob.setFuture(future);
    m_load->setEnabled(false); // until this solve's plan is shown
    m_status->setText(tr("Solving the budget…"));
    return true;
}

bool SolvePanel::isSolving() const
{
    return m_solveJob.isRunning();
}

void SolvePanel::showSolve()
{
    auto r = jobResult(m_solveJob.future());
    if (!r.ok()) {
        // Canceled from the Jobs dock, or failed: the last plan stays, loadable.
        m_status->setText(r.isCanceled() ? tr("Solve canceled; Solve starts it again.")
                                         : tr("Solve failed: %1").arg(r.error().message));
        m_load->setEnabled(m_plan.has_value());
        Q_EMIT solved();
        return;
    }
    SolveOutcome &out = r.value();
    m_front = std::move(out.front);
    FrontChartData d;
    const bool latency = m_frontLatency;
    d.title = m_frontTitle;
    d.xTitle = latency ? tr("Latency (ms)") : tr("Size (MB)");
    d.yTitle = tr("Damage");
    const auto cost = [latency](const SolvedPlan &p) { return latency ? p.latencyUs / 1000.0 : double(p.bytes) / 1e6; };
    for (const SolvedPlan &p : m_front) {
        d.x.push_back(cost(p));
        d.y.push_back(p.damage);
    }
    if (!out.plan) {
        m_plan.reset();
        m_load->setEnabled(false);
        m_status->setText(tr("No plan: %1").arg(out.planError));
    } else {
        m_plan = std::move(out.plan);
        m_table->setChoice(m_plan->choice);
        m_load->setEnabled(true);
        m_status->setText(statusText());
        // The plan marked on the front: as its point when the front has it, else where it lies.
        const auto same = std::find_if(m_front.begin(), m_front.end(),
                                       [&](const SolvedPlan &p) { return p.choice == m_plan->choice; });
        if (same != m_front.end())
            d.highlighted = int(same - m_front.begin());
        else
            d.plan = QPointF(cost(*m_plan), m_plan->damage);
        d.chosenName = tr("plan for %1").arg(m_plan->budget.text(QLocale()));
    }
    m_chart->setData(d);
    Q_EMIT solved();
}

QString SolvePanel::statusText() const
{
    if (!m_plan)
        return m_status->text();
    const SolvedPlan &p = *m_plan;
    // One arg() pass: the damage unit and the method are texts. Sizes as everywhere else ("650 kB").
    const QLocale locale;
    return tr("Budget %1: %2 (%3×, %4 bpw, %5 ms), damage %6 %7 — %8")
        .arg(p.budget.text(locale), core::formatBytes(double(p.bytes), -1, locale),
             locale.toString(p.ratio, 'f', 2), locale.toString(p.bitsPerWeight, 'f', 2),
             core::formatNumber(p.latencyUs / 1000.0, 3, locale), core::formatNumber(p.damage, 4, locale),
             core::damageUnitText(m_table->table().damageUnit),
             p.exact ? tr("optimal (%1)").arg(p.method)
                     : tr("%1, gap %2").arg(p.method, core::formatNumber(p.gap, 3, locale)));
}

void SolvePanel::choosePoint(int index)
{
    if (index < 0 || index >= int(m_front.size()))
        return;
    const SolvedPlan &p = m_front[std::size_t(index)];
    m_plan = p;
    m_table->setChoice(p.choice);
    FrontChartData d = m_chart->data();
    d.highlighted = index;
    d.plan.reset();
    d.chosenName = tr("chosen plan");
    m_chart->setData(d);
    m_load->setEnabled(true);
    m_status->setText(statusText());
    emitPlan(p);
}

void SolvePanel::emitPlan(const SolvedPlan &plan)
{
    Q_EMIT planChosen(plan.recipe, tr("Solver %1 MB").arg(QLocale().toString(double(plan.bytes) / 1e6, 'f', 3)));
}

} // namespace pare::ui
