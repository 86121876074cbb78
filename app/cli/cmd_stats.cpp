// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli stats: per-tensor statistics, channel ranges, the quantization lint and (for one
// layer) the singular-value spectrum.
#include "cli.h"
#include "common/argtext.h"
#include "commands.h"

#include "analysis/analysisjson.h"
#include "analysis/histogram.h"
#include "analysis/modelanalysis.h"
#include "analysis/spectrum.h"
#include "io/modelio.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pare::cli {

using core::argText;

namespace {

QString num(double v, int precision = 4)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'g', precision);
}

// The model reduced to one layer's weight and bias, so that only those are streamed.
core::Model singleLayer(const core::Model &m, const core::Layer &layer)
{
    core::Model sub;
    sub.format = m.format;
    sub.path = m.path;
    sub.architecture = m.architecture;
    core::Layer l = layer;
    if (const core::Tensor *w = m.weightOf(layer)) {
        l.weight = int(sub.tensors.size());
        sub.tensors.push_back(*w);
    }
    if (const core::Tensor *b = m.biasOf(layer)) {
        l.bias = int(sub.tensors.size());
        sub.tensors.push_back(*b);
    }
    sub.layers.push_back(l);
    sub.reindex();
    return sub;
}

// One layer's histogram as rows of [from, to) and a count, then what fell outside.
void printHistogram(const QString &layer, const core::Histogram &h)
{
    QTextStream &o = out();
    const bool log = h.scale == core::HistogramScale::Log10Abs;
    o << '\n'
      << (log ? QCoreApplication::translate("cli", "histogram of log10|w| of %1: %n bin(s) over [%2, %3]", nullptr, h.bins())
              : QCoreApplication::translate("cli", "histogram of %1: %n bin(s) over [%2, %3]", nullptr, h.bins()))
                 .arg(layer, num(h.lo, 6), num(h.hi, 6))
      << '\n';
    const double width = (h.hi - h.lo) / h.bins();
    for (int b = 0; b < h.bins(); ++b)
        o << QStringLiteral("  %1 %2 %3\n")
                 .arg(num(h.lo + width * b, 6), 12)
                 .arg(num(b + 1 == h.bins() ? h.hi : h.lo + width * (b + 1), 6), 12)
                 .arg(h.counts[std::size_t(b)], 12);
    o << QCoreApplication::translate("cli", "below the range %1, above %2, zeros (log scale) %3, NaN %4, Inf %5")
             .arg(h.underflow).arg(h.overflow).arg(h.zeros).arg(h.nan).arg(h.inf)
      << '\n';
}

