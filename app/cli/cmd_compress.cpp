// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli compress: apply a recipe to a model, print the per-layer table and totals, and
// export the variant: by OUT's extension (.pare, .safetensors, .gguf, .onnx), as a decompressed
// copy in the model's own format (--decompressed), or as a Hugging Face directory (--hf-dir).
#include "cli.h"
#include "commands.h"

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

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QString bytesText(std::int64_t b)
{
    if (b >= 1'000'000'000)
        return QString::number(double(b) / 1e9, 'f', 2) + QStringLiteral(" GB");
    if (b >= 1'000'000)
        return QString::number(double(b) / 1e6, 'f', 2) + QStringLiteral(" MB");
    if (b >= 1'000)
        return QString::number(double(b) / 1e3, 'f', 1) + QStringLiteral(" kB");
    return QString::number(b) + QStringLiteral(" B");
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
        err() << tr("writing %1 (%2): %3 bytes; the variant's encoded size is %4 bytes")
                         .arg(outPath, core::variantExportName(kind))
                         .arg(bytes)
                         .arg(variantBytes)
              << '\n';
        err().flush();
    };
}

void printWritten(const QString &outPath, const core::ExportOutcome &outcome)
{
    for (const QString &n : outcome.notes)
        err() << "pare-cli compress: " << n << '\n';
    err() << tr("wrote %1").arg(outPath) << '\n';
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
             .arg(tr("layer"), -40).arg(tr("method"), -32).arg(tr("bytes"), 22).arg(tr("MACs"), 12)
             .arg(tr("rel.err"), 9).arg(tr("SQNR dB"), 8).arg(tr("note"));
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
      << tr("model: %1 → %2 (%3×), MACs %4 → %5, weighted relative error %6, SQNR %7 dB")
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
    parser.setApplicationDescription(tr("Compress a model with a recipe: prune, quantize, factorize."));
    parser.addPositionalArgument(QStringLiteral("model"), tr("Model file or directory."));
    const QCommandLineOption recipeOpt(QStringLiteral("recipe"), tr("Recipe JSON file (see docs/recipe-format.md)."), tr("file"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Export the compressed model; the extension chooses the form: .pare (Pare's "
                                       "file), .safetensors (encoded tensors), .gguf (llama.cpp), .onnx (Q/DQ)."),
                                    tr("file"));
    const QCommandLineOption decompressedOpt(QStringLiteral("decompressed"),
                                             tr("Write -o as a copy in the model's own format, every tensor name and "
                                                "shape unchanged, weights replaced by their reconstruction."));
    const QCommandLineOption hfDirOpt(QStringLiteral("hf-dir"),
                                      tr("Also write a Hugging Face directory (config.json, tokenizer files, "
                                         "safetensors of the reconstruction)."),
                                      tr("dir"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), tr("Replace existing output files."));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), tr("Worker threads (0 = all)."), tr("n"), QStringLiteral("0"));
    const QCommandLineOption tokensOpt(QStringLiteral("tokens"), tr("Tokens per inference, for MACs."), tr("n"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption calibrationOpt(
        QStringLiteral("calibration"),
        tr("Text to run the language model on first, for activation-aware (\"score\": \"wanda\") pruning."), tr("file"));
    parser.addOptions({recipeOpt, outOpt, decompressedOpt, hfDirOpt, forceOpt, threadsOpt, tokensOpt, jsonOpt, calibrationOpt});
    if (const int code = parseOrExit(parser, arguments, "compress"); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(recipeOpt)) {
        err() << tr("pare-cli compress: give one MODEL and --recipe FILE; try 'pare-cli compress --help'.") << '\n';
        err().flush();
        return ExitUsage;
    }
    bool ok = false;
    const int threads = parser.value(threadsOpt).toInt(&ok);
    if (!ok || threads < 0) {
        err() << tr("pare-cli compress: --threads must be a non-negative integer") << '\n';
        err().flush();
        return ExitUsage;
    }
    core::setComputeThreads(threads);
    core::CompressOptions options;
    if (parser.isSet(tokensOpt)) {
        options.input.tokens = parser.value(tokensOpt).toLongLong(&ok);
        if (!ok || options.input.tokens <= 0) {
            err() << tr("pare-cli compress: --tokens must be a positive integer") << '\n';
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
            return usageError("compress", tr("-o %1: the extension must be .pare, .safetensors, .gguf or .onnx "
                                             "(or give --decompressed)").arg(parser.value(outOpt)));
        if (auto t = core::checkExportTarget(parser.value(outOpt), modelPathArg, parser.isSet(forceOpt)); !t)
            return usageError("compress", t.error().message);
    } else if (parser.isSet(decompressedOpt)) {
        return usageError("compress", tr("--decompressed needs -o FILE"));
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
            return usageError("compress", tr("--decompressed: a %1 model is copied as %2; -o %3 does not end so")
                                                  .arg(core::modelFormatName((*model)->format), want, parser.value(outOpt)));
    }

    core::JobContext ctx = cliProgress(false);
    if (parser.isSet(calibrationOpt)) {
        auto text = core::loadText(parser.value(calibrationOpt));
        if (!text)
            return reportError(text.error());
        auto norms = core::calibrateInputNorms(**model, *text, {}, ctx);
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
