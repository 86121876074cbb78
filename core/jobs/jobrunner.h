// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <type_traits>

namespace pare::core {

// The application's one pool. Jobs run here; parallelFor inside a job borrows idle threads of
// the same pool and never waits for a thread to become free, so nesting cannot deadlock.
QThreadPool *jobPool();
// Threads a job may use for its inner parallel loops (from --threads or Preferences; 0 = all).
void setComputeThreads(int threads);
int computeThreads();
// The GUI runs its jobs' threads at a higher nice value (Linux; elsewhere a no-op) so that the
// event loop gets a core first on a busy machine; pare-cli keeps 0 so its timings compete fairly.
void setWorkerNiceness(int niceness);

namespace detail {
constexpr int kProgressScale = 10000;
Error errorFromCurrentException();
void applyWorkerNiceness(); // on the calling pool thread, once per change
} // namespace detail

// Runs fn(JobContext&) -> Result<T> on the job pool. The future reports progress in
// [0, kProgressScale] with the job's message as progress text; QFuture::cancel() makes the
// context's isCanceled() true. An exception escaping fn becomes an Internal error.
template<typename Fn>
auto runJob(Fn fn, QThreadPool *pool = jobPool())
    -> QFuture<std::invoke_result_t<Fn, JobContext &>>
{
    using R = std::invoke_result_t<Fn, JobContext &>;
    return QtConcurrent::run(pool, [fn = std::move(fn)](QPromise<R> &promise) mutable {
        detail::applyWorkerNiceness();
        promise.setProgressRange(0, detail::kProgressScale);
        JobContext ctx(
            [&promise](double f, const QString &msg) {
                promise.setProgressValueAndText(int(f * detail::kProgressScale), msg);
            },
            {}, [&promise] { return promise.isCanceled(); });
        try {
            R result = fn(ctx);
            promise.addResult(std::move(result));
        } catch (...) {
            promise.addResult(R(detail::errorFromCurrentException()));
        }
    });
}

// Same as runJob, but with a log sink (called from the worker thread).
template<typename Fn>
auto runJob(Fn fn, JobContext::LogSink log, QThreadPool *pool = jobPool())
    -> QFuture<std::invoke_result_t<Fn, JobContext &>>
{
    using R = std::invoke_result_t<Fn, JobContext &>;
    return QtConcurrent::run(pool, [fn = std::move(fn), log = std::move(log)](QPromise<R> &promise) mutable {
        detail::applyWorkerNiceness();
        promise.setProgressRange(0, detail::kProgressScale);
        JobContext ctx(
            [&promise](double f, const QString &msg) {
                promise.setProgressValueAndText(int(f * detail::kProgressScale), msg);
            },
            log, [&promise] { return promise.isCanceled(); });
        try {
            R result = fn(ctx);
            promise.addResult(std::move(result));
        } catch (...) {
            promise.addResult(R(detail::errorFromCurrentException()));
        }
    });
}

// The outcome of a finished job's future: its result, or Canceled when the future was canceled
// (a canceled QFuture drops results reported after the cancel).
template<typename T>
Result<T> jobResult(const QFuture<Result<T>> &future)
{
    if (future.isCanceled() || future.resultCount() == 0)
        return Error::canceled();
    return future.result();
}

// Asks `watcher`'s job to cancel if it has not finished; a finished job stays as it ended (done,
// not canceled), for whoever else holds its future.
inline void cancelUnfinished(QFutureWatcherBase &watcher)
{
    if (!watcher.isFinished())
        watcher.cancel();
}

// Stops watching `watcher`'s job without waiting for it: the job is asked to cancel and runs to
// its end on the pool (so it must own whatever it touches), nothing it reports reaches the
// watcher any more, and the watcher has no job running. For a job whose result would land on
// state that has moved on (another model, another layer); the GUI thread never waits.
template<typename T>
void abandonJob(QFutureWatcher<T> &watcher)
{
    cancelUnfinished(watcher);
    // An empty future replaces it (which drops what the job had posted); what the empty one
    // posts (started, finished) goes too.
    watcher.setFuture(QFuture<T>());
    QCoreApplication::removePostedEvents(&watcher, QEvent::FutureCallOut);
}

// How parallelFor hands out work: Balanced takes a few ranges per thread (at least minChunk
// each), for cheap bodies where handing out costs; Exact takes minChunk at a time, for bodies
// that each take a while (a chunk of a tensor), so that no thread finishes long before another.
enum class Grain { Balanced, Exact };

// Runs body(begin, end) over [0, count) in chunks of at least minChunk, on the calling thread
// plus whatever pool threads are idle. Returns false if ctx was canceled before all chunks ran.
// body must not throw.
bool parallelFor(qint64 count, qint64 minChunk, const std::function<void(qint64, qint64)> &body,
                 JobContext &ctx, Grain grain = Grain::Balanced);
bool parallelFor(qint64 count, qint64 minChunk, const std::function<void(qint64, qint64)> &body);

} // namespace pare::core
