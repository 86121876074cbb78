// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/paths.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using pare::core::DataDirContext;
using pare::core::Platform;

Q_DECLARE_METATYPE(pare::core::Platform)

namespace {
// A fake file tree under a temporary root: each entry is a folder relative to the root.
void makeTree(const QString &root, const QStringList &folders)
{
    for (const QString &folder : folders)
        QVERIFY2(QDir(root).mkpath(folder), qPrintable(root + u'/' + folder));
}

QString under(const QString &root, const QString &relative)
{
    return relative.isEmpty() ? QString() : QDir::cleanPath(root + u'/' + relative);
}
} // namespace

class TestPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void candidatesOrder();
    void demoDirFollowsOverride();
    void buildTreeFallbackOfThisProcess();
    void relocatedTreeStillResolves();
};

void TestPaths::resolve_data()
{
    // All paths are relative to a fresh temporary root; "" means "not set".
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("executableDir");
    QTest::addColumn<QString>("appImageDir");
    QTest::addColumn<QString>("overrideDir");
    QTest::addColumn<QString>("buildTreeDir");
    QTest::addColumn<QString>("expected");

    struct Row
    {
        const char *name;
        Platform platform;
        const char *folders; // comma-separated
        const char *executableDir;
        const char *appImageDir;
        const char *overrideDir;
        const char *buildTreeDir;
        const char *expected;
    };
    const Row rows[] = {
        {"linux installed", Platform::Linux,
         "usr/bin,usr/share/pare/demo",
         "usr/bin", "", "", "", "usr/share/pare"},
        {"linux /opt prefix", Platform::Linux,
         "opt/pare/bin,opt/pare/share/pare/demo",
         "opt/pare/bin", "", "", "", "opt/pare/share/pare"},
        {"linux share/pare without demo is not Pare's", Platform::Linux,
         "usr/bin,usr/share/pare/docs",
         "usr/bin", "", "", "", ""},
        {"appimage", Platform::Linux,
         "tmp/.mount_x/usr/share/pare/demo,elsewhere",
         "elsewhere", "tmp/.mount_x", "", "", "tmp/.mount_x/usr/share/pare"},
        {"macos bundle", Platform::MacOS,
         "Pare.app/Contents/MacOS,Pare.app/Contents/Resources/demo",
         "Pare.app/Contents/MacOS", "", "", "", "Pare.app/Contents/Resources"},
        {"macos ignores linux layout", Platform::MacOS,
         "usr/bin,usr/share/pare/demo",
         "usr/bin", "", "", "", ""},
        {"windows next to exe", Platform::Windows,
         "Pare/demo",
         "Pare", "", "", "", "Pare"},
        {"windows ignores linux layout", Platform::Windows,
         "bin,share/pare/demo",
         "bin", "", "", "", ""},
        {"build tree fallback", Platform::Linux,
         "build/app,src/resources/demo",
         "build/app", "", "", "src/resources", "src/resources"},
        {"installed tree beats build tree", Platform::Linux,
         "usr/bin,usr/share/pare/demo,src/resources/demo",
         "usr/bin", "", "", "src/resources", "usr/share/pare"},
        {"override wins, demo not required", Platform::Linux,
         "usr/bin,usr/share/pare/demo,mine",
         "usr/bin", "", "mine", "", "mine"},
        {"missing override is ignored", Platform::Linux,
         "usr/bin,usr/share/pare/demo",
         "usr/bin", "", "does/not/exist", "", "usr/share/pare"},
        {"nothing anywhere", Platform::Linux,
         "usr/bin",
         "usr/bin", "", "", "src/resources", ""},
        {"no executable dir", Platform::Linux,
         "src/resources/demo",
         "", "", "", "src/resources", "src/resources"},
    };
    for (const Row &row : rows) {
        QTest::newRow(row.name) << row.platform
                                << QString::fromLatin1(row.folders).split(u',')
                                << QString::fromLatin1(row.executableDir)
                                << QString::fromLatin1(row.appImageDir)
                                << QString::fromLatin1(row.overrideDir)
                                << QString::fromLatin1(row.buildTreeDir)
                                << QString::fromLatin1(row.expected);
    }
}

