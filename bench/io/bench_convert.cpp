// SPDX-License-Identifier: GPL-3.0-or-later
// F16/BF16 → float32 conversion on one core, on data in RAM but not in the CPU caches (a buffer
// far larger than them, filled once). Each figure is shown next to, in the same run:
//   - a plain streaming read of the same bytes (the floor for any pass over them),
//   - a memcpy of the same bytes into a cache-sized buffer,
//   - the previous kernel (16 elements per iteration, ordinary stores), kept here as baseline.
// Two destinations: a 4 MB buffer reused per chunk (how Tensor::toFloat callers work) and one
// array as large as the whole output (the streaming-store path).
//   bench_convert [--mb N] [--repeat R]   (default N = 1024 MB of 16-bit input, R = 3)
#include "tensor/convert.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

using namespace pare::core;

namespace {

constexpr std::int64_t kChunk = 1 << 20; // elements: 2 MB in, 4 MB out

#if defined(__x86_64__)
// The kernel before this benchmark existed, verbatim, as the baseline.
__attribute__((target("avx2,f16c"))) void oldHalfToFloat(const std::uint16_t *src,
                                                          std::int64_t count, float *out)
{
    std::int64_t i = 0;
    for (; i + 16 <= count; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i + 8));
        _mm256_storeu_ps(out + i, _mm256_cvtph_ps(a));
        _mm256_storeu_ps(out + i + 8, _mm256_cvtph_ps(b));
    }
    for (; i < count; ++i)
        out[i] = halfToFloat(src[i]);
}

__attribute__((target("avx2"))) void oldBf16ToFloat(const std::uint16_t *src, std::int64_t count,
                                                    float *out)
{
    std::int64_t i = 0;
    for (; i + 16 <= count; i += 16) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(src + i));
        const __m256i lo = _mm256_cvtepu16_epi32(_mm256_castsi256_si128(v));
        const __m256i hi = _mm256_cvtepu16_epi32(_mm256_extracti128_si256(v, 1));
        _mm256_storeu_ps(out + i, _mm256_castsi256_ps(_mm256_slli_epi32(lo, 16)));
        _mm256_storeu_ps(out + i + 8, _mm256_castsi256_ps(_mm256_slli_epi32(hi, 16)));
    }
    for (; i < count; ++i) {
        const std::uint32_t bits = std::uint32_t(src[i]) << 16;
        std::memcpy(out + i, &bits, 4);
    }
}
#else
void oldHalfToFloat(const std::uint16_t *src, std::int64_t count, float *out)
{
    halfToFloat(src, count, out);
}
void oldBf16ToFloat(const std::uint16_t *src, std::int64_t count, float *out)
{
    bfloat16ToFloat(src, count, out);
}
#endif

double seconds(QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// The best of `repeat` runs of fn (the least disturbed by the other processes on the machine).
template<typename Fn>
double best(int repeat, Fn fn)
{
    double b = 1e30;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        fn();
        b = std::min(b, seconds(t));
    }
    return b;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::int64_t mb = 1024;
    int repeat = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--mb"))
            mb = std::max<std::int64_t>(args[++i].toLongLong(), 64);
        else if (args[i] == QLatin1String("--repeat"))
            repeat = std::max(args[++i].toInt(), 1);
    }
    const std::int64_t n = mb << 19; // elements of 2 bytes
    std::vector<std::uint16_t> src(static_cast<std::size_t>(n));
    std::mt19937 rng(7);
    for (std::size_t i = 0; i < src.size(); i += 4096) // fill every page, cheaply
        for (std::size_t j = i; j < std::min(src.size(), i + 4096); ++j)
            src[j] = std::uint16_t((rng() & 0x3FFF) | 0x3000); // finite, moderate values
    std::vector<float> chunk(static_cast<std::size_t>(kChunk));
    std::vector<std::byte> copyBuf(static_cast<std::size_t>(kChunk * 2));
    std::vector<float> whole(static_cast<std::size_t>(n));
    std::fill(whole.begin(), whole.end(), 0.0f); // fault the pages in before timing
    volatile double sink = 0;
    const double gb = double(n) * 2 / 1e9;

    const double read = best(repeat, [&] {
        std::uint64_t a = 0, b = 0, c = 0, d = 0;
        const auto *p = reinterpret_cast<const std::byte *>(src.data());
        for (std::int64_t i = 0; i + 32 <= n * 2; i += 32) {
            std::uint64_t w[4];
            std::memcpy(w, p + i, 32);
            a += w[0];
            b += w[1];
            c += w[2];
            d += w[3];
        }
        sink = sink + double((a ^ b ^ c ^ d) & 0xFF);
    });
    const double copy = best(repeat, [&] {
        for (std::int64_t first = 0; first < n; first += kChunk) {
            const std::int64_t k = std::min(kChunk, n - first);
            std::memcpy(copyBuf.data(), src.data() + first, std::size_t(k) * 2);
            sink = sink + double(copyBuf[0]);
        }
    });
    std::printf("one core, %.2f GB of 16-bit input in RAM (not in cache), best of %d, %s path; the "
                "machine may be loaded by other work: compare ratios\n",
                gb, repeat, halfConversionPath());
    std::printf("  plain read %.2f GB/s, memcpy to a 2 MB buffer %.2f GB/s\n", gb / read,
                gb / copy);
    using Kernel = void (*)(const std::uint16_t *, std::int64_t, float *);
    struct Row
    {
        const char *name;
        Kernel now;
        Kernel before;
    };
    for (const Row &row : {Row{"F16", &halfToFloat, &oldHalfToFloat},
                           Row{"BF16", &bfloat16ToFloat, &oldBf16ToFloat}}) {
        auto chunked = [&](Kernel k) {
            return best(repeat, [&] {
                for (std::int64_t first = 0; first < n; first += kChunk) {
                    const std::int64_t m = std::min(kChunk, n - first);
                    k(src.data() + first, m, chunk.data());
                    sink = sink + double(chunk[0]);
                }
            });
        };
        auto wholeArray = [&](Kernel k) {
            return best(repeat, [&] {
                k(src.data(), n, whole.data());
                sink = sink + double(whole[std::size_t(n - 1)]);
            });
        };
        const double nowChunk = chunked(row.now);
        const double oldChunk = chunked(row.before);
        const double nowWhole = wholeArray(row.now);
        const double oldWhole = wholeArray(row.before);
        std::printf("  %-4s into 4 MB chunks: %.2f GB/s (previous kernel %.2f GB/s; speedup %.2f; "
                    "vs read %.2f, vs memcpy %.2f)\n",
                    row.name, gb / nowChunk, gb / oldChunk, oldChunk / nowChunk, read / nowChunk,
                    copy / nowChunk);
        std::printf("  %-4s into one %.1f GB array: %.2f GB/s (previous kernel %.2f GB/s; speedup "
                    "%.2f; vs read %.2f)\n",
                    row.name, gb * 2, gb / nowWhole, gb / oldWhole, oldWhole / nowWhole,
                    read / nowWhole);
    }
    std::printf("(checksum %g)\n", double(sink));
    return 0;
}
