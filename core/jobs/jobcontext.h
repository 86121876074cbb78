// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace pare::core {

enum class LogLevel { Debug, Info, Warning, Error };

// What a running job sees of the outside world: where to report progress and log lines, and
// whether it has been asked to stop. Algorithms take a JobContext& and poll isCanceled() per
// chunk. Safe to use from several threads at once (parallel chunks of one job).
class JobContext
{
public:
    using ProgressSink = std::function<void(double fraction, const QString &message)>;
    using LogSink = std::function<void(LogLevel level, const QString &line)>;
    using CancelCheck = std::function<bool()>;

    // A context that reports nowhere and is never canceled (tests, quick synchronous calls).
    JobContext();
    JobContext(ProgressSink progress, LogSink log, CancelCheck cancel);

    // Progress in [0, 1] of this context's range. Never goes backwards: a smaller value than
    // the last one reported is ignored, so observers see it arrive in order.
    void setProgress(double fraction, const QString &message = {});
    double progress() const;
    bool isCanceled() const;
    void log(LogLevel level, const QString &line);
    void info(const QString &line) { log(LogLevel::Info, line); }
    void warning(const QString &line) { log(LogLevel::Warning, line); }

    // A child for one step of a longer job: its progress 0..1 maps onto [begin, end] of ours.
    JobContext subRange(double begin, double end);

    // Requests cancellation from inside (e.g. a CLI signal handler) for sinks without a future.
    void requestCancel();

private:
    struct Shared
    {
        ProgressSink progress;
        LogSink log;
        CancelCheck cancel;
        std::atomic<bool> canceled{false};
        std::mutex mutex;
        double last = 0.0; // guarded by mutex
    };
    std::shared_ptr<Shared> m_shared;
    double m_begin = 0.0;
    double m_end = 1.0;
};

} // namespace pare::core
