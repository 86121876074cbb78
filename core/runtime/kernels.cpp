// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/kernels.h"

#include "jobs/jobrunner.h"
#include "tensor/convert.h"

#include <Eigen/Core>
#include <Eigen/SVD>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define PARE_X86 1
#endif

#ifdef PARE_X86
#include <cpuid.h>
#endif

namespace pare::core {

namespace {

std::atomic<bool> g_allowAvx2{true};

bool cpuAvx2()
{
#ifdef PARE_X86
    // F16C through CPUID (leaf 1, ECX bit 29): clang 14 knows no "f16c" feature name.
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")
               && __get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 29));
    }();
    return has;
#else
    return false;
#endif
}

float f16ToFloat(std::uint16_t h)
{
    const std::uint32_t sign = std::uint32_t(h & 0x8000) << 16;
    std::uint32_t exp = (h >> 10) & 0x1f, mant = h & 0x3ff, bits;
    if (exp == 0) {
        if (mant == 0) {
            bits = sign;
        } else { // subnormal
            exp = 127 - 15 + 1;
            while (!(mant & 0x400)) {
                mant <<= 1;
                --exp;
            }
            bits = sign | (exp << 23) | ((mant & 0x3ff) << 13);
        }
    } else if (exp == 31) {
        bits = sign | 0x7f800000u | (mant << 13);
    } else {
        bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

std::uint16_t floatToF16(float f)
{
    std::uint32_t x;
    std::memcpy(&x, &f, 4);
    const std::uint32_t sign = (x >> 16) & 0x8000;
    const int exp = int((x >> 23) & 0xff) - 127 + 15;
    std::uint32_t mant = x & 0x7fffff;
    if (((x >> 23) & 0xff) == 0xff)
        return std::uint16_t(sign | 0x7c00 | (mant ? 0x200 : 0));
    if (exp >= 31)
        return std::uint16_t(sign | 0x7c00);
    if (exp <= 0) {
        if (exp < -10)
            return std::uint16_t(sign);
        mant |= 0x800000;
        const int shift = 14 - exp;
        std::uint32_t h = mant >> shift;
        const std::uint32_t rem = mant & ((1u << shift) - 1), half = 1u << (shift - 1);
        if (rem > half || (rem == half && (h & 1)))
            ++h;
        return std::uint16_t(sign | h);
    }
    std::uint32_t h = sign | (std::uint32_t(exp) << 10) | (mant >> 13);
    const std::uint32_t rem = mant & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (h & 1)))
        ++h; // may carry into the exponent, which is the correct rounding
    return std::uint16_t(h);
}

std::uint16_t floatToBf16(float f)
{
    std::uint32_t x;
    std::memcpy(&x, &f, 4);
    if ((x & 0x7fffffff) > 0x7f800000)
        return std::uint16_t((x >> 16) | 0x40);
    x += 0x7fff + ((x >> 16) & 1); // round to nearest even
    return std::uint16_t(x >> 16);
}

float bf16ToFloat(std::uint16_t b)
{
    const std::uint32_t x = std::uint32_t(b) << 16;
    float f;
    std::memcpy(&f, &x, 4);
    return f;
}

float dotPortable(const float *a, const float *b, std::int64_t n)
{
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    std::int64_t i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; ++i)
        s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

#ifdef PARE_X86
__attribute__((target("avx2,fma"))) float hsum(__m256 v)
{
    __m128 lo = _mm256_castps256_ps128(v), hi = _mm256_extractf128_ps(v, 1);
    lo = _mm_add_ps(lo, hi);
    lo = _mm_hadd_ps(lo, lo);
    lo = _mm_hadd_ps(lo, lo);
    return _mm_cvtss_f32(lo);
}

__attribute__((target("avx2,fma"))) float dotAvx2(const float *a, const float *b, std::int64_t n)
{
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
    std::int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
    }
    for (; i + 8 <= n; i += 8)
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
    float s = hsum(_mm256_add_ps(s0, s1));
    for (; i < n; ++i)
        s += a[i] * b[i];
    return s;
}

__attribute__((target("avx2,f16c"))) void f16RowAvx2(const std::uint16_t *in, std::int64_t n, float *out)
{
    std::int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(out + i, _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i))));
    for (; i < n; ++i)
        out[i] = f16ToFloat(in[i]);
}

__attribute__((target("avx2"))) void bf16RowAvx2(const std::uint16_t *in, std::int64_t n, float *out)
{
    std::int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256i w = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i)));
        _mm256_storeu_ps(out + i, _mm256_castsi256_ps(_mm256_slli_epi32(w, 16)));
    }
    for (; i < n; ++i)
        out[i] = bf16ToFloat(in[i]);
}

__attribute__((target("avx2"))) void i8RowAvx2(const std::int8_t *in, std::int64_t n, float scale, float *out)
{
    const __m256 s = _mm256_set1_ps(scale);
    std::int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256i w = _mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(in + i)));
        _mm256_storeu_ps(out + i, _mm256_mul_ps(_mm256_cvtepi32_ps(w), s));
    }
    for (; i < n; ++i)
        out[i] = float(in[i]) * scale;
}
#endif

using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

