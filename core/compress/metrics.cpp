// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include <algorithm>
#include <cmath>

namespace pare::core {

void ErrorAccumulator::add(const float *reference, const float *decoded, std::int64_t n)
{
    // Float partial sums over short runs vectorize; the running totals stay in double.
    constexpr std::int64_t kRun = 256;
    for (std::int64_t b = 0; b < n; b += kRun) {
        const std::int64_t e = std::min(n, b + kRun);
        float rr = 0, ee = 0, rd = 0, dd = 0, mx = 0;
#pragma omp simd reduction(+ : rr, ee, rd, dd) reduction(max : mx)
        for (std::int64_t i = b; i < e; ++i) {
            const float r = reference[i];
            const float d = decoded[i];
            const float err = r - d;
            rr += r * r;
            ee += err * err;
            rd += r * d;
            dd += d * d;
            mx = std::max(mx, std::fabs(err));
        }
        refSquares += rr;
        errSquares += ee;
        dot += rd;
        outSquares += dd;
        maxAbs = std::max(maxAbs, double(mx));
    }
    count += n;
}

void ErrorAccumulator::addDropped(const float *reference, std::int64_t n)
{
    double rr = 0;
    float mx = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        rr += double(reference[i]) * reference[i];
        mx = std::max(mx, std::fabs(reference[i]));
    }
    refSquares += rr;
    errSquares += rr;
    maxAbs = std::max(maxAbs, double(mx));
    count += n;
}

void ErrorAccumulator::merge(const ErrorAccumulator &o)
{
    refSquares += o.refSquares;
    errSquares += o.errSquares;
    dot += o.dot;
    outSquares += o.outSquares;
    maxAbs = std::max(maxAbs, o.maxAbs);
    count += o.count;
}

ErrorMetrics ErrorAccumulator::metrics() const
{
    ErrorMetrics m;
    m.count = count;
    m.maxAbsError = maxAbs;
    if (refSquares > 0)
        m.relativeFrobenius = std::sqrt(errSquares / refSquares);
    else
        m.relativeFrobenius = errSquares > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    if (errSquares > 0)
        m.sqnrDb = refSquares > 0 ? 10.0 * std::log10(refSquares / errSquares)
                                  : -std::numeric_limits<double>::infinity();
    if (refSquares > 0 && outSquares > 0)
        m.cosine = std::clamp(dot / std::sqrt(refSquares * outSquares), -1.0, 1.0);
    else
        m.cosine = refSquares == 0 && outSquares == 0 ? 1.0 : 0.0;
    return m;
}

ErrorMetrics compareValues(const float *reference, const float *decoded, std::int64_t n)
{
    ErrorAccumulator a;
    a.add(reference, decoded, n);
    return a.metrics();
}

ErrorMetrics weightedMetrics(const std::vector<ErrorMetrics> &layers,
                             const std::vector<std::int64_t> &parameters)
{
    ErrorMetrics m;
    double total = 0, rel = 0, sqnr = 0, cosine = 0;
    bool sqnrInfinite = true;
    for (std::size_t i = 0; i < layers.size() && i < parameters.size(); ++i) {
        const double w = double(parameters[i]);
        if (w <= 0)
            continue;
        total += w;
        rel += w * layers[i].relativeFrobenius;
        cosine += w * layers[i].cosine;
        // An untouched layer (infinite SQNR) does not dilute the finite ones: SQNR is averaged
        // over the layers that changed.
        if (std::isfinite(layers[i].sqnrDb)) {
            sqnr += w * layers[i].sqnrDb;
            sqnrInfinite = false;
        }
        m.maxAbsError = std::max(m.maxAbsError, layers[i].maxAbsError);
        m.count += layers[i].count;
    }
    if (total <= 0)
        return m;
    m.relativeFrobenius = rel / total;
    m.cosine = cosine / total;
    if (!sqnrInfinite) {
        double changed = 0;
        for (std::size_t i = 0; i < layers.size() && i < parameters.size(); ++i)
            if (std::isfinite(layers[i].sqnrDb) && parameters[i] > 0)
                changed += double(parameters[i]);
        m.sqnrDb = sqnr / changed;
    }
    return m;
}

} // namespace pare::core
