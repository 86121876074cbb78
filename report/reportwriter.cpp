// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "common/atomicfile.h"
#include "reportcontent.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <cmath>

namespace pare::report {

using core::Error;
using core::ErrorCode;
using core::Result;

Result<ReportFormat> formatFromPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("html") || ext == QLatin1String("htm"))
        return ReportFormat::Html;
    if (ext == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (ext == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (ext == QLatin1String("json"))
        return ReportFormat::Json;
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    return Error{ErrorCode::InvalidArgument,
                 QCoreApplication::translate("pare::report", "%1: unknown report format '.%2' (use .html, .pdf, .csv, .json or .md)").arg(path, ext)};
}

QString formatName(ReportFormat f)
{
    switch (f) {
    case ReportFormat::Html: return QStringLiteral("HTML");
    case ReportFormat::Pdf: return QStringLiteral("PDF");
    case ReportFormat::Csv: return QStringLiteral("CSV");
    case ReportFormat::Json: return QStringLiteral("JSON");
    case ReportFormat::Markdown: return QStringLiteral("Markdown");
    }
    return {};
}

namespace {
QString htmlTable(const Table &t)
{
    QString h = QStringLiteral("<h2>%1</h2><div class=\"scroll\"><table><thead><tr>").arg(t.title.toHtmlEscaped());
    for (int i = 0; i < t.header.size(); ++i)
        h += QStringLiteral("<th%1>%2</th>").arg(t.numeric.value(i) ? QStringLiteral(" class=\"n\"") : QString(), t.header[i].toHtmlEscaped());
    h += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : t.rows) {
        h += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            h += QStringLiteral("<td%1>%2</td>").arg(t.numeric.value(i) ? QStringLiteral(" class=\"n\"") : QString(), row[i].toHtmlEscaped());
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</tbody></table></div>");
}

QString mdCell(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString mdTable(const Table &t)
{
    QString m = QStringLiteral("## %1\n\n|").arg(t.title);
    for (const QString &h : t.header)
        m += QLatin1Char(' ') + mdCell(h) + QStringLiteral(" |");
    m += QStringLiteral("\n|");
    for (int i = 0; i < t.header.size(); ++i)
        m += t.numeric.value(i) ? QStringLiteral("---:|") : QStringLiteral("---|");
    m += QLatin1Char('\n');
    for (const QStringList &row : t.rows) {
        m += QLatin1Char('|');
        for (const QString &c : row)
            m += QLatin1Char(' ') + mdCell(c) + QStringLiteral(" |");
        m += QLatin1Char('\n');
    }
    return m + QLatin1Char('\n');
}

QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

QString num(double v)
{
    return v < 0 ? QString() : QString::number(v, 'g', 10);
}

QString solverTitle()
{
    return QCoreApplication::translate("pare::report", "Budget solver");
}
} // namespace

QByteArray renderHtml(const core::StudyResult &study)
{
    const ReportContent c = buildReportContent(study);
    QString h = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
        "<meta name=\"generator\" content=\"Pare %1\"/><title>%2</title><style>"
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1000px;margin:0 auto;padding:1em;color:#222;line-height:1.4}"
        "h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}"
        ".sub{color:#666}.headline{font-size:1.1em;background:#f3f8fc;border-left:4px solid #0072b2;padding:.6em .8em}"
        "table{border-collapse:collapse;width:100%;font-size:.9em}th,td{padding:.25em .5em;border-bottom:1px solid #eee;text-align:left}"
        "th{background:#fafafa}.n{text-align:right;font-variant-numeric:tabular-nums}.scroll{overflow-x:auto}"
        "svg{max-width:100%;height:auto}pre{background:#f7f7f7;padding:.6em;overflow-x:auto;font-size:.85em}"
        "@media print{.scroll{overflow:visible}h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}}"
        "</style></head><body>\n")
                    .arg(study.environment.pareVersion, c.title.toHtmlEscaped());
    h += QStringLiteral("<h1>%1</h1><p class=\"sub\">%2</p>").arg(c.title.toHtmlEscaped(), c.subtitle.toHtmlEscaped());
    if (!c.headline.isEmpty())
        h += QStringLiteral("<p class=\"headline\">%1</p>").arg(c.headline.toHtmlEscaped());
    h += htmlTable(c.totals);
    if (c.hasSolver) {
        h += QStringLiteral("<h2 id=\"solver\">%1</h2><p>%2</p>").arg(solverTitle().toHtmlEscaped(), c.solverMethod.toHtmlEscaped());
        for (const QString &v : c.solverVerdicts)
            h += QStringLiteral("<p class=\"headline\">%1</p>").arg(v.toHtmlEscaped());
        h += frontSvg(c.frontChart);
        h += htmlTable(c.solverComparison);
        // The front's points, folded: a long table of predictions.
        h += QStringLiteral("<details><summary>%1</summary>%2</details>")
                 .arg(QCoreApplication::translate("pare::report", "The front's %n plans", nullptr, int(c.solverFront.rows.size())).toHtmlEscaped(),
                      htmlTable(c.solverFront));
    }
    h += QStringLiteral("<h2>%1</h2>").arg(QCoreApplication::translate("pare::report", "Charts").toHtmlEscaped());
    h += scatterSvg(c.tradeoff);
    h += barChartSvg(c.bytesChart);
    if (c.hasLatency)
        h += barChartSvg(c.latencyChart);
    h += barChartSvg(c.errorChart);
    h += htmlTable(c.model);
    h += QStringLiteral("<h2>%1</h2>").arg(QCoreApplication::translate("pare::report", "Recipes").toHtmlEscaped());
    for (const auto &[name, json] : c.recipes)
        h += QStringLiteral("<h3>%1</h3><pre>%2</pre>").arg(name.toHtmlEscaped(), json.toHtmlEscaped());
    for (const Table &t : c.layers)
        h += htmlTable(t);
    h += htmlTable(c.environment);
    if (!c.notes.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(QCoreApplication::translate("pare::report", "Notes").toHtmlEscaped());
        for (const QString &n : c.notes)
            h += QStringLiteral("<li>%1</li>").arg(n.toHtmlEscaped());
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

QByteArray renderMarkdown(const core::StudyResult &study)
{
    const ReportContent c = buildReportContent(study);
    QString m = QStringLiteral("# %1\n\n_%2_\n\n").arg(c.title, c.subtitle);
    if (!c.headline.isEmpty())
        m += QStringLiteral("**%1**\n\n").arg(c.headline);
    m += mdTable(c.totals);
    if (c.hasSolver) {
        m += QStringLiteral("## %1\n\n%2\n\n").arg(solverTitle(), c.solverMethod);
        for (const QString &v : c.solverVerdicts)
            m += QStringLiteral("**%1**\n\n").arg(v);
        m += QLatin1Char('#') + mdTable(c.solverComparison); // a subsection: "### Title"
        m += QLatin1Char('#') + mdTable(c.solverFront);
    }
    m += mdTable(c.model);
    m += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("pare::report", "Recipes"));
    for (const auto &[name, json] : c.recipes)
        m += QStringLiteral("**%1**\n\n```json\n%2\n```\n\n").arg(name, json);
    for (const Table &t : c.layers)
        m += mdTable(t);
    m += mdTable(c.environment);
    if (!c.notes.isEmpty()) {
        m += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("pare::report", "Notes"));
        for (const QString &n : c.notes)
            m += QStringLiteral("- %1\n").arg(n);
    }
    return m.toUtf8();
}

// One file, a `section` column first: "total" rows (one per variant, the original first) and
// "layer" rows (one per layer and variant). Numbers are plain (bytes, MACs, µs, fractions).
// When the study ran the budget solver, six columns follow (role, budget, bits_per_weight,
// damage, verdict, best_uniform) and two sections: "front" rows (the solver's front: bytes,
// latency_us, bits_per_weight, predicted damage; `variant` names the measured plan at a point)
// and "comparison" rows (one per solver plan and uniform recipe within its budget, with the
// verdict on the solver's row and best_uniform naming the best uniform recipe).
QByteArray renderCsv(const core::StudyResult &s)
{
    const bool solver = s.solver.present();
    QString out = QStringLiteral("section,variant,layer,method,original_bytes,bytes,original_macs,macs,"
                                 "original_latency_us,latency_us,relative_error,sqnr_db,perplexity,mean_kl,accuracy");
    out += solver ? QStringLiteral(",role,budget,bits_per_weight,damage,verdict,best_uniform\n") : QStringLiteral("\n");
    const int extra = solver ? 6 : 0;
    auto row = [&out, extra](QStringList fields, const QStringList &more = {}) {
        if (extra > 0) {
            fields += more;
            while (fields.size() < 15 + extra)
                fields << QString();
        }
        QStringList f;
        for (const QString &x : fields)
            f << csvField(x);
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    QHash<QString, const core::StudyVariant *> byName;
    for (const core::StudyVariant &v : s.variants)
        byName.insert(v.name, &v);
    row({QStringLiteral("total"), QStringLiteral("Original"), QString(), QString(), QString::number(s.bytes),
         QString::number(s.bytes), QString::number(s.macs), QString::number(s.macs), num(s.latencyUs), num(s.latencyUs),
         QStringLiteral("0"), QString(), num(s.quality.perplexity), QString(), num(s.quality.accuracy)});
    for (const core::StudyVariant &v : s.variants)
        row({QStringLiteral("total"), v.name, QString(), QString(), QString::number(s.bytes), QString::number(v.bytes),
             QString::number(s.macs), QString::number(v.macs), num(s.latencyUs), num(v.latencyUs),
             QString::number(v.relativeError, 'g', 10), std::isfinite(v.sqnrDb) ? QString::number(v.sqnrDb, 'g', 10) : QString(),
             num(v.quality.perplexity), num(v.quality.meanKl), num(v.quality.accuracy)},
            {v.role, v.budget});
    for (const core::StudyVariant &v : s.variants)
        for (const core::StudyLayer &l : v.layers)
            row({QStringLiteral("layer"), v.name, l.name, l.method, QString::number(l.originalBytes), QString::number(l.bytes),
                 l.originalMacs < 0 ? QString() : QString::number(l.originalMacs), l.macs < 0 ? QString() : QString::number(l.macs),
                 num(l.originalLatencyUs), num(l.latencyUs), QString::number(l.relativeError, 'g', 10),
                 std::isfinite(l.sqnrDb) ? QString::number(l.sqnrDb, 'g', 10) : QString(), QString(), QString(), QString()});
    if (!solver)
        return out.toUtf8();
    for (const core::StudyFrontPoint &p : s.solver.front)
        row({QStringLiteral("front"), p.variant, QString(), QString(), QString::number(s.bytes), QString::number(p.bytes),
             QString(), QString(), QString(), num(p.latencyUs), QString(), QString(), QString(), QString(), QString()},
            {p.variant.isEmpty() ? QString() : QLatin1String(core::kRoleSolver), QString(),
             QString::number(p.bitsPerWeight, 'g', 10), QString::number(p.damage, 'g', 10)});
    auto compared = [&](const core::StudyCompared &c, const QString &role, const QString &budget, const QString &verdict,
                        const QString &best) {
        const core::StudyVariant *v = byName.value(c.name);
        row({QStringLiteral("comparison"), c.name, QString(), QString(), QString::number(s.bytes), QString::number(c.bytes),
             QString(), QString(), QString(), QString(), v ? QString::number(v->relativeError, 'g', 10) : QString(), QString(),
             v ? num(v->quality.perplexity) : QString(), v ? num(v->quality.meanKl) : QString(),
             v ? num(v->quality.accuracy) : QString()},
            {role, budget, num(c.bitsPerWeight), QString(), verdict, best});
    };
    for (const core::StudyComparison &k : s.solver.comparisons) {
        const QString best = k.best >= 0 ? k.uniform[std::size_t(k.best)].name : QString();
        compared(k.solver, QLatin1String(core::kRoleSolver), k.budget, k.verdict, best);
        for (const core::StudyCompared &u : k.uniform)
            compared(u, QLatin1String(core::kRoleUniform), QString(), QString(), QString());
    }
    return out.toUtf8();
}

QByteArray renderJson(const core::StudyResult &study)
{
    return QJsonDocument(study.toJson()).toJson(QJsonDocument::Indented);
}

Result<QByteArray> renderReport(const core::StudyResult &study, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return renderHtml(study);
    case ReportFormat::Markdown: return renderMarkdown(study);
    case ReportFormat::Csv: return renderCsv(study);
    case ReportFormat::Json: return renderJson(study);
    case ReportFormat::Pdf: return renderPdf(study);
    }
    return Error{ErrorCode::Internal, QCoreApplication::translate("pare::report", "unknown report format")};
}

Result<void> writeReport(const core::StudyResult &study, const QString &path, bool overwrite)
{
    auto format = formatFromPath(path);
    if (!format.ok())
        return format.error();
    if (!overwrite && QFileInfo::exists(path))
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::report", "%1: already exists (use --force to replace it)").arg(path)};
    auto bytes = renderReport(study, *format);
    if (!bytes.ok())
        return bytes.error();
    return core::writeFileAtomically(path, bytes.value());
}

} // namespace pare::report
