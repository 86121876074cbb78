// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a synthetic Llama-7B-shaped Hugging Face directory (BF16, sharded) for benchmarks:
//   pare-synth-llama [--out DIR] [--blocks N] [--hidden N] [--mlp N] [--vocab N] [--shard-bytes N]
// Defaults: /tmp/pare-synth-llama7b, 32 blocks, hidden 4096, MLP 11008, vocab 32000, 5 GB shards
// (≈13.5 GB in 3 shards). Values are random normals (σ 0.02) from one shared buffer that every
// tensor views at a different offset, so generation costs one buffer plus the disk writes.
#include "io/safetensorswriter.h"
#include "tensor/convert.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace pare::core;

namespace {
constexpr const char *kUsage
    = "Usage: pare-synth-llama [--out DIR] [--blocks N] [--hidden N] [--mlp N] [--vocab N]\n"
      "                        [--shard-bytes N]\n"
      "Writes a synthetic Llama-shaped safetensors directory (BF16, sharded), overwriting DIR.\n"
      "Defaults: --out /tmp/pare-synth-llama7b, 32 blocks, hidden 4096, MLP 11008, vocab 32000,\n"
      "5 GB shards (about 13.5 GB in 3 shards). Run with no argument to write the defaults.\n";
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString out = QStringLiteral("/tmp/pare-synth-llama7b");
    std::int64_t blocks = 32, hidden = 4096, mlp = 11008, vocab = 32000, shardBytes = kDefaultShardBytes;
    const QStringList args = app.arguments();
    // Every option takes a value; anything else (a lone or unknown argument, --help) writes
    // nothing: the output directory is overwritten, so a typo must not regenerate 13.5 GB.
    for (int i = 1; i < args.size(); i += 2) {
        const QString &k = args[i];
        if (k == QLatin1String("--help") || k == QLatin1String("-h")) {
            std::printf("%s", kUsage);
            return 0;
        }
        std::int64_t *number = k == QLatin1String("--blocks")        ? &blocks
                               : k == QLatin1String("--hidden")      ? &hidden
                               : k == QLatin1String("--mlp")         ? &mlp
                               : k == QLatin1String("--vocab")       ? &vocab
                               : k == QLatin1String("--shard-bytes") ? &shardBytes
                                                                     : nullptr;
        if (!number && k != QLatin1String("--out")) {
            std::fprintf(stderr, "pare-synth-llama: unknown argument %s (nothing written)\n%s",
                         qPrintable(k), kUsage);
            return 2;
        }
        if (i + 1 >= args.size()) {
            std::fprintf(stderr, "pare-synth-llama: %s needs a value (nothing written)\n%s",
                         qPrintable(k), kUsage);
            return 2;
        }
        const QString &v = args[i + 1];
        if (!number) {
            out = v;
            continue;
        }
        bool ok = false;
        *number = v.toLongLong(&ok);
        if (!ok) {
            std::fprintf(stderr, "pare-synth-llama: %s %s: not a number (nothing written)\n",
                         qPrintable(k), qPrintable(v));
            return 2;
        }
    }
    if (blocks <= 0 || hidden <= 0 || mlp <= 0 || vocab <= 0 || shardBytes <= 0) {
        std::fprintf(stderr, "pare-synth-llama: sizes must be positive\n");
        return 2;
    }

    // Offsets stagger the views so neighbouring tensors do not hold identical bytes.
    constexpr std::int64_t kStagger = 1 << 20;
    const std::int64_t largest = std::max({vocab * hidden, mlp * hidden, hidden * hidden});
    const std::int64_t values = largest + kStagger;
    std::vector<float> f(std::size_t(std::min<std::int64_t>(values, 1 << 24)));
    std::mt19937_64 rng(20261128);
    std::normal_distribution<float> normal(0.0f, 0.02f);
    for (float &x : f)
        x = normal(rng);
    std::vector<std::byte> bytes(std::size_t(values * 2));
    auto *bf = reinterpret_cast<std::uint16_t *>(bytes.data());
    for (std::int64_t i = 0; i < values; i += std::int64_t(f.size())) {
        const std::int64_t n = std::min<std::int64_t>(std::int64_t(f.size()), values - i);
        floatToBfloat16(f.data(), n, bf + i);
        std::rotate(f.begin(), f.begin() + 7919, f.end()); // vary the repeated pattern
    }
    auto storage = std::make_shared<OwnedStorage>(std::move(bytes));

    std::vector<Tensor> tensors;
    std::int64_t next = 0;
    auto add = [&](const QString &name, Shape shape) {
        const std::int64_t offset = (next++ * 4099 * 2) % (kStagger * 2);
        auto t = Tensor::view(name, DType::BF16, std::move(shape), storage, offset);
        Q_ASSERT(t.ok());
        tensors.push_back(std::move(t).value());
    };
    add(QStringLiteral("model.embed_tokens.weight"), {vocab, hidden});
    for (std::int64_t b = 0; b < blocks; ++b) {
        const QString p = QStringLiteral("model.layers.%1.").arg(b);
        add(p + QStringLiteral("input_layernorm.weight"), {hidden});
        for (const char *proj : {"q_proj", "k_proj", "v_proj", "o_proj"})
            add(p + QStringLiteral("self_attn.%1.weight").arg(QLatin1String(proj)), {hidden, hidden});
        add(p + QStringLiteral("post_attention_layernorm.weight"), {hidden});
        add(p + QStringLiteral("mlp.gate_proj.weight"), {mlp, hidden});
        add(p + QStringLiteral("mlp.up_proj.weight"), {mlp, hidden});
        add(p + QStringLiteral("mlp.down_proj.weight"), {hidden, mlp});
    }
    add(QStringLiteral("model.norm.weight"), {hidden});
    add(QStringLiteral("lm_head.weight"), {vocab, hidden});

    const QJsonObject config{
        {QStringLiteral("model_type"), QStringLiteral("llama")},
        {QStringLiteral("architectures"), QJsonArray{QStringLiteral("LlamaForCausalLM")}},
        {QStringLiteral("hidden_size"), qint64(hidden)},
        {QStringLiteral("intermediate_size"), qint64(mlp)},
        {QStringLiteral("num_hidden_layers"), qint64(blocks)},
        {QStringLiteral("num_attention_heads"), 32},
        {QStringLiteral("vocab_size"), qint64(vocab)},
        {QStringLiteral("max_position_embeddings"), 4096},
        {QStringLiteral("tie_word_embeddings"), false},
        {QStringLiteral("torch_dtype"), QStringLiteral("bfloat16")},
        {QStringLiteral("note"), QStringLiteral("synthetic weights written by pare-synth-llama")}};
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    JobContext ctx([&](double fraction, const QString &) {
                       const int pct = int(fraction * 100);
                       if (pct != lastPercent) {
                           lastPercent = pct;
                           std::fprintf(stderr, "\r%3d %%", pct);
                       }
                   },
                   {}, [] { return false; });
    auto r = writeSafetensorsSharded(tensors, QJsonObject{{QStringLiteral("format"), QStringLiteral("pt")}},
                                     out, shardBytes, config, ctx);
    std::fprintf(stderr, "\n");
    if (!r.ok()) {
        std::fprintf(stderr, "pare-synth-llama: %s\n", qPrintable(r.error().message));
        return 1;
    }
    std::int64_t total = 0;
    for (const Tensor &t : tensors)
        total += t.byteSize();
    std::printf("wrote %s: %zu tensors, %.2f GB in %.1f s\n", qPrintable(out), tensors.size(),
                double(total) / 1e9, double(timer.elapsed()) / 1000.0);
    return 0;
}
