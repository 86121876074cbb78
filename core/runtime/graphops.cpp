// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/graphops.h"
#include "common/argtext.h"

#include <QCoreApplication>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pare::core {

std::int64_t GTensor::numel() const
{
    return shapeElements(shape).value_or(0);
}

namespace graphops {
namespace {

using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMap = Eigen::Map<const RowMat>;

constexpr std::int64_t kMaxElements = std::int64_t(1) << 31; // 8 GB of floats: refuse beyond

Error bad(const QString &where, const QString &what)
{
    return Error{ErrorCode::Format, QStringLiteral("%1: %2").arg(where, what)};
}

std::int64_t intAttr(const QVariantMap &a, const char *key, std::int64_t fallback)
{
    const QVariant v = a.value(QLatin1String(key));
    return v.isValid() ? v.toLongLong() : fallback;
}

double floatAttr(const QVariantMap &a, const char *key, double fallback)
{
    const QVariant v = a.value(QLatin1String(key));
    return v.isValid() ? v.toDouble() : fallback;
}

std::vector<std::int64_t> intsAttr(const QVariantMap &a, const char *key)
{
    std::vector<std::int64_t> r;
    for (const QVariant &v : a.value(QLatin1String(key)).toList())
        r.push_back(v.toLongLong());
    return r;
}

Result<GTensor> make(Shape shape, const QString &where)
{
    const auto n = shapeElements(shape);
    if (!n || *n > kMaxElements)
        return bad(where, QCoreApplication::translate("pare::core", "output shape %1 is invalid or too large").arg(shapeToString(shape)));
    GTensor t;
    t.shape = std::move(shape);
    t.data.assign(std::size_t(*n), 0.0f);
    return t;
}

// NHWC ↔ NCHW for rank-4 (or rank-3: N, L, C ↔ N, C, L) activations.
GTensor toChannelsFirst(const GTensor &x)
{
    const std::int64_t n = x.shape[0], c = x.shape.back();
    std::int64_t spatial = 1;
    for (std::size_t i = 1; i + 1 < x.shape.size(); ++i)
        spatial *= x.shape[i];
    GTensor r;
    r.shape = {n, c};
    r.shape.insert(r.shape.end(), x.shape.begin() + 1, x.shape.end() - 1);
    r.data.resize(x.data.size());
    for (std::int64_t b = 0; b < n; ++b)
        for (std::int64_t s = 0; s < spatial; ++s)
            for (std::int64_t ch = 0; ch < c; ++ch)
                r.data[std::size_t((b * c + ch) * spatial + s)] = x.data[std::size_t((b * spatial + s) * c + ch)];
    return r;
}

GTensor toChannelsLast(const GTensor &x)
{
    const std::int64_t n = x.shape[0], c = x.shape[1];
    std::int64_t spatial = 1;
    for (std::size_t i = 2; i < x.shape.size(); ++i)
        spatial *= x.shape[i];
    GTensor r;
    r.shape = {n};
    r.shape.insert(r.shape.end(), x.shape.begin() + 2, x.shape.end());
    r.shape.push_back(c);
    r.data.resize(x.data.size());
    for (std::int64_t b = 0; b < n; ++b)
        for (std::int64_t ch = 0; ch < c; ++ch)
            for (std::int64_t s = 0; s < spatial; ++s)
                r.data[std::size_t((b * spatial + s) * c + ch)] = x.data[std::size_t((b * c + ch) * spatial + s)];
    return r;
}

struct Window2d
{
    std::int64_t kh = 1, kw = 1, sh = 1, sw = 1, dh = 1, dw = 1;
    std::int64_t padTop = 0, padLeft = 0, padBottom = 0, padRight = 0;
    std::int64_t oh = 0, ow = 0;
};

// Kernel, strides, dilations and pads of a 1-D or 2-D window op over an H × W input.
Result<Window2d> window(const QVariantMap &a, std::int64_t h, std::int64_t w, std::int64_t kh,
                        std::int64_t kw, int spatial, bool ceilMode, const QString &where)
{
    Window2d win;
    win.kh = kh;
    win.kw = kw;
    const auto strides = intsAttr(a, "strides");
    const auto dil = intsAttr(a, "dilations");
    const auto pads = intsAttr(a, "pads");
    auto at = [&](const std::vector<std::int64_t> &v, int i, std::int64_t def) {
        if (spatial == 1)
            return i == 0 ? def : (v.empty() ? def : v[0]);
        return std::size_t(i) < v.size() ? v[std::size_t(i)] : def;
    };
    win.sh = at(strides, 0, 1);
    win.sw = at(strides, 1, 1);
    win.dh = at(dil, 0, 1);
    win.dw = at(dil, 1, 1);
    if (win.sh < 1 || win.sw < 1 || win.dh < 1 || win.dw < 1 || win.sh > 4096 || win.sw > 4096
        || win.dh > 4096 || win.dw > 4096)
        return bad(where, QCoreApplication::translate("pare::core", "strides and dilations must be between 1 and 4096"));
    const QString autoPad = a.value(QStringLiteral("auto_pad")).toString();
    const std::int64_t ekh = (kh - 1) * win.dh + 1, ekw = (kw - 1) * win.dw + 1;
    if (autoPad == QLatin1String("SAME_UPPER") || autoPad == QLatin1String("SAME_LOWER")) {
        const std::int64_t oh = (h + win.sh - 1) / win.sh, ow = (w + win.sw - 1) / win.sw;
        const std::int64_t ph = std::max<std::int64_t>(0, (oh - 1) * win.sh + ekh - h);
        const std::int64_t pw = std::max<std::int64_t>(0, (ow - 1) * win.sw + ekw - w);
        const bool upper = autoPad == QLatin1String("SAME_UPPER");
        win.padTop = upper ? ph / 2 : ph - ph / 2;
        win.padBottom = ph - win.padTop;
        win.padLeft = upper ? pw / 2 : pw - pw / 2;
        win.padRight = pw - win.padLeft;
    } else if (autoPad.isEmpty() || autoPad == QLatin1String("NOTSET")) {
        if (spatial == 1) {
            win.padLeft = pads.size() >= 1 ? pads[0] : 0;
            win.padRight = pads.size() >= 2 ? pads[1] : 0;
        } else if (!pads.empty()) {
            if (pads.size() != 4)
                return bad(where, QCoreApplication::translate("pare::core", "pads has %1 values, expected 4").arg(pads.size()));
            win.padTop = pads[0];
            win.padLeft = pads[1];
            win.padBottom = pads[2];
            win.padRight = pads[3];
        }
    } else if (autoPad != QLatin1String("VALID")) {
        return bad(where, QCoreApplication::translate("pare::core", "auto_pad '%1' is not supported").arg(autoPad));
    }
    for (std::int64_t p : {win.padTop, win.padLeft, win.padBottom, win.padRight})
        if (p < 0 || p > 4096)
            return bad(where, QCoreApplication::translate("pare::core", "pad %1 is out of range").arg(p));
    const std::int64_t spanH = h + win.padTop + win.padBottom - ekh;
    const std::int64_t spanW = w + win.padLeft + win.padRight - ekw;
    if (spanH < 0 || spanW < 0)
        return bad(where, QCoreApplication::translate("pare::core", "the %1×%2 window is larger than the padded %3×%4 input")
                                  .arg(ekh)
                                  .arg(ekw)
                                  .arg(h)
                                  .arg(w));
    win.oh = (ceilMode ? (spanH + win.sh - 1) / win.sh : spanH / win.sh) + 1;
    win.ow = (ceilMode ? (spanW + win.sw - 1) / win.sw : spanW / win.sw) + 1;
    return win;
}

// Shape of a 1-D or 2-D channels-first activation as N, C, H, W (H = 1 for 1-D).
bool spatialDims(const Shape &s, std::int64_t &n, std::int64_t &c, std::int64_t &h, std::int64_t &w)
{
    if (s.size() == 4) {
        n = s[0], c = s[1], h = s[2], w = s[3];
        return true;
    }
    if (s.size() == 3) {
        n = s[0], c = s[1], h = 1, w = s[2];
        return true;
    }
    return false;
}

} // namespace

Result<GTensor> gemm(const Inputs &in, const QVariantMap &a, const QString &where)
{
    if (in.size() < 2 || !in[0] || !in[1])
        return bad(where, QCoreApplication::translate("pare::core", "Gemm needs inputs A and B"));
    const GTensor &A = *in[0], &B = *in[1];
    if (A.shape.size() != 2 || B.shape.size() != 2)
        return bad(where, QCoreApplication::translate("pare::core", "Gemm inputs must be 2-D, got %1 and %2")
                                  .arg(shapeToString(A.shape), shapeToString(B.shape)));
    const bool ta = intAttr(a, "transA", 0) != 0, tb = intAttr(a, "transB", 0) != 0;
    const float alpha = float(floatAttr(a, "alpha", 1.0)), beta = float(floatAttr(a, "beta", 1.0));
    ConstMap Am(A.data.data(), A.shape[0], A.shape[1]);
    ConstMap Bm(B.data.data(), B.shape[0], B.shape[1]);
    const std::int64_t m = ta ? A.shape[1] : A.shape[0], k = ta ? A.shape[0] : A.shape[1];
    const std::int64_t kb = tb ? B.shape[1] : B.shape[0], n = tb ? B.shape[0] : B.shape[1];
    if (k != kb)
        return bad(where, QCoreApplication::translate("pare::core", "Gemm inner dimensions differ: A %1%2, B %3%4")
                                  .arg(shapeToString(A.shape), ta ? QStringLiteral(" (transposed)") : QString(),
                                       shapeToString(B.shape), tb ? QStringLiteral(" (transposed)") : QString()));
    auto out = make({m, n}, where);
    if (!out)
        return out.error();
    Eigen::Map<RowMat> Y(out->data.data(), m, n);
    if (ta && tb)
        Y.noalias() = Am.transpose() * Bm.transpose();
    else if (ta)
        Y.noalias() = Am.transpose() * Bm;
    else if (tb)
        Y.noalias() = Am * Bm.transpose();
    else
        Y.noalias() = Am * Bm;
    if (alpha != 1.0f)
        Y *= alpha;
    if (in.size() > 2 && in[2]) {
        GTensor scaled = *in[2];
        for (float &v : scaled.data)
            v *= beta;
        return binary(*out, scaled, QStringLiteral("Add"), where);
    }
    return out;
}

Result<GTensor> matMul(const Inputs &in, const QString &where)
{
    if (in.size() < 2 || !in[0] || !in[1])
        return bad(where, QCoreApplication::translate("pare::core", "MatMul needs two inputs"));
    const GTensor &A = *in[0], &B = *in[1];
    if (A.shape.empty() || B.shape.size() < 2)
        return bad(where, QCoreApplication::translate("pare::core", "MatMul of %1 and %2 is not supported")
                                  .arg(shapeToString(A.shape), shapeToString(B.shape)));
    const std::int64_t k = A.shape.back();
    const std::int64_t kb = B.shape[B.shape.size() - 2], n = B.shape.back();
    if (k != kb)
        return bad(where, QCoreApplication::translate("pare::core", "MatMul inner dimensions differ: %1 and %2")
                                  .arg(shapeToString(A.shape), shapeToString(B.shape)));
    const std::int64_t rowsA = k > 0 ? A.numel() / k : 0;
    if (B.shape.size() == 2) {
        Shape os = A.shape;
        os.back() = n;
        auto out = make(os, where);
        if (!out)
            return out.error();
        Eigen::Map<RowMat>(out->data.data(), rowsA, n).noalias()
                = ConstMap(A.data.data(), rowsA, k) * ConstMap(B.data.data(), k, n);
        return out;
    }
    // Batched: equal leading dimensions only.
    if (A.shape.size() != B.shape.size()
        || !std::equal(A.shape.begin(), A.shape.end() - 2, B.shape.begin()))
        return bad(where, QCoreApplication::translate("pare::core", "MatMul broadcasting of %1 and %2 is not supported")
                                  .arg(shapeToString(A.shape), shapeToString(B.shape)));
    const std::int64_t m = A.shape[A.shape.size() - 2];
    const std::int64_t batch = m > 0 ? rowsA / m : 0;
    Shape os = A.shape;
    os.back() = n;
    auto out = make(os, where);
    if (!out)
        return out.error();
    for (std::int64_t b = 0; b < batch; ++b)
        Eigen::Map<RowMat>(out->data.data() + b * m * n, m, n).noalias()
                = ConstMap(A.data.data() + b * m * k, m, k) * ConstMap(B.data.data() + b * k * n, k, n);
    return out;
}

Result<GTensor> conv(const Inputs &in, const QVariantMap &a, bool nhwc, const QString &where)
{
    if (in.size() < 2 || !in[0] || !in[1])
        return bad(where, QCoreApplication::translate("pare::core", "Conv needs an input and a weight"));
    const GTensor x = nhwc && in[0]->shape.size() >= 3 ? toChannelsFirst(*in[0]) : *in[0];
    const GTensor &wt = *in[1];
    std::int64_t n, c, h, w;
    if (!spatialDims(x.shape, n, c, h, w))
        return bad(where, QCoreApplication::translate("pare::core", "Conv input %1 is not 1-D or 2-D").arg(shapeToString(in[0]->shape)));
    const int spatial = x.shape.size() == 3 ? 1 : 2;
    if (int(wt.shape.size()) != spatial + 2)
        return bad(where, QCoreApplication::translate("pare::core", "Conv weight %1 does not match a %2-D input")
                                  .arg(argText(shapeToString(wt.shape)), argText(spatial)));
    const std::int64_t groups = intAttr(a, "group", 1);
    // OIHW view of the weight (Keras stores HWIO; its depthwise [kh, kw, in, mult] reads as HWIO
    // with one input channel per group).
    std::int64_t O, I, kh, kw;
    std::vector<float> wOihw;
    if (nhwc) {
        kh = spatial == 2 ? wt.shape[0] : 1;
        kw = wt.shape[std::size_t(spatial - 1)];
        const std::int64_t d2 = wt.shape[std::size_t(spatial)], d3 = wt.shape[std::size_t(spatial + 1)];
        const bool depthwise = groups > 1 && d2 == c && groups == c;
        I = depthwise ? 1 : d2;
        O = depthwise ? d2 * d3 : d3;
        wOihw.resize(wt.data.size());
        for (std::int64_t o = 0; o < O; ++o)
            for (std::int64_t i = 0; i < I; ++i)
                for (std::int64_t y = 0; y < kh; ++y)
                    for (std::int64_t xx = 0; xx < kw; ++xx)
                        wOihw[std::size_t(((o * I + i) * kh + y) * kw + xx)]
                                = wt.data[std::size_t(((y * kw + xx) * I + i) * O + o)];
    } else {
        O = wt.shape[0];
        I = wt.shape[1];
        kh = spatial == 2 ? wt.shape[2] : 1;
        kw = wt.shape.back();
        wOihw = wt.data;
    }
    if (groups < 1 || c % groups != 0 || O % groups != 0 || I * groups != c)
        return bad(where, QCoreApplication::translate("pare::core", "Conv with %1 groups: input has %2 channels, weight %3")
                                  .arg(groups)
                                  .arg(c)
                                  .arg(shapeToString(wt.shape)));
    const auto ks = intsAttr(a, "kernel_shape");
    if (!ks.empty() && ks.back() != kw)
        return bad(where, QCoreApplication::translate("pare::core", "kernel_shape disagrees with the weight %1").arg(shapeToString(wt.shape)));
    auto win = window(a, h, w, kh, kw, spatial, false, where);
    if (!win)
        return win.error();
    const Window2d &p = *win;
    Shape os = spatial == 2 ? Shape{n, O, p.oh, p.ow} : Shape{n, O, p.ow};
    auto out = make(os, where);
    if (!out)
        return out.error();
    const GTensor *bias = in.size() > 2 ? in[2] : nullptr;
    if (bias && bias->numel() != O)
        return bad(where, QCoreApplication::translate("pare::core", "Conv bias has %1 values for %2 output channels").arg(bias->numel()).arg(O));
    const std::int64_t og = O / groups, patch = I * kh * kw, outHW = p.oh * p.ow;
    if (patch * outHW > kMaxElements)
        return bad(where, QCoreApplication::translate("pare::core", "Conv patch matrix is too large"));
    RowMat cols(patch, outHW);
    for (std::int64_t b = 0; b < n; ++b) {
        for (std::int64_t g = 0; g < groups; ++g) {
            for (std::int64_t i = 0; i < I; ++i) {
                const float *src = x.data.data() + ((b * c) + g * I + i) * h * w;
                for (std::int64_t ky = 0; ky < kh; ++ky)
                    for (std::int64_t kx = 0; kx < kw; ++kx) {
                        float *dst = cols.data() + ((i * kh + ky) * kw + kx) * outHW;
                        for (std::int64_t oy = 0; oy < p.oh; ++oy) {
                            const std::int64_t iy = oy * p.sh - p.padTop + ky * p.dh;
                            for (std::int64_t ox = 0; ox < p.ow; ++ox) {
                                const std::int64_t ix = ox * p.sw - p.padLeft + kx * p.dw;
                                dst[oy * p.ow + ox] = (iy >= 0 && iy < h && ix >= 0 && ix < w) ? src[iy * w + ix] : 0.0f;
                            }
                        }
                    }
            }
            Eigen::Map<RowMat> Y(out->data.data() + (b * O + g * og) * outHW, og, outHW);
            Y.noalias() = ConstMap(wOihw.data() + g * og * patch, og, patch) * cols;
            if (bias)
                for (std::int64_t o = 0; o < og; ++o)
                    Y.row(o).array() += bias->data[std::size_t(g * og + o)];
        }
    }
    if (nhwc)
        return toChannelsLast(*out);
    return out;
}

Result<GTensor> pool(const Inputs &in, const QVariantMap &a, bool nhwc, bool isMax, const QString &where)
{
    if (in.empty() || !in[0])
        return bad(where, QCoreApplication::translate("pare::core", "pooling needs an input"));
    const GTensor x = nhwc && in[0]->shape.size() >= 3 ? toChannelsFirst(*in[0]) : *in[0];
    std::int64_t n, c, h, w;
    if (!spatialDims(x.shape, n, c, h, w))
        return bad(where, QCoreApplication::translate("pare::core", "pooling input %1 is not 1-D or 2-D").arg(shapeToString(in[0]->shape)));
    const int spatial = x.shape.size() == 3 ? 1 : 2;
    const auto ks = intsAttr(a, "kernel_shape");
    if (int(ks.size()) != spatial || ks.front() < 1 || ks.back() < 1 || ks.front() > 4096 || ks.back() > 4096)
        return bad(where, QCoreApplication::translate("pare::core", "kernel_shape must list %1 sizes between 1 and 4096").arg(spatial));
    auto win = window(a, h, w, spatial == 2 ? ks[0] : 1, ks.back(), spatial, intAttr(a, "ceil_mode", 0) != 0, where);
    if (!win)
        return win.error();
    const Window2d &p = *win;
    const bool includePad = intAttr(a, "count_include_pad", 0) != 0;
    Shape os = spatial == 2 ? Shape{n, c, p.oh, p.ow} : Shape{n, c, p.ow};
    auto out = make(os, where);
    if (!out)
        return out.error();
    for (std::int64_t bc = 0; bc < n * c; ++bc) {
        const float *src = x.data.data() + bc * h * w;
        float *dst = out->data.data() + bc * p.oh * p.ow;
        for (std::int64_t oy = 0; oy < p.oh; ++oy)
            for (std::int64_t ox = 0; ox < p.ow; ++ox) {
                float acc = isMax ? -std::numeric_limits<float>::infinity() : 0.0f;
                std::int64_t count = 0, padded = 0;
                for (std::int64_t ky = 0; ky < p.kh; ++ky)
                    for (std::int64_t kx = 0; kx < p.kw; ++kx) {
                        const std::int64_t iy = oy * p.sh - p.padTop + ky * p.dh;
                        const std::int64_t ix = ox * p.sw - p.padLeft + kx * p.dw;
                        if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                            if (iy < h + p.padBottom && ix < w + p.padRight)
                                ++padded;
                            continue;
                        }
                        const float v = src[iy * w + ix];
                        acc = isMax ? std::max(acc, v) : acc + v;
                        ++count;
                    }
                if (!isMax)
                    acc /= float(std::max<std::int64_t>(1, includePad ? count + padded : count));
                dst[oy * p.ow + ox] = acc;
            }
    }
    if (nhwc)
        return toChannelsLast(*out);
    return out;
}

