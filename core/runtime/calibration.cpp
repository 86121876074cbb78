// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibration.h"

#include "runtime/decoder.h"
#include "runtime/graphexecutor.h"

#include <QCoreApplication>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <memory>

namespace pare::core {

namespace {

using RowMatF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Layers (by role within a block) whose input is the given linear map's input.
struct Slot
{
    const LinearWeights *linear;
    int block; // -1: after the blocks (the output head)
    std::vector<const char *> roles;
};

struct Calibration
{
    std::shared_ptr<const DecoderWeights> weights;
    std::vector<Slot> slots;
};

Result<Calibration> prepare(const Model &model)
{
    if (!DecoderWeights::supports(model))
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core",
                                                     "%1: calibration runs transformer decoders (GPT-2, Llama) and "
                                                     "graph models Pare can execute (ONNX, Keras) only")
                             .arg(model.path));
    auto weights = DecoderWeights::fromModel(model);
    if (!weights)
        return weights.error();
    Calibration c;
    c.weights = std::make_shared<const DecoderWeights>(std::move(*weights));
    for (int b = 0; b < int(c.weights->blocks.size()); ++b) {
        const DecoderBlock &blk = c.weights->blocks[std::size_t(b)];
        c.slots.push_back({&blk.qkv, b, {"attn.qkv", "attn.q", "attn.k", "attn.v"}});
        c.slots.push_back({&blk.proj, b, {"attn.o"}});
        c.slots.push_back({&blk.up, b, {"mlp.up", "mlp.gate", "mlp.gate_up"}});
        c.slots.push_back({&blk.down, b, {"mlp.down"}});
    }
    c.slots.push_back({&c.weights->head, -1, {"lm_head"}});
    return c;
}

// Runs the decoder over the tokens with the observer installed (Llama's gate has the same input
// as up and is not a slot: observers ignore linear maps they do not know).
Result<void> feed(const Calibration &c, std::span<const std::int32_t> tokens, const CalibrationOptions &options,
                  const LinearInputObserver &observer, JobContext &ctx)
{
    const Decoder decoder(c.weights);
    const std::int64_t total = options.maxTokens > 0 ? std::min<std::int64_t>(options.maxTokens, std::int64_t(tokens.size()))
                                                     : std::int64_t(tokens.size());
    if (total <= 0)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "calibration: no tokens to run"));
    const int context = decoder.config().context;
    const int window = std::max(1, options.window > 0 ? std::min(options.window, context) : context);
    const ScopedLinearInputObserver scope(&observer);
    for (std::int64_t at = 0; at < total; at += window) {
        if (ctx.isCanceled())
            return Error::canceled();
        const std::int64_t n = std::min<std::int64_t>(window, total - at);
        auto logits = decoder.logits(tokens.subspan(std::size_t(at), std::size_t(n)));
        if (!logits)
            return logits.error();
        ctx.setProgress(double(at + n) / double(total), QCoreApplication::translate("pare::core", "Calibrating"));
    }
    return {};
}

// The Model::layers entries a slot's input feeds (its width must match the layer's inputs).
std::vector<std::size_t> layersOf(const Model &model, const Slot &s)
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < model.layers.size(); ++i) {
        const Layer &l = model.layers[i];
        if (l.weight < 0 || l.op != OpKind::Dense || (s.block >= 0 && l.block != s.block))
            continue;
        if (std::none_of(s.roles.begin(), s.roles.end(), [&](const char *r) { return l.role == QLatin1String(r); }))
            continue;
        if (l.inFeatures(model.tensors[std::size_t(l.weight)]) == std::int64_t(s.linear->in))
            out.push_back(i);
    }
    return out;
}

std::vector<std::int32_t> byteTokens(const QByteArray &text)
{
    std::vector<std::int32_t> tokens(static_cast<std::size_t>(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i)
        tokens[std::size_t(i)] = std::int32_t(static_cast<unsigned char>(text[i]));
    return tokens;
}

} // namespace

Result<std::vector<std::vector<float>>> calibrateInputNorms(const Model &model, std::span<const std::int32_t> tokens,
                                                            const CalibrationOptions &options, JobContext &ctx)
{
    auto c = prepare(model);
    if (!c)
        return c.error();
    std::map<const LinearWeights *, std::vector<double>> sums;
    for (const Slot &s : c->slots)
        sums[s.linear].assign(std::size_t(s.linear->in), 0.0);

    const LinearInputObserver observer = [&](const LinearWeights &l, const float *x, int n) {
        const auto it = sums.find(&l);
        if (it == sums.end())
            return;
        std::vector<double> &acc = it->second;
        for (int t = 0; t < n; ++t) {
            const float *row = x + std::size_t(t) * std::size_t(l.in);
            for (int j = 0; j < l.in; ++j)
                acc[std::size_t(j)] += double(row[j]) * row[j];
        }
    };
    if (auto r = feed(*c, tokens, options, observer, ctx); !r)
        return r.error();

    std::vector<std::vector<float>> out(model.layers.size());
    for (const Slot &s : c->slots) {
        const std::vector<double> &acc = sums[s.linear];
        std::vector<float> norms(acc.size());
        std::transform(acc.begin(), acc.end(), norms.begin(), [](double v) { return float(std::sqrt(v)); });
        for (std::size_t i : layersOf(model, s))
            out[i] = norms;
    }
    return out;
}

