// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/quantizer.h"
#include "tensor/convert.h"
#include "testdata.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pare::core;

namespace {

// Named bounds (Gaussian weights, σ = 0.02), as ggml's test-quantize-fns names its own.
constexpr double kInt8ChannelMinSqnrDb = 38.0;
constexpr double kInt4Group32SymMinSqnrDb = 18.0;
// The quality at equal bits (bench_compress checks 45.4 / 21.3 / 21.6 dB on the 4096²
// matrix); on this smaller matrix of the same distribution, a little below those.
constexpr double kInt8Group32MinSqnrDb = 45.0;
constexpr double kInt4Group32RtnMinSqnrDb = 21.0;
constexpr double kInt4Group32MseMinSqnrDb = 21.4;
// Metrics accumulated while encoding (float lanes, then double) against a double pass over
// the decoded values.
constexpr double kAccumulatedMetricTolerance = 1e-5;
constexpr double kFp8E4M3ChannelMinSqnrDb = 25.0;
constexpr double kFp8E5M2ChannelMinSqnrDb = 18.0;
constexpr double kBf16MinSqnrDb = 45.0;
constexpr double kF16MinSqnrDb = 60.0;
// MSE clipping picks the best of several ratios per segment; float summation order in the
// vectorized kernel may pick a different near-tie, never a clearly worse one.
constexpr double kMseTieTolerance = 1e-4;
constexpr float kF16ScaleRelativeRounding = 1.0f / 1024.0f; // half a unit in F16's last place, ×2

double sqnr(const std::vector<float> &a, const std::vector<float> &b)
{
    return compareValues(a.data(), b.data(), std::int64_t(a.size())).sqnrDb;
}

// The plain reference: one segment at a time, std::nearbyint, no packing.
struct Reference
{
    std::vector<float> decoded;
    double errSquares = 0;
};

Reference referenceQuantize(const std::vector<float> &x, std::int64_t rows, std::int64_t cols, const QuantSpec &s)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> segs;
    if (s.granularity == QuantGranularity::Tensor)
        segs.emplace_back(0, rows * cols);
    for (std::int64_t r = 0; r < rows && s.granularity != QuantGranularity::Tensor; ++r) {
        const std::int64_t step = s.granularity == QuantGranularity::Channel ? cols : s.groupSize;
        for (std::int64_t g = 0; g < cols; g += step)
            segs.emplace_back(r * cols + g, r * cols + std::min(cols, g + step));
    }
    const bool asym = s.scheme == QuantScheme::Asymmetric;
    const float lo = asym ? 0.0f : -float(1 << (s.bits - 1));
    const float hi = asym ? float((1 << s.bits) - 1) : float((1 << (s.bits - 1)) - 1);
    const std::vector<float> ratios = s.clip == ClipMethod::Mse ? clipRatios(s.bits) : std::vector<float>{1.0f};
    Reference ref;
    ref.decoded.resize(x.size());
    for (auto [b, e] : segs) {
        float mn = 0, mx = 0;
        for (std::int64_t i = b; i < e; ++i) {
            mn = std::min(mn, x[std::size_t(i)]);
            mx = std::max(mx, x[std::size_t(i)]);
        }
        double best = -1;
        std::vector<float> bestOut(static_cast<std::size_t>(e - b));
        for (float ratio : ratios) {
            float scale;
            if (asym)
                scale = halfToFloat(floatToHalf(ratio * (mx - mn) / hi));
            else
                scale = halfToFloat(floatToHalf(ratio * (-mn > mx ? mn : mx) / lo));
            const float inv = scale != 0 ? 1.0f / scale : 0.0f;
            const float zero = asym && scale != 0 ? std::clamp(std::nearbyint(-ratio * mn * inv), lo, hi) : 0.0f;
            std::vector<float> out(static_cast<std::size_t>(e - b));
            double err = 0;
            for (std::int64_t i = b; i < e; ++i) {
                const float q = std::clamp(std::nearbyint(x[std::size_t(i)] * inv) + zero, lo, hi);
                out[std::size_t(i - b)] = (q - zero) * scale;
                err += double(x[std::size_t(i)] - out[std::size_t(i - b)]) * (x[std::size_t(i)] - out[std::size_t(i - b)]);
            }
            if (best < 0 || err < best) {
                best = err;
                bestOut = out;
            }
            if (scale == 0)
                break;
        }
        std::copy(bestOut.begin(), bestOut.end(), ref.decoded.begin() + b);
        ref.errSquares += best;
    }
    return ref;
}