Result<GTensor> globalPool(const Inputs &in, const QVariantMap &a, bool nhwc, bool isMax, const QString &where)
{
    if (in.empty() || !in[0] || in[0]->shape.size() < 3)
        return bad(where, QCoreApplication::translate("pare::core", "global pooling needs an N×C×… input"));
    const GTensor x = nhwc ? toChannelsFirst(*in[0]) : *in[0];
    const std::int64_t n = x.shape[0], c = x.shape[1];
    const std::int64_t spatial = c > 0 && n > 0 ? x.numel() / (n * c) : 0;
    const bool keep = intAttr(a, "keepdims", 1) != 0;
    Shape os{n, c};
    if (keep && !nhwc)
        os.insert(os.end(), x.shape.size() - 2, 1);
    else if (keep)
        os = [&] { Shape s{n}; s.insert(s.end(), x.shape.size() - 2, 1); s.push_back(c); return s; }();
    auto out = make(os, where);
    if (!out)
        return out.error();
    for (std::int64_t i = 0; i < n * c; ++i) {
        const float *src = x.data.data() + i * spatial;
        float acc = isMax ? -std::numeric_limits<float>::infinity() : 0.0f;
        for (std::int64_t s = 0; s < spatial; ++s)
            acc = isMax ? std::max(acc, src[s]) : acc + src[s];
        out->data[std::size_t(i)] = isMax ? acc : acc / float(std::max<std::int64_t>(1, spatial));
    }
    return out;
}

