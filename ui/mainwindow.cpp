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
#include "recovery.h"
#include "reportwriter.h"
#include "session.h"
#include "solve/solvepanel.h"

#include "common/paths.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QTimer>
#include <QMimeData>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
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
constexpr int kVariantAutosaveDelayMs = 250;
// The status bar's job and progress follow the jobs at most this often: a job's end sends several
// changes in one turn, and each progress change used to repaint the bar there and then.
constexpr int kStatusRefreshMs = 50;
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
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(kStatusRefreshMs);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    auto statusSoon = [this] {
        if (!m_statusTimer->isActive())
            m_statusTimer->start();
    };
    connect(m_jobs, &JobsModel::activeJobChanged, this, statusSoon);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, statusSoon);

    connect(m_modelPanel, &ModelPanel::layerSelected, m_inspector, &InspectorPanel::showLayer);
    connect(m_modelPanel, &ModelPanel::layerSelected, m_compression, &CompressionPanel::setSelectedLayer);
    connect(m_compression, &CompressionPanel::planDescriptionsChanged, m_modelPanel->layers(),
            &LayerTableModel::setPlanDescriptions);
    connect(m_compression, &CompressionPanel::variantComputed, m_compare, &ComparePanel::addVariant);
    connect(m_compression, &CompressionPanel::variantComputed, this, [this] {
        if (dock(Dock::Compare)->visibleRegion().isEmpty())
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
    // A new variant is saved for crash recovery soon, not in the same turn of the event loop
    // as the Compare charts that show it: the two together held the window up.
    connect(m_compression, &CompressionPanel::variantComputed, this,
            [this] { QTimer::singleShot(kVariantAutosaveDelayMs, this, [this] { autosave(); }); });
    connect(m_compression, &CompressionPanel::calibrationPathChanged, this, [this] {
        if (!m_applying && m_session->model())
            m_variantsModified = true; // saved with the project, outside the undo stack
        markModified();
    });
    connect(m_compression, &CompressionPanel::variantComputed, this,
            [this](std::shared_ptr<const core::MeasuredVariant> measured) {
        if (!measured || !measured->variant)
            return;
        if (const QStringList fallback = core::magnitudeFallbackLayers(*measured->variant); !fallback.isEmpty())
            statusBar()->showMessage(tr("%1: %2 pruned by magnitude, not activation-aware (no calibration data "
                                        "for them)").arg(measured->summary.name, fallback.join(QStringLiteral(", "))),
                                     15000);
    });
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
    connect(m_session, &Session::modelOpened, solvePanel, [this, solvePanel] {
        solvePanel->setModel(m_session->model());
        // Before the project is applied (and taken): a saved sweep needs no new sweep.
        if (const auto &project = m_session->pendingProject(); project && !project->sensitivity.isEmpty())
            if (auto r = solvePanel->restoreSensitivity(project->sensitivity); !r.ok())
                statusBar()->showMessage(r.error().message, 10000);
    });
    connect(solvePanel, &SolvePanel::sweepFinished, this, [this] {
        if (m_session->model())
            m_variantsModified = true; // the sweep is saved with the project, outside the undo stack
        markModified();
    });
    connect(solvePanel, &SolvePanel::planChosen, this, [this](const core::Recipe &recipe, const QString &name) {
        m_compression->setRecipe(recipe, true, name);
        m_compression->computeVariant();
    });
    dock(Dock::Compare)->raise();
    resizeDocks({dock(Dock::Model), dock(Dock::Inspector), dock(Dock::Compression)}, {440, 480, 360},
                Qt::Horizontal);
    // The Compare dock needs ~270 px at 1280×800: rotated layer names under the bars, an
    // unelided axis title on the scatter and a whole summary card.
    resizeDocks({dock(Dock::Model), dock(Dock::Compare)}, {470, 275}, Qt::Vertical);
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
        connect(dialog, &PreferencesDialog::statsOptionsChanged, m_session, &Session::reanalyze);
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
    if (!recovery::isRecoveryFile(path))
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
    // The Budget dock's sweep, when complete, adds the solver's front and "solver vs uniform".
    const auto *solve = findChild<SolvePanel *>();
    const QJsonObject sensitivity = solve ? solve->sensitivityJson() : QJsonObject{};
    const QString sweepName = tr("the Budget dock's sweep");
    auto future = core::runJob([model, variants, path, sensitivity, sweepName](core::JobContext &ctx) -> core::Result<QString> {
        auto study = core::studyFromMeasured(model, variants, core::StudyOptions{}, ctx);
        if (!study.ok())
            return study.error();
        if (auto s = core::attachSolverFromSweep(*study, sensitivity, sweepName); !s.ok())
            return s.error();
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
    m_statusJob->setText(running > 1 ? tr("%1 (+%2 more)").arg(m_jobs->title(row), QLocale().toString(running - 1))
                                     : m_jobs->title(row));
    // QProgressBar repaints at once on a new value; painting with the rest of the window in the
    // next pass is soon enough (re-enabling updates schedules that paint).
    m_statusProgress->setUpdatesEnabled(false);
    m_statusProgress->setValue(int(m_jobs->progress(row) * 1000.0));
    m_statusProgress->setUpdatesEnabled(true);
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
    saveLayout();
    m_jobs->cancelAll();
    event->accept();
}

} // namespace pare::ui
