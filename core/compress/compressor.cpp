// SPDX-License-Identifier: GPL-3.0-or-later
#include "compressor.h"

#include "common/argtext.h"
#include "compress/lowrank.h"
#include "compress/pruner.h"
#include "compress/weightmatrix.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>

namespace pare::core {

namespace {

bool isChannelPrune(const LayerPlan &p)
{
    return !p.skip && p.prune && p.prune->method == PruneMethod::Channel;
}

int findRole(const Model &model, int block, const QString &role)
{
    for (std::size_t i = 0; i < model.layers.size(); ++i)
        if (model.layers[i].block == block && model.layers[i].role == role)
            return int(i);
    return -1;
}

// Activations f with f(0) = 0: removing a channel together with its bias is then exact.
bool keepsZero(const QString &op)
{
    static const QSet<QString> ops = {QStringLiteral("Relu"), QStringLiteral("LeakyRelu"), QStringLiteral("Gelu"),
                                      QStringLiteral("Tanh"), QStringLiteral("Elu"), QStringLiteral("Selu"),
                                      QStringLiteral("HardSwish"), QStringLiteral("Identity"), QStringLiteral("Dropout")};
    return ops.contains(op);
}

// The layer fed by `producer` through elementwise zero-keeping nodes only, or -1.
int graphConsumer(const Model &model, int producer)
{
    const Graph &g = *model.graph;
    const Tensor *w = model.weightOf(model.layers[std::size_t(producer)]);
    if (!w)
        return -1;
    QHash<QString, int> layerOfWeight;
    for (std::size_t i = 0; i < model.layers.size(); ++i)
        if (const Tensor *lw = model.weightOf(model.layers[i]))
            layerOfWeight.insert(lw->name(), int(i));
    const auto consumersOf = [&g](const QString &value) {
        std::vector<const GraphNode *> list;
        for (const GraphNode &n : g.nodes)
            for (const QString &in : n.inputs)
                if (in == value) {
                    list.push_back(&n);
                    break;
                }
        return list;
    };
    const GraphNode *node = nullptr;
    for (const GraphNode &n : g.nodes)
        if (std::find(n.inputs.begin(), n.inputs.end(), w->name()) != n.inputs.end())
            node = &n;
    for (int hops = 0; node && hops < 8; ++hops) {
        if (node->outputs.size() != 1)
            return -1;
        const auto next = consumersOf(node->outputs.front());
        if (next.size() != 1)
            return -1;
        const GraphNode *n = next.front();
        if (n->inputs.empty() || n->inputs.front() != node->outputs.front())
            return -1;
        for (std::size_t k = 1; k < n->inputs.size(); ++k) {
            const int layer = layerOfWeight.value(n->inputs[k], -1);
            if (layer >= 0) {
                const QString &op = n->opType;
                return op == QLatin1String("Gemm") || op == QLatin1String("MatMul") || op == QLatin1String("Conv") ? layer : -1;
            }
        }
        if (!keepsZero(n->opType) || n->inputs.size() != 1)
            return -1;
        node = n;
    }
    return -1;
}

QString methodText(const LayerPlan &p)
{
    QStringList parts;
    if (p.prune)
        parts << describe(*p.prune);
    if (p.lowrank)
        parts << describe(*p.lowrank);
    if (p.quantize)
        parts << describe(*p.quantize);
    return parts.join(QStringLiteral(" + "));
}

std::int64_t biasBytes(const Model &model, const Layer &layer, std::int64_t keptRows, std::int64_t rows)
{
    const Tensor *b = model.biasOf(layer);
    if (!b)
        return 0;
    if (keptRows < 0 || rows <= 0 || b->numel() != rows)
        return b->byteSize();
    return b->byteSize() / rows * keptRows;
}

struct LayerWork
{
    std::vector<float> prepruned; // global magnitude pools prune before the parallel pass
    std::vector<std::uint32_t> keptRows;
    std::vector<std::uint32_t> keptCols;
    QString note;
};

std::vector<float> selectRows(const std::vector<float> &m, std::int64_t cols, const std::vector<std::uint32_t> &rows)
{
    std::vector<float> out(rows.size() * std::size_t(cols));
    for (std::size_t i = 0; i < rows.size(); ++i)
        std::copy_n(m.data() + std::int64_t(rows[i]) * cols, cols, out.data() + std::int64_t(i) * cols);
    return out;
}

std::vector<float> selectCols(const std::vector<float> &m, std::int64_t rows, std::int64_t cols,
                              const std::vector<std::uint32_t> &keep)
{
    std::vector<float> out(static_cast<std::size_t>(rows) * keep.size());
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::size_t j = 0; j < keep.size(); ++j)
            out[std::size_t(r) * keep.size() + j] = m[std::size_t(r * cols + keep[j])];
    return out;
}

// Compresses one layer's (already reduced) matrix by its plan.
// `norms`: the input columns' activation norms for Wanda scores (null: none known).
Result<EncodedTensor> encodeByPlan(const LayerPlan &plan, std::vector<float> &m, std::int64_t rows, std::int64_t cols,
                                   bool prepruned, bool rowsRemoved, const std::vector<float> *norms, QString &note,
                                   bool &magnitudeFallback, JobContext &ctx)
{
    const QuantSpec *q = plan.quantize ? &*plan.quantize : nullptr;
    if (plan.prune && !rowsRemoved) {
        const PruneSpec &p = *plan.prune;
        switch (p.method) {
        case PruneMethod::Magnitude:
            if (!prepruned && p.score == PruneScore::Wanda && norms && std::int64_t(norms->size()) == cols) {
                PARE_TRY_VOID(pruneByActivation(m, rows, cols, *norms, p.sparsity, ctx));
            } else if (!prepruned) {
                if (p.score == PruneScore::Wanda) {
                    note = QCoreApplication::translate("pare::core", "no calibration norms for this layer: pruned by magnitude instead of Wanda");
                    magnitudeFallback = true;
                }
                PARE_TRY_VOID(pruneMagnitude(m, p.sparsity, ctx));
            }
            return encodeSparse(m.data(), rows, cols, q, ctx);
        case PruneMethod::NM:
            return encodeNM(m.data(), rows, cols, p.n, p.m, q, ctx);
        case PruneMethod::Channel: {
            const std::vector<std::uint32_t> keep = channelsToKeep({{m.data(), rows, cols}}, p.sparsity, p.norm);
            std::vector<char> kept(static_cast<std::size_t>(rows), 0);
            for (std::uint32_t r : keep)
                kept[r] = 1;
            for (std::int64_t r = 0; r < rows; ++r)
                if (!kept[std::size_t(r)])
                    std::fill_n(m.data() + r * cols, cols, 0.0f);
            note = QCoreApplication::translate("pare::core", "no consumer layer known: pruned channels stored as zero rows");
            return encodeSparse(m.data(), rows, cols, q, ctx);
        }
        }
    }
    if (plan.lowrank) {
        auto f = factorize(m.data(), rows, cols, *plan.lowrank, ctx);
        if (!f)
            return f.error();
        if (f->keptDense) {
            note = f->note;
            return encodeDense(m.data(), rows, cols, q, nullptr, ctx);
        }
        return encodeLowRank(f->a, f->b, rows, cols, f->rank, q, ctx);
    }
    return encodeDense(m.data(), rows, cols, q, nullptr, ctx);
}

} // namespace

