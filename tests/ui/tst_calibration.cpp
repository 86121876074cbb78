// SPDX-License-Identifier: GPL-3.0-or-later
// Activation-aware (Wanda) pruning from the Compression dock: the score in the Prune box, the
// calibration text, the calibration run inside the Compute job (cancelable), the note when layers
// fall back to magnitude pruning, and the text saved with the project.
#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "compress/methodboxes.h"
#include "jobs/jobsmodel.h"
#include "mainwindow.h"
#include "service/study.h"
#include "session.h"
#include "windowtest.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pare::ui;
using namespace pare::core;
using pare::test::openAndWait;

namespace {
// A GPT-2 the transformer decoder runs (byte-level tokens).
const QString kModel = QStringLiteral(PARE_TEST_DATA "/runtime/gpt2-tiny");


QString writeText(const QTemporaryDir &dir, int bytes)
{
    const QString path = dir.filePath(QStringLiteral("calibration.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray text;
    for (int i = 0; i < bytes; ++i)
        text += char(i % 61 == 60 ? ' ' : 'a' + (i * 7 + i / 13) % 26);
    f.write(text);
    return path;
}

// Sets the Prune box as a user would: magnitude, 50 %, the given score; no quantization.
void setWandaPrune(CompressionPanel *cp, const QString &score)
{
    cp->quantizeBox()->setChecked(false);
    PruneBox *p = cp->pruneBox();
    p->setChecked(true);
    p->methodCombo()->setCurrentIndex(p->methodCombo()->findData(QStringLiteral("magnitude")));
    p->sparsitySlider()->setValue(50);
    p->scoreCombo()->setCurrentIndex(p->scoreCombo()->findData(score));
}

bool computeAndWait(MainWindow &w, int count)
{
    CompressionPanel *cp = w.compressionPanel();
    if (!QTest::qWaitFor([cp] { return cp->computeButton()->isEnabled(); }, 30000))
        return false;
    QTest::mouseClick(cp->computeButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return int(w.comparePanel()->variants().size()) == count; }, 60000);
}
} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_calibration"));
    }

    void wandaFromTheCompressionDock()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, kModel));
        CompressionPanel *cp = w.compressionPanel();
        QTRY_VERIFY_WITH_TIMEOUT(cp->estimateReady(), 30000);

        // The score is part of the recipe, as in a recipe file.
        setWandaPrune(cp, QStringLiteral("wanda"));
        QTRY_VERIFY_WITH_TIMEOUT(cp->recipe().defaults.prune
                                     && cp->recipe().defaults.prune->value(QStringLiteral("score")).toString()
                                            == QLatin1String("wanda"), 10000);
        QVERIFY(usesActivationAwarePruning(cp->plans()));
        PruneBox *p = cp->pruneBox();
        QVERIFY(p->scoreCombo()->isEnabled());

        // No calibration text: the dock says so, and the computed variant says which layers fell
        // back to magnitude pruning.
        QVERIFY(cp->calibrationPath().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!cp->calibrationNote()->isHidden(), 10000);
        QVERIFY(computeAndWait(w, 1));
        const VariantEntry plain = w.comparePanel()->variants()[0]; // a copy: the list grows
        const QStringList fallback = magnitudeFallbackLayers(*plain.variant);
        QVERIFY(!fallback.isEmpty());
        QVERIFY(w.comparePanel()->cards()->text().contains(QLatin1String("instead of activation-aware")));
        QVERIFY(w.statusBar()->currentMessage().contains(fallback.front()));

        // With a calibration text the Compute job calibrates first: no layer falls back, and the
        // variant's notes name the text.
        QTemporaryDir dir;
        const QString text = writeText(dir, 3000);
        QVERIFY(!text.isEmpty());
        QSignalSpy pathChanged(cp, &CompressionPanel::calibrationPathChanged);
        cp->setCalibrationPath(text);
        QCOMPARE(pathChanged.count(), 1);
        QCOMPARE(cp->calibrationEdit()->text(), QDir::toNativeSeparators(text));
        QVERIFY(cp->calibrationNote()->isHidden());
        QVERIFY(computeAndWait(w, 2));
        const VariantEntry wanda = w.comparePanel()->variants()[1];
        QVERIFY(magnitudeFallbackLayers(*wanda.variant).isEmpty());
        QVERIFY(wanda.measured->summary.notes.join(QLatin1Char('\n')).contains(text));
        // Only the first variant's card has the fallback note.
        QCOMPARE(w.comparePanel()->cards()->text().count(QStringLiteral("instead of activation-aware")), 1);

        // Same sparsity, a different choice: per layer, magnitude pruning removes the least weight
        // mass any choice can, so activation-aware pruning's weight error is at least as large,
        // and larger somewhere (it kept weights that matter on the text instead).
        int pruned = 0, larger = 0;
        for (std::size_t i = 0; i < wanda.variant->layers.size(); ++i) {
            const CompressedLayer &a = wanda.variant->layers[i];
            const CompressedLayer &b = plain.variant->layers[i];
            if (!a.changed || !fallback.contains(a.name))
                continue;
            ++pruned;
            QVERIFY2(a.error.relativeFrobenius >= b.error.relativeFrobenius - 1e-6, qPrintable(a.name));
            larger += a.error.relativeFrobenius > b.error.relativeFrobenius + 1e-6;
        }
        QVERIFY(pruned > 0);
        QVERIFY(larger > 0);

        // Magnitude score again: no calibration happens, nothing to warn about.
        p->scoreCombo()->setCurrentIndex(p->scoreCombo()->findData(QStringLiteral("magnitude")));
        QTRY_VERIFY_WITH_TIMEOUT(!usesActivationAwarePruning(cp->plans()), 10000);
        cp->setCalibrationPath({});
        QVERIFY(cp->calibrationNote()->isHidden());
        // Channel pruning: the score does not apply.
        p->methodCombo()->setCurrentIndex(p->methodCombo()->findData(QStringLiteral("channel")));
        QVERIFY(!p->scoreCombo()->isEnabled());
    }

    void calibrationRunIsCancelable()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, kModel));
        CompressionPanel *cp = w.compressionPanel();
        QTRY_VERIFY_WITH_TIMEOUT(cp->estimateReady(), 30000);
        setWandaPrune(cp, QStringLiteral("wanda"));
        QTRY_VERIFY_WITH_TIMEOUT(usesActivationAwarePruning(cp->plans()), 10000);
        QTemporaryDir dir;
        cp->setCalibrationPath(writeText(dir, 200000));
        QTRY_VERIFY_WITH_TIMEOUT(cp->computeButton()->isEnabled(), 30000);
        QTest::mouseClick(cp->computeButton(), Qt::LeftButton);
        QVERIFY(w.jobs()->runningCount() > 0);
        w.jobs()->cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->runningCount() == 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(cp->computeButton()->isEnabled(), 30000);
        QVERIFY(w.comparePanel()->variants().empty());
        // The compute job's row (other jobs, such as estimates, may have been listed after it).
        QStringList rows;
        int row = -1;
        for (int r = 0; r < w.jobs()->rowCount(); ++r) {
            const QString title = w.jobs()->index(r, JobsModel::TitleColumn).data().toString();
            rows << title + QStringLiteral(": ") + w.jobs()->index(r, JobsModel::StateColumn).data().toString();
            if (title.startsWith(QLatin1String("Compute ")))
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(rows.join(QStringLiteral("; "))));
        QVERIFY2(w.jobs()->index(row, JobsModel::StateColumn).data().toString() == QLatin1String("Canceled"),
                 qPrintable(rows.join(QStringLiteral("; "))));
    }

    void calibrationTextIsSavedWithTheProject()
    {
        QTemporaryDir dir;
        const QString text = writeText(dir, 500);
        const QString project = dir.filePath(QStringLiteral("wanda.pare"));
        {
            MainWindow w;
            QVERIFY(openAndWait(w, kModel));
            CompressionPanel *cp = w.compressionPanel();
            setWandaPrune(cp, QStringLiteral("wanda"));
            QTRY_VERIFY_WITH_TIMEOUT(usesActivationAwarePruning(cp->plans()), 10000);
            cp->setCalibrationPath(text);
            QVERIFY(w.isWindowModified());
            QVERIFY(w.saveProjectAndWait(project));
            QVERIFY(!w.isWindowModified());
        }
        MainWindow w2;
        QSignalSpy restored(&w2, &MainWindow::projectRestored);
        w2.openFile(project);
        QVERIFY(restored.wait(30000));
        QCOMPARE(w2.compressionPanel()->calibrationPath(), text);
        QVERIFY(usesActivationAwarePruning(w2.compressionPanel()->plans()));
        QVERIFY(!w2.isWindowModified());
    }
};

QTEST_MAIN(TestCalibration)
#include "tst_calibration.moc"
