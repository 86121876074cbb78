// SPDX-License-Identifier: GPL-3.0-or-later
// Projects: the .pare file round trip, hostile files, and the GUI flow — save, reopen in a new
// window, the unsaved-work prompt, crash recovery — asserting on the docks' state.
#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "io/hdf5util.h"
#include "jobs/jobrunner.h"
#include "mainwindow.h"
#include "recovery.h"
#include "model/modelpanel.h"
#include "service/modelservice.h"
#include "service/project.h"
#include "session.h"
#include "windowtest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

using namespace pare::ui;
using namespace pare::core;
using pare::test::openAndWait;

namespace {
const QString kModel = QStringLiteral(PARE_TEST_DATA "/hfdir/gpt2-tiny");
const QString kOtherModel = QStringLiteral(PARE_TEST_DATA "/onnx/mlp.onnx");

Recipe recipeOf(const char *json)
{
    auto r = Recipe::fromJson(QByteArray(json));
    Q_ASSERT(r.ok());
    return r.value();
}

QJsonObject recipeJson(const char *json)
{
    return QJsonDocument::fromJson(recipeOf(json).toJson()).object();
}

// A project with every field set to something other than its default.
Project sampleProject(const QString &modelPath)
{
    Project p;
    p.name = QStringLiteral("sample");
    p.model.path = modelPath;
    p.model.format = QStringLiteral("safetensors");
    p.model.size = 123456;
    p.model.sha256 = QString(64, QLatin1Char('a'));
    p.recipe = recipeJson(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 4, "granularity": "group", "group_size": 32}}})");
    p.ui = {2, QStringLiteral("h.0.attn"), 3};
    p.analysis = QJsonObject{{QStringLiteral("summary"), QJsonObject{{QStringLiteral("parameters"), 42}}}};

    ProjectVariant v;
    v.name = QStringLiteral("int4 g32");
    v.shown = false;
    v.recipe = p.recipe;
    Variant figures;
    figures.originalBytes = 4000;
    figures.bytes = 1000;
    figures.originalMacs = 900;
    figures.macs = 800;
    figures.error.relativeFrobenius = 0.05;
    figures.error.sqnrDb = 26.5;
    figures.error.cosine = 0.998;
    figures.error.maxAbsError = 0.25;
    figures.error.count = 1000;
    figures.notes = {QStringLiteral("a note")};
    for (int i = 0; i < 2; ++i) {
        CompressedLayer c;
        c.layer = i;
        c.name = QStringLiteral("layer%1").arg(i);
        c.weightName = QStringLiteral("layer%1.weight").arg(i);
        c.changed = i == 1;
        c.method = i == 1 ? QStringLiteral("int4 g32 sym") : QStringLiteral("kept");
        c.note = QStringLiteral("n%1").arg(i);
        c.originalShape = {8, 16};
        c.parameters = 128;
        c.originalBytes = 512;
        c.bytes = i == 1 ? 80 : 512;
        c.originalMacs = 128;
        c.macs = 128;
        c.error.relativeFrobenius = i * 0.1;
        c.error.sqnrDb = i == 1 ? 20.0 : std::numeric_limits<double>::infinity();
        c.error.cosine = 0.99;
        c.error.maxAbsError = 0.01 * i;
        c.error.count = 128;
        figures.layers.push_back(c);
    }
    v.measured.variant = std::make_shared<const Variant>(figures);
    StudyVariant &s = v.measured.summary;
    s.name = v.name;
    s.recipe = v.recipe;
    s.bytes = 1000;
    s.macs = 800;
    s.latencyUs = 12.5;
    s.relativeError = 0.05;
    s.sqnrDb = 26.5;
    s.quality.measured = true;
    s.quality.kind = QStringLiteral("language-model");
    s.quality.data = QStringLiteral("validation.txt");
    s.quality.perplexity = 7.5;
    s.quality.natsPerByte = 1.25;
    s.quality.meanKl = 0.01;
    s.quality.p99Kl = 0.1;
    s.quality.sameTopRate = 0.97;
    s.notes = {QStringLiteral("variant note")};
    StudyLayer l;
    l.name = QStringLiteral("layer1");
    l.op = QStringLiteral("Dense");
    l.method = QStringLiteral("int4 g32 sym");
    l.parameters = 128;
    l.originalBytes = 512;
    l.bytes = 80;
    l.originalMacs = 128;
    l.macs = 128;
    l.originalLatencyUs = 3.5;
    l.latencyUs = 2.5;
    l.relativeError = 0.1;
    l.sqnrDb = 20;
    s.layers.push_back(l);
    v.measured.originalQuality.measured = true;
    v.measured.originalQuality.kind = QStringLiteral("language-model");
    v.measured.originalQuality.perplexity = 7.25;
    v.measured.originalLatencyUs = 20.0;
    p.variants.push_back(v);
    ProjectVariant shown = v;
    shown.name = QStringLiteral("second");
    shown.shown = true;
    shown.measured.summary.name = shown.name;
    p.variants.push_back(shown);
    return p;
}

