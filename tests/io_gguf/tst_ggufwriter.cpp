// SPDX-License-Identifier: GPL-3.0-or-later
// The GGUF writer and ggml's reference quantizers: bit-exact against the numpy transcription in
// tools/fixtures/make_gguf_fixtures.py, byte-identical rewrites of the fixtures, round trips.
#include "io/ggufreader.h"
#include "io/ggufwriter.h"
#include "io/modelio.h"
#include "tensor/blockquant.h"
#include "tensor/convert.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace pare::core;

Q_DECLARE_METATYPE(pare::core::DType)

namespace {

// Root-mean-square error bounds on ggml's test signal 0.1 + 2·cos(i + offset) (|x| ≤ 2.1),
// one per scheme, as ggml's test-quantize-fns names them. A uniform rounding error has RMS
// step/√12; a 32-sample block spans the whole cosine, so the step is 2.1/127 (Q8_0), 2.1/8
// (Q4_0), 4.2/15 (Q4_1), 2.1/16 (Q5_0), 4.2/31 (Q5_1). Bounds are those RMS values plus ~20 %.
constexpr double kRmseQ8_0 = 0.006;
constexpr double kRmseQ4_0 = 0.09;
constexpr double kRmseQ4_1 = 0.095;
constexpr double kRmseQ5_0 = 0.046;
constexpr double kRmseQ5_1 = 0.047;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray fixture(const QString &name)
{
    return readAll(QStringLiteral(PARE_TEST_DATA "/gguf/") + name);
}

std::vector<float> testSignal(std::int64_t n, double offset)
{
    std::vector<float> x(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        x[std::size_t(i)] = float(0.1 + 2.0 * std::cos(double(i) + offset));
    return x;
}

std::vector<std::byte> encode(DType t, const std::vector<float> &x)
{
    std::vector<std::byte> out(std::size_t(*storageBytes(t, std::int64_t(x.size()))));
    const auto n = std::int64_t(x.size());
    switch (t) {
    case DType::F32: std::memcpy(out.data(), x.data(), out.size()); break;
    case DType::F16: floatToHalf(x.data(), n, reinterpret_cast<std::uint16_t *>(out.data())); break;
    case DType::BF16:
        floatToBfloat16(x.data(), n, reinterpret_cast<std::uint16_t *>(out.data()));
        break;
    default: quantizeBlocks(t, x.data(), n / dtypeInfo(t).blockElements, out.data()); break;
    }
    return out;
}

std::vector<GgufWriteTensor> sameTypes(const Model &m)
{
    std::vector<GgufWriteTensor> out;
    for (const Tensor &t : m.tensors)
        out.push_back({t, t.dtype(), {}});
    return out;
}

} // namespace

class TestGgufWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString tmp(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void quantizersMatchReference_data()
    {
        QTest::addColumn<DType>("dtype");
        QTest::addColumn<QString>("file");
        QTest::newRow("Q8_0") << DType::Q8_0 << QStringLiteral("q8_0");
        QTest::newRow("Q4_0") << DType::Q4_0 << QStringLiteral("q4_0");
        QTest::newRow("Q4_1") << DType::Q4_1 << QStringLiteral("q4_1");
        QTest::newRow("Q5_0") << DType::Q5_0 << QStringLiteral("q5_0");
        QTest::newRow("Q5_1") << DType::Q5_1 << QStringLiteral("q5_1");
    }
    void quantizersMatchReference()
    {
        QFETCH(DType, dtype);
        QFETCH(QString, file);
        const QByteArray in = fixture(QStringLiteral("quant/input.f32"));
        const QByteArray expected = fixture(QStringLiteral("quant/") + file + QStringLiteral(".bin"));
        QCOMPARE(in.size(), 32 * 32 * 4);
        std::vector<float> x(32 * 32);
        std::memcpy(x.data(), in.constData(), std::size_t(in.size()));
        QVERIFY(canQuantizeBlocks(dtype));
        const std::vector<std::byte> got = encode(dtype, x);
        QCOMPARE(qsizetype(got.size()), expected.size());
        const int bb = dtypeInfo(dtype).blockBytes;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (std::uint8_t(got[std::size_t(i)]) != std::uint8_t(expected[i]))
                QFAIL(qPrintable(QStringLiteral("block %1 byte %2: 0x%3, expected 0x%4")
                                     .arg(i / bb).arg(i % bb)
                                     .arg(std::uint8_t(got[std::size_t(i)]), 2, 16, QLatin1Char('0'))
                                     .arg(std::uint8_t(expected[i]), 2, 16, QLatin1Char('0'))));
        }
    }

