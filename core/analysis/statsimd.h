// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/analysis: helpers the statistics kernels share, and the choice of their
// instruction set (portable, AVX2 or AVX-512), which tests and benchmarks can lower.
#pragma once

// The vector kernels are x86-64's (AVX2, AVX-512); elsewhere (ARM: Apple silicon, aarch64
// Linux) only the portable loops are built, and cpuLevel() is Portable.
#if defined(__x86_64__) || defined(__i386__)
#define PARE_STATS_X86 1
#include <cpuid.h>
#include <immintrin.h>
#else
#define PARE_STATS_X86 0
#endif

// A loop the compiler vectorizes: an AVX2 clone beside the baseline one on x86-64. Not under
// ThreadSanitizer: the clones' ifunc resolver runs (instrumented) before its runtime is set up.
#if PARE_STATS_X86 && !defined(__SANITIZE_THREAD__)
#define PARE_CLONES_AVX2 __attribute__((target_clones("avx2", "default")))
#else
#define PARE_CLONES_AVX2
#endif

#include <atomic>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace pare::core::analysis_detail::simd {

enum class Level { Portable = 0, Avx2 = 1, Avx512 = 2 };

// The best level this CPU runs (AVX2 needs FMA and F16C; AVX-512 needs F, BW, VL and DQ),
// lowered by the environment variable PARE_STATS_SIMD=portable|avx2|avx512, read once.
inline Level cpuLevel()
{
    static const Level level = [] {
        int l = 0;
#if PARE_STATS_X86
        // F16C from CPUID leaf 1 (ECX bit 29): clang before 16 rejects "f16c" here.
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")
            && __get_cpuid(1, &a, &b, &c, &d) && (c & bit_F16C))
            l = 1;
        if (l == 1 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
            && __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq"))
            l = 2;
#endif
        if (const char *env = std::getenv("PARE_STATS_SIMD")) {
            const int want = std::strcmp(env, "portable") == 0 ? 0
                             : std::strcmp(env, "avx2") == 0   ? 1
                                                               : 2;
            l = want < l ? want : l;
        }
        return Level(l);
    }();
    return level;
}

namespace detail {
inline std::atomic<int> &forcedLevel()
{
    static std::atomic<int> forced{-1};
    return forced;
}
} // namespace detail

// The level the kernels use: cpuLevel(), or lower while a test or benchmark forces one.
inline Level level()
{
    const int forced = detail::forcedLevel().load(std::memory_order_relaxed);
    const Level cpu = cpuLevel();
    return forced >= 0 && forced < int(cpu) ? Level(forced) : cpu;
}

// Makes the kernels use at most this level from now on (never above cpuLevel()); for tests
// and benchmarks, between computations.
inline void forceLevel(Level l)
{
    detail::forcedLevel().store(int(l), std::memory_order_relaxed);
}

inline bool isFiniteValue(float v)
{
    return std::fabs(v) <= FLT_MAX;
}

inline bool hasAvx2Fma()
{
    return level() >= Level::Avx2;
}

inline bool hasAvx512()
{
    return level() >= Level::Avx512;
}

#if PARE_STATS_X86
__attribute__((target("avx2,fma"))) inline double sum4(__m256d v)
{
    const __m128d s = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}
#endif

} // namespace pare::core::analysis_detail::simd
