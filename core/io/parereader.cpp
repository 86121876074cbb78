// SPDX-License-Identifier: GPL-3.0-or-later
// Reads Pare's own HDF5 file (layout in pareh5format.h). Tensors are read into owned buffers:
// HDF5 decides where dataset bytes live, so they are not mapped. All HDF5 calls run in a
// separate process (runIsolated); the Pare process rebuilds and checks the Model from its answer.
#include "common/isolate.h"
#include "common/argtext.h"
#include "hdf5util.h"
#include "modelio.h"
#include "pareh5format.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <exception>

namespace pare::core {

namespace {
ModelFamily familyFromName(const QByteArray &name)
{
    if (name == "language-model")
        return ModelFamily::LanguageModel;
    if (name == "convnet")
        return ModelFamily::ConvNet;
    if (name == "feed-forward")
        return ModelFamily::FeedForward;
    return ModelFamily::Unknown;
}

Error formatError(const QString &path, const QString &what)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(path, what)};
}

// Reads a 1-D uint8 dataset whole.
Result<std::vector<std::byte>> readBytes(hid_t loc, const QByteArray &name, std::int64_t fileSize,
                                         const QString &path, const QString &field)
{
    using namespace h5;
    if (!isDataset(loc, name))
        return formatError(path, QCoreApplication::translate("pare::core", "%1 is missing").arg(field));
    Handle ds = datasetHandle(H5Dopen2(loc, name.constData(), H5P_DEFAULT));
    Handle type = typeHandle(ds.valid() ? H5Dget_type(ds) : -1);
    if (ds.valid() && referencesOtherFiles(ds))
        return formatError(path, QCoreApplication::translate("pare::core", "%1 keeps its data in another file (external or "
                                                "virtual storage); refused")
                                     .arg(field));
    const auto dims = ds.valid() ? datasetDims(ds) : std::nullopt;
    if (!type.valid() || H5Tget_class(type) != H5T_INTEGER || H5Tget_size(type) != 1 || !dims
        || dims->size() != 1)
        return formatError(path, QCoreApplication::translate("pare::core", "%1 is not a 1-D byte dataset").arg(field));
    const std::int64_t size = dims->front();
    if (size > plausibleDatasetBytes(ds, fileSize))
        return formatError(path,
                           QCoreApplication::translate("pare::core", "%1 claims %2 bytes, more than a %3-byte file can hold")
                                   .arg(argText(field), argText(size), argText(fileSize)));
    std::vector<std::byte> bytes(static_cast<std::size_t>(size));
    if (size > 0 && H5Dread(ds, H5T_NATIVE_UINT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, bytes.data()) < 0)
        return formatError(path,
                           QCoreApplication::translate("pare::core", "%1 cannot be read (truncated or corrupt)").arg(field));
    return bytes;
}

Result<QJsonDocument> readJson(hid_t loc, const QByteArray &name, std::int64_t fileSize,
                               const QString &path, const QString &field)
{
    auto bytes = readBytes(loc, name, fileSize, path, field);
    if (!bytes)
        return bytes.error();
    QJsonParseError err;
    const QByteArray text(reinterpret_cast<const char *>(bytes->data()), qsizetype(bytes->size()));
    QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError)
        return formatError(path, QCoreApplication::translate("pare::core", "%1 is not valid JSON at offset %2: %3")
                                         .arg(argText(field), argText(err.offset),
                                              argText(err.errorString())));
    return doc;
}

