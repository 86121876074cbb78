// SPDX-License-Identifier: GPL-3.0-or-later
// The inspect flow through the real window: open a model, select a layer, read the charts.
#include "charts/histogramchart.h"
#include "analysis/spectrum.h"
#include "charts/chartutil.h"
#include "charts/linecharts.h"
#include "common/units.h"
#include "compress/compressionpanel.h"
#include "inspector/inspectorpanel.h"
#include "io/modelio.h"
#include "jobs/jobsmodel.h"
#include "mainwindow.h"
#include "model/layertablemodel.h"
#include "model/modelpanel.h"
#include "preferencesdialog.h"
#include "session.h"
#include "poolblocker.h"
#include "windowtest.h"

#include <QAction>
#include <QChartView>
#include <QScatterSeries>
#include <QAreaSeries>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QValueAxis>

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace pare::ui;

namespace {
const QString kModel = QStringLiteral(PARE_TEST_DATA "/hfdir/gpt2-tiny");

int rowOf(ModelPanel *panel, const QString &role)
{
    auto *proxy = panel->view()->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, LayerTableModel::Role).data().toString() == role)
            return r;
    }
    return -1;
}

double sum(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}
} // namespace

class TestInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_inspector"));
    }

    void openSelectAndInspect()
    {
        MainWindow w;
        w.show();
        QVERIFY(pare::test::openAndWait(w, kModel, pare::test::Until::Analyzed));
        QVERIFY(w.modelPanel()->layers()->rowCount() > 4);

        // Select the first block's MLP up-projection.
        const int row = rowOf(w.modelPanel(), QStringLiteral("mlp.up"));
        QVERIFY2(row >= 0, "no mlp.up layer in the fixture");
        InspectorPanel *inspector = w.inspectorPanel();
        QSignalSpy shown(inspector, &InspectorPanel::histogramShown);
        w.modelPanel()->view()->selectRow(row);
        QVERIFY(shown.count() > 0 || shown.wait(10000));

        const pare::core::Model &model = *w.session()->model();
        const auto &layer = model.layers[std::size_t(inspector->currentLayer())];
        const pare::core::Tensor *weight = model.weightOf(layer);
        QVERIFY(weight);
        const pare::core::TensorStats *stats = w.session()->analysis()->stats(weight->name());
        QVERIFY(stats);

        // The chart draws exactly the analysis's counts, and they cover every element.
        const std::vector<double> drawn = inspector->histogram()->drawnCounts();
        QCOMPARE(int(drawn.size()), stats->histogram.bins());
        for (std::size_t i = 0; i < drawn.size(); ++i)
            QCOMPARE(drawn[i], double(stats->histogram.counts[i]));
        QCOMPARE(sum(drawn), double(weight->numel()));

        // Fewer bins: recomputed as a job, still every element.
        shown.clear();
        inspector->binsSpin()->setValue(64);
        QVERIFY(shown.wait(10000));
        const std::vector<double> coarse = inspector->histogram()->drawnCounts();
        QCOMPARE(int(coarse.size()), 64);
        QCOMPARE(sum(coarse), double(weight->numel()));

        // Zoom into the middle half of the range: counts only values inside it.
        shown.clear();
        const double lo = stats->min + (stats->max - stats->min) * 0.25;
        const double hi = stats->min + (stats->max - stats->min) * 0.75;
        Q_EMIT inspector->histogram()->rangeSelected(lo, hi);
        QVERIFY(shown.wait(10000));
        const auto &zoomed = inspector->currentHistogram();
        QCOMPARE(zoomed.lo, lo);
        QCOMPARE(zoomed.hi, hi);
        QVERIFY(zoomed.underflow + zoomed.overflow > 0);
        QCOMPARE(sum(inspector->histogram()->drawnCounts()) + double(zoomed.underflow + zoomed.overflow),
                 double(weight->numel()));

        // Channel ranges, drawn when their tab is shown (not while another tab is): one point per
        // output channel.
        QCOMPARE(inspector->channels()->channelCount(), 0);
        inspector->tabs()->setCurrentWidget(inspector->channels());
        QCOMPARE(std::int64_t(inspector->channels()->channelCount()), layer.outFeatures(*weight));

        // Spectrum on demand, with the energy ranks marked.
        QSignalSpy spectrum(inspector, &InspectorPanel::spectrumShown);
        inspector->tabs()->setCurrentIndex(2);
        QVERIFY(spectrum.count() > 0 || spectrum.wait(20000));
        QVERIFY(inspector->spectrum()->markCount() >= 1);

        // Every value axis of the three charts has its ticks at round steps across its range,
        // also the histogram's after the zoom above.
        int axes = 0;
        for (QWidget *chart : {static_cast<QWidget *>(inspector->histogram()),
                               static_cast<QWidget *>(inspector->channels()),
                               static_cast<QWidget *>(inspector->spectrum())}) {
            auto *view = chart->findChild<QChartView *>();
            QVERIFY(view);
            for (QAbstractAxis *a : view->chart()->axes(Qt::Horizontal)) {
                auto *x = qobject_cast<QValueAxis *>(a);
                QVERIFY(x);
                QCOMPARE(x->tickType(), QValueAxis::TicksDynamic);
                QCOMPARE(x->tickAnchor(), 0.0);
                QCOMPARE(x->tickInterval(), pare::ui::roundTickStep(x->max() - x->min(), 7, chart != inspector->histogram()));
                QVERIFY((x->max() - x->min()) / x->tickInterval() <= 6.0 + 1e-9);
                ++axes;
            }
        }
        QCOMPARE(axes, 3);

        // Statistics table shows the analysis's figures.
        QVERIFY(inspector->statsTable()->rowCount() > 10);
        QCOMPARE(inspector->statsTable()->item(0, 1)->text(), QLocale().toString(weight->numel()));
    }

    // Numbers in the language's notation (QLocale's default, which pare::ui::installTranslators
    // sets from Preferences ▸ Language): German decimal commas and grouping in the Statistics
    // table, the Model dock's sizes and every chart's axis labels.
    void numbersFollowTheLanguage()
    {
        const QLocale before;
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        MainWindow w;
        w.show();
        QVERIFY(pare::test::openAndWait(w, QStringLiteral(PARE_SOURCE_DIR "/resources/demo/fashion-cnn/fashion_cnn.onnx"),
                                        pare::test::Until::Analyzed));
        // The largest weight: thousands of elements.
        const pare::core::Model &model = *w.session()->model();
        int largest = -1;
        for (int i = 0; i < int(model.layers.size()); ++i) {
            const pare::core::Tensor *t = model.weightOf(model.layers[std::size_t(i)]);
            if (t && (largest < 0 || t->numel() > model.weightOf(model.layers[std::size_t(largest)])->numel()))
                largest = i;
        }
        QVERIFY(largest >= 0);
        InspectorPanel *inspector = w.inspectorPanel();
        QSignalSpy shown(inspector, &InspectorPanel::histogramShown);
        w.modelPanel()->selectLayer(largest);
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        QCOMPARE(inspector->currentLayer(), largest);
        const pare::core::Tensor *weight = model.weightOf(model.layers[std::size_t(largest)]);
        QVERIFY(weight->numel() >= 1000);
        const pare::core::TensorStats *stats = w.session()->analysis()->stats(weight->name());
        QVERIFY(stats);

        QHash<QString, QString> table; // label → value
        for (int r = 0; r < inspector->statsTable()->rowCount(); ++r)
            table.insert(inspector->statsTable()->item(r, 0)->text(), inspector->statsTable()->item(r, 1)->text());
        // Elements grouped with a dot (4096 → "4.096"), fractions with a decimal comma.
        const QString elements = table.value(QStringLiteral("Elements"));
        QCOMPARE(elements, german.toString(weight->numel()));
        QVERIFY2(elements.contains(QLatin1Char('.')), qPrintable(elements));
        const QString mean = table.value(QStringLiteral("Mean"));
        QCOMPARE(mean, pare::core::formatNumber(stats->mean, 6, german)); // "7,38059e-05", never "E-05"
        for (const QString &value : std::as_const(table))
            QVERIFY2(!value.contains(QLatin1Char('E')), qPrintable(value));
        QVERIFY2(mean.contains(QLatin1Char(',')) && !mean.contains(QLatin1Char('.')), qPrintable(mean));
        QCOMPARE(german.toDouble(table.value(QStringLiteral("Standard deviation"))), std::stod(QString::number(stats->stddev, 'g', 6).toStdString()));
        // The outlier fraction comes with its count.
        const QString outliers = table.value(QStringLiteral("Outliers (beyond 6 σ)"));
        QVERIFY2(outliers.endsWith(QStringLiteral(" (%1)").arg(german.toString(stats->outliers))), qPrintable(outliers));
        QVERIFY2(outliers.startsWith(german.toString(stats->outlierFraction * 100, 'f', 4)), qPrintable(outliers));
        QVERIFY(table.contains(QStringLiteral("Percentile 0,1")));
        QVERIFY(table.contains(QStringLiteral("Percentile 99,9")));

        // The Model dock's sizes: "12,3 kB".
        int commas = 0;
        for (int i = 0; i < w.modelPanel()->layers()->rowCount(); ++i) {
            const QModelIndex cell = w.modelPanel()->layers()->index(i, LayerTableModel::Bytes);
            const QString bytes = cell.data().toString();
            QCOMPARE(bytes, pare::core::formatBytes(cell.data(LayerTableModel::SortRole).toDouble(), -1, german));
            commas += bytes.contains(QRegularExpression(QStringLiteral("^\\d+,\\d+ [kM]B$"))) ? 1 : 0;
        }
        QVERIFY(commas > 0);

        // Every chart writes its axis labels in the same notation: German is set on each, and
        // the histogram's labels read "-0,05", never "-0.05".
        const QList<QChartView *> views = w.findChildren<QChartView *>();
        QVERIFY(views.size() >= 4);
        for (QChartView *v : views) {
            QVERIFY2(v->chart()->localizeNumbers(), qPrintable(v->objectName()));
            QCOMPARE(v->chart()->locale(), german);
        }
        // The axis labels are laid out when the chart is shown: wait for them.
        QChartView *histogram = inspector->histogram()->findChild<QChartView *>();
        const auto labels = [histogram] {
            QStringList out;
            for (QGraphicsItem *item : histogram->scene()->items()) {
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && !text->toPlainText().isEmpty())
                    out << text->toPlainText();
            }
            return out;
        };
        const QRegularExpression commaNumber(QStringLiteral("^[-−]?\\d+,\\d+$"));
        // A fraction with a decimal point ("-0.25"); "15.000" is German for fifteen thousand.
        const QRegularExpression dotNumber(QStringLiteral("^[-−]?0\\.\\d+$"));
        const auto any = [&](const QRegularExpression &re) {
            const QStringList l = labels();
            return std::any_of(l.begin(), l.end(), [&](const QString &t) { return re.match(t).hasMatch(); });
        };
        QTRY_VERIFY2_WITH_TIMEOUT(any(commaNumber), qPrintable(labels().join(QLatin1Char('|'))), 10000);
        QVERIFY2(!any(dotNumber), qPrintable(labels().join(QLatin1Char('|'))));
    }

    // The channel-range and spectrum charts label their x axes ("output channel", "rank kept")
    // with numbers. Their "%d" label format wrote nothing once the charts localize their numbers
    // (Qt Charts' localized formats need a precision), leaving both axes bare.
    void channelAndSpectrumAxesHaveTickLabels()
    {
        const auto numbers = [](QWidget *chart) {
            QList<double> out;
            auto *view = chart->findChild<QChartView *>();
            if (!view)
                return out;
            for (QGraphicsItem *item : view->scene()->items()) {
                if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
                    bool ok = false;
                    const double v = QLocale().toDouble(text->toPlainText(), &ok);
                    if (ok)
                        out << v;
                }
            }
            return out;
        };
        const auto beyond = [](const QList<double> &values, double limit) {
            return std::count_if(values.begin(), values.end(), [&](double v) { return v > limit; });
        };

        pare::ui::ChannelRangeChart channels;
        pare::ui::ChannelRangeData range;
        range.title = QStringLiteral("channels");
        for (int i = 0; i < 100; ++i) {
            range.min.push_back(-0.1 - 0.001 * i);
            range.max.push_back(0.1 + 0.001 * i);
            range.absMax.push_back(0.1 + 0.001 * i);
        }
        channels.setData(range);
        channels.resize(700, 400);
        channels.show();
        // The y axis's ticks are fractions (±0.2): the numbers above 1 are the channels' ticks.
        QTRY_VERIFY2_WITH_TIMEOUT(beyond(numbers(&channels), 1.0) >= 3, qPrintable(QString::number(numbers(&channels).size())), 5000);

        pare::ui::SpectrumChart spectrum;
        pare::ui::SpectrumChartData energy;
        energy.title = QStringLiteral("spectrum");
        for (int i = 1; i <= 300; ++i)
            energy.energy.push_back(1.0 - std::exp(-i / 60.0));
        energy.fullRank = 300;
        spectrum.setData(energy);
        spectrum.resize(700, 400);
        spectrum.show();
        // The y axis ends at 100 %: the numbers above it are ranks.
        QTRY_VERIFY2_WITH_TIMEOUT(beyond(numbers(&spectrum), 100.0) >= 2, qPrintable(QString::number(numbers(&spectrum).size())), 5000);
    }

    // More output channels than the chart has pixels across (a 7B model's 11,008 MLP rows,
    // its 32,000-row embedding) are drawn in groups of adjacent channels: each group's
    // extremes as the band, its largest |w| as a marker on its own channel, so an outlier
    // channel is still drawn where it is. (Every channel as a Qt Charts marker took the GUI
    // thread 5.7 s for 32,000.) Up to kMaxDrawnChannels every channel is drawn.
    void channelChartGroupsManyChannels()
    {
        const auto series = [](pare::ui::ChannelRangeChart &chart) {
            auto *view = chart.findChild<QChartView *>();
            QAreaSeries *band = nullptr;
            QScatterSeries *marks = nullptr;
            for (QAbstractSeries *s : view->chart()->series()) {
                if (auto *a = qobject_cast<QAreaSeries *>(s))
                    band = a;
                if (auto *m = qobject_cast<QScatterSeries *>(s))
                    marks = m;
            }
            return std::make_pair(band, marks);
        };
        for (const int n : {pare::ui::ChannelRangeChart::kMaxDrawnChannels, 32000}) {
            pare::ui::ChannelRangeData c;
            c.title = QStringLiteral("channels");
            for (int i = 0; i < n; ++i) {
                const double v = 0.05 + 0.01 * std::sin(i * 0.37);
                c.min.push_back(-v);
                c.max.push_back(v * 1.1);
                c.absMax.push_back(v * 1.1);
            }
            const int outlier = 777;
            c.min[outlier] = -0.5; // its largest magnitude is on the negative side
            c.absMax[outlier] = 0.5;
            pare::ui::ChannelRangeChart chart;
            chart.setData(c);
            QCOMPARE(chart.channelCount(), n);
            const auto [band, marks] = series(chart);
            QVERIFY(band && marks);
            const QList<QPointF> upper = band->upperSeries()->points();
            const QList<QPointF> lower = band->lowerSeries()->points();
            const QList<QPointF> markers = marks->points();
            QCOMPARE(int(markers.size()), chart.drawnGroups());
            if (n <= pare::ui::ChannelRangeChart::kMaxDrawnChannels) {
                QCOMPARE(chart.drawnGroups(), n); // every channel
                QCOMPARE(int(upper.size()), n);
            } else {
                QVERIFY(chart.drawnGroups() <= pare::ui::ChannelRangeChart::kMaxGroups);
                QVERIFY(chart.drawnGroups() >= pare::ui::ChannelRangeChart::kMaxGroups / 2);
                QVERIFY(upper.size() <= 2 * pare::ui::ChannelRangeChart::kMaxGroups);
                QVERIFY(chart.findChild<QChartView *>()->chart()->title().contains(QStringLiteral("groups of")));
            }
            // The band reaches every channel's extremes, across the whole channel axis.
            const auto yOf = [](const QList<QPointF> &pts, bool highest) {
                double v = highest ? -1e300 : 1e300;
                for (const QPointF &p : pts)
                    v = highest ? std::max(v, p.y()) : std::min(v, p.y());
                return v;
            };
            QCOMPARE(yOf(upper, true), *std::max_element(c.max.begin(), c.max.end()));
            QCOMPARE(yOf(lower, false), -0.5);
            QCOMPARE(upper.front().x(), 0.0);
            QCOMPARE(upper.back().x(), double(n - 1));
            // The outlier's marker, on its own channel and side.
            QVERIFY(std::any_of(markers.begin(), markers.end(),
                                [&](const QPointF &p) { return p.x() == outlier && p.y() == -0.5; }));
        }
    }

    // The Inspector's charts keep what they drew when handed the same data (the same layer
    // selected again, a redraw that changed nothing in them): rebuilding a Qt chart costs tens
    // of ms of the GUI thread. Other data, a theme change and a zoom by the view draw anew.
    void chartsKeepWhatTheyDrawForTheSameData()
    {
        const auto firstSeries = [](QWidget *chart) -> QPointer<QAbstractSeries> {
            auto *view = chart->findChild<QChartView *>();
            return view ? view->chart()->series().value(0) : nullptr;
        };
        const auto check = [&](QWidget *chart, const auto &data, const auto &other, const auto &setData) {
            setData(data);
            QPointer<QAbstractSeries> drawn = firstSeries(chart);
            QVERIFY(drawn);
            setData(std::decay_t<decltype(data)>(data));
            QCOMPARE(firstSeries(chart).data(), drawn.data()); // kept
            setData(other);
            QVERIFY(!drawn); // rebuilt: the old series is gone
            drawn = firstSeries(chart);
            QVERIFY(drawn);
            QPalette dark = chart->palette();
            dark.setColor(QPalette::Window, Qt::black);
            dark.setColor(QPalette::WindowText, Qt::white);
            chart->setPalette(dark); // the theme follower draws the same data again
            QVERIFY(!drawn);
            QVERIFY(firstSeries(chart));
        };

        pare::ui::HistogramChart histogram;
        pare::ui::HistogramChartData h;
        h.title = QStringLiteral("histogram");
        h.lo = -1.0;
        h.hi = 1.0;
        h.counts = {1, 4, 9, 4, 1};
        pare::ui::HistogramChartData h2 = h;
        h2.counts[2] = 10;
        check(&histogram, h, h2, [&](const pare::ui::HistogramChartData &d) { histogram.setData(d); });
        // Zoomed by the view (a drag across the chart moves the axis): the same data again
        // restores the whole range, so it is drawn.
        QPointer<QAbstractSeries> drawn = firstSeries(&histogram);
        auto *x = qobject_cast<QValueAxis *>(histogram.findChild<QChartView *>()->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QSignalSpy zoomed(&histogram, &pare::ui::HistogramChart::rangeSelected);
        x->setRange(-0.5, 0.5);
        QCOMPARE(zoomed.count(), 1);
        histogram.setData(pare::ui::HistogramChartData(histogram.data()));
        QVERIFY(!drawn);
        x = qobject_cast<QValueAxis *>(histogram.findChild<QChartView *>()->chart()->axes(Qt::Horizontal).value(0));
        QCOMPARE(x->min(), -1.0);
        QCOMPARE(x->max(), 1.0);

        pare::ui::ChannelRangeChart channels;
        pare::ui::ChannelRangeData c;
        c.title = QStringLiteral("channels");
        c.min = {-1, -2};
        c.max = {1, 2};
        c.absMax = {1, 2};
        pare::ui::ChannelRangeData c2 = c;
        c2.max[1] = 3;
        check(&channels, c, c2, [&](const pare::ui::ChannelRangeData &d) { channels.setData(d); });

        pare::ui::SpectrumChart spectrum;
        pare::ui::SpectrumChartData e;
        e.title = QStringLiteral("spectrum");
        e.energy = {0.5, 0.8, 1.0};
        e.fullRank = 3;
        pare::ui::SpectrumChartData e2 = e;
        e2.marks = {{0.9, 3}};
        check(&spectrum, e, e2, [&](const pare::ui::SpectrumChartData &d) { spectrum.setData(d); });
    }

    // A spectrum still computing when another layer is selected (on another tab) is kept as
    // the spectrum of its own layer: the Spectrum tab then shows the new layer's, not the old
    // one's under the new name. A canceled spectrum says so.
    void spectrumStaysWithItsLayer()
    {
        MainWindow w;
        w.show();
        QVERIFY(pare::test::openAndWait(w, kModel, pare::test::Until::Analyzed));
        InspectorPanel *inspector = w.inspectorPanel();
        QSignalSpy shown(inspector, &InspectorPanel::histogramShown);
        w.modelPanel()->view()->selectRow(rowOf(w.modelPanel(), QStringLiteral("mlp.down")));
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        {
            pare::test::PoolBlocker blocker; // the first layer's spectrum waits in the queue
            QVERIFY(blocker.holding());
            inspector->tabs()->setCurrentIndex(2);
            QCOMPARE(w.jobs()->title(w.jobs()->rowCount() - 1).left(12), QStringLiteral("Spectrum of "));
            inspector->tabs()->setCurrentIndex(0);
            w.modelPanel()->view()->selectRow(rowOf(w.modelPanel(), QStringLiteral("mlp.up")));
        } // released: the first spectrum finishes now
        QTRY_COMPARE_WITH_TIMEOUT(w.jobs()->runningCount(), 0, 20000);
        QTest::qWait(50);

        const pare::core::Model &model = *w.session()->model();
        const pare::core::Layer &layer = model.layers[std::size_t(inspector->currentLayer())];
        QCOMPARE(layer.role, QStringLiteral("mlp.up"));
        pare::core::JobContext ctx;
        const auto expected = pare::core::computeSpectrum(*model.weightOf(layer), layer.layout, {}, ctx);
        QVERIFY(expected.ok());
        QSignalSpy spectrum(inspector, &InspectorPanel::spectrumShown);
        inspector->tabs()->setCurrentIndex(2);
        QVERIFY(spectrum.count() > 0 || spectrum.wait(20000));
        const QString prefix = QStringLiteral("%1×%2, ").arg(expected->rows).arg(expected->cols);
        QVERIFY2(inspector->spectrumStatus()->text().startsWith(prefix),
                 qPrintable(inspector->spectrumStatus()->text() + QStringLiteral(" / expected ") + prefix));

        // Canceled from the Jobs dock: the tab says so instead of "Computing…" for ever.
        inspector->tabs()->setCurrentIndex(0);
        w.modelPanel()->view()->selectRow(rowOf(w.modelPanel(), QStringLiteral("attn.o")));
        {
            pare::test::PoolBlocker blocker;
            QVERIFY(blocker.holding());
            inspector->tabs()->setCurrentIndex(2);
            w.jobs()->cancel(w.jobs()->rowCount() - 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(inspector->spectrumStatus()->text().contains(QStringLiteral("canceled")), 20000);
        // Shown again: computed.
        spectrum.clear();
        inspector->tabs()->setCurrentIndex(0);
        inspector->tabs()->setCurrentIndex(2);
        QVERIFY(spectrum.wait(20000));
        QVERIFY(!inspector->spectrumStatus()->text().contains(QStringLiteral("canceled")));
    }

    // A histogram canceled from the Jobs dock leaves the one drawn, and the controls go back to
    // it (they said 64 bins over a 256-bin chart); the chart's note says why. The next request
    // draws and clears the note.
    void canceledHistogramPutsTheControlsBack()
    {
        MainWindow w;
        w.show();
        QVERIFY(pare::test::openAndWait(w, kModel, pare::test::Until::Analyzed));
        InspectorPanel *inspector = w.inspectorPanel();
        QSignalSpy shown(inspector, &InspectorPanel::histogramShown);
        w.modelPanel()->view()->selectRow(rowOf(w.modelPanel(), QStringLiteral("mlp.up")));
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        QCOMPARE(inspector->currentHistogram().bins(), 256);
        {
            pare::test::PoolBlocker blocker;
            QVERIFY(blocker.holding());
            inspector->binsSpin()->setValue(64);
            inspector->scaleCombo()->setCurrentIndex(1); // log10 |w|: replaces the 64-bin request
            QCOMPARE(w.jobs()->title(w.jobs()->rowCount() - 1).left(13), QStringLiteral("Histogram of "));
            w.jobs()->cancel(w.jobs()->rowCount() - 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(inspector->histogram()->data().note.contains(QLatin1String("canceled")), 20000);
        QCOMPARE(inspector->binsSpin()->value(), 256);
        QCOMPARE(inspector->scaleCombo()->currentIndex(), 0);
        QCOMPARE(int(inspector->histogram()->drawnCounts().size()), 256);
        QTRY_COMPARE_WITH_TIMEOUT(w.jobs()->runningCount(), 0, 20000);
        QCOMPARE(inspector->binsSpin()->value(), 256); // nothing was asked for by putting it back

        shown.clear();
        inspector->binsSpin()->setValue(32);
        QVERIFY(shown.wait(10000));
        QCOMPARE(int(inspector->histogram()->drawnCounts().size()), 32);
        QVERIFY(!inspector->histogram()->data().note.contains(QLatin1String("canceled")));
    }

    // A spectrum of the previous model, still computing when the next model comes, is dropped:
    // the new model's tensor of the same name gets its own (the same checkpoint fine-tuned has
    // the same names and other values).
    void spectrumOfThePreviousModelIsDropped()
    {
        pare::core::JobContext ctx;
        auto first = pare::core::openModel(kModel, ctx);
        auto second = pare::core::openModel(kModel, ctx);
        QVERIFY(first.ok() && second.ok());
        JobsModel jobs;
        InspectorPanel panel(&jobs);
        const auto spectrumJobs = [&jobs] {
            int n = 0;
            for (int r = 0; r < jobs.rowCount(); ++r)
                n += jobs.title(r).startsWith(QStringLiteral("Spectrum of "));
            return n;
        };
        int layer = -1;
        for (std::size_t i = 0; i < (*first)->layers.size() && layer < 0; ++i)
            if ((*first)->layers[i].role == QStringLiteral("mlp.down"))
                layer = int(i);
        QVERIFY(layer >= 0);
        panel.setModel(*first);
        panel.showLayer(layer);
        {
            pare::test::PoolBlocker blocker;
            QVERIFY(blocker.holding());
            panel.tabs()->setCurrentIndex(2);
            QCOMPARE(spectrumJobs(), 1);
            panel.tabs()->setCurrentIndex(0);
            panel.setModel(*second);
            panel.showLayer(layer);
        }
        QTRY_COMPARE_WITH_TIMEOUT(jobs.runningCount(), 0, 20000);
        QTest::qWait(50);
        QSignalSpy shown(&panel, &InspectorPanel::spectrumShown);
        panel.tabs()->setCurrentIndex(2);
        QCOMPARE(spectrumJobs(), 2); // computed for this model, not taken from the last one
        QVERIFY(shown.wait(20000));
    }

    // The tick steps of roundTicks: the smallest 1, 2, 2.5 or 5 × 10^k that needs at most that
    // many ticks; whole steps on integer axes; nothing for an empty or invalid span.
    void roundTickSteps_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<bool>("integers");
        QTest::addColumn<double>("step");
        QTest::newRow("weights") << 0.551 << false << 0.1;
        QTest::newRow("exactly six steps") << 0.6 << false << 0.1;
        QTest::newRow("just over") << 0.61 << false << 0.2;
        QTest::newRow("two and a half") << 14.0 << false << 2.5;
        QTest::newRow("tiny") << 1e-7 << false << 2e-8;
        QTest::newRow("ranks") << 128.0 << true << 25.0;
        QTest::newRow("channels") << 4095.0 << true << 1000.0;
        QTest::newRow("few channels") << 7.0 << true << 2.0;
        QTest::newRow("one channel") << 1.0 << true << 1.0;
        QTest::newRow("no 2.5 between integers") << 14.0 << true << 5.0;
        QTest::newRow("empty") << 0.0 << false << 0.0;
        QTest::newRow("NaN") << std::nan("") << false << 0.0;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << false << 0.0;
    }
    void roundTickSteps()
    {
        QFETCH(double, span);
        QFETCH(bool, integers);
        QFETCH(double, step);
        QCOMPARE(pare::ui::roundTickStep(span, 7, integers), step);
    }

    void planOverlaysGridAndDecodedWeights()
    {
        MainWindow w;
        w.show();
        QVERIFY(pare::test::openAndWait(w, kModel, pare::test::Until::Analyzed));
        const int row = rowOf(w.modelPanel(), QStringLiteral("mlp.up"));
        QVERIFY(row >= 0);
        InspectorPanel *inspector = w.inspectorPanel();
        CompressionPanel *cp = w.compressionPanel();
        QSignalSpy overlay(inspector, &InspectorPanel::overlayShown);
        w.modelPanel()->view()->selectRow(row);

        // 4-bit, one scale for the tensor: 16 levels, and the decoded weights sit on them.
        pare::core::Recipe r;
        r.defaults.quantize = QJsonObject{{QStringLiteral("format"), QStringLiteral("int")},
                                          {QStringLiteral("bits"), 4},
                                          {QStringLiteral("granularity"), QStringLiteral("tensor")}};
        overlay.clear();
        cp->setRecipe(r);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->overlay() && inspector->overlay()->levels.size() == 16, 20000);
        const pare::core::Model &model = *w.session()->model();
        const pare::core::Tensor *weight = model.weightOf(model.layers[std::size_t(inspector->currentLayer())]);
        const std::vector<double> decoded = inspector->histogram()->drawnOverlayCounts();
        QCOMPARE(decoded.size(), inspector->histogram()->drawnCounts().size());
        const int nonEmpty = int(std::count_if(decoded.begin(), decoded.end(), [](double c) { return c > 0; }));
        QVERIFY2(nonEmpty <= 16 && nonEmpty >= 2, qPrintable(QString::number(nonEmpty)));
        // Rounding can push the extremes just outside the original's range; the rest is all there.
        QVERIFY(sum(decoded) <= double(weight->numel()));
        QVERIFY(sum(decoded) >= 0.9 * double(weight->numel()));
        QVERIFY(inspector->histogram()->overlayLineCount() >= 8);
        // The levels are ticks along the base line, not lines the plot's height (whose repaint,
        // with a study busy on every core, held the window up: see HistogramChart::setData).
        const double tick = inspector->histogram()->levelTickShare();
        QVERIFY2(tick > 0.02 && tick <= 0.1, qPrintable(QString::number(tick)));
        QVERIFY(inspector->histogram()->data().title.size() > 0);

        // On a log count axis the ticks keep to the base line too.
        inspector->logCountsCheck()->setChecked(true);
        QVERIFY(inspector->histogram()->data().logCounts);
        const double logTick = inspector->histogram()->levelTickShare();
        QVERIFY2(logTick > 0.02 && logTick <= 0.1, qPrintable(QString::number(logTick)));
        inspector->logCountsCheck()->setChecked(false);

        // 8-bit: 256 levels; the overlay follows the settings.
        r.defaults.quantize->insert(QStringLiteral("bits"), 8);
        cp->setRecipe(r);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->overlay() && inspector->overlay()->levels.size() == 256, 20000);
        // Dense levels run together into a band: a lower one (a 16-level grid's ticks are 8 %).
        QTRY_VERIFY(inspector->histogram()->overlayLineCount() > 64);
        const double bandTick = inspector->histogram()->levelTickShare();
        QVERIFY2(bandTick > 0.01 && bandTick <= 0.04 && bandTick < tick, qPrintable(QString::number(bandTick)));

        // Fewer bins: the decoded weights are binned again into the new bins.
        overlay.clear();
        inspector->binsSpin()->setValue(32);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->histogram()->drawnOverlayCounts().size() == 32, 20000);

        // No plan for the layer: no overlay.
        cp->setRecipe(pare::core::Recipe{});
        QTRY_VERIFY_WITH_TIMEOUT(!inspector->overlay(), 5000);
        QVERIFY(inspector->histogram()->drawnOverlayCounts().empty());
        QCOMPARE(inspector->histogram()->overlayLineCount(), 0);
    }

    // Edit ▸ Preferences: new statistics options (near-zero threshold, outlier k) re-run the
    // analysis of the open model; the Inspector's table shows the new figures.
    void preferencesRerunTheAnalysis()
    {
        pare::ui::setPreferredStatsOptions({});
        MainWindow w;
        w.show();
        QVERIFY(pare::test::openAndWait(w, kModel, pare::test::Until::Analyzed));
        QSignalSpy analyzed(w.session(), &Session::analysisReady);
        InspectorPanel *inspector = w.inspectorPanel();
        QSignalSpy shown(inspector, &InspectorPanel::histogramShown);
        w.modelPanel()->view()->selectRow(rowOf(w.modelPanel(), QStringLiteral("mlp.up")));
        QVERIFY(shown.count() > 0 || shown.wait(10000));
        const pare::core::Model &model = *w.session()->model();
        const pare::core::Tensor *weight
            = model.weightOf(model.layers[std::size_t(inspector->currentLayer())]);
        const pare::core::TensorStats before = *w.session()->analysis()->stats(weight->name());
        QCOMPARE(before.options, pare::core::StatsOptions{});

        QAction *prefs = w.findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(prefs);
        prefs->trigger();
        auto *dialog = w.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        // The threshold reads as written ("0.001", not "0.001000"), and typed text is taken.
        QCOMPARE(dialog->nearZeroSpin()->text(), QLocale().toString(0.001, 'f', 3));
        auto *edit = dialog->nearZeroSpin()->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, QLocale().toString(0.00002, 'f', 5)); // keyboard tracking: taken as typed
        QCOMPARE(dialog->nearZeroSpin()->value(), 0.00002);
        QCOMPARE(dialog->nearZeroSpin()->text(), QLocale().toString(0.00002, 'f', 5));
        dialog->nearZeroSpin()->setValue(0.02);
        QCOMPARE(dialog->nearZeroSpin()->text(), QLocale().toString(0.02, 'f', 2));
        dialog->outlierSigmasSpin()->setValue(2.0);
        analyzed.clear();
        shown.clear();
        dialog->accept();
        QVERIFY(analyzed.wait(20000));
        const pare::core::TensorStats after = *w.session()->analysis()->stats(weight->name());
        QCOMPARE(after.options.nearZeroThreshold, 0.02);
        QCOMPARE(after.options.outlierSigmas, 2.0);
        QVERIFY(after.nearZeros > before.nearZeros);
        QVERIFY(after.outliers > before.outliers);
        // The Inspector shows them: its table names the new thresholds.
        QStringList labels;
        for (int r = 0; r < inspector->statsTable()->rowCount(); ++r)
            labels << inspector->statsTable()->item(r, 0)->text();
        QVERIFY2(labels.join(QLatin1Char('|')).contains(QStringLiteral("beyond 2 σ")), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.join(QLatin1Char('|')).contains(QStringLiteral("0.02")), qPrintable(labels.join(QLatin1Char('|'))));

        // Accepted again unchanged: no new analysis. Then back to the defaults for other tests.
        prefs->trigger();
        auto *again = w.findChildren<PreferencesDialog *>().constLast();
        analyzed.clear();
        again->accept();
        QTest::qWait(200);
        QCOMPARE(analyzed.count(), 0);
        pare::ui::setPreferredStatsOptions({});
        QCOMPARE(pare::ui::preferredStatsOptions(), pare::core::StatsOptions{});
    }

    // A new analysis replaces a running one without the GUI thread waiting for it. The job pool
    // is kept busy so that the replaced job cannot have finished: had reanalyze() waited, the
    // job would have run (or been awaited) on the GUI thread and be finished here. Only the
    // last analysis reports, with the options it ran with.
    void reanalysisDoesNotWaitForTheJobItReplaces()
    {
        pare::ui::setPreferredStatsOptions({});
        JobsModel jobs;
        Session session(&jobs);
        QSignalSpy analyzed(&session, &Session::analysisReady);
        session.open(kModel);
        QVERIFY(analyzed.wait(20000));

        pare::test::PoolBlocker blocker;
        QVERIFY(blocker.holding());

        analyzed.clear();
        pare::core::StatsOptions first;
        first.nearZeroThreshold = 0.02;
        pare::ui::setPreferredStatsOptions(first);
        session.reanalyze();
        const int firstRow = jobs.rowCount() - 1;
        const QFuture<pare::core::Result<pare::core::ModelAnalysis>> firstJob = session.analysisJob();
        pare::core::StatsOptions second;
        second.outlierSigmas = 2.0;
        pare::ui::setPreferredStatsOptions(second);
        session.reanalyze();
        const int secondRow = jobs.rowCount() - 1;
        QCOMPARE(secondRow, firstRow + 1);
        const bool firstStillQueued = !firstJob.isFinished();
        blocker.release();
        QVERIFY2(firstStillQueued, "reanalyze() waited for the analysis it replaced");
        QVERIFY(firstJob.isCanceled());

        QVERIFY(analyzed.wait(20000));
        QTest::qWait(100);
        QCOMPARE(analyzed.count(), 1);
        QVERIFY(session.analysis());
        const pare::core::TensorStats *stats = session.analysis()->stats(session.model()->tensors.front().name());
        QVERIFY(stats);
        QCOMPARE(stats->options, second);
        QTRY_VERIFY(!jobs.index(firstRow, JobsModel::StateColumn).data(JobsModel::RunningRole).toBool());
        pare::ui::setPreferredStatsOptions({});
    }

    void badFileShowsError()
    {
        MainWindow w;
        QSignalSpy failed(w.session(), &Session::openFailed);
        w.openFile(QStringLiteral(PARE_TEST_DATA "/numpy/object.npy"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("object.npy")));
        QTRY_VERIFY(w.findChild<QWidget *>(QStringLiteral("openErrorBox")));
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
