// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pare::core {

namespace {

QRegularExpression compilePattern(const QString &pattern)
{
    if (pattern.startsWith(QLatin1String("re:")))
        return QRegularExpression(QRegularExpression::anchoredPattern(pattern.mid(3)));
    // Globs: `*` and `?` cross dots and slashes alike; layer names are not paths.
    QString re;
    for (QChar c : pattern) {
        if (c == QLatin1Char('*'))
            re += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re));
}

// Merges `over` key by key into `base`; a disabled override switches the method off.
void merge(std::optional<QJsonObject> &base, const std::optional<QJsonObject> &over)
{
    if (!over)
        return;
    if (!over->value(QStringLiteral("enabled")).toBool(true)) {
        base.reset();
        return;
    }
    if (!base)
        base = QJsonObject();
    for (auto it = over->begin(); it != over->end(); ++it)
        base->insert(it.key(), it.value());
}

bool compressibleByDefault(const Model &model, const Layer &layer, QString &why)
{
    const Tensor *w = model.weightOf(layer);
    if (!w) {
        why = QCoreApplication::translate("pare::core", "no weight tensor");
        return false;
    }
    if (layer.op == OpKind::Embedding || layer.role == QLatin1String("embed")) {
        why = QCoreApplication::translate("pare::core", "default: embeddings keep their precision");
        return false;
    }
    if (layer.role == QLatin1String("lm_head")) {
        why = QCoreApplication::translate("pare::core",
                                          "default: the output head keeps its precision");
        return false;
    }
    if (layer.op == OpKind::Norm) {
        why = QCoreApplication::translate("pare::core", "default: norms keep their precision");
        return false;
    }
    if (layer.op != OpKind::Dense && layer.op != OpKind::Conv) {
        why = QCoreApplication::translate("pare::core",
                                          "default: only Dense and Conv layers are compressed");
        return false;
    }
    if (w->rank() < 2 || layer.layout == WeightLayout::Vector) {
        why = QCoreApplication::translate("pare::core",
                                          "default: 1-D weights keep their precision");
        return false;
    }
    return true;
}

} // namespace

bool matchesLayerName(const QString &pattern, const QString &name)
{
    return compilePattern(pattern).match(name).hasMatch();
}

Result<PlanResolution> resolvePlan(const Recipe &recipe, const Model &model)
{
    std::vector<QRegularExpression> patterns;
    for (std::size_t i = 0; i < recipe.rules.size(); ++i) {
        patterns.push_back(compilePattern(recipe.rules[i].match));
        if (!patterns.back().isValid())
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                     "pare::core",
                                     "rules[%1].match: the regular expression does not compile: %2")
                                     .arg(i)
                                     .arg(patterns.back().errorString()));
    }
    std::vector<int> matchCount(recipe.rules.size(), 0);

    PlanResolution out;
    out.plans.reserve(model.layers.size());
    for (std::size_t li = 0; li < model.layers.size(); ++li) {
        const Layer &layer = model.layers[li];
        LayerPlan plan;
        plan.layer = int(li);
        plan.name = layer.name;

        QString why;
        bool eligible = compressibleByDefault(model, layer, why);
        std::optional<QJsonObject> prune = recipe.defaults.prune;
        std::optional<QJsonObject> quantize = recipe.defaults.quantize;
        std::optional<QJsonObject> lowrank = recipe.defaults.lowrank;
        bool skip = !eligible;
        plan.reason = eligible ? QStringLiteral("defaults") : why;

        for (std::size_t ri = 0; ri < recipe.rules.size(); ++ri) {
            const RecipeRule &rule = recipe.rules[ri];
            if (!rule.ops.empty() && std::find(rule.ops.begin(), rule.ops.end(), layer.op) == rule.ops.end())
                continue;
            if (!patterns[ri].match(layer.name).hasMatch())
                continue;
            ++matchCount[ri];
            plan.reason = QStringLiteral("rules[%1]").arg(ri);
            if (rule.skip) {
                skip = true;
                continue;
            }
            // A rule naming a layer with methods opts it in, even one kept by default.
            skip = false;
            merge(prune, rule.settings.prune);
            merge(quantize, rule.settings.quantize);
            merge(lowrank, rule.settings.lowrank);
            // The later method wins when a rule brings one of prune / lowrank over the other.
            if (rule.settings.lowrank && lowrank)
                prune.reset();
            if (rule.settings.prune && prune)
                lowrank.reset();
        }
        if (prune && lowrank)
            prune.reset(); // defaults gave both: validated against in fromJson, kept safe here

        const Tensor *w = model.weightOf(layer);
        if (!skip && (!w || w->rank() < 1 || w->numel() == 0)) {
            skip = true;
            out.warnings << QCoreApplication::translate("pare::core",
                                                        "%1: skipped, it has no weight to compress")
                                    .arg(layer.name);
        }
        plan.skip = skip;
        if (!skip) {
            const QString where = plan.reason;
            if (prune) {
                auto s = parsePruneSpec(*prune, where + QStringLiteral(".prune"));
                if (!s)
                    return s.error();
                plan.prune = *s;
            }
            if (quantize) {
                auto s = parseQuantSpec(*quantize, where + QStringLiteral(".quantize"));
                if (!s)
                    return s.error();
                plan.quantize = *s;
            }
            if (lowrank) {
                auto s = parseLowRankSpec(*lowrank, where + QStringLiteral(".lowrank"));
                if (!s)
                    return s.error();
                plan.lowrank = *s;
            }
            if (w && (w->rank() < 2 || layer.layout == WeightLayout::Vector) && (plan.prune || plan.lowrank)) {
                out.warnings << QCoreApplication::translate(
                                        "pare::core", "%1: pruning and low-rank need a matrix; "
                                                      "only quantizing this 1-D weight")
                                        .arg(layer.name);
                plan.prune.reset();
                plan.lowrank.reset();
            }
            if (!plan.changesWeights()) {
                plan.skip = true;
                plan.reason = QCoreApplication::translate("pare::core", "%1: no method set").arg(plan.reason);
            }
        }
        out.plans.push_back(std::move(plan));
    }
    for (std::size_t ri = 0; ri < recipe.rules.size(); ++ri) {
        if (matchCount[ri] == 0)
            return makeError(
                    ErrorCode::InvalidArgument,
                    (recipe.rules[ri].ops.empty()
                             ? QCoreApplication::translate(
                                     "pare::core", "rules[%1].match: \"%2\" matches no layer of %3")
                             : QCoreApplication::translate("pare::core",
                                                           "rules[%1].match: \"%2\" with these ops "
                                                           "matches no layer of %3"))
                            .arg(ri)
                            .arg(recipe.rules[ri].match,
                                 model.path.isEmpty()
                                         ? QCoreApplication::translate("pare::core", "the model")
                                         : model.path));
    }
    return out;
}

} // namespace pare::core
