// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pare-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARE_VERSION));
    return pare::cli::run(QCoreApplication::arguments());
}
