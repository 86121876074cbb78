// SPDX-License-Identifier: GPL-3.0-or-later
// The x86 SIMD kernels (AVX2/FMA/F16C; AVX-512 VNNI for batched int8). Every function carries its
// own target attribute and runs only after kernelsUseAvx2() said yes, so the program still runs
// on any x86-64; PackedWeight::multiplySimd returns false where no SIMD path applies.
// GCC 12's AVX-512 headers build masked intrinsics on _mm512_undefined_*(), which -Wuninitialized
// reports at the header's lines once inlined here; the state must be set before they are parsed.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "runtime/kernels.h"
#include "runtime/kernels_avx512.h"
#include "runtime/kernelsimd.h"

#include "jobs/jobrunner.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#ifdef PARE_KERNELS_X86
#include <immintrin.h>
#endif

namespace pare::core {

#ifdef PARE_KERNELS_X86
namespace kernel::avx2 {
namespace {

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
PARE_AVX2 float i8Dot(const std::int8_t *w, const float *x, std::int64_t n)
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

// Batch-1 dense rows (f32, f16, bf16): 16 columns per step as two float vectors, in the order
// of xv (x as given, or permuted per multiply where the weight format makes that cheaper).
struct LoadF32
{
    using T = float;
    PARE_AVX2 static void load(const float *p, __m256 &a, __m256 &b)
    {
        a = _mm256_loadu_ps(p);
        b = _mm256_loadu_ps(p + 8);
    }
    static float scalar(float v) { return v; }
};

struct LoadF16
{
    using T = std::uint16_t;
    PARE_AVX2 static void load(const std::uint16_t *p, __m256 &a, __m256 &b)
    {
        a = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)));
        b = _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8)));
    }
    static float scalar(std::uint16_t v) { return f16ToFloat(v); }
};

// bf16 is the high half of a float: within each 32-bit lane, a shift gives the even column and a
// mask the odd one, so xv holds per 16 columns the 8 even ones, then the 8 odd ones.
struct LoadBF16
{
    using T = std::uint16_t;
    PARE_AVX2 static void load(const std::uint16_t *p, __m256 &a, __m256 &b)
    {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
        a = _mm256_castsi256_ps(_mm256_slli_epi32(v, 16));
        b = _mm256_castsi256_ps(_mm256_and_si256(v, _mm256_set1_epi32(int(0xffff0000u))));
    }
    static float scalar(std::uint16_t v) { return bf16ToFloat(v); }
};

// Batch 1 reads rows shorter than this one at a time, longer ones in tiles of 4: on the Zen 4 this
// was tuned on, four concurrent short streams (the 1 KB rows of a rank-256 factor, 2–4 KB int4 and
// int8 rows) streamed 10–40 % slower from memory than one sequential stream, while 8–16 KB rows
// gained from the tile.
constexpr std::int64_t kTileRowBytes = 8192;

