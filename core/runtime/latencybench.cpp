// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/latencybench.h"

#include <QCoreApplication>

#include "compress/compressor.h"
#include "compress/plan.h"
#include "compress/weightmatrix.h"
#include "jobs/jobrunner.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <chrono>
#include <random>

namespace pare::core {

namespace {

constexpr int kMaxCopies = 4096;

LatencyStats statsOf(std::vector<double> us)
{
    LatencyStats s;
    if (us.empty())
        return s;
    std::sort(us.begin(), us.end());
    const std::size_t n = us.size();
    s.minUs = us.front();
    s.maxUs = us.back();
    s.medianUs = n % 2 ? us[n / 2] : 0.5 * (us[n / 2 - 1] + us[n / 2]);
    s.p90Us = us[std::min(n - 1, std::size_t(std::ceil(0.9 * double(n))) - 1)];
    return s;
}

std::vector<float> randomVector(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> d(0.0f, 1.0f);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

} // namespace

QJsonObject KernelLatency::toJson() const
{
    return {{QStringLiteral("kernel"), kind},
            {QStringLiteral("rows"), qint64(rows)},
            {QStringLiteral("cols"), qint64(cols)},
            {QStringLiteral("batch"), batch},
            {QStringLiteral("weight_bytes"), qint64(weightBytes)},
            {QStringLiteral("median_us"), stats.medianUs},
            {QStringLiteral("min_us"), stats.minUs},
            {QStringLiteral("p90_us"), stats.p90Us},
            {QStringLiteral("max_us"), stats.maxUs},
            {QStringLiteral("ideal_us"), idealUs}};
}

double measureStreamingBandwidth(std::int64_t bytes, JobContext &ctx)
{
    const std::int64_t n = std::max<std::int64_t>(1 << 20, bytes / 8);
    // The kernels' own weight storage (huge pages where the OS has them), so that the ideal is
    // the best streaming read the kernels could see.
    kernel::AlignedVector<double> buf(std::size_t(n), 1.0);
    double best = 0;
    for (int pass = 0; pass < 4 && !ctx.isCanceled(); ++pass) {
        std::atomic<std::int64_t> sink{0};
        const auto t0 = std::chrono::steady_clock::now();
        parallelFor(n, 1 << 16, [&](qint64 b, qint64 e) {
            // Eight independent sums: the loop is bound by memory, not by one addition chain.
            double s[8] = {};
            qint64 i = b;
            for (; i + 8 <= e; i += 8)
                for (int j = 0; j < 8; ++j)
                    s[j] += buf[std::size_t(i + j)];
            for (; i < e; ++i)
                s[0] += buf[std::size_t(i)];
            sink += std::int64_t(((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7])));
        });
        const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (sink.load() != n) // keeps the sum alive; every element is 1
            return 0;
        if (pass > 0) // the first pass faults the pages in
            best = std::max(best, double(n) * 8.0 / sec);
    }
    return best;
}

Result<KernelLatency> benchKernel(const PackedWeight &w, const LatencyOptions &o, double bandwidth, JobContext &ctx)
{
    if (o.batch <= 0 || o.repeats <= 0 || o.warmup < 0)
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "latency bench: batch and repeats must be positive")};
    int copies = 1;
    if (o.coldBytes > 0 && w.bytes() > 0)
        copies = int(std::clamp<std::int64_t>((o.coldBytes + w.bytes() - 1) / w.bytes(), 1, kMaxCopies));
    std::vector<PackedWeight> pool(std::size_t(copies - 1), w);
    auto at = [&](int i) -> const PackedWeight & { return i == 0 ? w : pool[std::size_t(i - 1)]; };
    const std::vector<float> x = randomVector(std::size_t(o.batch * w.cols()), 11);
    std::vector<float> y(std::size_t(o.batch * w.rows()));
    int next = 0;
    for (int i = 0; i < o.warmup; ++i) {
        at(next).multiply(x.data(), o.batch, y.data());
        next = (next + 1) % copies;
    }
    std::vector<double> us;
    for (int i = 0; i < o.repeats; ++i) {
        if (ctx.isCanceled())
            return Error::canceled();
        const auto t0 = std::chrono::steady_clock::now();
        at(next).multiply(x.data(), o.batch, y.data());
        us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
        next = (next + 1) % copies;
    }
    KernelLatency k;
    k.kind = kernelKindName(w.kind());
    k.rows = w.rows();
    k.cols = w.cols();
    k.batch = o.batch;
    k.weightBytes = w.bytes();
    k.stats = statsOf(std::move(us));
    k.idealUs = bandwidth > 0 ? double(w.bytes()) / bandwidth * 1e6 : 0;
    return k;
}

namespace {
// The dense kernel of an encoding's value format (the zeros of a sparse encoding stored).
KernelKind valueKernelFor(const EncodedTensor &e, PackOptions *options)
{
    switch (e.values.format) {
    case ValueFormat::F16: return KernelKind::DenseF16;
    case ValueFormat::BF16: return KernelKind::DenseBF16;
    case ValueFormat::Int:
        if (e.values.bits <= 4) {
            options->groupSize = e.values.groupSize >= 2 ? e.values.groupSize + e.values.groupSize % 2 : 32;
            return KernelKind::Int4Grouped;
        }
        return KernelKind::Int8PerChannel;
    default:
        return KernelKind::DenseF32;
    }
}
} // namespace

