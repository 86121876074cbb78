// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysiscache.h"
#include "analysis/modelanalysis.h"
#include "common/result.h"
#include "service/modelservice.h"
#include "service/modelinfo.h"

#include <QFutureWatcher>
#include <QObject>

namespace pare::ui {

class JobsModel;

// What the window is working on: the open model (and, with later features, plans and variants).
// Loads happen as jobs; the GUI thread only reacts to their results.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(JobsModel *jobs, QObject *parent = nullptr);
    ~Session() override;

    void open(const QString &path);
    bool isLoading() const;
    const core::ModelPtr &model() const { return m_model; }
    const core::ModelInfo &summary() const { return m_summary; }
    // The whole-model analysis, once its job has finished (null before).
    const std::shared_ptr<const core::ModelAnalysis> &analysis() const { return m_analysis; }

Q_SIGNALS:
    void modelOpened();
    void openFailed(const QString &path, const QString &message);
    void analysisReady();

private:
    JobsModel *m_jobs;
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
