// SPDX-License-Identifier: GPL-3.0-or-later
// GGUF: block dequantization and quantization throughput on one core, each next to the plain
// F16 → float32 conversion of the same element count (the baseline a reader always has); then
// opening a synthetic Llama-shaped GGUF (291 tensors, 128,256-token vocabulary) next to mapping
// the same file and touching its header bytes.
//   bench_gguf [--elements N] [--dir DIR]   (default N = 4 Mi elements per type, DIR = /tmp)
#include "io/ggufreader.h"
#include "io/ggufwriter.h"
#include "io/modelio.h"
#include "tensor/blockquant.h"
#include "tensor/convert.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <sys/resource.h>

using namespace pare::core;

namespace {

constexpr int kRepeats = 5; // best of

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

template<typename F>
double bestSeconds(F &&f)
{
    double best = 1e30;
    for (int r = 0; r < kRepeats; ++r) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

// Random blocks with finite half scales, like a real file.
std::vector<std::byte> randomBlocks(DType t, std::int64_t elements, std::mt19937 &rng)
{
    std::vector<float> x(static_cast<std::size_t>(elements));
    std::normal_distribution<float> dist(0.0f, 0.02f);
    for (float &v : x)
        v = dist(rng);
    std::vector<std::byte> out(std::size_t(*storageBytes(t, elements)));
    if (canQuantizeBlocks(t)) {
        quantizeBlocks(t, x.data(), elements / dtypeInfo(t).blockElements, out.data());
        return out;
    }
    std::uniform_int_distribution<int> byte(0, 255);
    for (std::byte &b : out)
        b = std::byte(byte(rng));
    const DTypeInfo &info = dtypeInfo(t);
    // K-quants: overwrite d (and dmin) with a small finite half.
    const int dOffset = t == DType::Q2_K ? 80 : t == DType::Q3_K ? 108 : t == DType::Q6_K ? 208 : 0;
    const bool hasMin = t == DType::Q2_K || t == DType::Q4_K || t == DType::Q5_K;
    const std::uint16_t h = floatToHalf(0.001f);
    for (std::int64_t b = 0; b < elements / info.blockElements; ++b) {
        std::memcpy(out.data() + b * info.blockBytes + dOffset, &h, 2);
        if (hasMin)
            std::memcpy(out.data() + b * info.blockBytes + dOffset + 2, &h, 2);
    }
    return out;
}

void throughput(std::int64_t n)
{
    std::mt19937 rng(7);
    std::vector<float> out(static_cast<std::size_t>(n));
    std::vector<std::uint16_t> half(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        half[std::size_t(i)] = floatToHalf(float(i % 1000) * 0.001f);
    double sink = 0;
    const double base = bestSeconds([&] {
        halfToFloat(half.data(), n, out.data());
        sink += out[std::size_t(n - 1)];
    });
    std::printf("baseline F16->F32 (%s path): %.2f ns/element, %.0f M elements/s\n",
                halfConversionPath(), base * 1e9 / double(n), double(n) / base / 1e6);
    std::printf("%-6s %14s %14s %12s\n", "type", "dequant ns/el", "M el/s", "vs F16 conv");
    for (DType t : {DType::Q8_0, DType::Q4_0, DType::Q4_1, DType::Q5_0, DType::Q5_1, DType::Q2_K,
                    DType::Q3_K, DType::Q4_K, DType::Q5_K, DType::Q6_K}) {
        const std::vector<std::byte> blocks = randomBlocks(t, n, rng);
        const std::int64_t nb = n / dtypeInfo(t).blockElements;
        const double s = bestSeconds([&] {
            dequantizeBlocks(t, blocks.data(), nb, out.data());
            sink += out[std::size_t(n - 1)];
        });
        std::printf("%-6s %14.2f %14.0f %11.2fx\n", dtypeInfo(t).name, s * 1e9 / double(n),
                    double(n) / s / 1e6, s / base);
    }

    std::vector<float> x(static_cast<std::size_t>(n));
    std::normal_distribution<float> dist(0.0f, 1.0f);
    for (float &v : x)
        v = dist(rng);
    const double baseQ = bestSeconds([&] {
        floatToHalf(x.data(), n, half.data());
        sink += half[std::size_t(n - 1)];
    });
    std::printf("baseline F32->F16: %.2f ns/element\n", baseQ * 1e9 / double(n));
    std::printf("%-6s %14s %14s %12s\n", "type", "quant ns/el", "M el/s", "vs F16 conv");
    std::vector<std::byte> q(std::size_t(n) * 2);
    for (DType t : {DType::Q8_0, DType::Q4_0, DType::Q4_1, DType::Q5_0, DType::Q5_1}) {
        const double s = bestSeconds([&] {
            quantizeBlocks(t, x.data(), n / 32, q.data());
            sink += double(q[0]);
        });
        std::printf("%-6s %14.2f %14.0f %11.2fx\n", dtypeInfo(t).name, s * 1e9 / double(n),
                    double(n) / s / 1e6, s / baseQ);
    }
    std::printf("(sink %g)\n", sink);
}

// A Llama-3-8B-shaped header: 32 blocks × 9 tensors + 3, a 128,256-entry vocabulary with scores
// and token types; the tensors themselves are tiny (the header is what opening costs).
Result<void> writeSynthetic(const QString &path)
{
    constexpr int kVocab = 128256;
    QStringList tokens;
    tokens.reserve(kVocab);
    std::vector<float> scores(kVocab);
    std::vector<std::int32_t> types(kVocab, 1);
    for (int i = 0; i < kVocab; ++i) {
        tokens << QStringLiteral("tok_%1").arg(i);
        scores[std::size_t(i)] = -float(i);
    }
    std::vector<GgufKeyValue> md{
        {QStringLiteral("general.architecture"), GgufValue::str(QStringLiteral("llama"))},
        {QStringLiteral("llama.context_length"), GgufValue::u32(8192)},
        {QStringLiteral("llama.block_count"), GgufValue::u32(32)},
        {QStringLiteral("tokenizer.ggml.tokens"), GgufValue::stringArray(tokens)},
        {QStringLiteral("tokenizer.ggml.scores"),
         GgufValue::scalarArray(GgufValueType::F32, scores.data(), kVocab)},
        {QStringLiteral("tokenizer.ggml.token_type"),
         GgufValue::scalarArray(GgufValueType::I32, types.data(), kVocab)},
    };
    const Tensor small = Tensor::fromFloats(QStringLiteral("x"), {4, 256}, std::vector<float>(1024, 0.5f));
    std::vector<GgufWriteTensor> ts;
    ts.push_back({small, DType::F16, QStringLiteral("token_embd.weight")});
    ts.push_back({small, DType::F32, QStringLiteral("output_norm.weight")});
    ts.push_back({small, DType::Q8_0, QStringLiteral("output.weight")});
    for (int b = 0; b < 32; ++b) {
        for (const char *n : {"attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm",
                              "ffn_gate", "ffn_up", "ffn_down"})
            ts.push_back({small, DType::Q4_0, QStringLiteral("blk.%1.%2.weight").arg(b).arg(QLatin1String(n))});
    }
    JobContext ctx;
    return writeGguf(path, md, ts, ctx);
}

void openTimes(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("pare_bench_synthetic.gguf"));
    if (auto w = writeSynthetic(path); !w.ok()) {
        std::printf("cannot write %s: %s\n", qPrintable(path), qPrintable(w.error().message));
        return;
    }
    std::printf("synthetic file: %s, %.1f MB\n", qPrintable(path), double(QFile(path).size()) / 1e6);
    JobContext ctx;
    std::uint64_t sink = 0;
    const double mapOnly = bestSeconds([&] {
        auto f = MappedFile::open(path);
        for (std::int64_t i = 0; i < (*f)->size(); i += 4096)
            sink += std::uint8_t((*f)->data()[i]);
    });
    const double model = bestSeconds([&] {
        auto m = readGguf(path, ctx);
        sink += m.ok() ? m.value()->layers.size() : 0;
    });
    const double full = bestSeconds([&] {
        auto m = readGgufMetadata(path, ctx);
        sink += m.ok() ? m->size() : 0;
    });
    std::printf("baseline map + touch every page: %.2f ms\n", mapOnly * 1e3);
    std::printf("readGguf (Model, vocabulary elided): %.2f ms (%.1fx baseline)\n", model * 1e3,
                model / mapOnly);
    std::printf("readGgufMetadata (vocabulary expanded): %.2f ms (%.1fx baseline)\n", full * 1e3,
                full / mapOnly);
    std::printf("peak RSS %.0f MB (sink %llu)\n", peakRssMb(), (unsigned long long)sink);
    QFile::remove(path);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::int64_t n = 4 << 20;
    QString dir = QDir::tempPath();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--elements"))
            n = std::max<std::int64_t>(256, args[i + 1].toLongLong() / 256 * 256);
        if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
    }
    std::printf("GGUF block types, %lld elements each, best of %d, one core\n", (long long)n, kRepeats);
    throughput(n);
    openTimes(dir);
    return 0;
}