Result<GTensor> unary(const GTensor &x, const QString &op, const QVariantMap &a)
{
    GTensor r = x;
    if (op == QLatin1String("Relu")) {
        for (float &v : r.data)
            v = std::max(v, 0.0f);
    } else if (op == QLatin1String("LeakyRelu")) {
        const float alpha = float(floatAttr(a, "alpha", 0.01));
        for (float &v : r.data)
            v = v < 0 ? alpha * v : v;
    } else if (op == QLatin1String("Sigmoid")) {
        for (float &v : r.data)
            v = 1.0f / (1.0f + std::exp(-v));
    } else if (op == QLatin1String("Tanh")) {
        for (float &v : r.data)
            v = std::tanh(v);
    } else if (op == QLatin1String("Gelu")) {
        const bool tanhApprox = a.value(QStringLiteral("approximate")).toString() == QLatin1String("tanh");
        for (float &v : r.data)
            v = tanhApprox ? 0.5f * v * (1.0f + std::tanh(0.7978845608028654f * (v + 0.044715f * v * v * v)))
                           : 0.5f * v * (1.0f + std::erf(v * 0.7071067811865476f));
    } else if (op == QLatin1String("Elu")) {
        const float alpha = float(floatAttr(a, "alpha", 1.0));
        for (float &v : r.data)
            v = v < 0 ? alpha * (std::exp(v) - 1.0f) : v;
    }
    return r;
}

