// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>
#include <new>
#include <vector>

namespace pare::core {

namespace kernel {
// Kernel weight storage: 64-byte aligned (read in whole zmm vectors and cache lines), and from
// 2 MB on aligned to 2 MB and advised as transparent huge pages where the OS has them: streamed
// from memory, 4 KB pages measured 10–15 % below huge ones here (a TLB walk and a halt of the
// hardware prefetcher every 4 KB). The bandwidth probe uses the same storage.
constexpr std::size_t kHugePageBytes = std::size_t(2) << 20;
void adviseHugePages(void *p, std::size_t bytes);
template <class T>
struct WeightAllocator
{
    using value_type = T;
    WeightAllocator() = default;
    template <class U>
    WeightAllocator(const WeightAllocator<U> &) {}
    static std::size_t alignment(std::size_t n)
    {
        return n * sizeof(T) >= kHugePageBytes ? kHugePageBytes : 64;
    }
    T *allocate(std::size_t n)
    {
        void *p = ::operator new(n * sizeof(T), std::align_val_t(alignment(n)));
        if (alignment(n) == kHugePageBytes)
            adviseHugePages(p, n * sizeof(T));
        return static_cast<T *>(p);
    }
    void deallocate(T *p, std::size_t n) { ::operator delete(p, std::align_val_t(alignment(n))); }
    template <class U>
    bool operator==(const WeightAllocator<U> &) const { return true; }
};
template <class T>
using AlignedVector = std::vector<T, WeightAllocator<T>>;
} // namespace kernel

// Weight formats a kernel multiplies directly, one per compressed encoding.
enum class KernelKind { DenseF32, DenseF16, DenseBF16, Int8PerChannel, Int4Grouped, Csr, NM, LowRank };
QString kernelKindName(KernelKind k);

struct PackOptions
{
    int groupSize = 32; // Int4Grouped: columns per scale
    int n = 2, m = 4;   // NM: keep the n largest of every m columns
    int rank = 0;       // LowRank: 0 = min(rows, cols) / 4
    float threshold = 0.0f; // Csr: drop |w| ≤ threshold (0 drops exact zeros only)
};

// A rows × cols weight packed for one kernel. multiply() computes y = x · Wᵀ for a batch of row
// vectors (x: batch × cols, y: batch × rows, row-major); decode() returns the dense matrix the
// kernel effectively multiplies by (the reference the tests compare against).
class PackedWeight
{
public:
    static Result<PackedWeight> pack(KernelKind kind, const float *w, std::int64_t rows, std::int64_t cols,
                                     const PackOptions &options = {});

    // A low-rank weight from its factors: a (rows × rank) · b (rank × cols).
    static Result<PackedWeight> fromFactors(const float *a, const float *b, std::int64_t rows, std::int64_t cols,
                                            int rank);

    KernelKind kind() const { return m_kind; }
    std::int64_t rows() const { return m_rows; }
    std::int64_t cols() const { return m_cols; }
    std::int64_t bytes() const; // bytes the kernel streams per multiply (values, scales, indices)
    std::vector<float> decode() const;
    // Row r of decode() into out (cols floats).
    void decodeRow(std::int64_t r, float *out) const;
    // Parallel over output rows on the job pool's idle threads.
    void multiply(const float *x, std::int64_t batch, float *y) const;

private:
    // NM: the in-group column of row r's nz-th kept weight.
    int nmIndex(std::int64_t r, std::int64_t nz) const
    {
        const std::uint8_t *row = m_u8.data() + r * m_rowBytes;
        return m_opt.m <= 4 ? (row[nz / 4] >> (2 * (nz % 4))) & 3 : row[nz];
    }
    // The runtime-dispatched SIMD paths; false when this kind/shape has none (portable runs).
    bool multiplySimd(const float *x, std::int64_t batch, float *y) const;
    // Int4 on AVX-512 VNNI CPUs: the codes and scales again, interleaved in tiles of 4 rows so
    // that a thread streams one sequential array (kernels_avx512.h, i4TileZmm).
    void repackInt4Tiles();

