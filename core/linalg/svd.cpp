// SPDX-License-Identifier: GPL-3.0-or-later
#include "svd.h"

#include <QCoreApplication>

#include "jobs/jobrunner.h"
#include "linalg/gemm.h"

#include <Eigen/Cholesky>
#include <Eigen/QR>
#include <Eigen/SVD>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>

namespace pare::core {

namespace {

using MatF = Eigen::MatrixXf; // column-major work matrices: the thin factors are tall and narrow

// Exact SVDs of matrices up to this many elements run in double precision, so that small
// singular values keep their relative accuracy; larger ones are reduced in float first (a QR of
// the tall orientation) to bound memory.
constexpr std::int64_t kDoubleExactMaxElements = std::int64_t(4) << 20;

// y = a · x (row-major throughout), rows of y shared over idle pool threads.
bool multiply(const Eigen::Ref<const MatrixXfR> &a, const MatrixXfR &x, MatrixXfR &y,
              JobContext &ctx)
{
    y.resize(a.rows(), x.cols());
    return multiplyRowMajor(a.data(), a.outerStride(), false, x.data(), x.cols(), y.data(),
                            y.cols(), a.rows(), a.cols(), x.cols(), ctx);
}

// z = aᵀ · x, rows of z (columns of a) shared over idle pool threads.
bool multiplyTransposed(const Eigen::Ref<const MatrixXfR> &a, const MatrixXfR &x, MatrixXfR &z,
                        JobContext &ctx)
{
    z.resize(a.cols(), x.cols());
    return multiplyRowMajor(a.data(), a.outerStride(), true, x.data(), x.cols(), z.data(),
                            z.cols(), a.cols(), a.rows(), x.cols(), ctx);
}

// An orthonormal basis of the columns of y (thin Q of a Householder QR), in place. The fallback
// for sketches too ill-conditioned for Cholesky QR.
void householderOrthonormalize(MatrixXfR &y)
{
    const Eigen::Index cols = y.cols();
    Eigen::HouseholderQR<MatF> qr(y);
    y = qr.householderQ() * MatF::Identity(y.rows(), cols);
}

// An approximately Gaussian test matrix: each entry is an Irwin–Hall sum of the four 16-bit
// parts of one splitmix64 draw, scaled to unit variance. A continuous-enough distribution
// (2^18 levels) is all the range finder needs, at a small fraction of the cost of
// std::normal_distribution; each row has its own stream, so threads do not change the result.
bool testMatrix(MatrixXfR &omega, std::uint64_t seed, JobContext &ctx)
{
    const Eigen::Index cols = omega.cols();
    return parallelFor(
        omega.rows(), 256,
        [&](qint64 r0, qint64 r1) {
            constexpr float kScale = 1.7320508f / 65536.0f; // √3 / 2^16: unit variance
            for (qint64 i = r0; i < r1; ++i) {
                std::uint64_t state = seed ^ (0xD1B54A32D192ED03ull * std::uint64_t(i + 1));
                float *row = omega.data() + i * cols;
                for (Eigen::Index j = 0; j < cols; ++j) {
                    state += 0x9E3779B97F4A7C15ull;
                    std::uint64_t z = state;
                    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
                    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
                    z ^= z >> 31;
                    const std::uint32_t sum = std::uint32_t(z & 0xFFFF)
                                              + std::uint32_t((z >> 16) & 0xFFFF)
                                              + std::uint32_t((z >> 32) & 0xFFFF)
                                              + std::uint32_t(z >> 48);
                    row[j] = (float(sum) - 131070.0f) * kScale;
                }
            }
        },
        ctx);
}

// G = YᵀY in double (from a float product) for the Cholesky factorization.
bool gram(const MatrixXfR &y, Eigen::MatrixXd &g, JobContext &ctx)
{
    MatrixXfR gf(y.cols(), y.cols());
    if (!gramRowMajor(y.data(), y.cols(), y.rows(), y.cols(), gf.data(), gf.cols(), ctx))
        return false;
    g = gf.cast<double>();
    return true;
}

// Upper-triangular R with RᵀR = g, or false when g is not numerically positive definite.
bool choleskyFactor(const Eigen::MatrixXd &g, Eigen::MatrixXd &r)
{
    const Eigen::LLT<Eigen::MatrixXd> llt(g);
    if (llt.info() != Eigen::Success)
        return false;
    r = llt.matrixU();
    return r.allFinite();
}

// y ← y · R⁻¹ for upper-triangular R.
bool applyInverse(MatrixXfR &y, const Eigen::MatrixXd &r, JobContext &ctx)
{
    const Eigen::Index w = r.rows();
    const Eigen::MatrixXd inverse = r.triangularView<Eigen::Upper>().solve(
        Eigen::MatrixXd::Identity(w, w));
    const MatrixXfR inv = inverse.triangularView<Eigen::Upper>().toDenseMatrix().cast<float>();
    MatrixXfR out(y.rows(), w);
    if (!multiplyUpperTriangular(y.data(), y.cols(), inv.data(), inv.cols(), out.data(), out.cols(),
                                 y.rows(), w, ctx))
        return false;
    y.swap(out);
    return true;
}

// Largest absolute row sum of G − I: a bound on ‖QᵀQ − I‖₂ for the Q whose Gram matrix is G.
double orthogonalityLoss(const Eigen::MatrixXd &g)
{
    const double loss = (g - Eigen::MatrixXd::Identity(g.rows(), g.cols())).cwiseAbs().rowwise().sum().maxCoeff();
    return std::isfinite(loss) ? loss : std::numeric_limits<double>::infinity();
}

enum class Step { Done, Failed, Canceled };

// First half of CholeskyQR2 (Fukaya et al. 2014): y ← y·R1⁻¹ with R1ᵀR1 = yᵀy, then g = yᵀy of
// the new y. All the work is in two half-size products, which run at GEMM speed on all threads
// (Householder QR runs on one). Failed when yᵀy is not positive definite in float, or the pass
// leaves y too far from orthonormal (‖yᵀy − I‖ > ½) for a second pass to repair.
Step choleskyPass(MatrixXfR &y, Eigen::MatrixXd &r1, Eigen::MatrixXd &g, JobContext &ctx)
{
    if (!gram(y, g, ctx))
        return Step::Canceled;
    if (!choleskyFactor(g, r1))
        return Step::Failed;
    if (!applyInverse(y, r1, ctx) || !gram(y, g, ctx))
        return Step::Canceled;
    return orthogonalityLoss(g) <= 0.5 ? Step::Done : Step::Failed;
}

// A lower estimate of the 2-norm condition number of upper-triangular R: power iterations on
// RᵀR and on (RᵀR)⁻¹, O(w²) each.
double conditionEstimate(const Eigen::MatrixXd &r)
{
    const auto tri = r.triangularView<Eigen::Upper>();
    const Eigen::Index w = r.cols();
    Eigen::VectorXd start(w);
    for (Eigen::Index i = 0; i < w; ++i)
        start(i) = 1.0 + 0.5 * std::sin(double(i) * 1.7); // not orthogonal to any singular vector in practice
    start.normalize();
    double largest = 0.0, inverse = 0.0;
    Eigen::VectorXd x = start;
    for (int it = 0; it < 16; ++it) {
        const Eigen::VectorXd y = tri.transpose() * (tri * x);
        largest = y.norm();
        if (!(largest > 0.0))
            return std::numeric_limits<double>::infinity();
        x = y / largest;
    }
    x = start;
    for (int it = 0; it < 16; ++it) {
        const Eigen::VectorXd y = tri.solve(tri.transpose().solve(x));
        inverse = y.norm();
        if (!std::isfinite(inverse))
            return std::numeric_limits<double>::infinity();
        x = y / inverse;
    }
    return std::sqrt(largest * inverse);
}

// Replaces y by an orthonormal basis of its columns by CholeskyQR2. With `exact` false (between
// power iterations, where only the span matters) one pass is kept when it leaves y orthonormal
// to about 0.1: judged from R's condition number (the loss is about u·κ²), else measured.
// Falls back to Householder QR when Cholesky QR cannot be trusted.
bool orthonormalize(MatrixXfR &y, bool exact, JobContext &ctx)
{
    constexpr double kFloatEps = 6e-8;
    const MatrixXfR saved = y;
    Eigen::MatrixXd r1, r2, g;
    bool failed = false;
    if (!gram(y, g, ctx))
        return false;
    if (!choleskyFactor(g, r1)) {
        failed = true;
    } else {
        if (!applyInverse(y, r1, ctx))
            return false;
        if (exact || std::pow(conditionEstimate(r1), 2) * kFloatEps > 0.05) {
            if (!gram(y, g, ctx))
                return false;
            const double loss = orthogonalityLoss(g);
            if (loss > 0.5 || !choleskyFactor(g, r2))
                failed = true;
            else if ((exact || loss > 0.1) && !applyInverse(y, r2, ctx))
                return false;
        }
    }
    if (failed) {
        y = saved;
        householderOrthonormalize(y);
    }
    return !ctx.isCanceled();
}

// Whether a holds no NaN or Inf: the largest magnitude bit pattern is below that of Inf. A
// vectorized pass on all threads (Eigen's allFinite is scalar and single-threaded).
bool allFinite(const Eigen::Ref<const MatrixXfR> &a, JobContext &ctx)
{
    std::atomic<bool> finite{true};
    const Eigen::Index cols = a.cols();
    parallelFor(
        a.rows(), 64,
        [&](qint64 r0, qint64 r1) {
            std::uint32_t largest = 0;
            for (qint64 i = r0; i < r1; ++i) {
                const float *row = a.data() + i * a.outerStride();
                for (Eigen::Index j = 0; j < cols; ++j) {
                    std::uint32_t bits;
                    std::memcpy(&bits, row + j, sizeof bits);
                    largest = std::max(largest, bits & 0x7FFFFFFFu);
                }
            }
            if (largest >= 0x7F800000u)
                finite.store(false);
        },
        ctx);
    return finite.load();
}

// Exact SVD in double of a matrix small enough to copy in double.
SvdResult exactSvdDouble(const Eigen::Ref<const MatrixXfR> &a, int rank, bool vectors)
{
    const unsigned flags = vectors ? (Eigen::ComputeThinU | Eigen::ComputeThinV) : 0u;
    Eigen::BDCSVD<Eigen::MatrixXd> svd(a.cast<double>(), flags);
    SvdResult r;
    r.exact = true;
    r.singularValues = svd.singularValues().head(rank).cast<float>();
    if (vectors) {
        r.u = svd.matrixU().leftCols(rank).cast<float>();
        r.v = svd.matrixV().leftCols(rank).cast<float>();
    }
    return r;
}

// Exact SVD of a matrix too large to copy in double (one side at most exactBelow long, the other
// long): a Householder QR of its tall orientation T in float, then the exact SVD of the small
// square R factor in double. T = Q·R and R = Ur·S·Vrᵀ give T = (Q·Ur)·S·Vrᵀ; for a wide A = Tᵀ
// the two sides swap. Half the flops of the bidiagonalization a float BDCSVD of T would start
// with (2·m·n² against 4·m·n²): 1.7–2.5× faster on 16384×512 and 50000×256, and no float
// instance of BDCSVD to compile.
SvdResult exactSvdLarge(const Eigen::Ref<const MatrixXfR> &a, int rank, bool vectors)
{
    const bool wide = a.cols() > a.rows();
    const Eigen::HouseholderQR<MatF> qr(wide ? MatF(a.transpose()) : MatF(a));
    const Eigen::Index k = qr.matrixQR().cols();
    Eigen::MatrixXd rf = qr.matrixQR().topRows(k).cast<double>();
    rf.triangularView<Eigen::StrictlyLower>().setZero();
    const unsigned flags = vectors ? (Eigen::ComputeThinU | Eigen::ComputeThinV) : 0u;
    Eigen::BDCSVD<Eigen::MatrixXd> svd(rf, flags);
    SvdResult r;
    r.exact = true;
    r.singularValues = svd.singularValues().head(rank).cast<float>();
    if (vectors) {
        MatF qu = MatF::Zero(qr.matrixQR().rows(), rank);
        qu.topRows(k) = svd.matrixU().leftCols(rank).cast<float>();
        qu.applyOnTheLeft(qr.householderQ());
        MatrixXfR &left = wide ? r.v : r.u;
        MatrixXfR &right = wide ? r.u : r.v;
        left = qu;
        right = svd.matrixV().leftCols(rank).cast<float>();
    }
    return r;
}

} // namespace

Result<SvdResult> truncatedSvd(const Eigen::Ref<const MatrixXfR> &a, const SvdOptions &options,
                               JobContext &ctx)
{
    if (options.rank <= 0)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "SVD: rank must be positive (got %1)").arg(options.rank)};
    if (options.powerIterations < 0 || options.oversample < 0)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "SVD: oversample (%1) and power iterations (%2) must not be "
                                    "negative")
                         .arg(options.oversample)
                         .arg(options.powerIterations)};
    const Eigen::Index m = a.rows();
    const Eigen::Index n = a.cols();
    const Eigen::Index small = std::min(m, n);
    if (small == 0) {
        SvdResult empty;
        empty.exact = true;
        return empty;
    }
    if (!allFinite(a, ctx))
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "SVD: the %1×%2 matrix contains NaN or Inf").arg(m).arg(n)};
    const int rank = int(std::min<Eigen::Index>(options.rank, small));

    if (small <= options.exactBelow) {
        ctx.setProgress(0.0, QCoreApplication::translate("pare::core", "Exact SVD of %1×%2").arg(m).arg(n));
        if (ctx.isCanceled())
            return Error::canceled();
        SvdResult r = m * n <= kDoubleExactMaxElements
                          ? exactSvdDouble(a, rank, options.computeVectors)
                          : exactSvdLarge(a, rank, options.computeVectors);
        ctx.setProgress(1.0);
        return r;
    }

    // Randomized range finder (Halko, Martinsson & Tropp 2011, algorithms 4.4 and 5.1): a few
    // passes over A with re-orthonormalization between them, then an exact SVD of the small
    // projection B = Qᵀ·A.
    const Eigen::Index width = std::min<Eigen::Index>(Eigen::Index(rank) + options.oversample, small);
    const int steps = 2 + 2 * options.powerIterations + 1;
    int step = 0;
    auto advance = [&] {
        ++step;
        ctx.setProgress(double(step) / steps,
                        QCoreApplication::translate("pare::core", "Randomized SVD of %1×%2, pass %3 of %4")
                            .arg(m).arg(n).arg(step).arg(steps));
        return !ctx.isCanceled();
    };

    MatrixXfR omega(n, width);
    if (!testMatrix(omega, options.seed, ctx))
        return Error::canceled();
    MatrixXfR q;
    if (!multiply(a, omega, q, ctx))
        return Error::canceled();
    omega = MatrixXfR();
    if (!orthonormalize(q, options.powerIterations == 0, ctx) || !advance())
        return Error::canceled();
    MatrixXfR z;
    for (int it = 0; it < options.powerIterations; ++it) {
        if (!multiplyTransposed(a, q, z, ctx) || !orthonormalize(z, false, ctx) || !advance())
            return Error::canceled();
        if (!multiply(a, z, q, ctx))
            return Error::canceled();
        if (!orthonormalize(q, it + 1 == options.powerIterations, ctx) || !advance())
            return Error::canceled();
    }
    // Bᵀ = Aᵀ·Q is n × width. Its QR (CholeskyQR2) Bᵀ = Qb·R reduces the SVD to the width ×
    // width R = Ur Σ Vrᵀ, so A ≈ (Q·Vr) Σ (Qb·Ur)ᵀ.
    if (!multiplyTransposed(a, q, z, ctx))
        return Error::canceled();
    if (!advance())
        return Error::canceled();
    SvdResult r;
    r.exact = false;
    const unsigned flags = options.computeVectors ? (Eigen::ComputeThinU | Eigen::ComputeThinV) : 0u;
    const MatrixXfR bt = z;
    Eigen::MatrixXd r1, r2, g;
    const Step pass = choleskyPass(z, r1, g, ctx);
    if (pass == Step::Canceled)
        return Error::canceled();
    if (pass == Step::Done && choleskyFactor(g, r2)) {
        // z = Bᵀ·R1⁻¹ = Qb·R2, so Bᵀ = Qb·(R2·R1).
        const Eigen::MatrixXd rr = r2.triangularView<Eigen::Upper>() * r1;
        Eigen::BDCSVD<Eigen::MatrixXd> svd(rr, flags);
        r.singularValues = svd.singularValues().head(rank).cast<float>();
        if (options.computeVectors) {
            // Qb·Ur = z·(R2⁻¹·Ur): the last triangular solve folded into the small factor.
            const MatrixXfR vr = svd.matrixV().leftCols(rank).cast<float>();
            const MatrixXfR ur = r2.triangularView<Eigen::Upper>()
                                     .solve(svd.matrixU().leftCols(rank))
                                     .cast<float>();
            if (!multiply(q, vr, r.u, ctx) || !multiply(z, ur, r.v, ctx))
                return Error::canceled();
        }
    } else {
        // Too ill-conditioned for Cholesky QR: the SVD of the tall Bᵀ itself, in double.
        Eigen::BDCSVD<Eigen::MatrixXd> svd(bt.cast<double>(), flags);
        r.singularValues = svd.singularValues().head(rank).cast<float>();
        if (options.computeVectors) {
            const MatrixXfR vb = svd.matrixV().leftCols(rank).cast<float>();
            if (!multiply(q, vb, r.u, ctx))
                return Error::canceled();
            r.v = svd.matrixU().leftCols(rank).cast<float>();
        }
    }
    ctx.setProgress(1.0);
    return r;
}

} // namespace pare::core
