// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace pare::cli {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments); // arguments[0] is "pare-cli <name>"
};

// All subcommands, sorted by name as `pare-cli --help` lists them.
QList<Command> commands();

// Each cmd_<name>.cpp registers its command with a file-scope
//   static const CommandRegistrar registrar({"name", QT_TRANSLATE_NOOP("cli", "…"), runName});
struct CommandRegistrar
{
    explicit CommandRegistrar(const Command &command);
};

QTextStream &out();
QTextStream &err();

// Parses, handling --help and reporting usage errors. Returns -1 to continue, else an exit code.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const char *command);
// Exit code for a failed Result: 3 for bad input files, 1 otherwise.
int exitCodeFor(const core::Error &error);
int reportError(const core::Error &error);
// "pare-cli <command>: <message>" and the --help hint on stderr; returns ExitUsage.
int usageError(const char *command, const QString &message);

// A job context for a command: progress on stderr as a bar with ETA when stderr is a terminal,
// plain lines otherwise; silent with `quiet`. Ctrl+C cancels the job.
core::JobContext cliProgress(bool quiet);

} // namespace pare::cli
