// SPDX-License-Identifier: GPL-3.0-or-later
// The plan → compute → compare flow through the real window, asserting on state.
#include "charts/barchart.h"
#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "compress/ruledialog.h"
#include "compress/methodboxes.h"
#include "compress/estimator.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobrunner.h"
#include "mainwindow.h"
#include "model/layertablemodel.h"
#include "model/modelpanel.h"
#include "session.h"
#include "poolblocker.h"
#include "windowtest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QRadioButton>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace pare::ui;
using namespace pare::core;

namespace {
const QString kModel = QStringLiteral(PARE_TEST_DATA "/hfdir/gpt2-tiny");

// Opens the fixture in the window and waits for the Compression dock's first estimate.
bool openWithEstimate(MainWindow &w)
{
    return pare::test::openAndWait(w, kModel)
           && QTest::qWaitFor([&w] { return w.compressionPanel()->estimateReady(); }, 20000);
}
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
        QVERIFY(openWithEstimate(w));
        CompressionPanel *cp = w.compressionPanel();
        QSignalSpy estimated(cp, &CompressionPanel::estimateUpdated);
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
        // The error as formatPercent writes it (tst_units: a tiny one keeps its digits).
        QVERIFY2(cp->estimateLabel()->text().contains(QStringLiteral("error %1 %").arg(formatPercent(expect.relativeError, 2, QLocale()))),
                 qPrintable(cp->estimateLabel()->text()));
        // The Model table's plan column says what happens to each layer.
        const auto *table = w.modelPanel()->layers();
        bool anyPlan = false;
        for (int r = 0; r < table->rowCount(); ++r)
            anyPlan = anyPlan || table->index(r, LayerTableModel::Plan).data().toString().contains(QLatin1String("4"));
        QVERIFY(anyPlan);

