// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgcharts.h"

#include "common/units.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace pare::report {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A "nice" axis maximum and step: 1, 2, 2.5 or 5 × 10^k.
std::pair<double, double> niceAxis(double top, int ticks = 5)
{
    if (!(top > 0))
        return {1.0, 0.2};
    const double raw = top / ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * mag;
        if (step >= raw)
            break;
    }
    return {step * std::ceil(top / step - 1e-9), step};
}

QString num(double v)
{
    if (v == 0)
        return QStringLiteral("0");
    // Whole ticks in full ("1,000", not "1e+03"); others with three significant digits.
    if (std::abs(v) >= 1 && std::abs(v) < 1e9 && v == std::round(v))
        return QLocale().toString(qint64(v));
    return core::formatNumber(v, 3, QLocale());
}

QString header(int w, int h, const QString &title)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                          "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\" role=\"img\">"
                          "<title>%3</title><rect width=\"%1\" height=\"%2\" fill=\"white\"/>"
                          "<text x=\"%4\" y=\"18\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">%3</text>")
        .arg(w).arg(h).arg(esc(title)).arg(w / 2);
}
// A nice axis over [lo, hi]: its start, end and step.
struct Axis
{
    double lo, hi, step;
};
Axis niceRange(double lo, double hi, int ticks = 5)
{
    if (!(hi > lo)) {
        const double pad = std::max(std::abs(hi) * 0.1, 1e-9);
        lo -= pad;
        hi += pad;
    }
    const double step = niceAxis(hi - lo, ticks).second;
    return {std::floor(lo / step + 1e-9) * step, std::ceil(hi / step - 1e-9) * step, step};
}

// Where a text label sits, to keep labels apart.
struct Box
{
    double x0, y0, x1, y1;
    bool hits(const Box &o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// The length of a 10 px label: DejaVu Sans averages about 0.58 em per character.
double labelLength(const QString &text)
{
    return 4 + 5.8 * double(text.size());
}
} // namespace

QString seriesColor(int index)
{
    static const char *const colors[] = {"#7f8c8d", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#f0e442"};
    return QLatin1String(colors[std::size_t(index) % 8]);
}

QString barChartSvg(const SvgBarChart &c, int w, int h)
{
    const int left = 64, right = 12, top = 30, labelH = 96;
    // The legend wraps onto more rows when the series' names do not fit one.
    std::vector<std::pair<double, int>> legendAt; // per series: x and row
    {
        double x = left;
        int row = 0;
        for (const SvgSeries &s : c.series) {
            const double width = 24 + 6.5 * double(s.name.size());
            if (x > left && x + width > w - right) {
                x = left;
                ++row;
            }
            legendAt.emplace_back(x, row);
            x += width;
        }
    }
    const int legendRows = legendAt.empty() ? 1 : legendAt.back().second + 1;
    const int legendH = 24 + 14 * (legendRows - 1);
    const int plotW = w - left - right, plotH = h - top - labelH - legendH;
    double maxV = 0;
    for (const SvgSeries &s : c.series)
        for (double v : s.values)
            maxV = std::max(maxV, v);
    const auto [axisMax, step] = niceAxis(maxV);
    QString svg = header(w, h, c.title);
    // Grid and y labels.
    for (double t = 0; t <= axisMax + step * 0.5; t += step) {
        const double y = top + plotH - plotH * (t / axisMax);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#ddd\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>")
                   .arg(left).arg(y, 0, 'f', 1).arg(left + plotW).arg(left - 4).arg(y + 4, 0, 'f', 1).arg(num(t));
    }
    svg += QStringLiteral("<text transform=\"translate(14 %1) rotate(-90)\" text-anchor=\"middle\">%2</text>")
               .arg(top + plotH / 2).arg(esc(c.yTitle));
    const int n = int(c.categories.size());
    const int k = std::max<int>(1, int(c.series.size()));
    const double slot = n > 0 ? double(plotW) / n : plotW;
    const double barW = std::max(1.0, slot * 0.8 / k);
    for (int i = 0; i < n; ++i) {
        const double x0 = left + slot * i + slot * 0.1;
        for (int s = 0; s < k && s < int(c.series.size()); ++s) {
            const auto &vals = c.series[std::size_t(s)].values;
            if (std::size_t(i) >= vals.size() || vals[std::size_t(i)] < 0)
                continue;
            const double v = vals[std::size_t(i)];
            const double bh = plotH * (v / axisMax);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"><title>%6: %7</title></rect>")
                       .arg(x0 + barW * s, 0, 'f', 1).arg(top + plotH - bh, 0, 'f', 1).arg(barW, 0, 'f', 1)
                       .arg(bh, 0, 'f', 1).arg(c.series[std::size_t(s)].color.isEmpty() ? seriesColor(s) : c.series[std::size_t(s)].color)
                       .arg(esc(c.categories[i]), num(v));
        }
        QString label = c.categories[i];
        if (label.size() > 22)
            label = QStringLiteral("…") + label.right(21);
        const double cx = left + slot * i + slot / 2;
        svg += QStringLiteral("<text transform=\"translate(%1 %2) rotate(-45)\" text-anchor=\"end\" font-size=\"9\">%3</text>")
                   .arg(cx, 0, 'f', 1).arg(top + plotH + 12).arg(esc(label));
    }
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#333\"/>").arg(left).arg(top + plotH).arg(left + plotW);
    // Legend.
    for (int s = 0; s < int(c.series.size()); ++s) {
        const QString color = c.series[std::size_t(s)].color.isEmpty() ? seriesColor(s) : c.series[std::size_t(s)].color;
        const double lx = legendAt[std::size_t(s)].first;
        const int ly = h - 8 - 14 * (legendRows - 1 - legendAt[std::size_t(s)].second);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/><text x=\"%4\" y=\"%5\">%6</text>")
                   .arg(lx, 0, 'f', 1).arg(ly - 9).arg(color).arg(lx + 14, 0, 'f', 1).arg(ly).arg(esc(c.series[std::size_t(s)].name));
    }
    return svg + QStringLiteral("</svg>");
}

