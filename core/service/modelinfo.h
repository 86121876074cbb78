// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/units.h"
#include "model/costmodel.h"
#include "model/model.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace pare::core {

// One row of the layer table, shared by `pare-cli inspect` and the GUI's Model dock.
struct LayerInfo
{
    int index = -1; // into Model::layers
    QString name;
    QString op;     // "Dense", "Conv", …
    QString opType; // what the file calls it
    QString role;
    QString shape;  // "4096×11008"
    QString dtype;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
    std::int64_t macs = -1; // -1: unknown
    bool tied = false;
};

struct ModelInfo
{
    QString path;
    QString format;
    QString architecture;
    int tensorCount = 0;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
    std::int64_t macs = 0;
    int layersWithUnknownMacs = 0;
    InputSpec input;
    QList<QPair<QString, std::int64_t>> bytesByDtype; // largest first
    QList<LayerInfo> layers;

    QJsonObject toJson() const;
};

ModelInfo describeModel(const Model &model, const InputSpec &spec = {});

} // namespace pare::core
