// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli solve: a sensitivity sweep (per layer × option: exact bytes and damage), then the
// budget solver picks one option per layer; writes the plan as a recipe, optionally the front.
#include "cli.h"
#include "commands.h"

#include "common/atomicfile.h"
#include "io/modelio.h"
#include "solve/budget.h"
#include "solve/sensitivity.h"
#include "solve/solver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace pare::cli {

namespace {

int runSolve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Choose one compression option per layer that loses the least quality within a budget."));
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("cli", "Model file or directory."));
    const QCommandLineOption budgetOpt(QStringLiteral("budget"),
                                       QCoreApplication::translate("cli", "Size (1.5GB, 800MB), bits per weight (4.5bpw), ratio (4x) or latency (30ms)."),
                                       QCoreApplication::translate("cli", "B"));
    const QCommandLineOption damageOpt(QStringLiteral("damage"), QCoreApplication::translate("cli", "How damage is measured: weight, output or e2e."),
                                       QCoreApplication::translate("cli", "level"), QStringLiteral("weight"));
    const QCommandLineOption optionsOpt(QStringLiteral("options"), QCoreApplication::translate("cli", "Option menu as JSON (default: 13 options)."), QCoreApplication::translate("cli", "file"));
    const QCommandLineOption lockOpt(QStringLiteral("lock"), QCoreApplication::translate("cli", "Give layers matching PAT exactly this option (repeatable)."),
                                     QCoreApplication::translate("cli", "PAT=OPTION"));
    const QCommandLineOption excludeOpt(QStringLiteral("exclude"), QCoreApplication::translate("cli", "Keep layers matching PAT original (repeatable)."),
                                        QCoreApplication::translate("cli", "PAT"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("cli", "Write the recipe here."), QCoreApplication::translate("cli", "file"));
    const QCommandLineOption frontOpt(QStringLiteral("front"), QCoreApplication::translate("cli", "Write the Pareto front (.json or .csv)."), QCoreApplication::translate("cli", "file"));
    const QCommandLineOption cacheOpt(QStringLiteral("cache"),
                                      QCoreApplication::translate("cli", "Sensitivity cache: read to resume, written as the sweep goes."), QCoreApplication::translate("cli", "file"));
    const QCommandLineOption dataOpt(QStringLiteral("data"),
                                     QCoreApplication::translate("cli", "Evaluation data for e2e damage; calibration data for output damage: text for "
                                        "language models, examples (.npz/.npy/IDX/CSV) for graph models (default: the demo's)."),
                                     QCoreApplication::translate("cli", "file"));
    const QCommandLineOption calibrationOpt(QStringLiteral("calibration-tokens"),
                                            QCoreApplication::translate("cli", "Output damage: calibrate on the text's first N tokens (0: all)."),
                                            QCoreApplication::translate("cli", "n"), QStringLiteral("2048"));
    const QCommandLineOption calibrationExamplesOpt(
            QStringLiteral("calibration-examples"),
            QCoreApplication::translate("cli", "Output damage on graph models: calibrate on the data's last N examples (0: all)."), QCoreApplication::translate("cli", "n"),
            QStringLiteral("256"));
    const QCommandLineOption evalBytesOpt(QStringLiteral("eval-bytes"),
                                          QCoreApplication::translate("cli", "Language models: e2e damage on the text's first N bytes (0: all)."),
                                          QCoreApplication::translate("cli", "n"), QStringLiteral("16384"));
    const QCommandLineOption latencyOpt(QStringLiteral("measure-latency"),
                                        QCoreApplication::translate("cli", "Time every layer's kernel (else latency = bytes ÷ bandwidth)."));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), QCoreApplication::translate("cli", "No progress on stderr."));
    parser.addOptions({budgetOpt, damageOpt, optionsOpt, lockOpt, excludeOpt, outOpt, frontOpt, cacheOpt, dataOpt,
                       evalBytesOpt, calibrationOpt, calibrationExamplesOpt, latencyOpt, quietOpt});
    if (const int code = parseOrExit(parser, arguments, "solve"); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError("solve", QCoreApplication::translate("cli", "give exactly one MODEL"));
    if (!parser.isSet(budgetOpt))
        return usageError("solve", QCoreApplication::translate("cli", "--budget is required"));
    if (!parser.isSet(outOpt))
        return usageError("solve", QCoreApplication::translate("cli", "-o FILE (the recipe to write) is required"));
    auto budget = core::parseBudget(parser.value(budgetOpt));
    if (!budget)
        return usageError("solve", budget.error().message);
    const auto level = core::damageLevelFromName(parser.value(damageOpt));
    if (!level)
        return usageError("solve", QCoreApplication::translate("cli", "--damage '%1': expected weight, output or e2e").arg(parser.value(damageOpt)));
    bool ok = false;
    const qint64 evalBytes = parser.value(evalBytesOpt).toLongLong(&ok);
    if (!ok || evalBytes < 0)
        return usageError("solve", QCoreApplication::translate("cli", "--eval-bytes '%1': expected a non-negative integer").arg(parser.value(evalBytesOpt)));
    const qint64 calibrationTokens = parser.value(calibrationOpt).toLongLong(&ok);
    if (!ok || calibrationTokens < 0)
        return usageError("solve", QCoreApplication::translate("cli", "--calibration-tokens '%1': expected a non-negative integer")
                                       .arg(parser.value(calibrationOpt)));
    const qint64 calibrationExamples = parser.value(calibrationExamplesOpt).toLongLong(&ok);
    if (!ok || calibrationExamples < 0)
        return usageError("solve", QCoreApplication::translate("cli", "--calibration-examples '%1': expected a non-negative integer")
                                       .arg(parser.value(calibrationExamplesOpt)));
    core::SolveConstraints constraints;
    for (const QString &lock : parser.values(lockOpt)) {
        const qsizetype eq = lock.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == lock.size() - 1)
            return usageError("solve", QCoreApplication::translate("cli", "--lock '%1': expected PATTERN=OPTION").arg(lock));
        constraints.locks.emplace_back(lock.left(eq), lock.mid(eq + 1));
    }
    constraints.excludes = parser.values(excludeOpt);
    if (parser.isSet(frontOpt)) {
        const QString suffix = QFileInfo(parser.value(frontOpt)).suffix().toLower();
        if (suffix != QLatin1String("json") && suffix != QLatin1String("csv"))
            return usageError("solve", QCoreApplication::translate("cli", "--front '%1': expected a .json or .csv file").arg(parser.value(frontOpt)));
    }

    core::SweepOptions sweep;
    sweep.level = *level;
    sweep.dataPath = parser.value(dataOpt);
    sweep.maxEvalBytes = evalBytes;
    sweep.calibrationTokens = calibrationTokens;
    sweep.calibrationExamples = calibrationExamples;
    sweep.measureLatency = parser.isSet(latencyOpt) || budget->kind == core::BudgetKind::Latency;
    sweep.cachePath = parser.value(cacheOpt);
    if (parser.isSet(optionsOpt)) {
        auto opts = core::loadSolveOptions(parser.value(optionsOpt));
        if (!opts)
            return reportError(opts.error());
        sweep.options = std::move(opts).value();
    }

    core::JobContext ctx = cliProgress(parser.isSet(quietOpt));
    auto opened = core::openModel(parser.positionalArguments().front(), ctx);
    if (!opened)
        return reportError(opened.error());
    const std::shared_ptr<const core::Model> model = std::move(opened).value();
    core::SensitivityTable table;
    if (auto r = core::runSensitivity(model, sweep, table, ctx); !r.ok())
        return reportError(r.error());
    auto plan = core::solveBudget(table, *budget, constraints);
    if (!plan)
        return reportError(plan.error());
    if (auto r = plan->recipe.saveToFile(parser.value(outOpt)); !r.ok())
        return reportError(r.error());
    if (parser.isSet(frontOpt)) {
        const core::BudgetKind kind = budget->kind == core::BudgetKind::Latency ? core::BudgetKind::Latency
                                                                                : core::BudgetKind::Bytes;
        auto front = core::paretoFront(table, kind, 24, constraints);
        if (!front)
            return reportError(front.error());
        const QString path = parser.value(frontOpt);
        const QByteArray bytes = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                     ? core::frontToCsv(*front)
                                     : QJsonDocument(core::frontToJson(table, *front)).toJson(QJsonDocument::Indented);
        if (auto r = core::writeFileAtomically(path, bytes); !r.ok())
            return reportError(r.error());
    }

    QTextStream &o = out();
    o << QCoreApplication::translate("cli", "Budget %1: %2 bytes (%3x, %4 bits per weight), damage %5 (%6), %7%8")
             .arg(budget->text())
             .arg(plan->bytes)
             .arg(plan->ratio, 0, 'f', 2)
             .arg(plan->bitsPerWeight, 0, 'f', 3)
             .arg(plan->damage, 0, 'g', 5)
             .arg(core::damageUnitText(table.damageUnit), plan->method)
             .arg(plan->exact ? QCoreApplication::translate("cli", ", optimal") : QCoreApplication::translate("cli", ", gap %1").arg(plan->gap, 0, 'g', 3))
      << '\n';
    for (std::size_t i = 0; i < table.layers.size(); ++i)
        o << QStringLiteral("  %1 %2\n").arg(table.layers[i].name, -40).arg(table.options[std::size_t(plan->choice[i])].label);
    o << QCoreApplication::translate("cli", "Recipe written to %1").arg(parser.value(outOpt)) << '\n';
    o.flush();
    return ExitOk;
}

} // namespace

const CommandRegistrar registrar({"solve", QT_TRANSLATE_NOOP("cli", "Choose a per-layer plan for a size or latency budget"),
                                  runSolve});

} // namespace pare::cli
