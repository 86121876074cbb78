// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/layertablemodel.h"
#include "model/modelpanel.h"
#include "service/modelinfo.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
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
};

QTEST_MAIN(TestModelPanel)
#include "tst_modelpanel.moc"