// Writes a file with the project layout but chosen contents.
bool writeRawProject(const QString &path, std::int64_t version, const QByteArray &projectJson)
{
    using namespace pare::core::h5;
    silence();
    Handle file = fileHandle(H5Fcreate(QFile::encodeName(path).constData(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT));
    if (!file.valid() || !writeIntAttribute(file, "pare_format", 2))
        return false;
    Handle g = groupHandle(H5Gcreate2(file, "project", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
    if (!g.valid() || !writeIntAttribute(g, "project_version", version))
        return false;
    if (!writeBytesDataset(g, "json", projectJson.constData(), projectJson.size()).valid())
        return false;
    const QByteArray recipes = R"({"current": {"pare_recipe": 1}})";
    Handle r = groupHandle(H5Gcreate2(file, "recipes", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
    Handle v = groupHandle(H5Gcreate2(file, "variants", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT));
    return writeBytesDataset(r, "json", recipes.constData(), recipes.size()).valid()
           && writeBytesDataset(v, "json", "[]", 2).valid();
}

bool waitForVariant(MainWindow &w, int count)
{
    QSignalSpy changed(w.comparePanel(), &ComparePanel::variantsChanged);
    QTest::mouseClick(w.compressionPanel()->computeButton(), Qt::LeftButton);
    for (int i = 0; i < 60 && int(w.comparePanel()->variants().size()) < count; ++i)
        changed.wait(1000);
    return int(w.comparePanel()->variants().size()) == count;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_project"));
        if (!qEnvironmentVariableIsSet("PARE_TEST_RECOVERY_SOURCE")) // not the helper instance
            QSettings().clear();
    }

    void roundTripEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.pare"));
        const Project p = sampleProject(QFileInfo(kModel).absoluteFilePath());
        auto saved = saveProject(p, path);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(looksLikeHdf5(path));
        auto loaded = loadProject(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const Project &q = loaded.value();
        // Every field, through the complete JSON form …
        QCOMPARE(QJsonDocument(projectToJson(q)).toJson(), QJsonDocument(projectToJson(p)).toJson());
        // … and the ones the docks draw, directly.
        QCOMPARE(q.name, p.name);
        QVERIFY(q.model == p.model);
        QVERIFY(q.ui == p.ui);
        QCOMPARE(q.recipe, p.recipe);
        QCOMPARE(q.analysis, p.analysis);
        QCOMPARE(q.variants.size(), p.variants.size());
        const ProjectVariant &a = p.variants.front(), &b = q.variants.front();
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.shown, false);
        QCOMPARE(b.recipe, a.recipe);
        QCOMPARE(b.measured.summary.latencyUs, 12.5);
        QCOMPARE(b.measured.summary.quality.perplexity, 7.5);
        QCOMPARE(b.measured.summary.layers.at(0).originalLatencyUs, 3.5);
        QCOMPARE(b.measured.originalQuality.perplexity, 7.25);
        QCOMPARE(b.measured.originalLatencyUs, 20.0);
        const Variant &fa = *a.measured.variant, &fb = *b.measured.variant;
        QCOMPARE(fb.bytes, fa.bytes);
        QCOMPARE(fb.originalMacs, fa.originalMacs);
        QCOMPARE(fb.error.sqnrDb, fa.error.sqnrDb);
        QCOMPARE(fb.notes, fa.notes);
        QCOMPARE(fb.layers.size(), fa.layers.size());
        for (std::size_t i = 0; i < fa.layers.size(); ++i) {
            QCOMPARE(fb.layers[i].name, fa.layers[i].name);
            QCOMPARE(fb.layers[i].weightName, fa.layers[i].weightName);
            QCOMPARE(fb.layers[i].changed, fa.layers[i].changed);
            QCOMPARE(fb.layers[i].method, fa.layers[i].method);
            QCOMPARE(fb.layers[i].originalShape, fa.layers[i].originalShape);
            QCOMPARE(fb.layers[i].bytes, fa.layers[i].bytes);
            QCOMPARE(fb.layers[i].error.relativeFrobenius, fa.layers[i].error.relativeFrobenius);
            QCOMPARE(fb.layers[i].error.sqnrDb, fa.layers[i].error.sqnrDb); // infinity survives
        }
        // Saving again replaces the file atomically, and no temporary file is left behind.
        QVERIFY(saveProject(q, path).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("sample.pare")});
    }

    void hostileFiles()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.pare"));
        QVERIFY(saveProject(sampleProject(QFileInfo(kModel).absoluteFilePath()), good).ok());
        auto expectError = [](const QString &path, const QString &mentions) {
            auto r = loadProject(path);
            if (r.ok())
                return QStringLiteral("loaded %1").arg(path);
            if (!r.error().message.contains(QFileInfo(path).fileName()))
                return QStringLiteral("message does not name the file: %1").arg(r.error().message);
            if (!r.error().message.contains(mentions))
                return QStringLiteral("message does not mention '%1': %2").arg(mentions, r.error().message);
            return QString();
        };
        // Truncated.
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        for (const qsizetype keep : {qsizetype(8), qsizetype(100), bytes.size() / 2, bytes.size() - 1}) {
            const QString cut = dir.filePath(QStringLiteral("cut%1.pare").arg(keep));
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.left(keep));
            out.close();
            auto r = loadProject(cut);
            QVERIFY2(!r.ok(), qPrintable(cut));
            QVERIFY2(r.error().message.contains(QFileInfo(cut).fileName()), qPrintable(r.error().message));
        }
        // A newer version.
        const QString newer = dir.filePath(QStringLiteral("newer.pare"));
        QVERIFY(writeRawProject(newer, 99, R"({"model": {"path": "/x"}})"));
        QCOMPARE(expectError(newer, QStringLiteral("project_version 99")), QString());
        // A required field missing, a field of the wrong type, bad JSON.
        const QString noPath = dir.filePath(QStringLiteral("nopath.pare"));
        QVERIFY(writeRawProject(noPath, kProjectVersion, R"({"model": {"size": 1}})"));
        QCOMPARE(expectError(noPath, QStringLiteral("project.model.path")), QString());
        const QString badSize = dir.filePath(QStringLiteral("badsize.pare"));
        QVERIFY(writeRawProject(badSize, kProjectVersion, R"({"model": {"path": "/m", "size": "big"}})"));
        QCOMPARE(expectError(badSize, QStringLiteral("project.model.size")), QString());
        const QString badJson = dir.filePath(QStringLiteral("badjson.pare"));
        QVERIFY(writeRawProject(badJson, kProjectVersion, R"({"model": )"));
        QCOMPARE(expectError(badJson, QStringLiteral("/project/json")), QString());
        // A variant whose figures are broken.
        Project p = sampleProject(QFileInfo(kModel).absoluteFilePath());
        QJsonObject o = projectToJson(p);
        QJsonArray vs = o.value(QStringLiteral("variants")).toArray();
        QJsonObject v0 = vs.at(0).toObject();
        QJsonObject fig = v0.value(QStringLiteral("figures")).toObject();
        fig.insert(QStringLiteral("bytes"), -5);
        v0.insert(QStringLiteral("figures"), fig);
        vs.replace(0, v0);
        o.insert(QStringLiteral("variants"), vs);
        auto broken = projectFromJson(o, QStringLiteral("x.pare"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(QLatin1String("variants[0].figures.bytes")), qPrintable(broken.error().message));
        // Not a project: another file, a model in HDF5.
        const QString text = dir.filePath(QStringLiteral("text.pare"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("hello");
        t.close();
        auto notProject = loadProject(text);
        QVERIFY(!notProject.ok());
        QCOMPARE(notProject.error().code, ErrorCode::NotAProject);
        // A Keras model is HDF5 without a /project group: recognised by its code, not its text.
        auto kerasModel = loadProject(QStringLiteral(PARE_TEST_DATA "/keras/functional_mlp.h5"));
        QVERIFY(!kerasModel.ok());
        QCOMPARE(kerasModel.error().code, ErrorCode::NotAProject);
        QVERIFY2(kerasModel.error().message.contains(QLatin1String("functional_mlp.h5")),
                 qPrintable(kerasModel.error().message));
        QVERIFY(!loadProject(dir.path()).ok());
        QCOMPARE(loadProject(dir.path()).error().code, ErrorCode::NotAProject);
        // Files that crash or hang Debian's libhdf5 end in an Error (the reading runs isolated).
        const QDir crashers(QStringLiteral(PARE_SOURCE_DIR "/tests/fuzz/kerash5/hdf5-issues"));
        for (const QString &name : crashers.entryList({QStringLiteral("*.h5")}, QDir::Files)) {
            auto r = loadProject(crashers.filePath(name));
            QVERIFY2(!r.ok(), qPrintable(name));
            QVERIFY2(r.error().message.contains(name), qPrintable(r.error().message));
        }
        auto missing = loadProject(dir.filePath(QStringLiteral("absent.pare")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void modelMovedOrChanged()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("mlp.onnx"));
        QVERIFY(QFile::copy(kOtherModel, model));
        JobContext ctx;
        auto ref = describeModelFiles(model, QStringLiteral("onnx"), ctx);
        QVERIFY(ref.ok());
        auto same = checkProjectModel(ref.value(), {}, ctx);
        QVERIFY(same.ok());
        QCOMPARE(same->state, ProjectModelState::Ok);
        // Changed content, same size: the hash tells.
        QFile f(model);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() - 1));
        const char last = f.read(1).at(0);
        QVERIFY(f.seek(f.size() - 1));
        f.write(QByteArray(1, char(last ^ 1)));
        f.close();
        auto changed = checkProjectModel(ref.value(), {}, ctx);
        QVERIFY(changed.ok());
        QCOMPARE(changed->state, ProjectModelState::Changed);
        QVERIFY(changed->message.contains(QLatin1String("mlp.onnx")));
        // Moved away.
        QVERIFY(QFile::remove(model));
        auto moved = checkProjectModel(ref.value(), {}, ctx);
        QVERIFY(moved.ok());
        QCOMPARE(moved->state, ProjectModelState::Missing);
        QVERIFY(moved->message.contains(QLatin1String("mlp.onnx")));
    }

    void saveAndReopenRestoresTheSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("study.pare"));
        std::vector<VariantEntry> before;
        QJsonObject recipeBefore;
        int layerBefore = -1;
        {
            MainWindow w;
            w.setPromptHook([](const QString &) { return QMessageBox::Discard; });
            w.show();
            QVERIFY(openAndWait(w, kModel));
            QVERIFY(!w.isWindowModified());
            CompressionPanel *cp = w.compressionPanel();
            cp->setRecipe(recipeOf(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 4, "granularity": "group", "group_size": 32}}})"));
            QVERIFY(w.isWindowModified());
            QTRY_VERIFY_WITH_TIMEOUT(cp->computeButton()->isEnabled(), 20000);
            QVERIFY(waitForVariant(w, 1));
            w.comparePanel()->renameVariant(0, QStringLiteral("four bit"));
            w.comparePanel()->setMetric(ComparePanel::Metric::Error);
            w.modelPanel()->selectLayer(3);
            QVERIFY(w.windowTitle().contains(QLatin1String("[*]")));
            QVERIFY(w.saveProjectAndWait(path));
            QVERIFY(!w.isWindowModified());
            QCOMPARE(w.projectPath(), path);
            QVERIFY(w.windowTitle().startsWith(QLatin1String("study")));
            QCOMPARE(w.recentFiles().value(0), QFileInfo(path).absoluteFilePath());
            // A recipe edit is unsaved work; undoing it back to the saved state is not.
            cp->setRecipe(recipeOf(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 8}}})"));
            QVERIFY(w.isWindowModified());
            w.undoStack()->undo();
            QVERIFY(!w.isWindowModified());
            before = w.comparePanel()->variants();
            recipeBefore = QJsonDocument::fromJson(cp->recipe().toJson()).object();
            layerBefore = w.currentProject().ui.selectedLayer;
            QCOMPARE(layerBefore, 3);
        }
        // PARE_KEEP_PROJECT=FILE keeps a copy of the saved project (to look at it in the GUI).
        if (const QString keep = qEnvironmentVariable("PARE_KEEP_PROJECT"); !keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(path, keep);
        }
        MainWindow w2;
        w2.show();
        QSignalSpy restored(&w2, &MainWindow::projectRestored);
        w2.openFile(path);
        QVERIFY(restored.wait(30000));
        QCOMPARE(w2.projectPath(), path);
        QVERIFY(!w2.isWindowModified());
        QCOMPARE(QFileInfo(w2.session()->model()->path).absoluteFilePath(), QFileInfo(kModel).absoluteFilePath());
        // The recipe, the variants with the same figures, the chart metric, the selected layer.
        QCOMPARE(QJsonDocument::fromJson(w2.compressionPanel()->recipe().toJson()).object(), recipeBefore);
        const auto &after = w2.comparePanel()->variants();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.front().name, QStringLiteral("four bit"));
        const Variant &va = *before.front().variant, &vb = *after.front().variant;
        QCOMPARE(vb.bytes, va.bytes);
        QCOMPARE(vb.originalBytes, va.originalBytes);
        QCOMPARE(vb.error.relativeFrobenius, va.error.relativeFrobenius);
        QCOMPARE(vb.layers.size(), va.layers.size());
        for (std::size_t i = 0; i < va.layers.size(); ++i) {
            QCOMPARE(vb.layers[i].bytes, va.layers[i].bytes);
            QCOMPARE(vb.layers[i].changed, va.layers[i].changed);
            QCOMPARE(vb.layers[i].error.relativeFrobenius, va.layers[i].error.relativeFrobenius);
        }
        QCOMPARE(after.front().measured->summary.latencyUs, before.front().measured->summary.latencyUs);
        QCOMPARE(after.front().measured->originalLatencyUs, before.front().measured->originalLatencyUs);
        QCOMPARE(w2.comparePanel()->metric(), ComparePanel::Metric::Error);
        QCOMPARE(w2.currentProject().ui.selectedLayer, layerBefore);
        QCOMPARE(w2.comparePanel()->barChart() != nullptr, true);
        // The restored variant draws: the bars show its per-layer errors.
        QVERIFY(!w2.comparePanel()->categoryLayers().empty());
        w2.setPromptHook([](const QString &) { return QMessageBox::Discard; });
    }

    void projectWithMovedModelAsksToLocate()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("gpt2-tiny"));
        QVERIFY(QDir().mkpath(model));
        for (const QString &name : QDir(kModel).entryList(QDir::Files))
            QVERIFY(QFile::copy(kModel + QLatin1Char('/') + name, model + QLatin1Char('/') + name));
        JobContext ctx;
        Project p;
        auto ref = describeModelFiles(model, QStringLiteral("safetensors"), ctx);
        QVERIFY(ref.ok());
        p.model = ref.value();
        p.recipe = recipeJson(R"({"pare_recipe": 1})");
        const QString path = dir.filePath(QStringLiteral("moved.pare"));
        QVERIFY(saveProject(p, path).ok());
        QVERIFY(QDir(model).removeRecursively());

        MainWindow w;
        QStringList asked;
        w.setPromptHook([&asked](const QString &box) {
            asked << box;
            return box == QLatin1String("modelMissingBox") ? QMessageBox::Open : QMessageBox::Discard;
        });
        w.setLocateHook([] { return kModel; }); // an identical copy elsewhere
        QSignalSpy restored(&w, &MainWindow::projectRestored);
        w.openFile(path);
        QVERIFY(restored.wait(30000));
        QCOMPARE(asked, QStringList{QStringLiteral("modelMissingBox")});
        QCOMPARE(QFileInfo(w.session()->model()->path).absoluteFilePath(), QFileInfo(kModel).absoluteFilePath());
        QVERIFY(w.isWindowModified()); // the project now points elsewhere: unsaved
    }

    void unsavedWorkPrompt()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, kModel));
        QTRY_VERIFY_WITH_TIMEOUT(w.compressionPanel()->computeButton()->isEnabled(), 20000);
        QVERIFY(waitForVariant(w, 1));
        QVERIFY(w.isWindowModified());
        QStringList asked;
        // Cancel: nothing is opened, the window stays.
        w.setPromptHook([&asked](const QString &box) {
            asked << box;
            return QMessageBox::Cancel;
        });
        w.openFile(kOtherModel);
        QCOMPARE(asked, QStringList{QStringLiteral("unsavedBox")});
        QVERIFY(!w.session()->isLoading());
        QCOMPARE(int(w.comparePanel()->variants().size()), 1);
        QVERIFY(!w.close());
        QCOMPARE(asked.size(), 2);
        // Discard: the other model opens.
        w.setPromptHook([&asked](const QString &box) {
            asked << box;
            return QMessageBox::Discard;
        });
        QSignalSpy opened(w.session(), &Session::modelOpened);
        w.openFile(kOtherModel);
        QVERIFY(opened.wait(30000));
        QCOMPARE(asked.size(), 3);
        QVERIFY(w.session()->model()->path.endsWith(QLatin1String("mlp.onnx")));
        QVERIFY(w.comparePanel()->variants().empty());
        QVERIFY(!w.isWindowModified());
        // Nothing unsaved: no question.
        QVERIFY(w.close());
        QCOMPARE(asked.size(), 3);
    }

    // Each running instance autosaves to its own file; only the autosave of an instance that
    // has gone without a clean exit is offered, and restoring it makes it this instance's own.
    void autosaveIsPerInstanceAndOfferedAfterACrash()
    {
        QDir(recovery::directory()).removeRecursively();
        QVERIFY(!MainWindow::recoveryAvailable());
        MainWindow::markSessionRunning(); // this test process is a running Pare
        const QString own = MainWindow::recoveryPath();
        QVERIFY(QFileInfo(own).fileName().contains(QString::number(QCoreApplication::applicationPid())));
        std::int64_t bytes = 0;
        {
            auto *w = new MainWindow;
            w->show();
            QVERIFY(openAndWait(*w, kModel));
            QTRY_VERIFY_WITH_TIMEOUT(w->compressionPanel()->computeButton()->isEnabled(), 20000);
            QSignalSpy autosaved(w, &MainWindow::autosaved);
            QVERIFY(waitForVariant(*w, 1)); // a computed variant triggers an autosave
            QVERIFY(autosaved.count() > 0 || autosaved.wait(30000));
            QVERIFY(QFileInfo::exists(own));
            bytes = w->comparePanel()->variants().front().variant->bytes;
            delete w; // no close, no clean exit
        }
        // The instance that wrote it (this process) still runs: nothing to recover.
        QVERIFY(QFileInfo::exists(own));
        QVERIFY(!MainWindow::recoveryAvailable());

        // A second running instance with an autosave of its own: not offered either.
        QProcess other;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PARE_TEST_RECOVERY_SOURCE"), own);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        other.setProcessEnvironment(env);
        other.start(QCoreApplication::applicationFilePath(), {QStringLiteral("holdRecoveryLock")});
        QVERIFY(other.waitForStarted(30000));
        QByteArray out;
        while (!out.contains("PARE-READY") && other.state() == QProcess::Running && other.waitForReadyRead(60000))
            out += other.readAllStandardOutput();
        QVERIFY2(out.contains("PARE-READY"), out.constData());
        const QString otherFile = recovery::directory() + QStringLiteral("/recovery-%1.pare").arg(other.processId());
        QVERIFY(QFileInfo::exists(otherFile));
        QVERIFY(!MainWindow::recoveryAvailable());

        // It crashes: its autosave is now an orphan, offered at the next start.
        other.kill();
        QVERIFY(other.waitForFinished(30000));
        QVERIFY(MainWindow::recoveryAvailable());
        QCOMPARE(recovery::orphans(), QStringList{QFileInfo(otherFile).absoluteFilePath()});

        MainWindow w2;
        QStringList asked;
        w2.setPromptHook([&asked](const QString &box) {
            asked << box;
            return box == QLatin1String("recoveryBox") ? QMessageBox::Yes : QMessageBox::Discard;
        });
        QFile::remove(own); // as at a fresh start of this instance
        QSignalSpy restored(&w2, &MainWindow::projectRestored);
        QVERIFY(w2.offerRecovery());
        QVERIFY(restored.wait(30000));
        QCOMPARE(asked, QStringList{QStringLiteral("recoveryBox")});
        QCOMPARE(int(w2.comparePanel()->variants().size()), 1);
        QCOMPARE(w2.comparePanel()->variants().front().variant->bytes, bytes);
        QVERIFY(w2.projectPath().isEmpty()); // not saved anywhere yet
        QVERIFY(w2.isWindowModified());
        // Taken over: the orphan became this instance's autosave, so no other start offers it.
        QVERIFY(!QFileInfo::exists(otherFile));
        QVERIFY(QFileInfo::exists(own));
        QVERIFY(!MainWindow::recoveryAvailable());
        // A clean exit removes this instance's autosave.
        QVERIFY(w2.close());
        QVERIFY(!QFileInfo::exists(own));
        QVERIFY(!MainWindow::recoveryAvailable());
    }

    // Declining an orphan deletes it and offers the next one.
    void discardedOrphansAreDeleted()
    {
        // (This process holds its own lock since the test above: leave the lock files alone.)
        QDir dir(recovery::directory());
        for (const QString &f : dir.entryList({QStringLiteral("*.pare")}, QDir::Files))
            QVERIFY(dir.remove(f));
        // Two autosaves of instances that have gone (PIDs of processes that have ended).
        QStringList files;
        for (int i = 0; i < 2; ++i) {
            QProcess gone;
            gone.start(QStringLiteral("true"), {});
            QVERIFY(gone.waitForStarted(30000));
            const qint64 pid = gone.processId(); // 0 once it has finished
            QVERIFY(gone.waitForFinished(30000));
            const QString f = recovery::directory() + QStringLiteral("/recovery-%1.pare").arg(pid);
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not opened: declined");
            files << f;
        }
        QCOMPARE(recovery::orphans().size(), 2);
        MainWindow w;
        int asked = 0;
        w.setPromptHook([&asked](const QString &box) {
            asked += box == QLatin1String("recoveryBox");
            return QMessageBox::Discard;
        });
        QVERIFY(!w.offerRecovery());
        QCOMPARE(asked, 2);
        for (const QString &f : files)
            QVERIFY(!QFileInfo::exists(f));
        QVERIFY(!MainWindow::recoveryAvailable());
    }

    // Not a check on its own: the second instance autosaveIsPerInstance… starts.
    void holdRecoveryLock()
    {
        const QString source = qEnvironmentVariable("PARE_TEST_RECOVERY_SOURCE");
        if (source.isEmpty())
            QSKIP("helper: run as a second instance by autosaveIsPerInstanceAndOfferedAfterACrash");
        MainWindow::markSessionRunning();
        QVERIFY(QFile::copy(source, MainWindow::recoveryPath()));
        std::fputs("PARE-READY\n", stdout);
        std::fflush(stdout);
        char line[16];
        (void)!std::fgets(line, sizeof line, stdin); // until the parent kills this process
    }
};

QTEST_MAIN(TestProject)
#include "tst_project.moc"
