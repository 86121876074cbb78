// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/compressor.h"
#include "compress/plan.h"
#include "jobs/jobcontext.h"
#include "model/costmodel.h"
#include "model/model.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pare::core {

// What the live estimate knows of one weight, computed once and cached: its shape and a fixed
// sample of whole rows (at most maxSample values, rows evenly spread), plus exact per-tensor
// figures computed on first use (row norms, the singular spectrum).
class LayerProfile
{
public:
    static constexpr int kDefaultSample = 16 * 1024; // within 10 % on Gaussian weights; ≤ 64 Ki
    static constexpr int kMaxSample = 64 * 1024;
    using RowReader = std::function<void(std::int64_t row, float *out)>;

    // From a model layer (rows read through its WeightLayout).
    static Result<std::shared_ptr<LayerProfile>> build(const Model &model, const Layer &layer, const InputSpec &input = {},
                                                       int maxSample = kDefaultSample);
    // From any source of rows (benchmarks, synthetic shapes). macsPerWeight: positions × batch,
    // or -1 when unknown.
    static std::shared_ptr<LayerProfile> fromRows(std::int64_t rows, std::int64_t cols, RowReader reader,
                                                  std::int64_t originalBytes, std::int64_t macsPerWeight,
                                                  int maxSample = kDefaultSample);

    std::int64_t rows() const { return m_rows; }
    std::int64_t cols() const { return m_cols; }
    std::int64_t originalBytes() const { return m_originalBytes; } // weight + bias
    std::int64_t biasBytes() const { return m_biasBytes; }
    std::int64_t macsPerWeight() const { return m_macsPerWeight; }
    // The sample: sampleRows() × sampleCols() values, row i being matrix row sampleRowIndex(i).
    const std::vector<float> &sample() const { return m_sample; }
    std::int64_t sampleRows() const { return std::int64_t(m_sampleRowIndex.size()); }
    std::int64_t sampleCols() const { return m_sampleCols; }
    std::int64_t sampleRowIndex(std::int64_t i) const { return m_sampleRowIndex[std::size_t(i)]; }

    // Exact, computed on first call (a full pass over the weight) and cached.
    const std::vector<double> &rowSquares();  // Σ w² per row
    const std::vector<double> &rowAbsSums();  // Σ |w| per row
    double totalEnergy();                      // Σ w²
    std::pair<float, float> extremes();        // smallest and largest value
    Result<std::vector<float>> spectrum(JobContext &ctx); // all singular values, descending
    void setSpectrum(std::vector<float> s);    // from the analysis cache

private:
    void computeRowStats();
    std::int64_t m_rows = 0, m_cols = 0, m_sampleCols = 0;
    std::int64_t m_originalBytes = 0, m_biasBytes = 0, m_biasElements = 0, m_macsPerWeight = -1;
    std::vector<float> m_sample;
    std::vector<std::int64_t> m_sampleRowIndex;
    RowReader m_reader;
    std::mutex m_mutex;
    std::vector<double> m_rowSquares, m_rowAbs;
    float m_min = 0, m_max = 0;
    std::optional<std::vector<float>> m_spectrum;
};

struct LayerEstimate
{
    std::int64_t originalBytes = 0;
    std::int64_t bytes = 0;         // exact for every plan except global pruning (sampled count)
    std::int64_t originalMacs = -1;
    std::int64_t macs = -1;
    bool sizeExact = true;
    double relativeError = 0;       // relative Frobenius error
    double sqnrDb = 0;
    bool errorExact = false;        // true for low-rank without quantization (from the spectrum)
    int rank = 0;                   // low-rank plans
    QString note;
};

// Extra context for one layer's estimate: the shared magnitude threshold of a global pool, and
// structural channel removal decided across layers.
struct EstimateContext
{
    std::optional<float> globalThreshold; // |w| below it is pruned
    std::int64_t keptRows = -1;           // producer of a coupling: rows kept
    std::int64_t keptInputChannels = -1;  // consumer of a coupling: input channels kept
    std::int64_t inputChannels = -1;      // … of how many (columns scale by kept / total)
};

LayerEstimate estimateLayer(LayerProfile &profile, const LayerPlan &plan, const EstimateContext &ectx, JobContext &ctx);

struct PlanEstimate
{
    std::vector<LayerEstimate> layers;
    std::int64_t originalBytes = 0; // of the layers' weights and biases
    std::int64_t bytes = 0;
    std::int64_t originalMacs = 0;
    std::int64_t macs = 0;
    double relativeError = 0;       // parameter-weighted over all layers
};

// Estimates every layer of a plan (parallel over layers). `profiles` holds one profile per
// layer (null for layers without weight); build them once with LayerProfile::build.
PlanEstimate estimatePlan(const Model &model, const std::vector<LayerPlan> &plans,
                          const std::vector<std::shared_ptr<LayerProfile>> &profiles, JobContext &ctx);

} // namespace pare::core