Result<std::vector<std::vector<float>>> calibrateInputNorms(const Model &model, const QByteArray &text,
                                                            const CalibrationOptions &options, JobContext &ctx)
{
    const std::vector<std::int32_t> tokens = byteTokens(text);
    return calibrateInputNorms(model, std::span<const std::int32_t>(tokens), options, ctx);
}

Result<InputGrams> calibrateInputGrams(const Model &model, std::span<const std::int32_t> tokens,
                                       const GramOptions &options, JobContext &ctx)
{
    auto c = prepare(model);
    if (!c)
        return c.error();
    // Full matrices for the slots that feed a layer, narrowest first, while the cap allows.
    std::map<const LinearWeights *, std::shared_ptr<InputGram>> grams;
    std::map<const LinearWeights *, Eigen::MatrixXd> fulls;
    std::vector<const Slot *> used;
    for (const Slot &s : c->slots)
        if (!layersOf(model, s).empty() && !grams.count(s.linear)) {
            auto g = std::make_shared<InputGram>();
            g->cols = s.linear->in;
            g->diag.assign(std::size_t(g->cols), 0.0);
            grams[s.linear] = g;
            used.push_back(&s);
        }
    std::stable_sort(used.begin(), used.end(), [](const Slot *a, const Slot *b) { return a->linear->in < b->linear->in; });
    std::int64_t budget = options.maxGramBytes;
    for (const Slot *s : used) {
        const std::int64_t cols = s->linear->in;
        const std::int64_t bytes = cols * cols * std::int64_t(sizeof(double));
        if (cols > options.maxGramCols || bytes > budget)
            continue;
        budget -= bytes;
        fulls[s->linear] = Eigen::MatrixXd::Zero(Eigen::Index(cols), Eigen::Index(cols));
    }

    Eigen::MatrixXd batch;
    const LinearInputObserver observer = [&](const LinearWeights &l, const float *x, int n) {
        const auto it = grams.find(&l);
        if (it == grams.end())
            return;
        InputGram &g = *it->second;
        g.samples += n;
        for (int t = 0; t < n; ++t) {
            const float *row = x + std::size_t(t) * std::size_t(l.in);
            for (int j = 0; j < l.in; ++j)
                g.diag[std::size_t(j)] += double(row[j]) * row[j];
        }
        if (const auto f = fulls.find(&l); f != fulls.end()) {
            batch = Eigen::Map<const RowMatF>(x, n, l.in).cast<double>();
            f->second.selfadjointView<Eigen::Lower>().rankUpdate(batch.transpose());
        }
    };
    if (auto r = feed(*c, tokens, options.calibration, observer, ctx); !r)
        return r.error();

    InputGrams out(model.layers.size());
    for (const Slot &s : c->slots) {
        const auto it = grams.find(s.linear);
        if (it == grams.end())
            continue;
        if (const auto f = fulls.find(s.linear); f != fulls.end() && it->second->full.empty()) {
            Eigen::MatrixXd sym = f->second.selfadjointView<Eigen::Lower>();
            it->second->full.assign(sym.data(), sym.data() + sym.size()); // symmetric: any order
        }
        for (std::size_t i : layersOf(model, s))
            out[i] = it->second;
    }
    return out;
}

Result<InputGrams> calibrateInputGrams(const Model &model, const QByteArray &text, const GramOptions &options,
                                       JobContext &ctx)
{
    const std::vector<std::int32_t> tokens = byteTokens(text);
    return calibrateInputGrams(model, std::span<const std::int32_t>(tokens), options, ctx);
}

namespace {

// One group's ‖D Xᵀ‖² for D rows × cols, from its Gram (full: cols × cols, or null) or diagonal.
double groupError(const float *delta, std::int64_t rows, std::int64_t cols, const double *full, const double *diag)
{
    const Eigen::Map<const RowMatF> d(delta, Eigen::Index(rows), Eigen::Index(cols));
    if (full) {
        const Eigen::Map<const Eigen::MatrixXd> gram(full, Eigen::Index(cols), Eigen::Index(cols));
        // Row blocks keep the double copy small for tall layers.
        double sum = 0;
        constexpr Eigen::Index kBlock = 256;
        for (Eigen::Index r = 0; r < d.rows(); r += kBlock) {
            const Eigen::Index n = std::min(kBlock, d.rows() - r);
            const Eigen::MatrixXd block = d.middleRows(r, n).cast<double>();
            sum += (block * gram).cwiseProduct(block).sum();
        }
        return std::max(0.0, sum);
    }
    const Eigen::Map<const Eigen::VectorXd> dg(diag, Eigen::Index(cols));
    double sum = 0;
    for (Eigen::Index r = 0; r < d.rows(); ++r)
        sum += d.row(r).transpose().cast<double>().cwiseAbs2().dot(dg);
    return sum;
}

} // namespace

