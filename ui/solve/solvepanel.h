// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/recipe.h"
#include "model/model.h"
#include "solve/sensitivity.h"
#include "solve/solver.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pare::ui {

class FrontChart;
class JobsModel;
class SensitivityModel;

// The "Budget" dock: a sensitivity sweep (a job), the heatmap of layers × options with lock and
// exclude controls, the budget solver and its Pareto front. Clicking a point of the front (or
// "Load Plan") hands the plan on as a recipe.
class SolvePanel : public QWidget
{
    Q_OBJECT
public:
    // What a solve job brings back.
    struct SolveOutcome
    {
        std::optional<core::SolvedPlan> plan;
        QString planError; // why there is no plan
        std::vector<core::SolvedPlan> front;
    };

    explicit SolvePanel(JobsModel *jobs, QWidget *parent = nullptr);
    ~SolvePanel() override;

    void setModel(std::shared_ptr<const core::Model> model);
    // A finished (or partial) sweep from elsewhere: a cache file, a test.
    void setTable(const core::SensitivityTable &table);
    // The sweep as saved in a project (SensitivityTable::toJson; empty when nothing was
    // measured), and back: restoring checks the table against the open model's layers and
    // selects its damage level, so a partial sweep resumes and a complete one is solved at once.
    QJsonObject sensitivityJson() const;
    core::Result<void> restoreSensitivity(const QJsonObject &json);

    void runSweep();
    void cancelSweep();
    bool isSweeping() const;
    // The sweep job running or last run (a canceled, finished future before the first).
    QFuture<core::Result<int>> sweepJob() const { return m_sweep.future(); }
    // Solves the budget in the controls and the Pareto front in the background (a solve for a
    // large model's sweep is seconds): false, with the reason shown, when there is nothing to
    // solve; otherwise solved() follows, with the plan (or why there is none) and the front
    // shown. A new solve replaces one still running.
    bool solve();
    bool isSolving() const;
    // The solve job running or last run (listed in the Jobs dock, which can cancel it).
    QFuture<core::Result<SolveOutcome>> solveJob() const { return m_solveJob.future(); }
    void choosePoint(int index); // a point of the front: shown in the heatmap, emitted as planChosen

    SensitivityModel *sensitivityModel() const { return m_table; }
    FrontChart *frontChart() const { return m_chart; }
    const std::vector<core::SolvedPlan> &front() const { return m_front; }
    const std::optional<core::SolvedPlan> &plan() const { return m_plan; }
    QString statusText() const;

Q_SIGNALS:
    void planChosen(const core::Recipe &recipe, const QString &name);
    void sweepFinished();
    void solved(); // a solve's plan (or its failure) and front are shown

private:
    std::optional<core::Budget> budgetFromControls() const;
    void updateBudgetControls();
    void emitPlan(const core::SolvedPlan &plan);
    void showSolve();


    JobsModel *m_jobs;
    std::shared_ptr<const core::Model> m_model;
    std::shared_ptr<core::SensitivityTable> m_running; // filled in place by the sweep job
    QFutureWatcher<core::Result<int>> m_sweep;
    QFutureWatcher<core::Result<SolveOutcome>> m_solveJob;
    QString m_frontTitle;        // of the front the running solve computes
    bool m_frontLatency = false; // its axis: latency, else size
    QComboBox *m_budgetKind;
    QDoubleSpinBox *m_budgetValue;
    QComboBox *m_damage;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_solve;
    QPushButton *m_load;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_view;
    SensitivityModel *m_table;
    FrontChart *m_chart;
    std::vector<core::SolvedPlan> m_front;
    std::optional<core::SolvedPlan> m_plan;
};

} // namespace pare::ui
