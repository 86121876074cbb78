// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivity.h"

#include "common/argtext.h"
#include "compress/compressor.h"
#include "compress/plan.h"
#include "compress/weightmatrix.h"
#include "runtime/datasets.h"
#include "runtime/decoder.h"
#include "runtime/decoderweights.h"
#include "runtime/evaluator.h"
#include "runtime/graphexecutor.h"
#include "runtime/kernels.h"
#include "runtime/latencybench.h"
#include "runtime/weightoverrides.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <map>

namespace pare::core {

// ---------------------------------------------------------------------------------------------
// The sweep (options and the table's file form: sensitivitytable.cpp)

namespace {

QString sweepSetupKey(const Model &model, const SweepOptions &options)
{
    QStringList parts{QStringLiteral("latency=%1").arg(options.measureLatency ? u"measured" : u"model")};
    if (options.level != DamageLevel::Weight) {
        const QString data = options.dataPath.isEmpty() ? bundledEvalData(model.path) : options.dataPath;
        const QFileInfo fi(data);
        parts << QStringLiteral("data=%1:%2:%3")
                         .arg(argText(fi.absoluteFilePath()), argText(fi.size()),
                              argText(fi.lastModified().toMSecsSinceEpoch()));
    }
    if (options.level == DamageLevel::EndToEnd)
        parts << QStringLiteral("labels=%1").arg(options.labelsPath)
              << QStringLiteral("bytes=%1").arg(options.maxEvalBytes)
              << QStringLiteral("examples=%1").arg(options.maxExamples);
    if (options.level == DamageLevel::Output)
        parts << QStringLiteral("calibration=%1").arg(model.graph && !DecoderWeights::supports(model)
                                                               ? options.calibrationExamples
                                                               : options.calibrationTokens)
              << QStringLiteral("grams=%1").arg(options.grams ? u"given" : u"calibrated")
              << QStringLiteral("gain=%1").arg(options.propagationGain ? u"on" : u"off");
    return parts.join(QLatin1Char(';'));
}

} // namespace

Result<SensitivityTable> prepareSensitivity(const Model &model, const SweepOptions &options)
{
    if (options.options.empty() || !options.options.front().isKeep())
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "solver options: the first option must be 'keep'")};
    Recipe probe;
    probe.defaults.quantize = QJsonObject{{QStringLiteral("bits"), 8}};
    auto resolved = resolvePlan(probe, model);
    if (!resolved.ok())
        return resolved.error();
    SensitivityTable t;
    t.modelPath = model.path;
    t.level = options.level;
    t.options = options.options;
    t.setup = sweepSetupKey(model, options);
    for (const Tensor &tensor : model.tensors)
        t.modelBytes += tensor.byteSize();
    std::int64_t candidateBytes = 0;
    for (const LayerPlan &p : resolved->plans) {
        if (!p.changesWeights())
            continue;
        const Layer &layer = model.layers[std::size_t(p.layer)];
        const Tensor *w = model.weightOf(layer);
        if (!w || w->shape().size() < 2 || layer.tiedTo)
            continue;
        SensitivityLayer l;
        l.layer = p.layer;
        l.name = layer.name;
        l.op = opKindName(layer.op);
        l.rows = layer.outFeatures(*w);
        l.cols = layer.inFeatures(*w);
        l.parameters = w->numel();
        l.originalBytes = w->byteSize();
        if (const Tensor *b = model.biasOf(layer)) {
            l.parameters += b->numel();
            l.originalBytes += b->byteSize();
        }
        l.cells.resize(t.options.size());
        candidateBytes += l.originalBytes;
        t.layers.push_back(l);
    }
    if (t.layers.empty())
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: no layer the solver could compress (Dense or Conv weights)").arg(model.path)};
    t.fixedBytes = t.modelBytes - candidateBytes;
    switch (options.level) {
    // English source text, translated where it is shown (damageUnitText).
    case DamageLevel::Weight: t.damageUnit = QString::fromUtf8(QT_TRANSLATE_NOOP("pare::core", "relative error² × parameters")); break;
    case DamageLevel::Output:
        t.damageUnit = QString::fromUtf8(QT_TRANSLATE_NOOP("pare::core", "output error² (≈ relative × parameters)"));
        break;
    case DamageLevel::EndToEnd:
        t.damageUnit = QString::fromUtf8(model.graph ? QT_TRANSLATE_NOOP("pare::core", "accuracy drop + output error²")
                                                     : QT_TRANSLATE_NOOP("pare::core", "KL divergence, nats"));
        break;
    }
    return t;
}

