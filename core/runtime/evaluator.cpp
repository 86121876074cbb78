// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/evaluator.h"

#include "common/argtext.h"
#include "jobs/jobrunner.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <optional>

namespace pare::core {

namespace {

constexpr int kMaxWindow = 1024;

// log-softmax of one row, in double.
void logSoftmax(const float *logits, int n, std::vector<double> &out)
{
    out.resize(std::size_t(n));
    double mx = -INFINITY;
    for (int i = 0; i < n; ++i)
        mx = std::max(mx, double(logits[i]));
    double sum = 0.0;
    for (int i = 0; i < n; ++i)
        sum += std::exp(double(logits[i]) - mx);
    const double lse = mx + std::log(sum);
    for (int i = 0; i < n; ++i)
        out[std::size_t(i)] = double(logits[i]) - lse;
}

int argmax(const float *v, int n)
{
    return int(std::max_element(v, v + n) - v);
}

struct Sums
{
    double diff2 = 0, a2 = 0, b2 = 0, ab = 0;
    void add(const float *a, const float *b, std::size_t n)
    {
        for (std::size_t i = 0; i < n; ++i) {
            const double x = a[i], y = b[i];
            diff2 += (y - x) * (y - x);
            a2 += x * x;
            b2 += y * y;
            ab += x * y;
        }
    }
    void merge(const Sums &o)
    {
        diff2 += o.diff2, a2 += o.a2, b2 += o.b2, ab += o.ab;
    }
    OutputAgreement agreement() const
    {
        OutputAgreement r;
        r.relativeError = a2 > 0 ? std::sqrt(diff2 / a2) : (diff2 > 0 ? INFINITY : 0.0);
        r.cosine = a2 > 0 && b2 > 0 ? ab / std::sqrt(a2 * b2) : (a2 == b2 ? 1.0 : 0.0);
        return r;
    }
};

struct WindowResult
{
    double nll = 0, variantNll = 0;
    std::int64_t sameTop = 0;
    std::vector<double> kl;
    Sums sums;
};

} // namespace

OutputAgreement compareOutputs(const std::vector<float> &original, const std::vector<float> &variant)
{
    Sums s;
    s.add(original.data(), variant.data(), std::min(original.size(), variant.size()));
    return s.agreement();
}

Result<LmEvalResult> evaluateLanguageModel(const Decoder &original, const Decoder *variant, const QByteArray &text,
                                           const LmEvalOptions &options, JobContext &ctx)
{
    const DecoderConfig &c = original.config();
    std::int64_t length = text.size();
    if (options.maxBytes > 0)
        length = std::min(length, options.maxBytes);
    if (length < 2)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "evaluation text has %1 bytes; at least 2 are needed").arg(length)};
    if (c.vocab < 256)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "the model's vocabulary has %1 entries; byte-level evaluation needs 256").arg(c.vocab)};
    if (variant && (variant->config().vocab != c.vocab))
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "the variant's vocabulary differs from the original's")};
    int w = options.window > 0 ? options.window : (c.context > 0 ? c.context : kMaxWindow);
    w = std::min(w, kMaxWindow);
    if (c.context > 0)
        w = std::min(w, c.context);
    if (w < 1)
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "window must be at least 1")};
    const std::int64_t predictions = length - 1;
    const std::int64_t windows = (predictions + w - 1) / w;
    std::vector<WindowResult> results(static_cast<std::size_t>(windows));
    std::mutex mutex;
    std::optional<Error> failure;
    std::atomic<std::int64_t> done{0};
    const int vocab = c.vocab;
    const bool finished = parallelFor(windows, 1, [&](qint64 begin, qint64 end) {
        std::vector<std::int32_t> tokens;
        std::vector<float> lo, lv;
        std::vector<double> po, pv;
        KvCache cacheO = original.newCache(w);
        KvCache cacheV = variant ? variant->newCache(w) : KvCache{};
        for (qint64 k = begin; k < end; ++k) {
            if (ctx.isCanceled())
                return;
            const std::int64_t start = k * w, stop = std::min<std::int64_t>(start + w, length - 1);
            const int n = int(stop - start);
            tokens.resize(std::size_t(n));
            for (int i = 0; i < n; ++i)
                tokens[std::size_t(i)] = std::uint8_t(text[qsizetype(start + i)]);
            lo.resize(std::size_t(n) * std::size_t(vocab));
            cacheO.length = 0;
            auto r = original.forward(tokens, cacheO, lo.data());
            if (r.ok() && variant) {
                lv.resize(lo.size());
                cacheV.length = 0;
                r = variant->forward(tokens, cacheV, lv.data());
            }
            if (!r.ok()) {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = r.error();
                return;
            }
            WindowResult &wr = results[std::size_t(k)];
            for (int i = 0; i < n; ++i) {
                const int target = std::uint8_t(text[qsizetype(start + i + 1)]);
                const float *ro = lo.data() + std::size_t(i) * std::size_t(vocab);
                logSoftmax(ro, vocab, po);
                wr.nll -= po[std::size_t(target)];
                if (variant) {
                    const float *rv = lv.data() + std::size_t(i) * std::size_t(vocab);
                    logSoftmax(rv, vocab, pv);
                    wr.variantNll -= pv[std::size_t(target)];
                    double kl = 0.0;
                    for (int j = 0; j < vocab; ++j)
                        kl += std::exp(po[std::size_t(j)]) * (po[std::size_t(j)] - pv[std::size_t(j)]);
                    wr.kl.push_back(std::max(0.0, kl));
                    wr.sameTop += argmax(ro, vocab) == argmax(rv, vocab);
                    wr.sums.add(ro, rv, std::size_t(vocab));
                }
            }
            ctx.setProgress(double(++done) / double(windows),
                            QCoreApplication::translate("pare::core", "window %1 of %2").arg(done.load()).arg(windows));
        }
    }, ctx);
    if (failure)
        return *failure;
    if (!finished || ctx.isCanceled())
        return Error::canceled();

    LmEvalResult out;
    out.predictions = predictions;
    out.windows = windows;
    out.window = w;
    double nll = 0, vnll = 0;
    std::int64_t same = 0;
    Sums sums;
    std::vector<double> kls;
    if (variant)
        kls.reserve(std::size_t(predictions));
    for (const WindowResult &wr : results) {
        nll += wr.nll;
        vnll += wr.variantNll;
        same += wr.sameTop;
        sums.merge(wr.sums);
        kls.insert(kls.end(), wr.kl.begin(), wr.kl.end());
    }
    out.meanNll = nll / double(predictions);
    out.bitsPerByte = out.meanNll / std::log(2.0);
    out.perplexity = std::exp(out.meanNll);
    if (variant) {
        out.compared = true;
        out.variantMeanNll = vnll / double(predictions);
        out.variantPerplexity = std::exp(out.variantMeanNll);
        out.sameTopRate = double(same) / double(predictions);
        double sumKl = 0;
        for (double v : kls)
            sumKl += v;
        out.meanKl = sumKl / double(kls.size());
        // Nearest-rank 99th percentile.
        const std::size_t rank = std::size_t(std::ceil(0.99 * double(kls.size()))) - 1;
        std::nth_element(kls.begin(), kls.begin() + long(rank), kls.end());
        out.p99Kl = kls[rank];
        out.maxKl = *std::max_element(kls.begin(), kls.end());
        out.logits = sums.agreement();
    }
    return out;
}

