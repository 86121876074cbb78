// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's project handling: saving and opening .pare projects, the unsaved-work prompt,
// autosave and crash recovery.
#include "mainwindow.h"

#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "jobs/jobrunner.h"
#include "jobs/jobsmodel.h"
#include "model/modelpanel.h"
#include "recovery.h"
#include "session.h"
#include "solve/solvepanel.h"

#include "analysis/analysisjson.h"
#include "compress/recipe.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace pare::ui {

namespace {
// Identifies the state of a model's files cheaply: path, total size and newest modification.
QString modelFilesKey(const QString &path)
{
    const QFileInfo info(path);
    QDateTime newest = info.lastModified();
    if (info.isDir()) {
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            newest = std::max(newest, it.fileInfo().lastModified());
        }
    }
    return QStringLiteral("%1|%2|%3").arg(info.absoluteFilePath(), QString::number(core::modelFilesSize(path)),
                                          QString::number(newest.toMSecsSinceEpoch()));
}

QJsonObject recipeJson(const core::Recipe &recipe)
{
    return QJsonDocument::fromJson(recipe.toJson()).object();
}

// Saved figures fit the open model when they cover the same layers.
bool figuresFit(const core::Variant &v, const core::Model &model)
{
    if (v.layers.size() != model.layers.size())
        return false;
    for (std::size_t i = 0; i < v.layers.size(); ++i) {
        if (v.layers[i].name != model.layers[i].name)
            return false;
    }
    return true;
}

struct SaveOutcome
{
    QString hashKey;
    QString sha256;
};
} // namespace

QString MainWindow::cachedModelHash() const
{
    const auto &model = m_session->model();
    if (!model || m_hashKey.isEmpty() || m_hashKey != modelFilesKey(model->path))
        return {};
    return m_hash;
}

core::Project MainWindow::currentProject() const
{
    core::Project p;
    const auto &model = m_session->model();
    if (!model)
        return p;
    p.name = m_projectPath.isEmpty() ? QString() : QFileInfo(m_projectPath).completeBaseName();
    p.model.path = QFileInfo(model->path).absoluteFilePath();
    p.model.format = m_session->summary().format;
    p.model.size = core::modelFilesSize(model->path);
    p.model.sha256 = cachedModelHash();
    p.recipe = recipeJson(m_compression->recipe());
    p.calibrationPath = m_compression->calibrationPath();
    for (const VariantEntry &e : m_compare->variants()) {
        if (!e.measured)
            continue;
        core::ProjectVariant v;
        v.name = e.name;
        v.shown = e.shown;
        v.recipe = recipeJson(e.recipe);
        v.measured = *e.measured;
        v.measured.summary.name = e.name;
        p.variants.push_back(std::move(v));
    }
    p.ui.selectedLayer = m_selectedLayer;
    if (m_selectedLayer >= 0 && m_selectedLayer < int(model->layers.size()))
        p.ui.selectedLayerName = model->layers[std::size_t(m_selectedLayer)].name;
    p.ui.compareMetric = int(m_compare->metric());
    if (const auto *solve = findChild<SolvePanel *>())
        p.sensitivity = solve->sensitivityJson();
    return p;
}

