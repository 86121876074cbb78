// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/costmodel.h"
#include "model/model.h"
#include "tensor/blockquant.h"
#include "tensor/convert.h"
#include "tensor/tensor.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace pare::core;

namespace {
// Reference half → double from the definition (sign, 5-bit exponent, 10-bit mantissa).
double halfReference(std::uint16_t h)
{
    const int s = h >> 15, e = (h >> 10) & 31, m = h & 1023;
    double v;
    if (e == 0)
        v = std::ldexp(double(m), -24);
    else if (e == 31)
        v = m ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    else
        v = std::ldexp(1.0 + m / 1024.0, e - 15);
    return s ? -v : v;
}
} // namespace

class TestTensor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dtypeSizes()
    {
        QCOMPARE(storageBytes(DType::F32, 10).value(), 40);
        QCOMPARE(storageBytes(DType::BF16, 3).value(), 6);
        QCOMPARE(storageBytes(DType::Q4_0, 64).value(), 36);
        QCOMPARE(storageBytes(DType::Q6_K, 512).value(), 420);
        QVERIFY(!storageBytes(DType::Q8_0, 33)); // not whole blocks
        QVERIFY(!storageBytes(DType::F64, std::int64_t(1) << 61)); // overflow
        QCOMPARE(bitsPerElement(DType::Q4_0), 4.5);
        QCOMPARE(dtypeFromName(u"bf16").value(), DType::BF16);
        QVERIFY(!dtypeFromName(u"F12"));
    }

    void everyHalfConvertsExactly()
    {
        std::vector<std::uint16_t> all(65536);
        for (int i = 0; i < 65536; ++i)
            all[std::size_t(i)] = std::uint16_t(i);
        std::vector<float> vec(all.size());
        halfToFloat(all.data(), std::int64_t(all.size()), vec.data()); // vector path
        for (int i = 0; i < 65536; ++i) {
            const double ref = halfReference(std::uint16_t(i));
            const float scalar = halfToFloat(std::uint16_t(i));
            if (std::isnan(ref)) {
                QVERIFY(std::isnan(vec[std::size_t(i)]) && std::isnan(scalar));
                continue;
            }
            QCOMPARE(double(vec[std::size_t(i)]), ref);
            QCOMPARE(double(scalar), ref);
            // float → half is the exact inverse on representable values
            QCOMPARE(floatToHalf(scalar), std::uint16_t(i));
        }
    }

    void floatToHalfRoundsToNearestEven()
    {
        QCOMPARE(floatToHalf(1.0f + 1.0f / 2048.0f), std::uint16_t(0x3C00)); // tie → even
        QCOMPARE(floatToHalf(1.0f + 3.0f / 2048.0f), std::uint16_t(0x3C02)); // tie → even
        QCOMPARE(floatToHalf(70000.0f), std::uint16_t(0x7C00));             // overflow → inf
        QCOMPARE(floatToHalf(std::ldexp(1.0f, -25)), std::uint16_t(0));     // tie to zero
        QCOMPARE(floatToHalf(std::ldexp(1.5f, -25)), std::uint16_t(1));     // smallest subnormal
    }

    void bfloat16Converts()
    {
        std::vector<std::uint16_t> src(37);
        std::vector<float> expect(src.size());
        for (std::size_t i = 0; i < src.size(); ++i) {
            const float f = float(i) * 0.37f - 5.0f;
            const std::uint32_t bits = std::bit_cast<std::uint32_t>(f) & 0xFFFF0000u;
            src[i] = std::uint16_t(bits >> 16);
            expect[i] = std::bit_cast<float>(bits);
        }
        std::vector<float> out(src.size());
        bfloat16ToFloat(src.data(), std::int64_t(src.size()), out.data());
        for (std::size_t i = 0; i < src.size(); ++i)
            QCOMPARE(out[i], expect[i]);
        std::uint16_t back = 0;
        const float x = 1.00390625f; // exactly halfway between two bf16 values: rounds to even
        floatToBfloat16(&x, 1, &back);
        QCOMPARE(back, std::uint16_t(0x3F80));
    }

    // Large conversions take the streaming-store path (destination over 8 MB); check every
    // element of it, with a misaligned destination and an odd tail, against the scalar code.
    void largeConversionsMatchScalar_data()
    {
        QTest::addColumn<int>("outOffset");
        QTest::newRow("aligned") << 0;
        QTest::newRow("misaligned by 1 float") << 1;
        QTest::newRow("misaligned by 7 floats") << 7;
    }

    void largeConversionsMatchScalar()
    {
        QFETCH(int, outOffset);
        constexpr std::int64_t kCount = (std::int64_t(3) << 20) + 13; // 12 MB of float32
        std::vector<std::uint16_t> src(std::size_t(kCount + 1));
        std::mt19937 rng(42);
        for (auto &v : src)
            v = std::uint16_t(rng());
        std::vector<float> out(std::size_t(kCount + 8 + 64));
        float *dst = out.data() + outOffset;
        // src + 1: a source that is not 16-byte aligned either
        halfToFloat(src.data() + 1, kCount, dst);
        for (std::int64_t i = 0; i < kCount; ++i) {
            const float ref = halfToFloat(src[std::size_t(i + 1)]);
            if (std::isnan(ref)) {
                QVERIFY(std::isnan(dst[i]));
                continue;
            }
            if (dst[i] != ref)
                QFAIL(qPrintable(QStringLiteral("half %1 at %2").arg(src[std::size_t(i + 1)]).arg(i)));
        }
        bfloat16ToFloat(src.data() + 1, kCount, dst);
        for (std::int64_t i = 0; i < kCount; ++i) {
            const std::uint32_t ref = std::uint32_t(src[std::size_t(i + 1)]) << 16;
            if (std::bit_cast<std::uint32_t>(dst[i]) != ref)
                QFAIL(qPrintable(QStringLiteral("bf16 at %1").arg(i)));
        }
        QCOMPARE(out[std::size_t(outOffset + kCount)], 0.0f); // nothing written past the end
    }

    // Output positions of a convolution from its output shape: a hostile file's 2^40 × 2^40
    // must give "unknown", not a wrapped product.
    void costModelRefusesOverflowingShapes()
    {
        Model m;
        m.family = ModelFamily::ConvNet;
        m.tensors.push_back(Tensor::fromFloats(QStringLiteral("k"), {3, 3, 4, 8},
                                               std::vector<float>(3 * 3 * 4 * 8, 1.0f)));
        Layer l;
        l.name = QStringLiteral("conv");
        l.op = OpKind::Conv;
        l.layout = WeightLayout::ConvHWIO;
        l.weight = 0;
        l.outputShape = {1, 16, 16, 8};
        m.layers.push_back(l);
        m.reindex();
        QCOMPARE(layerCost(m, m.layers[0], InputSpec{}).macs, std::int64_t(3 * 3 * 4 * 8 * 256));
        const std::int64_t big = std::int64_t(1) << 40;
        m.layers[0].outputShape = {1, big, big, 8};
        QCOMPARE(layerCost(m, m.layers[0], InputSpec{}).macs, std::int64_t(-1));
        // positions that fit, but not times the weight and the batch
        m.layers[0].outputShape = {1, std::int64_t(1) << 28, std::int64_t(1) << 28, 8};
        QCOMPARE(layerCost(m, m.layers[0], InputSpec{}).macs, std::int64_t(-1));
        m.layers[0].outputShape = {1, 16, 16, 8};
        InputSpec hugeBatch;
        hugeBatch.batch = std::int64_t(1) << 62;
        QCOMPARE(layerCost(m, m.layers[0], hugeBatch).macs, std::int64_t(-1));
        QCOMPARE(modelCost(m, hugeBatch).layersWithUnknownMacs, 1);
        QCOMPARE(layerCost(m, m.layers[0], hugeBatch).parameters, std::int64_t(3 * 3 * 4 * 8));
    }

    // ONNX ConvTranspose: weight [in, out/groups, kh, kw]; every input position meets the whole
    // kernel, so MACs = weight elements × input H×W (not output H×W, which is larger).
    void costModelConvTranspose()
    {
        Model m;
        m.family = ModelFamily::ConvNet;
        // 4 input channels → 8 output channels, 3×3 kernel, stride 2: 8×8 → 17×17
        m.tensors.push_back(Tensor::fromFloats(QStringLiteral("w"), {4, 8, 3, 3},
                                               std::vector<float>(4 * 8 * 3 * 3, 1.0f)));
        m.tensors.push_back(Tensor::fromFloats(QStringLiteral("b"), {8}, std::vector<float>(8)));
        Layer l;
        l.name = QStringLiteral("up");
        l.op = OpKind::Conv;
        l.opType = QStringLiteral("ConvTranspose");
        l.layout = WeightLayout::ConvOIHW;
        l.weight = 0;
        l.bias = 1;
        l.inputShape = {1, 4, 8, 8};
        l.outputShape = {1, 8, 17, 17};
        m.layers.push_back(l);
        m.reindex();
        const LayerCost c = layerCost(m, m.layers[0], InputSpec{});
        QCOMPARE(c.parameters, std::int64_t(4 * 8 * 3 * 3 + 8));
        // reference: out[o, y, x] += in[i, iy, ix] · w[i, o, ky, kx] for every input pixel
        QCOMPARE(c.macs, std::int64_t(8 * 8) * 4 * 8 * 3 * 3);
        m.layers[0].inputShape = {1, 4, -1, -1}; // dynamic input: unknown, not a guess
        QCOMPARE(layerCost(m, m.layers[0], InputSpec{}).macs, std::int64_t(-1));
    }

    void fp8Tables()
    {
        QCOMPARE(fp8e4m3ToFloat(0x38), 1.0f);
        QCOMPARE(fp8e4m3ToFloat(0x7E), 448.0f);
        QVERIFY(std::isnan(fp8e4m3ToFloat(0x7F)));
        QCOMPARE(fp8e5m2ToFloat(0x3C), 1.0f);
        QCOMPARE(fp8e5m2ToFloat(0x7B), 57344.0f);
        QVERIFY(std::isinf(fp8e5m2ToFloat(0x7C)));
        QCOMPARE(floatToFp8e4m3(1000.0f), std::uint8_t(0x7E)); // saturates
        QCOMPARE(floatToFp8e4m3(-1.0f), std::uint8_t(0xB8));
        for (int c = 0; c < 0x7F; ++c)
            QCOMPARE(int(floatToFp8e4m3(fp8e4m3ToFloat(std::uint8_t(c)))), c);
    }

    void viewChecksRangeAndShape()
    {
        auto storage = OwnedStorage::copyOf("0123456789abcdef", 16);
        auto ok = Tensor::view(QStringLiteral("w"), DType::F32, {2, 2}, storage, 0, QStringLiteral("f.bin"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->byteSize(), 16);
        auto past = Tensor::view(QStringLiteral("w"), DType::F32, {2, 2}, storage, 4, QStringLiteral("f.bin"));
        QVERIFY(!past.ok());
        QVERIFY(past.error().message.contains(QLatin1String("f.bin")));
        QVERIFY(past.error().message.contains(QLatin1String("'w'")));
        auto huge = Tensor::view(QStringLiteral("w"), DType::F32, {std::int64_t(1) << 40, std::int64_t(1) << 40},
                                 storage, 0, QStringLiteral("f.bin"));
        QVERIFY(!huge.ok());
        auto negative = Tensor::view(QStringLiteral("w"), DType::F32, {-1, 4}, storage, 0);
        QVERIFY(!negative.ok());
        auto badOffset = Tensor::view(QStringLiteral("w"), DType::U8, {1}, storage, -1);
        QVERIFY(!badOffset.ok());
    }

    void floatsRoundTrip()
    {
        Tensor t = Tensor::fromFloats(QStringLiteral("x"), {2, 3}, {1, 2, 3, 4, 5, 6});
        QCOMPARE(t.rows(), 2);
        QCOMPARE(t.cols(), 3);
        float part[3];
        t.toFloat(2, 3, part);
        QCOMPARE(part[0], 3.0f);
        QCOMPARE(part[2], 5.0f);
        QCOMPARE(shapeToString(t.shape()), QStringLiteral("2×3"));
    }

    void q8_0AndQ4_0Decode()
    {
        // Two Q8_0 blocks: scale 0.5 then 2, values i - 16.
        std::vector<std::byte> bytes(68);
        for (int b = 0; b < 2; ++b) {
            const std::uint16_t d = floatToHalf(b == 0 ? 0.5f : 2.0f);
            std::memcpy(bytes.data() + b * 34, &d, 2);
            for (int i = 0; i < 32; ++i)
                bytes[std::size_t(b * 34 + 2 + i)] = std::byte(std::uint8_t(std::int8_t(i - 16)));
        }
        auto t = Tensor::fromBytes(QStringLiteral("q"), DType::Q8_0, {64}, bytes);
        QVERIFY(t.ok());
        const std::vector<float> v = t->toFloatVector();
        QCOMPARE(v[0], -8.0f);
        QCOMPARE(v[31], 7.5f);
        QCOMPARE(v[32], -32.0f);
        float mid[10];
        t->toFloat(27, 10, mid); // a range straddling the block boundary
        for (int i = 0; i < 10; ++i)
            QCOMPARE(mid[i], v[std::size_t(27 + i)]);

        std::vector<std::byte> q4(18);
        const std::uint16_t d = floatToHalf(0.25f);
        std::memcpy(q4.data(), &d, 2);
        for (int j = 0; j < 16; ++j)
            q4[std::size_t(2 + j)] = std::byte(std::uint8_t((j & 0xF) | ((15 - j) << 4)));
        float out[32];
        dequantizeBlocks(DType::Q4_0, q4.data(), 1, out);
        QCOMPARE(out[0], -2.0f);        // (0 - 8) * 0.25
        QCOMPARE(out[15], 1.75f);       // (15 - 8) * 0.25
        QCOMPARE(out[16], 1.75f);       // high nibble of byte 0 is 15
        QCOMPARE(out[31], -2.0f);
    }
};

QTEST_GUILESS_MAIN(TestTensor)
#include "tst_tensor.moc"
