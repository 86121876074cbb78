// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/compressor.h"
#include "compress/recipe.h"
#include "jobs/jobcontext.h"
#include "model/costmodel.h"
#include "model/model.h"
#include "solve/budget.h"
#include "solve/sensitivity.h"
#include "solve/solver.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace pare::core {

// One study: the original model and compressed variants of it, measured the same way. The
// GUI's Compare dock, `pare-cli report` / `demo` and every report format show this.

// What a variant is to the budget solver's comparison: a uniform recipe (defaults only, the
// same method on every layer), another hand-written recipe (per-layer rules), or the solver's
// plan for a budget.
inline constexpr const char *kRoleUniform = "uniform";
inline constexpr const char *kRoleRecipe = "recipe";
inline constexpr const char *kRoleSolver = "solver";

struct StudyVariantSpec
{
    QString name;
    Recipe recipe;
    QString role;            // empty: from the recipe (variantRole)
    QString budget;          // solver plans: the budget's text ("1.23 MB")
    double budgetBytes = -1; // solver plans: the byte limit the plan had to fit (-1: latency budget)
};

// A solver plan to add to a study, with the front of the same sweep.
struct StudySolveOptions
{
    bool enabled = false;
    DamageLevel level = DamageLevel::Weight;
    // The budget: a fixed one, or (when unset) the size of the uniform variant named
    // `sameAs`, or of the largest uniform variant when `sameAs` is empty.
    std::optional<Budget> budget;
    QString sameAs;
    QString dataPath;                  // e2e: evaluation data; output: calibration text (empty: the demo's)
    std::int64_t maxEvalBytes = 16384; // e2e damage on language models: the text's first bytes
    int frontPoints = 24;
    QString name;                      // of the solver variant; empty: "solver <budget>"
};

struct StudyOptions
{
    bool latency = true;   // per-layer kernel timings, original vs variant
    bool evaluate = true;  // end-to-end quality where the model can be executed
    int batch = 1;
    int repeats = 15;
    InputSpec input;
    QString dataPath;      // evaluation data; empty: the demo's data when the model is a demo
    QString labelsPath;
    std::int64_t maxEvalBytes = 0; // language models: evaluate only the text's first bytes (0: all)
    // Text (language models) or examples (graph models) to run the model on before compressing,
    // for activation-aware ("score": "wanda") pruning, as `pare-cli compress --calibration` does.
    // Empty, or a recipe without such pruning: no calibration run.
    QString calibrationPath;
    StudySolveOptions solve; // runStudy only
};

struct StudyLayer
{
    QString name;
    QString op;
    QString method; // what the variant did, "kept" when unchanged
    std::int64_t parameters = 0;
    std::int64_t originalBytes = 0;
    std::int64_t bytes = 0;
    std::int64_t originalMacs = -1;
    std::int64_t macs = -1;
    double originalLatencyUs = -1; // -1: not measured
    double latencyUs = -1;
    double relativeError = 0;
    double sqnrDb = 0;
};

// Quality figures; which are set depends on the model (language model or classifier).
struct StudyQuality
{
    bool measured = false;
    QString kind;           // "language-model" or "classifier"
    QString data;           // what it was measured on
    double perplexity = -1; // language models
    double natsPerByte = -1;
    double meanKl = -1;     // variant only: KL(original ‖ variant), nats
    double p99Kl = -1;
    double sameTopRate = -1;
    double accuracy = -1;   // classifiers
    double agreement = -1;  // variant only: same top-1 class as the original
    QJsonObject toJson() const;
};

struct StudyVariant
{
    QString name;
    QString role;            // kRoleUniform, kRoleRecipe or kRoleSolver; empty in old reports
    QString budget;          // solver plans: the budget's text
    double budgetBytes = -1; // solver plans: the byte limit the plan had to fit (-1: unknown)
    QJsonObject recipe;
    std::int64_t bytes = 0;
    std::int64_t macs = 0;
    double latencyUs = -1; // sum over the measured layers
    double relativeError = 0;
    double sqnrDb = 0;
    StudyQuality quality;
    QStringList notes;
    std::vector<StudyLayer> layers;
};

struct StudyEnvironment
{
    QString cpu;
    QStringList features;
    int threads = 0;
    QString pareVersion;
    QString date; // ISO 8601, UTC
};

// One point of the budget solver's Pareto front: the plan's predicted figures.
struct StudyFrontPoint
{
    std::int64_t bytes = 0;   // the whole model
    double bitsPerWeight = 0; // over the layers the solver may compress
    double latencyUs = -1;    // summed over those layers (see StudySolver::latencySource); -1: unknown
    double damage = 0;        // predicted, in StudySolver::damageUnit
    QString variant;          // the solver variant measured at this point; empty: not measured
};

// A variant in the solver comparison, with the study's quality figure.
struct StudyCompared
{
    QString name;
    std::int64_t bytes = 0;
    double bitsPerWeight = -1; // over the solver's candidate layers; -1: unknown
    double quality = -1;       // StudySolver::qualityFigure; -1: not measured
};

inline constexpr const char *kVerdictAtLeastAsGood = "solver-at-least-as-good";
inline constexpr const char *kVerdictWorse = "solver-worse";
inline constexpr const char *kVerdictNoUniform = "no-uniform-within-budget";
inline constexpr const char *kVerdictNotMeasured = "not-measured";

