// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the statistics and histogram tests: the SIMD levels to force, and fixtures.
#include "analysis/statsimd.h"
#include "tensor/convert.h"
#include "tensor/tensor.h"

#include <cstring>
#include <limits>
#include <random>
#include <vector>

namespace pare::core::test {

constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

namespace simd = analysis_detail::simd;

// The instruction-set levels this CPU runs, each forced in turn: every kernel has a portable,
// an AVX2 and (where the CPU has it) an AVX-512 path, and each must give the same figures.
inline std::vector<simd::Level> levels()
{
    std::vector<simd::Level> l;
    for (int i = 0; i <= int(simd::cpuLevel()); ++i)
        l.push_back(simd::Level(i));
    return l;
}
inline const char *levelName(simd::Level l)
{
    return l == simd::Level::Portable ? "portable" : l == simd::Level::Avx2 ? "avx2" : "avx512";
}
// Forces a level for its lifetime.
struct ForcedLevel
{
    explicit ForcedLevel(simd::Level l) { simd::forceLevel(l); }
    ~ForcedLevel() { simd::forceLevel(simd::Level::Avx512); }
};

inline std::vector<float> decoded(const Tensor &t)
{
    return t.toFloatVector();
}

inline Tensor halfTensor(const QString &name, DType dtype, const std::vector<float> &values,
                         Shape shape = {})
{
    std::vector<std::uint16_t> h(values.size());
    if (dtype == DType::BF16)
        floatToBfloat16(values.data(), std::int64_t(values.size()), h.data());
    else
        floatToHalf(values.data(), std::int64_t(values.size()), h.data());
    std::vector<std::byte> bytes(h.size() * 2);
    std::memcpy(bytes.data(), h.data(), bytes.size());
    if (shape.empty())
        shape = {std::int64_t(values.size())};
    return *Tensor::fromBytes(name, dtype, std::move(shape), std::move(bytes));
}

inline std::vector<float> normal(std::size_t n, std::uint64_t seed, float sigma = 1.0f, float mu = 0.0f)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> d(mu, sigma);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

} // namespace pare::core::test
