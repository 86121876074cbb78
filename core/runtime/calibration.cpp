// SPDX-License-Identifier: GPL-3.0-or-later
#include "calibration.h"

#include "runtime/decoder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace pare::core {

namespace {

// Layers (by role within a block) whose input is the given linear map's input.
struct Slot
{
    const LinearWeights *linear;
    int block; // -1: after the blocks (the output head)
    std::vector<const char *> roles;
};

} // namespace

Result<std::vector<std::vector<float>>> calibrateInputNorms(const Model &model, std::span<const std::int32_t> tokens,
                                                            const CalibrationOptions &options, JobContext &ctx)
{
    if (!DecoderWeights::supports(model))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1: calibration runs transformer decoders (GPT-2, Llama) only")
                             .arg(model.path));
    auto weights = DecoderWeights::fromModel(model);
    if (!weights)
        return weights.error();
    const auto shared = std::make_shared<const DecoderWeights>(std::move(*weights));
    const Decoder decoder(shared);
    const DecoderConfig &c = decoder.config();

    std::vector<Slot> slots;
    for (int b = 0; b < int(shared->blocks.size()); ++b) {
        const DecoderBlock &blk = shared->blocks[std::size_t(b)];
        slots.push_back({&blk.qkv, b, {"attn.qkv", "attn.q", "attn.k", "attn.v"}});
        slots.push_back({&blk.proj, b, {"attn.o"}});
        slots.push_back({&blk.up, b, {"mlp.up", "mlp.gate", "mlp.gate_up"}});
        slots.push_back({&blk.down, b, {"mlp.down"}});
    }
    slots.push_back({&shared->head, -1, {"lm_head"}});
    std::map<const LinearWeights *, std::vector<double>> sums;
    for (const Slot &s : slots)
        sums[s.linear].assign(std::size_t(s.linear->in), 0.0);

    const LinearInputObserver observer = [&](const LinearWeights &l, const float *x, int n) {
        const auto it = sums.find(&l);
        if (it == sums.end())
            return; // Llama's gate: same input as up, counted there
        std::vector<double> &acc = it->second;
        for (int t = 0; t < n; ++t) {
            const float *row = x + std::size_t(t) * std::size_t(l.in);
            for (int j = 0; j < l.in; ++j)
                acc[std::size_t(j)] += double(row[j]) * row[j];
        }
    };

    const std::int64_t total = options.maxTokens > 0 ? std::min<std::int64_t>(options.maxTokens, std::int64_t(tokens.size()))
                                                     : std::int64_t(tokens.size());
    if (total <= 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("calibration: no tokens to run"));
    const int window = std::max(1, options.window > 0 ? std::min(options.window, c.context) : c.context);
    {
        const ScopedLinearInputObserver scope(&observer);
        for (std::int64_t at = 0; at < total; at += window) {
            if (ctx.isCanceled())
                return Error::canceled();
            const std::int64_t n = std::min<std::int64_t>(window, total - at);
            auto logits = decoder.logits(tokens.subspan(std::size_t(at), std::size_t(n)));
            if (!logits)
                return logits.error();
            ctx.setProgress(double(at + n) / double(total), QStringLiteral("Calibrating"));
        }
    }

    std::vector<std::vector<float>> out(model.layers.size());
    for (const Slot &s : slots) {
        const std::vector<double> &acc = sums[s.linear];
        std::vector<float> norms(acc.size());
        std::transform(acc.begin(), acc.end(), norms.begin(), [](double v) { return float(std::sqrt(v)); });
        for (std::size_t i = 0; i < model.layers.size(); ++i) {
            const Layer &l = model.layers[i];
            if (l.weight < 0 || l.op != OpKind::Dense || (s.block >= 0 && l.block != s.block))
                continue;
            if (std::none_of(s.roles.begin(), s.roles.end(), [&](const char *r) { return l.role == QLatin1String(r); }))
                continue;
            if (l.inFeatures(model.tensors[std::size_t(l.weight)]) == std::int64_t(norms.size()))
                out[i] = norms;
        }
    }
    return out;
}

Result<std::vector<std::vector<float>>> calibrateInputNorms(const Model &model, const QByteArray &text,
                                                            const CalibrationOptions &options, JobContext &ctx)
{
    std::vector<std::int32_t> tokens(static_cast<std::size_t>(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i)
        tokens[std::size_t(i)] = std::int32_t(static_cast<unsigned char>(text[i]));
    return calibrateInputNorms(model, std::span<const std::int32_t>(tokens), options, ctx);
}

} // namespace pare::core
