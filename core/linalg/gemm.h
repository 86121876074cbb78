// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobcontext.h"

#include <cstdint>

namespace pare::core {

// C = op(A) · B for row-major float matrices, parallel over row blocks of C on the job pool.
// op(A) is m × k: A itself (row-major m × k, row stride lda) or, with transposeA, the
// transpose of a row-major k × m matrix (row stride lda). B is k × l (row stride ldb), C is
// m × l (row stride ldc). Uses an AVX2/FMA kernel where the CPU has one (Eigen is built for
// the baseline ISA), Eigen otherwise. Returns false if ctx was canceled.
bool multiplyRowMajor(const float *a, std::int64_t lda, bool transposeA, const float *b,
                      std::int64_t ldb, float *c, std::int64_t ldc, std::int64_t m,
                      std::int64_t k, std::int64_t l, JobContext &ctx);

// Which kernel multiplyRowMajor uses on this CPU ("avx2-fma" or "eigen"), for benchmarks.
const char *gemmKernelName();

} // namespace pare::core
