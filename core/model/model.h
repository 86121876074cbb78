// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/graph.h"
#include "model/layer.h"
#include "tensor/tensor.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace pare::core {

enum class ModelFormat { Safetensors, HuggingFaceDir, Onnx, KerasH5, Gguf, Npy, Npz, Pare };
QString modelFormatName(ModelFormat f);
// The same name untranslated, for metadata written into files (stable across locales).
QString modelFormatId(ModelFormat f);

// What kind of network this is, as far as the file tells.
enum class ModelFamily { Unknown, LanguageModel, ConvNet, FeedForward };

class Model
{
public:
    ModelFormat format = ModelFormat::Safetensors;
    QString path;         // the file or directory opened
    QString architecture; // "gpt2", "llama", "sequential", … where known
    ModelFamily family = ModelFamily::Unknown;
    QJsonObject metadata; // format metadata (safetensors __metadata__, GGUF KV, HF config.json)
    std::vector<Tensor> tensors;
    std::vector<Layer> layers;
    std::shared_ptr<const Graph> graph; // null unless the file holds an executable graph

    const Tensor *tensor(const QString &name) const;
    int tensorIndex(const QString &name) const;
    const Tensor *weightOf(const Layer &l) const;
    const Tensor *biasOf(const Layer &l) const;
    const Layer *layer(const QString &name) const;
    std::int64_t parameterCount() const; // all tensors, counted once
    std::int64_t byteSize() const;       // all tensors as stored
    // Rebuilds the name index after tensors were added or renamed.
    void reindex();

private:
    QHash<QString, int> m_tensorIndex;
    QHash<QString, int> m_layerIndex;
};

} // namespace pare::core
