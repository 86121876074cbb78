// SPDX-License-Identifier: GPL-3.0-or-later
// Histograms: the bin index of every kernel against the double formula, the on-demand histogram
// paths (value counts, AVX-512 ranges, the log10 prefix table) against the scalar one.
#include "analysis/histogram.h"
#include "analysis/statkernels.h"
#include "analysis/tensorstats.h"
#include "statstestutil.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>

using namespace pare::core;
using namespace pare::core::test;

class TestHistogram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

    // Per-worker 32-bit tables reach the 64-bit totals whole: drained before a worker's counts
    // could pass 2³¹, and all of them at the end.
    void workerCountsDrainBeforeOverflow()
    {
        analysis_detail::WorkerCounts counts(2, 3);
        std::uint32_t *t0 = counts.table(0, 100);
        t0[1] = 100;
        // 100 + (2³¹ − 50) values would pass 2³¹: the table is drained and handed back empty.
        t0 = counts.table(0, (std::int64_t(1) << 31) - 50);
        QCOMPARE(t0[1], 0u);
        t0[1] = 0xFFFFFFF0u;
        t0[0] = 3;
        std::uint32_t *t1 = counts.table(1, 7);
        QVERIFY(t1 != t0);
        t1[2] = 7;
        t1[0] = 4;
        // Within the limit: the same table, its counts kept.
        QCOMPARE(counts.table(1, 1000), t1);
        QCOMPARE(t1[2], 7u);
        const std::vector<std::uint64_t> totals = counts.finish();
        QCOMPARE(totals, (std::vector<std::uint64_t>{7, 100 + std::uint64_t(0xFFFFFFF0u), 7}));
    }

    void chunksByWorkerInEitherOrder_data()
    {
        QTest::addColumn<int>("workers");
        QTest::addColumn<bool>("backward");
        QTest::newRow("one worker, forward") << 1 << false;
        QTest::newRow("one worker, backward") << 1 << true;
        QTest::newRow("two workers, forward") << 2 << false;
        QTest::newRow("two workers, backward") << 2 << true;
    }

    // The second sweep of an F32 tensor takes its chunks last first; every chunk must still be
    // visited once, with its own range, whatever the order and the number of workers.
    void chunksByWorkerInEitherOrder()
    {
        QFETCH(int, workers);
        QFETCH(bool, backward);
        namespace ad = analysis_detail;
        const std::int64_t n = 3 * ad::kChunkElements + 5; // a short last chunk
        const Tensor t = Tensor::fromFloats(QStringLiteral("w"), {n}, std::vector<float>(std::size_t(n), 1.0f));
        JobContext ctx;
        ad::ProgressCounter progress(ctx, double(t.byteSize()));
        struct Visit
        {
            int worker;
            std::int64_t chunk, first, count;
        };
        std::mutex mutex;
        std::vector<Visit> visits; // checked here, on the test's thread
        const bool done = ad::forEachChunkByWorker(
            t, ctx, progress, 1.0, workers,
            [&](int w, std::int64_t c, std::int64_t first, std::int64_t count) {
                std::lock_guard lock(mutex);
                visits.push_back({w, c, first, count});
            },
            backward ? ad::ChunkOrder::Backward : ad::ChunkOrder::Forward);
        QVERIFY(done);
        std::vector<std::int64_t> seen;
        for (const Visit &v : visits) {
            QVERIFY(v.worker >= 0 && v.worker < workers);
            QCOMPARE(v.first, v.chunk * ad::kChunkElements);
            QCOMPARE(v.count, std::min(ad::kChunkElements, n - v.first));
            seen.push_back(v.chunk);
        }
        if (workers == 1) // one worker takes them in the order handed out
            QCOMPARE(seen, backward ? (std::vector<std::int64_t>{3, 2, 1, 0})
                                    : (std::vector<std::int64_t>{0, 1, 2, 3}));
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (std::vector<std::int64_t>{0, 1, 2, 3}));
        QCOMPARE(ctx.progress(), 1.0);
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

QTEST_GUILESS_MAIN(TestHistogram)
#include "tst_histogram.moc"