Result<GTensor> binary(const GTensor &x, const GTensor &y, const QString &op, const QString &where)
{
    const std::size_t rank = std::max(x.shape.size(), y.shape.size());
    Shape xs(rank - x.shape.size(), 1), ys(rank - y.shape.size(), 1), os(rank);
    xs.insert(xs.end(), x.shape.begin(), x.shape.end());
    ys.insert(ys.end(), y.shape.begin(), y.shape.end());
    for (std::size_t i = 0; i < rank; ++i) {
        if (xs[i] != ys[i] && xs[i] != 1 && ys[i] != 1)
            return bad(where, QCoreApplication::translate("pare::core", "%1 cannot broadcast %2 with %3")
                                      .arg(op, shapeToString(x.shape), shapeToString(y.shape)));
        os[i] = xs[i] == 1 ? ys[i] : xs[i];
    }
    auto out = make(os, where);
    if (!out)
        return out.error();
    const int kind = op == QLatin1String("Add") ? 0 : op == QLatin1String("Sub") ? 1 : op == QLatin1String("Mul") ? 2 : 3;
    auto apply = [kind](float p, float q) {
        switch (kind) {
        case 0: return p + q;
        case 1: return p - q;
        case 2: return p * q;
        default: return p / q;
        }
    };
    // Strides of x and y over the output index (0 where broadcast).
    std::vector<std::int64_t> sx(rank), sy(rank);
    std::int64_t ax = 1, ay = 1;
    for (std::size_t i = rank; i-- > 0;) {
        sx[i] = xs[i] == 1 ? 0 : ax;
        sy[i] = ys[i] == 1 ? 0 : ay;
        ax *= xs[i];
        ay *= ys[i];
    }
    const std::int64_t total = out->numel();
    std::vector<std::int64_t> idx(rank, 0);
    std::int64_t px = 0, py = 0;
    for (std::int64_t e = 0; e < total; ++e) {
        out->data[std::size_t(e)] = apply(x.data[std::size_t(px)], y.data[std::size_t(py)]);
        for (std::size_t d = rank; d-- > 0;) {
            ++idx[d];
            px += sx[d];
            py += sy[d];
            if (idx[d] < os[d])
                break;
            px -= sx[d] * os[d];
            py -= sy[d] * os[d];
            idx[d] = 0;
        }
    }
    return out;
}

