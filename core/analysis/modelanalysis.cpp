// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelanalysis.h"

#include "analysiscache.h"
#include "jobs/jobrunner.h"
#include "statkernels.h"
#include "statsbatch.h"

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

namespace {

// Drops the map's page-table entries of a tensor the job is done with (the page cache keeps
// the bytes): the job then holds the pages of the tensors in flight, not of the whole model,
// in its resident memory. Unmapping costs what the process pays at exit or unmap anyway.
void releasePages(const Tensor &t)
{
    if (const auto *file = dynamic_cast<const MappedFile *>(t.storage().get()))
        file->advise(t.storageOffset(), t.byteSize(), MappedFile::Advice::DontNeed);
}

} // namespace

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
    // Items left per tensor; the last one to finish releases the tensor's pages.
    std::vector<std::atomic<int>> itemsLeft(tensorCount);
    for (const Item &item : items)
        itemsLeft[std::size_t(item.tensor)].fetch_add(1, std::memory_order_relaxed);
    const auto itemDone = [&](int tensor) {
        if (itemsLeft[std::size_t(tensor)].fetch_sub(1) == 1)
            releasePages(model.tensors[std::size_t(tensor)]);
    };
    // Largest first, so that the last item to finish is a small one.
    std::stable_sort(items.begin(), items.end(), [&](const Item &a, const Item &b) {
        return model.tensors[std::size_t(a.tensor)].byteSize()
               > model.tensors[std::size_t(b.tensor)].byteSize();
    });
    // The statistics of 8- and 16-bit tensors (with the row channels fused into them) are one
    // flat queue of chunks, those of the others (F32 and wider, block-quantized) another, so that
    // both threads stay busy to the end and no loop nests in another. The remaining items
    // (channel passes of their own) run first, whole.
    std::vector<CountBatch::Input> counted;
    std::vector<StreamBatch::Input> streamed;
    std::vector<Item> countedItems, streamedItems, others;
    for (const Item &item : items) {
        const Tensor &t = model.tensors[std::size_t(item.tensor)];
        if ((item.layer < 0 || item.fused) && countsValues(t)
            && (!item.fused || countsWithRowChannels(t))) {
            counted.push_back({&t, item.fused});
            countedItems.push_back(item);
        } else if (item.layer < 0 || item.fused) {
            streamed.push_back({&t, item.fused});
            streamedItems.push_back(item);
        } else {
            others.push_back(item);
        }
    }
    if (!counted.empty())
        PARE_TRY_VOID(validateStatsOptions(options.stats, counted.front().tensor->name()));
    if (!streamed.empty())
        PARE_TRY_VOID(validateStatsOptions(options.stats, streamed.front().tensor->name()));

    ProgressCounter progress(ctx, totalBytes);
    std::mutex mutex;
    std::optional<Error> failure;
    // Stores a batch's figures of one tensor (and the channels fused into them).
    const auto store = [&](const Item &item, TensorStats &&stats, std::optional<ChannelStats> &&channels) {
        const Tensor &t = model.tensors[std::size_t(item.tensor)];
        itemDone(item.tensor);
        std::lock_guard lock(mutex);
        if (options.cache)
            options.cache->insertStats(t, stats);
        result.tensors[std::size_t(item.tensor)] = std::move(stats);
        if (item.fused && channels) {
            const Layer &layer = model.layers[std::size_t(item.layer)];
            if (options.cache)
                options.cache->insertChannels(t, layer.layout, *channels);
            channelResults[std::size_t(item.layer)] = std::move(*channels);
        }
    };
    CountBatch batch(counted, options.stats, progress,
                     [&](std::size_t i, TensorStats &&stats, std::optional<ChannelStats> &&channels) {
                         store(countedItems[i], std::move(stats), std::move(channels));
                     });
    StreamBatch streams(streamed, options.stats, progress,
                        [&](std::size_t i, TensorStats &&stats, std::optional<ChannelStats> &&channels) {
                            store(streamedItems[i], std::move(stats), std::move(channels));
                        });
    std::atomic<std::size_t> next{0};
    // Runs the remaining whole items; false after a failure.
    auto runOthers = [&]() {
        for (;;) {
            const std::size_t k = next.fetch_add(1);
            if (k >= others.size() || ctx.isCanceled())
                return true;
            {
                std::lock_guard lock(mutex);
                if (failure)
                    return false;
            }
            const Item item = others[k];
            const Tensor &t = model.tensors[std::size_t(item.tensor)];
            struct Release
            {
                const decltype(itemDone) &done;
                int tensor;
                ~Release() { done(tensor); }
            } release{itemDone, item.tensor};
            const Layer &layer = model.layers[std::size_t(item.layer)];
            auto r = channelStats(t, layer.layout, ctx, progress, layer.groups);
            std::lock_guard lock(mutex);
            if (!r.ok()) {
                if (!r.isCanceled() && !failure)
                    failure = r.error();
                return false;
            }
            if (options.cache)
                options.cache->insertChannels(t, layer.layout, *r);
            channelResults[std::size_t(item.layer)] = std::move(r).value();
        }
    };
    // One loop index per thread; each pulls whole items, then chunks, until none are left.
    parallelFor(computeThreads(), 1, [&](qint64 begin, qint64 end) {
        for (qint64 w = begin; w < end; ++w) {
            if (!runOthers()) {
                streams.stop();
                batch.stop();
                return;
            }
            streams.work(ctx);
            batch.work(ctx);
        }
    }, ctx);
    if (failure || ctx.isCanceled() || batch.canceled() || streams.canceled()) {
        // The tensors it stopped in the middle of: their pages go too.
        for (std::size_t i = 0; i < tensorCount; ++i)
            if (itemsLeft[i].load() > 0)
                releasePages(model.tensors[i]);
        if (failure)
            return *failure;
        return Error::canceled();
    }

    for (std::size_t l = 0; l < model.layers.size(); ++l)
        if (channelResults[l])
            result.channels.push_back({model.layers[l].name, std::move(*channelResults[l])});
    result.lint = lintModel(model, result);
    ctx.setProgress(1.0);
    return result;
}

} // namespace pare::core
