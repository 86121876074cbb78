// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QStringList>

class QDockWidget;
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

public Q_SLOTS:
    void openFile(const QString &path);
    // Writes the Compare dock's shown variants as a report (format from the extension), as a job.
    void exportReport(const QString &path);
    void showAbout();

Q_SIGNALS:
    void openRequested(const QString &path);
    void reportExported(const QString &path);

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
};

} // namespace pare::ui