QString frontSvg(const SvgFront &c, int w, int h)
{
    const QStringList yLines = c.yTitle.split(QLatin1Char('\n'));
    const int left = 56 + 14 * int(yLines.size()), right = 20, top = 30, bottom = 44;
    const int plotW = w - left - right, plotH = h - top - bottom;
    double minX = std::numeric_limits<double>::infinity(), maxX = -minX, maxY = 0;
    for (const auto *set : {&c.front, &c.solver, &c.uniform})
        for (const SvgPoint &p : *set) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
        }
    for (const auto *set : {&c.front, &c.solver})
        for (const SvgPoint &p : *set)
            maxY = std::max(maxY, p.y);
    if (!std::isfinite(minX)) {
        minX = 0;
        maxX = 1;
    }
    const double padX = (maxX - minX) * 0.04;
    const Axis ax = niceRange(std::max(0.0, minX - padX), maxX + padX);
    // Damage spans decades (the cheapest plan against near-lossless ones): a log axis when the
    // positive values differ by more than 100×; zero damage sits on the axis floor.
    double minPos = std::numeric_limits<double>::infinity();
    for (const auto *set : {&c.front, &c.solver})
        for (const SvgPoint &p : *set)
            if (p.y > 0)
                minPos = std::min(minPos, p.y);
    const bool logY = std::isfinite(minPos) && maxY / minPos > 100.0;
    const double d0 = logY ? std::floor(std::log10(minPos)) : 0.0, d1 = logY ? std::ceil(std::log10(maxY)) : 0.0;
    // Plain variables, not a structured binding: clang before 16 cannot capture those in lambdas.
    const std::pair<double, double> yAxis = logY ? std::pair{d1, std::ceil((d1 - d0) / 8.0)}
                                                 : niceAxis(maxY * 1.05);
    const double ay = yAxis.first, sy = yAxis.second;
    auto px = [&](double x) { return left + plotW * ((x - ax.lo) / (ax.hi - ax.lo)); };
    auto py = [&](double y) {
        if (logY)
            return top + plotH - plotH * ((y > 0 ? std::max(std::log10(y), d0) : d0) - d0) / (d1 - d0);
        return top + plotH - plotH * (y / ay);
    };
    QString svg = header(w, h, c.title);
    for (double t = ax.lo; t <= ax.hi + ax.step * 0.5; t += ax.step)
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#eee\"/><text x=\"%1\" y=\"%4\" text-anchor=\"middle\">%5</text>")
                   .arg(px(t), 0, 'f', 1).arg(top).arg(top + plotH).arg(top + plotH + 14).arg(num(t));
    for (double t = logY ? d0 : 0.0; t <= ay + sy * 0.5; t += sy) {
        const double v = logY ? std::pow(10.0, t) : t;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#eee\"/><text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>")
                   .arg(left).arg(py(v), 0, 'f', 1).arg(left + plotW).arg(left - 4).arg(py(v) + 4, 0, 'f', 1).arg(num(v));
    }
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>").arg(left + plotW / 2).arg(h - 8).arg(esc(c.xTitle));
    for (int i = 0; i < int(yLines.size()); ++i)
        svg += QStringLiteral("<text transform=\"translate(%1 %2) rotate(-90)\" text-anchor=\"middle\">%3</text>")
                   .arg(14 + 14 * i).arg(top + plotH / 2).arg(esc(yLines[i]));
    // Uniform recipes: their size only, as dashed verticals labelled along the line. Recipes of
    // nearly one size (int4 beside 50 % pruned + int8) would print their labels over each other:
    // each label, in size order, takes the highest free place left of its line, else right of
    // it, clear of the front's line, the measured plans and their labels, the legend and the
    // labels placed before it. A label with no free place is left out; its line keeps the name
    // as a tooltip, and the report's tables list every recipe.
    const double legendX = left + plotW - 190;
    std::vector<Box> taken{{legendX, double(top + 2), legendX + 186, double(top + 52)}};
    for (const SvgPoint &p : c.solver)
        taken.push_back({px(p.x) - 6, py(p.y) - 18, px(p.x) + 12 + labelLength(p.label), py(p.y) + 6});
    auto crossesFront = [&](const Box &b) {
        for (std::size_t i = 0; i < c.front.size(); ++i) {
            const double x0 = px(c.front[i].x), y0 = py(c.front[i].y);
            const double x1 = i + 1 < c.front.size() ? px(c.front[i + 1].x) : x0;
            const double y1 = i + 1 < c.front.size() ? py(c.front[i + 1].y) : y0;
            const int steps = 1 + int(std::hypot(x1 - x0, y1 - y0) / 2.0);
            for (int k = 0; k <= steps; ++k) {
                const double x = x0 + (x1 - x0) * k / steps, y = y0 + (y1 - y0) * k / steps;
                if (x > b.x0 - 3 && x < b.x1 + 3 && y > b.y0 - 3 && y < b.y1 + 3)
                    return true;
            }
        }
        return false;
    };
    std::vector<std::size_t> bySize(c.uniform.size());
    for (std::size_t i = 0; i < bySize.size(); ++i)
        bySize[i] = i;
    std::stable_sort(bySize.begin(), bySize.end(), [&](std::size_t a, std::size_t b) { return c.uniform[a].x < c.uniform[b].x; });
    for (std::size_t i : bySize) {
        const SvgPoint &u = c.uniform[i];
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#e69f00\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\">"
                              "<title>%4: %5</title></line>")
                   .arg(px(u.x), 0, 'f', 1).arg(top).arg(top + plotH).arg(esc(u.label), num(u.x));
        // Rotated text: the baseline runs up the line, the glyphs stand 8 px left of it.
        const double length = labelLength(u.label);
        std::vector<double> starts;
        for (double y = top + 6; y + length <= top + plotH; y += 6)
            starts.push_back(y);
        for (const Box &b : taken)
            if (b.y1 + 4 + length <= top + plotH)
                starts.push_back(b.y1 + 4);
        std::sort(starts.begin(), starts.end());
        std::optional<Box> place;
        for (double y : starts) {
            for (double baseline : {px(u.x) - 4, px(u.x) + 12}) {
                const Box b{baseline - 9, y, baseline + 3, y + length};
                if (std::none_of(taken.begin(), taken.end(), [&](const Box &t) { return t.hits(b); }) && !crossesFront(b)) {
                    place = b;
                    break;
                }
            }
            if (place)
                break;
        }
        if (!place)
            continue;
        taken.push_back(*place);
        svg += QStringLiteral("<text transform=\"translate(%1 %2) rotate(-90)\" text-anchor=\"end\" font-size=\"10\" "
                              "fill=\"#b07800\">%3</text>")
                   .arg(place->x1 - 3, 0, 'f', 1).arg(place->y0, 0, 'f', 1).arg(esc(u.label));
    }
    if (!c.front.empty()) {
        QString d;
        for (std::size_t i = 0; i < c.front.size(); ++i)
            d += QStringLiteral("%1%2 %3 ").arg(i == 0 ? QLatin1Char('M') : QLatin1Char('L'))
                     .arg(px(c.front[i].x), 0, 'f', 1).arg(py(c.front[i].y), 0, 'f', 1);
        svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"#0072b2\" stroke-width=\"2\"/>").arg(d.trimmed());
        for (const SvgPoint &p : c.front)
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"#0072b2\"><title>%3, %4</title></circle>")
                       .arg(px(p.x), 0, 'f', 1).arg(py(p.y), 0, 'f', 1).arg(num(p.x), num(p.y));
    }
    // Measured plans, their labels on a white band so the uniform markers do not cross them.
    for (const SvgPoint &p : c.solver)
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"6\" fill=\"#d55e00\" stroke=\"white\" stroke-width=\"1.5\">"
                              "<title>%3: %4, %5</title></circle><rect x=\"%6\" y=\"%8\" width=\"%9\" height=\"13\" fill=\"white\" "
                              "fill-opacity=\"0.9\"/><text x=\"%6\" y=\"%7\" font-size=\"10\" fill=\"#d55e00\">%3</text>")
                   .arg(px(p.x), 0, 'f', 1).arg(py(p.y), 0, 'f', 1).arg(esc(p.label), num(p.x), num(p.y))
                   .arg(px(p.x) + 8, 0, 'f', 1).arg(py(p.y) - 8, 0, 'f', 1).arg(py(p.y) - 18, 0, 'f', 1)
                   .arg(4 + 5.8 * double(p.label.size()), 0, 'f', 1);
    // Legend, top right.
    const double lx = legendX;
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"186\" height=\"50\" fill=\"white\" fill-opacity=\"0.85\" stroke=\"#ddd\"/>"
                          "<line x1=\"%3\" y1=\"%4\" x2=\"%5\" y2=\"%4\" stroke=\"#0072b2\" stroke-width=\"2\"/>"
                          "<text x=\"%6\" y=\"%7\" font-size=\"10\">%8</text>"
                          "<circle cx=\"%9\" cy=\"%10\" r=\"5\" fill=\"#d55e00\"/>"
                          "<text x=\"%6\" y=\"%11\" font-size=\"10\">%12</text>"
                          "<line x1=\"%9\" y1=\"%13\" x2=\"%9\" y2=\"%14\" stroke=\"#e69f00\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
                          "<text x=\"%6\" y=\"%15\" font-size=\"10\">%16</text>")
               .arg(lx, 0, 'f', 1).arg(top + 2).arg(lx + 6, 0, 'f', 1).arg(top + 12).arg(lx + 22, 0, 'f', 1)
               .arg(lx + 28, 0, 'f', 1).arg(top + 16).arg(esc(QCoreApplication::translate("pare::report", "solver front (predicted)")))
               .arg(lx + 14, 0, 'f', 1).arg(top + 27).arg(top + 31)
               .arg(esc(QCoreApplication::translate("pare::report", "solver plan (measured)")))
               .arg(top + 37).arg(top + 49).arg(top + 46)
               .arg(esc(QCoreApplication::translate("pare::report", "uniform recipe (size)")));
    return svg + QStringLiteral("</svg>");
}

