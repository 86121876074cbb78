// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontent.h"

#include "common/units.h"
#include "service/modelinfo.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace pare::report {

using core::StudyQuality;
using core::StudyResult;
using core::StudyVariant;

QString fmtBytes(double bytes)
{
    return core::formatBytes(bytes, -1, QLocale());
}

QString fmtCount(double n)
{
    return n < 0 ? QCoreApplication::translate("pare::report", "unknown") : core::formatCount(std::int64_t(n), QLocale());
}

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pare::report", text);
}

// A study keeps its budgets as parseBudget reads them ("629.8 kB"); the report writes them in
// its language's notation like every other number.
QString budgetText(const QString &stored)
{
    const auto b = core::parseBudget(stored);
    return b.ok() ? b.value().text(QLocale()) : stored;
}

QString opt(double v, int decimals, const QString &suffix = {})
{
    return v < 0 ? QStringLiteral("—") : QLocale().toString(v, 'f', decimals) + suffix;
}

// A fraction as the columns' percentage, two decimals ("0.0048 %" where those would read 0.00).
QString percentText(double fraction)
{
    return QStringLiteral("%1 %").arg(core::formatPercent(fraction, 2, QLocale()));
}

QString qualityText(const StudyQuality &q, bool original)
{
    if (!q.measured)
        return QStringLiteral("—");
    QStringList parts; // whole phrases, joined by ", "
    if (q.kind == QLatin1String("classifier")) {
        if (q.accuracy >= 0)
            parts << tr("accuracy %1 %").arg(QLocale().toString(q.accuracy * 100, 'f', 2));
        if (!original && q.agreement >= 0)
            parts << tr("agreement %1 %").arg(QLocale().toString(q.agreement * 100, 'f', 1));
        return parts.join(QStringLiteral(", "));
    }
    parts << tr("perplexity %1").arg(QLocale().toString(q.perplexity, 'f', 3));
    if (!original && q.meanKl >= 0)
        // Significant digits, not decimals: int8's KL of 2e-5 read "0.0000" at four decimals.
        parts << tr("KL %1 (p99 %2) nats").arg(core::formatNumber(q.meanKl, 3, QLocale()), core::formatNumber(q.p99Kl, 3, QLocale()));
    return parts.join(QStringLiteral(", "));
}
// The solver comparison's quality figure, as a value and as its name.
QString figureValue(const QString &figure, double v)
{
    if (v < 0)
        return QStringLiteral("—");
    if (figure == QLatin1String("mean_kl"))
        return core::formatNumber(v, 3, QLocale());
    return percentText(v);
}

QString figureTitle(const QString &figure)
{
    if (figure == QLatin1String("mean_kl"))
        return tr("KL (nats, lower is better)");
    if (figure == QLatin1String("accuracy"))
        return tr("Accuracy (higher is better)");
    return tr("Weight error (lower is better)");
}

QString bpwText(double bpw)
{
    return bpw < 0 ? QStringLiteral("—") : QLocale().toString(bpw, 'f', 3);
}

QString verdictText(const QString &verdict)
{
    if (verdict == QLatin1String(core::kVerdictAtLeastAsGood))
        return tr("solver at least as good");
    if (verdict == QLatin1String(core::kVerdictWorse))
        return tr("solver worse");
    if (verdict == QLatin1String(core::kVerdictNoUniform))
        return tr("no uniform recipe within the budget");
    return tr("not measured");
}

