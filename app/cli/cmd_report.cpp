// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli report MODEL --recipe R1.json [--recipe R2.json …] -o OUT.{html,pdf,csv,json,md}
// pare-cli demo [-o DIR]: the default study of the bundled demo language model.
#include "cli.h"
#include "commands.h"

#include "common/paths.h"
#include "reportwriter.h"
#include "jobs/jobrunner.h"
#include "service/study.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

namespace pare::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("cli", s);
}

struct CommonOptions
{
    QCommandLineOption noLatency{QStringLiteral("no-latency"), tr("Skip the per-layer latency measurements.")};
    QCommandLineOption noEval{QStringLiteral("no-eval"), tr("Skip end-to-end evaluation.")};
    QCommandLineOption data{QStringLiteral("data"), tr("Evaluation data (text, .npz, .npy, IDX, CSV)."), tr("path")};
    QCommandLineOption labels{QStringLiteral("labels"), tr("Labels for the evaluation data."), tr("path")};
    QCommandLineOption batch{QStringLiteral("batch"), tr("Batch size for latency (default 1)."), tr("n"), QStringLiteral("1")};
    QCommandLineOption threads{QStringLiteral("threads"), tr("Worker threads (default: all cores)."), tr("n"), QStringLiteral("0")};
    QCommandLineOption maxBytes{QStringLiteral("eval-bytes"), tr("Evaluate language models on the first N bytes of the text (0: all)."), tr("n"), QStringLiteral("0")};
    QCommandLineOption force{QStringLiteral("force"), tr("Replace existing report files.")};
    QCommandLineOption quiet{{QStringLiteral("q"), QStringLiteral("quiet")}, tr("No progress output.")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print the study as JSON on stdout.")};

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
        err() << "pare-cli " << command << ": " << tr("--batch must be a whole number from 1 to 65536, got '%1'").arg(p.value(o.batch)) << '\n';
        return ExitUsage;
    }
    const int threads = p.value(o.threads).toInt(&ok);
    if (!ok || threads < 0 || threads > 4 * QThread::idealThreadCount()) {
        err() << "pare-cli " << command << ": " << tr("--threads must be from 0 (all) to %1, got '%2'").arg(4 * QThread::idealThreadCount()).arg(p.value(o.threads)) << '\n';
        return ExitUsage;
    }
    core::setComputeThreads(threads);
    out.maxEvalBytes = p.value(o.maxBytes).toLongLong(&ok);
    if (!ok || out.maxEvalBytes < 0) {
        err() << "pare-cli " << command << ": " << tr("--eval-bytes must be 0 or more") << '\n';
        return ExitUsage;
    }
    return -1;
}

int runAndWrite(const QString &model, const std::vector<core::StudyVariantSpec> &variants, const core::StudyOptions &options,
                const QStringList &outputs, bool force, bool quiet, bool json)
{
    for (const QString &out : outputs) {
        if (auto f = report::formatFromPath(out); !f.ok())
            return reportError(f.error());
        if (!force && QFileInfo::exists(out)) {
            err() << "pare-cli: " << tr("%1: already exists (use --force to replace it)").arg(out) << '\n';
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
    p.setApplicationDescription(tr("Compress MODEL with each recipe, measure, and write a comparison report."));
    p.addPositionalArgument(QStringLiteral("model"), tr("Model file or directory."));
    QCommandLineOption recipe({QStringLiteral("r"), QStringLiteral("recipe")}, tr("A recipe (JSON); repeat for several variants."), tr("file"));
    QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("Report file; its extension picks the format (.html .pdf .csv .json .md); repeatable."), tr("file"));
    p.addOption(recipe);
    p.addOption(output);
    CommonOptions common;
    common.addTo(p);
    if (const int code = parseOrExit(p, arguments, "report"); code >= 0)
        return code;
    if (p.positionalArguments().size() != 1 || p.values(recipe).isEmpty() || p.values(output).isEmpty()) {
        err() << "pare-cli report: " << tr("expected MODEL, at least one --recipe and at least one -o OUT") << '\n'
              << tr("Try 'pare-cli report --help'.") << '\n';
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
    return runAndWrite(p.positionalArguments().first(), variants, options, p.values(output), p.isSet(common.force),
                       p.isSet(common.quiet), p.isSet(common.json));
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("The default study of the bundled demo language model: the original and four "
                                   "variants (int8 per channel; int4 group 128; 50 % pruned + int8; low-rank 90 % "
                                   "energy), written as a report in every format."));
    QCommandLineOption outDir({QStringLiteral("o"), QStringLiteral("output")}, tr("Folder for the report files (default: pare-demo-report)."), tr("dir"), QStringLiteral("pare-demo-report"));
    QCommandLineOption model(QStringLiteral("model"), tr("Which demo: lm (default) or classifier."), tr("which"), QStringLiteral("lm"));
    p.addOption(outDir);
    p.addOption(model);
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
        err() << "pare-cli demo: " << tr("--model must be 'lm' or 'classifier', got '%1'").arg(which) << '\n';
        return ExitUsage;
    }
    if (demo.isEmpty() || !QFileInfo::exists(path)) {
        err() << "pare-cli demo: " << tr("the demo models are not installed (looked for %1)").arg(path) << '\n';
        return ExitBadInput;
    }
    // The whole validation text takes minutes on two cores; a prefix keeps the demo quick.
    if (!p.isSet(common.maxBytes) && which == QLatin1String("lm"))
        options.maxEvalBytes = 32 * 1024;
    const QDir dir(p.value(outDir));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        err() << "pare-cli demo: " << tr("%1: cannot create the folder").arg(dir.path()) << '\n';
        return ExitFailed;
    }
    QStringList outputs;
    for (const char *ext : {"html", "pdf", "md", "csv", "json"})
        outputs << dir.filePath(QStringLiteral("report.%1").arg(QLatin1String(ext)));
    return runAndWrite(path, core::defaultStudyVariants(), options, outputs, true, p.isSet(common.quiet), p.isSet(common.json));
}

const CommandRegistrar reportCommand({"report", QT_TRANSLATE_NOOP("cli", "Compare recipes against the original in a report"), runReport});
const CommandRegistrar demoCommand({"demo", QT_TRANSLATE_NOOP("cli", "Run the default study on the bundled demo model"), runDemo});
} // namespace

} // namespace pare::cli