std::vector<double> InputGram::pooledDiagonal() const
{
    std::vector<double> out(std::size_t(std::max<std::int64_t>(0, cols)), 0.0);
    for (std::int64_t g = 0; g < groups; ++g)
        for (std::int64_t j = 0; j < cols && std::size_t(g * cols + j) < diag.size(); ++j)
            out[std::size_t(j)] += diag[std::size_t(g * cols + j)];
    return out;
}

double outputSquaredError(const float *delta, std::int64_t rows, const InputGram &g)
{
    if (rows <= 0 || g.cols <= 0)
        return 0;
    const std::int64_t groups = std::max<std::int64_t>(1, g.groups);
    const std::int64_t area = g.cols * g.cols;
    if (groups == 1 || rows % groups != 0) {
        if (groups == 1)
            return groupError(delta, rows, g.cols, g.hasFull() ? g.full.data() : nullptr, g.diag.data());
        // Rows that do not split into the groups: weighed against the pooled statistics.
        std::vector<double> full, diag = g.pooledDiagonal();
        if (g.hasFull()) {
            full.assign(std::size_t(area), 0.0);
            for (std::int64_t k = 0; k < groups; ++k)
                for (std::int64_t i = 0; i < area; ++i)
                    full[std::size_t(i)] += g.full[std::size_t(k * area + i)];
        }
        return groupError(delta, rows, g.cols, full.empty() ? nullptr : full.data(), diag.data());
    }
    const std::int64_t per = rows / groups;
    double sum = 0;
    for (std::int64_t k = 0; k < groups; ++k)
        sum += groupError(delta + k * per * g.cols, per, g.cols, g.hasFull() ? g.full.data() + k * area : nullptr,
                          g.diag.data() + k * g.cols);
    return sum;
}

bool canCalibrate(const Model &model)
{
    return DecoderWeights::supports(model)
           || (model.graph && GraphExecutor::unsupportedOperators(*model.graph).isEmpty());
}

namespace {

// Runs `fn` on the decoder with the file's text, or on the graph with the file's examples.
template<typename T, typename TextFn, typename GraphFn>
Result<T> fromFile(const Model &model, const QString &path, const Preprocess &prep, TextFn onText, GraphFn onGraph)
{
    auto withPath = [&path](const Error &e) {
        return e.code == ErrorCode::Canceled || e.message.startsWith(path)
                       ? e
                       : Error{e.code, QStringLiteral("%1: %2").arg(path, e.message)};
    };
    if (DecoderWeights::supports(model) || !model.graph) {
        auto text = loadText(path);
        if (!text)
            return withPath(text.error());
        auto r = onText(text.value());
        if (!r)
            return withPath(r.error());
        return r;
    }
    auto data = loadDataset(path);
    if (!data)
        return withPath(data.error());
    const std::shared_ptr<const Model> alias(std::shared_ptr<const Model>{}, &model); // not owned
    auto executor = GraphExecutor::create(alias);
    if (!executor)
        return executor.error();
    auto inputs = prepareInputs(*data, executor->input(), executor->channelsLast(), prep);
    if (!inputs)
        return withPath(inputs.error());
    auto r = onGraph(inputs.value());
    if (!r)
        return withPath(r.error());
    return r;
}

} // namespace

Result<InputGrams> calibrateInputGramsFromFile(const Model &model, const QString &path, const Preprocess &prep,
                                               const GramOptions &options, JobContext &ctx)
{
    return fromFile<InputGrams>(
            model, path, prep, [&](const QByteArray &text) { return calibrateInputGrams(model, text, options, ctx); },
            [&](const GTensor &inputs) { return calibrateInputGrams(model, inputs, options, ctx); });
}

Result<std::vector<std::vector<float>>> calibrateInputNormsFromFile(const Model &model, const QString &path,
                                                                    const Preprocess &prep,
                                                                    const CalibrationOptions &options, JobContext &ctx)
{
    using Norms = std::vector<std::vector<float>>;
    return fromFile<Norms>(
            model, path, prep, [&](const QByteArray &text) { return calibrateInputNorms(model, text, options, ctx); },
            [&](const GTensor &inputs) { return calibrateInputNorms(model, inputs, options, ctx); });
}

} // namespace pare::core