// y[r] = W_r · x for r in [r0, r1): tiles of 4 rows (long rows) share each x vector and keep 8
// independent accumulators; converted weights go straight into the FMAs (no row buffer).
template <class L>
PARE_AVX2 void gemvRows(const typename L::T *W, std::int64_t cols, std::int64_t r0, std::int64_t r1,
                        const float *xv, const float *x, float *y)
{
    using T = typename L::T;
    const std::int64_t kv = cols & ~std::int64_t(15);
    std::int64_t r = r0;
    const bool tile = cols * std::int64_t(sizeof(T)) >= kTileRowBytes;
    for (; tile && r + 4 <= r1; r += 4) {
        const T *w[4] = {W + r * cols, W + (r + 1) * cols, W + (r + 2) * cols, W + (r + 3) * cols};
        __m256 a[8];
        for (__m256 &v : a)
            v = _mm256_setzero_ps();
        for (std::int64_t k = 0; k < kv; k += 16) {
            const __m256 x0 = _mm256_loadu_ps(xv + k), x1 = _mm256_loadu_ps(xv + k + 8);
            for (int i = 0; i < 4; ++i) {
                __m256 lo, hi;
                L::load(w[i] + k, lo, hi);
                a[2 * i] = _mm256_fmadd_ps(lo, x0, a[2 * i]);
                a[2 * i + 1] = _mm256_fmadd_ps(hi, x1, a[2 * i + 1]);
            }
        }
        for (int i = 0; i < 4; ++i) {
            float s = hsum8(_mm256_add_ps(a[2 * i], a[2 * i + 1]));
            for (std::int64_t k = kv; k < cols; ++k)
                s += L::scalar(w[i][k]) * x[k];
            y[r + i] = s;
        }
    }
    for (; r < r1; ++r) {
        const T *w = W + r * cols;
        __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();
        for (std::int64_t k = 0; k < kv; k += 16) {
            __m256 lo, hi;
            L::load(w + k, lo, hi);
            a0 = _mm256_fmadd_ps(lo, _mm256_loadu_ps(xv + k), a0);
            a1 = _mm256_fmadd_ps(hi, _mm256_loadu_ps(xv + k + 8), a1);
        }
        float s = hsum8(_mm256_add_ps(a0, a1));
        for (std::int64_t k = kv; k < cols; ++k)
            s += L::scalar(w[k]) * x[k];
        y[r] = s;
    }
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

// Batch < 4: 4 weight rows against one quantized x row, the same two ways (the VNNI caller
// subtracts 128·Σx).
PARE_AVX2 void i8RowsMaddubs(const std::int8_t *const *w, const std::int8_t *x, std::int64_t kv, int *out /* 4 */)
{
    const __m256i ones = _mm256_set1_epi16(1);
    __m256i a[4];
    for (__m256i &v : a)
        v = _mm256_setzero_si256();
    for (std::int64_t k = 0; k < kv; k += 32) {
        const __m256i xa = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(x + k));
        for (int i = 0; i < 4; ++i) {
            const __m256i wv = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(w[i] + k));
            a[i] = _mm256_add_epi32(a[i], _mm256_madd_epi16(_mm256_maddubs_epi16(_mm256_abs_epi8(wv), _mm256_sign_epi8(xa, wv)), ones));
        }
    }
    for (int i = 0; i < 4; ++i)
        out[i] = hsumI32(a[i]);
}

// Int4 × int8 (W4A8, as llama.cpp's Q4_0 × Q8_0): x of one batch row quantized per 32-column
// block to int8 (scale max|x_block| / 127), laid out per pair of blocks A, B (64 columns, 32 code
// bytes) in the nibbles' order: [A even, B even, A odd, B odd] columns. Per pair, the low nibbles
// of the 32 weight bytes meet the first 32 x codes and the high nibbles the next 32; int32 lanes
// 0–3 then hold block A and 4–7 block B. The codes are w/s + 8: each lane starts at −2·Σ x codes
// of its block (4 lanes: −8·Σ), and is scaled by its block's x scale.
struct XBlocks
{
    std::vector<std::int8_t> q;     // pairs × 64
    std::vector<float> scale;       // pairs × 8: [sA ×4, sB ×4]
    std::vector<std::int32_t> bias; // pairs × 8: [−2ΣA ×4, −2ΣB ×4]
    std::int64_t pairs = 0;
};

void quantizeBlocks(const float *x, std::int64_t cols, XBlocks &out)
{
    out.pairs = (cols + 63) / 64;
    out.q.assign(std::size_t(out.pairs * 64), 0);
    out.scale.assign(std::size_t(out.pairs * 8), 0.0f);
    out.bias.assign(std::size_t(out.pairs * 8), 0);
    for (std::int64_t c0 = 0; c0 < cols; c0 += 32) {
        const std::int64_t block = c0 / 32, p = block / 2, half = block % 2, c1 = std::min(cols, c0 + 32);
        float mx = 0;
        for (std::int64_t c = c0; c < c1; ++c)
            mx = std::max(mx, std::abs(x[c]));
        const float inv = mx > 0 ? 127.0f / mx : 0.0f;
        int sum = 0;
        for (std::int64_t c = c0; c < c1; ++c) {
            const int j = int(c - c0);
            const float v = x[c] * inv; // |v| ≤ 127: round half away from zero without libm
            const auto q = std::int8_t(int(v + (v < 0 ? -0.5f : 0.5f)));
            out.q[std::size_t(p * 64 + (j & 1) * 32 + half * 16 + j / 2)] = q;
            sum += q;
        }
        for (int l = 0; l < 4; ++l) {
            out.scale[std::size_t(p * 8 + half * 4 + l)] = mx / 127.0f;
            out.bias[std::size_t(p * 8 + half * 4 + l)] = -2 * sum;
        }
    }
}

