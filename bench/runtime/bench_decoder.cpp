// SPDX-License-Identifier: GPL-3.0-or-later
// The transformer decoder's end-to-end speed against PyTorch: Pare's byte-level evaluator
// (the same code as `pare-cli eval`) on a language model's whole evaluation text, then
// bench/peers/decoder_torch.py (the same GPT-2 forward in torch, the same windows and threads)
// on the same text, printing both times, the ratio and both perplexities (they must agree).
// Usage: bench_decoder [--model resources/demo/kjv-gpt2] [--text FILE] [--threads 2]
//                      [--repeats 3] [--no-torch]
// Times are wall-clock medians and the processes' CPU seconds; on a shared machine the CPU
// times are the steadier figure.
#include "io/modelio.h"
#include "jobs/jobrunner.h"
#include "runtime/datasets.h"
#include "runtime/evaluator.h"
#include "../common/peerenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

#ifndef PARE_SOURCE_DIR
#define PARE_SOURCE_DIR "."
#endif

using namespace pare::core;

namespace {
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString src = QStringLiteral(PARE_SOURCE_DIR);
    QString modelDir = src + QStringLiteral("/resources/demo/kjv-gpt2"), textPath;
    int threads = 2, repeats = 3;
    bool torch = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &k = args[i];
        const QString v = i + 1 < args.size() ? args[i + 1] : QString();
        if (k == QLatin1String("--no-torch")) {
            torch = false;
            continue;
        }
        if (k == QLatin1String("--model")) modelDir = v;
        else if (k == QLatin1String("--text")) textPath = v;
        else if (k == QLatin1String("--threads")) threads = v.toInt();
        else if (k == QLatin1String("--repeats")) repeats = v.toInt();
        else {
            std::fprintf(stderr, "bench_decoder: unknown option %s\n", qPrintable(k));
            return 2;
        }
        ++i;
    }
    if (threads <= 0 || repeats <= 0) {
        std::fprintf(stderr, "bench_decoder: --threads and --repeats must be positive\n");
        return 2;
    }
    if (textPath.isEmpty())
        textPath = modelDir + QStringLiteral("/validation.txt");
    setComputeThreads(threads);
    auto model = openModel(modelDir);
    if (!model) {
        std::fprintf(stderr, "%s\n", qPrintable(model.error().message));
        return 1;
    }
    auto weights = DecoderWeights::fromModel(**model);
    auto text = loadText(textPath);
    if (!weights || !text) {
        std::fprintf(stderr, "%s\n", qPrintable(!weights ? weights.error().message : text.error().message));
        return 1;
    }
    const Decoder decoder(std::make_shared<DecoderWeights>(std::move(weights.value())));
    JobContext ctx;
    LmEvalOptions warm;
    warm.maxBytes = 4 * 128 + 1;
    (void)evaluateLanguageModel(decoder, nullptr, *text, warm, ctx);
    std::vector<double> wall, cpu;
    double ppl = 0;
    std::int64_t predictions = 0;
    for (int i = 0; i < repeats; ++i) {
        const double c0 = cpuSeconds();
        const auto t0 = std::chrono::steady_clock::now();
        auto r = evaluateLanguageModel(decoder, nullptr, *text, {}, ctx);
        wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        cpu.push_back(cpuSeconds() - c0);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        ppl = r->perplexity;
        predictions = r->predictions;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    const double pareWall = wall[wall.size() / 2], pareCpu = cpu[cpu.size() / 2];
    std::printf("decoder end to end: %s on %s (%lld predictions), %d threads, machine shared (times noisy)\n",
                qPrintable(QDir(modelDir).dirName()), qPrintable(QFileInfo(textPath).fileName()),
                (long long)predictions, threads);
    std::printf("%-8s %14s %12s %12s\n", "engine", "perplexity", "wall s", "cpu s");
    std::printf("%-8s %14.6f %12.3f %12.3f\n", "pare", ppl, pareWall, pareCpu);
    if (!torch)
        return 0;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setProcessEnvironment(pare::bench::peerEnvironment(threads));
    std::printf("%s\n", pare::bench::peerBlasNote());
    const QStringList pyArgs{src + QStringLiteral("/bench/peers/decoder_torch.py"), QStringLiteral("--model"), modelDir,
                             QStringLiteral("--text"), textPath, QStringLiteral("--threads"), QString::number(threads),
                             QStringLiteral("--repeats"), QString::number(repeats)};
    p.start(QStringLiteral("/usr/bin/python3"), pyArgs);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_decoder: the torch peer failed (exit %d)\n", p.exitCode());
        return 1;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("perplexity=([0-9.eE+-]+) seconds=([0-9.eE+-]+) cpu=([0-9.eE+-]+)")).match(out);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "bench_decoder: unexpected torch output:\n%s\n", qPrintable(out));
        return 1;
    }
    const double tPpl = m.captured(1).toDouble(), tWall = m.captured(2).toDouble(), tCpu = m.captured(3).toDouble();
    std::printf("%-8s %14.6f %12.3f %12.3f\n", "torch", tPpl, tWall, tCpu);
    std::printf("pare vs torch: %.2fx faster (wall), %.2fx (cpu); perplexities differ by %.2e (relative)\n",
                tWall / pareWall, tCpu / pareCpu, std::abs(tPpl - ppl) / tPpl);
    return 0;
}
