// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimator.h"

#include <QCoreApplication>

#include "compress/encoding.h"
#include "compress/lowrank.h"
#include "compress/pruner.h"
#include "compress/quantizer.h"
#include "compress/weightmatrix.h"
#include "jobs/jobrunner.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>

namespace pare::core {

namespace {

double sumSquares(const float *v, std::int64_t n)
{
    double s = 0;
    for (std::int64_t i = 0; i < n; ++i)
        s += double(v[i]) * v[i];
    return s;
}

// Quantizes the sample as the whole tensor would be. A per-tensor scale depends on the tensor's
// extremes, not the sample's: they join the sample as one extra short row.
void quantizeSample(LayerProfile &p, const QuantSpec &q, ErrorAccumulator &acc, JobContext &ctx)
{
    std::vector<std::int64_t> rows = uniformRows(p.sampleRows(), p.sampleCols());
    if (q.granularity != QuantGranularity::Tensor || q.format == QuantFormat::F16 || q.format == QuantFormat::BF16) {
        (void)encodeValues(p.sample().data(), rows, &q, false, &acc, ctx);
        return;
    }
    std::vector<float> values = p.sample();
    const auto [mn, mx] = p.extremes();
    values.push_back(mn);
    values.push_back(mx);
    rows.push_back(rows.back() + 2);
    (void)encodeValues(values.data(), rows, &q, false, &acc, ctx);
}

// Relative squared quantization error of the sample alone (a proxy for factors and kept rows).
double sampleQuantError(LayerProfile &p, const QuantSpec &q, JobContext &ctx)
{
    ErrorAccumulator acc;
    quantizeSample(p, q, acc, ctx);
    return acc.refSquares > 0 ? acc.errSquares / acc.refSquares : 0.0;
}

} // namespace

std::shared_ptr<LayerProfile> LayerProfile::fromRows(std::int64_t rows, std::int64_t cols, RowReader reader,
                                                     std::int64_t originalBytes, std::int64_t macsPerWeight, int maxSample)
{
    auto p = std::make_shared<LayerProfile>();
    p->m_rows = rows;
    p->m_cols = cols;
    p->m_reader = std::move(reader);
    p->m_originalBytes = originalBytes;
    p->m_macsPerWeight = macsPerWeight;
    maxSample = std::clamp(maxSample, 1, kMaxSample);
    p->m_sampleCols = std::min<std::int64_t>(cols, maxSample);
    const std::int64_t sampleRows = std::clamp<std::int64_t>(maxSample / std::max<std::int64_t>(1, cols), 1, rows);
    std::vector<float> row(static_cast<std::size_t>(cols));
    p->m_sample.reserve(std::size_t(sampleRows * p->m_sampleCols));
    for (std::int64_t i = 0; i < sampleRows; ++i) {
        // Evenly spread rows, each read whole, so channel and group statistics are the real ones.
        const std::int64_t r = std::min(rows - 1, (2 * i + 1) * rows / (2 * sampleRows));
        p->m_sampleRowIndex.push_back(r);
        p->m_reader(r, row.data());
        p->m_sample.insert(p->m_sample.end(), row.begin(), row.begin() + p->m_sampleCols);
    }
    return p;
}

Result<std::shared_ptr<LayerProfile>> LayerProfile::build(const Model &model, const Layer &layer, const InputSpec &input,
                                                          int maxSample)
{
    const Tensor *w = model.weightOf(layer);
    if (!w)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("pare::core", "%1: the layer has no weight tensor").arg(layer.name));
    const std::int64_t rows = layer.outFeatures(*w), cols = layer.inFeatures(*w);
    if (rows <= 0 || cols <= 0)
        return makeError(ErrorCode::Unsupported, QCoreApplication::translate("pare::core", "%1: weight %2 of shape %3 has no out × in reading")
                                                     .arg(layer.name, w->name(), shapeToString(w->shape())));
    const Tensor weight = *w;
    const Layer copy = layer;
    const Tensor *bias = model.biasOf(layer);
    const std::int64_t biasBytes = bias ? bias->byteSize() : 0;
    const std::int64_t macs = layerMacs(model, layer, input, 1);
    auto p = fromRows(rows, cols, [weight, copy](std::int64_t r, float *out) { readWeightRow(copy, weight, r, out); },
                      w->byteSize() + biasBytes, macs, maxSample);
    p->m_biasBytes = biasBytes;
    p->m_biasElements = bias ? bias->numel() : 0;
    return p;
}

