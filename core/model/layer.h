// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/tensor.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace pare::core {

enum class OpKind { Dense, Conv, Embedding, Norm, Other };
QString opKindName(OpKind k);
std::optional<OpKind> opKindFromName(QStringView name); // case-insensitive

// How a layer's weight tensor is laid out, so every consumer finds the output channels.
enum class WeightLayout {
    OutIn,   // [out, in]: PyTorch Linear, ONNX Gemm transB=1, GGUF
    InOut,   // [in, out]: Keras Dense, HF GPT-2 Conv1D, ONNX MatMul / Gemm transB=0
    ConvOIHW, // [out, in/groups, kh, kw]: PyTorch, ONNX
    ConvHWIO, // [kh, kw, in/groups, out]: Keras
    Vector,  // 1-D (norm scales) or anything else without channels
};

// A layer: one weight-bearing operation of the model.
struct Layer
{
    QString name;
    OpKind op = OpKind::Other;
    QString opType;     // what the file calls it: "Gemm", "Conv2D", "attn_q", "mlp.c_fc"
    QString role;       // architecture role where known: "attn.q", "mlp.down", "embed", "lm_head"
    int block = -1;     // transformer block index where known
    int weight = -1;    // index into Model::tensors, -1 if none
    int bias = -1;      // index into Model::tensors, -1 if none
    WeightLayout layout = WeightLayout::OutIn;
    int groups = 1;     // convolution groups
    Shape inputShape;   // activation shapes where known (may contain -1 for dynamic dims)
    Shape outputShape;
    // Output positions per inference, for MACs: tokens for sequence models, H×W for convs.
    // -1 when unknown; the cost model fills it from the input spec.
    std::int64_t positions = -1;
    bool tiedTo = false; // the weight is shared with another layer (tied embeddings)

    std::int64_t outFeatures(const Tensor &w) const;
    std::int64_t inFeatures(const Tensor &w) const; // per output channel, including kernel area
};

} // namespace pare::core
