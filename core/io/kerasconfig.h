// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Keras model_config JSON: layer classes, their settings and the activation shapes they
// produce (channels-last, batch -1), plus the ONNX-style graph of a Sequential model.

#include "common/result.h"
#include "model/graph.h"
#include "tensor/tensor.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace pare::core::keras {

struct LayerSpec
{
    QString name;
    QString className; // "Conv2D", "Dense", …
    QJsonObject config;
    QString inbound;  // the layer feeding this one (Functional), empty for the first
    Shape inputShape; // empty when unknown
    Shape outputShape;
};

struct ModelConfig
{
    QString className; // "Sequential", "Functional", "Model"
    QString name;
    bool sequential = false;
    std::vector<LayerSpec> layers; // in config order
    QHash<QString, int> index;     // layer name → position in layers

    const LayerSpec *layer(const QString &layerName) const
    {
        const int i = index.value(layerName, -1);
        return i < 0 ? nullptr : &layers[std::size_t(i)];
    }
};

// Parses model_config and propagates shapes from the input layer. `where` names the file and
// the attribute for error messages.
Result<ModelConfig> parseModelConfig(const QByteArray &json, const QString &where);

// The tensors (by Model::tensors index) each layer holds, in weight_names order.
using LayerTensors = QHash<QString, std::vector<QString>>;

// ONNX-style graph of a Sequential model: operators in the order of the config, channels-last
// convolutions and pools marked with attribute layout = "NHWC". Layers Pare cannot express
// become nodes of domain "keras" named after their class.
std::shared_ptr<Graph> sequentialGraph(const ModelConfig &config, const LayerTensors &tensors);

} // namespace pare::core::keras
