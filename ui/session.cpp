// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "jobs/jobrunner.h"
#include "jobs/jobsmodel.h"

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
        Q_EMIT modelOpened();
        startAnalysis();
    });
    connect(&m_analyzing, &QFutureWatcherBase::finished, this, [this] {
        auto result = core::jobResult(m_analyzing.future());
        if (!result.ok())
            return; // canceled, or a failure already shown in the Jobs dock
        m_analysis = std::make_shared<const core::ModelAnalysis>(std::move(result).value());
        Q_EMIT analysisReady();
    });
}

void Session::startAnalysis()
{
    m_analyzing.cancel();
    m_analyzing.waitForFinished();
    core::AnalysisOptions options;
    options.cache = m_cache.get();
    auto model = m_model;
    auto cache = m_cache; // kept alive by the job
    auto future = core::runJob([model, options, cache](core::JobContext &ctx) {
        return core::analyzeModel(*model, options, ctx);
    });
    m_jobs->track(tr("Analyze %1").arg(QFileInfo(m_summary.path).fileName()), future);
    m_analyzing.setFuture(future);
}

Session::~Session()
{
    m_loading.cancel();
    m_analyzing.cancel();
    m_loading.waitForFinished();
    m_analyzing.waitForFinished();
}

void Session::open(const QString &path)
{
    if (m_loading.isRunning()) {
        m_loading.cancel();
        m_loading.waitForFinished();
    }
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
