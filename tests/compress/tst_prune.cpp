// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/pruner.h"
#include "testdata.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pare::core;

namespace {

constexpr double kGlobalSparsityTolerance = 0.001; // the 0.1 %

std::int64_t zeros(const std::vector<float> &v)
{
    return std::count(v.begin(), v.end(), 0.0f);
}

} // namespace

class TestPrune : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void magnitudeHitsExactCount_data()
    {
        QTest::addColumn<double>("sparsity");
        QTest::addColumn<qint64>("count");
        for (double s : {0.0, 0.1, 0.5, 0.9, 0.99})
            QTest::addRow("%.2f of 100003", s) << s << qint64(100003);
        QTest::newRow("0.5 of 1") << 0.5 << qint64(1);
        QTest::newRow("0.3 of 7") << 0.3 << qint64(7);
    }
    void magnitudeHitsExactCount()
    {
        QFETCH(double, sparsity);
        QFETCH(qint64, count);
        std::vector<float> v = testdata::gaussian(count, 1.0f, 3);
        const std::vector<float> original = v;
        JobContext ctx;
        QVERIFY(pruneMagnitude(v, sparsity, ctx).ok());
        QCOMPARE(zeros(v), prunedCount(count, sparsity));
        // Reference: every pruned magnitude is ≤ every kept one.
        float maxPruned = 0, minKept = INFINITY;
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (v[i] == 0.0f)
                maxPruned = std::max(maxPruned, std::fabs(original[i]));
            else {
                minKept = std::min(minKept, std::fabs(original[i]));
                QCOMPARE(v[i], original[i]);
            }
        }
        QVERIFY(maxPruned <= minKept);
    }

    void magnitudeBreaksTiesExactly()
    {
        // Many equal magnitudes (a quantized checkpoint): still exactly the requested count.
        std::vector<float> v(1000);
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i] = float(int(i % 4) - 2) * 0.25f; // -0.5, -0.25, 0, 0.25
        JobContext ctx;
        QVERIFY(pruneMagnitude(v, 0.6, ctx).ok());
        QCOMPARE(zeros(v), std::int64_t(600));
    }

    void magnitudeMatchesSortReference_data()
    {
        QTest::addColumn<double>("sparsity");
        QTest::addColumn<int>("levels"); // 0: continuous Gaussian values; n: n quantized levels (ties)
        QTest::newRow("0.5 gaussian") << 0.5 << 0;
        QTest::newRow("0.37 gaussian") << 0.37 << 0;
        QTest::newRow("0.5 ties 16 levels") << 0.5 << 16;
        QTest::newRow("0.9 ties 3 levels") << 0.9 << 3;
    }
    void magnitudeMatchesSortReference()
    {
        // Exactly the values a stable sort by |w| puts first are pruned (ties: earlier index,
        // then earlier tensor for the global threshold), over chunks that run in parallel.
        QFETCH(double, sparsity);
        QFETCH(int, levels);
        const auto make = [&](std::int64_t n, float sigma, std::uint64_t seed) {
            std::vector<float> v = testdata::gaussian(n, sigma, seed);
            if (levels > 0)
                for (float &x : v)
                    x = std::round(x / sigma * float(levels) / 4.0f) * sigma * 4.0f / float(levels);
            return v;
        };
        const std::vector<std::vector<float>> originals = {make(300007, 0.02f, 5), make(100003, 0.01f, 6)};
        const auto reference = [&](const std::vector<const std::vector<float> *> &ts) {
            std::vector<std::pair<std::size_t, std::size_t>> order; // (tensor, index)
            for (std::size_t t = 0; t < ts.size(); ++t)
                for (std::size_t i = 0; i < ts[t]->size(); ++i)
                    order.emplace_back(t, i);
            std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
                return std::fabs((*ts[a.first])[a.second]) < std::fabs((*ts[b.first])[b.second]);
            });
            std::vector<std::vector<float>> out;
            for (const auto *t : ts)
                out.push_back(*t);
            const std::int64_t k = prunedCount(std::int64_t(order.size()), sparsity);
            for (std::int64_t i = 0; i < k; ++i)
                out[order[std::size_t(i)].first][order[std::size_t(i)].second] = 0.0f;
            return out;
        };
        JobContext ctx;
        std::vector<float> single = originals[0];
        QVERIFY(pruneMagnitude(single, sparsity, ctx).ok());
        QVERIFY(single == reference({&originals[0]})[0]);
        std::vector<float> a = originals[0], b = originals[1];
        auto r = pruneMagnitudeGlobal({a, b}, sparsity, ctx);
        QVERIFY(r.ok());
        const auto expect = reference({&originals[0], &originals[1]});
        QVERIFY(a == expect[0]);
        QVERIFY(b == expect[1]);
        QCOMPARE((*r)[0], zeros(a));
        QCOMPARE((*r)[1], zeros(b));
    }

    void globalHitsOverallTarget()
    {
        // Three layers of different scales: one threshold prunes the small-scale layer most.
        std::vector<float> a = testdata::gaussian(200000, 0.01f, 1);
        std::vector<float> b = testdata::gaussian(50000, 0.05f, 2);
        std::vector<float> c = testdata::gaussian(123457, 0.02f, 3);
        JobContext ctx;
        auto r = pruneMagnitudeGlobal({a, b, c}, 0.7, ctx);
        QVERIFY(r.ok());
        const double total = double(a.size() + b.size() + c.size());
        const double achieved = double(zeros(a) + zeros(b) + zeros(c)) / total;
        QVERIFY(std::fabs(achieved - 0.7) <= kGlobalSparsityTolerance);
        QCOMPARE((*r)[0], zeros(a));
        QCOMPARE((*r)[1], zeros(b));
        QVERIFY(zeros(a) / double(a.size()) > 0.7);
        QVERIFY(zeros(b) / double(b.size()) < 0.7);
    }

    void nmPatternHolds_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("m");
        QTest::addColumn<qint64>("cols");
        QTest::newRow("2:4") << 2 << 4 << qint64(64);
        QTest::newRow("1:4") << 1 << 4 << qint64(64);
        QTest::newRow("4:8") << 4 << 8 << qint64(64);
        QTest::newRow("2:4 partial run of 3") << 2 << 4 << qint64(67);
        QTest::newRow("4:8 partial run of 5") << 4 << 8 << qint64(69);
    }
    void nmPatternHolds()
    {
        QFETCH(int, n);
        QFETCH(int, m);
        QFETCH(qint64, cols);
        const std::int64_t rows = 9;
        const std::vector<float> x = testdata::gaussian(rows * cols, 1.0f, 77);
        const NMSelection sel = selectNM(x.data(), rows, cols, n, m);
        QCOMPARE(sel.keptPerRow, nmKeptPerRow(cols, n, m));
        QCOMPARE(std::int64_t(sel.values.size()), rows * sel.keptPerRow);
        std::int64_t k = 0;
        for (std::int64_t r = 0; r < rows; ++r) {
            for (std::int64_t g = 0; g < cols; g += m) {
                const int len = int(std::min<std::int64_t>(m, cols - g));
                const int keep = len == m ? n : (len * n + m - 1) / m;
                // Reference: the keep-th largest magnitude of the run.
                std::vector<float> mags;
                for (int j = 0; j < len; ++j)
                    mags.push_back(std::fabs(x[std::size_t(r * cols + g + j)]));
                std::sort(mags.begin(), mags.end(), std::greater<>());
                int previous = -1;
                for (int j = 0; j < keep; ++j, ++k) {
                    const int idx = sel.indices[std::size_t(k)];
                    QVERIFY(idx > previous && idx < len); // ascending inside the run
                    previous = idx;
                    QCOMPARE(sel.values[std::size_t(k)], x[std::size_t(r * cols + g + idx)]);
                    QVERIFY(std::fabs(sel.values[std::size_t(k)]) >= mags[std::size_t(keep - 1)]);
                }
            }
        }
        QCOMPARE(k, std::int64_t(sel.values.size()));
    }

    void channelsByNorm()
    {
        // Row r has scale r + 1: the lowest-norm rows are the first ones.
        const std::int64_t rows = 10, cols = 16;
        std::vector<float> x(static_cast<std::size_t>(rows * cols));
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t c = 0; c < cols; ++c)
                x[std::size_t(r * cols + c)] = float(r + 1) * (c % 2 ? 1.0f : -1.0f);
        for (PruneNorm norm : {PruneNorm::L1, PruneNorm::L2}) {
            const auto keep = channelsToKeep({{x.data(), rows, cols}}, 0.3, norm);
            QCOMPARE(keep, (std::vector<std::uint32_t>{3, 4, 5, 6, 7, 8, 9}));
        }
        // Coupled matrices decide together: the second one reverses the order and dominates.
        std::vector<float> y(x.size());
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t c = 0; c < cols; ++c)
                y[std::size_t(r * cols + c)] = 10.0f * float(rows - r);
        const auto joint = channelsToKeep({{x.data(), rows, cols}, {y.data(), rows, cols}}, 0.3, PruneNorm::L2);
        QCOMPARE(joint, (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(channelsToKeep({{x.data(), rows, cols}}, 0.99, PruneNorm::L2).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestPrune)
#include "tst_prune.moc"
