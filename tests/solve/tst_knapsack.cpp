// SPDX-License-Identifier: GPL-3.0-or-later
// The budget solver's knapsack against brute force, its constraints, budgets and file formats.
#include "compress/recipe.h"
#include "solve/budget.h"
#include "solve/knapsack.h"
#include "solve/sensitivity.h"
#include "service/study.h"
#include "solve/solver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <limits>
#include <random>

// The message of a failed Result (QVERIFY2 evaluates its message even when it passes).
#define PARE_ERR(r) ((r).ok() ? "" : qPrintable((r).error().message))

using namespace pare::core;

namespace {

// Least damage over every combination (small instances only); +inf when nothing fits.
double bruteForce(const std::vector<std::vector<KnapsackItem>> &groups, double capacity)
{
    double best = std::numeric_limits<double>::infinity();
    std::vector<std::size_t> idx(groups.size(), 0);
    while (true) {
        double c = 0, d = 0;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            c += groups[g][idx[g]].cost;
            d += groups[g][idx[g]].damage;
        }
        if (c <= capacity)
            best = std::min(best, d);
        std::size_t g = 0;
        while (g < groups.size() && ++idx[g] == groups[g].size())
            idx[g++] = 0;
        if (g == groups.size())
            break;
    }
    return best;
}

std::vector<std::vector<KnapsackItem>> randomInstance(std::mt19937 &rng, int groups, int options)
{
    std::uniform_int_distribution<int> cost(1, 40);
    std::uniform_real_distribution<double> damage(0.0, 10.0);
    std::vector<std::vector<KnapsackItem>> g(static_cast<std::size_t>(groups));
    for (auto &items : g)
        for (int i = 0; i < options; ++i)
            items.push_back({double(cost(rng)), damage(rng)});
    return g;
}

// A table of `layers` layers with the default menu: bytes shrink and damage grows with the
// option index, so tests can reason about the answer.
SensitivityTable syntheticTable(int layers)
{
    SensitivityTable t;
    t.modelPath = QStringLiteral("synthetic");
    t.options = defaultSolveOptions();
    t.damageUnit = QStringLiteral("test");
    for (int i = 0; i < layers; ++i) {
        SensitivityLayer l;
        l.layer = i;
        l.name = QStringLiteral("block.%1.mlp").arg(i);
        l.rows = l.cols = 64;
        l.parameters = 64 * 64;
        l.originalBytes = 64 * 64 * 4;
        l.originalLatencyUs = 10;
        for (std::size_t o = 0; o < t.options.size(); ++o) {
            SensitivityCell c;
            c.done = true;
            c.bytes = o == 0 ? l.originalBytes : std::int64_t(l.originalBytes / (1 + o));
            c.latencyUs = 10.0 * double(c.bytes) / double(l.originalBytes);
            c.relativeError = o == 0 ? 0 : 0.01 * double(o);
            c.damage = double(o * o) * (1.0 + 0.1 * i);
            l.cells.push_back(c);
        }
        t.layers.push_back(l);
    }
    t.modelBytes = 1000;
    for (const auto &l : t.layers)
        t.modelBytes += l.originalBytes;
    t.fixedBytes = 1000;
    return t;
}

} // namespace

