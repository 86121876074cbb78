// SPDX-License-Identifier: GPL-3.0-or-later
#include "solver.h"

#include "compress/plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pare::core {

namespace {

QString exactMatch(const QString &name)
{
    static const QRegularExpression special(QStringLiteral(R"([*?\[\]\\{}])"));
    if (name.contains(special))
        return QStringLiteral("re:") + QRegularExpression::escape(name);
    return name;
}

double costOf(const SensitivityCell &c, BudgetKind kind)
{
    return kind == BudgetKind::Latency ? c.latencyUs : double(c.bytes);
}

struct Groups
{
    std::vector<std::vector<KnapsackItem>> items;
    std::vector<std::vector<int>> optionOf; // item → option index
};

Result<Groups> buildGroups(const SensitivityTable &table, BudgetKind kind, const SolveConstraints &constraints)
{
    std::vector<int> lockOption(constraints.locks.size());
    std::vector<bool> lockUsed(constraints.locks.size(), false);
    for (std::size_t k = 0; k < constraints.locks.size(); ++k) {
        lockOption[k] = table.optionIndex(constraints.locks[k].second);
        if (lockOption[k] < 0)
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "lock '%1=%2': no option '%2' in the menu")
                                                         .arg(constraints.locks[k].first, constraints.locks[k].second)};
    }
    std::vector<bool> excludeUsed(std::size_t(constraints.excludes.size()), false);
    Groups g;
    for (const SensitivityLayer &l : table.layers) {
        int forced = -1;
        for (qsizetype e = 0; e < constraints.excludes.size(); ++e)
            if (matchesLayerName(constraints.excludes[e], l.name)) {
                forced = 0;
                excludeUsed[std::size_t(e)] = true;
            }
        if (forced < 0)
            for (std::size_t k = 0; k < constraints.locks.size(); ++k)
                if (matchesLayerName(constraints.locks[k].first, l.name)) {
                    forced = lockOption[k];
                    lockUsed[k] = true;
                }
        std::vector<KnapsackItem> items;
        std::vector<int> opts;
        for (std::size_t oi = 0; oi < l.cells.size(); ++oi) {
            if (forced >= 0 && int(oi) != forced)
                continue;
            const SensitivityCell &c = l.cells[oi];
            if (!c.done)
                return Error{ErrorCode::InvalidArgument,
                             QCoreApplication::translate("pare::core", "the sensitivity sweep is not complete (%1 of %n cells); run it to the end first",
                                                             nullptr, int(table.cellsTotal()))
                                 .arg(table.cellsDone())};
            const double cost = costOf(c, kind);
            if (!c.applicable() || !std::isfinite(cost) || cost < 0)
                continue;
            items.push_back({cost, c.damage});
            opts.push_back(int(oi));
        }
        if (items.empty())
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "layer '%1': its locked option '%2' does not apply (%3)")
                             .arg(l.name, table.options[std::size_t(std::max(0, forced))].id,
                                  l.cells[std::size_t(std::max(0, forced))].note)};
        g.items.push_back(std::move(items));
        g.optionOf.push_back(std::move(opts));
    }
    for (std::size_t k = 0; k < constraints.locks.size(); ++k)
        if (!lockUsed[k])
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "lock '%1': matches no layer the solver may change").arg(constraints.locks[k].first)};
    for (qsizetype e = 0; e < constraints.excludes.size(); ++e)
        if (!excludeUsed[std::size_t(e)])
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "exclude '%1': matches no layer the solver may change").arg(constraints.excludes[e])};
    return g;
}

void summarize(const SensitivityTable &table, SolvedPlan &p)
{
    std::int64_t candidateBytes = 0, parameters = 0;
    p.latencyUs = 0;
    for (std::size_t i = 0; i < table.layers.size(); ++i) {
        const SensitivityCell &c = table.layers[i].cells[std::size_t(p.choice[i])];
        candidateBytes += c.bytes;
        parameters += table.layers[i].parameters;
        p.latencyUs += c.latencyUs;
    }
    p.bytes = table.fixedBytes + candidateBytes;
    p.bitsPerWeight = parameters > 0 ? 8.0 * double(candidateBytes) / double(parameters) : 0;
    p.ratio = p.bytes > 0 ? double(table.modelBytes) / double(p.bytes) : 0;
}

