// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/analysis: helpers the statistics kernels share.
#pragma once

#include <immintrin.h>

#include <cfloat>
#include <cmath>

namespace pare::core::analysis_detail::simd {

inline bool isFiniteValue(float v)
{
    return std::fabs(v) <= FLT_MAX;
}

inline bool hasAvx2Fma()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return has;
}

__attribute__((target("avx2,fma"))) inline double sum4(__m256d v)
{
    const __m128d s = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

} // namespace pare::core::analysis_detail::simd
