// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/tensor.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace pare::core {

enum class OpKind { Dense, Conv, Embedding, Norm, Other };
QString opKindName(OpKind k); // stable identifier, stored in files and JSON: never translated
QString opKindDisplayName(OpKind k); // translated, for display
std::optional<OpKind> opKindFromName(QStringView name); // case-insensitive

// How a layer's weight tensor is laid out, so every consumer finds the output channels.
// New values go at the end: files store the number (variant descriptions) or the name.
enum class WeightLayout {
    OutIn,   // [out, in]: PyTorch Linear, ONNX Gemm transB=1, GGUF
    InOut,   // [in, out]: Keras Dense, HF GPT-2 Conv1D, ONNX MatMul / Gemm transB=0
    ConvOIHW, // [out, in/groups, kh, kw]: PyTorch, ONNX
    ConvHWIO, // [kh, kw, in/groups, out]: Keras
    Vector,  // 1-D (norm scales) or anything else without channels
    ConvTransposeIOHW, // [in, out/groups, kh, kw]: ONNX ConvTranspose, PyTorch ConvTranspose2d
    ConvTransposeHWOI, // [kh, kw, out, in]: Keras Conv2DTranspose (and 1-D / 3-D)
};

bool isTransposedConv(WeightLayout layout);

// The "out × in" reading of a weight: row r is output channel r, its columns every input that
// output sees (the kernel area included for convolutions, in the weight's own order). Says where
// element (row, col) sits in the stored (row-major) tensor, and which channel a stored element
// belongs to, for every layout.
struct OutInMap
{
    enum class Order {
        Rows,      // stored out-major: (r, c) at r·cols + c (OutIn, ConvOIHW, Vector)
        Columns,   // stored in-major: (r, c) at c·rows + r (InOut, ConvHWIO)
        TransposeIOHW, // [in, out/g, area…], groups g
        TransposeHWOI, // [area…, out, in]
    };
    Order order = Order::Rows;
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::int64_t area = 1;        // kernel elements (transposed layouts)
    std::int64_t inPerGroup = 0;  // TransposeIOHW: in / g; TransposeHWOI: in
    std::int64_t outPerGroup = 0; // TransposeIOHW: out / g; TransposeHWOI: out

    // Stored index of element (row, col).
    std::int64_t index(std::int64_t row, std::int64_t col) const;
    // Output channel of the stored element at `flat`.
    std::int64_t channelOf(std::int64_t flat) const;
    // Aligned runs of this many stored elements belong to one output channel and are, in the
    // same order, aligned runs of columns of that channel's row.
    std::int64_t run() const;
};
// `groups` matters only for ConvTransposeIOHW (out = groups × dim 1); one that does not divide
// dim 0 is read as 1.
OutInMap outInMap(WeightLayout layout, const Shape &shape, int groups = 1);
// Reorders a whole weight between its stored order and the out × in order (both row-major).
void storedToOutIn(const OutInMap &map, const float *stored, float *matrix);
void outInToStored(const OutInMap &map, const float *matrix, float *stored);

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
