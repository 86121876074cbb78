// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/modelio.h"
#include "io/pareh5writer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace pare::core;

namespace {
// A tensor of `dtype` filled with random bytes (any bit pattern, NaNs included: the file must
// keep bytes, not values).
Tensor randomTensor(const QString &name, DType dtype, Shape shape, QRandomGenerator &rng)
{
    const std::int64_t bytes = storageBytes(dtype, shapeElements(shape).value()).value();
    std::vector<std::byte> data(static_cast<std::size_t>(bytes));
    for (std::byte &b : data)
        b = std::byte(rng.bounded(256));
    return Tensor::fromBytes(name, dtype, std::move(shape), std::move(data)).value();
}

std::shared_ptr<Model> readBack(const QString &path)
{
    JobContext ctx;
    auto r = readPare(path, ctx);
    if (!r)
        qWarning().noquote() << r.error().message;
    return r ? *r : nullptr;
}

void compareTensors(const Model &a, const Model &b)
{
    QCOMPARE(a.tensors.size(), b.tensors.size());
    for (std::size_t i = 0; i < a.tensors.size(); ++i) {
        const Tensor &x = a.tensors[i];
        const Tensor &y = b.tensors[i];
        QCOMPARE(y.name(), x.name());
        QCOMPARE(y.dtype(), x.dtype());
        QCOMPARE(y.shape(), x.shape());
        QCOMPARE(y.byteSize(), x.byteSize());
        QVERIFY2(x.byteSize() == 0
                         || std::memcmp(x.data(), y.data(), std::size_t(x.byteSize())) == 0,
                 qPrintable(x.name()));
    }
}
} // namespace