void TestPaths::resolve()
{
    QFETCH(Platform, platform);
    QFETCH(QStringList, folders);
    QFETCH(QString, executableDir);
    QFETCH(QString, appImageDir);
    QFETCH(QString, overrideDir);
    QFETCH(QString, buildTreeDir);
    QFETCH(QString, expected);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString base = QFileInfo(root.path()).canonicalFilePath();
    makeTree(base, folders);

    DataDirContext context;
    context.platform = platform;
    context.executableDir = under(base, executableDir);
    context.appImageDir = under(base, appImageDir);
    context.overrideDir = under(base, overrideDir);
    context.buildTreeDir = under(base, buildTreeDir);

    QCOMPARE(pare::core::resolveDataDir(context), under(base, expected));
}

void TestPaths::candidatesOrder()
{
    DataDirContext context;
    context.platform = Platform::Linux;
    context.executableDir = QStringLiteral("/a/bin");
    context.appImageDir = QStringLiteral("/img");
    context.overrideDir = QStringLiteral("/override/");
    context.buildTreeDir = QStringLiteral("/src/resources");
    const QStringList expected{QStringLiteral("/override"), QStringLiteral("/img/usr/share/pare"),
                               QStringLiteral("/a/share/pare"), QStringLiteral("/src/resources")};
    QCOMPARE(pare::core::dataDirCandidates(context), expected);

    context.platform = Platform::MacOS;
    context.executableDir = QStringLiteral("/Applications/Pare.app/Contents/MacOS");
    context.appImageDir.clear();
    context.overrideDir.clear();
    context.buildTreeDir.clear();
    QCOMPARE(pare::core::dataDirCandidates(context),
             QStringList{QStringLiteral("/Applications/Pare.app/Contents/Resources")});

    context.platform = Platform::Windows;
    context.executableDir = QStringLiteral("C:/Program Files/Pare");
    QCOMPARE(pare::core::dataDirCandidates(context),
             QStringList{QStringLiteral("C:/Program Files/Pare")});
}

void TestPaths::demoDirFollowsOverride()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString base = QFileInfo(root.path()).canonicalFilePath();
    const QByteArray previous = qgetenv("PARE_DATA_DIR");
    qputenv("PARE_DATA_DIR", base.toLocal8Bit());
    const QString data = pare::core::dataDir();
    const QString demo = pare::core::demoDir();
    if (previous.isNull())
        qunsetenv("PARE_DATA_DIR");
    else
        qputenv("PARE_DATA_DIR", previous);
    QCOMPARE(data, base);
    QCOMPARE(demo, base + QStringLiteral("/demo"));
}

void TestPaths::buildTreeFallbackOfThisProcess()
{
    // This test runs from the build tree, where no installed layout exists next to it, so the
    // source tree's resources/ (which holds demo/) is what the process must find.
    if (qEnvironmentVariableIsSet("PARE_DATA_DIR") || qEnvironmentVariableIsSet("APPDIR"))
        QSKIP("PARE_DATA_DIR or APPDIR is set in the environment");
    const QString expected = QDir::cleanPath(QStringLiteral(PARE_SOURCE_DIR "/resources"));
    QVERIFY2(QFileInfo(expected + QStringLiteral("/demo")).isDir(), qPrintable(expected));
    QCOMPARE(pare::core::dataDir(), QFileInfo(expected).absoluteFilePath());
    QCOMPARE(pare::core::demoDir(), QFileInfo(expected).absoluteFilePath() + QStringLiteral("/demo"));
    QCOMPARE(pare::core::currentDataDirContext().executableDir,
             QCoreApplication::applicationDirPath());
}

void TestPaths::relocatedTreeStillResolves()
{
    // A relocatable tree: resolve, move the whole prefix, resolve again from the new place.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString base = QFileInfo(root.path()).canonicalFilePath();
    makeTree(base, {QStringLiteral("first/bin"), QStringLiteral("first/share/pare/demo")});

    DataDirContext context;
    context.platform = Platform::Linux;
    context.executableDir = base + QStringLiteral("/first/bin");
    QCOMPARE(pare::core::resolveDataDir(context), base + QStringLiteral("/first/share/pare"));

    QVERIFY(QDir(base).rename(QStringLiteral("first"), QStringLiteral("moved")));
    QCOMPARE(pare::core::resolveDataDir(context), QString());
    context.executableDir = base + QStringLiteral("/moved/bin");
    QCOMPARE(pare::core::resolveDataDir(context), base + QStringLiteral("/moved/share/pare"));
}

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