// A solver plan against the uniform recipes that fit the same budget (bytes not above the
// plan's byte budget; not above the plan's own bytes when the budget is not in bytes).
struct StudyComparison
{
    StudyCompared solver;
    QString budget;
    double budgetBytes = -1;
    std::vector<StudyCompared> uniform; // the uniform variants within the budget, smallest first
    int best = -1;                      // index into `uniform` of the best by the quality figure
    QString verdict;                    // one of the kVerdict* strings
};

// The budget solver's part of a study: how damage was predicted, the front, the comparisons.
struct StudySolver
{
    QString level;         // "weight", "output", "e2e"
    QString damageUnit;    // English source text; damageUnitText translates it
    QString budgetKind;    // "bytes" or "latency": what the front sweeps
    LatencySource latencySource; // how the front's latencies were obtained
    QStringList candidateLayers; // the layers the solver may compress (bits per weight are over these)
    std::vector<StudyFrontPoint> front; // cheapest first
    QString qualityFigure; // "mean_kl" (lower is better), "accuracy" (higher), "relative_error" (lower)
    std::vector<StudyComparison> comparisons;
    bool present() const { return !front.empty() || !comparisons.empty(); }
};

struct StudyResult
{
    static constexpr int kSchemaVersion = 1;
    QString modelPath;
    QString modelName;
    QString format;
    QString architecture;
    QString sha256;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
    std::int64_t macs = 0;
    double latencyUs = -1;   // original, sum over the measured layers
    StudyQuality quality;    // original
    std::vector<StudyVariant> variants;
    StudyEnvironment environment;
    QStringList notes;
    StudySolver solver; // empty unless the study ran the budget solver; "solver" in JSON only when present

    QJsonObject toJson() const;
    static Result<StudyResult> fromJson(const QJsonObject &o);
};


// One variant compressed, timed and evaluated: what the GUI's "Compute variant" and every
// study step produce.
struct MeasuredVariant
{
    std::shared_ptr<const Variant> variant;
    StudyVariant summary;
    StudyQuality originalQuality; // measured alongside (unset when quality was not measured)
    double originalLatencyUs = -1;
};

Result<MeasuredVariant> measureVariant(const std::shared_ptr<const Model> &model, const QString &name,
                                       const Recipe &recipe, const StudyOptions &options, JobContext &ctx);

// Whether any layer's plan prunes by activation-aware ("wanda") scores.
bool usesActivationAwarePruning(const std::vector<LayerPlan> &plans);
// The layers of a compressed variant whose activation-aware pruning fell back to magnitude
// pruning (no calibration norms for them), from their notes.
QStringList magnitudeFallbackLayers(const Variant &variant);

// A study from variants already measured (the GUI's Compare dock), for reports.
Result<StudyResult> studyFromMeasured(const std::shared_ptr<const Model> &model,
                                      const std::vector<MeasuredVariant> &variants,
                                      const StudyOptions &options, JobContext &ctx);

// The role of a variant from its recipe: kRoleSolver when written by the solver (its "solver"
// object, or in recipes of earlier versions a rule's comment starting "pare solve: budget …";
// the budget's text then goes to `budget`), kRoleUniform
// when it has no per-layer rules, else kRoleRecipe.
QString variantRole(const QJsonObject &recipe, QString *budget = nullptr);

// The study's quality figure for the solver comparison: "mean_kl" when the language model was
// evaluated, "accuracy" when the classifier was, else "relative_error".
QString solverQualityFigure(const StudyResult &study);

// Fills study.solver from a sweep and its front: the front points (solver variants measured at
// a point are marked; where the sampled front misses one, its plan is added as a point), then
// the comparisons (compareSolverPlans).
void attachSolver(StudyResult &study, const SensitivityTable &table, const std::vector<SolvedPlan> &front,
                  BudgetKind kind, const std::vector<std::pair<QString, SolvedPlan>> &measuredPlans = {});
// The solver part from a saved sweep (SensitivityTable::toJson, as in a project's /sensitivity
// or the GUI's Budget dock): when the table is complete, its size front is computed and
// attached; the study's solver variants (role kRoleSolver) are marked on the front where their
// bytes match a point. An empty or partial table leaves the study as it is. `context` names
// the source in messages.
Result<void> attachSolverFromSweep(StudyResult &study, const QJsonObject &sensitivity, const QString &context,
                                   int points = 24);
// (Re)computes study.solver.comparisons from the measured variants: for each solver variant,
// the uniform variants within its budget, the best of them by the quality figure, and the
// verdict. Bits per weight are over study.solver.candidateLayers.
void compareSolverPlans(StudyResult &study);

// The default study of the bundled demos: 8-bit per channel; 4-bit group 128; 50 % magnitude
// pruning then 8-bit; low-rank keeping 90 % energy.
std::vector<StudyVariantSpec> defaultStudyVariants();

// SHA-256 of a model file, or of every file of a model directory in name order.
Result<QString> hashModelFiles(const QString &path, JobContext &ctx);

Result<StudyResult> runStudy(const QString &modelPath, const std::vector<StudyVariantSpec> &variants,
                             const StudyOptions &options, JobContext &ctx);

} // namespace pare::core