Result<std::shared_ptr<Model>> readPareFile(const QString &path, JobContext &ctx)
{
    using namespace h5;
    const std::int64_t fileSize = QFileInfo(path).size();
    Handle file = openReadOnly(path);
    if (!file.valid())
        return formatError(path, QCoreApplication::translate("pare::core", "not a readable HDF5 file"));
    const auto version = readIntAttribute(file, pareh5::kFormatAttribute);
    if (!version)
        return formatError(
                path, QCoreApplication::translate("pare::core", "root attribute pare_format is missing; not a Pare file"));
    if (*version < 1 || *version > pareh5::kFormatVersion)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: pare_format %2 is newer than this Pare reads (%3)")
                             .arg(argText(path), argText(*version),
                                  argText(pareh5::kFormatVersion))};
    if (!isGroup(file, "model"))
        return formatError(path, QCoreApplication::translate("pare::core", "group /model is missing"));
    Handle group = groupHandle(H5Gopen2(file, "model", H5P_DEFAULT));
    if (!group.valid())
        return formatError(path, QCoreApplication::translate("pare::core", "group /model cannot be opened"));

    auto model = std::make_shared<Model>();
    model->format = ModelFormat::Pare;
    model->path = path;
    model->architecture
            = QString::fromUtf8(readStringAttribute(group, "architecture").value_or(QByteArray()));
    model->family = familyFromName(readStringAttribute(group, "family").value_or(QByteArray()));

    auto metadata = readJson(group, "metadata", fileSize, path, QStringLiteral("/model/metadata"));
    if (!metadata)
        return metadata.error();
    model->metadata = metadata->object();
    model->metadata.insert(
            QStringLiteral("pare.source_path"),
            QString::fromUtf8(readStringAttribute(group, "source_path").value_or(QByteArray())));
    model->metadata.insert(
            QStringLiteral("pare.source_format"),
            QString::fromUtf8(
                    readStringAttribute(group, "source_format_name").value_or(QByteArray())));

    if (!isGroup(file, "tensors"))
        return formatError(path, QCoreApplication::translate("pare::core", "group /tensors is missing"));
    Handle tensors = groupHandle(H5Gopen2(file, "tensors", H5P_DEFAULT));
    const auto names = tensors.valid() ? childNames(tensors) : std::nullopt;
    if (!names)
        return formatError(path, QCoreApplication::translate("pare::core", "group /tensors cannot be listed"));
    const qsizetype count = names->size();
    for (qsizetype i = 0; i < count; ++i) {
        if (ctx.isCanceled())
            return Error::canceled();
        // Datasets are named by index; the listing is in name order, so look each index up.
        const QByteArray name = QByteArray::number(i);
        const QString field = QStringLiteral("/tensors/%1").arg(i);
        if (!isDataset(tensors, name))
            return formatError(path, QCoreApplication::translate("pare::core", "%1 is missing (%2 entries under /tensors)")
                                             .arg(argText(field), argText(count)));
        Handle ds = datasetHandle(H5Dopen2(tensors, name.constData(), H5P_DEFAULT));
        const auto tname = readStringAttribute(ds, "name");
        const auto dtypeText = readStringAttribute(ds, "dtype");
        const auto dtype = dtypeText ? dtypeFromName(QString::fromUtf8(*dtypeText)) : std::nullopt;
        Shape shape;
        if (hasAttribute(ds, "shape")) {
            const auto s = readIntListAttribute(ds, "shape");
            if (!s)
                return formatError(
                        path,
                        QCoreApplication::translate("pare::core", "%1: attribute shape is not an integer list").arg(field));
            shape = *s;
        }
        if (!tname || !dtype)
            return formatError(
                    path,
                    QCoreApplication::translate("pare::core", "%1: attribute name or dtype is missing or invalid").arg(field));
        ds.reset();
        auto bytes = readBytes(tensors, name, fileSize, path, field);
        if (!bytes)
            return bytes.error();
        auto t = Tensor::fromBytes(QString::fromUtf8(*tname), *dtype, shape,
                                   std::move(bytes).value(),
                                   QStringLiteral("%1: %2").arg(path, field));
        if (!t)
            return t.error();
        model->tensors.push_back(std::move(t).value());
        ctx.setProgress(double(i + 1) / double(count));
    }

    auto layers = readJson(group, "layers", fileSize, path, QStringLiteral("/model/layers"));
    if (!layers)
        return layers.error();
    auto parsed = pareh5::layersFromJson(layers->array(), int(model->tensors.size()), path);
    if (!parsed)
        return parsed.error();
    model->layers = std::move(parsed).value();

    if (linkExists(group, "graph")) {
        auto graph = readJson(group, "graph", fileSize, path, QStringLiteral("/model/graph"));
        if (!graph)
            return graph.error();
        auto g = pareh5::graphFromJson(graph->object(), path);
        if (!g)
            return g.error();
        model->graph = std::make_shared<const Graph>(std::move(g).value());
    }
    model->reindex();
    return model;
}
// The reader process's answer: the Model as read by readPareFile, as bytes. Layers and graph
// travel as the file's own JSON and the tensors as raw bytes in a payload after the header, so
// the Pare process checks them exactly as it would check the file.
constexpr quint32 kReplyMagic = 0x50415245; // "PARE"

