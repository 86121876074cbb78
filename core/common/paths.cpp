// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pare::core {

namespace {
const QString kDemoFolder = QStringLiteral("demo");

bool isDirectory(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

bool isDataDir(const QString &path)
{
    return isDirectory(path) && QFileInfo(QDir(path).filePath(kDemoFolder)).isDir();
}

QString clean(const QString &path)
{
    return QDir::cleanPath(path);
}
} // namespace

Platform hostPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

DataDirContext currentDataDirContext()
{
    DataDirContext context;
    // applicationDirPath() resolves symlinks (/proc/self/exe), so /usr/local/bin/pare pointing
    // into /opt/pare/bin still finds /opt/pare/share/pare.
    if (QCoreApplication::instance())
        context.executableDir = QCoreApplication::applicationDirPath();
    context.appImageDir = qEnvironmentVariable("APPDIR");
    context.overrideDir = qEnvironmentVariable("PARE_DATA_DIR");
#ifdef PARE_SOURCE_RESOURCES
    context.buildTreeDir = QStringLiteral(PARE_SOURCE_RESOURCES);
#endif
    return context;
}

QStringList dataDirCandidates(const DataDirContext &context)
{
    QStringList candidates;
    if (!context.overrideDir.isEmpty())
        candidates << clean(context.overrideDir);
    if (!context.appImageDir.isEmpty())
        candidates << clean(context.appImageDir + QStringLiteral("/usr/share/pare"));
    if (!context.executableDir.isEmpty()) {
        switch (context.platform) {
        case Platform::Linux:
            candidates << clean(context.executableDir + QStringLiteral("/../share/pare"));
            break;
        case Platform::MacOS:
            candidates << clean(context.executableDir + QStringLiteral("/../Resources"));
            break;
        case Platform::Windows:
            candidates << clean(context.executableDir);
            break;
        }
    }
    if (!context.buildTreeDir.isEmpty())
        candidates << clean(context.buildTreeDir);
    candidates.removeDuplicates();
    return candidates;
}

QString resolveDataDir(const DataDirContext &context)
{
    // An explicit override is taken as given, so a user can point at a folder of their own.
    if (isDirectory(context.overrideDir))
        return clean(QFileInfo(context.overrideDir).absoluteFilePath());
    for (const QString &candidate : dataDirCandidates(context)) {
        if (isDataDir(candidate))
            return clean(QFileInfo(candidate).absoluteFilePath());
    }
    return {};
}

QString dataDir()
{
    return resolveDataDir(currentDataDirContext());
}

QString demoDir()
{
    const QString base = dataDir();
    return base.isEmpty() ? QString() : QDir(base).filePath(kDemoFolder);
}

} // namespace pare::core
