// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/variantwriter.h"

#include "export/kerasexport.h"
#include "export/onnxexport.h"
#include "io/ggufreader.h"
#include "io/ggufwriter.h"
#include "io/modelio.h"
#include "io/npzwriter.h"
#include "io/pareh5writer.h"
#include "io/safetensorswriter.h"
#include "runtime/weightoverrides.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cstring>

namespace pare::core {

namespace {

// Safetensors has no unsigned 16/32-bit dtypes in Pare's DType; index parts keep their bit
// patterns under the signed names and pare_encodings records the real dtype of every part.
DType partDType(const QString &name)
{
    if (name == QLatin1String("U16"))
        return DType::I16;
    if (name == QLatin1String("U32"))
        return DType::I32;
    if (auto d = dtypeFromName(name))
        return *d;
    return DType::U8;
}

QJsonObject jsonObjectValue(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject();
    if (v.isString())
        return QJsonDocument::fromJson(v.toString().toUtf8()).object();
    return {};
}

} // namespace

Result<EncodedVariantForm> encodedVariantForm(const Model &model, const Variant &variant, const Recipe &recipe)
{
    EncodedVariantForm form;
    QJsonObject encodings;
    QSet<int> replaced;
    QHash<int, const CompressedLayer *> shrunkBias;
    for (const CompressedLayer &l : variant.layers) {
        if (!l.changed || !l.encoding)
            continue;
        if (l.layer < 0 || l.layer >= int(model.layers.size()))
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("%1: variant layer '%2' is not in the model").arg(model.path, l.name)};
        const Layer &layer = model.layers[std::size_t(l.layer)];
        replaced.insert(layer.weight);
        if (layer.bias >= 0 && !l.encoding->keptRows.empty())
            shrunkBias.insert(layer.bias, &l);
        QJsonObject desc = l.encoding->describe();
        QJsonArray shape;
        for (std::int64_t d : l.originalShape)
            shape.append(double(d));
        desc.insert(QStringLiteral("shape"), shape);
        desc.insert(QStringLiteral("layout"), int(layer.layout));
        desc.insert(QStringLiteral("layer"), l.name);
        QJsonObject parts;
        for (const EncodedPart &p : l.encoding->parts()) {
            std::vector<std::byte> bytes(static_cast<std::size_t>(p.bytes.size()));
            if (!bytes.empty())
                std::memcpy(bytes.data(), p.bytes.constData(), bytes.size());
            auto t = Tensor::fromBytes(l.weightName + QLatin1Char('.') + p.name, partDType(p.dtype), p.shape,
                                       std::move(bytes), model.path);
            if (!t)
                return t.error();
            form.tensors.push_back(*t);
            parts.insert(p.name, p.dtype);
        }
        desc.insert(QStringLiteral("parts"), parts);
        encodings.insert(l.weightName, desc);
    }
    for (int i = 0; i < int(model.tensors.size()); ++i) {
        if (replaced.contains(i))
            continue;
        const Tensor &t = model.tensors[std::size_t(i)];
        if (const CompressedLayer *l = shrunkBias.value(i, nullptr)) {
            const std::vector<float> all = t.toFloatVector();
            std::vector<float> kept;
            for (std::uint32_t r : l->encoding->keptRows)
                if (r < all.size())
                    kept.push_back(all[r]);
            const std::int64_t n = std::int64_t(kept.size());
            form.tensors.push_back(Tensor::fromFloats(t.name(), {n}, std::move(kept)));
            continue;
        }
        form.tensors.push_back(t);
    }
    form.metadata.insert(QStringLiteral("pare_variant"), 1);
    form.metadata.insert(QStringLiteral("pare_encodings"), encodings);
    form.metadata.insert(QStringLiteral("pare_recipe"),
                         QString::fromUtf8(QJsonDocument::fromJson(recipe.toJson()).toJson(QJsonDocument::Compact)));
    form.metadata.insert(QStringLiteral("pare_source_format"), modelFormatName(model.format));
    form.metadata.insert(QStringLiteral("pare_variant_bytes"), QString::number(variant.bytes));
    return form;
}

Result<void> writeVariantSafetensors(const Model &model, const Variant &variant, const Recipe &recipe,
                                     const QString &path, JobContext &ctx)
{
    auto form = encodedVariantForm(model, variant, recipe);
    if (!form)
        return form.error();
    return writeSafetensors(form->tensors, form->metadata, path, ctx);
}

