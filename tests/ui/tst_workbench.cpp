// SPDX-License-Identifier: GPL-3.0-or-later
// The plan → compute → compare flow through the real window, asserting on state.
#include "charts/barchart.h"
#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "compress/methodboxes.h"
#include "compress/estimator.h"
#include "jobs/jobrunner.h"
#include "mainwindow.h"
#include "model/layertablemodel.h"
#include "model/modelpanel.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pare::ui;
using namespace pare::core;

namespace {
const QString kModel = QStringLiteral(PARE_TEST_DATA "/hfdir/gpt2-tiny");
}

class TestWorkbench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workbench"));
    }

    void planComputeCompareUndo()
    {
        MainWindow w;
        w.show();
        QSignalSpy opened(w.session(), &Session::modelOpened);
        w.openFile(kModel);
        QVERIFY(opened.wait(20000));
        CompressionPanel *cp = w.compressionPanel();
        QSignalSpy estimated(cp, &CompressionPanel::estimateUpdated);
        QVERIFY(estimated.count() > 0 || estimated.wait(20000));
        const QString before = cp->estimateLabel()->text();
        const std::int64_t bytes8 = cp->estimate().bytes;

        // 4-bit, group 32 (the fixture's rows are 8 wide: groups cover what there is).
        QuantizeBox *q = cp->quantizeBox();
        estimated.clear();
        q->granularityCombo()->setCurrentIndex(q->granularityCombo()->findData(QStringLiteral("group")));
        q->groupSizeCombo()->setCurrentIndex(q->groupSizeCombo()->findData(32));
        q->bitsSlider()->setValue(2); // 2, 3, [4], 5, 6, 8
        QTRY_VERIFY_WITH_TIMEOUT(estimated.count() > 0 && cp->recipe().defaults.quantize
                                     && cp->recipe().defaults.quantize->value(QStringLiteral("bits")).toInt() == 4, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(cp->estimateLabel()->text() != before, 20000);
        // The label shows the core's estimate of the same plan.
        const Model &model = *w.session()->model();
        auto plans = resolvePlan(cp->recipe(), model);
        QVERIFY(plans.ok());
        std::vector<std::shared_ptr<LayerProfile>> profiles(model.layers.size());
        for (std::size_t i = 0; i < model.layers.size(); ++i) {
            const Layer &l = model.layers[i];
            if (l.op == OpKind::Dense || l.op == OpKind::Conv || l.op == OpKind::Embedding) {
                auto p = LayerProfile::build(model, l);
                if (p.ok())
                    profiles[i] = p.value();
            }
        }
        JobContext ctx;
        const PlanEstimate expect = estimatePlan(model, plans->plans, profiles, ctx);
        QTRY_COMPARE_WITH_TIMEOUT(cp->estimate().bytes, expect.bytes, 20000);
        QVERIFY(expect.bytes < bytes8);
        QVERIFY(cp->estimateLabel()->text().contains(formatBytes(expect.bytes)));
        // The Model table's plan column says what happens to each layer.
        const auto *table = w.modelPanel()->layers();
        bool anyPlan = false;
        for (int r = 0; r < table->rowCount(); ++r)
            anyPlan = anyPlan || table->index(r, LayerTableModel::Plan).data().toString().contains(QLatin1String("4"));
        QVERIFY(anyPlan);

        // Compute the variant in the background; the Compare dock gets one bar set per variant.
        ComparePanel *compare = w.comparePanel();
        QSignalSpy changed(compare, &ComparePanel::variantsChanged);
        QTest::mouseClick(cp->computeButton(), Qt::LeftButton);
        QVERIFY(changed.wait(30000));
        QCOMPARE(int(compare->variants().size()), 1);
        const Variant &v = *compare->variants().front().variant;
        QCOMPARE(compare->barChart()->setCount(), 2); // original + the variant
        const std::vector<double> drawn = compare->barChart()->setValues(1);
        QCOMPARE(drawn.size(), compare->categoryLayers().size());
        for (std::size_t i = 0; i < drawn.size(); ++i)
            QCOMPARE(drawn[i], double(v.layers[std::size_t(compare->categoryLayers()[i])].bytes) / 1e3);
        QVERIFY(v.bytes < v.originalBytes);
        QCOMPARE(compare->scatterChart()->pointCount(), 2);
        QVERIFY(compare->cards()->text().contains(formatBytes(v.bytes)));

        // A second variant, 8-bit: two bar sets for the variants plus the original.
        q->bitsSlider()->setValue(5);
        QTRY_VERIFY_WITH_TIMEOUT(cp->recipe().defaults.quantize->value(QStringLiteral("bits")).toInt() == 8, 5000);
        changed.clear();
        QTRY_VERIFY_WITH_TIMEOUT(cp->computeButton()->isEnabled(), 10000);
        QTest::mouseClick(cp->computeButton(), Qt::LeftButton);
        QVERIFY(changed.wait(30000));
        QCOMPARE(compare->barChart()->setCount(), 3);
        compare->setShown(0, false);
        QCOMPARE(compare->barChart()->setCount(), 2);
        compare->renameVariant(1, QStringLiteral("int8"));
        QCOMPARE(compare->barChart()->setName(1), QStringLiteral("int8"));

        // File > Export Report writes the shown variants through the same report code.
        QTemporaryDir reports;
        QSignalSpy exported(&w, &MainWindow::reportExported);
        w.exportReport(reports.filePath(QStringLiteral("r.md")));
        QVERIFY(exported.wait(30000));
        QFile md(reports.filePath(QStringLiteral("r.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.contains(QLatin1String("| int8 |")));
        QVERIFY(!text.contains(QLatin1String("| Variant 1 |"))); // hidden variants stay out

        // For looking at it: PARE_SCREENSHOT_DIR=/tmp/shots saves the window as it is now.
        if (const QByteArray dir = qgetenv("PARE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            w.resize(1280, 800);
            QTest::qWait(200);
            w.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/workbench-compare.png"));
        }

        // Undo walks the plan back: 8 → 4 bits.
        QUndoStack *undo = w.undoStack();
        QVERIFY(undo->canUndo());
        undo->undo();
        QCOMPARE(cp->recipe().defaults.quantize->value(QStringLiteral("bits")).toInt(), 4);
        QCOMPARE(q->bitsSlider()->value(), 2);
        undo->redo();
        QCOMPARE(cp->recipe().defaults.quantize->value(QStringLiteral("bits")).toInt(), 8);
    }

    void perLayerOverrideBecomesARule()
    {
        MainWindow w;
        QSignalSpy opened(w.session(), &Session::modelOpened);
        w.openFile(kModel);
        QVERIFY(opened.wait(20000));
        CompressionPanel *cp = w.compressionPanel();
        w.modelPanel()->selectLayer(3); // transformer.h.0.attn.c_attn
        QCOMPARE(cp->scopeCombo()->count(), 2);
        cp->scopeCombo()->setCurrentIndex(1);
        cp->pruneBox()->setChecked(true);
        QCOMPARE(int(cp->recipe().rules.size()), 1);
        QVERIFY(cp->recipe().rules[0].match.contains(QLatin1String("attn")));
        QVERIFY(cp->recipe().rules[0].settings.prune.has_value());
        QCOMPARE(cp->rulesList()->count(), 1);
        auto plans = resolvePlan(cp->recipe(), *w.session()->model());
        QVERIFY(plans.ok());
        QVERIFY(plans->plans[3].prune.has_value());
        QVERIFY(!plans->plans[6].prune.has_value());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.json"));
        QVERIFY(cp->saveRecipe(path));
        cp->setRecipe(Recipe{}, true);
        QCOMPARE(int(cp->recipe().rules.size()), 0);
        QVERIFY(cp->openRecipe(path));
        QCOMPARE(int(cp->recipe().rules.size()), 1);
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
