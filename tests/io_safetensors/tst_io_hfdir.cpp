// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/hfarch.h"
#include "io/modelio.h"
#include "io/safetensorswriter.h"
#include "model/costmodel.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace pare::core;

namespace {

QString hfFixture(const char *name)
{
    return QStringLiteral(PARE_TEST_DATA "/hfdir/") + QLatin1String(name);
}

QString messageOf(const Result<std::shared_ptr<Model>> &r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class TestHfDir : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gpt2Layers_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("layout");
        QTest::addColumn<bool>("hasBias");
        const auto row = [](const char *name, OpKind op, const char *role, int block, WeightLayout layout,
                            bool bias) {
            QTest::newRow(name) << QString::fromLatin1(name) << int(op) << QString::fromLatin1(role) << block
                                << int(layout) << bias;
        };
        row("transformer.wte", OpKind::Embedding, "embed", -1, WeightLayout::OutIn, false);
        row("transformer.wpe", OpKind::Embedding, "pos_embed", -1, WeightLayout::OutIn, false);
        row("transformer.h.0.ln_1", OpKind::Norm, "norm", 0, WeightLayout::Vector, true);
        row("transformer.h.0.attn.c_attn", OpKind::Dense, "attn.qkv", 0, WeightLayout::InOut, true);
        row("transformer.h.1.attn.c_proj", OpKind::Dense, "attn.o", 1, WeightLayout::InOut, true);
        row("transformer.h.1.mlp.c_fc", OpKind::Dense, "mlp.up", 1, WeightLayout::InOut, true);
        row("transformer.h.0.mlp.c_proj", OpKind::Dense, "mlp.down", 0, WeightLayout::InOut, true);
        row("transformer.ln_f", OpKind::Norm, "norm", -1, WeightLayout::Vector, true);
        row("lm_head", OpKind::Dense, "lm_head", -1, WeightLayout::OutIn, false);
    }
    void gpt2Layers()
    {
        QFETCH(QString, layer);
        QFETCH(int, op);
        QFETCH(QString, role);
        QFETCH(int, block);
        QFETCH(int, layout);
        QFETCH(bool, hasBias);
        auto m = openModel(hfFixture("gpt2-tiny"));
        QVERIFY2(m.ok(), qPrintable(messageOf(m)));
        const Model &model = **m;
        QCOMPARE(model.format, ModelFormat::HuggingFaceDir);
        QCOMPARE(model.architecture, QStringLiteral("gpt2"));
        QCOMPARE(model.family, ModelFamily::LanguageModel);
        const Layer *l = model.layer(layer);
        QVERIFY2(l, qPrintable(layer));
        QCOMPARE(int(l->op), op);
        QCOMPARE(l->role, role);
        QCOMPARE(l->block, block);
        QCOMPARE(int(l->layout), layout);
        QCOMPARE(l->bias >= 0, hasBias);
    }

    void gpt2TiedHeadAndCosts()
    {
        auto m = openModel(hfFixture("gpt2-tiny"));
        QVERIFY2(m.ok(), qPrintable(messageOf(m)));
        const Model &model = **m;
        // 2 embeddings + 2 blocks × 6 + ln_f + tied lm_head.
        QCOMPARE(int(model.layers.size()), 16);
        QCOMPARE(model.layers.front().role, QStringLiteral("embed"));
        const Layer *head = model.layer(QStringLiteral("lm_head"));
        QVERIFY(head->tiedTo);
        QCOMPARE(head->weight, model.tensorIndex(QStringLiteral("transformer.wte.weight")));
        // The config's n_positions (8) is the default sequence length.
        QCOMPARE(model.metadata.value(QLatin1String("n_positions")).toInt(), 8);
        const Layer *cattn = model.layer(QStringLiteral("transformer.h.0.attn.c_attn"));
        const Tensor *w = model.weightOf(*cattn);
        QCOMPARE(cattn->outFeatures(*w), 24); // [in=8, out=24] read as InOut
        QCOMPARE(cattn->inFeatures(*w), 8);
        const LayerCost c = layerCost(model, *cattn, InputSpec{2, 4});
        QCOMPARE(c.macs, 8 * 24 * 4 * 2);
        QCOMPARE(c.parameters, 8 * 24 + 24);
        // Parameters are counted once even though lm_head shares the embedding.
        std::int64_t params = 0;
        for (const Tensor &t : model.tensors)
            params += t.numel();
        QCOMPARE(modelCost(model, InputSpec{}).parameters, params);
    }