    void quantizationError_data()
    {
        QTest::addColumn<DType>("dtype");
        QTest::addColumn<double>("rmseBound");
        QTest::newRow("Q8_0") << DType::Q8_0 << kRmseQ8_0;
        QTest::newRow("Q4_0") << DType::Q4_0 << kRmseQ4_0;
        QTest::newRow("Q4_1") << DType::Q4_1 << kRmseQ4_1;
        QTest::newRow("Q5_0") << DType::Q5_0 << kRmseQ5_0;
        QTest::newRow("Q5_1") << DType::Q5_1 << kRmseQ5_1;
    }
    void quantizationError()
    {
        QFETCH(DType, dtype);
        QFETCH(double, rmseBound);
        const std::vector<float> x = testSignal(4096, 0.5);
        const std::vector<std::byte> q = encode(dtype, x);
        std::vector<float> y(x.size());
        dequantizeBlocks(dtype, q.data(), std::int64_t(x.size()) / 32, y.data());
        double sum = 0.0;
        for (std::size_t i = 0; i < x.size(); ++i)
            sum += double(x[i] - y[i]) * double(x[i] - y[i]);
        const double rmse = std::sqrt(sum / double(x.size()));
        QVERIFY2(rmse <= rmseBound, qPrintable(QString::number(rmse)));
        QVERIFY(rmse > 0.0); // a lossy scheme really quantized
    }

