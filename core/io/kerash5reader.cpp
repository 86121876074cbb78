// SPDX-License-Identifier: GPL-3.0-or-later
// Keras 2 HDF5 reader: full models (model_config + model_weights) and weights-only files
// (layer_names at the root). libhdf5 crashes and hangs on some corrupt files, so every HDF5 call
// runs in a separate process (runIsolated): it lists the layers, model_config and each dataset's
// dtype, shape and either its file offset (contiguous, uncompressed: the Pare process views it
// in a memory map of the file) or its bytes (chunked or compressed). The Pare process checks all
// of it again and builds the Model.
#include "common/isolate.h"
#include "common/argtext.h"
#include "hdf5util.h"
#include "kerasconfig.h"
#include "modelio.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cstring>
#include <exception>

namespace pare::core {

namespace {
// No Keras weight comes near this; a dataset claiming more is corrupt or hostile.
constexpr std::int64_t kMaxElements = std::int64_t(1) << 31;

Error formatError(const QString &path, const QString &what)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(path, what)};
}

QString baseName(const QString &weightName)
{
    return weightName.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 0, 0);
}

// The DType of a dataset and the memory type to read it with, or nullopt if Pare holds no such
// type.
std::optional<std::pair<DType, h5::Handle>> datasetType(hid_t ds)
{
    using namespace h5;
    Handle type = typeHandle(H5Dget_type(ds));
    if (!type.valid())
        return std::nullopt;
    const H5T_class_t cls = H5Tget_class(type);
    const std::size_t size = H5Tget_size(type);
    if (cls == H5T_FLOAT) {
        if (size == 4)
            return std::pair{DType::F32, typeHandle(H5Tcopy(H5T_NATIVE_FLOAT))};
        if (size == 8)
            return std::pair{DType::F64, typeHandle(H5Tcopy(H5T_NATIVE_DOUBLE))};
        // HDF5 1.10 has no predefined half type; h5py writes IEEE half, read as stored if LE.
        if (size == 2 && H5Tget_order(type) == H5T_ORDER_LE && H5Tget_precision(type) == 16)
            return std::pair{DType::F16, typeHandle(H5Tcopy(type))};
        return std::nullopt;
    }
    if (cls == H5T_INTEGER) {
        const bool isSigned = H5Tget_sign(type) == H5T_SGN_2;
        switch (size) {
        case 1:
            return std::pair{isSigned ? DType::I8 : DType::U8,
                             typeHandle(H5Tcopy(isSigned ? H5T_NATIVE_INT8 : H5T_NATIVE_UINT8))};
        case 2:
            if (isSigned)
                return std::pair{DType::I16, typeHandle(H5Tcopy(H5T_NATIVE_INT16))};
            break;
        case 4:
            if (isSigned)
                return std::pair{DType::I32, typeHandle(H5Tcopy(H5T_NATIVE_INT32))};
            break;
        case 8:
            if (isSigned)
                return std::pair{DType::I64, typeHandle(H5Tcopy(H5T_NATIVE_INT64))};
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

// True if the dataset's file type is exactly Pare's little-endian in-memory form of `dtype`, so
// its bytes can be viewed in place.
bool storedAsIs(hid_t ds, DType dtype)
{
    using namespace h5;
    Handle type = typeHandle(H5Dget_type(ds));
    if (!type.valid())
        return false;
    switch (dtype) {
    case DType::F32:
        return H5Tequal(type, H5T_IEEE_F32LE) > 0;
    case DType::F64:
        return H5Tequal(type, H5T_IEEE_F64LE) > 0;
    case DType::I8:
        return H5Tequal(type, H5T_STD_I8LE) > 0;
    case DType::U8:
        return H5Tequal(type, H5T_STD_U8LE) > 0;
    case DType::I16:
        return H5Tequal(type, H5T_STD_I16LE) > 0;
    case DType::I32:
        return H5Tequal(type, H5T_STD_I32LE) > 0;
    case DType::I64:
        return H5Tequal(type, H5T_STD_I64LE) > 0;
    case DType::F16: {
        std::size_t spos = 0, epos = 0, esize = 0, mpos = 0, msize = 0;
        return H5Tget_fields(type, &spos, &epos, &esize, &mpos, &msize) >= 0 && spos == 15
               && epos == 10 && esize == 5 && mpos == 0 && msize == 10 && H5Tget_ebias(type) == 15
               && H5Tget_order(type) == H5T_ORDER_LE;
    }
    default:
        return false;
    }
}

// ---- The reader process: every libhdf5 call happens here (see runIsolated) ----------------

// What the reader process found: all the parent needs to build the Model, with no libhdf5 call
// left to make. The parent checks all of it again.
struct ScannedDataset
{
    QByteArray rawName; // as listed in weight_names
    QString field;      // "dataset model_weights/dense/dense/kernel:0", for messages
    bool supported = false;
    qint32 dtype = 0;
    QList<qint64> shape;
    bool inFile = false; // offset is into the file (contiguous data viewed in place) …
    qint64 offset = 0;   // … or into the reply's payload
    qint64 bytes = 0;
};

struct ScannedLayer
{
    QString name;
    QList<ScannedDataset> datasets;
};

struct Scan
{
    QString keras_version;
    QString backend;
    bool fullModel = false;
    QByteArray modelConfig;
    QString prefix;
    QList<ScannedLayer> layers;
};

QDataStream &operator<<(QDataStream &s, const ScannedDataset &d)
{
    return s << d.rawName << d.field << d.supported << d.dtype << d.shape << d.inFile << d.offset
             << d.bytes;
}
QDataStream &operator>>(QDataStream &s, ScannedDataset &d)
{
    return s >> d.rawName >> d.field >> d.supported >> d.dtype >> d.shape >> d.inFile >> d.offset
           >> d.bytes;
}
QDataStream &operator<<(QDataStream &s, const ScannedLayer &l)
{
    return s << l.name << l.datasets;
}
QDataStream &operator>>(QDataStream &s, ScannedLayer &l)
{
    return s >> l.name >> l.datasets;
}

constexpr quint32 kScanMagic = 0x4b483531; // "KH51"

class KerasScanner
{
public:
    KerasScanner(const QString &path, std::int64_t fileSize)
        : m_path(path)
        , m_fileSize(fileSize)
    {}
    // The serialized Scan: [quint64 header size][header][padding to 64][payload].
    Result<QByteArray> run();

private:
    Result<ScannedDataset> scanDataset(hid_t group, const QByteArray &rawName,
                                       const QString &datasetPath);
    Result<ScannedLayer> scanLayer(hid_t weights, const QString &layerName);

    QString m_path;
    std::int64_t m_fileSize = 0;
    Scan m_scan;
    QByteArray m_payload; // bytes of datasets that cannot be viewed in the file
};

Result<ScannedDataset> KerasScanner::scanDataset(hid_t group, const QByteArray &rawName,
                                                 const QString &datasetPath)
{
    using namespace h5;
    ScannedDataset out;
    out.rawName = rawName;
    const QString field = QStringLiteral("dataset %1").arg(datasetPath);
    out.field = field;
    if (!isDataset(group, rawName))
        return formatError(m_path,
                           QCoreApplication::translate("pare::core", "%1 named in weight_names is missing").arg(field));
    Handle ds = datasetHandle(H5Dopen2(group, rawName.constData(), H5P_DEFAULT));
    if (!ds.valid())
        return formatError(m_path, QCoreApplication::translate("pare::core", "%1 cannot be opened").arg(field));
    if (referencesOtherFiles(ds))
        return formatError(m_path, QCoreApplication::translate("pare::core", "%1 keeps its data in another file (external or "
                                                  "virtual storage); refused")
                                           .arg(field));
    const auto dims = datasetDims(ds);
    if (!dims)
        return formatError(m_path, QCoreApplication::translate("pare::core", "%1 has an unreadable dataspace").arg(field));
    Shape shape(dims->begin(), dims->end());
    const auto numel = shapeElements(shape);
    if (!numel || *numel > kMaxElements)
        return formatError(m_path, QCoreApplication::translate("pare::core", "%1 has shape [%2], over the %3-element limit")
                                           .arg(argText(field), argText(shapeToString(shape)),
                                                argText(kMaxElements)));
    out.shape = QList<qint64>(shape.begin(), shape.end());
    auto type = datasetType(ds);
    if (!type)
        return out; // supported = false: the parent warns and skips it
    out.supported = true;
    out.dtype = qint32(type->first);
    const std::int64_t bytes = storageBytes(type->first, *numel).value_or(INT64_MAX);
    if (bytes > plausibleDatasetBytes(ds, m_fileSize))
        return formatError(m_path,
                           QCoreApplication::translate("pare::core", "%1 claims %2 bytes, more than a %3-byte file can hold")
                                   .arg(argText(field), argText(bytes), argText(m_fileSize)));
    out.bytes = bytes;
    // Contiguous, unfiltered data already in Pare's form is viewed in place in a memory map.
    Handle dcpl = plistHandle(H5Dget_create_plist(ds));
    const haddr_t offset = H5Dget_offset(ds);
    if (bytes > 0 && dcpl.valid() && H5Pget_layout(dcpl) == H5D_CONTIGUOUS && offset != HADDR_UNDEF
        && offset <= haddr_t(m_fileSize) && storedAsIs(ds, type->first)) {
        out.inFile = true;
        out.offset = qint64(offset);
        return out;
    }
    // All of a file's datasets together cannot decompress to more than this.
    const qint64 start = h5::alignReply(m_payload.size());
    std::int64_t budget = 0;
    if (__builtin_mul_overflow(m_fileSize, kMaxCompressionRatio, &budget))
        budget = INT64_MAX;
    budget = std::min(budget, kMaxIsolatedReplyBytes - (std::int64_t(1) << 20));
    if (bytes > budget - start)
        return formatError(m_path, QCoreApplication::translate("pare::core", "%1 claims %2 bytes, more than a %3-byte file "
                                                  "can hold together with its other datasets")
                                           .arg(argText(field), argText(bytes),
                                                argText(m_fileSize)));
    m_payload.resize(qsizetype(start + bytes));
    if (bytes > 0
        && H5Dread(ds, type->second, H5S_ALL, H5S_ALL, H5P_DEFAULT, m_payload.data() + start) < 0)
        return formatError(m_path,
                           QCoreApplication::translate("pare::core", "%1 cannot be read (truncated or corrupt)").arg(field));
    out.offset = start;
    return out;
}

Result<ScannedLayer> KerasScanner::scanLayer(hid_t weights, const QString &layerName)
{
    using namespace h5;
    ScannedLayer out;
    out.name = layerName;
    const QString &groupPrefix = m_scan.prefix;
    const QByteArray native = layerName.toUtf8();
    if (!isGroup(weights, native))
        return formatError(m_path, QCoreApplication::translate("pare::core", "group %1%2 listed in layer_names is missing")
                                           .arg(groupPrefix, layerName));
    Handle layer = groupHandle(H5Gopen2(weights, native.constData(), H5P_DEFAULT));
    auto names = readStringListAttribute(layer, "weight_names");
    if (!names && H5Aexists(layer, "weight_names") > 0) {
        // Keras writes an empty float64 array, not an empty string list, for layers without
        // weights (pooling, flatten): that is "no weights", not an error.
        const hid_t attr = H5Aopen(layer, "weight_names", H5P_DEFAULT);
        const hid_t space = attr >= 0 ? H5Aget_space(attr) : -1;
        const hssize_t count = space >= 0 ? H5Sget_simple_extent_npoints(space) : -1;
        if (space >= 0)
            H5Sclose(space);
        if (attr >= 0)
            H5Aclose(attr);
        if (count == 0)
            names = QList<QByteArray>();
    }
    if (!names)
        return formatError(m_path, QCoreApplication::translate("pare::core", "group %1%2 has no weight_names attribute")
                                           .arg(groupPrefix, layerName));
    for (const QByteArray &raw : *names) {
        auto d = scanDataset(layer, raw,
                             QStringLiteral("%1%2/%3").arg(groupPrefix, layerName,
                                                           QString::fromUtf8(raw)));
        if (!d)
            return d.error();
        out.datasets.append(std::move(d).value());
    }
    return out;
}

Result<QByteArray> KerasScanner::run()
{
    using namespace h5;
    silence();
    Handle file = openReadOnly(m_path);
    if (!file.valid())
        return formatError(
                m_path,
                QCoreApplication::translate("pare::core", "not a readable HDF5 file (bad signature, truncated or corrupt)"));
    m_scan.keras_version = QString::fromUtf8(readStringAttribute(file, "keras_version").value_or(QByteArray()));
    m_scan.backend = QString::fromUtf8(readStringAttribute(file, "backend").value_or(QByteArray()));
    m_scan.fullModel = hasAttribute(file, "model_config");
    Handle weights;
    if (m_scan.fullModel) {
        const auto text = readStringAttribute(file, "model_config");
        if (!text)
            return formatError(m_path,
                               QCoreApplication::translate("pare::core", "root attribute model_config is not a string"));
        m_scan.modelConfig = *text;
        if (!isGroup(file, "model_weights"))
            return formatError(m_path,
                               QCoreApplication::translate("pare::core", "group model_weights is missing (a model saved "
                                              "without weights?)"));
        weights = groupHandle(H5Gopen2(file, "model_weights", H5P_DEFAULT));
        m_scan.prefix = QStringLiteral("model_weights/");
    } else if (hasAttribute(file, "layer_names")) {
        weights = groupHandle(H5Gopen2(file, "/", H5P_DEFAULT));
        m_scan.prefix = QStringLiteral("/");
    } else {
        return formatError(m_path,
                           QCoreApplication::translate("pare::core", "an HDF5 file, but not a Keras model: no root attribute "
                                          "model_config or layer_names"));
    }
    if (!weights.valid())
        return formatError(m_path, QCoreApplication::translate("pare::core", "group %1 cannot be opened").arg(m_scan.prefix));
    const auto layerNames = readStringListAttribute(weights, "layer_names");
    if (!layerNames)
        return formatError(m_path,
                           QCoreApplication::translate("pare::core", "attribute %1layer_names is missing or not a string list")
                                   .arg(m_scan.prefix));
    QSet<QString> seen;
    for (qsizetype i = 0; i < layerNames->size(); ++i) {
        const QString name = QString::fromUtf8(layerNames->at(i));
        if (name.isEmpty() || seen.contains(name))
            return formatError(m_path, QCoreApplication::translate("pare::core", "%1layer_names[%2] is empty or repeated")
                                               .arg(m_scan.prefix)
                                               .arg(i));
        seen.insert(name);
        auto layer = scanLayer(weights, name);
        if (!layer)
            return layer.error();
        m_scan.layers.append(std::move(layer).value());
    }

    QByteArray header;
    {
        QDataStream s(&header, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        s << kScanMagic << m_scan.keras_version << m_scan.backend << m_scan.fullModel
          << m_scan.modelConfig << m_scan.prefix << m_scan.layers;
    }
    return h5::frameReply(header, m_payload);
}

// ---- The Pare process: builds the Model from the scan --------------------------------------


Result<Scan> decodeScan(const QString &path, const QByteArray &reply, qint64 *payloadBase)
{
    const Error malformed{ErrorCode::Format,
                          QCoreApplication::translate("pare::core", "%1: the HDF5 reader process sent a malformed answer")
                                  .arg(path)};
    const auto layout = h5::replyLayout(reply);
    if (!layout)
        return malformed;
    const qint64 base = layout->payloadBase;
    const qint64 headerSize = layout->headerSize;
    QDataStream s(QByteArray::fromRawData(reply.constData() + 8, qsizetype(headerSize)));
    s.setVersion(QDataStream::Qt_6_4);
    Scan scan;
    quint32 magic = 0;
    s >> magic >> scan.keras_version >> scan.backend >> scan.fullModel >> scan.modelConfig
            >> scan.prefix >> scan.layers;
    if (magic != kScanMagic || s.status() != QDataStream::Ok)
        return malformed;
    *payloadBase = base;
    return scan;
}

class KerasReader
{
public:
    KerasReader(const QString &path, JobContext &ctx)
        : m_path(path)
        , m_ctx(ctx)
    {}
    Result<std::shared_ptr<Model>> read();

private:
    Result<std::optional<Tensor>> makeTensor(const ScannedDataset &d);
    Result<void> addLayerWeights(const ScannedLayer &layer);
    Result<void> buildLayer(const QString &layerName);

    QString m_path;
    JobContext &m_ctx;
    std::int64_t m_fileSize = 0;
    std::shared_ptr<MappedFile> m_mapped; // the file itself, for datasets viewed in place
    std::shared_ptr<const Storage> m_reply; // the reader process's answer, for the rest
    qint64 m_payloadBase = 0;
    std::shared_ptr<Model> m_model = std::make_shared<Model>();
    std::optional<keras::ModelConfig> m_config;
    keras::LayerTensors m_layerTensors; // layer → tensor names, in weight_names order
    QHash<QString, int> m_tensorIndex;
};

Result<std::optional<Tensor>> KerasReader::makeTensor(const ScannedDataset &d)
{
    if (!d.supported) {
        m_ctx.warning(QCoreApplication::translate("pare::core", "%1: %2 has a data type Pare does not hold; skipped")
                              .arg(m_path, d.field));
        return std::optional<Tensor>{};
    }
    const Shape shape(d.shape.begin(), d.shape.end());
    const auto numel = shapeElements(shape);
    const auto dtype = DType(d.dtype);
    const bool knownType = d.dtype >= 0 && d.dtype < kDTypeCount
                           && (dtype == DType::F32 || dtype == DType::F64 || dtype == DType::F16
                               || dtype == DType::I8 || dtype == DType::U8 || dtype == DType::I16
                               || dtype == DType::I32 || dtype == DType::I64);
    const auto bytes = knownType && numel ? storageBytes(dtype, *numel) : std::nullopt;
    if (!numel || *numel > kMaxElements || !bytes || *bytes != d.bytes || d.offset < 0)
        return formatError(m_path, QCoreApplication::translate("pare::core", "%1: inconsistent shape, type or size from the "
                                                  "HDF5 reader process")
                                           .arg(d.field));
    const QString where = QStringLiteral("%1: %2").arg(m_path, d.field);
    std::shared_ptr<const Storage> storage;
    std::int64_t offset = 0;
    if (d.inFile) {
        if (!m_mapped) {
            auto mapped = MappedFile::open(m_path);
            if (!mapped)
                return mapped.error();
            m_mapped = *mapped;
        }
        storage = m_mapped;
        offset = d.offset;
    } else {
        storage = m_reply;
        if (d.offset > m_reply->size() - m_payloadBase)
            return formatError(m_path, QCoreApplication::translate("pare::core", "%1: data offset out of range").arg(d.field));
        offset = m_payloadBase + d.offset;
    }
    // view() checks that [offset, offset + bytes) lies inside the file or the reply.
    auto t = Tensor::view(QString(), dtype, shape, storage, offset, where);
    if (!t)
        return t.error();
    return std::optional<Tensor>(std::move(t).value());
}

Result<void> KerasReader::addLayerWeights(const ScannedLayer &layer)
{
    std::vector<QString> &list = m_layerTensors[layer.name];
    for (const ScannedDataset &d : layer.datasets) {
        if (m_ctx.isCanceled())
            return Error::canceled();
        auto t = makeTensor(d);
        if (!t)
            return t.error();
        if (!t->has_value())
            continue;
        QString name = QString::fromUtf8(d.rawName);
        for (int n = 2; m_tensorIndex.contains(name); ++n)
            name = QStringLiteral("%1#%2").arg(argText(QString::fromUtf8(d.rawName)), argText(n));
        (*t)->setName(name);
        m_tensorIndex.insert(name, int(m_model->tensors.size()));
        m_model->tensors.push_back(std::move(**t));
        list.push_back(name);
    }
    return {};
}

Result<void> KerasReader::buildLayer(const QString &layerName)
{
    const std::vector<QString> names = m_layerTensors.value(layerName);
    if (names.empty())
        return {};
    const keras::LayerSpec *spec = m_config ? m_config->layer(layerName) : nullptr;
    auto find = [&](const char *base) {
        for (const QString &n : names) {
            if (baseName(n) == QLatin1StringView(base))
                return m_tensorIndex.value(n, -1);
        }
        return -1;
    };
    Layer l;
    l.name = layerName;
    int kernel = find("kernel");
    const int depthwise = find("depthwise_kernel");
    const int embeddings = find("embeddings");
    const int gamma = find("gamma");
    const QString cls = spec ? spec->className : QString();
    auto tensorAt = [&](int i) -> Tensor & { return m_model->tensors[std::size_t(i)]; };
    if (depthwise >= 0) {
        kernel = depthwise;
        l.op = OpKind::Conv;
        l.layout = WeightLayout::ConvHWIO;
    } else if (embeddings >= 0) {
        kernel = embeddings;
        l.op = OpKind::Embedding;
        l.layout = WeightLayout::OutIn;
    } else if (kernel >= 0 && tensorAt(kernel).rank() >= 3) {
        l.op = OpKind::Conv;
        // Conv1DTranspose / Conv2DTranspose / Conv3DTranspose hold [k…, out, in].
        l.layout = cls.endsWith(QLatin1String("Transpose")) ? WeightLayout::ConvTransposeHWOI
                                                            : WeightLayout::ConvHWIO;
    } else if (kernel >= 0 && tensorAt(kernel).rank() == 2) {
        l.op = OpKind::Dense;
        l.layout = WeightLayout::InOut;
    } else if (gamma >= 0) {
        kernel = gamma;
        l.op = OpKind::Norm;
        l.layout = WeightLayout::Vector;
    } else {
        return {}; // no weight Pare knows how to treat as a layer
    }
    l.weight = kernel;
    l.bias = l.op == OpKind::Norm ? find("beta") : find("bias");
    l.opType = cls.isEmpty() ? opKindName(l.op) : cls;
    const Tensor &w = tensorAt(kernel);
    if (spec) {
        l.inputShape = spec->inputShape;
        l.outputShape = spec->outputShape;
        const QJsonObject &c = spec->config;
        auto mismatch = [&](const QString &what) {
            return Error{ErrorCode::Format,
                         QCoreApplication::translate("pare::core", "%1: weight '%2' has shape [%3], but model_config "
                                                                   "layer '%4' (%5) says %6")
                                 .arg(m_path, w.name(), shapeToString(w.shape()), layerName, cls, what)};
        };
        const std::int64_t inCh = spec->inputShape.empty() ? -1 : spec->inputShape.back();
        if (cls == QLatin1String("Dense")) {
            const std::int64_t units = c.value(QStringLiteral("units")).toInteger(-1);
            if (w.rank() != 2 || w.dim(1) != units || (inCh > 0 && w.dim(0) != inCh))
                return mismatch(QCoreApplication::translate("pare::core", "units = %1 and %2 inputs")
                        .arg(argText(units), argText(inCh)));
        } else if (cls == QLatin1String("Conv2D") || cls == QLatin1String("Conv1D")) {
            const std::int64_t filters = c.value(QStringLiteral("filters")).toInteger(-1);
            const int rank = cls == QLatin1String("Conv2D") ? 4 : 3;
            if (w.rank() != rank || w.dim(rank - 1) != filters
                || (inCh > 0 && w.dim(rank - 2) != inCh))
                return mismatch(QCoreApplication::translate("pare::core", "filters = %1 and %2 input channels")
                                        .arg(filters)
                                        .arg(inCh));
        } else if (l.layout == WeightLayout::ConvTransposeHWOI) {
            const std::int64_t filters = c.value(QStringLiteral("filters")).toInteger(-1);
            if (w.dim(w.rank() - 2) != filters || (inCh > 0 && w.dim(w.rank() - 1) != inCh))
                return mismatch(QCoreApplication::translate("pare::core", "filters = %1 and %2 input channels")
                                        .arg(filters)
                                        .arg(inCh));
        } else if (cls == QLatin1String("DepthwiseConv2D")) {
            if (w.rank() != 4 || (inCh > 0 && w.dim(2) != inCh))
                return mismatch(QCoreApplication::translate("pare::core", "%1 input channels").arg(inCh));
        } else if (cls == QLatin1String("Embedding")) {
            const std::int64_t in = c.value(QStringLiteral("input_dim")).toInteger(-1);
            const std::int64_t out = c.value(QStringLiteral("output_dim")).toInteger(-1);
            if (w.rank() != 2 || w.dim(0) != in || w.dim(1) != out)
                return mismatch(QCoreApplication::translate("pare::core", "input_dim = %1, output_dim = %2").arg(in).arg(out));
        } else if (l.op == OpKind::Norm && inCh > 0 && w.numel() != inCh) {
            return mismatch(QStringLiteral("%1 channels").arg(inCh));
        }
    }
    if (depthwise >= 0 && w.rank() == 4) {
        // Keras holds [kh, kw, C, multiplier]; the same bytes read as [kh, kw, 1, C·multiplier]
        // (output channel c·multiplier + m) match ConvHWIO's [kh, kw, in/groups, out].
        l.groups = int(std::clamp<std::int64_t>(w.dim(2), 1, INT_MAX));
        auto reshaped
                = Tensor::view(w.name(), w.dtype(), {w.dim(0), w.dim(1), 1, w.dim(2) * w.dim(3)},
                               w.storage(), w.storageOffset(), m_path);
        if (reshaped)
            tensorAt(kernel) = std::move(reshaped).value();
    }
    m_model->layers.push_back(std::move(l));
    return {};
}

Result<std::shared_ptr<Model>> KerasReader::read()
{
    const QFileInfo info(m_path);
    if (!info.isFile())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("pare::core", "%1: no such file").arg(m_path)};
    m_fileSize = info.size();
    m_ctx.setProgress(0.0);
    // libhdf5 crashes and hangs on some corrupt files: it runs only in a separate process.
    const QString path = m_path;
    const std::int64_t fileSize = m_fileSize;
    auto reply = runIsolated(
            m_path, [path, fileSize] { return KerasScanner(path, fileSize).run(); },
            h5::isolatedTimeoutMs(fileSize), [this] { return m_ctx.isCanceled(); });
    if (!reply)
        return reply.error();
    auto scan = decodeScan(m_path, *reply, &m_payloadBase);
    if (!scan)
        return scan.error();
    m_reply = std::make_shared<h5::ReplyStorage>(std::move(reply).value());
    m_ctx.setProgress(0.5);

    m_model->format = ModelFormat::KerasH5;
    m_model->path = m_path;
    QJsonObject meta;
    if (!scan->keras_version.isEmpty())
        meta.insert(QStringLiteral("keras_version"), scan->keras_version);
    if (!scan->backend.isEmpty())
        meta.insert(QStringLiteral("backend"), scan->backend);
    if (scan->fullModel) {
        auto config = keras::parseModelConfig(
                scan->modelConfig, QCoreApplication::translate("pare::core", "%1: root attribute model_config").arg(m_path));
        if (!config)
            return config.error();
        m_config = std::move(config).value();
        m_model->architecture = m_config->className.toLower();
        meta.insert(QStringLiteral("model_name"), m_config->name);
    } else {
        meta.insert(QStringLiteral("weights_only"), true);
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < scan->layers.size(); ++i) {
        const QString &name = scan->layers.at(i).name;
        if (name.isEmpty() || seen.contains(name))
            return formatError(m_path, QCoreApplication::translate("pare::core", "%1layer_names[%2] is empty or repeated")
                                               .arg(scan->prefix)
                                               .arg(i));
        seen.insert(name);
        PARE_TRY_VOID(addLayerWeights(scan->layers.at(i)));
        m_ctx.setProgress(0.5 + 0.4 * double(i + 1) / double(scan->layers.size()));
    }
    for (const ScannedLayer &layer : scan->layers)
        PARE_TRY_VOID(buildLayer(layer.name));

    bool anyConv = false;
    for (const Layer &l : m_model->layers)
        anyConv = anyConv || l.op == OpKind::Conv;
    m_model->family = anyConv ? ModelFamily::ConvNet : ModelFamily::FeedForward;
    if (m_config && m_config->sequential)
        m_model->graph = keras::sequentialGraph(*m_config, m_layerTensors);
    m_model->metadata = meta;
    m_model->reindex();
    m_ctx.setProgress(1.0);
    return m_model;
}
} // namespace

Result<std::shared_ptr<Model>> readKerasH5(const QString &path, JobContext &ctx)
{
    try {
        KerasReader reader(path, ctx);
        return reader.read();
    } catch (const std::exception &e) {
        return Error{ErrorCode::Internal,
                     QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace pare::core
