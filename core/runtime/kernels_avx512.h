// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The AVX-512 VNNI (zmm) kernels of kernels_avx2.cpp's PackedWeight::multiplySimd: int4 W4A8 rows
// of 8 KB or more in 4-row tiles, and int8 at batch < 4. Internal to core/runtime; call only
// after kernelsUseVnni() said yes (every function carries its own target attribute).

#include "runtime/kernelsimd.h"

#include <cstdint>
#include <vector>

#ifdef PARE_KERNELS_X86
namespace pare::core::kernel::avx512 {

// Declarations carry the definitions' target attribute (with GCC a different one would declare
// another version of the function).
#define PARE_AVX512 __attribute__((target("avx2,fma,f16c,avx512f,avx512bw,avx512vl,avx512vnni")))

// AVX-512 VNNI (zmm): x of one batch row quantized per 32-column block as above, laid out per
// quad of 4 blocks (128 columns, 64 code bytes of a weight row): 64 codes of the even columns,
// then 64 of the odd ones, so one zmm of weight bytes meets them through one shift and two
// ands. Int32 lane l of a quad covers columns 8l … 8l + 7 (block l / 4); its bias is −8 × the sum
// of those columns' x codes and its scale is its block's x scale.
struct XQuads
{
    std::vector<std::int8_t> q;     // quads × 128: [even-column codes ×64, odd-column codes ×64]
    std::vector<float> scale;       // quads × 16
    std::vector<std::int32_t> bias; // quads × 16
    std::int64_t quads = 0;
};

// Where a quad's 16 lanes find their weight scale when groups are not whole quads: the first
// group g0, how many groups the quad touches (≤ 4), and each lane's group − g0.
struct QuadGroups
{
    std::vector<std::int32_t> first, count, lane; // lane: quads × 16
};

PARE_AVX512 void quantizeQuads(const float *x, std::int64_t cols, XQuads &out);

// NR int4 rows (q[i]: code bytes, readable 63 bytes past the row; ws[i]: group scales) against
// one quantized x row; Uniform: a group is whole quads (gs a multiple of 128); instantiated for
// NR = 4.
template <bool Uniform, int NR = 4>
PARE_AVX512 void i4RowsZmm(const std::uint8_t *const *q, const float *const *ws, std::int64_t gs, const XQuads &x,
               const QuadGroups &qg, std::int64_t pf, float *out);

// Int4 repacked for zmm (PackedWeight::repackInt4Tiles) when the group size is 32, 64 or a
// multiple of 128: tiles of 4 rows, one after the other, i4TileBytes each. A tile is a run of
// units: 64 bytes of scales for 4 groups × 4 rows ([g0: r0 r1 r2 r3][g1: …]…), then the gs / 32
// quads (128 columns) those groups cover, 256 bytes each: the 4 rows' 64 code bytes in row
// order. One thread's rows are thus one sequential stream, a quad's 4 rows one zmm load each and
// their scales one load per quad. Rows and groups past the end have scale 0.
bool i4TilesFit(std::int64_t gs);
std::int64_t i4TileBytes(std::int64_t cols, std::int64_t gs);
void repackI4Tiles(const std::uint8_t *codes, const float *scales, std::int64_t rows, std::int64_t cols,
                   std::int64_t rowBytes, std::int64_t gs, std::uint8_t *out);
// One tile against one quantized x row: out[0..3] = the 4 rows' products. The 4 rows' int32 sums
// are folded to one zmm per quad ([block k: r0 r1 r2 r3]) before the float scaling, so a quad
// costs 8 dot products but one conversion and one FMA. (No software prefetch: on the one
// sequential stream it measured no better than the hardware's, and slower on a loaded machine.)
PARE_AVX512 void i4TileZmm(const std::uint8_t *tile, std::int64_t gs, const XQuads &x, float *out);

// CSR: one row's Σ v[k]·x[idx[k]] over nnz values with 16-bit column indices.
PARE_AVX512 float csrRowZmm(const float *v, const std::uint16_t *idx, std::int64_t nnz, const float *x);

// 2:4 sparse: one row's Σ over its whole 16-column blocks (v: 8 kept values per block in column
// order; idx: their 2-bit in-group indices, 4 per byte).
PARE_AVX512 float nm24RowZmm(const float *v, const std::uint8_t *idx, std::int64_t blocks, const float *x);

// 2:4 sparse: a row's whole 16-column blocks decoded to dense floats (masks: per block the
// 16-bit mask of the kept columns).
PARE_AVX512 void nm24DecodeZmm(const float *v, const std::uint16_t *masks, std::int64_t blocks, float *out);

// Int8 batch < 4: NR weight rows against one quantized x row (kv a multiple of 32); the caller
// subtracts 128·Σx. Instantiated for NR = 1 and 4.
template <int NR = 4>
PARE_AVX512 void i8RowsVnni512(const std::int8_t *const *w, const std::int8_t *x, std::int64_t kv, std::int64_t pf, int *out);

} // namespace pare::core::kernel::avx512
#endif
