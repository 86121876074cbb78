// SPDX-License-Identifier: GPL-3.0-or-later
#include "lint.h"

#include "common/argtext.h"
#include "common/units.h"
#include "modelanalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <map>

namespace pare::core {

QString lintSeverityName(LintSeverity s)
{
    switch (s) {
    case LintSeverity::Info: return QStringLiteral("info");
    case LintSeverity::Warning: return QStringLiteral("warning");
    case LintSeverity::Error: return QStringLiteral("error");
    }
    return {};
}

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

// "layer 'fc1' (tensor 'fc1.weight')" or "tensor 'x'" for tensors outside layers.
QString where(const QString &layer, const QString &tensor)
{
    if (layer.isEmpty())
        return QCoreApplication::translate("pare::core", "tensor '%1'").arg(tensor);
    return QCoreApplication::translate("pare::core", "layer '%1' (tensor '%2')").arg(layer, tensor);
}

bool isWeightOp(OpKind op)
{
    return op == OpKind::Dense || op == OpKind::Conv || op == OpKind::Embedding;
}

void lintLayerWeight(const Layer &layer, const TensorStats &s, const ChannelStats *channels,
                     std::vector<LintWarning> &out)
{
    const QString at = where(layer.name, s.name);
    auto add = [&](const QString &rule, LintSeverity sev, const QString &msg, double value) {
        out.push_back({rule, sev, layer.name, s.name, msg, value});
    };
    if (channels && channels->channels > 1) {
        const std::int64_t dead = channels->deadChannels();
        if (dead > 0) {
            const auto first = std::find_if(channels->zeroFraction.begin(),
                                            channels->zeroFraction.end(),
                                            [](double z) { return z >= 1.0; });
            add(lintrule::deadChannels, LintSeverity::Warning,
                QCoreApplication::translate("pare::core", "%1: %n of %2 output channels are all zero (first: channel %3); "
                               "they can be pruned for free", nullptr, int(dead))
                    .arg(at).arg(channels->channels)
                    .arg(first - channels->zeroFraction.begin()),
                double(dead));
        }
        const double median = channels->medianAbsMax();
        if (median > 0.0) {
            std::int64_t count = 0, worst = -1;
            for (std::size_t c = 0; c < channels->absMax.size(); ++c) {
                if (double(channels->absMax[c]) > kLintOutlierChannelFactor * median) {
                    ++count;
                    if (worst < 0 || channels->absMax[c] > channels->absMax[std::size_t(worst)])
                        worst = std::int64_t(c);
                }
            }
            if (count > 0)
                add(lintrule::outlierChannels, LintSeverity::Warning,
                    QCoreApplication::translate("pare::core", "%1: %n output channel(s) have |w|max above %2× the median "
                                   "channel |w|max of %3 (worst: channel %4 at %5); per-tensor "
                                   "quantization will crush the other channels", nullptr, int(count))
                        .arg(argText(at), argText(kLintOutlierChannelFactor),
                             argText(formatNumber(median, 4, QLocale())), argText(worst),
                             argText(QLocale().toString(double(channels->absMax[std::size_t(worst)]), 'g', 4))),
                    double(channels->absMax[std::size_t(worst)]) / median);
        }
    }
    if (s.kurtosis > kLintHighKurtosis)
        add(lintrule::highKurtosis, LintSeverity::Warning,
            QCoreApplication::translate("pare::core", "%1: excess kurtosis %2 (above %3): heavy tails; prefer per-channel "
                           "or outlier-aware quantization")
                .arg(argText(at), argText(QLocale().toString(s.kurtosis, 'f', 1)),
                     argText(kLintHighKurtosis)),
            s.kurtosis);
    if (s.zeroFraction > kLintSparseFraction)
        add(lintrule::alreadySparse, LintSeverity::Info,
            QCoreApplication::translate("pare::core", "%1: %2 of the weights are exactly zero (above %3): already sparse")
                .arg(at, percent(s.zeroFraction), percent(kLintSparseFraction)),
            s.zeroFraction);
    if (s.distinctValues > 0 && s.count > kDistinctLimit)
        add(lintrule::alreadyQuantized, LintSeverity::Info,
            (s.distinctFromSample
                 ? QCoreApplication::translate("pare::core", "%1: only %2 distinct values (sampled) in %3 elements of "
                                                             "%4: already quantized; quantizing again gains little")
                 : QCoreApplication::translate("pare::core", "%1: only %2 distinct values in %3 elements of %4: "
                                                             "already quantized; quantizing again gains little"))
                .arg(at).arg(s.distinctValues).arg(s.count).arg(s.dtype),
            double(s.distinctValues));
}

bool sameBytes(const Tensor &a, const Tensor &b)
{
    if (a.byteSize() != b.byteSize() || a.dtype() != b.dtype())
        return false;
    if (a.data() == b.data())
        return true;
    return std::memcmp(a.data(), b.data(), std::size_t(a.byteSize())) == 0;
}

void lintDuplicates(const Model &model, const ModelAnalysis &analysis,
                    const QHash<int, QString> &layerOfTensor, std::vector<LintWarning> &out)
{
    QHash<quint64, std::vector<int>> byHash;
    for (std::size_t i = 0; i < analysis.tensors.size() && i < model.tensors.size(); ++i)
        if (model.tensors[i].numel() > 1)
            byHash[analysis.tensors[i].contentHash].push_back(int(i));
    // In the order of each group's first tensor: QHash's order changes from run to run.
    std::vector<std::vector<int>> groups;
    for (auto it = byHash.cbegin(); it != byHash.cend(); ++it)
        if (it.value().size() > 1)
            groups.push_back(it.value());
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) { return a.front() < b.front(); });
    for (const std::vector<int> &group : groups) {
        std::vector<int> left = group;
        while (left.size() > 1) {
            const Tensor &first = model.tensors[std::size_t(left.front())];
            QStringList names{first.name()};
            std::vector<int> rest;
            for (std::size_t k = 1; k < left.size(); ++k) {
                const Tensor &other = model.tensors[std::size_t(left[k])];
                if (sameBytes(first, other) && first.shape() == other.shape())
                    names << other.name();
                else
                    rest.push_back(left[k]);
            }
            if (names.size() > 1)
                out.push_back({lintrule::duplicateTensors, LintSeverity::Info,
                               layerOfTensor.value(left.front()), first.name(),
                               QCoreApplication::translate("pare::core", "tensors %1 hold identical bytes (%2 each): tied "
                                              "or duplicated weights, stored %3 times")
                                   .arg(argText(QLatin1Char('\'') + names.join(QStringLiteral("', '"))
                                        + QLatin1Char('\'')), argText(first.byteSize()), argText(names.size())),
                               double(names.size())});
            left = std::move(rest);
        }
    }
}