void buildSolverSection(const StudyResult &s, ReportContent &c)
{
    const core::StudySolver &sv = s.solver;
    c.hasSolver = true;
    const QString figure = sv.qualityFigure;
    QString how;
    if (figure == QLatin1String("mean_kl"))
        how = tr("the KL divergence of their next-token distributions from the original's, measured end to end");
    else if (figure == QLatin1String("accuracy"))
        how = tr("accuracy, measured end to end");
    else
        how = tr("the relative weight error of the compressed model (quality was not measured end to end)");
    QStringList budgets;
    for (const core::StudyComparison &k : sv.comparisons)
        budgets << budgetText(k.budget);
    const int candidates = int(sv.candidateLayers.size());
    c.solverMethod = QCoreApplication::translate("pare::report",
                                                 "The budget solver chose one option per layer for the %n layer(s) it may "
                                                 "compress, minimizing the damage predicted by a sensitivity sweep at the "
                                                 "%1 level (%2) within the budget (%3); the front is its plan at each size. "
                                                 "Each plan is measured like the other variants and compared with the "
                                                 "uniform recipes that fit the same budget by %4.",
                                                 nullptr, candidates)
                         .arg(sv.level, core::damageUnitText(sv.damageUnit),
                              budgets.isEmpty() ? tr("none measured") : budgets.join(QStringLiteral(", ")), how);

    c.solverComparison.title = tr("Solver plan against the best uniform recipe");
    c.solverComparison.header = {tr("Role"), tr("Variant"), tr("Size"), tr("Bytes"), tr("Bits per weight"),
                                 figureTitle(figure), tr("Verdict")};
    c.solverComparison.numeric = {false, false, true, true, true, true, false};
    for (const core::StudyComparison &k : sv.comparisons) {
        c.solverComparison.rows.append({tr("solver, budget %1").arg(budgetText(k.budget)), k.solver.name, fmtBytes(double(k.solver.bytes)),
                                        QLocale().toString(k.solver.bytes), bpwText(k.solver.bitsPerWeight),
                                        figureValue(figure, k.solver.quality), verdictText(k.verdict)});
        for (std::size_t i = 0; i < k.uniform.size(); ++i) {
            const core::StudyCompared &u = k.uniform[i];
            c.solverComparison.rows.append({tr("uniform"), u.name, fmtBytes(double(u.bytes)), QLocale().toString(u.bytes),
                                            bpwText(u.bitsPerWeight), figureValue(figure, u.quality),
                                            int(i) == k.best ? tr("best uniform") : QString()});
        }
        if (k.verdict == QLatin1String(core::kVerdictNoUniform)) {
            c.solverVerdicts << tr("No uniform recipe fits the budget of the solver's plan \"%1\" (%2): nothing to compare it with.")
                                    .arg(k.solver.name, budgetText(k.budget));
        } else if (k.verdict == QLatin1String(core::kVerdictNotMeasured) || k.best < 0) {
            c.solverVerdicts << tr("The quality of the solver's plan \"%1\" or of the uniform recipes within its budget was not "
                                   "measured: no verdict.").arg(k.solver.name);
        } else {
            const core::StudyCompared &b = k.uniform[std::size_t(k.best)];
            const char *sentence = k.verdict == QLatin1String(core::kVerdictAtLeastAsGood)
                                       ? QT_TRANSLATE_NOOP("pare::report", "The solver's plan \"%1\" (%2) is at least as good as "
                                                                          "the best uniform recipe within its budget, \"%3\" (%4): "
                                                                          "%5 against %6.")
                                       : QT_TRANSLATE_NOOP("pare::report", "The solver's plan \"%1\" (%2) is worse than the best "
                                                                          "uniform recipe within its budget, \"%3\" (%4): %5 "
                                                                          "against %6.");
            c.solverVerdicts << tr(sentence).arg(k.solver.name, fmtBytes(double(k.solver.bytes)), b.name, fmtBytes(double(b.bytes)),
                                                 figureValue(figure, k.solver.quality), figureValue(figure, b.quality));
        }
    }

    const bool latency = sv.budgetKind == QLatin1String("latency");
    c.solverFront.title = sv.latencySource.isEmpty() ? tr("Solver front (predicted)")
                                                     : tr("Solver front (predicted; latency: %1)").arg(sv.latencySource.text());
    c.solverFront.header = {tr("Size"), tr("Bytes"), tr("Bits per weight"), tr("Latency (µs)"),
                            tr("Predicted damage (%1)").arg(core::damageUnitText(sv.damageUnit)), tr("Measured as")};
    c.solverFront.numeric = {true, true, true, true, true, false};
    for (const core::StudyFrontPoint &p : sv.front)
        c.solverFront.rows.append({fmtBytes(double(p.bytes)), QLocale().toString(p.bytes), bpwText(p.bitsPerWeight),
                                   opt(p.latencyUs, 1), core::formatScientific(p.damage, 3, QLocale()), p.variant}); // one notation down the column

    c.frontChart.title = tr("Budget solver: predicted damage against %1").arg(latency ? tr("latency") : tr("size"));
    c.frontChart.xTitle = latency ? tr("summed layer latency (µs, %1)").arg(sv.latencySource.text()) : tr("model size (MB)");
    // Two lines: the unit is long. The axis turns logarithmic when damage spans decades.
    c.frontChart.yTitle = tr("predicted damage, %1 level").arg(sv.level) + QLatin1Char('\n') + core::damageUnitText(sv.damageUnit);
    auto xOf = [latency](std::int64_t bytes, double us) { return latency ? us : double(bytes) / 1e6; };
    for (const core::StudyFrontPoint &p : sv.front) {
        if (latency && p.latencyUs < 0)
            continue;
        c.frontChart.front.push_back({QString(), xOf(p.bytes, p.latencyUs), p.damage});
        if (!p.variant.isEmpty())
            c.frontChart.solver.push_back({p.variant, xOf(p.bytes, p.latencyUs), p.damage});
    }
    if (!latency)
        for (const StudyVariant &v : s.variants)
            if (v.role == QLatin1String(core::kRoleUniform))
                c.frontChart.uniform.push_back({v.name, double(v.bytes) / 1e6, 0.0});
}
} // namespace