void LayerProfile::computeRowStats()
{
    std::lock_guard lock(m_mutex);
    if (!m_rowSquares.empty())
        return;
    std::vector<double> sq(static_cast<std::size_t>(m_rows)), ab(static_cast<std::size_t>(m_rows));
    std::mutex extremesMutex;
    parallelFor(m_rows, 16, [&](qint64 r0, qint64 r1) {
        std::vector<float> row(static_cast<std::size_t>(m_cols));
        float mn = 0, mx = 0;
        for (qint64 r = r0; r < r1; ++r) {
            m_reader(r, row.data());
            double s = 0, a = 0;
            for (float v : row) {
                s += double(v) * v;
                a += std::fabs(double(v));
                mn = std::min(mn, v);
                mx = std::max(mx, v);
            }
            sq[std::size_t(r)] = s;
            ab[std::size_t(r)] = a;
        }
        std::lock_guard extremesLock(extremesMutex);
        m_min = std::min(m_min, mn);
        m_max = std::max(m_max, mx);
    });
    m_rowAbs = std::move(ab);
    m_rowSquares = std::move(sq);
}

const std::vector<double> &LayerProfile::rowSquares()
{
    computeRowStats();
    return m_rowSquares;
}

const std::vector<double> &LayerProfile::rowAbsSums()
{
    computeRowStats();
    return m_rowAbs;
}

std::pair<float, float> LayerProfile::extremes()
{
    computeRowStats();
    return {m_min, m_max};
}

double LayerProfile::totalEnergy()
{
    const std::vector<double> &s = rowSquares();
    return std::accumulate(s.begin(), s.end(), 0.0);
}

void LayerProfile::setSpectrum(std::vector<float> s)
{
    std::lock_guard lock(m_mutex);
    m_spectrum = std::move(s);
}

Result<std::vector<float>> LayerProfile::spectrum(JobContext &ctx)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_spectrum)
            return *m_spectrum;
    }
    std::vector<float> full(static_cast<std::size_t>(m_rows * m_cols));
    for (std::int64_t r = 0; r < m_rows; ++r)
        m_reader(r, full.data() + r * m_cols);
    auto s = singularSpectrum(full.data(), m_rows, m_cols, ctx);
    if (!s)
        return s.error();
    setSpectrum(*s);
    return *s;
}

