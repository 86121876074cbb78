// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing a compressed variant: Pare's encoded forms (safetensors with __metadata__, or Pare's
// HDF5 file) that read back bit-exactly, and decompressed copies in the model's own format with
// every tensor name and shape unchanged and the weights replaced by their reconstruction.

#include "common/result.h"
#include "compress/compressor.h"
#include "compress/recipe.h"
#include "jobs/jobcontext.h"
#include "model/model.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace pare::core {

// Pare's encoded form: every encoded part as "<weight>.<part>" (U16/U32 parts stored under the
// signed names with their bits unchanged), every other tensor as it is (biases of removed output
// channels shrunk to the kept ones), and metadata pare_variant / pare_encodings / pare_recipe.
struct EncodedVariantForm
{
    std::vector<Tensor> tensors;
    QJsonObject metadata;
};
Result<EncodedVariantForm> encodedVariantForm(const Model &model, const Variant &variant, const Recipe &recipe);

Result<void> writeVariantSafetensors(const Model &model, const Variant &variant, const Recipe &recipe,
                                     const QString &path, JobContext &ctx);
// Pare's HDF5 file (io/pareh5format.h) holding the encoded form; raw bytes, so bit-exact.
Result<void> writeVariantPare(const Model &model, const Variant &variant, const Recipe &recipe,
                              const QString &path, JobContext &ctx);

// A variant file read back: the encodings by weight name, and the other tensors.
struct StoredVariant
{
    std::shared_ptr<Model> file;             // everything the file holds (parts included)
    QHash<QString, EncodedTensor> encodings; // by weight tensor name
    QByteArray recipeJson;
};
// Reads either encoded form (safetensors or .pare); every encoding is validated.
Result<StoredVariant> readVariantFile(const QString &path, JobContext &ctx);

// Every tensor of the model, in order, names and shapes unchanged; changed weights (and the
// biases of removed channels) replaced by their reconstruction in F32.
Result<std::vector<Tensor>> reconstructedTensors(const Model &model, const Variant &variant);

// The decompressed copy in the model's own format: safetensors file, Hugging Face directory
// (weights + config.json + tokenizer files), .npz, .onnx, .gguf, .pare or Keras .h5 (the file
// copied with its weight datasets rewritten; .keras archives are refused as Unsupported). `path`
// is a directory for Hugging Face input, else a file.
Result<void> writeDecompressed(const Model &model, const Variant &variant, const QString &path, JobContext &ctx);
// The file extension (".safetensors", …; empty for a directory) a decompressed copy takes.
QString decompressedSuffix(ModelFormat format);

// A Hugging Face directory with the dense reconstruction: model.safetensors (sharded at 5 GB),
// config.json and the tokenizer / generation files of a Hugging Face input copied over.
Result<void> writeHuggingFaceDir(const Model &model, const Variant &variant, const QString &dir, JobContext &ctx);

// Streaming: compresses `plans` window by window (compress/compressor.h, CompressStream) and
// spools each finished layer's tensors (encoded parts, or reconstructions for a decompressed
// copy) to a temporary file next to `path` before the next window starts, so memory stays
// bounded by one window whatever the model's size. The spooled tensors are then memory-mapped
// and written by the same writers as above, so the file is byte-identical to compressModel
// followed by writeVariantPare / writeVariantSafetensors / writeDecompressed / writeHuggingFaceDir.
// The disk holds the spool (the size of the output) until the file is complete.
enum class StreamedForm { Pare, Safetensors, Decompressed, HuggingFaceDir };
// Whether the form streams for this model (decompressed ONNX and Keras copies do not).
bool canStream(StreamedForm form, const Model &model);

struct StreamedVariant
{
    Variant variant;                    // every figure; encodings released
    std::vector<QJsonObject> encodings; // per layer: EncodedTensor::describe() when changed
    std::int64_t peakWindowBytes = 0;   // see CompressStream::peakWindowBytes
};
Result<StreamedVariant> compressAndWrite(StreamedForm form, const Model &model, const std::vector<LayerPlan> &plans,
                                         const Recipe &recipe, const QString &path, JobContext &ctx,
                                         CompressOptions options = {},
                                         std::int64_t windowBytes = CompressStream{}.windowBytes);

} // namespace pare::core
