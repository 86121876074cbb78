// SPDX-License-Identifier: GPL-3.0-or-later
#include "pareh5writer.h"

#include "hdf5util.h"
#include "pareh5format.h"

#include "common/isolate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>

namespace pare::core {

namespace {
QString familyName(ModelFamily f)
{
    switch (f) {
    case ModelFamily::Unknown:
        return QStringLiteral("unknown");
    case ModelFamily::LanguageModel:
        return QStringLiteral("language-model");
    case ModelFamily::ConvNet:
        return QStringLiteral("convnet");
    case ModelFamily::FeedForward:
        return QStringLiteral("feed-forward");
    }
    return QStringLiteral("unknown");
}

Error writeError(const QString &path, const QString &what)
{
    return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot write %2").arg(path, what)};
}

Result<void> writeContents(hid_t file, const Model &model, const QString &path, JobContext &ctx)
{
    using namespace h5;
    if (!writeIntAttribute(file, pareh5::kFormatAttribute, pareh5::kFormatVersion)
        || !writeStringAttribute(file, "pare_version", QByteArrayLiteral(PARE_VERSION)))
        return writeError(path, QCoreApplication::translate("pare::core", "the root attributes"));

    const Handle gcpl = untimedGroupCreatePlist();
    Handle group = groupHandle(H5Gcreate2(file, "model", H5P_DEFAULT, gcpl.valid() ? gcpl.id() : H5P_DEFAULT, H5P_DEFAULT));
    if (!group.valid() || !writeStringAttribute(group, "source_path", model.path.toUtf8())
        || !writeIntAttribute(group, "source_format", std::int64_t(model.format))
        || !writeStringAttribute(group, "source_format_name",
                                 modelFormatId(model.format).toUtf8())
        || !writeStringAttribute(group, "architecture", model.architecture.toUtf8())
        || !writeStringAttribute(group, "family", familyName(model.family).toUtf8()))
        return writeError(path, QCoreApplication::translate("pare::core", "/model attributes"));

    auto writeJson = [&](const char *name, const QByteArray &json) -> Result<void> {
        if (!writeBytesDataset(group, name, json.constData(), json.size()).valid())
            return writeError(path, QStringLiteral("/model/%1").arg(QLatin1StringView(name)));
        return {};
    };
    PARE_TRY_VOID(
            writeJson("metadata", QJsonDocument(model.metadata).toJson(QJsonDocument::Compact)));
    PARE_TRY_VOID(writeJson(
            "layers",
            QJsonDocument(pareh5::layersToJson(model.layers)).toJson(QJsonDocument::Compact)));
    if (model.graph)
        PARE_TRY_VOID(writeJson(
                "graph",
                QJsonDocument(pareh5::graphToJson(*model.graph)).toJson(QJsonDocument::Compact)));

    Handle tensors
            = groupHandle(H5Gcreate2(file, "tensors", H5P_DEFAULT, gcpl.valid() ? gcpl.id() : H5P_DEFAULT, H5P_DEFAULT));
    if (!tensors.valid())
        return writeError(path, QStringLiteral("/tensors"));
    const std::size_t count = model.tensors.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (ctx.isCanceled())
            return Error::canceled();
        const Tensor &t = model.tensors[i];
        const QByteArray name = QByteArray::number(qulonglong(i));
        Handle ds = writeBytesDataset(tensors, name.constData(), t.data(), t.byteSize());
        if (!ds.valid() || !writeStringAttribute(ds, "name", t.name().toUtf8())
            || !writeStringAttribute(ds, "dtype", dtypeName(t.dtype()).toUtf8())
            || !writeIntListAttribute(ds, "shape", t.shape()))
            return writeError(path,
                              QCoreApplication::translate("pare::core", "/tensors/%1 (tensor '%2')").arg(i).arg(t.name()));
        ctx.setProgress(double(i + 1) / double(count), t.name());
    }
    return {};
}
} // namespace

Result<void> writePareModel(const Model &model, const QString &path, JobContext &ctx)
{
    // In-process libhdf5: no runIsolated fork meanwhile (common/isolate.h).
    NoForkScope noFork;
    h5::silence();
    const QFileInfo target(path);
    const QString temp = target.absoluteDir().filePath(
            QStringLiteral(".%1.%2-%3.tmp")
                    .arg(target.fileName())
                    .arg(QCoreApplication::applicationPid())
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    const QByteArray tempNative = QFile::encodeName(temp);
    Result<void> result;
    {
        h5::Handle file = h5::fileHandle(
                H5Fcreate(tempNative.constData(), H5F_ACC_EXCL, H5P_DEFAULT, H5P_DEFAULT));
        if (!file.valid())
            return Error{ErrorCode::Io,
                         QCoreApplication::translate("pare::core", "%1: cannot create the temporary file %2").arg(path, temp)};
        result = writeContents(file, model, path, ctx);
        if (result.ok() && H5Fflush(file, H5F_SCOPE_GLOBAL) < 0)
            result = writeError(path, QCoreApplication::translate("pare::core", "(flush failed)"));
    }
    if (result.ok()) {
        // rename(2) replaces an existing target atomically; QFile::rename refuses to.
        if (std::rename(tempNative.constData(), QFile::encodeName(path).constData()) == 0)
            return {};
        result = Error{ErrorCode::Io,
                       QCoreApplication::translate("pare::core", "%1: cannot rename %2 into place").arg(path, temp)};
    }
    QFile::remove(temp);
    return result;
}

Result<void> writePareModel(const Model &model, const QString &path)
{
    JobContext ctx;
    return writePareModel(model, path, ctx);
}

} // namespace pare::core