LayerEstimate estimateLayer(LayerProfile &profile, const LayerPlan &plan, const EstimateContext &ectx, JobContext &ctx)
{
    LayerEstimate e;
    const std::int64_t rows = profile.rows();
    std::int64_t cols = profile.cols();
    e.originalBytes = profile.originalBytes();
    e.bytes = e.originalBytes;
    const std::int64_t mpw = profile.macsPerWeight();
    e.originalMacs = mpw < 0 ? -1 : mpw * rows * cols;
    e.macs = e.originalMacs;
    const bool consumer = ectx.keptInputChannels >= 0 && ectx.inputChannels > 0;
    if (!plan.changesWeights() && !consumer) {
        e.sqnrDb = std::numeric_limits<double>::infinity();
        return e;
    }
    std::int64_t extraBytes = 0;
    if (consumer) {
        cols = cols / ectx.inputChannels * ectx.keptInputChannels;
        extraBytes += keptIndexBytes(0, cols);
    }
    const QuantSpec *q = plan.changesWeights() && plan.quantize ? &*plan.quantize : nullptr;
    std::int64_t biasBytes = profile.biasBytes();
    std::int64_t effective = rows * cols;
    std::int64_t bytes = 0;

    // The sample's error: accumulated as (error², reference²).
    ErrorAccumulator acc;
    const std::vector<float> &s = profile.sample();
    const std::int64_t sr = profile.sampleRows(), sc = profile.sampleCols();
    const std::int64_t sn = sr * sc;
    const PruneSpec *prune = plan.changesWeights() && plan.prune ? &*plan.prune : nullptr;
    const LowRankSpec *lowrank = plan.changesWeights() && plan.lowrank ? &*plan.lowrank : nullptr;

    if (prune && prune->method == PruneMethod::Channel && ectx.keptRows < 0) {
        // Zero rows: the removed energy is exact from the row norms, kept rows take the
        // sample's quantization error.
        const std::vector<double> &score = prune->norm == PruneNorm::L1 ? profile.rowAbsSums() : profile.rowSquares();
        const std::vector<double> &sq = profile.rowSquares();
        std::vector<std::int64_t> order(static_cast<std::size_t>(rows));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) { return score[std::size_t(a)] > score[std::size_t(b)]; });
        const std::int64_t kept = channelsKept(rows, prune->sparsity);
        double removed = 0, total = 0;
        for (std::int64_t i = 0; i < rows; ++i) {
            total += sq[std::size_t(order[std::size_t(i)])];
            if (i >= kept)
                removed += sq[std::size_t(order[std::size_t(i)])];
        }
        const double q2 = q ? sampleQuantError(profile, *q, ctx) : 0.0;
        acc.refSquares = total;
        acc.errSquares = removed + (total - removed) * q2;
        effective = kept * cols;
        bytes = sparseEncodedBytes(rows, cols, effective, q);
    } else if (prune && prune->method == PruneMethod::Channel) {
        const std::int64_t kept = ectx.keptRows;
        const std::vector<double> &sq = profile.rowSquares();
        const double total = std::accumulate(sq.begin(), sq.end(), 0.0);
        std::vector<double> sorted = sq;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        const double keptEnergy = std::accumulate(sorted.begin(), sorted.begin() + kept, 0.0);
        const double q2 = q ? sampleQuantError(profile, *q, ctx) : 0.0;
        acc.refSquares = total;
        acc.errSquares = (total - keptEnergy) + keptEnergy * q2;
        effective = kept * cols;
        bytes = denseEncodedBytes(kept, cols, q) + keptIndexBytes(kept, 0);
        biasBytes = rows > 0 ? biasBytes / rows * kept : biasBytes;
        e.note = QCoreApplication::translate("pare::core", "%n channel(s) removed", nullptr, int(rows - kept));
    } else if (prune && prune->method == PruneMethod::Magnitude) {
        float threshold = 0;
        std::int64_t nnz = 0;
        if (ectx.globalThreshold) {
            threshold = *ectx.globalThreshold;
            std::int64_t below = 0;
            for (float v : s)
                below += std::fabs(v) < threshold;
            nnz = std::llround(double(rows * cols) * double(sn - below) / double(std::max<std::int64_t>(1, sn)));
            e.sizeExact = false;
        } else {
            nnz = rows * cols - prunedCount(rows * cols, prune->sparsity);
            const std::int64_t k = prunedCount(sn, prune->sparsity);
            if (k > 0) {
                std::vector<float> mags(s.size());
                std::transform(s.begin(), s.end(), mags.begin(), [](float v) { return std::fabs(v); });
                std::nth_element(mags.begin(), mags.begin() + (k - 1), mags.end());
                threshold = std::nextafter(mags[std::size_t(k - 1)], std::numeric_limits<float>::infinity());
            }
        }
        std::vector<float> kept;
        std::vector<std::int64_t> offsets(static_cast<std::size_t>(sr + 1), 0);
        kept.reserve(s.size());
        for (std::int64_t r = 0; r < sr; ++r) {
            for (std::int64_t c = 0; c < sc; ++c) {
                const float v = s[std::size_t(r * sc + c)];
                if (std::fabs(v) < threshold)
                    acc.addDropped(&v, 1);
                else
                    kept.push_back(v);
            }
            offsets[std::size_t(r + 1)] = std::int64_t(kept.size());
        }
        if (q)
            (void)encodeValues(kept.data(), offsets, q, true, &acc, ctx);
        else
            acc.add(kept.data(), kept.data(), std::int64_t(kept.size()));
        effective = nnz;
        bytes = sparseEncodedBytes(rows, cols, nnz, q);
    } else if (prune && prune->method == PruneMethod::NM) {
        const NMSelection sel = selectNM(s.data(), sr, sc, prune->n, prune->m);
        const double keptEnergy = sumSquares(sel.values.data(), std::int64_t(sel.values.size()));
        const double all = sumSquares(s.data(), sn);
        if (q)
            (void)encodeValues(sel.values.data(), uniformRows(sr, sel.keptPerRow), q, false, &acc, ctx);
        else
            acc.add(sel.values.data(), sel.values.data(), std::int64_t(sel.values.size()));
        acc.refSquares += all - keptEnergy;
        acc.errSquares += all - keptEnergy;
        effective = nmKeptPerRow(cols, prune->n, prune->m) * rows;
        bytes = nmEncodedBytes(rows, cols, prune->n, prune->m, q);
    } else if (lowrank) {
        auto spectrum = profile.spectrum(ctx);
        const std::int64_t small = std::min(rows, cols);
        double total = 0;
        if (spectrum)
            for (float v : *spectrum)
                total += double(v) * v;
        int rank = lowrank->rank > 0 ? int(std::min<std::int64_t>(lowrank->rank, small))
                                     : (spectrum ? rankForEnergy(*spectrum, total, lowrank->energy, small) : int(small));
        e.rank = rank;
        if (!lowRankSaves(rows, cols, rank)) {
            e.note = QCoreApplication::translate("pare::core", "rank %1 would not save space; kept dense").arg(rank);
            const double q2 = q ? sampleQuantError(profile, *q, ctx) : 0.0;
            acc.refSquares = 1;
            acc.errSquares = q2;
            bytes = denseEncodedBytes(rows, cols, q);
        } else {
            const double trunc = spectrum ? truncationError(*spectrum, total, rank) : 0.0;
            // Quantizing both factors: approximated by the sample's quantization error, twice.
            const double q2 = q ? sampleQuantError(profile, *q, ctx) : 0.0;
            acc.refSquares = 1;
            acc.errSquares = trunc * trunc + (1 - trunc * trunc) * 2 * q2;
            e.errorExact = !q;
            effective = std::int64_t(rank) * (rows + cols);
            bytes = lowRankEncodedBytes(rows, cols, rank, q);
        }
    } else {
        if (q)
            quantizeSample(profile, *q, acc, ctx);
        else
            acc.add(s.data(), s.data(), sn);
        bytes = denseEncodedBytes(rows, cols, q);
    }
    e.bytes = bytes + extraBytes + biasBytes;
    e.macs = mpw < 0 ? -1 : mpw * effective;
    e.relativeError = acc.refSquares > 0 ? std::sqrt(acc.errSquares / acc.refSquares) : 0.0;
    e.sqnrDb = e.relativeError > 0 ? -20.0 * std::log10(e.relativeError) : std::numeric_limits<double>::infinity();
    return e;
}

