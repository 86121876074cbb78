// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics + histogram pass over eight 4096×4096 layers (F32, then BF16), side by side
// with a plain streaming sum over the same bytes on the same threads, and optionally with
// numpy doing min/max/mean/std/zero fraction/256-bin histogram on the same F32 data. The pass
// runs two ways: as one job over all the layers (analyzeModel without channel ranges: the
// whole-model job's queue, which pairs one layer's first sweep with the previous layer's second),
// and as one job per layer (computeTensorStats, as the Inspector runs it for a selected layer).
//
//   bench_analysis_stats [--layers 8] [--dim 4096] [--reps 3] [--peer] [--only f32|bf16]
//   bench_analysis_stats --kernels [--reps 9]   per-element CPU time of each kernel, one thread,
//                                              at each instruction-set level (portable, AVX2,
//                                              AVX-512), warm (L2) and cold (64 MB) data

#include "analysis/histogram.h"
#include "analysis/modelanalysis.h"
#include "analysis/statkernels.h"
#include "analysis/statsimd.h"
#include "analysis/tensorstats.h"
#include "benchnpy.h"
#include "jobs/jobrunner.h"
#include "tensor/convert.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <random>

using namespace pare::core;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

// The baseline: sum the bytes as 64-bit words, four lanes, chunks over the same pool threads.
std::uint64_t streamingSum(const Tensor &t)
{
    const std::int64_t words = t.byteSize() / 8;
    const auto *p = reinterpret_cast<const std::uint64_t *>(t.data());
    std::atomic<std::uint64_t> total{0};
    JobContext ctx;
    parallelFor(words, std::int64_t(1) << 17, [&](qint64 b, qint64 e) {
        std::uint64_t s[4] = {};
        qint64 i = b;
        for (; i + 4 <= e; i += 4)
            for (int l = 0; l < 4; ++l)
                s[l] += p[i + l];
        for (; i < e; ++i)
            s[0] += p[i];
        total += s[0] + s[1] + s[2] + s[3];
    }, ctx, Grain::Exact); // 1 MB at a time, as the statistics pass takes its chunks
    return total.load();
}

struct Timing
{
    double sumSeconds = 1e30;
    double statsSeconds = 1e30;
    // CPU time (user + system, all threads) of the same runs: on a machine shared with other
    // work, wall time includes waiting for a core; CPU time counts only this process's work.
    double sumCpu = 1e30;
    double statsCpu = 1e30;
    // The same pass as one job over all the layers.
    double jobSeconds = 1e30;
    double jobCpu = 1e30;
};

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

Timing measure(const std::vector<Tensor> &layers, int reps, double &checksum)
{
    Timing t;
    Model model;
    model.tensors = layers; // shares the bytes
    model.reindex();
    AnalysisOptions options;
    options.channels = false;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer timer;
        double cpu = cpuSeconds();
        timer.start();
        std::uint64_t sum = 0;
        for (const Tensor &l : layers)
            sum += streamingSum(l);
        t.sumSeconds = std::min(t.sumSeconds, timer.nsecsElapsed() * 1e-9);
        t.sumCpu = std::min(t.sumCpu, cpuSeconds() - cpu);
        checksum += double(sum % 1000);

        cpu = cpuSeconds();
        timer.restart();
        JobContext ctx;
        for (const Tensor &l : layers) {
            auto s = computeTensorStats(l, {}, ctx);
            if (!s.ok())
                qFatal("stats failed");
            checksum += s->mean;
        }
        t.statsSeconds = std::min(t.statsSeconds, timer.nsecsElapsed() * 1e-9);
        t.statsCpu = std::min(t.statsCpu, cpuSeconds() - cpu);

        cpu = cpuSeconds();
        timer.restart();
        auto a = analyzeModel(model, options, ctx);
        if (!a.ok())
            qFatal("analysis failed");
        t.jobSeconds = std::min(t.jobSeconds, timer.nsecsElapsed() * 1e-9);
        t.jobCpu = std::min(t.jobCpu, cpuSeconds() - cpu);
        for (const TensorStats &s : a->tensors)
            checksum += s.mean;
    }
    return t;
}

