// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pare::cli {

// Exit codes shared by every subcommand.
enum Exit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitBadInput = 3 };

int run(const QStringList &arguments);

} // namespace pare::cli
