// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/variantwriter.h"

#include "common/argtext.h"
#include "export/kerasexport.h"
#include "export/onnxexport.h"
#include "io/ggufreader.h"
#include "io/ggufwriter.h"
#include "io/modelio.h"
#include "io/npzwriter.h"
#include "io/pareh5writer.h"
#include "io/safetensorswriter.h"
#include "runtime/weightoverrides.h"

#include <QCoreApplication>
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

namespace {

// The pare_encodings entry of one changed layer whose parts are `parts`.
QJsonObject encodingEntry(const Layer &layer, const CompressedLayer &l, const std::vector<EncodedPart> &parts)
{
    QJsonObject desc = l.encoding->describe();
    QJsonArray shape;
    for (std::int64_t d : l.originalShape)
        shape.append(double(d));
    desc.insert(QStringLiteral("shape"), shape);
    desc.insert(QStringLiteral("layout"), int(layer.layout));
    desc.insert(QStringLiteral("layer"), l.name);
    QJsonObject partTypes;
    for (const EncodedPart &p : parts)
        partTypes.insert(p.name, p.dtype);
    desc.insert(QStringLiteral("parts"), partTypes);
    return desc;
}

Result<const Layer *> layerOf(const Model &model, const CompressedLayer &l)
{
    if (l.layer < 0 || l.layer >= int(model.layers.size()))
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: variant layer '%2' is not in the model").arg(model.path, l.name)};
    return &model.layers[std::size_t(l.layer)];
}

// What the encoded form needs to know of the layers already written as parts.
struct FormParts
{
    QJsonObject encodings;
    QSet<int> replaced;                                  // weight tensors stored as parts
    QHash<int, std::vector<std::uint32_t>> shrunkBiases; // bias tensor → kept rows
};

Result<void> addLayer(FormParts &fp, const Model &model, const CompressedLayer &l, const std::vector<EncodedPart> &parts)
{
    auto layer = layerOf(model, l);
    if (!layer)
        return layer.error();
    fp.replaced.insert((*layer)->weight);
    if ((*layer)->bias >= 0 && !l.encoding->keptRows.empty())
        fp.shrunkBiases.insert((*layer)->bias, l.encoding->keptRows);
    fp.encodings.insert(l.weightName, encodingEntry(**layer, l, parts));
    return {};
}

// The form's tensors after the parts (every other tensor, biases of removed channels shrunk) and
// its metadata.
void finishForm(EncodedVariantForm &form, const FormParts &fp, const Model &model, const Variant &variant,
                const Recipe &recipe)
{
    for (int i = 0; i < int(model.tensors.size()); ++i) {
        if (fp.replaced.contains(i))
            continue;
        const Tensor &t = model.tensors[std::size_t(i)];
        if (auto it = fp.shrunkBiases.constFind(i); it != fp.shrunkBiases.constEnd()) {
            const std::vector<float> all = t.toFloatVector();
            std::vector<float> kept;
            for (std::uint32_t r : it.value())
                if (r < all.size())
                    kept.push_back(all[r]);
            const std::int64_t n = std::int64_t(kept.size());
            form.tensors.push_back(Tensor::fromFloats(t.name(), {n}, std::move(kept)));
            continue;
        }
        form.tensors.push_back(t);
    }
    form.metadata.insert(QStringLiteral("pare_variant"), 1);
    form.metadata.insert(QStringLiteral("pare_encodings"), fp.encodings);
    form.metadata.insert(QStringLiteral("pare_recipe"),
                         QString::fromUtf8(QJsonDocument::fromJson(recipe.toJson()).toJson(QJsonDocument::Compact)));
    form.metadata.insert(QStringLiteral("pare_source_format"), modelFormatId(model.format));
    form.metadata.insert(QStringLiteral("pare_variant_bytes"), QString::number(variant.bytes));
}

Result<void> writeFormPare(const Model &model, EncodedVariantForm form, const QString &path, JobContext &ctx)
{
    Model out;
    out.format = model.format;
    out.path = model.path;
    out.architecture = model.architecture;
    out.family = model.family;
    out.metadata = form.metadata;
    out.metadata.insert(QStringLiteral("pare_source_metadata"), model.metadata);
    out.tensors = std::move(form.tensors);
    out.reindex();
    return writePareModel(out, path, ctx);
}

} // namespace

