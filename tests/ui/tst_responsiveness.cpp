// SPDX-License-Identifier: GPL-3.0-or-later
// The window stays responsive during a full study: while "Compute variant" compresses, times
// and evaluates the demo language model in the background, a 10 ms timer on the GUI thread
// must never wait more than 100 ms between ticks.
//
// A responsiveness assertion, not a speed one. It runs in Release builds only (a Debug or
// sanitizer build is slower everywhere, GUI thread included), and it tells a blocked GUI thread
// from a loaded machine. The kernel counts the time the GUI thread waited, runnable, for a CPU
// (/proc/thread-self/schedstat); the study's own workers run at a higher nice value, so that is
// other processes' doing (ctest -j2 runs another test beside this one) and is subtracted from a
// gap. Where the kernel keeps no such count, a control thread ticks alongside, handing a no-op to
// Qt's global pool each time as painting does, and the time it was itself held up inside a GUI
// gap is subtracted instead. What remains over 100 ms is the event loop's own fault: its work,
// or a wait on a lock or another thread.
//
// It found that jobs ran on QThreadPool::globalInstance(), which Qt 6.4's raster engine also uses
// for large fills: painting waited for the study to finish (an 11 s freeze). Jobs now have a
// pool of their own (core/jobs/jobrunner.cpp). Later it found the end of a study doing all of the
// Compare dock's work in one turn (117 ms on the CI machine): rebuilding both charts, laying them
// out and painting them, the status bar's progress bar repainting the whole window's dirty
// region at once on its last value, and the already visible Compare dock raised and so
// repainted whole. The charts now follow in stages (ComparePanel::redrawInStages).
#include "compare/comparepanel.h"
#include "compress/compressionpanel.h"
#include "jobs/jobsmodel.h"
#include "mainwindow.h"
#include "session.h"
#include "solve/frontchart.h"
#include "solve/solvepanel.h"

#include "common/paths.h"
#include "windowtest.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QMutex>
#include <QSemaphore>
#include <QThreadPool>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstring>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <utility>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define PARE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARE_ASAN 1
#endif
#endif

using namespace pare::ui;

