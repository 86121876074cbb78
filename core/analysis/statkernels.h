// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/analysis: the per-block kernels and the chunked streaming every analysis
// pass shares.

#include "common/result.h"
#include "jobs/jobcontext.h"
#include "tensor/tensor.h"

#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>
#include <span>

namespace pare::core::analysis_detail {

// Elements per chunk: the unit of parallel work and of cancel polling (1 MB of F32, well under
// a millisecond of work even for slow block dequantization), and of the content hash.
constexpr std::int64_t kChunkElements = std::int64_t(1) << 18;
// Elements per block: converted to float into a buffer that stays in L1/L2.
constexpr std::int64_t kBlockElements = 8192;
// How far ahead (in floats, one block: 32 KB) the streaming loops prefetch, so that the next
// block arrives while this one is computed. Hardware prefetchers alone left the second sweep of
// an F32 tensor waiting on memory on some machines (bench_analysis_stats: 110 → 80 ms on a
// 15 GB/s Xeon VM). Prefetches past the end of the data are harmless: they never fault.
constexpr std::int64_t kPrefetchFloats = kBlockElements;
// The same for the loop that reads two streams (Moments::addHashedBinning): 8 KB ahead in each,
// since a block ahead in both (64 KB) would not stay in a 48 KB L1. Eight 4096² F32 layers, one
// job, averaged 60.5–61.2 ms with 4 or 8 KB ahead in every loop against 66.0 ms with 32 KB, five
// runs each, interleaved; one-stream loops on one thread measured up to 12 % slower at 8 KB
// (AVX2, F32 from memory), so they keep a block.
constexpr std::int64_t kPrefetchPairedFloats = 2048;

class StripeHasher;
struct BinBlock;

// Running moments of finite values, merged exactly across blocks (Pébay 2008), all in double.
struct Moments
{
    std::int64_t n = 0;
    double mean = 0.0;
    double m2 = 0.0;
    double m3 = 0.0;
    double m4 = 0.0;
    double min = 0.0;
    double max = 0.0;
    double absSum = 0.0;
    double minAbsNonzero = 0.0; // 0 while no nonzero value was seen
    std::int64_t zeros = 0;
    std::int64_t nearZeros = 0;
    std::int64_t nan = 0;
    std::int64_t inf = 0;

    // The smallest and largest finite value of one block (min > max when it has none).
    struct Range
    {
        float min = std::numeric_limits<float>::infinity();
        float max = -std::numeric_limits<float>::infinity();
    };

