// SPDX-License-Identifier: GPL-3.0-or-later
// The AVX-512 VNNI (zmm) kernels (see kernels_avx512.h). As in kernels_avx2.cpp: GCC 12's AVX-512
// headers build masked intrinsics on _mm512_undefined_*(), which -Wuninitialized reports at the
// header's lines once inlined here; the state must be set before they are parsed.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "runtime/kernels_avx512.h"

#include <algorithm>
#include <cstring>

#ifdef PARE_KERNELS_X86
#include <immintrin.h>

namespace pare::core::kernel::avx512 {


PARE_AVX512 void quantizeQuads(const float *x, std::int64_t cols, XQuads &out)
{
    out.quads = (cols + 127) / 128;
    out.q.assign(std::size_t(out.quads * 128), 0);
    out.scale.assign(std::size_t(out.quads * 16), 0.0f);
    out.bias.assign(std::size_t(out.quads * 16), 0);
    const __m512i evens = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    const __m512i odds = _mm512_add_epi32(evens, _mm512_set1_epi32(1));
    for (std::int64_t c0 = 0, block = 0; c0 < cols; c0 += 32, ++block) {
        const std::int64_t n = std::min<std::int64_t>(32, cols - c0);
        const auto m0 = __mmask16(n >= 16 ? 0xffff : (1u << n) - 1);
        const auto m1 = __mmask16(n >= 32 ? 0xffff : n > 16 ? (1u << (n - 16)) - 1 : 0);
        const __m512 v0 = _mm512_maskz_loadu_ps(m0, x + c0), v1 = _mm512_maskz_loadu_ps(m1, x + c0 + 16);
        const float mx = _mm512_reduce_max_ps(_mm512_max_ps(_mm512_abs_ps(v0), _mm512_abs_ps(v1)));
        const __m512 inv = _mm512_set1_ps(mx > 0 ? 127.0f / mx : 0.0f);
        // |v| ≤ 127 (up to rounding): nearest, ties to even.
        const __m512i i0 = _mm512_cvtps_epi32(_mm512_mul_ps(v0, inv)), i1 = _mm512_cvtps_epi32(_mm512_mul_ps(v1, inv));
        std::int8_t *q = out.q.data() + (block / 4) * 128 + (block % 4) * 16;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(q), _mm512_cvtepi32_epi8(_mm512_permutex2var_epi32(i0, evens, i1)));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(q + 64), _mm512_cvtepi32_epi8(_mm512_permutex2var_epi32(i0, odds, i1)));
        _mm_storeu_ps(out.scale.data() + (block / 4) * 16 + (block % 4) * 4, _mm_set1_ps(mx / 127.0f));
    }
    const __m512i ones = _mm512_set1_epi8(1);
    for (std::int64_t p = 0; p < out.quads; ++p) {
        const std::int8_t *q = out.q.data() + p * 128;
        __m512i s = _mm512_dpbusd_epi32(_mm512_setzero_si512(), ones, _mm512_loadu_si512(q));
        s = _mm512_dpbusd_epi32(s, ones, _mm512_loadu_si512(q + 64));
        _mm512_storeu_si512(out.bias.data() + p * 16, _mm512_sub_epi32(_mm512_setzero_si512(), _mm512_slli_epi32(s, 3)));
    }
}


// NR int4 rows (q[i]: code bytes, readable 63 bytes past the row; ws[i]: group scales) against
// one quantized x row; Uniform: a group is whole quads (gs a multiple of 128). Each step
// prefetches pf bytes ahead (the next tile's rows: measured +10–20 % for 4-row tiles of 2 KB rows).
template <bool Uniform, int NR>
PARE_AVX512 void i4RowsZmm(const std::uint8_t *const *q, const float *const *ws, std::int64_t gs,
                           const XQuads &x, const QuadGroups &qg, std::int64_t pf, float *out /* 4 */)
{
    const __m512i mask = _mm512_set1_epi8(0x0f);
    __m512 tot[NR];
    for (__m512 &t : tot)
        t = _mm512_setzero_ps();
    const std::int64_t quadsPerGroup = Uniform ? gs / 128 : 1;
    for (std::int64_t p = 0; p < x.quads; ++p) {
        const __m512i xl = _mm512_loadu_si512(x.q.data() + p * 128);
        const __m512i xh = _mm512_loadu_si512(x.q.data() + p * 128 + 64);
        const __m512i bias = _mm512_loadu_si512(x.bias.data() + p * 16);
        const __m512 sx = _mm512_loadu_ps(x.scale.data() + p * 16);
        __m512i idx = _mm512_setzero_si512();
        __mmask16 gm = 0;
        std::int64_t g0 = 0;
        if constexpr (Uniform) {
            g0 = p / quadsPerGroup;
        } else {
            g0 = qg.first[std::size_t(p)];
            gm = __mmask16((1u << qg.count[std::size_t(p)]) - 1);
            idx = _mm512_loadu_si512(qg.lane.data() + p * 16);
        }
        for (int i = 0; i < NR; ++i) {
            if (pf)
                _mm_prefetch(reinterpret_cast<const char *>(q[i] + p * 64 + pf), _MM_HINT_T0);
            const __m512i v = _mm512_loadu_si512(q[i] + p * 64);
            const __m512i lo = _mm512_and_si512(v, mask), hi = _mm512_and_si512(_mm512_srli_epi16(v, 4), mask);
            const __m512i a = _mm512_dpbusd_epi32(_mm512_dpbusd_epi32(bias, lo, xl), hi, xh);
            __m512 s;
            if constexpr (Uniform)
                s = _mm512_mul_ps(sx, _mm512_set1_ps(ws[i][g0]));
            else
                s = _mm512_mul_ps(sx, _mm512_permutexvar_ps(idx, _mm512_maskz_loadu_ps(gm, ws[i] + g0)));
            tot[i] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(a), s, tot[i]);
        }
    }
    for (int i = 0; i < NR; ++i)
        out[i] = _mm512_reduce_add_ps(tot[i]);
}