Result<EncodedVariantForm> encodedVariantForm(const Model &model, const Variant &variant, const Recipe &recipe)
{
    EncodedVariantForm form;
    FormParts fp;
    for (const CompressedLayer &l : variant.layers) {
        if (!l.changed || !l.encoding)
            continue;
        const std::vector<EncodedPart> parts = l.encoding->parts();
        PARE_TRY_VOID(addLayer(fp, model, l, parts));
        for (const EncodedPart &p : parts) {
            std::vector<std::byte> bytes(static_cast<std::size_t>(p.bytes.size()));
            if (!bytes.empty())
                std::memcpy(bytes.data(), p.bytes.constData(), bytes.size());
            auto t = Tensor::fromBytes(l.weightName + QLatin1Char('.') + p.name, partDType(p.dtype), p.shape,
                                       std::move(bytes), model.path);
            if (!t)
                return t.error();
            form.tensors.push_back(*t);
        }
    }
    finishForm(form, fp, model, variant, recipe);
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
    return writeFormPare(model, std::move(*form), path, ctx);
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
        return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: not a Pare variant (no pare_encodings metadata)").arg(path)};
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
                             QCoreApplication::translate("pare::core", "%1: encoding of '%2' lacks its part tensor '%3'").arg(path, it.key(), tensorName)};
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

namespace {

// The Hugging Face directory of `tensors` (the model's, reconstructions in place).
Result<void> writeHuggingFaceDirTensors(const Model &model, const std::vector<Tensor> &tensors, const QString &dir,
                                        JobContext &ctx)
{
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
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot create the directory").arg(dir)};
    // Tied or shared weights are stored once (the reader maps both names to one tensor).
    std::vector<Tensor> unique;
    QSet<QString> seen;
    for (const Tensor &t : tensors)
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
                return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot copy %2").arg(dir, from)};
        }
    }
    return {};
}

// Formats whose decompressed copy is written from the list of tensors (reconstructions in place).
bool decompressedFromTensors(ModelFormat format)
{
    return format != ModelFormat::Onnx && format != ModelFormat::KerasH5;
}

Result<void> writeDecompressedTensors(const Model &model, std::vector<Tensor> tensors, const QString &path,
                                      JobContext &ctx)
{
    switch (model.format) {
    case ModelFormat::HuggingFaceDir:
        return writeHuggingFaceDirTensors(model, tensors, path, ctx);
    case ModelFormat::Safetensors: {
        QJsonObject meta;
        for (auto it = model.metadata.begin(); it != model.metadata.end(); ++it)
            if (it.value().isString())
                meta.insert(it.key(), it.value());
        return writeSafetensors(tensors, meta, path, ctx);
    }
    case ModelFormat::Npz:
    case ModelFormat::Npy:
        return writeNpz(tensors, path);
    case ModelFormat::Pare: {
        Model out;
        out.format = model.format;
        out.path = model.path;
        out.architecture = model.architecture;
        out.family = model.family;
        out.metadata = model.metadata;
        out.tensors = std::move(tensors);
        out.layers = model.layers;
        out.graph = model.graph;
        out.reindex();
        return writePareModel(out, path, ctx);
    }
    case ModelFormat::Gguf: {
        auto metadata = readGgufMetadata(model.path, ctx);
        if (!metadata)
            return metadata.error();
        std::vector<GgufWriteTensor> out;
        for (std::size_t i = 0; i < tensors.size(); ++i) {
            const Tensor &t = tensors[i];
            const bool replaced = t.storage() != model.tensors[i].storage();
            out.push_back(GgufWriteTensor{t, replaced ? DType::F32 : t.dtype(), {}});
        }
        return writeGguf(path, *metadata, out, ctx);
    }
    case ModelFormat::Onnx:
    case ModelFormat::KerasH5:
        break;
    }
    return Error{ErrorCode::Unsupported, QCoreApplication::translate("pare::core", "%1: no decompressed copy from tensors for this format").arg(model.path)};
}

} // namespace