#ifdef PARE_X86
#define PARE_AVX2 __attribute__((target("avx2,fma,f16c")))
#define PARE_VNNI __attribute__((target("avx2,fma,f16c,avx512f,avx512vl,avx512vnni")))

PARE_AVX2 inline float hsum8(__m256 v)
{
    __m128 lo = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    lo = _mm_add_ps(lo, _mm_movehl_ps(lo, lo));
    lo = _mm_add_ss(lo, _mm_shuffle_ps(lo, lo, 1));
    return _mm_cvtss_f32(lo);
}

PARE_AVX2 inline int hsumI32(__m256i v)
{
    __m128i lo = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    lo = _mm_add_epi32(lo, _mm_shuffle_epi32(lo, 0x4e));
    lo = _mm_add_epi32(lo, _mm_shuffle_epi32(lo, 0xb1));
    return _mm_cvtsi128_si32(lo);
}

// Σ w·x over int8 codes, converted and multiplied in float (the row scale is applied by the caller).
PARE_AVX2 float i8DotAvx2(const std::int8_t *w, const float *x, std::int64_t n)
{
    __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();
    std::int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(w + i));
        a0 = _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(v)), _mm256_loadu_ps(x + i), a0);
        a1 = _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(v, 8))),
                             _mm256_loadu_ps(x + i + 8), a1);
    }
    float s = hsum8(_mm256_add_ps(a0, a1));
    for (; i < n; ++i)
        s += float(w[i]) * x[i];
    return s;
}

// Int4 rows: byte c/2 holds column c (low nibble, c even) and c + 1 (high nibble), code − 8.
// Block of 32 columns: low nibbles are columns 0, 2, …, 30, high nibbles 1, 3, …, 31, so x is
// permuted once per multiply (xp: per block the even columns, then the odd ones) and the codes
// need no interleave. Groups are multiples of 32 columns; the scale is applied once per group.
PARE_AVX2 float i4DotAvx2(const std::uint8_t *q, const float *scales, const float *xp, const float *x,
                          std::int64_t n, std::int64_t gs)
{
    const __m128i mask = _mm_set1_epi8(0x0f), eight = _mm_set1_epi8(8);
    __m256 total = _mm256_setzero_ps();
    float tail = 0.0f;
    const std::int64_t groups = (n + gs - 1) / gs;
    for (std::int64_t g = 0; g < groups; ++g) {
        const std::int64_t c0 = g * gs, c1 = std::min(n, c0 + gs);
        __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();
        std::int64_t c = c0;
        for (; c + 32 <= c1; c += 32) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q + c / 2));
            const __m128i lo = _mm_sub_epi8(_mm_and_si128(v, mask), eight);
            const __m128i hi = _mm_sub_epi8(_mm_and_si128(_mm_srli_epi16(v, 4), mask), eight);
            const float *xc = xp + c;
            a0 = _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(lo)), _mm256_loadu_ps(xc), a0);
            a1 = _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(lo, 8))),
                                 _mm256_loadu_ps(xc + 8), a1);
            a0 = _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(hi)), _mm256_loadu_ps(xc + 16), a0);
            a1 = _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(hi, 8))),
                                 _mm256_loadu_ps(xc + 24), a1);
        }
        total = _mm256_fmadd_ps(_mm256_add_ps(a0, a1), _mm256_set1_ps(scales[g]), total);
        if (c < c1) {
            float t = 0.0f;
            for (; c < c1; ++c)
                t += float(int((q[c / 2] >> (4 * (c & 1))) & 0xf) - 8) * x[c];
            tail += t * scales[g];
        }
    }
    return hsum8(total) + tail;
}

// Decodes one int4 row (group size a multiple of 32) into floats in column order.
PARE_AVX2 void i4RowAvx2(const std::uint8_t *q, const float *scales, std::int64_t n, std::int64_t gs, float *out)
{
    const __m128i mask = _mm_set1_epi8(0x0f), eight = _mm_set1_epi8(8);
    const std::int64_t groups = (n + gs - 1) / gs;
    for (std::int64_t g = 0; g < groups; ++g) {
        const std::int64_t c0 = g * gs, c1 = std::min(n, c0 + gs);
        const __m256 s = _mm256_set1_ps(scales[g]);
        std::int64_t c = c0;
        for (; c + 32 <= c1; c += 32) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q + c / 2));
            const __m128i lo = _mm_sub_epi8(_mm_and_si128(v, mask), eight);
            const __m128i hi = _mm_sub_epi8(_mm_and_si128(_mm_srli_epi16(v, 4), mask), eight);
            const __m128i a = _mm_unpacklo_epi8(lo, hi), b = _mm_unpackhi_epi8(lo, hi);
            _mm256_storeu_ps(out + c, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(a)), s));
            _mm256_storeu_ps(out + c + 8, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(a, 8))), s));
            _mm256_storeu_ps(out + c + 16, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(b)), s));
            _mm256_storeu_ps(out + c + 24, _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_srli_si128(b, 8))), s));
        }
        for (; c < c1; ++c)
            out[c] = float(int((q[c / 2] >> (4 * (c & 1))) & 0xf) - 8) * scales[g];
    }
}

// Sparse row: values with 16-bit column indices, gathered 8 at a time.
PARE_AVX2 float csrDot16Avx2(const float *v, const std::uint16_t *idx, std::int64_t nnz, const float *x)
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

