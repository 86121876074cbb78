// SPDX-License-Identifier: GPL-3.0-or-later
// The budget solver on 225 layers × 12 options (a 7B-like plan size): exact DP on the cost grid
// against the Lagrangian relaxation, side by side in one run, plus a 24-point Pareto front.
//   bench_solve [layers] [options] [repeats]
#include "solve/knapsack.h"
#include "solve/sensitivity.h"
#include "solve/solver.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace pare::core;

namespace {

SensitivityTable randomTable(int layers, int options, std::mt19937 &rng)
{
    SensitivityTable t;
    t.modelPath = QStringLiteral("synthetic");
    auto menu = defaultSolveOptions();
    menu.resize(std::size_t(std::min<int>(options, int(menu.size()))));
    t.options = menu;
    std::lognormal_distribution<double> sens(0.0, 1.0);
    std::uniform_int_distribution<int> shapePick(0, 2);
    const std::int64_t shapes[3][2] = {{4096, 4096}, {11008, 4096}, {4096, 11008}};
    for (int i = 0; i < layers; ++i) {
        SensitivityLayer l;
        l.layer = i;
        l.name = QStringLiteral("model.layers.%1.w%2").arg(i / 7).arg(i % 7);
        const auto *s = shapes[shapePick(rng)];
        l.rows = s[0];
        l.cols = s[1];
        l.parameters = l.rows * l.cols;
        l.originalBytes = l.parameters * 2;
        l.originalLatencyUs = double(l.originalBytes) / 20e3;
        const double k = sens(rng);
        const double bits[] = {16, 8.125, 6.125, 4.125, 3.125, 4.6, 4.6, 2.6, 8, 16, 2.1, 4.1, 2.1};
        const double err[] = {0, 0.004, 0.016, 0.07, 0.15, 0.3, 0.45, 0.5, 0.6, 0.4, 0.61, 0.41, 0.43};
        for (std::size_t o = 0; o < t.options.size(); ++o) {
            SensitivityCell c;
            c.done = true;
            c.bytes = std::int64_t(double(l.parameters) * bits[o] / 8.0);
            c.latencyUs = l.originalLatencyUs * double(c.bytes) / double(l.originalBytes);
            c.relativeError = err[o];
            c.damage = k * err[o] * err[o] * double(l.parameters);
            l.cells.push_back(c);
        }
        t.layers.push_back(l);
    }
    for (const auto &l : t.layers)
        t.modelBytes += l.originalBytes;
    t.modelBytes += 500'000'000;
    t.fixedBytes = 500'000'000;
    return t;
}

template<typename F>
double bestMs(int repeats, F &&f)
{
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int layers = argc > 1 ? std::atoi(argv[1]) : 225;
    const int options = argc > 2 ? std::atoi(argv[2]) : 12;
    const int repeats = argc > 3 ? std::atoi(argv[3]) : 5;
    std::mt19937 rng(1);
    const SensitivityTable t = randomTable(layers, options, rng);
    std::printf("solver: %d layers x %d options, best of %d\n", layers, int(t.options.size()), repeats);
    for (const char *b : {"4.5bpw", "3.5bpw", "4x"}) {
        const Budget budget = QString::fromLatin1(b).endsWith(QLatin1Char('x')) ? Budget{BudgetKind::Ratio, 4.0}
                                                                                : Budget{BudgetKind::BitsPerWeight, std::atof(b)};
        SolvedPlan dp, lg;
        const double dpMs = bestMs(repeats, [&] { dp = solveBudget(t, budget).value(); });
        KnapsackOptions lo;
        lo.forceLagrangian = true;
        const double lgMs = bestMs(repeats, [&] { lg = solveBudget(t, budget, {}, lo).value(); });
        std::printf("  %-7s dp %8.1f ms (damage %.6g, gap %.3g)  lagrangian %8.2f ms (damage %.6g, gap %.3g)  "
                    "time dp/lagrangian %.1fx  damage lagrangian/dp %.5f\n",
                    b, dpMs, dp.damage, dp.gap, lgMs, lg.damage, lg.gap, dpMs / std::max(1e-6, lgMs),
                    lg.damage / std::max(1e-300, dp.damage));
    }
    std::vector<SolvedPlan> front;
    const double frontMs = bestMs(std::max(1, repeats / 2), [&] { front = paretoFront(t, BudgetKind::Bytes, 24).value(); });
    std::printf("  front: 24 budgets (grid 4000) -> %zu points in %.1f ms\n", front.size(), frontMs);
    return 0;
}
