// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/compressor.h"
#include "compress/plan.h"
#include "compress/recipe.h"
#include "io/modelio.h"
#include "paretest.h"

#include <QTest>

#include <memory>

namespace exporttest {

using namespace pare::core;

inline QString dataPath(const QString &rel)
{
    return QStringLiteral(PARE_TEST_DATA "/") + rel;
}

using pare::test::demoPath;

inline std::shared_ptr<Model> open(const QString &path)
{
    auto m = openModel(path);
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

inline Recipe recipe(const char *json)
{
    auto r = Recipe::fromJson(json);
    if (!r)
        qFatal("recipe: %s", qPrintable(r.error().message));
    return *r;
}

inline std::vector<LayerPlan> plans(const Model &m, const Recipe &r)
{
    auto p = resolvePlan(r, m);
    if (!p)
        qFatal("plan: %s", qPrintable(p.error().message));
    return p->plans;
}

inline Variant compress(const Model &m, const Recipe &r)
{
    JobContext ctx;
    auto v = compressModel(m, plans(m, r), ctx);
    if (!v)
        qFatal("compress: %s", qPrintable(v.error().message));
    return *v;
}

} // namespace exporttest
