// SPDX-License-Identifier: GPL-3.0-or-later
// Top-256 singular values (and vectors) of a 4096×4096 low-rank-plus-noise matrix with Pare's
// randomized SVD, side by side with torch.svd_lowrank(q=256, niter=2) on the same threads; the
// peer also checks both against an exact SVD (numpy, computed once and cached in /tmp). torch
// runs on OpenBLAS (libopenblas0-pthread) when it is installed, and says which BLAS it loaded.
//
//   bench_analysis_svd [--dim 4096] [--rank 256] [--reps 2] [--threads N] [--peer]

#include "benchnpy.h"
#include "jobs/jobrunner.h"
#include "linalg/gemm.h"
#include "linalg/svd.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

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

MatrixXfR gaussian(Eigen::Index m, Eigen::Index n, std::uint32_t seed, float sigma)
{
    MatrixXfR a(m, n);
    parallelFor(m, 64, [&](qint64 b, qint64 e) {
        std::mt19937 rng(seed + std::uint32_t(b));
        std::normal_distribution<float> d(0.0f, sigma);
        for (qint64 i = b; i < e; ++i)
            for (Eigen::Index j = 0; j < n; ++j)
                a(i, j) = d(rng);
    });
    return a;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int dim = argValue(args, QStringLiteral("--dim"), 4096);
    const int rank = argValue(args, QStringLiteral("--rank"), 256);
    const int reps = argValue(args, QStringLiteral("--reps"), 2);
    const bool peer = args.contains(QStringLiteral("--peer"));
    if (const int threads = argValue(args, QStringLiteral("--threads"), 0); threads > 0)
        setComputeThreads(threads); // torch gets the same count
    out() << "threads " << computeThreads() << ", " << dim << "×" << dim << ", top " << rank
          << ", best of " << reps << ", GEMM kernel " << gemmKernelName() << "\n";
    out().flush();

    // Signal of rank `rank` with strengths decaying 0.985^i, plus dense noise far below it.
    MatrixXfR x = gaussian(dim, rank, 1, 1.0f);
    const MatrixXfR y = gaussian(rank, dim, 100000, 1.0f / std::sqrt(float(dim)));
    for (int i = 0; i < rank; ++i)
        x.col(i) *= std::pow(0.985f, float(i));
    MatrixXfR a = gaussian(dim, dim, 200000, 1e-3f);
    parallelFor(dim, 64, [&](qint64 b, qint64 e) {
        a.middleRows(b, e - b).noalias() += x.middleRows(b, e - b) * y;
    });

    SvdOptions opt;
    opt.rank = rank;
    opt.powerIterations = 2;
    opt.computeVectors = true;
    double best = 1e30;
    Eigen::VectorXf values;
    for (int r = 0; r < reps; ++r) {
        JobContext ctx;
        QElapsedTimer timer;
        timer.start();
        auto s = truncatedSvd(a, opt, ctx);
        best = std::min(best, timer.nsecsElapsed() * 1e-9);
        if (!s.ok())
            qFatal("%s", qPrintable(s.error().message));
        values = s->singularValues;
    }
    out() << "Pare truncatedSvd (rank " << rank << " + oversample " << opt.oversample << ", "
          << opt.powerIterations << " power iterations, with vectors): " << best * 1e3 << " ms\n";
    out().flush();

    if (peer) {
        const QString matrix = QStringLiteral("/tmp/pare_bench_svd_a.npy");
        const QString pare = QStringLiteral("/tmp/pare_bench_svd_pare.npy");
        if (auto w = pare::bench::writeNpyF32(matrix, {dim, dim}, a.data()); !w.ok())
            qFatal("%s", qPrintable(w.error().message));
        if (auto w = pare::bench::writeNpyF32(pare, {values.size()}, values.data()); !w.ok())
            qFatal("%s", qPrintable(w.error().message));
        // Debian's torch calls whichever libblas.so.3 the loader finds: the reference BLAS by
        // default (~75 s here, not an honest peer), OpenBLAS when its directory comes first.
        const QByteArray openblas = QByteArrayLiteral("/usr/lib/x86_64-linux-gnu/openblas-pthread");
        if (QFileInfo(QString::fromLatin1(openblas)).isDir()) {
            const QByteArray path = qgetenv("LD_LIBRARY_PATH");
            qputenv("LD_LIBRARY_PATH", path.isEmpty() ? openblas : openblas + ':' + path);
        } else {
            out() << "note: " << openblas << " is missing (apt install libopenblas0-pthread); "
                  << "torch will use the reference BLAS\n";
            out().flush();
        }
        const QString output = pare::bench::runPeer(QStringLiteral(PARE_SOURCE_DIR "/bench/peers/svd_torch.py"),
                                              {matrix, pare, QString::number(rank), QString::number(computeThreads()),
                                               QString::number(reps)},
                                              1800);
        out() << output;
        const double torchSeconds = pare::bench::peerValue(output, QStringLiteral("seconds"));
        out() << "Pare " << best * 1e3 << " ms vs torch.svd_lowrank " << torchSeconds * 1e3
              << " ms: Pare takes " << best / torchSeconds << "× torch's time; max relative "
              << "error of Pare's top " << rank << ": "
              << pare::bench::peerValue(output, QStringLiteral("pare_max_rel_err")) * 100.0 << " %, torch's: "
              << pare::bench::peerValue(output, QStringLiteral("torch_max_rel_err")) * 100.0 << " %\n";
    }
    return 0;
}
