// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/modelanalysis.h"
#include "analysis/spectrum.h"
#include "common/result.h"

#include <QJsonObject>

namespace pare::core {

// JSON forms of the analysis results, for the project file and `pare-cli stats --json`.
// NaN figures are written as null and read back as NaN; the content hash as a hex string.
QJsonObject toJson(const Histogram &h);
QJsonObject toJson(const TensorStats &s);
QJsonObject toJson(const ChannelStats &c);
QJsonObject toJson(const Spectrum &s);
QJsonObject toJson(const LintWarning &w);
QJsonObject toJson(const ModelSummary &s);
QJsonObject toJson(const ModelAnalysis &a);

// Each names the field at fault when the object is malformed.
Result<Histogram> histogramFromJson(const QJsonObject &o);
Result<TensorStats> tensorStatsFromJson(const QJsonObject &o);
Result<ChannelStats> channelStatsFromJson(const QJsonObject &o);
Result<Spectrum> spectrumFromJson(const QJsonObject &o);
Result<ModelAnalysis> modelAnalysisFromJson(const QJsonObject &o);

} // namespace pare::core