// One pair of blocks: the 8 lanes' float partial sums, each already times its block's x scale.
PARE_AVX2 inline __m256 i4PairA8(const std::uint8_t *q, const XBlocks &x, std::int64_t p)
{
    const __m256i mask = _mm256_set1_epi8(0x0f);
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(q + p * 32));
    const __m256i lo = _mm256_and_si256(v, mask), hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), mask);
    const std::int8_t *xq = x.q.data() + p * 64;
    // |15·127·2| per maddubs lane, twice: no int16 saturation.
    const __m256i s16 = _mm256_add_epi16(
            _mm256_maddubs_epi16(lo, _mm256_loadu_si256(reinterpret_cast<const __m256i *>(xq))),
            _mm256_maddubs_epi16(hi, _mm256_loadu_si256(reinterpret_cast<const __m256i *>(xq + 32))));
    const __m256i s32 = _mm256_add_epi32(_mm256_madd_epi16(s16, _mm256_set1_epi16(1)),
                                         _mm256_loadu_si256(reinterpret_cast<const __m256i *>(x.bias.data() + p * 8)));
    return _mm256_mul_ps(_mm256_cvtepi32_ps(s32), _mm256_loadu_ps(x.scale.data() + p * 8));
}

// The same with VNNI: two dpbusd on top of the bias.
PARE_VNNI inline __m256 i4PairA8Vnni(const std::uint8_t *q, const XBlocks &x, std::int64_t p)
{
    const __m256i mask = _mm256_set1_epi8(0x0f);
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(q + p * 32));
    const __m256i lo = _mm256_and_si256(v, mask), hi = _mm256_and_si256(_mm256_srli_epi16(v, 4), mask);
    const std::int8_t *xq = x.q.data() + p * 64;
    __m256i s32 = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(x.bias.data() + p * 8));
    s32 = _mm256_dpbusd_epi32(s32, lo, _mm256_loadu_si256(reinterpret_cast<const __m256i *>(xq)));
    s32 = _mm256_dpbusd_epi32(s32, hi, _mm256_loadu_si256(reinterpret_cast<const __m256i *>(xq + 32)));
    return _mm256_mul_ps(_mm256_cvtepi32_ps(s32), _mm256_loadu_ps(x.scale.data() + p * 8));
}

// One int4 row (q: its code bytes, readable up to 31 bytes past the row) against quantized x;
// blockGroup[b] is block b's weight group. Defined once per ISA (a target attribute cannot be a
// template parameter).
#define PARE_DEFINE_I4_DOT(ATTR, NAME, PAIR)                                                              \
    ATTR float NAME(const std::uint8_t *q, const float *ws, std::int64_t groups, std::int64_t gs,          \
                    const XBlocks &x, const std::int32_t *blockGroup)                                       \
    {                                                                                                       \
        __m256 t0 = _mm256_setzero_ps(), t1 = _mm256_setzero_ps();                                          \
        if (gs % 64 == 0) { /* a group is whole pairs: one weight scale per group */                        \
            const std::int64_t perGroup = gs / 64;                                                          \
            std::int64_t p = 0;                                                                             \
            for (std::int64_t g = 0; g < groups; ++g) {                                                     \
                const std::int64_t end = std::min(x.pairs, p + perGroup);                                   \
                __m256 a0 = _mm256_setzero_ps(), a1 = _mm256_setzero_ps();                                  \
                for (; p + 2 <= end; p += 2) {                                                              \
                    a0 = _mm256_add_ps(a0, PAIR(q, x, p));                                                  \
                    a1 = _mm256_add_ps(a1, PAIR(q, x, p + 1));                                              \
                }                                                                                           \
                if (p < end)                                                                                \
                    a0 = _mm256_add_ps(a0, PAIR(q, x, p++));                                                \
                if (g & 1)                                                                                  \
                    t1 = _mm256_fmadd_ps(_mm256_add_ps(a0, a1), _mm256_set1_ps(ws[g]), t1);                 \
                else                                                                                        \
                    t0 = _mm256_fmadd_ps(_mm256_add_ps(a0, a1), _mm256_set1_ps(ws[g]), t0);                 \
            }                                                                                               \
        } else { /* blocks A and B of a pair may have different weight scales */                            \
            for (std::int64_t p = 0; p < x.pairs; ++p) {                                                    \
                const __m256 s = _mm256_setr_m128(_mm_set1_ps(ws[blockGroup[2 * p]]),                       \
                                                  _mm_set1_ps(ws[blockGroup[2 * p + 1]]));                  \
                if (p & 1)                                                                                  \
                    t1 = _mm256_fmadd_ps(PAIR(q, x, p), s, t1);                                             \
                else                                                                                        \
                    t0 = _mm256_fmadd_ps(PAIR(q, x, p), s, t0);                                             \
            }                                                                                               \
        }                                                                                                   \
        return hsum8(_mm256_add_ps(t0, t1));                                                                \
    }

