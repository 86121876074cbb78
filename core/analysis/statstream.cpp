// SPDX-License-Identifier: GPL-3.0-or-later
// Content hashing, per-thread scratch, and the chunked streaming every analysis pass shares.
#include "statkernels.h"
#include "statsimd.h"

#include "jobs/jobrunner.h"


#include <algorithm>
#include <cstring>
#include <vector>

namespace pare::core::analysis_detail {

namespace {

inline std::uint64_t rotl(std::uint64_t v, int r)
{
    return (v << r) | (v >> (64 - r));
}

} // namespace

// Four 64-bit lanes over 32-byte stripes, XXH3-style: each lane adds its word and the
// product of the word's halves mixed with a key that advances every stripe (so that the hash
// depends on where each word is). The AVX2 and the portable loops compute the same value.
namespace {

constexpr std::uint64_t kHashK1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kHashK2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kHashStep = 0x165667B19E3779F9ULL;

inline void hashSeed(std::uint64_t seed, std::uint64_t acc[4], std::uint64_t key[4])
{
    acc[0] = seed ^ kHashK1;
    acc[1] = seed + kHashK2;
    acc[2] = rotl(seed, 17) ^ kHashK2;
    acc[3] = ~seed;
    key[0] = kHashK2 ^ seed;
    key[1] = kHashK1 + seed;
    key[2] = rotl(kHashK2, 29) - seed;
    key[3] = rotl(kHashK1, 41) ^ rotl(seed, 7);
}

std::int64_t hashStripesScalar(const std::byte *data, std::int64_t stripes, std::uint64_t acc[4],
                               std::uint64_t key[4])
{
    for (std::int64_t s = 0; s < stripes; ++s) {
        for (int l = 0; l < 4; ++l) {
            std::uint64_t w;
            std::memcpy(&w, data + 32 * s + 8 * l, 8);
            const std::uint64_t k = w ^ key[l];
            acc[l] += w + (k & 0xffffffffULL) * (k >> 32);
            key[l] += kHashStep;
        }
    }
    return stripes * 32;
}

#if PARE_STATS_X86
__attribute__((target("avx2"))) std::int64_t hashStripesAvx2(const std::byte *data,
                                                             std::int64_t stripes,
                                                             std::uint64_t acc[4],
                                                             std::uint64_t key[4])
{
    __m256i vacc = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(acc));
    __m256i vkey = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(key));
    const __m256i step = _mm256_set1_epi64x(std::int64_t(kHashStep));
    for (std::int64_t s = 0; s < stripes; ++s) {
        const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + 32 * s));
        const __m256i k = _mm256_xor_si256(w, vkey);
        const __m256i product = _mm256_mul_epu32(k, _mm256_srli_epi64(k, 32));
        vacc = _mm256_add_epi64(vacc, _mm256_add_epi64(w, product));
        vkey = _mm256_add_epi64(vkey, step);
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(acc), vacc);
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(key), vkey);
    return stripes * 32;
}
#endif

} // namespace

StripeHasher::StripeHasher(std::uint64_t seed)
{
    hashSeed(seed, m_acc, m_key);
}

void StripeHasher::update(const std::byte *data, std::int64_t size)
{
    Q_ASSERT(size % 32 == 0);
    // The statistics kernels' level (simd::level(), which tests lower to check each loop).
#if PARE_STATS_X86
    if (simd::hasAvx512())
        hashStripesAvx512(data, size / 32, m_acc, m_key);
    else if (simd::hasAvx2Fma())
        hashStripesAvx2(data, size / 32, m_acc, m_key);
    else
#endif
        hashStripesScalar(data, size / 32, m_acc, m_key);
}

std::uint64_t StripeHasher::finish(const std::byte *tail, std::int64_t tailSize,
                                   std::int64_t totalSize) const
{
    std::uint64_t r = std::uint64_t(totalSize) * kHashK1;
    for (std::int64_t i = 0; i < tailSize; ++i)
        r = rotl(r ^ std::uint64_t(tail[i]), 7) * kHashK2;
    for (int l = 0; l < 4; ++l)
        r = rotl(r ^ (m_acc[l] * kHashK2), 27) * kHashK1 + kHashK2;
    r ^= r >> 33;
    r *= kHashK2;
    r ^= r >> 29;
    return r;
}

std::uint64_t hashBytes(const std::byte *data, std::int64_t size, std::uint64_t seed)
{
    StripeHasher h(seed);
    const std::int64_t whole = size / 32 * 32;
    h.update(data, whole);
    return h.finish(data + whole, size - whole, size);
}

float *blockBuffer()
{
    thread_local std::vector<float> buffer(static_cast<std::size_t>(kBlockElements));
    return buffer.data();
}

std::uint32_t *countScratch(std::size_t n)
{
    thread_local std::vector<std::uint32_t> counts;
    if (counts.size() < n)
        counts.resize(n);
    std::fill_n(counts.begin(), n, 0u);
    return counts.data();
}

