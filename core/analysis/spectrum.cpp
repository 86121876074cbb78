// SPDX-License-Identifier: GPL-3.0-or-later
#include "spectrum.h"
#include "common/argtext.h"

#include <QCoreApplication>

#include "linalg/svd.h"

#include <algorithm>
#include <cmath>

namespace pare::core {

namespace {

// A float copy of a weight beyond this many elements is refused (4 GB): a spectrum is for
// weight matrices, not whole embedding tables of giant vocabularies.
constexpr std::int64_t kMaxSpectrumElements = std::int64_t(1) << 30;

} // namespace

void computeEnergy(Spectrum &s)
{
    s.energy.assign(s.singularValues.size(), 0.0);
    const double total = s.frobeniusNorm * s.frobeniusNorm;
    double cumulative = 0.0;
    for (std::size_t i = 0; i < s.singularValues.size(); ++i) {
        cumulative += s.singularValues[i] * s.singularValues[i];
        s.energy[i] = total > 0.0 ? std::min(1.0, cumulative / total) : 1.0;
    }
    for (std::size_t t = 0; t < kEnergyTargets.size(); ++t) {
        if (total <= 0.0) {
            s.energyRanks[t] = 0; // an all-zero matrix needs no rank at all
            continue;
        }
        const auto it = std::lower_bound(s.energy.begin(), s.energy.end(), kEnergyTargets[t]);
        if (it != s.energy.end())
            s.energyRanks[t] = std::int64_t(it - s.energy.begin()) + 1;
        else
            // Float rounding may leave a complete spectrum a hair short of its norm.
            s.energyRanks[t] = s.complete() ? std::int64_t(s.singularValues.size())
                                            : Spectrum::kBeyondComputedRank;
    }
}

Result<Spectrum> computeSpectrum(const Tensor &w, WeightLayout layout,
                                 const SpectrumOptions &options, JobContext &ctx)
{
    if (w.rank() < 2)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: a spectrum needs a matrix, not shape [%2]")
                         .arg(w.name(), shapeToString(w.shape()))};
    if (options.maxValues <= 0)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: spectrum size must be positive (got %2)")
                         .arg(argText(w.name()), argText(options.maxValues))};
    if (w.numel() > kMaxSpectrumElements)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: %2 elements are too many for a spectrum (limit %3)")
                         .arg(argText(w.name()), argText(w.numel()),
                              argText(kMaxSpectrumElements))};
    Spectrum s;
    // [in…, out] is read as its transpose (same singular values); transposed convolutions are
    // reordered into out × in·kernel below, like every other consumer reads them (OutInMap).
    const bool columns = layout == WeightLayout::InOut || layout == WeightLayout::ConvHWIO;
    const OutInMap map = outInMap(layout, w.shape());
    const bool reorder = isTransposedConv(layout);
    s.cols = reorder ? map.cols
                     : columns ? w.dim(w.rank() - 1) : w.numel() / std::max<std::int64_t>(1, w.dim(0));
    s.rows = s.cols > 0 ? w.numel() / s.cols : 0;
    if (s.rows == 0 || s.cols == 0) {
        s.exact = true;
        computeEnergy(s);
        return s;
    }

    // Aligned F32 is used in place (a view of the memory map); anything else is decoded once.
    std::vector<float> copy;
    const float *data = nullptr;
    if (!reorder && w.dtype() == DType::F32
        && reinterpret_cast<std::uintptr_t>(w.data()) % alignof(float) == 0) {
        data = reinterpret_cast<const float *>(w.data());
    } else {
        copy.resize(std::size_t(w.numel()));
        w.toFloat(0, w.numel(), copy.data());
        if (reorder) {
            std::vector<float> matrix(copy.size());
            storedToOutIn(map, copy.data(), matrix.data());
            copy = std::move(matrix);
        }
        data = copy.data();
    }
    const Eigen::Map<const MatrixXfR> a(data, Eigen::Index(s.rows), Eigen::Index(s.cols));
    double sumSquares = 0.0;
    for (std::int64_t i = 0; i < w.numel(); ++i)
        sumSquares += double(data[i]) * double(data[i]);
    s.frobeniusNorm = std::sqrt(sumSquares);
    if (!std::isfinite(s.frobeniusNorm))
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "%1: the weight holds NaN or Inf; no spectrum").arg(w.name())};
    if (ctx.isCanceled())
        return Error::canceled();

    SvdOptions svd;
    svd.rank = options.maxValues;
    svd.oversample = options.oversample;
    svd.powerIterations = options.powerIterations;
    svd.exactBelow = options.exactBelow;
    svd.computeVectors = false;
    auto r = truncatedSvd(a, svd, ctx);
    if (!r.ok()) {
        if (r.isCanceled())
            return r.error();
        return Error{r.error().code, QStringLiteral("%1: %2").arg(w.name(), r.error().message)};
    }
    s.exact = r->exact;
    s.singularValues.resize(std::size_t(r->singularValues.size()));
    for (Eigen::Index i = 0; i < r->singularValues.size(); ++i)
        s.singularValues[std::size_t(i)] = double(r->singularValues(i));
    computeEnergy(s);
    ctx.setProgress(1.0);
    return s;
}

} // namespace pare::core