// Batched float product over a tile of 4 weight rows: y[b·ldy + r] = Σ_k w_r[k]·x_b[k], columns
// in blocks of kKBlock so the rows' block stays in L1 while every batch row passes over it.
constexpr std::int64_t kKBlock = 512;

template <int BT>
PARE_AVX2 inline void tileBlock(const float *const *w, const float *const *xs, std::int64_t k0, std::int64_t k1,
                                float *acc /* BT × 4 × 8 */)
{
    __m256 a[4][BT];
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < BT; ++j)
            a[i][j] = _mm256_setzero_ps();
    for (std::int64_t k = k0; k < k1; k += 8) {
        __m256 xv[BT];
        for (int j = 0; j < BT; ++j)
            xv[j] = _mm256_loadu_ps(xs[j] + k);
        for (int i = 0; i < 4; ++i) {
            const __m256 wv = _mm256_loadu_ps(w[i] + k);
            for (int j = 0; j < BT; ++j)
                a[i][j] = _mm256_fmadd_ps(wv, xv[j], a[i][j]);
        }
    }
    for (int j = 0; j < BT; ++j)
        for (int i = 0; i < 4; ++i) {
            float *p = acc + (j * 4 + i) * 8;
            _mm256_storeu_ps(p, _mm256_add_ps(_mm256_loadu_ps(p), a[i][j]));
        }
}

// Four rows (w[0..3], some possibly repeated when fewer remain) times every batch row.
PARE_AVX2 void tileRows(const float *const *w, int nr, const float *x, std::int64_t batch, std::int64_t cols,
                        float *y, std::int64_t ldy, std::int64_t r0, std::vector<float> &accBuf)
{
    const std::int64_t kv = cols & ~std::int64_t(7);
    accBuf.assign(std::size_t(batch * 32), 0.0f);
    for (std::int64_t k0 = 0; k0 < kv; k0 += kKBlock) {
        const std::int64_t k1 = std::min(kv, k0 + kKBlock);
        std::int64_t b = 0;
        for (; b + 3 <= batch; b += 3) {
            const float *xs[3] = {x + b * cols, x + (b + 1) * cols, x + (b + 2) * cols};
            tileBlock<3>(w, xs, k0, k1, accBuf.data() + b * 32);
        }
        if (batch - b == 2) {
            const float *xs[2] = {x + b * cols, x + (b + 1) * cols};
            tileBlock<2>(w, xs, k0, k1, accBuf.data() + b * 32);
        } else if (batch - b == 1) {
            const float *xs[1] = {x + b * cols};
            tileBlock<1>(w, xs, k0, k1, accBuf.data() + b * 32);
        }
    }
    for (std::int64_t b = 0; b < batch; ++b)
        for (int i = 0; i < nr; ++i) {
            float s = hsum8(_mm256_loadu_ps(accBuf.data() + (b * 4 + i) * 8));
            const float *xb = x + b * cols;
            for (std::int64_t k = kv; k < cols; ++k)
                s += w[i][k] * xb[k];
            y[b * ldy + r0 + i] = s;
        }
}

// Int8 × int8 (activations quantized per batch row): AVX2 sign trick, |w|·sign(x, w) through
// maddubs (pairs ≤ 2·127·127, no saturation) then madd to 32 bits. Tile of 4 rows × 2 batch rows.
PARE_AVX2 void i8TileMaddubs(const std::int8_t *const *w, const std::int8_t *x0, const std::int8_t *x1,
                             std::int64_t kv, int *out /* 4 × 2 */)
{
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i a[4][2];
    for (int i = 0; i < 4; ++i)
        a[i][0] = a[i][1] = _mm256_setzero_si256();
    for (std::int64_t k = 0; k < kv; k += 32) {
        const __m256i xa = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(x0 + k));
        const __m256i xb = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(x1 + k));
        for (int i = 0; i < 4; ++i) {
            const __m256i wv = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(w[i] + k));
            const __m256i aw = _mm256_abs_epi8(wv);
            a[i][0] = _mm256_add_epi32(a[i][0], _mm256_madd_epi16(_mm256_maddubs_epi16(aw, _mm256_sign_epi8(xa, wv)), ones));
            a[i][1] = _mm256_add_epi32(a[i][1], _mm256_madd_epi16(_mm256_maddubs_epi16(aw, _mm256_sign_epi8(xb, wv)), ones));
        }
    }
    for (int i = 0; i < 4; ++i) {
        out[i * 2] = hsumI32(a[i][0]);
        out[i * 2 + 1] = hsumI32(a[i][1]);
    }
}

// VNNI: dpbusd(u8, s8) with u8 = w + 128; the caller subtracts 128·Σx. Tile of 4 rows × 4 batch rows.
PARE_VNNI void i8TileVnni(const std::int8_t *const *w, const std::int8_t *const *xs, std::int64_t kv,
                          int *out /* 4 × 4 */)
{
    const __m256i flip = _mm256_set1_epi8(char(0x80));
    __m256i a[4][4];
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            a[i][j] = _mm256_setzero_si256();
    for (std::int64_t k = 0; k < kv; k += 32) {
        __m256i xv[4];
        for (int j = 0; j < 4; ++j)
            xv[j] = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(xs[j] + k));
        for (int i = 0; i < 4; ++i) {
            const __m256i wu = _mm256_xor_si256(_mm256_loadu_si256(reinterpret_cast<const __m256i *>(w[i] + k)), flip);
            for (int j = 0; j < 4; ++j)
                a[i][j] = _mm256_dpbusd_epi32(a[i][j], wu, xv[j]);
        }
    }
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            out[i * 4 + j] = hsumI32(a[i][j]);
}
#endif

