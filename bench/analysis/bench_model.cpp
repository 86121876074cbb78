// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-model analysis (statistics, histograms and channel ranges of every tensor, the
// summary and the lint; spectra excluded) side by side with a plain streaming read of the same
// tensor bytes from the same memory map on the same threads, with the process's peak resident
// memory during each (anonymous memory, i.e. what Pare allocates, and file-backed pages of the
// map, which the kernel can drop at will).
//
//   bench_analysis_model [--model /tmp/pare-synth-llama7b] [--reps 2] [--threads N] [--separate]
//                        [--breakdown] [--fresh] [--cold]
//
// Three cases, each a read and an analysis timed side by side in every round (the ratio of
// the two is what the target is about; the case says what both pay besides the work):
//  - pre-touched (always): the model is opened, one untimed read maps every page (and reads
//    what the page cache lacks), then read and analysis run on that mapping: neither pays for
//    page faults. This is the analysis's own speed (plus unmapping each tensor once done with
//    it, which analyzeModel does to keep its resident memory small).
//  - fresh mapping (--fresh): the model is opened anew (a new mapping, no page mapped yet)
//    before the read and again before the analysis; the page cache holds the files, so both
//    pay the first touch of every page, as a fresh `pare-cli inspect --stats` does.
//  - cold (--cold): as fresh, and the model's files are also evicted from the page cache
//    (posix_fadvise(POSIX_FADV_DONTNEED), no root needed for clean pages; pages another process
//    maps stay) before each: both read the model from disk.
// Model opening (headers) is not timed. Each round runs cold, fresh, then pre-touched.
//
// --separate also times, in each round, the same figures computed pass by pass
// (computeTensorStats of every tensor, then computeChannelStats of every layer weight), the
// way they were computed before the whole-model job fused the channel ranges into the
// statistics pass.
//
// --breakdown also times, in each round, the pieces of the 16-bit tensors' fused loop alone,
// over the same bytes in the same 512 KB chunks on the same threads: the value-count increments
// (eight keys per 16 bytes, one table per thread), the content hash, the row-channel ranges,
// and the fused kernel (all three, RowChannels' loop without its bookkeeping); and the core
// clock, so that each is also given in cycles per element.

#include "analysis/modelanalysis.h"
#include "analysis/statkernels.h"
#include "io/modelio.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <set>
#include <thread>
#include <time.h>

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

// Runs fn(tensor, first, count) over every 16-bit tensor in chunks of the analysis's size,
// the chunks of each tensor over the pool threads, tensors one after another; returns the
// number of elements.
template<typename Fn>
std::int64_t forEach16BitChunk(const Model &model, Fn fn)
{
    namespace ad = pare::core::analysis_detail;
    std::int64_t elements = 0;
    for (const Tensor &t : model.tensors) {
        if (dtypeInfo(t.dtype()).blockBytes != 2 || t.numel() == 0)
            continue;
        elements += t.numel();
        const std::int64_t chunks = (t.numel() + ad::kChunkElements - 1) / ad::kChunkElements;
        parallelFor(chunks, 1, [&](qint64 b, qint64 e) {
            for (qint64 c = b; c < e; ++c) {
                const std::int64_t first = c * ad::kChunkElements;
                fn(t, first, std::min(ad::kChunkElements, t.numel() - first));
            }
        });
    }
    return elements;
}

// The increments of the value count alone: eight 16-bit keys per 16 bytes, one table per thread,
// the bytes prefetched as far ahead as the fused loop prefetches them (without it, this loop
// waited on memory at every page: 3.6 cycles per key where it costs 1).
__attribute__((noinline)) void countKeys(const std::byte *p, std::int64_t n, std::uint32_t *counts)
{
    std::int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        if (i % 32 == 0)
            __builtin_prefetch(p + 2 * i + 2048);
        std::uint64_t w0, w1;
        std::memcpy(&w0, p + 2 * i, 8);
        std::memcpy(&w1, p + 2 * i + 8, 8);
        ++counts[w0 & 0xffff];
        ++counts[(w0 >> 16) & 0xffff];
        ++counts[(w0 >> 32) & 0xffff];
        ++counts[w0 >> 48];
        ++counts[w1 & 0xffff];
        ++counts[(w1 >> 16) & 0xffff];
        ++counts[(w1 >> 32) & 0xffff];
        ++counts[w1 >> 48];
    }
    for (; i < n; ++i)
        ++counts[std::size_t(p[2 * i]) | (std::size_t(p[2 * i + 1]) << 8)];
}