KernelKind kernelKindFor(const EncodedTensor &e, PackOptions *options)
{
    switch (e.kind) {
    case EncodingKind::Csr:
    case EncodingKind::Bitmap:
        return KernelKind::Csr;
    case EncodingKind::NM:
        options->n = e.n;
        options->m = e.m;
        return KernelKind::NM;
    case EncodingKind::LowRank:
        options->rank = e.rank;
        return KernelKind::LowRank;
    case EncodingKind::Dense:
        break;
    }
    return valueKernelFor(e, options);
}

std::vector<std::pair<KernelKind, PackOptions>> candidateKernels(const EncodedTensor &e)
{
    std::vector<std::pair<KernelKind, PackOptions>> out(1);
    out[0].first = kernelKindFor(e, &out[0].second);
    if (e.kind == EncodingKind::Csr || e.kind == EncodingKind::Bitmap || e.kind == EncodingKind::NM) {
        PackOptions po;
        const KernelKind dense = valueKernelFor(e, &po);
        if (dense != out[0].first)
            out.emplace_back(dense, po);
    }
    return out;
}

Result<KernelLatency> benchEncoding(const EncodedTensor &e, const float *decoded, std::int64_t rows, std::int64_t cols,
                                    const LatencyOptions &options, double bandwidth, JobContext &ctx)
{
    std::optional<KernelLatency> best;
    for (const auto &[kind, po] : candidateKernels(e)) {
        auto packed = PackedWeight::pack(kind, decoded, rows, cols, po);
        if (!packed)
            return packed.error();
        auto t = benchKernel(*packed, options, bandwidth, ctx);
        if (!t)
            return t.error();
        if (!best || t->stats.medianUs < best->stats.medianUs)
            best = std::move(t).value();
    }
    return *best;
}

Result<std::vector<LayerLatency>> benchLayers(const Model &model, const Variant *variant, const LatencyOptions &o,
                                              JobContext &ctx)
{
    std::vector<int> chosen;
    for (int i = 0; i < int(model.layers.size()); ++i) {
        const Layer &l = model.layers[std::size_t(i)];
        const Tensor *w = model.weightOf(l);
        if (!w || w->rank() != 2 || (l.op != OpKind::Dense && l.op != OpKind::Embedding) || l.tiedTo)
            continue;
        if (l.op == OpKind::Embedding && l.role != QLatin1String("lm_head"))
            continue; // a lookup, not a product
        if (!o.layerPattern.isEmpty() && !matchesLayerName(o.layerPattern, l.name))
            continue;
        chosen.push_back(i);
    }
    if (chosen.empty())
        return Error{ErrorCode::NotFound,
                     o.layerPattern.isEmpty()
                         ? QCoreApplication::translate("pare::core", "%1: no dense layer to benchmark").arg(model.path)
                         : QCoreApplication::translate("pare::core", "%1: no dense layer to benchmark matches '%2'")
                               .arg(model.path, o.layerPattern)};
    const double bandwidth = measureStreamingBandwidth(std::max<std::int64_t>(o.coldBytes, 64 << 20), ctx);
    std::vector<LayerLatency> out;
    for (std::size_t k = 0; k < chosen.size(); ++k) {
        if (ctx.isCanceled())
            return Error::canceled();
        const Layer &l = model.layers[std::size_t(chosen[k])];
        const Tensor &w = *model.weightOf(l);
        auto matrix = toWeightMatrix(l, w);
        if (!matrix)
            return matrix.error();
        const KernelKind base = w.dtype() == DType::F16 ? KernelKind::DenseF16
                                : w.dtype() == DType::BF16 ? KernelKind::DenseBF16 : KernelKind::DenseF32;
        auto packed = PackedWeight::pack(base, matrix->values.data(), matrix->rows, matrix->cols);
        if (!packed)
            return packed.error();
        LayerLatency ll;
        ll.layer = l.name;
        auto lat = benchKernel(*packed, o, bandwidth, ctx);
        if (!lat)
            return lat.error();
        ll.original = *lat;
        if (variant && std::size_t(chosen[k]) < variant->layers.size()) {
            const CompressedLayer &cl = variant->layers[std::size_t(chosen[k])];
            if (cl.changed && cl.encoding) {
                PackOptions po;
                const KernelKind kind = kernelKindFor(*cl.encoding, &po);
                if (kind == KernelKind::LowRank && po.rank > 0 && matrix->rows * matrix->cols > (std::int64_t(1) << 22)) {
                    // Time depends on the factor shapes only; random factors of that rank avoid
                    // an SVD of a large decoded product.
                    const std::vector<float> a = randomVector(std::size_t(matrix->rows * po.rank), 3);
                    const std::vector<float> b = randomVector(std::size_t(po.rank * matrix->cols), 4);
                    auto vp = PackedWeight::fromFactors(a.data(), b.data(), matrix->rows, matrix->cols, po.rank);
                    if (!vp)
                        return vp.error();
                    auto vl = benchKernel(*vp, o, bandwidth, ctx);
                    if (!vl)
                        return vl.error();
                    ll.variant = *vl;
                } else {
                    auto vl = benchEncoding(*cl.encoding, cl.encoding->decode().data(), matrix->rows, matrix->cols, o,
                                            bandwidth, ctx);
                    if (!vl)
                        return vl.error();
                    ll.variant = *vl;
                }
            }
        }
        out.push_back(std::move(ll));
        ctx.setProgress(double(k + 1) / double(chosen.size()), l.name);
    }
    return out;
}

} // namespace pare::core
