// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/channelstats.h"
#include "analysis/spectrum.h"
#include "analysis/statkernels.h"
#include "statstestutil.h"
#include "tensor/convert.h"

#include <Eigen/SVD>

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace pare::core;

namespace {

constexpr double kNormTolerance = 1e-9;      // relative, double accumulation
constexpr double kExactSpectrumTolerance = 1e-4; // relative, vs a double JacobiSVD
constexpr double kRandomizedTolerance = 0.01;    // relative, top values of the randomized method

std::vector<float> normal(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> d(0.0f, 1.0f);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

// Element (channel c, position k) of a weight in the given layout, as a flat index.
std::int64_t flatIndex(WeightLayout layout, std::int64_t channels, std::int64_t per,
                       std::int64_t c, std::int64_t k)
{
    const bool rows = layout != WeightLayout::InOut && layout != WeightLayout::ConvHWIO;
    return rows ? c * per + k : k * channels + c;
}

Eigen::VectorXd exactValues(const Eigen::MatrixXd &m)
{
    return Eigen::JacobiSVD<Eigen::MatrixXd>(m).singularValues();
}

} // namespace

class TestLayerAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void channelsPerLayout_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QList<qint64>>("shape");
        QTest::addColumn<qint64>("channels");
        QTest::newRow("OutIn") << int(WeightLayout::OutIn) << QList<qint64>{24, 40} << qint64(24);
        QTest::newRow("InOut") << int(WeightLayout::InOut) << QList<qint64>{40, 24} << qint64(24);
        QTest::newRow("ConvOIHW") << int(WeightLayout::ConvOIHW) << QList<qint64>{16, 3, 3, 3} << qint64(16);
        QTest::newRow("ConvHWIO") << int(WeightLayout::ConvHWIO) << QList<qint64>{3, 3, 3, 16} << qint64(16);
        // More than one chunk, rows straddling chunk borders.
        QTest::newRow("OutIn multi-chunk") << int(WeightLayout::OutIn) << QList<qint64>{1000, 3001} << qint64(1000);
        QTest::newRow("InOut multi-chunk") << int(WeightLayout::InOut) << QList<qint64>{3001, 1000} << qint64(1000);
    }
    void channelsPerLayout()
    {
        QFETCH(int, layout);
        QFETCH(QList<qint64>, shape);
        QFETCH(qint64, channels);
        const auto wl = WeightLayout(layout);
        Shape s(shape.begin(), shape.end());
        std::int64_t n = 1;
        for (auto d : s)
            n *= d;
        const std::int64_t per = n / channels;
        std::vector<float> v = normal(std::size_t(n), 3);
        // Channel 2 dead, channel 5 with a big outlier, channel 7 half zeros.
        for (std::int64_t k = 0; k < per; ++k) {
            v[std::size_t(flatIndex(wl, channels, per, 2, k))] = 0.0f;
            if (k % 2 == 0)
                v[std::size_t(flatIndex(wl, channels, per, 7, k))] = 0.0f;
        }
        v[std::size_t(flatIndex(wl, channels, per, 5, per / 2))] = -50.0f;
        const Tensor t = Tensor::fromFloats(QStringLiteral("w"), s, v);
        JobContext ctx;
        auto r = computeChannelStats(t, wl, ctx);
        QVERIFY(r.ok());
        QCOMPARE(r->channels, std::int64_t(channels));
        QCOMPARE(r->perChannel, per);
        for (std::int64_t c = 0; c < channels; ++c) {
            float mn = INFINITY, mx = -INFINITY, am = 0;
            double ss = 0;
            std::int64_t z = 0;
            for (std::int64_t k = 0; k < per; ++k) {
                const float x = v[std::size_t(flatIndex(wl, channels, per, c, k))];
                mn = std::min(mn, x);
                mx = std::max(mx, x);
                am = std::max(am, std::fabs(x));
                ss += double(x) * x;
                z += x == 0.0f;
            }
            const auto i = std::size_t(c);
            QCOMPARE(r->min[i], mn);
            QCOMPARE(r->max[i], mx);
            QCOMPARE(r->absMax[i], am);
            QVERIFY(std::fabs(r->l2Norm[i] - std::sqrt(ss)) <= kNormTolerance * std::sqrt(ss) + 1e-300);
            QCOMPARE(r->zeroFraction[i], double(z) / double(per));
        }
        QCOMPARE(r->deadChannels(), std::int64_t(1));
        QCOMPARE(r->absMax[5], 50.0f);
    }

    // NaN and Inf are left out of every channel figure, in the vector kernel's tails as well;
    // a channel with no finite value reports NaN ranges.
    void channelsSkipNonFinite()
    {
        const std::int64_t rows = 9, per = 37;
        std::vector<float> v = normal(std::size_t(rows * per), 4);
        v[1 * per + 3] = NAN;
        v[1 * per + 36] = NAN;
        v[3 * per + 10] = INFINITY;
        v[4 * per + 0] = -INFINITY;
        v[4 * per + 35] = 0.0f;
        for (std::int64_t k = 0; k < per; ++k)
            v[std::size_t(6 * per + k)] = NAN;
        JobContext ctx;
        auto r = computeChannelStats(Tensor::fromFloats(QStringLiteral("w"), {rows, per}, v), WeightLayout::OutIn, ctx);
        QVERIFY(r.ok());
        for (std::int64_t c = 0; c < rows; ++c) {
            float mn = INFINITY, mx = -INFINITY, am = 0;
            double ss = 0;
            std::int64_t z = 0;
            for (std::int64_t k = 0; k < per; ++k) {
                const float x = v[std::size_t(c * per + k)];
                if (!std::isfinite(x))
                    continue;
                mn = std::min(mn, x);
                mx = std::max(mx, x);
                am = std::max(am, std::fabs(x));
                ss += double(x) * x;
                z += x == 0.0f;
            }
            const auto i = std::size_t(c);
            if (c == 6) {
                QVERIFY(std::isnan(r->min[i]) && std::isnan(r->max[i]));
                QCOMPARE(r->absMax[i], 0.0f);
                QCOMPARE(r->l2Norm[i], 0.0);
                continue;
            }
            QCOMPARE(r->min[i], mn);
            QCOMPARE(r->max[i], mx);
            QCOMPARE(r->absMax[i], am);
            QVERIFY(std::fabs(r->l2Norm[i] - std::sqrt(ss)) <= kNormTolerance * std::sqrt(ss));
            QCOMPARE(r->zeroFraction[i], double(z) / double(per));
        }
    }

    // Rows of BF16 / F16 weights are read without conversion: the same figures as the float
    // path over the decoded values, NaN and Inf left out, across chunk borders.
    void channels16BitMatchFloat_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::newRow("bf16") << int(DType::BF16);
        QTest::newRow("f16") << int(DType::F16);
    }
    void channels16BitMatchFloat()
    {
        QFETCH(int, dtype);
        const auto dt = DType(dtype);
        const std::int64_t rows = 700, per = 1037; // rows straddle chunk borders, odd tails
        std::vector<float> v = normal(std::size_t(rows * per), 6);
        v[5 * per + 1] = NAN;
        v[9 * per + 1036] = INFINITY;
        v[11 * per + 1032] = -INFINITY;
        for (std::int64_t k = 0; k < per; k += 3)
            v[std::size_t(13 * per + k)] = 0.0f;
        std::vector<std::uint16_t> h(v.size());
        if (dt == DType::BF16)
            floatToBfloat16(v.data(), std::int64_t(v.size()), h.data());
        else
            floatToHalf(v.data(), std::int64_t(v.size()), h.data());
        std::vector<std::byte> bytes(h.size() * 2);
        std::memcpy(bytes.data(), h.data(), bytes.size());
        std::vector<float> decoded(v.size());
        convertToFloat(dt, bytes.data(), std::int64_t(v.size()), decoded.data());
        auto t16 = Tensor::fromBytes(QStringLiteral("w"), dt, {rows, per}, std::move(bytes));
        QVERIFY(t16.ok());
        JobContext ctx;
        auto r16 = computeChannelStats(*t16, WeightLayout::OutIn, ctx);
        auto r32 = computeChannelStats(Tensor::fromFloats(QStringLiteral("w"), {rows, per}, decoded), WeightLayout::OutIn, ctx);
        QVERIFY(r16.ok() && r32.ok());
        QCOMPARE(r16->min, r32->min);
        QCOMPARE(r16->max, r32->max);
        QCOMPARE(r16->absMax, r32->absMax);
        QCOMPARE(r16->zeroFraction, r32->zeroFraction);
        for (std::size_t c = 0; c < std::size_t(rows); ++c)
            QVERIFY(std::fabs(r16->l2Norm[c] - r32->l2Norm[c]) <= kNormTolerance * r32->l2Norm[c]);
    }

    // The channel figures of raw 16-bit runs at every SIMD level, alone (addChannelRun16) and
    // with the value count and hash (countChannelRun16), against a double reference over the
    // decoded values: signed zeros, runs whose squares leave float's range (huge and tiny BF16),
    // NaN and Inf, every tail length, and a run long enough that per-lane zero counts must be
    // folded. The fused loop gives exactly the figures of the separate one.
    void channelRuns16AtEveryLevel_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::newRow("bf16") << int(DType::BF16);
        QTest::newRow("f16") << int(DType::F16);
    }
    void channelRuns16AtEveryLevel()
    {
        namespace ad = analysis_detail;
        namespace simd = analysis_detail::simd;
        QFETCH(int, dtype);
        const auto dt = DType(dtype);
        const bool bf16 = dt == DType::BF16;
        std::vector<std::pair<QString, std::vector<float>>> runs;
        const std::vector<float> base = normal(4112, 11);
        auto scaled = [&](std::size_t n, float s) {
            std::vector<float> v(base.begin(), base.begin() + std::ptrdiff_t(n));
            for (float &x : v)
                x *= s;
            return v;
        };
        runs.push_back({QStringLiteral("normal"), scaled(4112, 0.02f)});
        std::vector<float> zeros(48, 0.0f);
        for (std::size_t i = 0; i < zeros.size(); i += 3)
            zeros[i] = -0.0f;
        runs.push_back({QStringLiteral("signed zeros"), zeros});
        runs.push_back({QStringLiteral("negative zeros"), std::vector<float>(32, -0.0f)});
        auto huge = scaled(96, 0.02f);
        huge[7] = bf16 ? 3e38f : 65504.0f;
        huge[40] = bf16 ? -1e30f : -60000.0f;
        runs.push_back({QStringLiteral("huge"), huge});
        runs.push_back({QStringLiteral("tiny"), scaled(80, bf16 ? 1e-30f : 1e-6f)});
        auto wide = scaled(64, bf16 ? 1e-30f : 1e-7f);
        wide[9] = 1.0f;
        runs.push_back({QStringLiteral("wide"), wide});
        auto nan = scaled(64, 0.02f);
        nan[33] = test::kNaN;
        runs.push_back({QStringLiteral("nan"), nan});
        auto inf = scaled(48, 0.02f);
        inf[47] = -test::kInf;
        runs.push_back({QStringLiteral("inf"), inf});
        for (std::size_t n : {1, 15, 16, 17, 31, 33, 63})
            runs.push_back({QStringLiteral("length %1").arg(n), scaled(n, 0.5f)});
        std::vector<float> longRun(1'100'000, 0.0f); // 34,375 zeros per 16-bit lane
        longRun[123'456] = 0.25f;
        runs.push_back({QStringLiteral("long"), longRun});

        for (const auto &[name, values] : runs) {
            std::vector<std::uint16_t> raw(values.size());
            if (bf16)
                floatToBfloat16(values.data(), std::int64_t(values.size()), raw.data());
            else
                floatToHalf(values.data(), std::int64_t(values.size()), raw.data());
            const auto *bytes = reinterpret_cast<const std::byte *>(raw.data());
            const auto n = std::int64_t(raw.size());
            std::vector<float> decoded(raw.size());
            convertToFloat(dt, bytes, n, decoded.data());
            float mn = INFINITY, mx = -INFINITY, am = 0.0f;
            double ss = 0.0;
            std::int64_t z = 0;
            std::vector<std::uint32_t> expectedCounts(65536);
            for (std::size_t i = 0; i < raw.size(); ++i) {
                ++expectedCounts[raw[i]];
                const float x = decoded[i];
                if (!std::isfinite(x))
                    continue;
                mn = std::min(mn, x);
                mx = std::max(mx, x);
                am = std::max(am, std::fabs(x));
                ss += double(x) * double(x);
                z += x == 0.0f;
            }
            QVERIFY2(ss > 0.0 || z == n, qPrintable(name)); // the fixture is what it claims
            for (const simd::Level l : test::levels()) {
                const test::ForcedLevel forced(l);
                const QString what = QStringLiteral("%1, %2, %3").arg(name, bf16 ? QStringLiteral("bf16") : QStringLiteral("f16"),
                                                                         QLatin1String(test::levelName(l)));
                ad::ChannelRun run;
                if (!ad::addChannelRun16(dt, raw.data(), n, run)) {
                    QCOMPARE(l, simd::Level::Portable); // the caller converts to float there
                    continue;
                }
                QVERIFY2(run.min == mn && run.max == mx && run.absMax == am, qPrintable(what));
                QVERIFY2(run.zeros == z, qPrintable(QStringLiteral("%1: %2 zeros, expected %3").arg(what).arg(run.zeros).arg(z)));
                QVERIFY2(std::fabs(run.sumSquares - ss) <= 2 * kNormTolerance * ss,
                         qPrintable(QStringLiteral("%1: sum of squares %2, expected %3").arg(what).arg(run.sumSquares, 0, 'g', 17).arg(ss, 0, 'g', 17)));
                if (n % 16 != 0 || n > 100'000)
                    continue;
                for (const int ways : {1, 4}) {
                    std::vector<std::uint32_t> counts(std::size_t(65536 * ways));
                    ad::StripeHasher hasher(77);
                    ad::ChannelRun fused;
                    QVERIFY(ad::countChannelRun16(dt, raw.data(), n, ways, counts.data(), hasher, fused));
                    QCOMPARE(hasher.finish(nullptr, 0, n * 2), ad::hashBytes(bytes, n * 2, 77));
                    for (std::size_t key = 0; key < 65536; ++key) {
                        std::uint32_t c = 0;
                        for (int w = 0; w < ways; ++w)
                            c += counts[key * std::size_t(ways) + std::size_t(w)];
                        QVERIFY2(c == expectedCounts[key], qPrintable(QStringLiteral("%1: key %2").arg(what).arg(key)));
                    }
                    QVERIFY2(fused.min == run.min && fused.max == run.max && fused.absMax == run.absMax
                                 && fused.zeros == run.zeros && fused.sumSquares == run.sumSquares,
                             qPrintable(what));
                }
            }
        }
    }

    void spectrumMatchesExact_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QList<qint64>>("shape");
        QTest::newRow("dense OutIn") << int(WeightLayout::OutIn) << QList<qint64>{30, 50};
        QTest::newRow("dense InOut") << int(WeightLayout::InOut) << QList<qint64>{50, 30};
        QTest::newRow("conv OIHW") << int(WeightLayout::ConvOIHW) << QList<qint64>{8, 4, 3, 3};
        QTest::newRow("conv HWIO") << int(WeightLayout::ConvHWIO) << QList<qint64>{3, 3, 4, 8};
    }
    void spectrumMatchesExact()
    {
        QFETCH(int, layout);
        QFETCH(QList<qint64>, shape);
        Shape s(shape.begin(), shape.end());
        std::int64_t n = 1;
        for (auto d : s)
            n *= d;
        const std::vector<float> v = normal(std::size_t(n), 17);
        const Tensor t = Tensor::fromFloats(QStringLiteral("w"), s, v);
        const auto wl = WeightLayout(layout);
        JobContext ctx;
        auto r = computeSpectrum(t, wl, {}, ctx);
        QVERIFY(r.ok());
        QVERIFY(r->exact);
        QVERIFY(r->complete());
        // Reference: the out × (in·kh·kw) matrix built element by element from the layout.
        const bool rows = wl == WeightLayout::OutIn || wl == WeightLayout::ConvOIHW;
        const std::int64_t out = rows ? s.front() : s.back();
        const std::int64_t per = n / out;
        Eigen::MatrixXd m(out, per);
        double frob = 0;
        for (std::int64_t c = 0; c < out; ++c)
            for (std::int64_t k = 0; k < per; ++k) {
                m(c, k) = v[std::size_t(flatIndex(wl, out, per, c, k))];
                frob += m(c, k) * m(c, k);
            }
        const Eigen::VectorXd ref = exactValues(m);
        QCOMPARE(std::int64_t(r->singularValues.size()), std::int64_t(ref.size()));
        for (Eigen::Index i = 0; i < ref.size(); ++i)
            QVERIFY(std::fabs(r->singularValues[std::size_t(i)] - ref(i)) <= kExactSpectrumTolerance * ref(i));
        QVERIFY(std::fabs(r->frobeniusNorm - std::sqrt(frob)) <= kNormTolerance * std::sqrt(frob));
        // Energy ranks against the reference values.
        double total = ref.squaredNorm(), cum = 0;
        std::array<std::int64_t, 3> want{};
        std::array<bool, 3> found{};
        for (Eigen::Index i = 0; i < ref.size(); ++i) {
            cum += ref(i) * ref(i);
            for (std::size_t k = 0; k < 3; ++k)
                if (!found[k] && cum / total >= kEnergyTargets[k]) {
                    found[k] = true;
                    want[k] = i + 1;
                }
        }
        QCOMPARE(r->energyRanks, want);
        QVERIFY(std::fabs(r->energy.back() - 1.0) < 1e-5);
    }

    void energyBeyondComputedRank()
    {
        // A flat spectrum: the top 10 of 200 singular values hold far less than 90 % energy.
        const std::vector<float> v = normal(200 * 300, 5);
        const Tensor t = Tensor::fromFloats(QStringLiteral("flat"), {200, 300}, v);
        SpectrumOptions opt;
        opt.maxValues = 10;
        JobContext ctx;
        auto r = computeSpectrum(t, WeightLayout::OutIn, opt, ctx);
        QVERIFY(r.ok());
        QCOMPARE(r->singularValues.size(), std::size_t(10));
        QVERIFY(!r->complete());
        QVERIFY(r->energy.back() < 0.5); // honest: relative to the exact Frobenius norm
        for (auto rank : r->energyRanks)
            QCOMPARE(rank, Spectrum::kBeyondComputedRank);
    }

    void randomizedSpectrumOnLowRankPlusNoise()
    {
        // 600 × 500, rank-40 signal plus noise, BF16-free F32; randomized path forced.
        std::mt19937_64 rng(8);
        std::normal_distribution<double> d;
        Eigen::MatrixXd x(600, 40), y(40, 500), noise(600, 500);
        for (Eigen::Index i = 0; i < x.size(); ++i) x.data()[i] = d(rng);
        for (Eigen::Index i = 0; i < y.size(); ++i) y.data()[i] = d(rng) * std::pow(0.95, double(i % 40));
        for (Eigen::Index i = 0; i < noise.size(); ++i) noise.data()[i] = 0.01 * d(rng);
        const Eigen::MatrixXd m = x * y + noise;
        std::vector<float> v(600 * 500);
        for (Eigen::Index r = 0; r < 600; ++r)
            for (Eigen::Index c = 0; c < 500; ++c)
                v[std::size_t(r * 500 + c)] = float(m(r, c));
        const Tensor t = Tensor::fromFloats(QStringLiteral("lr"), {600, 500}, v);
        SpectrumOptions opt;
        opt.maxValues = 40;
        opt.exactBelow = 64;
        JobContext ctx;
        auto r = computeSpectrum(t, WeightLayout::OutIn, opt, ctx);
        QVERIFY(r.ok());
        QVERIFY(!r->exact);
        Eigen::MatrixXd mf(600, 500);
        for (Eigen::Index i = 0; i < 600; ++i)
            for (Eigen::Index j = 0; j < 500; ++j)
                mf(i, j) = v[std::size_t(i * 500 + j)];
        const Eigen::VectorXd ref = exactValues(mf);
        for (std::size_t i = 0; i < 40; ++i)
            QVERIFY2(std::fabs(r->singularValues[i] - ref(Eigen::Index(i))) <= kRandomizedTolerance * ref(Eigen::Index(i)),
                     qPrintable(QStringLiteral("σ%1 %2 vs %3").arg(i).arg(r->singularValues[i]).arg(ref(Eigen::Index(i)))));
        // The signal holds nearly all the energy, so every target is reached within rank 40.
        for (auto rank : r->energyRanks)
            QVERIFY(rank > 0 && rank <= 40);
    }

    void spectrumRejectsBadInput()
    {
        JobContext ctx;
        auto vec = computeSpectrum(Tensor::fromFloats(QStringLiteral("bias"), {4}, {1, 2, 3, 4}), WeightLayout::Vector, {}, ctx);
        QVERIFY(!vec.ok());
        QVERIFY(vec.error().message.contains(QStringLiteral("bias")));
        auto nan = computeSpectrum(Tensor::fromFloats(QStringLiteral("bad"), {2, 2}, {1, NAN, 3, 4}), WeightLayout::OutIn, {}, ctx);
        QVERIFY(!nan.ok());
        QVERIFY(nan.error().message.contains(QStringLiteral("bad")));
    }
};

QTEST_GUILESS_MAIN(TestLayerAnalysis)
#include "tst_layeranalysis.moc"