    void llamaSharded()
    {
        auto m = openModel(hfFixture("llama-tiny-sharded"));
        QVERIFY2(m.ok(), qPrintable(messageOf(m)));
        const Model &model = **m;
        QCOMPARE(model.architecture, QStringLiteral("llama"));
        QCOMPARE(int(model.tensors.size()), 21);
        QCOMPARE(model.tensors.front().dtype(), DType::BF16);
        QCOMPARE(model.metadata.value(QLatin1String("format")).toString(), QStringLiteral("pt"));
        // Tensors from both shards map their own files.
        QSet<QString> files;
        for (const Tensor &t : model.tensors)
            files.insert(t.storage()->path());
        QCOMPARE(files.size(), 2);
        const Layer *head = model.layer(QStringLiteral("lm_head"));
        QVERIFY(head);
        QVERIFY(!head->tiedTo); // tie_word_embeddings: false and a real lm_head tensor
        QCOMPARE(model.layer(QStringLiteral("model.layers.1.self_attn.k_proj"))->role, QStringLiteral("attn.k"));
        QCOMPARE(model.layer(QStringLiteral("model.layers.1.mlp.gate_proj"))->role, QStringLiteral("mlp.gate"));
        QCOMPARE(model.layer(QStringLiteral("model.layers.0.mlp.down_proj"))->block, 0);
        QCOMPARE(model.layer(QStringLiteral("model.embed_tokens"))->role, QStringLiteral("embed"));
        QCOMPARE(model.layer(QStringLiteral("model.norm"))->role, QStringLiteral("norm"));
        // Blocks are ordered numerically, lm_head last.
        QCOMPARE(model.layers.back().name, QStringLiteral("lm_head"));
        // max_position_embeddings = 32 tokens by default.
        const Layer *q = model.layer(QStringLiteral("model.layers.0.self_attn.q_proj"));
        QCOMPARE(layerCost(model, *q, InputSpec{}).macs, 8 * 8 * 32);
    }

