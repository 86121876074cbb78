// SPDX-License-Identifier: GPL-3.0-or-later
// GGUF exports: llama.cpp names and layouts, block types written bit for bit from the plan's
// encodings, re-read with Pare's GGUF reader, and run by Pare's decoder like the variant.
#include "export/ggufexport.h"
#include "exporttestutil.h"
#include "io/ggufreader.h"
#include "runtime/decoder.h"
#include "runtime/decoderweights.h"
#include "runtime/weightoverrides.h"

#include <QTemporaryDir>

#include <cmath>

using namespace pare::core;
using namespace exporttest;

namespace {

std::vector<float> lmLogits(const Model &m, const WeightOverrides *ov)
{
    auto w = DecoderWeights::fromModel(m, ov);
    if (!w)
        qFatal("decoder: %s", qPrintable(w.error().message));
    Decoder d(std::make_shared<const DecoderWeights>(std::move(*w)));
    std::vector<std::int32_t> tokens;
    const QByteArray text = QByteArrayLiteral("And God said, Let there be light: and there was light.");
    for (int i = 0; i < std::min<int>(int(text.size()), 32); ++i)
        tokens.push_back(std::int32_t(std::uint8_t(text[i])) % d.config().vocab);
    auto l = d.logits(tokens);
    if (!l)
        qFatal("logits: %s", qPrintable(l.error().message));
    return *l;
}

double relativeError(const std::vector<float> &a, const std::vector<float> &b)
{
    double num = 0, den = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        num += double(a[i] - b[i]) * double(a[i] - b[i]);
        den += double(b[i]) * double(b[i]);
    }
    return std::sqrt(num / std::max(den, 1e-30));
}

const GgufValue *findKey(const std::vector<GgufKeyValue> &kv, const QString &key)
{
    for (const GgufKeyValue &e : kv)
        if (e.key == key)
            return &e.value;
    return nullptr;
}

} // namespace

class TestGgufExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoLanguageModelExports_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("type");
        QTest::newRow("8-bit → Q8_0") << 8 << "symmetric" << "Q8_0";
        QTest::newRow("4-bit → Q4_0") << 4 << "symmetric" << "Q4_0";
        QTest::newRow("4-bit asym → Q4_1") << 4 << "asymmetric" << "Q4_1";
        QTest::newRow("5-bit → Q5_0") << 5 << "symmetric" << "Q5_0";
        QTest::newRow("5-bit asym → Q5_1") << 5 << "asymmetric" << "Q5_1";
    }
    void demoLanguageModelExports()
    {
        QFETCH(int, bits);
        QFETCH(QString, scheme);
        QFETCH(QString, type);
        auto m = open(demoPath(QStringLiteral("kjv-gpt2")));
        const QByteArray json = QStringLiteral(R"({"pare_recipe": 1, "defaults": {"quantize":
            {"bits": %1, "scheme": "%2", "granularity": "group", "group_size": 32}}})")
                                        .arg(bits)
                                        .arg(scheme)
                                        .toUtf8();
        const Variant v = compress(*m, recipe(json.constData()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kjv.gguf"));
        JobContext ctx;
        auto s = writeGgufExport(*m, v, path, ctx);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->architecture, QStringLiteral("gpt2"));
        auto g = open(path);
        QCOMPARE(g->format, ModelFormat::Gguf);
        QCOMPARE(g->architecture, QStringLiteral("gpt2"));
        // Names llama.cpp loads.
        for (const char *n : {"token_embd.weight", "position_embd.weight", "blk.0.attn_qkv.weight", "blk.0.attn_qkv.bias",
                              "blk.3.attn_output.weight", "blk.0.ffn_up.weight", "blk.0.ffn_down.weight",
                              "blk.0.attn_norm.weight", "blk.0.ffn_norm.bias", "output_norm.weight"})
            QVERIFY2(g->tensor(QLatin1String(n)), n);
        QVERIFY(!g->tensor(QStringLiteral("output.weight"))); // tied: llama.cpp reuses token_embd
        // Every changed weight is in the block type, and its values are the variant's, exactly
        // (Q4_1 / Q5_1 up to the F16 offset, reported in a note).
        int fromEncoding = 0;
        for (const GgufExportedTensor &e : s->tensors) {
            const Tensor *t = g->tensor(e.name);
            QVERIFY2(t, qPrintable(e.name));
            QCOMPARE(t->shape(), e.shape);
            if (!e.fromEncoding)
                continue;
            ++fromEncoding;
            QCOMPARE(dtypeName(t->dtype()), type);
            const CompressedLayer *cl = nullptr;
            for (const CompressedLayer &l : v.layers)
                if (l.changed && l.weightName == e.source)
                    cl = &l;
            QVERIFY(cl);
            const std::vector<float> want = cl->encoding->decode();
            const std::vector<float> got = t->toFloatVector();
            QCOMPARE(got.size(), want.size());
            const bool offsetNoted = [&] {
                for (const QString &n : s->notes)
                    if (n.startsWith(e.name + QLatin1Char(':')))
                        return true;
                return false;
            }();
            if (!offsetNoted)
                QVERIFY2(got == want, qPrintable(e.name));
            else
                QVERIFY(relativeError(got, want) < 1e-3);
        }
        QCOMPARE(fromEncoding, 16); // 4 blocks × (qkv, attn out, up, down)
        // Metadata llama.cpp needs.
        auto kv = readGgufMetadata(path, ctx);
        QVERIFY(kv.ok());
        QCOMPARE(findKey(*kv, QStringLiteral("gpt2.block_count"))->toInt64().value_or(0), 4);
        QCOMPARE(findKey(*kv, QStringLiteral("gpt2.context_length"))->toInt64().value_or(0), 128);
        QCOMPARE(findKey(*kv, QStringLiteral("gpt2.embedding_length"))->toInt64().value_or(0), 128);
        QCOMPARE(findKey(*kv, QStringLiteral("gpt2.feed_forward_length"))->toInt64().value_or(0), 512);
        QCOMPARE(findKey(*kv, QStringLiteral("gpt2.attention.head_count"))->toInt64().value_or(0), 4);
        QVERIFY(findKey(*kv, QStringLiteral("gpt2.attention.layer_norm_epsilon")));
        const GgufValue *tokens = findKey(*kv, QStringLiteral("tokenizer.ggml.tokens"));
        QVERIFY(tokens);
        QCOMPARE(tokens->strings.size(), 256);
        QCOMPARE(tokens->strings.at('A'), QByteArray("A"));
        QCOMPARE(QString::fromUtf8(tokens->strings.at(' ')), QString(QChar(0x120))); // GPT-2's Ġ
        QVERIFY(findKey(*kv, QStringLiteral("tokenizer.ggml.merges")));
        QCOMPARE(findKey(*kv, QStringLiteral("tokenizer.ggml.bos_token_id"))->toInt64().value_or(-1), 10);
        // Pare's decoder runs the export like the variant.
        auto ov = overridesFromVariant(*m, v);
        QVERIFY(ov.ok());
        const double err = relativeError(lmLogits(*g, nullptr), lmLogits(*m, &*ov));
        qInfo("%s: logits of the GGUF vs the variant: relative error %.2e", qPrintable(type), err);
        QVERIFY(err < (type.endsWith(QLatin1String("_1")) ? 1e-3 : 1e-5));
    }

    void otherPlansBecomeF16WithANote()
    {
        auto m = open(demoPath(QStringLiteral("kjv-gpt2")));
        const Variant v = compress(*m, recipe(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 8}},
            "rules": [{"match": "*mlp*", "prune": {"method": "nm"}, "quantize": null}]})"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.gguf"));
        JobContext ctx;
        auto s = writeGgufExport(*m, v, path, ctx);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        auto g = open(path);
        int f16 = 0;
        for (const GgufExportedTensor &e : s->tensors) {
            if (e.source.contains(QLatin1String(".attn.c_attn.weight")) || e.source.contains(QLatin1String("mlp.c_fc.weight"))) {
                QCOMPARE(e.type, DType::F16);
                QCOMPARE(g->tensor(e.name)->dtype(), DType::F16);
                ++f16;
                bool noted = false;
                for (const QString &n : s->notes)
                    noted = noted || (n.startsWith(e.name) && n.contains(QLatin1String("F16")));
                QVERIFY2(noted, qPrintable(e.name));
            }
        }
        QCOMPARE(f16, 8);
    }

    void llamaFromHuggingFaceMatchesLlamaCppLayout()
    {
        // tests/data/runtime/llama-tiny.gguf holds the same weights as llama-tiny/ in llama.cpp's
        // layout (Q and K rows permuted for interleaved RoPE): an unchanged export must equal it.
        auto hf = open(dataPath(QStringLiteral("runtime/llama-tiny")));
        auto ref = open(dataPath(QStringLiteral("runtime/llama-tiny.gguf")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("llama.gguf"));
        JobContext ctx;
        auto s = writeGgufExport(*hf, Variant{}, path, ctx);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        auto g = open(path);
        QCOMPARE(g->architecture, QStringLiteral("llama"));
        for (const Tensor &t : ref->tensors) {
            const Tensor *e = g->tensor(t.name());
            QVERIFY2(e, qPrintable(t.name()));
            QCOMPARE(e->shape(), t.shape());
            QVERIFY2(e->toFloatVector() == t.toFloatVector(), qPrintable(t.name()));
        }
        // 8-bit groups of 32 → Q8_0 with the permutation applied to whole rows; runs like the variant.
        const Variant v = compress(*hf, recipe(R"({"pare_recipe": 1, "defaults": {"quantize":
            {"bits": 8, "granularity": "group", "group_size": 32}}})"));
        const QString qpath = dir.filePath(QStringLiteral("llama-q8.gguf"));
        auto s8 = writeGgufExport(*hf, v, qpath, ctx);
        QVERIFY2(s8.ok(), s8.ok() ? "" : qPrintable(s8.error().message));
        auto g8 = open(qpath);
        QCOMPARE(g8->tensor(QStringLiteral("blk.0.attn_q.weight"))->dtype(), DType::Q8_0);
        QCOMPARE(g8->tensor(QStringLiteral("blk.1.ffn_gate.weight"))->dtype(), DType::Q8_0);
        auto ov = overridesFromVariant(*hf, v);
        QVERIFY(ov.ok());
        const double err = relativeError(lmLogits(*g8, nullptr), lmLogits(*hf, &*ov));
        qInfo("llama Q8_0 export vs variant: relative error %.2e", err);
        QVERIFY(err < 1e-5);
    }

    void ggufInputKeepsItsMetadata()
    {
        auto m = open(dataPath(QStringLiteral("runtime/llama-tiny.gguf")));
        const Variant v = compress(*m, recipe(R"({"pare_recipe": 1, "defaults": {"quantize":
            {"bits": 4, "granularity": "group", "group_size": 32}}})"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q4.gguf"));
        JobContext ctx;
        auto s = writeGgufExport(*m, v, path, ctx);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        auto before = readGgufMetadata(m->path, ctx);
        auto after = readGgufMetadata(path, ctx);
        QVERIFY(before.ok() && after.ok());
        for (const GgufKeyValue &e : *before) {
            if (e.key == QLatin1String("general.file_type"))
                continue;
            const GgufValue *a = findKey(*after, e.key);
            QVERIFY2(a, qPrintable(e.key));
            QCOMPARE(a->raw, e.value.raw);
            QCOMPARE(a->strings, e.value.strings);
        }
        QCOMPARE(findKey(*after, QStringLiteral("general.file_type"))->toInt64().value_or(-1), 2); // MOSTLY_Q4_0
        auto g = open(path);
        QCOMPARE(g->tensor(QStringLiteral("blk.0.attn_k.weight"))->dtype(), DType::Q4_0);
        auto ov = overridesFromVariant(*m, v);
        QVERIFY(ov.ok());
        QCOMPARE(lmLogits(*g, nullptr), lmLogits(*m, &*ov));
    }

    void refusesModelsItCannotName()
    {
        auto m = open(demoPath(QStringLiteral("fashion-cnn/fashion_cnn.onnx")));
        QTemporaryDir dir;
        JobContext ctx;
        auto s = writeGgufExport(*m, Variant{}, dir.filePath(QStringLiteral("x.gguf")), ctx);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestGgufExport)
#include "tst_ggufexport.moc"