void report(const char *label, const std::vector<Tensor> &layers, const Timing &t)
{
    double bytes = 0;
    for (const Tensor &l : layers)
        bytes += double(l.byteSize());
    const double gb = bytes / 1e9;
    out() << label << ": " << gb << " GB  streaming sum " << t.sumSeconds * 1e3 << " ms ("
          << gb / t.sumSeconds << " GB/s)  stats+histogram, one job " << t.jobSeconds * 1e3
          << " ms (" << gb / t.jobSeconds << " GB/s)  ratio " << (t.sumSeconds / t.jobSeconds) * 100.0
          << " % of the sum's bandwidth; CPU time " << t.sumCpu * 1e3 << " / " << t.jobCpu * 1e3
          << " ms, ratio " << (t.sumCpu / t.jobCpu) * 100.0 << " %\n"
          << "      a job per layer " << t.statsSeconds * 1e3 << " ms, ratio "
          << (t.sumSeconds / t.statsSeconds) * 100.0 << " %; CPU time " << t.statsCpu * 1e3
          << " ms, ratio " << (t.sumCpu / t.statsCpu) * 100.0 << " %\n";
    out().flush();
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

// Best per-element thread CPU time of fn over reps runs, in ns.
template<typename Fn>
double perElement(int reps, std::int64_t elements, Fn fn)
{
    double best = 1e30;
    for (int r = 0; r < reps; ++r) {
        const double start = threadCpuSeconds();
        fn();
        best = std::min(best, threadCpuSeconds() - start);
    }
    return best * 1e9 / double(elements);
}

// The kernels one at a time on one thread: CPU time per element at each level, alternating the
// levels within each round so that machine load affects them alike.
void kernelTimes(int reps)
{
    namespace ad = pare::core::analysis_detail;
    namespace simd = ad::simd;
    setComputeThreads(1);
    const std::int64_t warmN = std::int64_t(1) << 16; // 256 KB of F32: in L2
    const std::int64_t coldN = std::int64_t(1) << 24; // 64 MB of F32: from memory
    std::vector<float> data(static_cast<std::size_t>(coldN));
    std::mt19937 rng(7);
    std::normal_distribution<float> d(0.0f, 0.02f);
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = (i % 1009 == 0) ? 0.0f : d(rng);
    const Tensor f32Cold = Tensor::fromFloats(QStringLiteral("cold"), {coldN}, data);
    std::vector<std::byte> h(std::size_t(coldN) * 2);
    floatToBfloat16(data.data(), coldN, reinterpret_cast<std::uint16_t *>(h.data()));
    const Tensor bf16Cold = *Tensor::fromBytes(QStringLiteral("cold16"), DType::BF16, {coldN}, h);
    std::vector<std::uint16_t> f16(static_cast<std::size_t>(coldN));
    floatToHalf(data.data(), coldN, f16.data());
    const Tensor bf16Warm = *Tensor::fromBytes(
        QStringLiteral("warm16"), DType::BF16, {warmN},
        std::vector<std::byte>(h.begin(), h.begin() + warmN * 2));
    const float *x = data.data();
    const auto [mn, mx] = std::minmax_element(x, x + 2 * warmN); // both blocks of the one-loop row
    ad::BinSpec spec;
    spec.lo = *mn;
    spec.hi = *mx;
    spec.bins = 4096;
    spec.scale = 4096.0 / (spec.hi - spec.lo);
    const ad::OutlierThresholds thresholds = ad::outlierThresholds(0.0, 6 * 0.02);
    std::vector<std::uint32_t> counts(4096);
    const char *names[] = {"portable", "avx2", "avx512"};
    struct Row { const char *what; double ns[3]; };
    std::vector<Row> rows = {{"moments, warm (8192-value blocks)", {}},
                             {"hash, warm", {}},
                             {"bins 4096 + outliers, warm", {}},
                             {"F32 stats, cold (64 MB)", {}},
                             {"BF16 stats, warm (128 KB)", {}},
                             {"BF16 stats, cold (32 MB)", {}},
                             {"BF16 count+hash+rows of 4096, cold", {}},
                             {"moments + hash in one loop, warm", {}},
                             {"histogram zoom (user range), F32 cold", {}},
                             {"histogram zoom (user range), BF16 cold", {}},
                             {"histogram of log10|w|, F32 cold", {}},
                             {"histogram of log10|w|, BF16 cold", {}},
                             {"F16 count+hash+rows of 4096, cold", {}},
                             {"moments + hash, bins of another block, one loop, warm", {}}};
    for (auto &r : rows)
        std::fill(r.ns, r.ns + 3, 1e30);
    const int top = int(simd::cpuLevel());
    volatile double sink = 0;
    JobContext ctx;
    for (int round = 0; round < reps; ++round) {
        for (int l = 0; l <= top; ++l) {
            simd::forceLevel(simd::Level(l));
            auto keep = [&](int row, double ns) { rows[std::size_t(row)].ns[l] = std::min(rows[std::size_t(row)].ns[l], ns); };
            keep(0, perElement(3, warmN, [&] {
                     ad::Moments m;
                     for (std::int64_t b = 0; b < warmN; b += ad::kBlockElements)
                         m.add(x + b, ad::kBlockElements, 1e-3f);
                     sink = sink + m.mean;
                 }));
            keep(1, perElement(3, warmN, [&] {
                     sink = sink + double(ad::hashBytes(reinterpret_cast<const std::byte *>(x), warmN * 4, 1) & 1);
                 }));
            keep(2, perElement(3, warmN, [&] {
                     std::fill(counts.begin(), counts.end(), 0u);
                     sink = sink + double(ad::binInRangeCountOutliers(x, warmN, spec, counts.data(), &thresholds));
                 }));
            keep(3, perElement(1, coldN, [&] { sink = sink + computeTensorStats(f32Cold, {}, ctx)->mean; }));
            keep(4, perElement(3, warmN, [&] { sink = sink + computeTensorStats(bf16Warm, {}, ctx)->mean; }));
            keep(5, perElement(1, coldN, [&] { sink = sink + computeTensorStats(bf16Cold, {}, ctx)->mean; }));
            // The first pass over in-place F32 (AVX-512: one loop; elsewhere the two above).
            keep(7, perElement(3, warmN, [&] {
                     ad::Moments m;
                     ad::StripeHasher hasher{1};
                     for (std::int64_t b = 0; b < warmN; b += ad::kBlockElements)
                         m.addHashed(x + b, ad::kBlockElements, 1e-3f, hasher);
                     sink = sink + m.mean + double(hasher.finish(nullptr, 0, warmN * 4) & 1);
                 }));
            // The whole-model job's F32 loop: one block's first sweep with another's second (per
            // value of each; compare with the two rows above added).
            keep(13, perElement(3, warmN, [&] {
                     std::fill(counts.begin(), counts.end(), 0u);
                     ad::Moments m;
                     ad::StripeHasher hasher{1};
                     std::int64_t outliers = 0;
                     for (std::int64_t b = 0; b < warmN; b += ad::kBlockElements) {
                         ad::BinBlock bins{x + warmN + b, ad::kBlockElements, &spec, counts.data(), &thresholds, 0};
                         m.addHashedBinning(x + b, ad::kBlockElements, 1e-3f, hasher, bins);
                         outliers += bins.outliers;
                     }
                     sink = sink + m.mean + double(outliers);
                 }));
            // What the Inspector recomputes when the user zooms or switches to log10|w|.
            HistogramSpec zoom;
            zoom.lo = -0.01;
            zoom.hi = 0.03;
            HistogramSpec logAbs;
            logAbs.scale = HistogramScale::Log10Abs;
            keep(8, perElement(1, coldN, [&] { sink = sink + double(computeHistogram(f32Cold, zoom, ctx)->overflow); }));
            keep(9, perElement(1, coldN, [&] { sink = sink + double(computeHistogram(bf16Cold, zoom, ctx)->overflow); }));
            keep(10, perElement(1, coldN, [&] { sink = sink + double(computeHistogram(f32Cold, logAbs, ctx)->zeros); }));
            keep(11, perElement(1, coldN, [&] { sink = sink + double(computeHistogram(bf16Cold, logAbs, ctx)->zeros); }));
            if (l > 0) { // the whole-model job's fused loop (AVX2 or better), over BF16 and F16
                const auto fused = [&](DType dtype, const std::uint16_t *raw) {
                    return perElement(1, coldN, [&] {
                        std::vector<std::uint32_t> table(65536);
                        for (std::int64_t c = 0; c < coldN; c += ad::kChunkElements) {
                            ad::StripeHasher hasher{std::uint64_t(c)};
                            for (std::int64_t r = c; r < c + ad::kChunkElements; r += 4096) {
                                ad::ChannelRun run;
                                ad::countChannelRun16(dtype, raw + r, 4096, 1, table.data(), hasher, run);
                                sink = sink + run.sumSquares;
                            }
                            sink = sink + double(hasher.finish(nullptr, 0, 0) & 1);
                        }
                    });
                };
                keep(6, fused(DType::BF16, reinterpret_cast<const std::uint16_t *>(bf16Cold.data())));
                keep(12, fused(DType::F16, f16.data()));
            }
        }
    }
    simd::forceLevel(simd::Level::Avx512);
    out() << "per-element CPU time, one thread, best of " << reps << " rounds (ns):\n";
    out() << QStringLiteral("%1").arg(QString(), -36);
    for (int l = 0; l <= top; ++l)
        out() << QStringLiteral("%1").arg(QString::fromLatin1(names[l]), 10);
    out() << "\n";
    for (const Row &r : rows) {
        out() << QStringLiteral("%1").arg(QString::fromLatin1(r.what), -36);
        for (int l = 0; l <= top; ++l)
            out() << (r.ns[l] < 1e29 ? QStringLiteral("%1").arg(r.ns[l], 10, 'f', 3)
                                     : QStringLiteral("%1").arg(QStringLiteral("-"), 10));
        out() << "\n";
    }
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int layers = argValue(args, QStringLiteral("--layers"), 8);
    const int dim = argValue(args, QStringLiteral("--dim"), 4096);
    const int reps = argValue(args, QStringLiteral("--reps"), 3);
    const bool peer = args.contains(QStringLiteral("--peer"));
    const int onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 && onlyAt + 1 < args.size() ? args[onlyAt + 1] : QString();
    if (args.contains(QStringLiteral("--kernels"))) {
        kernelTimes(argValue(args, QStringLiteral("--reps"), 9));
        return 0;
    }
    out() << "threads " << computeThreads() << ", " << layers << " layers of " << dim << "×" << dim
          << ", best of " << reps << "\n";

    // Weight-like data: normal with a few exact zeros. One buffer, also the .npy for the peer.
    const std::int64_t per = std::int64_t(dim) * dim;
    std::vector<float> all(std::size_t(per * layers));
    parallelFor(std::int64_t(all.size()), std::int64_t(1) << 20, [&](qint64 b, qint64 e) {
        std::mt19937 rng(std::uint32_t(b / (1 << 20)));
        std::normal_distribution<float> d(0.0f, 0.02f);
        for (qint64 i = b; i < e; ++i)
            all[std::size_t(i)] = (i % 1009 == 0) ? 0.0f : d(rng);
    });
    std::vector<Tensor> f32, bf16;
    for (int l = 0; l < layers; ++l) {
        const float *src = all.data() + per * l;
        std::vector<std::byte> b(std::size_t(per) * 4);
        std::memcpy(b.data(), src, b.size());
        f32.push_back(*Tensor::fromBytes(QStringLiteral("f32.%1").arg(l), DType::F32, {dim, dim}, std::move(b)));
        std::vector<std::byte> h(std::size_t(per) * 2);
        floatToBfloat16(src, per, reinterpret_cast<std::uint16_t *>(h.data()));
        bf16.push_back(*Tensor::fromBytes(QStringLiteral("bf16.%1").arg(l), DType::BF16, {dim, dim}, std::move(h)));
    }

    double checksum = 0;
    Timing tf;
    if (only.isEmpty() || only == QStringLiteral("f32")) {
        tf = measure(f32, reps, checksum);
        report("F32 ", f32, tf);
    }
    if (only.isEmpty() || only == QStringLiteral("bf16")) {
        const Timing tb = measure(bf16, reps, checksum);
        report("BF16", bf16, tb);
    }

    if (peer) {
        const QString npy = QStringLiteral("/tmp/pare_bench_stats_f32.npy");
        if (auto w = pare::bench::writeNpyF32(npy, {layers, dim, dim}, all.data()); !w.ok())
            qFatal("%s", qPrintable(w.error().message));
        all.clear();
        all.shrink_to_fit();
        const QString output = pare::bench::runPeer(
            QStringLiteral(PARE_SOURCE_DIR "/bench/peers/analysis_numpy.py"),
            {npy, QString::number(reps)}, 1200);
        const double numpySeconds = pare::bench::peerValue(output, QStringLiteral("seconds"));
        const double numpy64 = pare::bench::peerValue(output, QStringLiteral("seconds_f64"));
        out() << "numpy (min, max, mean, std, zero fraction, 256-bin histogram, F32): "
              << numpySeconds * 1e3 << " ms (mean and std with float64 accumulation: "
              << numpy64 * 1e3 << " ms); Pare stats+histogram F32, one job " << tf.jobSeconds * 1e3
              << " ms; Pare is " << numpySeconds / tf.jobSeconds << "× faster ("
              << numpy64 / tf.jobSeconds << "× the float64 variant; a job per layer "
              << tf.statsSeconds * 1e3 << " ms, " << numpySeconds / tf.statsSeconds << "×)\n";
    }
    out() << "(checksum " << checksum << ")\n";
    return 0;
}