namespace {
constexpr qint64 kTickMs = 10;
constexpr qint64 kLimitMs = 100;

struct Gap
{
    qint64 from = 0, to = 0; // ms on the shared clock
    qint64 queuedUs = 0;     // of it, the GUI thread's time runnable but not running (-1: unknown)
    long majorFaults = 0;    // the GUI thread's page faults that read from disk in it
    long waits = 0;          // and the times it blocked (voluntary context switches)
    qint64 length() const { return to - from; }
};

// The calling thread's total time waiting on a run queue, runnable but not running (the second
// field of /proc/thread-self/schedstat), in µs; -1 where the kernel does not keep it. Time spent
// blocked (a lock, a wait) is not in it: that stays the event loop's fault.
qint64 runQueueUs()
{
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 ns = fields.size() >= 2 ? fields[1].toLongLong(&ok) : 0;
    return ok ? ns / 1000 : -1;
}

// A counter of /proc/vmstat (0 where there is none).
qint64 vmCounter(const char *name)
{
    QFile f(QStringLiteral("/proc/vmstat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(QByteArray(QByteArray(name) + ' ')))
            return line.mid(int(std::strlen(name)) + 1).toLongLong();
    return 0;
}

// CPU time the hypervisor took from this VM, all CPUs (the steal column of /proc/stat), in ms.
qint64 stolenMs()
{
    QFile f(QStringLiteral("/proc/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readLine().simplified().split(' ');
    return fields.size() > 8 ? fields[8].toLongLong() * 1000 / sysconf(_SC_CLK_TCK) : 0;
}

// Watches the GUI thread's event loop between start() and stop(): a 10 ms timer on it, a control
// thread beside it, and the kernel's counts of the GUI thread's time. Owned by the GUI thread.
class LoopMonitor
{
public:
    LoopMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(int(kTickMs));
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    ~LoopMonitor() { stop(); }

    void start()
    {
        m_clock.start();
        m_compactionBefore = vmCounter("compact_stall");
        m_stolenBefore = stolenMs();
        m_stop = false;
        // The control thread: every tick it sleeps, then hands a no-op to Qt's global thread
        // pool and waits for it — what Qt's raster engine does for large fills on the GUI
        // thread — and notes when that took long: then the machine, not the event loop, was slow.
        m_control = std::thread([this] {
            qint64 last = m_clock.elapsed();
            QSemaphore done;
            while (!m_stop.load()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(kTickMs));
                // As many pieces as the pool has threads, like a fill split across it.
                const int pieces = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
                for (int i = 0; i < pieces; ++i)
                    QThreadPool::globalInstance()->start([&done] { done.release(); });
                done.acquire(pieces);
                const qint64 now = m_clock.elapsed();
                if (now - last > 2 * kTickMs) {
                    QMutexLocker lock(&m_controlMutex);
                    m_controlGaps.push_back({last, now});
                }
                last = now;
            }
        });
        m_measuring = true;
        m_timer.start();
    }

    void stop()
    {
        if (!m_measuring)
            return;
        m_measuring = false;
        m_elapsed = m_clock.elapsed();
        m_timer.stop();
        m_stop = true;
        m_control.join();
    }

    int ticks() const { return int(m_gaps.size()); }
    qint64 elapsed() const { return m_elapsed; }
    const std::vector<Gap> &gaps() const { return m_gaps; }
    const std::vector<Gap> &controlGaps() const { return m_controlGaps; }
    qint64 compactionStalls() const { return vmCounter("compact_stall") - m_compactionBefore; }
    qint64 stolen() const { return stolenMs() - m_stolenBefore; }
    // With PARE_GAP_ABS set: each gap over 30 ms on CLOCK_MONOTONIC, to line up with
    // `perf record -k CLOCK_MONOTONIC` samples of the GUI thread.
    void printAbsolute() const
    {
        timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        const double now = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9 - double(m_clock.elapsed()) / 1000.0;
        for (const Gap &g : m_gaps)
            if (g.length() > 30)
                qInfo("gap %lld–%lld ms, CLOCK_MONOTONIC %.4f–%.4f s", g.from, g.to, now + double(g.from) / 1000.0,
                      now + double(g.to) / 1000.0);
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 queued = runQueueUs();
        rusage usage{};
        getrusage(RUSAGE_THREAD, &usage);
        if (m_measuring && m_lastTick >= 0)
            m_gaps.push_back({m_lastTick, now, queued >= 0 && m_lastQueuedUs >= 0 ? queued - m_lastQueuedUs : -1,
                              usage.ru_majflt - m_lastUsage.ru_majflt, usage.ru_nvcsw - m_lastUsage.ru_nvcsw});
        m_lastTick = now;
        m_lastQueuedUs = queued;
        m_lastUsage = usage;
    }

    QElapsedTimer m_clock;
    QTimer m_timer;
    std::thread m_control;
    std::atomic<bool> m_stop{false};
    QMutex m_controlMutex;
    std::vector<Gap> m_controlGaps;
    std::vector<Gap> m_gaps;
    bool m_measuring = false;
    qint64 m_lastTick = -1, m_lastQueuedUs = -1;
    rusage m_lastUsage{};
    qint64 m_elapsed = 0;
    qint64 m_compactionBefore = 0, m_stolenBefore = 0;
};

QString demoModel()
{
    const QString installed = pare::core::demoDir() + QStringLiteral("/kjv-gpt2");
    if (QFileInfo::exists(installed + QStringLiteral("/config.json")))
        return installed;
    const QString source = QStringLiteral(PARE_SOURCE_DIR "/resources/demo/kjv-gpt2");
    return QFileInfo::exists(source + QStringLiteral("/config.json")) ? source : QString();
}
} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_responsiveness"));
    }

    // Each scenario once in a new window; on a stall over 100 ms, once more in another: a stall
    // the code causes comes back, while on this 2-core VM a single stall of 115–190 ms was seen in
    // two CI runs of four that never showed in dozens of runs alone (22–52 ms; the kernel's
    // counters of direct compaction and stolen time, printed with a stall, are for finding its
    // cause). A freeze of a second or more fails at once.
    void eventLoopLatencyOpeningTheDemo() { twice(&TestResponsiveness::openOnce); }
    void eventLoopLatencyDuringStudy() { twice(&TestResponsiveness::studyOnce); }
    void eventLoopLatencyDuringSweepAndSolve() { twice(&TestResponsiveness::sweepOnce); }

private:
    using Scenario = void (TestResponsiveness::*)(bool lastAttempt, qint64 &worstBlocked);

    void twice(Scenario scenario)
    {
        for (int attempt = 1; attempt <= 2; ++attempt) {
            qint64 worstBlocked = 0;
            (this->*scenario)(attempt == 2, worstBlocked);
            if (QTest::currentTestFailed() || worstBlocked == 0) // passed, failed or skipped
                return;
            qWarning("attempt %d: the GUI thread stalled for %lld ms; %s", attempt, worstBlocked,
                     attempt == 1 ? "trying once more" : "failing");
            QVERIFY2(worstBlocked < 1000, "the GUI thread froze for a second or more");
        }
    }

    // Skips where the bound is not asserted; demo: the demo model's folder (empty when skipped).
    void prerequisites(QString &demo)
    {
        demo.clear();
#ifdef PARE_ASAN
        QSKIP("AddressSanitizer slows every thread several-fold; the 100 ms bound is asserted in Release builds");
#endif
#ifndef NDEBUG
        QSKIP("Unoptimized build: the 100 ms bound is asserted in Release builds");
#endif
        if (demoModel().isEmpty())
            QSKIP("The demo language model (resources/demo/kjv-gpt2) is not available");
        demo = demoModel();
    }

    // The window at 1280×800 with the demo open and every job of the opening (analysis,
    // estimates, histograms) finished: where the measured scenarios start.
    // False when the test was skipped or failed on the way.
    bool openAndSettle(MainWindow &w)
    {
        QString demo;
        settle(w, demo);
        return !demo.isEmpty() && !QTest::currentTestFailed();
    }
    void settle(MainWindow &w, QString &demo)
    {
        prerequisites(demo);
        if (demo.isEmpty())
            return;
        w.resize(1280, 800);
        w.show();
        QVERIFY(pare::test::openAndWait(w, demo, pare::test::Until::Analyzed, 120000));
        QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->runningCount() == 0, 120000);
    }

