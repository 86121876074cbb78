// SPDX-License-Identifier: GPL-3.0-or-later
#include "hfarch.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace pare::core {

namespace {

struct RoleRule
{
    const char *suffix; // matched against the whole local name or its trailing components
    const char *role;
    int order;          // position within a block, for a readable layer table
};

// Local names inside a transformer block (after "layers.N." / "h.N." / "layer.N.").
constexpr std::array<RoleRule, 27> kBlockRules = {{
    {"input_layernorm", "norm", 0},
    {"ln_1", "norm", 0},
    {"self_attn.q_proj", "attn.q", 1},
    {"self_attn.k_proj", "attn.k", 2},
    {"self_attn.v_proj", "attn.v", 3},
    {"self_attn.qkv_proj", "attn.qkv", 4},
    {"attn.c_attn", "attn.qkv", 4},
    {"attention.self.query", "attn.q", 1},
    {"attention.self.key", "attn.k", 2},
    {"attention.self.value", "attn.v", 3},
    {"self_attn.o_proj", "attn.o", 5},
    {"attn.c_proj", "attn.o", 5},
    {"attention.output.dense", "attn.o", 5},
    {"attention.output.LayerNorm", "norm", 6},
    {"post_attention_layernorm", "norm", 6},
    {"ln_2", "norm", 6},
    {"pre_feedforward_layernorm", "norm", 6},
    {"mlp.gate_proj", "mlp.gate", 7},
    {"mlp.gate_up_proj", "mlp.gate_up", 7},
    {"mlp.up_proj", "mlp.up", 8},
    {"mlp.c_fc", "mlp.up", 8},
    {"intermediate.dense", "mlp.up", 8},
    {"mlp.down_proj", "mlp.down", 9},
    {"mlp.c_proj", "mlp.down", 9},
    {"output.dense", "mlp.down", 9},
    {"output.LayerNorm", "norm", 10},
    {"post_feedforward_layernorm", "norm", 10},
}};

// Names outside the blocks.
constexpr std::array<RoleRule, 11> kGlobalRules = {{
    {"embed_tokens", "embed", 0},
    {"wte", "embed", 0},
    {"word_embeddings", "embed", 0},
    {"wpe", "pos_embed", 1},
    {"position_embeddings", "pos_embed", 1},
    {"token_type_embeddings", "type_embed", 2},
    {"embeddings.LayerNorm", "norm", 3},
    {"lm_head", "lm_head", 9},
    {"model.norm", "norm", 8},
    {"ln_f", "norm", 8},
    {"final_layernorm", "norm", 8},
}};

bool matchesSuffix(const QString &local, const char *suffix)
{
    const QLatin1String s(suffix);
    return local == s || (local.endsWith(s) && local.size() > s.size()
                          && local.at(local.size() - s.size() - 1) == QLatin1Char('.'));
}

template<std::size_t N>
const RoleRule *findRule(const std::array<RoleRule, N> &rules, const QString &local)
{
    for (const RoleRule &r : rules) {
        if (matchesSuffix(local, r.suffix))
            return &r;
    }
    return nullptr;
}

OpKind opKindFor(const QString &name, const Tensor &w)
{
    // The last component decides norms first: "embeddings.LayerNorm" is a norm.
    const QString lower = name.toLower();
    const QString last = lower.section(QLatin1Char('.'), -1);
    if (last.contains(QLatin1String("norm")) || last.startsWith(QLatin1String("ln_")))
        return OpKind::Norm;
    if (lower.contains(QLatin1String("embed")) || lower.contains(QLatin1String("wte"))
        || lower.contains(QLatin1String("wpe")))
        return OpKind::Embedding;
    if (w.rank() == 2)
        return OpKind::Dense;
    if (w.rank() >= 3 && w.rank() <= 5)
        return OpKind::Conv;
    return OpKind::Other;
}

struct SortKey
{
    int group; // 0 embeddings, 1 blocks, 2 everything else, 3 final norm, 4 lm_head
    int block;
    int order;
    int index;
    bool operator<(const SortKey &o) const
    {
        return std::tie(group, block, order, index) < std::tie(o.group, o.block, o.order, o.index);
    }
};

} // namespace

bool isDecoderArchitecture(const QString &architecture)
{
    static const QStringList decoders = {
        QStringLiteral("llama"), QStringLiteral("mistral"), QStringLiteral("mixtral"),
        QStringLiteral("qwen2"), QStringLiteral("gpt2"), QStringLiteral("phi3"),
        QStringLiteral("phi"), QStringLiteral("gemma"), QStringLiteral("gemma2"),
        QStringLiteral("gpt_neox"), QStringLiteral("gptj"), QStringLiteral("falcon"),
        QStringLiteral("opt")};
    return decoders.contains(architecture.toLower());
}