Result<GTensor> softmax(const GTensor &x, const QVariantMap &a, int opset, const QString &where)
{
    const int rank = int(x.shape.size());
    std::int64_t axis = intAttr(a, "axis", opset >= 13 ? -1 : 1);
    if (axis < 0)
        axis += rank;
    if (rank == 0 || axis < 0 || axis >= rank)
        return bad(where, QCoreApplication::translate("pare::core", "Softmax axis %1 is outside a rank-%2 input").arg(axis).arg(rank));
    // Before opset 13 Softmax normalizes over all dimensions from `axis` on.
    std::int64_t inner = 1, len = 1, outer = 1;
    for (int i = 0; i < rank; ++i) {
        if (i < axis)
            outer *= x.shape[std::size_t(i)];
        else if (i == axis || opset < 13)
            len *= x.shape[std::size_t(i)];
        else
            inner *= x.shape[std::size_t(i)];
    }
    GTensor r = x;
    for (std::int64_t o = 0; o < outer; ++o)
        for (std::int64_t in = 0; in < inner; ++in) {
            float *base = r.data.data() + o * len * inner + in;
            float mx = -std::numeric_limits<float>::infinity();
            for (std::int64_t k = 0; k < len; ++k)
                mx = std::max(mx, base[k * inner]);
            double sum = 0.0;
            for (std::int64_t k = 0; k < len; ++k) {
                base[k * inner] = std::exp(base[k * inner] - mx);
                sum += base[k * inner];
            }
            for (std::int64_t k = 0; k < len; ++k)
                base[k * inner] = float(base[k * inner] / sum);
        }
    return r;
}

