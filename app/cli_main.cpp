// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Headless always: the GUI application object only serves fonts and painting (PDF reports).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pare-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARE_VERSION));
    return pare::cli::run(QCoreApplication::arguments());
}
