// SPDX-License-Identifier: GPL-3.0-or-later
// GCC 12 reports a false -Wrestrict inside std::string when protobuf setters take literals
// (GCC bug 105329); it is not about this code.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif
#include "io/modelio.h"
#include "model/costmodel.h"
#include "tensor/convert.h"

#include <onnx/onnx_pb.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pare::core;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(PARE_TEST_DATA "/onnx/") + name;
}

std::shared_ptr<Model> open(const QString &path)
{
    JobContext ctx;
    auto r = readOnnx(path, ctx);
    if (!r)
        qWarning().noquote() << r.error().message;
    return r ? *r : nullptr;
}

Error openError(const QString &path)
{
    JobContext ctx;
    auto r = readOnnx(path, ctx);
    return r ? Error{ErrorCode::Internal, QStringLiteral("opened without error")} : r.error();
}

onnx::ModelProto loadProto(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray bytes = f.readAll();
    onnx::ModelProto p;
    p.ParseFromArray(bytes.constData(), int(bytes.size()));
    return p;
}

void saveProto(const onnx::ModelProto &p, const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const std::string s = p.SerializeAsString();
    f.write(s.data(), qint64(s.size()));
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        char b = char(v & 0x7f);
        v >>= 7;
        if (v)
            b = char(b | 0x80);
        out.append(b);
    } while (v);
    return out;
}

std::vector<float> floats(const Tensor &t)
{
    return t.toFloatVector();
}
} // namespace