Result<void> writeVariantPare(const Model &model, const Variant &variant, const Recipe &recipe, const QString &path,
                              JobContext &ctx)
{
    auto form = encodedVariantForm(model, variant, recipe);
    if (!form)
        return form.error();
    Model out;
    out.format = model.format;
    out.path = model.path;
    out.architecture = model.architecture;
    out.family = model.family;
    out.metadata = form->metadata;
    out.metadata.insert(QStringLiteral("pare_source_metadata"), model.metadata);
    out.tensors = std::move(form->tensors);
    out.reindex();
    return writePareModel(out, path, ctx);
}

Result<StoredVariant> readVariantFile(const QString &path, JobContext &ctx)
{
    auto model = openModel(path, ctx);
    if (!model)
        return model.error();
    StoredVariant sv;
    sv.file = *model;
    const QJsonObject &meta = sv.file->metadata;
    if (!meta.contains(QStringLiteral("pare_encodings")))
        return Error{ErrorCode::Format, QStringLiteral("%1: not a Pare variant (no pare_encodings metadata)").arg(path)};
    const QJsonObject encodings = jsonObjectValue(meta.value(QStringLiteral("pare_encodings")));
    sv.recipeJson = meta.value(QStringLiteral("pare_recipe")).toString().toUtf8();
    for (auto it = encodings.begin(); it != encodings.end(); ++it) {
        const QJsonObject desc = it.value().toObject();
        const QJsonObject partTypes = desc.value(QStringLiteral("parts")).toObject();
        std::vector<EncodedPart> parts;
        for (auto p = partTypes.begin(); p != partTypes.end(); ++p) {
            const QString tensorName = it.key() + QLatin1Char('.') + p.key();
            const Tensor *t = sv.file->tensor(tensorName);
            if (!t)
                return Error{ErrorCode::Format,
                             QStringLiteral("%1: encoding of '%2' lacks its part tensor '%3'").arg(path, it.key(), tensorName)};
            EncodedPart part;
            part.name = p.key();
            part.dtype = p.value().toString();
            part.shape = t->shape();
            part.bytes = QByteArray(reinterpret_cast<const char *>(t->data()), qsizetype(t->byteSize()));
            parts.push_back(std::move(part));
        }
        auto enc = EncodedTensor::fromParts(desc, parts, path + QStringLiteral(": ") + it.key());
        if (!enc)
            return enc.error();
        sv.encodings.insert(it.key(), std::move(*enc));
    }
    return sv;
}

Result<std::vector<Tensor>> reconstructedTensors(const Model &model, const Variant &variant)
{
    auto overrides = overridesFromVariant(model, variant);
    if (!overrides)
        return overrides.error();
    std::vector<Tensor> out;
    out.reserve(model.tensors.size());
    for (const Tensor &t : model.tensors) {
        auto it = overrides->constFind(t.name());
        if (it == overrides->constEnd() || !it.value()) {
            out.push_back(t);
            continue;
        }
        out.push_back(Tensor::fromFloats(t.name(), t.shape(), *it.value()));
    }
    return out;
}

QString decompressedSuffix(ModelFormat format)
{
    switch (format) {
    case ModelFormat::Safetensors:
        return QStringLiteral(".safetensors");
    case ModelFormat::HuggingFaceDir:
        return {};
    case ModelFormat::Onnx:
        return QStringLiteral(".onnx");
    case ModelFormat::KerasH5:
        return QStringLiteral(".h5");
    case ModelFormat::Gguf:
        return QStringLiteral(".gguf");
    case ModelFormat::Npy:
        return QStringLiteral(".npy");
    case ModelFormat::Npz:
        return QStringLiteral(".npz");
    case ModelFormat::Pare:
        return QStringLiteral(".pare");
    }
    return {};
}

