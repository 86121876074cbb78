// SPDX-License-Identifier: GPL-3.0-or-later
// The decoder's GGUF path: the demo GPT-2 (resources/demo/kjv-gpt2) written as GGUF with
// llama.cpp's GPT-2 names and metadata (token_embd, position_embd, blk.N.attn_qkv, …; linear
// weights [out, in]) evaluates to the same perplexity as from its safetensors directory:
// F32 exactly, F16 and Q8_0 within named tolerances.
#include "io/ggufwriter.h"
#include "io/modelio.h"
#include "runtime/datasets.h"
#include "runtime/evaluator.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pare::core;

#define TRY_ASSIGN(var, expr)                                                                      \
    auto var##Result_ = (expr);                                                                    \
    if (!var##Result_.ok())                                                                        \
        return var##Result_.error();                                                               \
    auto var = std::move(var##Result_.value())

namespace {
constexpr std::int64_t kBytes = 24 * 1024; // of validation.txt: 192 windows, a few seconds
constexpr double kF16Relative = 2e-3;      // perplexity, weights rounded to 11 significant bits
constexpr double kQ8Relative = 1e-2;       // perplexity, weights in 8-bit blocks of 32

QString demo(const QString &rel)
{
    return QStringLiteral(PARE_SOURCE_DIR "/resources/demo/kjv-gpt2/") + rel;
}

std::vector<float> transposed(const std::vector<float> &v, std::int64_t rows, std::int64_t cols)
{
    std::vector<float> t(v.size());
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t c = 0; c < cols; ++c)
            t[std::size_t(c * rows + r)] = v[std::size_t(r * cols + c)];
    return t;
}

Result<double> perplexityOf(const QString &path, const QByteArray &text)
{
    TRY_ASSIGN(model, openModel(path));
    TRY_ASSIGN(weights, DecoderWeights::fromModel(*model));
    const Decoder decoder(std::make_shared<DecoderWeights>(std::move(weights)));
    JobContext ctx;
    LmEvalOptions o;
    o.maxBytes = kBytes;
    TRY_ASSIGN(r, evaluateLanguageModel(decoder, nullptr, text, o, ctx));
    return r.perplexity;
}
} // namespace

class TestDecoderGguf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameAsSafetensors_data();
    void sameAsSafetensors();

private:
    // Writes the demo model as GGUF: 2-D weights as `matrixType`, vectors and positions as F32.
    Result<void> writeDemoGguf(const QString &out, DType matrixType);

    QTemporaryDir m_dir;
    std::shared_ptr<Model> m_model;
    QByteArray m_text;
    double m_reference = 0;
};

void TestDecoderGguf::initTestCase()
{
    if (!QFileInfo::exists(demo(QStringLiteral("model.safetensors"))))
        QSKIP("resources/demo/kjv-gpt2 is not there");
    QVERIFY(m_dir.isValid());
    auto model = openModel(demo(QString()));
    QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().message));
    m_model = *model;
    auto text = loadText(demo(QStringLiteral("validation.txt")));
    QVERIFY(text.ok());
    m_text = *text;
    auto ppl = perplexityOf(demo(QString()), m_text);
    QVERIFY2(ppl.ok(), ppl.ok() ? "" : qPrintable(ppl.error().message));
    m_reference = *ppl;
    QVERIFY(m_reference > 1.0 && m_reference < 20.0);
}

