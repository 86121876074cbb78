// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/kernels.h"
#include "runtime/kernels_avx512.h"
#include "runtime/kernelsimd.h"

#include "jobs/jobrunner.h"
#include "linalg/svd.h"
#include "tensor/convert.h"

#include <QCoreApplication>

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>

#ifdef PARE_KERNELS_X86
#include <cpuid.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace pare::core {

namespace kernel {

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

float bf16ToFloat(std::uint16_t b)
{
    const std::uint32_t x = std::uint32_t(b) << 16;
    float f;
    std::memcpy(&f, &x, 4);
    return f;
}

void adviseHugePages([[maybe_unused]] void *p, [[maybe_unused]] std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(p, bytes, MADV_HUGEPAGE); // advice only: without THP the pages simply stay 4 KB
#endif
}

std::int64_t rowChunk(std::int64_t cols)
{
    return std::max<std::int64_t>(16, (65536 / std::max<std::int64_t>(1, cols) + 3) / 4 * 4);
}

void denseProduct(const float *W, std::int64_t rows, std::int64_t cols, const float *x, std::int64_t batch, float *y)
{
#ifdef PARE_KERNELS_X86
    if (kernelsUseAvx2())
        return avx2::denseProduct(W, rows, cols, x, batch, y);
#endif
    using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    Eigen::Map<RowMat>(y, batch, rows).noalias()
            = Eigen::Map<const RowMat>(x, batch, cols) * Eigen::Map<const RowMat>(W, rows, cols).transpose();
}

} // namespace kernel

namespace {

using namespace kernel;
using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

std::atomic<bool> g_allowAvx2{true};

bool cpuAvx2()
{
#ifdef PARE_KERNELS_X86
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

bool cpuVnni()
{
#ifdef PARE_KERNELS_X86
    static const bool has = cpuAvx2() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")
                            && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vnni");
    return has;
#else
    return false;
#endif
}

std::atomic<bool> g_allowVnni{true};
std::atomic<bool> g_repack{true};

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

bool setKernelsRepack(bool allow)
{
    return g_repack.exchange(allow);
}

Result<PackedWeight> PackedWeight::pack(KernelKind kind, const float *w, std::int64_t rows, std::int64_t cols,
                                        const PackOptions &o)
{
    if (rows <= 0 || cols <= 0 || rows > (std::int64_t(1) << 31) || cols > (std::int64_t(1) << 31))
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "kernel: matrix %1×%2 is empty or too large").arg(rows).arg(cols)};
    for (std::int64_t i = 0; i < rows * cols; ++i)
        if (!std::isfinite(w[i]))
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "kernel: weight element %1 is not finite").arg(i)};
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
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "kernel: int4 group size %1 must be even and at least 2").arg(o.groupSize)};
        const std::int64_t groups = (cols + o.groupSize - 1) / o.groupSize;
        p.m_rowBytes = (cols + 1) / 2;
        // 64 bytes of padding: the W4A8 kernels read whole 128-column quads (times zero x codes).
        p.m_u8.assign(std::size_t(rows * p.m_rowBytes + 64), 0);
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
        p.repackInt4Tiles();
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
                return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "kernel: more than 2³² non-zero weights")};
            p.m_rowPtr.push_back(std::uint32_t(p.m_f32.size()));
        }
#ifdef PARE_KERNELS_X86
        p.m_zmm = g_repack.load() && cpuVnni();
#endif
        break;
    }
    case KernelKind::NM: {
        if (o.m < 1 || o.m > 256 || o.n < 1 || o.n > o.m)
            return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "kernel: N:M sparsity %1:%2 is invalid").arg(o.n).arg(o.m)};
        const std::int64_t groups = (cols + o.m - 1) / o.m;
        // In-group indices: 2 bits each (4 per byte) when m ≤ 4, else a byte each; rows byte-aligned.
        const std::int64_t perRow = groups * o.n;
        p.m_rowBytes = o.m <= 4 ? (perRow + 3) / 4 : perRow;
        p.m_f32.assign(std::size_t(rows * perRow), 0.0f);
        p.m_u8.assign(std::size_t(rows * p.m_rowBytes), 0);
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
                    const std::int64_t nz = g * o.n + k;
                    p.m_f32[std::size_t(r * perRow + nz)] = row[order[std::size_t(k)]];
                    const auto idx = std::uint8_t(order[std::size_t(k)]);
                    if (o.m <= 4)
                        p.m_u8[std::size_t(r * p.m_rowBytes + nz / 4)] |= std::uint8_t(idx << (2 * (nz % 4)));
                    else
                        p.m_u8[std::size_t(r * p.m_rowBytes + nz)] = idx;
                }
                // Unused slots of a short last group keep value 0 at index 0: they add nothing.
            }
