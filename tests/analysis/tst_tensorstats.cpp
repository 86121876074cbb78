// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/histogram.h"
#include "analysis/statkernels.h"
#include "analysis/statsimd.h"
#include "analysis/tensorstats.h"
#include "tensor/convert.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <set>

using namespace pare::core;

namespace {

// Moments are accumulated in double, or (blocks whose mean is near zero) in float lanes folded
// into double every 64 values: they agree with a plain double reference to this relative
// precision of the data's scale |mean| + σ. The float lanes use at most 0.44 of it on the
// fixtures below (heavy tails, σ); PARE_STATS_ERRORS=1 prints each row's share.
constexpr double kMomentTolerance = 1e-9;
constexpr double kKurtosisTolerance = 1e-6;
constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

// Straightforward two-pass double statistics of the decoded values.
struct Reference
{
    std::vector<double> finite; // sorted
    std::int64_t nan = 0, inf = 0, zeros = 0, nearZeros = 0;
    double mean = 0, stddev = 0, meanAbs = 0, kurtosis = 0;

    Reference(const std::vector<float> &values, double nearZero)
    {
        for (float v : values) {
            if (std::isnan(v)) ++nan;
            else if (std::isinf(v)) ++inf;
            else finite.push_back(v);
        }
        std::sort(finite.begin(), finite.end());
        double sum = 0, abs = 0;
        for (double v : finite) {
            sum += v;
            abs += std::fabs(v);
            zeros += v == 0.0;
            nearZeros += std::fabs(v) <= nearZero;
        }
        const double n = double(finite.size());
        mean = sum / n;
        meanAbs = abs / n;
        double m2 = 0, m4 = 0;
        for (double v : finite) {
            m2 += (v - mean) * (v - mean);
            m4 += std::pow(v - mean, 4);
        }
        stddev = std::sqrt(m2 / n);
        kurtosis = n * m4 / (m2 * m2) - 3.0;
    }
    double percentile(double p) const
    {
        const double r = p / 100.0 * double(finite.size() - 1);
        const auto k0 = std::size_t(std::floor(r));
        const auto k1 = std::min(finite.size() - 1, k0 + 1);
        return finite[k0] + (r - double(k0)) * (finite[k1] - finite[k0]);
    }
};

namespace simd = analysis_detail::simd;

// The instruction-set levels this CPU runs, each forced in turn: every kernel has a portable,
// an AVX2 and (where the CPU has it) an AVX-512 path, and each must give the same figures.
std::vector<simd::Level> levels()
{
    std::vector<simd::Level> l;
    for (int i = 0; i <= int(simd::cpuLevel()); ++i)
        l.push_back(simd::Level(i));
    return l;
}
const char *levelName(simd::Level l)
{
    return l == simd::Level::Portable ? "portable" : l == simd::Level::Avx2 ? "avx2" : "avx512";
}
// Forces a level for its lifetime.
struct ForcedLevel
{
    explicit ForcedLevel(simd::Level l) { simd::forceLevel(l); }
    ~ForcedLevel() { simd::forceLevel(simd::Level::Avx512); }
};

std::vector<float> decoded(const Tensor &t)
{
    return t.toFloatVector();
}

Tensor halfTensor(const QString &name, DType dtype, const std::vector<float> &values)
{
    std::vector<std::uint16_t> h(values.size());
    if (dtype == DType::BF16)
        floatToBfloat16(values.data(), std::int64_t(values.size()), h.data());
    else
        floatToHalf(values.data(), std::int64_t(values.size()), h.data());
    std::vector<std::byte> bytes(h.size() * 2);
    std::memcpy(bytes.data(), h.data(), bytes.size());
    return *Tensor::fromBytes(name, dtype, {std::int64_t(values.size())}, std::move(bytes));
}

std::vector<float> normal(std::size_t n, std::uint64_t seed, float sigma = 1.0f, float mu = 0.0f)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> d(mu, sigma);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

} // namespace

Q_DECLARE_METATYPE(pare::core::Tensor)

class TestTensorStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesReference_data()
    {
        QTest::addColumn<Tensor>("tensor");
        QTest::addColumn<bool>("exactPercentiles");
        QTest::newRow("f32 normal") << Tensor::fromFloats(QStringLiteral("w"), {300, 100}, normal(30000, 1, 0.02f)) << false;
        // Several chunks, so that chunk results merge; a large offset tests numerical stability.
        QTest::newRow("f32 multi-chunk offset") << Tensor::fromFloats(QStringLiteral("w"), {2500000}, normal(2500000, 2, 0.01f, 1000.0f)) << false;
        {
            std::vector<float> v = normal(5000, 3);
            v[10] = kNaN; v[11] = kInf; v[400] = -kInf; v[4999] = kNaN;
            for (int i = 0; i < 500; ++i) v[std::size_t(1000 + i)] = 0.0f;
            QTest::newRow("f32 nan inf zeros") << Tensor::fromFloats(QStringLiteral("w"), {5000}, v) << false;
        }
        {
            std::vector<float> v = normal(20000, 4);
            for (float &x : v) x = x * x * x; // heavy tails: kurtosis far above 0
            QTest::newRow("f32 heavy tails") << Tensor::fromFloats(QStringLiteral("w"), {20000}, v) << false;
        }
        {
            // Blocks far from the running mean (the one-pass kernel must redo them in two),
            // then a long constant run (one-pass moments of a block with no spread).
            std::vector<float> v = normal(200000, 13, 1.0f);
            for (std::size_t i = 0; i < v.size(); ++i)
                v[i] += (i / 8192) % 3 == 1 ? 500.0f : 0.0f;
            for (std::size_t i = 120000; i < 160000; ++i)
                v[i] = 0.75f;
            QTest::newRow("f32 shifting blocks") << Tensor::fromFloats(QStringLiteral("w"), {200000}, v) << false;
        }
        {
            // The float-lane kernel's worst cases (blocks of a near-zero mean): a mean just under
            // σ/4 (where it still takes them), mixed magnitudes (runs of values 1000× larger),
            // and a pruned tensor (most values exactly zero, the rest far from the centres).
            QTest::newRow("f32 mean at the float-lane limit") << Tensor::fromFloats(QStringLiteral("w"), {600000}, normal(600000, 15, 0.02f, 0.0049f)) << false;
            std::vector<float> mixed = normal(600000, 16, 0.02f);
            for (std::size_t i = 0; i < mixed.size(); ++i)
                if ((i / 3000) % 5 == 2)
                    mixed[i] *= 1000.0f;
            QTest::newRow("f32 mixed magnitudes") << Tensor::fromFloats(QStringLiteral("w"), {600000}, mixed) << false;
            std::vector<float> pruned = normal(600000, 17, 0.02f);
            for (std::size_t i = 0; i < pruned.size(); ++i)
                if (i % 10 != 0)
                    pruned[i] = 0.0f;
            QTest::newRow("f32 pruned") << Tensor::fromFloats(QStringLiteral("w"), {600000}, pruned) << false;
            QTest::newRow("f32 small") << Tensor::fromFloats(QStringLiteral("w"), {20000}, normal(20000, 18, 3.0f, -0.2f)) << false;
        }
        {
            // Outliers in two blocks of 8192 values only (the one before last, the partial last):
            // the second sweep tests for them only in blocks whose range reaches past 6σ.
            std::vector<float> v = normal(5 * 8192 + 100, 19, 0.02f);
            v[3 * 8192 + 17] = 1.0f;
            v[3 * 8192 + 4000] = -0.9f;
            v[5 * 8192 + 99] = 0.5f;
            QTest::newRow("f32 outliers in a few blocks") << Tensor::fromFloats(QStringLiteral("w"), {std::int64_t(v.size())}, v) << false;
        }
        QTest::newRow("f32 constant multi-block") << Tensor::fromFloats(QStringLiteral("w"), {100000}, std::vector<float>(100000, -0.375f)) << false;
        QTest::newRow("bf16") << halfTensor(QStringLiteral("w"), DType::BF16, normal(40000, 5, 0.05f)) << true;
        // Many chunks: per-thread count tables over several loop ranges, merged at the end.
        QTest::newRow("bf16 multi-chunk") << halfTensor(QStringLiteral("w"), DType::BF16, normal(3000000, 11, 0.02f, 0.5f)) << true;
        {
            // Large enough for four counters per value; runs of zeros (a pruned tensor).
            std::vector<float> v = normal(1200000, 12, 0.02f);
            for (std::size_t i = 0; i < v.size(); ++i)
                if (i % 4 != 0 || (i / 5000) % 7 == 3)
                    v[i] = (i % 3 == 0) ? -0.0f : 0.0f;
            QTest::newRow("bf16 sparse multi-chunk") << halfTensor(QStringLiteral("w"), DType::BF16, v) << true;
        }
        {
            std::vector<std::byte> b(1100001);
            std::mt19937 rng(14);
            for (std::byte &x : b)
                x = std::byte(rng() % 3 == 0 ? 0 : rng() & 0xff);
            const auto size = std::int64_t(b.size());
            QTest::newRow("i8 multi-chunk") << *Tensor::fromBytes(QStringLiteral("w"), DType::I8, {size}, std::move(b)) << true;
        }
        {
            std::vector<float> v = normal(40000, 6, 0.5f);
            v[3] = kNaN; v[7] = kInf; v[9] = 0.0f; v[10] = -0.0f;
            QTest::newRow("f16 nan inf") << halfTensor(QStringLiteral("w"), DType::F16, v) << true;
        }
    }
    void matchesReference()
    {
        QFETCH(Tensor, tensor);
        QFETCH(bool, exactPercentiles);
        for (const simd::Level l : levels()) {
            const ForcedLevel forced(l);
            checkAgainstReference(tensor, exactPercentiles);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("at level %1").arg(QLatin1String(levelName(l)))));
        }
    }

    // The value count and the content hash of 8- and 16-bit data in one loop, at every level,
    // with one or four counters per value, against a plain count and hashBytes; sizes with and
    // without partial 64-byte lines, 32-byte stripes and words.
    void hashAndCountMatchesReference()
    {
        using namespace analysis_detail;
        std::mt19937 rng(31);
        std::vector<std::byte> data(200006);
        for (std::size_t i = 0; i < data.size(); ++i) // runs of one value, and random values
            data[i] = (i / 64) % 3 == 0 ? std::byte(0) : std::byte(rng() & 0xff);
        for (const simd::Level l : levels()) {
            const ForcedLevel forced(l);
            for (const int bits : {8, 16}) {
                for (const int ways : {1, 4}) {
                    for (const std::int64_t size : {std::int64_t(0), std::int64_t(2), std::int64_t(30),
                                                    std::int64_t(32), std::int64_t(64), std::int64_t(96),
                                                    std::int64_t(1000), std::int64_t(65542),
                                                    std::int64_t(200006)}) {
                        const std::size_t keys = std::size_t(1) << bits;
                        std::vector<std::uint32_t> got(keys * std::size_t(ways), 0u);
                        const std::uint64_t hash
                            = hashAndCountValues(data.data(), size, 5, bits, ways, got.data());
                        const QString where = QStringLiteral("%1, %2 bits, %3 ways, %4 bytes")
                                                  .arg(QLatin1String(levelName(l))).arg(bits).arg(ways).arg(size);
                        QVERIFY2(hash == hashBytes(data.data(), size, 5), qPrintable(where));
                        std::vector<std::uint32_t> want(keys * std::size_t(ways), 0u);
                        const int width = bits / 8;
                        for (std::int64_t i = 0; i + width <= size; i += width) {
                            std::size_t key = std::size_t(data[std::size_t(i)]);
                            if (bits == 16)
                                key |= std::size_t(data[std::size_t(i) + 1]) << 8;
                            ++want[key * std::size_t(ways) + std::size_t(i / width % ways)];
                        }
                        QVERIFY2(got == want, qPrintable(where));
                    }
                }
            }
        }
    }

