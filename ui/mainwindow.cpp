// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "jobs/jobsdock.h"
#include "jobs/jobsmodel.h"
#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "export/exportmenu.h"
#include "inspector/inspectorpanel.h"
#include "model/layertablemodel.h"
#include "model/modelpanel.h"
#include "jobs/jobrunner.h"
#include "preferencesdialog.h"
#include "reportwriter.h"
#include "session.h"
#include "solve/solvepanel.h"

#include "analysis/analysisjson.h"
#include "common/paths.h"
#include "compress/recipe.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QMimeData>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace pare::ui {

namespace {
constexpr int kMaxRecent = 10;
constexpr int kAutosaveMs = 3 * 60 * 1000;
const char *const kCleanExitKey = "session/cleanExit";
const char *const kRecentKey = "recentFiles";

QLabel *placeholder(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    label->setMargin(12);
    return label;
}
// The platform's key for a standard action, or a fallback where the platform defines none.
QKeySequence standardKey(QKeySequence::StandardKey key, const QString &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QKeySequence(fallback) : keys.constFirst();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_jobs(new JobsModel(this)), m_undo(new QUndoStack(this)),
      m_session(new Session(m_jobs, this))
{
    // Background jobs yield the CPU to the event loop on a busy machine (tst_responsiveness).
    core::setWorkerNiceness(5);
    setAcceptDrops(true);
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Pare"));
    setDockNestingEnabled(true);
    setCentralWidget(nullptr);
    createDocks();
    createActions();

    m_statusJob = new QLabel(this);
    m_statusProgress = new QProgressBar(this);
    m_statusProgress->setRange(0, 1000);
    m_statusProgress->setMaximumWidth(160);
    m_statusProgress->setVisible(false);
    // Keep its room while hidden: a status bar that grows when a job starts resizes every dock,
    // and repainting all the charts at once stalled the event loop at the start of each job.
    QSizePolicy keep = m_statusProgress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_statusProgress->setSizePolicy(keep);
    statusBar()->addPermanentWidget(m_statusJob);
    statusBar()->addPermanentWidget(m_statusProgress);
    statusBar()->showMessage(tr("Open a model with File > Open, or drop a file on the window."));
    connect(m_jobs, &JobsModel::activeJobChanged, this, &MainWindow::updateStatus);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);

    connect(m_modelPanel, &ModelPanel::layerSelected, m_inspector, &InspectorPanel::showLayer);
    connect(m_modelPanel, &ModelPanel::layerSelected, m_compression, &CompressionPanel::setSelectedLayer);
    connect(m_compression, &CompressionPanel::planDescriptionsChanged, m_modelPanel->layers(),
            &LayerTableModel::setPlanDescriptions);
    connect(m_compression, &CompressionPanel::variantComputed, m_compare, &ComparePanel::addVariant);
    connect(m_compression, &CompressionPanel::variantComputed, this, [this] {
        dock(Dock::Compare)->raise();
    });
    connect(m_compression, &CompressionPanel::recipeError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_compare, &ComparePanel::layerClicked, m_modelPanel, &ModelPanel::selectLayer);
    connect(m_compare, &ComparePanel::variantsChanged, this,
            [this] { m_exportAction->setEnabled(!m_compare->measuredVariants().empty()); });
    connect(m_session, &Session::analysisReady, this, [this] {
        m_inspector->setAnalysis(m_session->analysis());
        m_modelPanel->setAnalysis(m_session->model(), m_session->analysis());
    });
    connect(m_modelPanel, &ModelPanel::layerSelected, m_compare, &ComparePanel::setSelectedLayer);
    connect(m_compression, &CompressionPanel::plansChanged, this,
            [this] { m_inspector->setPlans(m_compression->plans()); });
    connect(m_session, &Session::modelOpened, this, [this] {
        m_modelPanel->setSummary(m_session->summary());
        m_inspector->setModel(m_session->model());
        m_compression->setModel(m_session->model());
        m_compare->setModel(m_session->model());
        m_undo->clear();
        m_modelPanel->selectFirstWeightLayer();
        setWindowFilePath(m_session->summary().path);
        m_saveAction->setEnabled(true);
        m_saveAsAction->setEnabled(true);
        if (auto project = m_session->takePendingProject()) {
            applyProject(*project, m_session->pendingProjectPath());
        } else {
            m_projectPath.clear();
            m_variantsModified = false;
            m_undo->setClean();
            setWindowModified(false);
            updateTitle();
        }
        statusBar()->showMessage(tr("Opened %1").arg(m_session->summary().path), 5000);
    });
    connect(m_session, &Session::openFailed, this, [this](const QString &path, const QString &message) {
        statusBar()->showMessage(tr("Could not open %1").arg(path), 10000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Open Model"),
                                    tr("Pare could not open %1.").arg(QFileInfo(path).fileName()),
                                    QMessageBox::Ok, this);
        box->setInformativeText(tr("%1\n\nCheck that the file is a complete safetensors, ONNX, "
                                   "Keras HDF5, GGUF or NumPy file, or a Hugging Face model folder.")
                                    .arg(message));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->open();
    });

    // Projects: what counts as unsaved work, the title, autosave.
    connect(m_modelPanel, &ModelPanel::layerSelected, this, [this](int layer) { m_selectedLayer = layer; });
    // Recipe edits are unsaved until the undo stack is back where it was saved; variant changes
    // are unsaved until the next save.
    connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::markModified);
    connect(m_compare, &ComparePanel::variantsChanged, this, [this] {
        if (!m_applying && m_session->model())
            m_variantsModified = true;
        markModified();
    });
    connect(m_compression, &CompressionPanel::variantComputed, this, [this] { autosave(); });
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setInterval(kAutosaveMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (isWindowModified())
            autosave();
    });
    m_autosaveTimer->start();
    connect(m_session, &Session::projectModelProblem, this,
            [this](const QString &projectPath, const QString &message, bool changed) {
        const QString project = QFileInfo(projectPath).fileName();
        const auto answer = ask(QMessageBox::Warning, QStringLiteral("modelMissingBox"),
                                changed ? tr("Model Has Changed") : tr("Model Not Found"),
                                changed ? tr("The model of %1 has changed since the project was saved.").arg(project)
                                        : tr("The model of %1 is not where it was.").arg(project),
                                changed ? tr("%1\n\nLocate the original model, or open the changed model anyway "
                                             "(the saved figures may no longer match it).").arg(message)
                                        : tr("%1\n\nLocate the model file or folder to open the project.").arg(message),
                                changed ? QMessageBox::Open | QMessageBox::Ignore | QMessageBox::Cancel
                                        : QMessageBox::Open | QMessageBox::Cancel,
                                QMessageBox::Cancel);
        if (answer == QMessageBox::Ignore && m_session->pendingProject()) {
            m_session->relocateProjectModel(m_session->pendingProject()->model.path, true);
        } else if (answer == QMessageBox::Open) {
            QString located = m_locateHook
                                  ? m_locateHook()
                                  : QFileDialog::getOpenFileName(this, tr("Locate Model"), {},
                                                                 tr("Models (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz "
                                                                    "*.npy *.pare config.json);;All files (*)"));
            if (!located.isEmpty() && QFileInfo(located).fileName() == QLatin1String("config.json"))
                located = QFileInfo(located).absolutePath(); // a Hugging Face model folder
            if (!located.isEmpty())
                m_session->relocateProjectModel(located);
            else
                statusBar()->showMessage(tr("Project not opened: its model was not located."), 10000);
        } else {
            statusBar()->showMessage(tr("Project not opened."), 5000);
        }
    });

    updateTitle();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // QWidget's destructor deletes the children after this object has stopped being a
    // MainWindow, and some of them still signal on the way out (QUndoStack emits cleanChanged):
    // none of that may reach a slot of this window.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void MainWindow::createDocks()
{
    struct Spec
    {
        Dock which;
        QString title;
        const char *objectName;
        QString hint;
        Qt::DockWidgetArea area;
    };
    const Spec specs[] = {
        {Dock::Model, tr("Model"), "ModelDock", tr("No model open.\nFile > Open… or drop a model file here."),
         Qt::LeftDockWidgetArea},
        {Dock::Inspector, tr("Inspector"), "InspectorDock",
         tr("Select a layer to see its weight distribution, channel ranges and spectrum."),
         Qt::RightDockWidgetArea},
        {Dock::Compression, tr("Compression"), "CompressionDock",
         tr("Pruning, quantization and low-rank settings appear here once a model is open."),
         Qt::RightDockWidgetArea},
        {Dock::Compare, tr("Compare"), "CompareDock",
         tr("Computed variants are compared with the original here."), Qt::BottomDockWidgetArea},
        {Dock::Jobs, tr("Jobs"), "JobsDock", {}, Qt::BottomDockWidgetArea},
    };
    for (const Spec &s : specs) {
        auto *dock = new QDockWidget(s.title, this);
        dock->setObjectName(QLatin1String(s.objectName));
        QWidget *content = nullptr;
        if (s.which == Dock::Jobs) {
            content = new JobsPanel(m_jobs, dock);
        } else if (s.which == Dock::Model) {
            m_modelPanel = new ModelPanel(dock);
            content = m_modelPanel;
        } else if (s.which == Dock::Inspector) {
            m_inspector = new InspectorPanel(m_jobs, dock);
            content = m_inspector;
        } else if (s.which == Dock::Compression) {
            m_compression = new CompressionPanel(m_jobs, m_undo, dock);
            content = m_compression;
        } else if (s.which == Dock::Compare) {
            m_compare = new ComparePanel(dock);
            content = m_compare;
        } else {
            content = placeholder(s.hint, dock);
        }
        dock->setWidget(content);
        addDockWidget(s.area, dock);
        m_docks[int(s.which)] = dock;
    }
    splitDockWidget(dock(Dock::Inspector), dock(Dock::Compression), Qt::Horizontal);
    tabifyDockWidget(dock(Dock::Compare), dock(Dock::Jobs));
    // The Budget dock (issue #11): a solver plan clicked on its front becomes a recipe and a variant.
    auto *budgetDock = new QDockWidget(tr("Budget"), this);
    budgetDock->setObjectName(QStringLiteral("BudgetDock"));
    auto *solvePanel = new SolvePanel(m_jobs, budgetDock);
    budgetDock->setWidget(solvePanel);
    addDockWidget(Qt::RightDockWidgetArea, budgetDock);
    tabifyDockWidget(dock(Dock::Compression), budgetDock);
    dock(Dock::Compression)->raise();
    connect(m_session, &Session::modelOpened, solvePanel, [this, solvePanel] { solvePanel->setModel(m_session->model()); });
    connect(solvePanel, &SolvePanel::planChosen, this, [this](const core::Recipe &recipe, const QString &name) {
        m_compression->setRecipe(recipe, true, name);
        m_compression->computeVariant();
    });
    dock(Dock::Compare)->raise();
    resizeDocks({dock(Dock::Model), dock(Dock::Inspector), dock(Dock::Compression)}, {440, 480, 360},
                Qt::Horizontal);
    resizeDocks({dock(Dock::Model), dock(Dock::Compare)}, {560, 200}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Model or Project"), {},
            tr("Models and projects (*.safetensors *.onnx *.h5 *.keras *.gguf *.npz *.npy *.pare);;"
               "Pare projects (*.pare);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(standardKey(QKeySequence::Open, QStringLiteral("Ctrl+O")));
    open->setObjectName(QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    rebuildRecentMenu();
    QMenu *demos = file->addMenu(tr("Open &Demo"));
    demos->setObjectName(QStringLiteral("menuDemo"));
    const struct
    {
        QString title;
        const char *path;
    } demoModels[] = {
        {tr("Language model (GPT-2, King James Bible)"), "kjv-gpt2"},
        {tr("Image classifier (CNN, Fashion-MNIST, ONNX)"), "fashion-cnn/fashion_cnn.onnx"},
        {tr("Image classifier (CNN, Fashion-MNIST, Keras)"), "fashion-cnn/fashion_cnn.h5"},
    };
    for (const auto &demo : demoModels) {
        const QString path = core::demoDir() + QLatin1Char('/') + QLatin1String(demo.path);
        QAction *a = demos->addAction(demo.title, this, [this, path] { openFile(path); });
        a->setEnabled(!core::demoDir().isEmpty() && QFileInfo::exists(path));
        a->setStatusTip(path);
    }
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save Project"), this, [this] { saveProject(); });
    save->setShortcut(standardKey(QKeySequence::Save, QStringLiteral("Ctrl+S")));
    save->setObjectName(QStringLiteral("actionSaveProject"));
    save->setToolTip(tr("Save the model reference, recipe and computed variants as a .pare project."));
    save->setEnabled(false);
    m_saveAction = save;
    QAction *saveAs = file->addAction(tr("Save Project &As…"), this, [this] { saveProjectAs(); });
    saveAs->setShortcut(standardKey(QKeySequence::SaveAs, QStringLiteral("Ctrl+Shift+S")));
    saveAs->setObjectName(QStringLiteral("actionSaveProjectAs"));
    saveAs->setEnabled(false);
    m_saveAsAction = saveAs;
    QAction *exportAction = file->addAction(tr("&Export Report…"));
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setToolTip(tr("Write the comparison of the shown variants as HTML, PDF, CSV, JSON or Markdown."));
    exportAction->setEnabled(false);
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Report"), tr("report.html"),
            tr("HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)"));
        if (!path.isEmpty())
            exportReport(path); // the dialog has asked before replacing a file
    });
    m_exportAction = exportAction;
    file->addMenu(new ExportMenu(this));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(standardKey(QKeySequence::Quit, QStringLiteral("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *prefs = new QAction(tr("&Preferences…"), this);
    prefs->setObjectName(QStringLiteral("actionPreferences"));
    prefs->setMenuRole(QAction::PreferencesRole);
    prefs->setShortcut(standardKey(QKeySequence::Preferences, QStringLiteral("Ctrl+,")));
    connect(prefs, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(standardKey(QKeySequence::Undo, QStringLiteral("Ctrl+Z")));
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(standardKey(QKeySequence::Redo, QStringLiteral("Ctrl+Shift+Z")));
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(prefs);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    int key = 1;
    for (QDockWidget *d : m_docks) {
        QAction *toggle = d->toggleViewAction();
        toggle->setShortcut(QKeySequence(tr("Alt+%1").arg(key++)));
        view->addAction(toggle);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Pare"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setShortcut(standardKey(QKeySequence::HelpContents, QStringLiteral("F1")));
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QDockWidget *MainWindow::dock(Dock which) const
{
    return m_docks[int(which)];
}

void MainWindow::setDockWidget(Dock which, QWidget *widget)
{
    QDockWidget *d = dock(which);
    QWidget *old = d->widget();
    d->setWidget(widget);
    delete old;
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString abs = QFileInfo(path).absoluteFilePath();
    files.removeAll(abs);
    files.prepend(abs);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(QLatin1String(kRecentKey));
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return;
    if (path != recoveryPath())
        addRecentFile(path);
    Q_EMIT openRequested(path);
    m_session->open(path);
}

void MainWindow::exportReport(const QString &path)
{
    auto model = m_session->model();
    const auto variants = m_compare->measuredVariants();
    if (!model || variants.empty())
        return;
    auto future = core::runJob([model, variants, path](core::JobContext &ctx) -> core::Result<QString> {
        auto study = core::studyFromMeasured(model, variants, core::StudyOptions{}, ctx);
        if (!study.ok())
            return study.error();
        if (auto w = report::writeReport(*study, path, true); !w.ok())
            return w.error();
        return path;
    });
    m_jobs->track(tr("Export report"), future);
    auto *watcher = new QFutureWatcher<core::Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto r = core::jobResult(watcher->future());
        watcher->deleteLater();
        if (r.ok()) {
            statusBar()->showMessage(tr("Report written to %1").arg(r.value()), 10000);
            Q_EMIT reportExported(r.value());
        } else if (!r.isCanceled()) {
            QMessageBox::warning(this, tr("Could Not Write Report"),
                                 tr("%1\n\nChoose another folder or file name.").arg(r.error().message));
        }
    });
    watcher->setFuture(future);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        openFile(urls.constFirst().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pare"),
                       tr("<h3>Pare %1</h3><p>A workbench for compressing neural-network models: "
                          "inspect, prune, quantize and factorize, then compare against the "
                          "original.</p><p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())));
}

void MainWindow::updateStatus()
{
    const int row = m_jobs->activeRow();
    if (row < 0) {
        m_statusJob->clear();
        m_statusProgress->setVisible(false);
        return;
    }
    const int running = m_jobs->runningCount();
    m_statusJob->setText(running > 1 ? tr("%1 (+%2 more)").arg(m_jobs->title(row)).arg(running - 1)
                                     : m_jobs->title(row));
    m_statusProgress->setValue(int(m_jobs->progress(row) * 1000.0));
    m_statusProgress->setVisible(true);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // A clean exit: nothing to recover next time.
    QFile::remove(recoveryPath());
    QSettings().setValue(QLatin1String(kCleanExitKey), true);
    saveLayout();
    m_jobs->cancelAll();
    event->accept();
}

// --- Projects ----------------------------------------------------------------------------

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
    return QStringLiteral("%1|%2|%3").arg(info.absoluteFilePath()).arg(core::modelFilesSize(path))
        .arg(newest.toMSecsSinceEpoch());
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
            ctx.setProgress(0.0, QStringLiteral("Hashing %1").arg(modelPath));
            auto hash = core::hashModelFiles(modelPath, ctx);
            if (!hash.ok())
                return hash.error();
            p.model.sha256 = hash.value();
        }
        if (analysis)
            p.analysis = core::toJson(*analysis);
        ctx.setProgress(0.9, QStringLiteral("Writing %1").arg(path));
        if (auto w = core::saveProject(p, path); !w.ok())
            return w.error();
        return SaveOutcome{key, p.model.sha256};
    });
    const bool recovery = path == recoveryPath();
    if (!recovery)
        m_jobs->track(tr("Save %1").arg(QFileInfo(path).fileName()), future);
    auto *watcher = new QFutureWatcher<core::Result<SaveOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, recovery] {
        const auto r = core::jobResult(watcher->future());
        watcher->deleteLater();
        if (recovery)
            m_autosaving = false;
        if (!r.ok()) {
            if (!r.isCanceled())
                Q_EMIT projectSaveFailed(path, r.error().message);
            return;
        }
        m_hashKey = r->hashKey;
        m_hash = r->sha256;
        if (recovery) {
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
    const bool recovered = path == recoveryPath();
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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery.pare");
}

bool MainWindow::recoveryAvailable()
{
    return QFileInfo::exists(recoveryPath()) && !QSettings().value(QLatin1String(kCleanExitKey), true).toBool();
}

void MainWindow::markSessionRunning()
{
    QSettings().setValue(QLatin1String(kCleanExitKey), false);
}

bool MainWindow::offerRecovery()
{
    if (!recoveryAvailable())
        return false;
    const QString path = recoveryPath();
    const auto answer = ask(QMessageBox::Question, QStringLiteral("recoveryBox"), tr("Restore Unsaved Work?"),
                            tr("Pare did not shut down cleanly last time."),
                            tr("An autosaved session from %1 is available. Restore it?")
                                .arg(QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat)),
                            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        QFile::remove(path);
        return false;
    }
    m_session->open(path);
    return true;
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
