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