namespace {

bool sameSetup(const SensitivityTable &a, const SensitivityTable &b)
{
    if (a.modelPath != b.modelPath || a.level != b.level || a.setup != b.setup
        || a.options.size() != b.options.size()
        || a.layers.size() != b.layers.size())
        return false;
    for (std::size_t i = 0; i < a.options.size(); ++i)
        if (a.options[i].toJson() != b.options[i].toJson())
            return false;
    for (std::size_t i = 0; i < a.layers.size(); ++i)
        if (a.layers[i].name != b.layers[i].name || a.layers[i].originalBytes != b.layers[i].originalBytes)
            return false;
    return true;
}

// Runs the whole model, original against a variant given as weight overrides.
class EndToEnd
{
public:
    static Result<std::unique_ptr<EndToEnd>> create(const std::shared_ptr<const Model> &model,
                                                    const SweepOptions &options, SensitivityTable &table)
    {
        auto e = std::unique_ptr<EndToEnd>(new EndToEnd);
        e->m_model = model;
        const QString data = options.dataPath.isEmpty() ? bundledEvalData(model->path) : options.dataPath;
        if (data.isEmpty())
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: end-to-end damage needs evaluation data (none given, not a demo model)")
                             .arg(model->path)};
        if (model->graph) {
            const QStringList unsupported = GraphExecutor::unsupportedOperators(*model->graph);
            if (!unsupported.isEmpty())
                return Error{ErrorCode::Unsupported, QCoreApplication::translate("pare::core", "%1: cannot execute operators %2")
                                                         .arg(model->path, unsupported.join(QStringLiteral(", ")))};
            auto original = GraphExecutor::create(model);
            if (!original.ok())
                return original.error();
            auto dataset = loadDataset(data, options.labelsPath);
            if (!dataset.ok())
                return dataset.error();
            auto inputs = prepareInputs(*dataset, original->input(), original->channelsLast(), Preprocess{});
            if (!inputs.ok())
                return inputs.error();
            e->m_inputs = std::move(inputs).value();
            e->m_labels = dataset->labels;
            const std::int64_t n = e->m_inputs.shape.empty() ? 0 : e->m_inputs.shape[0];
            if (options.maxExamples > 0 && options.maxExamples < n) {
                const std::int64_t per = e->m_inputs.numel() / std::max<std::int64_t>(1, n);
                e->m_inputs.shape[0] = options.maxExamples;
                e->m_inputs.data.resize(std::size_t(per * options.maxExamples));
                if (!e->m_labels.empty())
                    e->m_labels.resize(std::size_t(options.maxExamples));
            }
            e->m_graph.emplace(std::move(original).value());
            const int examples = int(e->m_inputs.shape[0]);
            table.data = QCoreApplication::translate("pare::core", "%1 (%n example(s))", nullptr, examples)
                                 .arg(QFileInfo(data).fileName());
            return e;
        }
        auto weights = DecoderWeights::fromModel(*model);
        if (!weights.ok())
            return Error{weights.error().code,
                         QCoreApplication::translate("pare::core", "not executable here: %1").arg(weights.error().message)};
        auto text = loadText(data);
        if (!text.ok())
            return text.error();
        e->m_text = std::move(text).value();
        e->m_lm.maxBytes = options.maxEvalBytes;
        e->m_decoder.emplace(std::make_shared<const DecoderWeights>(std::move(weights).value()));
        if (auto r = e->prepareLm(); !r.ok())
            return r.error();
        table.data = options.maxEvalBytes > 0
                         ? QCoreApplication::translate("pare::core", "%1 (first %2 bytes)")
                                 .arg(argText(QFileInfo(data).fileName()),
                                      argText(options.maxEvalBytes))
                         : QFileInfo(data).fileName();
        return e;
    }

