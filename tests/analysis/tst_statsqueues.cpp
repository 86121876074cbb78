// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-model job's two statistics queues (analysis_detail::CountBatch for 8- and 16-bit
// tensors, StreamBatch for F32, F64 and block-quantized ones) against each tensor's own pass.
#include "analysis/modelanalysis.h"
#include "analysis/analysisjson.h"
#include "analysis/statsbatch.h"
#include "statstestutil.h"
#include "jobs/jobrunner.h"
#include "tensor/convert.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>

using namespace pare::core;

namespace {

constexpr std::int64_t kChunk = std::int64_t(1) << 18; // the statistics passes' chunk

// Weights of σ 0.02, as trained layers' usually are.
std::vector<float> weights(std::size_t n, std::uint64_t seed)
{
    return test::normal(n, seed, 0.02f);
}

// The progress a job reports, from whichever threads report it.
struct ProgressLog
{
    std::vector<double> seen;
    std::mutex mutex;
    JobContext context()
    {
        return JobContext(
            [this](double f, const QString &) {
                std::lock_guard lock(mutex);
                seen.push_back(f);
            },
            {}, {});
    }
};

} // namespace

class TestStatsQueues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The 8- and 16-bit tensors' statistics run as one queue of chunks over all of them (the
    // row channels of 16-bit floats fused in): every figure equals the tensor's own pass, on one
    // thread or several, run after run, whatever the mix of dtypes, sizes and item kinds.
    void countQueueMatchesSeparatePasses()
    {
        auto raw16 = [](const QString &name, DType dt, Shape shape, const std::vector<float> &v) {
            return test::halfTensor(name, dt, v, std::move(shape));
        };
        auto bytes = [](const QString &name, DType dt, Shape shape, std::size_t size, std::uint32_t seed) {
            std::mt19937 rng(seed);
            std::vector<std::byte> b(size);
            for (std::byte &x : b)
                x = std::byte(rng() % 23); // few distinct values: "already quantized"
            return *Tensor::fromBytes(name, dt, std::move(shape), std::move(b));
        };
        Model m;
        // Multi-chunk, rows crossing chunk boundaries and not whole stripes: counted, then ranged.
        m.tensors.push_back(raw16(QStringLiteral("a"), DType::BF16, {700, 1100}, weights(700 * 1100, 31)));
        // Fused, several chunks, rows of whole stripes.
        m.tensors.push_back(raw16(QStringLiteral("b"), DType::F16, {96, 8192}, weights(96 * 8192, 32)));
        // Fused weight of a layer whose channels are columns: counted; channels apart.
        m.tensors.push_back(raw16(QStringLiteral("c"), DType::BF16, {512, 48}, weights(512 * 48, 33)));
        m.tensors.push_back(bytes(QStringLiteral("d"), DType::I8, {300, 700}, 300 * 700, 34));
        m.tensors.push_back(bytes(QStringLiteral("e"), DType::I16, {5000}, 10000, 35));
        m.tensors.push_back(bytes(QStringLiteral("f"), DType::U8, {3}, 3, 36));
        m.tensors.push_back(*Tensor::fromBytes(QStringLiteral("g"), DType::BF16, {0, 16}, {}));
        m.tensors.push_back(Tensor::fromFloats(QStringLiteral("h"), {40, 300}, weights(40 * 300, 37)));
        m.tensors.push_back(raw16(QStringLiteral("i"), DType::BF16, {1}, {0.5f}));
        const WeightLayout layouts[] = {WeightLayout::OutIn, WeightLayout::OutIn, WeightLayout::InOut,
                                        WeightLayout::OutIn, WeightLayout::OutIn};
        const int weights[] = {0, 1, 2, 3, 7};
        for (int i = 0; i < 5; ++i) {
            Layer l;
            l.name = QStringLiteral("l%1").arg(i);
            l.op = OpKind::Dense;
            l.weight = weights[i];
            l.layout = layouts[i];
            m.layers.push_back(l);
        }
        m.reindex();

        JobContext ctx;
        std::vector<QJsonObject> expected;
        for (const Tensor &t : m.tensors) {
            auto s = computeTensorStats(t, {}, ctx);
            QVERIFY2(s.ok(), qPrintable(t.name()));
            expected.push_back(toJson(*s));
        }
        for (int threads : {1, 2, 3, 2}) {
            setComputeThreads(threads);
            ProgressLog log;
            JobContext watch = log.context();
            std::vector<double> &seen = log.seen;
            auto r = analyzeModel(m, AnalysisOptions{}, watch);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(seen.back(), 1.0);
            for (std::size_t i = 0; i < m.tensors.size(); ++i)
                QCOMPARE(toJson(r->tensors[i]), expected[i]);
            QCOMPARE(r->channels.size(), std::size_t(5));
            for (const Layer &l : m.layers) {
                auto c = computeChannelStats(*m.weightOf(l), l.layout, ctx);
                QVERIFY(c.ok());
                const ChannelStats *got = r->channelsOf(l.name);
                QVERIFY(got);
                QCOMPARE(got->min, c->min);
                QCOMPARE(got->max, c->max);
                QCOMPARE(got->absMax, c->absMax);
                QCOMPARE(got->zeroFraction, c->zeroFraction);
                QCOMPARE(got->l2Norm, c->l2Norm);
            }
        }
        setComputeThreads(0);
        QCOMPARE(expected[6][QStringLiteral("count")].toInt(), 0);
        QCOMPARE(expected[3][QStringLiteral("distinctValues")].toInt(), 23);

        // Options out of range fail the job with a message naming a tensor.
        AnalysisOptions bad;
        bad.stats.bins = 3;
        auto r = analyzeModel(m, bad, ctx);
        QVERIFY(!r.ok() && !r.isCanceled());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("bins")), qPrintable(r.error().message));

        // Canceled after the first chunk: Canceled, not a partial result.
        std::atomic<bool> stop{false};
        JobContext canceling([&](double, const QString &) { stop = true; }, {}, [&] { return stop.load(); });
        auto c = analyzeModel(m, AnalysisOptions{}, canceling);
        QVERIFY(c.isCanceled());
    }

    // The statistics of the other tensors (F32 and wider, block-quantized) run as a second
    // queue, each tensor's first sweep paired with the previous tensor's second, aligned F32
    // blocks of both in one loop: every figure equals the tensor's own pass at every SIMD level,
    // on one thread or several, whatever the sizes (pairs of unequal chunks and blocks), the
    // values (NaN and Inf, outliers past the thresholds in some blocks, a mean far from zero, a
    // constant, nothing finite) and the layout (misaligned F32, F64, Q8_0, row channels fused).
    void streamQueueMatchesSeparatePasses()
    {
        using test::normal;
        const auto f32 = [](const QString &name, Shape shape, std::vector<float> v) {
            return Tensor::fromFloats(name, std::move(shape), std::move(v));
        };
        Model m;
        std::vector<float> spiky = normal(1024 * 600, 41);
        for (std::size_t i = 0; i < spiky.size(); i += 50021)
            spiky[i] = (i % 2 ? 40.0f : -35.0f); // past 6σ, in a few blocks only
        std::vector<float> holes = normal(300000, 42, 0.02f);
        holes[17] = test::kNaN;
        holes[250000] = test::kInf;
        holes[299999] = -test::kInf;
        std::vector<float> far = normal(400000, 43, 1.0f, 100.0f); // mean² · 16 > variance
        std::vector<float> odd = normal(kChunk + 17, 44, 3.0f);
        {
            // Misaligned F32: a view two bytes into its storage, converted block by block.
            const std::vector<float> v = normal(333333, 45);
            std::vector<std::byte> b(v.size() * 4 + 2);
            std::memcpy(b.data() + 2, v.data(), v.size() * 4);
            m.tensors.push_back(*Tensor::view(QStringLiteral("misaligned"), DType::F32, {333333},
                                              std::make_shared<OwnedStorage>(std::move(b)), 2));
        }
        m.tensors.push_back(f32(QStringLiteral("rows"), {700, 1100}, normal(700 * 1100, 46)));
        m.tensors.push_back(f32(QStringLiteral("spiky"), {1024, 600}, spiky));
        m.tensors.push_back(f32(QStringLiteral("holes"), {300000}, holes));
        m.tensors.push_back(f32(QStringLiteral("far"), {400000}, far));
        m.tensors.push_back(f32(QStringLiteral("odd"), {kChunk + 17}, odd));
        m.tensors.push_back(f32(QStringLiteral("constant"), {300000}, std::vector<float>(300000, 0.25f)));
        m.tensors.push_back(f32(QStringLiteral("nothing finite"), {1000}, std::vector<float>(1000, test::kNaN)));
        m.tensors.push_back(f32(QStringLiteral("tiny"), {5}, {1.0f, -2.0f, 3.0f, 0.0f, 5.0f}));
        m.tensors.push_back(f32(QStringLiteral("empty"), {0, 16}, {}));
        {
            const std::vector<float> v = normal(150000, 47);
            std::vector<std::byte> b(v.size() * 8);
            for (std::size_t i = 0; i < v.size(); ++i) {
                const double d = double(v[i]) * 1.5;
                std::memcpy(b.data() + 8 * i, &d, 8);
            }
            m.tensors.push_back(*Tensor::fromBytes(QStringLiteral("f64"), DType::F64, {150000}, std::move(b)));
        }
        {
            // Q8_0: blocks of 32 values, an F16 scale and 32 signed bytes.
            std::mt19937 rng(48);
            std::vector<std::byte> b(std::size_t(8192) * 34);
            for (std::size_t k = 0; k < 8192; ++k) {
                const std::uint16_t scale = 0x2000 + std::uint16_t(k % 64); // ~0.008
                std::memcpy(b.data() + 34 * k, &scale, 2);
                for (int i = 0; i < 32; ++i)
                    b[34 * k + 2 + std::size_t(i)] = std::byte(rng() & 0xff);
            }
            m.tensors.push_back(*Tensor::fromBytes(QStringLiteral("q8"), DType::Q8_0, {8192 * 32}, std::move(b)));
        }
        Layer l;
        l.name = QStringLiteral("dense");
        l.op = OpKind::Dense;
        l.weight = 1;
        l.layout = WeightLayout::OutIn;
        m.layers.push_back(l);
        m.reindex();

        JobContext ctx;
        std::vector<QJsonObject> expected;
        for (const test::simd::Level level : test::levels()) {
            const test::ForcedLevel forced(level);
            // Each level's kernels round differently: the tensor's own pass at the same level.
            expected.clear();
            for (const Tensor &t : m.tensors) {
                auto s = computeTensorStats(t, {}, ctx);
                QVERIFY2(s.ok(), qPrintable(t.name()));
                expected.push_back(toJson(*s));
            }
            auto channels = computeChannelStats(m.tensors[1], WeightLayout::OutIn, ctx);
            QVERIFY(channels.ok());
            for (int threads : {1, 2, 3}) {
                setComputeThreads(threads);
                const QString where = QStringLiteral("%1, %2 threads").arg(QLatin1String(test::levelName(level))).arg(threads);
                ProgressLog log;
                JobContext watch = log.context();
                std::vector<double> &seen = log.seen;
                auto r = analyzeModel(m, AnalysisOptions{}, watch);
                QVERIFY2(r.ok(), qPrintable(where));
                QVERIFY2(std::is_sorted(seen.begin(), seen.end()) || threads > 1, qPrintable(where));
                QCOMPARE(seen.back(), 1.0);
                // Progress counts both sweeps' bytes as they go: no step larger than a chunk's
                // share (~9 % here) on the way to 1, not a jump at the end from what was counted.
                std::sort(seen.begin(), seen.end());
                double largestStep = seen.front();
                for (std::size_t k = 1; k < seen.size(); ++k)
                    largestStep = std::max(largestStep, seen[k] - seen[k - 1]);
                QVERIFY2(largestStep < 0.12, qPrintable(where + QStringLiteral(": a step of %1").arg(largestStep)));
                for (std::size_t i = 0; i < m.tensors.size(); ++i)
                    QVERIFY2(toJson(r->tensors[i]) == expected[i],
                             qPrintable(where + QStringLiteral(": ") + m.tensors[i].name()));
                const ChannelStats *got = r->channelsOf(l.name);
                QVERIFY2(got, qPrintable(where));
                QCOMPARE(got->min, channels->min);
                QCOMPARE(got->max, channels->max);
                QCOMPARE(got->absMax, channels->absMax);
                QCOMPARE(got->zeroFraction, channels->zeroFraction);
                QCOMPARE(got->l2Norm, channels->l2Norm);
            }
        }
        // The queue itself in any order of sizes (the job sorts them largest first), so that a
        // unit's first sweep may be longer than its second.
        for (const test::simd::Level level : test::levels()) {
            const test::ForcedLevel forced(level);
            std::vector<analysis_detail::StreamBatch::Input> inputs;
            std::vector<QJsonObject> want;
            for (int i : {8, 4, 0, 2, 5, 1, 3, 9, 6, 10, 7, 11}) {
                const Tensor &t = m.tensors[std::size_t(i)];
                inputs.push_back({&t, false});
                want.push_back(toJson(*computeTensorStats(t, {}, ctx)));
            }
            for (int threads : {1, 2}) {
                setComputeThreads(threads);
                analysis_detail::ProgressCounter progress(ctx, 1.0);
                std::vector<QJsonObject> got(inputs.size());
                std::mutex mutex;
                analysis_detail::StreamBatch batch(inputs, StatsOptions{}, progress,
                                                   [&](std::size_t i, TensorStats &&s, std::optional<ChannelStats> &&) {
                                                       std::lock_guard lock(mutex);
                                                       got[i] = toJson(s);
                                                   });
                parallelFor(threads, 1, [&](qint64 b, qint64 e) {
                    for (qint64 w = b; w < e; ++w)
                        batch.work(ctx);
                }, ctx);
                QVERIFY(!batch.canceled());
                for (std::size_t i = 0; i < inputs.size(); ++i)
                    QVERIFY2(got[i] == want[i], qPrintable(QStringLiteral("%1, %2 threads: %3")
                                                               .arg(QLatin1String(test::levelName(level)))
                                                               .arg(threads).arg(inputs[i].tensor->name())));
            }
        }
        setComputeThreads(0);
        // The fixtures do what they are there for.
        QCOMPARE(expected[2][QStringLiteral("outliers")].toInt(), 13);
        QCOMPARE(expected[3][QStringLiteral("nan")].toInt(), 1);
        QCOMPARE(expected[7][QStringLiteral("finite")].toInt(), 0);

        // Canceled in the middle: Canceled, not a partial result, and no thread left waiting.
        std::atomic<int> calls{0};
        JobContext canceling([&](double, const QString &) { ++calls; }, {}, [&] { return calls.load() > 3; });
        setComputeThreads(2);
        auto c = analyzeModel(m, AnalysisOptions{}, canceling);
        setComputeThreads(0);
        QVERIFY(c.isCanceled());
    }
};

QTEST_GUILESS_MAIN(TestStatsQueues)
#include "tst_statsqueues.moc"
