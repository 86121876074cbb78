// SPDX-License-Identifier: GPL-3.0-or-later
// The Budget dock, driven through its widgets on the demo language model (offscreen).
#include "common/units.h"
#include "compress/plan.h"
#include "compress/recipe.h"
#include "io/modelio.h"
#include "service/project.h"
#include "solve/frontchart.h"
#include "solve/sensitivitymodel.h"
#include "solve/solvepanel.h"
#include "jobs/jobsmodel.h"
#include "poolblocker.h"

#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

// The message of a failed Result (QVERIFY2 evaluates its message even when it passes).
#define PARE_ERR(r) ((r).ok() ? "" : qPrintable((r).error().message))

using namespace pare;
using namespace pare::core;
using pare::ui::SensitivityModel;
using pare::ui::SolvePanel;

class TestSolvePanel : public QObject
{
    Q_OBJECT
    std::shared_ptr<const Model> m_model;

private Q_SLOTS:
    void initTestCase()
    {
        auto m = openModel(QStringLiteral(PARE_SOURCE_DIR "/resources/demo/kjv-gpt2"));
        QVERIFY2(m.ok(), PARE_ERR(m));
        m_model = std::move(m).value();
    }

    void sweepSolveLockExcludeAndPick()
    {
        SolvePanel panel(nullptr);
        panel.resize(900, 900);
        panel.show();
        auto *run = panel.findChild<QPushButton *>(QStringLiteral("runSweep"));
        auto *solveButton = panel.findChild<QPushButton *>(QStringLiteral("solveButton"));
        auto *kind = panel.findChild<QComboBox *>(QStringLiteral("budgetKind"));
        auto *value = panel.findChild<QDoubleSpinBox *>(QStringLiteral("budgetValue"));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("solveStatus"));
        auto *view = panel.findChild<QTableView *>(QStringLiteral("sensitivityTable"));
        QVERIFY(run && solveButton && kind && value && status && view);
        QVERIFY(!run->isEnabled());
        panel.setModel(m_model);
        QVERIFY(run->isEnabled());
        QVERIFY(!solveButton->isEnabled());