class TestIoPare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDTypeRoundTripsBitExactly()
    {
        QRandomGenerator rng(42);
        Model m;
        m.format = ModelFormat::Gguf;
        m.path = QStringLiteral("/models/source.gguf");
        m.architecture = QStringLiteral("llama");
        m.family = ModelFamily::LanguageModel;
        m.metadata.insert(QStringLiteral("llama.context_length"), 4096);
        m.metadata.insert(QStringLiteral("general.name"), QStringLiteral("tiny ünïcode"));
        for (int d = 0; d < kDTypeCount; ++d) {
            const DType t = DType(d);
            const std::int64_t block = dtypeInfo(t).blockElements;
            m.tensors.push_back(
                    randomTensor(QStringLiteral("t.%1").arg(dtypeName(t)), t, {3, 2 * block}, rng));
        }
        m.tensors.push_back(randomTensor(QStringLiteral("scalar"), DType::F32, {}, rng));
        m.tensors.push_back(randomTensor(QStringLiteral("empty"), DType::F16, {0, 7}, rng));
        Layer l;
        l.name = QStringLiteral("blk.0.attn_q");
        l.op = OpKind::Dense;
        l.opType = QStringLiteral("attn_q");
        l.role = QStringLiteral("attn.q");
        l.block = 0;
        l.weight = 2;
        l.bias = 1;
        l.layout = WeightLayout::ConvHWIO;
        l.groups = 3;
        l.inputShape = {-1, 64};
        l.outputShape = {-1, 1, 2, 8};
        l.positions = 17;
        l.tiedTo = true;
        m.layers.push_back(l);
        auto g = std::make_shared<Graph>();
        g->inputs.push_back({QStringLiteral("x"), DType::F16, {-1, 3}});
        g->outputs.push_back({QStringLiteral("y"), DType::F32, {-1, 2}});
        GraphNode n;
        n.name = QStringLiteral("conv");
        n.opType = QStringLiteral("Conv");
        n.inputs = {QStringLiteral("x"), QString(), QStringLiteral("w")};
        n.outputs = {QStringLiteral("y")};
        n.attributes.insert(QStringLiteral("pads"), QVariantList{qint64(1), qint64(2)});
        n.attributes.insert(QStringLiteral("alpha"), 0.25);
        n.attributes.insert(QStringLiteral("mode"), QStringLiteral("NHWC"));
        g->nodes.push_back(n);
        g->opsetVersion = 17;
        m.graph = g;
        m.reindex();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.pare"));
        JobContext ctx;
        auto w = writePareModel(m, path, ctx);
        QVERIFY2(w.ok(), w ? "" : qPrintable(w.error().message));
        auto r = readBack(path);
        QVERIFY(r);
        QCOMPARE(r->format, ModelFormat::Pare);
        QCOMPARE(r->path, path);
        QCOMPARE(r->architecture, m.architecture);
        QCOMPARE(r->family, m.family);
        QCOMPARE(r->metadata.value(QStringLiteral("llama.context_length")).toInt(), 4096);
        QCOMPARE(r->metadata.value(QStringLiteral("general.name")).toString(),
                 QStringLiteral("tiny ünïcode"));
        QCOMPARE(r->metadata.value(QStringLiteral("pare.source_path")).toString(), m.path);
        QCOMPARE(r->metadata.value(QStringLiteral("pare.source_format")).toString(),
                 QStringLiteral("GGUF"));
        compareTensors(m, *r);
        QCOMPARE(int(r->tensors.size()), kDTypeCount + 2);
        QCOMPARE(r->tensor(QStringLiteral("scalar"))->rank(), 0);
        QCOMPARE(r->tensor(QStringLiteral("empty"))->shape(), (Shape{0, 7}));

        QCOMPARE(int(r->layers.size()), 1);
        const Layer &rl = r->layers[0];
        QCOMPARE(rl.name, l.name);
        QCOMPARE(rl.op, l.op);
        QCOMPARE(rl.opType, l.opType);
        QCOMPARE(rl.role, l.role);
        QCOMPARE(rl.block, l.block);
        QCOMPARE(rl.weight, l.weight);
        QCOMPARE(rl.bias, l.bias);
        QCOMPARE(rl.layout, l.layout);
        QCOMPARE(rl.groups, l.groups);
        QCOMPARE(rl.inputShape, l.inputShape);
        QCOMPARE(rl.outputShape, l.outputShape);
        QCOMPARE(rl.positions, l.positions);
        QCOMPARE(rl.tiedTo, l.tiedTo);
        QVERIFY(r->layer(l.name));

        QVERIFY(r->graph);
        QCOMPARE(r->graph->opsetVersion, 17);
        QCOMPARE(r->graph->inputs.at(0).dtype, DType::F16);
        QCOMPARE(r->graph->inputs.at(0).shape, (Shape{-1, 3}));
        const GraphNode &rn = r->graph->nodes.at(0);
        QCOMPARE(rn.inputs, n.inputs);
        QCOMPARE(rn.attributes.value(QStringLiteral("pads")).toList(),
                 (QVariantList{qint64(1), qint64(2)}));
        QCOMPARE(rn.attributes.value(QStringLiteral("alpha")).toDouble(), 0.25);
        QCOMPARE(rn.attributes.value(QStringLiteral("mode")).toString(), QStringLiteral("NHWC"));

        // Only the target is left in the directory: the temporary file was renamed into place.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("model.pare")});
    }

    void onnxModelRoundTrips()
    {
        JobContext ctx;
        auto src = readOnnx(QStringLiteral(PARE_TEST_DATA "/onnx/cnn.onnx"), ctx);
        QVERIFY(src);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cnn.pare"));
        QVERIFY(writePareModel(**src, path).ok());
        // Overwriting an existing file replaces it atomically.
        QVERIFY(writePareModel(**src, path).ok());
        auto r = readBack(path);
        QVERIFY(r);
        compareTensors(**src, *r);
        QCOMPARE(r->layers.size(), (*src)->layers.size());
        QCOMPARE(r->layers[0].outputShape, (Shape{1, 4, 8, 8}));
        QCOMPARE(r->graph->nodes.size(), (*src)->graph->nodes.size());
        QCOMPARE(r->metadata.value(QStringLiteral("pare.source_format")).toString(),
                 QStringLiteral("ONNX"));
    }

    void writeFailures()
    {
        Model m;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/model.pare"));
        auto w = writePareModel(m, path);
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::Io);
        QVERIFY(w.error().message.startsWith(path));
        QVERIFY(!QFile::exists(path));

        // Canceled: nothing is left behind under either name.
        QRandomGenerator rng(1);
        m.tensors.push_back(randomTensor(QStringLiteral("a"), DType::F32, {4}, rng));
        JobContext canceled;
        canceled.requestCancel();
        const QString target = dir.filePath(QStringLiteral("c.pare"));
        auto c = writePareModel(m, target, canceled);
        QVERIFY(c.isCanceled());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void readsFileWrittenByH5py()
    {
        // The fuzz seed was written by h5py, not by Pare: the layout is the contract.
        auto r = readBack(QStringLiteral(PARE_SOURCE_DIR "/tests/fuzz/kerash5/corpus/small.pare"));
        QVERIFY(r);
        QCOMPARE(int(r->tensors.size()), 2);
        QCOMPARE(r->tensors[0].toFloatVector(), (std::vector<float>{0, 1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(r->tensors[1].dtype(), DType::F16);
        QCOMPARE(r->tensors[1].toFloatVector(), (std::vector<float>{1, 2}));
        QCOMPARE(r->layers.at(0).bias, 1);
        QCOMPARE(r->graph->nodes.at(0).attributes.value(QStringLiteral("transB")).toLongLong(), 1);
        QCOMPARE(r->metadata.value(QStringLiteral("pare.source_format")).toString(),
                 QStringLiteral("ONNX"));
    }

    void badFiles()
    {
        QTemporaryDir dir;
        JobContext ctx;
        // A Keras file is HDF5 but not a Pare file.
        const QString keras = QStringLiteral(PARE_TEST_DATA "/keras/not_keras.h5");
        auto r = readPare(keras, ctx);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(keras));
        QVERIFY(r.error().message.contains(QStringLiteral("pare_format")));

        // Truncated Pare files.
        auto src = readOnnx(QStringLiteral(PARE_TEST_DATA "/onnx/mlp.onnx"), ctx);
        QVERIFY(src);
        const QString path = dir.filePath(QStringLiteral("m.pare"));
        QVERIFY(writePareModel(**src, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray full = f.readAll();
        f.close();
        const QString cut = dir.filePath(QStringLiteral("cut.pare"));
        int checked = 0;
        for (qsizetype n = 0; n < full.size(); n += 211) {
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(full.left(n));
            out.close();
            auto t = readPare(cut, ctx);
            QVERIFY2(!t.ok(), qPrintable(QStringLiteral("cut at %1 opened").arg(n)));
            QCOMPARE(t.error().code, ErrorCode::Format);
            QVERIFY(t.error().message.startsWith(cut));
            ++checked;
        }
        QVERIFY(checked > 5);
    }
};

QTEST_GUILESS_MAIN(TestIoPare)
#include "tst_io_pare.moc"