bool cpuVnni()
{
#ifdef PARE_X86
    static const bool has = cpuAvx2() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")
                            && __builtin_cpu_supports("avx512vnni");
    return has;
#else
    return false;
#endif
}

std::atomic<bool> g_allowVnni{true};

// Rows per parallel chunk: about 64 K weights, a multiple of the 4-row tile.
[[maybe_unused]] std::int64_t rowChunk(std::int64_t cols)
{
    return std::max<std::int64_t>(16, (65536 / std::max<std::int64_t>(1, cols) + 3) / 4 * 4);
}

// y (batch × rows) = x (batch × cols) · Wᵀ for a dense row-major float W, in parallel over rows.
void denseProduct(const float *W, std::int64_t rows, std::int64_t cols, const float *x, std::int64_t batch, float *y)
{
#ifdef PARE_X86
    if (cpuAvx2() && g_allowAvx2.load()) {
        parallelFor(rows, rowChunk(cols), [&](qint64 begin, qint64 end) {
            if (batch == 1) {
                for (qint64 r = begin; r < end; ++r)
                    y[r] = dotAvx2(W + r * cols, x, cols);
                return;
            }
            std::vector<float> acc;
            for (qint64 r = begin; r < end; r += 4) {
                const int nr = int(std::min<qint64>(4, end - r));
                const float *w[4];
                for (int i = 0; i < 4; ++i)
                    w[i] = W + (r + std::min(i, nr - 1)) * cols;
                tileRows(w, nr, x, batch, cols, y, rows, r, acc);
            }
        });
        return;
    }
#endif
    Eigen::Map<RowMat>(y, batch, rows).noalias()
            = Eigen::Map<const RowMat>(x, batch, cols) * Eigen::Map<const RowMat>(W, rows, cols).transpose();
}

} // namespace

QString kernelKindName(KernelKind k)
{
    switch (k) {
    case KernelKind::DenseF32: return QStringLiteral("dense f32");
    case KernelKind::DenseF16: return QStringLiteral("dense f16");
    case KernelKind::DenseBF16: return QStringLiteral("dense bf16");
    case KernelKind::Int8PerChannel: return QStringLiteral("int8 per-channel");
    case KernelKind::Int4Grouped: return QStringLiteral("int4 grouped");
    case KernelKind::Csr: return QStringLiteral("csr sparse");
    case KernelKind::NM: return QStringLiteral("n:m sparse");
    case KernelKind::LowRank: return QStringLiteral("low-rank");
    }
    return {};
}

void denseProductF32(const float *w, std::int64_t rows, std::int64_t cols, const float *x, std::int64_t batch,
                     float *y)
{
    if (batch > 0 && rows > 0 && cols > 0)
        denseProduct(w, rows, cols, x, batch, y);
}

bool kernelsUseAvx2()
{
    return cpuAvx2() && g_allowAvx2.load();
}

bool setKernelsAllowAvx2(bool allow)
{
    return g_allowAvx2.exchange(allow);
}

bool kernelsUseVnni()
{
    return kernelsUseAvx2() && cpuVnni() && g_allowVnni.load();
}

bool setKernelsAllowVnni(bool allow)
{
    return g_allowVnni.exchange(allow);
}