QuantSpec intSpec(int bits, QuantScheme scheme, QuantGranularity g, int group, ClipMethod clip)
{
    QuantSpec s;
    s.bits = bits;
    s.scheme = scheme;
    s.granularity = g;
    s.groupSize = group;
    s.clip = clip;
    return s;
}

} // namespace

class TestQuantize : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesReference_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<int>("group");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("cols");
        for (int bits : {2, 3, 4, 5, 6, 8})
            for (int scheme : {0, 1})
                for (int gran : {0, 1, 2}) {
                    const int group = gran == 2 ? (bits % 2 ? 32 : 64) : 0;
                    // 100 columns: groups of 32 leave a partial group of 4 in each row.
                    QTest::addRow("int%d %s %s 37x100", bits, scheme ? "asym" : "sym",
                                  gran == 0 ? "tensor" : gran == 1 ? "channel" : "group")
                        << bits << scheme << gran << group << qint64(37) << qint64(100);
                }
        QTest::newRow("int4 g128 odd 3x33") << 4 << 0 << 2 << 128 << qint64(3) << qint64(33);
        QTest::newRow("int3 g32 odd 5x67") << 3 << 1 << 2 << 32 << qint64(5) << qint64(67);
        QTest::newRow("int4 tensor large 64x1024") << 4 << 0 << 0 << 0 << qint64(64) << qint64(1024);
        QTest::newRow("int5 g256 1x7") << 5 << 0 << 2 << 256 << qint64(1) << qint64(7);
    }
    void matchesReference()
    {
        QFETCH(int, bits);
        QFETCH(int, scheme);
        QFETCH(int, granularity);
        QFETCH(int, group);
        QFETCH(qint64, rows);
        QFETCH(qint64, cols);
        const std::vector<float> x = testdata::gaussian(rows * cols, 0.02f, std::uint64_t(bits * 100 + scheme * 10 + granularity));
        for (ClipMethod clip : {ClipMethod::None, ClipMethod::Mse}) {
            const QuantSpec s = intSpec(bits, QuantScheme(scheme), QuantGranularity(granularity), group, clip);
            JobContext ctx;
            ErrorAccumulator acc;
            auto b = encodeValues(x.data(), uniformRows(rows, cols), &s, false, &acc, ctx);
            QVERIFY(b.ok());
            QCOMPARE(b->exactBytes(), valueBlockBytes(&s, rows, rows * cols, false));
            const std::vector<float> dec = decodeValues(*b, uniformRows(rows, cols));
            const Reference ref = referenceQuantize(x, rows, cols, s);
            const ErrorMetrics m = compareValues(x.data(), dec.data(), rows * cols);
            // The error reported while encoding is the error of what decodes.
            QVERIFY(std::fabs(acc.metrics().relativeFrobenius - m.relativeFrobenius) <= 1e-5 * m.relativeFrobenius + 1e-12);
            if (clip == ClipMethod::None) {
                for (std::size_t i = 0; i < x.size(); ++i)
                    QVERIFY2(dec[i] == ref.decoded[i], qPrintable(QStringLiteral("value %1: %2 vs reference %3")
                                                                      .arg(i).arg(dec[i]).arg(ref.decoded[i])));
            } else {
                const double err = acc.errSquares;
                QVERIFY2(err <= ref.errSquares * (1 + kMseTieTolerance) + 1e-12,
                         qPrintable(QStringLiteral("mse %1 vs reference %2").arg(err).arg(ref.errSquares)));
            }
        }
    }

    void accumulatedMetricsMatchDecoded_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("group");
        QTest::newRow("int8 g128") << 8 << 0 << 128;
        QTest::newRow("int4 g128") << 4 << 0 << 128;
        QTest::newRow("int4 g32 asym") << 4 << 1 << 32;
        QTest::newRow("int3 g64") << 3 << 0 << 64;
    }
    void accumulatedMetricsMatchDecoded()
    {
        // Every figure the encoder reports (relative error, SQNR, cosine, max error) is the one
        // of the values that decode, on a matrix large enough for the flushes of the lanes.
        QFETCH(int, bits);
        QFETCH(int, scheme);
        QFETCH(int, group);
        const std::int64_t rows = 96, cols = 1000; // 1000: a partial group in every row
        const std::vector<float> x = testdata::gaussian(rows * cols, 0.02f, 9);
        const QuantSpec s = intSpec(bits, QuantScheme(scheme), QuantGranularity::Group, group, ClipMethod::None);
        JobContext ctx;
        ErrorAccumulator acc;
        auto b = encodeValues(x.data(), uniformRows(rows, cols), &s, false, &acc, ctx);
        QVERIFY(b.ok());
        const std::vector<float> dec = decodeValues(*b, uniformRows(rows, cols));
        const ErrorMetrics want = compareValues(x.data(), dec.data(), rows * cols);
        const ErrorMetrics got = acc.metrics();
        QCOMPARE(got.count, want.count);
        QVERIFY(std::fabs(got.relativeFrobenius - want.relativeFrobenius) <= kAccumulatedMetricTolerance * want.relativeFrobenius);
        QVERIFY(std::fabs(got.sqnrDb - want.sqnrDb) <= 1e-3);
        QVERIFY(std::fabs(got.cosine - want.cosine) <= kAccumulatedMetricTolerance);
        QVERIFY(std::fabs(got.maxAbsError - want.maxAbsError) <= kAccumulatedMetricTolerance * want.maxAbsError);
    }

    void meetsQualityBounds()
    {
        const std::int64_t rows = 512, cols = 1024;
        const std::vector<float> x = testdata::gaussian(rows * cols, 0.02f, 42);
        JobContext ctx;
        const auto run = [&](const QuantSpec &s) {
            auto b = encodeValues(x.data(), uniformRows(rows, cols), &s, false, nullptr, ctx);
            return b.ok() ? sqnr(x, decodeValues(*b, uniformRows(rows, cols))) : -1.0;
        };
        const double int8Channel = run(intSpec(8, QuantScheme::Symmetric, QuantGranularity::Channel, 0, ClipMethod::None));
        QVERIFY2(int8Channel >= kInt8ChannelMinSqnrDb, qPrintable(QString::number(int8Channel)));
        const double int4Rtn = run(intSpec(4, QuantScheme::Symmetric, QuantGranularity::Group, 32, ClipMethod::None));
        QVERIFY2(int4Rtn >= kInt4Group32SymMinSqnrDb, qPrintable(QString::number(int4Rtn)));
        const double int4Mse = run(intSpec(4, QuantScheme::Symmetric, QuantGranularity::Group, 32, ClipMethod::Mse));
        QVERIFY2(int4Mse > int4Rtn, qPrintable(QStringLiteral("mse %1 vs rtn %2").arg(int4Mse).arg(int4Rtn)));
        const double int8G32 = run(intSpec(8, QuantScheme::Symmetric, QuantGranularity::Group, 32, ClipMethod::None));
        QVERIFY2(int8G32 >= kInt8Group32MinSqnrDb, qPrintable(QString::number(int8G32)));
        QVERIFY2(int4Rtn >= kInt4Group32RtnMinSqnrDb, qPrintable(QString::number(int4Rtn)));
        QVERIFY2(int4Mse >= kInt4Group32MseMinSqnrDb, qPrintable(QString::number(int4Mse)));
        // More bits, less error.
        double previous = 0;
        for (int bits : {2, 3, 4, 5, 6, 8}) {
            const double db = run(intSpec(bits, QuantScheme::Symmetric, QuantGranularity::Group, 64, ClipMethod::None));
            QVERIFY2(db > previous + 3.0, qPrintable(QStringLiteral("int%1: %2 dB").arg(bits).arg(db)));
            previous = db;
        }
    }

    void floatFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<double>("minSqnr");
        QTest::newRow("fp16") << int(QuantFormat::F16) << 0 << kF16MinSqnrDb;
        QTest::newRow("bf16") << int(QuantFormat::BF16) << 0 << kBf16MinSqnrDb;
        QTest::newRow("fp8 e4m3 channel") << int(QuantFormat::Fp8E4M3) << 1 << kFp8E4M3ChannelMinSqnrDb;
        QTest::newRow("fp8 e4m3 tensor") << int(QuantFormat::Fp8E4M3) << 0 << kFp8E4M3ChannelMinSqnrDb;
        QTest::newRow("fp8 e5m2 channel") << int(QuantFormat::Fp8E5M2) << 1 << kFp8E5M2ChannelMinSqnrDb;
    }
    void floatFormats()
    {
        QFETCH(int, format);
        QFETCH(int, granularity);
        QFETCH(double, minSqnr);
        const std::int64_t rows = 16, cols = 300;
        std::vector<float> x = testdata::gaussian(rows * cols, 0.02f, 5);
        QuantSpec s;
        s.format = QuantFormat(format);
        s.granularity = QuantGranularity(granularity);
        JobContext ctx;
        auto b = encodeValues(x.data(), uniformRows(rows, cols), &s, false, nullptr, ctx);
        QVERIFY(b.ok());
        QCOMPARE(b->exactBytes(), valueBlockBytes(&s, rows, rows * cols, false));
        const std::vector<float> dec = decodeValues(*b, uniformRows(rows, cols));
        QVERIFY2(sqnr(x, dec) >= minSqnr, qPrintable(QString::number(sqnr(x, dec))));
        // Reference: the scalar conversions of core/tensor/convert.h.
        for (std::int64_t r = 0; r < rows; ++r) {
            float amax = 0;
            const std::int64_t b0 = s.granularity == QuantGranularity::Tensor ? 0 : r * cols;
            const std::int64_t e0 = s.granularity == QuantGranularity::Tensor ? rows * cols : (r + 1) * cols;
            for (std::int64_t i = b0; i < e0; ++i)
                amax = std::max(amax, std::fabs(x[std::size_t(i)]));
            for (std::int64_t c = 0; c < cols; ++c) {
                const float v = x[std::size_t(r * cols + c)];
                float expect = 0;
                switch (s.format) {
                case QuantFormat::F16: expect = halfToFloat(floatToHalf(v)); break;
                case QuantFormat::BF16: {
                    std::uint16_t h;
                    floatToBfloat16(&v, 1, &h);
                    bfloat16ToFloat(&h, 1, &expect);
                    break;
                }
                case QuantFormat::Fp8E4M3: {
                    const float scale = amax / 448.0f;
                    expect = fp8e4m3ToFloat(floatToFp8e4m3(v * (1.0f / scale))) * scale;
                    break;
                }
                case QuantFormat::Fp8E5M2: {
                    const float scale = amax / 57344.0f;
                    expect = fp8e5m2ToFloat(floatToFp8e5m2(v * (1.0f / scale))) * scale;
                    break;
                }
                case QuantFormat::Int: break;
                }
                QCOMPARE(dec[std::size_t(r * cols + c)], expect);
            }
        }
    }

    void streamGroupsOverRaggedRows()
    {
        // Sparse kept values: 3 rows of 5, 0 and 70 values, groups of 32 over the stream.
        const std::vector<std::int64_t> rows = {0, 5, 5, 75};
        const std::vector<float> x = testdata::gaussian(75, 0.02f, 9);
        const QuantSpec s = intSpec(4, QuantScheme::Symmetric, QuantGranularity::Group, 32, ClipMethod::None);
        JobContext ctx;
        auto b = encodeValues(x.data(), rows, &s, true, nullptr, ctx);
        QVERIFY(b.ok());
        QCOMPARE(b->scales.size(), std::size_t(3)); // ceil(75 / 32)
        QCOMPARE(b->exactBytes(), valueBlockBytes(&s, 3, 75, true));
        const Reference ref = referenceQuantize(x, 1, 75, s); // one row = the stream
        const std::vector<float> dec = decodeValues(*b, rows);
        for (std::size_t i = 0; i < x.size(); ++i)
            QCOMPARE(dec[i], ref.decoded[i]);
        // Channel granularity follows the ragged rows: one scale per row, empty rows included.
        QuantSpec c = s;
        c.granularity = QuantGranularity::Channel;
        auto bc = encodeValues(x.data(), rows, &c, true, nullptr, ctx);
        QVERIFY(bc.ok());
        QCOMPARE(bc->scales.size(), std::size_t(3));
    }

    void packsBitsExactly()
    {
        for (int bits = 1; bits <= 8; ++bits) {
            for (std::int64_t first : {0, 1, 3, 8}) {
                const std::int64_t count = 77;
                std::vector<std::uint8_t> codes(static_cast<std::size_t>(count));
                for (std::int64_t i = 0; i < count; ++i)
                    codes[std::size_t(i)] = std::uint8_t((i * 37 + 11) & ((1 << bits) - 1));
                std::vector<std::uint8_t> out(static_cast<std::size_t>(packedBytes(first + count, bits)), 0);
                packBits(codes.data(), count, bits, out.data(), first);
                for (std::int64_t i = 0; i < count; ++i)
                    QCOMPARE(unpackBits(out.data(), first + i, bits), std::uint32_t(codes[std::size_t(i)]));
                for (std::int64_t i = 0; i < first; ++i)
                    QCOMPARE(unpackBits(out.data(), i, bits), 0u); // nothing written before `first`
            }
        }
    }

    void zeroAndConstantSegments()
    {
        // All-zero groups get a zero scale and decode to zeros; constant groups decode to their
        // value (the asymmetric range always contains 0, so a constant group fits it).
        std::vector<float> x(64, 0.0f);
        std::fill(x.begin() + 32, x.end(), 0.5f);
        for (QuantScheme scheme : {QuantScheme::Symmetric, QuantScheme::Asymmetric}) {
            const QuantSpec s = intSpec(4, scheme, QuantGranularity::Group, 32, ClipMethod::Mse);
            JobContext ctx;
            auto b = encodeValues(x.data(), uniformRows(1, 64), &s, false, nullptr, ctx);
            QVERIFY(b.ok());
            const std::vector<float> dec = decodeValues(*b, uniformRows(1, 64));
            for (int i = 0; i < 32; ++i)
                QCOMPARE(dec[std::size_t(i)], 0.0f);
            // Symmetric maps the extreme onto a code exactly; asymmetric is off by the F16
            // rounding of its scale at most.
            for (int i = 32; i < 64; ++i) {
                if (scheme == QuantScheme::Symmetric)
                    QCOMPARE(dec[std::size_t(i)], 0.5f);
                else
                    QVERIFY(std::fabs(dec[std::size_t(i)] - 0.5f) <= 0.5f * kF16ScaleRelativeRounding);
            }
        }
    }

    void scaleOverflowIsAnError()
    {
        std::vector<float> x = {1e9f, -3.0f, 2.0f, 1.0f};
        const QuantSpec s = intSpec(8, QuantScheme::Symmetric, QuantGranularity::Channel, 0, ClipMethod::None);
        JobContext ctx;
        auto b = encodeValues(x.data(), uniformRows(1, 4), &s, false, nullptr, ctx);
        QVERIFY(!b.ok());
        QVERIFY(b.error().message.contains(QStringLiteral("F16 range")));
    }
};

QTEST_GUILESS_MAIN(TestQuantize)
#include "tst_quantize.moc"
