// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/hugepagemalloc.h"
#include "common/paths.h"
#include "jobs/jobrunner.h"
#include "language.h"
#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

namespace {
// Parses the command line. Returns -1 to go on and start the GUI, else an exit code: --help,
// --version and usage errors are answered without a display.
int parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Pare: a workbench for compressing neural-network models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Model or project to open."),
                                 QStringLiteral("[file]"));
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "pare: " << parser.errorText() << '\n'
                            << QCoreApplication::translate("main", "Try 'pare --help'.") << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "pare " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << "pare: "
                            << QCoreApplication::translate("main", "expected at most one file, got %1")
                                   .arg(parser.positionalArguments().size())
                            << '\n';
        return 2;
    }
    return -1;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Pare"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARE_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // Large buffers in huge pages (see common/hugepagemalloc.h): returns unless it restarts.
    pare::core::restartWithHugePageMalloc(argv);
    QStringList files;
    {
        // The command line first, so --help and --version work where there is no display.
        QCoreApplication early(argc, argv);
        setIdentity();
        pare::ui::installTranslators(&early, pare::ui::preferredLanguage());
        QCommandLineParser parser;
        if (const int code = parseArguments(parser, QCoreApplication::arguments()); code >= 0)
            return code;
        files = parser.positionalArguments();
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Pare"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.pare.Pare"));
    pare::ui::installTranslators(&app, pare::ui::preferredLanguage());
    pare::core::setComputeThreads(QSettings().value(QStringLiteral("threads"), 0).toInt());
    pare::ui::applySavedTheme();

    pare::ui::MainWindow window;
    window.show();
    // After a crash (an autosave is there and the last session did not end cleanly), offer it.
    const bool recovering = window.offerRecovery();
    pare::ui::MainWindow::markSessionRunning();
    if (recovering) {
        // the recovered session opens
    } else if (!files.isEmpty()) {
        window.openFile(files.constFirst());
    } else if (window.recentFiles().isEmpty()) {
        // A first start opens on something real: the bundled demo language model.
        const QString demo = pare::core::demoDir() + QStringLiteral("/kjv-gpt2");
        if (QFileInfo::exists(demo + QStringLiteral("/config.json")))
            window.openFile(demo);
    }
    return QApplication::exec();
}
