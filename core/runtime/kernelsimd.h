// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the kernels (kernels.cpp, kernels_avx2.cpp): the scalar conversions both use and
// the x86 SIMD helpers chosen at run time. Not part of the runtime's API.
#pragma once

#include <cstdint>

#if defined(__x86_64__) || defined(__i386__)
#define PARE_KERNELS_X86 1
#endif

namespace pare::core::kernel {

float f16ToFloat(std::uint16_t h);
float bf16ToFloat(std::uint16_t b);

// Rows per parallel chunk: about 64 K weights, a multiple of the 4-row tile.
std::int64_t rowChunk(std::int64_t cols);

// y (batch × rows) = x (batch × cols) · Wᵀ for a dense row-major float W, in parallel over rows:
// the AVX2 tiles when allowed, else Eigen.
void denseProduct(const float *W, std::int64_t rows, std::int64_t cols, const float *x, std::int64_t batch,
                  float *y);

#ifdef PARE_KERNELS_X86
// Each needs AVX2, FMA and F16C (the caller checks kernelsUseAvx2()).
namespace avx2 {
float dot(const float *a, const float *b, std::int64_t n);
void f16Row(const std::uint16_t *in, std::int64_t n, float *out);
void bf16Row(const std::uint16_t *in, std::int64_t n, float *out);
void i8Row(const std::int8_t *in, std::int64_t n, float scale, float *out);
// One int4 row (group size a multiple of 32) decoded in column order.
void i4Row(const std::uint8_t *q, const float *scales, std::int64_t n, std::int64_t gs, float *out);
void denseProduct(const float *W, std::int64_t rows, std::int64_t cols, const float *x, std::int64_t batch,
                  float *y);
// Sparse rows · x (kernels_sparse.cpp): CSR values with 16-bit column indices (gathered), and a
// 2:4 row's kept values with their 2-bit in-group indices (permuted).
float csrDot16(const float *v, const std::uint16_t *idx, std::int64_t nnz, const float *x);
float nm24Dot(const float *v, const std::uint8_t *idx, std::int64_t cols, const float *x);
} // namespace avx2
#endif

} // namespace pare::core::kernel
