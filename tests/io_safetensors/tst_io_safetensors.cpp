// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/modelio.h"
#include "io/safetensors.h"
#include "io/safetensorswriter.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace pare::core;

namespace {

// BF16 keeps 8 significant bits, F16 11: round-to-nearest error is half an ulp.
constexpr double kBf16RelTolerance = 1.0 / 256;
constexpr double kF16RelTolerance = 1.0 / 2048;

QString fixture(const char *name)
{
    return QStringLiteral(PARE_TEST_DATA "/safetensors/") + QLatin1String(name);
}

// A safetensors file from a header text and a data buffer of `dataBytes` bytes.
QByteArray safetensorsBytes(const QByteArray &header, qint64 dataBytes)
{
    QByteArray out(8, '\0');
    const quint64 n = quint64(header.size());
    for (int i = 0; i < 8; ++i)
        out[i] = char((n >> (8 * i)) & 0xff);
    out += header;
    out += QByteArray(dataBytes, '\x01');
    return out;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write temp file");
    return path;
}

bool sameBytes(const Tensor &a, const Tensor &b)
{
    return a.byteSize() == b.byteSize()
           && (a.byteSize() == 0 || std::memcmp(a.data(), b.data(), std::size_t(a.byteSize())) == 0);
}

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsFixture()
    {
        JobContext ctx;
        auto m = readSafetensors(fixture("mlp.safetensors"), ctx);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        const Model &model = **m;
        QCOMPARE(int(model.tensors.size()), 14);
        QCOMPARE(model.metadata.value(QLatin1String("source")).toString(), QStringLiteral("pare fixtures"));
        const Tensor *fc1 = model.tensor(QStringLiteral("fc1.weight"));
        QVERIFY(fc1);
        QCOMPARE(fc1->dtype(), DType::F32);
        QCOMPARE(fc1->shape(), (Shape{12, 8}));
        QVERIFY(fc1->isMapped()); // a view into the file, not a copy
        const Tensor *fc2 = model.tensor(QStringLiteral("fc2.weight"));
        QCOMPARE(fc2->dtype(), DType::F16);
        const Tensor *i64 = model.tensor(QStringLiteral("dtypes.i64"));
        QCOMPARE(i64->dtype(), DType::I64);
        QCOMPARE(i64->toFloatVector().front(), -std::ldexp(1.0f, 40));
        const Tensor *b = model.tensor(QStringLiteral("dtypes.bool"));
        QCOMPARE(b->toFloatVector(), (std::vector<float>{1, 0, 1, 1, 0}));
        const Tensor *empty = model.tensor(QStringLiteral("dtypes.empty"));
        QCOMPARE(empty->numel(), 0);
        QCOMPARE(empty->shape(), (Shape{0, 3}));
        // Layers from names: fc1 with its bias, the embedding, the norm.
        const Layer *l = model.layer(QStringLiteral("fc1"));
        QVERIFY(l);
        QCOMPARE(l->op, OpKind::Dense);
        QCOMPARE(model.tensors[std::size_t(l->bias)].name(), QStringLiteral("fc1.bias"));
        QCOMPARE(model.layer(QStringLiteral("embed"))->op, OpKind::Embedding);
        QCOMPARE(model.layer(QStringLiteral("norm"))->op, OpKind::Norm);
        QVERIFY(!model.layer(QStringLiteral("lm_head"))); // no transformer blocks: nothing tied
    }