// Core cycles per second of CPU time, timed on a chain of dependent multiplies.
double coreHz()
{
#if !defined(__x86_64__)
    return 0.0; // cycles are given on x86-64 only
#else
    const auto threadSeconds = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
    };
    // A chain of dependent 64-bit multiplies: three cycles each on every x86-64 core since
    // Nehalem and Zen. (A chain of add-immediates, used before, read 15 GHz on a Xeon whose
    // renamer folds immediate adds.)
    double best = 0.0;
    for (int r = 0; r < 5; ++r) {
        constexpr std::int64_t kMultiplies = 60'000'000;
        std::uint64_t x = 3;
        const std::uint64_t factor = 5;
        const double t0 = threadSeconds();
        for (std::int64_t i = 0; i < kMultiplies; i += 4)
            asm volatile("imul %1, %0\n\timul %1, %0\n\timul %1, %0\n\timul %1, %0"
                         : "+r"(x)
                         : "r"(factor));
        best = std::max(best, 3.0 * double(kMultiplies) / (threadSeconds() - t0));
    }
    return best;
#endif
}

struct Piece
{
    const char *name;
    double seconds = 1e30; // best wall time
    double cpu = 0.0;      // CPU time of that run
};

// Times each piece of the fused 16-bit loop alone over the model's 16-bit tensors.
void breakdown(const Model &model, double read, double readCpu, double analysis,
               double analysisCpu, double hz, std::uint64_t &checksum)
{
    namespace ad = pare::core::analysis_detail;
    std::atomic<std::uint64_t> sink{0};
    Piece pieces[] = {{"value-count increments"}, {"content hash"}, {"row-channel ranges"},
                      {"fused kernel (all three)"}};
    std::int64_t elements = 0;
    for (int p = 0; p < 4; ++p) {
        const double cpu0 = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        elements = forEach16BitChunk(model, [&](const Tensor &t, std::int64_t first, std::int64_t count) {
            const auto *x = reinterpret_cast<const std::uint16_t *>(t.data()) + first;
            const auto *bytes = reinterpret_cast<const std::byte *>(x);
            const std::int64_t per = t.rank() >= 2 ? t.numel() / t.dim(0) : t.numel();
            thread_local std::vector<std::uint32_t> counts(65536);
            switch (p) {
            case 0:
                countKeys(bytes, count, counts.data());
                break;
            case 1:
                sink += ad::hashBytes(bytes, count * 2, std::uint64_t(first));
                break;
            case 2:
            case 3: {
                ad::StripeHasher hasher{std::uint64_t(first)};
                for (std::int64_t i = 0; i < count;) {
                    const std::int64_t len = std::min(count - i, per - (first + i) % per);
                    ad::ChannelRun run;
                    if (p == 2 || !ad::countChannelRun16(t.dtype(), x + i, len, 1, counts.data(), hasher, run))
                        ad::addChannelRun16(t.dtype(), x + i, len, run);
                    sink += std::uint64_t(run.zeros);
                    i += len;
                }
                break;
            }
            }
        });
        pieces[p].seconds = timer.nsecsElapsed() * 1e-9;
        pieces[p].cpu = cpuSeconds() - cpu0;
    }
    checksum += sink.load();
    if (elements == 0)
        return;
    const double e = double(elements);
    auto line = [&](const char *name, double wall, double cpu) {
        out() << "  " << qSetFieldWidth(26) << Qt::left << name << qSetFieldWidth(0) << wall * 1e3
              << " ms, " << wall / read << "× the read; CPU " << cpu * 1e9 / e << " ns = "
              << cpu * hz / e << " cycles per element\n";
    };
    out() << "breakdown over the " << e / 1e9 << " G 16-bit elements (" << computeThreads()
          << " threads, core clock " << hz / 1e9 << " GHz):\n";
    line("streaming read", read, readCpu);
    for (const Piece &p : pieces)
        line(p.name, p.seconds, p.cpu);
    line("whole-model job", analysis, analysisCpu);
    out().flush();
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

// The files the model's tensors map.
QStringList modelFiles(const Model &model)
{
    std::set<QString> files;
    for (const Tensor &t : model.tensors)
        if (t.storage() && !t.storage()->path().isEmpty())
            files.insert(t.storage()->path());
    return QStringList(files.begin(), files.end());
}

// Drops the files' clean pages from the page cache (those some process maps stay).
void evictFiles(const QStringList &files)
{
    for (const QString &f : files) {
        const int fd = ::open(QFile::encodeName(f).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

std::shared_ptr<Model> openOrDie(const QString &path)
{
    auto model = openModel(path);
    if (!model.ok())
        qFatal("%s (build and run pare-synth-llama first)", qPrintable(model.error().message));
    return std::move(model).value();
}

struct Timing
{
    double seconds = 0.0;
    double cpu = 0.0;
    std::int64_t peakAnonKb = 0;
    std::int64_t peakFileKb = 0;
};

// The best read and the best analysis of one case over the rounds.
struct Best
{
    double read = 1e30;
    double analysis = 1e30;
    double readCpu = 0.0;
    double analysisCpu = 0.0;
    void add(const Timing &r, const Timing &a)
    {
        if (r.seconds < read) {
            read = r.seconds;
            readCpu = r.cpu;
        }
        if (a.seconds < analysis) {
            analysis = a.seconds;
            analysisCpu = a.cpu;
        }
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path = argString(args, QStringLiteral("--model"), QStringLiteral("/tmp/pare-synth-llama7b"));
    const int reps = argString(args, QStringLiteral("--reps"), QStringLiteral("2")).toInt();
    const bool separate = args.contains(QStringLiteral("--separate"));
    const bool pieces = args.contains(QStringLiteral("--breakdown"));
    const bool fresh = args.contains(QStringLiteral("--fresh"));
    const bool cold = args.contains(QStringLiteral("--cold"));
    if (args.contains(QStringLiteral("--threads")))
        setComputeThreads(argString(args, QStringLiteral("--threads"), QStringLiteral("0")).toInt());
    const double hz = pieces ? coreHz() : 0.0;
    RssSampler sampler;
    QStringList files;
    double gb = 0.0;
    std::int64_t baseAnon = 0;
    {
        const auto model = openOrDie(path);
        double bytes = 0;
        for (const Tensor &t : model->tensors)
            bytes += double(t.byteSize());
        gb = bytes / 1e9;
        files = modelFiles(*model);
        baseAnon = residentKb().first;
        out() << "threads " << computeThreads() << ", " << path << ": " << model->tensors.size()
              << " tensors, " << gb << " GB in " << files.size() << " files; "
              << residentFraction(*model) * 100.0 << " % of it in the page cache at the start\n";
        out().flush();
    }

    std::uint64_t checksum = 0;
    std::size_t lintCount = 0;
    std::int64_t analysisAnon = 0;
    const auto timeRead = [&](const Model &model) {
        sampler.reset();
        Timing t;
        const double cpu = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        checksum += streamingRead(model);
        t.seconds = timer.nsecsElapsed() * 1e-9;
        t.cpu = cpuSeconds() - cpu;
        std::tie(t.peakAnonKb, t.peakFileKb) = sampler.peak();
        return t;
    };
    const auto timeAnalysis = [&](const Model &model) {
        sampler.reset();
        Timing t;
        const double cpu = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        JobContext ctx;
        AnalysisOptions options; // statistics, histograms, channel ranges; no cache
        auto a = analyzeModel(model, options, ctx);
        t.seconds = timer.nsecsElapsed() * 1e-9;
        t.cpu = cpuSeconds() - cpu;
        if (!a.ok())
            qFatal("%s", qPrintable(a.error().message));
        std::tie(t.peakAnonKb, t.peakFileKb) = sampler.peak();
        lintCount = a->lint.size();
        analysisAnon = std::max(analysisAnon, t.peakAnonKb);
        return t;
    };
    const auto report = [&](int r, const char *mode, const Timing &read, const Timing &analysis) {
        out() << "run " << r + 1 << ", " << mode << ": streaming read " << read.seconds * 1e3
              << " ms (" << gb / read.seconds << " GB/s), full analysis " << analysis.seconds * 1e3
              << " ms (" << gb / analysis.seconds << " GB/s): " << analysis.seconds / read.seconds
              << "× the read (CPU time " << read.cpu << " s vs " << analysis.cpu << " s: "
              << analysis.cpu / read.cpu << "×); peak anonymous RSS read "
              << read.peakAnonKb / 1024 << " MB, analysis " << analysis.peakAnonKb / 1024
              << " MB (file-backed pages of the map: " << read.peakFileKb / 1024 << " / "
              << analysis.peakFileKb / 1024 << " MB)\n";
        out().flush();
    };
    // A new mapping of the model; with coldCache, its files are evicted from the page cache first.
    const auto reopen = [&](bool coldCache) {
        if (coldCache)
            evictFiles(files);
        auto model = openOrDie(path);
        if (coldCache)
            out() << "  evicted: " << residentFraction(*model) * 100.0
                  << " % still in the page cache\n";
        return model;
    };

    Best bestCold, bestFresh, bestTouched;
    for (int r = 0; r < reps; ++r) {
        for (const bool coldCache : {true, false}) {
            if (coldCache ? !cold : !fresh)
                continue;
            const Timing read = timeRead(*reopen(coldCache));
            const Timing analysis = timeAnalysis(*reopen(coldCache));
            (coldCache ? bestCold : bestFresh).add(read, analysis);
            report(r, coldCache ? "cold (from disk)" : "fresh mapping", read, analysis);
        }

        const auto model = openOrDie(path);
        // One untimed read first: it maps every page (and reads what the page cache lacks), so
        // that neither timed pass pays for the first touch of the map.
        QElapsedTimer warm;
        warm.start();
        checksum += streamingRead(*model);
        out() << "run " << r + 1 << ", untimed first read (page faults, disk): " << warm.elapsed()
              << " ms; " << residentFraction(*model) * 100.0 << " % now in the page cache\n";
        const Timing read = timeRead(*model);
        const Timing analysis = timeAnalysis(*model);
        bestTouched.add(read, analysis);
        if (separate || pieces)
            checksum += streamingRead(*model); // the analysis unmapped the pages it was done with
        if (separate) {
            JobContext ctx;
            const double cpu = cpuSeconds();
            QElapsedTimer timer;
            timer.start();
            for (const Tensor &t : model->tensors)
                if (!computeTensorStats(t, {}, ctx).ok())
                    qFatal("stats failed");
            for (const Layer &l : model->layers)
                if (const Tensor *w = model->weightOf(l); w && w->rank() >= 2)
                    if (!computeChannelStats(*w, l.layout, ctx, l.groups).ok())
                        qFatal("channel stats failed");
            const double passes = timer.nsecsElapsed() * 1e-9;
            out() << "run " << r + 1 << ": pass by pass " << passes * 1e3 << " ms, "
                  << passes / read.seconds << "× the read (CPU time " << cpuSeconds() - cpu
                  << " s); the fused job takes " << analysis.seconds / passes << "× its time\n";
        }
        report(r, "pre-touched", read, analysis);
        if (pieces)
            breakdown(*model, read.seconds, read.cpu, analysis.seconds, analysis.cpu, hz, checksum);
    }
    const auto line = [&](const char *mode, const Best &b) {
        out() << "  " << qSetFieldWidth(18) << Qt::left << mode << qSetFieldWidth(0) << "read "
              << b.read * 1e3 << " ms, analysis " << b.analysis * 1e3 << " ms: "
              << b.analysis / b.read << "× (CPU " << b.readCpu << " s vs " << b.analysisCpu
              << " s)\n";
    };
    out() << "best of " << reps << " rounds (wall time):\n";
    if (cold)
        line("cold (from disk)", bestCold);
    if (fresh)
        line("fresh mapping", bestFresh);
    line("pre-touched", bestTouched);
    if (fresh)
        out() << "  a fresh mapping's analysis takes " << bestFresh.analysis / bestTouched.analysis
              << "× the pre-touched one\n";
    if (cold)
        out() << "  a cold analysis takes " << bestCold.analysis / bestTouched.analysis
              << "× the pre-touched one\n";
    out() << "pre-touched, the analysis takes " << bestTouched.analysis / bestTouched.read
          << "× the streaming read (target ≤ 1.5×); peak anonymous RSS during analysis "
          << analysisAnon / 1024 << " MB (" << (analysisAnon - baseAnon) / 1024
          << " MB above the opened model; target < 1 GB); " << lintCount
          << " lint findings (checksum " << checksum % 1000 << ")\n";
    return 0;
}
