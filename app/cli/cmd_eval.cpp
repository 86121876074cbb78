// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli eval: perplexity / accuracy of a model on data, and with --recipe the compressed
// variant against the original (KL divergence, same-top rate, agreement, output error).
#include "cli.h"
#include "common/argtext.h"
#include "commands.h"

#include "compress/compressor.h"
#include "compress/plan.h"
#include "compress/recipe.h"
#include "io/modelio.h"
#include "jobs/jobrunner.h"
#include "runtime/calibration.h"
#include "runtime/datasets.h"
#include "runtime/evaluator.h"
#include "service/study.h"

#include <QCoreApplication>
#include <QThread>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace pare::cli {

using core::argText;

namespace {

int usage(const QString &message)
{
    return usageError("eval", message);
}

// "0.5" or "0.485,0.456,0.406"
bool parseFloats(const QString &text, std::vector<float> &out)
{
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return false;
        out.push_back(float(v));
    }
    return !out.empty();
}

} // namespace

static int runEval(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("cli", "Evaluate a model on data: perplexity on a byte-level text for GPT-2 / Llama "
               "decoders, accuracy on labelled examples for graph models (ONNX, Keras). With "
               "--recipe the model is compressed first and the variant is compared with the "
               "original (KL divergence, same-top-token rate, top-1 agreement, output error)."));
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("cli", "A model file or Hugging Face directory."));
    const QCommandLineOption recipe({QStringLiteral("r"), QStringLiteral("recipe")}, QCoreApplication::translate("cli", "Compression recipe (JSON)."), QStringLiteral("R.json"));
    const QCommandLineOption data(QStringLiteral("data"), QCoreApplication::translate("cli", "Text (language models) or .npz/.npy/IDX/CSV examples."), QStringLiteral("PATH"));
    const QCommandLineOption labels(QStringLiteral("labels"), QCoreApplication::translate("cli", "Labels in a separate .npy/IDX/text file."), QStringLiteral("PATH"));
    const QCommandLineOption scale(QStringLiteral("scale"), QCoreApplication::translate("cli", "Multiply inputs by S (default 1/255 for uint8 data, else 1)."), QStringLiteral("S"));
    const QCommandLineOption mean(QStringLiteral("mean"), QCoreApplication::translate("cli", "Subtract per-channel means (one value or one per channel, comma-separated)."), QStringLiteral("M"));
    const QCommandLineOption stdDev(QStringLiteral("std"), QCoreApplication::translate("cli", "Divide by per-channel standard deviations."), QStringLiteral("D"));
    const QCommandLineOption layout(QStringLiteral("layout"), QCoreApplication::translate("cli", "Layout of the data: nchw or nhwc (default: guessed)."), QStringLiteral("L"));
    const QCommandLineOption window(QStringLiteral("window"), QCoreApplication::translate("cli", "Language models: window length (default: the model's context)."), QStringLiteral("N"));
    const QCommandLineOption maxBytes(QStringLiteral("max-bytes"), QCoreApplication::translate("cli", "Language models: evaluate only the first N bytes."), QStringLiteral("N"));
    const QCommandLineOption batch(QStringLiteral("batch"), QCoreApplication::translate("cli", "Graph models: examples per batch (default 64)."), QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), QCoreApplication::translate("cli", "Threads (default: all cores)."), QStringLiteral("T"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON on stdout."));
    const QCommandLineOption calibration(
        QStringLiteral("calibration"),
        QCoreApplication::translate("cli", "With --recipe: data to run the model on before compressing, for activation-aware (\"score\": \"wanda\") "
                                           "pruning, prepared like --data (text, or the last --calibration-examples examples)."),
        QStringLiteral("PATH"));
    const QCommandLineOption calibrationExamples(QStringLiteral("calibration-examples"),
                                                 QCoreApplication::translate("cli", "Graph models: calibrate on the data's last N examples (0: all)."),
                                                 QStringLiteral("N"), QStringLiteral("256"));
    parser.addOptions({recipe, data, labels, scale, mean, stdDev, layout, window, maxBytes, batch, threads, json, calibration,
                       calibrationExamples});
    if (const int rc = parseOrExit(parser, arguments, "eval"); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usage(QCoreApplication::translate("cli", "expected one model file or directory"));
    if (!parser.isSet(data))
        return usage(QCoreApplication::translate("cli", "--data is required"));

    auto positive = [&](const QCommandLineOption &o, std::int64_t fallback, std::int64_t &value) {
        value = fallback;
        if (!parser.isSet(o))
            return true;
        bool ok = false;
        value = parser.value(o).toLongLong(&ok);
        return ok && value > 0;
    };
    std::int64_t windowLen = 0, bytesLimit = 0, batchSize = 64;
    if (!positive(window, 0, windowLen))
        return usage(QCoreApplication::translate("cli", "--window must be a positive integer, not '%1'").arg(parser.value(window)));
    if (!positive(maxBytes, 0, bytesLimit))
        return usage(QCoreApplication::translate("cli", "--max-bytes must be a positive integer, not '%1'").arg(parser.value(maxBytes)));
    core::CalibrationOptions calibrationOptions;
    {
        bool ok = false;
        calibrationOptions.maxExamples = parser.value(calibrationExamples).toLongLong(&ok);
        if (!ok || calibrationOptions.maxExamples < 0)
            return usage(QCoreApplication::translate("cli", "--calibration-examples must be a non-negative integer, not '%1'")
                             .arg(parser.value(calibrationExamples)));
    }
    if (parser.isSet(calibration) && !parser.isSet(recipe))
        return usage(QCoreApplication::translate("cli", "--calibration needs --recipe (it calibrates the recipe's activation-aware pruning)"));
    if (!positive(batch, 64, batchSize))
        return usage(QCoreApplication::translate("cli", "--batch must be a positive integer, not '%1'").arg(parser.value(batch)));
    std::int64_t threadCount = 0;
    const int cores = QThread::idealThreadCount();
    if (!positive(threads, 0, threadCount) || threadCount > cores)
        return usage(QCoreApplication::translate("cli", "--threads must be from 1 to %1 (this machine's cores), not '%2'").arg(cores).arg(parser.value(threads)));
    if (threadCount > 0)
        core::setComputeThreads(int(threadCount));
    core::Preprocess prep;
    if (parser.isSet(scale)) {
        bool ok = false;
        const double s = parser.value(scale).toDouble(&ok);
        if (!ok || !std::isfinite(s) || s == 0)
            return usage(QCoreApplication::translate("cli", "--scale must be a non-zero number, not '%1'").arg(parser.value(scale)));
        prep.scale = s;
    }
    if (parser.isSet(mean) && !parseFloats(parser.value(mean), prep.mean))
        return usage(QCoreApplication::translate("cli", "--mean must be numbers separated by commas, not '%1'").arg(parser.value(mean)));
    if (parser.isSet(stdDev) && !parseFloats(parser.value(stdDev), prep.std))
        return usage(QCoreApplication::translate("cli", "--std must be numbers separated by commas, not '%1'").arg(parser.value(stdDev)));
    if (parser.isSet(layout)) {
        const QString l = parser.value(layout).toLower();
        if (l == QLatin1String("nchw"))
            prep.layout = core::DataLayout::Nchw;
        else if (l == QLatin1String("nhwc"))
            prep.layout = core::DataLayout::Nhwc;
        else
            return usage(QCoreApplication::translate("cli", "--layout must be nchw or nhwc, not '%1'").arg(parser.value(layout)));
    }

    const QString path = parser.positionalArguments().constFirst();
    auto opened = core::openModel(path);
    if (!opened.ok())
        return reportError(opened.error());
    std::shared_ptr<const core::Model> model = opened.value();

    // The variant: compress with the recipe, then decode every changed weight into overrides.
    std::optional<core::WeightOverrides> overrides;
    QJsonObject compression;
    if (parser.isSet(recipe)) {
        auto r = core::Recipe::fromFile(parser.value(recipe));
        if (!r.ok())
            return reportError(r.error());
        auto plan = core::resolvePlan(*r, *model);
        if (!plan.ok())
            return reportError(plan.error());
        core::JobContext ctx = cliProgress(parser.isSet(json));
        core::CompressOptions copts;
        const bool activationAware = core::usesActivationAwarePruning(plan->plans);
        if (activationAware && parser.isSet(calibration)) {
            auto norms = core::calibrateInputNormsFromFile(*model, parser.value(calibration), prep, calibrationOptions, ctx);
            if (norms.isCanceled())
                return ExitFailed;
            if (!norms.ok())
                return reportError(norms.error());
            copts.inputNorms = std::move(norms).value();
        } else if (parser.isSet(calibration)) {
            err() << "pare-cli eval: "
                  << QCoreApplication::translate("cli", "%1 prunes no layer activation-aware; --calibration is not used").arg(parser.value(recipe))
                  << '\n';
        }
        auto variant = core::compressModel(*model, plan->plans, ctx, copts);
        if (!variant.ok())
            return reportError(variant.error());
        if (const QStringList fallback = core::magnitudeFallbackLayers(*variant); activationAware && !fallback.isEmpty())
            err() << "pare-cli eval: "
                  << QCoreApplication::translate("cli", "%n layer(s) pruned by magnitude instead of activation-aware scores (%1); give "
                                                        "--calibration DATA to calibrate them", nullptr, int(fallback.size()))
                         .arg(fallback.mid(0, 3).join(QStringLiteral(", ")) + (fallback.size() > 3 ? QStringLiteral(", …") : QString()))
                  << '\n';
        auto o = core::overridesFromVariant(*model, *variant);
        if (!o.ok())
            return reportError(o.error());
        overrides = std::move(o.value());
        compression = {{QStringLiteral("recipe"), parser.value(recipe)},
                       {QStringLiteral("original_bytes"), qint64(variant->originalBytes)},
                       {QStringLiteral("bytes"), qint64(variant->bytes)},
                       {QStringLiteral("changed_tensors"), qint64(overrides->size())},
                       {QStringLiteral("calibrated"), !copts.inputNorms.empty()}};
    }

    QJsonObject result{{QStringLiteral("model"), path}, {QStringLiteral("data"), parser.value(data)}};
    if (!compression.isEmpty())
        result.insert(QStringLiteral("compression"), compression);
    QStringList lines;
    const bool quiet = parser.isSet(json);

    if (core::DecoderWeights::supports(*model)) {
        auto text = core::loadText(parser.value(data));
        if (!text.ok())
            return reportError(text.error());
        auto w = core::DecoderWeights::fromModel(*model);
        if (!w.ok())
            return reportError(w.error());
        core::Decoder original(std::make_shared<core::DecoderWeights>(std::move(w.value())));
        std::unique_ptr<core::Decoder> variant;
        if (overrides) {
            auto vw = core::DecoderWeights::fromModel(*model, &*overrides);
            if (!vw.ok())
                return reportError(vw.error());
            variant = std::make_unique<core::Decoder>(std::make_shared<core::DecoderWeights>(std::move(vw.value())));
        }
        core::LmEvalOptions opt;
        opt.window = int(std::min<std::int64_t>(windowLen, 1 << 20));
        opt.maxBytes = bytesLimit;
        core::JobContext ctx = cliProgress(quiet);
        auto r = core::evaluateLanguageModel(original, variant.get(), *text, opt, ctx);
        if (!quiet)
            err() << '\n';
        if (!r.ok())
            return reportError(r.error());
        result.insert(QStringLiteral("language_model"), r->toJson());
        lines << QCoreApplication::translate("cli", "Predictions:     %1 bytes in %2 windows of %3").arg(r->predictions).arg(r->windows).arg(r->window)
              << QCoreApplication::translate("cli", "Original:        %1 nats/byte, %2 bits/byte, perplexity %3")
                         .arg(r->meanNll, 0, 'f', 5).arg(r->bitsPerByte, 0, 'f', 5).arg(r->perplexity, 0, 'f', 4);
        if (r->compared)
            lines << QCoreApplication::translate("cli", "Variant:         %1 nats/byte, perplexity %2 (%3 %)")
                             .arg(r->variantMeanNll, 0, 'f', 5).arg(r->variantPerplexity, 0, 'f', 4)
                             .arg((r->variantPerplexity / r->perplexity - 1) * 100, 0, 'f', 2)
                  << QCoreApplication::translate("cli", "KL divergence:   mean %1, p99 %2, max %3 nats").arg(r->meanKl, 0, 'g', 4).arg(r->p99Kl, 0, 'g', 4).arg(r->maxKl, 0, 'g', 4)
                  << QCoreApplication::translate("cli", "Same top byte:   %1 %").arg(r->sameTopRate * 100, 0, 'f', 2)
                  << QCoreApplication::translate("cli", "Logits:          relative error %1, cosine %2").arg(r->logits.relativeError, 0, 'g', 4).arg(r->logits.cosine, 0, 'f', 6);
    } else if (model->graph) {
        auto ex = core::GraphExecutor::create(model);
        if (!ex.ok())
            return reportError(ex.error());
        std::optional<core::GraphExecutor> vex;
        if (overrides) {
            auto v = core::GraphExecutor::create(model, &*overrides);
            if (!v.ok())
                return reportError(v.error());
            vex = std::move(v.value());
        }
        auto ds = core::loadDataset(parser.value(data), parser.value(labels));
        if (!ds.ok())
            return reportError(ds.error());
        auto x = core::prepareInputs(*ds, ex->input(), ex->channelsLast(), prep);
        if (!x.ok())
            return reportError(x.error());
        core::JobContext ctx = cliProgress(quiet);
        auto r = core::evaluateClassifier(*ex, vex ? &*vex : nullptr, *x, ds->labels, batchSize, ctx);
        if (!quiet)
            err() << '\n';
        if (!r.ok())
            return reportError(r.error());
        result.insert(QStringLiteral("classifier"), r->toJson());
        lines << QCoreApplication::translate("cli", "Examples:        %1%2").arg(r->examples).arg(r->labelled ? QString() : QCoreApplication::translate("cli", " (no labels)"));
        if (r->labelled)
            lines << QCoreApplication::translate("cli", "Accuracy:        %1 % (%2 correct)").arg(r->accuracy * 100, 0, 'f', 2).arg(r->correct);
        if (r->compared) {
            if (r->labelled)
                lines << QCoreApplication::translate("cli", "Variant:         %1 % (%2 correct)").arg(r->variantAccuracy * 100, 0, 'f', 2).arg(r->variantCorrect);
            lines << QCoreApplication::translate("cli", "Top-1 agreement: %1 %").arg(r->top1Agreement * 100, 0, 'f', 2)
                  << QCoreApplication::translate("cli", "Outputs:         relative error %1, cosine %2").arg(r->outputs.relativeError, 0, 'g', 4).arg(r->outputs.cosine, 0, 'f', 6);
        }
    } else {
        return reportError({core::ErrorCode::Unsupported,
                            QCoreApplication::translate("cli", "%1: Pare cannot execute this model (no GPT-2/Llama decoder layout and no graph)").arg(path)});
    }
    if (quiet) {
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        if (!compression.isEmpty())
            out() << QCoreApplication::translate("cli", "Compressed:      %1 → %2 bytes")
                    .arg(argText(compression.value(QStringLiteral("original_bytes")).toInteger()),
                         argText(compression.value(QStringLiteral("bytes")).toInteger())) << '\n';
        for (const QString &l : lines)
            out() << l << '\n';
    }
    out().flush();
    return ExitOk;
}

namespace {
const CommandRegistrar registrar({"eval", QT_TRANSLATE_NOOP("cli", "Measure perplexity or accuracy, original vs compressed."),
                                  runEval});
} // namespace

} // namespace pare::cli
