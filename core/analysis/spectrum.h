// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/layer.h"
#include "tensor/tensor.h"

#include <array>
#include <cstdint>
#include <vector>

namespace pare::core {

constexpr std::array<double, 3> kEnergyTargets = {0.90, 0.95, 0.99};
constexpr int kMaxSpectrumValues = 512;

struct SpectrumOptions
{
    int maxValues = kMaxSpectrumValues; // top singular values wanted (all for small matrices)
    int oversample = 10;
    int powerIterations = 2;
    int exactBelow = 512; // min(rows, cols) at or below this: exact SVD

    bool operator==(const SpectrumOptions &) const = default;
};

// The singular-value spectrum of a weight read as out × (everything else): a Conv kernel is
// out × in·kh·kw. InOut and HWIO weights are read transposed, which leaves the values alone.
struct Spectrum
{
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    bool exact = false;                 // from a full SVD, not the randomized method
    std::vector<double> singularValues; // descending, the top k
    double frobeniusNorm = 0.0;         // exact, of the whole matrix
    std::vector<double> energy;         // energy[i]: (σ₀² + … + σᵢ²) / ‖W‖²_F
    // Ranks keeping kEnergyTargets of the energy, or kBeyondComputedRank when the top k
    // singular values do not reach the target.
    std::array<std::int64_t, kEnergyTargets.size()> energyRanks{};
    static constexpr std::int64_t kBeyondComputedRank = -1;

    bool complete() const { return std::int64_t(singularValues.size()) == std::min(rows, cols); }
};

// Fills energy and energyRanks from singularValues and frobeniusNorm.
void computeEnergy(Spectrum &s);

Result<Spectrum> computeSpectrum(const Tensor &weight, WeightLayout layout,
                                 const SpectrumOptions &options, JobContext &ctx);

} // namespace pare::core
