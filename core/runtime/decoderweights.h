// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"
#include "runtime/weightoverrides.h"

#include <QString>

#include <vector>

namespace pare::core {

enum class DecoderArch { Gpt2, Llama };

struct DecoderConfig
{
    DecoderArch arch = DecoderArch::Gpt2;
    int vocab = 0;
    int context = 0; // maximum positions (GPT-2: rows of wpe)
    int width = 0;
    int layers = 0;
    int heads = 0;
    int kvHeads = 0;
    int ffn = 0;
    float eps = 1e-5f;
    bool geluTanh = true;        // GPT-2 "gelu_new"; false: exact erf GELU
    float ropeTheta = 10000.0f;  // Llama
    bool ropeInterleaved = false; // GGUF llama: pairs (2i, 2i+1); HF: (i, i + d/2)
    int headDim() const { return heads > 0 ? width / heads : 0; }
};

// One linear map y = x·W + b with W stored [in, out] row-major, whatever the file's layout.
struct LinearWeights
{
    int in = 0;
    int out = 0;
    std::vector<float> w;
    std::vector<float> b; // empty: no bias
};

struct NormWeights
{
    std::vector<float> gamma;
    std::vector<float> beta; // empty for RMSNorm
};

struct DecoderBlock
{
    NormWeights norm1, norm2;
    LinearWeights qkv;  // fused [d → (h + 2·kvh)·hd]: GPT-2 c_attn, or Llama q|k|v concatenated
    LinearWeights proj; // attention output
    LinearWeights up;   // GPT-2 c_fc / Llama up
    LinearWeights gate; // Llama only
    LinearWeights down;
};

// Everything the decoder needs, as float32, built from a Model plus optional overrides (a
// compressed variant's decoded weights). Recognizes Hugging Face GPT-2 and Llama directories
// and GGUF llama / gpt2 files.
class DecoderWeights
{
public:
    static Result<DecoderWeights> fromModel(const Model &model, const WeightOverrides *overrides = nullptr);
    // True when fromModel would recognise the architecture (cheap; no weights read).
    static bool supports(const Model &model);

    DecoderConfig config;
    std::vector<float> tokenEmbedding;    // vocab × d
    std::vector<float> positionEmbedding; // context × d (GPT-2)
    std::vector<DecoderBlock> blocks;
    NormWeights finalNorm;
    LinearWeights head; // d → vocab (tied: transposed token embedding)
};

} // namespace pare::core