    // Adds n values (any, NaN and Inf are counted apart); returns the block's range.
    Range add(const float *x, std::int64_t count, float nearZero);
    // add() and hasher.update over the block's whole 32-byte stripes: in one loop over the
    // values where the CPU has AVX-512 (the hash's integer work beside the moments' float work,
    // the block read once), else one after the other.
    Range addHashed(const float *x, std::int64_t count, float nearZero, StripeHasher &hasher);
    // addHashed of x and binInRangeCountOutliers of another block (bins), with AVX-512 in one
    // loop over both: the bins' increments (loads and stores) run beside the moments' float
    // work. The same figures, counts and hash as the two calls.
    Range addHashedBinning(const float *x, std::int64_t count, float nearZero,
                           StripeHasher &hasher, BinBlock &bins);
    // add() for a block that holds NaN or Inf: its finite values, the others counted apart.
    Range addWithNonFinite(const float *x, std::int64_t count, float nearZero);
    void merge(const Moments &other);

private:
    Range mergeBlock(const Moments &block);
};

// Bins finite x into counts[0, bins) over lo + i/scale; NaN/Inf are skipped (counted elsewhere).
struct BinSpec
{
    double lo = 0.0;
    double hi = 1.0;
    double scale = 1.0; // bins per unit
    int bins = 1;
    bool log10Abs = false;
};
struct BinCounts
{
    std::uint64_t underflow = 0;
    std::uint64_t overflow = 0;
    std::uint64_t zeros = 0; // log10Abs: exact zeros
};
void binValues(const float *x, std::int64_t count, const BinSpec &spec, std::uint32_t *counts,
               BinCounts &extra);
// binValues and the count of NaN and of Inf in x; counts has bins + kBinScratch counters (the
// last ones are scratch, left 0).
constexpr int kBinScratch = 16;
void binValuesCountingNonFinite(const float *x, std::int64_t count, const BinSpec &spec,
                                std::uint32_t *counts, BinCounts &extra, std::uint64_t &nan,
                                std::uint64_t &inf);
// binValuesCountingNonFinite on the log10|x| scale through a table of the top 16 bits of |x|:
// each prefix's slot, or two slots and the low 16 bits where the second begins (found once, by
// the same log10 as binValues, which is monotonic across floats); prefixes whose values cross
// more than one bin edge are placed value by value. ~33 K log10 calls to build, then no log10
// per value: for tensors of a million values or more.
class LogBinTable
{
public:
    explicit LogBinTable(const BinSpec &spec); // spec.log10Abs
    void bin(const float *x, std::int64_t count, std::uint32_t *counts, BinCounts &extra,
             std::uint64_t &nan, std::uint64_t &inf) const;

private:
    // A prefix's values below `from` (their low 16 bits) take slot `below`, the others `above`.
    struct Entry
    {
        std::uint16_t below = 0, above = 0, from = 0xffff, unused = 0;
    };
    int slotOf(std::uint32_t absBits) const;
    BinSpec m_spec;
    std::vector<Entry> m_entries; // 2^15 prefixes of |x|
};

// Folds the smallest and largest finite value of x (with absolute, of the nonzero |x|) into
// mn and mx.
void finiteRange(const float *x, std::int64_t count, bool absolute, float &mn, float &mx);

// Where binValues puts one value: its bin, or one of these.
enum BinSlot : int { kSlotNonFinite = -1, kSlotZero = -2, kSlotUnder = -3, kSlotOver = -4 };
inline int binSlot(float v, const BinSpec &spec)
{
    if (!(std::fabs(v) <= std::numeric_limits<float>::max()))
        return kSlotNonFinite;
    double t;
    if (spec.log10Abs) {
        if (v == 0.0f)
            return kSlotZero;
        t = std::log10(double(std::fabs(v)));
    } else {
        t = double(v);
    }
    if (t < spec.lo)
        return kSlotUnder;
    if (t > spec.hi)
        return kSlotOver;
    const int b = int((t - spec.lo) * spec.scale);
    return b < spec.bins ? b : spec.bins - 1;
}

// Dtypes with at most 2^16 values (16 or 8 bits a value; 0 for others), which the statistics
// and histograms count value by value; and each raw value's float (2^bits of them, decoded once).
int keyBits(DType dtype);
const std::vector<float> &decodedKeys(DType dtype, int bits);

// Bins values that are all finite and within [spec.lo, spec.hi] (the tensor's own range):
// the fast path of the statistics pass. Counts go to two tables to be summed by the caller.
void binInRange(const float *x, std::int64_t count, const BinSpec &spec, std::uint32_t *even,
                std::uint32_t *odd);
bool hasNonFinite(const float *x, std::int64_t count);

// Finite x is an outlier (|x − mean| > limit, computed in double) exactly when x ≤ lo or
// x ≥ hi: the float thresholds found once per tensor replace the per-element double test.
struct OutlierThresholds
{
    float lo = 0.0f;
    float hi = 0.0f;
};
OutlierThresholds outlierThresholds(double mean, double limit);
// binInRange into a single table, returning the number of outliers: one pass for both. Each
// index is the one the double formula gives; it is computed in float when spec.lo is a float.
// Without out (a block whose range lies within the thresholds) only the bins are counted.
std::int64_t binInRangeCountOutliers(const float *x, std::int64_t count, const BinSpec &spec,
                                     std::uint32_t *counts, const OutlierThresholds *out);
// One block's binInRangeCountOutliers, to be done by Moments::addHashedBinning: its arguments,
// and the outliers it adds up.
struct BinBlock
{
    const float *x = nullptr;
    std::int64_t count = 0;
    const BinSpec *spec = nullptr;
    std::uint32_t *counts = nullptr;
    const OutlierThresholds *thresholds = nullptr;
    std::int64_t outliers = 0;
};

// Per-thread scratch reused across chunks: fresh buffers of these sizes would page-fault on
// every chunk. blockBuffer holds kBlockElements floats; countScratch(n) is n zeroed counters.
// Chunk bodies use them only between their own start and end (never across a nested loop).
float *blockBuffer();
std::uint32_t *countScratch(std::size_t n);

// Figures of one output channel's run of values (NaN and Inf left out), folded into the
// running ones: min, max, max |x|, Σx² (in double) and exact zeros.
struct ChannelRun
{
    float min = std::numeric_limits<float>::infinity();
    float max = -std::numeric_limits<float>::infinity();
    float absMax = 0.0f;
    double sumSquares = 0.0;
    std::int64_t zeros = 0;
};
void addChannelRun(const float *x, std::int64_t count, ChannelRun &run);
// The same over raw BF16 or F16 values; false (and nothing done) for other dtypes or CPUs
// without AVX2/F16C, where the caller converts to float first.
bool addChannelRun16(DType dtype, const std::uint16_t *x, std::int64_t count, ChannelRun &run);
bool canAddChannelRun16();
class StripeHasher;
// StripeHasher::update's loop in zmm (four stripes per step, two accumulators), for CPUs with
// AVX-512 (simd::hasAvx512()): the same acc and key as the AVX2 and portable loops.
void hashStripesAvx512(const std::byte *data, std::int64_t stripes, std::uint64_t acc[4],
                       std::uint64_t key[4]);
// Counts each 8- or 16-bit little-endian key of bytes[0, size) into counts[key · ways + lane]
// (ways 1 or 4, lane = position % ways from the start of bytes, as valueCountStats lays them
// out) and returns hashBytes(bytes, size, seed), in one loop over the bytes (AVX-512 or AVX2
// where the CPU has them).
std::uint64_t hashAndCountValues(const std::byte *bytes, std::int64_t size, std::uint64_t seed,
                                 int bits, int ways, std::uint32_t *counts);
// addChannelRun16 and, in the same loop, the count of each raw 16-bit value into counts
// (counts[key · ways + lane], ways 1 or 4, as valueCountStats lays them out) and the hash of the
// bytes (hasher.update over them). count must be a multiple of 16 (whole 32-byte stripes);
// false (and nothing done) where addChannelRun16 would refuse, or for other counts or ways.
bool countChannelRun16(DType dtype, const std::uint16_t *x, std::int64_t count, int ways,
                       std::uint32_t *counts, StripeHasher &hasher, ChannelRun &run);

// Finite values with |x − mean| > limit.
std::int64_t countOutliers(const float *x, std::int64_t count, double mean, double limit);

// A fast 64-bit hash of bytes (four independent lanes), seeded so that chunks combine.
std::uint64_t hashBytes(const std::byte *data, std::int64_t size, std::uint64_t seed);

// hashBytes piece by piece, so that a pass can hash each block while it is in L1:
// update() with whole 32-byte stripes in order, then finish() with the last size % 32 bytes.
// The value equals hashBytes over the same bytes.
class StripeHasher
{
public:
    explicit StripeHasher(std::uint64_t seed);
    void update(const std::byte *data, std::int64_t size); // size: a multiple of 32
    std::uint64_t finish(const std::byte *tail, std::int64_t tailSize,
                         std::int64_t totalSize) const;
    // The four lanes' accumulators and keys, for kernels that hash whole stripes inside their
    // own loops exactly as update() would.
    std::uint64_t *accumulators() { return m_acc; }
    std::uint64_t *keys() { return m_key; }

private:
    std::uint64_t m_acc[4];
    std::uint64_t m_key[4];
};

// Bytes done across the passes of one job, reported to ctx as a fraction of the total. Adding
// and reporting happen under one lock (once per chunk of MBs), so the reports reach ctx in
// the order of their totals: ctx drops a report below the last one, and two threads adding at
// once could otherwise report out of order, losing a chunk's step.
class ProgressCounter
{
public:
    ProgressCounter(JobContext &ctx, double total) : m_ctx(ctx), m_total(total > 0 ? total : 1) {}
    void add(double bytes);

private:
    JobContext &m_ctx;
    double m_total;
    std::mutex m_mutex;
    std::int64_t m_done = 0;
};

// Runs fn(chunkIndex, first, count) for every chunk of the tensor in parallel. Returns false
// when canceled. Each chunk adds weight × its bytes to progress.
bool forEachChunk(const Tensor &t, JobContext &ctx, ProgressCounter &progress, double weight,
                  const std::function<void(std::int64_t, std::int64_t, std::int64_t)> &fn);
// forEachChunk over workers threads at most, fn(worker, chunkIndex, first, count) with
// worker in [0, workers): each worker runs its chunks one after another, so that state per
// worker (a count table kept across chunks) needs no lock. Backward hands out the last chunk
// first: a second sweep that way starts on what the first sweep read last, still in cache.
enum class ChunkOrder { Forward, Backward };
bool forEachChunkByWorker(const Tensor &t, JobContext &ctx, ProgressCounter &progress,
                          double weight, int workers,
                          const std::function<void(int, std::int64_t, std::int64_t, std::int64_t)> &fn,
                          ChunkOrder order = ChunkOrder::Forward);

// Counts per slot (a bin, a raw value) from forEachChunkByWorker: one 32-bit table per worker,
// kept across its chunks and added into 64-bit totals once at the end, or earlier when its
// counts could reach 2³¹, so that no 32-bit counter overflows.
class WorkerCounts
{
public:
    WorkerCounts(int workers, std::size_t slots);
    // Worker w's table, to add `values` more counts to (drained into the totals first if they
    // could overflow it). Only worker w calls this with w.
    std::uint32_t *table(int w, std::int64_t values);
    // The totals, once every worker is done.
    std::vector<std::uint64_t> finish();

private:
    void drain(int w);
    std::size_t m_slots;
    std::vector<std::uint32_t> m_tables;
    std::vector<std::int64_t> m_counted;
    std::vector<std::uint64_t> m_totals;
    std::mutex m_mutex; // guards m_totals
};

// Calls fn(first, values, n) over [first, first + count) in blocks of float values: a direct
// view for aligned F32, else converted into buffer (kBlockElements floats).
void forEachBlock(const Tensor &t, std::int64_t first, std::int64_t count, float *buffer,
                  const std::function<void(std::int64_t, const float *, std::int64_t)> &fn);

// The raw bytes of elements [first, first + count) of a tensor (count a whole number of blocks
// for block-quantized dtypes, or reaching the end).
std::span<const std::byte> rawRange(const Tensor &t, std::int64_t first, std::int64_t count);

} // namespace pare::core::analysis_detail

