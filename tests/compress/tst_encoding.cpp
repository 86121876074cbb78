// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/encoding.h"
#include "compress/lowrank.h"
#include "compress/pruner.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>

#include <cstring>

using namespace pare::core;

Q_DECLARE_METATYPE(EncodedTensor)

namespace {

std::optional<QuantSpec> specFor(int kind)
{
    QuantSpec s;
    switch (kind) {
    case 0: return std::nullopt; // F32
    case 1: s.bits = 4; s.granularity = QuantGranularity::Group; s.groupSize = 32; return s;
    case 2: s.bits = 3; s.scheme = QuantScheme::Asymmetric; s.granularity = QuantGranularity::Group; s.groupSize = 64; return s;
    case 3: s.bits = 8; s.granularity = QuantGranularity::Channel; return s;
    case 4: s.format = QuantFormat::Fp8E4M3; s.granularity = QuantGranularity::Channel; return s;
    case 5: s.format = QuantFormat::F16; return s;
    case 6: s.bits = 6; s.scheme = QuantScheme::Asymmetric; s.granularity = QuantGranularity::Tensor; return s;
    }
    return std::nullopt;
}

const char *specName(int kind)
{
    static const char *names[] = {"f32", "int4-g32", "int3-asym-g64", "int8-channel", "fp8-channel", "f16", "int6-asym-tensor"};
    return names[kind];
}

std::int64_t partBytes(const EncodedTensor &t)
{
    std::int64_t n = 0;
    for (const EncodedPart &p : t.parts())
        n += p.bytes.size();
    return n;
}

bool bitEqual(const std::vector<float> &a, const std::vector<float> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

} // namespace

class TestEncoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bytesReportedEqualBytesWritten_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("spec");
        QTest::addColumn<double>("sparsity");
        for (int spec = 0; spec <= 6; ++spec) {
            QTest::addRow("dense %s", specName(spec)) << 0 << spec << 0.0;
            QTest::addRow("sparse 0.97 (csr) %s", specName(spec)) << 1 << spec << 0.97;
            QTest::addRow("sparse 0.5 (bitmap) %s", specName(spec)) << 1 << spec << 0.5;
            QTest::addRow("2:4 %s", specName(spec)) << 2 << spec << 0.0;
            QTest::addRow("lowrank %s", specName(spec)) << 3 << spec << 0.0;
            QTest::addRow("dense kept rows %s", specName(spec)) << 4 << spec << 0.0;
        }
        QTest::newRow("sparse 0.02 (falls back to dense) f32") << 1 << 0 << 0.02;
    }
    void bytesReportedEqualBytesWritten()
    {
        QFETCH(int, encoding);
        QFETCH(int, spec);
        QFETCH(double, sparsity);
        const std::int64_t rows = 40, cols = 100; // 100 % 32 ≠ 0: partial groups in every row
        std::vector<float> w = testdata::gaussian(rows * cols, 0.02f, 21);
        const std::optional<QuantSpec> q = specFor(spec);
        const QuantSpec *qs = q ? &*q : nullptr;
        JobContext ctx;
        Result<EncodedTensor> enc = Error{};
        std::int64_t analytic = -1;
        switch (encoding) {
        case 0:
            enc = encodeDense(w.data(), rows, cols, qs, nullptr, ctx);
            analytic = denseEncodedBytes(rows, cols, qs);
            break;
        case 1: {
            QVERIFY(pruneMagnitude(w, sparsity, ctx).ok());
            enc = encodeSparse(w.data(), rows, cols, qs, ctx);
            analytic = sparseEncodedBytes(rows, cols, rows * cols - prunedCount(rows * cols, sparsity), qs);
            QVERIFY(enc.ok());
            if (sparsity >= 0.97)
                QCOMPARE(enc->kind, EncodingKind::Csr);
            else if (sparsity >= 0.5 && spec == 0)
                QCOMPARE(enc->kind, EncodingKind::Bitmap);
            else if (sparsity < 0.03)
                QCOMPARE(enc->kind, EncodingKind::Dense);
            // Sparse decodes to exactly the pruned matrix when values stay F32.
            if (!qs)
                QVERIFY(bitEqual(enc->decode(), w));
            break;
        }
        case 2:
            enc = encodeNM(w.data(), rows, cols, 2, 4, qs, ctx);
            analytic = nmEncodedBytes(rows, cols, 2, 4, qs);
            break;
        case 3: {
            LowRankSpec lr;
            lr.rank = 8;
            auto f = factorize(w.data(), rows, cols, lr, ctx);
            QVERIFY(f.ok());
            enc = encodeLowRank(f->a, f->b, rows, cols, f->rank, qs, ctx);
            analytic = lowRankEncodedBytes(rows, cols, 8, qs);
            break;
        }
        case 4: {
            // Structural removal: 30 of 40 rows stored, with their indices.
            std::vector<std::uint32_t> keep;
            for (std::uint32_t r = 0; r < 40; r += 4)
                for (std::uint32_t k = 0; k < 3; ++k)
                    keep.push_back(r + k);
            std::vector<float> reduced;
            for (std::uint32_t r : keep)
                reduced.insert(reduced.end(), w.begin() + r * cols, w.begin() + (r + 1) * cols);
            enc = encodeDense(reduced.data(), std::int64_t(keep.size()), cols, qs, nullptr, ctx);
            QVERIFY(enc.ok());
            enc->rows = rows;
            enc->keptRows = keep;
            analytic = denseEncodedBytes(std::int64_t(keep.size()), cols, qs) + keptIndexBytes(std::int64_t(keep.size()), 0);
            const std::vector<float> dec = enc->decode();
            QCOMPARE(std::int64_t(dec.size()), rows * cols);
            for (std::int64_t c = 0; c < cols; ++c)
                QCOMPARE(dec[std::size_t(3 * cols + c)], 0.0f); // row 3 was removed
            break;
        }
        }
        QVERIFY2(enc.ok(), qPrintable(enc.ok() ? QString() : enc.error().message));
        const EncodedTensor &t = *enc;
        QCOMPARE(t.exactBytes(), analytic);
        QCOMPARE(partBytes(t), t.exactBytes());

        const QByteArray bytes = t.serialize();
        std::uint32_t jsonLength = 0;
        std::memcpy(&jsonLength, bytes.constData() + 8, 4);
        QCOMPARE(std::int64_t(bytes.size()), 12 + std::int64_t(jsonLength) + t.exactBytes());

        auto back = EncodedTensor::deserialize(bytes, QStringLiteral("t.penc"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->serialize(), bytes);
        QVERIFY(bitEqual(back->decode(), t.decode()));
        QCOMPARE(back->describe(), t.describe());
        // The safetensors form: description + parts, without the header.
        auto fromParts = EncodedTensor::fromParts(t.describe(), t.parts());
        QVERIFY(fromParts.ok());
        QVERIFY(bitEqual(fromParts->decode(), t.decode()));
    }

    void nmDecodesToThePattern()
    {
        const std::int64_t rows = 6, cols = 30;
        const std::vector<float> w = testdata::gaussian(rows * cols, 1.0f, 8);
        JobContext ctx;
        auto t = encodeNM(w.data(), rows, cols, 2, 4, nullptr, ctx);
        QVERIFY(t.ok());
        QCOMPARE(t->indexBits, 2);
        const std::vector<float> d = t->decode();
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t g = 0; g < cols; g += 4) {
                int nonzero = 0;
                const int len = int(std::min<std::int64_t>(4, cols - g));
                for (int j = 0; j < len; ++j) {
                    const float v = d[std::size_t(r * cols + g + j)];
                    if (v != 0.0f) {
                        ++nonzero;
                        QCOMPARE(v, w[std::size_t(r * cols + g + j)]);
                    }
                }
                QCOMPARE(nonzero, len == 4 ? 2 : (len * 2 + 3) / 4);
            }
        QCOMPARE(t->effectiveElements(), rows * nmKeptPerRow(cols, 2, 4));
    }

    void rejectsCorruptEncodings()
    {
        const std::int64_t rows = 20, cols = 202; // 202 % 4 = 2: a partial N:M run ends each row
        std::vector<float> w = testdata::gaussian(rows * cols, 0.02f, 31);
        JobContext ctx;
        QVERIFY(pruneMagnitude(w, 0.98, ctx).ok());
        QuantSpec q;
        q.bits = 4;
        q.granularity = QuantGranularity::Group;
        q.groupSize = 32;
        auto csr = encodeSparse(w.data(), rows, cols, &q, ctx);
        QVERIFY(csr.ok());
        QCOMPARE(csr->kind, EncodingKind::Csr);
        const QByteArray good = csr->serialize();

        // Every truncation fails cleanly.
        for (qsizetype cut = 0; cut < good.size(); cut += 7)
            QVERIFY(!EncodedTensor::deserialize(good.left(cut)).ok());
        // Trailing garbage.
        QVERIFY(!EncodedTensor::deserialize(good + QByteArray(3, 'x')).ok());
        // Bad magic.
        QByteArray badMagic = good;
        badMagic[0] = 'X';
        auto r = EncodedTensor::deserialize(badMagic, QStringLiteral("w.penc"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QStringLiteral("w.penc: not a Pare encoding")));

        // A column index past the matrix.
        EncodedTensor t = *csr;
        const std::uint16_t bad = 202;
        std::memcpy(t.indices.data(), &bad, 2);
        r = EncodedTensor::deserialize(t.serialize(), QStringLiteral("w.penc"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("col_idx[0] = 202")), qPrintable(r.error().message));

        // Decreasing row pointers.
        t = *csr;
        t.rowPtr[5] = t.rowPtr[6] + 1;
        QVERIFY(!EncodedTensor::deserialize(t.serialize()).ok());

        // A description that claims more rows than the data holds.
        QJsonObject meta = csr->describe();
        meta.insert(QStringLiteral("rows"), 21);
        meta.insert(QStringLiteral("stored_rows"), 21);
        QVERIFY(!EncodedTensor::fromParts(meta, csr->parts()).ok());
        // Absurd sizes.
        meta = csr->describe();
        meta.insert(QStringLiteral("rows"), 1e15);
        QVERIFY(!EncodedTensor::fromParts(meta, csr->parts()).ok());
        // A dense description of 40000×40000 values over a few kilobytes of parts: refused before
        // anything is allocated.
        auto dense = encodeDense(w.data(), rows, cols, &q, nullptr, ctx);
        QVERIFY(dense.ok());
        meta = dense->describe();
        for (const char *key : {"rows", "cols", "stored_rows", "stored_cols"})
            meta.insert(QLatin1String(key), 40000);
        QJsonObject values = meta.value(QStringLiteral("values")).toObject();
        values.insert(QStringLiteral("count"), 1.6e9);
        meta.insert(QStringLiteral("values"), values);
        r = EncodedTensor::fromParts(meta, dense->parts(), QStringLiteral("w.penc"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("more data than")), qPrintable(r.error().message));
        meta = csr->describe();
        meta.insert(QStringLiteral("encoding"), QStringLiteral("zip"));
        QVERIFY(!EncodedTensor::fromParts(meta, csr->parts()).ok());

        // N:M indices pointing outside their run.
        auto nm = encodeNM(w.data(), rows, cols, 1, 4, nullptr, ctx);
        QVERIFY(nm.ok());
        EncodedTensor n = *nm;
        const std::int64_t lastRun = nmKeptPerRow(cols, 1, 4) - 1; // the run of 2 at the row end
        packBits(std::vector<std::uint8_t>{3}.data(), 1, 2, n.indices.data(), lastRun);
        QVERIFY(!EncodedTensor::deserialize(n.serialize()).ok());

        // Bitmap popcount disagreeing with nnz.
        std::vector<float> half = testdata::gaussian(rows * cols, 0.02f, 32);
        QVERIFY(pruneMagnitude(half, 0.5, ctx).ok());
        auto bm = encodeSparse(half.data(), rows, cols, nullptr, ctx);
        QVERIFY(bm.ok());
        QCOMPARE(bm->kind, EncodingKind::Bitmap);
        EncodedTensor b = *bm;
        b.bitmap[0] ^= 1;
        QVERIFY(!EncodedTensor::deserialize(b.serialize()).ok());
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
