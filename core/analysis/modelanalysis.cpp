// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelanalysis.h"

#include "analysiscache.h"
#include "jobs/jobrunner.h"
#include "statkernels.h"

#include <QMap>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>

namespace pare::core {

using namespace analysis_detail;

const TensorStats *ModelAnalysis::stats(const QString &tensorName) const
{
    for (const TensorStats &s : tensors)
        if (s.name == tensorName)
            return &s;
    return nullptr;
}

const ChannelStats *ModelAnalysis::channelsOf(const QString &layerName) const
{
    for (const LayerChannels &c : channels)
        if (c.layer == layerName)
            return &c.channels;
    return nullptr;
}

ModelSummary summarizeModel(const Model &model, const InputSpec &input)
{
    ModelSummary s;
    s.tensors = std::int64_t(model.tensors.size());
    s.layers = std::int64_t(model.layers.size());
    s.parameters = model.parameterCount();
    s.bytes = model.byteSize();
    const ModelCost cost = modelCost(model, input);
    s.macs = cost.macs;
    s.layersWithUnknownMacs = cost.layersWithUnknownMacs;

    QMap<QString, DTypeShare> byDtype;
    for (const Tensor &t : model.tensors) {
        DTypeShare &d = byDtype[dtypeName(t.dtype())];
        d.dtype = dtypeName(t.dtype());
        ++d.tensors;
        d.parameters += t.numel();
        d.bytes += t.byteSize();
    }
    s.byDtype.assign(byDtype.begin(), byDtype.end());
    std::stable_sort(s.byDtype.begin(), s.byDtype.end(),
                     [](const DTypeShare &a, const DTypeShare &b) { return a.bytes > b.bytes; });

    for (const Layer &l : model.layers) {
        const LayerCost c = layerCost(model, l, input);
        LayerShare share;
        share.layer = l.name;
        share.op = opKindName(l.op);
        share.parameters = c.parameters;
        share.bytes = c.bytes;
        share.macs = c.macs;
        share.parameterShare = s.parameters > 0 ? double(c.parameters) / double(s.parameters) : 0.0;
        share.byteShare = s.bytes > 0 ? double(c.bytes) / double(s.bytes) : 0.0;
        share.macShare = (c.macs >= 0 && s.macs > 0) ? double(c.macs) / double(s.macs) : 0.0;
        s.layerShares.push_back(share);
    }
    return s;
}

Result<ModelAnalysis> analyzeModel(const Model &model, const AnalysisOptions &options,
                                   JobContext &ctx)
{
    ModelAnalysis result;
    result.summary = summarizeModel(model, options.input);
    const std::size_t tensorCount = model.tensors.size();
    result.tensors.resize(tensorCount);

    // Work items: every tensor's statistics, then the channel ranges of each layer weight.
    // layer -1: statistics of the tensor; fused: its statistics and the channels of `layer`.
    struct Item { int tensor; int layer; bool fused = false; };
    std::vector<Item> items;
    std::vector<std::optional<ChannelStats>> channelResults(model.layers.size());
    std::vector<int> statsItem(tensorCount, -1); // the item computing a tensor's statistics
    double totalBytes = 0.0;
    for (std::size_t i = 0; i < tensorCount; ++i) {
        const Tensor &t = model.tensors[i];
        if (options.cache) {
            if (auto cached = options.cache->findStats(t, options.stats)) {
                result.tensors[i] = std::move(*cached);
                continue;
            }
        }
        statsItem[i] = int(items.size());
        items.push_back({int(i), -1});
        totalBytes += statsPassBytes(t);
    }
    if (options.channels) {
        for (std::size_t l = 0; l < model.layers.size(); ++l) {
            const Tensor *w = model.weightOf(model.layers[l]);
            if (!w || w->rank() < 2)
                continue;
            if (options.cache) {
                if (auto cached = options.cache->findChannels(*w, model.layers[l].layout)) {
                    channelResults[l] = std::move(*cached);
                    continue;
                }
            }
            totalBytes += double(w->byteSize());
            // A 16-bit or F32 weight's row channels ride along with its statistics pass.
            const int si = statsItem[std::size_t(model.layers[l].weight)];
            if (si >= 0 && !items[std::size_t(si)].fused
                && canFuseRowChannels(*w, model.layers[l].layout)) {
                items[std::size_t(si)].layer = int(l);
                items[std::size_t(si)].fused = true;
                continue;
            }
            items.push_back({model.layers[l].weight, int(l)});
        }
    }
    // Largest first, so that the last item to finish is a small one.
    std::stable_sort(items.begin(), items.end(), [&](const Item &a, const Item &b) {
        return model.tensors[std::size_t(a.tensor)].byteSize()
               > model.tensors[std::size_t(b.tensor)].byteSize();
    });

    ProgressCounter progress(ctx, totalBytes);
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::optional<Error> failure;
    auto worker = [&](qint64, qint64) {
        for (;;) {
            const std::size_t k = next.fetch_add(1);
            if (k >= items.size() || ctx.isCanceled())
                return;
            {
                std::lock_guard lock(mutex);
                if (failure)
                    return;
            }
            const Item item = items[k];
            const Tensor &t = model.tensors[std::size_t(item.tensor)];
            if (item.fused) {
                auto r = tensorStatsWithRowChannels(t, options.stats, ctx, progress);
                std::lock_guard lock(mutex);
                if (!r.ok()) {
                    if (!r.isCanceled() && !failure)
                        failure = r.error();
                    return;
                }
                const Layer &layer = model.layers[std::size_t(item.layer)];
                if (options.cache) {
                    options.cache->insertStats(t, r->first);
                    options.cache->insertChannels(t, layer.layout, r->second);
                }
                result.tensors[std::size_t(item.tensor)] = std::move(r->first);
                channelResults[std::size_t(item.layer)] = std::move(r->second);
            } else if (item.layer < 0) {
                auto r = tensorStats(t, options.stats, ctx, progress);
                std::lock_guard lock(mutex);
                if (!r.ok()) {
                    if (!r.isCanceled() && !failure)
                        failure = r.error();
                    return;
                }
                if (options.cache)
                    options.cache->insertStats(t, *r);
                result.tensors[std::size_t(item.tensor)] = std::move(r).value();
            } else {
                const Layer &layer = model.layers[std::size_t(item.layer)];
                auto r = channelStats(t, layer.layout, ctx, progress, layer.groups);
                std::lock_guard lock(mutex);
                if (!r.ok()) {
                    if (!r.isCanceled() && !failure)
                        failure = r.error();
                    return;
                }
                if (options.cache)
                    options.cache->insertChannels(t, layer.layout, *r);
                channelResults[std::size_t(item.layer)] = std::move(r).value();
            }
        }
    };
    // One loop index per thread; each pulls items until none are left.
    parallelFor(computeThreads(), 1, worker, ctx);
    if (failure)
        return *failure;
    if (ctx.isCanceled())
        return Error::canceled();

    for (std::size_t l = 0; l < model.layers.size(); ++l)
        if (channelResults[l])
            result.channels.push_back({model.layers[l].name, std::move(*channelResults[l])});
    result.lint = lintModel(model, result);
    ctx.setProgress(1.0);
    return result;
}

} // namespace pare::core
