// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobsdock.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobrunner.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace pare::ui;
using pare::core::Error;
using pare::core::JobContext;
using pare::core::Result;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void hasTheDocksAndMenus()
    {
        MainWindow w;
        const QStringList docks = {QStringLiteral("Model"), QStringLiteral("Inspector"),
                                   QStringLiteral("Compression"), QStringLiteral("Compare"),
                                   QStringLiteral("Jobs")};
        QStringList titles;
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            titles << d->windowTitle();
        for (const QString &name : docks)
            QVERIFY2(titles.contains(name), qPrintable(name));

        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                     QStringLiteral("View"), QStringLiteral("Help")}));
        for (const char *name : {"actionOpen", "actionSaveProject", "actionExport", "actionQuit",
                                 "actionUndo", "actionRedo", "actionAbout"}) {
            auto *a = w.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(a, name);
            QVERIFY2(!a->shortcut().isEmpty(), name);
        }
        QVERIFY(w.findChild<QMenu *>(QStringLiteral("menuRecent")));
    }

    // At 1280x800 every line edit's placeholder is shown whole (the calibration box's was cut
    // to "none: pruned by ma"), and the calibration box has room for a file name.
    void placeholdersFitAt1280x800()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        int checked = 0;
        for (QLineEdit *edit : w.findChildren<QLineEdit *>()) {
            if (!edit->isVisible() || edit->placeholderText().isEmpty())
                continue;
            const int room = edit->width() - 10; // frame and text margins
            QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) <= room,
                     qPrintable(QStringLiteral("%1: \"%2\" in %3 px").arg(edit->objectName(), edit->placeholderText())
                                    .arg(room)));
            ++checked;
        }
        QVERIFY(checked >= 2); // the layer filter and the calibration box
        auto *calibration = w.findChild<QLineEdit *>(QStringLiteral("calibrationPath"));
        QVERIFY(calibration);
        QVERIFY2(calibration->width() >= calibration->fontMetrics().horizontalAdvance(QStringLiteral("calibration.txt")),
                 qPrintable(QString::number(calibration->width())));
    }

    void viewMenuTogglesDocks()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QDockWidget *inspector = w.dock(MainWindow::Dock::Inspector);
        QVERIFY(inspector->isVisible());
        inspector->toggleViewAction()->trigger();
        QVERIFY(!inspector->isVisible());
        inspector->toggleViewAction()->trigger();
        QVERIFY(inspector->isVisible());
    }

    void geometryAndDockStateAreRestored()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1000, 700);
            w.dock(MainWindow::Dock::Compare)->hide();
            w.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1000, 700));
        QVERIFY(!again.dock(MainWindow::Dock::Compare)->isVisible());
        QVERIFY(again.dock(MainWindow::Dock::Model)->isVisible());
    }

    void recentFilesAreKept()
    {
        MainWindow w;
        QSignalSpy open(&w, &MainWindow::openRequested);
        w.openFile(QStringLiteral("/tmp/a.safetensors"));
        w.openFile(QStringLiteral("/tmp/b.gguf"));
        w.openFile(QStringLiteral("/tmp/a.safetensors"));
        QCOMPARE(open.count(), 3);
        QCOMPARE(w.recentFiles(),
                 (QStringList{QStringLiteral("/tmp/a.safetensors"), QStringLiteral("/tmp/b.gguf")}));
        MainWindow other; // a new window sees the same list
        QCOMPARE(other.recentFiles().size(), 2);
    }

    void jobsDockShowsProgressAndCancels()
    {
        MainWindow w;
        JobsModel *jobs = w.jobs();
        QAbstractItemModelTester tester(jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto future = pare::core::runJob([](JobContext &ctx) -> Result<int> {
            for (int i = 0; i < 20000; ++i) {
                if (ctx.isCanceled())
                    return Error::canceled();
                ctx.setProgress(i / 20000.0, QStringLiteral("chunk %1").arg(i));
                QThread::msleep(1);
            }
            return 1;
        });
        jobs->track(QStringLiteral("Long job"), future);
        QCOMPARE(jobs->rowCount(), 1);
        QCOMPARE(jobs->runningCount(), 1);
        QTRY_VERIFY(jobs->progress(0) > 0.0);
        auto *panel = qobject_cast<JobsPanel *>(w.dock(MainWindow::Dock::Jobs)->widget());
        QVERIFY(panel);
        QVERIFY(panel->cancelButton()->isEnabled());
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE(jobs->runningCount(), 0);
        QVERIFY(future.isCanceled());
        QCOMPARE(jobs->index(0, JobsModel::StateColumn).data().toString(), QStringLiteral("Canceled"));
        QVERIFY(!panel->cancelButton()->isEnabled());
    }

    void undoStackIsWiredToEditMenu()
    {
        MainWindow w;
        auto *undo = w.findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(!undo->isEnabled());
        w.undoStack()->push(new QUndoCommand(QStringLiteral("change")));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(w.undoStack()->index(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
