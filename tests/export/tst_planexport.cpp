// SPDX-License-Identifier: GPL-3.0-or-later
// Plans as llama-quantize arguments and llm-compressor recipes.
#include "export/planexport.h"
#include "exporttestutil.h"

#include <QRegularExpression>

using namespace pare::core;
using namespace exporttest;

class TestPlanExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void llamaQuantizeReproducesPerTensorTypes()
    {
        auto m = open(demoPath(QStringLiteral("kjv-gpt2")));
        const Recipe r = recipe(R"({"pare_recipe": 1,
            "defaults": {"quantize": {"bits": 4, "granularity": "group", "group_size": 32}},
            "rules": [{"match": "*attn.c_attn", "quantize": {"bits": 8}},
                      {"match": "*h.3.mlp.c_proj", "quantize": {"bits": 5, "scheme": "asymmetric"}},
                      {"match": "*h.0.mlp.c_fc", "quantize": {"group_size": 128}}]})");
        auto e = llamaQuantizeArguments(*m, plans(*m, r));
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
        const QString cmd = e->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last();
        qInfo("%s", qPrintable(cmd));
        QVERIFY(cmd.startsWith(QLatin1String("llama-quantize --pure")));
        QVERIFY(cmd.endsWith(QLatin1String(" q4_0"))); // base type: most parameters
        QVERIFY(cmd.contains(QLatin1String("--tensor-type 'attn_qkv\\.weight=q8_0'")));
        QVERIFY(cmd.contains(QLatin1String("--tensor-type '^blk\\.3\\.ffn_down\\.weight=q5_1'")));
        QVERIFY(cmd.contains(QLatin1String("--token-embedding-type f32")));
        QVERIFY(!cmd.contains(QLatin1String("ffn_up\\.weight=")));
        // int4 g128 is not Q4_0's groups of 32: noted; int8 g32 and int5 asym g32 are exact.
        QCOMPARE(e->notes.size(), 1);
        QVERIFY(e->notes.join(QLatin1Char('\n')).contains(QLatin1String("blk.0.ffn_up.weight")));
        QVERIFY(e->text.contains(QLatin1String("# difference: ")));
    }

    void llmCompressorRecipeGroupsSchemes()
    {
        auto m = open(demoPath(QStringLiteral("kjv-gpt2")));
        const Recipe r = recipe(R"({"pare_recipe": 1,
            "defaults": {"quantize": {"bits": 4, "granularity": "group", "group_size": 128, "clip": "mse"}},
            "rules": [{"match": "*attn.c_attn", "quantize": {"bits": 8, "granularity": "channel"}},
                      {"match": "*mlp.c_fc", "prune": {"method": "nm", "n": 2, "m": 4}},
                      {"match": "*attn.c_proj", "lowrank": {"rank": 16}, "quantize": null},
                      {"match": "*h.0.*", "skip": true}]})");
        auto e = llmCompressorRecipe(*m, plans(*m, r));
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
        const QString y = e->text;
        qInfo("%s", qPrintable(y));
        QVERIFY(y.contains(QLatin1String("QuantizationModifier:")));
        QVERIFY(y.contains(QLatin1String("config_groups:")));
        QVERIFY(y.contains(QLatin1String("strategy: group")));
        QVERIFY(y.contains(QLatin1String("group_size: 128")));
        QVERIFY(y.contains(QLatin1String("observer: mse")));
        QVERIFY(y.contains(QLatin1String("strategy: channel")));
        QVERIFY(y.contains(QLatin1String("\"transformer.h.1.attn.c_attn\"")));
        QVERIFY(y.contains(QLatin1String("mask_structure: \"2:4\"")));
        QVERIFY(y.contains(QLatin1String("\"lm_head\"")));                   // kept: ignored
        QVERIFY(y.contains(QLatin1String("\"transformer.h.0.mlp.c_fc\""))); // skipped: ignored
        QCOMPARE(e->notes.filter(QLatin1String("low-rank")).size(), 3);     // blocks 1-3 c_proj
        // Two quantization groups: int4 g128 mse and int8 channel.
        QCOMPARE(y.count(QRegularExpression(QStringLiteral("group_\\d+:"))), 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanExport)
#include "tst_planexport.moc"
