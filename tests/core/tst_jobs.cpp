// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobrunner.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <stdexcept>
#include <vector>

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace pare::core;

class TestJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resultCarriesValueOrError()
    {
        Result<int> ok = 42;
        QVERIFY(ok.ok());
        QCOMPARE(*ok, 42);
        Result<int> bad = Error{ErrorCode::Format, QStringLiteral("x.bin: truncated")};
        QVERIFY(!bad.ok());
        QVERIFY(!bad.isCanceled());
        QCOMPARE(bad.error().message, QStringLiteral("x.bin: truncated"));
        Result<int> canceled = Error::canceled();
        QVERIFY(canceled.isCanceled());
        Result<void> done;
        QVERIFY(done.ok());
    }

    void jobReturnsResult()
    {
        auto future = runJob([](JobContext &) -> Result<int> { return 7; });
        future.waitForFinished();
        QCOMPARE(*jobResult(future), 7);
    }

    void progressArrivesInOrder()
    {
        QFutureWatcher<Result<int>> watcher;
        std::vector<int> seen;
        QStringList texts;
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, this,
                [&](int v) { seen.push_back(v); });
        connect(&watcher, &QFutureWatcherBase::progressTextChanged, this,
                [&](const QString &t) { texts << t; });
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(runJob([](JobContext &ctx) -> Result<int> {
            for (int i = 1; i <= 50; ++i) {
                ctx.setProgress(i / 50.0, QStringLiteral("step %1").arg(i));
                ctx.setProgress((i - 1) / 100.0); // a late, smaller report must be ignored
                QThread::msleep(2);
            }
            return 1;
        }));
        QVERIFY(finished.wait(10000));
        QVERIFY(!seen.empty());
        for (std::size_t i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i] >= seen[i - 1], "progress went backwards");
        QCOMPARE(seen.back(), 10000);
        QVERIFY(!texts.isEmpty());
        QVERIFY(texts.last().startsWith(QLatin1String("step")));
    }

    void subRangeMapsProgress()
    {
        std::vector<double> values;
        JobContext ctx([&](double f, const QString &) { values.push_back(f); }, {}, {});
        JobContext second = ctx.subRange(0.5, 1.0);
        ctx.subRange(0.0, 0.5).setProgress(1.0);
        second.setProgress(0.5);
        QCOMPARE(values.size(), std::size_t(2));
        QCOMPARE(values[0], 0.5);
        QCOMPARE(values[1], 0.75);
        QCOMPARE(ctx.progress(), 0.75);
    }

    void cancelStopsWithin100ms()
    {
        std::atomic<bool> started{false};
        std::atomic<bool> sawCancel{false};
        auto future = runJob([&](JobContext &ctx) -> Result<int> {
            started = true;
            for (int chunk = 0; chunk < 100000; ++chunk) {
                if (ctx.isCanceled()) {
                    sawCancel = true;
                    return Error::canceled();
                }
                QThread::msleep(2); // one chunk of work
                ctx.setProgress(chunk / 100000.0);
            }
            return 0;
        });
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
        QThread::msleep(50);
        QElapsedTimer clock;
        clock.start();
        future.cancel();
        future.waitForFinished();
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms < 100, qPrintable(QStringLiteral("took %1 ms to stop").arg(ms)));
        QVERIFY(sawCancel.load());
        QVERIFY(future.isCanceled());
        QVERIFY(jobResult(future).isCanceled());
    }

    // abandonJob: a running job is asked to stop and nothing of it reaches the watcher any more
    // (no progress, no finished), without waiting; a finished one keeps its end (done, not
    // canceled: the Jobs dock and anyone else holding the future see it as it ended).
    void abandonJobStopsWatchingWithoutWaiting()
    {
        std::atomic<bool> started{false}, sawCancel{false}, release{false};
        QFutureWatcher<Result<int>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
        auto running = runJob([&](JobContext &ctx) -> Result<int> {
            started = true;
            while (!release.load()) { // runs on after the cancel until the test lets it end
                sawCancel = sawCancel.load() || ctx.isCanceled();
                ctx.setProgress(0.5);
                QThread::msleep(1);
            }
            return 1;
        });
        watcher.setFuture(running);
        QTRY_VERIFY_WITH_TIMEOUT(started.load(), 5000);
        abandonJob(watcher);
        QVERIFY(running.isRunning()); // returned without waiting: the job cannot end before release
        QVERIFY(!watcher.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(sawCancel.load(), 5000);
        progress.clear();
        release = true;
        running.waitForFinished();
        QTest::qWait(50); // anything posted to the watcher would arrive now
        QCOMPARE(finished.count(), 0);
        QCOMPARE(progress.count(), 0);

        auto done = runJob([](JobContext &) -> Result<int> { return 7; });
        watcher.setFuture(done);
        done.waitForFinished();
        abandonJob(watcher);
        QVERIFY(!done.isCanceled());
        QCOMPARE(*jobResult(done), 7);
    }

    void exceptionBecomesError()
    {
        auto future = runJob([](JobContext &) -> Result<int> {
            throw std::runtime_error("boom in a worker");
        });
        future.waitForFinished();
        const Result<int> r = jobResult(future);
        QVERIFY(!r.ok());
        QVERIFY(!r.isCanceled());
        QCOMPARE(r.error().code, ErrorCode::Internal);
        QVERIFY(r.error().message.contains(QLatin1String("boom in a worker")));
    }

    void parallelForCoversEveryIndexOnce()
    {
        std::vector<std::atomic<int>> hits(100003);
        QVERIFY(parallelFor(qint64(hits.size()), 1000, [&](qint64 b, qint64 e) {
            for (qint64 i = b; i < e; ++i)
                hits[std::size_t(i)].fetch_add(1);
        }));
        for (const auto &h : hits)
            QCOMPARE(h.load(), 1);
    }

    // Grain::Exact hands out minChunk indices at a time (the statistics passes' 1 MB chunks),
    // Balanced larger ranges; both cover every index once.
    void parallelForGrain()
    {
        for (const Grain grain : {Grain::Exact, Grain::Balanced}) {
            std::mutex m;
            std::vector<std::pair<qint64, qint64>> ranges;
            JobContext ctx;
            QVERIFY(parallelFor(1003, 10, [&](qint64 b, qint64 e) {
                std::lock_guard lock(m);
                ranges.emplace_back(b, e);
            }, ctx, grain));
            std::sort(ranges.begin(), ranges.end());
            qint64 next = 0;
            qint64 widest = 0;
            for (const auto &[b, e] : ranges) {
                QCOMPARE(b, next);
                next = e;
                widest = std::max(widest, e - b);
            }
            QCOMPARE(next, qint64(1003));
            if (grain == Grain::Exact) {
                QCOMPARE(ranges.size(), std::size_t(101));
                QCOMPARE(widest, qint64(10));
                QCOMPARE(ranges.back().second - ranges.back().first, qint64(3));
            } else {
                QVERIFY(widest > 10);
            }
        }
    }

    void parallelForInsideJobsDoesNotDeadlock()
    {
        // More jobs than threads, each running a parallel loop: borrowing only idle threads
        // must let every one finish.
        QList<QFuture<Result<qint64>>> futures;
        for (int j = 0; j < 8; ++j) {
            futures << runJob([](JobContext &ctx) -> Result<qint64> {
                std::atomic<qint64> sum{0};
                if (!parallelFor(10000, 10, [&](qint64 b, qint64 e) {
                        for (qint64 i = b; i < e; ++i)
                            sum += i;
                    }, ctx))
                    return Error::canceled();
                return sum.load();
            });
        }
        for (auto &f : futures) {
            f.waitForFinished();
            QCOMPARE(*jobResult(f), qint64(10000) * 9999 / 2);
        }
    }

    void parallelForStopsOnCancel()
    {
        JobContext ctx;
        std::atomic<qint64> done{0};
        const bool finished = parallelFor(1000, 1, [&](qint64 b, qint64 e) {
            done += e - b;
            if (done >= 10)
                ctx.requestCancel();
        }, ctx);
        QVERIFY(!finished);
        QVERIFY(done.load() < 1000);
    }

    // The GUI makes its workers nicer than the event loop; the calling thread keeps its value.
    // Last in this file: without privileges a thread's nice value cannot be lowered again.
    void workerNicenessAppliesToPoolThreadsOnly()
    {
#if defined(__linux__)
        auto niceOfThisThread = [] { return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid))); };
        const int before = niceOfThisThread();
        setWorkerNiceness(7);
        auto job = runJob([&](JobContext &ctx) -> Result<std::vector<int>> {
            std::vector<int> seen{niceOfThisThread()};
            std::mutex m;
            parallelFor(64, 1, [&](qint64, qint64) {
                std::lock_guard lock(m);
                seen.push_back(niceOfThisThread());
            }, ctx);
            return seen;
        });
        // Not waitForFinished(): it may run the job on this thread instead of the pool's.
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        auto seen = jobResult(job);
        QVERIFY2(seen.ok(), seen.ok() ? "" : qPrintable(seen.error().message));
        for (int n : seen.value())
            QCOMPARE(n, std::max(before, 7));
        QCOMPARE(niceOfThisThread(), before);
        setWorkerNiceness(0);
#else
        QSKIP("thread nice values are a Linux feature");
#endif
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