        // Compute the variant in the background; the Compare dock gets one bar set per variant.
        ComparePanel *compare = w.comparePanel();
        QAbstractItemModelTester variantsTester(compare->variantList()->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(compare, &ComparePanel::variantsChanged);
        QTest::mouseClick(cp->computeButton(), Qt::LeftButton);
        QVERIFY(changed.wait(30000));
        QCOMPARE(int(compare->variants().size()), 1);
        const Variant &v = *compare->variants().front().variant;
        // A variant from a study is listed, with its card, at once; its charts follow in the
        // next turns of the event loop, the per-layer chart first, then the scatter.
        QCOMPARE(compare->variantList()->count(), 1);
        QVERIFY(compare->cards()->text().contains(formatBytes(v.bytes)));
        QCOMPARE(compare->barChart()->setCount(), 0);
        QCOMPARE(compare->scatterChart()->pointCount(), 0);
        QTRY_COMPARE(compare->barChart()->setCount(), 2); // original + the variant
        QTRY_COMPARE(compare->scatterChart()->pointCount(), 2);
        const std::vector<double> drawn = compare->barChart()->setValues(1);
        QCOMPARE(drawn.size(), compare->categoryLayers().size());
        for (std::size_t i = 0; i < drawn.size(); ++i)
            QCOMPARE(drawn[i], double(v.layers[std::size_t(compare->categoryLayers()[i])].bytes) / 1e3);
        QVERIFY(v.bytes < v.originalBytes);
        QCOMPARE(compare->scatterChart()->pointCount(), 2);
        QVERIFY(compare->cards()->text().contains(formatBytes(v.bytes)));
        // MACs before and after, as the estimate gives them (the card said "MACs ÷ 1.00").
        const QString macs = QStringLiteral("MACs %1 → %2").arg(formatCount(v.originalMacs, QLocale()), formatCount(v.macs, QLocale()));
        QVERIFY2(compare->cards()->text().contains(macs), qPrintable(compare->cards()->text() + QStringLiteral(" / ") + macs));

        // A second variant, 8-bit: two bar sets for the variants plus the original. The Jobs tab
        // is in front of Compare now: a new variant brings Compare to the front (and leaves it
        // alone, unpainted again, when it is there already).
        w.dock(MainWindow::Dock::Jobs)->raise();
        QTRY_VERIFY(w.dock(MainWindow::Dock::Compare)->visibleRegion().isEmpty());
        q->bitsSlider()->setValue(5);
        QTRY_VERIFY_WITH_TIMEOUT(cp->recipe().defaults.quantize->value(QStringLiteral("bits")).toInt() == 8, 5000);
        changed.clear();
        QTRY_VERIFY_WITH_TIMEOUT(cp->computeButton()->isEnabled(), 10000);
        QTest::mouseClick(cp->computeButton(), Qt::LeftButton);
        QVERIFY(changed.wait(30000));
        QTRY_VERIFY(!w.dock(MainWindow::Dock::Compare)->visibleRegion().isEmpty());
        QTRY_COMPARE(compare->barChart()->setCount(), 3);
        QTRY_COMPARE(compare->scatterChart()->pointCount(), 3);
        // The legend of the (scrolling) per-layer chart stays in view, one entry per bar set.
        QVERIFY(compare->barChart()->legendText().contains(QLatin1String("Original")));
        QVERIFY(compare->barChart()->legendText().contains(QLatin1String("Variant 2")));
        // With no variant shown the chart is empty and its legend line blank, keeping its room
        // (reserved: the line appearing with the first variant laid the chart out once more).
        auto *legendLine = compare->barChart()->findChild<QLabel *>(QStringLiteral("barLegend"));
        QVERIFY(legendLine);
        QTRY_VERIFY(legendLine->height() > 0);
        const int lineHeight = legendLine->height();
        compare->setShown(0, false);
        compare->setShown(1, false);
        QVERIFY(compare->barChart()->legendText().isEmpty());
        QTest::qWait(20); // the layout runs
        QCOMPARE(legendLine->height(), lineHeight);
        compare->setShown(1, true);
        QVERIFY(compare->barChart()->legendText().contains(QLatin1String("Variant 2")));
        QTest::qWait(20);
        QCOMPARE(legendLine->height(), lineHeight);
        // A chart without a reserved line and with one bar set (the Model dock's) gives its
        // legend line no room.
        auto *modelLegend = w.modelPanel()->layerChart()->findChild<QLabel *>(QStringLiteral("barLegend"));
        QVERIFY(modelLegend);
        QVERIFY(w.modelPanel()->layerChart()->legendText().isEmpty());
        QCOMPARE(modelLegend->height(), 0);
        compare->setShown(0, true);
        QCOMPARE(compare->barChart()->setCount(), 3);
        compare->setShown(0, false);
        QCOMPARE(compare->barChart()->setCount(), 2);
        compare->renameVariant(1, QStringLiteral("int8"));
        QCOMPARE(compare->barChart()->setName(1), QStringLiteral("int8"));
        // A name that looks like a placeholder is shown as it is (the card's figures went into
        // it when they were filled in one by one).
        compare->renameVariant(1, QStringLiteral("int8 %3 %4"));
        QVERIFY2(compare->cards()->text().contains(QLatin1String("<b>int8 %3 %4</b>")), qPrintable(compare->cards()->text()));
        compare->renameVariant(1, QStringLiteral("int8"));
        // Duplicate and delete; the scatter has the original plus each shown variant.
        compare->duplicateVariant(1);
        QCOMPARE(int(compare->variants().size()), 3);
        QCOMPARE(compare->variants()[2].name, QStringLiteral("int8 (copy)"));
        QCOMPARE(compare->scatterChart()->pointCount(), 3);
        QVERIFY(compare->scatterChart()->frontCount() >= 2);
        compare->removeVariant(2);
        QCOMPARE(int(compare->variants().size()), 2);
        // Clicking a point selects its variant; clicking a bar selects its layer everywhere.
        // The newest variant starts selected; the original's point selects none.
        QCOMPARE(compare->selectedVariant(), 1);
        QCOMPARE(compare->scatterChart()->selectedPoint(), 1);
        QSignalSpy variantSelected(compare, &ComparePanel::variantSelected);
        Q_EMIT compare->scatterChart()->pointClicked(0);
        QCOMPARE(compare->selectedVariant(), -1);
        QCOMPARE(compare->scatterChart()->selectedPoint(), -1);
        variantSelected.clear();
        Q_EMIT compare->scatterChart()->pointClicked(1);
        QCOMPARE(compare->variantList()->currentRow(), 1);
        QCOMPARE(variantSelected.count(), 1);
        QCOMPARE(variantSelected.last().at(0).toInt(), 1);
        // The scatter marks the selected variant: its own marker series and legend entry.
        QCOMPARE(compare->scatterChart()->selectedPoint(), 1);
        QVERIFY(compare->scatterChart()->selectedLegend().contains(QLatin1String("int8")));
        // Selecting in the list (a click on the row, as a user does) moves the mark: with both
        // variants shown, "Variant 1" is point 1 and int8 point 2.
        compare->setShown(0, true);
        QCOMPARE(compare->scatterChart()->selectedPoint(), 2);
        QListWidget *list = compare->variantList();
        const QRect row0 = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(row0.right() - 8, row0.center().y()));
        QCOMPARE(compare->selectedVariant(), 0);
        QCOMPARE(variantSelected.last().at(0).toInt(), 0);
        QCOMPARE(compare->scatterChart()->selectedPoint(), 1);
        QCOMPARE(compare->scatterChart()->data().points[1].label, QStringLiteral("Variant 1"));
        QVERIFY(compare->scatterChart()->selectedLegend().contains(QLatin1String("Variant 1")));
        QCOMPARE(list->item(0)->checkState(), Qt::Checked); // the click selected, not unticked
        // The original's point selects no variant; the mark goes.
        Q_EMIT compare->scatterChart()->pointClicked(0);
        QCOMPARE(compare->selectedVariant(), -1);
        QCOMPARE(variantSelected.last().at(0).toInt(), -1);
        QCOMPARE(compare->scatterChart()->selectedPoint(), -1);
        QVERIFY(compare->scatterChart()->selectedLegend().isEmpty());
        // A hidden variant has no point to mark.
        Q_EMIT compare->scatterChart()->pointClicked(2);
        QCOMPARE(compare->selectedVariant(), 1);
        compare->setShown(1, false);
        QCOMPARE(compare->scatterChart()->selectedPoint(), -1);
        compare->setShown(1, true);
        compare->setShown(0, false); // as before: Variant 1 hidden
        const int barLayer = compare->categoryLayers().front();
        Q_EMIT compare->barChart()->categoryClicked(0);
        QCOMPARE(w.modelPanel()->selectedLayer(), barLayer);
        QCOMPARE(compare->selectedLayer(), barLayer);
        QCOMPARE(compare->barChart()->highlightedCategory(), 0);
        // Layer labels are the distinctive part of the name; the full name is in the data (tooltip).
        QCOMPARE(compare->barChart()->axisLabels().size(), compare->barChart()->data().categories.size());
        QVERIFY(!compare->barChart()->axisLabels().front().startsWith(QLatin1String("transformer.")));

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