std::vector<int> paretoFront(const std::vector<SvgPoint> &points)
{
    std::vector<int> front;
    for (std::size_t i = 0; i < points.size(); ++i) {
        bool dominated = false;
        for (std::size_t j = 0; j < points.size() && !dominated; ++j) {
            const SvgPoint &a = points[i], &b = points[j];
            dominated = j != i && b.x <= a.x && b.y <= a.y && (b.x < a.x || b.y < a.y);
        }
        if (!dominated)
            front.push_back(int(i));
    }
    std::sort(front.begin(), front.end(), [&](int a, int b) { return points[std::size_t(a)].x < points[std::size_t(b)].x; });
    return front;
}

QString scatterSvg(const SvgScatter &c, int w, int h)
{
    const int left = 64, right = 20, top = 30, bottom = 44;
    const int plotW = w - left - right, plotH = h - top - bottom;
    double maxX = 0, maxY = 0;
    for (const SvgPoint &p : c.points) {
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    double minY = maxY;
    for (const SvgPoint &p : c.points)
        minY = std::min(minY, p.y);
    const std::pair<double, double> xAxis = niceAxis(maxX * 1.05);
    const double ax = xAxis.first, sx = xAxis.second; // captured below: no structured binding
    // The y axis starts at zero unless all values sit far from it (perplexities): then it
    // spans the values, so the differences between variants stay visible.
    double y0 = 0.0;
    if (minY > 0 && maxY - minY < 0.5 * maxY) {
        const double span = std::max(maxY - minY, maxY * 0.02);
        const double step0 = niceAxis(span * 1.2).second;
        y0 = std::floor((minY - span * 0.1) / step0) * step0;
    }
    const auto [ayRel, sy] = niceAxis((maxY - y0) * 1.1);
    const double ay = y0 + ayRel;
    auto px = [&](double x) { return left + plotW * (x / ax); };
    auto py = [&](double y) { return top + plotH - plotH * ((y - y0) / (ay - y0)); };
    QString svg = header(w, h, c.title);
    for (double t = 0; t <= ax + sx * 0.5; t += sx)
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#eee\"/><text x=\"%1\" y=\"%4\" text-anchor=\"middle\">%5</text>")
                   .arg(px(t), 0, 'f', 1).arg(top).arg(top + plotH).arg(top + plotH + 14).arg(num(t));
    for (double t = y0; t <= ay + sy * 0.5; t += sy)
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#eee\"/><text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>")
                   .arg(left).arg(py(t), 0, 'f', 1).arg(left + plotW).arg(left - 4).arg(py(t) + 4, 0, 'f', 1).arg(num(t));
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>").arg(left + plotW / 2).arg(h - 8).arg(esc(c.xTitle));
    svg += QStringLiteral("<text transform=\"translate(14 %1) rotate(-90)\" text-anchor=\"middle\">%2</text>").arg(top + plotH / 2).arg(esc(c.yTitle));
    const std::vector<int> front = paretoFront(c.points);
    if (front.size() > 1) {
        QString d;
        for (std::size_t i = 0; i < front.size(); ++i)
            d += QStringLiteral("%1%2 %3 ").arg(i == 0 ? QLatin1Char('M') : QLatin1Char('L'))
                     .arg(px(c.points[std::size_t(front[i])].x), 0, 'f', 1).arg(py(c.points[std::size_t(front[i])].y), 0, 'f', 1);
        svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"#009e73\" stroke-width=\"2\" stroke-dasharray=\"6 4\"><title>%2</title></path>")
                       .arg(d.trimmed(), esc(QCoreApplication::translate("pare::report", "Pareto front")));
    }
    std::vector<std::pair<double, double>> placed; // labels drawn so far: coincident points stack theirs
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        const SvgPoint &p = c.points[i];
        const bool onFront = std::find(front.begin(), front.end(), int(i)) != front.end();
        const double lx = px(p.x) + 7;
        double ly = py(p.y) - 6;
        while (std::any_of(placed.begin(), placed.end(), [&](const auto &q) {
            return std::abs(q.first - lx) < 80 && std::abs(q.second - ly) < 11;
        }))
            ly += 12;
        placed.emplace_back(lx, ly);
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"5\" fill=\"%3\"><title>%4: %5, %6</title></circle>"
                              "<text x=\"%7\" y=\"%8\" font-size=\"10\">%4</text>")
                   .arg(px(p.x), 0, 'f', 1).arg(py(p.y), 0, 'f', 1).arg(onFront ? QStringLiteral("#009e73") : QStringLiteral("#0072b2"))
                   .arg(esc(p.label), num(p.x), num(p.y)).arg(lx, 0, 'f', 1).arg(ly, 0, 'f', 1);
    }
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" font-size=\"10\" fill=\"#009e73\">— — %3</text>")
               .arg(left + plotW)
               .arg(top + 12)
               .arg(esc(QCoreApplication::translate("pare::report", "Pareto front")));
    return svg + QStringLiteral("</svg>");
}

} // namespace pare::report