    // Opening the demo and its analysis, from the click to the last chart drawn.
    void openOnce(bool lastAttempt, qint64 &worstBlocked)
    {
        QString demo;
        prerequisites(demo);
        if (demo.isEmpty())
            return;
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(200); // the first paint of the empty window is not what is measured
        LoopMonitor monitor;
        monitor.start();
        QVERIFY(pare::test::openAndWait(w, demo, pare::test::Until::Analyzed, 120000));
        QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->runningCount() == 0, 120000);
        QTest::qWait(100); // and what the last results draw
        monitor.stop();
        judge(monitor, "opening the demo", lastAttempt, worstBlocked);
    }

    // One study with its measurements; worstBlocked is the longest gap the event loop is to
    // blame for (0: none over the limit, or skipped). With lastAttempt, such a gap fails the test.
    void studyOnce(bool lastAttempt, qint64 &worstBlocked)
    {
        MainWindow w;
        if (!openAndSettle(w))
            return; // skipped or failed
        CompressionPanel *cp = w.compressionPanel();
        QTRY_VERIFY_WITH_TIMEOUT(cp->estimateReady(), 60000);

        // Compute variant: compress, time every layer and evaluate, in the background.
        ComparePanel *compare = w.comparePanel();
        QSignalSpy added(compare, &ComparePanel::variantsChanged);
        LoopMonitor monitor;
        monitor.start();
        QTest::mouseClick(cp->computeButton(), Qt::LeftButton);
        QVERIFY(added.wait(300000));
        // Include drawing the result: measure until the loop has turned a few more times.
        QTest::qWait(100);
        monitor.stop();

        QCOMPARE(int(compare->variants().size()), 1);
        const auto &measured = compare->variants().front().measured;
        QVERIFY(measured);
        QVERIFY(measured->summary.latencyUs > 0);   // the latency bench ran
        QVERIFY(measured->summary.quality.measured); // and the evaluation
        // What the GUI thread itself costs at the end of a study, for the log: redrawing the
        // Compare charts and painting the whole window once.
        QElapsedTimer cost;
        cost.start();
        compare->setMetric(ComparePanel::Metric::Macs);
        const qint64 redrawMs = cost.restart();
        w.grab();
        qInfo("Compare redraw %lld ms, full window paint %lld ms (machine load included)", redrawMs, cost.elapsed());
        judge(monitor, "the study", lastAttempt, worstBlocked);
    }

    // The Budget dock's sensitivity sweep of the demo, and the solve that follows it.
    void sweepOnce(bool lastAttempt, qint64 &worstBlocked)
    {
        MainWindow w;
        if (!openAndSettle(w))
            return; // skipped or failed
        auto *budget = w.findChild<QDockWidget *>(QStringLiteral("BudgetDock"));
        auto *solve = w.findChild<SolvePanel *>();
        QVERIFY(budget && solve);
        budget->raise();
        QTest::qWait(100);
        auto *run = solve->findChild<QPushButton *>(QStringLiteral("runSweep"));
        QVERIFY(run && run->isEnabled());
        QSignalSpy swept(solve, &SolvePanel::sweepFinished);
        QSignalSpy solved(solve, &SolvePanel::solved);
        LoopMonitor monitor;
        monitor.start();
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(swept.wait(300000));
        QVERIFY(solved.count() > 0 || solved.wait(60000));
        QTest::qWait(100);
        monitor.stop();
        QVERIFY(solve->plan().has_value());
        QVERIFY(solve->frontChart()->pointCount() > 0);
        judge(monitor, "the sweep and the solve", lastAttempt, worstBlocked);
    }

    // A GUI gap is the event loop's fault except for the time the machine took: the GUI
    // thread's own wait for a CPU (the run queue: other processes, as ctest -j runs, took the
    // cores), or, where the kernel does not say, the time the control thread was held up too.
    // worstBlocked: the longest gap over the limit left (0: none, or skipped).
    void judge(const LoopMonitor &monitor, const char *what, bool lastAttempt, qint64 &worstBlocked)
    {
        worstBlocked = 0;
        QVERIFY2(monitor.ticks() > 0, "the timer never ticked while the job ran");
        qint64 worst = 0, worstExcused = 0;
        std::vector<Gap> blocked;
        int over = 0;
        for (const Gap &g : monitor.gaps()) {
            worst = std::max(worst, g.length());
            if (g.length() <= kLimitMs)
                continue;
            ++over;
            qint64 stalled = 0;
            for (const Gap &c : monitor.controlGaps())
                stalled += std::max<qint64>(0, std::min(c.to, g.to) - std::max(c.from, g.from) - kTickMs);
            stalled = std::max(stalled, g.queuedUs / 1000);
            if (g.length() - stalled <= kLimitMs)
                worstExcused = std::max(worstExcused, g.length());
            else
                blocked.push_back(g);
        }
        std::vector<qint64> lengths;
        for (const Gap &g : monitor.gaps())
            lengths.push_back(g.length());
        std::sort(lengths.begin(), lengths.end());
        const qint64 p99 = lengths[std::min(lengths.size() - 1, lengths.size() * 99 / 100)];
        qInfo("%s took %lld ms; %d ticks; GUI gap max %lld ms, p99 %lld ms; %d gaps over %lld ms "
              "(%zu while the whole process was held up, longest %lld ms)",
              what, monitor.elapsed(), monitor.ticks(), worst, p99, over, kLimitMs,
              std::size_t(over) - blocked.size(), worstExcused);
        if (qEnvironmentVariableIsSet("PARE_GAP_ABS"))
            monitor.printAbsolute();
        for (const Gap &g : monitor.gaps()) {
            if (g.length() > kLimitMs)
                qInfo("a %lld ms gap at %lld ms into %s; the GUI thread waited %s for a CPU in it, "
                      "blocked %ld times and read %ld pages back from disk",
                      g.length(), g.from, what,
                      g.queuedUs < 0 ? "(unknown)" : qPrintable(QStringLiteral("%1 ms").arg(g.queuedUs / 1000)),
                      g.waits, g.majorFaults);
        }
        for (const Gap &g : blocked) {
            qWarning("event loop blocked for %lld ms at %lld ms into %s", g.length(), g.from, what);
            worstBlocked = std::max(worstBlocked, g.length());
        }
        if (!blocked.empty())
            qWarning("during %s: %lld direct compaction stalls, %lld ms of stolen CPU time", what,
                     monitor.compactionStalls(), monitor.stolen());
        // On an oversubscribed machine (load average above twice the cores) a few stalls of a
        // few hundred milliseconds are the scheduler's, whatever the control thread saw: say so
        // and skip. A freeze of a second or more fails whatever the load.
        double load = 0.0;
        if (QFile f(QStringLiteral("/proc/loadavg")); f.open(QIODevice::ReadOnly))
            load = QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0).toDouble();
        const int cores = std::max(1, QThread::idealThreadCount());
        if (!blocked.empty() && worstBlocked < 1000 && load > 2.0 * cores) {
            const qint64 stall = std::exchange(worstBlocked, 0); // skipped: no second attempt
            QSKIP(qPrintable(QStringLiteral("the machine is overloaded (load average %1 on %2 cores): a %3 ms "
                                            "stall cannot be told from scheduling delay")
                                 .arg(load, 0, 'f', 1).arg(cores).arg(stall)));
        }
        if (lastAttempt)
            QVERIFY2(blocked.empty(), "the GUI thread was blocked for more than 100 ms");
    }
};

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
