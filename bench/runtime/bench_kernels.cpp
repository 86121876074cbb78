// SPDX-License-Identifier: GPL-3.0-or-later
// y = W·x for every kernel side by side with dense F32 in one run, weights cold (rotating over
// ≥ 256 MB of copies), reporting median latency, the ratio to dense F32 and the bandwidth-bound
// ideal. Usage: bench_kernels [--rows N] [--cols N] [--batch N] [--cold-mb N] [--repeats N]
//                             [--threads T]
// Compare with bench/peers/runtime_numpy.py (numpy sgemv/sgemm on the same shapes).
#include "jobs/jobrunner.h"
#include "runtime/kernels.h"
#include "runtime/latencybench.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <random>

using namespace pare::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::int64_t rows = 2048, cols = 2048, coldMb = 256;
    int batch = 1, repeats = 21, threads = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &k = args[i];
        const qint64 v = args[i + 1].toLongLong();
        if (k == QLatin1String("--rows")) rows = v;
        else if (k == QLatin1String("--cols")) cols = v;
        else if (k == QLatin1String("--batch")) batch = int(v);
        else if (k == QLatin1String("--cold-mb")) coldMb = v;
        else if (k == QLatin1String("--repeats")) repeats = int(v);
        else if (k == QLatin1String("--threads")) threads = int(v);
    }
    if (rows <= 0 || cols <= 0 || batch <= 0 || repeats <= 0) {
        std::fprintf(stderr, "bench_kernels: sizes must be positive\n");
        return 2;
    }
    if (threads > 0)
        setComputeThreads(threads);
    std::mt19937 rng(1);
    std::normal_distribution<float> d(0.0f, 0.02f);
    std::vector<float> w(std::size_t(rows * cols));
    for (float &v : w)
        v = d(rng);
    // 50 % unstructured sparsity for CSR (magnitude-like: every other value zero).
    std::vector<float> sparse = w;
    for (std::size_t i = 0; i < sparse.size(); i += 2)
        sparse[i] = 0.0f;
    JobContext ctx;
    const double bw = measureStreamingBandwidth(coldMb << 20, ctx);
    std::printf("y = W·x, W %lld×%lld, batch %d, threads %d, AVX2 %s, cold copies ≥ %lld MB, "
                "streaming bandwidth %.2f GB/s, %d repeats (median)\n",
                (long long)rows, (long long)cols, batch, computeThreads(), kernelsUseAvx2() ? "yes" : "no",
                (long long)coldMb, bw / 1e9, repeats);
    std::printf("%-20s %12s %10s %10s %12s %10s\n", "kernel", "weight MB", "median µs", "p90 µs", "vs dense f32",
                "ideal µs");
    LatencyOptions o;
    o.batch = batch;
    o.repeats = repeats;
    o.warmup = 3;
    o.coldBytes = coldMb << 20;
    double dense = 0;
    struct Case
    {
        KernelKind kind;
        const char *label;
        PackOptions options;
        const std::vector<float> *values;
    };
    PackOptions g32;
    g32.groupSize = 32;
    PackOptions nm;
    nm.n = 2;
    nm.m = 4;
    const Case cases[] = {{KernelKind::DenseF32, "dense f32", {}, &w},
                          {KernelKind::DenseF16, "dense f16", {}, &w},
                          {KernelKind::DenseBF16, "dense bf16", {}, &w},
                          {KernelKind::Int8PerChannel, "int8 per-channel", {}, &w},
                          {KernelKind::Int4Grouped, "int4 g32", g32, &w},
                          {KernelKind::Csr, "csr 50 %", {}, &sparse},
                          {KernelKind::NM, "2:4 sparse", nm, &w},
                          {KernelKind::LowRank, "low-rank r=n/8", {}, &w}};
    for (const Case &c : cases) {
        Result<PackedWeight> p = Error{ErrorCode::Internal, {}};
        if (c.kind == KernelKind::LowRank) {
            const int rank = int(std::max<std::int64_t>(1, std::min(rows, cols) / 8));
            std::vector<float> a(std::size_t(rows * rank)), b(std::size_t(rank * cols));
            for (float &v : a)
                v = d(rng);
            for (float &v : b)
                v = d(rng);
            p = PackedWeight::fromFactors(a.data(), b.data(), rows, cols, rank);
        } else {
            p = PackedWeight::pack(c.kind, c.values->data(), rows, cols, c.options);
        }
        if (!p) {
            std::fprintf(stderr, "%s\n", qPrintable(p.error().message));
            return 1;
        }
        auto r = benchKernel(*p, o, bw, ctx);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        if (c.kind == KernelKind::DenseF32)
            dense = r->stats.medianUs;
        std::printf("%-20s %12.2f %10.1f %10.1f %11.2fx %10.1f\n", c.label, double(r->weightBytes) / 1e6,
                    r->stats.medianUs, r->stats.p90Us, dense / r->stats.medianUs, r->idealUs);
    }
    return 0;
}