private:
    void checkAgainstReference(const Tensor &tensor, bool exactPercentiles)
    {
        StatsOptions opt;
        JobContext ctx;
        auto r = computeTensorStats(tensor, opt, ctx);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const TensorStats &s = *r;
        const std::vector<float> values = decoded(tensor);
        const Reference ref(values, opt.nearZeroThreshold);
        QCOMPARE(s.count, std::int64_t(values.size()));
        QCOMPARE(s.finite, std::int64_t(ref.finite.size()));
        QCOMPARE(s.nanCount, ref.nan);
        QCOMPARE(s.infCount, ref.inf);
        QCOMPARE(s.min, ref.finite.front());
        QCOMPARE(s.max, ref.finite.back());
        const double scale = std::fabs(ref.mean) + ref.stddev;
        if (qEnvironmentVariableIsSet("PARE_STATS_ERRORS"))
            qInfo("errors / tolerance: mean %.3f std %.3f |w| %.3f kurtosis %.3f",
                  std::fabs(s.mean - ref.mean) / (kMomentTolerance * scale),
                  std::fabs(s.stddev - ref.stddev) / (kMomentTolerance * scale),
                  std::fabs(s.meanAbs - ref.meanAbs) / (kMomentTolerance * scale),
                  std::fabs(s.kurtosis - ref.kurtosis) / (kKurtosisTolerance * std::max(1.0, std::fabs(ref.kurtosis))));
        QVERIFY2(std::fabs(s.mean - ref.mean) <= kMomentTolerance * scale,
                 qPrintable(QStringLiteral("mean %1 vs %2").arg(s.mean, 0, 'g', 17).arg(ref.mean, 0, 'g', 17)));
        QVERIFY2(std::fabs(s.stddev - ref.stddev) <= kMomentTolerance * scale,
                 qPrintable(QStringLiteral("std %1 vs %2").arg(s.stddev, 0, 'g', 17).arg(ref.stddev, 0, 'g', 17)));
        QVERIFY(std::fabs(s.meanAbs - ref.meanAbs) <= kMomentTolerance * scale);
        QVERIFY2((std::isnan(ref.kurtosis) && std::isnan(s.kurtosis)) // a constant: no kurtosis
                     || std::fabs(s.kurtosis - ref.kurtosis) <= kKurtosisTolerance * std::max(1.0, std::fabs(ref.kurtosis)),
                 qPrintable(QStringLiteral("kurtosis %1 vs %2").arg(s.kurtosis).arg(ref.kurtosis)));
        QCOMPARE(s.zeros, ref.zeros);
        QCOMPARE(s.nearZeros, ref.nearZeros);
        QCOMPARE(s.zeroFraction, double(ref.zeros) / double(values.size()));
        if (exactPercentiles)
            QCOMPARE(s.percentileTolerance, 0.0);
        for (std::size_t i = 0; i < kPercentileRanks.size(); ++i) {
            const double want = ref.percentile(kPercentileRanks[i]);
            QVERIFY2(std::fabs(s.percentiles[i] - want) <= s.percentileTolerance + 1e-12 * scale,
                     qPrintable(QStringLiteral("p%1 = %2, exact %3, tolerance %4")
                                    .arg(kPercentileRanks[i]).arg(s.percentiles[i], 0, 'g', 10)
                                    .arg(want, 0, 'g', 10).arg(s.percentileTolerance)));
        }
        // Outliers beyond 6σ, counted against the reference moments.
        std::int64_t outliers = 0;
        for (double v : ref.finite)
            outliers += std::fabs(v - ref.mean) > opt.outlierSigmas * ref.stddev;
        QCOMPARE(s.outliers, outliers);
        // Histogram: every element once, each finite value in the bin binOf names.
        const Histogram &h = s.histogram;
        QCOMPARE(h.bins(), kDefaultHistogramBins);
        QCOMPARE(h.total(), std::uint64_t(values.size()));
        QCOMPARE(h.nan, std::uint64_t(ref.nan));
        QCOMPARE(h.inf, std::uint64_t(ref.inf));
        std::vector<std::uint64_t> want(std::size_t(h.bins()), 0);
        for (double v : ref.finite)
            ++want[std::size_t(h.binOf(v))];
        std::uint64_t misplaced = 0;
        for (int b = 0; b < h.bins(); ++b)
            misplaced += std::uint64_t(std::llabs(std::int64_t(want[std::size_t(b)]) - std::int64_t(h.counts[std::size_t(b)])));
        QCOMPARE(misplaced, std::uint64_t(0));
    }