#ifdef PARE_KERNELS_X86
        p.m_zmm = g_repack.load() && cpuVnni() && o.n == 2 && o.m == 4;
        if (p.m_zmm) {
            const std::int64_t blocks = cols / 16;
            p.m_nmMasks.assign(std::size_t(rows * blocks), 0);
            for (std::int64_t r = 0; r < rows; ++r)
                for (std::int64_t nz = 0; nz < blocks * 8; ++nz)
                    p.m_nmMasks[std::size_t(r * blocks + nz / 8)]
                            |= std::uint16_t(1u << (nz / 2 % 4 * 4 + p.nmIndex(r, nz)));
        }
#endif
        break;
    }
    case KernelKind::LowRank: {
        const int rank = o.rank > 0 ? int(std::min<std::int64_t>(o.rank, std::min(rows, cols)))
                                    : int(std::max<std::int64_t>(1, std::min(rows, cols) / 4));
        p.m_opt.rank = rank;
        // A = U·Σ, B = Vᵀ of the truncated SVD: the best rank-r approximation when the short
        // side is at most SvdOptions::exactBelow (exact SVD), near it above (randomized; exact
        // again for the rank-r products the latency bench decodes).
        SvdOptions so;
        so.rank = rank;
        JobContext quiet;
        auto svd = truncatedSvd(Eigen::Map<const MatrixXfR>(w, rows, cols), so, quiet);
        if (!svd)
            return svd.error();
        const auto r = Eigen::Index(svd->singularValues.size());
        p.m_opt.rank = int(r);
        p.m_f32.resize(std::size_t((rows + cols) * r));
        Eigen::Map<RowMat>(p.m_f32.data(), rows, r) = svd->u.leftCols(r) * svd->singularValues.asDiagonal();
        Eigen::Map<RowMat>(p.m_f32.data() + rows * r, r, cols) = svd->v.leftCols(r).transpose();
        break;
    }
    }
    return p;
}

Result<PackedWeight> PackedWeight::fromFactors(const float *a, const float *b, std::int64_t rows, std::int64_t cols,
                                               int rank)
{
    if (rows <= 0 || cols <= 0 || rank <= 0 || rank > std::min(rows, cols))
        return Error{ErrorCode::InvalidArgument, QCoreApplication::translate("pare::core", "kernel: rank %1 does not fit a %2×%3 matrix").arg(rank).arg(rows).arg(cols)};
    PackedWeight p;
    p.m_kind = KernelKind::LowRank;
    p.m_rows = rows;
    p.m_cols = cols;
    p.m_opt.rank = rank;
    p.m_f32.assign(a, a + rows * rank);
    p.m_f32.insert(p.m_f32.end(), b, b + std::int64_t(rank) * cols);
    return p;
}

void PackedWeight::repackInt4Tiles()
{
#ifdef PARE_KERNELS_X86
    if (!g_repack.load() || !cpuVnni() || !kernel::avx512::i4TilesFit(m_opt.groupSize))
        return;
    m_i4TileBytes = kernel::avx512::i4TileBytes(m_cols, m_opt.groupSize);
    m_i4Tiles.resize(std::size_t((m_rows + 3) / 4 * m_i4TileBytes));
    kernel::avx512::repackI4Tiles(m_u8.data(), m_scales.data(), m_rows, m_cols, m_rowBytes, m_opt.groupSize,
                                  m_i4Tiles.data());
#endif
}

