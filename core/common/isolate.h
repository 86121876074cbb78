// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace pare::core {

// Runs `fn` in a separate process so that a library that crashes, hangs or corrupts memory on a
// hostile file (libhdf5 does, see tests/fuzz/kerash5/hdf5-issues/) cannot take Pare down with it.
//
// On POSIX the calling process fork()s; the child runs `fn`, sends its result (the bytes, or the
// Error's code and message) back through a pipe and _exit()s without running atexit handlers or
// destructors (so LeakSanitizer does not report the child's allocations). The parent waits at
// most `timeoutMs`, then kills the child. A crash, a signal, a timeout or a malformed reply
// becomes an Error whose message starts with `what` (usually the file path), e.g.
//   "model.h5: the library reading this file crashed (signal 11, Segmentation fault) — the file
//    is corrupt or hostile".
// Replies are bounded (kMaxIsolatedReplyBytes). On other platforms `fn` runs in-process.
//
// Rules for `fn`, which runs in a copy of the process with only the calling thread:
//   - return everything it found as bytes (serialize with QDataStream, say); nothing it changes
//     in memory reaches the parent;
//   - do not use threads, QThreadPool/QtConcurrent, the event loop, or locks another thread may
//     have held at the fork (a lock held then stays held in the child: the child would hang
//     until the timeout);
//   - JobContext cancel and progress do not reach the child; pass `canceled` instead (below).
// Safe to call from any thread, also concurrently (each call has its own child and pipe).
// The fork waits while any NoForkScope is alive (see there); the timeout counts from the fork.
// On Linux a child that sits in futex() for 0.2 s (a lock another thread held at the fork: with
// one thread it can never be woken) is killed and forked again, up to three times within the
// timeout, so `fn` may run more than once: it must not act outside the child but by its reply.
// A lock can also be waited for by spinning in user space, where no /proc file shows it: the
// allocator of GCC 12's AddressSanitizer (which has no fork handlers) spins and sched_yield()s on
// a lock held at the fork, for ever. Sanitizer builds therefore also fork again a child that has
// sent no byte of its reply within IsolateOptions::forkAgainAfterMs (below).
// Used by the Keras HDF5 reader and the .pare readers: keep this signature.
Result<QByteArray> runIsolated(const QString &what, const std::function<Result<QByteArray>()> &fn,
                               int timeoutMs = 30000);
// The same, polling `canceled` (from the calling thread) at least every kCancelPollMs while it
// waits to fork and while the child runs: once it answers true the child is killed and the
// call returns Error::canceled().
Result<QByteArray> runIsolated(const QString &what, const std::function<Result<QByteArray>()> &fn,
                               int timeoutMs, const std::function<bool()> &canceled);
inline constexpr int kCancelPollMs = 20;

#if defined(__SANITIZE_ADDRESS__)
#define PARE_ISOLATE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARE_ISOLATE_SANITIZED 1
#endif
#endif
#ifdef PARE_ISOLATE_SANITIZED
inline constexpr int kDefaultForkAgainAfterMs = 4000;
#else
inline constexpr int kDefaultForkAgainAfterMs = 0; // glibc's malloc is safe for fork
#endif

struct IsolateOptions
{
    int timeoutMs = 30000;
    std::function<bool()> canceled; // as above; empty: not cancelable
    // A fork that has sent no byte of its reply after this long is killed and forked again,
    // unless it is the call's last fork (which always gets the rest of the timeout). Each of the
    // earlier forks waits at most a quarter of the timeout, so the last keeps at least half of
    // it: a reader that is slow, not stuck, still answers, after two wasted starts. (The child
    // writes its reply when `fn` returns, so this bounds `fn`'s time on those forks.) 0: no
    // limit, only futex() waits are recognised.
    int forkAgainAfterMs = kDefaultForkAgainAfterMs;
};
Result<QByteArray> runIsolated(const QString &what, const std::function<Result<QByteArray>()> &fn,
                               const IsolateOptions &options);

// Wrap every use of libhdf5 in the Pare process itself (not in a runIsolated child) in one of
// these. While any NoForkScope is alive, in any thread, runIsolated does not fork: a child forked
// while another thread is inside libhdf5 would inherit its global lock held, and hang on its
// first HDF5 call until the timeout. Scopes nest and may overlap across threads (shared with each
// other, exclusive against the fork; a waiting fork holds new scopes back, so keep each scope to
// one thread's work). Calling runIsolated inside one is a programming error (it would wait for
// itself) and returns an Internal error. Does nothing inside the child.
class NoForkScope
{
public:
    NoForkScope();
    ~NoForkScope();
    NoForkScope(const NoForkScope &) = delete;
    NoForkScope &operator=(const NoForkScope &) = delete;

private:
    bool m_active = false;
};

// The largest reply runIsolated accepts from the child (the parent also never allocates ahead of
// the bytes that actually arrive).
inline constexpr std::int64_t kMaxIsolatedReplyBytes = std::int64_t(16) << 30;

// True if runIsolated really uses a separate process on this platform.
bool isolationAvailable();

} // namespace pare::core
