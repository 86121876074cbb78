// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "runtime/decoderweights.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace pare::core {

// Keys and values of every layer for the positions fed so far.
struct KvCache
{
    int capacity = 0;
    int length = 0;
    std::vector<std::vector<float>> keys;   // per layer: capacity × (kvHeads · headDim)
    std::vector<std::vector<float>> values; // same
};

// A GPT-2 / Llama decoder running float32 weights: AVX2/FMA register-tiled products where the
// CPU has them (Eigen otherwise). forward() is
// const and keeps its scratch on the stack of the call, so several threads may run windows of
// one Decoder at once, each with its own cache.
class Decoder
{
public:
    explicit Decoder(std::shared_ptr<const DecoderWeights> weights);

    const DecoderConfig &config() const { return m_w->config; }
    const DecoderWeights &weights() const { return *m_w; }
    KvCache newCache(int capacity) const;

    // Feeds tokens at positions cache.length … cache.length + n − 1 and writes their n × vocab
    // logits (row-major). Fails on out-of-range tokens or positions past the cache or context.
    Result<void> forward(std::span<const std::int32_t> tokens, KvCache &cache, float *logits) const;
    // The logits of one sequence starting at position 0 (n × vocab).
    Result<std::vector<float>> logits(std::span<const std::int32_t> tokens) const;

private:
    std::shared_ptr<const DecoderWeights> m_w;
};

// Calibration hook (runtime/calibration.h): while one is installed on a thread, every linear map
// a Decoder applies on that thread first reports its input rows x (n × l.in), l being the
// LinearWeights inside the Decoder's DecoderWeights.
using LinearInputObserver = std::function<void(const LinearWeights &l, const float *x, int n)>;
class ScopedLinearInputObserver
{
public:
    explicit ScopedLinearInputObserver(const LinearInputObserver *observer);
    ~ScopedLinearInputObserver();
    ScopedLinearInputObserver(const ScopedLinearInputObserver &) = delete;
    ScopedLinearInputObserver &operator=(const ScopedLinearInputObserver &) = delete;

private:
    const LinearInputObserver *m_previous;
};

} // namespace pare::core
