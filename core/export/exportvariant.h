// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One entry point for every export of a variant, shared by `pare-cli compress` and the GUI's
// File > Export: written atomically, never over the input, never over an existing file unless
// `force`, with the exact size announced before the file is put in place.

#include "common/result.h"
#include "compress/compressor.h"
#include "compress/recipe.h"
#include "jobs/jobcontext.h"
#include "model/model.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pare::core {

enum class VariantExport { Pare, Safetensors, Gguf, OnnxQdq, Decompressed, HuggingFaceDir };
QString variantExportName(VariantExport kind); // "Pare variant file", "GGUF for llama.cpp", …
// By extension: .pare, .safetensors, .gguf, .onnx; nullopt otherwise.
std::optional<VariantExport> variantExportForPath(const QString &path);
// Whether the export is a directory for this model (Hugging Face exports).
bool variantExportIsDirectory(VariantExport kind, const Model &model);

struct ExportOutcome
{
    std::int64_t bytes = 0; // exact size of what was written (all files of a directory)
    QStringList notes;      // what is not in its encoded form, and why
};

Result<ExportOutcome> exportVariant(VariantExport kind, const Model &model, const Variant &variant,
                                    const Recipe &recipe, const QString &path, bool force, JobContext &ctx,
                                    const std::function<void(std::int64_t bytes)> &announce = {});

// exportVariant for a variant not computed yet: compresses and writes in one pass. .pare,
// .safetensors, Hugging Face directories and decompressed copies (but of ONNX and Keras models)
// stream (export/variantwriter.h, compressAndWrite): memory stays bounded by one window of layers
// and the file is byte-identical to compressModel + exportVariant. Other exports compress first.
struct CompressedExport
{
    ExportOutcome outcome;
    Variant variant;                    // streamed: encodings released
    std::vector<QJsonObject> encodings; // per layer: EncodedTensor::describe() when changed
    bool streamed = false;
};
Result<CompressedExport> compressAndExport(VariantExport kind, const Model &model, const std::vector<LayerPlan> &plans,
                                           const Recipe &recipe, const QString &path, bool force, JobContext &ctx,
                                           const CompressOptions &options = {},
                                           const std::function<void(std::int64_t bytes, const Variant &)> &announce = {});

} // namespace pare::core