Result<PackedWeight> PackedWeight::pack(KernelKind kind, const float *w, std::int64_t rows, std::int64_t cols,
                                        const PackOptions &o)
{
    if (rows <= 0 || cols <= 0 || rows > (std::int64_t(1) << 31) || cols > (std::int64_t(1) << 31))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("kernel: matrix %1×%2 is empty or too large").arg(rows).arg(cols)};
    for (std::int64_t i = 0; i < rows * cols; ++i)
        if (!std::isfinite(w[i]))
            return Error{ErrorCode::InvalidArgument, QStringLiteral("kernel: weight element %1 is not finite").arg(i)};
    PackedWeight p;
    p.m_kind = kind;
    p.m_rows = rows;
    p.m_cols = cols;
    p.m_opt = o;
    const std::size_t total = std::size_t(rows * cols);
    switch (kind) {
    case KernelKind::DenseF32:
        p.m_f32.assign(w, w + total);
        break;
    case KernelKind::DenseF16:
    case KernelKind::DenseBF16:
        p.m_u16.resize(total);
        for (std::size_t i = 0; i < total; ++i)
            p.m_u16[i] = kind == KernelKind::DenseF16 ? floatToF16(w[i]) : floatToBf16(w[i]);
        break;
    case KernelKind::Int8PerChannel:
        p.m_i8.resize(total);
        p.m_scales.resize(std::size_t(rows));
        for (std::int64_t r = 0; r < rows; ++r) {
            float mx = 0;
            for (std::int64_t c = 0; c < cols; ++c)
                mx = std::max(mx, std::abs(w[r * cols + c]));
            const float s = mx > 0 ? mx / 127.0f : 1.0f;
            p.m_scales[std::size_t(r)] = s;
            for (std::int64_t c = 0; c < cols; ++c)
                p.m_i8[std::size_t(r * cols + c)] = std::int8_t(std::clamp(std::lround(w[r * cols + c] / s), -127L, 127L));
        }
        break;
    case KernelKind::Int4Grouped: {
        if (o.groupSize < 2 || o.groupSize % 2 != 0)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("kernel: int4 group size %1 must be even and at least 2").arg(o.groupSize)};
        const std::int64_t groups = (cols + o.groupSize - 1) / o.groupSize;
        p.m_rowBytes = (cols + 1) / 2;
        p.m_u8.assign(std::size_t(rows * p.m_rowBytes), 0);
        p.m_scales.resize(std::size_t(rows * groups));
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t g = 0; g < groups; ++g) {
                const std::int64_t c0 = g * o.groupSize, c1 = std::min(cols, c0 + o.groupSize);
                float mx = 0;
                for (std::int64_t c = c0; c < c1; ++c)
                    mx = std::max(mx, std::abs(w[r * cols + c]));
                const float s = mx > 0 ? mx / 7.0f : 1.0f;
                p.m_scales[std::size_t(r * groups + g)] = s;
                for (std::int64_t c = c0; c < c1; ++c) {
                    const auto q = std::uint8_t(std::clamp(std::lround(w[r * cols + c] / s), -8L, 7L) + 8);
                    p.m_u8[std::size_t(r * p.m_rowBytes + c / 2)] |= std::uint8_t(c % 2 ? q << 4 : q);
                }
            }
        break;
    }
    case KernelKind::Csr: {
        const bool narrow = cols <= 65536;
        p.m_rowPtr.push_back(0);
        for (std::int64_t r = 0; r < rows; ++r) {
            for (std::int64_t c = 0; c < cols; ++c) {
                const float v = w[r * cols + c];
                if (std::abs(v) > o.threshold || (o.threshold == 0 && v != 0)) {
                    if (narrow)
                        p.m_colIdx16.push_back(std::uint16_t(c));
                    else
                        p.m_colIdx.push_back(std::uint32_t(c));
                    p.m_f32.push_back(v);
                }
            }
            if (p.m_f32.size() > std::numeric_limits<std::uint32_t>::max())
                return Error{ErrorCode::InvalidArgument, QStringLiteral("kernel: more than 2³² non-zero weights")};
            p.m_rowPtr.push_back(std::uint32_t(p.m_f32.size()));
        }
        break;
    }
    case KernelKind::NM: {
        if (o.m < 1 || o.m > 256 || o.n < 1 || o.n > o.m)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("kernel: N:M sparsity %1:%2 is invalid").arg(o.n).arg(o.m)};
        const std::int64_t groups = (cols + o.m - 1) / o.m;
        p.m_f32.assign(std::size_t(rows * groups * o.n), 0.0f);
        p.m_u8.assign(p.m_f32.size(), 0);
        std::vector<int> order(std::size_t(o.m));
        for (std::int64_t r = 0; r < rows; ++r)
            for (std::int64_t g = 0; g < groups; ++g) {
                const std::int64_t c0 = g * o.m, len = std::min<std::int64_t>(o.m, cols - c0);
                for (int i = 0; i < int(len); ++i)
                    order[std::size_t(i)] = i;
                const float *row = w + r * cols + c0;
                std::stable_sort(order.begin(), order.begin() + len,
                                 [row](int a, int b) { return std::abs(row[a]) > std::abs(row[b]); });
                const int keep = int(std::min<std::int64_t>(o.n, len));
                std::sort(order.begin(), order.begin() + keep);
                for (int k = 0; k < keep; ++k) {
                    const std::size_t at = std::size_t((r * groups + g) * o.n + k);
                    p.m_f32[at] = row[order[std::size_t(k)]];
                    p.m_u8[at] = std::uint8_t(order[std::size_t(k)]);
                }
                // Unused slots of a short last group keep value 0 at index 0: they add nothing.
            }
        break;
    }
    case KernelKind::LowRank: {
        const int rank = o.rank > 0 ? int(std::min<std::int64_t>(o.rank, std::min(rows, cols)))
                                    : int(std::max<std::int64_t>(1, std::min(rows, cols) / 4));
        p.m_opt.rank = rank;
        // The best rank-r approximation (truncated SVD): A = U·Σ, B = Vᵀ.
        Eigen::Map<const RowMat> W(w, rows, cols);
        Eigen::BDCSVD<Eigen::MatrixXf> svd(W, Eigen::ComputeThinU | Eigen::ComputeThinV);
        const Eigen::MatrixXf A = svd.matrixU().leftCols(rank) * svd.singularValues().head(rank).asDiagonal();
        const Eigen::MatrixXf B = svd.matrixV().leftCols(rank).transpose();
        p.m_f32.resize(std::size_t((rows + cols) * rank));
        Eigen::Map<RowMat>(p.m_f32.data(), rows, rank) = A;
        Eigen::Map<RowMat>(p.m_f32.data() + rows * rank, rank, cols) = B;
        break;
    }
    }
    return p;
}

