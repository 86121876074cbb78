// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli stats: per-tensor statistics, channel ranges, the quantization lint and (for one
// layer) the singular-value spectrum.
#include "cli.h"
#include "commands.h"

#include "analysis/analysisjson.h"
#include "analysis/modelanalysis.h"
#include "analysis/spectrum.h"
#include "io/modelio.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace pare::cli {

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

void printText(const core::ModelAnalysis &a, const std::optional<core::Spectrum> &spectrum)
{
    QTextStream &o = out();
    const int tensors = int(a.summary.tensors);
    o << QCoreApplication::translate("cli", "%n tensor(s), %1 parameters, %2 bytes", nullptr, tensors)
                 .arg(a.summary.parameters)
                 .arg(a.summary.bytes)
      << "\n\n";
    o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
             .arg(QCoreApplication::translate("cli", "tensor"), -32).arg(QCoreApplication::translate("cli", "dtype"), -6).arg(QCoreApplication::translate("cli", "min"), 10).arg(QCoreApplication::translate("cli", "max"), 10)
             .arg(QCoreApplication::translate("cli", "mean"), 10).arg(QCoreApplication::translate("cli", "std"), 10).arg(QCoreApplication::translate("cli", "kurt"), 8).arg(QCoreApplication::translate("cli", "zeros"), 8)
             .arg(QCoreApplication::translate("cli", "p99.9"), 10).arg(QCoreApplication::translate("cli", "outliers"), 9);
    for (const core::TensorStats &s : a.tensors)
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                 .arg(s.name, -32).arg(s.dtype, -6).arg(num(s.min), 10).arg(num(s.max), 10)
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
                 .arg(spectrum->rows)
                 .arg(spectrum->cols)
                 .arg(spectrum->exact ? QCoreApplication::translate("cli", "exact") : QCoreApplication::translate("cli", "randomized"), ranks.join(QStringLiteral(" / ")))
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
    parser.addOptions({json, bins, layer});
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
    auto model = core::openModel(parser.positionalArguments().constFirst());
    if (!model.ok())
        return reportError(model.error());
    core::Model target;
    const core::Model *analyzed = model->get();
    std::optional<core::Spectrum> spectrum;
    core::JobContext ctx;
    if (parser.isSet(layer)) {
        const core::Layer *l = (*model)->layer(parser.value(layer));
        if (!l)
            return reportError({core::ErrorCode::NotFound,
                                QCoreApplication::translate("cli", "%1: no layer named '%2'").arg((*model)->path, parser.value(layer))});
        target = singleLayer(**model, *l);
        analyzed = &target;
        if (const core::Tensor *w = (*model)->weightOf(*l); w && w->rank() >= 2) {
            auto s = core::computeSpectrum(*w, l->layout, {}, ctx);
            if (!s.ok())
                return reportError(s.error());
            spectrum = std::move(s).value();
        }
    }
    core::AnalysisOptions options;
    options.stats.bins = binCount;
    auto analysis = core::analyzeModel(*analyzed, options, ctx);
    if (!analysis.ok())
        return reportError(analysis.error());
    if (parser.isSet(json)) {
        QJsonObject o = core::toJson(*analysis);
        o.insert(QStringLiteral("model"), (*model)->path);
        if (spectrum)
            o.insert(QStringLiteral("spectrum"), core::toJson(*spectrum));
        // The bytes go out as they are: through QTextStream they would be decoded to UTF-16
        // and encoded again (a 7B model's channel ranges make ~200 MB of JSON, ~1 GB of copies).
        const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
        o = {};
        out().flush();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
    } else {
        printText(*analysis, spectrum);
    }
    return ExitOk;
}

const CommandRegistrar registrar({"stats", QT_TRANSLATE_NOOP("cli", "Weight statistics, channel ranges, spectrum and quantization lint."),
                                  runStats});

} // namespace

} // namespace pare::cli
