// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/decoder.h"

#include <QCoreApplication>

#include "runtime/kernels.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define PARE_X86 1
#endif

namespace pare::core {

namespace {

using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMap = Eigen::Map<const RowMat>;
using Map = Eigen::Map<RowMat>;
using StridedConst = Eigen::Map<const RowMat, 0, Eigen::OuterStride<>>;
using Strided = Eigen::Map<RowMat, 0, Eigen::OuterStride<>>;

float gelu(float x, bool tanhApprox);

thread_local const LinearInputObserver *tLinearObserver = nullptr; // calibration hook
#ifdef PARE_X86
// Register tile of y = x·w (+ bias): R rows of x times 8·V columns of w, the x values broadcast
// and the w row loaded once per k (w strips stay in L1 across the row tiles).
template <int R, int V>
__attribute__((target("avx2,fma"))) inline void mmTile(const float *x, std::int64_t ldx, const float *w,
                                                        std::int64_t ldw, std::int64_t K, float *y,
                                                        std::int64_t ldy, const float *bias)
{
    __m256 a[R][V];
    for (int v = 0; v < V; ++v) {
        const __m256 b0 = bias ? _mm256_loadu_ps(bias + 8 * v) : _mm256_setzero_ps();
        for (int r = 0; r < R; ++r)
            a[r][v] = b0;
    }
    for (std::int64_t k = 0; k < K; ++k) {
        __m256 wv[V];
        for (int v = 0; v < V; ++v)
            wv[v] = _mm256_loadu_ps(w + k * ldw + 8 * v);
        for (int r = 0; r < R; ++r) {
            const __m256 xb = _mm256_broadcast_ss(x + r * ldx + k);
            for (int v = 0; v < V; ++v)
                a[r][v] = _mm256_fmadd_ps(xb, wv[v], a[r][v]);
        }
    }
    for (int r = 0; r < R; ++r)
        for (int v = 0; v < V; ++v)
            _mm256_storeu_ps(y + r * ldy + 8 * v, a[r][v]);
}

// The hot 6 × 16 tile with named accumulators: GCC 12 keeps the array version's accumulators in
// registers but also stores them to the stack on every k.
__attribute__((target("avx2,fma"))) void mmTile62(const float *x, std::int64_t ldx, const float *w, std::int64_t ldw,
                                                  std::int64_t K, float *y, std::int64_t ldy, const float *bias)
{
    const __m256 b0 = bias ? _mm256_loadu_ps(bias) : _mm256_setzero_ps();
    const __m256 b1 = bias ? _mm256_loadu_ps(bias + 8) : _mm256_setzero_ps();
    __m256 a00 = b0, a01 = b1, a10 = b0, a11 = b1, a20 = b0, a21 = b1, a30 = b0, a31 = b1, a40 = b0, a41 = b1,
           a50 = b0, a51 = b1;
    const float *x1 = x + ldx, *x2 = x + 2 * ldx, *x3 = x + 3 * ldx, *x4 = x + 4 * ldx, *x5 = x + 5 * ldx;
    for (std::int64_t k = 0; k < K; ++k) {
        const __m256 w0 = _mm256_loadu_ps(w + k * ldw), w1 = _mm256_loadu_ps(w + k * ldw + 8);
        __m256 xb = _mm256_broadcast_ss(x + k);
        a00 = _mm256_fmadd_ps(xb, w0, a00);
        a01 = _mm256_fmadd_ps(xb, w1, a01);
        xb = _mm256_broadcast_ss(x1 + k);
        a10 = _mm256_fmadd_ps(xb, w0, a10);
        a11 = _mm256_fmadd_ps(xb, w1, a11);
        xb = _mm256_broadcast_ss(x2 + k);
        a20 = _mm256_fmadd_ps(xb, w0, a20);
        a21 = _mm256_fmadd_ps(xb, w1, a21);
        xb = _mm256_broadcast_ss(x3 + k);
        a30 = _mm256_fmadd_ps(xb, w0, a30);
        a31 = _mm256_fmadd_ps(xb, w1, a31);
        xb = _mm256_broadcast_ss(x4 + k);
        a40 = _mm256_fmadd_ps(xb, w0, a40);
        a41 = _mm256_fmadd_ps(xb, w1, a41);
        xb = _mm256_broadcast_ss(x5 + k);
        a50 = _mm256_fmadd_ps(xb, w0, a50);
        a51 = _mm256_fmadd_ps(xb, w1, a51);
    }
    _mm256_storeu_ps(y, a00);
    _mm256_storeu_ps(y + 8, a01);
    _mm256_storeu_ps(y + ldy, a10);
    _mm256_storeu_ps(y + ldy + 8, a11);
    _mm256_storeu_ps(y + 2 * ldy, a20);
    _mm256_storeu_ps(y + 2 * ldy + 8, a21);
    _mm256_storeu_ps(y + 3 * ldy, a30);
    _mm256_storeu_ps(y + 3 * ldy + 8, a31);
    _mm256_storeu_ps(y + 4 * ldy, a40);
    _mm256_storeu_ps(y + 4 * ldy + 8, a41);
    _mm256_storeu_ps(y + 5 * ldy, a50);
    _mm256_storeu_ps(y + 5 * ldy + 8, a51);
}

template <int V>
__attribute__((target("avx2,fma"))) void mmStrip(const float *x, std::int64_t n, std::int64_t ldx, const float *w,
                                                 std::int64_t ldw, std::int64_t K, float *y, std::int64_t ldy,
                                                 const float *bias)
{
    std::int64_t r = 0;
    for (; r + 6 <= n; r += 6) {
        if constexpr (V == 2)
            mmTile62(x + r * ldx, ldx, w, ldw, K, y + r * ldy, ldy, bias);
        else
            mmTile<6, V>(x + r * ldx, ldx, w, ldw, K, y + r * ldy, ldy, bias);
    }
    switch (n - r) {
    case 5: mmTile<5, V>(x + r * ldx, ldx, w, ldw, K, y + r * ldy, ldy, bias); break;
    case 4: mmTile<4, V>(x + r * ldx, ldx, w, ldw, K, y + r * ldy, ldy, bias); break;
    case 3: mmTile<3, V>(x + r * ldx, ldx, w, ldw, K, y + r * ldy, ldy, bias); break;
    case 2: mmTile<2, V>(x + r * ldx, ldx, w, ldw, K, y + r * ldy, ldy, bias); break;
    case 1: mmTile<1, V>(x + r * ldx, ldx, w, ldw, K, y + r * ldy, ldy, bias); break;
    default: break;
    }
}

__attribute__((target("avx2,fma"))) void matmulAvx2(const float *x, std::int64_t n, std::int64_t K, std::int64_t ldx,
                                                    const float *w, std::int64_t ldw, std::int64_t m, float *y,
                                                    std::int64_t ldy, const float *bias)
{
    std::int64_t j = 0;
    for (; j + 16 <= m; j += 16)
        mmStrip<2>(x, n, ldx, w + j, ldw, K, y + j, ldy, bias ? bias + j : nullptr);
    for (; j + 8 <= m; j += 8)
        mmStrip<1>(x, n, ldx, w + j, ldw, K, y + j, ldy, bias ? bias + j : nullptr);
    for (; j < m; ++j) // the last columns (m not a multiple of 8)
        for (std::int64_t r = 0; r < n; ++r) {
            float s = bias ? bias[j] : 0.0f;
            for (std::int64_t k = 0; k < K; ++k)
                s += x[r * ldx + k] * w[k * ldw + j];
            y[r * ldy + j] = s;
        }
}
#endif

// y (n × m, row stride ldy) = x (n × K, row stride ldx) · w (K × m, row stride ldw) (+ bias).
void matmul(const float *x, std::int64_t n, std::int64_t K, std::int64_t ldx, const float *w, std::int64_t ldw,
            std::int64_t m, float *y, std::int64_t ldy, const float *bias)
{
    if (n <= 0 || m <= 0)
        return;
#ifdef PARE_X86
    if (kernelsUseAvx2())
        return matmulAvx2(x, n, K, ldx, w, ldw, m, y, ldy, bias);
#endif
    Strided Y(y, n, m, Eigen::OuterStride<>(ldy));
    Y.noalias() = StridedConst(x, n, K, Eigen::OuterStride<>(ldx)) * StridedConst(w, K, m, Eigen::OuterStride<>(ldw));
    if (bias)
        Y.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(bias, m);
}

// y (n × out) = x (n × in) · W + b
void applyLinear(const LinearWeights &l, const float *x, int n, float *y)
{
    if (tLinearObserver)
        (*tLinearObserver)(l, x, n);
    matmul(x, n, l.in, l.in, l.w.data(), l.out, l.out, y, l.out, l.b.empty() ? nullptr : l.b.data());
}

#ifdef PARE_X86
// e^x for 8 floats (Cephes' polynomial after range reduction by ln 2; relative error ~2e-7).
__attribute__((target("avx2,fma"))) inline __m256 exp8(__m256 x)
{
    x = _mm256_min_ps(_mm256_max_ps(x, _mm256_set1_ps(-87.3f)), _mm256_set1_ps(88.3f));
    const __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504088896341f)),
                                     _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);
    r = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), r);
    __m256 p = _mm256_set1_ps(1.9875691500e-4f);
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.3981999507e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(8.3334519073e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(4.1665795894e-2f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.6666665459e-1f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.0000001201e-1f));
    p = _mm256_fmadd_ps(p, _mm256_mul_ps(r, r), _mm256_add_ps(r, _mm256_set1_ps(1.0f)));
    const __m256i e = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23);
    return _mm256_mul_ps(p, _mm256_castsi256_ps(e));
}

