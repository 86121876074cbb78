// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pare::core {

QString versionString();      // "0.1.0", from the top-level CMakeLists.txt
QString buildDescription();   // version, compiler, Qt version, CPU paths
QString cpuModelName();
QStringList cpuFeatures();    // "avx2", "f16c", "fma", "avx512f", "avx512_vnni", …

} // namespace pare::core
