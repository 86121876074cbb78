// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pare::core {

// Byte sizes in decimal units (as disk sizes are shown), spelled one way wherever Pare shows
// them — reports, budgets, the GUI, the CLI: "812 B", "629.8 kB", "13.50 GB". `decimals` < 0
// picks three significant digits ("1.23 MB", "12.3 MB", "123 MB"); bytes never get decimals.
QString formatBytes(double bytes, int decimals = -1);

// The unit label of formatBytes for one thousand bytes ("kB"), for axis titles.
QString kiloByteUnit();

} // namespace pare::core
