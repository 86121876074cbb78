// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli export-plan: a recipe resolved against a model, written as another tool's input:
// llama-quantize arguments or an llm-compressor recipe (YAML).
#include "cli.h"
#include "common/argtext.h"
#include "commands.h"

#include "common/atomicfile.h"
#include "compress/plan.h"
#include "compress/recipe.h"
#include "export/exportfile.h"
#include "export/planexport.h"
#include "io/modelio.h"

#include <QCoreApplication>

namespace pare::cli {

using core::argText;

namespace {

int runExportPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Write a recipe's plan for a model as llama-quantize arguments or as an "
                                        "llm-compressor recipe."));
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("cli", "Model file or directory."));
    const QCommandLineOption recipeOpt({QStringLiteral("r"), QStringLiteral("recipe")}, QCoreApplication::translate("cli", "Recipe JSON file (see docs/recipe-format.md)."),
                                       QCoreApplication::translate("cli", "file"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QCoreApplication::translate("cli", "llama-quantize or llmcompressor."), QCoreApplication::translate("cli", "format"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cli", "Write to this file (default: standard output)."), QCoreApplication::translate("cli", "file"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), QCoreApplication::translate("cli", "Replace an existing output file."));
    parser.addOptions({recipeOpt, formatOpt, outOpt, forceOpt});
    if (const int code = parseOrExit(parser, arguments, "export-plan"); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(recipeOpt) || !parser.isSet(formatOpt))
        return usageError("export-plan", QCoreApplication::translate("cli", "give one MODEL, --recipe FILE and --format llama-quantize|llmcompressor"));
    const QString format = parser.value(formatOpt).toLower();
    const bool llamaQuantize = format == QLatin1String("llama-quantize");
    if (!llamaQuantize && format != QLatin1String("llmcompressor") && format != QLatin1String("llm-compressor"))
        return usageError("export-plan", QCoreApplication::translate("cli", "--format must be llama-quantize or llmcompressor, not '%1'")
                                                 .arg(parser.value(formatOpt)));
    const QString modelPath = parser.positionalArguments().front();
    if (parser.isSet(outOpt))
        if (auto t = core::checkExportTarget(parser.value(outOpt), modelPath, parser.isSet(forceOpt)); !t)
            return usageError("export-plan", t.error().message);

    auto recipe = core::Recipe::fromFile(parser.value(recipeOpt));
    if (!recipe)
        return reportError(recipe.error());
    auto model = core::openModel(modelPath);
    if (!model)
        return reportError(model.error());
    auto plans = core::resolvePlan(*recipe, **model);
    if (!plans)
        return reportError(core::Error{plans.error().code, parser.value(recipeOpt) + QStringLiteral(": ")
                                                                   + plans.error().message});
    for (const QString &w : plans->warnings)
        err() << "pare-cli export-plan: " << w << '\n';
    auto exported = llamaQuantize ? core::llamaQuantizeArguments(**model, plans->plans)
                                  : core::llmCompressorRecipe(**model, plans->plans);
    if (!exported)
        return reportError(exported.error());
    for (const QString &n : exported->notes)
        err() << "pare-cli export-plan: " << n << '\n';
    err().flush();
    if (!parser.isSet(outOpt)) {
        out() << exported->text;
        out().flush();
        return ExitOk;
    }
    const QByteArray bytes = exported->text.toUtf8();
    auto written = core::exportAtomically(
            parser.value(outOpt), modelPath, parser.isSet(forceOpt), false,
            [&](const QString &tmp) { return core::writeFileAtomically(tmp, bytes); },
            [&](std::int64_t size) {
                err() << QCoreApplication::translate("cli", "writing %1: %2 bytes")
                        .arg(argText(parser.value(outOpt)), argText(size)) << '\n';
                err().flush();
            });
    if (!written)
        return reportError(written.error());
    return ExitOk;
}

const CommandRegistrar registrar({"export-plan", QT_TRANSLATE_NOOP("cli", "Write a plan as llama-quantize arguments or an llm-compressor recipe"),
                                  runExportPlan});

} // namespace

} // namespace pare::cli
