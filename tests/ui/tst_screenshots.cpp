// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check but a camera: with PARE_SCREENSHOT_DIR set, drives the real window into each
// dock's typical state (demo language model open, a layer selected with a 4-bit plan drawn
// over its histogram, one variant computed and compared) and saves the window as PNG, then the
// Compare, Compression and Budget docks on their own (the Budget dock after a weight-level sweep,
// solved at the budget the dock proposes).
// tools/screenshot.sh --set runs it under Xvfb in light, dark, German and at 2× scale.
//   PARE_SCREENSHOT_DIR  where to write         PARE_SCREENSHOT_NAME  file name stem
//   PARE_THEME           light | dark | system  PARE_LANGUAGE         de, zh_CN, … (from the build's .qm)
//   PARE_SCREENSHOT_SIZE the window, WxH (1280x800)
#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "inspector/inspectorpanel.h"
#include "jobs/jobsmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "model/modelpanel.h"
#include "preferencesdialog.h"
#include "session.h"
#include "solve/solvepanel.h"
#include "theme.h"

#include "common/paths.h"
#include "i18n.h"
#include "windowtest.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace pare::ui;

class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    }

    void mainWindow()
    {
        const QString dir = qEnvironmentVariable("PARE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("Set PARE_SCREENSHOT_DIR to save screenshots (tools/screenshot.sh --set does)");
        QString demo = pare::core::demoDir() + QStringLiteral("/kjv-gpt2");
        if (!QFileInfo::exists(demo))
            demo = QStringLiteral(PARE_SOURCE_DIR "/resources/demo/kjv-gpt2");
        const QString name = qEnvironmentVariable("PARE_SCREENSHOT_NAME", QStringLiteral("main"));
        // The translations embedded in the program, installed as the app installs them (English
        // too: its plural forms).
        QString lang = qEnvironmentVariable("PARE_LANGUAGE");
        if (lang.isEmpty())
            lang = QStringLiteral("en");
        const QString installed = pare::ui::installTranslators(qApp, lang); // numbers in its notation too
        QVERIFY2(installed == lang || installed == QLocale(lang).name(), qPrintable(installed));
        applyTheme(themeFromKey(qEnvironmentVariable("PARE_THEME")));

        // PARE_SCREENSHOT_SIZE: the window's size, "1280x800" unless given.
        const QStringList size = qEnvironmentVariable("PARE_SCREENSHOT_SIZE", QStringLiteral("1280x800"))
                                     .split(QLatin1Char('x'));
        QCOMPARE(size.size(), 2);
        MainWindow w;
        w.resize(size[0].toInt(), size[1].toInt());
        w.show();
        QVERIFY(pare::test::openAndWait(w, demo, pare::test::Until::Analyzed, 120000));
        CompressionPanel *cp = w.compressionPanel();
        QTRY_VERIFY_WITH_TIMEOUT(cp->estimateReady(), 60000);

        // 4-bit, group 128, on an MLP layer of the second block.
        pare::core::Recipe r;
        r.defaults.quantize = QJsonObject{{QStringLiteral("format"), QStringLiteral("int")},
                                          {QStringLiteral("bits"), 4},
                                          {QStringLiteral("granularity"), QStringLiteral("group")},
                                          {QStringLiteral("group_size"), 128}};
        cp->setRecipe(r);
        const auto &layers = w.session()->model()->layers;
        for (int i = 0; i < int(layers.size()); ++i) {
            if (layers[std::size_t(i)].name.contains(QLatin1String("h.1.mlp.c_fc"))) {
                w.modelPanel()->selectLayer(i);
                break;
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(w.inspectorPanel()->overlay() != nullptr, 60000);

        QSignalSpy added(w.comparePanel(), &ComparePanel::variantsChanged);
        cp->computeVariant();
        QVERIFY(added.wait(300000));
        QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->runningCount() == 0, 60000);
        w.dock(MainWindow::Dock::Compare)->raise();
        QTest::qWait(500);
        QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));

        // The Compare dock on its own, larger, for the README.
        QDockWidget *compare = w.dock(MainWindow::Dock::Compare);
        compare->setFloating(true);
        compare->resize(1100, 420);
        QTest::qWait(400);
        QVERIFY(compare->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-compare.png")));
        compare->setFloating(false);

        // The Inspector dock on its own, larger: its channel ranges and spectrum tabs.
        QDockWidget *inspector = w.dock(MainWindow::Dock::Inspector);
        inspector->setFloating(true);
        inspector->resize(900, 560);
        QTabWidget *tabs = w.inspectorPanel()->tabs();
        tabs->setCurrentIndex(1);
        QTest::qWait(400);
        QVERIFY(inspector->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-channels.png")));
        QSignalSpy spectrum(w.inspectorPanel(), &InspectorPanel::spectrumShown);
        tabs->setCurrentIndex(2);
        QVERIFY(spectrum.count() > 0 || spectrum.wait(60000));
        QTest::qWait(400);
        QVERIFY(inspector->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-spectrum.png")));
        tabs->setCurrentIndex(3);
        QTest::qWait(300);
        QVERIFY(inspector->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-statistics.png")));
        tabs->setCurrentIndex(0);
        inspector->setFloating(false);

        // The Compression dock on its own, tall enough for its lower part (calibration data).
        QDockWidget *compression = w.dock(MainWindow::Dock::Compression);
        compression->setFloating(true);
        compression->resize(460, 780);
        QTest::qWait(400);
        QVERIFY(compression->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-compression.png")));
        compression->setFloating(false);

        // The Budget dock: a weight-level sweep, then the solver at the budget it proposes.
        auto *budget = w.findChild<QDockWidget *>(QStringLiteral("BudgetDock"));
        auto *solve = w.findChild<SolvePanel *>();
        QVERIFY(budget && solve);
        budget->setFloating(true);
        budget->resize(1100, 640);
        budget->show();
        budget->raise();
        QSignalSpy swept(solve, &SolvePanel::sweepFinished);
        solve->runSweep();
        QVERIFY(swept.wait(300000));
        QSignalSpy solved(solve, &SolvePanel::solved);
        QVERIFY(solve->solve());
        QVERIFY(solved.wait(60000));
        QVERIFY(solve->plan().has_value());
        QTest::qWait(600);
        QVERIFY(budget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-budget.png")));
        budget->setFloating(false);

        // Edit ▸ Preferences.
        QAction *prefs = w.findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(prefs);
        prefs->trigger();
        auto *dialog = w.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(dir + QLatin1Char('/') + name + QStringLiteral("-preferences.png")));
        dialog->reject();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
