// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/decoder.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pare::core {

namespace {

using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMap = Eigen::Map<const RowMat>;
using Map = Eigen::Map<RowMat>;
using StridedConst = Eigen::Map<const RowMat, 0, Eigen::OuterStride<>>;
using Strided = Eigen::Map<RowMat, 0, Eigen::OuterStride<>>;

// y (n × out) = x (n × in) · W + b
void applyLinear(const LinearWeights &l, const float *x, int n, float *y)
{
    Map Y(y, n, l.out);
    Y.noalias() = ConstMap(x, n, l.in) * ConstMap(l.w.data(), l.in, l.out);
    if (!l.b.empty())
        Y.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(l.b.data(), l.out);
}

void normalize(const NormWeights &nw, bool rms, float eps, const float *x, int n, int d, float *y)
{
    for (int t = 0; t < n; ++t) {
        const float *xr = x + std::size_t(t) * std::size_t(d);
        float *yr = y + std::size_t(t) * std::size_t(d);
        double mean = 0.0;
        if (!rms) {
            for (int i = 0; i < d; ++i)
                mean += xr[i];
            mean /= d;
        }
        double var = 0.0;
        for (int i = 0; i < d; ++i) {
            const double c = xr[i] - mean;
            var += c * c;
        }
        var /= d;
        const float inv = float(1.0 / std::sqrt(var + double(eps)));
        const float m = float(mean);
        for (int i = 0; i < d; ++i) {
            float v = (xr[i] - m) * inv * nw.gamma[std::size_t(i)];
            if (!nw.beta.empty())
                v += nw.beta[std::size_t(i)];
            yr[i] = v;
        }
    }
}

float gelu(float x, bool tanhApprox)
{
    if (tanhApprox) {
        constexpr float k = 0.7978845608028654f; // sqrt(2/π)
        return 0.5f * x * (1.0f + std::tanh(k * (x + 0.044715f * x * x * x)));
    }
    return 0.5f * x * (1.0f + std::erf(x * 0.7071067811865476f));
}

// Rotates one head vector in place for position pos.
void rope(float *v, int hd, int pos, float theta, bool interleaved)
{
    const int half = hd / 2;
    for (int i = 0; i < half; ++i) {
        const double freq = std::pow(double(theta), -2.0 * i / hd);
        const double a = double(pos) * freq;
        const float c = float(std::cos(a)), s = float(std::sin(a));
        const int i1 = interleaved ? 2 * i : i;
        const int i2 = interleaved ? 2 * i + 1 : i + half;
        const float x1 = v[i1], x2 = v[i2];
        v[i1] = x1 * c - x2 * s;
        v[i2] = x2 * c + x1 * s;
    }
}

} // namespace

Decoder::Decoder(std::shared_ptr<const DecoderWeights> weights) : m_w(std::move(weights)) {}

KvCache Decoder::newCache(int capacity) const
{
    const DecoderConfig &c = m_w->config;
    KvCache cache;
    cache.capacity = capacity;
    const std::size_t per = std::size_t(capacity) * std::size_t(c.kvHeads * c.headDim());
    cache.keys.assign(std::size_t(c.layers), std::vector<float>(per));
    cache.values.assign(std::size_t(c.layers), std::vector<float>(per));
    return cache;
}

