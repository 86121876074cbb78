// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pare's own HDF5 file (.pare). Layout, version 1:
//
//   /                    attributes pare_format = 1 (int64), pare_version (string)
//   /model               group; attributes source_path, source_format, architecture, family
//   /model/metadata      uint8 dataset: Model::metadata as UTF-8 JSON
//   /model/layers        uint8 dataset: Model::layers as a UTF-8 JSON array
//   /model/graph         uint8 dataset: Model::graph as UTF-8 JSON (absent when there is none)
//   /tensors/<i>         uint8 dataset per tensor, i = 0, 1, … in Model::tensors order: the raw
//                        bytes as stored (any dtype, block types too, bit-exact); attributes
//                        name (string), dtype (DType name), shape (int64 list)
//
// Later versions add sibling groups /recipes, /variants, /results and /analysis; readers ignore
// groups they do not know, so a version-1 reader opens those files' models.
// The JSON lives in datasets rather than attributes because HDF5 caps compact attributes at
// 64 KiB, which the layer list of a large model exceeds.

#include "common/result.h"
#include "model/graph.h"
#include "model/layer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace pare::core::pareh5 {

inline constexpr std::int64_t kFormatVersion = 1;
inline constexpr char kFormatAttribute[] = "pare_format";

QString layoutName(WeightLayout layout);
std::optional<WeightLayout> layoutFromName(const QString &name);

QJsonArray layersToJson(const std::vector<Layer> &layers);
// `tensorCount` bounds the weight/bias indices; `where` prefixes error messages.
Result<std::vector<Layer>> layersFromJson(const QJsonArray &array, int tensorCount,
                                          const QString &where);

QJsonObject graphToJson(const Graph &graph);
Result<Graph> graphFromJson(const QJsonObject &object, const QString &where);

} // namespace pare::core::pareh5