std::int64_t PackedWeight::bytes() const
{
    switch (m_kind) {
    case KernelKind::DenseF32: return m_rows * m_cols * 4;
    case KernelKind::DenseF16:
    case KernelKind::DenseBF16: return m_rows * m_cols * 2;
    case KernelKind::Int8PerChannel: return m_rows * m_cols + m_rows * 4;
    case KernelKind::Int4Grouped: return m_rows * m_rowBytes + std::int64_t(m_scales.size()) * 4;
    case KernelKind::Csr:
        return std::int64_t(m_f32.size()) * (m_colIdx16.empty() && !m_colIdx.empty() ? 8 : 6)
               + std::int64_t(m_rowPtr.size()) * 4;
    case KernelKind::NM: return std::int64_t(m_f32.size()) * 4 + std::int64_t(m_u8.size());
    case KernelKind::LowRank: return std::int64_t(m_f32.size()) * 4;
    }
    return 0;
}

void PackedWeight::decodeRow(std::int64_t r, float *out) const
{
    const std::int64_t n = m_cols;
    [[maybe_unused]] const bool avx = kernelsUseAvx2(); // x86-64 only
    switch (m_kind) {
    case KernelKind::DenseF32:
        std::copy_n(m_f32.data() + r * n, n, out);
        return;
    case KernelKind::DenseF16:
#ifdef PARE_KERNELS_X86
        if (avx)
            return avx2::f16Row(m_u16.data() + r * n, n, out);
#endif
        for (std::int64_t c = 0; c < n; ++c)
            out[c] = f16ToFloat(m_u16[std::size_t(r * n + c)]);
        return;
    case KernelKind::DenseBF16:
#ifdef PARE_KERNELS_X86
        if (avx)
            return avx2::bf16Row(m_u16.data() + r * n, n, out);
#endif
        for (std::int64_t c = 0; c < n; ++c)
            out[c] = bf16ToFloat(m_u16[std::size_t(r * n + c)]);
        return;
    case KernelKind::Int8PerChannel:
#ifdef PARE_KERNELS_X86
        if (avx)
            return avx2::i8Row(m_i8.data() + r * n, n, m_scales[std::size_t(r)], out);
#endif
        for (std::int64_t c = 0; c < n; ++c)
            out[c] = float(m_i8[std::size_t(r * n + c)]) * m_scales[std::size_t(r)];
        return;
    case KernelKind::Int4Grouped: {
        // Group by group, two codes per byte (groups start at even columns: the size is even).
        const std::int64_t gs = m_opt.groupSize, groups = (n + gs - 1) / gs;
        const std::uint8_t *q = m_u8.data() + r * m_rowBytes;
        const float *scales = m_scales.data() + r * groups;
#ifdef PARE_KERNELS_X86
        if (avx && gs % 32 == 0)
            return avx2::i4Row(q, scales, n, gs, out);
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
        std::int64_t g = 0;
#ifdef PARE_KERNELS_X86
        if (!m_nmMasks.empty() && kernelsUseVnni()) {
            kernel::avx512::nm24DecodeZmm(m_f32.data() + r * groups * 2, m_nmMasks.data() + r * (n / 16), n / 16,
                                          out);
            g = n / 16 * 4;
        }
#endif
        for (; g < groups; ++g)
            for (int k = 0; k < m_opt.n; ++k) {
                const std::int64_t nz = g * m_opt.n + k;
                const float v = m_f32[std::size_t(r * groups * m_opt.n + nz)];
                if (v != 0.0f)
                    out[g * m_opt.m + nmIndex(r, nz)] = v;
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
#ifdef PARE_KERNELS_X86
        if (avx)
            return avx2::dot(a, b, n);
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
                const float *v = m_f32.data() + r * groups * m_opt.n;
                for (std::int64_t b = 0; b < batch; ++b) {
                    const float *xb = x + b * cols;
                    float s = 0;
                    for (std::int64_t g = 0; g < groups; ++g) {
                        const float *xg = xb + g * m_opt.m;
                        for (int k = 0; k < m_opt.n; ++k)
                            s += v[g * m_opt.n + k] * xg[nmIndex(r, g * m_opt.n + k)];
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


} // namespace pare::core
