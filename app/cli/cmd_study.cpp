// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli study PROJECT.pare -o OUT.{html,pdf,csv,json,md}: replays a project saved by the GUI —
// its variants' recipes on its model, measured with the same services — and writes the report,
// so a CI job and the GUI agree.
#include "cli.h"
#include "commands.h"

#include "jobs/jobrunner.h"
#include "reportwriter.h"
#include "service/project.h"
#include "service/study.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

namespace pare::cli {

namespace {
int runStudyCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli", "Replay a project saved by the GUI: compress its model with each of the project's "
                                   "variants, measure them as the GUI does, and write the comparison report. When the "
                                   "project holds a complete sensitivity sweep (the Budget dock's), the report adds the "
                                   "budget solver's front and its plans against the uniform recipes."));
    p.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("cli", "A Pare project (.pare)."));
    QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                              QCoreApplication::translate("cli", "Report file; its extension picks the format (.html .pdf .csv .json .md); repeatable."),
                              QCoreApplication::translate("cli", "file"));
    QCommandLineOption noLatency(QStringLiteral("no-latency"), QCoreApplication::translate("cli", "Skip the per-layer latency measurements."));
    QCommandLineOption noEval(QStringLiteral("no-eval"), QCoreApplication::translate("cli", "Skip end-to-end evaluation."));
    QCommandLineOption threads(QStringLiteral("threads"), QCoreApplication::translate("cli", "Worker threads (default: all cores)."), QCoreApplication::translate("cli", "n"), QStringLiteral("0"));
    QCommandLineOption batch(QStringLiteral("batch"), QCoreApplication::translate("cli", "Batch size for latency (default 1)."), QCoreApplication::translate("cli", "n"), QStringLiteral("1"));
    QCommandLineOption force(QStringLiteral("force"), QCoreApplication::translate("cli", "Replace existing report files."));
    QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, QCoreApplication::translate("cli", "No progress output."));
    QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the study as JSON on stdout."));
    QCommandLineOption all(QStringLiteral("all"), QCoreApplication::translate("cli", "Replay every variant, also those hidden in the Compare dock."));
    QCommandLineOption calibration(QStringLiteral("calibration"),
                                   QCoreApplication::translate("cli", "Data for the variants' activation-aware (\"score\": \"wanda\") pruning "
                                                                      "(default: the calibration data saved with the project)."),
                                   QStringLiteral("PATH"));
    p.addOptions({output, noLatency, noEval, threads, batch, force, quiet, json, all, calibration});
    if (const int code = parseOrExit(p, arguments, "study"); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1 || p.values(output).isEmpty())
        return usageError("study", QCoreApplication::translate("cli", "expected PROJECT.pare and at least one -o OUT"));

    core::StudyOptions options;
    options.latency = !p.isSet(noLatency);
    options.evaluate = !p.isSet(noEval);
    bool ok = true;
    options.batch = p.value(batch).toInt(&ok);
    if (!ok || options.batch < 1 || options.batch > 65536)
        return usageError("study", QCoreApplication::translate("cli", "--batch must be a whole number from 1 to 65536, got '%1'").arg(p.value(batch)));
    const int threadCount = p.value(threads).toInt(&ok);
    if (!ok || threadCount < 0 || threadCount > 4 * QThread::idealThreadCount())
        return usageError("study", QCoreApplication::translate("cli", "--threads must be from 0 (all) to %1, got '%2'")
                                       .arg(4 * QThread::idealThreadCount()).arg(p.value(threads)));
    core::setComputeThreads(threadCount);

    const QStringList outputs = p.values(output);
    for (const QString &out : outputs) {
        if (auto f = report::formatFromPath(out); !f.ok())
            return usageError("study", f.error().message);
        if (!p.isSet(force) && QFileInfo::exists(out))
            return usageError("study", QCoreApplication::translate("cli", "%1: already exists (use --force to replace it)").arg(out));
    }

    const QString projectPath = p.positionalArguments().first();
    auto project = core::loadProject(projectPath);
    if (!project.ok()) {
        err() << "pare-cli study: " << project.error().message << '\n';
        return ExitBadInput; // a missing, unreadable, hostile or foreign file is bad input
    }
    // The calibration data the GUI used for activation-aware pruning, so that the replay prunes
    // the same weights; --calibration replaces it.
    options.calibrationPath = p.isSet(calibration) ? p.value(calibration) : project->calibrationPath;
    std::vector<core::StudyVariantSpec> specs;
    for (const core::ProjectVariant &v : project->variants) {
        if (!v.shown && !p.isSet(all))
            continue;
        auto recipe = core::Recipe::fromJson(QJsonDocument(v.recipe).toJson(),
                                             QCoreApplication::translate("cli", "%1: variant '%2'").arg(projectPath, v.name));
        if (!recipe.ok()) {
            err() << "pare-cli study: " << recipe.error().message << '\n';
            return ExitBadInput;
        }
        specs.push_back({v.name, recipe.value()});
    }
    if (specs.empty()) {
        err() << "pare-cli study: " << QCoreApplication::translate("cli", "%1: the project has no variants to replay (compute one in the GUI and "
                                          "save the project%2)").arg(projectPath, project->variants.empty() ? QString() : QCoreApplication::translate("cli", ", or pass --all to replay hidden ones"))
              << '\n';
        return ExitBadInput;
    }

    core::JobContext ctx = cliProgress(p.isSet(quiet));
    // The model must be the one the project was saved with.
    core::JobContext checkCtx = ctx.subRange(0.0, 0.05);
    auto check = core::checkProjectModel(project->model, {}, checkCtx);
    if (check.isCanceled())
        return ExitFailed;
    if (!check.ok())
        return reportError(check.error());
    if (check->state != core::ProjectModelState::Ok) {
        err() << "pare-cli study: " << projectPath << ": " << check->message << '\n';
        return ExitBadInput;
    }
    core::JobContext studyCtx = ctx.subRange(0.05, 1.0);
    auto study = core::runStudy(project->model.path, specs, options, studyCtx);
    if (!study.ok())
        return study.isCanceled() ? ExitFailed : reportError(study.error());
    // The project's sensitivity sweep (the Budget dock's), when complete: the solver's front and
    // its plans against the uniform recipes.
    if (auto s = core::attachSolverFromSweep(*study, project->sensitivity, projectPath); !s.ok()) {
        err() << "pare-cli study: " << s.error().message << '\n';
        return ExitBadInput;
    }
    for (const QString &out : outputs) {
        if (auto w = report::writeReport(*study, out, p.isSet(force)); !w.ok())
            return reportError(w.error());
    }
    if (p.isSet(json))
        out() << QJsonDocument(study->toJson()).toJson(QJsonDocument::Indented);
    else
        for (const QString &o : outputs)
            out() << QFileInfo(o).absoluteFilePath() << '\n';
    out().flush();
    return ExitOk;
}

const CommandRegistrar registrar({"study", QT_TRANSLATE_NOOP("cli", "Replay a project saved by the GUI and write its report"),
                                  runStudyCommand});
} // namespace

} // namespace pare::cli