    // `continuous`: classifiers leave the accuracy drop out (a step function of the error, too
    // coarse on a few hundred examples to compare layers by) and give the output error² alone.
    Result<double> damage(const WeightOverrides &overrides, JobContext &ctx, bool continuous = false) const
    {
        if (m_graph) {
            auto variant = GraphExecutor::create(m_model, &overrides);
            if (!variant.ok())
                return variant.error();
            auto r = evaluateClassifier(*m_graph, &variant.value(), m_inputs, m_labels, 64, ctx);
            if (!r.ok())
                return r.error();
            const double drop = r->labelled ? r->accuracy - r->variantAccuracy : 1.0 - r->top1Agreement;
            return (continuous ? 0.0 : drop) + r->outputs.relativeError * r->outputs.relativeError;
        }
        auto weights = DecoderWeights::fromModel(*m_model, &overrides);
        if (!weights.ok())
            return weights.error();
        const Decoder variant(std::make_shared<const DecoderWeights>(std::move(weights).value()));
        // KL(original ‖ variant) of the next-byte distribution, the original's log-probabilities
        // computed once (the same windows as evaluateLanguageModel: non-overlapping, from 0).
        std::vector<double> lv;
        double kl = 0;
        std::int64_t positions = 0;
        for (std::size_t k = 0; k < m_windows.size(); ++k) {
            if (ctx.isCanceled())
                return Error::canceled();
            auto logits = variant.logits(m_windows[k]);
            if (!logits.ok())
                return logits.error();
            const int n = int(m_windows[k].size());
            for (int i = 0; i < n; ++i) {
                logSoftmax(logits->data() + std::size_t(i) * std::size_t(m_vocab), m_vocab, lv);
                const double *lo = m_originalLogProbs[k].data() + std::size_t(i) * std::size_t(m_vocab);
                double d = 0;
                for (int j = 0; j < m_vocab; ++j)
                    d += std::exp(lo[j]) * (lo[j] - lv[std::size_t(j)]);
                kl += std::max(0.0, d);
                ++positions;
            }
        }
        return positions > 0 ? kl / double(positions) : 0.0;
    }

    static void logSoftmax(const float *x, int n, std::vector<double> &out)
    {
        out.resize(std::size_t(n));
        double mx = -1e300;
        for (int j = 0; j < n; ++j)
            mx = std::max(mx, double(x[j]));
        double sum = 0;
        for (int j = 0; j < n; ++j)
            sum += std::exp(double(x[j]) - mx);
        const double lse = mx + std::log(sum);
        for (int j = 0; j < n; ++j)
            out[std::size_t(j)] = double(x[j]) - lse;
    }

    Result<void> prepareLm()
    {
        const DecoderConfig &c = m_decoder->config();
        m_vocab = c.vocab;
        const int w = std::max(1, std::min(c.context > 0 ? c.context : 1024, 1024));
        const std::int64_t length = m_lm.maxBytes > 0 ? std::min<std::int64_t>(m_lm.maxBytes, m_text.size()) : m_text.size();
        if (length < 2)
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "evaluation text: at least 2 bytes are needed")};
        std::vector<double> lp;
        for (std::int64_t start = 0; start < length - 1; start += w) {
            const std::int64_t stop = std::min<std::int64_t>(start + w, length - 1);
            std::vector<std::int32_t> tokens;
            for (std::int64_t i = start; i < stop; ++i)
                tokens.push_back(std::uint8_t(m_text[qsizetype(i)]));
            auto logits = m_decoder->logits(tokens);
            if (!logits.ok())
                return logits.error();
            std::vector<double> all(tokens.size() * std::size_t(m_vocab));
            for (std::size_t i = 0; i < tokens.size(); ++i) {
                logSoftmax(logits->data() + i * std::size_t(m_vocab), m_vocab, lp);
                std::copy(lp.begin(), lp.end(), all.begin() + std::ptrdiff_t(i * std::size_t(m_vocab)));
            }
            m_windows.push_back(std::move(tokens));
            m_originalLogProbs.push_back(std::move(all));
        }
        return {};
    }

private:
    std::shared_ptr<const Model> m_model;
    std::optional<GraphExecutor> m_graph;
    GTensor m_inputs;
    std::vector<std::int64_t> m_labels;
    std::optional<Decoder> m_decoder;
    QByteArray m_text;
    LmEvalOptions m_lm;
    int m_vocab = 0;
    std::vector<std::vector<std::int32_t>> m_windows;
    std::vector<std::vector<double>> m_originalLogProbs;
};

LayerPlan optionPlan(const SensitivityLayer &l, const SolveOption &o);
std::vector<LayerPlan> keepAll(const Model &model);

