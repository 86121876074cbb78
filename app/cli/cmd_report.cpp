// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli report MODEL --recipe R1.json [--recipe R2.json …] -o OUT.{html,pdf,csv,json,md}
//   [--solve BUDGET|same|same:VARIANT [--damage weight|output|e2e]]: adds the budget solver's plan
//   as a variant, its Pareto front and "solver vs best uniform recipe" to the report.
// pare-cli demo [-o DIR]: the default study of the bundled demo language model, with the solver's
// plan at the size of its int4 group 128 variant.
#include "cli.h"
#include "commands.h"

#include "common/paths.h"
#include "reportwriter.h"
#include "jobs/jobrunner.h"
#include "service/study.h"
#include "solve/budget.h"
#include "solve/sensitivity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

namespace pare::cli {

namespace {
struct CommonOptions
{
    QCommandLineOption noLatency{QStringLiteral("no-latency"), QCoreApplication::translate("cli", "Skip the per-layer latency measurements.")};
    QCommandLineOption noEval{QStringLiteral("no-eval"), QCoreApplication::translate("cli", "Skip end-to-end evaluation.")};
    QCommandLineOption data{QStringLiteral("data"), QCoreApplication::translate("cli", "Evaluation data (text, .npz, .npy, IDX, CSV)."), QCoreApplication::translate("cli", "path")};
    QCommandLineOption labels{QStringLiteral("labels"), QCoreApplication::translate("cli", "Labels for the evaluation data."), QCoreApplication::translate("cli", "path")};
    QCommandLineOption batch{QStringLiteral("batch"), QCoreApplication::translate("cli", "Batch size for latency (default 1)."), QCoreApplication::translate("cli", "n"), QStringLiteral("1")};
    QCommandLineOption threads{QStringLiteral("threads"), QCoreApplication::translate("cli", "Worker threads (default: all cores)."), QCoreApplication::translate("cli", "n"), QStringLiteral("0")};
    QCommandLineOption maxBytes{QStringLiteral("eval-bytes"), QCoreApplication::translate("cli", "Evaluate language models on the first N bytes of the text (0: all)."), QCoreApplication::translate("cli", "n"), QStringLiteral("0")};
    QCommandLineOption force{QStringLiteral("force"), QCoreApplication::translate("cli", "Replace existing report files.")};
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")}, QCoreApplication::translate("cli", "No progress output.")};
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("cli", "Print the study as JSON on stdout.")};

