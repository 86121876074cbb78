// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

#include <QCoreApplication>

namespace pare::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Canceled: return QCoreApplication::translate("pare::core", "canceled");
    case ErrorCode::InvalidArgument: return QCoreApplication::translate("pare::core", "invalid argument");
    case ErrorCode::Io: return QCoreApplication::translate("pare::core", "I/O error");
    case ErrorCode::Format: return QCoreApplication::translate("pare::core", "format error");
    case ErrorCode::Unsupported: return QCoreApplication::translate("pare::core", "unsupported");
    case ErrorCode::NotFound: return QCoreApplication::translate("pare::core", "not found");
    case ErrorCode::NotAProject: return QCoreApplication::translate("pare::core", "not a Pare project");
    case ErrorCode::Internal: return QCoreApplication::translate("pare::core", "internal error");
    }
    return QCoreApplication::translate("pare::core", "error");
}

Error Error::canceled()
{
    return {ErrorCode::Canceled, QCoreApplication::translate("pare::core", "Canceled")};
}

} // namespace pare::core