Result<void> TestDecoderGguf::writeDemoGguf(const QString &out, DType matrixType)
{
    const Model &m = *m_model;
    auto floats = [&](const QString &name) { return tensorFloats(m, name, nullptr); };
    std::vector<GgufWriteTensor> tensors;
    auto add = [&](const QString &name, Shape shape, std::vector<float> v, DType type) {
        tensors.push_back({Tensor::fromFloats(name, std::move(shape), std::move(v)), type, {}});
    };
    const QString t = QStringLiteral("transformer.");
    TRY_ASSIGN(wte, floats(t + QStringLiteral("wte.weight")));
    add(QStringLiteral("token_embd.weight"), {256, 128}, wte, matrixType);
    TRY_ASSIGN(wpe, floats(t + QStringLiteral("wpe.weight")));
    add(QStringLiteral("position_embd.weight"), {128, 128}, wpe, DType::F32);
    for (int i = 0; i < 4; ++i) {
        const QString h = t + QStringLiteral("h.%1.").arg(i), b = QStringLiteral("blk.%1.").arg(i);
        const struct
        {
            const char *hf, *gguf;
            std::int64_t in, out; // 0: a vector
        } map[] = {{"ln_1.weight", "attn_norm.weight", 0, 128}, {"ln_1.bias", "attn_norm.bias", 0, 128},
                   {"attn.c_attn.weight", "attn_qkv.weight", 128, 384}, {"attn.c_attn.bias", "attn_qkv.bias", 0, 384},
                   {"attn.c_proj.weight", "attn_output.weight", 128, 128}, {"attn.c_proj.bias", "attn_output.bias", 0, 128},
                   {"ln_2.weight", "ffn_norm.weight", 0, 128}, {"ln_2.bias", "ffn_norm.bias", 0, 128},
                   {"mlp.c_fc.weight", "ffn_up.weight", 128, 512}, {"mlp.c_fc.bias", "ffn_up.bias", 0, 512},
                   {"mlp.c_proj.weight", "ffn_down.weight", 512, 128}, {"mlp.c_proj.bias", "ffn_down.bias", 0, 128}};
        for (const auto &e : map) {
            TRY_ASSIGN(v, floats(h + QLatin1String(e.hf)));
            if (e.in == 0) // HF Conv1D stores [in, out]; GGUF (ggml) linear weights are [out, in]
                add(b + QLatin1String(e.gguf), {e.out}, std::move(v), DType::F32);
            else
                add(b + QLatin1String(e.gguf), {e.out, e.in}, transposed(v, e.in, e.out), matrixType);
        }
    }
    TRY_ASSIGN(lnw, floats(t + QStringLiteral("ln_f.weight")));
    add(QStringLiteral("output_norm.weight"), {128}, lnw, DType::F32);
    TRY_ASSIGN(lnb, floats(t + QStringLiteral("ln_f.bias")));
    add(QStringLiteral("output_norm.bias"), {128}, lnb, DType::F32);
    // No output.weight: the head is tied to token_embd, as llama.cpp's GPT-2 allows.
    const std::vector<GgufKeyValue> md{
            {QStringLiteral("general.architecture"), GgufValue::str(QStringLiteral("gpt2"))},
            {QStringLiteral("general.name"), GgufValue::str(QStringLiteral("kjv-gpt2"))},
            {QStringLiteral("gpt2.block_count"), GgufValue::u32(4)},
            {QStringLiteral("gpt2.context_length"), GgufValue::u32(128)},
            {QStringLiteral("gpt2.embedding_length"), GgufValue::u32(128)},
            {QStringLiteral("gpt2.feed_forward_length"), GgufValue::u32(512)},
            {QStringLiteral("gpt2.attention.head_count"), GgufValue::u32(4)},
            {QStringLiteral("gpt2.attention.layer_norm_epsilon"), GgufValue::f32(1e-5f)}};
    JobContext ctx;
    return writeGguf(out, md, tensors, ctx);
}

void TestDecoderGguf::sameAsSafetensors_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("f32") << int(DType::F32) << 0.0;
    QTest::newRow("f16") << int(DType::F16) << kF16Relative;
    QTest::newRow("q8_0") << int(DType::Q8_0) << kQ8Relative;
}

void TestDecoderGguf::sameAsSafetensors()
{
    QFETCH(int, type);
    QFETCH(double, tolerance);
    const QString out = m_dir.filePath(QStringLiteral("kjv-%1.gguf").arg(type));
    auto w = writeDemoGguf(out, DType(type));
    QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
    auto ppl = perplexityOf(out, m_text);
    QVERIFY2(ppl.ok(), ppl.ok() ? "" : qPrintable(ppl.error().message));
    const double rel = std::abs(*ppl - m_reference) / m_reference;
    qInfo("%s: perplexity %.6f vs safetensors %.6f (relative %.2e)", QTest::currentDataTag(), *ppl, m_reference, rel);
    if (tolerance == 0.0)
        QCOMPARE(*ppl, m_reference);
    else
        QVERIFY(rel <= tolerance);
}

QTEST_GUILESS_MAIN(TestDecoderGguf)
#include "tst_decodergguf.moc"
