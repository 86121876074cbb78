// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcontext.h"

#include <algorithm>

namespace pare::core {

JobContext::JobContext() : JobContext({}, {}, {}) {}

JobContext::JobContext(ProgressSink progress, LogSink log, CancelCheck cancel)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->progress = std::move(progress);
    m_shared->log = std::move(log);
    m_shared->cancel = std::move(cancel);
}

void JobContext::setProgress(double fraction, const QString &message)
{
    const double f = m_begin + std::clamp(fraction, 0.0, 1.0) * (m_end - m_begin);
    std::lock_guard lock(m_shared->mutex);
    if (f < m_shared->last)
        return;
    m_shared->last = f;
    if (m_shared->progress)
        m_shared->progress(f, message);
}

double JobContext::progress() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->last;
}

bool JobContext::isCanceled() const
{
    if (m_shared->canceled.load(std::memory_order_relaxed))
        return true;
    if (m_shared->cancel && m_shared->cancel()) {
        m_shared->canceled.store(true, std::memory_order_relaxed);
        return true;
    }
    return false;
}

void JobContext::requestCancel()
{
    m_shared->canceled.store(true, std::memory_order_relaxed);
}

void JobContext::log(LogLevel level, const QString &line)
{
    std::lock_guard lock(m_shared->mutex);
    if (m_shared->log)
        m_shared->log(level, line);
}

JobContext JobContext::subRange(double begin, double end)
{
    JobContext child(*this);
    const double span = m_end - m_begin;
    child.m_begin = m_begin + std::clamp(begin, 0.0, 1.0) * span;
    child.m_end = m_begin + std::clamp(end, 0.0, 1.0) * span;
    return child;
}

} // namespace pare::core