class TestIoOnnx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mlpLayersAndGraph()
    {
        auto m = open(fixture(QStringLiteral("mlp.onnx")));
        QVERIFY(m);
        QCOMPARE(m->format, ModelFormat::Onnx);
        QCOMPARE(m->family, ModelFamily::FeedForward);
        QCOMPARE(int(m->tensors.size()), 4);
        QCOMPARE(int(m->layers.size()), 2);
        const Layer *fc1 = m->layer(QStringLiteral("fc1"));
        const Layer *fc2 = m->layer(QStringLiteral("fc2"));
        QVERIFY(fc1 && fc2);
        QCOMPARE(fc1->op, OpKind::Dense);
        QCOMPARE(fc1->layout, WeightLayout::OutIn); // Gemm transB=1
        QCOMPARE(m->weightOf(*fc1)->name(), QStringLiteral("fc1.weight"));
        QCOMPARE(m->weightOf(*fc1)->shape(), (Shape{8, 4}));
        QCOMPARE(fc1->outFeatures(*m->weightOf(*fc1)), 8);
        QCOMPARE(m->biasOf(*fc1)->name(), QStringLiteral("fc1.bias"));
        QCOMPARE(fc2->layout, WeightLayout::InOut); // MatMul
        QCOMPARE(fc2->outFeatures(*m->weightOf(*fc2)), 3);
        QCOMPARE(m->biasOf(*fc2)->name(), QStringLiteral("fc2.bias")); // from the following Add
        QCOMPARE(fc1->inputShape, (Shape{-1, 4}));                     // dim_param → -1
        QCOMPARE(fc2->outputShape, (Shape{-1, 3}));
        QVERIFY(m->graph);
        QCOMPARE(int(m->graph->inputs.size()), 1);
        QCOMPARE(m->graph->inputs[0].name, QStringLiteral("x"));
        QCOMPARE(m->graph->opsetVersion, 13);
        QCOMPARE(int(m->graph->nodes.size()), 4);
        QCOMPARE(m->graph->nodes[0].attributes.value(QStringLiteral("transB")).toLongLong(), 1);
        QCOMPARE(m->graph->nodes[0].attributes.value(QStringLiteral("transB")).typeId(),
                 QMetaType::LongLong);
        QCOMPARE(m->metadata.value(QStringLiteral("producer_name")).toString(),
                 QStringLiteral("pare-fixtures"));
        // raw_data is viewed inside the parsed protobuf, not copied again.
        QVERIFY(!m->weightOf(*fc1)->isMapped());
        QCOMPARE(m->weightOf(*fc1)->storage()->size(), 8 * 4 * 4);
    }

    void cnnShapesAndCost()
    {
        auto m = open(fixture(QStringLiteral("cnn.onnx")));
        QVERIFY(m);
        QCOMPARE(m->family, ModelFamily::ConvNet);
        const Layer *conv = m->layer(QStringLiteral("conv"));
        const Layer *bn = m->layer(QStringLiteral("bn"));
        const Layer *fc = m->layer(QStringLiteral("fc"));
        QVERIFY(conv && bn && fc);
        QCOMPARE(conv->op, OpKind::Conv);
        QCOMPARE(conv->layout, WeightLayout::ConvOIHW);
        QCOMPARE(conv->groups, 1);
        QCOMPARE(conv->inputShape, (Shape{1, 1, 8, 8}));
        QCOMPARE(conv->outputShape, (Shape{1, 4, 8, 8})); // propagated: no value_info in the file
        QCOMPARE(m->biasOf(*conv)->name(), QStringLiteral("conv.bias"));
        QCOMPARE(bn->op, OpKind::Norm);
        QCOMPARE(m->weightOf(*bn)->name(), QStringLiteral("bn.scale"));
        QCOMPARE(m->biasOf(*bn)->name(), QStringLiteral("bn.bias"));
        QCOMPARE(fc->inputShape, (Shape{1, 64})); // through Relu, MaxPool 2×2 and Flatten
        QCOMPARE(fc->outputShape, (Shape{1, 3}));
        const InputSpec spec;
        QCOMPARE(layerCost(*m, *conv, spec).macs, 36 * 64); // 4·1·3·3 weights × 8·8 positions
        QCOMPARE(layerCost(*m, *fc, spec).macs, 3 * 64);
        const GraphNode &convNode = m->graph->nodes[0];
        QCOMPARE(convNode.opType, QStringLiteral("Conv"));
        QCOMPARE(convNode.attributes.value(QStringLiteral("pads")).toList(),
                 (QVariantList{qint64(1), qint64(1), qint64(1), qint64(1)}));
        QCOMPARE(m->graph->nodes[1].attributes.value(QStringLiteral("epsilon")).toDouble(),
                 double(1e-3f));
        QStringList ops;
        for (const GraphNode &n : m->graph->nodes)
            ops << n.opType;
        QCOMPARE(ops, (QStringList{QStringLiteral("Conv"), QStringLiteral("BatchNormalization"),
                                   QStringLiteral("Relu"), QStringLiteral("MaxPool"),
                                   QStringLiteral("Flatten"), QStringLiteral("Gemm")}));
    }

    void fp16CastConstantAndSubgraphs()
    {
        auto m = open(fixture(QStringLiteral("fp16_constant_if.onnx")));
        QVERIFY(m);
        const Layer *fc16 = m->layer(QStringLiteral("fc16"));
        QVERIFY(fc16);
        const Tensor *w16 = m->weightOf(*fc16);
        QCOMPARE(w16->name(), QStringLiteral("w16")); // the fp16 initializer, not the Cast output
        QCOMPARE(w16->dtype(), DType::F16);
        QCOMPARE(w16->shape(), (Shape{4, 3}));
        const Layer *fcConst = m->layer(QStringLiteral("fc_const"));
        QVERIFY(fcConst);
        QCOMPARE(m->weightOf(*fcConst)->name(), QStringLiteral("wc")); // Constant node
        QCOMPARE(m->weightOf(*fcConst)->shape(), (Shape{3, 2}));
        // Both If branches hold an initializer "w": the names stay unique. onnx.helper sorts
        // attributes by name, so else_branch is walked first and keeps the plain name.
        const Tensor *elseW = m->tensor(QStringLiteral("w"));
        const Tensor *thenW = m->tensor(QStringLiteral("branch/then_branch/w"));
        QStringList names;
        for (const Tensor &t : m->tensors)
            names << t.name();
        QVERIFY2(thenW && elseW, qPrintable(names.join(QLatin1Char(' '))));
        const std::vector<float> expectedThen{0, 1, 2, 3, 4, 5};
        QCOMPARE(floats(*thenW), expectedThen);
        const std::vector<float> expectedElse{0, -1, -2, -3, -4, -5};
        QCOMPARE(floats(*elseW), expectedElse);
        QCOMPARE(floats(*m->tensor(QStringLiteral("then_k"))), std::vector<float>{2.0f});
        QCOMPARE(floats(*m->tensor(QStringLiteral("else_k"))), std::vector<float>{3.0f});
        QCOMPARE(int(m->tensors.size()), 6);
        // The If node keeps its plain attributes only; the branches are not QVariants.
        QCOMPARE(m->graph->nodes.back().opType, QStringLiteral("If"));
        QVERIFY(m->graph->nodes.back().attributes.isEmpty());
        QCOMPARE(int(m->graph->inputs.size()), 2);
    }

    void externalData()
    {
        auto m = open(fixture(QStringLiteral("external.onnx")));
        QVERIFY(m);
        const Tensor *w = m->tensor(QStringLiteral("ext.weight"));
        const Tensor *b = m->tensor(QStringLiteral("ext.bias"));
        QVERIFY(w && b);
        QVERIFY(w->isMapped());
        QCOMPARE(w->storageOffset(), 0);
        QCOMPARE(b->storageOffset(), 12 * 4 + 4);
        std::vector<float> expected(12);
        for (int i = 0; i < 12; ++i)
            expected[std::size_t(i)] = float(i);
        QCOMPARE(floats(*w), expected);
        QCOMPARE(floats(*b), (std::vector<float>{0.0f, 0.5f, 1.0f}));
        QCOMPARE(m->layers.at(0).layout, WeightLayout::OutIn);
    }

    void typedFields()
    {
        auto m = open(fixture(QStringLiteral("typed_fields.onnx")));
        QVERIFY(m);
        auto check = [&](const char *name, DType dtype, const std::vector<float> &values) {
            const Tensor *t = m->tensor(QString::fromLatin1(name));
            QVERIFY2(t, name);
            QCOMPARE(t->dtype(), dtype);
            QCOMPARE(floats(*t), values);
        };
        check("f32", DType::F32, {1.5f, -2.0f, 3.25f, 0.0f});
        check("f64", DType::F64, {float(1e-3), 2.0f, -7.5f});
        check("i64", DType::I64, {float(-(std::int64_t(1) << 40)), 7.0f});
        check("i32", DType::I32, {-5.0f, 0.0f, 123456.0f});
        check("i16", DType::I16, {-32768.0f, 32767.0f});
        check("i8", DType::I8, {-128.0f, 5.0f, 127.0f});
        check("u8", DType::U8, {0.0f, 128.0f, 255.0f});
        check("b", DType::BOOL, {1.0f, 0.0f, 1.0f});
        check("f16", DType::F16, {1.0f, -2.5f, halfToFloat(floatToHalf(0.333f))});
        check("bf16", DType::BF16, {1.0f, -2.5f, 0.333984375f});
        check("raw_i32", DType::I32, {1.0f, 2.0f, 3.0f, 4.0f});
        // Exact 64-bit integers survive (float conversion above is only for comparison).
        const Tensor *i64 = m->tensor(QStringLiteral("i64"));
        std::int64_t first = 0;
        std::memcpy(&first, i64->data(), 8);
        QCOMPARE(first, -(std::int64_t(1) << 40));
    }

    void externalLocations_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QString>("length");
        QTest::addColumn<QString>("expected"); // empty: opens; else a fragment of the error
        QTest::newRow("subdir ok") << "sub/external.bin"
                                   << "0"
                                   << "48"
                                   << "";
        QTest::newRow("dot-dot") << "../external.bin"
                                 << "0"
                                 << "48"
                                 << "leaves the model's directory";
        QTest::newRow("dot-dot inside") << "sub/../../x.bin"
                                        << "0"
                                        << "48"
                                        << "leaves the model's directory";
        QTest::newRow("absolute") << "@ABS@"
                                  << "0"
                                  << "48"
                                  << "is an absolute path";
        QTest::newRow("etc") << "/etc/hostname"
                             << "0"
                             << "48"
                             << "is an absolute path";
        QTest::newRow("symlink out") << "link.bin"
                                     << "0"
                                     << "48"
                                     << "outside the model's directory";
        QTest::newRow("missing") << "missing.bin"
                                 << "0"
                                 << "48"
                                 << "does not exist";
        QTest::newRow("offset past end") << "sub/external.bin"
                                         << "1000"
                                         << "48"
                                         << "lies outside";
        QTest::newRow("length past end") << "sub/external.bin"
                                         << "40"
                                         << "48"
                                         << "lies outside";
        QTest::newRow("length mismatch") << "sub/external.bin"
                                         << "0"
                                         << "44"
                                         << "does not match";
        QTest::newRow("negative offset") << "sub/external.bin"
                                         << "-4"
                                         << "48"
                                         << "non-negative integer";
        QTest::newRow("empty location") << ""
                                        << "0"
                                        << "48"
                                        << "is empty";
    }

    void externalLocations()
    {
        QFETCH(QString, location);
        QFETCH(QString, offset);
        QFETCH(QString, length);
        QFETCH(QString, expected);
        QTemporaryDir outside;
        QTemporaryDir dir;
        QVERIFY(dir.isValid() && outside.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("external.bin")),
                            dir.filePath(QStringLiteral("sub/external.bin"))));
        QVERIFY(QFile::copy(fixture(QStringLiteral("external.bin")),
                            outside.filePath(QStringLiteral("secret.bin"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.bin")),
                            dir.filePath(QStringLiteral("link.bin"))));
        if (location == QLatin1String("@ABS@"))
            location = dir.filePath(QStringLiteral("sub/external.bin"));
        onnx::ModelProto p = loadProto(fixture(QStringLiteral("external.onnx")));
        auto *t = p.mutable_graph()->mutable_initializer(0); // ext.weight, 48 bytes
        for (auto &kv : *t->mutable_external_data()) {
            if (kv.key() == "location")
                kv.set_value(location.toStdString());
            else if (kv.key() == "offset")
                kv.set_value(offset.toStdString());
            else if (kv.key() == "length")
                kv.set_value(length.toStdString());
        }
        auto *bias = p.mutable_graph()->mutable_initializer(1);
        for (auto &kv : *bias->mutable_external_data()) {
            if (kv.key() == "location")
                kv.set_value("sub/external.bin");
        }
        const QString path = dir.filePath(QStringLiteral("model.onnx"));
        saveProto(p, path);
        JobContext ctx;
        auto r = readOnnx(path, ctx);
        if (expected.isEmpty()) {
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
            QCOMPARE((*r)->tensor(QStringLiteral("ext.weight"))->toFloatVector().at(11), 11.0f);
            return;
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("ext.weight")),
                 qPrintable(r.error().message));
    }

    void emptyAndMissing()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.onnx"));
        writeBytes(empty, {});
        const Error e = openError(empty);
        QCOMPARE(e.code, ErrorCode::Format);
        QVERIFY(e.message.contains(empty) && e.message.contains(QStringLiteral("empty")));
        QCOMPARE(openError(dir.filePath(QStringLiteral("nope.onnx"))).code, ErrorCode::NotFound);
        // Text that happens to parse as protobuf fields, but holds no graph.
        const QString text = dir.filePath(QStringLiteral("text.onnx"));
        writeBytes(text, QByteArrayLiteral("\x08\x07"));
        QVERIFY(openError(text).message.contains(QStringLiteral("no graph")));
    }

    void truncated_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"mlp.onnx", "cnn.onnx", "fp16_constant_if.onnx", "typed_fields.onnx",
                              "external.onnx"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }

    void truncated()
    {
        QFETCH(QString, name);
        QFile f(fixture(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray full = f.readAll();
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(QStringLiteral("external.bin")),
                            dir.filePath(QStringLiteral("external.bin"))));
        const QString path = dir.filePath(name);
        for (qsizetype cut = 1; cut < full.size(); ++cut) {
            writeBytes(path, full.left(cut));
            const Error e = openError(path);
            QVERIFY2(e.code == ErrorCode::Format,
                     qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(e.message)));
            QVERIFY(e.message.startsWith(path));
        }
    }

    void deeplyNested()
    {
        // ModelProto.graph → (GraphProto.node → NodeProto.attribute → AttributeProto.g)×N
        QByteArray payload;
        const int fields[3] = {1, 5, 6}; // outermost first: Graph.node, Node.attribute, Attribute.g
        constexpr int kDepth = 10000;
        for (int level = 0; level < kDepth; ++level) {
            const int field = fields[(kDepth - 1 - level) % 3];
            payload = char((field << 3) | 2) + varint(quint64(payload.size())) + payload;
        }
        payload = char((7 << 3) | 2) + varint(quint64(payload.size())) + payload;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep.onnx"));
        writeBytes(path, payload);
        const Error e = openError(path);
        QVERIFY2(e.code == ErrorCode::Format, qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("nested beyond any sane depth")),
                 qPrintable(e.message));
        QVERIFY(e.message.startsWith(path));
    }

    void badTypedCounts()
    {
        onnx::ModelProto p = loadProto(fixture(QStringLiteral("typed_fields.onnx")));
        p.mutable_graph()->mutable_initializer(0)->add_float_data(9.0f); // 5 values for [2, 2]
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.onnx"));
        saveProto(p, path);
        const Error e = openError(path);
        QVERIFY2(e.message.contains(QStringLiteral("float_data holds 5 values")),
                 qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("'f32'")));
        // int8 out of range
        p = loadProto(fixture(QStringLiteral("typed_fields.onnx")));
        p.mutable_graph()->mutable_initializer(5)->set_int32_data(0, 300);
        saveProto(p, path);
        QVERIFY(openError(path).message.contains(QStringLiteral("out of range")));
        // raw_data size disagreeing with dims
        p = loadProto(fixture(QStringLiteral("mlp.onnx")));
        p.mutable_graph()->mutable_initializer(0)->add_dims(2);
        saveProto(p, path);
        QVERIFY(openError(path).message.contains(QStringLiteral("raw_data holds")));
    }

    void gatherConvTransposeAndNorms()
    {
        onnx::ModelProto p = loadProto(fixture(QStringLiteral("cnn.onnx")));
        auto *g = p.mutable_graph();
        auto *gather = g->add_node(); // an embedding lookup on an initializer
        gather->set_op_type("Gather");
        gather->set_name("embed");
        gather->add_input("fc.weight");
        gather->add_input("ids");
        gather->add_output("e");
        auto *ct = g->add_node(); // ConvTranspose with groups and strides
        ct->set_op_type("ConvTranspose");
        ct->set_name("up");
        ct->add_input("x");
        ct->add_input("conv.weight");
        ct->add_output("u");
        auto *group = ct->add_attribute();
        group->set_name("group");
        group->set_type(onnx::AttributeProto_AttributeType_INT);
        group->set_i(1);
        auto *strides = ct->add_attribute();
        strides->set_name("strides");
        strides->set_type(onnx::AttributeProto_AttributeType_INTS);
        strides->add_ints(2);
        strides->add_ints(2);
        auto *ln = g->add_node();
        ln->set_op_type("LayerNormalization");
        ln->set_name("ln");
        ln->add_input("f");
        ln->add_input("bn.scale");
        ln->add_output("l");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("more.onnx"));
        saveProto(p, path);
        auto m = open(path);
        QVERIFY(m);
        const Layer *embed = m->layer(QStringLiteral("embed"));
        QVERIFY(embed);
        QCOMPARE(embed->op, OpKind::Embedding);
        QCOMPARE(m->weightOf(*embed)->name(), QStringLiteral("fc.weight"));
        const Layer *up = m->layer(QStringLiteral("up"));
        QVERIFY(up);
        QCOMPARE(up->op, OpKind::Conv);
        // [1, 1, 8, 8] with a [4, 1, 3, 3] kernel (in, out/groups, kh, kw), stride 2: 2·7 + 3 = 17
        QCOMPARE(up->outputShape, (Shape{1, 1, 17, 17}));
        // A transposed convolution meets the whole kernel once per INPUT pixel: MACs are the
        // weight's 36 elements × 8·8 input positions, not × the 17·17 output positions.
        QCOMPARE(up->inputShape, (Shape{1, 1, 8, 8}));
        QCOMPARE(layerCost(*m, *up, InputSpec{}).macs, std::int64_t(4 * 1 * 3 * 3) * 8 * 8);
        QCOMPARE(layerCost(*m, *up, InputSpec{}).parameters, std::int64_t(4 * 1 * 3 * 3));
        const Layer *norm = m->layer(QStringLiteral("ln"));
        QVERIFY(norm);
        QCOMPARE(norm->op, OpKind::Norm);
        QCOMPARE(norm->bias, -1);
        QCOMPARE(m->graph->nodes.at(7).attributes.value(QStringLiteral("strides")).toList().size(),
                 2);
        // A group that does not divide the weight's first dimension (4 input channels, group 3)
        // is refused with the node named, not read as one group.
        group->set_i(3);
        saveProto(p, path);
        const Error e = openError(path);
        QVERIFY2(e.message.contains(QStringLiteral("node up (ConvTranspose): group 3 does not divide")),
                 qPrintable(e.message));
        QVERIFY(e.message.contains(path));
    }

    void onnxTestData_data()
    {
        QTest::addColumn<QString>("path");
        const QString root = QStringLiteral("/usr/share/libonnx-testdata/data");
        if (!QDir(root).exists())
            QSKIP("libonnx-testdata is not installed (apt-get install libonnx-testdata)");
        QDirIterator it(root, {QStringLiteral("model.onnx")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        for (const QString &p : paths)
            QTest::newRow(qPrintable(QDir(root).relativeFilePath(p))) << p;
    }

    void onnxTestData()
    {
        QFETCH(QString, path);
        JobContext ctx;
        auto r = readOnnx(path, ctx);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QVERIFY((*r)->graph);
        QVERIFY(!(*r)->graph->nodes.empty());
    }
};

QTEST_GUILESS_MAIN(TestIoOnnx)
#include "tst_io_onnx.moc"