    void addTo(QCommandLineParser &p)
    {
        p.addOptions({noLatency, noEval, data, labels, batch, threads, maxBytes, force, quiet, json});
    }
};

// Returns -1 when the options are valid, else the exit code after a message.
int studyOptions(const QCommandLineParser &p, CommonOptions &o, core::StudyOptions &out, const char *command)
{
    bool ok = true;
    out.latency = !p.isSet(o.noLatency);
    out.evaluate = !p.isSet(o.noEval);
    out.dataPath = p.value(o.data);
    out.labelsPath = p.value(o.labels);
    out.batch = p.value(o.batch).toInt(&ok);
    if (!ok || out.batch < 1 || out.batch > 65536) {
        err() << "pare-cli " << command << ": " << QCoreApplication::translate("cli", "--batch must be a whole number from 1 to 65536, got '%1'").arg(p.value(o.batch)) << '\n';
        return ExitUsage;
    }
    const int threads = p.value(o.threads).toInt(&ok);
    if (!ok || threads < 0 || threads > 4 * QThread::idealThreadCount()) {
        err() << "pare-cli " << command << ": " << QCoreApplication::translate("cli", "--threads must be from 0 (all) to %1, got '%2'").arg(4 * QThread::idealThreadCount()).arg(p.value(o.threads)) << '\n';
        return ExitUsage;
    }
    core::setComputeThreads(threads);
    out.maxEvalBytes = p.value(o.maxBytes).toLongLong(&ok);
    if (!ok || out.maxEvalBytes < 0) {
        err() << "pare-cli " << command << ": " << QCoreApplication::translate("cli", "--eval-bytes must be 0 or more") << '\n';
        return ExitUsage;
    }
    return -1;
}

// --solve and --damage into options.solve. Returns -1 when valid, else the exit code after a message.
int solveOptions(const QString &budget, const QString &damage, core::StudyOptions &options, const char *command)
{
    core::StudySolveOptions &so = options.solve;
    so.enabled = true;
    const auto level = core::damageLevelFromName(damage);
    if (!level) {
        err() << "pare-cli " << command << ": " << QCoreApplication::translate("cli", "--damage '%1': expected weight, output or e2e").arg(damage) << '\n';
        return ExitUsage;
    }
    so.level = *level;
    so.dataPath = options.dataPath;
    if (options.maxEvalBytes > 0)
        so.maxEvalBytes = options.maxEvalBytes;
    if (budget == QLatin1String("same"))
        return -1;
    if (budget.startsWith(QLatin1String("same:"))) {
        so.sameAs = budget.mid(5);
        return -1;
    }
    auto b = core::parseBudget(budget);
    if (!b.ok()) {
        err() << "pare-cli " << command << ": --solve: " << b.error().message << '\n';
        return ExitUsage;
    }
    so.budget = b.value();
    return -1;
}

int runAndWrite(const QString &model, const std::vector<core::StudyVariantSpec> &variants, const core::StudyOptions &options,
                const QStringList &outputs, bool force, bool quiet, bool json)
{
    for (const QString &out : outputs) {
        if (auto f = report::formatFromPath(out); !f.ok())
            return reportError(f.error());
        if (!force && QFileInfo::exists(out)) {
            err() << "pare-cli: " << QCoreApplication::translate("cli", "%1: already exists (use --force to replace it)").arg(out) << '\n';
            return ExitUsage;
        }
    }
    core::JobContext ctx = cliProgress(quiet);
    auto study = core::runStudy(model, variants, options, ctx);
    if (!study.ok())
        return study.isCanceled() ? ExitFailed : reportError(study.error());
    for (const QString &out : outputs) {
        if (auto w = report::writeReport(*study, out, force); !w.ok())
            return reportError(w.error());
    }
    if (json)
        out() << QJsonDocument(study->toJson()).toJson(QJsonDocument::Indented);
    else
        for (const QString &o : outputs)
            out() << QFileInfo(o).absoluteFilePath() << '\n';
    out().flush();
    return ExitOk;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli", "Compress MODEL with each recipe, measure, and write a comparison report."));
    p.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("cli", "Model file or directory."));
    QCommandLineOption recipe({QStringLiteral("r"), QStringLiteral("recipe")}, QCoreApplication::translate("cli", "A recipe (JSON); repeat for several variants."), QCoreApplication::translate("cli", "file"));
    QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("cli", "Report file; its extension picks the format (.html .pdf .csv .json .md); repeatable."), QCoreApplication::translate("cli", "file"));
    QCommandLineOption solve(QStringLiteral("solve"),
                             QCoreApplication::translate("cli", "Add the budget solver's plan for this budget as a variant, with its front: a size (1.5GB, "
                                "800MB), bits per weight (4.5bpw), a ratio (4x), a latency (30ms), 'same' (the size of the "
                                "largest uniform recipe given) or 'same:NAME' (the size of that variant)."),
                             QCoreApplication::translate("cli", "budget"));
    QCommandLineOption damage(QStringLiteral("damage"), QCoreApplication::translate("cli", "How the solver measures damage: weight (default), output or e2e."),
                              QCoreApplication::translate("cli", "level"), QStringLiteral("weight"));
    p.addOption(recipe);
    p.addOption(output);
    p.addOption(solve);
    p.addOption(damage);
    CommonOptions common;
    common.addTo(p);
    if (const int code = parseOrExit(p, arguments, "report"); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1 || p.values(recipe).isEmpty() || p.values(output).isEmpty()) {
        err() << "pare-cli report: " << QCoreApplication::translate("cli", "expected MODEL, at least one --recipe and at least one -o OUT") << '\n'
              << QCoreApplication::translate("cli", "Try 'pare-cli report --help'.") << '\n';
        return ExitUsage;
    }
    core::StudyOptions options;
    if (const int code = studyOptions(p, common, options, "report"); code >= 0)
        return code;
    std::vector<core::StudyVariantSpec> variants;
    for (const QString &path : p.values(recipe)) {
        auto r = core::Recipe::fromFile(path);
        if (!r.ok()) {
            err() << "pare-cli: " << r.error().message << '\n';
            return ExitBadInput; // a recipe is an input file: missing, unreadable or invalid
        }
        variants.push_back({QFileInfo(path).completeBaseName(), r.value()});
    }
    if (p.isSet(solve)) {
        if (const int code = solveOptions(p.value(solve), p.value(damage), options, "report"); code >= 0)
            return code;
    } else if (p.isSet(damage)) {
        err() << "pare-cli report: " << QCoreApplication::translate("cli", "--damage needs --solve") << '\n';
        return ExitUsage;
    }
    return runAndWrite(p.positionalArguments().first(), variants, options, p.values(output), p.isSet(common.force),
                       p.isSet(common.quiet), p.isSet(common.json));
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("cli", "The default study of the bundled demo language model: the original and four "
                                   "variants (int8 per channel; int4 group 128; 50 % pruned + int8; low-rank 90 % "
                                   "energy), and the budget solver's plan at the size of the int4 variant beside them, "
                                   "written as a report in every format."));
    QCommandLineOption outDir({QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("cli", "Folder for the report files (default: pare-demo-report)."), QCoreApplication::translate("cli", "dir"), QStringLiteral("pare-demo-report"));
    QCommandLineOption model(QStringLiteral("model"), QCoreApplication::translate("cli", "Which demo: lm (default) or classifier."), QCoreApplication::translate("cli", "which"), QStringLiteral("lm"));
    QCommandLineOption noSolve(QStringLiteral("no-solve"), QCoreApplication::translate("cli", "Leave out the budget solver's plan and front."));
    // Output level: each layer's output error on calibration text, scaled by how far its error
    // travels — about a second more than the weight level on the demos, and a real trade-off
    // (the weight level picks exactly uniform int4 on kjv-gpt2).
    QCommandLineOption damage(QStringLiteral("damage"), QCoreApplication::translate("cli", "How the solver measures damage: output (default), weight or e2e."),
                              QCoreApplication::translate("cli", "level"), QStringLiteral("output"));
    p.addOption(outDir);
    p.addOption(model);
    p.addOption(noSolve);
    p.addOption(damage);
    CommonOptions common;
    common.addTo(p);
    if (const int code = parseOrExit(p, arguments, "demo"); code >= 0)
        return code;
    core::StudyOptions options;
    if (const int code = studyOptions(p, common, options, "demo"); code >= 0)
        return code;
    const QString demo = core::demoDir();
    const QString which = p.value(model);
    const QString path = which == QLatin1String("classifier") ? demo + QStringLiteral("/fashion-cnn/fashion_cnn.onnx")
                                                              : demo + QStringLiteral("/kjv-gpt2");
    if (which != QLatin1String("lm") && which != QLatin1String("classifier")) {
        err() << "pare-cli demo: " << QCoreApplication::translate("cli", "--model must be 'lm' or 'classifier', got '%1'").arg(which) << '\n';
        return ExitUsage;
    }
    if (demo.isEmpty() || !QFileInfo::exists(path)) {
        err() << "pare-cli demo: " << QCoreApplication::translate("cli", "the demo models are not installed (looked for %1)").arg(path) << '\n';
        return ExitBadInput;
    }
    // The whole validation text takes minutes on two cores; a prefix keeps the demo quick.
    if (!p.isSet(common.maxBytes) && which == QLatin1String("lm"))
        options.maxEvalBytes = 32 * 1024;
    // The solver's plan at the size of the int4 variant, beside it in the report.
    std::vector<core::StudyVariantSpec> variants = core::defaultStudyVariants();
    if (!p.isSet(noSolve)) {
        const QString int4 = variants[1].name;
        if (const int code = solveOptions(QStringLiteral("same:") + int4, p.value(damage), options, "demo"); code >= 0)
            return code;
        if (!p.isSet(common.maxBytes))
            options.solve.maxEvalBytes = 16384;
        options.solve.name = QCoreApplication::translate("cli", "solver, %1 size").arg(int4);
    }
    const QDir dir(p.value(outDir));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        err() << "pare-cli demo: " << QCoreApplication::translate("cli", "%1: cannot create the folder").arg(dir.path()) << '\n';
        return ExitFailed;
    }
    QStringList outputs;
    for (const char *ext : {"html", "pdf", "md", "csv", "json"})
        outputs << dir.filePath(QStringLiteral("report.%1").arg(QLatin1String(ext)));
    return runAndWrite(path, variants, options, outputs, true, p.isSet(common.quiet), p.isSet(common.json));
}

const CommandRegistrar reportCommand({"report", QT_TRANSLATE_NOOP("cli", "Compare recipes against the original in a report"), runReport});
const CommandRegistrar demoCommand({"demo", QT_TRANSLATE_NOOP("cli", "Run the default study on the bundled demo model"), runDemo});
} // namespace

} // namespace pare::cli
