// SPDX-License-Identifier: GPL-3.0-or-later
#include "lowrank.h"

#include <QCoreApplication>

#include "linalg/svd.h"

#include <algorithm>
#include <cmath>

namespace pare::core {

namespace {

double sumSquares(const float *v, std::int64_t n)
{
    double s = 0;
    for (std::int64_t i = 0; i < n; ++i)
        s += double(v[i]) * v[i];
    return s;
}

} // namespace

int rankForEnergy(const std::vector<float> &spectrum, double totalEnergy, double energy, std::int64_t maxRank)
{
    const double target = energy * totalEnergy;
    double kept = 0;
    std::int64_t r = 0;
    while (r < std::int64_t(spectrum.size()) && kept < target) {
        kept += double(spectrum[std::size_t(r)]) * spectrum[std::size_t(r)];
        ++r;
    }
    if (kept < target) // float rounding of the spectrum: keep everything
        r = maxRank;
    r = std::max<std::int64_t>(1, r);
    r = (r + 7) / 8 * 8;
    return int(std::min(r, maxRank));
}

bool lowRankSaves(std::int64_t rows, std::int64_t cols, std::int64_t rank)
{
    return rank * (rows + cols) < rows * cols;
}

double truncationError(const std::vector<float> &spectrum, double totalEnergy, int rank)
{
    if (totalEnergy <= 0)
        return 0;
    double discarded = 0;
    for (std::size_t i = std::size_t(std::max(rank, 0)); i < spectrum.size(); ++i)
        discarded += double(spectrum[i]) * spectrum[i];
    return std::sqrt(std::max(0.0, discarded) / totalEnergy);
}

Result<std::vector<float>> singularSpectrum(const float *matrix, std::int64_t rows, std::int64_t cols, JobContext &ctx)
{
    const Eigen::Map<const MatrixXfR> a(matrix, rows, cols);
    SvdOptions o;
    o.rank = int(std::min(rows, cols));
    o.exactBelow = o.rank;
    o.computeVectors = false;
    auto svd = truncatedSvd(a, o, ctx);
    if (!svd)
        return svd.error();
    return std::vector<float>(svd->singularValues.data(), svd->singularValues.data() + svd->singularValues.size());
}

Result<LowRankFactors> factorize(const float *matrix, std::int64_t rows, std::int64_t cols,
                                 const LowRankSpec &spec, JobContext &ctx, const std::vector<float> *spectrum)
{
    LowRankFactors f;
    f.rows = rows;
    f.cols = cols;
    const std::int64_t small = std::min(rows, cols);
    const Eigen::Map<const MatrixXfR> a(matrix, rows, cols);
    SvdOptions o;
    int rank = 0;
    if (spec.rank > 0) {
        rank = int(std::min<std::int64_t>(spec.rank, small));
    } else {
        const double total = sumSquares(matrix, rows * cols);
        if (spectrum) {
            rank = rankForEnergy(*spectrum, total, spec.energy, small);
        } else if (small <= o.exactBelow) {
            auto s = singularSpectrum(matrix, rows, cols, ctx);
            if (!s)
                return s.error();
            rank = rankForEnergy(*s, total, spec.energy, small);
        } else {
            // No spectrum at hand: grow a randomized decomposition until the leading values hold
            // the energy. Randomized values err low, so the rank found errs high, never low.
            std::int64_t probe = std::max<std::int64_t>(64, small / 8);
            for (;;) {
                SvdOptions po;
                po.rank = int(std::min(probe, small));
                po.computeVectors = false;
                auto s = truncatedSvd(a, po, ctx);
                if (!s)
                    return s.error();
                std::vector<float> values(s->singularValues.data(), s->singularValues.data() + s->singularValues.size());
                double kept = 0;
                for (float v : values)
                    kept += double(v) * v;
                if (kept >= spec.energy * total || probe >= small) {
                    rank = rankForEnergy(values, total, spec.energy, small);
                    break;
                }
                probe *= 2;
            }
        }
    }
    f.rank = rank;
    if (!lowRankSaves(rows, cols, rank)) {
        f.keptDense = true;
        f.note = QCoreApplication::translate("pare::core", "rank %1 would not save space on %2×%3 (r·(m+n) ≥ m·n); kept dense")
                     .arg(rank).arg(rows).arg(cols);
        return f;
    }
    o.rank = rank;
    // Four subspace iterations (with the default oversampling): the factors must be at least as
    // close as torch.svd_lowrank(niter=4); two leave ~2 % more error on noise-like spectra
    // (bench_compress --only lowrank).
    o.powerIterations = 4;
    auto svd = truncatedSvd(a, o, ctx);
    if (!svd)
        return svd.error();
    const int r = int(svd->singularValues.size());
    f.rank = r;
    f.a.resize(std::size_t(rows * r));
    f.b.resize(std::size_t(r * cols));
    for (int k = 0; k < r; ++k) {
        const float s = std::sqrt(std::max(0.0f, svd->singularValues[k]));
        for (std::int64_t i = 0; i < rows; ++i)
            f.a[std::size_t(i * r + k)] = svd->u(i, k) * s;
        for (std::int64_t j = 0; j < cols; ++j)
            f.b[std::size_t(k * cols + j)] = svd->v(j, k) * s;
    }
    return f;
}

} // namespace pare::core
