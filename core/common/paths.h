// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pare::core {

// Where Pare's read-only data (demo models, translations, docs) lives. Found relative to the
// executable so that an installed tree can be moved anywhere: no absolute install prefix is
// compiled in, only the source tree as a last resort for running from a build directory.
//
//   Linux, .deb/.rpm/.tar.gz   <prefix>/bin/pare        -> <prefix>/share/pare
//   AppImage                   $APPDIR/usr/bin/pare     -> $APPDIR/usr/share/pare
//   macOS bundle               Pare.app/Contents/MacOS  -> Pare.app/Contents/Resources
//   Windows                    <dir>\pare.exe           -> <dir>
//   build tree                 build/app/pare           -> <source>/resources
//
// $PARE_DATA_DIR, when set to an existing folder, wins over all of these.
enum class Platform { Linux, MacOS, Windows };

Platform hostPlatform();

struct DataDirContext
{
    Platform platform = hostPlatform();
    QString executableDir; // QCoreApplication::applicationDirPath()
    QString appImageDir;   // $APPDIR, set by the AppImage runtime
    QString overrideDir;   // $PARE_DATA_DIR
    QString buildTreeDir;  // <source>/resources, from the PARE_SOURCE_RESOURCES definition
};

// The context of this process: its executable, its environment, its build.
DataDirContext currentDataDirContext();

// Every place looked at, in order, for reporting ("looked in: …") and for tests.
QStringList dataDirCandidates(const DataDirContext &context);

// The first candidate that is a Pare data folder (one holding demo/; the override only needs
// to exist). Empty when none is.
QString resolveDataDir(const DataDirContext &context);

QString dataDir(); // resolveDataDir(currentDataDirContext())
QString demoDir(); // dataDir() + "/demo", or empty when there is no data folder

} // namespace pare::core
