// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pare"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pare"));
    QApplication::setOrganizationName(QStringLiteral("Pare"));
    QApplication::setApplicationVersion(QStringLiteral(PARE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Pare: a workbench for compressing neural-network models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Model or project to open."),
                                 QStringLiteral("[file]"));
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << "pare: " << parser.errorText() << '\n'
                            << QApplication::translate("main", "Try 'pare --help'.") << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "pare " << QApplication::applicationVersion() << '\n';
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << "pare: "
                            << QApplication::translate("main", "expected at most one file, got %1")
                                   .arg(parser.positionalArguments().size())
                            << '\n';
        return 2;
    }

    pare::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
