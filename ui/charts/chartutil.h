// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QAreaSeries;
class QChart;
class QLineSeries;
class QPalette;
class QValueAxis;
class QWidget;

namespace pare::ui {

// A chart with the margins, legend place and number notation all Pare's charts share: axis
// labels are written in the language's notation (QLocale(): "0,25" in German).
QChart *newChart();
// newChart() in a view filling `host`.
QChart *makeChart(QWidget *host, int minimumHeight);
// Removes every series and axis, ready for new data.
void clearChart(QChart *chart);
// An area between two lines that owns them (QAreaSeries itself does not, so they would leak).
QAreaSeries *areaBetween(QLineSeries *upper, QLineSeries *lower);
// Gives the chart the light or dark chart theme that matches the palette, with the palette's
// window colour behind it. Only changes the theme when it differs (a theme change recolours
// every series, so call it before adding series).
void applyChartTheme(QChart *chart, const QPalette &palette);
// Re-themes `chart` whenever `host`'s palette changes (Preferences > Theme, or the system's
// light / dark switch) and then calls `redraw`, which should draw the chart's data again so
// its own series colours are applied over the new theme.
void followPalette(QWidget *host, QChart *chart, std::function<void()> redraw);

// The data a chart shows, and whether it is on the chart. A chart handed the data it already
// shows keeps what it drew: rebuilding a Qt chart costs tens of ms of the GUI thread, and the
// same data comes again often (every dock's empty chart reset on opening a model, a redraw
// that changed nothing in this chart, the same layer selected again).
template <typename Data>
class DrawnData
{
public:
    // Keeps `data`; false when the chart shows it already, so nothing needs drawing.
    bool take(const Data &data)
    {
        if (m_drawn && data == m_data)
            return false;
        m_data = data;
        m_drawn = true;
        return true;
    }
    const Data &get() const { return m_data; }
    // The next take() draws, whatever the data (the theme changed under it).
    void forget() { m_drawn = false; }

private:
    Data m_data;
    bool m_drawn = false;
};

// followPalette for a chart widget whose setData(const Data &) draws through `drawn.take`: on a
// theme change it is drawn again with the data it shows.
template <typename Chart, typename Data>
void followPalette(Chart *host, QChart *chart, DrawnData<Data> &drawn)
{
    followPalette(host, chart, [host, &drawn] {
        drawn.forget();
        host->setData(Data(drawn.get())); // a copy: setData keeps what it is given
    });
}

// Puts the axis's ticks at round values — 1, 2, 2.5 or 5 × 10^k apart (whole steps for `integers`),
// anchored at 0, at most `atMost` across the range — and keeps them round whenever the range
// changes (a zoom), instead of dividing an odd range evenly (-0.325, -0.233, … 0.226).
void roundTicks(QValueAxis *axis, int atMost = 7, bool integers = false);
// The tick spacing roundTicks gives a span: the smallest round step that needs no more than
// `atMost` ticks; 0 for an empty or invalid span.
double roundTickStep(double span, int atMost, bool integers);

// The label format of a base-10 log axis over [lo, hi]: its ticks written plainly with as many
// decimals as the smallest needs ("0.01", "1", "100,000"), and in scientific notation only
// beyond 0.0001 to a million, where plain numbers grow too wide ('g' wrote "1E+05").
QString logAxisLabelFormat(double lo, double hi);

} // namespace pare::ui
