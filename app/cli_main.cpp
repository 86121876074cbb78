// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "common/hugepagemalloc.h"
#include "i18n.h"

#include <QGuiApplication>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Large buffers in huge pages (see common/hugepagemalloc.h): returns unless it restarts.
    pare::core::restartWithHugePageMalloc(argv);
    // Headless always: the GUI application object only serves fonts and painting (PDF reports).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // What QStandardPaths would fall back to, without its warning on every run.
        const QByteArray dir = "/tmp/runtime-" + QByteArray::number(uint(::getuid()));
        if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pare-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARE_VERSION));
    // The system locale's language (LC_ALL, LC_MESSAGES, LANG) before any option is parsed, so
    // --help, usage errors, progress and the reports written are all in it; C/POSIX: English.
    pare::i18n::installTranslators(&app);
    return pare::cli::run(QCoreApplication::arguments());
}