    void rolesForOtherFamilies_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("tensor");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("block");
        QTest::newRow("bert q") << "bert" << "bert.encoder.layer.3.attention.self.query.weight" << "attn.q" << 3;
        QTest::newRow("bert o") << "bert" << "bert.encoder.layer.0.attention.output.dense.weight" << "attn.o" << 0;
        QTest::newRow("bert up") << "bert" << "bert.encoder.layer.2.intermediate.dense.weight" << "mlp.up" << 2;
        QTest::newRow("bert down") << "bert" << "bert.encoder.layer.2.output.dense.weight" << "mlp.down" << 2;
        QTest::newRow("bert emb") << "bert" << "bert.embeddings.word_embeddings.weight" << "embed" << -1;
        QTest::newRow("bert pos") << "bert" << "bert.embeddings.position_embeddings.weight" << "pos_embed" << -1;
        QTest::newRow("phi3 qkv") << "phi3" << "model.layers.5.self_attn.qkv_proj.weight" << "attn.qkv" << 5;
        QTest::newRow("qwen2 v") << "qwen2" << "model.layers.11.self_attn.v_proj.weight" << "attn.v" << 11;
        QTest::newRow("mistral up") << "mistral" << "model.layers.0.mlp.up_proj.weight" << "mlp.up" << 0;
        QTest::newRow("gemma norm") << "gemma" << "model.layers.0.post_attention_layernorm.weight" << "norm" << 0;
    }
    void rolesForOtherFamilies()
    {
        QFETCH(QString, arch);
        QFETCH(QString, tensor);
        QFETCH(QString, role);
        QFETCH(int, block);
        Model m;
        m.architecture = arch;
        m.tensors.push_back(Tensor::fromFloats(tensor, {4, 4}, std::vector<float>(16, 0.5f)));
        assignLayers(m);
        QCOMPARE(int(m.layers.size()) >= 1, true);
        const Layer *l = m.layer(tensor.chopped(7));
        QVERIFY(l);
        QCOMPARE(l->role, role);
        QCOMPARE(l->block, block);
        if (arch == QLatin1String("bert"))
            QVERIFY(!m.layer(QStringLiteral("lm_head"))); // encoders get no tied head
    }

    void missingShardNamed()
    {
        const QString dir = hfFixture("missing-shard");
        auto m = openModel(dir);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::NotFound);
        QVERIFY2(m.error().message.contains(QStringLiteral("model-00002-of-00002.safetensors"))
                     && m.error().message.contains(QStringLiteral("model.safetensors.index.json")),
                 qPrintable(m.error().message));
    }

    void badDirectories_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("index");
        QTest::addColumn<QString>("expected");
        QTest::newRow("config not json") << QByteArray("{nope") << QByteArray() << "config.json: invalid JSON";
        QTest::newRow("config array") << QByteArray("[]") << QByteArray() << "config.json: not a JSON object";
        QTest::newRow("no weight_map") << QByteArray("{}") << QByteArray("{}") << "field 'weight_map' missing";
        QTest::newRow("path traversal") << QByteArray("{}")
                                        << QByteArray(R"({"weight_map":{"a":"../x.safetensors"}})")
                                        << "is not a file name in this directory";
        QTest::newRow("tensor not in shard") << QByteArray("{}")
                                             << QByteArray(R"({"weight_map":{"ghost":"model-00001-of-00001.safetensors"}})")
                                             << "lists tensor 'ghost'";
    }
    void badDirectories()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, index);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile c(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(config);
        c.close();
        const Tensor a = Tensor::fromFloats(QStringLiteral("a.weight"), {2, 2}, {1, 2, 3, 4});
        QVERIFY(writeSafetensors({a}, {}, dir.filePath(QStringLiteral("model-00001-of-00001.safetensors"))).ok());
        if (!index.isEmpty()) {
            QFile i(dir.filePath(QStringLiteral("model.safetensors.index.json")));
            QVERIFY(i.open(QIODevice::WriteOnly));
            i.write(index);
        }
        auto m = openModel(dir.path());
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(expected), qPrintable(m.error().message));
    }

    void shardedWriterRoundTrip()
    {
        auto ref = openModel(hfFixture("llama-tiny-sharded"));
        QVERIFY(ref.ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("copy"));
        JobContext ctx;
        QJsonObject config{{QStringLiteral("model_type"), QStringLiteral("llama")},
                           {QStringLiteral("tie_word_embeddings"), false}};
        // 600 bytes per shard: several shards for this ~5 KB model.
        auto w = writeSafetensorsSharded((*ref)->tensors, {}, out, 600, config, ctx);
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
        QVERIFY(QFile::exists(out + QStringLiteral("/model.safetensors.index.json")));
        const QStringList shards = QDir(out).entryList({QStringLiteral("*.safetensors")});
        QVERIFY(shards.size() > 3);
        auto back = openModel(out);
        QVERIFY2(back.ok(), qPrintable(messageOf(back)));
        QCOMPARE((*back)->tensors.size(), (*ref)->tensors.size());
        QCOMPARE((*back)->layers.size(), (*ref)->layers.size());
        for (const Tensor &t : (*ref)->tensors) {
            const Tensor *b = (*back)->tensor(t.name());
            QVERIFY(b);
            QCOMPARE(b->shape(), t.shape());
            QVERIFY(std::memcmp(b->data(), t.data(), std::size_t(t.byteSize())) == 0);
        }
        QFile index(out + QStringLiteral("/model.safetensors.index.json"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(index.readAll()).object();
        QCOMPARE(o.value(QLatin1String("metadata")).toObject().value(QLatin1String("total_size")).toInteger(),
                 (*ref)->byteSize());
        // Small enough for one file: model.safetensors, no index.
        const QString single = dir.filePath(QStringLiteral("single"));
        QVERIFY(writeSafetensorsSharded((*ref)->tensors, {}, single, kDefaultShardBytes, config, ctx).ok());
        QVERIFY(QFile::exists(single + QStringLiteral("/model.safetensors")));
        QVERIFY(!QFile::exists(single + QStringLiteral("/model.safetensors.index.json")));
    }
};

QTEST_GUILESS_MAIN(TestHfDir)
#include "tst_io_hfdir.moc"
