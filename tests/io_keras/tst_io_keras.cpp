// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/modelio.h"
#include "model/costmodel.h"
#include "common/isolate.h"
#include "io/pareh5writer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace pare::core;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(PARE_TEST_DATA "/keras/") + name;
}

std::shared_ptr<Model> open(const QString &path)
{
    JobContext ctx;
    auto r = readKerasH5(path, ctx);
    if (!r)
        qWarning().noquote() << r.error().message;
    return r ? *r : nullptr;
}

Error openError(const QString &path)
{
    JobContext ctx;
    auto r = readKerasH5(path, ctx);
    return r ? Error{ErrorCode::Internal, QStringLiteral("opened without error")} : r.error();
}

// Element [i0, i1, …] of a row-major tensor, by value.
float at(const Tensor &t, std::initializer_list<std::int64_t> index)
{
    std::int64_t flat = 0;
    int d = 0;
    for (std::int64_t i : index)
        flat = flat * t.dim(d++) + i;
    float v = 0;
    t.toFloat(flat, 1, &v);
    return v;
}
} // namespace

class TestIoKeras : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequentialCnn()
    {
        auto m = open(fixture(QStringLiteral("cnn_sequential.h5")));
        QVERIFY(m);
        QCOMPARE(m->format, ModelFormat::KerasH5);
        QCOMPARE(m->family, ModelFamily::ConvNet);
        QCOMPARE(m->architecture, QStringLiteral("sequential"));
        QCOMPARE(m->metadata.value(QStringLiteral("keras_version")).toString(),
                 QStringLiteral("2.11.0"));
        QCOMPARE(int(m->tensors.size()), 8);
        QCOMPARE(int(m->layers.size()), 3);
        const Layer *conv = m->layer(QStringLiteral("conv2d"));
        const Layer *bn = m->layer(QStringLiteral("batch_normalization"));
        const Layer *dense = m->layer(QStringLiteral("dense"));
        QVERIFY(conv && bn && dense);
        QCOMPARE(conv->op, OpKind::Conv);
        QCOMPARE(conv->opType, QStringLiteral("Conv2D"));
        QCOMPARE(conv->layout, WeightLayout::ConvHWIO);
        QCOMPARE(m->weightOf(*conv)->name(), QStringLiteral("conv2d/kernel:0"));
        QCOMPARE(m->weightOf(*conv)->shape(), (Shape{3, 3, 1, 4}));
        QCOMPARE(m->biasOf(*conv)->name(), QStringLiteral("conv2d/bias:0"));
        QCOMPARE(conv->inputShape, (Shape{-1, 8, 8, 1}));
        QCOMPARE(conv->outputShape, (Shape{-1, 8, 8, 4})); // padding same
        QCOMPARE(bn->op, OpKind::Norm);
        QCOMPARE(m->weightOf(*bn)->name(), QStringLiteral("batch_normalization/gamma:0"));
        QCOMPARE(m->biasOf(*bn)->name(), QStringLiteral("batch_normalization/beta:0"));
        QCOMPARE(dense->layout, WeightLayout::InOut);
        QCOMPARE(dense->inputShape, (Shape{-1, 64})); // max pool 2×2 then flatten 4·4·4
        QCOMPARE(dense->outputShape, (Shape{-1, 3}));
        const InputSpec spec;
        QCOMPARE(layerCost(*m, *conv, spec).macs, 36 * 64);
        QCOMPARE(layerCost(*m, *dense, spec).macs, 64 * 3);

        QVERIFY(m->graph);
        QStringList ops;
        for (const GraphNode &n : m->graph->nodes)
            ops << n.opType;
        QCOMPARE(ops, (QStringList{QStringLiteral("Conv"), QStringLiteral("BatchNormalization"),
                                   QStringLiteral("Relu"), QStringLiteral("MaxPool"),
                                   QStringLiteral("Flatten"), QStringLiteral("Gemm"),
                                   QStringLiteral("Softmax")}));
        const GraphNode &c = m->graph->nodes[0];
        QCOMPARE(c.attributes.value(QStringLiteral("layout")).toString(), QStringLiteral("NHWC"));
        QCOMPARE(c.attributes.value(QStringLiteral("auto_pad")).toString(),
                 QStringLiteral("SAME_UPPER"));
        QCOMPARE(c.inputs,
                 (std::vector<QString>{QStringLiteral("input_1"), QStringLiteral("conv2d/kernel:0"),
                                       QStringLiteral("conv2d/bias:0")}));
        QCOMPARE(m->graph->nodes[5].inputs.at(0), m->graph->nodes[4].outputs.at(0)); // chained
        QCOMPARE(m->graph->inputs.at(0).shape, (Shape{-1, 8, 8, 1}));
        QCOMPARE(m->graph->outputs.at(0).name, m->graph->nodes.back().outputs.at(0));
        QCOMPARE(m->graph->outputs.at(0).shape, (Shape{-1, 3}));
        for (const GraphNode &n : m->graph->nodes) {
            for (const QString &in : n.inputs) {
                if (in.contains(QLatin1Char(':')))
                    QVERIFY2(m->tensor(in), qPrintable(in)); // every weight input names a tensor
            }
        }
    }

    void sameWeightsAsOnnx()
    {
        JobContext ctx;
        auto k = open(fixture(QStringLiteral("cnn_sequential.h5")));
        auto onnxResult = readOnnx(QStringLiteral(PARE_TEST_DATA "/onnx/cnn.onnx"), ctx);
        QVERIFY(k && onnxResult);
        const Model &o = **onnxResult;
        const Tensor &kc = *k->tensor(QStringLiteral("conv2d/kernel:0")); // [h, w, i, o]
        const Tensor &oc = *o.tensor(QStringLiteral("conv.weight"));      // [o, i, h, w]
        int compared = 0;
        for (std::int64_t oo = 0; oo < 4; ++oo)
            for (std::int64_t h = 0; h < 3; ++h)
                for (std::int64_t w = 0; w < 3; ++w) {
                    QCOMPARE(at(kc, {h, w, 0, oo}), at(oc, {oo, 0, h, w}));
                    ++compared;
                }
        QCOMPARE(compared, 36);
        const Tensor &kd = *k->tensor(QStringLiteral("dense/kernel:0")); // [in, out]
        const Tensor &od = *o.tensor(QStringLiteral("fc.weight"));       // [out, in]
        for (std::int64_t i = 0; i < 64; ++i)
            for (std::int64_t j = 0; j < 3; ++j)
                QCOMPARE(at(kd, {i, j}), at(od, {j, i}));
        const std::pair<const char *, const char *> vectors[]
                = {{"conv2d/bias:0", "conv.bias"},
                   {"batch_normalization/gamma:0", "bn.scale"},
                   {"batch_normalization/beta:0", "bn.bias"},
                   {"batch_normalization/moving_mean:0", "bn.mean"},
                   {"batch_normalization/moving_variance:0", "bn.var"},
                   {"dense/bias:0", "fc.bias"}};
        for (const auto &[kn, on] : vectors)
            QCOMPARE(k->tensor(QString::fromLatin1(kn))->toFloatVector(),
                     o.tensor(QString::fromLatin1(on))->toFloatVector());
    }

    void weightsOnly()
    {
        auto m = open(fixture(QStringLiteral("weights_only.h5")));
        QVERIFY(m);
        QVERIFY(m->metadata.value(QStringLiteral("weights_only")).toBool());
        QVERIFY(!m->graph);
        const Tensor *k = m->tensor(QStringLiteral("dense/kernel:0"));
        QVERIFY(k);
        QCOMPARE(k->dtype(), DType::F16);
        QCOMPARE(k->shape(), (Shape{6, 5}));
        const std::vector<float> kv = k->toFloatVector();
        for (int i = 0; i < 30; ++i)
            QCOMPARE(kv[std::size_t(i)], float(i - 15) / 8.0f);
        const Tensor *b = m->tensor(QStringLiteral("dense/bias:0"));
        QCOMPARE(b->dtype(), DType::F64);
        double b3 = 0;
        std::memcpy(&b3, b->data() + 3 * 8, 8);
        QCOMPARE(b3, 3 * 0.1);
        QVERIFY(k->isMapped()); // contiguous: viewed in the file
        // gzip-compressed, chunked dataset: read into memory
        const Tensor *k1 = m->tensor(QStringLiteral("dense_1/kernel:0"));
        QVERIFY(!k1->isMapped());
        QCOMPARE(k1->dtype(), DType::F32);
        const std::vector<float> k1v = k1->toFloatVector();
        for (int i = 0; i < 10; ++i)
            QCOMPARE(k1v[std::size_t(i)], (float(i) - 4.5f) / 4.0f);
        const Tensor *steps = m->tensor(QStringLiteral("counter/steps:0"));
        QCOMPARE(steps->dtype(), DType::I64);
        QCOMPARE(steps->toFloatVector(), (std::vector<float>{3, -4, 5}));
        QCOMPARE(m->layer(QStringLiteral("dense"))->op, OpKind::Dense);
        QCOMPARE(m->layer(QStringLiteral("dense"))->layout, WeightLayout::InOut);
        QCOMPARE(m->layer(QStringLiteral("embedding"))->op, OpKind::Embedding);
        QCOMPARE(m->weightOf(*m->layer(QStringLiteral("embedding")))->toFloatVector().at(59),
                 59 * 0.25f);
        QVERIFY(!m->layer(QStringLiteral("counter"))); // an int vector is no layer
        QCOMPARE(m->family, ModelFamily::FeedForward);
    }

    void functionalConfig()
    {
        auto m = open(fixture(QStringLiteral("functional_mlp.h5")));
        QVERIFY(m);
        QCOMPARE(m->architecture, QStringLiteral("functional"));
        QCOMPARE(int(m->layers.size()), 2);
        const Layer *hidden = m->layer(QStringLiteral("hidden"));
        const Layer *out = m->layer(QStringLiteral("out"));
        QVERIFY(hidden && out);
        QCOMPARE(hidden->inputShape, (Shape{-1, 6})); // along inbound_nodes from the InputLayer
        QCOMPARE(hidden->outputShape, (Shape{-1, 4}));
        QCOMPARE(out->inputShape, (Shape{-1, 4}));
        QCOMPARE(out->outputShape, (Shape{-1, 2}));
        QCOMPARE(m->weightOf(*out)->toFloatVector(), std::vector<float>(8, 0.5f));
        QVERIFY(!m->graph); // graphs are synthesized for Sequential models only
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not keras") << "not_keras.h5"
                                   << "not a Keras model";
        QTest::newRow("config not JSON") << "bad_config.h5"
                                         << "model_config is not valid JSON";
        QTest::newRow("shape mismatch") << "shape_mismatch.h5"
                                        << "weight 'dense/kernel:0' has shape [64×3]";
        QTest::newRow("onnx file") << "../onnx/mlp.onnx"
                                   << "not a readable HDF5 file";
        QTest::newRow("2^31+1 elements") << "huge_elements.h5"
                                         << "over the 2147483648-element limit";
        QTest::newRow("external raw storage") << "external_storage.h5"
                                              << "keeps its data in another file";
        QTest::newRow("400 MB in 4 KB")
                << "huge_ratio.h5"
                << "claims 400000000 bytes, more than a 3664-byte file can hold";
    }

    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString path = fixture(name);
        const Error e = openError(path);
        QCOMPARE(e.code, ErrorCode::Format);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY2(e.message.startsWith(path), qPrintable(e.message));
    }

    void truncated()
    {
        QFile f(fixture(QStringLiteral("cnn_sequential.h5")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray full = f.readAll();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.h5"));
        int failures = 0;
        for (qsizetype cut = 0; cut < full.size(); cut += 97) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(full.left(cut));
            out.close();
            const Error e = openError(path);
            QVERIFY2(e.code == ErrorCode::Format,
                     qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(e.message)));
            QVERIFY(e.message.startsWith(path));
            ++failures;
        }
        QVERIFY(failures > 200);
    }

    // Inputs that crash or hang libhdf5 1.10 itself: the reader process takes the blow, and the
    // Keras and .pare readers answer with an Error naming the file.
    void hdf5LibraryFailures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("hang") << "hang-H5HG_protect.h5";
        QTest::newRow("memcpy overlap") << "memcpy-overlap-H5HG_read.h5";
        QTest::newRow("huge alloc") << "alloc-too-big-H5C_protect.h5";
    }

    void hdf5LibraryFailures()
    {
        QFETCH(QString, name);
        // The hang would otherwise last the default 30 s.
        qputenv("PARE_HDF5_TIMEOUT_MS", "4000");
        const QString path
                = QStringLiteral(PARE_SOURCE_DIR "/tests/fuzz/kerash5/hdf5-issues/") + name;
        QVERIFY(QFileInfo::exists(path));
        const Error e = openError(path);
        qunsetenv("PARE_HDF5_TIMEOUT_MS");
        QCOMPARE(e.code, ErrorCode::Format);
        QVERIFY2(e.message.startsWith(path), qPrintable(e.message));
        JobContext ctx;
        qputenv("PARE_HDF5_TIMEOUT_MS", "4000");
        auto pare = readPare(path, ctx);
        qunsetenv("PARE_HDF5_TIMEOUT_MS");
        QVERIFY(!pare);
        QVERIFY2(pare.error().message.startsWith(path), qPrintable(pare.error().message));
        // and the same through format detection and openModel
        qputenv("PARE_HDF5_TIMEOUT_MS", "4000");
        auto any = openModel(path, ctx);
        qunsetenv("PARE_HDF5_TIMEOUT_MS");
        QVERIFY(!any);
        QVERIFY2(any.error().message.startsWith(path), qPrintable(any.error().message));
    }

    void missingFile()
    {
        QCOMPARE(openError(fixture(QStringLiteral("nope.h5"))).code, ErrorCode::NotFound);
    }

    // Keras Conv2DTranspose holds [kh, kw, out, in]: the output channels are the next-to-last
    // dimension. The fixture holds tests/data/onnx/conv_transpose.onnx's up2 weights, whose
    // output channel 3 is all zero.
    void conv2DTranspose()
    {
        auto m = open(fixture(QStringLiteral("conv_transpose.h5")));
        QVERIFY(m);
        const Layer *up = m->layer(QStringLiteral("up"));
        QVERIFY(up);
        QCOMPARE(up->op, OpKind::Conv);
        QCOMPARE(up->opType, QStringLiteral("Conv2DTranspose"));
        QCOMPARE(up->layout, WeightLayout::ConvTransposeHWOI);
        const Tensor *w = m->weightOf(*up);
        QCOMPARE(w->shape(), (Shape{2, 2, 5, 6}));
        QCOMPARE(up->outFeatures(*w), std::int64_t(5));
        QCOMPARE(up->inFeatures(*w), std::int64_t(6 * 2 * 2));
        // Channel 3 and only channel 3 is all zero, read through the out × in map.
        const OutInMap map = outInMap(up->layout, w->shape());
        for (std::int64_t o = 0; o < 5; ++o) {
            int zeros = 0;
            for (std::int64_t c = 0; c < map.cols; ++c) {
                float v = 1;
                w->toFloat(map.index(o, c), 1, &v);
                zeros += v == 0.0f;
                QCOMPARE(map.channelOf(map.index(o, c)), o);
            }
            QCOMPARE(zeros, o == 3 ? 24 : 0);
        }
        // A transposed convolution meets the whole kernel once per input position (6×6).
        QCOMPARE(layerCost(*m, *up, InputSpec{}).macs, w->numel() * 36);
    }

    // libhdf5 in this process (writing .pare files) beside isolated reads: no child may be
    // forked while the writer is inside libhdf5 (it would hang on the inherited lock until the
    // timeout), so every read answers.
    void isolatedReadsBesideInProcessWrites()
    {
        auto model = open(fixture(QStringLiteral("cnn_sequential.h5")));
        QVERIFY(model);
        QTemporaryDir dir;
        qputenv("PARE_HDF5_TIMEOUT_MS", "20000");
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::thread writer([&] {
            for (int i = 0; !stop.load(); ++i) {
                if (writePareModel(*model, dir.filePath(QStringLiteral("w%1.pare").arg(i % 3))).ok())
                    ++written;
            }
        });
        int ok = 0;
        for (int i = 0; i < 25; ++i) {
            JobContext ctx;
            auto r = readKerasH5(fixture(QStringLiteral("cnn_sequential.h5")), ctx);
            if (r)
                ++ok;
            else
                qWarning().noquote() << r.error().message;
        }
        stop = true;
        writer.join();
        qunsetenv("PARE_HDF5_TIMEOUT_MS");
        QCOMPARE(ok, 25);
        QVERIFY(written.load() > 0);
    }

    // A canceled JobContext reaches runIsolated: the reader returns Canceled while it still
    // waits for an in-process libhdf5 user to finish.
    void cancelReachesTheIsolatedReader()
    {
        std::atomic<bool> entered{false};
        std::atomic<bool> stop{false};
        std::thread busy([&] {
            NoForkScope scope;
            entered = true;
            while (!stop.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        });
        while (!entered.load())
            std::this_thread::yield();
        JobContext ctx;
        std::thread canceler([&ctx] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            ctx.requestCancel();
        });
        auto r = readKerasH5(fixture(QStringLiteral("cnn_sequential.h5")), ctx);
        canceler.join();
        stop = true;
        busy.join();
        QVERIFY(!r);
        QVERIFY2(r.isCanceled(), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestIoKeras)
#include "tst_io_keras.moc"
