// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pare::core {

Result<void> writeFileAtomically(const QString &path,
                                 const std::function<Result<void>(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("pare::core", "%1: cannot write: %2").arg(path, file.errorString())};
    if (auto r = write(file); !r.ok()) {
        file.cancelWriting();
        return r;
    }
    if (!file.commit())
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("pare::core", "%1: cannot write: %2").arg(path, file.errorString())};
    return {};
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &contents)
{
    return writeFileAtomically(path, [&contents](QIODevice &dev) -> Result<void> {
        if (dev.write(contents) != contents.size())
            return Error{ErrorCode::Io, dev.errorString()};
        return {};
    });
}

} // namespace pare::core
