// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli compress: apply a recipe to a model, print the per-layer table and totals, and
// export the variant: by OUT's extension (.pare, .safetensors, .gguf, .onnx), as a decompressed
// copy in the model's own format (--decompressed), or as a Hugging Face directory (--hf-dir).
#include "cli.h"
#include "common/argtext.h"
#include "commands.h"

#include "common/units.h"
#include "compress/compressor.h"
#include "compress/recipe.h"
#include "export/exportfile.h"
#include "export/exportvariant.h"
#include "export/variantwriter.h"
#include "io/modelio.h"
#include "jobs/jobrunner.h"
#include "runtime/calibration.h"
#include "runtime/datasets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstring>
#include <optional>

namespace pare::cli {

using core::argText;

namespace {

QString bytesText(std::int64_t b)
{
    return core::formatBytes(double(b), b >= 1'000'000 ? 2 : 1);
}

QString macsText(std::int64_t m)
{
    return m < 0 ? QStringLiteral("-") : QString::number(double(m), 'g', 4);
}

QString dbText(double db)
{
    return std::isinf(db) ? QStringLiteral("exact") : QString::number(db, 'f', 1);
}

std::function<void(std::int64_t)> announcer(core::VariantExport kind, const QString &outPath, std::int64_t variantBytes)
{
    return [=](std::int64_t bytes) {
        err() << QCoreApplication::translate("cli", "writing %1 (%2): %3 bytes; the variant's encoded size is %4 bytes")
                         .arg(argText(outPath), argText(core::variantExportName(kind)),
                              argText(bytes), argText(variantBytes))
              << '\n';
        err().flush();
    };
}

void printWritten(const QString &outPath, const core::ExportOutcome &outcome)
{
    for (const QString &n : outcome.notes)
        err() << "pare-cli compress: " << n << '\n';
    err() << QCoreApplication::translate("cli", "wrote %1").arg(outPath) << '\n';
    err().flush();
}

// Writes one export of a computed variant atomically, printing its exact size before it is put
// in place.
int writeExport(core::VariantExport kind, const QString &outPath, const core::Model &model, const core::Variant &v,
                const core::Recipe &recipe, bool force)
{
    core::JobContext ctx = cliProgress(true);
    auto written = core::exportVariant(kind, model, v, recipe, outPath, force, ctx, announcer(kind, outPath, v.bytes));
    if (!written)
        return reportError(written.error());
    printWritten(outPath, *written);
    return ExitOk;
}

// The per-layer table and totals (or JSON); `encodings` holds each changed layer's description.
void printVariant(const core::Variant &v, const std::vector<QJsonObject> &encodings, const QString &modelPath, bool json)
{
    if (json) {
        QJsonArray layers;
        for (std::size_t i = 0; i < v.layers.size(); ++i) {
            const core::CompressedLayer &l = v.layers[i];
            QJsonObject o;
            o.insert(QStringLiteral("name"), l.name);
            o.insert(QStringLiteral("method"), l.method);
            o.insert(QStringLiteral("original_bytes"), double(l.originalBytes));
            o.insert(QStringLiteral("bytes"), double(l.bytes));
            o.insert(QStringLiteral("original_macs"), double(l.originalMacs));
            o.insert(QStringLiteral("macs"), double(l.macs));
            o.insert(QStringLiteral("relative_error"), l.error.relativeFrobenius);
            o.insert(QStringLiteral("sqnr_db"), std::isinf(l.error.sqnrDb) ? QJsonValue() : QJsonValue(l.error.sqnrDb));
            o.insert(QStringLiteral("cosine"), l.error.cosine);
            o.insert(QStringLiteral("max_abs_error"), l.error.maxAbsError);
            if (i < encodings.size() && l.changed && !encodings[i].isEmpty())
                o.insert(QStringLiteral("encoding"), encodings[i]);
            o.insert(QStringLiteral("note"), l.note);
            layers.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("model"), modelPath);
        root.insert(QStringLiteral("layers"), layers);
        root.insert(QStringLiteral("original_bytes"), double(v.originalBytes));
        root.insert(QStringLiteral("bytes"), double(v.bytes));
        root.insert(QStringLiteral("original_macs"), double(v.originalMacs));
        root.insert(QStringLiteral("macs"), double(v.macs));
        root.insert(QStringLiteral("relative_error"), v.error.relativeFrobenius);
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        out().flush();
        return;
    }
    QTextStream &o = out();
    o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
             .arg(QCoreApplication::translate("cli", "layer"), -40).arg(QCoreApplication::translate("cli", "method"), -32).arg(QCoreApplication::translate("cli", "bytes"), 22).arg(QCoreApplication::translate("cli", "MACs"), 12)
             .arg(QCoreApplication::translate("cli", "rel.err"), 9).arg(QCoreApplication::translate("cli", "SQNR dB"), 8).arg(QCoreApplication::translate("cli", "note"));
    for (const core::CompressedLayer &l : v.layers) {
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(l.name, -40).arg(l.method, -32)
                 .arg(bytesText(l.originalBytes) + QStringLiteral(" → ") + bytesText(l.bytes), 22)
                 .arg(macsText(l.macs), 12)
                 .arg(QString::number(l.error.relativeFrobenius, 'f', 4), 9)
                 .arg(dbText(l.error.sqnrDb), 8)
                 .arg(l.changed ? l.note : QString());
    }
    o << '\n'
      << QCoreApplication::translate("cli", "model: %1 → %2 (%3×), MACs %4 → %5, weighted relative error %6, SQNR %7 dB")
             .arg(bytesText(v.originalBytes), bytesText(v.bytes))
             .arg(v.bytes > 0 ? double(v.originalBytes) / double(v.bytes) : 0.0, 0, 'f', 2)
             .arg(macsText(v.originalMacs > 0 ? v.originalMacs : -1), macsText(v.originalMacs > 0 ? v.macs : -1))
             .arg(v.error.relativeFrobenius, 0, 'f', 4)
             .arg(dbText(v.error.sqnrDb))
      << '\n';
    o.flush();
}

int runCompress(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Compress a model with a recipe: prune, quantize, factorize."));
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("cli", "Model file or directory."));
    const QCommandLineOption recipeOpt({QStringLiteral("r"), QStringLiteral("recipe")}, QCoreApplication::translate("cli", "Recipe JSON file (see docs/recipe-format.md)."), QCoreApplication::translate("cli", "file"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cli", "Export the compressed model; the extension chooses the form: .pare (Pare's "
                                       "file), .safetensors (encoded tensors), .gguf (llama.cpp), .onnx (Q/DQ)."),
                                    QCoreApplication::translate("cli", "file"));
    const QCommandLineOption decompressedOpt(QStringLiteral("decompressed"),
                                             QCoreApplication::translate("cli", "Write -o as a copy in the model's own format, every tensor name and "
                                                "shape unchanged, weights replaced by their reconstruction."));
    const QCommandLineOption hfDirOpt(QStringLiteral("hf-dir"),
                                      QCoreApplication::translate("cli", "Also write a Hugging Face directory (config.json, tokenizer files, "
                                         "safetensors of the reconstruction)."),
                                      QCoreApplication::translate("cli", "dir"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), QCoreApplication::translate("cli", "Replace existing output files."));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QCoreApplication::translate("cli", "Worker threads (0 = all)."), QCoreApplication::translate("cli", "n"), QStringLiteral("0"));
    const QCommandLineOption tokensOpt(QStringLiteral("tokens"), QCoreApplication::translate("cli", "Tokens per inference, for MACs."), QCoreApplication::translate("cli", "n"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON."));
    const QCommandLineOption calibrationOpt(
        QStringLiteral("calibration"),
        QCoreApplication::translate("cli", "Data to run the model on first, for activation-aware (\"score\": \"wanda\") pruning: text for language "
           "models; examples (.npz/.npy/IDX/CSV, the last --calibration-examples of them, prepared with --scale, "
           "--mean, --std and --layout as 'pare-cli eval' prepares them) for graph models (ONNX, Keras)."),
        QCoreApplication::translate("cli", "file"));
    const QCommandLineOption calibrationExamplesOpt(QStringLiteral("calibration-examples"),
                                                    QCoreApplication::translate("cli", "Graph models: calibrate on the data's last N examples (0: all)."),
                                                    QCoreApplication::translate("cli", "n"), QStringLiteral("256"));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"),
                                      QCoreApplication::translate("cli", "Calibration examples: multiply by S (default 1/255 for uint8 data, else 1)."),
                                      QStringLiteral("S"));
    const QCommandLineOption meanOpt(QStringLiteral("mean"),
                                     QCoreApplication::translate("cli", "Calibration examples: subtract per-channel means (comma-separated)."),
                                     QStringLiteral("M"));
    const QCommandLineOption stdOpt(QStringLiteral("std"),
                                    QCoreApplication::translate("cli", "Calibration examples: divide by per-channel standard deviations."),
                                    QStringLiteral("D"));
    const QCommandLineOption layoutOpt(QStringLiteral("layout"),
                                       QCoreApplication::translate("cli", "Calibration examples: layout of the data, nchw or nhwc (default: guessed)."),
                                       QStringLiteral("L"));
    parser.addOptions({recipeOpt, outOpt, decompressedOpt, hfDirOpt, forceOpt, threadsOpt, tokensOpt, jsonOpt,
                       calibrationOpt, calibrationExamplesOpt, scaleOpt, meanOpt, stdOpt, layoutOpt});
    if (const int code = parseOrExit(parser, arguments, "compress"); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(recipeOpt)) {
        err() << QCoreApplication::translate("cli", "pare-cli compress: give one MODEL and --recipe FILE; try 'pare-cli compress --help'.") << '\n';
        err().flush();
        return ExitUsage;
    }
    bool ok = false;
    const int threads = parser.value(threadsOpt).toInt(&ok);
    if (!ok || threads < 0) {
        err() << QCoreApplication::translate("cli", "pare-cli compress: --threads must be a non-negative integer") << '\n';
        err().flush();
        return ExitUsage;
    }
    core::setComputeThreads(threads);
    core::CalibrationOptions calibration;
    calibration.maxExamples = parser.value(calibrationExamplesOpt).toLongLong(&ok);
    if (!ok || calibration.maxExamples < 0)
        return usageError("compress", QCoreApplication::translate("cli", "--calibration-examples must be a non-negative integer"));
    core::Preprocess prep;
    if (parser.isSet(scaleOpt)) {
        const double s = parser.value(scaleOpt).toDouble(&ok);
        if (!ok || !std::isfinite(s) || s == 0)
            return usageError("compress", QCoreApplication::translate("cli", "--scale must be a non-zero number, not '%1'").arg(parser.value(scaleOpt)));
        prep.scale = s;
    }
    auto floats = [](const QString &text, std::vector<float> &out) {
        for (const QString &part : text.split(QLatin1Char(','))) {
            bool good = false;
            const float v = part.trimmed().toFloat(&good);
            if (!good || !std::isfinite(v))
                return false;
            out.push_back(v);
        }
        return !out.empty();
    };
    if (parser.isSet(meanOpt) && !floats(parser.value(meanOpt), prep.mean))
        return usageError("compress", QCoreApplication::translate("cli", "--mean must be numbers separated by commas, not '%1'").arg(parser.value(meanOpt)));
    if (parser.isSet(stdOpt) && !floats(parser.value(stdOpt), prep.std))
        return usageError("compress", QCoreApplication::translate("cli", "--std must be numbers separated by commas, not '%1'").arg(parser.value(stdOpt)));
    if (parser.isSet(layoutOpt)) {
        const QString l = parser.value(layoutOpt).toLower();
        if (l == QLatin1String("nchw"))
            prep.layout = core::DataLayout::Nchw;
        else if (l == QLatin1String("nhwc"))
            prep.layout = core::DataLayout::Nhwc;
        else
            return usageError("compress", QCoreApplication::translate("cli", "--layout must be nchw or nhwc, not '%1'").arg(parser.value(layoutOpt)));
    }
    core::CompressOptions options;
    if (parser.isSet(tokensOpt)) {
        options.input.tokens = parser.value(tokensOpt).toLongLong(&ok);
        if (!ok || options.input.tokens <= 0) {
            err() << QCoreApplication::translate("cli", "pare-cli compress: --tokens must be a positive integer") << '\n';
            err().flush();
            return ExitUsage;
        }
    }

    std::optional<core::VariantExport> outKind;
    const QString modelPathArg = parser.positionalArguments().front();
    if (parser.isSet(outOpt)) {
        outKind = parser.isSet(decompressedOpt) ? std::optional(core::VariantExport::Decompressed)
                                                : core::variantExportForPath(parser.value(outOpt));
        if (!outKind)
            return usageError("compress", QCoreApplication::translate("cli", "-o %1: the extension must be .pare, .safetensors, .gguf or .onnx "
                                             "(or give --decompressed)").arg(parser.value(outOpt)));
        if (auto t = core::checkExportTarget(parser.value(outOpt), modelPathArg, parser.isSet(forceOpt)); !t)
            return usageError("compress", t.error().message);
    } else if (parser.isSet(decompressedOpt)) {
        return usageError("compress", QCoreApplication::translate("cli", "--decompressed needs -o FILE"));
    }
    if (parser.isSet(hfDirOpt))
        if (auto t = core::checkExportTarget(parser.value(hfDirOpt), modelPathArg, parser.isSet(forceOpt)); !t)
            return usageError("compress", t.error().message);

    auto recipe = core::Recipe::fromFile(parser.value(recipeOpt));
    if (!recipe)
        return reportError(recipe.error());
    const QString modelPath = parser.positionalArguments().front();
    auto model = core::openModel(modelPath);
    if (!model)
        return reportError(model.error());
    auto plans = core::resolvePlan(*recipe, **model);
    if (!plans)
        return reportError(core::Error{plans.error().code, parser.value(recipeOpt) + QStringLiteral(": ") + plans.error().message});
    for (const QString &w : plans->warnings)
        err() << "pare-cli compress: " << w << '\n';

    if (outKind && *outKind == core::VariantExport::Decompressed) {
        const QString want = core::decompressedSuffix((*model)->format);
        if (!want.isEmpty() && !parser.value(outOpt).endsWith(want, Qt::CaseInsensitive))
            return usageError("compress", QCoreApplication::translate("cli", "--decompressed: a %1 model is copied as %2; -o %3 does not end so")
                                                  .arg(core::modelFormatName((*model)->format), want, parser.value(outOpt)));
    }

    core::JobContext ctx = cliProgress(false);
    if (parser.isSet(calibrationOpt)) {
        auto norms = core::calibrateInputNormsFromFile(**model, parser.value(calibrationOpt), prep, calibration, ctx);
        if (!norms)
            return reportError(norms.error());
        options.inputNorms = std::move(norms).value();
    }

    // One export: compressed and written in one pass, streaming where the export allows it, so
    // a model larger than memory can be written. Two exports share one variant held in memory.
    const bool json = parser.isSet(jsonOpt);
    const bool force = parser.isSet(forceOpt);
    if (outKind.has_value() != parser.isSet(hfDirOpt)) {
        const core::VariantExport kind = outKind ? *outKind : core::VariantExport::HuggingFaceDir;
        const QString outPath = outKind ? parser.value(outOpt) : parser.value(hfDirOpt);
        auto written = core::compressAndExport(kind, **model, plans->plans, *recipe, outPath, force, ctx, options,
                                               [&](std::int64_t bytes, const core::Variant &v) {
                                                   announcer(kind, outPath, v.bytes)(bytes);
                                               });
        if (!written)
            return reportError(written.error());
        printVariant(written->variant, written->encodings, modelPath, json);
        printWritten(outPath, written->outcome);
        return ExitOk;
    }

    auto variant = core::compressModel(**model, plans->plans, ctx, options);
    if (!variant)
        return reportError(variant.error());
    const core::Variant &v = *variant;
    std::vector<QJsonObject> encodings(v.layers.size());
    for (std::size_t i = 0; i < v.layers.size(); ++i)
        if (v.layers[i].encoding)
            encodings[i] = v.layers[i].encoding->describe();
    printVariant(v, encodings, modelPath, json);
    if (outKind)
        if (const int code = writeExport(*outKind, parser.value(outOpt), **model, v, *recipe, force); code != ExitOk)
            return code;
    if (parser.isSet(hfDirOpt))
        if (const int code = writeExport(core::VariantExport::HuggingFaceDir, parser.value(hfDirOpt), **model, v, *recipe,
                                         force);
            code != ExitOk)
            return code;
    return ExitOk;
}

const CommandRegistrar registrar({"compress", QT_TRANSLATE_NOOP("cli", "Compress a model with a recipe"), runCompress});

} // namespace

} // namespace pare::cli