bool i4TilesFit(std::int64_t gs)
{
    return gs == 32 || gs == 64 || (gs > 0 && gs % 128 == 0);
}

std::int64_t i4TileBytes(std::int64_t cols, std::int64_t gs)
{
    const std::int64_t quads = (cols + 127) / 128, perUnit = gs / 32;
    return (quads + perUnit - 1) / perUnit * 64 + quads * 256;
}

void repackI4Tiles(const std::uint8_t *codes, const float *scales, std::int64_t rows, std::int64_t cols,
                   std::int64_t rowBytes, std::int64_t gs, std::uint8_t *out)
{
    const std::int64_t quads = (cols + 127) / 128, perUnit = gs / 32, groups = (cols + gs - 1) / gs;
    const std::int64_t tileBytes = i4TileBytes(cols, gs);
    for (std::int64_t t = 0; t < (rows + 3) / 4; ++t) {
        std::uint8_t *tile = out + t * tileBytes;
        for (std::int64_t q0 = 0, unit = 0; q0 < quads; q0 += perUnit, ++unit) {
            std::uint8_t *u = tile + unit * (64 + perUnit * 256);
            for (int i = 0; i < 4; ++i) {
                const std::int64_t r = 4 * t + i;
                for (int j = 0; j < 4; ++j) {
                    const std::int64_t g = 4 * unit + j;
                    const float s = r < rows && g < groups ? scales[r * groups + g] : 0.0f;
                    std::memcpy(u + (j * 4 + i) * 4, &s, 4);
                }
                for (std::int64_t q = q0; q < std::min(quads, q0 + perUnit); ++q) {
                    std::uint8_t *dst = u + 64 + (q - q0) * 256 + i * 64;
                    const std::int64_t n = r < rows ? std::clamp<std::int64_t>(rowBytes - q * 64, 0, 64) : 0;
                    std::memset(dst, 0x88, 64);
                    if (n > 0)
                        std::memcpy(dst, codes + r * rowBytes + q * 64, std::size_t(n));
                }
            }
        }
    }
}

