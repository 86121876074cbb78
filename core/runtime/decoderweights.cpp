// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/decoderweights.h"
#include "common/argtext.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace pare::core {

namespace {

enum class Naming { HfGpt2, HfLlama, GgufLlama, GgufGpt2, Unknown };

Naming namingOf(const Model &model)
{
    const QString arch = model.architecture.toLower();
    if (model.format == ModelFormat::Gguf) {
        if (arch == QLatin1String("llama") || arch == QLatin1String("mistral"))
            return Naming::GgufLlama;
        if (arch == QLatin1String("gpt2"))
            return Naming::GgufGpt2;
        return Naming::Unknown;
    }
    if (arch == QLatin1String("gpt2"))
        return Naming::HfGpt2;
    if (arch == QLatin1String("llama") || arch == QLatin1String("mistral")
        || arch == QLatin1String("qwen2"))
        return Naming::HfLlama;
    return Naming::Unknown;
}

class Loader
{
public:
    Loader(const Model &model, const WeightOverrides *overrides) : m_model(model), m_overrides(overrides) {}

    Error error(const QString &what) const
    {
        return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(m_model.path, what)};
    }

    bool has(const QString &name) const { return m_model.tensor(name) != nullptr; }

    Result<std::vector<float>> vec(const QString &name, std::int64_t expected)
    {
        const Tensor *t = m_model.tensor(name);
        if (!t)
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("pare::core", "%1: tensor '%2' is missing").arg(m_model.path, name)};
        if (t->numel() != expected)
            return error(QCoreApplication::translate("pare::core", "tensor '%1' has shape %2, expected %3 values")
                                 .arg(argText(name), argText(shapeToString(t->shape())),
                                      argText(expected)));
        return tensorFloats(m_model, name, m_overrides);
    }

    // Reads a 2-D weight into [in, out]. inOut: the file stores [in, out] (HF Conv1D).
    Result<LinearWeights> linear(const QString &weight, const QString &bias, bool inOut, int in,
                                 int out, bool biasRequired)
    {
        const Tensor *t = m_model.tensor(weight);
        if (!t)
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("pare::core", "%1: tensor '%2' is missing").arg(m_model.path, weight)};
        const Shape want = inOut ? Shape{in, out} : Shape{out, in};
        if (t->shape() != want)
            return error(QCoreApplication::translate("pare::core", "tensor '%1' has shape %2, expected %3")
                                 .arg(weight, shapeToString(t->shape()), shapeToString(want)));
        auto values = tensorFloats(m_model, weight, m_overrides);
        if (!values)
            return values.error();
        LinearWeights l;
        l.in = in;
        l.out = out;
        if (inOut) {
            l.w = std::move(values.value());
        } else {
            l.w.resize(std::size_t(in) * std::size_t(out));
            const std::vector<float> &v = *values;
            for (int o = 0; o < out; ++o)
                for (int i = 0; i < in; ++i)
                    l.w[std::size_t(i) * std::size_t(out) + std::size_t(o)] = v[std::size_t(o) * std::size_t(in) + std::size_t(i)];
        }
        if (!bias.isEmpty() && (biasRequired || has(bias))) {
            auto b = vec(bias, out);
            if (!b)
                return b.error();
            l.b = std::move(b.value());
        }
        return l;
    }

    Result<NormWeights> norm(const QString &gamma, const QString &beta, int d)
    {
        NormWeights n;
        auto g = vec(gamma, d);
        if (!g)
            return g.error();
        n.gamma = std::move(g.value());
        if (!beta.isEmpty()) {
            auto b = vec(beta, d);
            if (!b)
                return b.error();
            n.beta = std::move(b.value());
        }
        return n;
    }

private:
    const Model &m_model;
    const WeightOverrides *m_overrides;
};

// Concatenates q, k, v (each [in, out_i]) into one [in, Σ out_i] map.
LinearWeights concatColumns(const std::vector<const LinearWeights *> &parts)
{
    LinearWeights r;
    r.in = parts.front()->in;
    for (const LinearWeights *p : parts)
        r.out += p->out;
    r.w.resize(std::size_t(r.in) * std::size_t(r.out));
    bool anyBias = false;
    for (const LinearWeights *p : parts)
        anyBias = anyBias || !p->b.empty();
    if (anyBias)
        r.b.assign(std::size_t(r.out), 0.0f);
    int col = 0;
    for (const LinearWeights *p : parts) {
        for (int i = 0; i < r.in; ++i)
            std::copy_n(p->w.data() + std::size_t(i) * std::size_t(p->out), p->out,
                        r.w.data() + std::size_t(i) * std::size_t(r.out) + std::size_t(col));
        if (!p->b.empty())
            std::copy(p->b.begin(), p->b.end(), r.b.begin() + col);
        col += p->out;
    }
    return r;
}

