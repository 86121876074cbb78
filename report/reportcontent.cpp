// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontent.h"

#include "service/modelinfo.h"

#include <QJsonDocument>

#include <cmath>

namespace pare::report {

using core::StudyQuality;
using core::StudyResult;
using core::StudyVariant;

QString fmtBytes(double bytes)
{
    return core::formatBytes(std::int64_t(bytes));
}

QString fmtCount(double n)
{
    return n < 0 ? QStringLiteral("unknown") : core::formatCount(std::int64_t(n));
}

namespace {
QString opt(double v, int decimals, const QString &suffix = {})
{
    return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', decimals) + suffix;
}

QString qualityText(const StudyQuality &q, bool original)
{
    if (!q.measured)
        return QStringLiteral("—");
    if (q.kind == QLatin1String("classifier")) {
        QString s = q.accuracy >= 0 ? QStringLiteral("accuracy %1 %").arg(q.accuracy * 100, 0, 'f', 2) : QString();
        if (!original && q.agreement >= 0)
            s += QStringLiteral("%1agreement %2 %").arg(s.isEmpty() ? QString() : QStringLiteral(", ")).arg(q.agreement * 100, 0, 'f', 1);
        return s;
    }
    QString s = QStringLiteral("perplexity %1").arg(q.perplexity, 0, 'f', 3);
    if (!original && q.meanKl >= 0)
        s += QStringLiteral(", KL %1 (p99 %2) nats").arg(q.meanKl, 0, 'f', 4).arg(q.p99Kl, 0, 'f', 4);
    return s;
}
} // namespace

ReportContent buildReportContent(const StudyResult &s)
{
    ReportContent c;
    c.title = QStringLiteral("Pare compression report: %1").arg(s.modelName);
    c.subtitle = QStringLiteral("%1 · %2 · %3").arg(s.format, s.architecture.isEmpty() ? QStringLiteral("unknown architecture") : s.architecture, s.environment.date);

    // The headline: the smallest variant whose quality (or weight error) stays closest.
    const StudyVariant *best = nullptr;
    for (const StudyVariant &v : s.variants) {
        if (!best || v.bytes < best->bytes)
            best = &v;
    }
    if (best) {
        QString quality;
        if (best->quality.measured && best->quality.kind == QLatin1String("language-model") && s.quality.perplexity > 0)
            quality = QStringLiteral("perplexity %1 → %2").arg(s.quality.perplexity, 0, 'f', 3).arg(best->quality.perplexity, 0, 'f', 3);
        else if (best->quality.measured && best->quality.accuracy >= 0 && s.quality.accuracy >= 0)
            quality = QStringLiteral("accuracy %1 % → %2 %").arg(s.quality.accuracy * 100, 0, 'f', 2).arg(best->quality.accuracy * 100, 0, 'f', 2);
        else
            quality = QStringLiteral("weight error %1 %").arg(best->relativeError * 100, 0, 'f', 2);
        c.headline = QStringLiteral("Smallest variant: \"%1\" — %2 → %3 (%4× smaller), %5.")
                         .arg(best->name, fmtBytes(double(s.bytes)), fmtBytes(double(best->bytes)))
                         .arg(double(s.bytes) / double(std::max<std::int64_t>(1, best->bytes)), 0, 'f', 2)
                         .arg(quality);
    }

    c.model.title = QStringLiteral("Model");
    c.model.header = {QStringLiteral("Property"), QStringLiteral("Value")};
    c.model.numeric = {false, false};
    c.model.rows = {
        {QStringLiteral("File"), s.modelPath},
        {QStringLiteral("Format"), s.format},
        {QStringLiteral("SHA-256"), s.sha256},
        {QStringLiteral("Parameters"), fmtCount(double(s.parameters))},
        {QStringLiteral("Size"), fmtBytes(double(s.bytes))},
        {QStringLiteral("MACs per inference"), fmtCount(double(s.macs))},
        {QStringLiteral("Quality"), qualityText(s.quality, true)},
    };

    c.totals.title = QStringLiteral("Totals");
    c.totals.header = {QStringLiteral("Variant"), QStringLiteral("Size"), QStringLiteral("Ratio"), QStringLiteral("MACs"),
                       QStringLiteral("Latency (µs)"), QStringLiteral("Speed-up"), QStringLiteral("Weight error"),
                       QStringLiteral("SQNR (dB)"), QStringLiteral("Quality")};
    c.totals.numeric = {false, true, true, true, true, true, true, true, false};
    c.totals.rows.append({QStringLiteral("Original"), fmtBytes(double(s.bytes)), QStringLiteral("1.00×"), fmtCount(double(s.macs)),
                          opt(s.latencyUs, 1), QStringLiteral("1.00×"), QStringLiteral("0 %"), QStringLiteral("∞"),
                          qualityText(s.quality, true)});
    for (const StudyVariant &v : s.variants) {
        c.totals.rows.append({v.name, fmtBytes(double(v.bytes)),
                              QStringLiteral("%1×").arg(double(s.bytes) / double(std::max<std::int64_t>(1, v.bytes)), 0, 'f', 2),
                              fmtCount(double(v.macs)), opt(v.latencyUs, 1),
                              v.latencyUs > 0 && s.latencyUs > 0 ? QStringLiteral("%1×").arg(s.latencyUs / v.latencyUs, 0, 'f', 2) : QStringLiteral("—"),
                              QStringLiteral("%1 %").arg(v.relativeError * 100, 0, 'f', 2),
                              std::isfinite(v.sqnrDb) ? QString::number(v.sqnrDb, 'f', 1) : QStringLiteral("∞"),
                              qualityText(v.quality, false)});
        c.recipes.append({v.name, QString::fromUtf8(QJsonDocument(v.recipe).toJson(QJsonDocument::Indented)).trimmed()});
        Table t;
        t.title = QStringLiteral("Per layer: %1").arg(v.name);
        t.header = {QStringLiteral("Layer"), QStringLiteral("Method"), QStringLiteral("Bytes before"), QStringLiteral("Bytes after"),
                    QStringLiteral("MACs before"), QStringLiteral("MACs after"), QStringLiteral("µs before"),
                    QStringLiteral("µs after"), QStringLiteral("Error")};
        t.numeric = {false, false, true, true, true, true, true, true, true};
        for (const core::StudyLayer &l : v.layers)
            t.rows.append({l.name, l.method, QString::number(l.originalBytes), QString::number(l.bytes),
                           l.originalMacs < 0 ? QStringLiteral("—") : QString::number(l.originalMacs),
                           l.macs < 0 ? QStringLiteral("—") : QString::number(l.macs), opt(l.originalLatencyUs, 1),
                           opt(l.latencyUs, 1), QStringLiteral("%1 %").arg(l.relativeError * 100, 0, 'f', 2)});
        c.layers.append(t);
        for (const QString &n : v.notes)
            c.notes << QStringLiteral("%1: %2").arg(v.name, n);
    }

    // Charts: per layer, over the layers of the first variant (every variant lists the same).
    if (!s.variants.empty()) {
        const auto &ref = s.variants.front().layers;
        for (const auto &l : ref) {
            c.bytesChart.categories << l.name;
            c.latencyChart.categories << l.name;
            c.errorChart.categories << l.name;
        }
        c.bytesChart.title = QStringLiteral("Size per layer");
        c.bytesChart.yTitle = QStringLiteral("KB");
        c.latencyChart.title = QStringLiteral("Latency per layer (batch 1)");
        c.latencyChart.yTitle = QStringLiteral("µs (median)");
        c.errorChart.title = QStringLiteral("Weight error per layer");
        c.errorChart.yTitle = QStringLiteral("relative Frobenius error (%)");
        SvgSeries origBytes{QStringLiteral("Original"), {}, seriesColor(0)};
        SvgSeries origLatency{QStringLiteral("Original"), {}, seriesColor(0)};
        for (const auto &l : ref) {
            origBytes.values.push_back(double(l.originalBytes) / 1e3);
            origLatency.values.push_back(l.originalLatencyUs);
        }
        c.bytesChart.series.push_back(origBytes);
        c.latencyChart.series.push_back(origLatency);
        int k = 1;
        for (const StudyVariant &v : s.variants) {
            SvgSeries b{v.name, {}, seriesColor(k)}, lat{v.name, {}, seriesColor(k)}, err{v.name, {}, seriesColor(k)};
            for (const auto &l : v.layers) {
                b.values.push_back(double(l.bytes) / 1e3);
                lat.values.push_back(l.latencyUs);
                err.values.push_back(l.relativeError * 100.0);
                c.hasLatency = c.hasLatency || l.latencyUs >= 0;
            }
            c.bytesChart.series.push_back(b);
            c.latencyChart.series.push_back(lat);
            c.errorChart.series.push_back(err);
            ++k;
        }
    }
    // Size against quality: perplexity or accuracy loss where measured, else weight error.
    const bool lm = s.quality.measured && s.quality.kind == QLatin1String("language-model");
    const bool cls = s.quality.measured && s.quality.accuracy >= 0;
    c.tradeoff.title = QStringLiteral("Size against quality");
    c.tradeoff.xTitle = QStringLiteral("size (MB)");
    c.tradeoff.yTitle = lm ? QStringLiteral("perplexity") : cls ? QStringLiteral("accuracy lost (percentage points)")
                                                               : QStringLiteral("relative weight error (%)");
    auto yOf = [&](const StudyQuality &q, double weightError) {
        if (lm)
            return q.perplexity;
        if (cls)
            return std::max(0.0, (s.quality.accuracy - q.accuracy) * 100.0);
        return weightError * 100.0;
    };
    c.tradeoff.points.push_back({QStringLiteral("Original"), double(s.bytes) / 1e6, yOf(s.quality, 0.0)});
    for (const StudyVariant &v : s.variants) {
        const double y = yOf(v.quality, v.relativeError);
        if (y >= 0)
            c.tradeoff.points.push_back({v.name, double(v.bytes) / 1e6, y});
    }

    c.environment.title = QStringLiteral("Environment");
    c.environment.header = {QStringLiteral("Property"), QStringLiteral("Value")};
    c.environment.numeric = {false, false};
    c.environment.rows = {{QStringLiteral("CPU"), s.environment.cpu},
                          {QStringLiteral("CPU features"), s.environment.features.join(QStringLiteral(" "))},
                          {QStringLiteral("Threads"), QString::number(s.environment.threads)},
                          {QStringLiteral("Pare"), s.environment.pareVersion},
                          {QStringLiteral("Date"), s.environment.date}};
    c.notes = s.notes + c.notes;
    return c;
}

} // namespace pare::report