Result<void> Decoder::forward(std::span<const std::int32_t> tokens, KvCache &cache, float *logits) const
{
    const DecoderConfig &c = m_w->config;
    const int n = int(tokens.size());
    if (n == 0)
        return {};
    const int start = cache.length;
    if (cache.keys.size() != std::size_t(c.layers) || start + n > cache.capacity)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("decoder: %1 tokens at position %2 do not fit a cache of %3 positions")
                             .arg(n)
                             .arg(start)
                             .arg(cache.capacity)};
    if (c.context > 0 && start + n > c.context)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("decoder: position %1 is past the model's context of %2")
                             .arg(start + n - 1)
                             .arg(c.context)};
    const int d = c.width, hd = c.headDim(), kvd = c.kvHeads * hd;
    const bool gpt2 = c.arch == DecoderArch::Gpt2;
    const std::size_t nd = std::size_t(n) * std::size_t(d);

    std::vector<float> x(nd), h(nd), attn(nd), tmp(nd);
    for (int t = 0; t < n; ++t) {
        const std::int32_t tok = tokens[std::size_t(t)];
        if (tok < 0 || tok >= c.vocab)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("decoder: token %1 at index %2 is outside the vocabulary of %3")
                                 .arg(tok)
                                 .arg(t)
                                 .arg(c.vocab)};
        const float *e = m_w->tokenEmbedding.data() + std::size_t(tok) * std::size_t(d);
        float *xr = x.data() + std::size_t(t) * std::size_t(d);
        std::copy_n(e, d, xr);
        if (gpt2) {
            const float *p = m_w->positionEmbedding.data() + std::size_t(start + t) * std::size_t(d);
            for (int i = 0; i < d; ++i)
                xr[i] += p[i];
        }
    }

    const int qkvCols = d + 2 * kvd;
    std::vector<float> qkv(std::size_t(n) * std::size_t(qkvCols));
    std::vector<float> ffA(std::size_t(n) * std::size_t(c.ffn)), ffB;
    if (!gpt2)
        ffB.resize(ffA.size());
    const int total = start + n;
    RowMat scores(n, total);
    const float scale = 1.0f / std::sqrt(float(hd));
    const int group = c.heads / c.kvHeads;

    for (int li = 0; li < c.layers; ++li) {
        const DecoderBlock &b = m_w->blocks[std::size_t(li)];
        normalize(b.norm1, !gpt2, c.eps, x.data(), n, d, h.data());
        applyLinear(b.qkv, h.data(), n, qkv.data());
        float *K = cache.keys[std::size_t(li)].data();
        float *V = cache.values[std::size_t(li)].data();
        for (int t = 0; t < n; ++t) {
            float *row = qkv.data() + std::size_t(t) * std::size_t(qkvCols);
            if (!gpt2) {
                for (int hh = 0; hh < c.heads; ++hh)
                    rope(row + hh * hd, hd, start + t, c.ropeTheta, c.ropeInterleaved);
                for (int hh = 0; hh < c.kvHeads; ++hh)
                    rope(row + d + hh * hd, hd, start + t, c.ropeTheta, c.ropeInterleaved);
            }
            std::copy_n(row + d, kvd, K + std::size_t(start + t) * std::size_t(kvd));
            std::copy_n(row + d + kvd, kvd, V + std::size_t(start + t) * std::size_t(kvd));
        }
        for (int hh = 0; hh < c.heads; ++hh) {
            const int kvh = hh / group;
            StridedConst Q(qkv.data() + hh * hd, n, hd, Eigen::OuterStride<>(qkvCols));
            StridedConst Kh(K + kvh * hd, total, hd, Eigen::OuterStride<>(kvd));
            StridedConst Vh(V + kvh * hd, total, hd, Eigen::OuterStride<>(kvd));
            scores.noalias() = Q * Kh.transpose();
            for (int t = 0; t < n; ++t) {
                const int visible = start + t + 1; // causal: positions ≤ start + t
                float *s = scores.data() + std::size_t(t) * std::size_t(total);
                float mx = -std::numeric_limits<float>::infinity();
                for (int j = 0; j < visible; ++j) {
                    s[j] *= scale;
                    mx = std::max(mx, s[j]);
                }
                float sum = 0.0f;
                for (int j = 0; j < visible; ++j) {
                    s[j] = std::exp(s[j] - mx);
                    sum += s[j];
                }
                const float inv = 1.0f / sum;
                for (int j = 0; j < visible; ++j)
                    s[j] *= inv;
                std::fill(s + visible, s + total, 0.0f);
            }
            Strided O(attn.data() + hh * hd, n, hd, Eigen::OuterStride<>(d));
            O.noalias() = scores * Vh;
        }
        applyLinear(b.proj, attn.data(), n, tmp.data());
        for (std::size_t i = 0; i < nd; ++i)
            x[i] += tmp[i];

        normalize(b.norm2, !gpt2, c.eps, x.data(), n, d, h.data());
        applyLinear(b.up, h.data(), n, ffA.data());
        if (gpt2) {
            for (float &v : ffA)
                v = gelu(v, c.geluTanh);
        } else {
            applyLinear(b.gate, h.data(), n, ffB.data());
            for (std::size_t i = 0; i < ffA.size(); ++i) {
                const float g = ffB[i];
                ffA[i] *= g / (1.0f + std::exp(-g));
            }
        }
        applyLinear(b.down, ffA.data(), n, tmp.data());
        for (std::size_t i = 0; i < nd; ++i)
            x[i] += tmp[i];
    }
    cache.length = total;
    normalize(m_w->finalNorm, !gpt2, c.eps, x.data(), n, d, h.data());
    applyLinear(m_w->head, h.data(), n, logits);
    return {};
}

Result<std::vector<float>> Decoder::logits(std::span<const std::int32_t> tokens) const
{
    KvCache cache = newCache(int(tokens.size()));
    std::vector<float> out(tokens.size() * std::size_t(m_w->config.vocab));
    PARE_TRY_VOID(forward(tokens, cache, out.data()));
    return out;
}

} // namespace pare::core
