// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Pare project (.pare): the whole working session — which model, the Compression dock's
// recipe, the variants in the Compare dock with their measured figures, the selected layer and
// the whole-model analysis — so that reopening restores it without recomputing anything.
//
// The file is Pare's own HDF5 file (see io/pareh5format.h), layout:
//
//   /                 attributes pare_format = 2 (int64), pare_version (string)
//   /project          group; attribute project_version (int64, kProjectVersion)
//   /project/json     uint8 dataset, UTF-8 JSON: {"name", "model": {path, format, size, sha256},
//                     "ui": {selected_layer, selected_layer_name, compare_metric}}
//   /recipes/json     uint8 dataset, UTF-8 JSON: {"current": <recipe>, "calibration": <text path>}
//                     (the Compression dock; "calibration" only when a text is chosen)
//   /variants/json    uint8 dataset, UTF-8 JSON array, one object per Compare-dock variant:
//                     name, shown, recipe, summary (the study figures, per layer too),
//                     original_quality, original_latency_us, figures (the per-layer sizes, MACs
//                     and errors the Compare charts draw; no compressed tensors)
//   /analysis/json    uint8 dataset, UTF-8 JSON: the whole-model analysis (analysis/analysisjson.h),
//                     absent when it had not finished
//   /sensitivity/json uint8 dataset, UTF-8 JSON: the Budget dock's sensitivity sweep
//                     (solve/sensitivity.h SensitivityTable::toJson, partial after a cancel), absent
//                     when none was run
//
// A project references its model (absolute path, size, SHA-256); it never embeds it. Readers
// ignore groups they do not know; a newer project_version is refused with a clear message.

#include "common/result.h"
#include "compress/compressor.h"
#include "jobs/jobcontext.h"
#include "service/study.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace pare::core {

inline constexpr std::int64_t kProjectVersion = 1;
inline constexpr std::int64_t kProjectFileFormat = 2; // the root pare_format of a project file

struct ProjectModelRef
{
    QString path;   // absolute
    QString format; // "safetensors", "onnx", … as ModelInfo::format says
    std::int64_t size = 0; // bytes: the file, or every file of a model directory
    QString sha256; // hashModelFiles(); empty in recovery files written before hashing finished

    bool operator==(const ProjectModelRef &) const = default;
};

// One variant of the Compare dock, as it was measured. `measured.variant` holds the figures of
// every layer (sizes, MACs, errors, methods) but no compressed tensors: what the charts, the
// cards and the report need, not what exporting a compressed model needs.
struct ProjectVariant
{
    QString name;
    bool shown = true;
    QJsonObject recipe;
    MeasuredVariant measured;
};

struct ProjectUiState
{
    int selectedLayer = -1;
    QString selectedLayerName; // checked against the model on restore
    int compareMetric = 0;     // ComparePanel::Metric

    bool operator==(const ProjectUiState &) const = default;
};

struct Project
{
    QString name; // shown in the window title; the file's base name when empty
    ProjectModelRef model;
    QJsonObject recipe; // the Compression dock's current recipe
    QString calibrationPath; // its calibration text for activation-aware pruning (may be empty)
    std::vector<ProjectVariant> variants;
    ProjectUiState ui;
    QJsonObject analysis; // toJson(ModelAnalysis); empty when there is none
    QJsonObject sensitivity; // SensitivityTable::toJson(); empty when there is none
};

// The JSON forms (the datasets' contents). `where` prefixes error messages: "file.pare: …".
QJsonObject projectVariantToJson(const ProjectVariant &v);
Result<ProjectVariant> projectVariantFromJson(const QJsonObject &o, const QString &where);
// The figures of a compressed variant without its tensors.
QJsonObject variantFiguresToJson(const Variant &v);
Result<Variant> variantFiguresFromJson(const QJsonObject &o, const QString &where);
QJsonObject measuredVariantToJson(const MeasuredVariant &m);
Result<MeasuredVariant> measuredVariantFromJson(const QJsonObject &o, const QString &where);

// Everything of a project as one JSON object (for comparisons and tests), and back.
QJsonObject projectToJson(const Project &p);
Result<Project> projectFromJson(const QJsonObject &o, const QString &where);

// Writes atomically (a temporary file, then a rename).
Result<void> saveProject(const Project &project, const QString &path);
// Validates everything; every Error names the file and the field. ErrorCode::NotAProject when
// the file is not a file, not HDF5, or an HDF5 file without a /project group (a model).
// The HDF5 reading runs in a child process where common/isolate.h is available.
Result<Project> loadProject(const QString &path);

// True when the file starts with the HDF5 signature (cheap; says nothing about /project).
bool looksLikeHdf5(const QString &path);

// Whether the project's model is still where it was and unchanged.
enum class ProjectModelState { Ok, Missing, Changed };
struct ProjectModelCheck
{
    ProjectModelState state = ProjectModelState::Ok;
    QString message; // what is wrong, naming the file; empty when Ok
};
// Compares size, then the SHA-256 (skipped when the project has no hash). `modelPath` overrides
// the project's path (the user located the model elsewhere). A job: hashing takes time.
Result<ProjectModelCheck> checkProjectModel(const ProjectModelRef &ref, const QString &modelPath,
                                            JobContext &ctx);

// Size of a model file, or of every file of a model directory.
std::int64_t modelFilesSize(const QString &path);
// The model reference for a model at `path` (hashing is a job).
Result<ProjectModelRef> describeModelFiles(const QString &path, const QString &format, JobContext &ctx);

} // namespace pare::core
