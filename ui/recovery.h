// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pare::ui {

// Crash recovery files, one per running instance: <app data>/recovery/recovery-<pid>.pare,
// guarded by a lock file recovery-<pid>.lock that the instance holds while it runs. An autosave
// whose instance is gone (no lock, or a lock whose process has ended) is an orphan: the next
// start offers it. Two Pares running side by side never see each other's autosave.
namespace recovery {

QString directory();
// This instance's autosave.
QString ownPath();
// True for any instance's autosave (the window treats a restored one as unsaved work).
bool isRecoveryFile(const QString &path);
// Takes this instance's lock (once; later calls do nothing). Until then even this process's
// own leftover file (a reused PID) counts as an orphan.
void claimInstance();
bool instanceClaimed();
// Autosaves whose instance is gone, newest first. Removes the stale lock files on the way.
QStringList orphans();
// Makes an orphan this instance's autosave (renamed into ownPath(), so no other instance offers
// it as well); returns ownPath(), or an empty string when the rename failed.
QString adopt(const QString &orphan);
// Removes an orphan (its stale lock went when orphans() found it).
void discard(const QString &orphan);

} // namespace recovery
} // namespace pare::ui