namespace pare::core {
struct TensorStats;
struct StatsOptions;
struct ChannelStats;
enum class WeightLayout;
} // namespace pare::core

namespace pare::core::analysis_detail {
// computeTensorStats sharing a progress counter with other tensors of one job.
Result<TensorStats> tensorStats(const Tensor &t, const StatsOptions &options, JobContext &ctx,
                                ProgressCounter &progress);
Result<ChannelStats> channelStats(const Tensor &w, WeightLayout layout, JobContext &ctx,
                                  ProgressCounter &progress, int groups = 1);
// Bytes a stats pass streams for this tensor, for progress totals.
double statsPassBytes(const Tensor &t);

// Row-channel ranges of a BF16/F16 or aligned F32 weight gathered chunk by chunk by another pass
// (the statistics pass, while each chunk is in cache). addChunk is thread-safe.
class RowChannels
{
public:
    explicit RowChannels(const Tensor &w);
    ~RowChannels();
    void addChunk(std::int64_t first, std::int64_t count);
    // Whether countChunk can take this tensor's chunks (rows of a whole number of 32-byte
    // stripes, so that each row's values are hashed in order).
    bool canCountChunks() const;
    // addChunk and, in the same loop over the values, their count into counts (see
    // countChannelRun16) and the chunk's hashBytes(raw bytes, seed), which it returns.
    std::uint64_t countChunk(std::int64_t first, std::int64_t count, int ways,
                             std::uint32_t *counts, std::uint64_t seed);
    ChannelStats finish();

private:
    struct State;
    const Tensor &m_w;
    std::int64_t m_channels = 0;
    std::int64_t m_per = 0;
    std::unique_ptr<State> m_state;
};
// Whether RowChannels handles this weight (row channels of aligned F32, or of 16-bit floats on
// this CPU).
bool canFuseRowChannels(const Tensor &w, WeightLayout layout);
} // namespace pare::core::analysis_detail
