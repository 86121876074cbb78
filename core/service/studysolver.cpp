// SPDX-License-Identifier: GPL-3.0-or-later
// The budget solver's part of a study: variant roles, the front, "solver vs best uniform".
#include "study.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace pare::core {

QString variantRole(const QJsonObject &recipe, QString *budget)
{
    const QJsonArray rules = recipe.value(QStringLiteral("rules")).toArray();
    // Recipes the solver writes say so ("solver"); older ones only in their first rule's comment.
    if (const QJsonObject solver = recipe.value(QStringLiteral("solver")).toObject(); !solver.isEmpty()) {
        if (budget)
            *budget = solver.value(QStringLiteral("budget")).toString();
        return QLatin1String(kRoleSolver);
    }
    static const QRegularExpression solved(QStringLiteral("^pare solve: budget ([^,]+),"));
    for (const QJsonValue &r : rules) {
        const auto m = solved.match(r.toObject().value(QStringLiteral("comment")).toString());
        if (m.hasMatch()) {
            if (budget)
                *budget = m.captured(1);
            return QLatin1String(kRoleSolver);
        }
    }
    return QLatin1String(rules.isEmpty() ? kRoleUniform : kRoleRecipe);
}

QString solverQualityFigure(const StudyResult &study)
{
    auto any = [&](auto pred) { return std::any_of(study.variants.begin(), study.variants.end(), pred); };
    if (any([](const StudyVariant &v) { return v.quality.measured && v.quality.meanKl >= 0; }))
        return QStringLiteral("mean_kl");
    if (any([](const StudyVariant &v) { return v.quality.measured && v.quality.accuracy >= 0; }))
        return QStringLiteral("accuracy");
    return QStringLiteral("relative_error");
}

namespace {
double figureOf(const StudyVariant &v, const QString &figure)
{
    if (figure == QLatin1String("mean_kl"))
        return v.quality.measured ? v.quality.meanKl : -1.0;
    if (figure == QLatin1String("accuracy"))
        return v.quality.measured ? v.quality.accuracy : -1.0;
    return v.relativeError;
}

// A solver recipe's choice per table layer (recipeForChoice's inverse: one rule per layer, the
// option id the comment's last part); empty when the recipe does not cover every layer.
std::vector<int> choiceFromRecipe(const SensitivityTable &table, const QJsonObject &recipe)
{
    std::map<QString, int> optionOf;
    for (const QJsonValue &rv : recipe.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = rv.toObject();
        QString match = r.value(QStringLiteral("match")).toString();
        if (match.startsWith(QLatin1String("re:"))) {
            QString name;
            for (qsizetype i = 3; i < match.size(); ++i) {
                if (match[i] == QLatin1Char('\\') && i + 1 < match.size())
                    ++i;
                name += match[i];
            }
            match = name;
        }
        const QString id = r.value(QStringLiteral("comment")).toString().section(QStringLiteral("; "), -1);
        optionOf[match] = table.optionIndex(id);
    }
    std::vector<int> choice;
    for (const SensitivityLayer &l : table.layers) {
        const auto it = optionOf.find(l.name);
        if (it == optionOf.end() || it->second < 0 || !l.cells[std::size_t(it->second)].applicable())
            return {};
        choice.push_back(it->second);
    }
    return choice;
}

double candidateBitsPerWeight(const StudyVariant &v, const QStringList &candidates)
{
    std::int64_t bytes = 0, parameters = 0;
    for (const StudyLayer &l : v.layers) {
        if (candidates.contains(l.name)) {
            bytes += l.bytes;
            parameters += l.parameters;
        }
    }
    return parameters > 0 ? 8.0 * double(bytes) / double(parameters) : -1.0;
}
} // namespace

void compareSolverPlans(StudyResult &study)
{
    StudySolver &s = study.solver;
    if (s.qualityFigure.isEmpty())
        s.qualityFigure = solverQualityFigure(study);
    const bool higherIsBetter = s.qualityFigure == QLatin1String("accuracy");
    auto compared = [&](const StudyVariant &v) {
        return StudyCompared{v.name, v.bytes, candidateBitsPerWeight(v, s.candidateLayers), figureOf(v, s.qualityFigure)};
    };
    s.comparisons.clear();
    for (const StudyVariant &v : study.variants) {
        if (v.role != QLatin1String(kRoleSolver))
            continue;
        StudyComparison c;
        c.solver = compared(v);
        c.budget = v.budget;
        c.budgetBytes = v.budgetBytes;
        const double limit = v.budgetBytes >= 0 ? std::max(v.budgetBytes, double(v.bytes)) : double(v.bytes);
        for (const StudyVariant &u : study.variants)
            if (u.role == QLatin1String(kRoleUniform) && double(u.bytes) <= limit)
                c.uniform.push_back(compared(u));
        std::stable_sort(c.uniform.begin(), c.uniform.end(),
                         [](const StudyCompared &a, const StudyCompared &b) { return a.bytes < b.bytes; });
        for (std::size_t i = 0; i < c.uniform.size(); ++i) {
            const double q = c.uniform[i].quality;
            if (q < 0)
                continue;
            const double best = c.best >= 0 ? c.uniform[std::size_t(c.best)].quality : 0.0;
            if (c.best < 0 || (higherIsBetter ? q > best : q < best))
                c.best = int(i);
        }
        if (c.uniform.empty())
            c.verdict = QLatin1String(kVerdictNoUniform);
        else if (c.best < 0 || c.solver.quality < 0)
            c.verdict = QLatin1String(kVerdictNotMeasured);
        else {
            const double best = c.uniform[std::size_t(c.best)].quality;
            const bool asGood = higherIsBetter ? c.solver.quality >= best : c.solver.quality <= best;
            c.verdict = QLatin1String(asGood ? kVerdictAtLeastAsGood : kVerdictWorse);
        }
        s.comparisons.push_back(c);
    }
}

