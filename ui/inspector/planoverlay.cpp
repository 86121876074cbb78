// SPDX-License-Identifier: GPL-3.0-or-later
#include "planoverlay.h"

#include "compress/compressor.h"
#include "compress/quantizer.h"
#include "tensor/convert.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pare::ui {

using namespace core;

bool samePlan(const LayerPlan &a, const LayerPlan &b)
{
    return a.layer == b.layer && a.skip == b.skip && a.prune == b.prune && a.quantize == b.quantize
           && a.lowrank == b.lowrank;
}

namespace {
// The integer grid of the block's widest segment, or nothing for float formats.
void gridOf(const ValueBlock &block, PlanOverlay &out)
{
    if (block.format != ValueFormat::Int || block.bits < 1 || block.bits > 8 || block.scales.empty())
        return;
    out.segments = std::int64_t(block.scales.size());
    std::size_t widest = 0;
    float widestScale = 0.0f;
    for (std::size_t i = 0; i < block.scales.size(); ++i) {
        const float s = std::abs(halfToFloat(block.scales[i]));
        if (s > widestScale) {
            widestScale = s;
            widest = i;
        }
    }
    if (!(widestScale > 0.0f))
        return;
    const float scale = halfToFloat(block.scales[widest]);
    const int levels = 1 << block.bits;
    if (block.asymmetric) {
        const int zero = block.zeros.empty() ? 0 : int(unpackBits(block.zeros.data(), std::int64_t(widest), block.bits));
        for (int q = 0; q < levels; ++q)
            out.levels.push_back(double(q - zero) * double(scale));
    } else {
        for (int q = -levels / 2; q < levels / 2; ++q)
            out.levels.push_back(double(q) * double(scale));
    }
    std::sort(out.levels.begin(), out.levels.end());
    out.clipLo = out.levels.front();
    out.clipHi = out.levels.back();
}
} // namespace

Result<PlanOverlay> computePlanOverlay(const Model &model, const LayerPlan &plan, const Histogram &bins,
                                       const PlanOverlay *previous, JobContext &ctx)
{
    PlanOverlay out;
    std::shared_ptr<const std::vector<float>> decoded;
    if (previous && previous->decoded) {
        out = *previous;
        decoded = previous->decoded;
    }
    if (plan.layer < 0 || plan.layer >= int(model.layers.size()))
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("pare::ui", "plan overlay: no layer %1").arg(plan.layer));
    if (!decoded) {
        std::vector<LayerPlan> plans(model.layers.size());
        for (std::size_t i = 0; i < plans.size(); ++i) {
            plans[i].layer = int(i);
            plans[i].name = model.layers[i].name;
        }
        plans[std::size_t(plan.layer)] = plan;
        auto variant = compressModel(model, plans, ctx);
        if (!variant)
            return variant.error();
        const CompressedLayer &cl = variant->layers[std::size_t(plan.layer)];
        if (!cl.encoding)
            return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("pare::ui", "%1: the plan keeps this layer").arg(cl.name));
        if (cl.encoding->kind != EncodingKind::LowRank)
            gridOf(cl.encoding->values, out);
        decoded = std::make_shared<const std::vector<float>>(cl.encoding->decode());
    }
    if (ctx.isCanceled())
        return Error::canceled();
    out.decoded = decoded;
    out.counts.assign(bins.counts.size(), 0);
    const bool log = bins.scale == HistogramScale::Log10Abs;
    for (float v : *decoded) {
        if (!std::isfinite(v))
            continue;
        double x = v;
        if (log) {
            if (v == 0.0f)
                continue;
            x = std::log10(std::abs(double(v)));
        }
        const int b = bins.binOf(x);
        if (b >= 0 && b < int(out.counts.size()))
            ++out.counts[std::size_t(b)];
    }
    return out;
}

} // namespace pare::ui