class TestKnapsack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dpMatchesBruteForce()
    {
        std::mt19937 rng(42);
        for (int trial = 0; trial < 200; ++trial) {
            const int groups = 1 + int(rng() % 5), options = 1 + int(rng() % 4);
            auto inst = randomInstance(rng, groups, options);
            double minCost = 0, maxCost = 0;
            for (const auto &g : inst) {
                double mn = 1e9, mx = 0;
                for (const auto &it : g) {
                    mn = std::min(mn, it.cost);
                    mx = std::max(mx, it.cost);
                }
                minCost += mn;
                maxCost += mx;
            }
            const double capacity = std::floor(minCost + (maxCost - minCost) * double(rng() % 100) / 100.0);
            const double expected = bruteForce(inst, capacity);
            auto r = solveKnapsack(inst, capacity);
            QVERIFY2(r.ok(), PARE_ERR(r));
            QVERIFY(r->exact);
            QCOMPARE(r->method, QStringLiteral("dp"));
            QVERIFY(r->cost <= capacity);
            QVERIFY2(std::abs(r->damage - expected) < 1e-9,
                     qPrintable(QStringLiteral("trial %1: dp %2, brute force %3").arg(trial).arg(r->damage).arg(expected)));
            // The recorded choice adds up to the reported totals.
            double c = 0, d = 0;
            for (std::size_t g = 0; g < inst.size(); ++g) {
                c += inst[g][std::size_t(r->choice[g])].cost;
                d += inst[g][std::size_t(r->choice[g])].damage;
            }
            QCOMPARE(c, r->cost);
            QVERIFY(std::abs(d - r->damage) < 1e-9);
        }
    }

    void lagrangianIsFeasibleAndBounded()
    {
        std::mt19937 rng(7);
        for (int trial = 0; trial < 100; ++trial) {
            auto inst = randomInstance(rng, 2 + int(rng() % 4), 2 + int(rng() % 3));
            double minCost = 0, maxCost = 0;
            for (const auto &g : inst) {
                double mn = 1e9, mx = 0;
                for (const auto &it : g) {
                    mn = std::min(mn, it.cost);
                    mx = std::max(mx, it.cost);
                }
                minCost += mn;
                maxCost += mx;
            }
            const double capacity = std::floor(0.5 * (minCost + maxCost));
            const double optimum = bruteForce(inst, capacity);
            KnapsackOptions o;
            o.forceLagrangian = true;
            auto r = solveKnapsack(inst, capacity, o);
            QVERIFY(r.ok());
            QCOMPARE(r->method, QStringLiteral("lagrangian"));
            QVERIFY(r->cost <= capacity);
            QVERIFY(r->damage >= optimum - 1e-9);
            QVERIFY(r->lowerBound <= optimum + 1e-9); // a proven bound
            QVERIFY(std::abs(r->gap - (r->damage - r->lowerBound)) < 1e-9 || r->gap == 0);
        }
    }

    void fractionalCostsStayFeasible()
    {
        std::mt19937 rng(3);
        std::vector<std::vector<KnapsackItem>> inst(30);
        std::uniform_real_distribution<double> u(0, 1);
        for (auto &g : inst)
            for (int i = 0; i < 6; ++i)
                g.push_back({1000.0 + 1e5 * u(rng), u(rng)});
        KnapsackOptions o;
        o.gridCells = 500;
        auto r = solveKnapsack(inst, 30 * 50000.0, o);
        QVERIFY(r.ok());
        QVERIFY(r->cost <= 30 * 50000.0);
        QVERIFY(r->lowerBound <= r->damage + 1e-12);
    }

    // A cancel asked while solving stops the dynamic programme between groups, and the Pareto
    // sweep between its solves, with Canceled (the GUI's solve job is replaced or closed).
    void cancelStopsTheSolve()
    {
        std::mt19937 rng(5);
        std::vector<std::vector<KnapsackItem>> inst(40);
        std::uniform_int_distribution<int> cost(1, 50);
        std::uniform_real_distribution<double> u(0, 1);
        for (auto &g : inst)
            for (int i = 0; i < 4; ++i)
                g.push_back({double(cost(rng)), u(rng)});
        int asked = 0;
        KnapsackOptions o;
        o.canceled = [&asked] { return ++asked > 10; }; // canceled during the eleventh group
        auto r = solveKnapsack(inst, 40 * 25.0, o);
        QVERIFY(!r.ok());
        QVERIFY(r.isCanceled());
        QCOMPARE(asked, 11);
        o.canceled = [] { return false; };
        // Progress: told before each of the 40 groups, in order.
        std::vector<double> told;
        o.progress = [&told](double f) { told.push_back(f); };
        QVERIFY(solveKnapsack(inst, 40 * 25.0, o).ok());
        QCOMPARE(told.size(), std::size_t(40));
        for (std::size_t g = 0; g < told.size(); ++g)
            QCOMPARE(told[g], double(g) / 40.0);

        const SensitivityTable t = syntheticTable(10);
        KnapsackOptions frontOptions{.gridCells = 4000, .fineCells = 0};
        int calls = 0; // one before each solve, one per group within it: 16 solves ask 176 times
        frontOptions.canceled = [&calls] { return ++calls > 30; };
        auto front = paretoFront(t, BudgetKind::Bytes, 16, {}, frontOptions);
        QVERIFY(!front.ok());
        QVERIFY(front.isCanceled());
        QCOMPARE(calls, 31);
        frontOptions.canceled = [] { return false; };
        QVERIFY(paretoFront(t, BudgetKind::Bytes, 16, {}, frontOptions).ok());
    }

    void infeasibleBudgetIsAClearError()
    {
        std::vector<std::vector<KnapsackItem>> inst{{{10, 0}, {5, 1}}, {{8, 0}, {4, 2}}};
        auto r = solveKnapsack(inst, 8);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("infeasible")), PARE_ERR(r));

        const SensitivityTable t = syntheticTable(4);
        auto plan = solveBudget(t, Budget{BudgetKind::Bytes, 1200});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message.contains(QStringLiteral("infeasible"))
                     && plan.error().message.contains(QStringLiteral("1.2 kB")),
                 PARE_ERR(plan));
    }

    void locksAndExcludesAreHonoured()
    {
        const SensitivityTable t = syntheticTable(6);
        SolveConstraints c;
        c.excludes << QStringLiteral("block.0.*");
        c.locks.emplace_back(QStringLiteral("block.1.mlp"), QStringLiteral("int3"));
        auto plan = solveBudget(t, Budget{BudgetKind::Ratio, 3.0}, c);
        QVERIFY2(plan.ok(), PARE_ERR(plan));
        QCOMPARE(plan->choice[0], 0);
        QCOMPARE(plan->choice[1], t.optionIndex(QStringLiteral("int3")));
        QVERIFY(plan->ratio >= 3.0 - 1e-9);
        // Without constraints the solver would not have chosen those.
        auto free = solveBudget(t, Budget{BudgetKind::Ratio, 3.0});
        QVERIFY(free.ok());
        QVERIFY(free->damage <= plan->damage);

        SolveConstraints bad;
        bad.locks.emplace_back(QStringLiteral("block.1.mlp"), QStringLiteral("int7"));
        auto r = solveBudget(t, Budget{BudgetKind::Ratio, 3.0}, bad);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("int7")));
        SolveConstraints none;
        none.excludes << QStringLiteral("nothing.*");
        r = solveBudget(t, Budget{BudgetKind::Ratio, 3.0}, none);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("nothing.*")));
    }

    void budgetsOfEveryKind()
    {
        const SensitivityTable t = syntheticTable(8);
        for (const Budget &b : {Budget{BudgetKind::BitsPerWeight, 6.0}, Budget{BudgetKind::Latency, 30.0},
                                Budget{BudgetKind::Bytes, double(t.fixedBytes + 8 * 4000)}}) {
            auto p = solveBudget(t, b);
            QVERIFY2(p.ok(), PARE_ERR(p));
            if (b.kind == BudgetKind::BitsPerWeight)
                QVERIFY(p->bitsPerWeight <= 6.0 + 1e-9);
            if (b.kind == BudgetKind::Latency)
                QVERIFY(p->latencyUs <= 30.0 + 1e-9);
            if (b.kind == BudgetKind::Bytes)
                QVERIFY(double(p->bytes) <= b.value);
            // The plan's recipe says what it was solved for, and a study calls it the solver's.
            QVERIFY(p->recipe.solver.has_value());
            QCOMPARE(p->recipe.solver->budget, b.text());
            QCOMPARE(p->recipe.solver->kind, budgetKindName(b.kind));
            QCOMPARE(p->recipe.solver->value, b.value);
            QCOMPARE(p->recipe.solver->damage, damageLevelName(t.level));
            QCOMPARE(p->recipe.solver->predictedDamage, p->damage);
            QString budget;
            const QJsonObject recipe = QJsonDocument::fromJson(p->recipe.toJson()).object();
            QCOMPARE(variantRole(recipe, &budget), QLatin1String(kRoleSolver));
            QCOMPARE(budget, b.text());
            // Recipes of earlier versions said so only in a rule's comment.
            QJsonObject old = recipe;
            old.remove(QStringLiteral("solver"));
            budget.clear();
            QCOMPARE(variantRole(old, &budget), QLatin1String(kRoleSolver));
            QCOMPARE(budget, b.text());
            QJsonObject handWritten = old;
            handWritten.insert(QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("match"), QStringLiteral("*")}}});
            QCOMPARE(variantRole(handWritten), QLatin1String(kRoleRecipe));
        }
    }

    void recipeLoadsInTheRecipeParser()
    {
        const SensitivityTable t = syntheticTable(3);
        std::vector<int> choice{0, t.optionIndex(QStringLiteral("p50-int8")), t.optionIndex(QStringLiteral("lr50-int4"))};
        const Recipe r = recipeForChoice(t, choice, QStringLiteral("test"));
        auto back = Recipe::fromJson(r.toJson(), QStringLiteral("solver recipe"));
        QVERIFY2(back.ok(), PARE_ERR(back));
        QCOMPARE(int(back->rules.size()), 3);
        QVERIFY(back->rules[0].skip);
        QCOMPARE(back->rules[1].match, QStringLiteral("block.1.mlp"));
        QVERIFY(back->rules[1].settings.prune.has_value());
        QCOMPARE(back->rules[2].settings.lowrank->value(QStringLiteral("rank")).toInt(), 32);
    }

    void paretoFrontIsMonotone()
    {
        const SensitivityTable t = syntheticTable(10);
        // Progress: told before each of the 16 solves and before each of the 10 groups within
        // each, rising, the last group of the last solve at 15.9 / 16.
        std::vector<double> told;
        KnapsackOptions o{.gridCells = 4000, .fineCells = 0};
        o.progress = [&told](double f) { told.push_back(f); };
        auto front = paretoFront(t, BudgetKind::Bytes, 16, {}, o);
        QVERIFY2(front.ok(), PARE_ERR(front));
        QCOMPARE(told.size(), std::size_t(16 * 11));
        QCOMPARE(told.front(), 0.0);
        QCOMPARE(told[11], 1.0 / 16.0);
        QCOMPARE(told[5], 0.4 / 16.0);
        QCOMPARE(told.back(), 15.9 / 16.0);
        QVERIFY(std::is_sorted(told.begin(), told.end()));
        QVERIFY(front->size() >= 3);
        for (std::size_t i = 1; i < front->size(); ++i) {
            QVERIFY((*front)[i].bytes > (*front)[i - 1].bytes);
            QVERIFY((*front)[i].damage < (*front)[i - 1].damage);
        }
        QCOMPARE(front->back().damage, 0.0); // everything kept
        const QByteArray csv = frontToCsv(*front);
        QCOMPARE(csv.count('\n'), qsizetype(front->size() + 1));
    }

    void parseBudgets()
    {
        auto b = parseBudget(QStringLiteral("1.5GB"));
        QVERIFY(b.ok());
        QCOMPARE(b->kind, BudgetKind::Bytes);
        QCOMPARE(b->value, 1.5e9);
        QCOMPARE(parseBudget(QStringLiteral("800MB"))->value, 8e8);
        QCOMPARE(parseBudget(QStringLiteral("2MiB"))->value, 2097152.0);
        QCOMPARE(parseBudget(QStringLiteral("4.5bpw"))->kind, BudgetKind::BitsPerWeight);
        QCOMPARE(parseBudget(QStringLiteral("4x"))->kind, BudgetKind::Ratio);
        QCOMPARE(parseBudget(QStringLiteral("25%"))->value, 4.0);
        auto l = parseBudget(QStringLiteral("30ms"));
        QCOMPARE(l->kind, BudgetKind::Latency);
        QCOMPARE(l->value, 30000.0);
        for (const char *badText : {"", "fast", "4", "-1GB", "0.5x", "12parsecs", "100bpw"}) {
            auto bad = parseBudget(QLatin1String(badText));
            QVERIFY2(!bad.ok(), badText);
            QVERIFY(bad.error().message.contains(QStringLiteral("'%1'").arg(QLatin1String(badText))));
        }
    }

    void tableRoundTripsThroughJson()
    {
        SensitivityTable t = syntheticTable(3);
        t.layers[1].cells[4].done = false;
        t.layers[2].cells[5].damage = std::numeric_limits<double>::quiet_NaN();
        t.layers[2].cells[5].note = QStringLiteral("does not apply");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sens.json"));
        QVERIFY(t.saveToFile(path).ok());
        auto back = SensitivityTable::fromFile(path);
        QVERIFY2(back.ok(), PARE_ERR(back));
        QCOMPARE(back->cellsDone(), t.cellsDone());
        QVERIFY(!back->complete());
        QCOMPARE(back->layers[0].cells[3].bytes, t.layers[0].cells[3].bytes);
        QCOMPARE(back->layers[0].cells[3].damage, t.layers[0].cells[3].damage);
        QVERIFY(!back->layers[2].cells[5].applicable());
        QCOMPARE(back->layers[2].cells[5].note, QStringLiteral("does not apply"));
        // An incomplete table cannot be solved.
        auto p = solveBudget(back.value(), Budget{BudgetKind::Ratio, 2});
        QVERIFY(!p.ok());
        QVERIFY(p.error().message.contains(QStringLiteral("not complete")));
    }

    // The table and the study keep what their figures mean as English source text (and the
    // bandwidth model's figure as a number), translated only where shown: a sweep saved in a
    // German session reads in English, and the JSON is the same whatever the language.
    void unitsAreSavedInEnglishAndShownTranslated()
    {
        SensitivityTable t = syntheticTable(2);
        t.damageUnit = QStringLiteral("relative error² × parameters");
        t.latencySource = LatencySource::bandwidth(12.345);
        QTranslator german;
        QVERIFY(german.load(QStringLiteral("pare_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&german);
            QLocale::setDefault(before);
        });
        // Shown in German, the bandwidth with a decimal comma.
        QCOMPARE(damageUnitText(t.damageUnit), QStringLiteral("relativer Fehler² × Parameter"));
        QCOMPARE(t.latencySource.text(), QStringLiteral("Bytes ÷ gemessene Streaming-Bandbreite (12,3 GB/s)"));
        // Saved in English, the figure as a number.
        const QJsonObject o = t.toJson();
        QCOMPARE(o.value(QStringLiteral("damage_unit")).toString(), QStringLiteral("relative error² × parameters"));
        QCOMPARE(o.value(QStringLiteral("latency_source")).toString(),
                 QStringLiteral("bytes ÷ measured streaming bandwidth (12.3 GB/s)"));
        QCOMPARE(o.value(QStringLiteral("latency_bandwidth_gbs")).toDouble(), 12.345);
        auto back = SensitivityTable::fromJson(o, QStringLiteral("table"));
        QVERIFY2(back.ok(), PARE_ERR(back));
        QCOMPARE(back->latencySource.bandwidthGBs, 12.345);
        QCOMPARE(back->latencySource.text(), t.latencySource.text());
        // The study's solver part the same way.
        StudyResult study;
        study.solver.damageUnit = t.damageUnit;
        study.solver.latencySource = t.latencySource;
        study.solver.front.push_back(StudyFrontPoint{1000, 4.0, 12.0, 0.5, {}});
        const QJsonObject so = study.toJson().value(QStringLiteral("solver")).toObject();
        QCOMPARE(so.value(QStringLiteral("latency_source")).toString(),
                 QStringLiteral("bytes ÷ measured streaming bandwidth (12.3 GB/s)"));
        auto studyBack = StudyResult::fromJson(study.toJson());
        QVERIFY2(studyBack.ok(), PARE_ERR(studyBack));
        QCOMPARE(studyBack->solver.latencySource.text(), QStringLiteral("Bytes ÷ gemessene Streaming-Bandbreite (12,3 GB/s)"));
        QCOMPARE(damageUnitText(studyBack->solver.damageUnit), QStringLiteral("relativer Fehler² × Parameter"));
        // A file from before, its text translated when it was saved, shows as it was saved.
        QJsonObject old = o;
        old.insert(QStringLiteral("latency_source"), QStringLiteral("Bytes ÷ gemessene Streaming-Bandbreite (9,8 GB/s)"));
        old.remove(QStringLiteral("latency_bandwidth_gbs"));
        old.insert(QStringLiteral("damage_unit"), QStringLiteral("relativer Fehler² × Parameter"));
        auto legacy = SensitivityTable::fromJson(old, QStringLiteral("old table"));
        QVERIFY2(legacy.ok(), PARE_ERR(legacy));
        QCOMPARE(legacy->latencySource.text(), QStringLiteral("Bytes ÷ gemessene Streaming-Bandbreite (9,8 GB/s)"));
        QCOMPARE(damageUnitText(legacy->damageUnit), QStringLiteral("relativer Fehler² × Parameter"));
        // In English, the English text.
        QCoreApplication::removeTranslator(&german);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(t.latencySource.text(), QStringLiteral("bytes ÷ measured streaming bandwidth (12.3 GB/s)"));
        QCOMPARE(damageUnitText(t.damageUnit), t.damageUnit);
    }

    void optionMenus()
    {
        QCOMPARE(int(defaultSolveOptions().size()), 13);
        auto opts = solveOptionsFromJson(R"([{"id": "int5", "quantize": {"bits": 5, "granularity": "group"}},
                                             {"id": "lr", "lowrank": {"rank_fraction": 0.3}}])", QStringLiteral("o.json"));
        QVERIFY2(opts.ok(), PARE_ERR(opts));
        QCOMPARE(int(opts->size()), 3);
        QVERIFY((*opts)[0].isKeep());
        auto bad = solveOptionsFromJson(R"([{"id": "x", "quantize": {"bits": 7}}])", QStringLiteral("o.json"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("o.json: options[0]")), PARE_ERR(bad));
        bad = solveOptionsFromJson(R"([{"id": "x", "lowrank": {"rank_fraction": 2}}])", QStringLiteral("o.json"));
        QVERIFY(!bad.ok());
    }
};

QTEST_GUILESS_MAIN(TestKnapsack)
#include "tst_knapsack.moc"
