// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace pare::core {

namespace {

QString canonicalOrAbsolute(const QString &p)
{
    const QFileInfo fi(p);
    const QString c = fi.canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(fi.absoluteFilePath()) : c;
}

bool isInside(const QString &child, const QString &parent)
{
    return child == parent || child.startsWith(parent + QLatin1Char('/'));
}

void removePath(const QString &p)
{
    std::error_code ec;
    std::filesystem::remove_all(std::filesystem::path(p.toStdString()), ec);
}

} // namespace

std::int64_t pathBytes(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.isDir())
        return fi.exists() ? fi.size() : 0;
    std::int64_t total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Result<void> checkExportTarget(const QString &target, const QString &input, bool force)
{
    if (target.isEmpty())
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "no output path given")};
    const QString t = canonicalOrAbsolute(target);
    if (!input.isEmpty()) {
        const QString in = canonicalOrAbsolute(input);
        if (isInside(t, in) || isInside(in, t))
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: refusing to write over the input model %2").arg(target, input)};
    }
    if (QFileInfo::exists(target) && !force)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: already exists (use --force to replace it)").arg(target)};
    return {};
}

Result<std::int64_t> exportAtomically(const QString &target, const QString &input, bool force, bool directory,
                                      const std::function<Result<void>(const QString &)> &write,
                                      const std::function<void(std::int64_t)> &announce)
{
    if (auto ok = checkExportTarget(target, input, force); !ok)
        return ok.error();
    const QFileInfo fi(target);
    if (fi.exists() && fi.isDir() != directory)
        return Error{ErrorCode::InvalidArgument,
                     directory ? QCoreApplication::translate("pare::core", "%1: exists and is not a directory").arg(target)
                               : QCoreApplication::translate("pare::core", "%1: exists and is a directory").arg(target)};
    const QString dir = fi.absolutePath();
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot create the folder %2").arg(target, dir)};
    const QString tmp = dir + QStringLiteral("/.") + fi.fileName() + QStringLiteral(".export-")
                        + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto written = write(tmp);
    if (!written) {
        removePath(tmp);
        return written.error();
    }
    const std::int64_t bytes = pathBytes(tmp);
    if (announce)
        announce(bytes);
    std::error_code ec;
    const std::filesystem::path from(tmp.toStdString()), to(fi.absoluteFilePath().toStdString());
    if (directory && fi.exists()) {
        // A directory cannot replace a non-empty one in one rename: move the old one aside first.
        const QString old = tmp + QStringLiteral(".old");
        std::filesystem::rename(to, std::filesystem::path(old.toStdString()), ec);
        if (!ec)
            std::filesystem::rename(from, to, ec);
        if (ec) {
            std::error_code ignored;
            std::filesystem::rename(std::filesystem::path(old.toStdString()), to, ignored);
            removePath(tmp);
            return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot replace the folder: %2")
                                            .arg(target, QString::fromStdString(ec.message()))};
        }
        removePath(old);
        return bytes;
    }
    if (!force && QFileInfo::exists(target)) {
        removePath(tmp);
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: appeared while exporting (use --force to replace it)").arg(target)};
    }
    std::filesystem::rename(from, to, ec);
    if (ec) {
        removePath(tmp);
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("pare::core", "%1: cannot rename into place: %2").arg(target, QString::fromStdString(ec.message()))};
    }
    return bytes;
}

} // namespace pare::core
