// SPDX-License-Identifier: GPL-3.0-or-later
// ggml block dequantizers against the independent numpy reference in
// tools/fixtures/make_gguf_fixtures.py: random blocks and their expected floats, compared bit
// for bit.
#include "tensor/blockquant.h"
#include "tensor/convert.h"
#include "tensor/tensor.h"

#include <QFile>
#include <QTest>

#include <bit>
#include <cstring>
#include <vector>

using namespace pare::core;

Q_DECLARE_METATYPE(pare::core::DType)

namespace {

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(PARE_TEST_DATA "/gguf/blocks/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

std::vector<float> floatsOf(const QByteArray &bytes)
{
    std::vector<float> v(std::size_t(bytes.size()) / sizeof(float));
    std::memcpy(v.data(), bytes.constData(), v.size() * sizeof(float));
    return v;
}

void writeHalf(std::byte *p, float v)
{
    const std::uint16_t h = floatToHalf(v);
    std::memcpy(p, &h, 2);
}

} // namespace

class TestGgufBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesReference_data()
    {
        QTest::addColumn<DType>("dtype");
        QTest::addColumn<QString>("file");
        QTest::newRow("Q8_0") << DType::Q8_0 << QStringLiteral("q8_0");
        QTest::newRow("Q4_0") << DType::Q4_0 << QStringLiteral("q4_0");
        QTest::newRow("Q4_1") << DType::Q4_1 << QStringLiteral("q4_1");
        QTest::newRow("Q5_0") << DType::Q5_0 << QStringLiteral("q5_0");
        QTest::newRow("Q5_1") << DType::Q5_1 << QStringLiteral("q5_1");
        QTest::newRow("Q2_K") << DType::Q2_K << QStringLiteral("q2_K");
        QTest::newRow("Q3_K") << DType::Q3_K << QStringLiteral("q3_K");
        QTest::newRow("Q4_K") << DType::Q4_K << QStringLiteral("q4_K");
        QTest::newRow("Q5_K") << DType::Q5_K << QStringLiteral("q5_K");
        QTest::newRow("Q6_K") << DType::Q6_K << QStringLiteral("q6_K");
    }

    // Every value bit-identical to the reference (which uses ggml's float operation order).
    void matchesReference()
    {
        QFETCH(DType, dtype);
        QFETCH(QString, file);
        const QByteArray blocks = readFixture(file + QStringLiteral(".bin"));
        const std::vector<float> expected = floatsOf(readFixture(file + QStringLiteral(".f32")));
        const DTypeInfo &info = dtypeInfo(dtype);
        QVERIFY(!blocks.isEmpty());
        QCOMPARE(blocks.size() % info.blockBytes, 0);
        const std::int64_t count = blocks.size() / info.blockBytes;
        QCOMPARE(std::int64_t(expected.size()), count * info.blockElements);

        std::vector<float> got(expected.size(), -12345.0f);
        dequantizeBlocks(dtype, reinterpret_cast<const std::byte *>(blocks.constData()), count,
                         got.data());
        int nonZero = 0;
        for (std::size_t i = 0; i < got.size(); ++i) {
            if (std::bit_cast<std::uint32_t>(got[i]) != std::bit_cast<std::uint32_t>(expected[i]))
                QFAIL(qPrintable(QStringLiteral("element %1 (block %2): got %3, expected %4")
                                     .arg(i).arg(std::int64_t(i) / info.blockElements)
                                     .arg(double(got[i]), 0, 'g', 9)
                                     .arg(double(expected[i]), 0, 'g', 9)));
            nonZero += got[i] != 0.0f;
        }
        // The fixture is not degenerate: most values are non-zero.
        QVERIFY(nonZero > int(got.size()) / 2);
    }

    // Tensor::toFloat on ranges that start and end inside blocks agrees with whole blocks.
    void partialRanges_data() { matchesReference_data(); }
    void partialRanges()
    {
        QFETCH(DType, dtype);
        QFETCH(QString, file);
        const QByteArray blocks = readFixture(file + QStringLiteral(".bin"));
        const std::vector<float> expected = floatsOf(readFixture(file + QStringLiteral(".f32")));
        std::vector<std::byte> bytes(std::size_t(blocks.size()));
        std::memcpy(bytes.data(), blocks.constData(), bytes.size());
        auto t = Tensor::fromBytes(QStringLiteral("t"), dtype, {std::int64_t(expected.size())},
                                   std::move(bytes));
        QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
        const std::int64_t n = std::int64_t(expected.size());
        const std::int64_t be = dtypeInfo(dtype).blockElements;
        const std::pair<std::int64_t, std::int64_t> ranges[] = {
            {0, n}, {1, be}, {be - 1, 2}, {5, n - 7}, {be + 3, 2 * be + 1}, {n - 1, 1}};
        for (const auto &[first, count] : ranges) {
            std::vector<float> got(static_cast<std::size_t>(count));
            t->toFloat(first, count, got.data());
            QVERIFY(std::memcmp(got.data(), expected.data() + first,
                                std::size_t(count) * sizeof(float)) == 0);
        }
    }

    // Hand-computed blocks, independent of any script: all quants at a known code.
    void handComputed()
    {
        // Q6_K: ql = 0xFF (low nibbles 15), qh = 0 → q = 15 − 32 = −17; scales[i] = i − 8; d = 0.5
        std::vector<std::byte> q6(210, std::byte{0});
        std::fill(q6.begin(), q6.begin() + 128, std::byte{0xFF});
        for (int i = 0; i < 16; ++i)
            q6[std::size_t(192 + i)] = std::byte(std::uint8_t(std::int8_t(i - 8)));
        writeHalf(q6.data() + 208, 0.5f);
        float y[256];
        dequantizeBlocks(DType::Q6_K, q6.data(), 1, y);
        // Element k uses scale index 8·(k/128) + (k%32)/16 + 2·((k%128)/32).
        for (int k = 0; k < 256; ++k) {
            const int is = 8 * (k / 128) + (k % 32) / 16 + 2 * ((k % 128) / 32);
            QCOMPARE(y[k], 0.5f * float(is - 8) * -17.0f);
        }

        // Q4_K: d = 2, dmin = 1, every 6-bit scale 1 and min 3 → y = 2·nibble − 3.
        std::vector<std::byte> q4(144, std::byte{0});
        writeHalf(q4.data(), 2.0f);
        writeHalf(q4.data() + 2, 1.0f);
        for (int j = 0; j < 4; ++j) {
            q4[std::size_t(4 + j)] = std::byte{1};      // scales 0..3
            q4[std::size_t(8 + j)] = std::byte{3};      // mins 0..3
            q4[std::size_t(12 + j)] = std::byte{0x31};  // scale 4..7 low 1, min low 3
        }
        for (int i = 0; i < 128; ++i)
            q4[std::size_t(16 + i)] = std::byte(std::uint8_t((i % 16) | (7 << 4)));
        dequantizeBlocks(DType::Q4_K, q4.data(), 1, y);
        for (int k = 0; k < 256; ++k) {
            const bool high = (k % 64) >= 32;
            const int nib = high ? 7 : (k % 64 % 32) % 16;
            QCOMPARE(y[k], 2.0f * float(nib) - 3.0f);
        }
    }
};

QTEST_GUILESS_MAIN(TestGgufBlocks)
#include "tst_ggufblocks.moc"