std::vector<ChannelCoupling> findChannelCouplings(const Model &model, const std::vector<LayerPlan> &plans)
{
    std::vector<ChannelCoupling> out;
    std::vector<char> used(model.layers.size(), 0);
    const auto planOf = [&](int i) -> const LayerPlan * {
        return i >= 0 && std::size_t(i) < plans.size() ? &plans[std::size_t(i)] : nullptr;
    };
    for (std::size_t i = 0; i < model.layers.size() && i < plans.size(); ++i) {
        if (used[i] || !isChannelPrune(plans[i]))
            continue;
        const Layer &l = model.layers[i];
        ChannelCoupling c;
        const bool up = l.role == QLatin1String("mlp.up"), gate = l.role == QLatin1String("mlp.gate");
        if ((up || gate) && l.block >= 0) {
            const int partner = findRole(model, l.block, up ? QStringLiteral("mlp.gate") : QStringLiteral("mlp.up"));
            const int down = findRole(model, l.block, QStringLiteral("mlp.down"));
            if (down < 0)
                continue;
            if (partner >= 0) {
                const LayerPlan *pp = planOf(partner);
                if (!pp || !isChannelPrune(*pp) || !(*pp->prune == *plans[i].prune))
                    continue; // up and gate must lose the same channels
                c.producers = {int(i), partner};
            } else {
                c.producers = {int(i)};
            }
            c.consumer = down;
        } else if (model.graph) {
            c.consumer = graphConsumer(model, int(i));
            c.producers = {int(i)};
        }
        if (c.consumer < 0)
            continue;
        // The consumer's inputs must be exactly the producers' outputs.
        const Layer &cl = model.layers[std::size_t(c.consumer)];
        const Tensor *cw = model.weightOf(cl);
        const Tensor *pw = model.weightOf(l);
        if (!cw || !pw || inputChannels(cl, cw->shape()) != l.outFeatures(*pw) || used[std::size_t(c.consumer)])
            continue;
        for (int p : c.producers)
            used[std::size_t(p)] = 1;
        out.push_back(c);
    }
    return out;
}

