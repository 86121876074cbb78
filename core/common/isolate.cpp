// SPDX-License-Identifier: GPL-3.0-or-later
#include "isolate.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <exception>
#include <mutex>
#include <optional>
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

// Sanitizer runtimes (ASan, libFuzzer) export this; without them the weak reference is null.
extern "C" void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));
#endif

namespace pare::core {

namespace {

// Shared by NoForkScopes, exclusive around fork(). A waiting fork keeps new scopes out (a
// reader-preferring lock would let back-to-back scopes starve it). Its mutex is never held across
// the fork itself, so the child inherits it unlocked.
class ForkGate
{
public:
    void enter()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_forking && m_waitingForks == 0; });
        ++m_scopes;
    }
    void leave()
    {
        std::lock_guard lock(m_mutex);
        if (--m_scopes == 0)
            m_changed.notify_all();
    }
    // False if `canceled` said so before the scopes ended.
    bool beginFork(const std::function<bool()> &canceled)
    {
        std::unique_lock lock(m_mutex);
        ++m_waitingForks;
        while (m_scopes > 0 || m_forking) {
            m_changed.wait_for(lock, std::chrono::milliseconds(kCancelPollMs));
            if (canceled && canceled()) {
                --m_waitingForks;
                m_changed.notify_all();
                return false;
            }
        }
        --m_waitingForks;
        m_forking = true;
        return true;
    }
    void endFork()
    {
        std::lock_guard lock(m_mutex);
        m_forking = false;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_scopes = 0;
    int m_waitingForks = 0;
    bool m_forking = false;
};

ForkGate &forkGate()
{
    static ForkGate gate;
    return gate;
}
thread_local int t_noForkDepth = 0;
// Set in a runIsolated child: one thread, and no fork of its own to keep out.
bool g_inIsolatedChild = false;

} // namespace

NoForkScope::NoForkScope()
{
    if (g_inIsolatedChild)
        return;
    m_active = true;
    if (t_noForkDepth++ == 0)
        forkGate().enter();
}

NoForkScope::~NoForkScope()
{
    if (m_active && --t_noForkDepth == 0)
        forkGate().leave();
}

#ifdef Q_OS_UNIX
namespace {

// Reply: magic, status byte, then for success a uint64 length and the bytes, for an error an
// int32 code, a uint64 length and the UTF-8 message. Host byte order: both ends are one binary.
constexpr std::uint32_t kMagic = 0x50524550; // "PERP"
constexpr std::uint8_t kStatusOk = 0;
constexpr std::uint8_t kStatusError = 1;
constexpr std::int64_t kMaxMessageBytes = 1 << 20;
// The parent grows its buffer as bytes arrive, in steps of at most this much.
constexpr std::int64_t kReadStep = std::int64_t(64) << 20;
// How often the parent looks whether the child deadlocked, how long the child must stay in
// futex() to count as deadlocked, and how many forks a call makes at most.
constexpr int kDeadlockPollMs = 50;
constexpr int kDeadlockMs = 200;
constexpr int kForkAttempts = 3;

bool writeAll(int fd, const void *data, std::size_t size)
{
    const char *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= std::size_t(n);
    }
    return true;
}

// Closes every descriptor above stderr but `keep`. Another thread's runIsolated may have had its
// pipe's write end open at the fork: held here, it would delay that call's end-of-reply until
// this child exits.
void closeOtherDescriptors(int keep)
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 34)
    if (keep > 3)
        ::close_range(3, unsigned(keep - 1), 0);
    if (::close_range(unsigned(keep + 1), ~0u, 0) == 0)
        return;
#endif
    const long max = std::min<long>(::sysconf(_SC_OPEN_MAX), 1 << 16);
    for (int fd = 3; fd < max; ++fd) {
        if (fd != keep)
            ::close(fd);
    }
}