        // Cancel right away: what was measured is kept, and the next run resumes it.
        QSignalSpy finished(&panel, &SolvePanel::sweepFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        panel.cancelSweep();
        QVERIFY(finished.wait(60000));
        SensitivityModel *heat = panel.sensitivityModel();
        if (!heat->table().complete())
            QVERIFY2(status->text().contains(QStringLiteral("canceled")), qPrintable(status->text()));
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        if (!heat->table().complete())
            QVERIFY(finished.wait(120000));
        QVERIFY(heat->table().complete());
        // The plan and the front are solved in the background after the sweep: the status says
        // so until they are shown.
        QSignalSpy solved(&panel, &SolvePanel::solved);
        if (panel.isSolving())
            QVERIFY2(status->text().contains(QStringLiteral("Solving")), qPrintable(status->text()));
        QTRY_VERIFY(!panel.isSolving() && panel.plan().has_value());
        QCOMPARE(heat->rowCount(), 16);
        QCOMPARE(heat->columnCount(), SensitivityModel::FirstOptionColumn + 13);
        QVERIFY(solveButton->isEnabled());

        // 4.5 bpw solved at once: the chosen cells are marked, the status names the totals.
        QCOMPARE(kind->currentIndex(), 1);
        QVERIFY(panel.plan().has_value());
        QVERIFY(panel.plan()->bitsPerWeight <= 4.5);
        QVERIFY2(status->text().contains(QStringLiteral("optimal (dp)")), qPrintable(status->text())); // a unit grid
        // Its size as every other size in Pare ("650 kB", not "0.650 MB"), the ratio with "×".
        const QString sizeAndRatio = QStringLiteral("Budget 4.5 bpw: %1 (%2×, ")
                                         .arg(pare::core::formatBytes(double(panel.plan()->bytes), -1, QLocale()),
                                              QLocale().toString(panel.plan()->ratio, 'f', 2));
        QVERIFY2(status->text().startsWith(sizeAndRatio), qPrintable(status->text() + QStringLiteral(" / ") + sizeAndRatio));
        int chosenCells = 0;
        for (int r = 0; r < heat->rowCount(); ++r)
            for (int c = SensitivityModel::FirstOptionColumn; c < heat->columnCount(); ++c)
                chosenCells += heat->index(r, c).data(SensitivityModel::ChosenRole).toBool() ? 1 : 0;
        QCOMPARE(chosenCells, 16);
        // Heatmap colours follow damage: int3 is redder than int8 on every row.
        const int int8 = SensitivityModel::FirstOptionColumn + heat->table().optionIndex(QStringLiteral("int8"));
        const int int3 = SensitivityModel::FirstOptionColumn + heat->table().optionIndex(QStringLiteral("int3"));
        for (int r = 0; r < heat->rowCount(); ++r) {
            const QColor a = heat->index(r, int8).data(Qt::BackgroundRole).value<QColor>();
            const QColor b = heat->index(r, int3).data(Qt::BackgroundRole).value<QColor>();
            QVERIFY(b.red() >= a.red() && b.green() <= a.green());
            QVERIFY(heat->index(r, int3).data(SensitivityModel::DamageRole).toDouble()
                    > heat->index(r, int8).data(SensitivityModel::DamageRole).toDouble());
        }

        // Damages read as plain figures with two digits ("730", "2,900"), not "7.3E+02" as
        // QLocale's 'g' writes them; only beyond a million or below 0.0001 with a lower-case e.
        int plainCells = 0;
        for (int r = 0; r < heat->rowCount(); ++r)
            for (int c = SensitivityModel::FirstOptionColumn; c < heat->columnCount(); ++c) {
                const QVariant damage = heat->index(r, c).data(SensitivityModel::DamageRole);
                if (!damage.isValid())
                    continue;
                const double d = damage.toDouble();
                const QString text = heat->index(r, c).data(Qt::DisplayRole).toString();
                QCOMPARE(text, pare::core::formatNumber(d, 2, QLocale()));
                QVERIFY2(!text.contains(QLatin1Char('E')), qPrintable(text));
                if (d >= 1e-4 && d < 1e6) {
                    QVERIFY2(!text.contains(QLatin1Char('e')), qPrintable(text));
                    if (d >= 100)
                        ++plainCells;
                }
            }
        QVERIFY(plainCells > 0); // the fixture's damages reach the hundreds, where 'g' turned to E

        // The front: a title, axis titles with units, several plans.
        ui::FrontChart *chart = panel.frontChart();
        QVERIFY(chart->pointCount() >= 3);
        // The solve's plan is marked on it and named beside its marker: at its own size and damage
        // (it need not be one of the front's sampled points), or as the point that is it.
        const auto marked = [chart]() -> std::vector<QPointF> {
            const auto series = chart->chart()->series();
            auto *chosen = qobject_cast<QScatterSeries *>(series.value(2));
            if (!chosen)
                return {};
            const QList<QPointF> points = chosen->points();
            return std::vector<QPointF>(points.begin(), points.end());
        };
        const auto markerLabel = [chart] {
            auto *chosen = qobject_cast<QScatterSeries *>(chart->chart()->series().value(2));
            return chosen && chosen->pointLabelsVisible() ? chosen->pointLabelsFormat() : QString();
        };
        {
            QVERIFY(panel.plan().has_value());
            const auto &plan = *panel.plan();
            const std::vector<QPointF> at = marked();
            QCOMPARE(at.size(), std::size_t(1));
            QCOMPARE(at[0].x(), double(plan.bytes) / 1e6);
            const auto *logAxis = qobject_cast<const QLogValueAxis *>(chart->chart()->axes(Qt::Vertical).value(0));
            QCOMPARE(at[0].y(), logAxis ? std::max(plan.damage, logAxis->min()) : plan.damage);
            QCOMPARE(chart->data().plan.has_value(), chart->data().highlighted < 0);
            QCOMPARE(markerLabel(), QStringLiteral("plan for %1").arg(plan.budget.text(QLocale())));
        }
        QVERIFY(chart->chart()->title().contains(QStringLiteral("Pareto")));
        const auto axes = chart->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        QCOMPARE(axes.front()->titleText(), QStringLiteral("Size (MB)"));
        // Ticks at round numbers: a step of 1, 2, 2.5 or 5 times a power of ten, from 0.
        const auto *x = qobject_cast<const QValueAxis *>(axes.front());
        QVERIFY(x && x->tickCount() >= 3);
        QCOMPARE(x->min(), 0.0);
        const double step = (x->max() - x->min()) / (x->tickCount() - 1);
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        const double nice[] = {1.0, 2.0, 2.5, 5.0, 10.0};
        QVERIFY2(std::any_of(std::begin(nice), std::end(nice), [&](double m) { return std::fabs(mantissa - m) < 1e-9; }),
                 qPrintable(QString::number(step)));
        // A log damage axis labels its decades plainly ("1", "100", "100,000"), not "1E+05".
        const auto *logY = qobject_cast<const QLogValueAxis *>(chart->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(logY); // the plans' damages span decades
        QCOMPARE(logY->labelFormat(), QStringLiteral("%.%1f").arg(std::max(0, -int(std::ceil(std::log10(logY->min()) - 1e-9)))));

        // Exclude row 0 with its checkbox, lock row 1 and move the lock to int3 by clicking its cell.
        kind->setCurrentIndex(2); // ratio: room for a layer kept in float32
        value->setValue(3);
        QVERIFY(heat->setData(heat->index(0, SensitivityModel::ExcludeColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(heat->setData(heat->index(1, SensitivityModel::LockColumn), Qt::Checked, Qt::CheckStateRole));
        const QRect cell = view->visualRect(heat->index(1, int3));
        QVERIFY(cell.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(heat->lockOf(1), int3 - SensitivityModel::FirstOptionColumn);
        solved.clear();
        QTest::mouseClick(solveButton, Qt::LeftButton);
        QVERIFY(solved.wait(30000));
        QVERIFY(panel.plan().has_value());
        QCOMPARE(panel.plan()->choice[0], 0);
        QCOMPARE(panel.plan()->choice[1], int3 - SensitivityModel::FirstOptionColumn);

        // An impossible budget says so and keeps no plan.
        kind->setCurrentIndex(2);
        value->setValue(60);
        solved.clear();
        QTest::mouseClick(solveButton, Qt::LeftButton);
        QVERIFY(solved.wait(30000));
        QVERIFY(!panel.plan().has_value());
        QVERIFY2(status->text().contains(QStringLiteral("infeasible")), qPrintable(status->text()));
        kind->setCurrentIndex(2);
        value->setValue(3);
        solved.clear();
        QTest::mouseClick(solveButton, Qt::LeftButton);
        QVERIFY(solved.wait(30000));
        QVERIFY(panel.plan().has_value());

        // The solve runs on the job pool, not on the GUI thread: with every pool thread held, a
        // click returns at once and says it is solving, the old plan cannot be loaded meanwhile,
        // and the new one comes when the pool is free.
        {
            pare::test::PoolBlocker blocker;
            QVERIFY(blocker.holding());
            auto *load = panel.findChild<QPushButton *>(QStringLiteral("loadPlan"));
            QVERIFY(load && load->isEnabled());
            solved.clear();
            QTest::mouseClick(solveButton, Qt::LeftButton);
            QVERIFY(panel.isSolving());
            QVERIFY2(status->text().contains(QStringLiteral("Solving")), qPrintable(status->text()));
            QVERIFY(!load->isEnabled());
            QTest::qWait(50);
            QCOMPARE(solved.count(), 0);
            blocker.release();
            QVERIFY(solved.wait(30000));
            QVERIFY(panel.plan().has_value());
            QVERIFY(load->isEnabled());
        }
        // Canceled (as the Jobs dock does) before it ran: it says so, and the last plan stays
        // loadable.
        {
            pare::test::PoolBlocker blocker;
            QVERIFY(blocker.holding());
            const auto before = panel.plan()->choice;
            solved.clear();
            QTest::mouseClick(solveButton, Qt::LeftButton);
            QVERIFY(panel.isSolving());
            panel.solveJob().cancel();
            blocker.release();
            QVERIFY(solved.wait(30000));
            QVERIFY2(status->text().contains(QStringLiteral("canceled")), qPrintable(status->text()));
            QVERIFY(panel.plan().has_value());
            QCOMPARE(panel.plan()->choice, before);
            QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("loadPlan"))->isEnabled());
        }

        // Clicking a point of the front hands its plan on as a recipe that resolves on the model.
        QSignalSpy chosen(&panel, &SolvePanel::planChosen);
        const int mid = chart->pointCount() / 2;
        QCOMPARE(chart->nearestPoint(chart->data().x[std::size_t(mid)], chart->data().y[std::size_t(mid)]), mid);
        Q_EMIT chart->pointClicked(mid);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chart->data().highlighted, mid);
        QVERIFY(!chart->data().plan);
        QCOMPARE(marked().size(), std::size_t(1));
        QCOMPARE(marked()[0].x(), chart->data().x[std::size_t(mid)]);
        QCOMPARE(markerLabel(), QStringLiteral("chosen plan"));
        const auto recipe = chosen.front().at(0).value<Recipe>();
        auto reparsed = Recipe::fromJson(recipe.toJson(), QStringLiteral("front point"));
        QVERIFY2(reparsed.ok(), PARE_ERR(reparsed));
        auto plans = resolvePlan(reparsed.value(), *m_model);
        QVERIFY2(plans.ok(), PARE_ERR(plans));
        QCOMPARE(panel.plan()->choice, panel.front()[std::size_t(mid)].choice);
        QVERIFY(chosen.front().at(1).toString().startsWith(QStringLiteral("Solver")));
        // tools/screenshot.sh cannot reach a finished sweep; this can (PARE_SOLVE_SCREENSHOT=out.png).
        if (const QString shot = qEnvironmentVariable("PARE_SOLVE_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(500); // the chart lays itself out from the event loop
            QVERIFY(panel.grab().save(shot));
        }
    }

    // A new model replaces a running sweep without the GUI thread waiting for it. The job pool
    // is kept busy so that the sweep cannot have finished: had setModel() waited, it would have
    // run (or been awaited) on the GUI thread. The abandoned sweep's end reaches nothing; the
    // next sweep is watched as usual.
    void newModelDoesNotWaitForTheSweep()
    {
        SolvePanel panel(nullptr);
        panel.setModel(m_model);
        pare::test::PoolBlocker blocker;
        QVERIFY(blocker.holding());
        panel.runSweep();
        const QFuture<Result<int>> abandoned = panel.sweepJob();
        QVERIFY(panel.isSweeping());
        panel.setModel(m_model);
        const bool stillQueued = !abandoned.isFinished();
        blocker.release();
        QVERIFY2(stillQueued, "setModel() waited for the sweep it replaced");
        QVERIFY(!panel.isSweeping());
        QVERIFY(abandoned.isCanceled());
        const QString status = panel.statusText();

        QSignalSpy finished(&panel, &SolvePanel::sweepFinished);
        QTRY_VERIFY(abandoned.isFinished());
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(panel.statusText(), status);
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("runSweep"))->isEnabled());

        panel.runSweep();
        QVERIFY(panel.isSweeping());
        panel.cancelSweep();
        QVERIFY(finished.wait(60000));
        QVERIFY2(panel.statusText().contains(QStringLiteral("canceled")), qPrintable(panel.statusText()));
    }

    // Output-level damage from the damage selector: calibrated on the demo's own text.
    void outputLevelSweep()
    {
        SolvePanel panel(nullptr);
        panel.setModel(m_model);
        auto *damage = panel.findChild<QComboBox *>(QStringLiteral("damageLevel"));
        QVERIFY(damage);
        const int output = damage->findData(int(DamageLevel::Output));
        QVERIFY(output >= 0);
        damage->setCurrentIndex(output);
        QSignalSpy finished(&panel, &SolvePanel::sweepFinished);
        panel.runSweep();
        QVERIFY(finished.wait(120000));
        const SensitivityTable &t = panel.sensitivityModel()->table();
        QVERIFY(t.complete());
        QCOMPARE(t.level, DamageLevel::Output);
        QVERIFY2(t.data.contains(QStringLiteral("validation.txt")), qPrintable(t.data));
        QTRY_VERIFY(panel.plan().has_value());

        // A graph model too: the demo classifier, calibrated on its bundled images.
        auto cnn = openModel(QStringLiteral(PARE_SOURCE_DIR "/resources/demo/fashion-cnn/fashion_cnn.onnx"));
        QVERIFY2(cnn.ok(), PARE_ERR(cnn));
        panel.setModel(cnn.value());
        damage->setCurrentIndex(output);
        panel.runSweep();
        QVERIFY(finished.wait(120000));
        const SensitivityTable &c = panel.sensitivityModel()->table();
        QVERIFY(c.complete());
        QCOMPARE(c.level, DamageLevel::Output);
        QVERIFY2(c.data.contains(QStringLiteral("test-1000.npz")), qPrintable(c.data));
        QTRY_VERIFY(panel.plan().has_value());
    }

    // The sweep travels in the project file: reopening needs no new sweep, and a partial sweep
    // resumes where it stopped.
    void sweepSavedInProject()
    {
        SolvePanel panel(nullptr);
        panel.setModel(m_model);
        QVERIFY(panel.sensitivityJson().isEmpty()); // nothing measured: nothing saved
        QSignalSpy finished(&panel, &SolvePanel::sweepFinished);
        panel.runSweep();
        QVERIFY(finished.wait(120000));
        QVERIFY(panel.sensitivityModel()->table().complete());

        Project project;
        project.model.path = QFileInfo(m_model->path).absoluteFilePath();
        project.recipe = QJsonDocument::fromJson(Recipe{}.toJson()).object();
        project.sensitivity = panel.sensitivityJson();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("study.pare"));
        auto saved = saveProject(project, path);
        QVERIFY2(saved.ok(), PARE_ERR(saved));
        auto loaded = loadProject(path);
        QVERIFY2(loaded.ok(), PARE_ERR(loaded));
        QCOMPARE(loaded->sensitivity, project.sensitivity);

        pare::ui::JobsModel jobs;
        SolvePanel reopened(&jobs);
        reopened.setModel(m_model);
        auto restored = reopened.restoreSensitivity(loaded->sensitivity);
        QVERIFY2(restored.ok(), PARE_ERR(restored));
        // The solve is a job of the Jobs dock (which shows its progress and can cancel it).
        QCOMPARE(jobs.rowCount(), 1);
        QVERIFY2(jobs.title(0).startsWith(QStringLiteral("Budget solve")), qPrintable(jobs.title(0)));
        QVERIFY(!reopened.isSweeping());
        QVERIFY(reopened.sensitivityModel()->table().complete());
        QTRY_VERIFY(panel.plan().has_value());
        QTRY_VERIFY(reopened.plan().has_value()); // solved at once, no sweep
        QCOMPARE(reopened.plan()->choice, panel.plan()->choice);

        // A partial sweep: Run Sweep measures only the missing cells.
        SensitivityTable partial = panel.sensitivityModel()->table();
        for (SensitivityLayer &l : partial.layers)
            l.cells.back() = SensitivityCell{};
        SolvePanel resumed(nullptr);
        resumed.setModel(m_model);
        QVERIFY(resumed.restoreSensitivity(partial.toJson()).ok());
        QVERIFY(!resumed.plan().has_value());
        QSignalSpy resumedFinished(&resumed, &SolvePanel::sweepFinished);
        resumed.runSweep();
        QVERIFY(resumedFinished.wait(120000));
        QVERIFY(resumed.sensitivityModel()->table().complete());
        QCOMPARE(resumed.sensitivityModel()->table().cellsDone(), partial.cellsTotal());

        // A sweep of another model is refused with a message naming the layer.
        SensitivityTable other = partial;
        other.layers.front().name = QStringLiteral("no.such.layer");
        auto refused = resumed.restoreSensitivity(other.toJson());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("no.such.layer")));
    }
};

QTEST_MAIN(TestSolvePanel)
#include "tst_solvepanel.moc"
