// SPDX-License-Identifier: GPL-3.0-or-later
#include "knapsack.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pare::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Each group's choice minimizing damage + λ·cost (ties: the cheaper one).
std::vector<int> lagrangianChoice(const std::vector<std::vector<KnapsackItem>> &groups, double lambda, double *value,
                                  double *cost, double *damage)
{
    std::vector<int> choice(groups.size(), 0);
    double v = 0, c = 0, d = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        int best = 0;
        double bestV = kInf;
        for (std::size_t i = 0; i < groups[g].size(); ++i) {
            const KnapsackItem &it = groups[g][i];
            const double x = it.damage + lambda * it.cost;
            if (x < bestV || (x == bestV && it.cost < groups[g][std::size_t(best)].cost)) {
                bestV = x;
                best = int(i);
            }
        }
        choice[g] = best;
        v += bestV;
        c += groups[g][std::size_t(best)].cost;
        d += groups[g][std::size_t(best)].damage;
    }
    *value = v;
    *cost = c;
    *damage = d;
    return choice;
}

// Spends the slack left under `capacity` on the upgrades saving the most damage per unit of cost.
void greedyRepair(const std::vector<std::vector<KnapsackItem>> &groups, double capacity, std::vector<int> &best,
                  double &bestCost, double &bestDamage)
{
    bool improved = true;
    while (improved) {
        improved = false;
        double bestRatio = 0;
        std::size_t bg = 0;
        int bi = -1;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            const KnapsackItem &cur = groups[g][std::size_t(best[g])];
            for (std::size_t i = 0; i < groups[g].size(); ++i) {
                const KnapsackItem &it = groups[g][i];
                const double dd = cur.damage - it.damage;
                const double dc = it.cost - cur.cost;
                if (dd <= 0 || bestCost + dc > capacity)
                    continue;
                const double ratio = dc <= 0 ? kInf : dd / dc;
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    bg = g;
                    bi = int(i);
                }
            }
        }
        if (bi >= 0) {
            bestCost += groups[bg][std::size_t(bi)].cost - groups[bg][std::size_t(best[bg])].cost;
            bestDamage += groups[bg][std::size_t(bi)].damage - groups[bg][std::size_t(best[bg])].damage;
            best[bg] = bi;
            improved = true;
        }
    }
}

KnapsackSolution solveLagrangian(const std::vector<std::vector<KnapsackItem>> &groups, double capacity)
{
    // The dual L(λ) = Σ_g min_i (d + λc) − λ·C is a lower bound for every λ ≥ 0. Bisect for the
    // smallest λ whose relaxed choice fits; that choice is feasible, the best L seen bounds it.
    KnapsackSolution out;
    out.method = QStringLiteral("lagrangian");
    double v, c, d;
    auto choice = lagrangianChoice(groups, 0.0, &v, &c, &d);
    out.lowerBound = v;
    if (c <= capacity) {
        out.choice = choice;
        out.cost = c;
        out.damage = d;
        out.exact = true; // the unconstrained optimum fits
        return out;
    }
    double lo = 0, hi = 1;
    for (int k = 0; k < 200; ++k) {
        lagrangianChoice(groups, hi, &v, &c, &d);
        out.lowerBound = std::max(out.lowerBound, v - hi * capacity);
        if (c <= capacity)
            break;
        lo = hi;
        hi *= 4;
    }
    std::vector<int> best = lagrangianChoice(groups, hi, &v, &c, &d);
    double bestCost = c, bestDamage = d;
    for (int k = 0; k < 100; ++k) {
        const double mid = 0.5 * (lo + hi);
        auto ch = lagrangianChoice(groups, mid, &v, &c, &d);
        out.lowerBound = std::max(out.lowerBound, v - mid * capacity);
        if (c <= capacity) {
            hi = mid;
            if (d < bestDamage) {
                best = ch;
                bestCost = c;
                bestDamage = d;
            }
        } else {
            lo = mid;
        }
    }
    greedyRepair(groups, capacity, best, bestCost, bestDamage);
    out.choice = best;
    out.cost = bestCost;
    out.damage = bestDamage;
    out.gap = std::max(0.0, bestDamage - out.lowerBound);
    return out;
}

} // namespace

