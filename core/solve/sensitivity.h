// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/recipe.h"
#include "jobs/jobcontext.h"
#include "model/model.h"
#include "runtime/calibration.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace pare::core {

// One entry of the option menu: what the solver may do to a layer. Written in JSON like a
// recipe rule's method objects, except that low-rank takes "rank_fraction" (of the layer's full
// rank, min(rows, cols)) so one option fits layers of every shape:
//   {"id": "lr50-int8", "label": "rank 50 % + int8", "lowrank": {"rank_fraction": 0.5},
//    "quantize": {"bits": 8, "granularity": "group", "group_size": 128}}
// The option "keep" (no method: the original weight) is always the menu's first entry.
struct SolveOption
{
    QString id;
    QString label;
    std::optional<QJsonObject> prune;
    std::optional<QJsonObject> quantize;
    double rankFraction = 0; // > 0: low-rank at this fraction of the full rank
    bool isKeep() const { return !prune && !quantize && rankFraction <= 0; }

    QJsonObject toJson() const;
    static Result<SolveOption> fromJson(const QJsonObject &o, const QString &where);
    // The recipe-rule settings for a layer of rows × cols.
    MethodOverrides overridesFor(std::int64_t rows, std::int64_t cols) const;
};

// 13 options: keep; int 8/6/4/3 bits, group 128; 50 % magnitude + int8; 2:4 + int8; 2:4 + int4;
// rank 25 % and 50 % (float); rank 25 % + int8; rank 50 % + int8; rank 50 % + int4.
std::vector<SolveOption> defaultSolveOptions();
// A JSON file: an array of option objects, or {"options": [...]}. "keep" is added when missing.
Result<std::vector<SolveOption>> loadSolveOptions(const QString &path);
Result<std::vector<SolveOption>> solveOptionsFromJson(const QByteArray &json, const QString &context);

// How damage is measured.
enum class DamageLevel {
    Weight, // data-free: relative Frobenius error² × parameters (parameter-weighted squared error)
    Output, // the layer's output error ‖(W − Ŵ) Xᵀ‖² on calibration inputs X (decoders, graph models)
    EndToEnd, // only this layer compressed, the whole model run on evaluation data
};
QString damageLevelName(DamageLevel l); // "weight", "output", "e2e"
std::optional<DamageLevel> damageLevelFromName(const QString &name);

struct SensitivityCell
{
    bool done = false;
    std::int64_t bytes = -1;     // exact: weight encoding + bias
    double latencyUs = -1;       // see SensitivityTable::latencySource
    double relativeError = -1;   // relative Frobenius error of the weight
    double damage = std::numeric_limits<double>::quiet_NaN();
    QString note;                // why the option does not apply, when it does not
    bool applicable() const { return done && std::isfinite(damage) && bytes >= 0; }
};

struct SensitivityLayer
{
    int layer = -1; // index into Model::layers
    QString name;
    QString op;
    std::int64_t rows = 0, cols = 0;
    std::int64_t parameters = 0;    // weight + bias elements
    std::int64_t originalBytes = 0; // weight + bias as stored
    double originalLatencyUs = -1;
    std::vector<SensitivityCell> cells; // one per option
};

// What a sweep's figures mean is kept as English source text and translated when shown, so that
// a table or study saved in one language reads in another's, and the JSON says the same whatever
// the language of the run. Text saved by earlier versions, already translated, matches no
// source and shows as it was saved.
QString damageUnitText(const QString &unit); // translated

// How a table's latencies were obtained: the source text and, for the bandwidth model, the
// bandwidth it assumed.
struct LatencySource
{
    QString source;           // English source text; %1 in it stands for the bandwidth (GB/s)
    double bandwidthGBs = -1; // the bandwidth model's figure; -1: none
    bool isEmpty() const { return source.isEmpty(); }
    QString text() const;        // translated, the number in QLocale()'s notation
    QString englishText() const; // as the JSON keeps it
    // "latency_source" (the English text) and, with a bandwidth, "latency_bandwidth_gbs".
    void writeJson(QJsonObject &o) const;
    static LatencySource fromJson(const QJsonObject &o);
    static LatencySource bandwidth(double gbPerSecond);
};

// The sweep's result: every candidate layer × every option. Serializable so a sweep can be
// cached in the project and resumed after a cancel.
struct SensitivityTable
{
    static constexpr int kSchemaVersion = 1;
    QString modelPath;
    DamageLevel level = DamageLevel::Weight;
    QString damageUnit;      // English source text (damageUnitText translates it): "relative error² × parameters", …
    QString data;            // what end-to-end damage was measured on
    LatencySource latencySource; // how latencyUs was obtained
    // What else the damage and latency figures depend on (data file, its size and time, data
    // limits, calibration length, whether latency was measured): a cached sweep is resumed only
    // when this matches, so figures from other data are never reused silently.
    QString setup;
    std::int64_t modelBytes = 0;    // the whole original model
    std::int64_t fixedBytes = 0;    // tensors the solver never changes (modelBytes − candidates)
    std::vector<SolveOption> options;
    std::vector<SensitivityLayer> layers;
    QStringList notes;

    int cellsDone() const;
    int cellsTotal() const { return int(layers.size() * options.size()); }
    bool complete() const { return !layers.empty() && cellsDone() == cellsTotal(); }
    int optionIndex(const QString &id) const;

    QJsonObject toJson() const;
    static Result<SensitivityTable> fromJson(const QJsonObject &o, const QString &context);
    Result<void> saveToFile(const QString &path) const; // atomically
    static Result<SensitivityTable> fromFile(const QString &path);
};

struct SweepOptions
{
    DamageLevel level = DamageLevel::Weight;
    std::vector<SolveOption> options = defaultSolveOptions();
    QString dataPath;            // end-to-end: evaluation data; output: calibration text (empty: the demo's own data)
    QString labelsPath;
    std::int64_t maxEvalBytes = 16384; // language models: evaluate the text's first bytes (0: all)
    std::int64_t maxExamples = 0;      // classifiers: the first examples only (0: all)
    bool measureLatency = false; // time each layer's original kernel (else a bandwidth model)
    QString cachePath;           // written after every step; read to resume when it matches
    // Output level: calibration positions fed through the decoder (the text's first bytes) or
    // examples run through a graph model (the data's last ones, prepared with `preprocess`), and
    // the Gram matrices' caps. `grams`, when set, is used instead of running a calibration.
    std::int64_t calibrationTokens = 2048;
    std::int64_t calibrationExamples = 256;
    Preprocess preprocess;
    // Output level on calibrated models: scale each layer's output damage by its propagation
    // gain (int4's end-to-end damage on the calibration data over its output damage, one model
    // run per layer), so layers whose error travels far weigh more.
    bool propagationGain = true;
    GramOptions gram;
    std::shared_ptr<const InputGrams> grams;
};

// An empty table for the model's candidate layers (those a recipe may compress: Dense and Conv
// weights with at least 2 dimensions, not tied, not embeddings or the output head).
Result<SensitivityTable> prepareSensitivity(const Model &model, const SweepOptions &options);

// Fills every cell not yet done, in place: cancel leaves the finished cells (and the cache
// file) behind, and the next call continues where this one stopped. A job: progress, cancel.
Result<void> runSensitivity(const std::shared_ptr<const Model> &model, const SweepOptions &options,
                            SensitivityTable &table, JobContext &ctx);


} // namespace pare::core