void MainWindow::saveProjectTo(const QString &path)
{
    if (!m_session->model())
        return;
    core::Project project = currentProject();
    if (project.name.isEmpty() || path != m_projectPath)
        project.name = QFileInfo(path).completeBaseName();
    const auto analysis = m_session->analysis();
    const QString modelPath = m_session->model()->path;
    const QString key = modelFilesKey(modelPath);
    auto future = core::runJob([project, analysis, modelPath, key, path](core::JobContext &ctx) -> core::Result<SaveOutcome> {
        core::Project p = project;
        if (p.model.sha256.isEmpty()) {
            ctx.setProgress(0.0, MainWindow::tr("Hashing %1").arg(modelPath));
            auto hash = core::hashModelFiles(modelPath, ctx);
            if (!hash.ok())
                return hash.error();
            p.model.sha256 = hash.value();
        }
        if (analysis)
            p.analysis = core::toJson(*analysis);
        ctx.setProgress(0.9, MainWindow::tr("Writing %1").arg(path));
        if (auto w = core::saveProject(p, path); !w.ok())
            return w.error();
        return SaveOutcome{key, p.model.sha256};
    });
    const bool autosaving = path == recoveryPath();
    if (!autosaving)
        m_jobs->track(tr("Save %1").arg(QFileInfo(path).fileName()), future);
    auto *watcher = new QFutureWatcher<core::Result<SaveOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, autosaving] {
        const auto r = core::jobResult(watcher->future());
        watcher->deleteLater();
        if (autosaving)
            m_autosaving = false;
        if (!r.ok()) {
            if (!r.isCanceled())
                Q_EMIT projectSaveFailed(path, r.error().message);
            return;
        }
        m_hashKey = r->hashKey;
        m_hash = r->sha256;
        if (autosaving) {
            Q_EMIT autosaved(path);
            return;
        }
        m_projectPath = path;
        m_variantsModified = false;
        m_undo->setClean();
        setWindowModified(false);
        updateTitle();
        addRecentFile(path);
        QFile::remove(recoveryPath()); // saved: nothing to recover
        statusBar()->showMessage(tr("Project saved to %1").arg(path), 5000);
        Q_EMIT projectSaved(path);
    });
    watcher->setFuture(future);
}

bool MainWindow::saveProjectAndWait(const QString &path)
{
    if (!m_session->model())
        return false;
    QEventLoop loop;
    bool ok = false;
    auto c1 = connect(this, &MainWindow::projectSaved, &loop, [&](const QString &p) {
        if (p == path) {
            ok = true;
            loop.quit();
        }
    });
    auto c2 = connect(this, &MainWindow::projectSaveFailed, &loop, [&](const QString &p, const QString &message) {
        if (p != path)
            return;
        QMessageBox::warning(this, tr("Could Not Save Project"),
                             tr("%1\n\nChoose another folder or file name.").arg(message));
        loop.quit();
    });
    saveProjectTo(path);
    loop.exec();
    disconnect(c1);
    disconnect(c2);
    return ok;
}

bool MainWindow::saveProject()
{
    if (m_projectPath.isEmpty())
        return saveProjectAs();
    return saveProjectAndWait(m_projectPath);
}

bool MainWindow::saveProjectAs()
{
    if (!m_session->model())
        return false;
    const QString suggested = m_projectPath.isEmpty()
                                  ? QFileInfo(m_session->model()->path).completeBaseName() + QStringLiteral(".pare")
                                  : m_projectPath;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), suggested, tr("Pare projects (*.pare)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pare");
    return saveProjectAndWait(path);
}

QMessageBox::StandardButton MainWindow::ask(QMessageBox::Icon icon, const QString &objectName, const QString &title,
                                            const QString &text, const QString &informative,
                                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton fallback)
{
    if (m_promptHook)
        return m_promptHook(objectName);
    QMessageBox box(icon, title, text, buttons, this);
    box.setObjectName(objectName);
    box.setInformativeText(informative);
    box.setDefaultButton(fallback);
    if (buttons.testFlag(QMessageBox::Open))
        box.button(QMessageBox::Open)->setText(tr("Locate…"));
    if (buttons.testFlag(QMessageBox::Ignore))
        box.button(QMessageBox::Ignore)->setText(tr("Open Anyway"));
    const int answer = box.exec();
    return QMessageBox::StandardButton(answer);
}

