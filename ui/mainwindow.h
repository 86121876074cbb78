// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/project.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStringList>

#include <functional>

class QDockWidget;
class QTimer;
class QLabel;
class QMenu;
class QProgressBar;
class QUndoStack;

namespace pare::ui {

class JobsModel;
class JobsPanel;
class ModelPanel;
class InspectorPanel;
class CompressionPanel;
class ComparePanel;
class Session;

// Wires docks and actions; the work lives in the dock widgets and core services.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Dock { Model, Inspector, Compression, Compare, Jobs };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QDockWidget *dock(Dock which) const;
    JobsModel *jobs() const { return m_jobs; }
    QUndoStack *undoStack() const { return m_undo; }
    Session *session() const { return m_session; }
    ModelPanel *modelPanel() const { return m_modelPanel; }
    InspectorPanel *inspectorPanel() const { return m_inspector; }
    CompressionPanel *compressionPanel() const { return m_compression; }
    ComparePanel *comparePanel() const { return m_compare; }
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);

    // Replaces a dock's placeholder with the real panel (later features plug in here).
    void setDockWidget(Dock which, QWidget *widget);

    // Projects. The path of the open project (empty: none, or not saved yet).
    const QString &projectPath() const { return m_projectPath; }
    // The session as a project (model hash from the cache, analysis not yet serialized).
    core::Project currentProject() const;
    // Saves as a job; projectSaved or projectSaveFailed follows.
    void saveProjectTo(const QString &path);
    // Saves and waits (the event loop keeps running); false on failure.
    bool saveProjectAndWait(const QString &path);
    // Save / Save As from the menu; false when the user canceled or saving failed.
    bool saveProject();
    bool saveProjectAs();
    // Asks Save / Discard / Cancel when there is unsaved work; true to go on.
    bool maybeSave();

    // Crash recovery (recovery.h): each running instance autosaves to its own file under the app
    // data folder; the autosave of an instance that is gone without a clean exit is offered on
    // the next start.
    static QString recoveryPath();    // this instance's autosave
    static bool recoveryAvailable();  // an orphaned autosave is there
    static void markSessionRunning(); // call once at start-up, after offerRecovery()
    bool offerRecovery();             // asks, newest first; true if a restore was started
    void autosave();                  // as a job; autosaved follows

    // Tests answer the window's questions here instead of a modal box. The hook gets the box's
    // object name ("unsavedBox", "recoveryBox", "modelMissingBox") and returns the button.
    using PromptHook = std::function<QMessageBox::StandardButton(const QString &box)>;
    void setPromptHook(PromptHook hook) { m_promptHook = std::move(hook); }
    // Tests: the answer to "locate the model" (empty: cancel) instead of a file dialog.
    using LocateHook = std::function<QString()>;
    void setLocateHook(LocateHook hook) { m_locateHook = std::move(hook); }

public Q_SLOTS:
    void openFile(const QString &path);
    // Writes the Compare dock's shown variants as a report (format from the extension), as a job.
    void exportReport(const QString &path);
    void showAbout();

Q_SIGNALS:
    void openRequested(const QString &path);
    void reportExported(const QString &path);
    void projectSaved(const QString &path);
    void projectSaveFailed(const QString &path, const QString &message);
    // A project's state has been applied to the docks after its model opened.
    void projectRestored(const QString &path);
    void autosaved(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void rebuildRecentMenu();
    void updateStatus();
    void restoreLayout();
    void saveLayout();
    void applyProject(const core::Project &project, const QString &path);
    void markModified();
    void updateTitle();
    QString cachedModelHash() const;
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &objectName, const QString &title,
                                    const QString &text, const QString &informative,
                                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton fallback);

    JobsModel *m_jobs;
    QUndoStack *m_undo;
    Session *m_session;
    ModelPanel *m_modelPanel = nullptr;
    InspectorPanel *m_inspector = nullptr;
    CompressionPanel *m_compression = nullptr;
    ComparePanel *m_compare = nullptr;
    QDockWidget *m_docks[5] = {};
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportAction = nullptr;
    QLabel *m_statusJob = nullptr;
    QProgressBar *m_statusProgress = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QString m_projectPath;
    int m_selectedLayer = -1;
    bool m_applying = false;
    bool m_variantsModified = false; // Compare dock or calibration text changed since save/open
    QTimer *m_autosaveTimer = nullptr;
    QTimer *m_statusTimer = nullptr; // coalesces the jobs' changes into one status update
    bool m_autosaving = false;
    // SHA-256 of the open model's files, keyed by path, total size and newest modification time.
    QString m_hashKey;
    QString m_hash;
    PromptHook m_promptHook;
    LocateHook m_locateHook;
};

} // namespace pare::ui
