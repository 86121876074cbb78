// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "model/model.h"
#include "runtime/kernels.h"

#include <QJsonObject>

#include <optional>
#include <utility>
#include <vector>

namespace pare::core {

struct Variant;
struct EncodedTensor;

struct LatencyOptions
{
    int warmup = 3;
    int repeats = 15;
    int batch = 1;
    // Rotate over copies of the weights totalling at least this many bytes so every multiply
    // reads them from memory, not from cache (0: one copy, warm).
    std::int64_t coldBytes = 0;
    QString layerPattern; // glob over layer names; empty: every 2-D dense layer
};

struct LatencyStats
{
    double medianUs = 0, minUs = 0, maxUs = 0, p90Us = 0;
};

struct KernelLatency
{
    QString kind;
    std::int64_t rows = 0, cols = 0, weightBytes = 0;
    int batch = 1;
    LatencyStats stats;
    double idealUs = 0; // weight bytes ÷ measured streaming bandwidth
    QJsonObject toJson() const;
};

struct LayerLatency
{
    QString layer;
    KernelLatency original;
    std::optional<KernelLatency> variant;
};

// Bytes per second of a parallel read over `bytes` of memory (best of a few passes).
double measureStreamingBandwidth(std::int64_t bytes, JobContext &ctx);

// Median and spread of `repeats` timed multiplies after `warmup` untimed ones.
Result<KernelLatency> benchKernel(const PackedWeight &w, const LatencyOptions &options, double bandwidth,
                                  JobContext &ctx);

// The kernel a compressed encoding runs on, and its packing options.
KernelKind kernelKindFor(const EncodedTensor &e, PackOptions *options);

// The kernels a runtime can run an encoding with: its own (kernelKindFor) first and, for sparse
// encodings (CSR, bitmap, N:M), the dense kernel of its value format with the zeros stored —
// at moderate sparsity usually the faster one.
std::vector<std::pair<KernelKind, PackOptions>> candidateKernels(const EncodedTensor &e);

// The latency of an encoded weight (rows × cols, `decoded` its decode()) on the fastest of its
// candidate kernels, as a runtime would dispatch it; the result's `kind` names that kernel.
Result<KernelLatency> benchEncoding(const EncodedTensor &e, const float *decoded, std::int64_t rows,
                                    std::int64_t cols, const LatencyOptions &options, double bandwidth,
                                    JobContext &ctx);

// Per-layer latency of every dense (2-D weight) layer: the original's kernel (F32/F16/BF16 by
// the stored dtype) and, with a variant, the fastest kernel of its encoding (benchEncoding). One
// job: progress, cancel.
Result<std::vector<LayerLatency>> benchLayers(const Model &model, const Variant *variant,
                                              const LatencyOptions &options, JobContext &ctx);

} // namespace pare::core
