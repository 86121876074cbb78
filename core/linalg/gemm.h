// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"

#include <cstdint>
#include <vector>

namespace pare::core {

// C = op(A) · B for row-major float matrices, parallel over row blocks of C on the job pool.
// op(A) is m × k: A itself (row-major m × k, row stride lda) or, with transposeA, the
// transpose of a row-major k × m matrix (row stride lda). B is k × l (row stride ldb), C is
// m × l (row stride ldc). Uses a packed AVX-512 or AVX2/FMA kernel where the CPU has one
// (Eigen is built for the baseline ISA), Eigen otherwise. Each element of C is summed in the
// same order whatever the thread count, so results are reproducible. Returns false if ctx was
// canceled.
bool multiplyRowMajor(const float *a, std::int64_t lda, bool transposeA, const float *b,
                      std::int64_t ldb, float *c, std::int64_t ldc, std::int64_t m,
                      std::int64_t k, std::int64_t l, JobContext &ctx);

// C = A · U for a row-major m × k matrix A (row stride lda) and an upper-triangular k × k
// matrix U (row stride ldu) that holds zeros below its diagonal; C is m × k (row stride ldc).
// Skips the zero half of U: half the work of multiplyRowMajor.
bool multiplyUpperTriangular(const float *a, std::int64_t lda, const float *u, std::int64_t ldu,
                             float *c, std::int64_t ldc, std::int64_t m, std::int64_t k,
                             JobContext &ctx);

// G = Yᵀ · Y (w × w, row stride ldg) for a row-major n × w matrix Y (row stride ldy): computes
// the upper half and mirrors it, so G is exactly symmetric, for half the work of a product.
bool gramRowMajor(const float *y, std::int64_t ldy, std::int64_t n, std::int64_t w, float *g,
                  std::int64_t ldg, JobContext &ctx);

// Which kernel multiplyRowMajor uses ("avx512", "avx2-fma" or "eigen"), for benchmarks.
const char *gemmKernelName();

// The kernels this CPU can run, fastest first.
std::vector<const char *> availableGemmKernels();

// Makes multiplyRowMajor use the named kernel, so that tests can check each one on one CPU;
// nullptr restores the automatic choice. Returns false (and changes nothing) for a name this
// CPU cannot run. Process-wide: for tests and benchmarks only.
bool forceGemmKernel(const char *name);

} // namespace pare::core