    void reducedPrecisionFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<int>("dtype");
        QTest::newRow("bf16") << fixture("mlp_bf16.safetensors") << kBf16RelTolerance << int(DType::BF16);
        QTest::newRow("f16") << fixture("mlp_f16.safetensors") << kF16RelTolerance << int(DType::F16);
    }
    void reducedPrecisionFixtures()
    {
        QFETCH(QString, file);
        QFETCH(double, tolerance);
        QFETCH(int, dtype);
        auto ref = openModel(fixture("mlp.safetensors"));
        auto low = openModel(file);
        QVERIFY(ref.ok() && low.ok());
        QCOMPARE(int((*low)->tensors.size()), 3);
        for (const Tensor &t : (*low)->tensors) {
            QCOMPARE(int(t.dtype()), dtype);
            const auto a = t.toFloatVector();
            const auto b = (*ref)->tensor(t.name())->toFloatVector();
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i)
                QVERIFY2(std::abs(a[i] - b[i]) <= tolerance * std::abs(b[i]),
                         qPrintable(QStringLiteral("%1[%2]: %3 vs %4").arg(t.name()).arg(i).arg(a[i]).arg(b[i])));
        }
    }

    void detectsFormats_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("safetensors") << fixture("mlp.safetensors") << int(ModelFormat::Safetensors);
        QTest::newRow("hf dir") << QStringLiteral(PARE_TEST_DATA "/hfdir/gpt2-tiny") << int(ModelFormat::HuggingFaceDir);
        QTest::newRow("hf sharded") << QStringLiteral(PARE_TEST_DATA "/hfdir/llama-tiny-sharded")
                                    << int(ModelFormat::HuggingFaceDir);
        QTest::newRow("npy") << QStringLiteral(PARE_TEST_DATA "/numpy/fc1_weight.npy") << int(ModelFormat::Npy);
        QTest::newRow("npz") << QStringLiteral(PARE_TEST_DATA "/numpy/mlp.npz") << int(ModelFormat::Npz);
    }
    void detectsFormats()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        auto f = detectFormat(path);
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        QCOMPARE(int(*f), format);
    }

    void detectsByContentNotExtension()
    {
        QTemporaryDir dir;
        QFile::copy(fixture("mlp.safetensors"), dir.filePath(QStringLiteral("weights.bin")));
        auto f = detectFormat(dir.filePath(QStringLiteral("weights.bin")));
        QVERIFY(f.ok());
        QCOMPARE(*f, ModelFormat::Safetensors);
        // HDF5 signature at a user-block offset; GGUF magic; ONNX-like protobuf.
        QByteArray h5(512, '\0');
        h5 += QByteArray("\x89HDF\r\n\x1a\n", 8) + QByteArray(64, '\0');
        QCOMPARE(*detectFormat(writeTemp(dir, QStringLiteral("a.model"), h5)), ModelFormat::KerasH5);
        QCOMPARE(*detectFormat(writeTemp(dir, QStringLiteral("b.model"), QByteArray("GGUF\3\0\0\0", 8))),
                 ModelFormat::Gguf);
        const QByteArray onnx = QByteArray("\x08\x07\x12\x04pare\x3a\x00", 10);
        QCOMPARE(*detectFormat(writeTemp(dir, QStringLiteral("c.model"), onnx)), ModelFormat::Onnx);
    }

    void rejectsUnknownFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("hello world, not a model") << QStringLiteral("68 65 6c 6c");
        QTest::newRow("safetensors header too long")
            << QByteArray("\xff\xff\x00\x00\x00\x00\x00\x00{}", 10) << QStringLiteral("exceeds the file size");
    }
    void rejectsUnknownFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("x.safetensors"), bytes);
        auto m = openModel(path);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Format);
        QVERIFY2(m.error().message.contains(path) && m.error().message.contains(expected),
                 qPrintable(m.error().message));
        auto d = openModel(dir.filePath(QStringLiteral("does-not-exist")));
        QCOMPARE(d.error().code, ErrorCode::NotFound);
        QVERIFY(!openModel(dir.path()).ok()); // a directory without config.json
    }

    void rejectsBadHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("dataBytes");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *header, qint64 data, const char *expected) {
            QTest::newRow(name) << QByteArray(header) << data << QString::fromUtf8(expected);
        };
        row("not an object", "[1, 2]", 0, "does not start with '{'");
        row("invalid json", "{\"a\": {", 0, "header JSON invalid at offset");
        row("unknown dtype", R"({"a":{"dtype":"F12","shape":[1],"data_offsets":[0,4]}})", 4,
            "tensor 'a': field 'dtype': unknown dtype 'F12'");
        row("block dtype", R"({"a":{"dtype":"Q4_0","shape":[32],"data_offsets":[0,18]}})", 18,
            "unknown dtype 'Q4_0'");
        row("negative shape", R"({"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", 4,
            "field 'shape'[0] = -1");
        row("fractional shape", R"({"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}})", 4,
            "field 'shape'[0] = 1.5");
        row("overflowing shape",
            R"({"a":{"dtype":"F32","shape":[1099511627776,1099511627776],"data_offsets":[0,4]}})", 4,
            "field 'shape' [1099511627776×1099511627776] overflows");
        row("offsets beyond buffer", R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[8,24]}})", 16,
            "lies beyond the 16-byte data buffer");
        // A name that looks like a message placeholder is quoted as it is, and the figures
        // still land where they belong (they were filled in one by one: "tensor '8'…[8, 24]").
        row("placeholder name", R"({"%2 %3":{"dtype":"F32","shape":[4],"data_offsets":[8,24]}})", 16,
            "tensor '%2 %3': field 'data_offsets' [8, 24] lies beyond the 16-byte data buffer");
        row("offsets inconsistent", R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,12]}})", 12,
            "holds 12 bytes, but shape [4] of F32 needs 16");
        row("offsets reversed", R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[8,4]}})", 8,
            "field 'data_offsets' [8, 4]");
        row("offsets overlapping",
            R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
            12, "overlaps the previous tensor");
        row("offsets with gap",
            R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
            12, "leaves a gap after offset 4");
        row("buffer not covered", R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", 12,
            "tensors cover 4 bytes of the 12-byte data buffer");
        row("duplicate names",
            R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
            8, "duplicate tensor name 'a'");
        row("non-utf8 name", "{\"a\xff\xfe\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4,
            "not valid UTF-8");
        row("metadata not string", R"({"__metadata__":{"k":1}})", 0, "'__metadata__' field 'k'");
        row("entry not object", R"({"a":[1,2]})", 0, "tensor 'a': entry is not a JSON object");
        row("offsets missing", R"({"a":{"dtype":"F32","shape":[1]}})", 4, "field 'data_offsets' missing");
    }
    void rejectsBadHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, dataBytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("bad.safetensors"), safetensorsBytes(header, dataBytes));
        JobContext ctx;
        auto m = readSafetensors(path, ctx);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Format);
        QVERIFY2(m.error().message.startsWith(path) && m.error().message.contains(expected),
                 qPrintable(m.error().message));
    }

    void rejectsTruncatedFiles_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << 0 << QStringLiteral("too short for the 8-byte");
        QTest::newRow("4 bytes") << 4 << QStringLiteral("too short for the 8-byte");
        QTest::newRow("half header") << 40 << QStringLiteral("exceeds the");
        QTest::newRow("data cut") << -3 << QStringLiteral("data buffer");
    }
    void rejectsTruncatedFiles()
    {
        QFETCH(int, keep);
        QFETCH(QString, expected);
        QFile f(fixture("mlp.safetensors"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        bytes.truncate(keep >= 0 ? keep : bytes.size() + keep);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("cut.safetensors"), bytes);
        JobContext ctx;
        auto m = readSafetensors(path, ctx);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(path) && m.error().message.contains(expected),
                 qPrintable(m.error().message));
    }

    void acceptsZeroSizeAndEmpty()
    {
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("z.safetensors"),
                                       safetensorsBytes(R"({"z":{"dtype":"F32","shape":[0,5],"data_offsets":[0,0]}})", 0));
        JobContext ctx;
        auto m = readSafetensors(path, ctx);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE((*m)->tensors.front().numel(), 0);
        auto e = readSafetensors(writeTemp(dir, QStringLiteral("e.safetensors"), safetensorsBytes("{}", 0)), ctx);
        QVERIFY(e.ok());
        QVERIFY((*e)->tensors.empty());
    }

    void copiesMisalignedData()
    {
        // A 57-byte header puts the data at offset 65: F32 values there are copied, not viewed.
        QByteArray header = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
        header += QByteArray(57 - header.size(), ' ');
        QByteArray bytes = safetensorsBytes(header, 0);
        const float values[2] = {1.5f, -2.25f};
        bytes.append(reinterpret_cast<const char *>(values), sizeof values);
        QTemporaryDir dir;
        JobContext ctx;
        auto m = readSafetensors(writeTemp(dir, QStringLiteral("odd.safetensors"), bytes), ctx);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        const Tensor &t = (*m)->tensors.front();
        QVERIFY(!t.isMapped());
        QCOMPARE(t.toFloatVector(), (std::vector<float>{1.5f, -2.25f}));
    }

    void writerRoundTripsEveryDtype_data()
    {
        QTest::addColumn<int>("dtype");
        for (DType t : {DType::F64, DType::F32, DType::F16, DType::BF16, DType::F8_E4M3, DType::F8_E5M2,
                        DType::I64, DType::I32, DType::I16, DType::I8, DType::U8, DType::BOOL})
            QTest::newRow(dtypeInfo(t).name) << int(t);
    }
    void writerRoundTripsEveryDtype()
    {
        QFETCH(int, dtype);
        const DType t = DType(dtype);
        // Arbitrary bit patterns (NaN payloads included) must come back bit for bit.
        const Shape shape{3, 5};
        std::vector<std::byte> bytes(std::size_t(*storageBytes(t, 15)));
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = std::byte((i * 37 + 11) & 0xff);
        if (t == DType::BOOL)
            for (auto &b : bytes)
                b = std::byte(int(b) & 1);
        auto tensor = Tensor::fromBytes(QStringLiteral("w.%1").arg(dtype), t, shape, bytes);
        QVERIFY(tensor.ok());
        auto scalar = Tensor::fromBytes(QStringLiteral("s"), t, {}, std::vector<std::byte>(bytes.begin(), bytes.begin() + dtypeInfo(t).blockBytes));
        QVERIFY(scalar.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rt.safetensors"));
        QJsonObject meta{{QStringLiteral("format"), QStringLiteral("pt")}, {QStringLiteral("n"), 3}};
        auto w = writeSafetensors({*tensor, *scalar}, meta, path);
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
        JobContext ctx;
        auto m = readSafetensors(path, ctx);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(int((*m)->tensors.size()), 2);
        const Tensor &back = (*m)->tensors.front();
        QCOMPARE(back.name(), tensor->name());
        QCOMPARE(back.dtype(), t);
        QCOMPARE(back.shape(), shape);
        QVERIFY(sameBytes(back, *tensor));
        QVERIFY(sameBytes((*m)->tensors.back(), *scalar));
        QCOMPARE((*m)->tensors.back().rank(), 0);
        QCOMPARE((*m)->metadata.value(QLatin1String("format")).toString(), QStringLiteral("pt"));
        QCOMPARE((*m)->metadata.value(QLatin1String("n")).toString(), QStringLiteral("3"));
        // Data starts 8-byte aligned.
        QCOMPARE(back.storageOffset() % 8, 0);
    }

    void writerRefusesBadInput()
    {
        QTemporaryDir dir;
        auto q = Tensor::fromBytes(QStringLiteral("q"), DType::Q4_0, {32}, std::vector<std::byte>(18));
        QVERIFY(q.ok());
        auto w = writeSafetensors({*q}, {}, dir.filePath(QStringLiteral("q.safetensors")));
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::Unsupported);
        const Tensor a = Tensor::fromFloats(QStringLiteral("a"), {1}, {1.0f});
        QVERIFY(!writeSafetensors({a, a}, {}, dir.filePath(QStringLiteral("d.safetensors"))).ok());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("q.safetensors"))));
    }

    void writesFixtureIdentically()
    {
        // Reading the fixture and writing it again gives a file that reads back identically.
        auto ref = openModel(fixture("mlp.safetensors"));
        QVERIFY(ref.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.safetensors"));
        QVERIFY(writeSafetensors((*ref)->tensors, (*ref)->metadata, path).ok());
        auto back = openModel(path);
        QVERIFY(back.ok());
        QCOMPARE((*back)->tensors.size(), (*ref)->tensors.size());
        for (const Tensor &t : (*ref)->tensors) {
            const Tensor *b = (*back)->tensor(t.name());
            QVERIFY(b);
            QCOMPARE(b->dtype(), t.dtype());
            QCOMPARE(b->shape(), t.shape());
            QVERIFY(sameBytes(*b, t));
        }
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_io_safetensors.moc"
