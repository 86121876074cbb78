// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <cstdint>
#include <random>
#include <vector>

namespace pare::core::testdata {

// Fixed-seed Gaussian values: every run tests the same numbers.
inline std::vector<float> gaussian(std::int64_t n, float sigma, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> dist(0.0f, sigma);
    std::vector<float> v(static_cast<std::size_t>(n));
    for (float &x : v)
        x = dist(rng);
    return v;
}

// Appends a Dense layer with an F32 weight of `rows` × `cols` (OutIn) and optional bias.
inline int addDense(Model &m, const QString &name, std::int64_t rows, std::int64_t cols, std::uint64_t seed,
                    const QString &role = {}, int block = -1, bool bias = false,
                    WeightLayout layout = WeightLayout::OutIn)
{
    Layer l;
    l.name = name;
    l.op = OpKind::Dense;
    l.role = role;
    l.block = block;
    l.layout = layout;
    l.positions = 8;
    const Shape shape = layout == WeightLayout::InOut ? Shape{cols, rows} : Shape{rows, cols};
    m.tensors.push_back(Tensor::fromFloats(name + QStringLiteral(".weight"), shape, gaussian(rows * cols, 0.02f, seed)));
    l.weight = int(m.tensors.size()) - 1;
    if (bias) {
        m.tensors.push_back(Tensor::fromFloats(name + QStringLiteral(".bias"), {rows}, gaussian(rows, 0.01f, seed + 1)));
        l.bias = int(m.tensors.size()) - 1;
    }
    m.layers.push_back(l);
    m.reindex();
    return int(m.layers.size()) - 1;
}

// A two-block transformer-shaped model: embeddings, attention q/k/v/o, MLP up/gate/down,
// a norm and the output head, with roles as the readers set them.
inline Model smallTransformer(std::int64_t d = 64, std::int64_t ff = 96)
{
    Model m;
    m.family = ModelFamily::LanguageModel;
    Layer emb;
    emb.name = QStringLiteral("model.embed_tokens");
    emb.op = OpKind::Embedding;
    emb.role = QStringLiteral("embed");
    m.tensors.push_back(Tensor::fromFloats(emb.name + QStringLiteral(".weight"), {100, d}, gaussian(100 * d, 0.02f, 7)));
    emb.weight = 0;
    m.layers.push_back(emb);
    for (int b = 0; b < 2; ++b) {
        const QString p = QStringLiteral("model.layers.%1.").arg(b);
        std::uint64_t seed = 100 + 10 * std::uint64_t(b);
        addDense(m, p + QStringLiteral("self_attn.q_proj"), d, d, seed++, QStringLiteral("attn.q"), b);
        addDense(m, p + QStringLiteral("self_attn.k_proj"), d, d, seed++, QStringLiteral("attn.k"), b);
        addDense(m, p + QStringLiteral("self_attn.o_proj"), d, d, seed++, QStringLiteral("attn.o"), b);
        addDense(m, p + QStringLiteral("mlp.up_proj"), ff, d, seed++, QStringLiteral("mlp.up"), b);
        addDense(m, p + QStringLiteral("mlp.gate_proj"), ff, d, seed++, QStringLiteral("mlp.gate"), b);
        addDense(m, p + QStringLiteral("mlp.down_proj"), d, ff, seed++, QStringLiteral("mlp.down"), b);
    }
    Layer norm;
    norm.name = QStringLiteral("model.norm");
    norm.op = OpKind::Norm;
    norm.layout = WeightLayout::Vector;
    m.tensors.push_back(Tensor::fromFloats(norm.name + QStringLiteral(".weight"), {d}, std::vector<float>(std::size_t(d), 1.0f)));
    norm.weight = int(m.tensors.size()) - 1;
    m.layers.push_back(norm);
    addDense(m, QStringLiteral("lm_head"), 100, d, 999, QStringLiteral("lm_head"));
    m.reindex();
    return m;
}

} // namespace pare::core::testdata
