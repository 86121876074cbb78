// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"

#include "tensor/convert.h"

#include <QFile>
#include <QStringList>
#include <QSysInfo>

#if defined(__x86_64__)
#include <cpuid.h>
#endif

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
    // clang 14 knows no "f16c" feature name: ask CPUID (leaf 1, ECX bit 29) directly.
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & (1u << 29)))
        out << QStringLiteral("f16c");
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
