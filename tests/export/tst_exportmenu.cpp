// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export in the real window: the menu's actions, exports as jobs, and what they write.
#include "paretest.h"
#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "export/exportmenu.h"
#include "export/variantwriter.h"
#include "io/modelio.h"
#include "jobs/jobsmodel.h"
#include "mainwindow.h"
#include "session.h"
#include "windowtest.h"

#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pare;
using namespace pare::ui;

namespace {
const QString kModel = pare::test::demoPath("kjv-gpt2");
}

class TestExportMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportmenu"));
    }

    void exportsFromTheFileMenu()
    {
        MainWindow w;
        w.show();
        auto *menu = w.findChild<ExportMenu *>(QStringLiteral("menuExport"));
        QVERIFY(menu);
        for (const char *name : {"actionExportCompressed", "actionExportRecipe", "actionExportLlamaQuantize",
                                 "actionExportLlmCompressor"}) {
            auto *a = menu->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(a, name);
        }
        // Nothing to export before a model is open.
        Q_EMIT menu->aboutToShow();
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("actionExportCompressed"))->isEnabled());

        QVERIFY(pare::test::openAndWait(w, kModel));
        Q_EMIT menu->aboutToShow();
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("actionExportCompressed"))->isEnabled());

        QTemporaryDir dir;
        QSignalSpy done(menu, &ExportMenu::exportFinished);
        // No variant in Compare yet: the current recipe is compressed in the export job.
        const QString gguf = dir.filePath(QStringLiteral("model.gguf"));
        menu->exportCompressed(core::VariantExport::Gguf, gguf);
        QVERIFY(menu->isBusy());
        QVERIFY(done.wait(60000));
        QVERIFY2(done.last().at(2).toString().isEmpty(), qPrintable(done.last().at(2).toString()));
        QCOMPARE(done.last().at(1).toLongLong(), QFileInfo(gguf).size());
        auto g = core::openModel(gguf);
        QVERIFY(g.ok());
        QCOMPARE((*g)->architecture, QStringLiteral("gpt2"));

        // With a computed variant, the export is that variant, exactly.
        QSignalSpy changed(w.comparePanel(), &ComparePanel::variantsChanged);
        QTRY_VERIFY_WITH_TIMEOUT(w.compressionPanel()->computeButton()->isEnabled(), 20000);
        QTest::mouseClick(w.compressionPanel()->computeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w.comparePanel()->variants().empty(), 120000);
        const auto variant = w.comparePanel()->variants().back().variant;
        const QString pare = dir.filePath(QStringLiteral("variant.pare"));
        menu->exportCompressed(core::VariantExport::Pare, pare);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.last().at(2).toString().isEmpty(), qPrintable(done.last().at(2).toString()));
        core::JobContext ctx;
        auto back = core::readVariantFile(pare, ctx);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        int checked = 0;
        for (const core::CompressedLayer &l : variant->layers)
            if (l.changed && l.encoding) {
                QCOMPARE(back->encodings.value(l.weightName).serialize(), l.encoding->serialize());
                ++checked;
            }
        QVERIFY(checked > 0);

        // An export canceled from the Jobs dock: reported as canceled, nothing written, and the
        // menu can export again.
        const QString canceled = dir.filePath(QStringLiteral("canceled.gguf"));
        const int jobsBefore = w.jobs()->rowCount();
        menu->exportCompressed(core::VariantExport::Gguf, canceled);
        QCOMPARE(w.jobs()->rowCount(), jobsBefore + 1);
        w.jobs()->cancel(jobsBefore);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.last().at(0).toString(), canceled);
        QCOMPARE(done.last().at(1).toLongLong(), 0);
        QCOMPARE(done.last().at(2).toString(), pare::core::Error::canceled().message);
        QVERIFY(!QFileInfo::exists(canceled));
        QVERIFY(!menu->isBusy());
        Q_EMIT menu->aboutToShow();
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("actionExportCompressed"))->isEnabled());

        // Recipe and plan exports.
        const QString recipe = dir.filePath(QStringLiteral("recipe.json"));
        menu->exportRecipe(recipe);
        QVERIFY(core::Recipe::fromFile(recipe).ok());
        const QString args = dir.filePath(QStringLiteral("quantize.sh"));
        menu->exportPlan(ExportMenu::PlanFormat::LlamaQuantize, args);
        QFile f(args);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("llama-quantize --pure"));
        const QString yaml = dir.filePath(QStringLiteral("recipe.yaml"));
        menu->exportPlan(ExportMenu::PlanFormat::LlmCompressor, yaml);
        QVERIFY(QFileInfo(yaml).size() > 0);
        // Never over the input model.
        menu->exportPlan(ExportMenu::PlanFormat::LlmCompressor, kModel + QStringLiteral("/config.json"));
        QVERIFY(!done.last().at(2).toString().isEmpty());
    }
};

QTEST_MAIN(TestExportMenu)
#include "tst_exportmenu.moc"
