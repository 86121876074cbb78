// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests that drive the main window (they link pare_ui): opening a model as the
// user does and waiting for it, without each test spelling out the signals to wait for.

#include "mainwindow.h"
#include "session.h"

#include <QSignalSpy>
#include <QString>

namespace pare::test {

enum class Until {
    Opened,   // the model is open (Session::modelOpened)
    Analyzed, // and its whole-model analysis is done (Session::analysisReady)
};

// Opens `path` through the window (File ▸ Open's path) and waits up to timeoutMs for each step;
// false when a step did not come in time.
inline bool openAndWait(ui::MainWindow &w, const QString &path, Until until = Until::Opened,
                        int timeoutMs = 60000)
{
    QSignalSpy opened(w.session(), &ui::Session::modelOpened);
    QSignalSpy analyzed(w.session(), &ui::Session::analysisReady);
    w.openFile(path);
    if (!opened.wait(timeoutMs))
        return false;
    return until == Until::Opened || analyzed.count() > 0 || analyzed.wait(timeoutMs);
}

} // namespace pare::test
