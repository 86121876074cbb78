// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli compress: apply a recipe to a model, print the per-layer table and totals, and
// optionally write the variant as safetensors with its encodings described in __metadata__.
#include "cli.h"
#include "commands.h"

#include "compress/compressor.h"
#include "compress/recipe.h"
#include "io/modelio.h"
#include "io/safetensorswriter.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstring>

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

// Safetensors has no unsigned 16/32-bit dtypes in Pare's DType; index parts keep their bit
// patterns under the signed names and __metadata__ records the real dtype of every part.
core::DType partDType(const QString &name)
{
    if (name == QLatin1String("F32"))
        return core::DType::F32;
    if (name == QLatin1String("F16"))
        return core::DType::F16;
    if (name == QLatin1String("BF16"))
        return core::DType::BF16;
    if (name == QLatin1String("F8_E4M3"))
        return core::DType::F8_E4M3;
    if (name == QLatin1String("F8_E5M2"))
        return core::DType::F8_E5M2;
    if (name == QLatin1String("U16"))
        return core::DType::I16;
    if (name == QLatin1String("U32"))
        return core::DType::I32;
    return core::DType::U8;
}

core::Result<void> writeVariant(const core::Model &model, const core::Variant &variant, const core::Recipe &recipe,
                                const QString &path, core::JobContext &ctx)
{
    std::vector<core::Tensor> tensors;
    QJsonObject encodings;
    QSet<int> replaced;
    QHash<int, const core::CompressedLayer *> shrunkBias;
    for (const core::CompressedLayer &l : variant.layers) {
        if (!l.changed || !l.encoding)
            continue;
        const core::Layer &layer = model.layers[std::size_t(l.layer)];
        replaced.insert(layer.weight);
        if (layer.bias >= 0 && !l.encoding->keptRows.empty())
            shrunkBias.insert(layer.bias, &l);
        QJsonObject desc = l.encoding->describe();
        desc.insert(QStringLiteral("shape"), [&] {
            QJsonArray a;
            for (std::int64_t d : l.originalShape)
                a.append(double(d));
            return a;
        }());
        desc.insert(QStringLiteral("layout"), int(layer.layout));
        QJsonObject parts;
        for (const core::EncodedPart &p : l.encoding->parts()) {
            const core::Shape shape = p.shape;
            std::vector<std::byte> bytes(std::size_t(p.bytes.size()));
            if (!bytes.empty())
                std::memcpy(bytes.data(), p.bytes.constData(), bytes.size());
            auto t = core::Tensor::fromBytes(l.weightName + QLatin1Char('.') + p.name, partDType(p.dtype), shape,
                                             std::move(bytes), path);
            if (!t)
                return t.error();
            tensors.push_back(*t);
            parts.insert(p.name, p.dtype);
        }
        desc.insert(QStringLiteral("parts"), parts);
        encodings.insert(l.weightName, desc);
    }
    for (int i = 0; i < int(model.tensors.size()); ++i) {
        if (replaced.contains(i))
            continue;
        const core::Tensor &t = model.tensors[std::size_t(i)];
        if (const core::CompressedLayer *l = shrunkBias.value(i, nullptr)) {
            std::vector<float> all = t.toFloatVector(), kept;
            for (std::uint32_t r : l->encoding->keptRows)
                kept.push_back(all[r]);
            const std::int64_t n = std::int64_t(kept.size());
            tensors.push_back(core::Tensor::fromFloats(t.name(), {n}, std::move(kept)));
            continue;
        }
        tensors.push_back(t);
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("pare_variant"), 1);
    meta.insert(QStringLiteral("pare_encodings"), encodings);
    meta.insert(QStringLiteral("pare_recipe"), QString::fromUtf8(QJsonDocument::fromJson(recipe.toJson()).toJson(QJsonDocument::Compact)));
    return core::writeSafetensors(tensors, meta, path, ctx);
}

int runCompress(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compress a model with a recipe: prune, quantize, factorize."));
    parser.addPositionalArgument(QStringLiteral("model"), tr("Model file or directory."));
    const QCommandLineOption recipeOpt(QStringLiteral("recipe"), tr("Recipe JSON file (see docs/recipe-format.md)."), tr("file"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the compressed model as safetensors."), tr("file"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), tr("Worker threads (0 = all)."), tr("n"), QStringLiteral("0"));
    const QCommandLineOption tokensOpt(QStringLiteral("tokens"), tr("Tokens per inference, for MACs."), tr("n"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({recipeOpt, outOpt, threadsOpt, tokensOpt, jsonOpt});
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

    int lastPercent = -10;
    core::JobContext ctx(
        [&lastPercent](double f, const QString &msg) {
            const int percent = int(f * 100);
            if (percent >= lastPercent + 10) {
                lastPercent = percent;
                err() << QStringLiteral("[%1%] ").arg(percent, 3) << msg << '\n';
                err().flush();
            }
        },
        {}, {});
    auto variant = core::compressModel(**model, plans->plans, ctx, options);
    if (!variant)
        return reportError(variant.error());
    const core::Variant &v = *variant;

    if (parser.isSet(jsonOpt)) {
        QJsonArray layers;
        for (const core::CompressedLayer &l : v.layers) {
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
            if (l.encoding)
                o.insert(QStringLiteral("encoding"), l.encoding->describe());
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
    } else {
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

    if (parser.isSet(outOpt)) {
        const QString outPath = parser.value(outOpt);
        if (QFileInfo(outPath).canonicalFilePath() == QFileInfo(modelPath).canonicalFilePath()) {
            err() << tr("pare-cli compress: refusing to overwrite the input model %1").arg(modelPath) << '\n';
            err().flush();
            return ExitUsage;
        }
        core::JobContext writeCtx;
        if (auto w = writeVariant(**model, v, *recipe, outPath, writeCtx); !w.ok())
            return reportError(w.error());
        err() << tr("wrote %1").arg(outPath) << '\n';
        err().flush();
    }
    return ExitOk;
}

const CommandRegistrar registrar({"compress", QT_TRANSLATE_NOOP("cli", "Compress a model with a recipe"), runCompress});

} // namespace

} // namespace pare::cli