// Output-level damage: the layer's output error on calibration inputs X, ‖(W − Ŵ) Xᵀ‖²_F per
// input row, divided by the model's output energy per parameter (Σ‖W Xᵀ‖² per row ÷ Σ
// parameters). For a layer of typical output energy that is its relative output error² ×
// parameters — the weight level's unit — while a layer fed larger (or correlated) inputs along
// its error weighs more than its weight error alone says.
class OutputDamage
{
public:
    static Result<std::unique_ptr<OutputDamage>> create(const std::shared_ptr<const Model> &model,
                                                        const SweepOptions &options, SensitivityTable &table,
                                                        JobContext &ctx)
    {
        auto o = std::unique_ptr<OutputDamage>(new OutputDamage);
        o->m_model = model;
        if (options.grams) {
            o->m_grams = *options.grams;
            if (table.data.isEmpty())
                table.data = QCoreApplication::translate("pare::core", "given input statistics");
        } else {
            if (!canCalibrate(*model))
                return Error{ErrorCode::Unsupported,
                             QCoreApplication::translate(
                                     "pare::core",
                                     "%1: output-level damage needs each layer's calibration inputs, which Pare records "
                                     "for transformer decoders (GPT-2, Llama) and executable graph models (ONNX, "
                                     "Keras) only; use --damage weight or e2e")
                                 .arg(model->path)};
            const QString data = options.dataPath.isEmpty() ? bundledEvalData(model->path) : options.dataPath;
            if (data.isEmpty())
                return Error{ErrorCode::InvalidArgument,
                             model->graph ? QCoreApplication::translate("pare::core",
                                                                        "%1: output-level damage needs calibration "
                                                                        "examples (--data FILE): none given and not a "
                                                                        "demo model").arg(model->path)
                                          : QCoreApplication::translate("pare::core",
                                                                        "%1: output-level damage needs calibration text "
                                                                        "(--data TEXT): none given and not a demo model")
                                                    .arg(model->path)};
            GramOptions go = options.gram;
            go.calibration.maxTokens = options.calibrationTokens;
            go.calibration.maxExamples = options.calibrationExamples;
            JobContext sub = ctx.subRange(0.0, 0.05);
            auto grams = calibrateInputGramsFromFile(*model, data, options.preprocess, go, sub);
            if (!grams.ok())
                return grams.error();
            o->m_grams = std::move(grams).value();
            std::int64_t samples = 0;
            for (const auto &g : o->m_grams)
                samples = g ? std::max(samples, g->samples) : samples;
            if (model->graph && !DecoderWeights::supports(*model))
                table.data = QCoreApplication::translate("pare::core", "%1 (up to its last %2 examples, calibration)")
                                     .arg(argText(QFileInfo(data).fileName()),
                                          argText(options.calibrationExamples));
            else
                table.data = QCoreApplication::translate("pare::core", "%1 (first %2 bytes, calibration)")
                                     .arg(argText(QFileInfo(data).fileName()), argText(samples));
        }
        if (o->m_grams.size() != model->layers.size())
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "output-level damage: %1 input statistics for %2 layers")
                             .arg(o->m_grams.size()).arg(model->layers.size())};
        double energy = 0, params = 0;
        QStringList missing, diagonal;
        for (const SensitivityLayer &l : table.layers) {
            const auto &g = o->m_grams[std::size_t(l.layer)];
            if (!g || g->cols != l.cols || g->samples <= 0) {
                missing << l.name;
                continue;
            }
            if (!g->hasFull())
                diagonal << l.name;
            auto w = o->matrix(l);
            if (!w.ok())
                return w.error();
            energy += outputSquaredError(w->values.data(), w->rows, *g) / double(g->samples);
            params += double(l.parameters);
        }
        if (!(energy > 0) || !(params > 0))
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "%1: output-level damage: no layer has calibration inputs with any energy")
                             .arg(model->path)};
        o->m_energyPerParameter = energy / params;
        auto note = [&table](const QString &n) {
            if (!table.notes.contains(n)) // a resumed sweep creates this again
                table.notes << n;
        };
        if (!missing.isEmpty())
            note(QCoreApplication::translate("pare::core", "no calibration inputs for %1: weight-level damage used there")
                     .arg(missing.join(QStringLiteral(", "))));
        if (!diagonal.isEmpty())
            note(QCoreApplication::translate("pare::core", "input Gram matrix too large for %1: its diagonal only (columns "
                                                          "taken as uncorrelated)").arg(diagonal.join(QStringLiteral(", "))));
        if (!options.grams && options.propagationGain) {
            JobContext sub = ctx.subRange(0.05, 0.1);
            PARE_TRY_VOID(o->measureGains(options, table, sub));
        }
        return o;
    }

    // How far each layer's output error travels: one probe option per layer, its end-to-end
    // damage on the calibration data over its output damage. Every option's output damage on
    // that layer is then scaled by the layer's gain — the output error's shape across options,
    // the end-to-end level's scale across layers, for one model run per layer.
    Result<void> measureGains(const SweepOptions &options, SensitivityTable &table, JobContext &ctx)
    {
        int probe = -1;
        for (std::size_t i = 1; i < table.options.size() && probe < 0; ++i)
            if (table.options[i].id == QLatin1String("int4"))
                probe = int(i);
        for (std::size_t i = 1; i < table.options.size() && probe < 0; ++i)
            if (!table.options[i].isKeep())
                probe = int(i);
        if (probe < 0)
            return {};
        SweepOptions e2eOptions = options;
        e2eOptions.level = DamageLevel::EndToEnd;
        e2eOptions.maxEvalBytes = options.calibrationTokens;
        e2eOptions.maxExamples = options.calibrationExamples;
        SensitivityTable scratch;
        auto e2e = EndToEnd::create(m_model, e2eOptions, scratch);
        if (!e2e.ok())
            return e2e.error();
        std::vector<LayerPlan> plans = keepAll(*m_model);
        for (const SensitivityLayer &l : table.layers)
            plans[std::size_t(l.layer)] = optionPlan(l, table.options[std::size_t(probe)]);
        JobContext quiet(nullptr, nullptr, [&ctx] { return ctx.isCanceled(); });
        auto variant = compressModel(*m_model, plans, quiet);
        if (!variant.ok())
            return {}; // the probe does not apply everywhere: no gains (plain output damage)
        std::vector<double> layerGain(m_model->layers.size(), 0.0), gains;
        for (std::size_t i = 0; i < table.layers.size(); ++i) {
            const SensitivityLayer &l = table.layers[i];
            const CompressedLayer &c = variant->layers[std::size_t(l.layer)];
            auto out = damage(l, c);
            if (!out.ok())
                return out.error();
            Variant only;
            only.layers.push_back(c);
            auto overrides = overridesFromVariant(*m_model, only);
            if (!overrides.ok())
                return overrides.error();
            auto end = (*e2e)->damage(overrides.value(), quiet, true);
            if (!end.ok())
                return end.error();
            if (*out > 0 && *end > 0) {
                layerGain[std::size_t(l.layer)] = *end / *out;
                gains.push_back(*end / *out);
            }
            ctx.setProgress(double(i + 1) / double(table.layers.size()),
                            QCoreApplication::translate("pare::core", "Propagation gain of %1").arg(l.name));
        }
        if (gains.empty())
            return {};
        // Layers whose probe changed nothing measurable take the median gain.
        std::nth_element(gains.begin(), gains.begin() + std::ptrdiff_t(gains.size() / 2), gains.end());
        const double median = gains[gains.size() / 2];
        for (const SensitivityLayer &l : table.layers)
            if (!(layerGain[std::size_t(l.layer)] > 0))
                layerGain[std::size_t(l.layer)] = median;
        m_gain = std::move(layerGain);
        table.damageUnit = QString::fromUtf8(m_model->graph && !DecoderWeights::supports(*m_model)
                                                 ? QT_TRANSLATE_NOOP("pare::core", "output error² × propagation gain "
                                                                                   "(relative model output error²)")
                                                 : QT_TRANSLATE_NOOP("pare::core", "output error² × propagation gain "
                                                                                   "(KL divergence, nats)"));
        const QString n = QCoreApplication::translate("pare::core",
                                                      "output damage scaled per layer by its end-to-end damage over "
                                                      "its output damage for %1 (language models: on the calibration "
                                                      "text; graph models: on the data's first examples)")
                                  .arg(table.options[std::size_t(probe)].label);
        if (!table.notes.contains(n))
            table.notes << n;
        return {};
    }

    Result<double> damage(const SensitivityLayer &l, const CompressedLayer &c) const
    {
        const auto &g = m_grams[std::size_t(l.layer)];
        if (!g || g->cols != l.cols || g->samples <= 0 || !c.encoding)
            return c.error.relativeFrobenius * c.error.relativeFrobenius * double(l.parameters);
        auto w = matrix(l);
        if (!w.ok())
            return w.error();
        const std::vector<float> decoded = c.encoding->decode();
        if (decoded.size() != w->values.size())
            return Error{ErrorCode::Internal, QCoreApplication::translate("pare::core", "%1: decoded %2 values for a %3 × %4 weight")
                                                  .arg(argText(l.name), argText(decoded.size()),
                                                       argText(w->rows), argText(w->cols))};
        for (std::size_t i = 0; i < decoded.size(); ++i)
            w->values[i] -= decoded[i];
        const double gain = std::size_t(l.layer) < m_gain.size() ? m_gain[std::size_t(l.layer)] : 1.0;
        return gain * outputSquaredError(w->values.data(), w->rows, *g) / double(g->samples) / m_energyPerParameter;
    }

