// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobcontext.h"
#include "linalg/gemm.h"
#include "linalg/svd.h"

#include <Eigen/Eigenvalues>
#include <Eigen/SVD>

#include <QTest>

#include <cmath>
#include <random>

using namespace pare::core;

namespace {

// Relative agreement of singular values with a double-precision reference.
constexpr double kExactRelTolerance = 1e-4;
// Randomized top values against exact ones (what the spectrum view promises).
constexpr double kRandomizedRelTolerance = 0.01;
// Orthonormality of computed singular vectors, |UᵀU − I| entries.
constexpr double kOrthoTolerance = 1e-4;
// Float products against a double reference, relative to Σ|a||b| of each output.
constexpr double kGemmTolerance = 1e-5;
// Rank-k reconstruction error against the Eckart–Young optimum, relative.
constexpr double kReconstructionRelTolerance = 1e-3;

MatrixXfR gaussian(Eigen::Index m, Eigen::Index n, std::uint64_t seed, float scale = 1.0f)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal(0.0f, scale);
    MatrixXfR a(m, n);
    for (Eigen::Index i = 0; i < m; ++i)
        for (Eigen::Index j = 0; j < n; ++j)
            a(i, j) = normal(rng);
    return a;
}

// Rank-r signal with geometrically decaying strengths plus small dense noise.
MatrixXfR lowRankPlusNoise(Eigen::Index m, Eigen::Index n, Eigen::Index r, std::uint64_t seed)
{
    const MatrixXfR x = gaussian(m, r, seed);
    MatrixXfR y = gaussian(r, n, seed + 1);
    for (Eigen::Index i = 0; i < r; ++i)
        y.row(i) *= float(std::pow(0.97, double(i)));
    MatrixXfR a = x * y;
    a += gaussian(m, n, seed + 2, 0.01f);
    return a;
}

Eigen::VectorXd referenceValues(const MatrixXfR &a)
{
    Eigen::MatrixXd d = a.cast<double>();
    return Eigen::JacobiSVD<Eigen::MatrixXd>(d).singularValues();
}

} // namespace

