// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "preferencesdialog.h"

#include "jobs/jobrunner.h"
#include "jobs/jobsmodel.h"
#include "analysis/analysisjson.h"

#include <QFileInfo>

namespace pare::ui {

Session::Session(JobsModel *jobs, QObject *parent) : QObject(parent), m_jobs(jobs)
{
    connect(&m_loading, &QFutureWatcherBase::finished, this, [this] {
        const auto result = core::jobResult(m_loading.future());
        if (result.isCanceled())
            return;
        if (!result.ok()) {
            Q_EMIT openFailed(m_loadingPath, result.error().message);
            return;
        }
        m_model = result.value();
        m_summary = core::describeModel(*m_model);
        m_analysis.reset();
        // A project brings the whole-model analysis along: no need to compute it again.
        std::shared_ptr<const core::ModelAnalysis> saved;
        if (m_pendingProject && !m_pendingProject->analysis.isEmpty()) {
            auto a = core::modelAnalysisFromJson(m_pendingProject->analysis);
            if (a.ok() && a->tensors.size() == m_model->tensors.size())
                saved = std::make_shared<const core::ModelAnalysis>(std::move(a).value());
        }
        Q_EMIT modelOpened();
        if (saved) {
            core::abandonJob(m_analyzing); // the project brought the analysis along
            m_analysis = saved;
            Q_EMIT analysisReady();
        } else {
            startAnalysis();
        }
    });
    connect(&m_projectLoading, &QFutureWatcherBase::finished, this, [this] {
        const auto result = core::jobResult(m_projectLoading.future());
        if (result.isCanceled())
            return;
        if (!result.ok()) {
            if (result.error().code == core::ErrorCode::NotAProject) {
                const QString path = m_pendingProjectPath;
                m_pendingProjectPath.clear();
                openModel(path); // an HDF5 model (Keras, Pare's model file)
                return;
            }
            Q_EMIT openFailed(m_pendingProjectPath, result.error().message);
            m_pendingProjectPath.clear();
            return;
        }
        m_pendingProject = result.value();
        checkProjectModel(m_pendingProject->model.path);
    });
    connect(&m_projectChecking, &QFutureWatcherBase::finished, this, [this] {
        const auto result = core::jobResult(m_projectChecking.future());
        if (result.isCanceled() || !m_pendingProject)
            return;
        if (!result.ok()) {
            Q_EMIT openFailed(m_checkingModelPath, result.error().message);
            return;
        }
        if (result->state != core::ProjectModelState::Ok) {
            Q_EMIT projectModelProblem(m_pendingProjectPath, result->message,
                                       result->state == core::ProjectModelState::Changed);
            return;
        }
        relocateProjectModel(m_checkingModelPath, true);
    });
    connect(&m_analyzing, &QFutureWatcherBase::finished, this, [this] {
        auto result = core::jobResult(m_analyzing.future());
        if (!result.ok())
            return; // canceled, or a failure already shown in the Jobs dock
        m_analysis = std::make_shared<const core::ModelAnalysis>(std::move(result).value());
        Q_EMIT analysisReady();
    });
}

// The jobs below own what they touch (the model, the cache, their options), so a job that is
// replaced is canceled and left to stop on the pool: the GUI thread never waits for it. Setting a
// new future on a watcher drops the old one's pending signals.
void Session::startAnalysis()
{
    core::cancelUnfinished(m_analyzing);
    core::AnalysisOptions options;
    options.stats = preferredStatsOptions();
    options.cache = m_cache.get();
    auto model = m_model;
    auto cache = m_cache; // kept alive by the job
    auto future = core::runJob([model, options, cache](core::JobContext &ctx) {
        return core::analyzeModel(*model, options, ctx);
    });
    m_jobs->track(tr("Analyze %1").arg(QFileInfo(m_summary.path).fileName()), future);
    m_analyzing.setFuture(future);
}

void Session::reanalyze()
{
    if (m_model)
        startAnalysis();
}

Session::~Session()
{
    m_loading.cancel();
    m_analyzing.cancel();
    m_projectLoading.cancel();
    m_projectChecking.cancel();
    m_loading.waitForFinished();
    m_analyzing.waitForFinished();
    m_projectLoading.waitForFinished();
    m_projectChecking.waitForFinished();
}

void Session::open(const QString &path)
{
    core::cancelUnfinished(m_projectLoading);
    core::cancelUnfinished(m_projectChecking);
    m_pendingProject.reset();
    m_pendingProjectPath.clear();
    if (!core::looksLikeHdf5(path)) {
        openModel(path);
        return;
    }
    // Perhaps a project: read it (in a child process where possible), then check its model.
    m_pendingProjectPath = path;
    auto future = core::runJob([path](core::JobContext &ctx) -> core::Result<core::Project> {
        ctx.setProgress(0.0, Session::tr("Reading %1").arg(path));
        return core::loadProject(path);
    });
    m_jobs->track(tr("Open %1").arg(QFileInfo(path).fileName()), future);
    m_projectLoading.setFuture(future);
}

void Session::checkProjectModel(const QString &modelPath)
{
    m_checkingModelPath = modelPath;
    const core::ProjectModelRef ref = m_pendingProject->model;
    auto future = core::runJob([ref, modelPath](core::JobContext &ctx) {
        return core::checkProjectModel(ref, modelPath, ctx);
    });
    m_jobs->track(tr("Check %1").arg(QFileInfo(modelPath).fileName()), future);
    m_projectChecking.setFuture(future);
}

void Session::relocateProjectModel(const QString &modelPath, bool force)
{
    if (!m_pendingProject)
        return;
    if (!force) {
        checkProjectModel(modelPath);
        return;
    }
    // The project keeps its saved model path: the window compares it with the model opened.
    openModel(modelPath);
}

void Session::openModel(const QString &path)
{
    core::cancelUnfinished(m_loading); // a load still running is replaced, not waited for
    m_loadingPath = path;
    auto future = core::openModelAsync(path);
    m_jobs->track(tr("Open %1").arg(QFileInfo(path).fileName()), future);
    m_loading.setFuture(future);
}

bool Session::isLoading() const
{
    return m_loading.isRunning();
}

} // namespace pare::ui
