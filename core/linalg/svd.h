// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"

#include <Eigen/Core>

namespace pare::core {

using MatrixXfR = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

struct SvdOptions
{
    int rank = 256;          // singular triplets wanted (clamped to min(m, n))
    int oversample = 10;     // extra random directions for the randomized method
    int powerIterations = 2; // subspace iterations (more = more accurate, slower)
    bool computeVectors = true; // false: singular values only (spectra)
    std::uint64_t seed = 0x5eed;
    int exactBelow = 512;    // min(m, n) at or below this: exact SVD instead of randomized
};

struct SvdResult
{
    Eigen::VectorXf singularValues; // descending
    MatrixXfR u;                    // m × r (empty when computeVectors is false)
    MatrixXfR v;                    // n × r
    bool exact = false;
};

// Truncated SVD of a row-major m × n matrix: exact (Eigen's BDCSVD) for small matrices,
// randomized (Halko et al.: range finder with power iterations) for large ones. The randomized
// path spends nearly all its time in multiplyRowMajor: the bases are orthonormalized by
// CholeskyQR2 (Householder QR when a sketch is too ill-conditioned for it), and the final SVD
// is that of the small R factor of Bᵀ = Aᵀ·Q.
Result<SvdResult> truncatedSvd(const Eigen::Ref<const MatrixXfR> &a, const SvdOptions &options,
                               JobContext &ctx);

} // namespace pare::core