    KernelKind m_kind = KernelKind::DenseF32;
    std::int64_t m_rows = 0, m_cols = 0;
    PackOptions m_opt;
    // DenseF32 values; LowRank: A (rows × rank) then B (rank × cols); Csr, NM: the kept values
    kernel::AlignedVector<float> m_f32;
    kernel::AlignedVector<std::uint16_t> m_u16; // F16 / BF16 values
    kernel::AlignedVector<std::int8_t> m_i8;    // Int8 codes
    // Int4 nibbles (two per byte, row-padded); NM in-group indices (2 bits each when m ≤ 4, else
    // a byte each)
    kernel::AlignedVector<std::uint8_t> m_u8;
    kernel::AlignedVector<float> m_scales;                   // Int8: per row; Int4: per row and group
    kernel::AlignedVector<std::uint32_t> m_rowPtr, m_colIdx; // Csr (32-bit column indices: cols > 65536)
    kernel::AlignedVector<std::uint16_t> m_colIdx16;         // Csr with cols ≤ 65536: half the index bytes
    std::int64_t m_rowBytes = 0; // Int4: code bytes per row; NM: index bytes per row
    // The AVX-512 layouts (setKernelsRepack): int4 tiles of 4 rows (empty: none); whether 2:4 and
    // CSR take their zmm paths; for 2:4 the kept-column mask per row and 16 columns (it decodes
    // 4-row tiles at batch ≥ 4).
    kernel::AlignedVector<std::uint8_t> m_i4Tiles;
    std::int64_t m_i4TileBytes = 0;
    bool m_zmm = false;
    std::vector<std::uint16_t> m_nmMasks;
};

// y (batch × rows) = x (batch × cols) · Wᵀ for a dense row-major float W (rows × cols): the dense
// f32 kernel without packing (AVX2 row tiles, parallel over rows on idle pool threads).
void denseProductF32(const float *w, std::int64_t rows, std::int64_t cols, const float *x, std::int64_t batch,
                     float *y);

// True when this CPU runs the AVX2/FMA/F16C paths; they are chosen at run time.
bool kernelsUseAvx2();
// Forces the portable paths (tests compare both); returns the previous setting.
bool setKernelsAllowAvx2(bool allow);
// True when the int8 and W4A8 int4 paths use AVX-512 VNNI dot products (zmm at batch < 4; needs
// AVX-512 F, VL, BW and VNNI), else AVX2 maddubs.
bool kernelsUseVnni();
// Forces the AVX2 maddubs paths instead of VNNI (tests compare both); returns the previous setting.
bool setKernelsAllowVnni(bool allow);
// Whether pack() prepares the AVX-512 (VNNI) paths where the CPU has them: int4 tiles of 4 rows
// (groups of 32, 64 or 128k), 2:4 rows through zmm permutes (and expands at batch ≥ 4), CSR rows
// through mixed gathers and scalar loads. Off, those kinds keep the row-by-row AVX2 paths (tests
// and the benchmark compare both). Returns the previous setting.
bool setKernelsRepack(bool allow);

// Int8 weights (at any batch ≥ kInt8IntegerBatch, on AVX2, up to 65536 columns) run integer dot
// products on activations quantized per batch row to int8 (symmetric, max |x| / 127), as
// llama.cpp does: each output's extra error is at most ½ · max|x_b| / 127 · Σ|w| (times the row
// scale). The portable path multiplies the decoded weights in float.
constexpr std::int64_t kInt8IntegerBatch = 1;

// Int4 weights with groups a multiple of 32 at batch < kInt4IntegerBatch run W4A8 on AVX2 (as
// llama.cpp's Q4_0 × Q8_0): x is quantized per block of 32 columns to int8 (symmetric, scale
// max|x_block| / 127), so each output's extra error is at most ½ · Σ_blocks max|x_block| / 127 ·
// Σ_block |w|. The portable path multiplies the decoded weights in float, exactly.
constexpr std::int64_t kInt4IntegerBatch = 4;

} // namespace pare::core
