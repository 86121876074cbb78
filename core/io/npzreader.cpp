// SPDX-License-Identifier: GPL-3.0-or-later
// .npz: a zip archive of .npy members (numpy.savez stores, savez_compressed deflates).
#include "hfarch.h"
#include "modelio.h"
#include "numpy.h"
#include "zip.h"

#include <QCoreApplication>
#include <QSet>

namespace pare::core {

Result<std::vector<Tensor>> parseNpz(const std::shared_ptr<const Storage> &storage,
                                     const QString &context)
{
    auto members = readZipDirectory(storage->data(), storage->size(), context);
    if (!members.ok())
        return members.error();
    std::vector<Tensor> tensors;
    QSet<QString> names;
    for (const ZipMember &m : *members) {
        if (!m.name.endsWith(QLatin1String(".npy")))
            continue; // numpy.load ignores other members too
        const QString name = m.name.chopped(4);
        const QString where = QCoreApplication::translate("pare::core", "%1: member '%2'").arg(context, m.name);
        if (names.contains(name))
            return Error{ErrorCode::Format, QCoreApplication::translate("pare::core", "%1: duplicate member name").arg(where)};
        names.insert(name);
        Result<Tensor> t = Error{ErrorCode::Internal, QString()};
        if (m.method == 0) {
            const std::uint32_t crc = crc32Of(storage->data() + m.dataOffset, m.compressedSize);
            if (crc != m.crc)
                return Error{ErrorCode::Format,
                             QCoreApplication::translate("pare::core", "%1: CRC-32 %2 does not match the declared %3")
                                 .arg(where).arg(crc, 8, 16, QLatin1Char('0'))
                                 .arg(m.crc, 8, 16, QLatin1Char('0'))};
            t = parseNpy(storage, m.dataOffset, m.compressedSize, name, where);
        } else {
            auto bytes = inflateZipMember(storage->data(), m, context);
            if (!bytes.ok())
                return bytes.error();
            std::shared_ptr<const Storage> owned = std::make_shared<OwnedStorage>(std::move(bytes).value());
            t = parseNpy(owned, 0, owned->size(), name, where);
        }
        if (!t.ok())
            return t.error();
        tensors.push_back(std::move(t).value());
    }
    return tensors;
}

Result<std::shared_ptr<Model>> readNpz(const QString &path, JobContext &ctx)
{
    auto file = MappedFile::open(path);
    if (!file.ok())
        return file.error();
    if (ctx.isCanceled())
        return Error::canceled();
    auto tensors = parseNpz(std::move(file).value(), path);
    if (!tensors.ok())
        return tensors.error();
    auto model = std::make_shared<Model>();
    model->format = ModelFormat::Npz;
    model->path = path;
    model->tensors = std::move(tensors).value();
    assignLayers(*model);
    ctx.setProgress(1.0);
    return model;
}

} // namespace pare::core