    // Reading a fixture and writing it back with every tensor in its own type reproduces the file
    // byte for byte (v2 differs only in the version field: the writer writes v3).
    void rewriteIsByteIdentical_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("v3") << QStringLiteral("tiny_llama_v3.gguf");
        QTest::newRow("v2, alignment 64") << QStringLiteral("tiny_v2.gguf");
        QTest::newRow("all types") << QStringLiteral("small_all_types.gguf");
    }
    void rewriteIsByteIdentical()
    {
        QFETCH(QString, file);
        const QString src = QStringLiteral(PARE_TEST_DATA "/gguf/") + file;
        JobContext ctx;
        auto model = readGguf(src, ctx);
        QVERIFY(model.ok());
        auto metadata = readGgufMetadata(src, ctx);
        QVERIFY(metadata.ok());
        const QString out = tmp("rewrite.gguf");
        auto w = writeGguf(out, *metadata, sameTypes(**model), ctx);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        QByteArray expected = fixture(file);
        expected[4] = 3;
        const QByteArray got = readAll(out);
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected);
    }

    void conversions_data()
    {
        QTest::addColumn<DType>("from");
        QTest::addColumn<DType>("to");
        for (DType to : {DType::F32, DType::F16, DType::BF16, DType::Q8_0, DType::Q4_0,
                         DType::Q4_1, DType::Q5_0, DType::Q5_1}) {
            QTest::addRow("F32 to %s", dtypeInfo(to).name) << DType::F32 << to;
            QTest::addRow("F16 to %s", dtypeInfo(to).name) << DType::F16 << to;
        }
    }
    // Values decoded from the source, encoded as `to`: what is read back is exactly that encoding.
    void conversions()
    {
        QFETCH(DType, from);
        QFETCH(DType, to);
        const Shape shape{3, 64};
        std::vector<float> values = testSignal(3 * 64, 1.0);
        Tensor src = Tensor::fromFloats(QStringLiteral("blk.0.attn_q.weight"), shape, values);
        if (from == DType::F16) {
            auto t = Tensor::fromBytes(src.name(), DType::F16, shape, encode(DType::F16, values));
            QVERIFY(t.ok());
            src = *t;
            values = src.toFloatVector(); // what the writer will see
        }
        const QString out = tmp("convert.gguf");
        JobContext ctx;
        std::vector<GgufKeyValue> md{{QStringLiteral("general.architecture"),
                                      GgufValue::str(QStringLiteral("llama"))}};
        auto w = writeGguf(out, md, {{src, to, {}}}, ctx);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        auto back = readGguf(out, ctx);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        const Tensor *t = back.value()->tensor(src.name());
        QVERIFY(t);
        QCOMPARE(t->dtype(), to);
        QCOMPARE(t->shape(), shape);
        const std::vector<std::byte> expected = encode(to, values);
        QCOMPARE(std::size_t(t->byteSize()), expected.size());
        QVERIFY(std::memcmp(t->data(), expected.data(), expected.size()) == 0);
        QCOMPARE(back.value()->architecture, QStringLiteral("llama"));
        QCOMPARE(back.value()->layer(QStringLiteral("blk.0.attn_q"))->role, QStringLiteral("attn.q"));
    }

    // A tensor larger than one conversion chunk, so the chunk loop is exercised.
    void multiChunkTensor()
    {
        const std::vector<float> values = testSignal(1025 * 256, 2.0);
        const Tensor src = Tensor::fromFloats(QStringLiteral("big"), {1025, 256}, values);
        const QString out = tmp("big.gguf");
        JobContext ctx;
        QVERIFY(writeGguf(out, {}, {{src, DType::Q4_1, {}}}, ctx).ok());
        auto back = readGguf(out, ctx);
        QVERIFY(back.ok());
        const std::vector<std::byte> expected = encode(DType::Q4_1, values);
        QVERIFY(std::memcmp(back.value()->tensors.at(0).data(), expected.data(), expected.size()) == 0);
    }

    void refused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("elided metadata") << 0 << int(ErrorCode::InvalidArgument)
                                         << QStringLiteral("metadata 'tokenizer.ggml.tokens'");
        QTest::newRow("K-quant encoding") << 1 << int(ErrorCode::Unsupported)
                                          << QStringLiteral("cannot store F32 values as Q4_K");
        QTest::newRow("partial block") << 2 << int(ErrorCode::InvalidArgument)
                                       << QStringLiteral("innermost dimension 48");
        QTest::newRow("duplicate name") << 3 << int(ErrorCode::InvalidArgument)
                                        << QStringLiteral("tensor 'w' appears twice");
        QTest::newRow("bad alignment") << 4 << int(ErrorCode::InvalidArgument)
                                       << QStringLiteral("general.alignment must be");
        QTest::newRow("rank 5") << 5 << int(ErrorCode::InvalidArgument) << QStringLiteral("rank 5");
        QTest::newRow("no GGUF type") << 6 << int(ErrorCode::Unsupported)
                                      << QStringLiteral("cannot store BOOL values as BOOL");
    }
    void refused()
    {
        QFETCH(int, kind);
        QFETCH(int, code);
        QFETCH(QString, fragment);
        const Tensor w = Tensor::fromFloats(QStringLiteral("w"), {2, 48}, std::vector<float>(96, 1.0f));
        std::vector<GgufKeyValue> md;
        std::vector<GgufWriteTensor> ts{{w, DType::F32, {}}};
        JobContext ctx;
        switch (kind) {
        case 0: {
            // The Model's parse (long arrays elided), not readGgufMetadata's.
            auto storage = MappedFile::open(QStringLiteral(PARE_TEST_DATA "/gguf/tiny_llama_v3.gguf"));
            QVERIFY(storage.ok());
            auto h = parseGgufHeader(**storage, QStringLiteral("v3"), false, ctx);
            QVERIFY(h.ok());
            md = h->metadata;
            break;
        }
        case 1: ts[0].type = DType::Q4_K; break;
        case 2: ts[0].type = DType::Q8_0; break;
        case 3: ts.push_back(ts[0]); break;
        case 4: md.push_back({QStringLiteral("general.alignment"), GgufValue::u32(24)}); break;
        case 5:
            ts[0].source = Tensor::fromFloats(QStringLiteral("w"), {1, 1, 2, 3, 4}, std::vector<float>(24));
            break;
        case 6: {
            auto b = Tensor::fromBytes(QStringLiteral("w"), DType::BOOL, {4}, std::vector<std::byte>(4));
            QVERIFY(b.ok());
            ts[0] = {*b, DType::BOOL, {}};
            break;
        }
        }
        const QString out = tmp("refused.gguf");
        QFile::remove(out);
        auto r = writeGguf(out, md, ts, ctx);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
        QVERIFY(!QFile::exists(out)); // nothing half-written under the real name
    }

    void cancelLeavesNoFile()
    {
        const Tensor w = Tensor::fromFloats(QStringLiteral("w"), {2, 64}, std::vector<float>(128, 1.0f));
        JobContext ctx;
        ctx.requestCancel();
        const QString out = tmp("canceled.gguf");
        auto r = writeGguf(out, {}, {{w, DType::Q8_0, {}}}, ctx);
        QVERIFY(r.isCanceled());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestGgufWriter)
#include "tst_ggufwriter.moc"