Result<void> writeHuggingFaceDir(const Model &model, const Variant &variant, const QString &dir, JobContext &ctx)
{
    auto tensors = reconstructedTensors(model, variant);
    if (!tensors)
        return tensors.error();
    return writeHuggingFaceDirTensors(model, *tensors, dir, ctx);
}

Result<void> writeDecompressed(const Model &model, const Variant &variant, const QString &path, JobContext &ctx)
{
    if (decompressedFromTensors(model.format)) {
        auto tensors = reconstructedTensors(model, variant);
        if (!tensors)
            return tensors.error();
        return writeDecompressedTensors(model, std::move(*tensors), path, ctx);
    }
    switch (model.format) {
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
                         QCoreApplication::translate("pare::core", "%1: a decompressed copy of a Keras 3 .keras archive is not supported; "
                                        "export .pare, .safetensors or --hf-dir instead").arg(model.path)};
        auto overrides = overridesFromVariant(model, variant);
        if (!overrides)
            return overrides.error();
        QHash<QString, std::vector<float>> values;
        for (auto it = overrides->begin(); it != overrides->end(); ++it)
            values.insert(it.key(), *it.value());
        return writeKerasH5WithWeights(model.path, values, path);
    }
    default:
        break;
    }
    return Error{ErrorCode::Unsupported, QCoreApplication::translate("pare::core", "%1: unknown model format").arg(model.path)};
}

namespace {

// Finished tensors, appended to a temporary file and read back through a memory map: the
// anonymous memory they take is released as soon as they are written.
class Spool
{
public:
    explicit Spool(QString path) : m_file(std::move(path)) {}
    ~Spool()
    {
        m_file.close();
        QFile::remove(m_file.fileName());
    }

    Result<void> open()
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{ErrorCode::Io,
                         QCoreApplication::translate("pare::core", "%1: cannot create the temporary file: %2").arg(m_file.fileName(), m_file.errorString())};
        return {};
    }

    Result<void> add(const QString &name, DType dtype, const Shape &shape, const void *data, std::int64_t size)
    {
        static constexpr char kZeros[64] = {};
        const std::int64_t pad = (64 - m_size % 64) % 64; // keep every tensor aligned in the map
        if ((pad && m_file.write(kZeros, pad) != pad) || (size && m_file.write(static_cast<const char *>(data), size) != size))
            return Error{ErrorCode::Io,
                         QCoreApplication::translate("pare::core", "%1: writing '%2' failed: %3").arg(m_file.fileName(), name, m_file.errorString())};
        m_entries.push_back({name, dtype, shape, m_size + pad, size});
        m_size += pad + size;
        return {};
    }

    // The spooled tensors, in the order added, as views of the mapped file.
    Result<std::vector<Tensor>> tensors()
    {
        if (!m_file.flush())
            return Error{ErrorCode::Io, QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString())};
        m_file.close();
        std::shared_ptr<const Storage> storage;
        if (m_size > 0) {
            auto mapped = MappedFile::open(m_file.fileName());
            if (!mapped)
                return mapped.error();
            (*mapped)->advise(0, m_size, MappedFile::Advice::Sequential);
            storage = *mapped;
        } else {
            storage = std::make_shared<OwnedStorage>(std::vector<std::byte>{});
        }
        std::vector<Tensor> out;
        for (const Entry &e : m_entries) {
            auto t = Tensor::view(e.name, e.dtype, e.shape, storage, e.offset, m_file.fileName());
            if (!t)
                return t.error();
            out.push_back(std::move(*t));
        }
        return out;
    }

private:
    struct Entry
    {
        QString name;
        DType dtype;
        Shape shape;
        std::int64_t offset;
        std::int64_t size;
    };
    QFile m_file;
    std::vector<Entry> m_entries;
    std::int64_t m_size = 0;
};

// The share of a streamed export's progress that compression takes; writing the file the rest.
constexpr double kCompressShare = 0.8;

} // namespace

bool canStream(StreamedForm form, const Model &model)
{
    return form != StreamedForm::Decompressed || decompressedFromTensors(model.format);
}