PARE_DEFINE_I4_DOT(PARE_AVX2, i4DotA8, i4PairA8)
PARE_DEFINE_I4_DOT(PARE_VNNI, i4DotA8Vnni, i4PairA8Vnni)
#undef PARE_DEFINE_I4_DOT

} // namespace

// body(begin, end) over [0, rows) in parallel, every chunk but the last a multiple of 4 rows (the
// tiles), of at least minRows rows.
void forRowTiles(std::int64_t rows, std::int64_t minRows, const std::function<void(std::int64_t, std::int64_t)> &body)
{
    parallelFor((rows + 3) / 4, std::max<std::int64_t>(1, minRows / 4),
                [&](qint64 b, qint64 e) { body(b * 4, std::min<std::int64_t>(rows, e * 4)); });
}

// y = W·x over a batch by decoding a tile of 4 rows of w once (PackedWeight::decodeRow) and
// reusing it for every batch row: the batch path of encodings without a batch kernel of their own.
void batchOverDecodedTiles(const PackedWeight &pw, const float *x, std::int64_t batch, float *y, std::int64_t chunk)
{
    const std::int64_t rows = pw.rows(), cols = pw.cols();
    forRowTiles(rows, chunk, [&](std::int64_t begin, std::int64_t end) {
        std::vector<float> tile(std::size_t(4 * cols)), acc;
        for (qint64 r = begin; r < end; r += 4) {
            const int nr = int(std::min<qint64>(4, end - r));
            const float *w[4];
            for (int i = 0; i < 4; ++i) {
                if (i < nr)
                    pw.decodeRow(r + i, tile.data() + i * cols);
                w[i] = tile.data() + std::min(i, nr - 1) * cols;
            }
            tileRows(w, nr, x, batch, cols, y, rows, r, acc);
        }
    });
}

PARE_AVX2 float dot(const float *a, const float *b, std::int64_t n)
{
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
    std::int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
    }
    for (; i + 8 <= n; i += 8)
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
    float s = hsum8(_mm256_add_ps(s0, s1));
    for (; i < n; ++i)
        s += a[i] * b[i];
    return s;
}

PARE_AVX2 void f16Row(const std::uint16_t *in, std::int64_t n, float *out)
{
    std::int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(out + i, _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i))));
    for (; i < n; ++i)
        out[i] = f16ToFloat(in[i]);
}

PARE_AVX2 void bf16Row(const std::uint16_t *in, std::int64_t n, float *out)
{
    std::int64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        const __m256i w = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i)));
        _mm256_storeu_ps(out + i, _mm256_castsi256_ps(_mm256_slli_epi32(w, 16)));
    }
    for (; i < n; ++i)
        out[i] = bf16ToFloat(in[i]);
}

PARE_AVX2 void i8Row(const std::int8_t *in, std::int64_t n, float scale, float *out)
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

// Int4 rows: byte c/2 holds column c (low nibble, c even) and c + 1 (high nibble), code − 8.
PARE_AVX2 void i4Row(const std::uint8_t *q, const float *scales, std::int64_t n, std::int64_t gs, float *out)
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