Result<void> writeHuggingFaceDir(const Model &model, const Variant &variant, const QString &dir, JobContext &ctx)
{
    auto tensors = reconstructedTensors(model, variant);
    if (!tensors)
        return tensors.error();
    QJsonObject config;
    QString sourceDir;
    if (model.format == ModelFormat::HuggingFaceDir)
        sourceDir = model.path;
    else if (model.format == ModelFormat::Safetensors
             && QFileInfo::exists(QFileInfo(model.path).dir().filePath(QStringLiteral("config.json"))))
        sourceDir = QFileInfo(model.path).absolutePath();
    if (!sourceDir.isEmpty()) {
        QFile f(QDir(sourceDir).filePath(QStringLiteral("config.json")));
        if (f.open(QIODevice::ReadOnly))
            config = QJsonDocument::fromJson(f.readAll()).object();
    }
    if (config.isEmpty()) {
        config.insert(QStringLiteral("model_type"), model.architecture);
        config.insert(QStringLiteral("pare_note"),
                      QStringLiteral("written by Pare from a %1 model without config.json").arg(modelFormatName(model.format)));
    }
    if (config.value(QStringLiteral("torch_dtype")).toString() != QLatin1String("float32"))
        config.insert(QStringLiteral("torch_dtype"), QStringLiteral("float32"));
    QJsonObject meta;
    meta.insert(QStringLiteral("format"), QStringLiteral("pt"));
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::Io, QStringLiteral("%1: cannot create the directory").arg(dir)};
    // Tied or shared weights are stored once (the reader maps both names to one tensor).
    std::vector<Tensor> unique;
    QSet<QString> seen;
    for (const Tensor &t : *tensors)
        if (!seen.contains(t.name())) {
            seen.insert(t.name());
            unique.push_back(t);
        }
    if (auto w = writeSafetensorsSharded(unique, meta, dir, kDefaultShardBytes, config, ctx); !w)
        return w.error();
    if (!sourceDir.isEmpty()) {
        static const char *const kCopied[] = {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
                                              "vocab.json", "merges.txt", "tokenizer.model", "generation_config.json",
                                              "added_tokens.json", "vocab.txt"};
        for (const char *name : kCopied) {
            const QString from = QDir(sourceDir).filePath(QLatin1String(name));
            const QString to = QDir(dir).filePath(QLatin1String(name));
            if (QFileInfo::exists(from) && !QFileInfo::exists(to) && !QFile::copy(from, to))
                return Error{ErrorCode::Io, QStringLiteral("%1: cannot copy %2").arg(dir, from)};
        }
    }
    return {};
}

Result<void> writeDecompressed(const Model &model, const Variant &variant, const QString &path, JobContext &ctx)
{
    switch (model.format) {
    case ModelFormat::HuggingFaceDir:
        return writeHuggingFaceDir(model, variant, path, ctx);
    case ModelFormat::Safetensors: {
        auto tensors = reconstructedTensors(model, variant);
        if (!tensors)
            return tensors.error();
        QJsonObject meta;
        for (auto it = model.metadata.begin(); it != model.metadata.end(); ++it)
            if (it.value().isString())
                meta.insert(it.key(), it.value());
        return writeSafetensors(*tensors, meta, path, ctx);
    }
    case ModelFormat::Npz:
    case ModelFormat::Npy: {
        auto tensors = reconstructedTensors(model, variant);
        if (!tensors)
            return tensors.error();
        return writeNpz(*tensors, path);
    }
    case ModelFormat::Pare: {
        auto tensors = reconstructedTensors(model, variant);
        if (!tensors)
            return tensors.error();
        Model out;
        out.format = model.format;
        out.path = model.path;
        out.architecture = model.architecture;
        out.family = model.family;
        out.metadata = model.metadata;
        out.tensors = std::move(*tensors);
        out.layers = model.layers;
        out.graph = model.graph;
        out.reindex();
        return writePareModel(out, path, ctx);
    }
    case ModelFormat::Gguf: {
        auto tensors = reconstructedTensors(model, variant);
        if (!tensors)
            return tensors.error();
        auto metadata = readGgufMetadata(model.path, ctx);
        if (!metadata)
            return metadata.error();
        std::vector<GgufWriteTensor> out;
        for (std::size_t i = 0; i < tensors->size(); ++i) {
            const Tensor &t = (*tensors)[i];
            const bool replaced = t.storage() != model.tensors[i].storage();
            out.push_back(GgufWriteTensor{t, replaced ? DType::F32 : t.dtype(), {}});
        }
        return writeGguf(path, *metadata, out, ctx);
    }
    case ModelFormat::Onnx: {
        auto overrides = overridesFromVariant(model, variant);
        if (!overrides)
            return overrides.error();
        QHash<QString, std::vector<float>> values;
        for (auto it = overrides->begin(); it != overrides->end(); ++it)
            values.insert(it.key(), *it.value());
        return writeOnnxWithInitializers(model.path, values, path, ctx);
    }
    case ModelFormat::KerasH5: {
        if (!model.path.endsWith(QLatin1String(".h5"), Qt::CaseInsensitive)
            && !model.path.endsWith(QLatin1String(".hdf5"), Qt::CaseInsensitive))
            return Error{ErrorCode::Unsupported,
                         QStringLiteral("%1: a decompressed copy of a Keras 3 .keras archive is not supported; "
                                        "export .pare, .safetensors or --hf-dir instead").arg(model.path)};
        auto overrides = overridesFromVariant(model, variant);
        if (!overrides)
            return overrides.error();
        QHash<QString, std::vector<float>> values;
        for (auto it = overrides->begin(); it != overrides->end(); ++it)
            values.insert(it.key(), *it.value());
        return writeKerasH5WithWeights(model.path, values, path);
    }
    }
    return Error{ErrorCode::Unsupported, QStringLiteral("%1: unknown model format").arg(model.path)};
}

} // namespace pare::core