// GELU (tanh form) in place: 0.5·x·(1 + tanh(u)) = x / (1 + e^(−2u)), u = √(2/π)(x + 0.044715x³).
__attribute__((target("avx2,fma"))) std::size_t geluTanhAvx2(float *v, std::size_t n)
{
    const __m256 k2 = _mm256_set1_ps(-2.0f * 0.7978845608028654f), c = _mm256_set1_ps(0.044715f),
                 one = _mm256_set1_ps(1.0f);
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256 x = _mm256_loadu_ps(v + i);
        const __m256 u = _mm256_mul_ps(_mm256_fmadd_ps(_mm256_mul_ps(c, x), _mm256_mul_ps(x, x), x), k2);
        _mm256_storeu_ps(v + i, _mm256_div_ps(x, _mm256_add_ps(one, exp8(u))));
    }
    return i;
}

// s[j] = e^(s[j]·scale − mx) for j < n; returns Σ s[j] over the vector part, sets *done.
__attribute__((target("avx2,fma"))) float softmaxExpAvx2(float *s, int n, float scale, float mx, int *done)
{
    const __m256 sc = _mm256_set1_ps(scale), m = _mm256_set1_ps(mx);
    __m256 sum = _mm256_setzero_ps();
    int j = 0;
    for (; j + 8 <= n; j += 8) {
        const __m256 e = exp8(_mm256_fmsub_ps(_mm256_loadu_ps(s + j), sc, m));
        _mm256_storeu_ps(s + j, e);
        sum = _mm256_add_ps(sum, e);
    }
    *done = j;
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, sum);
    return ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]));
}
#endif

