// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/lowrank.h"
#include "compress/metrics.h"
#include "testdata.h"

#include <QTest>

#include <cmath>

using namespace pare::core;

namespace {

// Float SVD and reconstruction: relative agreement with the spectrum formula.
constexpr double kFormulaTolerance = 1e-3;

std::vector<float> product(const LowRankFactors &f)
{
    std::vector<float> w(static_cast<std::size_t>(f.rows * f.cols), 0.0f);
    for (std::int64_t i = 0; i < f.rows; ++i)
        for (int k = 0; k < f.rank; ++k)
            for (std::int64_t j = 0; j < f.cols; ++j)
                w[std::size_t(i * f.cols + j)] += f.a[std::size_t(i * f.rank + k)] * f.b[std::size_t(k * f.cols + j)];
    return w;
}

// A matrix with a decaying spectrum: sum of rank-one terms with weights 0.9^k, plus noise.
std::vector<float> decaying(std::int64_t rows, std::int64_t cols)
{
    const std::vector<float> u = testdata::gaussian(rows * 40, 1.0f, 11);
    const std::vector<float> v = testdata::gaussian(cols * 40, 1.0f, 12);
    std::vector<float> w = testdata::gaussian(rows * cols, 0.01f, 13);
    for (int k = 0; k < 40; ++k) {
        const float s = std::pow(0.9f, float(k));
        for (std::int64_t i = 0; i < rows; ++i)
            for (std::int64_t j = 0; j < cols; ++j)
                w[std::size_t(i * cols + j)] += s * u[std::size_t(i * 40 + k)] * v[std::size_t(j * 40 + k)] / 10.0f;
    }
    return w;
}

} // namespace

class TestLowRank : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorEqualsDiscardedSpectrum_data()
    {
        QTest::addColumn<int>("rank");
        QTest::newRow("r=1") << 1;
        QTest::newRow("r=8") << 8;
        QTest::newRow("r=24") << 24;
    }
    void errorEqualsDiscardedSpectrum()
    {
        QFETCH(int, rank);
        const std::int64_t rows = 96, cols = 80;
        const std::vector<float> w = decaying(rows, cols);
        JobContext ctx;
        auto spectrum = singularSpectrum(w.data(), rows, cols, ctx);
        QVERIFY(spectrum.ok());
        QCOMPARE(std::int64_t(spectrum->size()), std::min(rows, cols));
        double total = 0;
        for (float v : w)
            total += double(v) * v;
        LowRankSpec spec;
        spec.rank = rank;
        auto f = factorize(w.data(), rows, cols, spec, ctx);
        QVERIFY(f.ok());
        QVERIFY(!f->keptDense);
        QCOMPARE(f->rank, rank);
        const std::vector<float> approx = product(*f);
        const double measured = compareValues(w.data(), approx.data(), rows * cols).relativeFrobenius;
        const double formula = truncationError(*spectrum, total, rank);
        QVERIFY2(std::fabs(measured - formula) <= kFormulaTolerance * formula,
                 qPrintable(QStringLiteral("measured %1, formula %2").arg(measured).arg(formula)));
    }

    void energyRankRoundsUpToEight()
    {
        // σ² = 100, 1, 1, …: 90 % of the energy needs only the first value, rounded up to 8.
        std::vector<float> s = {10.0f};
        for (int i = 0; i < 99; ++i)
            s.push_back(1.0f);
        double total = 0;
        for (float v : s)
            total += double(v) * v;
        QCOMPARE(rankForEnergy(s, total, 0.5, 100), 8);
        QCOMPARE(rankForEnergy(s, total, 0.6, 100), 24); // 100 + 20 ≥ 119.4: rank 21, rounded up
        QCOMPARE(rankForEnergy(s, total, 1.0, 100), 100);
        QCOMPARE(rankForEnergy(s, total, 0.99, 20), 20);  // clamped to min(m, n)
    }

    void leavesDenseWhenNotSmaller()
    {
        const std::int64_t rows = 16, cols = 16;
        const std::vector<float> w = testdata::gaussian(rows * cols, 1.0f, 4);
        LowRankSpec spec;
        spec.rank = 8; // 8 · 32 = 256 = 16 · 16
        JobContext ctx;
        auto f = factorize(w.data(), rows, cols, spec, ctx);
        QVERIFY(f.ok());
        QVERIFY(f->keptDense);
        QVERIFY(f->note.contains(QStringLiteral("kept dense")));
        QVERIFY(!lowRankSaves(16, 16, 8));
        QVERIFY(lowRankSaves(16, 16, 7));
    }

    void energySpecPicksRankFromSpectrum()
    {
        const std::int64_t rows = 120, cols = 100;
        const std::vector<float> w = decaying(rows, cols);
        JobContext ctx;
        auto spectrum = singularSpectrum(w.data(), rows, cols, ctx);
        QVERIFY(spectrum.ok());
        double total = 0;
        for (float v : w)
            total += double(v) * v;
        LowRankSpec spec;
        spec.energy = 0.8;
        auto f = factorize(w.data(), rows, cols, spec, ctx);
        QVERIFY(f.ok());
        QCOMPARE(f->rank % 8, 0);
        QCOMPARE(f->rank, rankForEnergy(*spectrum, total, 0.8, 100));
        // The kept energy reaches the target, and a rank 8 smaller would not.
        double kept = 0;
        for (int i = 0; i < f->rank; ++i)
            kept += double((*spectrum)[std::size_t(i)]) * (*spectrum)[std::size_t(i)];
        QVERIFY(kept >= 0.8 * total);
        double keptLess = 0;
        for (int i = 0; i < f->rank - 8; ++i)
            keptLess += double((*spectrum)[std::size_t(i)]) * (*spectrum)[std::size_t(i)];
        QVERIFY(keptLess < 0.8 * total);
    }
};

QTEST_GUILESS_MAIN(TestLowRank)
#include "tst_lowrank.moc"