Result<GTensor> flatten(const GTensor &x, const QVariantMap &a, const QString &where)
{
    const int rank = int(x.shape.size());
    std::int64_t axis = intAttr(a, "axis", 1);
    if (axis < 0)
        axis += rank;
    if (axis < 0 || axis > rank)
        return bad(where, QCoreApplication::translate("pare::core", "Flatten axis %1 is outside a rank-%2 input").arg(axis).arg(rank));
    std::int64_t outer = 1;
    for (int i = 0; i < axis; ++i)
        outer *= x.shape[std::size_t(i)];
    GTensor r = x;
    r.shape = {outer, outer > 0 ? x.numel() / outer : 0};
    return r;
}

Result<GTensor> reshape(const GTensor &x, const GTensor &shape, const QString &where)
{
    Shape s;
    std::int64_t known = 1;
    int infer = -1;
    for (std::size_t i = 0; i < shape.data.size(); ++i) {
        std::int64_t v = std::int64_t(std::llround(shape.data[i]));
        if (v == 0 && i < x.shape.size())
            v = x.shape[i];
        if (v == -1) {
            if (infer >= 0)
                return bad(where, QCoreApplication::translate("pare::core", "Reshape shape has two -1 entries"));
            infer = int(i);
        } else if (v < 0) {
            return bad(where, QCoreApplication::translate("pare::core", "Reshape shape entry %1 is %2").arg(i).arg(v));
        } else {
            known *= v;
        }
        s.push_back(v);
    }
    if (infer >= 0)
        s[std::size_t(infer)] = known > 0 ? x.numel() / known : 0;
    if (shapeElements(s).value_or(-1) != x.numel())
        return bad(where, QCoreApplication::translate("pare::core", "cannot reshape %1 to %2").arg(shapeToString(x.shape), shapeToString(s)));
    GTensor r = x;
    r.shape = s;
    return r;
}

