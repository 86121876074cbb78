// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF: charts drawn as vectors from the same SVG as the HTML, tables laid out by
// QTextDocument and split across pages, a page number on every page.
#include "reportcontent.h"
#include "reportwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>

namespace pare::report {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {
constexpr int kDpi = 96; // one unit = one CSS pixel, as in the SVG charts

QString tableHtml(const Table &t)
{
    QString h = QStringLiteral("<h3>%1</h3><table border=\"0\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>")
                    .arg(t.title.toHtmlEscaped());
    for (int i = 0; i < t.header.size(); ++i)
        h += QStringLiteral("<th align=\"%1\" bgcolor=\"#eeeeee\">%2</th>")
                 .arg(t.numeric.value(i) ? QStringLiteral("right") : QStringLiteral("left"), t.header[i].toHtmlEscaped());
    h += QStringLiteral("</tr></thead>");
    bool odd = false;
    for (const QStringList &row : t.rows) {
        h += odd ? QStringLiteral("<tr bgcolor=\"#f8f8f8\">") : QStringLiteral("<tr>");
        odd = !odd;
        for (int i = 0; i < row.size(); ++i)
            h += QStringLiteral("<td align=\"%1\">%2</td>")
                     .arg(t.numeric.value(i) ? QStringLiteral("right") : QStringLiteral("left"), row[i].toHtmlEscaped());
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

void drawSvg(QPainter &p, const QString &svg, const QRectF &target)
{
    QSvgRenderer renderer(svg.toUtf8());
    renderer.render(&p, target);
}

void footer(QPainter &p, const QRectF &page, int number, int total, const QString &title)
{
    p.save();
    QFont f = p.font();
    f.setPixelSize(10);
    p.setFont(f);
    p.setPen(QColor(110, 110, 110));
    const QRectF band(page.left(), page.bottom() - 16, page.width(), 16);
    p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, title);
    p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, QCoreApplication::translate("pare::report", "Page %1 of %2").arg(number).arg(total));
    p.restore();
}
} // namespace

Result<QByteArray> renderPdf(const core::StudyResult &study)
{
    const ReportContent c = buildReportContent(study);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter));
    pdf.setTitle(c.title);
    pdf.setCreator(QStringLiteral("Pare %1").arg(study.environment.pareVersion));
    const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    const QRectF body = page.adjusted(0, 0, 0, -22); // room for the footer

    // Everything after the charts, laid out once so the page count is known up front.
    QString rest = QStringLiteral("<html><body style=\"font-size:9pt\">");
    if (c.hasSolver)
        rest += tableHtml(c.solverFront);
    rest += tableHtml(c.model);
    rest += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("pare::report", "Recipes").toHtmlEscaped());
    for (const auto &[name, json] : c.recipes)
        rest += QStringLiteral("<p><b>%1</b></p><pre style=\"font-size:8pt\">%2</pre>").arg(name.toHtmlEscaped(), json.toHtmlEscaped());
    for (const Table &t : c.layers)
        rest += tableHtml(t);
    rest += tableHtml(c.environment);
    if (!c.notes.isEmpty()) {
        rest += QStringLiteral("<h3>%1</h3><ul>").arg(QCoreApplication::translate("pare::report", "Notes").toHtmlEscaped());
        for (const QString &n : c.notes)
            rest += QStringLiteral("<li>%1</li>").arg(n.toHtmlEscaped());
        rest += QStringLiteral("</ul>");
    }
    rest += QStringLiteral("</body></html>");
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setPageSize(body.size());
    doc.setHtml(rest);
    const int restPages = doc.pageCount();
    const int solverPages = c.hasSolver ? 1 : 0;
    const int total = 2 + solverPages + restPages;

    QPainter p;
    if (!p.begin(&pdf))
        return Error{ErrorCode::Internal, QCoreApplication::translate("pare::report", "cannot start the PDF writer")};

    // Page 1: what a reader should grasp first — the headline, the totals, the trade-off.
    QTextDocument first;
    first.setDocumentMargin(0);
    first.setTextWidth(body.width());
    first.setHtml(QStringLiteral("<html><body style=\"font-size:9pt\"><h1 style=\"font-size:17pt\">%1</h1>"
                                 "<p style=\"color:#666666\">%2</p><p style=\"font-size:11pt\"><b>%3</b></p>%4</body></html>")
                      .arg(c.title.toHtmlEscaped(), c.subtitle.toHtmlEscaped(), c.headline.toHtmlEscaped(), tableHtml(c.totals)));
    first.drawContents(&p, body);
    const double used = first.size().height() + 16;
    const double chartH = std::min(body.height() - used, body.width() * 320.0 / 760.0);
    drawSvg(p, scatterSvg(c.tradeoff), QRectF(body.left(), used, body.width(), chartH));
    footer(p, page, 1, total, c.title);

    // The budget solver: the method, the verdicts, the front and the side-by-side table.
    if (c.hasSolver) {
        pdf.newPage();
        QString verdicts;
        for (const QString &v : c.solverVerdicts)
            verdicts += QStringLiteral("<p style=\"font-size:10pt\"><b>%1</b></p>").arg(v.toHtmlEscaped());
        QTextDocument head;
        head.setDocumentMargin(0);
        head.setTextWidth(body.width());
        head.setHtml(QStringLiteral("<html><body style=\"font-size:9pt\"><h2 style=\"font-size:14pt\">%1</h2><p>%2</p>%3</body></html>")
                         .arg(QCoreApplication::translate("pare::report", "Budget solver").toHtmlEscaped(),
                              c.solverMethod.toHtmlEscaped(), verdicts));
        head.drawContents(&p, body);
        double top = head.size().height() + 8;
        const double frontH = std::min(body.height() * 0.45, body.width() * 340.0 / 760.0);
        drawSvg(p, frontSvg(c.frontChart), QRectF(body.left(), top, body.width(), frontH));
        top += frontH + 8;
        QTextDocument table;
        table.setDocumentMargin(0);
        table.setTextWidth(body.width());
        table.setHtml(QStringLiteral("<html><body style=\"font-size:9pt\">%1</body></html>").arg(tableHtml(c.solverComparison)));
        p.save();
        p.translate(0, top);
        table.drawContents(&p, QRectF(0, 0, body.width(), body.height() - top));
        p.restore();
        footer(p, page, 2, total, c.title);
    }

    // Page 2: the per-layer charts.
    pdf.newPage();
    const int charts = c.hasLatency ? 3 : 2;
    const double each = std::min(body.height() / charts, body.width() * 340.0 / 760.0);
    double y = 0;
    drawSvg(p, barChartSvg(c.bytesChart), QRectF(body.left(), y, body.width(), each));
    y += each;
    if (c.hasLatency) {
        drawSvg(p, barChartSvg(c.latencyChart), QRectF(body.left(), y, body.width(), each));
        y += each;
    }
    drawSvg(p, barChartSvg(c.errorChart), QRectF(body.left(), y, body.width(), each));
    footer(p, page, 2 + solverPages, total, c.title);

    // The tables, page by page.
    for (int i = 0; i < restPages; ++i) {
        pdf.newPage();
        p.save();
        p.translate(0, -i * body.height());
        doc.drawContents(&p, QRectF(0, i * body.height(), body.width(), body.height()));
        p.restore();
        footer(p, page, 3 + solverPages + i, total, c.title);
    }
    p.end();
    return bytes;
}

} // namespace pare::report