int metaInt(const QJsonObject &m, const QStringList &keys, int fallback)
{
    for (const QString &k : keys) {
        const QJsonValue v = m.value(k);
        if (v.isDouble())
            return v.toInt();
    }
    return fallback;
}

double metaDouble(const QJsonObject &m, const QStringList &keys, double fallback)
{
    for (const QString &k : keys) {
        const QJsonValue v = m.value(k);
        if (v.isDouble())
            return v.toDouble();
    }
    return fallback;
}

#define PARE_ASSIGN(lhs, expr)                                                                     \
    do {                                                                                           \
        auto r_ = (expr);                                                                          \
        if (!r_)                                                                                   \
            return r_.error();                                                                     \
        lhs = std::move(r_.value());                                                               \
    } while (false)

} // namespace

bool DecoderWeights::supports(const Model &model)
{
    return namingOf(model) != Naming::Unknown;
}

Result<DecoderWeights> DecoderWeights::fromModel(const Model &model, const WeightOverrides *overrides)
{
    const Naming naming = namingOf(model);
    if (naming == Naming::Unknown)
        return Error{ErrorCode::Unsupported,
                     QCoreApplication::translate("pare::core", "%1: architecture '%2' is not one the decoder runs (GPT-2 and "
                                    "Llama families from Hugging Face directories or GGUF)")
                             .arg(model.path, model.architecture)};
    Loader ld(model, overrides);
    const QJsonObject &m = model.metadata;
    DecoderWeights dw;
    DecoderConfig &c = dw.config;
    const bool gguf = naming == Naming::GgufLlama || naming == Naming::GgufGpt2;
    const bool gpt2 = naming == Naming::HfGpt2 || naming == Naming::GgufGpt2;
    c.arch = gpt2 ? DecoderArch::Gpt2 : DecoderArch::Llama;

    const QString pfx = naming == Naming::HfGpt2 && ld.has(QStringLiteral("transformer.wte.weight"))
                                ? QStringLiteral("transformer.")
                                : QString();
    const QString embName = naming == Naming::HfGpt2 ? QString(pfx + QStringLiteral("wte.weight"))
                            : naming == Naming::HfLlama ? QStringLiteral("model.embed_tokens.weight")
                                                        : QStringLiteral("token_embd.weight");
    const Tensor *emb = model.tensor(embName);
    if (!emb || emb->rank() != 2 || emb->dim(0) <= 0 || emb->dim(1) <= 0 || emb->dim(0) > (1 << 24)
        || emb->dim(1) > (1 << 16))
        return ld.error(QCoreApplication::translate("pare::core", "token embedding '%1' is missing or not a 2-D matrix").arg(embName));
    c.vocab = int(emb->dim(0));
    c.width = int(emb->dim(1));

    const QString ga = model.architecture.toLower() + QLatin1Char('.');
    if (gguf) {
        c.layers = metaInt(m, {ga + QStringLiteral("block_count")}, 0);
        c.heads = metaInt(m, {ga + QStringLiteral("attention.head_count")}, 0);
        c.kvHeads = metaInt(m, {ga + QStringLiteral("attention.head_count_kv")}, c.heads);
        c.context = metaInt(m, {ga + QStringLiteral("context_length")}, 0);
        c.eps = float(metaDouble(m, {ga + QStringLiteral("attention.layer_norm_rms_epsilon"),
                                     ga + QStringLiteral("attention.layer_norm_epsilon")},
                                 gpt2 ? 1e-5 : 1e-6));
        c.ropeTheta = float(metaDouble(m, {ga + QStringLiteral("rope.freq_base")}, 10000.0));
        c.ropeInterleaved = true;
        c.geluTanh = true;
    } else if (gpt2) {
        c.layers = metaInt(m, {QStringLiteral("n_layer"), QStringLiteral("num_hidden_layers")}, 0);
        c.heads = metaInt(m, {QStringLiteral("n_head"), QStringLiteral("num_attention_heads")}, 0);
        c.kvHeads = c.heads;
        c.eps = float(metaDouble(m, {QStringLiteral("layer_norm_epsilon")}, 1e-5));
        const QString act = m.value(QStringLiteral("activation_function")).toString(QStringLiteral("gelu_new"));
        if (act == QLatin1String("gelu_new") || act == QLatin1String("gelu_pytorch_tanh")
            || act == QLatin1String("gelu_fast"))
            c.geluTanh = true;
        else if (act == QLatin1String("gelu"))
            c.geluTanh = false;
        else
            return Error{ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: config.json activation_function '%2' is not supported "
                                        "(gelu_new, gelu_pytorch_tanh, gelu)")
                                 .arg(model.path, act)};
        if (m.value(QStringLiteral("scale_attn_by_inverse_layer_idx")).toBool())
            return Error{ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: config.json scale_attn_by_inverse_layer_idx is not supported")
                                 .arg(model.path)};
    } else {
        c.layers = metaInt(m, {QStringLiteral("num_hidden_layers")}, 0);
        c.heads = metaInt(m, {QStringLiteral("num_attention_heads")}, 0);
        c.kvHeads = metaInt(m, {QStringLiteral("num_key_value_heads")}, c.heads);
        c.context = metaInt(m, {QStringLiteral("max_position_embeddings")}, 0);
        c.eps = float(metaDouble(m, {QStringLiteral("rms_norm_eps")}, 1e-6));
        c.ropeTheta = float(metaDouble(m, {QStringLiteral("rope_theta")}, 10000.0));
        c.ropeInterleaved = false;
        const QJsonValue scaling = m.value(QStringLiteral("rope_scaling"));
        if (!scaling.isUndefined() && !scaling.isNull())
            return Error{ErrorCode::Unsupported,
                         QCoreApplication::translate("pare::core", "%1: config.json rope_scaling is not supported").arg(model.path)};
    }
    if (c.layers <= 0 || c.layers > 4096 || c.heads <= 0 || c.kvHeads <= 0 || c.width % c.heads != 0
        || c.heads % c.kvHeads != 0)
        return ld.error(QCoreApplication::translate("pare::core", "inconsistent configuration: %1 layers, %2 heads, %3 "
                                       "key/value heads, width %4")
                                .arg(c.layers)
                                .arg(c.heads)
                                .arg(c.kvHeads)
                                .arg(c.width));
    if (!gpt2 && c.headDim() % 2 != 0)
        return ld.error(QCoreApplication::translate("pare::core", "head dimension %1 is odd; RoPE needs pairs").arg(c.headDim()));
    const int d = c.width;
    const int hd = c.headDim();
    const int kvd = c.kvHeads * hd;

    PARE_ASSIGN(dw.tokenEmbedding, ld.vec(embName, std::int64_t(c.vocab) * d));
    if (gpt2) {
        const QString wpe = gguf ? QStringLiteral("position_embd.weight") : QString(pfx + QStringLiteral("wpe.weight"));
        const Tensor *pe = model.tensor(wpe);
        if (!pe || pe->rank() != 2 || pe->dim(1) != d || pe->dim(0) <= 0 || pe->dim(0) > (1 << 24))
            return ld.error(QCoreApplication::translate("pare::core", "position embedding '%1' is missing or not [positions, %2]")
                                    .arg(wpe)
                                    .arg(d));
        c.context = int(pe->dim(0));
        PARE_ASSIGN(dw.positionEmbedding, ld.vec(wpe, pe->numel()));
    }

    // The MLP width comes from the tensor itself (n_inner may be null).
    const QString ffnProbe = naming == Naming::HfGpt2   ? QString(pfx + QStringLiteral("h.0.mlp.c_fc.weight"))
                             : naming == Naming::HfLlama ? QStringLiteral("model.layers.0.mlp.up_proj.weight")
                                                         : QStringLiteral("blk.0.ffn_up.weight");
    const Tensor *probe = model.tensor(ffnProbe);
    if (!probe || probe->rank() != 2)
        return ld.error(QCoreApplication::translate("pare::core", "MLP weight '%1' is missing or not 2-D").arg(ffnProbe));
    c.ffn = int(naming == Naming::HfGpt2 ? probe->dim(1) : probe->dim(0));

    for (int i = 0; i < c.layers; ++i) {
        DecoderBlock b;
        if (naming == Naming::HfGpt2) {
            const QString p = pfx + QStringLiteral("h.%1.").arg(i);
            auto n = [&](const char *s) -> QString { return p + QLatin1String(s); };
            PARE_ASSIGN(b.norm1, ld.norm(n("ln_1.weight"), n("ln_1.bias"), d));
            PARE_ASSIGN(b.norm2, ld.norm(n("ln_2.weight"), n("ln_2.bias"), d));
            PARE_ASSIGN(b.qkv, ld.linear(n("attn.c_attn.weight"), n("attn.c_attn.bias"), true, d, 3 * d, true));
            PARE_ASSIGN(b.proj, ld.linear(n("attn.c_proj.weight"), n("attn.c_proj.bias"), true, d, d, true));
            PARE_ASSIGN(b.up, ld.linear(n("mlp.c_fc.weight"), n("mlp.c_fc.bias"), true, d, c.ffn, true));
            PARE_ASSIGN(b.down, ld.linear(n("mlp.c_proj.weight"), n("mlp.c_proj.bias"), true, c.ffn, d, true));
        } else if (naming == Naming::GgufGpt2) {
            const QString p = QStringLiteral("blk.%1.").arg(i);
            auto n = [&](const char *s) -> QString { return p + QLatin1String(s); };
            PARE_ASSIGN(b.norm1, ld.norm(n("attn_norm.weight"), n("attn_norm.bias"), d));
            PARE_ASSIGN(b.norm2, ld.norm(n("ffn_norm.weight"), n("ffn_norm.bias"), d));
            PARE_ASSIGN(b.qkv, ld.linear(n("attn_qkv.weight"), n("attn_qkv.bias"), false, d, 3 * d, false));
            PARE_ASSIGN(b.proj, ld.linear(n("attn_output.weight"), n("attn_output.bias"), false, d, d, false));
            PARE_ASSIGN(b.up, ld.linear(n("ffn_up.weight"), n("ffn_up.bias"), false, d, c.ffn, false));
            PARE_ASSIGN(b.down, ld.linear(n("ffn_down.weight"), n("ffn_down.bias"), false, c.ffn, d, false));
        } else {
            const bool hf = naming == Naming::HfLlama;
            const QString p = hf ? QStringLiteral("model.layers.%1.").arg(i) : QStringLiteral("blk.%1.").arg(i);
            auto n = [&](const char *hfName, const char *ggufName) -> QString {
                return p + QLatin1String(hf ? hfName : ggufName);
            };
            PARE_ASSIGN(b.norm1, ld.norm(n("input_layernorm.weight", "attn_norm.weight"), {}, d));
            PARE_ASSIGN(b.norm2, ld.norm(n("post_attention_layernorm.weight", "ffn_norm.weight"), {}, d));
            LinearWeights q, k, v;
            PARE_ASSIGN(q, ld.linear(n("self_attn.q_proj.weight", "attn_q.weight"),
                                     n("self_attn.q_proj.bias", "attn_q.bias"), false, d, d, false));
            PARE_ASSIGN(k, ld.linear(n("self_attn.k_proj.weight", "attn_k.weight"),
                                     n("self_attn.k_proj.bias", "attn_k.bias"), false, d, kvd, false));
            PARE_ASSIGN(v, ld.linear(n("self_attn.v_proj.weight", "attn_v.weight"),
                                     n("self_attn.v_proj.bias", "attn_v.bias"), false, d, kvd, false));
            b.qkv = concatColumns({&q, &k, &v});
            PARE_ASSIGN(b.proj, ld.linear(n("self_attn.o_proj.weight", "attn_output.weight"), {}, false, d, d, false));
            PARE_ASSIGN(b.gate, ld.linear(n("mlp.gate_proj.weight", "ffn_gate.weight"), {}, false, d, c.ffn, false));
            PARE_ASSIGN(b.up, ld.linear(n("mlp.up_proj.weight", "ffn_up.weight"), {}, false, d, c.ffn, false));
            PARE_ASSIGN(b.down, ld.linear(n("mlp.down_proj.weight", "ffn_down.weight"), {}, false, c.ffn, d, false));
        }
        dw.blocks.push_back(std::move(b));
    }

    QString normW, normB, headName;
    switch (naming) {
    case Naming::HfGpt2:
        normW = pfx + QStringLiteral("ln_f.weight");
        normB = pfx + QStringLiteral("ln_f.bias");
        headName = QStringLiteral("lm_head.weight");
        break;
    case Naming::HfLlama:
        normW = QStringLiteral("model.norm.weight");
        headName = QStringLiteral("lm_head.weight");
        break;
    default:
        normW = QStringLiteral("output_norm.weight");
        if (gpt2)
            normB = QStringLiteral("output_norm.bias");
        headName = QStringLiteral("output.weight");
        break;
    }
    PARE_ASSIGN(dw.finalNorm, ld.norm(normW, normB, d));
    // A tied head reads the embedding (and its override, so a compressed embedding counts).
    PARE_ASSIGN(dw.head, ld.linear(ld.has(headName) ? headName : embName, {}, false, d, c.vocab, false));
    return dw;
}

} // namespace pare::core
