// SPDX-License-Identifier: GPL-3.0-or-later
// y = W·x for every kernel side by side with dense F32 in one run, weights cold (rotating over
// ≥ 256 MB of copies), reporting median latency, the ratio to dense F32 and the bandwidth-bound
// ideal (and the minima: on a loaded machine the median mostly measures waiting for a core).
// Usage: bench_kernels [--rows 4096] [--cols 4096] [--batch 1] [--cold-mb 256] [--repeats 21]
//                             [--threads T] [--rank 256] [--sparsity 0.9] [--only LABEL] [--rounds 1]
// --rounds R runs the whole table R times, interleaved (medians of medians, best minima);
// --only runs dense f32 (the reference of every ratio) and the kernels whose label starts with LABEL.
// Rows labelled "… rows" / "… ymm" run the row-by-row layouts and AVX2 paths that the AVX-512 ones
// replaced (the baseline, packed with setKernelsRepack(false)).
// The goals at batch 1 (cold 4096×4096): int8 ≥ 3.2×, int4 g128 ≥ 5.5×, CSR 90 % ≥ 3×,
// rank-256 ≥ 6× dense f32, each within 1.5× of its ideal; at batch 32, int8 ≥ 1.5×.
// Compare with bench/peers/runtime_numpy.py (numpy + OpenBLAS sgemv/sgemm on the same shapes).
#include "jobs/jobrunner.h"
#include "runtime/kernels.h"
#include "runtime/latencybench.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace pare::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::int64_t rows = 4096, cols = 4096, coldMb = 256, rankArg = 256;
    int batch = 1, repeats = 21, threads = 0, rounds = 1;
    double sparsity = 0.9;
    QString only;
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
        else if (k == QLatin1String("--rank")) rankArg = v;
        else if (k == QLatin1String("--sparsity")) sparsity = args[i + 1].toDouble();
        else if (k == QLatin1String("--only")) only = args[i + 1];
        else if (k == QLatin1String("--rounds")) rounds = int(v);
    }
    if (rows <= 0 || cols <= 0 || batch <= 0 || repeats <= 0 || rounds <= 0 || rankArg <= 0 || sparsity < 0 || sparsity >= 1) {
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
    // Unstructured sparsity for CSR at random positions.
    std::vector<float> sparse = w;
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (float &v : sparse)
        if (u(rng) < sparsity)
            v = 0.0f;
    const QByteArray csrLabel = QStringLiteral("csr %1 %").arg(sparsity * 100, 0, 'f', 0).toUtf8();
    const QByteArray csrRowsLabel = csrLabel + " ymm";
    const int rank = int(std::min<std::int64_t>(rankArg, std::min(rows, cols)));
    const QByteArray rankLabel = QStringLiteral("low-rank r=%1").arg(rank).toUtf8();
    JobContext ctx;
    // The bandwidth is the best of a few probes and every kernel runs once per round, the rounds
    // interleaved, so that on a loaded machine all rows see the same load; per kernel the table
    // gives the median of the rounds' medians and the best minimum.
    double bw = 0;
    for (int i = 0; i < 3; ++i)
        bw = std::max(bw, measureStreamingBandwidth(coldMb << 20, ctx));
    std::printf("y = W·x, W %lld×%lld, batch %d, threads %d, AVX2 %s, VNNI %s, cold copies ≥ %lld MB, "
                "streaming bandwidth %.2f GB/s (best of 3), %d rounds × %d repeats\n",
                (long long)rows, (long long)cols, batch, computeThreads(), kernelsUseAvx2() ? "yes" : "no",
                kernelsUseVnni() ? "yes" : "no", (long long)coldMb, bw / 1e9, rounds, repeats);
    LatencyOptions o;
    o.batch = batch;
    o.repeats = repeats;
    o.warmup = 3;
    o.coldBytes = coldMb << 20;
    struct Case
    {
        KernelKind kind;
        const char *label;
        PackOptions options;
        const std::vector<float> *values;
        bool repack = true; // false: the row-by-row layout of before the AVX-512 repacking
    };
    PackOptions g32;
    g32.groupSize = 32;
    PackOptions g128;
    g128.groupSize = 128;
    PackOptions nm;
    nm.n = 2;
    nm.m = 4;
    const Case cases[] = {{KernelKind::DenseF32, "dense f32", {}, &w},
                          {KernelKind::DenseF16, "dense f16", {}, &w},
                          {KernelKind::DenseBF16, "dense bf16", {}, &w},
                          {KernelKind::Int8PerChannel, "int8 per-channel", {}, &w},
                          {KernelKind::Int4Grouped, "int4 g128", g128, &w},
                          {KernelKind::Int4Grouped, "int4 g32", g32, &w},
                          {KernelKind::Int4Grouped, "int4 g128 rows", g128, &w, false},
                          {KernelKind::Int4Grouped, "int4 g32 rows", g32, &w, false},
                          {KernelKind::Csr, csrLabel.constData(), {}, &sparse},
                          {KernelKind::Csr, csrRowsLabel.constData(), {}, &sparse, false},
                          {KernelKind::NM, "2:4 sparse", nm, &w},
                          {KernelKind::NM, "2:4 sparse rows", nm, &w, false},
                          {KernelKind::LowRank, rankLabel.constData(), {}, &w}};
    struct Row
    {
        const Case *c;
        PackedWeight packed;
        std::vector<double> medians;
        double minUs = 0;
    };
    std::vector<Row> table;
    for (const Case &c : cases) {
        if (!only.isEmpty() && c.kind != KernelKind::DenseF32 && !QString::fromUtf8(c.label).startsWith(only))
            continue;
        Result<PackedWeight> p = Error{ErrorCode::Internal, {}};
        if (c.kind == KernelKind::LowRank) {
            std::vector<float> a(std::size_t(rows * rank)), b(std::size_t(rank * cols));
            for (float &v : a)
                v = d(rng);
            for (float &v : b)
                v = d(rng);
            p = PackedWeight::fromFactors(a.data(), b.data(), rows, cols, rank);
        } else {
            const bool previous = setKernelsRepack(c.repack);
            p = PackedWeight::pack(c.kind, c.values->data(), rows, cols, c.options);
            setKernelsRepack(previous);
        }
        if (!p) {
            std::fprintf(stderr, "%s\n", qPrintable(p.error().message));
            return 1;
        }
        table.push_back({&c, std::move(*p), {}, 0});
    }
    for (int round = 0; round < rounds; ++round)
        for (Row &row : table) {
            auto r = benchKernel(row.packed, o, bw, ctx);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                return 1;
            }
            row.medians.push_back(r->stats.medianUs);
            row.minUs = round == 0 ? r->stats.minUs : std::min(row.minUs, r->stats.minUs);
        }
    std::printf("%-20s %10s %10s %10s %12s %10s %10s %10s %12s\n", "kernel", "weight MB", "median µs", "min µs",
                "vs dense f32", "ideal µs", "vs ideal", "min/ideal", "min vs dense");
    double dense = 0, denseMin = 0;
    for (Row &row : table) {
        std::sort(row.medians.begin(), row.medians.end());
        const double median = row.medians[row.medians.size() / 2];
        const double ideal = double(row.packed.bytes()) / bw * 1e6;
        if (row.c->kind == KernelKind::DenseF32) {
            dense = median;
            denseMin = row.minUs;
        }
        std::printf("%-20s %10.2f %10.1f %10.1f %11.2fx %10.1f %9.2fx %9.2fx %11.2fx\n", row.c->label,
                    double(row.packed.bytes()) / 1e6, median, row.minUs, dense / median, ideal, median / ideal,
                    row.minUs / ideal, denseMin / row.minUs);
    }
    return 0;
}