Result<KnapsackSolution> solveKnapsack(const std::vector<std::vector<KnapsackItem>> &groups, double capacity,
                                       const KnapsackOptions &options)
{
    double minTotal = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].empty())
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "knapsack: group %1 has no option").arg(g)};
        double m = kInf;
        for (const KnapsackItem &it : groups[g]) {
            if (!std::isfinite(it.cost) || !std::isfinite(it.damage))
                return Error{ErrorCode::InvalidArgument,
                             QCoreApplication::translate("pare::core", "knapsack: group %1 has an option without a finite cost and damage").arg(g)};
            m = std::min(m, it.cost);
        }
        minTotal += m;
    }
    if (minTotal > capacity * (1 + 1e-12) + 1e-9)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("pare::core", "budget infeasible: the cheapest choice costs %1, the budget allows %2")
                         .arg(minTotal, 0, 'g', 10)
                         .arg(capacity, 0, 'g', 10)};
    const std::int64_t n = std::int64_t(groups.size());
    if (n == 0)
        return KnapsackSolution{{}, 0, 0, true, 0, 0, QStringLiteral("dp")};

    // Costs relative to each group's cheapest option; the grid covers only the slack.
    std::vector<double> base(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        base[g] = kInf;
        for (const KnapsackItem &it : groups[g])
            base[g] = std::min(base[g], it.cost);
    }
    const double slack = std::max(0.0, capacity - minTotal);
    // Small problems get a finer grid (about fineCells in all), exact outright for integer costs.
    std::int64_t cells = std::max(options.gridCells, std::min(options.maxDpCells, options.fineCells) / std::max<std::int64_t>(1, n));
    // Integer costs with a slack smaller than the grid: a unit grid, which is exact outright.
    bool integral = true;
    for (const auto &g : groups)
        for (const KnapsackItem &it : g)
            integral = integral && it.cost == std::floor(it.cost);
    if (integral && slack <= double(cells))
        cells = std::int64_t(std::floor(slack));
    for (const auto &g : groups)
        if (g.size() > 255)
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "knapsack: more than 255 options in a group")};
    const bool useDp = !options.forceLagrangian && (cells + 1) * n <= options.maxDpCells;
    if (!useDp)
        return solveLagrangian(groups, capacity);

    const double unit = (integral && cells == std::int64_t(std::floor(slack))) ? 1.0 : (slack > 0 ? slack / double(cells) : 1.0);
    const std::size_t W = std::size_t(cells) + 1;
    std::vector<double> dp(W, 0.0), next(W);
    std::vector<std::uint8_t> pick(std::size_t(n) * W);
    std::vector<std::int64_t> units;
    for (std::int64_t g = 0; g < n; ++g) {
        if (options.canceled && options.canceled())
            return Error::canceled();
        if (options.progress)
            options.progress(double(g) / double(n));
        const auto &items = groups[std::size_t(g)];
        units.resize(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            const double rel = (items[i].cost - base[std::size_t(g)]) / unit;
            units[i] = std::int64_t(std::ceil(rel - 1e-9));
        }
        std::uint8_t *row = pick.data() + std::size_t(g) * W;
        for (std::size_t w = 0; w < W; ++w) {
            double best = kInf;
            std::uint8_t bi = 0;
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (units[i] > std::int64_t(w))
                    continue;
                const double v = dp[w - std::size_t(units[i])] + items[i].damage;
                if (v < best) {
                    best = v;
                    bi = std::uint8_t(i);
                }
            }
            next[w] = best;
            row[w] = bi;
        }
        dp.swap(next);
    }
    KnapsackSolution out;
    out.method = QStringLiteral("dp");
    out.exact = true;
    out.choice.assign(std::size_t(n), 0);
    std::size_t w = W - 1;
    for (std::int64_t g = n - 1; g >= 0; --g) {
        const int i = pick[std::size_t(g) * W + w];
        out.choice[std::size_t(g)] = i;
        const double rel = (groups[std::size_t(g)][std::size_t(i)].cost - base[std::size_t(g)]) / unit;
        w -= std::size_t(std::int64_t(std::ceil(rel - 1e-9)));
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
        out.cost += groups[g][std::size_t(out.choice[g])].cost;
        out.damage += groups[g][std::size_t(out.choice[g])].damage;
    }
    out.lowerBound = out.damage;
    if (unit != 1.0) {
        // Optimal on the rounded grid only: spend what rounding left over, keep the Lagrangian
        // plan when it is better still, and bound the true optimum by the Lagrangian dual.
        greedyRepair(groups, capacity, out.choice, out.cost, out.damage);
        const KnapsackSolution lag = solveLagrangian(groups, capacity);
        if (lag.damage < out.damage) {
            out.choice = lag.choice;
            out.cost = lag.cost;
            out.damage = lag.damage;
            out.method = QStringLiteral("dp+lagrangian");
        }
        out.lowerBound = std::min(out.damage, lag.lowerBound);
        out.gap = out.damage - out.lowerBound;
        out.exact = out.gap <= 1e-12 * std::max(1.0, std::abs(out.damage));
    }
    return out;
}

} // namespace pare::core
