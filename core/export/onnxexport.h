// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ONNX exports for ONNX inputs: the decompressed copy (initializers replaced by their
// reconstruction), and the Q/DQ form ONNX Runtime loads: quantized initializers as int8/uint8
// with DequantizeLinear nodes, low-rank Gemm/MatMul as two of them, pruned weights as dense zeros.

#include "common/result.h"
#include "compress/compressor.h"
#include "jobs/jobcontext.h"
#include "model/model.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace pare::core {

// Copies the ONNX file `source` to `path` with the named initializers' values replaced (dims
// and names unchanged; FLOAT initializers only). Every name must be an initializer.
Result<void> writeOnnxWithInitializers(const QString &source, const QHash<QString, std::vector<float>> &values,
                                       const QString &path, JobContext &ctx);

struct OnnxExportSummary
{
    int quantized = 0;     // weights written as int8/uint8 + DequantizeLinear
    int factorized = 0;    // Gemm/MatMul written as two
    int reconstructed = 0; // weights written as their float reconstruction
    int opsetBefore = 0;
    int opsetAfter = 0;
    QStringList notes; // one per weight not written in its encoded form, and why
};

// The Q/DQ export of a variant of an ONNX model. Integer encodings of up to 8 bits with one scale
// per tensor or per output channel become int8 (symmetric, zero-point 0) or uint8 (asymmetric)
// initializers "<w>_quantized", "<w>_scale", "<w>_zero_point" and a DequantizeLinear node whose
// output keeps the weight's name (per-axis along the output-channel axis; the opset is raised to
// 13 when lower). Unpruned low-rank Gemm/MatMul weights become two Gemm/MatMul nodes over the
// factors. Every other changed weight (groups, FP8, sparse, N:M, removed channels) is written as
// its dense float reconstruction, with a note. Everything else is unchanged.
Result<OnnxExportSummary> writeOnnxQdq(const Model &model, const Variant &variant, const QString &path,
                                       JobContext &ctx);

// Replaces every DequantizeLinear whose inputs are all initializers by a FLOAT initializer of its
// result: for runtimes without Q/DQ (Pare's graph executor) and to check what a Q/DQ file holds.
Result<void> foldOnnxDequantize(const QString &source, const QString &path);

} // namespace pare::core