void geluInPlace(std::vector<float> &v, bool tanhApprox)
{
    std::size_t i = 0;
#ifdef PARE_X86
    if (tanhApprox && kernelsUseAvx2())
        i = geluTanhAvx2(v.data(), v.size());
#endif
    for (; i < v.size(); ++i)
        v[i] = gelu(v[i], tanhApprox);
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
                     QCoreApplication::translate("pare::core", "decoder: %n token(s) at position %1 do not fit a cache of %2 positions",
                                                 nullptr, int(n))
                             .arg(start)
                             .arg(cache.capacity)};
    if (c.context > 0 && start + n > c.context)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "decoder: position %1 is past the model's context of %2")
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
                         QCoreApplication::translate("pare::core", "decoder: token %1 at index %2 is outside the vocabulary of %3")
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
    std::vector<float> kt(std::size_t(hd) * std::size_t(total));
    const float scale = 1.0f / std::sqrt(float(hd));
    [[maybe_unused]] const bool avx = kernelsUseAvx2();
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
            // Kᵀ of this head (hd × total), so both products run as x·w.
            for (int j = 0; j < total; ++j)
                for (int i = 0; i < hd; ++i)
                    kt[std::size_t(i) * std::size_t(total) + std::size_t(j)] = K[std::size_t(j) * std::size_t(kvd) + std::size_t(kvh * hd + i)];
            matmul(qkv.data() + hh * hd, n, hd, qkvCols, kt.data(), total, total, scores.data(), total, nullptr);
            for (int t = 0; t < n; ++t) {
                const int visible = start + t + 1; // causal: positions ≤ start + t
                float *s = scores.data() + std::size_t(t) * std::size_t(total);
                float mx = -std::numeric_limits<float>::infinity();
                for (int j = 0; j < visible; ++j)
                    mx = std::max(mx, s[j]);
                mx *= scale; // scale > 0: the maximum of the scaled scores
                float sum = 0.0f;
                int done = 0;
#ifdef PARE_X86
                if (avx)
                    sum = softmaxExpAvx2(s, visible, scale, mx, &done);
#endif
                for (int j = done; j < visible; ++j) {
                    s[j] = std::exp(s[j] * scale - mx);
                    sum += s[j];
                }
                const float inv = 1.0f / sum;
                for (int j = 0; j < visible; ++j)
                    s[j] *= inv;
                std::fill(s + visible, s + total, 0.0f);
            }
            matmul(scores.data(), n, total, total, V + kvh * hd, kvd, hd, attn.data() + hh * hd, d, nullptr);
        }
        applyLinear(b.proj, attn.data(), n, tmp.data());
        for (std::size_t i = 0; i < nd; ++i)
            x[i] += tmp[i];

        normalize(b.norm2, !gpt2, c.eps, x.data(), n, d, h.data());
        applyLinear(b.up, h.data(), n, ffA.data());
        if (gpt2) {
            geluInPlace(ffA, c.geluTanh);
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

ScopedLinearInputObserver::ScopedLinearInputObserver(const LinearInputObserver *observer)
    : m_previous(tLinearObserver)
{
    tLinearObserver = observer;
}

ScopedLinearInputObserver::~ScopedLinearInputObserver()
{
    tLinearObserver = m_previous;
}

} // namespace pare::core
