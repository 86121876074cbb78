// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commands.h"

#include <QCoreApplication>

#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <memory>
#include <unistd.h>

namespace pare::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

namespace {
QList<Command> &registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

CommandRegistrar::CommandRegistrar(const Command &command)
{
    registry().append(command);
}

QList<Command> commands()
{
    QList<Command> list = registry();
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) {
        return qstrcmp(a.name, b.name) < 0;
    });
    return list;
}

namespace {
void printUsage(QTextStream &s)
{
    s << QCoreApplication::translate("cli", "Usage: pare-cli <command> [options]") << "\n\n"
      << QCoreApplication::translate("cli", "Pare compresses neural-network models: inspect, prune, quantize, factorize, compare.")
      << "\n\n"
      << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const Command &c : commands())
        s << "  " << QString::fromLatin1(c.name).leftJustified(10) << QCoreApplication::translate("cli", c.summary) << '\n';
    s << '\n'
      << QCoreApplication::translate("cli", "Options:") << '\n'
      << "  -h, --help     " << QCoreApplication::translate("cli", "Show this help; 'pare-cli <command> --help' for a command.") << '\n'
      << "  -v, --version  " << QCoreApplication::translate("cli", "Show the version.") << "\n\n"
      << QCoreApplication::translate("cli", "Exit codes: 0 success, 1 failed work, 2 usage error, 3 bad input file.") << '\n';
    s.flush();
}
} // namespace

int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const char *command)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show help for this command."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << "pare-cli " << command << ": " << parser.errorText() << '\n'
              << QCoreApplication::translate("cli", "Try 'pare-cli %1 --help'.").arg(QLatin1String(command)) << '\n';
        err().flush();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                           QStringLiteral("pare-cli %1").arg(QLatin1String(command)));
        out().flush();
        return ExitOk;
    }
    return -1;
}

namespace {
std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}
} // namespace

core::JobContext cliProgress(bool quiet)
{
    std::signal(SIGINT, onInterrupt);
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    struct State
    {
        QElapsedTimer clock;
        int lastPercent = -1;
        QString lastMessage;
    };
    auto state = std::make_shared<State>();
    state->clock.start();
    auto progress = [quiet, tty, state](double f, const QString &message) {
        if (quiet)
            return;
        const int percent = int(f * 100.0);
        if (percent == state->lastPercent && message == state->lastMessage)
            return;
        if (!tty) { // logs: one line per new kind of step or per 10 %, not per chunk
            static const QRegularExpression digits(QStringLiteral("\\d+"));
            const QString kind = QString(message).remove(digits);
            const bool newStep = kind != QString(state->lastMessage).remove(digits);
            if (newStep || percent / 10 != state->lastPercent / 10)
                err() << QStringLiteral("[%1 %] %2").arg(percent, 3).arg(message) << '\n';
        } else {
            const qint64 ms = state->clock.elapsed();
            const QString eta = f > 0.02 ? QStringLiteral(" ETA %1 s").arg(double(ms) * (1.0 - f) / f / 1000.0, 0, 'f', 0)
                                         : QString();
            const int filled = percent * 30 / 100;
            err() << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(30 - filled, QLatin1Char(' ')) << "] "
                  << QStringLiteral("%1 %").arg(percent, 3) << eta << ' ' << message.left(50).leftJustified(50);
            if (f >= 1.0)
                err() << '\n';
        }
        err().flush();
        state->lastPercent = percent;
        state->lastMessage = message;
    };
    auto log = [quiet](core::LogLevel level, const QString &line) {
        if (!quiet || level >= core::LogLevel::Warning) {
            err() << line << '\n';
            err().flush();
        }
    };
    return core::JobContext(progress, log, [] { return g_interrupted.load(); });
}

int exitCodeFor(const core::Error &error)
{
    switch (error.code) {
    case core::ErrorCode::Format:
    case core::ErrorCode::NotFound:
    case core::ErrorCode::Unsupported:
    case core::ErrorCode::NotAProject:
        return ExitBadInput;
    case core::ErrorCode::InvalidArgument:
        return ExitUsage;
    default:
        return ExitFailed;
    }
}

int usageError(const char *command, const QString &message)
{
    err() << "pare-cli " << command << ": " << message << '\n'
          << QCoreApplication::translate("cli", "Try 'pare-cli %1 --help'.").arg(QLatin1String(command)) << '\n';
    err().flush();
    return ExitUsage;
}

int reportError(const core::Error &error)
{
    err() << "pare-cli: " << error.message << '\n';
    err().flush();
    return exitCodeFor(error);
}

int run(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        printUsage(err());
        return ExitUsage;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << "pare-cli " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        if (arguments.size() > 2 && first == QLatin1String("help"))
            return run({arguments.at(0), arguments.at(2), QStringLiteral("--help")});
        printUsage(out());
        return ExitOk;
    }
    // `inspect --stats` is the statistics view of inspect: the stats command.
    QString name = first;
    QStringList rest = arguments.mid(2);
    if (name == QLatin1String("inspect") && rest.contains(QLatin1String("--stats"))) {
        name = QStringLiteral("stats");
        rest.removeAll(QStringLiteral("--stats"));
    }
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            rest.prepend(arguments.at(0));
            return c.run(rest);
        }
    }
    err() << (first.startsWith(QLatin1Char('-'))
                  ? QCoreApplication::translate("cli", "pare-cli: unknown option '%1'").arg(first)
                  : QCoreApplication::translate("cli", "pare-cli: unknown command '%1'").arg(first))
          << '\n'
          << QCoreApplication::translate("cli", "Try 'pare-cli --help'.") << '\n';
    err().flush();
    return ExitUsage;
}

} // namespace pare::cli
