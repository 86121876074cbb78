// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli bench: measured latency of every dense layer's kernel, original vs compressed, next
// to the bandwidth-bound ideal (weight bytes ÷ measured streaming bandwidth).
#include "common/hugepagemalloc.h"
#include "cli.h"
#include "commands.h"

#include "compress/compressor.h"
#include "compress/plan.h"
#include "compress/recipe.h"
#include "io/modelio.h"
#include "jobs/jobrunner.h"
#include "runtime/latencybench.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <optional>

namespace pare::cli {

namespace {

int usage(const QString &message)
{
    return usageError("bench", message);
}

int runBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("cli", "Measure the latency of each dense layer's matrix product (y = W·x) with Pare's "
               "kernels: the original weights, and with --recipe the compressed encoding's kernel. "
               "Weights are read cold (rotating over copies) unless --cold-mb 0."));
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("cli", "A model file or Hugging Face directory."));
    const QCommandLineOption recipe({QStringLiteral("r"), QStringLiteral("recipe")}, QCoreApplication::translate("cli", "Compression recipe (JSON)."), QStringLiteral("R.json"));
    const QCommandLineOption batch(QStringLiteral("batch"), QCoreApplication::translate("cli", "Vectors per product (default 1)."), QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), QCoreApplication::translate("cli", "Threads (default: all cores)."), QStringLiteral("T"));
    const QCommandLineOption repeats(QStringLiteral("repeats"), QCoreApplication::translate("cli", "Timed repeats per kernel (default 15)."), QStringLiteral("N"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), QCoreApplication::translate("cli", "Untimed warm-up runs (default 3)."), QStringLiteral("N"));
    const QCommandLineOption cold(QStringLiteral("cold-mb"), QCoreApplication::translate("cli", "Rotate over at least this many MB of weight copies (default 256)."), QStringLiteral("MB"));
    const QCommandLineOption layer(QStringLiteral("layer"), QCoreApplication::translate("cli", "Only layers matching this glob."), QStringLiteral("GLOB"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON on stdout."));
    parser.addOptions({recipe, batch, threads, repeats, warmup, cold, layer, json});
    if (const int rc = parseOrExit(parser, arguments, "bench"); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return usage(QCoreApplication::translate("cli", "expected one model file or directory"));
    auto intOption = [&](const QCommandLineOption &o, qint64 fallback, qint64 min, qint64 max, qint64 &value) {
        value = fallback;
        if (!parser.isSet(o))
            return true;
        bool ok = false;
        value = parser.value(o).toLongLong(&ok);
        return ok && value >= min && value <= max;
    };
    const int cores = QThread::idealThreadCount();
    qint64 b, t, rep, warm, coldMb;
    if (!intOption(batch, 1, 1, 65536, b))
        return usage(QCoreApplication::translate("cli", "--batch must be an integer from 1 to 65536, not '%1'").arg(parser.value(batch)));
    if (!intOption(threads, 0, 1, cores, t))
        return usage(QCoreApplication::translate("cli", "--threads must be from 1 to %1 (this machine's cores), not '%2'").arg(cores).arg(parser.value(threads)));
    if (!intOption(repeats, 15, 1, 100000, rep))
        return usage(QCoreApplication::translate("cli", "--repeats must be a positive integer, not '%1'").arg(parser.value(repeats)));
    if (!intOption(warmup, 3, 0, 100000, warm))
        return usage(QCoreApplication::translate("cli", "--warmup must be a non-negative integer, not '%1'").arg(parser.value(warmup)));
    if (!intOption(cold, 256, 0, 1 << 20, coldMb))
        return usage(QCoreApplication::translate("cli", "--cold-mb must be a non-negative integer, not '%1'").arg(parser.value(cold)));
    if (t > 0)
        core::setComputeThreads(int(t));

    const QString path = parser.positionalArguments().constFirst();
    auto opened = core::openModel(path);
    if (!opened.ok())
        return reportError(opened.error());
    const core::Model &model = **opened;
    std::optional<core::Variant> variant;
    if (parser.isSet(recipe)) {
        auto r = core::Recipe::fromFile(parser.value(recipe));
        if (!r.ok())
            return reportError(r.error());
        auto plan = core::resolvePlan(*r, model);
        if (!plan.ok())
            return reportError(plan.error());
        core::JobContext ctx;
        auto v = core::compressModel(model, plan->plans, ctx);
        if (!v.ok())
            return reportError(v.error());
        variant = std::move(v.value());
    }
    core::LatencyOptions opt;
    opt.batch = int(b);
    opt.repeats = int(rep);
    opt.warmup = int(warm);
    opt.coldBytes = coldMb << 20;
    opt.layerPattern = parser.value(layer);
    const bool quiet = parser.isSet(json);
    core::JobContext ctx = cliProgress(quiet);
    auto r = core::benchLayers(model, variant ? &*variant : nullptr, opt, ctx);
    if (!r.ok())
        return reportError(r.error());

    double totalO = 0, totalV = 0, idealO = 0, idealV = 0;
    QJsonArray layers;
    for (const core::LayerLatency &l : *r) {
        totalO += l.original.stats.medianUs;
        idealO += l.original.idealUs;
        const core::KernelLatency &v = l.variant ? *l.variant : l.original;
        totalV += v.stats.medianUs;
        idealV += v.idealUs;
        QJsonObject o{{QStringLiteral("layer"), l.layer}, {QStringLiteral("original"), l.original.toJson()}};
        if (l.variant)
            o.insert(QStringLiteral("variant"), l.variant->toJson());
        layers.append(o);
    }
    if (quiet) {
        QJsonObject o{{QStringLiteral("model"), path},
                      {QStringLiteral("batch"), qint64(b)},
                      {QStringLiteral("threads"), core::computeThreads()},
                      {QStringLiteral("huge_page_malloc"), core::hugePageMallocActive()},
                      {QStringLiteral("cold_bytes"), qint64(opt.coldBytes)},
                      {QStringLiteral("layers"), layers},
                      {QStringLiteral("total_median_us"), totalO},
                      {QStringLiteral("total_ideal_us"), idealO}};
        if (variant) {
            o.insert(QStringLiteral("variant_total_median_us"), totalV);
            o.insert(QStringLiteral("variant_total_ideal_us"), idealV);
            o.insert(QStringLiteral("speedup"), totalV > 0 ? totalO / totalV : 0.0);
        }
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out().flush();
        return ExitOk;
    }
    QTextStream &s = out();
    s << QCoreApplication::translate("cli", "layer").leftJustified(40) << QCoreApplication::translate("cli", "kernel").leftJustified(18) << QCoreApplication::translate("cli", "median µs").rightJustified(11)
      << QCoreApplication::translate("cli", "ideal µs").rightJustified(10);
    if (variant)
        s << "  " << QCoreApplication::translate("cli", "variant kernel").leftJustified(18) << QCoreApplication::translate("cli", "median µs").rightJustified(11)
          << QCoreApplication::translate("cli", "ideal µs").rightJustified(10) << QCoreApplication::translate("cli", "speedup").rightJustified(9);
    s << '\n';
    for (const core::LayerLatency &l : *r) {
        s << l.layer.left(39).leftJustified(40) << l.original.kind.leftJustified(18)
          << QString::number(l.original.stats.medianUs, 'f', 1).rightJustified(11)
          << QString::number(l.original.idealUs, 'f', 1).rightJustified(10);
        if (variant) {
            const core::KernelLatency &v = l.variant ? *l.variant : l.original;
            s << "  " << (l.variant ? v.kind : QCoreApplication::translate("cli", "(unchanged)")).leftJustified(18)
              << QString::number(v.stats.medianUs, 'f', 1).rightJustified(11)
              << QString::number(v.idealUs, 'f', 1).rightJustified(10)
              << QString::number(v.stats.medianUs > 0 ? l.original.stats.medianUs / v.stats.medianUs : 0, 'f', 2).rightJustified(8) << 'x';
        }
        s << '\n';
    }
    s << QCoreApplication::translate("cli", "Total: %1 µs (ideal %2 µs)").arg(totalO, 0, 'f', 1).arg(idealO, 0, 'f', 1);
    if (variant)
        s << QCoreApplication::translate("cli", "; variant %1 µs (ideal %2 µs), %3x").arg(totalV, 0, 'f', 1).arg(idealV, 0, 'f', 1).arg(totalV > 0 ? totalO / totalV : 0, 0, 'f', 2);
    s << '\n';
    s.flush();
    return ExitOk;
}

const CommandRegistrar registrar({"bench", QT_TRANSLATE_NOOP("cli", "Measure per-layer kernel latency, original vs compressed."),
                                  runBench});

} // namespace

} // namespace pare::cli
