// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace pare::ui::recovery {

namespace {
std::unique_ptr<QLockFile> &instanceLock()
{
    static std::unique_ptr<QLockFile> lock;
    return lock;
}

QString pathFor(qint64 pid, const char *suffix)
{
    return directory() + QStringLiteral("/recovery-%1.%2").arg(pid).arg(QLatin1String(suffix));
}

// The PID in "recovery-<pid>.pare", or -1.
qint64 pidOf(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^recovery-(\\d+)\\.pare$"));
    const QRegularExpressionMatch m = re.match(QFileInfo(path).fileName());
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}
} // namespace

QString directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString ownPath()
{
    return pathFor(QCoreApplication::applicationPid(), "pare");
}

bool isRecoveryFile(const QString &path)
{
    return !path.isEmpty() && pidOf(path) >= 0
           && QFileInfo(path).absolutePath() == QFileInfo(directory() + QStringLiteral("/x")).absolutePath();
}

void claimInstance()
{
    std::unique_ptr<QLockFile> &lock = instanceLock();
    if (lock)
        return;
    QDir().mkpath(directory());
    lock = std::make_unique<QLockFile>(pathFor(QCoreApplication::applicationPid(), "lock"));
    lock->setStaleLockTime(0); // stale only when its process has gone
    if (!lock->tryLock(0)) {
        // Left behind by an earlier process that had this PID (it names us, so looks alive).
        lock->removeStaleLockFile();
        if (!lock->tryLock(0))
            qWarning("Pare: could not lock %s; another start may offer this session's autosave",
                     qPrintable(lock->fileName()));
    }
}

bool instanceClaimed()
{
    return instanceLock() && instanceLock()->isLocked();
}

QStringList orphans()
{
    QFileInfoList found = QDir(directory()).entryInfoList({QStringLiteral("recovery-*.pare")}, QDir::Files);
    std::sort(found.begin(), found.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    QStringList out;
    const qint64 self = QCoreApplication::applicationPid();
    for (const QFileInfo &f : found) {
        const qint64 pid = pidOf(f.fileName());
        if (pid < 0)
            continue;
        if (pid == self) {
            if (!instanceClaimed())
                out << f.absoluteFilePath(); // an earlier process's, with our PID
            continue;
        }
        // Locking succeeds only when no live instance holds the lock; it then removes the
        // stale lock file (unlock deletes ours).
        QLockFile probe(pathFor(pid, "lock"));
        probe.setStaleLockTime(0);
        if (probe.tryLock(0)) {
            probe.unlock();
            out << f.absoluteFilePath();
        }
    }
    return out;
}

QString adopt(const QString &orphan)
{
    const QString own = ownPath();
    if (QFileInfo(orphan).absoluteFilePath() == QFileInfo(own).absoluteFilePath())
        return own;
    QFile::remove(own);
    if (!QFile::rename(orphan, own))
        return {};
    return own; // orphans() already removed its stale lock
}

void discard(const QString &orphan)
{
    QFile::remove(orphan); // orphans() already removed its stale lock
}

} // namespace pare::ui::recovery