Result<Variant> compressModel(const Model &model, const std::vector<LayerPlan> &plans, JobContext &ctx,
                              const CompressOptions &options)
{
    if (plans.size() != model.layers.size())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "compress: %1 plans for %2 layers").arg(plans.size()).arg(model.layers.size()));
    const std::size_t count = plans.size();
    std::vector<LayerWork> work(count);
    Variant v;

    // Shared weights (tied embeddings) are compressed once, by the first layer naming them.
    QSet<int> weightsTaken;
    std::vector<char> active(count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const LayerPlan &p = plans[i];
        if (p.layer != int(i))
            return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "compress: plan %1 is for layer %2").arg(i).arg(p.layer));
        if (!p.changesWeights())
            continue;
        const Layer &l = model.layers[i];
        if (weightsTaken.contains(l.weight)) {
            work[i].note = QCoreApplication::translate("pare::core", "weight shared with an earlier layer: compressed there");
            continue;
        }
        weightsTaken.insert(l.weight);
        active[i] = 1;
    }

    ctx.setProgress(0.0, QStringLiteral("Preparing"));
    // Structural channel removal: decide kept channels jointly for coupled producers.
    for (const ChannelCoupling &c : findChannelCouplings(model, plans)) {
        std::vector<WeightMatrix> mats;
        for (int p : c.producers) {
            auto m = toWeightMatrix(model.layers[std::size_t(p)], *model.weightOf(model.layers[std::size_t(p)]));
            if (!m)
                return m.error();
            mats.push_back(std::move(*m));
        }
        std::vector<RowMatrix> rm;
        for (const WeightMatrix &m : mats)
            rm.push_back({m.values.data(), m.rows, m.cols});
        const PruneSpec &spec = *plans[std::size_t(c.producers.front())].prune;
        const std::vector<std::uint32_t> keep = channelsToKeep(rm, spec.sparsity, spec.norm);
        const int removed = int(mats.front().rows - std::int64_t(keep.size()));
        for (int p : c.producers) {
            work[std::size_t(p)].keptRows = keep;
            work[std::size_t(p)].note = QCoreApplication::translate("pare::core", "%n of %1 channels removed; inputs of %2 removed too",
                                                                    nullptr, removed)
                                            .arg(mats.front().rows)
                                            .arg(model.layers[std::size_t(c.consumer)].name);
        }
        const Layer &cl = model.layers[std::size_t(c.consumer)];
        const Shape &cs = model.weightOf(cl)->shape();
        std::vector<std::uint32_t> cols;
        for (std::uint32_t ch : keep)
            for (std::int64_t col : inputChannelColumns(cl, cs, ch))
                cols.push_back(std::uint32_t(col));
        std::sort(cols.begin(), cols.end());
        work[std::size_t(c.consumer)].keptCols = std::move(cols);
        work[std::size_t(c.consumer)].note = QCoreApplication::translate("pare::core", "inputs removed with the channels of %1; error over the kept inputs")
                                                 .arg(model.layers[std::size_t(c.producers.front())].name);
        active[std::size_t(c.consumer)] = 1; // changes even when its own plan keeps it
    }

    // Global magnitude pools: one threshold per sparsity value across the layers in the pool.
    std::map<double, std::vector<int>> pools;
    for (std::size_t i = 0; i < count; ++i)
        if (active[i] && plans[i].prune && plans[i].prune->method == PruneMethod::Magnitude
            && plans[i].prune->scope == PruneScope::Global)
            pools[plans[i].prune->sparsity].push_back(int(i));
    for (auto &[sparsity, members] : pools) {
        std::vector<std::span<float>> spans;
        for (int i : members) {
            auto m = toWeightMatrix(model.layers[std::size_t(i)], *model.weightOf(model.layers[std::size_t(i)]));
            if (!m)
                return m.error();
            work[std::size_t(i)].prepruned = std::move(m->values);
        }
        for (int i : members)
            spans.emplace_back(work[std::size_t(i)].prepruned);
        auto pruned = pruneMagnitudeGlobal(spans, sparsity, ctx);
        if (!pruned)
            return pruned.error();
        for (std::size_t k = 0; k < members.size(); ++k)
            work[std::size_t(members[k])].note = QCoreApplication::translate("pare::core", "global threshold: %1 % of this layer pruned")
                                                     .arg(QLocale().toString(100.0 * double((*pruned)[k]) / double(spans[k].size()), 'f', 1));
    }

    v.layers.resize(count);
    std::mutex mutex;
    std::optional<Error> failure;
    std::atomic<int> done{0};
    const int total = int(std::count(active.begin(), active.end(), 1));
    const auto compressRange = [&](qint64 b, qint64 e) {
        for (qint64 i = b; i < e; ++i) {
            const Layer &layer = model.layers[std::size_t(i)];
            const LayerPlan &plan = plans[std::size_t(i)];
            LayerWork &w = work[std::size_t(i)];
            CompressedLayer &out = v.layers[std::size_t(i)];
            out.layer = int(i);
            out.name = layer.name;
            out.note = w.note.isEmpty() ? plan.reason : w.note;
            const Tensor *weight = model.weightOf(layer);
            const Tensor *bias = model.biasOf(layer);
            if (weight) {
                out.weightName = weight->name();
                out.originalShape = weight->shape();
                out.parameters = weight->numel();
                out.originalBytes = weight->byteSize();
                out.originalMacs = layerMacs(model, layer, options.input, weight->numel());
            }
            if (bias) {
                out.parameters += bias->numel();
                out.originalBytes += bias->byteSize();
            }
            out.bytes = out.originalBytes;
            out.macs = out.originalMacs;
            out.method = QStringLiteral("kept");
            if (!active[std::size_t(i)] || !weight || ctx.isCanceled())
                continue;

            auto loaded = toWeightMatrix(layer, *weight);
            if (!loaded) {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = loaded.error();
                continue;
            }
            WeightMatrix &wm = *loaded;
            const std::vector<float> original = wm.values;
            const bool prepruned = !w.prepruned.empty();
            std::vector<float> m = w.prepruned.empty() ? std::move(wm.values) : std::move(w.prepruned);
            std::int64_t rows = wm.rows, cols = wm.cols;
            if (!w.keptCols.empty()) {
                m = selectCols(m, rows, cols, w.keptCols);
                cols = std::int64_t(w.keptCols.size());
            }
            const bool rowsRemoved = !w.keptRows.empty();
            if (rowsRemoved) {
                m = selectRows(m, cols, w.keptRows);
                rows = std::int64_t(w.keptRows.size());
            }
            LayerPlan effective = plan;
            if (!plan.changesWeights())
                effective = LayerPlan{}; // a consumer losing inputs but otherwise kept: F32 values
            QString note;
            bool magnitudeFallback = false;
            const std::vector<float> *norms = nullptr;
            std::vector<float> keptNorms;
            if (std::size_t(i) < options.inputNorms.size() && std::int64_t(options.inputNorms[std::size_t(i)].size()) == wm.cols) {
                norms = &options.inputNorms[std::size_t(i)];
                if (!w.keptCols.empty()) {
                    for (std::uint32_t c : w.keptCols)
                        keptNorms.push_back((*norms)[c]);
                    norms = &keptNorms;
                }
            }
            auto enc = encodeByPlan(effective, m, rows, cols, prepruned, rowsRemoved, norms, note,
                                    magnitudeFallback, ctx);
            if (!enc) {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = Error{enc.error().code, layer.name + QStringLiteral(": ") + enc.error().message};
                continue;
            }
            enc->rows = wm.rows;
            enc->cols = wm.cols;
            enc->keptRows = w.keptRows;
            enc->keptCols = w.keptCols;
            const std::vector<float> decoded = enc->decode();
            if (enc->keptCols.empty()) {
                out.error = compareValues(original.data(), decoded.data(), std::int64_t(original.size()));
            } else {
                const std::vector<float> a = selectCols(original, wm.rows, wm.cols, enc->keptCols);
                const std::vector<float> d = selectCols(decoded, wm.rows, wm.cols, enc->keptCols);
                out.error = compareValues(a.data(), d.data(), std::int64_t(a.size()));
            }
            out.changed = true;
            out.method = plan.changesWeights() ? methodText(plan) : QCoreApplication::translate("pare::core", "inputs removed");
            if (!note.isEmpty())
                out.note = note;
            out.magnitudeFallback = magnitudeFallback;
            out.bytes = enc->exactBytes() + biasBytes(model, layer, rowsRemoved ? rows : -1, wm.rows);
            out.macs = out.originalMacs < 0 ? -1 : layerMacs(model, layer, options.input, enc->effectiveElements());
            out.encoding = std::move(*enc);
            const int finishedLayers = ++done;
            ctx.setProgress(double(finishedLayers) / std::max(1, total),
                            QCoreApplication::translate("pare::core", "Compressed %1 (%2 of %3)")
                                    .arg(argText(layer.name), argText(finishedLayers),
                                         argText(total)));
        }
    };
    CompressStream *stream = options.stream;
    // Without a stream every layer is one window; with one, windows of at most windowBytes of F32
    // weights, each handed to the sink and released before the next starts.
    for (std::size_t first = 0; first < count;) {
        std::size_t last = count;
        std::int64_t windowBytes = 0;
        if (stream) {
            last = first;
            while (last < count) {
                const Tensor *w = active[last] ? model.weightOf(model.layers[last]) : nullptr;
                const std::int64_t bytes = w ? w->numel() * std::int64_t(sizeof(float)) : 0;
                if (last > first && windowBytes + bytes > stream->windowBytes)
                    break;
                windowBytes += bytes;
                ++last;
            }
        }
        const bool finished = parallelFor(qint64(last - first), 1, [&](qint64 b, qint64 e) {
            compressRange(qint64(first) + b, qint64(first) + e);
        }, ctx);
        if (!finished || ctx.isCanceled())
            return Error::canceled();
        if (failure)
            return *failure;
        if (stream) {
            std::int64_t held = windowBytes;
            for (std::size_t i = first; i < last; ++i)
                if (v.layers[i].encoding)
                    held += v.layers[i].encoding->exactBytes();
            stream->peakWindowBytes = std::max(stream->peakWindowBytes, held);
            for (std::size_t i = first; i < last; ++i) {
                CompressedLayer &l = v.layers[i];
                if (!l.changed || !l.encoding)
                    continue;
                if (stream->sink)
                    PARE_TRY_VOID(stream->sink(l));
                l.encoding.reset();
            }
        }
        first = last;
    }

    v.originalBytes = model.byteSize();
    v.bytes = v.originalBytes;
    std::vector<ErrorMetrics> errors;
    std::vector<std::int64_t> params;
    for (const CompressedLayer &l : v.layers) {
        v.bytes += l.bytes - l.originalBytes;
        if (l.originalMacs >= 0) {
            v.originalMacs += l.originalMacs;
            v.macs += std::max<std::int64_t>(0, l.macs);
        }
        errors.push_back(l.error);
        params.push_back(l.parameters);
        if (!l.note.isEmpty() && l.changed && l.note != plans[std::size_t(l.layer)].reason)
            v.notes << l.name + QStringLiteral(": ") + l.note;
    }
    v.error = weightedMetrics(errors, params);
    ctx.setProgress(1.0, QStringLiteral("Done"));
    return v;
}

} // namespace pare::core