Result<QByteArray> encodeModel(const Model &model)
{
    QByteArray header;
    QByteArray payload;
    {
        QDataStream s(&header, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_4);
        s << kReplyMagic << model.architecture << qint32(model.family)
          << QJsonDocument(model.metadata).toJson(QJsonDocument::Compact)
          << QJsonDocument(pareh5::layersToJson(model.layers)).toJson(QJsonDocument::Compact)
          << (model.graph ? QJsonDocument(pareh5::graphToJson(*model.graph))
                                    .toJson(QJsonDocument::Compact)
                          : QByteArray())
          << quint32(model.tensors.size());
        for (const Tensor &t : model.tensors) {
            const qint64 offset = h5::alignReply(payload.size());
            payload.resize(qsizetype(offset + t.byteSize()));
            if (t.byteSize() > 0)
                std::memcpy(payload.data() + offset, t.data(), std::size_t(t.byteSize()));
            s << t.name() << qint32(t.dtype())
              << QList<qint64>(t.shape().begin(), t.shape().end()) << offset << qint64(t.byteSize());
        }
    }
    return h5::frameReply(header, payload);
}


Result<std::shared_ptr<Model>> decodeModel(const QString &path, QByteArray reply)
{
    const Error malformed{ErrorCode::Format,
                          QCoreApplication::translate("pare::core", "%1: the HDF5 reader process sent a malformed answer")
                                  .arg(path)};
    const auto layout = h5::replyLayout(reply);
    if (!layout)
        return malformed;
    const qint64 headerSize = layout->headerSize;
    const qint64 base = layout->payloadBase;
    auto storage = std::make_shared<h5::ReplyStorage>(std::move(reply));
    QDataStream s(QByteArray::fromRawData(reinterpret_cast<const char *>(storage->data()) + 8,
                                          qsizetype(headerSize)));
    s.setVersion(QDataStream::Qt_6_4);
    auto model = std::make_shared<Model>();
    model->format = ModelFormat::Pare;
    model->path = path;
    quint32 magic = 0;
    qint32 family = 0;
    QByteArray metadata, layers, graph;
    quint32 count = 0;
    s >> magic >> model->architecture >> family >> metadata >> layers >> graph >> count;
    if (magic != kReplyMagic || s.status() != QDataStream::Ok)
        return malformed;
    model->family = family >= 0 && family <= qint32(ModelFamily::FeedForward) ? ModelFamily(family)
                                                                             : ModelFamily::Unknown;
    for (quint32 i = 0; i < count; ++i) {
        QString name;
        qint32 dtype = 0;
        QList<qint64> shape;
        qint64 offset = 0, bytes = 0;
        s >> name >> dtype >> shape >> offset >> bytes;
        if (s.status() != QDataStream::Ok || dtype < 0 || dtype >= kDTypeCount || offset < 0
            || offset > storage->size() - base)
            return malformed;
        auto t = Tensor::view(name, DType(dtype), Shape(shape.begin(), shape.end()), storage,
                              base + offset, QStringLiteral("%1: /tensors/%2")
                                      .arg(argText(path), argText(i)));
        if (!t)
            return t.error();
        if (t->byteSize() != bytes)
            return malformed;
        model->tensors.push_back(std::move(t).value());
    }
    QJsonParseError err;
    model->metadata = QJsonDocument::fromJson(metadata, &err).object();
    const QJsonDocument layerDoc = QJsonDocument::fromJson(layers, &err);
    if (err.error != QJsonParseError::NoError)
        return malformed;
    auto parsed = pareh5::layersFromJson(layerDoc.array(), int(model->tensors.size()), path);
    if (!parsed)
        return parsed.error();
    model->layers = std::move(parsed).value();
    if (!graph.isEmpty()) {
        const QJsonDocument graphDoc = QJsonDocument::fromJson(graph, &err);
        if (err.error != QJsonParseError::NoError)
            return malformed;
        auto g = pareh5::graphFromJson(graphDoc.object(), path);
        if (!g)
            return g.error();
        model->graph = std::make_shared<const Graph>(std::move(g).value());
    }
    model->reindex();
    return model;
}
} // namespace

Result<std::shared_ptr<Model>> readPare(const QString &path, JobContext &ctx)
{
    // libhdf5 crashes and hangs on some corrupt files: it runs only in a separate process, which
    // reads the whole model and sends it back (common/isolate.h).
    ctx.setProgress(0.0);
    auto reply = runIsolated(
            path,
            [path]() -> Result<QByteArray> {
                h5::silence();
                JobContext childCtx;
                auto model = readPareFile(path, childCtx);
                if (!model)
                    return model.error();
                return encodeModel(**model);
            },
            h5::isolatedTimeoutMs(QFileInfo(path).size()), [&ctx] { return ctx.isCanceled(); });
    if (!reply)
        return reply.error();
    if (ctx.isCanceled())
        return Error::canceled();
    try {
        auto model = decodeModel(path, std::move(reply).value());
        ctx.setProgress(1.0);
        return model;
    } catch (const std::exception &e) {
        return Error{ErrorCode::Internal,
                     QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace pare::core
