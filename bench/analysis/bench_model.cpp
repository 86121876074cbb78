// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-model analysis (statistics, histograms and channel ranges of every tensor, the
// summary and the lint; spectra excluded) side by side with a plain streaming read of the same
// tensor bytes from the same memory map on the same threads, with the process's peak resident
// memory during each (anonymous memory, i.e. what Pare allocates, and file-backed pages of the
// map, which the kernel can drop at will).
//
//   bench_analysis_model [--model /tmp/pare-synth-llama7b] [--reps 2] [--separate]
//
// --separate also times, in each round, the same figures computed pass by pass
// (computeTensorStats of every tensor, then computeChannelStats of every layer weight), the
// way they were computed before the whole-model job fused the channel ranges into the
// statistics pass.
//
// After one untimed read that maps every page, runs read, analysis, read, analysis, …: whatever
// of the file the page cache holds is the same for both, and the report says how much of it
// was resident before the first read and after it.

#include "analysis/modelanalysis.h"
#include "io/modelio.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

using namespace pare::core;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString argString(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

// User + system CPU time of the whole process (all threads), in seconds.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

// Current RssAnon and RssFile of this process in kB, from /proc/self/status.
std::pair<std::int64_t, std::int64_t> residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    std::int64_t anon = 0, file = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            anon = line.mid(8).trimmed().split(' ').value(0).toLongLong();
        else if (line.startsWith("RssFile:"))
            file = line.mid(8).trimmed().split(' ').value(0).toLongLong();
    }
    return {anon, file};
}