double capacityFor(const SensitivityTable &table, const Budget &budget)
{
    std::int64_t parameters = 0;
    for (const SensitivityLayer &l : table.layers)
        parameters += l.parameters;
    switch (budget.kind) {
    case BudgetKind::Bytes: return budget.value - double(table.fixedBytes);
    case BudgetKind::BitsPerWeight: return std::floor(budget.value / 8.0 * double(parameters));
    case BudgetKind::Ratio: return std::floor(double(table.modelBytes) / budget.value) - double(table.fixedBytes);
    case BudgetKind::Latency: return budget.value;
    }
    return 0;
}

Result<SolvedPlan> solveGroups(const SensitivityTable &table, const Groups &g, const Budget &budget, double capacity,
                               const KnapsackOptions &options)
{
    auto ks = solveKnapsack(g.items, capacity, options);
    if (!ks.ok()) {
        // The knapsack's message is translated, so infeasibility is recognised by the numbers
        // (the same test solveKnapsack makes), not by its text.
        double minCost = 0;
        for (const auto &items : g.items) {
            double m = std::numeric_limits<double>::infinity();
            for (const KnapsackItem &it : items)
                m = std::min(m, it.cost);
            minCost += m;
        }
        if (ks.error().code == ErrorCode::InvalidArgument && std::isfinite(minCost)
            && minCost > capacity * (1 + 1e-12) + 1e-9) {
            // Restate in the budget's own terms.
            QString need;
            if (budget.kind == BudgetKind::Latency)
                need = Budget{BudgetKind::Latency, minCost}.text();
            else
                need = Budget{BudgetKind::Bytes, minCost + double(table.fixedBytes)}.text();
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("pare::core", "budget %1 is infeasible: even the cheapest allowed plan needs %2")
                             .arg(budget.text(), need)};
        }
        return ks.error();
    }
    SolvedPlan p;
    p.budget = budget;
    p.capacity = capacity;
    p.choice.resize(table.layers.size());
    for (std::size_t i = 0; i < table.layers.size(); ++i)
        p.choice[i] = g.optionOf[i][std::size_t(ks->choice[i])];
    p.damage = ks->damage;
    p.exact = ks->exact;
    p.lowerBound = ks->lowerBound;
    p.gap = ks->gap;
    p.method = ks->method;
    summarize(table, p);
    p.recipe = recipeForChoice(table, p.choice,
                               QStringLiteral("pare solve: budget %1, %2 damage %3 (%4)")
                                   .arg(budget.text(), damageLevelName(table.level))
                                   .arg(p.damage, 0, 'g', 6)
                                   .arg(p.method));
    p.recipe.solver = RecipeSolverInfo{budget.text(), budgetKindName(budget.kind), budget.value,
                                       damageLevelName(table.level), p.damage, p.method};
    return p;
}

} // namespace

Recipe recipeForChoice(const SensitivityTable &table, const std::vector<int> &choice, const QString &comment)
{
    Recipe r;
    for (std::size_t i = 0; i < table.layers.size() && i < choice.size(); ++i) {
        const SensitivityLayer &l = table.layers[i];
        const SolveOption &o = table.options[std::size_t(choice[i])];
        RecipeRule rule;
        rule.match = exactMatch(l.name);
        rule.comment = o.id;
        if (o.isKeep())
            rule.skip = true;
        else
            rule.settings = o.overridesFor(l.rows, l.cols);
        r.rules.push_back(rule);
    }
    if (!comment.isEmpty() && !r.rules.empty())
        r.rules.front().comment = comment + QStringLiteral("; ") + r.rules.front().comment;
    return r;
}

Result<SolvedPlan> solveBudget(const SensitivityTable &table, const Budget &budget, const SolveConstraints &constraints,
                               const KnapsackOptions &options)
{
    const BudgetKind costKind = budget.kind == BudgetKind::Latency ? BudgetKind::Latency : BudgetKind::Bytes;
    auto groups = buildGroups(table, costKind, constraints);
    if (!groups.ok())
        return groups.error();
    return solveGroups(table, groups.value(), budget, capacityFor(table, budget), options);
}

