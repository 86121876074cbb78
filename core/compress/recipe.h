// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/layer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace pare::core {

// The typed settings of one method, after defaults were applied. docs/recipe-format.md lists
// every field, its default and its range; keep the two in step.
enum class PruneMethod { Magnitude, NM, Channel };
enum class PruneNorm { L1, L2 };
enum class PruneScope { Layer, Global };
// What magnitude pruning ranks: |w|, or |w|·‖x_j‖ with the input column's activation norm from
// calibration data (Wanda, Sun et al. 2023).
enum class PruneScore { Magnitude, Wanda };

struct PruneSpec
{
    PruneMethod method = PruneMethod::Magnitude;
    double sparsity = 0.5; // magnitude: fraction of weights; channel: fraction of output channels
    int n = 2;             // N:M: keep n of every m along the input dimension
    int m = 4;
    PruneNorm norm = PruneNorm::L2;
    PruneScope scope = PruneScope::Layer;
    PruneScore score = PruneScore::Magnitude; // magnitude method, layer scope only
    bool operator==(const PruneSpec &) const = default;
};

enum class QuantFormat { Int, F16, BF16, Fp8E4M3, Fp8E5M2 };
enum class QuantScheme { Symmetric, Asymmetric };
enum class QuantGranularity { Tensor, Channel, Group };
enum class ClipMethod { None, Mse };

struct QuantSpec
{
    QuantFormat format = QuantFormat::Int;
    int bits = 8;
    QuantScheme scheme = QuantScheme::Symmetric;
    QuantGranularity granularity = QuantGranularity::Channel;
    int groupSize = 128;
    ClipMethod clip = ClipMethod::None;
    bool operator==(const QuantSpec &) const = default;
};

struct LowRankSpec
{
    int rank = 0;       // > 0: this rank exactly (clamped to min(rows, cols))
    double energy = 0;  // else: smallest rank keeping this fraction of Σσ², rounded up to 8
    bool operator==(const LowRankSpec &) const = default;
};

// Method objects as written in a recipe: only the keys given. Resolution merges them key by key
// over what earlier rules and the defaults set. An object with "enabled": false (written by
// `"quantize": null` in JSON) switches the method off.
struct MethodOverrides
{
    std::optional<QJsonObject> prune;
    std::optional<QJsonObject> quantize;
    std::optional<QJsonObject> lowrank;
};

struct RecipeRule
{
    QString match;             // glob ("*mlp*") or "re:<regex>"; matched against the whole name
    std::vector<OpKind> ops;   // empty: any op kind
    bool skip = false;
    MethodOverrides settings;
    QString comment;
};

// What the budget solver wrote a recipe for ("solver" in JSON); absent in recipes written by
// hand or by the Compression dock. Reports tell solver plans apart by it.
struct RecipeSolverInfo
{
    QString budget;              // the budget as the user gave it, for display ("4.5 bpw", "630 KB")
    QString kind;                // "bytes", "bpw", "ratio" or "latency"
    double value = 0;            // in the kind's unit: bytes, bits per weight, ratio, microseconds
    QString damage;              // the damage level the plan minimised: "weight", "output", "e2e"
    double predictedDamage = -1; // the solver's predicted total damage (-1: not given)
    QString method;              // how the solver found it ("exact", "Lagrangian", …)

    bool operator==(const RecipeSolverInfo &) const = default;
};

struct Recipe
{
    static constexpr int kVersion = 1;
    int version = kVersion;
    MethodOverrides defaults;
    std::vector<RecipeRule> rules;
    std::optional<RecipeSolverInfo> solver;

    // Parses and validates. `context` (usually the file path) prefixes every message; messages
    // name the key and the rule index ("rules[2].quantize.bits: 7 is not one of 2, 3, 4, 5, 6, 8").
    static Result<Recipe> fromJson(const QByteArray &json, const QString &context = {});
    static Result<Recipe> fromFile(const QString &path);
    QByteArray toJson() const;
    Result<void> saveToFile(const QString &path) const; // atomically
};

// Typed parsing of complete method objects (missing keys take their defaults). `where` is the
// key path used in messages ("rules[1].prune").
Result<PruneSpec> parsePruneSpec(const QJsonObject &o, const QString &where);
Result<QuantSpec> parseQuantSpec(const QJsonObject &o, const QString &where);
Result<LowRankSpec> parseLowRankSpec(const QJsonObject &o, const QString &where);
QJsonObject toJson(const PruneSpec &s);
QJsonObject toJson(const QuantSpec &s);
QJsonObject toJson(const LowRankSpec &s);

QString pruneMethodName(PruneMethod m);
QString quantFormatName(QuantFormat f);
QString granularityName(QuantGranularity g);
// "int4 g128 sym mse", "fp8_e4m3 channel", "2:4", "rank 64": for tables and logs.
QString describe(const QuantSpec &s);
QString describe(const PruneSpec &s);
QString describe(const LowRankSpec &s);

} // namespace pare::core
