// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportvariant.h"

#include "export/exportfile.h"
#include "export/ggufexport.h"
#include "export/onnxexport.h"
#include "export/variantwriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pare::core {

QString variantExportName(VariantExport kind)
{
    switch (kind) {
    case VariantExport::Pare: return QCoreApplication::translate("pare::core", "Pare variant file");
    case VariantExport::Safetensors: return QCoreApplication::translate("pare::core", "encoded safetensors");
    case VariantExport::Gguf: return QCoreApplication::translate("pare::core", "GGUF for llama.cpp");
    case VariantExport::OnnxQdq: return QCoreApplication::translate("pare::core", "ONNX with Q/DQ");
    case VariantExport::Decompressed: return QCoreApplication::translate("pare::core", "decompressed copy");
    case VariantExport::HuggingFaceDir: return QCoreApplication::translate("pare::core", "Hugging Face directory");
    }
    return {};
}

std::optional<VariantExport> variantExportForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pare"))
        return VariantExport::Pare;
    if (suffix == QLatin1String("safetensors"))
        return VariantExport::Safetensors;
    if (suffix == QLatin1String("gguf"))
        return VariantExport::Gguf;
    if (suffix == QLatin1String("onnx"))
        return VariantExport::OnnxQdq;
    return std::nullopt;
}

bool variantExportIsDirectory(VariantExport kind, const Model &model)
{
    return kind == VariantExport::HuggingFaceDir
           || (kind == VariantExport::Decompressed && model.format == ModelFormat::HuggingFaceDir);
}

namespace {

Result<void> checkDecompressedSuffix(VariantExport kind, const Model &model, const QString &path)
{
    if (kind != VariantExport::Decompressed)
        return {};
    const QString want = decompressedSuffix(model.format);
    if (!want.isEmpty() && !path.endsWith(want, Qt::CaseInsensitive))
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1: a decompressed copy of a %2 model is a %3 file")
                                                     .arg(path, modelFormatName(model.format), want)};
    return {};
}

std::optional<StreamedForm> streamedForm(VariantExport kind, const Model &model)
{
    std::optional<StreamedForm> form;
    switch (kind) {
    case VariantExport::Pare: form = StreamedForm::Pare; break;
    case VariantExport::Safetensors: form = StreamedForm::Safetensors; break;
    case VariantExport::Decompressed: form = StreamedForm::Decompressed; break;
    case VariantExport::HuggingFaceDir: form = StreamedForm::HuggingFaceDir; break;
    case VariantExport::Gguf:
    case VariantExport::OnnxQdq: break;
    }
    if (form && !canStream(*form, model))
        form.reset();
    return form;
}

} // namespace

Result<CompressedExport> compressAndExport(VariantExport kind, const Model &model, const std::vector<LayerPlan> &plans,
                                           const Recipe &recipe, const QString &path, bool force, JobContext &ctx,
                                           const CompressOptions &options,
                                           const std::function<void(std::int64_t, const Variant &)> &announce)
{
    CompressedExport result;
    const auto announceVariant = [&](std::int64_t bytes) {
        if (announce)
            announce(bytes, result.variant);
    };
    PARE_TRY_VOID(checkDecompressedSuffix(kind, model, path));
    const std::optional<StreamedForm> form = streamedForm(kind, model);
    if (!form) {
        JobContext compressCtx = ctx.subRange(0.0, 0.8);
        auto v = compressModel(model, plans, compressCtx, options);
        if (!v)
            return v.error();
        result.variant = std::move(*v);
        result.encodings.resize(result.variant.layers.size());
        for (std::size_t i = 0; i < result.variant.layers.size(); ++i)
            if (const auto &enc = result.variant.layers[i].encoding)
                result.encodings[i] = enc->describe();
        JobContext writeCtx = ctx.subRange(0.8, 1.0);
        auto outcome = exportVariant(kind, model, result.variant, recipe, path, force, writeCtx, announceVariant);
        if (!outcome)
            return outcome.error();
        result.outcome = std::move(*outcome);
        return result;
    }
    auto written = exportAtomically(
            path, model.path, force, variantExportIsDirectory(kind, model),
            [&](const QString &tmp) -> Result<void> {
                auto s = compressAndWrite(*form, model, plans, recipe, tmp, ctx, options);
                if (!s)
                    return s.error();
                result.variant = std::move(s->variant);
                result.encodings = std::move(s->encodings);
                return {};
            },
            announceVariant);
    if (!written)
        return written.error();
    result.outcome.bytes = *written;
    result.streamed = true;
    return result;
}

Result<ExportOutcome> exportVariant(VariantExport kind, const Model &model, const Variant &variant,
                                    const Recipe &recipe, const QString &path, bool force, JobContext &ctx,
                                    const std::function<void(std::int64_t)> &announce)
{
    ExportOutcome outcome;
    PARE_TRY_VOID(checkDecompressedSuffix(kind, model, path));
    auto written = exportAtomically(
            path, model.path, force, variantExportIsDirectory(kind, model),
            [&](const QString &tmp) -> Result<void> {
                switch (kind) {
                case VariantExport::Pare:
                    return writeVariantPare(model, variant, recipe, tmp, ctx);
                case VariantExport::Safetensors:
                    return writeVariantSafetensors(model, variant, recipe, tmp, ctx);
                case VariantExport::Gguf: {
                    auto s = writeGgufExport(model, variant, tmp, ctx);
                    if (!s)
                        return s.error();
                    outcome.notes = s->notes;
                    return {};
                }
                case VariantExport::OnnxQdq: {
                    auto s = writeOnnxQdq(model, variant, tmp, ctx);
                    if (!s)
                        return s.error();
                    outcome.notes = s->notes;
                    outcome.notes.prepend(QCoreApplication::translate("pare::core", "%1 weights as int8/uint8 + DequantizeLinear, %2 low-rank "
                                                         "pairs, %3 as float reconstructions")
                                                  .arg(s->quantized)
                                                  .arg(s->factorized)
                                                  .arg(s->reconstructed));
                    return {};
                }
                case VariantExport::Decompressed:
                    return writeDecompressed(model, variant, tmp, ctx);
                case VariantExport::HuggingFaceDir:
                    return writeHuggingFaceDir(model, variant, tmp, ctx);
                }
                return {};
            },
            announce);
    if (!written)
        return written.error();
    outcome.bytes = *written;
    return outcome;
}

} // namespace pare::core