    // "Prepare estimates" canceled from the Jobs dock: the panel says so, and the next change of
    // a setting prepares them again and shows the estimate. (It stayed at "Preparing estimates…"
    // with no estimate until the model was opened again.)
    // A model with more changed layers than kMaxBarLayers: the per-layer chart shows the
    // layers with the largest bars, in model order, the selected layer among them whatever
    // its size, and its title says how many of how many; clicking a bar still names its layer.
    void compareChartShowsTheLargestLayers()
    {
        constexpr int n = 100;
        auto model = std::make_shared<Model>();
        auto variant = std::make_shared<Variant>();
        for (int i = 0; i < n; ++i) {
            Layer l;
            l.name = QStringLiteral("blk.%1.ffn_up").arg(i);
            l.op = OpKind::Dense;
            l.weight = i;
            model->layers.push_back(l);
            CompressedLayer c;
            c.layer = i;
            c.name = l.name;
            c.changed = true;
            // Even layers large, odd ones small: the largest are the even ones.
            c.originalBytes = (i % 2 == 0 ? 100'000 : 1'000) + i;
            c.bytes = c.originalBytes / 4;
            c.error.relativeFrobenius = i % 2 == 0 ? 0.001 : 0.05 + 0.001 * i; // the odd ones worst
            variant->layers.push_back(c);
        }
        auto measured = std::make_shared<MeasuredVariant>();
        measured->variant = variant;
        measured->summary.name = QStringLiteral("int4");
        ComparePanel panel;
        panel.setModel(model);
        panel.setSelectedLayer(7); // small: shown because it is selected
        panel.addVariant(measured, Recipe{});
        panel.setMetric(ComparePanel::Metric::Bytes);
        const std::vector<int> &shown = panel.categoryLayers();
        QCOMPARE(int(shown.size()), ComparePanel::kMaxBarLayers);
        QVERIFY(std::is_sorted(shown.begin(), shown.end()));
        QVERIFY(std::find(shown.begin(), shown.end(), 7) != shown.end());
        // The 50 even layers and the 13 largest odd ones besides the selected 7.
        for (int i = 0; i < n; i += 2)
            QVERIFY2(std::find(shown.begin(), shown.end(), i) != shown.end(), qPrintable(QString::number(i)));
        for (int i = 75; i < n; i += 2)
            QVERIFY2(std::find(shown.begin(), shown.end(), i) != shown.end(), qPrintable(QString::number(i)));
        BarChart *chart = panel.barChart();
        QCOMPARE(chart->data().categories.size(), qsizetype(ComparePanel::kMaxBarLayers));
        QCOMPARE(chart->data().categories.front(), QStringLiteral("blk.0.ffn_up"));
        QCOMPARE(chart->setValues(0).size(), std::size_t(ComparePanel::kMaxBarLayers));
        QCOMPARE(chart->setValues(0).front(), 100.0); // kB: layer 0's original size
        QVERIFY(chart->title().contains(QStringLiteral("64 largest of 100")));
        QCOMPARE(chart->highlightedCategory(), int(std::find(shown.begin(), shown.end(), 7) - shown.begin()));
        QSignalSpy clicked(&panel, &ComparePanel::layerClicked);
        Q_EMIT chart->categoryClicked(3);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.front().front().toInt(), shown[3]);
        // The error metric keeps the layers with the largest errors: now every odd layer.
        panel.setMetric(ComparePanel::Metric::Error);
        for (int i = 1; i < n; i += 2)
            QVERIFY2(std::find(panel.categoryLayers().begin(), panel.categoryLayers().end(), i) != panel.categoryLayers().end(),
                     qPrintable(QString::number(i)));
        // Fewer layers than the limit: every one, and the plain title.
        auto few = std::make_shared<Model>();
        few->layers.assign(model->layers.begin(), model->layers.begin() + 10);
        auto fewVariant = std::make_shared<Variant>();
        fewVariant->layers.assign(variant->layers.begin(), variant->layers.begin() + 10);
        auto fewMeasured = std::make_shared<MeasuredVariant>();
        fewMeasured->variant = fewVariant;
        fewMeasured->summary.name = QStringLiteral("int4");
        panel.setModel(few);
        panel.addVariant(fewMeasured, Recipe{});
        QTRY_COMPARE(int(panel.categoryLayers().size()), 10); // drawn in stages
        QVERIFY(!chart->title().contains(QStringLiteral("largest")));
    }

    void canceledEstimatesComeBack()
    {
        MainWindow w;
        QVERIFY(openWithEstimate(w));
        CompressionPanel *cp = w.compressionPanel();
        QSignalSpy estimated(cp, &CompressionPanel::estimateUpdated);

        pare::test::PoolBlocker blocker; // the profiles job stays queued until canceled
        QVERIFY(blocker.holding());
        cp->setModel(w.session()->model());
        const int row = w.jobs()->rowCount() - 1;
        QCOMPARE(w.jobs()->title(row), QStringLiteral("Prepare estimates"));
        QCOMPARE(cp->estimateLabel()->text(), QStringLiteral("Preparing estimates…"));
        w.jobs()->cancel(row);
        blocker.release();
        QTRY_VERIFY_WITH_TIMEOUT(cp->estimateLabel()->text().contains(QStringLiteral("canceled")), 20000);
        QVERIFY(!cp->estimateReady());

        estimated.clear();
        cp->quantizeBox()->bitsSlider()->setValue(2);
        QVERIFY(estimated.wait(20000));
        QVERIFY(cp->estimateReady());
        QVERIFY2(cp->estimateLabel()->text().contains(QStringLiteral("Estimate")), qPrintable(cp->estimateLabel()->text()));
        QCOMPARE(w.jobs()->title(w.jobs()->rowCount() - 1), QStringLiteral("Prepare estimates"));
    }

    // A variant still computing when a model is opened belongs to the previous model: it is
    // canceled, and never joins the new model's Compare list.
    void variantOfThePreviousModelIsDropped()
    {
        MainWindow w;
        QVERIFY(openWithEstimate(w));
        CompressionPanel *cp = w.compressionPanel();
        QSignalSpy computed(cp, &CompressionPanel::variantComputed);
        {
            pare::test::PoolBlocker blocker; // the variant's job waits in the queue
            QVERIFY(blocker.holding());
            QTest::mouseClick(cp->computeButton(), Qt::LeftButton);
            QVERIFY(!cp->computeButton()->isEnabled());
            cp->setModel(w.session()->model()); // as opening a model does
            QVERIFY(cp->computeButton()->isEnabled());
        }
        QTRY_COMPARE_WITH_TIMEOUT(w.jobs()->runningCount(), 0, 60000);
        QTest::qWait(100);
        QCOMPARE(computed.count(), 0);
        QVERIFY(w.comparePanel()->variants().empty());
    }

    void rulesAreEditableAndUndoable()
    {
        MainWindow w;
        QVERIFY(pare::test::openAndWait(w, kModel));
        CompressionPanel *cp = w.compressionPanel();
        QAbstractItemModelTester rulesTester(cp->rulesList()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack *undo = w.undoStack();
        const Model &model = *w.session()->model();
        auto planOf = [&](const QString &name) {
            auto plans = resolvePlan(cp->recipe(), model);
            for (const LayerPlan &p : plans->plans)
                if (p.name == name)
                    return p;
            return LayerPlan{};
        };
        const QString mlp = QStringLiteral("transformer.h.0.mlp.c_fc");
        const QString attn = QStringLiteral("transformer.h.0.attn.c_attn");
        QVERIFY(planOf(mlp).quantize.has_value()); // the 8-bit defaults

        // Add: the MLP layers keep their original weights.
        const int base = undo->count();
        RecipeRule keep;
        keep.match = QStringLiteral("*mlp*");
        keep.skip = true;
        QVERIFY(cp->insertRule(keep));
        QCOMPARE(cp->rulesList()->count(), 1);
        QVERIFY(!planOf(mlp).changesWeights());
        QVERIFY(planOf(attn).changesWeights());

        // Edit: instead, 4-bit for Dense MLP layers.
        RecipeRule four = keep;
        four.skip = false;
        four.ops = {OpKind::Dense};
        four.settings.quantize = QJsonObject{{QStringLiteral("bits"), 4}};
        QVERIFY(cp->replaceRule(0, four));
        QCOMPARE(planOf(mlp).quantize->bits, 4);
        QCOMPARE(planOf(attn).quantize->bits, 8);

        // A second rule, then reorder: the later rule wins.
        RecipeRule off;
        off.match = QStringLiteral("re:.*\\.h\\.0\\..*");
        off.settings.quantize = QJsonObject{{QStringLiteral("enabled"), false}};
        QVERIFY(cp->insertRule(off));
        QVERIFY(!planOf(mlp).quantize.has_value());
        QVERIFY(cp->moveRule(1, -1));
        QCOMPARE(cp->recipe().rules[0].match, off.match);
        QCOMPARE(planOf(mlp).quantize->bits, 4);
        QVERIFY(cp->removeRule(0));
        QCOMPARE(int(cp->recipe().rules.size()), 1);
        QCOMPARE(undo->count(), base + 5);

        // Invalid patterns are refused with a message; nothing changes, nothing to undo.
        QSignalSpy errors(cp, &CompressionPanel::recipeError);
        RecipeRule bad;
        bad.match = QStringLiteral("re:(");
        bad.skip = true;
        QVERIFY(!cp->insertRule(bad));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("regular expression")));
        RecipeRule none;
        none.match = QStringLiteral("nothing*");
        none.skip = true;
        QVERIFY(!cp->insertRule(none));
        QCOMPARE(int(cp->recipe().rules.size()), 1);
        QCOMPARE(undo->count(), base + 5);

        // Every step undoes and redoes.
        for (int i = 0; i < 5; ++i)
            undo->undo();
        QCOMPARE(int(cp->recipe().rules.size()), 0);
        QCOMPARE(cp->rulesList()->count(), 0);
        for (int i = 0; i < 5; ++i)
            undo->redo();
        QCOMPARE(int(cp->recipe().rules.size()), 1);
        QCOMPARE(cp->recipe().rules[0].match, four.match);
        QCOMPARE(cp->recipe().rules[0].ops, four.ops);

        // The editor: a dialog that checks the pattern as it is typed.
        cp->editRule(-1);
        auto *dialog = cp->findChild<RuleDialog *>();
        QVERIFY(dialog);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        dialog->patternEdit()->setText(QStringLiteral("re:(attn"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("not valid")));
        dialog->patternEdit()->setText(QStringLiteral("attn"));
        QVERIFY(!ok->isEnabled()); // globs match the whole name
        QVERIFY(dialog->messageLabel()->text().contains(QLatin1String("*attn*")));
        dialog->patternEdit()->setText(QStringLiteral("*attn*"));
        dialog->skipRadio()->setChecked(true);
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog->matchCount() >= 2);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(int(cp->recipe().rules.size()), 2);
        QVERIFY(cp->recipe().rules[1].skip);
        QVERIFY(!planOf(attn).changesWeights());
        undo->undo();
        QCOMPARE(int(cp->recipe().rules.size()), 1);

        // Editing an existing rule starts from it; settings come from the method boxes.
        cp->editRule(0);
        QTRY_VERIFY(cp->findChildren<RuleDialog *>().size() == 1);
        dialog = cp->findChildren<RuleDialog *>().constLast();
        QCOMPARE(dialog->patternEdit()->text(), four.match);
        QVERIFY(dialog->opCheck(OpKind::Dense)->isChecked());
        QCOMPARE(dialog->rule().settings.quantize->value(QStringLiteral("bits")).toInt(), 4);
        dialog->modeCombo(0)->setCurrentIndex(dialog->modeCombo(0)->findData(int(RuleDialog::Mode::Set)));
        QVERIFY(dialog->rule().settings.prune.has_value());
        dialog->reject();
    }

    // An unchecked method box greys out every control in it (each box switches some controls on
    // and off by method; that must not re-enable them while the box is off), and checking it
    // again restores exactly the controls its method uses.
    void uncheckedBoxesDisableEveryControl()
    {
        QuantizeBox q;
        PruneBox p;
        LowRankBox l;
        auto enabledControls = [](QGroupBox *box) {
            int n = 0;
            for (QWidget *c : box->findChildren<QWidget *>())
                if ((qobject_cast<QComboBox *>(c) || qobject_cast<QSlider *>(c) || qobject_cast<QAbstractSpinBox *>(c))
                    && c->isEnabled())
                    ++n;
            return n;
        };
        for (QGroupBox *box : std::initializer_list<QGroupBox *>{&q, &p, &l}) {
            box->setChecked(true);
            QVERIFY(enabledControls(box) > 0);
            box->setChecked(false);
            QCOMPARE(enabledControls(box), 0);
        }
        // Magnitude, per layer: the score applies; unchecked, it is greyed like the rest.
        p.setChecked(true);
        p.methodCombo()->setCurrentIndex(p.methodCombo()->findData(QStringLiteral("magnitude")));
        QVERIFY(p.scoreCombo()->isEnabled());
        QVERIFY(p.sparsitySlider()->isEnabled());
        p.setChecked(false);
        QVERIFY(!p.scoreCombo()->isEnabled());
        // Changing the method of an unchecked box enables nothing.
        p.methodCombo()->setCurrentIndex(p.methodCombo()->findData(QStringLiteral("channel")));
        QCOMPARE(enabledControls(&p), 0);
        // N:M has no score and no sparsity slider, checked or not.
        p.setChecked(true);
        p.methodCombo()->setCurrentIndex(p.methodCombo()->findData(QStringLiteral("nm")));
        QVERIFY(!p.scoreCombo()->isEnabled());
        QVERIFY(!p.sparsitySlider()->isEnabled());
        QVERIFY(p.methodCombo()->isEnabled());
    }

    void everySettingHasATooltip()
    {
        MainWindow w;
        CompressionPanel *cp = w.compressionPanel();
        for (QWidget *box : {static_cast<QWidget *>(cp->quantizeBox()), static_cast<QWidget *>(cp->pruneBox()),
                             static_cast<QWidget *>(cp->lowRankBox())}) {
            QVERIFY(!box->toolTip().isEmpty());
            for (QWidget *child : box->findChildren<QWidget *>()) {
                if (qobject_cast<QComboBox *>(child) || qobject_cast<QSlider *>(child) || qobject_cast<QSpinBox *>(child))
                    QVERIFY2(!child->toolTip().isEmpty(), qPrintable(child->objectName()));
                if (auto *label = qobject_cast<QLabel *>(child); label && label->buddy())
                    QVERIFY2(!label->toolTip().isEmpty(), qPrintable(label->text()));
            }
        }
    }

    void perLayerOverrideBecomesARule()
    {
        MainWindow w;
        QVERIFY(pare::test::openAndWait(w, kModel));
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