void denseProduct(const float *W, std::int64_t rows, std::int64_t cols, const float *x, std::int64_t batch, float *y)
{
    forRowTiles(rows, rowChunk(cols), [&](std::int64_t begin, std::int64_t end) {
        if (batch == 1)
            return gemvRows<LoadF32>(W, cols, begin, end, x, x, y);
        std::vector<float> acc;
        for (std::int64_t r = begin; r < end; r += 4) {
            const int nr = int(std::min<std::int64_t>(4, end - r));
            const float *w[4];
            for (int i = 0; i < 4; ++i)
                w[i] = W + (r + std::min(i, nr - 1)) * cols;
            tileRows(w, nr, x, batch, cols, y, rows, r, acc);
        }
    });
}

} // namespace kernel::avx2

bool PackedWeight::multiplySimd(const float *x, std::int64_t batch, float *y) const
{
    using namespace kernel::avx2;
    if (!kernelsUseAvx2())
        return false;
    const std::int64_t rows = m_rows, cols = m_cols;
    const std::int64_t chunk = kernel::rowChunk(cols);
    switch (m_kind) {
    case KernelKind::DenseF32:
        kernel::avx2::denseProduct(m_f32.data(), rows, cols, x, batch, y);
        return true;
    case KernelKind::Int8PerChannel: {
        if (cols > 65536) { // (int8 × int8 sums in 32 bits cannot overflow below this)
            parallelFor(rows, chunk, [&](qint64 begin, qint64 end) {
                for (qint64 r = begin; r < end; ++r)
                    for (std::int64_t b = 0; b < batch; ++b)
                        y[b * rows + r] = i8Dot(m_i8.data() + r * cols, x + b * cols, cols) * m_scales[std::size_t(r)];
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
                const float v = std::clamp(xb[c] * inv, -127.0f, 127.0f); // round half away from zero
                const auto q = std::int8_t(int(v + (v < 0 ? -0.5f : 0.5f)));
                xq[std::size_t(b * cols + c)] = q;
                if (c < kv)
                    sum += q;
            }
            xsum[std::size_t(b)] = sum;
        }
        const bool vnni = kernelsUseVnni();
        forRowTiles(rows, chunk, [&](std::int64_t begin, std::int64_t end) {
            for (qint64 r = begin; r < end; r += 4) {
                const int nr = int(std::min<qint64>(4, end - r));
                const std::int8_t *w[4];
                for (int i = 0; i < 4; ++i)
                    w[i] = m_i8.data() + (r + std::min(i, nr - 1)) * cols;
                if (batch < 4) { // one x row at a time: the weight tile is read from L1 again
                    for (std::int64_t b = 0; b < batch; ++b) {
                        const std::int8_t *xb = xq.data() + b * cols;
                        int acc[4];
                        const bool one = cols < kTileRowBytes;
                        if (vnni && one) {
                            for (int i = 0; i < nr; ++i)
                                kernel::avx512::i8RowsVnni512<1>(w + i, xb, kv, 0, acc + i);
                        } else if (vnni)
                            kernel::avx512::i8RowsVnni512(w, xb, kv, 4 * cols, acc);
                        else
                            i8RowsMaddubs(w, xb, kv, acc);
                        for (int i = 0; i < nr; ++i) {
                            int dot = acc[i] - (vnni ? 128 * xsum[std::size_t(b)] : 0);
                            for (std::int64_t c = kv; c < cols; ++c)
                                dot += int(w[i][c]) * int(xb[c]);
                            y[b * rows + r + i] = float(dot) * xs[std::size_t(b)] * m_scales[std::size_t(r + i)];
                        }
                    }
                    continue;
                }
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
        if (m_kind == KernelKind::Int4Grouped && gs % 32 == 0 && batch < kInt4IntegerBatch) {
            const std::int64_t groups = (cols + gs - 1) / gs;
            const bool vnni = kernelsUseVnni();
            // Repacked tiles (groups of 32, 64, 128k): each thread streams one array, and a quad's
            // 4 rows share one float conversion and FMA (2.1× the row path's rate on a 4096²
            // layer in cache, one thread).
            if (vnni && !m_i4Tiles.empty()) {
                std::vector<kernel::avx512::XQuads> xz(static_cast<std::size_t>(batch));
                for (std::int64_t b = 0; b < batch; ++b)
                    kernel::avx512::quantizeQuads(x + b * cols, cols, xz[std::size_t(b)]);
                forRowTiles(rows, chunk, [&](std::int64_t begin, std::int64_t end) {
                    for (std::int64_t r = begin; r < end; r += 4) {
                        const std::uint8_t *tile = m_i4Tiles.data() + r / 4 * m_i4TileBytes;
                        const int nr = int(std::min<std::int64_t>(4, end - r));
                        for (std::int64_t b = 0; b < batch; ++b) {
                            float acc[4];
                            kernel::avx512::i4TileZmm(tile, gs, xz[std::size_t(b)], acc);
                            std::copy_n(acc, nr, y + b * rows + r);
                        }
                    }
                });
                return true;
            }
            // Other groups of 32k (or repacking off), long rows: zmm quads of 128 columns in 4-row
            // tiles read from the row layout (1.6× the ymm path's rate on a 4096² layer in cache,
            // one thread); shorter rows stream one at a time through the ymm path, which from
            // memory measured 10–20 % faster than these tiles and as fast as a one-row zmm version.
            if (vnni && m_rowBytes >= kTileRowBytes) {
                std::vector<kernel::avx512::XQuads> xz(static_cast<std::size_t>(batch));
                for (std::int64_t b = 0; b < batch; ++b)
                    kernel::avx512::quantizeQuads(x + b * cols, cols, xz[std::size_t(b)]);
                const bool uniform = gs % 128 == 0;
                kernel::avx512::QuadGroups qg;
                if (!uniform) {
                    const std::int64_t quads = xz[0].quads;
                    qg.first.resize(std::size_t(quads));
                    qg.count.resize(std::size_t(quads));
                    qg.lane.resize(std::size_t(quads * 16));
                    for (std::int64_t p = 0; p < quads; ++p) {
                        auto groupOf = [&](std::int64_t block) {
                            return std::int32_t(std::min<std::int64_t>(groups - 1, block * 32 / gs));
                        };
                        const std::int32_t g0 = groupOf(4 * p);
                        qg.first[std::size_t(p)] = g0;
                        qg.count[std::size_t(p)] = groupOf(4 * p + 3) - g0 + 1;
                        for (int l = 0; l < 16; ++l)
                            qg.lane[std::size_t(p * 16 + l)] = groupOf(4 * p + l / 4) - g0;
                    }
                }
                const std::int64_t pf = 4 * m_rowBytes; // tiles prefetch the next tile's quad
                forRowTiles(rows, chunk, [&](std::int64_t begin, std::int64_t end) {
                    for (std::int64_t r = begin; r < end; r += 4) {
                        const int nr = int(std::min<std::int64_t>(4, end - r));
                        const std::uint8_t *q[4];
                        const float *ws[4];
                        for (int i = 0; i < 4; ++i) {
                            const std::int64_t ri = r + std::min(i, nr - 1);
                            q[i] = m_u8.data() + ri * m_rowBytes;
                            ws[i] = m_scales.data() + ri * groups;
                        }
                        for (std::int64_t b = 0; b < batch; ++b) {
                            float acc[4];
                            if (uniform)
                                kernel::avx512::i4RowsZmm<true>(q, ws, gs, xz[std::size_t(b)], qg, pf, acc);
                            else
                                kernel::avx512::i4RowsZmm<false>(q, ws, gs, xz[std::size_t(b)], qg, pf, acc);
                            for (int i = 0; i < nr; ++i)
                                y[b * rows + r + i] = acc[i];
                        }
                    }
                });
                return true;
            }
            std::vector<XBlocks> xq(static_cast<std::size_t>(batch));
            for (std::int64_t b = 0; b < batch; ++b)
                quantizeBlocks(x + b * cols, cols, xq[std::size_t(b)]);
            std::vector<std::int32_t> blockGroup(std::size_t(xq[0].pairs * 2));
            for (std::size_t i = 0; i < blockGroup.size(); ++i) // (a padding block reuses the last group)
                blockGroup[i] = std::int32_t(std::min<std::int64_t>(groups - 1, std::int64_t(i) * 32 / gs));
            parallelFor(rows, chunk, [&](qint64 begin, qint64 end) {
                for (qint64 r = begin; r < end; ++r)
                    for (std::int64_t b = 0; b < batch; ++b) {
                        const std::uint8_t *q = m_u8.data() + r * m_rowBytes;
                        const float *ws = m_scales.data() + r * groups;
                        y[b * rows + r] = vnni ? i4DotA8Vnni(q, ws, groups, gs, xq[std::size_t(b)], blockGroup.data())
                                               : i4DotA8(q, ws, groups, gs, xq[std::size_t(b)], blockGroup.data());
                    }
            });
            return true;
        }
        if (batch == 1 && m_kind != KernelKind::Int4Grouped) {
            std::vector<float> xv;
            const float *xp = x;
            if (m_kind == KernelKind::DenseBF16) { // even then odd columns per 16 (see LoadBF16)
                xv.resize(static_cast<std::size_t>(cols));
                for (std::int64_t c = 0; c + 16 <= cols; c += 16)
                    for (int j = 0; j < 8; ++j) {
                        xv[std::size_t(c + j)] = x[c + 2 * j];
                        xv[std::size_t(c + 8 + j)] = x[c + 2 * j + 1];
                    }
                xp = xv.data();
            }
            forRowTiles(rows, chunk, [&](std::int64_t begin, std::int64_t end) {
                if (m_kind == KernelKind::DenseF16)
                    gemvRows<LoadF16>(m_u16.data(), cols, begin, end, xp, x, y);
                else
                    gemvRows<LoadBF16>(m_u16.data(), cols, begin, end, xp, x, y);
            });
            return true;
        }
        if (batch < 2)
            return false;
        batchOverDecodedTiles(*this, x, batch, y, chunk);
        return true;
    }
    case KernelKind::Csr: {
        if (m_colIdx16.empty() && !m_colIdx.empty())
            return false;
        const bool zmm = m_zmm && kernelsUseVnni();
        parallelFor(rows, std::max<std::int64_t>(16, chunk / 4), [&](qint64 begin, qint64 end) {
            for (qint64 r = begin; r < end; ++r) {
                const std::uint32_t k0 = m_rowPtr[std::size_t(r)], k1 = m_rowPtr[std::size_t(r) + 1];
                for (std::int64_t b = 0; b < batch; ++b)
                    y[b * rows + r] = zmm ? kernel::avx512::csrRowZmm(m_f32.data() + k0, m_colIdx16.data() + k0,
                                                                      k1 - k0, x + b * cols)
                                          : csrDot16(m_f32.data() + k0, m_colIdx16.data() + k0, k1 - k0, x + b * cols);
            }
        });
        return true;
    }
    case KernelKind::NM: {
        if (m_opt.n != 2 || m_opt.m != 4)
            return false;
        const std::int64_t perRow = (cols + 3) / 4 * 2;
        if (m_zmm && kernelsUseVnni() && batch >= 4) {
            // The tiles' rows are expanded with zmm permutes by decodeRow.
            batchOverDecodedTiles(*this, x, batch, y, chunk);
            return true;
        }
        if (m_zmm && kernelsUseVnni()) {
            const std::int64_t blocks = cols / 16;
            parallelFor(rows, chunk / 2, [&](qint64 begin, qint64 end) {
                for (qint64 r = begin; r < end; ++r) {
                    const float *v = m_f32.data() + r * perRow;
                    for (std::int64_t b = 0; b < batch; ++b) {
                        const float *xb = x + b * cols;
                        float s = kernel::avx512::nm24RowZmm(v, m_u8.data() + r * m_rowBytes, blocks, xb);
                        for (std::int64_t k = blocks * 8; k < perRow; ++k)
                            s += v[k] * xb[k / 2 * 4 + nmIndex(r, k)];
                        y[b * rows + r] = s;
                    }
                }
            });
            return true;
        }
        parallelFor(rows, chunk / 2, [&](qint64 begin, qint64 end) {
            for (qint64 r = begin; r < end; ++r)
                for (std::int64_t b = 0; b < batch; ++b)
                    y[b * rows + r] = nm24Dot(m_f32.data() + r * perRow, m_u8.data() + r * m_rowBytes, cols, x + b * cols);
        });
        return true;
    }
    case KernelKind::LowRank:
        return false;
    }
    return false;
}

#else // no x86 SIMD: the portable paths run everywhere

bool PackedWeight::multiplySimd(const float *, std::int64_t, float *) const
{
    return false;
}

#endif

} // namespace pare::core
