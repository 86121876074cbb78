// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests that need a job to stay queued: every thread of the job pool is kept busy
// until release() (or destruction), so a job started meanwhile cannot have run, let alone
// finished — what lets a test tell "the GUI thread waited for it" from "it did not".

#include "jobs/jobrunner.h"

#include <QSemaphore>
#include <QThreadPool>

namespace pare::test {

class PoolBlocker
{
public:
    PoolBlocker() : m_threads(core::jobPool()->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i)
            core::jobPool()->start([this] {
                m_busy.release();
                m_release.acquire();
            });
    }
    ~PoolBlocker() { release(); core::jobPool()->waitForDone(); }
    PoolBlocker(const PoolBlocker &) = delete;
    PoolBlocker &operator=(const PoolBlocker &) = delete;

    // Whether every pool thread is held (waits up to timeoutMs for them to start).
    bool holding(int timeoutMs = 10000) { return m_busy.tryAcquire(m_threads, timeoutMs); }
    void release()
    {
        if (!m_released)
            m_release.release(m_threads);
        m_released = true;
    }

private:
    int m_threads;
    bool m_released = false;
    QSemaphore m_busy, m_release;
};

} // namespace pare::test