Result<PackedWeight> PackedWeight::fromFactors(const float *a, const float *b, std::int64_t rows, std::int64_t cols,
                                               int rank)
{
    if (rows <= 0 || cols <= 0 || rank <= 0 || rank > std::min(rows, cols))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("kernel: rank %1 does not fit a %2×%3 matrix").arg(rank).arg(rows).arg(cols)};
    PackedWeight p;
    p.m_kind = KernelKind::LowRank;
    p.m_rows = rows;
    p.m_cols = cols;
    p.m_opt.rank = rank;
    p.m_f32.assign(a, a + rows * rank);
    p.m_f32.insert(p.m_f32.end(), b, b + std::int64_t(rank) * cols);
    return p;
}

std::int64_t PackedWeight::bytes() const
{
    switch (m_kind) {
    case KernelKind::DenseF32: return m_rows * m_cols * 4;
    case KernelKind::DenseF16:
    case KernelKind::DenseBF16: return m_rows * m_cols * 2;
    case KernelKind::Int8PerChannel: return m_rows * m_cols + m_rows * 4;
    case KernelKind::Int4Grouped: return std::int64_t(m_u8.size()) + std::int64_t(m_scales.size()) * 4;
    case KernelKind::Csr:
        return std::int64_t(m_f32.size()) * (m_colIdx16.empty() && !m_colIdx.empty() ? 8 : 6)
               + std::int64_t(m_rowPtr.size()) * 4;
    case KernelKind::NM: return std::int64_t(m_f32.size()) * 5;
    case KernelKind::LowRank: return std::int64_t(m_f32.size()) * 4;
    }
    return 0;
}

void PackedWeight::decodeRow(std::int64_t r, float *out) const
{
    const std::int64_t n = m_cols;
    const bool avx = kernelsUseAvx2();
    switch (m_kind) {
    case KernelKind::DenseF32:
        std::copy_n(m_f32.data() + r * n, n, out);
        return;
    case KernelKind::DenseF16:
#ifdef PARE_X86
        if (avx)
            return f16RowAvx2(m_u16.data() + r * n, n, out);
#endif
        for (std::int64_t c = 0; c < n; ++c)
            out[c] = f16ToFloat(m_u16[std::size_t(r * n + c)]);
        return;
    case KernelKind::DenseBF16:
#ifdef PARE_X86
        if (avx)
            return bf16RowAvx2(m_u16.data() + r * n, n, out);
#endif
        for (std::int64_t c = 0; c < n; ++c)
            out[c] = bf16ToFloat(m_u16[std::size_t(r * n + c)]);
        return;
    case KernelKind::Int8PerChannel:
#ifdef PARE_X86
        if (avx)
            return i8RowAvx2(m_i8.data() + r * n, n, m_scales[std::size_t(r)], out);
#endif
        for (std::int64_t c = 0; c < n; ++c)
            out[c] = float(m_i8[std::size_t(r * n + c)]) * m_scales[std::size_t(r)];
        return;
    case KernelKind::Int4Grouped: {
        // Group by group, two codes per byte (groups start at even columns: the size is even).
        const std::int64_t gs = m_opt.groupSize, groups = (n + gs - 1) / gs;
        const std::uint8_t *q = m_u8.data() + r * m_rowBytes;
        const float *scales = m_scales.data() + r * groups;
#ifdef PARE_X86
        if (avx && gs % 32 == 0)
            return i4RowAvx2(q, scales, n, gs, out);
#endif
        for (std::int64_t g = 0; g < groups; ++g) {
            const float s = scales[g];
            const std::int64_t c1 = std::min(n, (g + 1) * gs);
            std::int64_t c = g * gs;
            for (; c + 1 < c1; c += 2) {
                const std::uint8_t b = q[c / 2];
                out[c] = float(int(b & 0xf) - 8) * s;
                out[c + 1] = float(int(b >> 4) - 8) * s;
            }
            if (c < c1)
                out[c] = float(int(q[c / 2] & 0xf) - 8) * s;
        }
        return;
    }
    case KernelKind::Csr:
        std::fill_n(out, n, 0.0f);
        for (std::uint32_t k = m_rowPtr[std::size_t(r)]; k < m_rowPtr[std::size_t(r) + 1]; ++k)
            out[m_colIdx16.empty() ? m_colIdx[k] : m_colIdx16[k]] = m_f32[k];
        return;
    case KernelKind::NM: {
        std::fill_n(out, n, 0.0f);
        const std::int64_t groups = (n + m_opt.m - 1) / m_opt.m;
        for (std::int64_t g = 0; g < groups; ++g)
            for (int k = 0; k < m_opt.n; ++k) {
                const std::size_t at = std::size_t((r * groups + g) * m_opt.n + k);
                if (m_f32[at] != 0.0f)
                    out[g * m_opt.m + m_u8[at]] = m_f32[at];
            }
        return;
    }
    case KernelKind::LowRank: {
        const int rank = m_opt.rank;
        Eigen::Map<const Eigen::RowVectorXf> a(m_f32.data() + r * rank, rank);
        Eigen::Map<const RowMat> B(m_f32.data() + m_rows * rank, rank, n);
        Eigen::Map<Eigen::RowVectorXf>(out, n) = a * B;
        return;
    }
    }
}

