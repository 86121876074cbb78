// SPDX-License-Identifier: GPL-3.0-or-later
// Pare's encoded forms read back bit-exactly; decompressed copies keep every name and shape and
// evaluate like the variant; exports never write over the input or an existing file.
#include "export/exportfile.h"
#include "export/variantwriter.h"
#include "exporttestutil.h"
#include "runtime/datasets.h"
#include "runtime/decoder.h"
#include "runtime/decoderweights.h"
#include "runtime/evaluator.h"
#include "runtime/graphexecutor.h"
#include "runtime/weightoverrides.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>
#include <limits>

using namespace pare::core;
using namespace exporttest;

namespace {

// Every technique at once: N:M + int8 on attention, int4 groups on the MLP, low rank on the
// attention output, channel pruning on one MLP pair.
const char *kMixed = R"({"pare_recipe": 1,
  "defaults": {"quantize": {"bits": 4, "granularity": "group", "group_size": 32}},
  "rules": [
    {"match": "*attn.c_attn", "prune": {"method": "nm", "n": 2, "m": 4}, "quantize": {"bits": 8, "granularity": "channel"}},
    {"match": "*attn.c_proj", "lowrank": {"rank": 8}, "quantize": null},
    {"match": "*h.1.mlp.c_fc", "prune": {"method": "channel", "sparsity": 0.25}},
    {"match": "*h.1.mlp.c_proj", "quantize": {"bits": 8, "scheme": "asymmetric", "granularity": "tensor"}}
  ]})";

bool sameBytes(const Tensor &a, const Tensor &b)
{
    return a.byteSize() == b.byteSize() && a.dtype() == b.dtype() && a.shape() == b.shape()
           && std::memcmp(a.data(), b.data(), std::size_t(a.byteSize())) == 0;
}

std::vector<float> lmLogits(const Model &m, const WeightOverrides *ov)
{
    auto w = DecoderWeights::fromModel(m, ov);
    if (!w)
        qFatal("decoder: %s", qPrintable(w.error().message));
    Decoder d(std::make_shared<const DecoderWeights>(std::move(*w)));
    std::vector<std::int32_t> tokens;
    const QByteArray text = QByteArrayLiteral("In the beginning God created the heaven and the earth.");
    for (int i = 0; i < std::min<int>(int(text.size()), d.config().context > 0 ? d.config().context : 32); ++i)
        tokens.push_back(std::int32_t(std::uint8_t(text[i])) % d.config().vocab);
    auto l = d.logits(tokens);
    if (!l)
        qFatal("logits: %s", qPrintable(l.error().message));
    return *l;
}

// Every file below `path` (or the file itself) by relative name, with its bytes.
QMap<QString, QByteArray> filesOf(const QString &path)
{
    QMap<QString, QByteArray> out;
    const QFileInfo fi(path);
    const QStringList names = fi.isDir() ? QDir(path).entryList(QDir::Files | QDir::Hidden) : QStringList{QString()};
    for (const QString &n : names) {
        QFile f(n.isEmpty() ? path : QDir(path).filePath(n));
        if (f.open(QIODevice::ReadOnly))
            out.insert(n, f.readAll());
    }
    return out;
}

// A model of `count` Dense layers, rows × cols F32 each, every third with a bias.
Model manyLayers(int count, std::int64_t rows, std::int64_t cols)
{
    Model m;
    m.path = QStringLiteral("many-layers");
    for (int i = 0; i < count; ++i) {
        Layer l;
        l.name = QStringLiteral("layers.%1").arg(i);
        l.op = OpKind::Dense;
        std::vector<float> w(std::size_t(rows * cols));
        for (std::size_t k = 0; k < w.size(); ++k)
            w[k] = float((k * 2654435761u + std::size_t(i) * 40503u) % 2001) / 1000.0f - 1.0f;
        m.tensors.push_back(Tensor::fromFloats(l.name + QStringLiteral(".weight"), {rows, cols}, std::move(w)));
        l.weight = int(m.tensors.size()) - 1;
        if (i % 3 == 0) {
            m.tensors.push_back(Tensor::fromFloats(l.name + QStringLiteral(".bias"), {rows},
                                                   std::vector<float>(std::size_t(rows), 0.5f)));
            l.bias = int(m.tensors.size()) - 1;
        }
        m.layers.push_back(l);
    }
    m.reindex();
    return m;
}

} // namespace

class TestVariantWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodedFormsReadBackBitExactly_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("safetensors") << ".safetensors";
        QTest::newRow("pare") << ".pare";
    }
    void encodedFormsReadBackBitExactly()
    {
        QFETCH(QString, suffix);
        auto m = open(demoPath(QStringLiteral("kjv-gpt2")));
        const Recipe r = recipe(kMixed);
        const Variant v = compress(*m, r);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v") + suffix);
        JobContext ctx;
        auto w = suffix == QLatin1String(".pare") ? writeVariantPare(*m, v, r, path, ctx)
                                                  : writeVariantSafetensors(*m, v, r, path, ctx);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        auto back = readVariantFile(path, ctx);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        int changed = 0;
        QSet<int> kinds;
        for (const CompressedLayer &l : v.layers) {
            if (!l.changed || !l.encoding)
                continue;
            ++changed;
            kinds.insert(int(l.encoding->kind));
            QVERIFY2(back->encodings.contains(l.weightName), qPrintable(l.weightName));
            QCOMPARE(back->encodings.value(l.weightName).serialize(), l.encoding->serialize());
            QCOMPARE(back->encodings.value(l.weightName).decode(), l.encoding->decode());
        }
        QCOMPARE(back->encodings.size(), changed);
        QVERIFY(kinds.size() >= 3); // dense, N:M, low rank (and sparse rows from channel pruning)
        // Every tensor the variant did not replace is there, byte for byte (biases of removed
        // channels shrink to the kept ones).
        auto form = encodedVariantForm(*m, v, r);
        QVERIFY(form.ok());
        for (const Tensor &t : form->tensors) {
            const Tensor *b = back->file->tensor(t.name());
            QVERIFY2(b, qPrintable(t.name()));
            if (t.dtype() == b->dtype())
                QVERIFY2(sameBytes(t, *b), qPrintable(t.name()));
            else // U16/U32 parts are stored under the signed names, bits unchanged
                QVERIFY(t.byteSize() == b->byteSize() && std::memcmp(t.data(), b->data(), std::size_t(t.byteSize())) == 0);
        }
        QCOMPARE(QJsonDocument::fromJson(back->recipeJson).object(), QJsonDocument::fromJson(r.toJson()).object());
    }

    void decompressedLanguageModelEvaluatesLikeTheVariant_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("out");
        QTest::newRow("hf dir") << demoPath(QStringLiteral("kjv-gpt2")) << "copy";
        QTest::newRow("gguf") << dataPath(QStringLiteral("runtime/llama-tiny.gguf")) << "copy.gguf";
        QTest::newRow("hf llama") << dataPath(QStringLiteral("runtime/llama-tiny")) << "copy";
    }
    void decompressedLanguageModelEvaluatesLikeTheVariant()
    {
        QFETCH(QString, model);
        QFETCH(QString, out);
        auto m = open(model);
        const Variant v = compress(*m, recipe(R"({"pare_recipe": 1,
            "defaults": {"quantize": {"bits": 4, "granularity": "group", "group_size": 32}}})"));
        QTemporaryDir dir;
        const QString path = dir.filePath(out);
        JobContext ctx;
        auto w = writeDecompressed(*m, v, path, ctx);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        auto copy = open(path);
        QCOMPARE(copy->format, m->format);
        QCOMPARE(copy->tensors.size(), m->tensors.size());
        auto ov = overridesFromVariant(*m, v);
        QVERIFY(ov.ok());
        QVERIFY(!ov->isEmpty());
        for (const Tensor &t : m->tensors) {
            const Tensor *c = copy->tensor(t.name());
            QVERIFY2(c, qPrintable(t.name()));
            QCOMPARE(c->shape(), t.shape());
            auto want = tensorFloats(*m, t.name(), &*ov);
            QVERIFY(want.ok());
            QVERIFY2(c->toFloatVector() == *want, qPrintable(t.name()));
        }
        QCOMPARE(lmLogits(*copy, nullptr), lmLogits(*m, &*ov));
    }

    void decompressedFilesKeepNamesAndShapes_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("out");
        QTest::newRow("safetensors") << dataPath(QStringLiteral("safetensors/mlp.safetensors")) << "copy.safetensors";
        QTest::newRow("npz") << dataPath(QStringLiteral("numpy/mlp.npz")) << "copy.npz";
        QTest::newRow("onnx") << demoPath(QStringLiteral("fashion-cnn/fashion_cnn.onnx")) << "copy.onnx";
    }
    void decompressedFilesKeepNamesAndShapes()
    {
        QFETCH(QString, model);
        QFETCH(QString, out);
        auto m = open(model);
        const Variant v = compress(*m, recipe(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 4},
            "prune": {"method": "magnitude", "sparsity": 0.5}}})"));
        QTemporaryDir dir;
        const QString path = dir.filePath(out);
        JobContext ctx;
        auto w = writeDecompressed(*m, v, path, ctx);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        auto copy = open(path);
        auto ov = overridesFromVariant(*m, v);
        QVERIFY(ov.ok());
        QVERIFY(!ov->isEmpty());
        QCOMPARE(copy->tensors.size(), m->tensors.size());
        for (const Tensor &t : m->tensors) {
            const Tensor *c = copy->tensor(t.name());
            QVERIFY2(c, qPrintable(t.name()));
            QCOMPARE(c->shape(), t.shape());
            auto want = tensorFloats(*m, t.name(), &*ov);
            QVERIFY(want.ok());
            QVERIFY2(c->toFloatVector() == *want, qPrintable(t.name()));
        }
        if (m->graph) { // the copy runs like the variant
            auto a = GraphExecutor::create(copy);
            auto b = GraphExecutor::create(m, &*ov);
            QVERIFY(a.ok() && b.ok());
            auto ds = loadDataset(demoPath(QStringLiteral("fashion-cnn/test-1000.npz")));
            QVERIFY(ds.ok());
            auto x = prepareInputs(*ds, a->input(), a->channelsLast(), {});
            QVERIFY(x.ok());
            JobContext c2;
            auto ra = evaluateClassifier(*a, nullptr, *x, ds->labels, 100, c2);
            auto rb = evaluateClassifier(*b, nullptr, *x, ds->labels, 100, c2);
            QVERIFY(ra.ok() && rb.ok());
            QCOMPARE(ra->correct, rb->correct);
            QCOMPARE(ra->predictions, rb->predictions);
        }
    }

    void kerasDecompressedCopyRunsLikeTheVariant()
    {
        const QString path = demoPath(QStringLiteral("fashion-cnn/fashion_cnn.h5"));
        auto m = openModel(path);
        if (!m)
            QSKIP("the Keras reader cannot open the demo file");
        const Variant v = compress(**m, recipe(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 4},
            "prune": {"method": "magnitude", "sparsity": 0.5}}})"));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("x.h5"));
        JobContext ctx;
        auto w = writeDecompressed(**m, v, out, ctx);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        auto copy = open(out);
        QCOMPARE(copy->format, ModelFormat::KerasH5);
        auto ov = overridesFromVariant(**m, v);
        QVERIFY(ov.ok());
        QVERIFY(!ov->isEmpty());
        QCOMPARE(copy->tensors.size(), (*m)->tensors.size());
        for (const Tensor &t : (*m)->tensors) {
            const Tensor *c = copy->tensor(t.name());
            QVERIFY2(c, qPrintable(t.name()));
            QCOMPARE(c->shape(), t.shape());
            auto want = tensorFloats(**m, t.name(), &*ov);
            QVERIFY(want.ok());
            QVERIFY2(c->toFloatVector() == *want, qPrintable(t.name()));
        }
        QVERIFY(copy->graph);
        auto a = GraphExecutor::create(copy);
        auto b = GraphExecutor::create(*m, &*ov);
        QVERIFY(a.ok() && b.ok());
        auto ds = loadDataset(demoPath(QStringLiteral("fashion-cnn/test-1000.npz")));
        QVERIFY(ds.ok());
        auto x = prepareInputs(*ds, a->input(), a->channelsLast(), {});
        QVERIFY(x.ok());
        auto ra = evaluateClassifier(*a, nullptr, *x, ds->labels, 100, ctx);
        auto rb = evaluateClassifier(*b, nullptr, *x, ds->labels, 100, ctx);
        QVERIFY(ra.ok() && rb.ok());
        QCOMPARE(ra->predictions, rb->predictions);
    }

    // Compressing and writing window by window gives the same file, byte for byte, as compressing
    // everything first; windows of one byte put every layer in a window of its own.
    void streamedWritesAreByteIdentical_data()
    {
        QTest::addColumn<int>("form");
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::int64_t>("window");
        QTest::newRow("pare") << int(StreamedForm::Pare) << "v.pare" << std::int64_t(1);
        QTest::newRow("safetensors") << int(StreamedForm::Safetensors) << "v.safetensors" << std::int64_t(1);
        QTest::newRow("safetensors, wide windows") << int(StreamedForm::Safetensors) << "v.safetensors"
                                                   << (std::int64_t(1) << 20);
        QTest::newRow("decompressed hf dir") << int(StreamedForm::Decompressed) << "copy" << std::int64_t(1);
        QTest::newRow("hf dir") << int(StreamedForm::HuggingFaceDir) << "hf" << std::int64_t(1);
    }
    void streamedWritesAreByteIdentical()
    {
        QFETCH(int, form);
        QFETCH(QString, name);
        QFETCH(std::int64_t, window);
        auto m = open(demoPath(QStringLiteral("kjv-gpt2")));
        const Recipe r = recipe(kMixed);
        const Variant v = compress(*m, r);
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("whole-") + name), b = dir.filePath(QStringLiteral("streamed-") + name);
        JobContext ctx;
        Result<void> w;
        switch (StreamedForm(form)) {
        case StreamedForm::Pare: w = writeVariantPare(*m, v, r, a, ctx); break;
        case StreamedForm::Safetensors: w = writeVariantSafetensors(*m, v, r, a, ctx); break;
        case StreamedForm::Decompressed: w = writeDecompressed(*m, v, a, ctx); break;
        case StreamedForm::HuggingFaceDir: w = writeHuggingFaceDir(*m, v, a, ctx); break;
        }
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
        QVERIFY(canStream(StreamedForm(form), *m));
        auto s = compressAndWrite(StreamedForm(form), *m, plans(*m, r), r, b, ctx, {}, window);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        const auto whole = filesOf(a), streamed = filesOf(b);
        QVERIFY(!whole.isEmpty());
        QCOMPARE(streamed.keys(), whole.keys());
        for (auto it = whole.begin(); it != whole.end(); ++it)
            QVERIFY2(streamed.value(it.key()) == it.value(), qPrintable(it.key()));
        // The same figures, the encodings released, no spool left behind.
        QCOMPARE(s->variant.layers.size(), v.layers.size());
        QCOMPARE(s->variant.bytes, v.bytes);
        for (std::size_t i = 0; i < v.layers.size(); ++i) {
            QCOMPARE(s->variant.layers[i].bytes, v.layers[i].bytes);
            QCOMPARE(s->variant.layers[i].error.relativeFrobenius, v.layers[i].error.relativeFrobenius);
            QVERIFY(!s->variant.layers[i].encoding);
            QCOMPARE(s->encodings[i], v.layers[i].encoding ? v.layers[i].encoding->describe() : QJsonObject());
        }
        QVERIFY(!QFileInfo::exists(b + QStringLiteral(".spool")));
    }

    // The memory bound, counted rather than measured: a model of many layers written in windows of
    // 256 KiB never holds more than one window's weights (as F32) and their encodings, a small
    // share of the whole model, and still writes the same file as the in-memory path.
    void streamingHoldsOneWindowAtATime()
    {
        const Model m = manyLayers(64, 96, 256); // 96 KiB of F32 per layer, 6 MiB in all
        const Recipe r = recipe(R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 8, "granularity": "channel"}},
                                    "rules": [{"match": "layers.1?", "prune": {"method": "magnitude", "sparsity": 0.5}}]})");
        constexpr std::int64_t kWindow = 256 << 10;
        std::int64_t weights = 0; // the weight matrices as F32
        for (const Layer &l : m.layers)
            weights += m.tensors[std::size_t(l.weight)].numel() * 4;
        QTemporaryDir dir;
        JobContext ctx;
        const QString streamed = dir.filePath(QStringLiteral("s.safetensors"));
        auto s = compressAndWrite(StreamedForm::Safetensors, m, plans(m, r), r, streamed, ctx, {}, kWindow);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QVERIFY(s->peakWindowBytes > 0);
        QVERIFY2(s->peakWindowBytes <= 2 * kWindow, qPrintable(QString::number(s->peakWindowBytes)));
        QVERIFY(weights > 10 * 2 * kWindow);
        int changed = 0;
        for (const CompressedLayer &l : s->variant.layers)
            changed += l.changed ? 1 : 0;
        QCOMPARE(changed, 64);
        // Without a window bound, the one window is the whole model.
        CompressStream whole;
        whole.windowBytes = std::numeric_limits<std::int64_t>::max();
        CompressOptions options;
        options.stream = &whole;
        auto all = compressModel(m, plans(m, r), ctx, options);
        QVERIFY(all.ok());
        QVERIFY(whole.peakWindowBytes >= weights);
        const Variant v = compress(m, r);
        const QString inMemory = dir.filePath(QStringLiteral("m.safetensors"));
        QVERIFY(writeVariantSafetensors(m, v, r, inMemory, ctx).ok());
        QCOMPARE(filesOf(streamed).value(QString()), filesOf(inMemory).value(QString()));
    }

    void exportsAreAtomicAndNeverOverwriteUnasked()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("model.bin"));
        const QString target = dir.filePath(QStringLiteral("out.bin"));
        auto writeText = [](const QString &p, const QByteArray &b) {
            QFile f(p);
            return f.open(QIODevice::WriteOnly) && f.write(b) == b.size();
        };
        QVERIFY(writeText(input, "input"));
        auto writer = [&](const QByteArray &b) {
            return [&writeText, b](const QString &tmp) -> Result<void> {
                if (!writeText(tmp, b))
                    return Error{ErrorCode::Io, tmp};
                return {};
            };
        };
        // Never the input, even with --force.
        auto r0 = exportAtomically(input, input, true, false, writer("x"));
        QVERIFY(!r0.ok());
        QCOMPARE(QFile(input).size(), 5);
        // A new file: the announced size is the file's.
        std::int64_t announced = -1;
        auto r1 = exportAtomically(target, input, false, false, writer("hello"), [&](std::int64_t b) { announced = b; });
        QVERIFY2(r1.ok(), r1.ok() ? "" : qPrintable(r1.error().message));
        QCOMPARE(announced, 5);
        QCOMPARE(*r1, 5);
        // Existing: refused without force, replaced with it.
        auto r2 = exportAtomically(target, input, false, false, writer("again!"));
        QVERIFY(!r2.ok());
        QVERIFY(r2.error().message.contains(QLatin1String("--force")));
        QCOMPARE(QFile(target).size(), 5);
        auto r3 = exportAtomically(target, input, true, false, writer("again!"));
        QVERIFY(r3.ok());
        QCOMPARE(QFile(target).size(), 6);
        // A failing writer leaves the old file and no temporary behind.
        auto r4 = exportAtomically(target, input, true, false, [](const QString &tmp) -> Result<void> {
            QFile f(tmp);
            (void)f.open(QIODevice::WriteOnly);
            f.write("partial");
            return Error{ErrorCode::Io, QStringLiteral("disk full")};
        });
        QVERIFY(!r4.ok());
        QCOMPARE(QFile(target).size(), 6);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);
        // Directories: a directory inside the input directory is refused; replacing works.
        const QString inDir = dir.filePath(QStringLiteral("hf"));
        QVERIFY(QDir().mkpath(inDir));
        QVERIFY(!exportAtomically(inDir + QStringLiteral("/sub"), inDir, true, true, writer("x")).ok());
        const QString outDir = dir.filePath(QStringLiteral("outdir"));
        auto dirWriter = [&](const QByteArray &b) {
            return [&writeText, b](const QString &tmp) -> Result<void> {
                QDir().mkpath(tmp);
                if (!writeText(tmp + QStringLiteral("/a"), b))
                    return Error{ErrorCode::Io, tmp};
                return {};
            };
        };
        QVERIFY(exportAtomically(outDir, inDir, false, true, dirWriter("1234")).ok());
        QVERIFY(!exportAtomically(outDir, inDir, false, true, dirWriter("12")).ok());
        auto r5 = exportAtomically(outDir, inDir, true, true, dirWriter("12"));
        QVERIFY(r5.ok());
        QCOMPARE(*r5, 2);
        QCOMPARE(QFile(outDir + QStringLiteral("/a")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestVariantWriter)
#include "tst_variantwriter.moc"
