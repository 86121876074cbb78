// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/histogram.h"
#include "analysis/statkernels.h"
#include "analysis/statsimd.h"
#include "analysis/tensorstats.h"
#include "tensor/convert.h"
#include "statstestutil.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <set>

using namespace pare::core;
using namespace pare::core::test;

namespace {

// Moments are accumulated in double, or (blocks whose mean is near zero) in float lanes folded
// into double every 64 values: they agree with a plain double reference to this relative
// precision of the data's scale |mean| + σ. The float lanes use at most 0.44 of it on the
// fixtures below (heavy tails, σ); PARE_STATS_ERRORS=1 prints each row's share.
constexpr double kMomentTolerance = 1e-9;
constexpr double kKurtosisTolerance = 1e-6;

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

};

QTEST_GUILESS_MAIN(TestTensorStats)
#include "tst_tensorstats.moc"
