// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/histogram.h"
#include "common/result.h"
#include "compress/plan.h"
#include "jobs/jobcontext.h"
#include "model/model.h"

#include <memory>
#include <vector>

namespace pare::ui {

// What a layer's plan does to its weights, for drawing over the weight histogram: the decoded
// (quantized / pruned / factorized) weights counted in the histogram's bins, and the
// quantization grid of the widest scale segment with the range it can represent.
struct PlanOverlay
{
    std::vector<std::uint64_t> counts; // decoded values in the histogram's bins
    std::vector<double> levels;        // grid levels (empty: no uniform integer grid)
    double clipLo = 0.0, clipHi = 0.0; // representable range of that segment (lo < hi when known)
    std::int64_t segments = 0;         // scale segments in the encoding
    std::shared_ptr<const std::vector<float>> decoded; // for binning again without compressing
};

// True when two plans change a layer's weights the same way.
bool samePlan(const core::LayerPlan &a, const core::LayerPlan &b);

// Compresses one layer by its plan (or reuses `previous`, an earlier result for the same plan,
// and only bins again) and bins the decoded weights like `bins`. Runs as a job: compressing a
// large layer takes tens to hundreds of milliseconds.
core::Result<PlanOverlay> computePlanOverlay(const core::Model &model, const core::LayerPlan &plan,
                                             const core::Histogram &bins, const PlanOverlay *previous,
                                             core::JobContext &ctx);

} // namespace pare::ui
