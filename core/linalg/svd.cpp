// SPDX-License-Identifier: GPL-3.0-or-later
#include "svd.h"

#include "linalg/gemm.h"

#include <Eigen/QR>
#include <Eigen/SVD>

#include <algorithm>
#include <random>

namespace pare::core {

namespace {

using MatF = Eigen::MatrixXf; // column-major work matrices: the thin factors are tall and narrow

// Exact SVDs of matrices up to this many elements run in double precision, so that small
// singular values keep their relative accuracy; larger ones stay in float to bound memory.
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

// An orthonormal basis of the columns of y (thin Q of a Householder QR), in place.
void orthonormalize(MatrixXfR &y)
{
    const Eigen::Index cols = y.cols();
    Eigen::HouseholderQR<MatF> qr(y);
    y = qr.householderQ() * MatF::Identity(y.rows(), cols);
}

template<typename Scalar, typename Source>
SvdResult exactSvd(const Source &a, int rank, bool vectors)
{
    using Mat = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    const Mat m = a.template cast<Scalar>();
    const unsigned flags = vectors ? (Eigen::ComputeThinU | Eigen::ComputeThinV) : 0u;
    Eigen::BDCSVD<Mat> svd(m, flags);
    SvdResult r;
    r.exact = true;
    r.singularValues = svd.singularValues().head(rank).template cast<float>();
    if (vectors) {
        r.u = svd.matrixU().leftCols(rank).template cast<float>();
        r.v = svd.matrixV().leftCols(rank).template cast<float>();
    }
    return r;
}

} // namespace

Result<SvdResult> truncatedSvd(const Eigen::Ref<const MatrixXfR> &a, const SvdOptions &options,
                               JobContext &ctx)
{
    if (options.rank <= 0)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("SVD: rank must be positive (got %1)").arg(options.rank)};
    if (options.powerIterations < 0 || options.oversample < 0)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("SVD: oversample (%1) and power iterations (%2) must not be "
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
    if (!a.allFinite())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("SVD: the %1×%2 matrix contains NaN or Inf").arg(m).arg(n)};
    const int rank = int(std::min<Eigen::Index>(options.rank, small));

    if (small <= options.exactBelow) {
        ctx.setProgress(0.0, QStringLiteral("Exact SVD of %1×%2").arg(m).arg(n));
        if (ctx.isCanceled())
            return Error::canceled();
        SvdResult r = m * n <= kDoubleExactMaxElements
                          ? exactSvd<double>(a, rank, options.computeVectors)
                          : exactSvd<float>(a, rank, options.computeVectors);
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
                        QStringLiteral("Randomized SVD of %1×%2, pass %3 of %4")
                            .arg(m).arg(n).arg(step).arg(steps));
        return !ctx.isCanceled();
    };

    MatrixXfR omega(n, width);
    {
        std::mt19937_64 rng(options.seed);
        std::normal_distribution<float> normal(0.0f, 1.0f);
        for (Eigen::Index j = 0; j < width; ++j)
            for (Eigen::Index i = 0; i < n; ++i)
                omega(i, j) = normal(rng);
    }
    MatrixXfR q;
    if (!multiply(a, omega, q, ctx))
        return Error::canceled();
    orthonormalize(q);
    if (!advance())
        return Error::canceled();
    MatrixXfR z;
    for (int it = 0; it < options.powerIterations; ++it) {
        if (!multiplyTransposed(a, q, z, ctx))
            return Error::canceled();
        orthonormalize(z);
        if (!advance())
            return Error::canceled();
        if (!multiply(a, z, q, ctx))
            return Error::canceled();
        orthonormalize(q);
        if (!advance())
            return Error::canceled();
    }
    // Bᵀ = Aᵀ·Q is n × width; its SVD Bᵀ = Ub Σ Vbᵀ gives A ≈ (Q·Vb) Σ Ubᵀ.
    if (!multiplyTransposed(a, q, z, ctx))
        return Error::canceled();
    if (!advance())
        return Error::canceled();
    const unsigned flags = options.computeVectors ? (Eigen::ComputeThinU | Eigen::ComputeThinV) : 0u;
    Eigen::BDCSVD<Eigen::MatrixXd> svd(z.cast<double>(), flags);
    SvdResult r;
    r.exact = false;
    r.singularValues = svd.singularValues().head(rank).cast<float>();
    if (options.computeVectors) {
        const MatrixXfR vb = svd.matrixV().leftCols(rank).cast<float>();
        if (!multiply(q, vb, r.u, ctx))
            return Error::canceled();
        r.v = svd.matrixU().leftCols(rank).cast<float>();
    }
    ctx.setProgress(1.0);
    return r;
}

} // namespace pare::core