void printText(const core::ModelAnalysis &a, const std::optional<core::Spectrum> &spectrum)
{
    QTextStream &o = out();
    // The name column fits the longest name.
    int nameWidth = int(QCoreApplication::translate("cli", "tensor").size());
    for (const core::TensorStats &s : a.tensors)
        nameWidth = std::max(nameWidth, int(s.name.size()));
    const int tensors = int(a.summary.tensors);
    o << QCoreApplication::translate("cli", "%n tensor(s), %1 parameters, %2 bytes", nullptr, tensors)
                 .arg(a.summary.parameters)
                 .arg(a.summary.bytes)
      << "\n\n";
    o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
             .arg(QCoreApplication::translate("cli", "tensor"), -nameWidth).arg(QCoreApplication::translate("cli", "dtype"), -6).arg(QCoreApplication::translate("cli", "min"), 10).arg(QCoreApplication::translate("cli", "max"), 10)
             .arg(QCoreApplication::translate("cli", "mean"), 10).arg(QCoreApplication::translate("cli", "std"), 10).arg(QCoreApplication::translate("cli", "kurt"), 8).arg(QCoreApplication::translate("cli", "zeros"), 8)
             .arg(QCoreApplication::translate("cli", "p99.9"), 10).arg(QCoreApplication::translate("cli", "outliers"), 9);
    for (const core::TensorStats &s : a.tensors)
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                 .arg(s.name, -nameWidth).arg(s.dtype, -6).arg(num(s.min), 10).arg(num(s.max), 10)
                 .arg(num(s.mean), 10).arg(num(s.stddev), 10).arg(num(s.kurtosis, 3), 8)
                 .arg(QString::number(s.zeroFraction * 100.0, 'f', 1) + QStringLiteral("%"), 8)
                 .arg(num(s.percentiles[4]), 10).arg(s.outliers, 9);
    for (const core::LayerChannels &c : a.channels) {
        const int channels = int(c.channels.channels);
        o << '\n'
          << QCoreApplication::translate("cli", "layer %1: %n output channel(s), %2 dead, median |w|max %3", nullptr, channels)
                 .arg(c.layer)
                 .arg(c.channels.deadChannels())
                 .arg(num(c.channels.medianAbsMax()));
    }
    if (!a.channels.empty())
        o << '\n';
    if (spectrum) {
        QStringList ranks;
        for (const auto r : spectrum->energyRanks)
            ranks << (r == core::Spectrum::kBeyondComputedRank ? QCoreApplication::translate("cli", "beyond computed rank") : QString::number(r));
        const int values = int(spectrum->singularValues.size());
        o << '\n'
          << QCoreApplication::translate("cli", "spectrum %1×%2 (%3, %n value(s)): ranks for 90/95/99 % energy: %4",
                                         nullptr, values)
                 .arg(argText(spectrum->rows), argText(spectrum->cols),
                      argText(spectrum->exact ? QCoreApplication::translate("cli", "exact") : QCoreApplication::translate("cli", "randomized")),
                      argText(ranks.join(QStringLiteral(" / "))))
          << '\n';
    }
    o << '\n' << QCoreApplication::translate("cli", "lint findings: %1").arg(a.lint.size()) << '\n';
    for (const core::LintWarning &w : a.lint)
        o << "  [" << core::lintSeverityName(w.severity) << "] " << w.rule << ": " << w.message << '\n';
    o.flush();
}

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Weight statistics of every tensor (min, max, mean, std, kurtosis, "
                                        "zeros, percentiles, outliers, histogram), per-channel ranges and "
                                        "the quantization lint."));
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("cli", "A model file or Hugging Face directory."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON on stdout."));
    const QCommandLineOption bins(QStringLiteral("bins"), QCoreApplication::translate("cli", "Histogram bins, 16 to 4096 (default 256)."),
                                  QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   QCoreApplication::translate("cli", "Only this layer, with its singular-value spectrum."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption nearZero(QStringLiteral("near-zero"),
                                      QCoreApplication::translate("cli", "Count |w| ≤ T as near zero (default %1).").arg(core::kDefaultNearZeroThreshold),
                                      QStringLiteral("T"), QString::number(core::kDefaultNearZeroThreshold));
    const QCommandLineOption sigmas(QStringLiteral("sigmas"),
                                    QCoreApplication::translate("cli", "Count |w − mean| > K·std as an outlier (default %1).").arg(core::kDefaultOutlierSigmas),
                                    QStringLiteral("K"), QString::number(core::kDefaultOutlierSigmas));
    const QCommandLineOption range(QStringLiteral("range"),
                                   QCoreApplication::translate("cli", "With --layer: also its histogram over [LO, HI] (log10 units with --log)."),
                                   QStringLiteral("LO:HI"));
    const QCommandLineOption logScale(QStringLiteral("log"),
                                      QCoreApplication::translate("cli", "With --layer: also its histogram of log10|w|."));
    parser.addOptions({json, bins, layer, nearZero, sigmas, range, logScale});
    if (const int code = parseOrExit(parser, arguments, "stats"); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "pare-cli stats: " << QCoreApplication::translate("cli", "expected one model path") << '\n';
        err().flush();
        return ExitUsage;
    }
    bool ok = false;
    const int binCount = parser.value(bins).toInt(&ok);
    if (!ok || binCount < core::kMinHistogramBins || binCount > core::kMaxHistogramBins) {
        err() << "pare-cli stats: --bins " << QCoreApplication::translate("cli", "must be 16 to 4096, not '") << parser.value(bins) << "'\n";
        err().flush();
        return ExitUsage;
    }
    const auto usage = [](const QString &message) {
        err() << "pare-cli stats: " << message << '\n';
        err().flush();
        return ExitUsage;
    };
    core::StatsOptions statsOptions;
    statsOptions.bins = binCount;
    statsOptions.nearZeroThreshold = parser.value(nearZero).toDouble(&ok);
    if (!ok || !(statsOptions.nearZeroThreshold >= 0.0) || !std::isfinite(statsOptions.nearZeroThreshold))
        return usage(QCoreApplication::translate("cli", "--near-zero must be a number ≥ 0, not '%1'").arg(parser.value(nearZero)));
    statsOptions.outlierSigmas = parser.value(sigmas).toDouble(&ok);
    if (!ok || !(statsOptions.outlierSigmas > 0.0) || !std::isfinite(statsOptions.outlierSigmas))
        return usage(QCoreApplication::translate("cli", "--sigmas must be a number > 0, not '%1'").arg(parser.value(sigmas)));
    std::optional<core::HistogramSpec> histogram;
    if (parser.isSet(range) || parser.isSet(logScale)) {
        if (!parser.isSet(layer))
            return usage(QCoreApplication::translate("cli", "--range and --log need --layer"));
        histogram.emplace();
        histogram->bins = binCount;
        histogram->scale = parser.isSet(logScale) ? core::HistogramScale::Log10Abs : core::HistogramScale::Linear;
        if (parser.isSet(range)) {
            const QStringList ends = parser.value(range).split(QLatin1Char(':'));
            bool okLo = false, okHi = false;
            const double lo = ends.size() == 2 ? ends[0].toDouble(&okLo) : 0.0;
            const double hi = ends.size() == 2 ? ends[1].toDouble(&okHi) : 0.0;
            if (!okLo || !okHi || !std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo))
                return usage(QCoreApplication::translate("cli", "--range must be LO:HI with LO < HI, not '%1'").arg(parser.value(range)));
            histogram->lo = lo;
            histogram->hi = hi;
        }
    }
    auto model = core::openModel(parser.positionalArguments().constFirst());
    if (!model.ok())
        return reportError(model.error());
    core::Model target;
    const core::Model *analyzed = model->get();
    std::optional<core::Spectrum> spectrum;
    std::optional<core::Histogram> layerHistogram;
    QString histogramOf;
    core::JobContext ctx;
    if (parser.isSet(layer)) {
        const core::Layer *l = (*model)->layer(parser.value(layer));
        if (!l)
            return reportError({core::ErrorCode::NotFound,
                                QCoreApplication::translate("cli", "%1: no layer named '%2'").arg((*model)->path, parser.value(layer))});
        target = singleLayer(**model, *l);
        analyzed = &target;
        if (histogram) {
            const core::Tensor *w = (*model)->weightOf(*l);
            if (!w)
                return reportError({core::ErrorCode::NotFound,
                                    QCoreApplication::translate("cli", "%1: layer '%2' has no weight").arg((*model)->path, l->name)});
            auto h = core::computeHistogram(*w, *histogram, ctx);
            if (!h.ok())
                return reportError(h.error());
            layerHistogram = std::move(h).value();
            histogramOf = w->name();
        }
        if (const core::Tensor *w = (*model)->weightOf(*l); w && w->rank() >= 2) {
            auto s = core::computeSpectrum(*w, l->layout, {}, ctx);
            if (!s.ok())
                return reportError(s.error());
            spectrum = std::move(s).value();
        }
    }
    core::AnalysisOptions options;
    options.stats = statsOptions;
    auto analysis = core::analyzeModel(*analyzed, options, ctx);
    if (!analysis.ok())
        return reportError(analysis.error());
    if (parser.isSet(json)) {
        QJsonObject o = core::toJson(*analysis);
        o.insert(QStringLiteral("model"), (*model)->path);
        if (spectrum)
            o.insert(QStringLiteral("spectrum"), core::toJson(*spectrum));
        if (layerHistogram) {
            QJsonObject h = core::toJson(*layerHistogram);
            h.insert(QStringLiteral("tensor"), histogramOf);
            o.insert(QStringLiteral("histogram"), h);
        }
        // The bytes go out as they are: through QTextStream they would be decoded to UTF-16
        // and encoded again (a 7B model's channel ranges make ~200 MB of JSON, ~1 GB of copies).
        const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
        o = {};
        out().flush();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
    } else {
        printText(*analysis, spectrum);
        if (layerHistogram)
            printHistogram(histogramOf, *layerHistogram);
        out().flush();
    }
    return ExitOk;
}

const CommandRegistrar registrar({"stats", QT_TRANSLATE_NOOP("cli", "Weight statistics, channel ranges, spectrum and quantization lint."),
                                  runStats});

} // namespace

} // namespace pare::cli