std::vector<float> PackedWeight::decode() const
{
    std::vector<float> out(std::size_t(m_rows * m_cols));
    for (std::int64_t r = 0; r < m_rows; ++r)
        decodeRow(r, out.data() + r * m_cols);
    return out;
}

void PackedWeight::multiply(const float *x, std::int64_t batch, float *y) const
{
    if (batch <= 0)
        return;
    const std::int64_t rows = m_rows, cols = m_cols;
    if (m_kind == KernelKind::DenseF32 && batch > 1) {
        denseProduct(m_f32.data(), rows, cols, x, batch, y);
        return;
    }
    if (m_kind == KernelKind::LowRank) {
        // Two products; the rank-sized intermediate stays in cache.
        const int rank = m_opt.rank;
        std::vector<float> t(std::size_t(batch * rank));
        denseProduct(m_f32.data() + rows * rank, rank, cols, x, batch, t.data());
        denseProduct(m_f32.data(), rows, rank, t.data(), batch, y);
        return;
    }
    if (multiplySimd(x, batch, y))
        return;
    const bool avx = kernelsUseAvx2();
    auto dot = [avx](const float *a, const float *b, std::int64_t n) {
#ifdef PARE_X86
        if (avx)
            return dotAvx2(a, b, n);
#endif
        return dotPortable(a, b, n);
    };
    const std::int64_t minChunk = std::max<std::int64_t>(16, 65536 / std::max<std::int64_t>(1, cols));
    parallelFor(rows, minChunk, [&](qint64 begin, qint64 end) {
        std::vector<float> row(static_cast<std::size_t>(cols));
        for (qint64 r = begin; r < end; ++r) {
            if (m_kind == KernelKind::Csr) {
                // Sparse rows are gathered directly: no dense row is materialized.
                const std::uint32_t k0 = m_rowPtr[std::size_t(r)], k1 = m_rowPtr[std::size_t(r) + 1];
                for (std::int64_t b = 0; b < batch; ++b) {
                    const float *xb = x + b * cols;
                    float s0 = 0, s1 = 0;
                    std::uint32_t k = k0;
                    if (!m_colIdx16.empty()) {
                        for (; k + 2 <= k1; k += 2) {
                            s0 += m_f32[k] * xb[m_colIdx16[k]];
                            s1 += m_f32[k + 1] * xb[m_colIdx16[k + 1]];
                        }
                        for (; k < k1; ++k)
                            s0 += m_f32[k] * xb[m_colIdx16[k]];
                    } else {
                        for (; k < k1; ++k)
                            s0 += m_f32[k] * xb[m_colIdx[k]];
                    }
                    y[b * rows + r] = s0 + s1;
                }
                continue;
            }
            if (m_kind == KernelKind::NM) {
                const std::int64_t groups = (cols + m_opt.m - 1) / m_opt.m;
                const std::size_t base = std::size_t(r * groups * m_opt.n);
                for (std::int64_t b = 0; b < batch; ++b) {
                    const float *xb = x + b * cols;
                    float s = 0;
                    for (std::int64_t g = 0; g < groups; ++g) {
                        const float *xg = xb + g * m_opt.m;
                        for (int k = 0; k < m_opt.n; ++k) {
                            const std::size_t at = base + std::size_t(g * m_opt.n + k);
                            s += m_f32[at] * xg[m_u8[at]];
                        }
                    }
                    y[b * rows + r] = s;
                }
                continue;
            }
            const float *w = row.data();
            if (m_kind == KernelKind::DenseF32)
                w = m_f32.data() + r * cols;
            else
                decodeRow(r, row.data());
            for (std::int64_t b = 0; b < batch; ++b)
                y[b * rows + r] = dot(w, x + b * cols, cols);
        }
    });
}