Result<GTensor> transpose(const GTensor &x, const QVariantMap &a, const QString &where)
{
    const std::size_t rank = x.shape.size();
    std::vector<std::int64_t> perm = intsAttr(a, "perm");
    if (perm.empty())
        for (std::size_t i = 0; i < rank; ++i)
            perm.push_back(std::int64_t(rank - 1 - i));
    std::vector<bool> seen(rank, false);
    if (perm.size() != rank)
        return bad(where, QCoreApplication::translate("pare::core", "Transpose perm has %1 entries for rank %2").arg(perm.size()).arg(rank));
    for (std::int64_t p : perm) {
        if (p < 0 || p >= std::int64_t(rank) || seen[std::size_t(p)])
            return bad(where, QCoreApplication::translate("pare::core", "Transpose perm is not a permutation"));
        seen[std::size_t(p)] = true;
    }
    Shape os(rank);
    std::vector<std::int64_t> inStride(rank, 1);
    for (std::size_t i = rank; i-- > 1;)
        inStride[i - 1] = inStride[i] * x.shape[i];
    for (std::size_t i = 0; i < rank; ++i)
        os[i] = x.shape[std::size_t(perm[i])];
    GTensor r;
    r.shape = os;
    r.data.resize(x.data.size());
    std::vector<std::int64_t> idx(rank, 0);
    for (std::size_t e = 0; e < r.data.size(); ++e) {
        std::int64_t src = 0;
        for (std::size_t d = 0; d < rank; ++d)
            src += idx[d] * inStride[std::size_t(perm[d])];
        r.data[e] = x.data[std::size_t(src)];
        for (std::size_t d = rank; d-- > 0;) {
            if (++idx[d] < os[d])
                break;
            idx[d] = 0;
        }
    }
    return r;
}

Result<GTensor> concat(const Inputs &in, const QVariantMap &a, const QString &where)
{
    if (in.empty() || !in[0])
        return bad(where, QCoreApplication::translate("pare::core", "Concat needs inputs"));
    const int rank = int(in[0]->shape.size());
    std::int64_t axis = intAttr(a, "axis", 0);
    if (axis < 0)
        axis += rank;
    if (axis < 0 || axis >= rank)
        return bad(where, QCoreApplication::translate("pare::core", "Concat axis %1 is outside rank %2").arg(axis).arg(rank));
    Shape os = in[0]->shape;
    os[std::size_t(axis)] = 0;
    for (const GTensor *t : in) {
        if (!t || int(t->shape.size()) != rank)
            return bad(where, QCoreApplication::translate("pare::core", "Concat inputs differ in rank"));
        for (int i = 0; i < rank; ++i)
            if (i != axis && t->shape[std::size_t(i)] != os[std::size_t(i)])
                return bad(where, QCoreApplication::translate("pare::core", "Concat input %1 does not match %2")
                                          .arg(shapeToString(t->shape), shapeToString(in[0]->shape)));
        os[std::size_t(axis)] += t->shape[std::size_t(axis)];
    }
    auto out = make(os, where);
    if (!out)
        return out.error();
    std::int64_t outer = 1, inner = 1;
    for (int i = 0; i < axis; ++i)
        outer *= os[std::size_t(i)];
    for (int i = int(axis) + 1; i < rank; ++i)
        inner *= os[std::size_t(i)];
    std::int64_t offset = 0;
    for (const GTensor *t : in) {
        const std::int64_t chunk = t->shape[std::size_t(axis)] * inner;
        for (std::int64_t o = 0; o < outer; ++o)
            std::copy_n(t->data.data() + o * chunk, chunk,
                        out->data.data() + o * os[std::size_t(axis)] * inner + offset);
        offset += chunk;
    }
    return out;
}

