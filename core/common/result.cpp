// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

namespace pare::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Canceled: return QStringLiteral("canceled");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid argument");
    case ErrorCode::Io: return QStringLiteral("I/O error");
    case ErrorCode::Format: return QStringLiteral("format error");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::NotFound: return QStringLiteral("not found");
    case ErrorCode::Internal: return QStringLiteral("internal error");
    }
    return QStringLiteral("error");
}

} // namespace pare::core