void ProgressCounter::add(double bytes)
{
    const std::lock_guard lock(m_mutex);
    m_done += std::int64_t(bytes);
    m_ctx.setProgress(std::min(1.0, double(m_done) / m_total));
}

bool forEachChunk(const Tensor &t, JobContext &ctx, ProgressCounter &progress, double weight,
                  const std::function<void(std::int64_t, std::int64_t, std::int64_t)> &fn)
{
    const std::int64_t n = t.numel();
    const std::int64_t chunks = (n + kChunkElements - 1) / kChunkElements;
    const double bytesPerElement = n > 0 ? double(t.byteSize()) / double(n) : 0.0;
    std::atomic<bool> canceled{false};
    const bool done = parallelFor(
        chunks, 1,
        [&](qint64 begin, qint64 end) {
            for (qint64 c = begin; c < end; ++c) {
                if (ctx.isCanceled()) {
                    canceled = true;
                    return;
                }
                const std::int64_t first = c * kChunkElements;
                const std::int64_t count = std::min(kChunkElements, n - first);
                fn(c, first, count);
                progress.add(weight * bytesPerElement * double(count));
            }
        },
        ctx, Grain::Exact); // a chunk is ~0.1 ms of work: larger ranges leave a thread idle at the end
    return done && !canceled.load();
}

WorkerCounts::WorkerCounts(int workers, std::size_t slots)
    : m_slots(slots), m_tables(std::size_t(workers) * slots, 0u), m_counted(std::size_t(workers), 0),
      m_totals(slots, 0)
{
}

std::uint32_t *WorkerCounts::table(int w, std::int64_t values)
{
    std::int64_t &counted = m_counted[std::size_t(w)];
    if (counted + values > (std::int64_t(1) << 31)) {
        std::lock_guard lock(m_mutex);
        drain(w);
        counted = 0;
    }
    counted += values;
    return m_tables.data() + std::size_t(w) * m_slots;
}

void WorkerCounts::drain(int w)
{
    std::uint32_t *table = m_tables.data() + std::size_t(w) * m_slots;
    for (std::size_t k = 0; k < m_slots; ++k)
        m_totals[k] += std::exchange(table[k], 0u);
}

std::vector<std::uint64_t> WorkerCounts::finish()
{
    for (std::size_t w = 0; w < m_counted.size(); ++w)
        drain(int(w));
    return std::move(m_totals);
}

bool forEachChunkByWorker(const Tensor &t, JobContext &ctx, ProgressCounter &progress,
                          double weight, int workers,
                          const std::function<void(int, std::int64_t, std::int64_t, std::int64_t)> &fn,
                          ChunkOrder order)
{
    const std::int64_t n = t.numel();
    const std::int64_t chunks = (n + kChunkElements - 1) / kChunkElements;
    const double bytesPerElement = n > 0 ? double(t.byteSize()) / double(n) : 0.0;
    std::atomic<std::int64_t> next{0};
    std::atomic<bool> canceled{false};
    const bool done = parallelFor(
        std::min<std::int64_t>(workers, chunks), 1,
        [&](qint64 begin, qint64 end) {
            for (qint64 w = begin; w < end; ++w) {
                for (;;) {
                    if (ctx.isCanceled()) {
                        canceled = true;
                        return;
                    }
                    const std::int64_t taken = next.fetch_add(1);
                    if (taken >= chunks)
                        break;
                    const std::int64_t c = order == ChunkOrder::Forward ? taken : chunks - 1 - taken;
                    const std::int64_t first = c * kChunkElements;
                    const std::int64_t count = std::min(kChunkElements, n - first);
                    fn(int(w), c, first, count);
                    progress.add(weight * bytesPerElement * double(count));
                }
            }
        },
        ctx, Grain::Exact);
    return done && !canceled.load();
}

void forEachBlock(const Tensor &t, std::int64_t first, std::int64_t count, float *buffer,
                  const std::function<void(std::int64_t, const float *, std::int64_t)> &fn)
{
    const bool direct = t.dtype() == DType::F32
                        && reinterpret_cast<std::uintptr_t>(t.data()) % alignof(float) == 0;
    const float *values = direct ? reinterpret_cast<const float *>(t.data()) : nullptr;
    for (std::int64_t b = first; b < first + count; b += kBlockElements) {
        const std::int64_t m = std::min(kBlockElements, first + count - b);
        if (direct) {
            fn(b, values + b, m);
        } else {
            t.toFloat(b, m, buffer);
            fn(b, buffer, m);
        }
    }
}

std::span<const std::byte> rawRange(const Tensor &t, std::int64_t first, std::int64_t count)
{
    const DTypeInfo &info = dtypeInfo(t.dtype());
    const std::int64_t be = info.blockElements;
    const std::int64_t begin = first / be * info.blockBytes;
    const std::int64_t end = std::min(t.byteSize(), (first + count + be - 1) / be * info.blockBytes);
    return t.bytes().subspan(std::size_t(begin), std::size_t(std::max<std::int64_t>(0, end - begin)));
}

} // namespace pare::core::analysis_detail