QString guessArchitecture(const Model &model)
{
    bool selfAttn = false;
    for (const Tensor &t : model.tensors) {
        const QString &n = t.name();
        if (n.contains(QLatin1String(".attn.c_attn.")))
            return QStringLiteral("gpt2");
        if (n.contains(QLatin1String(".attention.self.query.")))
            return QStringLiteral("bert");
        if (n.contains(QLatin1String(".self_attn.q_proj.")) || n.contains(QLatin1String(".self_attn.qkv_proj.")))
            selfAttn = true;
    }
    return selfAttn ? QStringLiteral("llama") : QString();
}

void assignLayers(Model &model)
{
    model.reindex();
    if (model.architecture.isEmpty())
        model.architecture = guessArchitecture(model);
    const QString arch = model.architecture.toLower();
    const bool conv1d = arch == QLatin1String("gpt2"); // HF GPT-2 Conv1D stores [in, out]
    static const QRegularExpression blockRe(
        QStringLiteral("^(.*?)(?:^|\\.)(?:layers|h|layer|blocks)\\.(\\d+)\\.(.+)$"));

    std::vector<std::pair<SortKey, Layer>> found;
    bool haveLmHead = false;
    bool haveBlocks = false;
    for (int i = 0; i < int(model.tensors.size()); ++i) {
        const Tensor &w = model.tensors[std::size_t(i)];
        if (!w.name().endsWith(QLatin1String(".weight")))
            continue;
        Layer l;
        l.name = w.name().chopped(7);
        l.weight = i;
        l.bias = model.tensorIndex(l.name + QStringLiteral(".bias"));
        l.op = opKindFor(l.name, w);
        SortKey key{2, 0, 0, i};
        QString local = l.name;
        const QRegularExpressionMatch m = blockRe.match(l.name);
        const RoleRule *rule = nullptr;
        if (m.hasMatch()) {
            bool ok = false;
            const int block = m.captured(2).toInt(&ok);
            if (ok) {
                l.block = block;
                local = m.captured(3);
                rule = findRule(kBlockRules, local);
                key = {1, block, rule ? rule->order : 20, i};
                haveBlocks = true;
            }
        }
        if (l.block < 0) {
            rule = findRule(kGlobalRules, local);
            if (rule) {
                const QLatin1String role(rule->role);
                key.group = role == QLatin1String("lm_head") ? 4
                            : role == QLatin1String("norm") && rule->order == 8 ? 3
                            : role.endsWith(QLatin1String("embed")) ? 0 : 2;
                key.order = rule->order;
            }
        }
        if (rule)
            l.role = QLatin1String(rule->role);
        if (l.role == QLatin1String("lm_head")) {
            haveLmHead = true;
            l.op = OpKind::Dense;
        }
        l.opType = local;
        switch (l.op) {
        case OpKind::Dense:
            l.layout = conv1d && l.block >= 0 ? WeightLayout::InOut : WeightLayout::OutIn;
            break;
        case OpKind::Conv: l.layout = WeightLayout::ConvOIHW; break;
        case OpKind::Embedding: l.layout = WeightLayout::OutIn; break;
        case OpKind::Norm:
        case OpKind::Other: l.layout = w.rank() == 2 ? WeightLayout::OutIn : WeightLayout::Vector; break;
        }
        found.emplace_back(key, std::move(l));
    }

    const QJsonValue tie = model.metadata.value(QLatin1String("tie_word_embeddings"));
    const bool tieAllowed = !(tie.isBool() && !tie.toBool())
                            && !(tie.isString() && tie.toString() == QLatin1String("false"));
    if (!haveLmHead && tieAllowed && haveBlocks && arch != QLatin1String("bert")) {
        for (const auto &[key, l] : found) {
            if (l.role != QLatin1String("embed"))
                continue;
            Layer head;
            head.name = QStringLiteral("lm_head");
            head.op = OpKind::Dense;
            head.opType = QStringLiteral("lm_head (tied to %1)").arg(l.name);
            head.role = QStringLiteral("lm_head");
            head.weight = l.weight;
            head.layout = WeightLayout::OutIn;
            head.tiedTo = true;
            found.emplace_back(SortKey{4, 0, 0, int(model.tensors.size())}, std::move(head));
            break;
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    model.layers.clear();
    model.layers.reserve(found.size());
    for (auto &entry : found)
        model.layers.push_back(std::move(entry.second));
    model.reindex();
}

} // namespace pare::core