private:
    Result<WeightMatrix> matrix(const SensitivityLayer &l) const
    {
        const Layer &layer = m_model->layers[std::size_t(l.layer)];
        const Tensor *w = m_model->weightOf(layer);
        if (!w)
            return Error{ErrorCode::Internal, QCoreApplication::translate("pare::core", "%1: no weight").arg(l.name)};
        return toWeightMatrix(layer, *w);
    }

    std::shared_ptr<const Model> m_model;
    InputGrams m_grams;
    double m_energyPerParameter = 1;
    std::vector<double> m_gain; // per Model::layers entry; empty: no propagation gains
};

// Per-option latency: the option's real kernel (runtime/kernels.h) timed once per distinct
// (shape, kernel kind, packing) — layers of one shape share the measurement — warm, batch 1.
class OptionKernels
{
public:
    Result<double> measure(const SensitivityLayer &l, const EncodedTensor &e, JobContext &ctx)
    {
        PackOptions po;
        const KernelKind kind = kernelKindFor(e, &po);
        const QString key = QStringLiteral("%1x%2/%3/g%4/%5:%6/r%7")
                                .arg(argText(l.rows), argText(l.cols),
                                     argText(kernelKindName(kind)), argText(po.groupSize),
                                     argText(po.n), argText(po.m), argText(po.rank));
        if (const auto it = m_measured.find(key); it != m_measured.end())
            return it->second;
        if (m_bandwidth <= 0) {
            JobContext quiet(nullptr, nullptr, [&ctx] { return ctx.isCanceled(); });
            m_bandwidth = std::max(1e8, measureStreamingBandwidth(64 << 20, quiet));
        }
        const std::vector<float> decoded = e.decode();
        LatencyOptions lo;
        lo.repeats = 7;
        JobContext quiet(nullptr, nullptr, [&ctx] { return ctx.isCanceled(); });
        // The fastest kernel the encoding can run on, as the variant's latency is measured.
        auto t = benchEncoding(e, decoded.data(), l.rows, l.cols, lo, m_bandwidth, quiet);
        if (t.isCanceled())
            return t.error();
        if (!t.ok())
            return Error{t.error().code, QCoreApplication::translate("pare::core", "latency of %1 not measured: %2").arg(key, t.error().message)};
        m_measured[key] = t->stats.medianUs;
        return t->stats.medianUs;
    }

private:
    std::map<QString, double> m_measured;
    double m_bandwidth = 0;
};

