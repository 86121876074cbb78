// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/modelanalysis.h"
#include "charts/barchart.h"
#include "jobs/jobcontext.h"
#include "model/layertablemodel.h"
#include "model/modelpanel.h"
#include "preferencesdialog.h"
#include "solve/frontchart.h"
#include "service/modelinfo.h"
#include "theme.h"

#include <QApplication>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QChartView>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace pare::core;
using namespace pare::ui;

namespace {
// A two-block toy language model: embedding, per-block q and mlp.up, a norm and a tied head.
Model toyModel()
{
    Model m;
    m.path = QStringLiteral("/tmp/toy.safetensors");
    m.format = ModelFormat::Safetensors;
    m.family = ModelFamily::LanguageModel;
    m.architecture = QStringLiteral("toy");
    m.metadata[QStringLiteral("n_positions")] = 16;
    auto add = [&m](const QString &name, Shape shape) {
        const std::int64_t n = shapeElements(shape).value();
        m.tensors.push_back(Tensor::fromFloats(name, std::move(shape), std::vector<float>(std::size_t(n), 0.5f)));
        return int(m.tensors.size()) - 1;
    };
    Layer emb{QStringLiteral("embed"), OpKind::Embedding};
    emb.weight = add(QStringLiteral("embed.weight"), {32, 8});
    m.layers.push_back(emb);
    for (int b = 0; b < 2; ++b) {
        Layer q{QStringLiteral("blk.%1.attn_q").arg(b), OpKind::Dense};
        q.weight = add(QStringLiteral("blk.%1.attn_q.weight").arg(b), {8, 8});
        m.layers.push_back(q);
        Layer up{QStringLiteral("blk.%1.mlp_up").arg(b), OpKind::Dense};
        up.weight = add(QStringLiteral("blk.%1.mlp_up.weight").arg(b), {24, 8});
        up.bias = add(QStringLiteral("blk.%1.mlp_up.bias").arg(b), {24});
        m.layers.push_back(up);
    }
    Layer norm{QStringLiteral("norm"), OpKind::Norm};
    norm.weight = add(QStringLiteral("norm.weight"), {8});
    m.layers.push_back(norm);
    Layer head{QStringLiteral("lm_head"), OpKind::Dense};
    head.weight = emb.weight;
    head.tiedTo = true;
    m.layers.push_back(head);
    m.reindex();
    return m;
}
} // namespace

class TestModelPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PareTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_modelpanel"));
    }

    void summaryMatchesCostModel()
    {
        const Model m = toyModel();
        const ModelInfo s = describeModel(m);
        QCOMPARE(s.layers.size(), 7);
        QCOMPARE(s.parameters, m.parameterCount());
        // Dense MACs = weight elements × context length (16 tokens); embeddings cost none.
        QCOMPARE(s.layers[1].macs, 8 * 8 * 16);
        QCOMPARE(s.layers[0].macs, 0);
        QCOMPARE(s.layers[6].macs, 32 * 8 * 16); // the tied head is still computed
        QCOMPARE(s.layers[2].parameters, 24 * 8 + 24);
        QCOMPARE(s.layers[2].bytes, (24 * 8 + 24) * 4);
        QCOMPARE(s.bytesByDtype.size(), 1);
        QCOMPARE(s.bytesByDtype[0].first, QStringLiteral("F32"));
    }

    void tableModelPassesTester()
    {
        LayerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummary(describeModel(toyModel()));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(2, LayerTableModel::Parameters).data(LayerTableModel::SortRole).toLongLong(),
                 qlonglong(24 * 8 + 24));
        QCOMPARE(model.index(2, LayerTableModel::Parameters).data().toString(), QStringLiteral("216"));
        QCOMPARE(model.index(6, LayerTableModel::Name).data().toString(), QStringLiteral("lm_head (tied)"));
        model.setSummary({});
        QCOMPARE(model.rowCount(), 0);
    }

    void filterSortAndSelect()
    {
        ModelPanel panel;
        QAbstractItemModelTester tester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setSummary(describeModel(toyModel()));
        QVERIFY(panel.summaryLabel()->text().contains(QLatin1String("toy.safetensors")));
        QCOMPARE(panel.proxy()->rowCount(), 7);
        // A file name that looks like a placeholder is shown as it is, the figures in place.
        Model odd = toyModel();
        odd.path = QStringLiteral("/tmp/toy %4 %5.safetensors");
        const ModelInfo oddInfo = describeModel(odd);
        panel.setSummary(oddInfo);
        QVERIFY2(panel.summaryLabel()->text().contains(QLatin1String("<b>toy %4 %5.safetensors</b>")),
                 qPrintable(panel.summaryLabel()->text()));
        QVERIFY2(panel.summaryLabel()->text().contains(QStringLiteral(" in %1 tensors").arg(oddInfo.tensorCount)),
                 qPrintable(panel.summaryLabel()->text()));
        panel.setSummary(describeModel(toyModel()));

        QTest::keyClicks(panel.filterEdit(), QStringLiteral("MLP"));
        QCOMPARE(panel.proxy()->rowCount(), 2); // substring, case-insensitive
        panel.filterEdit()->clear();
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("re:^blk\\.1\\."));
        QCOMPARE(panel.proxy()->rowCount(), 2);
        panel.filterEdit()->setText(QStringLiteral("re:(")); // invalid: shows nothing, flagged
        QVERIFY(!panel.proxy()->nameFilterValid());
        QCOMPARE(panel.proxy()->rowCount(), 0);
        panel.filterEdit()->clear();

        panel.opCombo()->setCurrentIndex(panel.opCombo()->findData(QStringLiteral("Dense")));
        QCOMPARE(panel.proxy()->rowCount(), 5);
        panel.opCombo()->setCurrentIndex(0);

        // Sorting by size uses the raw number, not the text.
        panel.view()->sortByColumn(LayerTableModel::Bytes, Qt::DescendingOrder);
        QCOMPARE(panel.proxy()->index(0, LayerTableModel::Name).data().toString(), QStringLiteral("embed"));

        QSignalSpy selected(&panel, &ModelPanel::layerSelected);
        panel.view()->selectRow(0);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), 0); // the embedding's index in Model::layers
    }

    void layerChartSelectsAndHighlights()
    {
        ModelPanel panel;
        panel.resize(400, 700);
        const ModelInfo info = describeModel(toyModel());
        panel.setSummary(info);
        BarChart *chart = panel.layerChart();
        // Parameters by default: every layer (7 < the chart's limit), largest at the top (last).
        QCOMPARE(panel.chartMetric(), ModelPanel::ChartMetric::Parameters);
        QCOMPARE(chart->setCount(), 1);
        const std::vector<double> values = chart->setValues(0);
        QCOMPARE(values.size(), std::size_t(7));
        QCOMPARE(panel.chartLayers().size(), std::size_t(7));
        for (std::size_t i = 0; i < values.size(); ++i)
            QCOMPARE(values[i], double(info.layers[std::size_t(panel.chartLayers()[i])].parameters) / 1e6);
        QVERIFY(std::is_sorted(values.begin(), values.end()));
        QVERIFY(chart->title().contains(QLatin1String("all 7 layers")));
        QVERIFY(!chart->data().yTitle.isEmpty());
        // Long names show their distinctive part; the axis has one label per bar.
        QCOMPARE(chart->axisLabels().size(), 7);
        // The same data again leaves the chart as it is (rebuilding one costs tens of ms of the
        // GUI thread); other data rebuilds it (see Bytes below).
        QChartView *view = chart->findChild<QChartView *>();
        QVERIFY(view);
        const QPointer<QAbstractSeries> drawn = view->chart()->series().value(0);
        QVERIFY(drawn);
        chart->setData(BarChartData(chart->data()));
        QCOMPARE(view->chart()->series().value(0), drawn.data());

        // Clicking a bar selects its layer in the table and highlights the bar.
        QSignalSpy selected(&panel, &ModelPanel::layerSelected);
        const int category = 2;
        const int layer = panel.chartLayers()[category];
        Q_EMIT chart->categoryClicked(category);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), layer);
        QCOMPARE(panel.selectedLayer(), layer);
        QCOMPARE(panel.view()->currentIndex().data(LayerTableModel::LayerIndexRole).toInt(), layer);
        QCOMPARE(chart->highlightedCategory(), int(std::find(panel.chartLayers().begin(), panel.chartLayers().end(), layer)
                                                   - panel.chartLayers().begin()));

        // Bytes: the stored size in MB.
        panel.setChartMetric(ModelPanel::ChartMetric::Bytes);
        QVERIFY(!drawn); // rebuilt: the old series is gone
        const std::vector<double> bytes = chart->setValues(0);
        for (std::size_t i = 0; i < bytes.size(); ++i)
            QCOMPARE(bytes[i], double(info.layers[std::size_t(panel.chartLayers()[i])].bytes) / 1e6);

        // Sparsity needs the analysis: until then the chart says so.
        panel.setChartMetric(ModelPanel::ChartMetric::Sparsity);
        QCOMPARE(chart->setCount(), 0);
        QVERIFY(chart->title().contains(QLatin1String("not computed")));
        auto model = std::make_shared<Model>(toyModel());
        // Half of blk.0.attn_q's weights are zero.
        const int q = model->layers[1].weight;
        std::vector<float> half(64, 0.25f);
        std::fill(half.begin(), half.begin() + 32, 0.0f);
        model->tensors[std::size_t(q)] = Tensor::fromFloats(model->tensors[std::size_t(q)].name(), {8, 8}, half);
        JobContext ctx;
        auto analysis = analyzeModel(*model, AnalysisOptions{}, ctx);
        QVERIFY(analysis.ok());
        panel.setAnalysis(model, std::make_shared<const ModelAnalysis>(std::move(analysis).value()));
        QCOMPARE(chart->setCount(), 1);
        const std::vector<double> sparsity = chart->setValues(0);
        // Sorted ascending bottom to top: the 50 % layer is the top bar.
        QCOMPARE(sparsity.back(), 50.0);
        QCOMPARE(panel.chartLayers().back(), 1);
        QVERIFY(chart->title().contains(QLatin1String("zeros")));
    }

    void themeSwitchesChartsToo()
    {
        ModelPanel panel;
        panel.setSummary(describeModel(toyModel()));
        panel.show();
        const std::vector<double> before = panel.layerChart()->setValues(0);
        QVERIFY(!panel.layerChart()->hasDarkTheme());

        // Preferences > Theme > Dark: the palette turns dark at once, and so do the charts,
        // which keep their data.
        PreferencesDialog prefs;
        prefs.themeCombo()->setCurrentIndex(prefs.themeCombo()->findData(QStringLiteral("dark")));
        prefs.accept();
        QCOMPARE(preferredTheme(), Theme::Dark);
        QCOMPARE(currentTheme(), Theme::Dark);
        QVERIFY(isDark(QApplication::palette()));
        QTRY_VERIFY(panel.layerChart()->hasDarkTheme());
        QCOMPARE(panel.layerChart()->setValues(0), before);
        // The Budget dock's Pareto front too (it stayed white).
        FrontChart front;
        front.show();
        QTRY_COMPARE(front.chart()->theme(), QChart::ChartThemeDark);

        // An unchecked box in a view (the Budget dock's Lock and Exclude columns) shows its
        // outline on the view's dark base: Fusion drew it in the base's own colour.
        const QPalette dark = QApplication::palette();
        QImage cell(24, 24, QImage::Format_RGB32);
        cell.fill(dark.color(QPalette::Base));
        {
            QPainter painter(&cell);
            QStyleOptionViewItem box;
            box.rect = QRect(4, 4, 16, 16);
            box.palette = dark;
            box.state = QStyle::State_Enabled | QStyle::State_Off;
            QApplication::style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &box, &painter);
        }
        int outline = 0;
        for (int y = 0; y < cell.height(); ++y)
            for (int x = 0; x < cell.width(); ++x)
                outline += std::abs(QColor(cell.pixel(x, y)).lightness() - dark.color(QPalette::Base).lightness()) > 40;
        QVERIFY2(outline >= 40, qPrintable(QString::number(outline))); // a 16-pixel square's sides

        applyTheme(Theme::Light);
        QVERIFY(!isDark(QApplication::palette()));
        QTRY_VERIFY(!panel.layerChart()->hasDarkTheme());
        QCOMPARE(panel.layerChart()->setValues(0), before);
        setPreferredTheme(Theme::System);
        applyTheme(Theme::System);
        QCOMPARE(preferredTheme(), Theme::System);
    }

    void manyLayersStayReadable()
    {
        // Hundreds of layers: the chart keeps the largest few plus the selected layer.
        Model m;
        m.path = QStringLiteral("/tmp/many.safetensors");
        m.format = ModelFormat::Safetensors;
        for (int i = 0; i < 300; ++i) {
            Layer l{QStringLiteral("model.layers.%1.mlp.down_proj").arg(i), OpKind::Dense};
            const std::int64_t rows = 4 + i % 17;
            m.tensors.push_back(Tensor::fromFloats(l.name + QStringLiteral(".weight"), {rows, 8},
                                                   std::vector<float>(std::size_t(rows * 8), 1.0f)));
            l.weight = int(m.tensors.size()) - 1;
            m.layers.push_back(l);
        }
        m.reindex();
        ModelPanel panel;
        panel.setSummary(describeModel(m));
        QCOMPARE(int(panel.chartLayers().size()), ModelPanel::kChartLayers);
        QVERIFY(panel.layerChart()->title().contains(QLatin1String("largest 24 of 300")));
        panel.selectLayer(0); // 4 rows: not among the largest
        QCOMPARE(int(panel.chartLayers().size()), ModelPanel::kChartLayers + 1);
        QVERIFY(std::find(panel.chartLayers().begin(), panel.chartLayers().end(), 0) != panel.chartLayers().end());
        QVERIFY(panel.layerChart()->highlightedCategory() >= 0);
        // Labels show the distinctive part of the name.
        for (const QString &label : panel.layerChart()->axisLabels())
            QVERIFY2(!label.startsWith(QLatin1String("model.layers.")), qPrintable(label));
    }
};

QTEST_MAIN(TestModelPanel)
#include "tst_modelpanel.moc"