namespace {

// Mode 0: groups of 32 (a unit is one quad, its scales one zmm as they stand); 1: groups of 64
// (two quads per unit, each spreading two groups over its blocks); 2: groups of 128k (one group
// per quad, its 4 rows' scales broadcast to every block).
template <int Mode>
PARE_AVX512 void i4TileZmmT(const std::uint8_t *tile, std::int64_t gs, const XQuads &x, float *out)
{
    const __m512i mask = _mm512_set1_epi8(0x0f);
    __m512 tot = _mm512_setzero_ps();
    const std::int64_t perUnit = gs / 32, quadsPerGroup = Mode == 2 ? gs / 128 : 1;
    const std::uint8_t *p = tile;
    for (std::int64_t q0 = 0; q0 < x.quads; q0 += perUnit) {
        const float *sc = reinterpret_cast<const float *>(p);
        p += 64;
        const std::int64_t nq = std::min(perUnit, x.quads - q0);
        for (std::int64_t j = 0; j < nq; ++j, p += 256) {
            const std::int64_t q = q0 + j;
            const __m512i xl = _mm512_loadu_si512(x.q.data() + q * 128);
            const __m512i xh = _mm512_loadu_si512(x.q.data() + q * 128 + 64);
            const __m512i bias = _mm512_loadu_si512(x.bias.data() + q * 16);
            __m512i a[4];
            for (int i = 0; i < 4; ++i) {
                const __m512i v = _mm512_load_si512(p + i * 64);
                const __m512i lo = _mm512_and_si512(v, mask), hi = _mm512_and_si512(_mm512_srli_epi16(v, 4), mask);
                a[i] = _mm512_dpbusd_epi32(_mm512_dpbusd_epi32(bias, lo, xl), hi, xh);
            }
            // Per 128-bit lane (one 32-column block): the 4 rows' 4 partial sums → [r0 r1 r2 r3].
            const __m512i t01 = _mm512_add_epi32(_mm512_unpacklo_epi32(a[0], a[1]), _mm512_unpackhi_epi32(a[0], a[1]));
            const __m512i t23 = _mm512_add_epi32(_mm512_unpacklo_epi32(a[2], a[3]), _mm512_unpackhi_epi32(a[2], a[3]));
            const __m512i s = _mm512_add_epi32(_mm512_unpacklo_epi64(t01, t23), _mm512_unpackhi_epi64(t01, t23));
            __m512 ws;
            if constexpr (Mode == 0) {
                ws = _mm512_load_ps(sc);
            } else if constexpr (Mode == 1) {
                const __m512 u = _mm512_load_ps(sc);
                ws = j ? _mm512_shuffle_f32x4(u, u, 0xfa) : _mm512_shuffle_f32x4(u, u, 0x50);
            } else {
                ws = _mm512_broadcast_f32x4(_mm_load_ps(sc + 4 * (j / quadsPerGroup)));
            }
            tot = _mm512_fmadd_ps(_mm512_cvtepi32_ps(s), _mm512_mul_ps(ws, _mm512_loadu_ps(x.scale.data() + q * 16)), tot);
        }
    }
    const __m128 r = _mm_add_ps(_mm_add_ps(_mm512_castps512_ps128(tot), _mm512_extractf32x4_ps(tot, 1)),
                                _mm_add_ps(_mm512_extractf32x4_ps(tot, 2), _mm512_extractf32x4_ps(tot, 3)));
    _mm_storeu_ps(out, r);
}

} // namespace

PARE_AVX512 void i4TileZmm(const std::uint8_t *tile, std::int64_t gs, const XQuads &x, float *out)
{
    if (gs == 32)
        i4TileZmmT<0>(tile, gs, x, out);
    else if (gs == 64)
        i4TileZmmT<1>(tile, gs, x, out);
    else
        i4TileZmmT<2>(tile, gs, x, out);
}

// CSR row with 16-bit column indices: per 16 values, 8 through a ymm gather and 8 through
// scalar loads, which run side by side (on Zen 4 either alone is bound by its own ports: 139 and
// 155 µs against 120 µs for both on a hot 1024 × 4096 layer at 90 %, one thread).
PARE_AVX512 float csrRowZmm(const float *v, const std::uint16_t *idx, std::int64_t nnz, const float *x)
{
    __m256 a = _mm256_setzero_ps();
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    std::int64_t k = 0;
    for (; k + 16 <= nnz; k += 16) {
        const __m256i i0 = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(idx + k)));
        a = _mm256_fmadd_ps(_mm256_loadu_ps(v + k), _mm256_i32gather_ps(x, i0, 4), a);
        s0 += v[k + 8] * x[idx[k + 8]] + v[k + 12] * x[idx[k + 12]];
        s1 += v[k + 9] * x[idx[k + 9]] + v[k + 13] * x[idx[k + 13]];
        s2 += v[k + 10] * x[idx[k + 10]] + v[k + 14] * x[idx[k + 14]];
        s3 += v[k + 11] * x[idx[k + 11]] + v[k + 15] * x[idx[k + 15]];
    }
    for (; k < nnz; ++k)
        s0 += v[k] * x[idx[k]];
    const __m128 h = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
    const __m128 q = _mm_add_ps(h, _mm_movehl_ps(h, h));
    return _mm_cvtss_f32(_mm_add_ss(q, _mm_shuffle_ps(q, q, 1))) + ((s0 + s1) + (s2 + s3));
}

