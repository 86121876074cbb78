// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysiscache.h"
#include "analysis/modelanalysis.h"
#include "common/result.h"
#include "service/modelservice.h"
#include "service/modelinfo.h"
#include "service/project.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <utility>

namespace pare::ui {

class JobsModel;

// What the window is working on: the open model, and the project it came from. Loads happen as
// jobs; the GUI thread only reacts to their results. open() tells projects from models by
// content: a project is read and its model checked (moved? changed?) before the model opens.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(JobsModel *jobs, QObject *parent = nullptr);
    ~Session() override;

    // A model, or a Pare project (detected by content, not by extension).
    void open(const QString &path);
    // After projectModelProblem: open the project's model from `modelPath` (the user located it),
    // checking it again, or open it regardless of the check (`force`).
    void relocateProjectModel(const QString &modelPath, bool force = false);
    bool isLoading() const;
    // The project whose model is being opened or has just opened (until takePendingProject()).
    const std::optional<core::Project> &pendingProject() const { return m_pendingProject; }
    std::optional<core::Project> takePendingProject() { return std::exchange(m_pendingProject, std::nullopt); }
    // The path of the project being opened (empty for a model).
    const QString &pendingProjectPath() const { return m_pendingProjectPath; }
    const core::ModelPtr &model() const { return m_model; }
    const core::ModelInfo &summary() const { return m_summary; }
    // The whole-model analysis, once its job has finished (null before).
    const std::shared_ptr<const core::ModelAnalysis> &analysis() const { return m_analysis; }
    // Runs the analysis of the open model again (the statistics options in Preferences changed);
    // analysisReady when done. Nothing without a model.
    void reanalyze();
    // The analysis job running or last run (a canceled, finished future when none).
    QFuture<core::Result<core::ModelAnalysis>> analysisJob() const { return m_analyzing.future(); }

Q_SIGNALS:
    void modelOpened();
    void openFailed(const QString &path, const QString &message);
    void analysisReady();
    // The project at `projectPath` refers to a model that moved (`changed` false) or changed.
    void projectModelProblem(const QString &projectPath, const QString &message, bool changed);

private:
    void openModel(const QString &path);
    void checkProjectModel(const QString &modelPath);
    JobsModel *m_jobs;
    QFutureWatcher<core::Result<core::Project>> m_projectLoading;
    QFutureWatcher<core::Result<core::ProjectModelCheck>> m_projectChecking;
    std::optional<core::Project> m_pendingProject;
    QString m_pendingProjectPath;
    QString m_checkingModelPath;
    QFutureWatcher<core::Result<core::ModelPtr>> m_loading;
    QString m_loadingPath;
    core::ModelPtr m_model;
    core::ModelInfo m_summary;
    void startAnalysis();
    QFutureWatcher<core::Result<core::ModelAnalysis>> m_analyzing;
    std::shared_ptr<const core::ModelAnalysis> m_analysis;
    std::shared_ptr<core::AnalysisCache> m_cache = std::make_shared<core::AnalysisCache>();
};

} // namespace pare::ui
