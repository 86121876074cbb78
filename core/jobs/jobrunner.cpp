// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <new>
#include <stdexcept>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pare::core {

namespace {
std::atomic<int> g_computeThreads{0};
std::atomic<int> g_workerNiceness{0};
}

void setWorkerNiceness(int niceness)
{
    g_workerNiceness.store(std::clamp(niceness, 0, 19));
}

// Not QThreadPool::globalInstance(): Qt's raster paint engine (Qt 6.4) splits large fills over
// the global pool and waits for them on the GUI thread, so long jobs there froze painting for
// as long as they ran (tests/ui/tst_responsiveness found an 11 s stall). Jobs get a pool of
// their own and the global one stays free for Qt.
Q_GLOBAL_STATIC(QThreadPool, g_jobPool)

QThreadPool *jobPool()
{
    return g_jobPool();
}

void setComputeThreads(int threads)
{
    g_computeThreads.store(std::max(0, threads));
    // Jobs plus their helpers never need more than this many threads at once.
    const int want = std::max(computeThreads(), QThread::idealThreadCount()) + 2;
    if (jobPool()->maxThreadCount() < want)
        jobPool()->setMaxThreadCount(want);
}

int computeThreads()
{
    const int t = g_computeThreads.load();
    return t > 0 ? t : std::max(1, QThread::idealThreadCount());
}

namespace detail {
void applyWorkerNiceness()
{
#if defined(__linux__)
    // On Linux the nice value belongs to the thread, so this touches the pool thread only.
    // QFuture::waitForFinished() may run a job on the waiting thread; the main thread keeps its
    // priority whatever it runs.
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread())
        return;
    thread_local const auto tid = id_t(syscall(SYS_gettid)); // one system call per thread
    // The value the thread started with (the process's): a worker is never made less nice than
    // that. Setting the wanted value outright raised the workers of a `nice -n 15 pare` run as
    // root above the GUI thread, the reverse of what the setting is for.
    thread_local const int inherited = [] {
        errno = 0;
        const int n = getpriority(PRIO_PROCESS, tid);
        return errno == 0 ? n : 0;
    }();
    thread_local int applied = inherited;
    const int want = std::max(inherited, g_workerNiceness.load(std::memory_order_relaxed));
    if (want != applied) {
        // Lowering it again needs privileges; then the thread simply stays nicer.
        setpriority(PRIO_PROCESS, tid, want);
        applied = want;
    }
#endif
}

Error errorFromCurrentException()
{
    try {
        throw;
    } catch (const std::bad_alloc &) {
        return {ErrorCode::Internal, QCoreApplication::translate("pare::core", "Out of memory")};
    } catch (const std::exception &e) {
        return {ErrorCode::Internal,
                QCoreApplication::translate("pare::core", "Unexpected error: %1").arg(QString::fromLocal8Bit(e.what()))};
    } catch (...) {
        return {ErrorCode::Internal, QCoreApplication::translate("pare::core", "Unexpected error of unknown type")};
    }
}
} // namespace detail

namespace {
struct LoopState
{
    std::atomic<qint64> next{0};
    qint64 count = 0;
    qint64 chunk = 1;
    const std::function<void(qint64, qint64)> *body = nullptr;
    JobContext *ctx = nullptr;
    std::atomic<bool> stopped{false};
    std::mutex mutex;
    std::condition_variable done;
    int running = 0; // helpers started and not yet finished, guarded by mutex

    void work()
    {
        for (;;) {
            if (stopped.load(std::memory_order_relaxed))
                return;
            if (ctx && ctx->isCanceled()) {
                stopped = true;
                return;
            }
            const qint64 begin = next.fetch_add(chunk);
            if (begin >= count)
                return;
            (*body)(begin, std::min(count, begin + chunk));
        }
    }
};
} // namespace

bool parallelFor(qint64 count, qint64 minChunk, const std::function<void(qint64, qint64)> &body,
                 JobContext &ctx, Grain grain)
{
    if (count <= 0)
        return !ctx.isCanceled();
    const int threads = computeThreads();
    auto state = std::make_shared<LoopState>();
    state->count = count;
    // A few chunks per thread balance uneven work without much scheduling overhead.
    state->chunk = std::max<qint64>(minChunk, 1);
    if (grain == Grain::Balanced)
        state->chunk = std::max<qint64>(state->chunk, count / (threads * 4) + 1);
    state->body = &body;
    state->ctx = &ctx;
    const qint64 chunks = (count + state->chunk - 1) / state->chunk;
    const int helpers = int(std::min<qint64>(threads - 1, chunks - 1));
    for (int i = 0; i < helpers; ++i) {
        {
            std::lock_guard lock(state->mutex);
            ++state->running;
        }
        const bool started = jobPool()->tryStart([state] {
            detail::applyWorkerNiceness();
            state->work();
            std::lock_guard lock(state->mutex);
            if (--state->running == 0)
                state->done.notify_all();
        });
        if (!started) {
            std::lock_guard lock(state->mutex);
            --state->running;
            break;
        }
    }
    state->work();
    std::unique_lock lock(state->mutex);
    state->done.wait(lock, [&] { return state->running == 0; });
    return !state->stopped.load() && !ctx.isCanceled();
}

bool parallelFor(qint64 count, qint64 minChunk, const std::function<void(qint64, qint64)> &body)
{
    JobContext ctx;
    return parallelFor(count, minChunk, body, ctx);
}

} // namespace pare::core
