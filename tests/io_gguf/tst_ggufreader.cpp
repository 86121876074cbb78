// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the GGUF fixtures written by tools/fixtures/make_gguf_fixtures.py: metadata of every
// type, tensor shapes and values, llama.cpp names mapped to layers.
#include "io/ggufreader.h"
#include "io/modelio.h"
#include "model/costmodel.h"
#include "tensor/convert.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstring>
#include <functional>

using namespace pare::core;

namespace {

const QString kV3 = QStringLiteral(PARE_TEST_DATA "/gguf/tiny_llama_v3.gguf");
const QString kV2 = QStringLiteral(PARE_TEST_DATA "/gguf/tiny_v2.gguf");

std::vector<float> referenceFloats(const char *blockFile, std::int64_t count)
{
    QFile f(QStringLiteral(PARE_TEST_DATA "/gguf/blocks/") + QLatin1String(blockFile)
            + QStringLiteral(".f32"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray b = f.read(count * 4);
    std::vector<float> v(std::size_t(b.size() / 4));
    std::memcpy(v.data(), b.constData(), v.size() * 4);
    return v;
}

// What the fixture script put in a tensor, element by element.
using Generator = std::function<float(std::int64_t)>;
Generator ramp(double scale, double bias)
{
    return [=](std::int64_t i) { return float(double(i) * scale + bias); };
}
Generator pattern(double scale) // F16 / BF16: ((i % 256) − 128) · scale
{
    return [=](std::int64_t i) { return float(double((i % 256) - 128) * scale); };
}
Generator fromBlocks(const char *file, std::int64_t count)
{
    auto ref = std::make_shared<std::vector<float>>(referenceFloats(file, count));
    return [ref](std::int64_t i) {
        return std::size_t(i) < ref->size() ? (*ref)[std::size_t(i)] : std::nanf("");
    };
}
Generator listed(std::vector<float> values)
{
    return [values](std::int64_t i) { return values[std::size_t(i)]; };
}

std::shared_ptr<Model> open(const QString &path)
{
    JobContext ctx;
    auto r = readGguf(path, ctx);
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return nullptr;
    }
    return r.value();
}

} // namespace

Q_DECLARE_METATYPE(pare::core::DType)
Q_DECLARE_METATYPE(pare::core::Shape)
Q_DECLARE_METATYPE(Generator)

class TestGgufReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metadataOfEveryType()
    {
        const auto m = open(kV3);
        QVERIFY(m);
        QCOMPARE(m->format, ModelFormat::Gguf);
        QCOMPARE(m->architecture, QStringLiteral("llama"));
        QCOMPARE(m->family, ModelFamily::LanguageModel);
        QCOMPARE(contextLength(*m), 128);
        const QJsonObject &md = m->metadata;
        QCOMPARE(md.value(u"general.name").toString(), QStringLiteral("tiny llama fixture"));
        QCOMPARE(md.value(u"test.u8").toInteger(), 200);
        QCOMPARE(md.value(u"test.i8").toInteger(), -100);
        QCOMPARE(md.value(u"test.u16").toInteger(), 60000);
        QCOMPARE(md.value(u"test.i16").toInteger(), -30000);
        QCOMPARE(md.value(u"test.u32").toInteger(), Q_INT64_C(4000000000));
        QCOMPARE(md.value(u"test.i32").toInteger(), Q_INT64_C(-2000000000));
        QCOMPARE(md.value(u"test.f32").toDouble(), double(0.1f)); // the f32, widened exactly
        QCOMPARE(md.value(u"test.bool").toBool(), true);
        QVERIFY(md.value(u"test.bool").isBool());
        QCOMPARE(md.value(u"test.string").toString(), QString::fromUtf8("h\xC3\xA9llo \xE2\x9C\x93"));
        // Above INT64_MAX: exact decimal digits, not a rounded double.
        QCOMPARE(md.value(u"test.u64").toString(), QStringLiteral("9223372036854775813"));
        QCOMPARE(md.value(u"test.u64_small").toInteger(), Q_INT64_C(1) << 40);
        QCOMPARE(md.value(u"test.i64").toInteger(), -(Q_INT64_C(1) << 62));
        QCOMPARE(md.value(u"test.f64").toDouble(), 1.0 / 3.0);
        QCOMPARE(md.value(u"test.array_i32").toArray(), (QJsonArray{1, -2, 3}));
        QCOMPARE(md.value(u"test.array_string").toArray(),
                 (QJsonArray{QStringLiteral("a"), QString::fromUtf8("b\xC3\xA9"), QString()}));
        QCOMPARE(md.value(u"test.array_nested").toArray(),
                 (QJsonArray{QJsonArray{1, 2}, QJsonArray{3}, QJsonArray{}}));
        QCOMPARE(md.value(u"test.array_nested_strings").toArray(),
                 (QJsonArray{QJsonArray{QStringLiteral("x")},
                             QJsonArray{QStringLiteral("y"), QStringLiteral("z")}}));
        QCOMPARE(md.value(u"test.array_empty").toArray(), QJsonArray{});
        QCOMPARE(md.value(u"test.array_bool").toArray(), (QJsonArray{true, false}));
        // Long arrays are summarised, not expanded.
        QCOMPARE(md.value(u"tokenizer.ggml.tokens").toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                              {QStringLiteral("count"), 4097}}));
        QCOMPARE(md.value(u"tokenizer.ggml.scores").toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("f32")},
                              {QStringLiteral("count"), 4097}}));
        QCOMPARE(md.size(), 26);
    }

    // readGgufMetadata keeps exact types and every element of long arrays.
    void fullMetadataAccessor()
    {
        JobContext ctx;
        auto r = readGgufMetadata(kV3, ctx);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), std::size_t(26));
        auto find = [&](const char *key) -> const GgufValue * {
            for (const GgufKeyValue &kv : *r) {
                if (kv.key == QLatin1String(key))
                    return &kv.value;
            }
            return nullptr;
        };
        QCOMPARE(r->front().key, QStringLiteral("general.architecture")); // file order kept
        const GgufValue *tokens = find("tokenizer.ggml.tokens");
        QVERIFY(tokens);
        QVERIFY(!tokens->elided);
        QCOMPARE(tokens->elementType, GgufValueType::String);
        QCOMPARE(tokens->strings.size(), 4097);
        QCOMPARE(tokens->strings.at(4096), QByteArray("t4096"));
        const GgufValue *scores = find("tokenizer.ggml.scores");
        QVERIFY(scores);
        QCOMPARE(scores->raw.size(), 4097 * 4);
        float last;
        std::memcpy(&last, scores->raw.constData() + 4096 * 4, 4);
        QCOMPARE(last, -4096.0f);
        QCOMPARE(find("test.u8")->type, GgufValueType::U8);
        QCOMPARE(find("test.i16")->toInt64().value(), -30000);
        QCOMPARE(find("test.u64")->type, GgufValueType::U64);
        QVERIFY(!find("test.u64")->toInt64()); // above INT64_MAX
        QCOMPARE(find("test.f64")->toDouble().value(), 1.0 / 3.0);
        const GgufValue *nested = find("test.array_nested");
        QCOMPARE(nested->items.size(), std::size_t(3));
        QCOMPARE(nested->items[0].elementType, GgufValueType::I16);
        QCOMPARE(nested->items[0].count, 2);
    }

    void tensors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<DType>("dtype");
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<Generator>("expected");
        const QString v3 = kV3, v2 = kV2;
        auto row = [](const QString &f, const char *n, DType t, Shape s, Generator g) {
            QTest::newRow(qPrintable(QFileInfo(f).baseName() + QLatin1Char(':') + QLatin1String(n)))
                << f << QString::fromLatin1(n) << t << s << g;
        };
        // GGUF ne is [in, out]; Pare's shape is row-major [out, in].
        row(v3, "token_embd.weight", DType::F16, {16, 32}, pattern(0.25));
        row(v3, "output_norm.weight", DType::F32, {32}, ramp(0.5, 1.0));
        row(v3, "blk.0.attn_q.weight", DType::Q8_0, {32, 32}, fromBlocks("q8_0", 1024));
        row(v3, "blk.0.attn_k.weight", DType::Q4_0, {32, 32}, fromBlocks("q4_0", 1024));
        row(v3, "blk.0.attn_v.weight", DType::Q4_1, {32, 32}, fromBlocks("q4_1", 1024));
        row(v3, "blk.0.attn_output.weight", DType::Q5_0, {32, 32}, fromBlocks("q5_0", 1024));
        row(v3, "blk.0.ffn_gate.weight", DType::BF16, {256, 32}, pattern(0.5));
        row(v3, "blk.0.ffn_up.weight", DType::F16, {256, 32}, pattern(0.125));
        row(v3, "blk.0.ffn_down.weight", DType::Q4_K, {16, 256}, fromBlocks("q4_K", 4096));
        row(v3, "blk.1.attn_qkv.weight", DType::F16, {96, 32}, pattern(0.25));
        row(v3, "blk.1.attn_qkv.bias", DType::F32, {96}, ramp(1.0, 0.0));
        row(v3, "blk.1.attn_output.weight", DType::F32, {32, 32}, ramp(1.0, -512.0));
        row(v3, "blk.1.ffn_down.weight", DType::Q6_K, {16, 256}, fromBlocks("q6_K", 4096));
        row(v3, "extra.i8", DType::I8, {2, 8}, ramp(1.0, -8.0));
        row(v3, "extra.i16", DType::I16, {4}, listed({-32768.0f, -1.0f, 0.0f, 32767.0f}));
        row(v3, "extra.i32", DType::I32, {3}, listed({-2147483648.0f, 7.0f, 2147483647.0f}));
        row(v3, "extra.i64", DType::I64, {2}, listed({-1099511627776.0f, 1099511627776.0f}));
        row(v3, "extra.f64", DType::F64, {2}, listed({0.5f, -1.25f}));
        row(v3, "extra.rank4", DType::F32, {5, 4, 3, 2}, ramp(1.0, 0.0));
        row(v2, "token_embd.weight", DType::F32, {16, 32}, ramp(1.0, 0.0));
        row(v2, "position_embd.weight", DType::F32, {8, 32}, ramp(-1.0, 0.0));
        row(v2, "output.weight", DType::Q5_1, {16, 32}, fromBlocks("q5_1", 512));
        row(v2, "blk.0.attn_q.bias", DType::F32, {32}, ramp(2.0, 0.0));
        row(v2, "blk.0.ffn_down.weight", DType::Q2_K, {16, 256}, fromBlocks("q2_K", 4096));
        row(v2, "blk.1.ffn_down.weight", DType::Q3_K, {16, 256}, fromBlocks("q3_K", 4096));
        row(v2, "blk.2.ffn_down.weight", DType::Q5_K, {16, 256}, fromBlocks("q5_K", 4096));
    }

    void tensors()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(DType, dtype);
        QFETCH(Shape, shape);
        QFETCH(Generator, expected);
        const auto m = open(file);
        QVERIFY(m);
        const Tensor *t = m->tensor(name);
        QVERIFY(t);
        QCOMPARE(t->dtype(), dtype);
        QCOMPARE(t->shape(), shape);
        QVERIFY(t->isMapped()); // a view into the file, not a copy
        const std::vector<float> v = t->toFloatVector();
        for (std::int64_t i = 0; i < t->numel(); ++i) {
            if (v[std::size_t(i)] != expected(i))
                QFAIL(qPrintable(QStringLiteral("element %1: %2, expected %3")
                                     .arg(i).arg(double(v[std::size_t(i)]))
                                     .arg(double(expected(i)))));
        }
    }

    void dataSectionAligned_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("alignment");
        QTest::newRow("v3 default 32") << kV3 << 32;
        QTest::newRow("v2 general.alignment 64") << kV2 << 64;
    }
    void dataSectionAligned()
    {
        QFETCH(QString, file);
        QFETCH(int, alignment);
        const auto m = open(file);
        QVERIFY(m);
        QVERIFY(!m->tensors.empty());
        for (const Tensor &t : m->tensors)
            QCOMPARE(t.storageOffset() % alignment, 0);
    }

    void layers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("block");
        QTest::addColumn<QString>("weight");
        QTest::addColumn<QString>("bias");
        QTest::addColumn<bool>("tied");
        auto row = [](const QString &f, const char *l, OpKind op, const char *role, int block,
                      const char *w, const char *b, bool tied) {
            QTest::newRow(qPrintable(QFileInfo(f).baseName() + QLatin1Char(':') + QLatin1String(l)))
                << f << QString::fromLatin1(l) << int(op) << QString::fromLatin1(role) << block
                << QString::fromLatin1(w) << QString::fromLatin1(b) << tied;
        };
        const QString v3 = kV3, v2 = kV2;
        row(v3, "token_embd", OpKind::Embedding, "embed", -1, "token_embd.weight", "", false);
        row(v3, "output_norm", OpKind::Norm, "norm.final", -1, "output_norm.weight", "", false);
        row(v3, "blk.0.attn_norm", OpKind::Norm, "norm.attn", 0, "blk.0.attn_norm.weight", "", false);
        row(v3, "blk.0.attn_q", OpKind::Dense, "attn.q", 0, "blk.0.attn_q.weight", "", false);
        row(v3, "blk.0.attn_k", OpKind::Dense, "attn.k", 0, "blk.0.attn_k.weight", "", false);
        row(v3, "blk.0.attn_v", OpKind::Dense, "attn.v", 0, "blk.0.attn_v.weight", "", false);
        row(v3, "blk.0.attn_output", OpKind::Dense, "attn.o", 0, "blk.0.attn_output.weight", "", false);
        row(v3, "blk.0.ffn_norm", OpKind::Norm, "norm.mlp", 0, "blk.0.ffn_norm.weight", "", false);
        row(v3, "blk.0.ffn_gate", OpKind::Dense, "mlp.gate", 0, "blk.0.ffn_gate.weight", "", false);
        row(v3, "blk.0.ffn_up", OpKind::Dense, "mlp.up", 0, "blk.0.ffn_up.weight", "", false);
        row(v3, "blk.0.ffn_down", OpKind::Dense, "mlp.down", 0, "blk.0.ffn_down.weight", "", false);
        row(v3, "blk.1.attn_qkv", OpKind::Dense, "attn.qkv", 1, "blk.1.attn_qkv.weight",
            "blk.1.attn_qkv.bias", false);
        row(v3, "blk.1.attn_output", OpKind::Dense, "attn.o", 1, "blk.1.attn_output.weight",
            "blk.1.attn_output.bias", false);
        // No output.weight: the head is the token embedding.
        row(v3, "output", OpKind::Dense, "lm_head", -1, "token_embd.weight", "", true);
        row(v2, "output", OpKind::Dense, "lm_head", -1, "output.weight", "", false);
        row(v2, "position_embd", OpKind::Embedding, "embed.pos", -1, "position_embd.weight", "", false);
        row(v2, "blk.0.attn_q", OpKind::Dense, "attn.q", 0, "blk.0.attn_q.weight",
            "blk.0.attn_q.bias", false);
        row(v2, "blk.2.ffn_down", OpKind::Dense, "mlp.down", 2, "blk.2.ffn_down.weight", "", false);
    }

    void layers()
    {
        QFETCH(QString, file);
        QFETCH(QString, layer);
        QFETCH(int, op);
        QFETCH(QString, role);
        QFETCH(int, block);
        QFETCH(QString, weight);
        QFETCH(QString, bias);
        QFETCH(bool, tied);
        const auto m = open(file);
        QVERIFY(m);
        const Layer *l = m->layer(layer);
        QVERIFY(l);
        QCOMPARE(int(l->op), op);
        QCOMPARE(l->role, role);
        QCOMPARE(l->block, block);
        QCOMPARE(l->weight, m->tensorIndex(weight));
        QCOMPARE(l->bias, bias.isEmpty() ? -1 : m->tensorIndex(bias));
        QCOMPARE(l->tiedTo, tied);
        const Tensor *w = m->weightOf(*l);
        QVERIFY(w);
        if (l->op == OpKind::Dense || l->op == OpKind::Embedding) {
            QCOMPARE(l->layout, WeightLayout::OutIn);
            // [out, in]: GGUF ne[1] outputs, ne[0] inputs.
            QCOMPARE(l->outFeatures(*w), w->dim(0));
            QCOMPARE(l->inFeatures(*w), w->dim(1));
        } else {
            QCOMPARE(l->layout, WeightLayout::Vector);
        }
    }

    void layerCounts()
    {
        const auto v3 = open(kV3);
        QVERIFY(v3);
        // 15 .weight tensors plus the tied head; extra.* tensors are not layers.
        QCOMPARE(v3->layers.size(), std::size_t(16));
        QVERIFY(!v3->layer(QStringLiteral("extra")));
        const auto v2 = open(kV2);
        QVERIFY(v2);
        QCOMPARE(v2->layers.size(), std::size_t(7));
        QCOMPARE(contextLength(*v2), 64);
        QCOMPARE(v2->metadata.value(u"general.alignment").toInteger(), 64);
    }

    void cancelBeforeStart()
    {
        JobContext ctx;
        ctx.requestCancel();
        auto r = readGguf(kV3, ctx);
        QVERIFY(!r.ok());
        QVERIFY(r.isCanceled());
    }
};

QTEST_GUILESS_MAIN(TestGgufReader)
#include "tst_ggufreader.moc"
