// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugepagemalloc.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <gnu/libc-version.h>
#include <unistd.h>
#define PARE_GLIBC_TUNABLES 1
#else
#define PARE_GLIBC_TUNABLES 0
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PARE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define PARE_SANITIZED 1
#endif
#endif
#ifndef PARE_SANITIZED
#define PARE_SANITIZED 0
#endif

namespace pare::core {

namespace {
constexpr char kTunable[] = "glibc.malloc.hugetlb";

bool namesTunable(const QByteArray &list)
{
    for (const QByteArray &item : list.split(':')) {
        if (item.split('=').constFirst().trimmed() == kTunable)
            return true;
    }
    return false;
}
} // namespace

QByteArray tunablesWithHugePageMalloc(const QByteArray &current)
{
    if (namesTunable(current))
        return {};
    const QByteArray mine = QByteArray(kTunable) + "=1";
    return current.trimmed().isEmpty() ? mine : current + ':' + mine;
}

bool hugePageMallocActive()
{
    for (const QByteArray &item : qgetenv("GLIBC_TUNABLES").split(':')) {
        const QList<QByteArray> kv = item.split('=');
        if (kv.size() == 2 && kv[0].trimmed() == kTunable && kv[1].trimmed() == "1")
            return !PARE_SANITIZED;
    }
    return false;
}

void restartWithHugePageMalloc(char **argv)
{
#if PARE_GLIBC_TUNABLES && !PARE_SANITIZED
    if (!argv || !argv[0] || qgetenv("PARE_HUGEPAGE_MALLOC") == "0")
        return;
    int major = 0, minor = 0;
    if (std::sscanf(gnu_get_libc_version(), "%d.%d", &major, &minor) != 2 || major < 2 || (major == 2 && minor < 35))
        return; // older glibc ignores the tunable
    QFile thp(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!thp.open(QIODevice::ReadOnly) || thp.readAll().contains("[never]"))
        return;
    const QByteArray before = qgetenv("GLIBC_TUNABLES");
    const QByteArray tunables = tunablesWithHugePageMalloc(before);
    if (tunables.isEmpty())
        return;
    if (::setenv("GLIBC_TUNABLES", tunables.constData(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // exec failed (no /proc, say): go on as started, without announcing a tunable not in force.
    if (before.isNull())
        ::unsetenv("GLIBC_TUNABLES");
    else
        ::setenv("GLIBC_TUNABLES", before.constData(), 1);
#else
    (void)argv;
#endif
}

} // namespace pare::core