private Q_SLOTS:
    // The float thresholds that replace the per-element double outlier test agree with it on
    // every float near them and on random values.
    void outlierThresholdsMatchDoubleTest()
    {
        using analysis_detail::outlierThresholds;
        const std::pair<double, double> cases[] = {
            {0.0, 0.12}, {1000.0001, 0.06}, {-3.3e-5, 1.7e-4}, {0.25, 0.0}, {1e30, 3e38},
            {0.1, 1e-30}, {-7.5, 2.5}};
        std::mt19937 rng(5);
        for (const auto &[mean, limit] : cases) {
            const auto t = outlierThresholds(mean, limit);
            auto check = [&](float x) {
                const bool want = std::fabs(double(x) - mean) > limit;
                const bool got = x <= t.lo || x >= t.hi;
                QVERIFY2(want == got, qPrintable(QStringLiteral("mean %1 limit %2 x %3: %4 vs %5")
                                                     .arg(mean).arg(limit).arg(x, 0, 'g', 9).arg(got).arg(want)));
            };
            for (float edge : {t.lo, t.hi, float(mean), float(mean + limit), float(mean - limit)}) {
                if (!std::isfinite(edge))
                    continue;
                float up = edge, down = edge;
                for (int i = 0; i < 40; ++i) {
                    check(up);
                    check(down);
                    up = std::nextafter(up, kInf);
                    down = std::nextafter(down, -kInf);
                }
            }
            std::normal_distribution<double> d(mean, limit > 0 ? limit : 1.0);
            for (int i = 0; i < 20000; ++i)
                check(float(d(rng)));
        }
    }

    // The float bin index (with its double fix-up near bin edges) puts every value where the
    // double index does: values on and one or two ulps around every bin edge, over ranges whose
    // ends are and are not floats, and the outlier count of the same call.
    void binIndexMatchesDoubleIndex_data()
    {
        QTest::addColumn<float>("lo");
        QTest::addColumn<float>("hi");
        QTest::addColumn<int>("bins");
        QTest::newRow("normal weights, 4096") << -0.1137f << 0.1093f << 4096;
        QTest::newRow("offset, 256") << 999.5f << 1000.25f << 256;
        QTest::newRow("wide, 6000") << -3.0e30f << 1.0e30f << 6000;
        QTest::newRow("tiny, 16") << 1e-30f << 3e-30f << 16;
    }
    void binIndexMatchesDoubleIndex()
    {
        using namespace analysis_detail;
        QFETCH(float, lo);
        QFETCH(float, hi);
        QFETCH(int, bins);
        BinSpec spec;
        spec.lo = lo;
        spec.hi = hi;
        spec.bins = bins;
        spec.scale = double(bins) / (double(hi) - double(lo));
        std::vector<float> values;
        for (int b = 0; b <= bins; ++b) {
            float edge = float(double(lo) + double(b) / spec.scale);
            edge = std::clamp(edge, lo, hi);
            float up = edge, down = edge;
            for (int i = 0; i < 3; ++i) {
                values.push_back(up);
                values.push_back(down);
                up = std::min(hi, std::nextafter(up, kInf));
                down = std::max(lo, std::nextafter(down, -kInf));
            }
        }
        std::mt19937 rng(9);
        std::uniform_real_distribution<double> u(lo, hi);
        for (int i = 0; i < 20000; ++i)
            values.push_back(std::clamp(float(u(rng)), lo, hi));
        values.push_back(lo);
        values.push_back(hi);
        const double mean = 0.5 * (double(lo) + double(hi));
        const OutlierThresholds out = outlierThresholds(mean, 0.3 * (double(hi) - double(lo)));
        std::vector<std::uint32_t> want(std::size_t(bins), 0);
        std::int64_t wantOutliers = 0;
        for (float v : values) {
            const int b = int((double(v) - spec.lo) * spec.scale);
            ++want[std::size_t(std::min(bins - 1, std::max(0, b)))];
            wantOutliers += std::fabs(double(v) - mean) > 0.3 * (double(hi) - double(lo));
        }
        for (const simd::Level l : levels()) {
            const ForcedLevel forced(l);
            // Every length from 0 to 40 past a multiple of the kernels' steps: their tails too.
            for (const std::size_t drop : {std::size_t(0), std::size_t(1), std::size_t(17), std::size_t(40)}) {
                const std::size_t n = values.size() - drop;
                std::vector<std::uint32_t> got(std::size_t(bins), 0), part(std::size_t(bins), 0);
                const std::int64_t outliers = binInRangeCountOutliers(
                    values.data(), std::int64_t(n), spec, got.data(), &out);
                // Without thresholds: the same bins, no outliers.
                std::vector<std::uint32_t> binsOnly(std::size_t(bins), 0);
                QCOMPARE(binInRangeCountOutliers(values.data(), std::int64_t(n), spec,
                                                 binsOnly.data(), nullptr),
                         std::int64_t(0));
                std::int64_t partOutliers = 0;
                for (std::size_t i = n; i < values.size(); ++i) {
                    ++part[std::size_t(std::min(bins - 1, std::max(0, int((double(values[i]) - spec.lo) * spec.scale))))];
                    partOutliers += std::fabs(double(values[i]) - mean) > 0.3 * (double(hi) - double(lo));
                }
                QVERIFY2(got == binsOnly, levelName(l));
                for (std::size_t b = 0; b < got.size(); ++b)
                    got[b] += part[b];
                QVERIFY2(got == want, levelName(l));
                QCOMPARE(outliers + partOutliers, wantOutliers);
            }
        }
    }

    // binValuesCountingNonFinite (AVX-512: the index in double vectors, values out of range sent
    // to a scratch counter) against binSlot value by value: values on and around every edge of
    // ranges whose ends are not floats, beyond both ends, NaN and ±Inf, and lengths with tails.
    void binAnyRangeMatchesScalar()
    {
        using namespace analysis_detail;
        const struct { double lo, hi; int bins; } ranges[] = {
            {-0.01, 0.03, 256}, {-0.1137, 0.1093, 4096}, {999.5, 1000.25, 16}, {-3e30, 1e30, 6000}};
        std::mt19937 rng(41);
        for (const auto &r : ranges) {
            BinSpec spec;
            spec.lo = r.lo;
            spec.hi = r.hi;
            spec.bins = r.bins;
            spec.scale = double(r.bins) / (r.hi - r.lo);
            std::vector<float> values;
            for (int b = 0; b <= r.bins; b += (r.bins > 300 ? 7 : 1)) {
                float up = float(r.lo + double(b) / spec.scale), down = up;
                for (int i = 0; i < 3; ++i) {
                    values.push_back(up);
                    values.push_back(down);
                    up = std::nextafter(up, kInf);
                    down = std::nextafter(down, -kInf);
                }
            }
            std::uniform_real_distribution<double> u(r.lo - 0.2 * (r.hi - r.lo), r.hi + 0.2 * (r.hi - r.lo));
            for (int i = 0; i < 5000; ++i)
                values.push_back(float(u(rng)));
            for (float special : {kNaN, kInf, -kInf, 0.0f, -0.0f, float(r.lo), float(r.hi)})
                values.insert(values.begin() + std::ptrdiff_t(rng() % values.size()), special);
            for (const std::size_t drop : {std::size_t(0), std::size_t(1), std::size_t(31)}) {
                const std::size_t n = values.size() - drop;
                std::vector<std::uint32_t> want(std::size_t(r.bins), 0);
                BinCounts wantExtra;
                std::uint64_t wantNan = 0, wantInf = 0;
                for (std::size_t i = 0; i < n; ++i) {
                    const int b = binSlot(values[i], spec);
                    if (b >= 0) ++want[std::size_t(b)];
                    else if (b == kSlotUnder) ++wantExtra.underflow;
                    else if (b == kSlotOver) ++wantExtra.overflow;
                    wantNan += std::isnan(values[i]);
                    wantInf += std::isinf(values[i]);
                }
                for (const simd::Level l : levels()) {
                    const ForcedLevel forced(l);
                    std::vector<std::uint32_t> got(std::size_t(r.bins + kBinScratch), 0);
                    BinCounts extra;
                    std::uint64_t nan = 0, inf = 0;
                    binValuesCountingNonFinite(values.data(), std::int64_t(n), spec, got.data(), extra, nan, inf);
                    const QString where = QStringLiteral("[%1, %2] %3 bins, %4 values, %5").arg(r.lo).arg(r.hi).arg(r.bins).arg(n).arg(QLatin1String(levelName(l)));
                    QVERIFY2(std::all_of(got.begin() + r.bins, got.end(), [](std::uint32_t c) { return c == 0; }), qPrintable(where));
                    got.resize(std::size_t(r.bins));
                    QVERIFY2(got == want, qPrintable(where));
                    QVERIFY2(extra.underflow == wantExtra.underflow && extra.overflow == wantExtra.overflow, qPrintable(where));
                    QVERIFY2(nan == wantNan && inf == wantInf, qPrintable(where));
                }
            }
        }
    }

    // The log10|w| histogram of a tensor of a million values or more goes through LogBinTable
    // (no log10 per value): the same figures as binSlot value by value, for its own range, a
    // zoom, and a narrow zoom with many bins (prefixes that cross several edges, placed value by
    // value); zeros, subnormals, NaN, ±Inf and huge values included.
    void logHistogramTableMatchesScalar()
    {
        using namespace analysis_detail;
        std::vector<float> v = normal((1 << 20) + 37, 42, 0.02f);
        std::mt19937 rng(43);
        for (std::size_t i = 0; i < v.size(); i += 97)
            v[i] = 0.0f;
        for (std::size_t i = 5; i < v.size(); i += 1013)
            v[i] = -0.0f;
        for (std::size_t i = 11; i < v.size(); i += 4099)
            v[i] = std::ldexp(float(rng() % 1000 + 1), -140 - int(rng() % 10)); // subnormal
        v[3] = kNaN; v[4] = kInf; v[6] = -kInf; v[7] = 3e38f; v[8] = -1e-38f;
        const Tensor t = Tensor::fromFloats(QStringLiteral("w"), {std::int64_t(v.size())}, v);
        const struct { std::optional<double> lo, hi; int bins; } cases[] = {
            {{}, {}, 256}, {-3.0, -1.0, 100}, {-1.70001, -1.69, 4096}};
        for (const auto &c : cases) {
            HistogramSpec spec;
            spec.bins = c.bins;
            spec.scale = HistogramScale::Log10Abs;
            spec.lo = c.lo;
            spec.hi = c.hi;
            JobContext ctx;
            auto r = computeHistogram(t, spec, ctx);
            QVERIFY(r.ok());
            const Histogram &h = *r;
            BinSpec bs;
            bs.lo = h.lo;
            bs.hi = h.hi;
            bs.bins = c.bins;
            bs.scale = double(c.bins) / (h.hi - h.lo);
            bs.log10Abs = true;
            std::vector<std::uint64_t> want(std::size_t(c.bins), 0);
            std::uint64_t under = 0, over = 0, zeros = 0, nan = 0, inf = 0;
            for (float x : v) {
                const int b = binSlot(x, bs);
                if (b >= 0) ++want[std::size_t(b)];
                else if (b == kSlotUnder) ++under;
                else if (b == kSlotOver) ++over;
                else if (b == kSlotZero) ++zeros;
                else if (std::isnan(x)) ++nan;
                else ++inf;
            }
            const QString where = QStringLiteral("%1 bins over [%2, %3]").arg(c.bins).arg(h.lo).arg(h.hi);
            QVERIFY2(h.counts == want, qPrintable(where));
            QVERIFY2(h.underflow == under && h.overflow == over, qPrintable(where));
            QVERIFY2(h.zeros == zeros && h.nan == nan && h.inf == inf, qPrintable(where));
            QVERIFY2(nan == 1 && inf == 2 && zeros > 10000, qPrintable(where));
        }
    }

    // The piecewise hasher equals hashBytes, and the statistics passes that hash each block while
    // they read it give the content hash of the chunk-by-chunk hashBytes.
    void stripeHasherMatchesHashBytes()
    {
        using namespace analysis_detail;
        std::vector<std::byte> data(100003);
        std::mt19937 rng(4);
        for (std::byte &b : data)
            b = std::byte(rng() & 0xff);
        // The AVX-512 stripes (four at a time, then one by one) give the AVX2 loop's hash.
        for (const std::int64_t size : {std::int64_t(32), std::int64_t(96), std::int64_t(128),
                                         std::int64_t(4097), std::int64_t(100003)}) {
            std::vector<std::uint64_t> hashes;
            for (const simd::Level l : levels()) {
                const ForcedLevel forced(l);
                hashes.push_back(hashBytes(data.data(), size, 9));
            }
            QVERIFY(std::all_of(hashes.begin(), hashes.end(), [&](std::uint64_t h) { return h == hashes.front(); }));
        }
        for (const std::int64_t size : {std::int64_t(0), std::int64_t(31), std::int64_t(32),
                                         std::int64_t(4097), std::int64_t(100003)}) {
            for (const std::int64_t piece : {std::int64_t(32), std::int64_t(4096)}) {
                StripeHasher h(7);
                const std::int64_t whole = size / 32 * 32;
                for (std::int64_t off = 0; off < whole; off += piece)
                    h.update(data.data() + off, std::min(piece, whole - off));
                QCOMPARE(h.finish(data.data() + whole, size - whole, size),
                         hashBytes(data.data(), size, 7));
            }
        }
        const auto chunkHash = [](const Tensor &t) {
            const std::int64_t n = t.numel();
            std::uint64_t h = std::uint64_t(n);
            for (std::int64_t c = 0, first = 0; first < n; ++c, first += kChunkElements) {
                const auto raw = rawRange(t, first, std::min(kChunkElements, n - first));
                h += hashBytes(raw.data(), std::int64_t(raw.size()), std::uint64_t(c));
            }
            return h;
        };
        JobContext ctx;
        const std::int64_t n = 2 * kChunkElements + 1237; // a partial chunk and a partial stripe
        const Tensor f32 = Tensor::fromFloats(QStringLiteral("w"), {n}, normal(std::size_t(n), 21));
        const Tensor bf16
            = halfTensor(QStringLiteral("w"), DType::BF16, normal(std::size_t(n), 22));
        // F32 blocks hashed in the moments' loop (AVX-512), and by the loops it hands back to:
        // a block far from the running mean (redone in two passes), one with NaN and Inf, a
        // constant tensor, one with no finite value (no second pass), all over several chunks.
        std::vector<float> mixed = normal(std::size_t(n), 23, 0.02f);
        for (std::size_t i = 40000; i < 48192; ++i)
            mixed[i] += 300.0f;
        mixed[300001] = kNaN;
        mixed[300002] = -kInf;
        const Tensor f32Mixed = Tensor::fromFloats(QStringLiteral("w"), {n}, mixed);
        const Tensor f32Constant = Tensor::fromFloats(QStringLiteral("w"), {n}, std::vector<float>(std::size_t(n), 0.5f));
        const Tensor f32NaN = Tensor::fromFloats(QStringLiteral("w"), {n}, std::vector<float>(std::size_t(n), kNaN));
        for (const simd::Level l : levels()) {
            const ForcedLevel forced(l);
            for (const Tensor *t : {&f32, &bf16, &f32Mixed, &f32Constant, &f32NaN}) {
                auto s = computeTensorStats(*t, {}, ctx);
                QVERIFY(s.ok());
                QVERIFY2(s->contentHash == chunkHash(*t), levelName(l));
            }
        }
    }

    // The content hash sees where each byte is, not only which bytes there are.
    void contentHashIsPositional()
    {
        std::vector<float> a = normal(1 << 12, 12);
        std::vector<float> b = a;
        std::swap_ranges(b.begin(), b.begin() + 8, b.begin() + 8); // swap two 32-byte stripes
        auto bytes = [](const std::vector<float> &v) { return reinterpret_cast<const std::byte *>(v.data()); };
        using analysis_detail::hashBytes;
        const auto size = std::int64_t(a.size() * 4);
        QCOMPARE(hashBytes(bytes(a), size, 3), hashBytes(bytes(a), size, 3));
        QVERIFY(hashBytes(bytes(a), size, 3) != hashBytes(bytes(b), size, 3));
        QVERIFY(hashBytes(bytes(a), size, 3) != hashBytes(bytes(a), size, 4));
        QVERIFY(hashBytes(bytes(a), size - 1, 3) != hashBytes(bytes(a), size, 3));
        JobContext ctx;
        auto ha = computeTensorStats(halfTensor(QStringLiteral("a"), DType::BF16, a), {}, ctx);
        auto hb = computeTensorStats(halfTensor(QStringLiteral("b"), DType::BF16, b), {}, ctx);
        auto ha2 = computeTensorStats(halfTensor(QStringLiteral("c"), DType::BF16, a), {}, ctx);
        QVERIFY(ha.ok() && hb.ok() && ha2.ok());
        QCOMPARE(ha->contentHash, ha2->contentHash);
        QVERIFY(ha->contentHash != hb->contentHash);
    }

    void constantAndEmpty()
    {
        JobContext ctx;
        auto c = computeTensorStats(Tensor::fromFloats(QStringLiteral("c"), {3000}, std::vector<float>(3000, 0.25f)), {}, ctx);
        QVERIFY(c.ok());
        QCOMPARE(c->min, 0.25);
        QCOMPARE(c->max, 0.25);
        QCOMPARE(c->mean, 0.25);
        QCOMPARE(c->stddev, 0.0);
        QVERIFY(std::isnan(c->kurtosis)); // undefined for a constant
        QCOMPARE(c->distinctValues, 1);
        QCOMPARE(c->percentiles[2], 0.25);
        QCOMPARE(c->histogram.total(), std::uint64_t(3000));
        QCOMPARE(c->outliers, std::int64_t(0));

        auto e = computeTensorStats(Tensor::fromFloats(QStringLiteral("e"), {0, 4}, {}), {}, ctx);
        QVERIFY(e.ok());
        QCOMPARE(e->count, std::int64_t(0));
        QVERIFY(std::isnan(e->mean));
        QCOMPARE(e->histogram.total(), std::uint64_t(0));

        auto nanOnly = computeTensorStats(Tensor::fromFloats(QStringLiteral("n"), {3}, {kNaN, kInf, kNaN}), {}, ctx);
        QVERIFY(nanOnly.ok());
        QCOMPARE(nanOnly->nanCount, std::int64_t(2));
        QCOMPARE(nanOnly->infCount, std::int64_t(1));
        QCOMPARE(nanOnly->histogram.total(), std::uint64_t(3));
    }

    void distinctValues()
    {
        JobContext ctx;
        std::vector<float> levels(50000);
        for (std::size_t i = 0; i < levels.size(); ++i)
            levels[i] = float(int(i * 7919 % 16) - 8) * 0.01f; // 16 levels: int4-like
        auto q = computeTensorStats(Tensor::fromFloats(QStringLiteral("q"), {50000}, levels), {}, ctx);
        QVERIFY(q.ok());
        QCOMPARE(q->distinctValues, 16);
        auto r = computeTensorStats(Tensor::fromFloats(QStringLiteral("r"), {50000}, normal(50000, 9)), {}, ctx);
        QVERIFY(r.ok());
        QCOMPARE(r->distinctValues, -1);
        std::vector<std::byte> bytes(4096);
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = std::byte(i % 100);
        auto i8 = computeTensorStats(*Tensor::fromBytes(QStringLiteral("i8"), DType::I8, {4096}, bytes), {}, ctx);
        QVERIFY(i8.ok());
        QCOMPARE(i8->distinctValues, 100);
        QCOMPARE(i8->max, 99.0);
        QCOMPARE(i8->percentileTolerance, 0.0);
    }

    void userOptions()
    {
        JobContext ctx;
        StatsOptions opt;
        opt.bins = 300; // not a divisor of the fine histogram
        opt.nearZeroThreshold = 0.5;
        opt.outlierSigmas = 2.0;
        const std::vector<float> v = normal(10000, 12);
        auto r = computeTensorStats(Tensor::fromFloats(QStringLiteral("w"), {10000}, v), opt, ctx);
        QVERIFY(r.ok());
        QCOMPARE(r->histogram.bins(), 300);
        QCOMPARE(r->histogram.total(), std::uint64_t(10000));
        const Reference ref(v, 0.5);
        QCOMPARE(r->nearZeros, ref.nearZeros);
        std::int64_t outliers = 0;
        for (double x : ref.finite)
            outliers += std::fabs(x - ref.mean) > 2.0 * ref.stddev;
        QCOMPARE(r->outliers, outliers);
        opt.bins = 8;
        auto bad = computeTensorStats(Tensor::fromFloats(QStringLiteral("w"), {4}, {1, 2, 3, 4}), opt, ctx);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QVERIFY(bad.error().message.contains(QStringLiteral("bins")));
    }

    void histogramRanges_data()
    {
        QTest::addColumn<int>("bins");
        QTest::addColumn<bool>("log");
        QTest::addColumn<bool>("userRange");
        QTest::addColumn<QString>("dtype");
        // BF16 and F16 are counted value by value, F32 binned value by value: the same figures.
        for (const char *dtype : {"bf16", "f16", "f32"}) {
            // The name's bytes live to the end of each newRow statement (newRow copies them).
            const auto row = [&](const char *name) { return QByteArray(QByteArray(name) + ' ' + dtype); };
            QTest::newRow(row("linear auto 16").constData()) << 16 << false << false << QString::fromLatin1(dtype);
            QTest::newRow(row("linear auto 4096").constData()) << 4096 << false << false << QString::fromLatin1(dtype);
            QTest::newRow(row("linear zoomed").constData()) << 64 << false << true << QString::fromLatin1(dtype);
            QTest::newRow(row("log auto").constData()) << 128 << true << false << QString::fromLatin1(dtype);
            QTest::newRow(row("log zoomed").constData()) << 32 << true << true << QString::fromLatin1(dtype);
        }
    }
    void histogramRanges()
    {
        QFETCH(int, bins);
        QFETCH(bool, log);
        QFETCH(bool, userRange);
        QFETCH(QString, dtype);
        std::vector<float> v = normal(60000, 21);
        v[5] = 0.0f; v[6] = 0.0f; v[7] = kNaN; v[8] = -kInf;
        const Tensor bf16 = halfTensor(QStringLiteral("w"), DType::BF16, v);
        const Tensor t = dtype == QLatin1String("bf16") ? bf16
                         : dtype == QLatin1String("f16") ? halfTensor(QStringLiteral("w"), DType::F16, v)
                                                         : Tensor::fromFloats(QStringLiteral("w"), {60000}, decoded(bf16));
        const std::vector<float> values = decoded(t);
        HistogramSpec spec;
        spec.bins = bins;
        spec.scale = log ? HistogramScale::Log10Abs : HistogramScale::Linear;
        if (userRange) {
            spec.lo = log ? -1.0 : -0.5;
            spec.hi = log ? 0.2 : 0.75;
        }
        JobContext ctx;
        auto r = computeHistogram(t, spec, ctx);
        QVERIFY(r.ok());
        const Histogram &h = *r;
        QCOMPARE(h.bins(), bins);
        QCOMPARE(h.total(), std::uint64_t(values.size()));
        QCOMPARE(h.nan, std::uint64_t(1));
        QCOMPARE(h.inf, std::uint64_t(1));
        Histogram want = h;
        std::fill(want.counts.begin(), want.counts.end(), 0);
        want.underflow = want.overflow = want.zeros = 0;
        for (float x : values) {
            if (!std::isfinite(x))
                continue;
            if (log && x == 0.0f) {
                ++want.zeros;
                continue;
            }
            const int b = want.binOf(log ? std::log10(std::fabs(double(x))) : double(x));
            if (b < 0) ++want.underflow;
            else if (b >= bins) ++want.overflow;
            else ++want.counts[std::size_t(b)];
        }
        QCOMPARE(h.counts, want.counts);
        QCOMPARE(h.underflow, want.underflow);
        QCOMPARE(h.overflow, want.overflow);
        QCOMPARE(h.zeros, log ? std::uint64_t(2) : std::uint64_t(0));
        if (!userRange) {
            QCOMPARE(h.underflow + h.overflow, std::uint64_t(0));
            QVERIFY(h.counts.front() > 0 && h.counts.back() > 0); // the range is [min, max]
            // Exactly the finite values' range (of the nonzero magnitudes' log10 on the log scale).
            double lo = kInf, hi = -kInf;
            for (float x : values)
                if (std::isfinite(x) && !(log && x == 0.0f)) {
                    lo = std::min(lo, log ? std::fabs(double(x)) : double(x));
                    hi = std::max(hi, log ? std::fabs(double(x)) : double(x));
                }
            QCOMPARE(h.lo, log ? std::log10(lo) : lo);
            QCOMPARE(h.hi, log ? std::log10(hi) : hi);
        } else {
            QVERIFY(h.underflow > 0 && h.overflow > 0);
        }
    }

    // Every 8- and 16-bit dtype through the value-count histogram, against the float path over
    // the same values: equal in every field, for a range of its own, a zoom and the log scale.
    void histogramOfCountedDtypesMatchesFloatPath()
    {
        std::vector<float> v = normal(70000, 22, 0.3f);
        v[1] = 0.0f; v[2] = -0.0f; v[3] = kNaN; v[4] = kInf; v[5] = 1e6f; v[6] = -3e-7f;
        std::vector<Tensor> tensors = {halfTensor(QStringLiteral("bf"), DType::BF16, v),
                                       halfTensor(QStringLiteral("h"), DType::F16, v)};
        std::mt19937 rng(23);
        for (const DType d : {DType::I8, DType::U8, DType::I16}) {
            const std::int64_t width = d == DType::I16 ? 2 : 1;
            std::vector<std::byte> b(std::size_t(50001 * width));
            for (std::byte &x : b)
                x = std::byte(rng() % 5 == 0 ? 0 : rng() & 0xff);
            tensors.push_back(*Tensor::fromBytes(QStringLiteral("i"), d, {50001}, std::move(b)));
        }
        for (const Tensor &t : tensors) {
            const Tensor f = Tensor::fromFloats(QStringLiteral("f"), {t.numel()}, decoded(t));
            for (int k = 0; k < 4; ++k) {
                HistogramSpec spec;
                spec.bins = k == 0 ? 256 : 100;
                spec.scale = k == 3 ? HistogramScale::Log10Abs : HistogramScale::Linear;
                if (k == 1) { // a zoom
                    spec.lo = -0.25;
                    spec.hi = 0.5;
                } else if (k == 2) { // a zoom onto a few values
                    spec.lo = 0.0;
                    spec.hi = 1.0;
                }
                JobContext ctx;
                auto a = computeHistogram(t, spec, ctx);
                QVERIFY(a.ok());
                QCOMPARE(a->total(), std::uint64_t(t.numel()));
                // The float path at every level (AVX-512 bins any linear range in vectors).
                for (const simd::Level l : levels()) {
                    const ForcedLevel forced(l);
                    auto b = computeHistogram(f, spec, ctx);
                    QVERIFY(b.ok());
                    const QString where = QStringLiteral("%1, case %2, %3").arg(dtypeName(t.dtype())).arg(k).arg(QLatin1String(levelName(l)));
                    QVERIFY2(a->counts == b->counts, qPrintable(where));
                    QVERIFY2(a->lo == b->lo && a->hi == b->hi, qPrintable(where));
                    QVERIFY2(a->underflow == b->underflow && a->overflow == b->overflow, qPrintable(where));
                    QVERIFY2(a->zeros == b->zeros && a->nan == b->nan && a->inf == b->inf, qPrintable(where));
                }
            }
        }
    }

    void histogramRejectsBadSpecs()
    {
        JobContext ctx;
        const Tensor t = Tensor::fromFloats(QStringLiteral("w"), {4}, {1, 2, 3, 4});
        HistogramSpec spec;
        spec.bins = 5000;
        QVERIFY(!computeHistogram(t, spec, ctx).ok());
        spec.bins = 64;
        spec.lo = 2.0;
        spec.hi = 1.0;
        auto r = computeHistogram(t, spec, ctx);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("[2, 1]")));
    }
};

QTEST_GUILESS_MAIN(TestTensorStats)
#include "tst_tensorstats.moc"
