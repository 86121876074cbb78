// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "compress/compressor.h"
#include "compress/recipe.h"
#include "jobs/jobcontext.h"
#include "model/costmodel.h"
#include "model/model.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace pare::core {

// One study: the original model and compressed variants of it, measured the same way. The
// GUI's Compare dock, `pare-cli report` / `demo` and every report format show this.

struct StudyVariantSpec
{
    QString name;
    Recipe recipe;
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
    // A text to run the language model on before compressing, for activation-aware ("score":
    // "wanda") pruning, as `pare-cli compress --calibration` does. Empty, or a recipe without
    // such pruning: no calibration run.
    QString calibrationPath;
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

// The default study of the bundled demos: 8-bit per channel; 4-bit group 128; 50 % magnitude
// pruning then 8-bit; low-rank keeping 90 % energy.
std::vector<StudyVariantSpec> defaultStudyVariants();

// SHA-256 of a model file, or of every file of a model directory in name order.
Result<QString> hashModelFiles(const QString &path, JobContext &ctx);

Result<StudyResult> runStudy(const QString &modelPath, const std::vector<StudyVariantSpec> &variants,
                             const StudyOptions &options, JobContext &ctx);

} // namespace pare::core
