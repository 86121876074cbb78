// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace pare::core {

class Model;
struct ModelAnalysis;

// Thresholds of the quantization lint, named so the UI can quote them.
constexpr double kLintHighKurtosis = 10.0;       // excess kurtosis above this: heavy tails
constexpr double kLintOutlierChannelFactor = 10.0; // channel |w|max above this × the median
constexpr double kLintSparseFraction = 0.5;      // exact zeros above this: already sparse

enum class LintSeverity { Info, Warning, Error };
QString lintSeverityName(LintSeverity s);

// One finding. rule is a stable id ("dead-channels"); message names the layer or tensor and
// the figure that triggered it; value is that figure (for sorting).
struct LintWarning
{
    QString rule;
    LintSeverity severity = LintSeverity::Warning;
    QString layer;  // empty for tensors outside any layer
    QString tensor;
    QString message;
    double value = 0.0;
};

// Stable rule ids.
namespace lintrule {
inline const QString deadChannels = QStringLiteral("dead-channels");
inline const QString outlierChannels = QStringLiteral("outlier-channels");
inline const QString highKurtosis = QStringLiteral("high-kurtosis");
inline const QString alreadySparse = QStringLiteral("already-sparse");
inline const QString alreadyQuantized = QStringLiteral("already-quantized");
inline const QString nanInf = QStringLiteral("nan-inf");
inline const QString duplicateTensors = QStringLiteral("duplicate-tensors");
inline const QString tiedWeights = QStringLiteral("tied-weights");
} // namespace lintrule

// Runs every rule over an analysis of `model` (duplicates are confirmed byte by byte).
std::vector<LintWarning> lintModel(const Model &model, const ModelAnalysis &analysis);

} // namespace pare::core
