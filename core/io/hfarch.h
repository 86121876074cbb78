// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QString>

namespace pare::core {

// Builds Model::layers from tensor names, for formats that store only named tensors
// (safetensors, .npz, Hugging Face directories). Every `X.weight` becomes layer X (with
// `X.bias` when present); op kind from name and rank; role, block index and weight layout for
// the llama, mistral, qwen2, gemma, phi3, gpt2 and bert naming schemes. A decoder without an
// lm_head tensor whose config does not say tie_word_embeddings=false gets a tied lm_head layer
// sharing the token embedding. Uses model.architecture (filled in by guessArchitecture() when
// empty) and model.metadata (config.json). Replaces any existing layers.
void assignLayers(Model &model);

// "gpt2", "llama", "bert" from characteristic tensor names, or empty.
QString guessArchitecture(const Model &model);

// True for families whose HF checkpoints are decoders (causal language models).
bool isDecoderArchitecture(const QString &architecture);

} // namespace pare::core