ReportContent buildReportContent(const StudyResult &s)
{
    ReportContent c;
    c.title = tr("Pare compression report: %1").arg(s.modelName);
    c.subtitle = QStringLiteral("%1 · %2 · %3").arg(s.format, s.architecture.isEmpty() ? tr("unknown architecture") : s.architecture, s.environment.date);

    // The headline: the smallest variant whose quality (or weight error) stays closest.
    const StudyVariant *best = nullptr;
    for (const StudyVariant &v : s.variants) {
        if (!best || v.bytes < best->bytes)
            best = &v;
    }
    if (best) {
        QString quality;
        if (best->quality.measured && best->quality.kind == QLatin1String("language-model") && s.quality.perplexity > 0)
            quality = tr("perplexity %1 → %2").arg(QLocale().toString(s.quality.perplexity, 'f', 3)).arg(QLocale().toString(best->quality.perplexity, 'f', 3));
        else if (best->quality.measured && best->quality.accuracy >= 0 && s.quality.accuracy >= 0)
            quality = tr("accuracy %1 % → %2 %").arg(QLocale().toString(s.quality.accuracy * 100, 'f', 2)).arg(QLocale().toString(best->quality.accuracy * 100, 'f', 2));
        else
            quality = tr("weight error %1 %").arg(core::formatPercent(best->relativeError, 2, QLocale()));
        c.headline = tr("Smallest variant: \"%1\" — %2 → %3 (%4× smaller), %5.")
                         .arg(best->name, fmtBytes(double(s.bytes)), fmtBytes(double(best->bytes)),
                              QLocale().toString(double(s.bytes) / double(std::max<std::int64_t>(1, best->bytes)), 'f', 2),
                              quality);
    }

    c.model.title = tr("Model");
    c.model.header = {tr("Property"), tr("Value")};
    c.model.numeric = {false, false};
    c.model.rows = {
        {tr("File"), s.modelPath},
        {tr("Format"), s.format},
        {QStringLiteral("SHA-256"), s.sha256},
        {tr("Parameters"), fmtCount(double(s.parameters))},
        {tr("Size"), fmtBytes(double(s.bytes))},
        {tr("MACs per inference"), fmtCount(double(s.macs))},
        {tr("Quality"), qualityText(s.quality, true)},
    };

    c.totals.title = tr("Totals");
    c.totals.header = {tr("Variant"), tr("Size"), tr("Ratio"), tr("MACs"),
                       tr("Latency (µs)"), tr("Speed-up"), tr("Weight error"),
                       tr("SQNR (dB)"), tr("Quality")};
    c.totals.numeric = {false, true, true, true, true, true, true, true, false};
    const QString one = QLocale().toString(1.0, 'f', 2) + QStringLiteral("×");
    c.totals.rows.append({tr("Original"), fmtBytes(double(s.bytes)), one, fmtCount(double(s.macs)),
                          opt(s.latencyUs, 1), one, QStringLiteral("0 %"), QStringLiteral("∞"),
                          qualityText(s.quality, true)});
    for (const StudyVariant &v : s.variants) {
        c.totals.rows.append({v.name, fmtBytes(double(v.bytes)),
                              QStringLiteral("%1×").arg(QLocale().toString(double(s.bytes) / double(std::max<std::int64_t>(1, v.bytes)), 'f', 2)),
                              fmtCount(double(v.macs)), opt(v.latencyUs, 1),
                              v.latencyUs > 0 && s.latencyUs > 0 ? QStringLiteral("%1×").arg(QLocale().toString(s.latencyUs / v.latencyUs, 'f', 2)) : QStringLiteral("—"),
                              percentText(v.relativeError),
                              std::isfinite(v.sqnrDb) ? QLocale().toString(v.sqnrDb, 'f', 1) : QStringLiteral("∞"),
                              qualityText(v.quality, false)});
        c.recipes.append({v.name, QString::fromUtf8(QJsonDocument(v.recipe).toJson(QJsonDocument::Indented)).trimmed()});
        Table t;
        t.title = tr("Per layer: %1").arg(v.name);
        t.header = {tr("Layer"), tr("Method"), tr("Bytes before"), tr("Bytes after"),
                    tr("MACs before"), tr("MACs after"), tr("µs before"),
                    tr("µs after"), tr("Error")};
        t.numeric = {false, false, true, true, true, true, true, true, true};
        for (const core::StudyLayer &l : v.layers)
            t.rows.append({l.name, l.method, QLocale().toString(l.originalBytes), QLocale().toString(l.bytes),
                           l.originalMacs < 0 ? QStringLiteral("—") : QLocale().toString(l.originalMacs),
                           l.macs < 0 ? QStringLiteral("—") : QLocale().toString(l.macs), opt(l.originalLatencyUs, 1),
                           opt(l.latencyUs, 1), percentText(l.relativeError)});
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
        c.bytesChart.title = tr("Size per layer");
        c.bytesChart.yTitle = tr("kB");
        c.latencyChart.title = tr("Latency per layer (batch 1)");
        c.latencyChart.yTitle = tr("µs (median)");
        c.errorChart.title = tr("Weight error per layer");
        c.errorChart.yTitle = tr("relative Frobenius error (%)");
        SvgSeries origBytes{tr("Original"), {}, seriesColor(0)};
        SvgSeries origLatency{tr("Original"), {}, seriesColor(0)};
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
    c.tradeoff.title = tr("Size against quality");
    c.tradeoff.xTitle = tr("size (MB)");
    c.tradeoff.yTitle = lm ? tr("perplexity") : cls ? tr("accuracy lost (percentage points)")
                                                               : tr("relative weight error (%)");
    auto yOf = [&](const StudyQuality &q, double weightError) {
        if (lm)
            return q.perplexity;
        if (cls)
            return std::max(0.0, (s.quality.accuracy - q.accuracy) * 100.0);
        return weightError * 100.0;
    };
    c.tradeoff.points.push_back({tr("Original"), double(s.bytes) / 1e6, yOf(s.quality, 0.0)});
    for (const StudyVariant &v : s.variants) {
        const double y = yOf(v.quality, v.relativeError);
        if (y >= 0)
            c.tradeoff.points.push_back({v.name, double(v.bytes) / 1e6, y});
    }

    c.environment.title = tr("Environment");
    c.environment.header = {tr("Property"), tr("Value")};
    c.environment.numeric = {false, false};
    c.environment.rows = {{tr("CPU"), s.environment.cpu},
                          {tr("CPU features"), s.environment.features.join(QStringLiteral(" "))},
                          {tr("Threads"), QString::number(s.environment.threads)},
                          {QStringLiteral("Pare"), s.environment.pareVersion},
                          {tr("Date"), s.environment.date}};
    c.notes = s.notes + c.notes;
    if (s.solver.present())
        buildSolverSection(s, c);
    return c;
}

} // namespace pare::report
