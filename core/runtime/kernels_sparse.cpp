// SPDX-License-Identifier: GPL-3.0-or-later
// The AVX2 dot products of the sparse encodings (declared in kernelsimd.h): a CSR row with 16-bit
// column indices and a 2:4 row, each against a dense x. Run only after kernelsUseAvx2() said yes.
#include "runtime/kernelsimd.h"

#include <cstring>

#ifdef PARE_KERNELS_X86
#include <immintrin.h>

namespace pare::core::kernel::avx2 {

#define PARE_AVX2 __attribute__((target("avx2,fma,f16c")))

namespace {
PARE_AVX2 inline float hsum8(__m256 v)
{
    const __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    const __m128 t = _mm_add_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_add_ss(t, _mm_shuffle_ps(t, t, 1)));
}

// 2:4 sparse row: per 16 columns, 8 values and 8 two-bit in-group indices (16 bits); lanes 0–3
// pick from columns 0–7, lanes 4–7 from 8–15, each through one permute, then a blend.
PARE_AVX2 inline __m256 nm24Gather(const std::uint8_t *idx, const float *x, std::int64_t j)
{
    const __m256i shifts = _mm256_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14);
    const __m256i base = _mm256_setr_epi32(0, 0, 4, 4, 0, 0, 4, 4);
    std::uint16_t bits;
    std::memcpy(&bits, idx + 2 * j, 2);
    const __m256i id = _mm256_add_epi32(
            _mm256_and_si256(_mm256_srlv_epi32(_mm256_set1_epi32(bits), shifts), _mm256_set1_epi32(3)), base);
    return _mm256_blend_ps(_mm256_permutevar8x32_ps(_mm256_loadu_ps(x + 16 * j), id),
                           _mm256_permutevar8x32_ps(_mm256_loadu_ps(x + 16 * j + 8), id), 0xf0);
}

} // namespace

PARE_AVX2 float nm24Dot(const float *v, const std::uint8_t *idx, std::int64_t cols, const float *x)
{
    const std::int64_t blocks = cols / 16, groups = (cols + 3) / 4;
    __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();
    std::int64_t j = 0;
    for (; j + 2 <= blocks; j += 2) {
        a0 = _mm256_fmadd_ps(_mm256_loadu_ps(v + 8 * j), nm24Gather(idx, x, j), a0);
        a1 = _mm256_fmadd_ps(_mm256_loadu_ps(v + 8 * j + 8), nm24Gather(idx, x, j + 1), a1);
    }
    if (j < blocks)
        a0 = _mm256_fmadd_ps(_mm256_loadu_ps(v + 8 * j), nm24Gather(idx, x, j), a0);
    float s = hsum8(_mm256_add_ps(a0, a1));
    for (std::int64_t k = blocks * 8; k < groups * 2; ++k)
        s += v[k] * x[k / 2 * 4 + ((idx[k / 4] >> (2 * (k % 4))) & 3)];
    return s;
}


// Sparse row: values with 16-bit column indices, gathered 8 at a time.
PARE_AVX2 float csrDot16(const float *v, const std::uint16_t *idx, std::int64_t nnz, const float *x)
{
    __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();
    std::int64_t k = 0;
    for (; k + 16 <= nnz; k += 16) {
        const __m256i i0 = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(idx + k)));
        const __m256i i1 = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(idx + k + 8)));
        a0 = _mm256_fmadd_ps(_mm256_loadu_ps(v + k), _mm256_i32gather_ps(x, i0, 4), a0);
        a1 = _mm256_fmadd_ps(_mm256_loadu_ps(v + k + 8), _mm256_i32gather_ps(x, i1, 4), a1);
    }
    float s = hsum8(_mm256_add_ps(a0, a1));
    for (; k < nnz; ++k)
        s += v[k] * x[idx[k]];
    return s;
}

#undef PARE_AVX2

} // namespace pare::core::kernel::avx2
#endif