bool PackedWeight::multiplySimd(const float *x, std::int64_t batch, float *y) const
{
#ifdef PARE_X86
    if (!kernelsUseAvx2())
        return false;
    const std::int64_t rows = m_rows, cols = m_cols;
    const std::int64_t chunk = rowChunk(cols);
    switch (m_kind) {
    case KernelKind::DenseF32:
        denseProduct(m_f32.data(), rows, cols, x, batch, y);
        return true;
    case KernelKind::Int8PerChannel: {
        if (batch < kInt8IntegerBatch || cols > 65536) { // (32-bit sums cannot overflow)
            parallelFor(rows, chunk, [&](qint64 begin, qint64 end) {
                for (qint64 r = begin; r < end; ++r)
                    for (std::int64_t b = 0; b < batch; ++b)
                        y[b * rows + r] = i8DotAvx2(m_i8.data() + r * cols, x + b * cols, cols) * m_scales[std::size_t(r)];
            });
            return true;
        }
        // Activations to int8 per batch row, once; then integer tiles of 4 weight rows.
        const std::int64_t kv = cols & ~std::int64_t(31);
        std::vector<std::int8_t> xq(std::size_t(batch * cols));
        std::vector<float> xs(static_cast<std::size_t>(batch));
        std::vector<int> xsum(static_cast<std::size_t>(batch)); // Σ codes over the vector part (VNNI offset)
        for (std::int64_t b = 0; b < batch; ++b) {
            const float *xb = x + b * cols;
            float mx = 0;
            for (std::int64_t c = 0; c < cols; ++c)
                mx = std::max(mx, std::abs(xb[c]));
            const float s = mx > 0 ? mx / 127.0f : 1.0f, inv = 1.0f / s;
            xs[std::size_t(b)] = s;
            int sum = 0;
            for (std::int64_t c = 0; c < cols; ++c) {
                const auto q = std::int8_t(std::clamp(std::lround(xb[c] * inv), -127L, 127L));
                xq[std::size_t(b * cols + c)] = q;
                if (c < kv)
                    sum += q;
            }
            xsum[std::size_t(b)] = sum;
        }
        const bool vnni = kernelsUseVnni();
        parallelFor(rows, chunk, [&](qint64 begin, qint64 end) {
            for (qint64 r = begin; r < end; r += 4) {
                const int nr = int(std::min<qint64>(4, end - r));
                const std::int8_t *w[4];
                for (int i = 0; i < 4; ++i)
                    w[i] = m_i8.data() + (r + std::min(i, nr - 1)) * cols;
                const int bt = vnni ? 4 : 2;
                for (std::int64_t b = 0; b < batch; b += bt) {
                    const int nb = int(std::min<std::int64_t>(bt, batch - b));
                    const std::int8_t *xb[4];
                    for (int j = 0; j < 4; ++j)
                        xb[j] = xq.data() + (b + std::min(j, nb - 1)) * cols;
                    int acc[16];
                    if (vnni)
                        i8TileVnni(w, xb, kv, acc);
                    else
                        i8TileMaddubs(w, xb[0], xb[1], kv, acc);
                    for (int i = 0; i < nr; ++i)
                        for (int j = 0; j < nb; ++j) {
                            int dot = acc[i * bt + j] - (vnni ? 128 * xsum[std::size_t(b + j)] : 0);
                            for (std::int64_t c = kv; c < cols; ++c)
                                dot += int(w[i][c]) * int(xb[j][c]);
                            y[(b + j) * rows + r + i] = float(dot) * xs[std::size_t(b + j)] * m_scales[std::size_t(r + i)];
                        }
                }
            }
        });
        return true;
    }
    case KernelKind::Int4Grouped:
    case KernelKind::DenseF16:
    case KernelKind::DenseBF16: {
        const std::int64_t gs = m_opt.groupSize;
        if (m_kind == KernelKind::Int4Grouped && gs % 32 == 0 && batch < 4) {
            // x permuted per 32-column block to the codes' nibble order (see i4DotAvx2).
            const std::int64_t full = cols & ~std::int64_t(31);
            std::vector<float> xp(std::size_t(batch * full));
            for (std::int64_t b = 0; b < batch; ++b)
                for (std::int64_t c = 0; c < full; c += 32)
                    for (int j = 0; j < 16; ++j) {
                        xp[std::size_t(b * full + c + j)] = x[b * cols + c + 2 * j];
                        xp[std::size_t(b * full + c + 16 + j)] = x[b * cols + c + 2 * j + 1];
                    }
            const std::int64_t groups = (cols + gs - 1) / gs;
            parallelFor(rows, chunk, [&](qint64 begin, qint64 end) {
                for (qint64 r = begin; r < end; ++r)
                    for (std::int64_t b = 0; b < batch; ++b)
                        y[b * rows + r] = i4DotAvx2(m_u8.data() + r * m_rowBytes, m_scales.data() + r * groups,
                                                    xp.data() + b * full, x + b * cols, cols, gs);
            });
            return true;
        }
        if (batch < 2)
            return false;
        // Decode a tile of 4 rows once and reuse it over the whole batch.
        parallelFor(rows, chunk, [&](qint64 begin, qint64 end) {
            std::vector<float> tile(std::size_t(4 * cols)), acc;
            for (qint64 r = begin; r < end; r += 4) {
                const int nr = int(std::min<qint64>(4, end - r));
                const float *w[4];
                for (int i = 0; i < 4; ++i) {
                    if (i < nr)
                        decodeRow(r + i, tile.data() + i * cols);
                    w[i] = tile.data() + std::min(i, nr - 1) * cols;
                }
                tileRows(w, nr, x, batch, cols, y, rows, r, acc);
            }
        });
        return true;
    }
    case KernelKind::Csr: {
        if (m_colIdx16.empty() && !m_colIdx.empty())
            return false;
        parallelFor(rows, std::max<std::int64_t>(16, chunk / 4), [&](qint64 begin, qint64 end) {
            for (qint64 r = begin; r < end; ++r) {
                const std::uint32_t k0 = m_rowPtr[std::size_t(r)], k1 = m_rowPtr[std::size_t(r) + 1];
                for (std::int64_t b = 0; b < batch; ++b)
                    y[b * rows + r] = csrDot16Avx2(m_f32.data() + k0, m_colIdx16.data() + k0, k1 - k0, x + b * cols);
            }
        });
        return true;
    }
    case KernelKind::NM:
    case KernelKind::LowRank:
        return false;
    }
#else
    (void)x;
    (void)batch;
    (void)y;
#endif
    return false;
}

} // namespace pare::core