[[noreturn]] void childMain(int fd, const std::function<Result<QByteArray>()> &fn)
{
    g_inIsolatedChild = true;
    closeOtherDescriptors(fd);
    // A crash must end the child with its signal, not run the parent's crash handlers (or a
    // sanitizer's report-and-dump death callback, which under libFuzzer writes a crash file).
    for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSYS, SIGTERM, SIGPIPE})
        std::signal(sig, SIG_DFL);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(nullptr);
    const struct rlimit noCore = {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    std::uint8_t status = kStatusOk;
    QByteArray payload;
    std::int32_t code = 0;
    try {
        Result<QByteArray> r = fn();
        if (r) {
            payload = std::move(r).value();
        } else {
            status = kStatusError;
            code = std::int32_t(r.error().code);
            payload = r.error().message.toUtf8().left(kMaxMessageBytes);
        }
    } catch (const std::exception &e) {
        status = kStatusError;
        code = std::int32_t(ErrorCode::Internal);
        payload = QByteArray(e.what()).left(kMaxMessageBytes);
    } catch (...) {
        status = kStatusError;
        code = std::int32_t(ErrorCode::Internal);
        payload = QByteArrayLiteral("unknown exception");
    }
    const std::uint64_t size = std::uint64_t(payload.size());
    bool ok = writeAll(fd, &kMagic, sizeof kMagic) && writeAll(fd, &status, sizeof status);
    if (ok && status == kStatusError)
        ok = writeAll(fd, &code, sizeof code);
    ok = ok && writeAll(fd, &size, sizeof size)
         && writeAll(fd, payload.constData(), std::size_t(payload.size()));
    ::close(fd);
    ::_exit(ok ? 0 : 3);
}

using Clock = std::chrono::steady_clock;

int msLeft(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    return int(std::clamp<std::int64_t>(left.count(), 0, INT32_MAX));
}

// Reaps the child, killing it once the deadline has passed. Returns its wait status.
int reap(pid_t pid, Clock::time_point deadline, bool *killed)
{
    int status = 0;
    for (;;) {
        const pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r == pid)
            return status;
        if (r < 0 && errno != EINTR)
            return 0; // reaped by someone else (a SIGCHLD handler set to SIG_IGN)
        if (r == 0) {
            if (msLeft(deadline) == 0) {
                ::kill(pid, SIGKILL);
                *killed = true;
                while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
                }
                return status;
            }
            ::poll(nullptr, 0, 2);
        }
    }
}

// Whether the child is blocked in futex(): it has one thread, so nothing can ever wake it — it
// is waiting for a lock another thread of the parent held at the fork (glibc's malloc is made
// safe for fork, but not every allocator is: GCC 12's AddressSanitizer's is not, and a child
// forked while the GUI thread was allocating hung until the timeout). Linux: /proc/PID/syscall.
bool blockedInFutex(pid_t pid)
{
#if defined(Q_OS_LINUX) && defined(SYS_futex)
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/syscall", int(pid));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char text[32] = {};
    const ssize_t n = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    if (n <= 0)
        return false;
    char *end = nullptr;
    const long nr = std::strtol(text, &end, 10);
    return end != text && *end == ' ' && nr == long(SYS_futex);
#else
    Q_UNUSED(pid);
    return false;
#endif
}

Error failure(const QString &what, const QString &text)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(what, text)};
}

} // namespace

bool isolationAvailable()
{
    return true;
}

Result<QByteArray> runIsolated(const QString &what, const std::function<Result<QByteArray>()> &fn,
                               int timeoutMs)
{
    return runIsolated(what, fn, IsolateOptions{timeoutMs, {}});
}

Result<QByteArray> runIsolated(const QString &what, const std::function<Result<QByteArray>()> &fn,
                               int timeoutMs, const std::function<bool()> &canceled)
{
    return runIsolated(what, fn, IsolateOptions{timeoutMs, canceled});
}