bool MainWindow::maybeSave()
{
    if (!isWindowModified() || !m_session->model())
        return true;
    const auto answer = ask(QMessageBox::Warning, QStringLiteral("unsavedBox"), tr("Unsaved Changes"),
                            tr("The project has unsaved changes."),
                            tr("Save them before going on? Discarded variants must be computed again."),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveProject();
    return answer == QMessageBox::Discard;
}

void MainWindow::markModified()
{
    if (m_applying || !m_session->model())
        return;
    setWindowModified(m_variantsModified || !m_undo->isClean());
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString name;
    if (!m_projectPath.isEmpty())
        name = QFileInfo(m_projectPath).completeBaseName();
    else if (m_session->model())
        name = tr("%1 (no project)").arg(QFileInfo(m_session->summary().path).fileName());
    setWindowTitle(name.isEmpty() ? tr("Pare") : tr("%1[*] — Pare").arg(name));
}

void MainWindow::applyProject(const core::Project &project, const QString &path)
{
    const auto &model = m_session->model();
    m_applying = true;
    if (auto recipe = core::Recipe::fromJson(QJsonDocument(project.recipe).toJson(), path); recipe.ok())
        m_compression->setRecipe(recipe.value(), false);
    m_compression->setCalibrationPath(project.calibrationPath);
    QStringList skipped;
    for (const core::ProjectVariant &v : project.variants) {
        auto recipe = core::Recipe::fromJson(QJsonDocument(v.recipe).toJson(), path);
        if (!recipe.ok() || !v.measured.variant || !figuresFit(*v.measured.variant, *model)) {
            skipped << v.name;
            continue;
        }
        auto measured = std::make_shared<core::MeasuredVariant>(v.measured);
        measured->summary.name = v.name;
        m_compare->addVariant(measured, recipe.value());
        if (!v.shown)
            m_compare->setShown(int(m_compare->variants().size()) - 1, false);
    }
    if (project.ui.compareMetric >= 0 && project.ui.compareMetric <= int(ComparePanel::Metric::Error))
        m_compare->setMetric(ComparePanel::Metric(project.ui.compareMetric));
    const int layer = project.ui.selectedLayer;
    if (layer >= 0 && layer < int(model->layers.size())
        && (project.ui.selectedLayerName.isEmpty() || model->layers[std::size_t(layer)].name == project.ui.selectedLayerName))
        m_modelPanel->selectLayer(layer);
    m_undo->clear();
    m_applying = false;
    const bool recovered = recovery::isRecoveryFile(path);
    m_hashKey.clear(); // hashed again on the next save (the user may have opened a changed model)
    m_projectPath = recovered ? QString() : path;
    // A recovered session, or one whose model was located elsewhere, is not saved as it stands.
    m_undo->setClean();
    m_variantsModified = recovered || QFileInfo(project.model.path).absoluteFilePath() != QFileInfo(model->path).absoluteFilePath();
    setWindowModified(m_variantsModified);
    updateTitle();
    if (!skipped.isEmpty())
        statusBar()->showMessage(tr("Variants left out because they do not fit this model: %1").arg(skipped.join(QStringLiteral(", "))), 15000);
    else
        statusBar()->showMessage(recovered ? tr("Recovered the unsaved session") : tr("Opened project %1").arg(path), 5000);
    Q_EMIT projectRestored(path);
}

QString MainWindow::recoveryPath()
{
    return recovery::ownPath();
}

bool MainWindow::recoveryAvailable()
{
    return !recovery::orphans().isEmpty();
}

void MainWindow::markSessionRunning()
{
    recovery::claimInstance();
}

bool MainWindow::offerRecovery()
{
    // Newest first; a discarded one is deleted and the next is offered, a restored one ends it
    // (any others are offered at the next start).
    for (const QString &orphan : recovery::orphans()) {
        const auto answer = ask(QMessageBox::Question, QStringLiteral("recoveryBox"), tr("Restore Unsaved Work?"),
                                tr("A Pare session did not shut down cleanly."),
                                tr("An autosaved session from %1 is available. Restore it?")
                                    .arg(QLocale().toString(QFileInfo(orphan).lastModified(), QLocale::ShortFormat)),
                                QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            recovery::discard(orphan);
            continue;
        }
        // Ours from now on: another Pare starting meanwhile does not offer it as well.
        const QString own = recovery::adopt(orphan);
        if (own.isEmpty()) {
            statusBar()->showMessage(tr("Could not take over the autosaved session %1").arg(orphan), 10000);
            return false;
        }
        m_session->open(own);
        return true;
    }
    return false;
}

void MainWindow::autosave()
{
    if (!m_session->model() || m_autosaving)
        return;
    const QString path = recoveryPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_autosaving = true;
    saveProjectTo(path);
}

} // namespace pare::ui
