// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"

#include "tensor/convert.h"

#include <QFile>
#include <QStringList>
#include <QSysInfo>

namespace pare::core {

QString versionString()
{
    return QStringLiteral(PARE_VERSION);
}

QString cpuModelName()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            if (line.startsWith("model name")) {
                const int colon = line.indexOf(':');
                return QString::fromUtf8(line.mid(colon + 1).trimmed());
            }
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

QStringList cpuFeatures()
{
    QStringList out;
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("sse4.2")) out << QStringLiteral("sse4.2");
    if (__builtin_cpu_supports("avx")) out << QStringLiteral("avx");
    if (__builtin_cpu_supports("avx2")) out << QStringLiteral("avx2");
    if (__builtin_cpu_supports("fma")) out << QStringLiteral("fma");
    if (__builtin_cpu_supports("f16c")) out << QStringLiteral("f16c");
    if (__builtin_cpu_supports("avx512f")) out << QStringLiteral("avx512f");
    if (__builtin_cpu_supports("avx512bw")) out << QStringLiteral("avx512bw");
#if !defined(__clang__) // clang 14 does not know this feature name
    if (__builtin_cpu_supports("avx512vnni")) out << QStringLiteral("avx512_vnni");
#endif
#elif defined(__aarch64__)
    out << QStringLiteral("neon");
#endif
    return out;
}

QString buildDescription()
{
    return QStringLiteral("Pare %1 (Qt %2, %3, %4; F16 conversion: %5)")
        .arg(versionString(), QString::fromLatin1(qVersion()), QSysInfo::buildAbi(),
             QStringLiteral(__VERSION__), QString::fromLatin1(halfConversionPath()));
}

} // namespace pare::core