// 2:4 rows: per 32 columns, 16 kept values in column order and their 2-bit in-group indices (4
// bytes); the indices plus 4 × group select x through one two-table permute.
PARE_AVX512 float nm24RowZmm(const float *v, const std::uint8_t *idx, std::int64_t blocks, const float *x)
{
    const __m512i shifts = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    const __m512i base = _mm512_setr_epi32(0, 0, 4, 4, 8, 8, 12, 12, 16, 16, 20, 20, 24, 24, 28, 28);
    const __m512i three = _mm512_set1_epi32(3);
    __m512 a0 = _mm512_setzero_ps(), a1 = _mm512_setzero_ps();
    std::int64_t j = 0;
    for (; j + 4 <= blocks; j += 4) {
        std::uint32_t b0, b1;
        std::memcpy(&b0, idx + 2 * j, 4);
        std::memcpy(&b1, idx + 2 * j + 4, 4);
        // (bits >> shift) & 3 | base
        const __m512i i0 = _mm512_ternarylogic_epi32(_mm512_srlv_epi32(_mm512_set1_epi32(int(b0)), shifts), three, base, 0xea);
        const __m512i i1 = _mm512_ternarylogic_epi32(_mm512_srlv_epi32(_mm512_set1_epi32(int(b1)), shifts), three, base, 0xea);
        a0 = _mm512_fmadd_ps(_mm512_loadu_ps(v + 8 * j),
                             _mm512_permutex2var_ps(_mm512_loadu_ps(x + 16 * j), i0, _mm512_loadu_ps(x + 16 * j + 16)), a0);
        a1 = _mm512_fmadd_ps(_mm512_loadu_ps(v + 8 * j + 16),
                             _mm512_permutex2var_ps(_mm512_loadu_ps(x + 16 * j + 32), i1, _mm512_loadu_ps(x + 16 * j + 48)), a1);
    }
    for (; j < blocks; ++j) { // 16 columns, 8 values
        std::uint16_t b;
        std::memcpy(&b, idx + 2 * j, 2);
        const __m512i i = _mm512_ternarylogic_epi32(_mm512_srlv_epi32(_mm512_set1_epi32(int(b)), shifts), three, base, 0xea);
        a0 = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(0xff, v + 8 * j), _mm512_permutexvar_ps(i, _mm512_loadu_ps(x + 16 * j)), a0);
    }
    return _mm512_reduce_add_ps(_mm512_add_ps(a0, a1));
}

PARE_AVX512 void nm24DecodeZmm(const float *v, const std::uint16_t *masks, std::int64_t blocks, float *out)
{
    for (std::int64_t j = 0; j < blocks; ++j)
        _mm512_storeu_ps(out + 16 * j, _mm512_maskz_expand_ps(__mmask16(masks[j]),
                                                              _mm512_castps256_ps512(_mm256_loadu_ps(v + 8 * j))));
}

// Int8 batch < 4 with zmm: NR weight rows against one quantized x row, 64 columns per step and a
// last 32 with ymm (kv is a multiple of 32), prefetching pf bytes ahead unless 0; the caller
// subtracts 128·Σx (the weights go in as w + 128).
template <int NR>
PARE_AVX512 void i8RowsVnni512(const std::int8_t *const *w, const std::int8_t *x, std::int64_t kv, std::int64_t pf,
                               int *out /* 4 */)
{
    const __m512i flip = _mm512_set1_epi8(char(0x80));
    __m512i a[NR];
    for (__m512i &v : a)
        v = _mm512_setzero_si512();
    std::int64_t k = 0;
    for (; k + 64 <= kv; k += 64) {
        const __m512i xa = _mm512_loadu_si512(x + k);
        if (pf)
            for (int i = 0; i < NR; ++i)
                _mm_prefetch(reinterpret_cast<const char *>(w[i] + k + pf), _MM_HINT_T0);
        for (int i = 0; i < NR; ++i)
            a[i] = _mm512_dpbusd_epi32(a[i], _mm512_xor_si512(_mm512_loadu_si512(w[i] + k), flip), xa);
    }
    if (k < kv) {
        const __m256i xa = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(x + k));
        const __m256i f = _mm256_set1_epi8(char(0x80));
        for (int i = 0; i < NR; ++i)
            a[i] = _mm512_add_epi32(a[i], _mm512_zextsi256_si512(_mm256_dpbusd_epi32(
                    _mm256_setzero_si256(), _mm256_xor_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(w[i] + k)), f), xa)));
    }
    for (int i = 0; i < NR; ++i)
        out[i] = _mm512_reduce_add_epi32(a[i]);
}

template PARE_AVX512 void i4RowsZmm<true, 4>(const std::uint8_t *const *, const float *const *, std::int64_t, const XQuads &,
                                 const QuadGroups &, std::int64_t, float *);
template PARE_AVX512 void i4RowsZmm<false, 4>(const std::uint8_t *const *, const float *const *, std::int64_t, const XQuads &,
                                  const QuadGroups &, std::int64_t, float *);
template PARE_AVX512 void i8RowsVnni512<1>(const std::int8_t *const *, const std::int8_t *, std::int64_t, std::int64_t, int *);
template PARE_AVX512 void i8RowsVnni512<4>(const std::int8_t *const *, const std::int8_t *, std::int64_t, std::int64_t, int *);

} // namespace pare::core::kernel::avx512
#endif