Result<ClassifierEvalResult> evaluateClassifier(const GraphExecutor &original, const GraphExecutor *variant,
                                                const GTensor &inputs, const std::vector<std::int64_t> &labels,
                                                std::int64_t batchSize, JobContext &ctx)
{
    if (batchSize <= 0)
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "batch size must be positive, got %1").arg(batchSize)};
    const std::int64_t n = inputs.shape.empty() ? 0 : inputs.shape[0];
    if (n <= 0)
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "no examples to evaluate")};
    if (!labels.empty() && std::int64_t(labels.size()) != n)
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "%1 labels for %n example(s)", nullptr, int(n)).arg(labels.size())};
    JobContext first = ctx.subRange(0.0, variant ? 0.5 : 1.0);
    auto yo = original.runBatched(inputs, batchSize, first);
    if (!yo)
        return yo.error();
    const std::int64_t classes = yo->numel() / n;
    if (classes < 1 || yo->shape.empty() || yo->shape[0] != n)
        return Error{ErrorCode::Unsupported, QCoreApplication::translate("pare::core", "model output %1 is not one score row per example").arg(shapeToString(yo->shape))};
    ClassifierEvalResult r;
    r.examples = n;
    r.labelled = !labels.empty();
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t p = argmax(yo->data.data() + i * classes, int(classes));
        r.predictions.push_back(p);
        if (r.labelled) {
            if (labels[std::size_t(i)] >= classes)
                return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "label %1 of example %2 is not below the model's %3 classes")
                        .arg(argText(labels[std::size_t(i)]), argText(i), argText(classes))};
            r.correct += p == labels[std::size_t(i)];
        }
    }
    r.accuracy = r.labelled ? double(r.correct) / double(n) : 0.0;
    if (variant) {
        JobContext second = ctx.subRange(0.5, 1.0);
        auto yv = variant->runBatched(inputs, batchSize, second);
        if (!yv)
            return yv.error();
        if (yv->shape != yo->shape)
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "variant output %1 differs from the original's %2").arg(shapeToString(yv->shape), shapeToString(yo->shape))};
        r.compared = true;
        std::int64_t agree = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int64_t p = argmax(yv->data.data() + i * classes, int(classes));
            agree += p == r.predictions[std::size_t(i)];
            if (r.labelled)
                r.variantCorrect += p == labels[std::size_t(i)];
        }
        r.top1Agreement = double(agree) / double(n);
        r.variantAccuracy = r.labelled ? double(r.variantCorrect) / double(n) : 0.0;
        r.outputs = compareOutputs(yo->data, yv->data);
    }
    ctx.setProgress(1.0);
    return r;
}