Result<StreamedVariant> compressAndWrite(StreamedForm form, const Model &model, const std::vector<LayerPlan> &plans,
                                         const Recipe &recipe, const QString &path, JobContext &ctx,
                                         CompressOptions options, std::int64_t windowBytes)
{
    if (!canStream(form, model))
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: a decompressed %2 copy is not written streaming").arg(path, modelFormatName(model.format))};
    Spool spool(path + QStringLiteral(".spool"));
    PARE_TRY_VOID(spool.open());
    StreamedVariant out;
    out.encodings.resize(model.layers.size());
    FormParts fp;
    const bool encoded = form == StreamedForm::Pare || form == StreamedForm::Safetensors;
    QHash<QString, int> spooledByName; // decompressed: tensor name → index in the spool

    CompressStream stream;
    stream.windowBytes = windowBytes;
    stream.sink = [&](CompressedLayer &l) -> Result<void> {
        if (l.layer >= 0 && std::size_t(l.layer) < out.encodings.size())
            out.encodings[std::size_t(l.layer)] = l.encoding->describe();
        if (encoded) {
            const std::vector<EncodedPart> parts = l.encoding->parts();
            PARE_TRY_VOID(addLayer(fp, model, l, parts));
            for (const EncodedPart &p : parts) {
                const QString name = l.weightName + QLatin1Char('.') + p.name;
                const DType dtype = partDType(p.dtype);
                // The same checks Tensor::fromBytes makes for the in-memory form.
                const auto numel = shapeElements(p.shape);
                const auto bytes = numel ? storageBytes(dtype, *numel) : std::nullopt;
                if (!bytes || *bytes != p.bytes.size())
                    return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1: part '%2' has %3 bytes for shape %4")
                                                                 .arg(argText(model.path),
                                                                      argText(name),
                                                                      argText(p.bytes.size()),
                                                                      argText(shapeToString(p.shape)))};
                PARE_TRY_VOID(spool.add(name, dtype, p.shape, p.bytes.constData(), p.bytes.size()));
            }
            return {};
        }
        // Decompressed: this layer's reconstructions (weight, and a bias of removed channels).
        Variant one;
        one.layers.push_back(std::move(l));
        auto overrides = overridesFromVariant(model, one);
        l = std::move(one.layers.front());
        if (!overrides)
            return overrides.error();
        for (const Tensor &t : model.tensors) {
            auto it = overrides->constFind(t.name());
            if (it == overrides->constEnd() || !it.value() || spooledByName.contains(t.name()))
                continue;
            const std::vector<float> &values = *it.value();
            spooledByName.insert(t.name(), int(spooledByName.size()));
            PARE_TRY_VOID(spool.add(t.name(), DType::F32, t.shape(), values.data(),
                                    std::int64_t(values.size() * sizeof(float))));
        }
        return {};
    };
    options.stream = &stream;
    JobContext compressCtx = ctx.subRange(0.0, kCompressShare);
    auto variant = compressModel(model, plans, compressCtx, options);
    if (!variant)
        return variant.error();
    out.variant = std::move(*variant);
    out.peakWindowBytes = stream.peakWindowBytes;

    auto spooled = spool.tensors();
    if (!spooled)
        return spooled.error();
    JobContext writeCtx = ctx.subRange(kCompressShare, 1.0);
    if (encoded) {
        EncodedVariantForm f;
        f.tensors = std::move(*spooled);
        finishForm(f, fp, model, out.variant, recipe);
        if (form == StreamedForm::Safetensors)
            PARE_TRY_VOID(writeSafetensors(f.tensors, f.metadata, path, writeCtx));
        else
            PARE_TRY_VOID(writeFormPare(model, std::move(f), path, writeCtx));
        return out;
    }
    std::vector<Tensor> tensors;
    tensors.reserve(model.tensors.size());
    for (const Tensor &t : model.tensors) {
        const int k = spooledByName.value(t.name(), -1);
        tensors.push_back(k >= 0 ? (*spooled)[std::size_t(k)] : t);
    }
    if (form == StreamedForm::HuggingFaceDir)
        PARE_TRY_VOID(writeHuggingFaceDirTensors(model, tensors, path, writeCtx));
    else
        PARE_TRY_VOID(writeDecompressedTensors(model, std::move(tensors), path, writeCtx));
    return out;
}

} // namespace pare::core