LayerPlan optionPlan(const SensitivityLayer &l, const SolveOption &o)
{
    LayerPlan p;
    p.layer = l.layer;
    p.name = l.name;
    p.skip = false;
    p.reason = QCoreApplication::translate("pare::core", "solver option %1").arg(o.id);
    const MethodOverrides m = o.overridesFor(l.rows, l.cols);
    if (m.prune)
        p.prune = parsePruneSpec(*m.prune, QStringLiteral("prune")).value();
    if (m.quantize)
        p.quantize = parseQuantSpec(*m.quantize, QStringLiteral("quantize")).value();
    if (m.lowrank)
        p.lowrank = parseLowRankSpec(*m.lowrank, QStringLiteral("lowrank")).value();
    return p;
}

std::vector<LayerPlan> keepAll(const Model &model)
{
    std::vector<LayerPlan> plans(model.layers.size());
    for (std::size_t i = 0; i < plans.size(); ++i) {
        plans[i].layer = int(i);
        plans[i].name = model.layers[i].name;
        plans[i].skip = true;
        plans[i].reason = QCoreApplication::translate("pare::core", "not in this sweep step");
    }
    return plans;
}

} // namespace

Result<void> runSensitivity(const std::shared_ptr<const Model> &model, const SweepOptions &options,
                            SensitivityTable &table, JobContext &ctx)
{
    {
        auto fresh = prepareSensitivity(*model, options);
        if (!fresh.ok())
            return fresh.error();
        if (!sameSetup(table, fresh.value())) {
            table = std::move(fresh).value();
            if (!options.cachePath.isEmpty() && QFileInfo::exists(options.cachePath)) {
                auto cached = SensitivityTable::fromFile(options.cachePath);
                if (cached.ok() && sameSetup(cached.value(), table)) {
                    table = std::move(cached).value();
                    const int cells = table.cellsTotal();
                    ctx.info(QCoreApplication::translate("pare::core", "Resuming the sweep from %1 (%2 of %n cell(s) done)",
                                                         nullptr, cells)
                                 .arg(argText(options.cachePath), argText(table.cellsDone())));
                }
            }
        }
    }
    auto save = [&]() -> Result<void> {
        if (options.cachePath.isEmpty())
            return {};
        return table.saveToFile(options.cachePath);
    };

    // Latency of the original layers: measured kernels, or a bandwidth model.
    bool needLatency = false;
    for (const SensitivityLayer &l : table.layers)
        needLatency = needLatency || l.originalLatencyUs < 0;
    bool kernelsTimed = false;
    if (needLatency) {
        ctx.setProgress(0.0, QCoreApplication::translate("pare::core", "Latency of the original layers"));
        std::map<QString, double> measured;
        if (options.measureLatency) {
            LatencyOptions lo;
            lo.repeats = 7;
            JobContext sub = ctx.subRange(0.0, 0.05);
            auto bench = benchLayers(*model, nullptr, lo, sub);
            if (bench.isCanceled())
                return Error::canceled();
            if (bench.ok())
                for (const LayerLatency &l : bench.value())
                    measured[l.layer] = l.original.stats.medianUs;
            else
                table.notes << QCoreApplication::translate("pare::core", "latency not measured: %1").arg(bench.error().message);
        }
        JobContext bwCtx = ctx.subRange(0.05, 0.05);
        const double bandwidth = std::max(1e8, measureStreamingBandwidth(64 << 20, bwCtx));
        bool anyMeasured = false;
        for (SensitivityLayer &l : table.layers) {
            if (auto it = measured.find(l.name); it != measured.end()) {
                l.originalLatencyUs = it->second;
                anyMeasured = true;
            } else {
                l.originalLatencyUs = double(l.originalBytes) / bandwidth * 1e6;
            }
        }
        kernelsTimed = anyMeasured;
        table.latencySource = anyMeasured ? LatencySource{QString::fromUtf8(QT_TRANSLATE_NOOP(
                                                              "pare::core", "original kernel timed per layer; options scaled by bytes"))}
                                          : LatencySource::bandwidth(bandwidth / 1e9);
    }

    std::unique_ptr<EndToEnd> e2e;
    if (options.level == DamageLevel::EndToEnd) {
        auto created = EndToEnd::create(model, options, table);
        if (!created.ok())
            return created.error();
        e2e = std::move(created).value();
    }
    std::unique_ptr<OutputDamage> output;
    if (options.level == DamageLevel::Output && table.cellsDone() < table.cellsTotal()) {
        auto created = OutputDamage::create(model, options, table, ctx);
        if (!created.ok())
            return created.error();
        output = std::move(created).value();
    }

    OptionKernels kernels;
    // The bandwidth model stays named as such; a resumed sweep keeps its saved (final) source.
    if (options.measureLatency && kernelsTimed)
        table.latencySource = LatencySource{QString::fromUtf8(QT_TRANSLATE_NOOP(
            "pare::core", "kernels timed: each layer's original, and each option's kernel once per (shape, kernel) — "
                          "layers of one shape share the measurement"))};
    const int total = table.cellsTotal();
    int done = table.cellsDone();
    auto progress = [&](const QString &what) {
        ctx.setProgress(0.05 + 0.95 * double(done) / double(std::max(1, total)), what);
    };
    QElapsedTimer sinceSave;
    sinceSave.start();
    for (std::size_t oi = 0; oi < table.options.size(); ++oi) {
        const SolveOption &option = table.options[oi];
        std::vector<std::size_t> todo;
        for (std::size_t li = 0; li < table.layers.size(); ++li)
            if (!table.layers[li].cells[oi].done)
                todo.push_back(li);
        if (todo.empty())
            continue;
        if (ctx.isCanceled())
            return Error::canceled();
        if (option.isKeep()) {
            for (std::size_t li : todo) {
                SensitivityLayer &l = table.layers[li];
                l.cells[oi] = SensitivityCell{true, l.originalBytes, l.originalLatencyUs, 0.0, 0.0, {}};
                ++done;
            }
            continue;
        }
        progress(QCoreApplication::translate("pare::core", "Compressing every layer: %1").arg(option.label));
        // All pending layers with this option in one parallel compression (options are per-layer:
        // no global pruning, no channel coupling), then damage per layer.
        std::vector<LayerPlan> plans = keepAll(*model);
        for (std::size_t li : todo)
            plans[std::size_t(table.layers[li].layer)] = optionPlan(table.layers[li], option);
        JobContext quiet(nullptr, nullptr, [&ctx] { return ctx.isCanceled(); });
        auto variant = compressModel(*model, plans, quiet);
        if (variant.isCanceled()) {
            PARE_TRY_VOID(save());
            return Error::canceled();
        }
        // On failure one layer may not take this option: the loop compresses them one by one.
        for (std::size_t li : todo) {
            if (ctx.isCanceled()) {
                PARE_TRY_VOID(save());
                return Error::canceled();
            }
            SensitivityLayer &l = table.layers[li];
            SensitivityCell cell;
            CompressedLayer compressed;
            if (variant.ok()) {
                compressed = variant->layers[std::size_t(l.layer)];
            } else {
                std::vector<LayerPlan> one = keepAll(*model);
                one[std::size_t(l.layer)] = plans[std::size_t(l.layer)];
                auto single = compressModel(*model, one, quiet);
                if (!single.ok()) {
                    cell.done = true;
                    cell.note = single.error().message;
                    l.cells[oi] = cell;
                    ++done;
                    continue;
                }
                compressed = single->layers[std::size_t(l.layer)];
            }
            cell.bytes = compressed.bytes;
            cell.relativeError = compressed.error.relativeFrobenius;
            cell.latencyUs = l.originalBytes > 0 ? l.originalLatencyUs * double(cell.bytes) / double(l.originalBytes)
                                                 : l.originalLatencyUs;
            if (options.measureLatency && compressed.encoding) {
                auto us = kernels.measure(l, *compressed.encoding, ctx);
                if (us.isCanceled() || ctx.isCanceled()) {
                    PARE_TRY_VOID(save());
                    return Error::canceled();
                }
                if (us.ok())
                    cell.latencyUs = us.value();
                else if (!table.notes.contains(us.error().message))
                    table.notes << us.error().message;
            }
            if (e2e) {
                Variant only;
                only.layers.push_back(compressed);
                auto overrides = overridesFromVariant(*model, only);
                if (!overrides.ok())
                    return overrides.error();
                JobContext evalCtx(nullptr, nullptr, [&ctx] { return ctx.isCanceled(); });
                auto d = e2e->damage(overrides.value(), evalCtx);
                if (d.isCanceled() || ctx.isCanceled()) {
                    PARE_TRY_VOID(save());
                    return Error::canceled();
                }
                if (!d.ok())
                    return d.error();
                cell.damage = d.value();
            } else if (output) {
                auto d = output->damage(l, compressed);
                if (!d.ok())
                    return d.error();
                cell.damage = d.value();
            } else {
                cell.damage = cell.relativeError * cell.relativeError * double(l.parameters);
            }
            cell.done = true;
            l.cells[oi] = cell;
            ++done;
            progress(QStringLiteral("%1: %2").arg(l.name, option.label));
            if (e2e && sinceSave.elapsed() > 2000) {
                PARE_TRY_VOID(save());
                sinceSave.restart();
            }
        }
        PARE_TRY_VOID(save());
        sinceSave.restart();
    }
    PARE_TRY_VOID(save());
    ctx.setProgress(1.0, QCoreApplication::translate("pare::core", "Sensitivity sweep done"));
    return {};
}

} // namespace pare::core