QJsonObject LmEvalResult::toJson() const
{
    QJsonObject o{{QStringLiteral("predictions"), qint64(predictions)},
                  {QStringLiteral("windows"), qint64(windows)},
                  {QStringLiteral("window"), window},
                  {QStringLiteral("mean_nll_nats_per_byte"), meanNll},
                  {QStringLiteral("bits_per_byte"), bitsPerByte},
                  {QStringLiteral("perplexity"), perplexity}};
    if (compared) {
        o.insert(QStringLiteral("variant_mean_nll_nats_per_byte"), variantMeanNll);
        o.insert(QStringLiteral("variant_perplexity"), variantPerplexity);
        o.insert(QStringLiteral("kl_mean"), meanKl);
        o.insert(QStringLiteral("kl_p99"), p99Kl);
        o.insert(QStringLiteral("kl_max"), maxKl);
        o.insert(QStringLiteral("same_top_rate"), sameTopRate);
        o.insert(QStringLiteral("logits_relative_error"), logits.relativeError);
        o.insert(QStringLiteral("logits_cosine"), logits.cosine);
    }
    return o;
}

QJsonObject ClassifierEvalResult::toJson() const
{
    QJsonObject o{{QStringLiteral("examples"), qint64(examples)}, {QStringLiteral("labelled"), labelled}};
    if (labelled) {
        o.insert(QStringLiteral("correct"), qint64(correct));
        o.insert(QStringLiteral("accuracy"), accuracy);
    }
    if (compared) {
        if (labelled) {
            o.insert(QStringLiteral("variant_correct"), qint64(variantCorrect));
            o.insert(QStringLiteral("variant_accuracy"), variantAccuracy);
        }
        o.insert(QStringLiteral("top1_agreement"), top1Agreement);
        o.insert(QStringLiteral("output_relative_error"), outputs.relativeError);
        o.insert(QStringLiteral("output_cosine"), outputs.cosine);
    }
    return o;
}

} // namespace pare::core