PlanEstimate estimatePlan(const Model &model, const std::vector<LayerPlan> &plans,
                          const std::vector<std::shared_ptr<LayerProfile>> &profiles, JobContext &ctx)
{
    PlanEstimate out;
    const std::size_t n = std::min(plans.size(), profiles.size());
    std::vector<EstimateContext> ectx(n);

    // A weight shared by several layers (a tied output head) is stored and compressed once, as
    // compressModel does: by the first of them whose plan changes weights, or, when none does,
    // kept as it is and counted with the first. The others keep their MACs but add only their
    // own bias bytes and no error.
    std::vector<int> sharedWith(n, -1);
    if (model.layers.size() >= n) {
        std::map<int, int> owner;
        for (int pass = 0; pass < 2; ++pass) // changing plans claim their weight first
            for (std::size_t i = 0; i < n; ++i) {
                const int w = model.layers[i].weight;
                if (w >= 0 && profiles[i] && (pass == 1 || plans[i].changesWeights()))
                    owner.emplace(w, int(i));
            }
        for (std::size_t i = 0; i < n; ++i) {
            const int w = model.layers[i].weight;
            if (w >= 0 && profiles[i] && owner.at(w) != int(i))
                sharedWith[i] = owner.at(w);
        }
    }

    bool anyChannel = false;
    std::map<double, std::vector<std::size_t>> pools;
    for (std::size_t i = 0; i < n; ++i) {
        const LayerPlan &p = plans[i];
        if (!p.changesWeights() || !p.prune || !profiles[i] || sharedWith[i] >= 0)
            continue;
        anyChannel = anyChannel || p.prune->method == PruneMethod::Channel;
        if (p.prune->method == PruneMethod::Magnitude && p.prune->scope == PruneScope::Global)
            pools[p.prune->sparsity].push_back(i);
    }
    if (anyChannel && model.layers.size() == plans.size()) {
        for (const ChannelCoupling &c : findChannelCouplings(model, plans)) {
            const PruneSpec &spec = *plans[std::size_t(c.producers.front())].prune;
            const auto &prof = profiles[std::size_t(c.producers.front())];
            if (!prof || std::size_t(c.consumer) >= n)
                continue;
            const std::int64_t kept = channelsKept(prof->rows(), spec.sparsity);
            for (int p : c.producers)
                ectx[std::size_t(p)].keptRows = kept;
            ectx[std::size_t(c.consumer)].keptInputChannels = kept;
            ectx[std::size_t(c.consumer)].inputChannels = prof->rows();
        }
    }
    for (auto &[sparsity, members] : pools) {
        // A weighted quantile of the merged samples: each sample value stands for
        // numel / sampleSize weights of its tensor.
        std::vector<std::pair<float, double>> values;
        double total = 0;
        for (std::size_t i : members) {
            const LayerProfile &p = *profiles[i];
            const double weight = double(p.rows() * p.cols()) / double(std::max<std::size_t>(1, p.sample().size()));
            for (float v : p.sample())
                values.emplace_back(std::fabs(v), weight);
            total += double(p.rows() * p.cols());
        }
        std::sort(values.begin(), values.end());
        double acc = 0;
        float threshold = 0;
        const double target = sparsity * total;
        for (const auto &[v, w] : values) {
            if (acc + w / 2 >= target)
                break;
            acc += w;
            threshold = std::nextafter(v, std::numeric_limits<float>::infinity());
        }
        for (std::size_t i : members)
            ectx[i].globalThreshold = threshold;
    }

    out.layers.resize(n);
    parallelFor(qint64(n), 1, [&](qint64 b, qint64 e) {
        for (qint64 i = b; i < e; ++i) {
            const std::size_t k = std::size_t(i);
            if (!profiles[k])
                continue;
            if (sharedWith[k] >= 0) {
                LayerEstimate shared = estimateLayer(*profiles[k], LayerPlan{}, EstimateContext{}, ctx);
                shared.originalBytes = shared.bytes = profiles[k]->biasBytes();
                shared.note = QCoreApplication::translate("pare::core", "weight shared with %1: counted there").arg(model.layers[std::size_t(sharedWith[k])].name);
                out.layers[k] = shared;
                continue;
            }
            out.layers[k] = estimateLayer(*profiles[k], plans[k], ectx[k], ctx);
        }
    }, ctx);
    double weighted = 0, params = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const LayerEstimate &l = out.layers[i];
        out.originalBytes += l.originalBytes;
        out.bytes += l.bytes;
        if (l.originalMacs >= 0) {
            out.originalMacs += l.originalMacs;
            out.macs += std::max<std::int64_t>(0, l.macs);
        }
        if (profiles[i]) {
            const double w = double(profiles[i]->rows() * profiles[i]->cols());
            weighted += w * l.relativeError;
            params += w;
        }
    }
    out.relativeError = params > 0 ? weighted / params : 0.0;
    return out;
}

} // namespace pare::core