Result<std::vector<SolvedPlan>> paretoFront(const SensitivityTable &table, BudgetKind kind, int points,
                                            const SolveConstraints &constraints, const KnapsackOptions &options)
{
    const BudgetKind costKind = kind == BudgetKind::Latency ? BudgetKind::Latency : BudgetKind::Bytes;
    auto groups = buildGroups(table, costKind, constraints);
    if (!groups.ok())
        return groups.error();
    double lo = 0, hi = 0;
    for (const auto &items : groups->items) {
        double mn = std::numeric_limits<double>::infinity(), mx = 0;
        for (const KnapsackItem &it : items) {
            mn = std::min(mn, it.cost);
            mx = std::max(mx, it.cost);
        }
        lo += mn;
        hi += mx;
    }
    points = std::max(points, 2);
    std::vector<SolvedPlan> all;
    for (int k = 0; k < points; ++k) {
        if (options.canceled && options.canceled())
            return Error::canceled();
        // Each solve's groups move the bar within its share.
        KnapsackOptions one = options;
        if (options.progress) {
            options.progress(double(k) / double(points));
            one.progress = [&options, k, points](double f) { options.progress((double(k) + f) / double(points)); };
        }
        const double capacity = lo + (hi - lo) * double(k) / double(points - 1);
        Budget b;
        b.kind = costKind;
        b.value = costKind == BudgetKind::Latency ? capacity : capacity + double(table.fixedBytes);
        auto p = solveGroups(table, groups.value(), b, capacity, one);
        if (!p.ok())
            return p.error();
        all.push_back(std::move(p).value());
    }
    // Non-dominated, cheapest first; identical plans once.
    auto cost = [&](const SolvedPlan &p) { return costKind == BudgetKind::Latency ? p.latencyUs : double(p.bytes); };
    std::sort(all.begin(), all.end(), [&](const SolvedPlan &a, const SolvedPlan &b) {
        return cost(a) != cost(b) ? cost(a) < cost(b) : a.damage < b.damage;
    });
    std::vector<SolvedPlan> front;
    for (SolvedPlan &p : all) {
        if (!front.empty() && (p.choice == front.back().choice || p.damage >= front.back().damage))
            continue;
        front.push_back(std::move(p));
    }
    return front;
}

QJsonObject SolvedPlan::toJson(const SensitivityTable &table) const
{
    QJsonArray layers;
    for (std::size_t i = 0; i < choice.size() && i < table.layers.size(); ++i) {
        const SensitivityCell &c = table.layers[i].cells[std::size_t(choice[i])];
        layers.append(QJsonObject{{QStringLiteral("name"), table.layers[i].name},
                                  {QStringLiteral("option"), table.options[std::size_t(choice[i])].id},
                                  {QStringLiteral("bytes"), double(c.bytes)},
                                  {QStringLiteral("damage"), c.damage}});
    }
    return QJsonObject{{QStringLiteral("budget"), budget.text()},
                       {QStringLiteral("budget_kind"), budgetKindName(budget.kind)},
                       {QStringLiteral("bytes"), double(bytes)},
                       {QStringLiteral("bits_per_weight"), bitsPerWeight},
                       {QStringLiteral("ratio"), ratio},
                       {QStringLiteral("latency_us"), latencyUs},
                       {QStringLiteral("damage"), damage},
                       {QStringLiteral("damage_unit"), table.damageUnit},
                       {QStringLiteral("exact"), exact},
                       {QStringLiteral("lower_bound"), lowerBound},
                       {QStringLiteral("gap"), gap},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("layers"), layers},
                       {QStringLiteral("recipe"), QJsonDocument::fromJson(recipe.toJson()).object()}};
}

QJsonObject frontToJson(const SensitivityTable &table, const std::vector<SolvedPlan> &front)
{
    QJsonArray pts;
    for (const SolvedPlan &p : front)
        pts.append(p.toJson(table));
    return QJsonObject{{QStringLiteral("pare_front"), 1},
                       {QStringLiteral("model"), table.modelPath},
                       {QStringLiteral("level"), damageLevelName(table.level)},
                       {QStringLiteral("damage_unit"), table.damageUnit},
                       {QStringLiteral("model_bytes"), double(table.modelBytes)},
                       {QStringLiteral("points"), pts}};
}

QByteArray frontToCsv(const std::vector<SolvedPlan> &front)
{
    QByteArray out = "bytes,bits_per_weight,ratio,latency_us,damage,exact,gap,method\n";
    for (const SolvedPlan &p : front)
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                   .arg(p.bytes)
                   .arg(p.bitsPerWeight, 0, 'g', 8)
                   .arg(p.ratio, 0, 'g', 8)
                   .arg(p.latencyUs, 0, 'g', 8)
                   .arg(p.damage, 0, 'g', 10)
                   .arg(p.exact ? QStringLiteral("true") : QStringLiteral("false"))
                   .arg(p.gap, 0, 'g', 6)
                   .arg(p.method)
                   .toUtf8();
    return out;
}

} // namespace pare::core