class TestSvd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gemmMatchesReference_data()
    {
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("l");
        QTest::addColumn<bool>("transposed");
        QTest::addColumn<int>("padding"); // extra elements per row of A
        QTest::newRow("tiles exact") << 12 << 512 << 32 << false << 0;
        QTest::newRow("ragged") << 13 << 300 << 21 << false << 3;
        QTest::newRow("ragged transposed") << 19 << 257 << 37 << true << 5;
        QTest::newRow("narrow") << 7 << 40 << 5 << true << 0;
        QTest::newRow("single") << 1 << 1 << 1 << false << 0;
        QTest::newRow("no depth") << 4 << 0 << 9 << false << 0;
        // Full 14-row AVX-512 tiles with a ragged last one, depth not a multiple of 16 (the
        // transposing pack's tail), several depth blocks, a last column panel under 16 wide.
        QTest::newRow("many tiles") << 45 << 600 << 70 << false << 2;
        QTest::newRow("many tiles transposed") << 43 << 513 << 266 << true << 1;
    }
    void gemmMatchesReference()
    {
        QFETCH(int, m);
        QFETCH(int, k);
        QFETCH(int, l);
        QFETCH(bool, transposed);
        QFETCH(int, padding);
        // op(A) is m × k; stored as m × (k + padding), or transposed as k × (m + padding).
        const int aRows = transposed ? k : m;
        const int aCols = (transposed ? m : k) + padding;
        const MatrixXfR a = gaussian(aRows, aCols, 31);
        const MatrixXfR b = gaussian(k, l, 32);
        // Every kernel this CPU can run, not only the fastest.
        for (const char *kernel : availableGemmKernels()) {
            QVERIFY(forceGemmKernel(kernel));
            MatrixXfR c = MatrixXfR::Constant(m, l, 12345.0f); // must be overwritten, not added to
            JobContext ctx;
            QVERIFY(multiplyRowMajor(a.data(), aCols, transposed, b.data(), l, c.data(), l, m, k, l,
                                     ctx));
            for (int i = 0; i < m; ++i)
                for (int j = 0; j < l; ++j) {
                    double want = 0.0, scale = 0.0;
                    for (int p = 0; p < k; ++p) {
                        const double av = transposed ? a(p, i) : a(i, p);
                        want += av * double(b(p, j));
                        scale += std::abs(av * double(b(p, j)));
                    }
                    QVERIFY2(std::abs(double(c(i, j)) - want) <= kGemmTolerance * (scale + 1e-30),
                             qPrintable(QStringLiteral("C(%1,%2) = %3, want %4 (%5)")
                                                .arg(i)
                                                .arg(j)
                                                .arg(c(i, j))
                                                .arg(want)
                                                .arg(QLatin1String(gemmKernelName()))));
                }
        }
        QVERIFY(forceGemmKernel(nullptr));
    }

    void gemmKernelsListed()
    {
        const auto kernels = availableGemmKernels();
        QVERIFY(!kernels.empty());
        QCOMPARE(QLatin1String(kernels.back()), QLatin1String("eigen")); // always available
        QCOMPARE(QLatin1String(gemmKernelName()), QLatin1String(kernels.front()));
        QVERIFY(!forceGemmKernel("no-such-kernel"));
        QCOMPARE(QLatin1String(gemmKernelName()), QLatin1String(kernels.front()));
    }

    void gramAndTriangularMatchReference()
    {
        const int n = 333, w = 47;
        const MatrixXfR y = gaussian(n, w, 41);
        MatrixXfR u = gaussian(w, w, 42);
        u.triangularView<Eigen::StrictlyLower>().setZero();
        const Eigen::MatrixXd yd = y.cast<double>();
        const Eigen::MatrixXd gramRef = yd.transpose() * yd;
        const Eigen::MatrixXd productRef = yd * u.cast<double>();
        const Eigen::MatrixXd gramScale = yd.cwiseAbs().transpose() * yd.cwiseAbs();
        const Eigen::MatrixXd productScale = yd.cwiseAbs() * u.cast<double>().cwiseAbs();
        for (const char *kernel : availableGemmKernels()) {
            QVERIFY(forceGemmKernel(kernel));
            JobContext ctx;
            MatrixXfR g = MatrixXfR::Constant(w, w, 7.0f);
            QVERIFY(gramRowMajor(y.data(), w, n, w, g.data(), w, ctx));
            MatrixXfR c = MatrixXfR::Constant(n, w, 7.0f);
            QVERIFY(multiplyUpperTriangular(y.data(), w, u.data(), w, c.data(), w, n, w, ctx));
            for (int i = 0; i < w; ++i)
                for (int j = 0; j < w; ++j) {
                    QCOMPARE(g(i, j), g(j, i)); // exactly symmetric
                    QVERIFY2(std::abs(g(i, j) - gramRef(i, j)) <= kGemmTolerance * gramScale(i, j),
                             qPrintable(QStringLiteral("G(%1,%2) = %3, want %4 (%5)")
                                                .arg(i)
                                                .arg(j)
                                                .arg(g(i, j))
                                                .arg(gramRef(i, j))
                                                .arg(QLatin1String(kernel))));
                }
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < w; ++j)
                    QVERIFY2(std::abs(c(i, j) - productRef(i, j))
                                     <= kGemmTolerance * productScale(i, j) + 1e-30,
                             qPrintable(QStringLiteral("C(%1,%2) = %3, want %4 (%5)")
                                                .arg(i)
                                                .arg(j)
                                                .arg(c(i, j))
                                                .arg(productRef(i, j))
                                                .arg(QLatin1String(kernel))));
        }
        QVERIFY(forceGemmKernel(nullptr));
    }

    void randomizedOnRankDeficientFallsBack()
    {
        // Exactly rank 12 in a 40-wide sketch: the Gram matrices are singular, so the Cholesky
        // QR steps must give way to Householder QR and still find the 12 values and zeros.
        const MatrixXfR x = gaussian(300, 12, 51);
        const MatrixXfR y = gaussian(12, 260, 52);
        const MatrixXfR a = x * y;
        const Eigen::VectorXd ref = referenceValues(a);
        SvdOptions opt;
        opt.rank = 30;
        opt.exactBelow = 20;
        JobContext ctx;
        auto r = truncatedSvd(a, opt, ctx);
        QVERIFY(r.ok());
        QVERIFY(!r->exact);
        QVERIFY(r->singularValues.allFinite() && r->u.allFinite() && r->v.allFinite());
        for (int i = 0; i < 12; ++i)
            QVERIFY2(std::abs(r->singularValues(i) - ref(i)) <= kRandomizedRelTolerance * ref(i),
                     qPrintable(QStringLiteral("σ%1 = %2, exact %3")
                                        .arg(i)
                                        .arg(r->singularValues(i))
                                        .arg(ref(i))));
        for (int i = 12; i < 30; ++i)
            QVERIFY(r->singularValues(i) <= 1e-4f * r->singularValues(0));
        const MatrixXfR approx = r->u * r->singularValues.asDiagonal() * r->v.transpose();
        QVERIFY((a - approx).norm() <= 1e-4f * a.norm());

        const MatrixXfR zero = MatrixXfR::Zero(300, 260);
        r = truncatedSvd(zero, opt, ctx);
        QVERIFY(r.ok());
        QVERIFY(r->singularValues.allFinite());
        QCOMPARE(r->singularValues.maxCoeff(), 0.0f);
    }

    void randomizedSameOnEveryKernel()
    {
        // The SVD only reaches the CPU through the products: every kernel must agree.
        const MatrixXfR a = lowRankPlusNoise(400, 380, 30, 13);
        SvdOptions opt;
        opt.rank = 25;
        opt.exactBelow = 50;
        opt.computeVectors = false;
        std::vector<Eigen::VectorXf> values;
        for (const char *kernel : availableGemmKernels()) {
            QVERIFY(forceGemmKernel(kernel));
            JobContext ctx;
            auto r = truncatedSvd(a, opt, ctx);
            QVERIFY(r.ok());
            values.push_back(r->singularValues);
        }
        QVERIFY(forceGemmKernel(nullptr));
        for (const auto &v : values)
            for (int i = 0; i < 25; ++i)
                QVERIFY(std::abs(v(i) - values.front()(i)) <= 1e-4f * values.front()(i));
    }

    void exactMatchesReference_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("rank");
        QTest::newRow("square") << 40 << 40 << 40;
        QTest::newRow("tall truncated") << 70 << 30 << 10;
        QTest::newRow("wide truncated") << 25 << 60 << 7;
        QTest::newRow("rank clamped") << 12 << 9 << 100;
        QTest::newRow("single row") << 1 << 17 << 3;
    }
    void exactMatchesReference()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, rank);
        const MatrixXfR a = gaussian(rows, cols, 11 + rows);
        const Eigen::VectorXd ref = referenceValues(a);
        SvdOptions opt;
        opt.rank = rank;
        JobContext ctx;
        auto r = truncatedSvd(a, opt, ctx);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(r->exact);
        const int k = std::min(rank, std::min(rows, cols));
        QCOMPARE(r->singularValues.size(), Eigen::Index(k));
        QCOMPARE(r->u.rows(), Eigen::Index(rows));
        QCOMPARE(r->u.cols(), Eigen::Index(k));
        QCOMPARE(r->v.rows(), Eigen::Index(cols));
        for (int i = 0; i < k; ++i)
            QVERIFY2(std::abs(r->singularValues(i) - ref(i)) <= kExactRelTolerance * ref(i),
                     qPrintable(QStringLiteral("σ%1 = %2, reference %3")
                                        .arg(i)
                                        .arg(r->singularValues(i))
                                        .arg(ref(i))));
        // U Σ Vᵀ applied to V reproduces A·V (a check on the vectors, not only the values).
        const MatrixXfR av = a * r->v;
        const MatrixXfR us = r->u * r->singularValues.asDiagonal();
        QVERIFY((av - us).cwiseAbs().maxCoeff() <= 1e-3f * r->singularValues(0));
    }

    void exactLargeReducesInFloat_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<bool>("vectors");
        QTest::addColumn<float>("scale");
        // Beyond the double-precision size limit (4 M elements): exact through a float QR. The
        // small scale makes the R factor small beside the Householder vectors stored under it.
        QTest::newRow("tall, values") << 20000 << 240 << false << 1.0f;
        QTest::newRow("tall, vectors") << 20000 << 240 << true << 1.0f;
        QTest::newRow("wide, vectors") << 150 << 30000 << true << 1.0f;
        QTest::newRow("wide, small scale") << 150 << 30000 << true << 1e-3f;
    }
    void exactLargeReducesInFloat()
    {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(bool, vectors);
        QFETCH(float, scale);
        const MatrixXfR a = gaussian(rows, cols, 77 + rows, scale);
        // Reference: square roots of the eigenvalues of the small Gram matrix in double (fine
        // for the top values).
        const Eigen::MatrixXd d = a.cast<double>();
        const Eigen::MatrixXd gram = rows > cols ? Eigen::MatrixXd(d.transpose() * d)
                                                 : Eigen::MatrixXd(d * d.transpose());
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(gram);
        const Eigen::VectorXd ref = eig.eigenvalues().reverse().cwiseSqrt();
        constexpr int kRank = 20;
        SvdOptions opt;
        opt.rank = kRank;
        opt.computeVectors = vectors;
        JobContext ctx;
        auto r = truncatedSvd(a, opt, ctx);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(r->exact);
        QCOMPARE(r->singularValues.size(), Eigen::Index(kRank));
        for (int i = 0; i < kRank; ++i)
            QVERIFY2(std::abs(r->singularValues(i) - ref(i)) <= kExactRelTolerance * ref(i),
                     qPrintable(QStringLiteral("σ%1 = %2, reference %3")
                                        .arg(i)
                                        .arg(r->singularValues(i))
                                        .arg(ref(i))));
        if (!vectors) {
            QCOMPARE(r->u.size(), Eigen::Index(0));
            return;
        }
        QCOMPARE(r->u.rows(), Eigen::Index(rows));
        QCOMPARE(r->u.cols(), Eigen::Index(kRank));
        QCOMPARE(r->v.rows(), Eigen::Index(cols));
        QCOMPARE(r->v.cols(), Eigen::Index(kRank));
        const Eigen::MatrixXf ident = Eigen::MatrixXf::Identity(kRank, kRank);
        QVERIFY((r->u.transpose() * r->u - ident).cwiseAbs().maxCoeff() <= kOrthoTolerance);
        QVERIFY((r->v.transpose() * r->v - ident).cwiseAbs().maxCoeff() <= kOrthoTolerance);
        // A·V = U·Σ and Aᵀ·U = V·Σ: both sides of the factorization, not only the values.
        const MatrixXfR us = r->u * r->singularValues.asDiagonal();
        const MatrixXfR vs = r->v * r->singularValues.asDiagonal();
        QVERIFY((a * r->v - us).cwiseAbs().maxCoeff() <= 1e-3f * r->singularValues(0));
        QVERIFY((a.transpose() * r->u - vs).cwiseAbs().maxCoeff() <= 1e-3f * r->singularValues(0));
    }

    void randomizedMatchesExactOnLowRankPlusNoise()
    {
        const MatrixXfR a = lowRankPlusNoise(600, 500, 60, 7);
        const Eigen::VectorXd ref = referenceValues(a);
        SvdOptions opt;
        opt.rank = 60;        // the signal rank: the noise floor lies far below σ60
        opt.exactBelow = 100; // force the randomized path
        JobContext ctx;
        auto r = truncatedSvd(a, opt, ctx);
        QVERIFY(r.ok());
        QVERIFY(!r->exact);
        QCOMPARE(r->singularValues.size(), Eigen::Index(60));
        for (int i = 0; i < 60; ++i)
            QVERIFY2(std::abs(r->singularValues(i) - ref(i)) <= kRandomizedRelTolerance * ref(i),
                     qPrintable(QStringLiteral("σ%1 = %2, exact %3")
                                        .arg(i)
                                        .arg(r->singularValues(i))
                                        .arg(ref(i))));
        for (int i = 1; i < 60; ++i)
            QVERIFY(r->singularValues(i) <= r->singularValues(i - 1));
        // Orthonormal factors.
        const Eigen::MatrixXf utu = r->u.transpose() * r->u;
        const Eigen::MatrixXf vtv = r->v.transpose() * r->v;
        QVERIFY((utu - Eigen::MatrixXf::Identity(60, 60)).cwiseAbs().maxCoeff() <= kOrthoTolerance);
        QVERIFY((vtv - Eigen::MatrixXf::Identity(60, 60)).cwiseAbs().maxCoeff() <= kOrthoTolerance);
        // Near-optimal rank-60 approximation (Eckart–Young): ‖A − U Σ Vᵀ‖_F ≈ sqrt(Σ_{i≥60} σᵢ²).
        const MatrixXfR approx = r->u * r->singularValues.asDiagonal() * r->v.transpose();
        const double err = (a - approx).cast<double>().norm();
        const double optimum = std::sqrt(ref.tail(ref.size() - 60).squaredNorm());
        QVERIFY2(err <= optimum * (1.0 + kReconstructionRelTolerance) + 1e-6,
                 qPrintable(QStringLiteral("error %1, optimum %2").arg(err).arg(optimum)));
    }

    void randomizedWideMatrixAndValuesOnly()
    {
        const MatrixXfR a = lowRankPlusNoise(300, 700, 30, 3);
        const Eigen::VectorXd ref = referenceValues(a);
        SvdOptions opt;
        opt.rank = 20;
        opt.exactBelow = 50;
        opt.computeVectors = false;
        JobContext ctx;
        auto r = truncatedSvd(a, opt, ctx);
        QVERIFY(r.ok());
        QVERIFY(!r->exact);
        QCOMPARE(r->u.size(), Eigen::Index(0));
        QCOMPARE(r->v.size(), Eigen::Index(0));
        for (int i = 0; i < 20; ++i)
            QVERIFY(std::abs(r->singularValues(i) - ref(i)) <= kRandomizedRelTolerance * ref(i));
    }

    void deterministicForSeed()
    {
        const MatrixXfR a = lowRankPlusNoise(200, 150, 20, 5);
        SvdOptions opt;
        opt.rank = 10;
        opt.exactBelow = 10;
        JobContext ctx;
        auto r1 = truncatedSvd(a, opt, ctx);
        auto r2 = truncatedSvd(a, opt, ctx);
        QVERIFY(r1.ok() && r2.ok());
        QCOMPARE(r1->singularValues, r2->singularValues);
    }

    void badInputs()
    {
        JobContext ctx;
        MatrixXfR a = gaussian(8, 8, 1);
        SvdOptions opt;
        opt.rank = 0;
        auto r = truncatedSvd(a, opt, ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        opt.rank = 4;
        a(3, 5) = std::numeric_limits<float>::quiet_NaN();
        r = truncatedSvd(a, opt, ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(r.error().message.contains(QStringLiteral("8×8")));
        const MatrixXfR empty(0, 5);
        r = truncatedSvd(empty, opt, ctx);
        QVERIFY(r.ok());
        QCOMPARE(r->singularValues.size(), Eigen::Index(0));
    }

    void cancelStopsRandomized()
    {
        const MatrixXfR a = gaussian(400, 300, 9);
        SvdOptions opt;
        opt.rank = 20;
        opt.exactBelow = 10;
        JobContext ctx({}, {}, [] { return true; });
        auto r = truncatedSvd(a, opt, ctx);
        QVERIFY(r.isCanceled());
    }
};

QTEST_GUILESS_MAIN(TestSvd)
#include "tst_svd.moc"