// Layers that use one weight tensor (tied embeddings and heads): one finding for each of them,
// so each layer's list shows it, since compressing the tensor changes every one of them.
void lintTiedWeights(const Model &model, std::vector<LintWarning> &out)
{
    std::map<int, QStringList> layersOfTensor; // in tensor order: the same findings every run
    for (const Layer &l : model.layers) {
        if (l.weight >= 0 && std::size_t(l.weight) < model.tensors.size())
            layersOfTensor[l.weight] << l.name;
    }
    for (const auto &[tensor, layers] : layersOfTensor) {
        if (layers.size() < 2)
            continue;
        const QString name = model.tensors[std::size_t(tensor)].name();
        for (const QString &layer : layers) {
            QStringList others = layers;
            others.removeOne(layer);
            out.push_back({lintrule::tiedWeights, LintSeverity::Info, layer, name,
                           QCoreApplication::translate("pare::core", "layer '%1' shares tensor '%2' with %3 (tied "
                                                                     "weights): compressing the tensor changes each of them")
                               .arg(layer, name,
                                    QLatin1Char('\'') + others.join(QStringLiteral("', '")) + QLatin1Char('\'')),
                           double(layers.size())});
        }
    }
}

} // namespace

std::vector<LintWarning> lintModel(const Model &model, const ModelAnalysis &analysis)
{
    std::vector<LintWarning> out;
    QHash<int, QString> layerOfTensor;
    for (const Layer &l : model.layers) {
        if (l.weight >= 0)
            layerOfTensor.insert(l.weight, l.name);
        if (l.bias >= 0)
            layerOfTensor.insert(l.bias, l.name);
    }
    for (std::size_t i = 0; i < analysis.tensors.size(); ++i) {
        const TensorStats &s = analysis.tensors[i];
        if (s.nanCount > 0 || s.infCount > 0) {
            const QString layer = layerOfTensor.value(int(i));
            out.push_back({lintrule::nanInf, LintSeverity::Error, layer, s.name,
                           QCoreApplication::translate("pare::core", "%1: %2 NaN and %3 Inf among %4 values")
                               .arg(argText(where(layer, s.name)), argText(s.nanCount),
                                    argText(s.infCount), argText(s.count)),
                           double(s.nanCount + s.infCount)});
        }
    }
    for (const Layer &l : model.layers) {
        if (!isWeightOp(l.op) || l.weight < 0 || std::size_t(l.weight) >= analysis.tensors.size())
            continue;
        lintLayerWeight(l, analysis.tensors[std::size_t(l.weight)], analysis.channelsOf(l.name),
                        out);
    }
    lintDuplicates(model, analysis, layerOfTensor, out);
    lintTiedWeights(model, out);
    return out;
}

} // namespace pare::core