// Samples resident memory every 10 ms; peak() is the maximum since the last reset().
class RssSampler
{
public:
    RssSampler() : m_thread([this] { run(); }) {}
    ~RssSampler()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    void reset()
    {
        std::lock_guard lock(m_mutex);
        m_peakAnon = m_peakFile = 0;
        sampleLocked();
    }
    std::pair<std::int64_t, std::int64_t> peak()
    {
        std::lock_guard lock(m_mutex);
        sampleLocked();
        return {m_peakAnon, m_peakFile};
    }

private:
    void sampleLocked()
    {
        const auto [anon, file] = residentKb();
        m_peakAnon = std::max(m_peakAnon, anon);
        m_peakFile = std::max(m_peakFile, file);
    }
    void run()
    {
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            sampleLocked();
            m_wake.wait_for(lock, std::chrono::milliseconds(10));
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::int64_t m_peakAnon = 0;
    std::int64_t m_peakFile = 0;
    std::thread m_thread;
};

// The baseline: every tensor's bytes summed as 64-bit words, chunks over the pool threads,
// tensors one after another (as analyzeModel streams them, largest first, in parallel).
std::uint64_t streamingRead(const Model &model)
{
    std::atomic<std::uint64_t> total{0};
    for (const Tensor &t : model.tensors) {
        const std::byte *p = t.data();
        const std::int64_t words = t.byteSize() / 8;
        parallelFor(words, std::int64_t(1) << 17, [&](qint64 b, qint64 e) {
            std::uint64_t s[4] = {};
            qint64 i = b;
            for (; i + 4 <= e; i += 4) {
                for (int l = 0; l < 4; ++l) {
                    std::uint64_t w;
                    std::memcpy(&w, p + 8 * (i + l), 8);
                    s[l] += w;
                }
            }
            for (; i < e; ++i) {
                std::uint64_t w;
                std::memcpy(&w, p + 8 * i, 8);
                s[0] += w;
            }
            total += s[0] + s[1] + s[2] + s[3];
        });
    }
    return total.load();
}

// Fraction of the model's tensor bytes now in the page cache (mincore over each tensor).
double residentFraction(const Model &model)
{
    const std::int64_t page = sysconf(_SC_PAGESIZE);
    std::int64_t resident = 0, total = 0;
    std::vector<unsigned char> vec;
    for (const Tensor &t : model.tensors) {
        const auto begin = reinterpret_cast<std::uintptr_t>(t.data()) / std::uintptr_t(page) * std::uintptr_t(page);
        const auto end = reinterpret_cast<std::uintptr_t>(t.data()) + std::uintptr_t(t.byteSize());
        const std::size_t pages = (end - begin + std::uintptr_t(page) - 1) / std::uintptr_t(page);
        vec.resize(pages);
        if (mincore(reinterpret_cast<void *>(begin), end - begin, vec.data()) != 0)
            return -1.0;
        for (unsigned char v : vec)
            resident += v & 1;
        total += std::int64_t(pages);
    }
    return total > 0 ? double(resident) / double(total) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = argString(args, QStringLiteral("--model"), QStringLiteral("/tmp/pare-synth-llama7b"));
    const int reps = argString(args, QStringLiteral("--reps"), QStringLiteral("2")).toInt();
    const bool separate = args.contains(QStringLiteral("--separate"));
    RssSampler sampler;
    auto model = openModel(path);
    if (!model.ok())
        qFatal("%s (build and run pare-synth-llama first)", qPrintable(model.error().message));
    double bytes = 0;
    for (const Tensor &t : (*model)->tensors)
        bytes += double(t.byteSize());
    const double gb = bytes / 1e9;
    out() << "threads " << computeThreads() << ", " << path << ": " << (*model)->tensors.size()
          << " tensors, " << gb << " GB; " << residentFraction(**model) * 100.0
          << " % of it in the page cache before the first read\n";
    out().flush();

    // One untimed read first: it maps every page (and reads what the page cache lacks), so
    // that neither timed pass pays for the first touch of the map.
    QElapsedTimer warm;
    warm.start();
    std::uint64_t checksum = streamingRead(**model);
    out() << "untimed first read (page faults, disk): " << warm.elapsed() << " ms; "
          << residentFraction(**model) * 100.0 << " % now in the page cache\n";
    out().flush();

    double bestRead = 1e30, bestAnalysis = 1e30;
    std::int64_t readAnon = 0, analysisAnon = 0, readFile = 0, analysisFile = 0;
    std::size_t lintCount = 0;
    const std::int64_t baseAnon = residentKb().first;
    for (int r = 0; r < reps; ++r) {
        sampler.reset();
        QElapsedTimer timer;
        double cpu = cpuSeconds();
        timer.start();
        checksum += streamingRead(**model);
        const double read = timer.nsecsElapsed() * 1e-9;
        const double readCpu = cpuSeconds() - cpu;
        bestRead = std::min(bestRead, read);
        std::tie(readAnon, readFile) = sampler.peak();

        sampler.reset();
        cpu = cpuSeconds();
        timer.restart();
        JobContext ctx;
        AnalysisOptions options; // statistics, histograms, channel ranges; no cache
        auto a = analyzeModel(**model, options, ctx);
        const double analysis = timer.nsecsElapsed() * 1e-9;
        const double analysisCpu = cpuSeconds() - cpu;
        if (!a.ok())
            qFatal("%s", qPrintable(a.error().message));
        bestAnalysis = std::min(bestAnalysis, analysis);
        std::tie(analysisAnon, analysisFile) = sampler.peak();
        lintCount = a->lint.size();
        if (separate) {
            cpu = cpuSeconds();
            timer.restart();
            for (const Tensor &t : (*model)->tensors)
                if (!computeTensorStats(t, {}, ctx).ok())
                    qFatal("stats failed");
            for (const Layer &l : (*model)->layers)
                if (const Tensor *w = (*model)->weightOf(l); w && w->rank() >= 2)
                    if (!computeChannelStats(*w, l.layout, ctx, l.groups).ok())
                        qFatal("channel stats failed");
            const double passes = timer.nsecsElapsed() * 1e-9;
            out() << "run " << r + 1 << ": pass by pass " << passes * 1e3 << " ms, "
                  << passes / read << "× the read (CPU time " << cpuSeconds() - cpu
                  << " s); the fused job takes " << analysis / passes << "× its time\n";
        }
        out() << "run " << r + 1 << ": streaming read " << read * 1e3 << " ms (" << gb / read
              << " GB/s), full analysis " << analysis * 1e3 << " ms (" << gb / analysis
              << " GB/s): " << analysis / read << "× the read (CPU time " << readCpu << " s vs "
              << analysisCpu << " s: " << analysisCpu / readCpu << "×); peak anonymous RSS read "
              << readAnon / 1024 << " MB, analysis " << analysisAnon / 1024
              << " MB (file-backed pages of the map: " << readFile / 1024 << " / "
              << analysisFile / 1024 << " MB)\n";
        out().flush();
    }
    out() << "best: analysis takes " << bestAnalysis / bestRead << "× the streaming read (target "
          << "≤ 1.5×); peak anonymous RSS during analysis " << analysisAnon / 1024 << " MB ("
          << (analysisAnon - baseAnon) / 1024 << " MB above the opened model; target < 1 GB); "
          << lintCount << " lint findings; " << residentFraction(**model) * 100.0
          << " % of the bytes in the page cache at the end (checksum " << checksum % 1000 << ")\n";
    return 0;
}