namespace {

// One fork of runIsolated. `deadlocked` is set (and the child killed) when the child sits in
// futex() with no reply (see blockedInFutex) or, unless this is the call's last fork, has sent
// nothing within options.forkAgainAfterMs.
Result<QByteArray> runIsolatedOnce(const QString &what, const std::function<Result<QByteArray>()> &fn,
                                   std::optional<Clock::time_point> &deadlineOfCall,
                                   const IsolateOptions &options, bool lastFork, bool *deadlocked)
{
    const int timeoutMs = options.timeoutMs;
    const std::function<bool()> &canceled = options.canceled;
    auto isCanceled = [&canceled] { return canceled && canceled(); };
    // No fork while another thread is inside libhdf5 (NoForkScope): wait, but stay cancelable.
    if (!forkGate().beginFork(canceled))
        return Error::canceled();
    struct EndFork
    {
        bool done = false;
        void operator()()
        {
            if (!std::exchange(done, true))
                forkGate().endFork();
        }
        ~EndFork() { (*this)(); }
    } endFork;
    // Close-on-exec: a process another thread starts must not hold the write end open.
    int fds[2];
#ifdef Q_OS_LINUX
    const int piped = ::pipe2(fds, O_CLOEXEC);
#else
    const int piped = ::pipe(fds);
    if (piped == 0) {
        ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
        ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    }
#endif
    if (piped != 0)
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot create a pipe for the reader "
                                                   "process: %2")
                                            .arg(what, QString::fromLocal8Bit(std::strerror(errno)))};
    // Buffered output would otherwise be written twice, once by each process.
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) {
        const int err = errno;
        ::close(fds[0]);
        ::close(fds[1]);
        return Error{ErrorCode::Io, QCoreApplication::translate("pare::core", "%1: cannot start the reader process: %2")
                                            .arg(what, QString::fromLocal8Bit(std::strerror(err)))};
    }
    if (pid == 0) {
        ::close(fds[0]);
        childMain(fds[1], fn);
    }
    endFork();
    ::close(fds[1]);
    const int fd = fds[0];
    // The time limit counts from the first fork (not from the wait for NoForkScopes before it).
    if (!deadlineOfCall)
        deadlineOfCall = Clock::now() + std::chrono::milliseconds(std::max(timeoutMs, 0));
    const Clock::time_point deadline = *deadlineOfCall;
    // Until the first byte of the reply, a fork that is not the last may have less time.
    std::optional<Clock::time_point> silentBy;
    const int quietMs = std::min(options.forkAgainAfterMs, std::max(timeoutMs, 0) / 4);
    if (!lastFork && quietMs > 0)
        silentBy = Clock::now() + std::chrono::milliseconds(quietMs);
    bool heard = false;

    // The header first, then the payload it announces: its length is checked before anything is
    // allocated for it, and the buffer grows (doubling) only as bytes arrive.
    enum class Read { Ok, Eof, Timeout, Failed, Canceled, Deadlock, Silent };
    std::optional<Clock::time_point> inFutexSince; // since when every check found it in futex()
    auto readExactly = [&](char *dst, std::int64_t n) {
        while (n > 0) {
            struct pollfd p = {fd, POLLIN, 0};
            const int left = msLeft(deadline);
            const int wait = std::min(left, canceled ? kCancelPollMs : kDeadlockPollMs);
            const int pr = left > 0 ? ::poll(&p, 1, wait) : 0;
            if (isCanceled())
                return Read::Canceled;
            if (pr < 0 && errno == EINTR)
                continue;
            if (pr == 0 && wait < left) { // a poll for cancel or a deadlock, not the deadline
                if (!heard && silentBy && Clock::now() >= *silentBy)
                    return Read::Silent;
                if (!blockedInFutex(pid))
                    inFutexSince.reset();
                else if (!inFutexSince)
                    inFutexSince = Clock::now();
                else if (Clock::now() - *inFutexSince >= std::chrono::milliseconds(kDeadlockMs))
                    return Read::Deadlock;
                continue;
            }
            if (pr == 0)
                return Read::Timeout;
            if (pr < 0)
                return Read::Failed;
            const ssize_t got = ::read(fd, dst, std::size_t(std::min<std::int64_t>(n, 1 << 24)));
            if (got < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (got < 0)
                return Read::Failed;
            if (got == 0)
                return Read::Eof;
            heard = true;
            dst += got;
            n -= got;
        }
        return Read::Ok;
    };
    bool timedOut = false;
    bool wasCanceled = false;
    bool wasDeadlocked = false;
    bool wasSilent = false;
    bool tooBig = false;
    bool complete = false;
    bool eof = false; // the child closed the pipe (finished or died)
    std::uint8_t replyStatus = kStatusOk;
    std::int32_t code = 0;
    QByteArray payload;
    [&] {
        auto check = [&](Read r) {
            timedOut = r == Read::Timeout;
            wasCanceled = r == Read::Canceled;
            wasDeadlocked = r == Read::Deadlock;
            wasSilent = r == Read::Silent;
            eof = r == Read::Eof;
            return r == Read::Ok;
        };
        std::uint32_t magic = 0;
        if (!check(readExactly(reinterpret_cast<char *>(&magic), sizeof magic))
            || !check(readExactly(reinterpret_cast<char *>(&replyStatus), 1)) || magic != kMagic
            || (replyStatus != kStatusOk && replyStatus != kStatusError))
            return;
        if (replyStatus == kStatusError
            && !check(readExactly(reinterpret_cast<char *>(&code), sizeof code)))
            return;
        std::uint64_t size = 0;
        if (!check(readExactly(reinterpret_cast<char *>(&size), sizeof size)))
            return;
        const std::int64_t limit
                = replyStatus == kStatusError ? kMaxMessageBytes : kMaxIsolatedReplyBytes;
        if (size > std::uint64_t(limit)) {
            tooBig = true;
            return;
        }
        const auto total = std::int64_t(size);
        std::int64_t used = 0;
        while (used < total) {
            const std::int64_t step = std::min(total, std::max<std::int64_t>(2 * used, kReadStep));
            payload.resize(qsizetype(step));
            if (!check(readExactly(payload.data() + used, step - used)))
                return;
            used = step;
        }
        char extra = 0;
        const Read end = readExactly(&extra, 1);
        timedOut = end == Read::Timeout;
        wasCanceled = end == Read::Canceled;
        wasDeadlocked = end == Read::Deadlock;
        tooBig = end == Read::Ok; // more bytes than announced
        complete = eof = end == Read::Eof;
    }();
    ::close(fd);
    bool killed = false;
    // A child that closed the pipe is exiting: give it a moment to become reapable. Otherwise
    // (timeout, too much data, a broken pipe) stop it now.
    const auto reapBy = eof ? std::min(deadline, Clock::now() + std::chrono::seconds(5))
                            : Clock::now();
    const int status = reap(pid, reapBy, &killed);
    if (wasCanceled)
        return Error::canceled();
    if (wasDeadlocked) {
        *deadlocked = true;
        return failure(what, QCoreApplication::translate("pare::core", "the reader process hung on a lock it "
                                                                        "inherited; the reader was stopped"));
    }
    if (wasSilent) {
        *deadlocked = true;
        return failure(what, QCoreApplication::translate("pare::core", "the reader process sent nothing within %1 s; "
                                                                        "the reader was stopped")
                                     .arg(double(quietMs) / 1000.0));
    }
    if (timedOut)
        return failure(what, QCoreApplication::translate("pare::core", "reading this file did not finish within %1 s; the "
                                            "reader was stopped (the file is corrupt, or the "
                                            "machine is badly overloaded)")
                                     .arg(double(timeoutMs) / 1000.0));
    if (tooBig)
        return failure(what, QCoreApplication::translate("pare::core", "the reader process sent more than %1 bytes; refused")
                                     .arg(kMaxIsolatedReplyBytes));
    if (WIFSIGNALED(status) && !killed) {
        const int sig = WTERMSIG(status);
        const char *name = ::strsignal(sig);
        return failure(what, QCoreApplication::translate("pare::core", "the library reading this file crashed (signal %1, "
                                            "%2) — the file is corrupt or hostile")
                                     .arg(sig)
                                     .arg(QString::fromLocal8Bit(name ? name : "unknown")));
    }
    if (!complete || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return failure(what, QCoreApplication::translate("pare::core", "the reader process failed (exit status %1) without "
                                            "a complete answer — the file is corrupt or hostile")
                                     .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
    if (replyStatus == kStatusError) {
        if (code < int(ErrorCode::Canceled) || code > int(ErrorCode::Internal))
            code = int(ErrorCode::Internal);
        return Error{ErrorCode(code), QString::fromUtf8(payload)};
    }
    return payload;
}

} // namespace

Result<QByteArray> runIsolated(const QString &what, const std::function<Result<QByteArray>()> &fn,
                               const IsolateOptions &options)
{
    const std::function<bool()> &canceled = options.canceled;
    if (t_noForkDepth > 0)
        return Error{ErrorCode::Internal,
                     QStringLiteral("%1: runIsolated called inside a NoForkScope").arg(what)};
    if (canceled && canceled())
        return Error::canceled();
    // A child that deadlocked on an inherited lock is forked again: the lock was only held for
    // a moment. The time limit is the whole call's, from its first fork.
    std::optional<Clock::time_point> deadline;
    for (int attempt = 1;; ++attempt) {
        bool deadlocked = false;
        Result<QByteArray> r = runIsolatedOnce(what, fn, deadline, options, attempt == kForkAttempts,
                                               &deadlocked);
        if (!deadlocked || attempt == kForkAttempts || !deadline || msLeft(*deadline) == 0)
            return r;
    }
}

#else

bool isolationAvailable()
{
    return false;
}

Result<QByteArray> runIsolated(const QString &what, const std::function<Result<QByteArray>()> &fn,
                               int timeoutMs)
{
    return runIsolated(what, fn, IsolateOptions{timeoutMs, {}});
}

Result<QByteArray> runIsolated(const QString &what, const std::function<Result<QByteArray>()> &fn,
                               int timeoutMs, const std::function<bool()> &canceled)
{
    return runIsolated(what, fn, IsolateOptions{timeoutMs, canceled});
}

Result<QByteArray> runIsolated(const QString &what, const std::function<Result<QByteArray>()> &fn,
                               const IsolateOptions &options)
{
    Q_UNUSED(what);
    if (options.canceled && options.canceled())
        return Error::canceled();
    // In-process: the library runs under the same exclusion as any other in-process use.
    NoForkScope scope;
    return fn();
}

#endif

} // namespace pare::core