Result<GTensor> batchNorm(const Inputs &in, const QVariantMap &a, bool nhwc, const QString &where)
{
    if (in.size() < 5 || std::any_of(in.begin(), in.begin() + 5, [](const GTensor *t) { return !t; }))
        return bad(where, QCoreApplication::translate("pare::core", "BatchNormalization needs X, scale, B, mean and var"));
    const GTensor &x = *in[0];
    if (x.shape.size() < 2)
        return bad(where, QCoreApplication::translate("pare::core", "BatchNormalization input %1 has no channel axis").arg(shapeToString(x.shape)));
    const std::int64_t c = nhwc ? x.shape.back() : x.shape[1];
    for (int i = 1; i < 5; ++i)
        if (in[std::size_t(i)]->numel() != c)
            return bad(where, QCoreApplication::translate("pare::core", "BatchNormalization parameter %1 has %2 values for %3 channels")
                                      .arg(i)
                                      .arg(in[std::size_t(i)]->numel())
                                      .arg(c));
    const float eps = float(floatAttr(a, "epsilon", 1e-5));
    std::vector<float> mul(static_cast<std::size_t>(c)), add(static_cast<std::size_t>(c));
    for (std::int64_t ch = 0; ch < c; ++ch) {
        const std::size_t i = std::size_t(ch);
        mul[i] = in[1]->data[i] / std::sqrt(in[4]->data[i] + eps);
        add[i] = in[2]->data[i] - in[3]->data[i] * mul[i];
    }
    GTensor r = x;
    std::int64_t inner = 1;
    for (std::size_t i = 2; i < x.shape.size(); ++i)
        inner *= x.shape[i];
    for (std::int64_t e = 0; e < r.numel(); ++e) {
        const std::size_t ch = std::size_t(nhwc ? e % c : (e / inner) % c);
        r.data[std::size_t(e)] = r.data[std::size_t(e)] * mul[ch] + add[ch];
    }
    return r;
}

Result<GTensor> layerNorm(const Inputs &in, const QVariantMap &a, const QString &where)
{
    if (in.size() < 2 || !in[0] || !in[1])
        return bad(where, QCoreApplication::translate("pare::core", "LayerNormalization needs X and scale"));
    const GTensor &x = *in[0];
    const int rank = int(x.shape.size());
    std::int64_t axis = intAttr(a, "axis", -1);
    if (axis < 0)
        axis += rank;
    if (axis < 0 || axis >= rank)
        return bad(where, QCoreApplication::translate("pare::core", "LayerNormalization axis is outside rank %1").arg(rank));
    std::int64_t len = 1;
    for (int i = int(axis); i < rank; ++i)
        len *= x.shape[std::size_t(i)];
    if (in[1]->numel() != len || (in.size() > 2 && in[2] && in[2]->numel() != len))
        return bad(where, QCoreApplication::translate("pare::core", "LayerNormalization scale/bias do not have %1 values").arg(len));
    const float eps = float(floatAttr(a, "epsilon", 1e-5));
    GTensor r = x;
    const std::int64_t rows = len > 0 ? x.numel() / len : 0;
    for (std::int64_t row = 0; row < rows; ++row) {
        float *v = r.data.data() + row * len;
        double mean = 0, var = 0;
        for (std::int64_t i = 0; i < len; ++i)
            mean += v[i];
        mean /= double(len);
        for (std::int64_t i = 0; i < len; ++i)
            var += (v[i] - mean) * (v[i] - mean);
        var /= double(len);
        const float inv = float(1.0 / std::sqrt(var + eps));
        for (std::int64_t i = 0; i < len; ++i) {
            float y = (v[i] - float(mean)) * inv * in[1]->data[std::size_t(i)];
            if (in.size() > 2 && in[2])
                y += in[2]->data[std::size_t(i)];
            v[i] = y;
        }
    }
    return r;
}

Result<GTensor> gather(const GTensor &data, const GTensor &indices, const QVariantMap &a, const QString &where)
{
    if (intAttr(a, "axis", 0) != 0 || data.shape.empty())
        return bad(where, QCoreApplication::translate("pare::core", "Gather is supported on axis 0 only"));
    const std::int64_t rows = data.shape[0], row = rows > 0 ? data.numel() / rows : 0;
    Shape os = indices.shape;
    os.insert(os.end(), data.shape.begin() + 1, data.shape.end());
    auto out = make(os, where);
    if (!out)
        return out.error();
    for (std::size_t i = 0; i < indices.data.size(); ++i) {
        std::int64_t k = std::int64_t(std::llround(indices.data[i]));
        if (k < 0)
            k += rows;
        if (k < 0 || k >= rows)
            return bad(where, QCoreApplication::translate("pare::core", "Gather index %1 is outside %2 rows").arg(k).arg(rows));
        std::copy_n(data.data.data() + k * row, row, out->data.data() + std::int64_t(i) * row);
    }
    return out;
}

Result<GTensor> cast(const GTensor &x, const QVariantMap &a)
{
    // ONNX TensorProto types: 1 float, 10 float16, 11 double, 16 bfloat16; others are integer/bool.
    const std::int64_t to = intAttr(a, "to", 1);
    GTensor r = x;
    if (to == 9)
        for (float &v : r.data)
            v = v != 0.0f ? 1.0f : 0.0f;
    else if (to != 1 && to != 10 && to != 11 && to != 16)
        for (float &v : r.data)
            v = std::trunc(v);
    return r;
}

} // namespace graphops
} // namespace pare::core