void attachSolver(StudyResult &study, const SensitivityTable &table, const std::vector<SolvedPlan> &front,
                  BudgetKind kind, const std::vector<std::pair<QString, SolvedPlan>> &measuredPlans)
{
    StudySolver &s = study.solver;
    s = StudySolver{};
    for (StudyVariant &v : study.variants) // measured before roles existed (older projects)
        if (v.role.isEmpty())
            v.role = variantRole(v.recipe, &v.budget);
    s.level = damageLevelName(table.level);
    s.damageUnit = table.damageUnit;
    s.budgetKind = budgetKindName(kind);
    s.latencySource = table.latencySource;
    for (const SensitivityLayer &l : table.layers)
        s.candidateLayers << l.name;
    auto pointOf = [](const SolvedPlan &p) {
        StudyFrontPoint f;
        f.bytes = p.bytes;
        f.bitsPerWeight = p.bitsPerWeight;
        f.latencyUs = p.latencyUs >= 0 ? p.latencyUs : -1.0;
        f.damage = p.damage;
        return f;
    };
    std::vector<std::vector<int>> choices;
    for (const SolvedPlan &p : front) {
        s.front.push_back(pointOf(p));
        choices.push_back(p.choice);
    }
    for (const auto &[name, plan] : measuredPlans) {
        const auto it = std::find(choices.begin(), choices.end(), plan.choice);
        if (it != choices.end()) {
            s.front[std::size_t(it - choices.begin())].variant = name;
        } else {
            s.front.push_back(pointOf(plan));
            s.front.back().variant = name;
            choices.push_back(plan.choice);
        }
    }
    const bool latency = kind == BudgetKind::Latency;
    // Solver variants measured elsewhere (a project, the GUI): marked where their size is a
    // point's, and their byte budget recovered from the budget's text when it is not known.
    std::int64_t parameters = 0;
    for (const SensitivityLayer &l : table.layers)
        parameters += l.parameters;
    for (StudyVariant &v : study.variants) {
        if (v.role != QLatin1String(kRoleSolver))
            continue;
        if (v.budgetBytes < 0 && !v.budget.isEmpty()) {
            const QString text = QString(v.budget).remove(QLatin1Char(' '));
            if (auto b = parseBudget(text); b.ok()) {
                // The text is rounded ("629.8 kB"): the budget as written reaches half a unit of
                // its last digit further, so a uniform recipe of exactly the budget still counts.
                static const QRegularExpression digits(QStringLiteral(R"(^[0-9]*\.?([0-9]*))"));
                const qsizetype decimals = digits.match(text).captured(1).size();
                const double unit = b->value / std::max(1e-300, text.left(digits.match(text).capturedLength()).toDouble());
                if (b->kind == BudgetKind::Bytes)
                    v.budgetBytes = std::floor(b->value + 0.5 * unit * std::pow(10.0, -double(decimals)));
                else if (b->kind == BudgetKind::BitsPerWeight)
                    v.budgetBytes = std::floor(b->value / 8.0 * double(parameters)) + double(table.fixedBytes);
                else if (b->kind == BudgetKind::Ratio)
                    v.budgetBytes = std::floor(double(table.modelBytes) / b->value);
            }
        }
        const bool marked = std::any_of(s.front.begin(), s.front.end(), [&](const StudyFrontPoint &p) { return p.variant == v.name; });
        if (marked)
            continue;
        // The plan's choice, from its recipe (one rule per layer, the option id in its comment).
        if (const std::vector<int> choice = choiceFromRecipe(table, v.recipe); !choice.empty()) {
            const auto it = std::find(choices.begin(), choices.end(), choice);
            if (it != choices.end()) {
                s.front[std::size_t(it - choices.begin())].variant = v.name;
            } else {
                SolvedPlan p;
                p.choice = choice;
                std::int64_t candidateBytes = 0;
                for (std::size_t i = 0; i < table.layers.size(); ++i) {
                    const SensitivityCell &c = table.layers[i].cells[std::size_t(choice[i])];
                    candidateBytes += c.bytes;
                    p.latencyUs += c.latencyUs;
                    p.damage += c.damage;
                }
                p.bytes = table.fixedBytes + candidateBytes;
                p.bitsPerWeight = parameters > 0 ? 8.0 * double(candidateBytes) / double(parameters) : 0;
                s.front.push_back(pointOf(p));
                s.front.back().variant = v.name;
                choices.push_back(choice);
            }
        }
    }
    std::stable_sort(s.front.begin(), s.front.end(), [latency](const StudyFrontPoint &a, const StudyFrontPoint &b) {
        return latency ? a.latencyUs < b.latencyUs : a.bytes < b.bytes;
    });
    s.qualityFigure = solverQualityFigure(study);
    compareSolverPlans(study);
}

Result<void> attachSolverFromSweep(StudyResult &study, const QJsonObject &sensitivity, const QString &context, int points)
{
    if (sensitivity.isEmpty())
        return {};
    auto table = SensitivityTable::fromJson(sensitivity, context);
    if (!table.ok())
        return table.error();
    if (!table->complete())
        return {};
    auto front = paretoFront(table.value(), BudgetKind::Bytes, points);
    if (!front.ok())
        return Error{front.error().code, QStringLiteral("%1: %2").arg(context, front.error().message)};
    attachSolver(study, table.value(), front.value(), BudgetKind::Bytes);
    return {};
}

} // namespace pare::core
