// SPDX-License-Identifier: GPL-3.0-or-later
// Every kernel against a plain double-precision product with its own decoded weights, on odd
// shapes and batches, through the AVX2 and the portable paths; and each packing's error bound.
#include "runtime/kernels.h"
#include "compress/encoding.h"
#include "jobs/jobrunner.h"
#include "runtime/latencybench.h"

#include <QTest>

#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>

using namespace pare::core;

namespace {
// |y − y_ref| ≤ tolerance · Σ|w·x|: float accumulation of one dot product.
constexpr double kDotTolerance = 1e-5;
// Low-rank runs two products with a rounded intermediate.
constexpr double kLowRankTolerance = 1e-4;
// Packing error bounds, relative to the largest |w| of the scale's row or group.
constexpr double kF16Relative = 1.0 / 2048.0;  // half an ulp at 11 significant bits
constexpr double kBF16Relative = 1.0 / 256.0;  // half an ulp at 8 significant bits
constexpr double kInt8OfRowMax = 0.5 / 127.0 + 1e-7;
constexpr double kInt4OfGroupMax = 0.5 / 7.0 + 1e-7;

// Int8 at batch ≥ kInt8IntegerBatch also rounds x to int8 per batch row: ½ step of max|x| / 127
// times Σ|w| (plus the float accumulation above).
constexpr double kInt8ActivationStep = 0.5 / 127.0;
// Int4 (groups of 32k) at batch < kInt4IntegerBatch rounds x to int8 per block of 32 columns:
// ½ step of that block's max|x| / 127 times |w|, summed over the columns (kernels.h).
constexpr double kInt4ActivationStep = 0.5 / 127.0;

std::vector<float> randomMatrix(std::int64_t n, unsigned seed, double zeroFraction = 0.0)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> d(0.0f, 1.0f);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<float> v(static_cast<std::size_t>(n));
    for (float &x : v)
        x = u(rng) < zeroFraction ? 0.0f : d(rng);
    return v;
}
// Multiplies through the chosen paths and compares every output with a double-precision product
// over the kernel's own decoded weights.
void checkAgainstReference(KernelKind kind, int rows, int cols, int batch, bool avx2, bool vnni, PackOptions o)
{
    const auto w = randomMatrix(std::int64_t(rows) * cols, 1, kind == KernelKind::Csr ? 0.7 : 0.0);
    const auto x = randomMatrix(std::int64_t(batch) * cols, 2);
    auto p = PackedWeight::pack(kind, w.data(), rows, cols, o);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    const bool previous = setKernelsAllowAvx2(avx2);
    const bool previousVnni = setKernelsAllowVnni(vnni);
    const std::vector<float> dense = p->decode();
    std::vector<float> y(std::size_t(batch) * std::size_t(rows), -1.0f);
    p->multiply(x.data(), batch, y.data());
    setKernelsAllowAvx2(previous);
    setKernelsAllowVnni(previousVnni);
    const double tol = kind == KernelKind::LowRank ? kLowRankTolerance : kDotTolerance;
    const bool simd = avx2 && kernelsUseAvx2();
    const bool quantizedX = kind == KernelKind::Int8PerChannel && simd && batch >= kInt8IntegerBatch;
    const bool blockQuantizedX = kind == KernelKind::Int4Grouped && simd && o.groupSize % 32 == 0
                                 && batch < kInt4IntegerBatch;
    for (int b = 0; b < batch; ++b) {
        double xMax = 0;
        std::vector<double> blockMax(std::size_t(cols / 32 + 1), 0.0);
        for (int c = 0; c < cols; ++c) {
            const double a = std::abs(x[std::size_t(b * cols + c)]);
            xMax = std::max(xMax, a);
            blockMax[std::size_t(c / 32)] = std::max(blockMax[std::size_t(c / 32)], a);
        }
        for (int r = 0; r < rows; ++r) {
            double ref = 0, mag = 0, wAbs = 0, wBlockAbs = 0;
            for (int c = 0; c < cols; ++c) {
                const double t = double(dense[std::size_t(r * cols + c)]) * x[std::size_t(b * cols + c)];
                ref += t;
                mag += std::abs(t);
                wAbs += std::abs(dense[std::size_t(r * cols + c)]);
                wBlockAbs += blockMax[std::size_t(c / 32)] * std::abs(dense[std::size_t(r * cols + c)]);
            }
            const double bound = tol * mag + 1e-7 + (quantizedX ? kInt8ActivationStep * xMax * wAbs : 0.0)
                                 + (blockQuantizedX ? kInt4ActivationStep * wBlockAbs : 0.0);
            const double got = y[std::size_t(b * rows + r)];
            QVERIFY2(std::abs(got - ref) <= bound,
                     qPrintable(QStringLiteral("b%1 r%2: %3 vs %4").arg(b).arg(r).arg(got).arg(ref)));
        }
    }
}
} // namespace

class TestKernels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesReference_data();
    void matchesReference();
    void simdPathsMatchReference_data();
    void simdPathsMatchReference();
    void csrUsesNarrowIndices();
    void packingErrorBounds_data();
    void packingErrorBounds();
    void nmKeepsNofM();
    void nmPatternsMatchReference_data();
    void nmPatternsMatchReference();
    void int4A8ExactOnIntegerActivations_data();
    void int4A8ExactOnIntegerActivations();
    void repackedLayoutsMatchReference_data();
    void repackedLayoutsMatchReference();
    void badPackingIsRefused();
    void latencyBenchReportsOrderedStats();
    void sparseEncodingsAlsoTryTheirDenseKernel();
    void lowRankOnAnyThreadCount_data();
    void lowRankOnAnyThreadCount();
    void lowRankOfALargeRankRProduct();
};

void TestKernels::matchesReference_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("avx2");
    const int kinds[] = {int(KernelKind::DenseF32), int(KernelKind::DenseF16), int(KernelKind::DenseBF16),
                         int(KernelKind::Int8PerChannel), int(KernelKind::Int4Grouped), int(KernelKind::Csr),
                         int(KernelKind::NM), int(KernelKind::LowRank)};
    const int shapes[][3] = {{1, 1, 1}, {7, 13, 1}, {33, 67, 3}, {64, 129, 1}, {130, 31, 5}};
    for (int k : kinds)
        for (const auto &s : shapes)
            for (bool avx : {true, false})
                QTest::addRow("%s %dx%d b%d %s", qPrintable(kernelKindName(KernelKind(k))), s[0], s[1], s[2],
                              avx ? "avx2" : "portable")
                        << k << s[0] << s[1] << s[2] << avx;
}

void TestKernels::matchesReference()
{
    QFETCH(int, kind);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, batch);
    QFETCH(bool, avx2);
    PackOptions o;
    o.groupSize = 8;
    o.n = 2;
    o.m = 4;
    o.rank = std::max(1, std::min(rows, cols) / 2);
    checkAgainstReference(KernelKind(kind), rows, cols, batch, avx2, true, o);
}

// The SIMD paths' own cases: int4 groups that are multiples of 32 (the nibble-order fast path,
// with short last groups and column tails), batches that take the tiled and the integer paths
// (tiles of 4 rows and 2–4 batch rows with remainders), VNNI and maddubs, column blocks > 512.
void TestKernels::simdPathsMatchReference_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("group");
    QTest::addColumn<bool>("vnni");
    const int kinds[] = {int(KernelKind::DenseF32), int(KernelKind::DenseF16), int(KernelKind::DenseBF16),
                         int(KernelKind::Int8PerChannel), int(KernelKind::Int4Grouped), int(KernelKind::Csr),
                         int(KernelKind::NM), int(KernelKind::LowRank)};
    // Batch-1 rows cover the 16-column dense steps, rows read one at a time (shorter than 8 KB)
    // and in 4-row tiles with leftover rows (9 × 16450: every kind's rows ≥ 8 KB), int4 pairs and
    // quads of 32-column blocks with an odd last block, and 2:4 blocks of 16 columns with group tails.
    const int shapes[][3] = {{37, 300, 1}, {37, 300, 2}, {6, 1100, 3}, {41, 1000, 5}, {9, 2055, 33},
                             {13, 64, 4}, {11, 47, 1}, {5, 16, 1}, {3, 97, 1}, {9, 16450, 1}, {6, 8230, 2}};
    for (int k : kinds)
        for (const auto &s : shapes)
            for (int g : {32, 64, 96, 128})
                for (bool vnni : {true, false}) {
                    if ((g != 32 && KernelKind(k) != KernelKind::Int4Grouped)
                        || (!vnni && KernelKind(k) != KernelKind::Int8PerChannel && KernelKind(k) != KernelKind::Int4Grouped))
                        continue;
                    QTest::addRow("%s %dx%d b%d g%d%s", qPrintable(kernelKindName(KernelKind(k))), s[0], s[1], s[2], g,
                                  vnni ? "" : " maddubs")
                            << k << s[0] << s[1] << s[2] << g << vnni;
                }
}

void TestKernels::simdPathsMatchReference()
{
    QFETCH(int, kind);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, batch);
    QFETCH(int, group);
    QFETCH(bool, vnni);
    PackOptions o;
    o.groupSize = group;
    o.n = 2;
    o.m = 4;
    o.rank = std::max(1, std::min(rows, cols) / 3);
    checkAgainstReference(KernelKind(kind), rows, cols, batch, true, vnni, o);
    checkAgainstReference(KernelKind(kind), rows, cols, batch, false, vnni, o);
}

void TestKernels::csrUsesNarrowIndices()
{
    // 16-bit column indices up to 65536 columns: 6 bytes per non-zero; wider matrices use 32 bits.
    const auto w = randomMatrix(3 * 100, 4, 0.5);
    auto p = PackedWeight::pack(KernelKind::Csr, w.data(), 3, 100);
    QVERIFY(p.ok());
    std::int64_t nnz = 0;
    for (float v : w)
        nnz += v != 0;
    QCOMPARE(p->bytes(), nnz * 6 + 4 * 4);
    std::vector<float> wide(std::size_t(70000), 0.0f);
    wide[5] = 1.5f;
    wide[69999] = -2.0f;
    auto q = PackedWeight::pack(KernelKind::Csr, wide.data(), 1, 70000);
    QVERIFY(q.ok());
    QCOMPARE(q->bytes(), std::int64_t(2 * 8 + 2 * 4));
    std::vector<float> x(std::size_t(70000), 1.0f);
    x[69999] = 3.0f;
    float y = 0;
    q->multiply(x.data(), 1, &y);
    QCOMPARE(y, 1.5f - 6.0f);
    QCOMPARE(q->decode()[69999], -2.0f);
}

void TestKernels::packingErrorBounds_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("f32") << int(KernelKind::DenseF32);
    QTest::newRow("f16") << int(KernelKind::DenseF16);
    QTest::newRow("bf16") << int(KernelKind::DenseBF16);
    QTest::newRow("int8") << int(KernelKind::Int8PerChannel);
    QTest::newRow("int4 g8") << int(KernelKind::Int4Grouped);
    QTest::newRow("csr") << int(KernelKind::Csr);
    QTest::newRow("low-rank full rank") << int(KernelKind::LowRank);
}

void TestKernels::packingErrorBounds()
{
    QFETCH(int, kind);
    const int rows = 19, cols = 37;
    const auto w = randomMatrix(rows * cols, 5, 0.3);
    PackOptions o;
    o.groupSize = 8;
    o.rank = rows;
    auto p = PackedWeight::pack(KernelKind(kind), w.data(), rows, cols, o);
    QVERIFY(p.ok());
    const auto d = p->decode();
    for (int r = 0; r < rows; ++r) {
        float rowMax = 0;
        for (int c = 0; c < cols; ++c)
            rowMax = std::max(rowMax, std::abs(w[std::size_t(r * cols + c)]));
        for (int c = 0; c < cols; ++c) {
            const double orig = w[std::size_t(r * cols + c)], got = d[std::size_t(r * cols + c)];
            double bound = 0;
            switch (KernelKind(kind)) {
            case KernelKind::DenseF16: bound = std::abs(orig) * kF16Relative; break;
            case KernelKind::DenseBF16: bound = std::abs(orig) * kBF16Relative; break;
            case KernelKind::Int8PerChannel: bound = rowMax * kInt8OfRowMax; break;
            case KernelKind::Int4Grouped: {
                float gmax = 0;
                for (int k = c / 8 * 8; k < std::min(cols, c / 8 * 8 + 8); ++k)
                    gmax = std::max(gmax, std::abs(w[std::size_t(r * cols + k)]));
                bound = gmax * kInt4OfGroupMax;
                break;
            }
            case KernelKind::LowRank: bound = 1e-4; break;
            default: bound = 0; break; // f32 and CSR are exact
            }
            QVERIFY2(std::abs(got - orig) <= bound, qPrintable(QStringLiteral("r%1 c%2: %3 vs %4").arg(r).arg(c).arg(got).arg(orig)));
        }
    }
    if (KernelKind(kind) == KernelKind::DenseF16)
        QCOMPARE(p->bytes(), std::int64_t(rows * cols * 2));
    if (KernelKind(kind) == KernelKind::Csr)
        QVERIFY(p->bytes() < std::int64_t(rows * cols * 8));
}

void TestKernels::nmKeepsNofM()
{
    const int rows = 5, cols = 10; // the last group of 4 has only 2 columns
    const auto w = randomMatrix(rows * cols, 9);
    PackOptions o;
    o.n = 2;
    o.m = 4;
    auto p = PackedWeight::pack(KernelKind::NM, w.data(), rows, cols, o);
    QVERIFY(p.ok());
    const auto d = p->decode();
    for (int r = 0; r < rows; ++r)
        for (int g = 0; g < 3; ++g) {
            int kept = 0;
            float minKept = INFINITY, maxDropped = 0;
            for (int c = g * 4; c < std::min(cols, g * 4 + 4); ++c) {
                const float v = d[std::size_t(r * cols + c)], orig = w[std::size_t(r * cols + c)];
                if (v != 0) {
                    ++kept;
                    QCOMPARE(v, orig);
                    minKept = std::min(minKept, std::abs(orig));
                } else {
                    maxDropped = std::max(maxDropped, std::abs(orig));
                }
            }
            QCOMPARE(kept, 2);
            QVERIFY(minKept >= maxDropped);
        }
}

// Other N:M patterns keep byte indices (m > 4) or 2-bit ones (m ≤ 4) and run the portable path.
void TestKernels::nmPatternsMatchReference_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("batch");
    for (const auto &nm : {std::pair{1, 4}, std::pair{2, 4}, std::pair{3, 4}, std::pair{1, 2}, std::pair{2, 8},
                           std::pair{3, 8}, std::pair{4, 16}})
        for (int b : {1, 3})
            QTest::addRow("%d:%d b%d", nm.first, nm.second, b) << nm.first << nm.second << b;
}

void TestKernels::nmPatternsMatchReference()
{
    QFETCH(int, n);
    QFETCH(int, m);
    QFETCH(int, batch);
    PackOptions o;
    o.n = n;
    o.m = m;
    for (bool avx : {true, false})
        checkAgainstReference(KernelKind::NM, 23, 101, batch, avx, true, o);
    // Exact byte count: the kept values in float, plus the indices of each row rounded up to bytes.
    const auto w = randomMatrix(23 * 101, 6);
    auto p = PackedWeight::pack(KernelKind::NM, w.data(), 23, 101, o);
    QVERIFY(p.ok());
    const std::int64_t kept = (101 + m - 1) / m * n;
    QCOMPARE(p->bytes(), 23 * (kept * 4 + (m <= 4 ? (kept + 3) / 4 : kept)));
}

void TestKernels::int4A8ExactOnIntegerActivations_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("batch");
    for (int g : {32, 64, 96, 128, 256})
        for (int cols : {32, 100, 300, 1000, 16450}) // (16450: rows ≥ 8 KB take the zmm tiles)
            for (int b : {1, 3})
                QTest::addRow("g%d c%d b%d", g, cols, b) << g << cols << b;
}

// Integer x with ±127 in every 32-column block is quantized without loss (block scale 1), so the
// W4A8 path must then agree with the float product as closely as any float kernel: this checks
// its nibble order, offsets, pair tails and scales apart from the activation tolerance.
void TestKernels::int4A8ExactOnIntegerActivations()
{
    QFETCH(int, group);
    QFETCH(int, cols);
    QFETCH(int, batch);
    const int rows = 7;
    const auto w = randomMatrix(std::int64_t(rows) * cols, 8);
    std::mt19937 rng(9);
    std::uniform_int_distribution<int> code(-127, 127);
    std::vector<float> x(std::size_t(batch * cols));
    for (int i = 0; i < batch * cols; ++i)
        x[std::size_t(i)] = i % 32 == 5 || i % cols == cols - 1 ? float(i % 2 ? 127 : -127) : float(code(rng));
    PackOptions o;
    o.groupSize = group;
    auto p = PackedWeight::pack(KernelKind::Int4Grouped, w.data(), rows, cols, o);
    QVERIFY(p.ok());
    const std::vector<float> d = p->decode();
    for (bool vnni : {true, false}) {
        const bool previous = setKernelsAllowVnni(vnni);
        std::vector<float> y(std::size_t(batch * rows));
        p->multiply(x.data(), batch, y.data());
        setKernelsAllowVnni(previous);
        for (int b = 0; b < batch; ++b)
            for (int r = 0; r < rows; ++r) {
                double ref = 0, mag = 0;
                for (int c = 0; c < cols; ++c) {
                    const double t = double(d[std::size_t(r * cols + c)]) * x[std::size_t(b * cols + c)];
                    ref += t;
                    mag += std::abs(t);
                }
                QVERIFY2(std::abs(y[std::size_t(b * rows + r)] - ref) <= kDotTolerance * mag + 1e-7,
                         qPrintable(QStringLiteral("b%1 r%2: %3 vs %4").arg(b).arg(r).arg(y[std::size_t(b * rows + r)]).arg(ref)));
            }
    }
}

// The AVX-512 layouts chosen at pack time (int4 tiles of 4 rows for groups of 32, 64 and 128k
// columns; 2:4 and CSR rows through zmm permutes and mixed gathers) and the row layouts they
// replace (setKernelsRepack(false)), on row counts that are not multiples of the tile, columns
// that end inside a quad, a 16-column block or a 4-group step, and batches 1–6 (2:4 decodes
// 4-row tiles from batch 4).
void TestKernels::repackedLayoutsMatchReference_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("repack");
    const int shapes[][3] = {{1, 16, 1}, {5, 63, 2}, {8, 80, 1}, {11, 129, 3}, {6, 520, 1}, {9, 4100, 1}, {3, 1000, 3},
                             {7, 300, 6}};
    for (const auto &s : shapes)
        for (bool repack : {true, false}) {
            for (int g : {32, 64, 128, 256, 384})
                QTest::addRow("int4 g%d %dx%d b%d%s", g, s[0], s[1], s[2], repack ? "" : " rows")
                        << int(KernelKind::Int4Grouped) << g << s[0] << s[1] << s[2] << repack;
            QTest::addRow("2:4 %dx%d b%d%s", s[0], s[1], s[2], repack ? "" : " rows")
                    << int(KernelKind::NM) << 0 << s[0] << s[1] << s[2] << repack;
            QTest::addRow("csr %dx%d b%d%s", s[0], s[1], s[2], repack ? "" : " rows")
                    << int(KernelKind::Csr) << 0 << s[0] << s[1] << s[2] << repack;
        }
}

void TestKernels::repackedLayoutsMatchReference()
{
    QFETCH(int, kind);
    QFETCH(int, group);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, batch);
    QFETCH(bool, repack);
    PackOptions o;
    o.groupSize = std::max(2, group);
    o.n = 2;
    o.m = 4;
    const bool previous = setKernelsRepack(repack);
    for (bool vnni : {true, false})
        checkAgainstReference(KernelKind(kind), rows, cols, batch, true, vnni, o);
    checkAgainstReference(KernelKind(kind), rows, cols, batch, false, true, o);
    setKernelsRepack(previous);
    if (kind == int(KernelKind::Int4Grouped)) { // the tiles add no streamed bytes of their own
        const auto w = randomMatrix(std::int64_t(rows) * cols, 3);
        auto p = PackedWeight::pack(KernelKind::Int4Grouped, w.data(), rows, cols, o);
        QVERIFY(p.ok());
        QCOMPARE(p->bytes(), rows * ((cols + 1) / 2) + rows * ((cols + group - 1) / group) * 4);
    }
}

void TestKernels::badPackingIsRefused()
{
    const float nan[2] = {1.0f, NAN};
    QVERIFY(!PackedWeight::pack(KernelKind::DenseF32, nan, 1, 2).ok());
    const float one[4] = {1, 2, 3, 4};
    QVERIFY(!PackedWeight::pack(KernelKind::DenseF32, one, 0, 4).ok());
    PackOptions o;
    o.groupSize = 3;
    QVERIFY(!PackedWeight::pack(KernelKind::Int4Grouped, one, 1, 4, o).ok());
    o = {};
    o.n = 5;
    o.m = 4;
    QVERIFY(!PackedWeight::pack(KernelKind::NM, one, 1, 4, o).ok());
    QVERIFY(!PackedWeight::fromFactors(one, one, 2, 2, 3).ok());
}

void TestKernels::latencyBenchReportsOrderedStats()
{
    const auto w = randomMatrix(64 * 96, 3);
    auto p = PackedWeight::pack(KernelKind::Int8PerChannel, w.data(), 64, 96);
    QVERIFY(p.ok());
    JobContext ctx;
    LatencyOptions o;
    o.repeats = 9;
    o.coldBytes = 1 << 20; // rotates over ~170 copies
    auto r = benchKernel(*p, o, 1e10, ctx);
    QVERIFY(r.ok());
    QVERIFY(r->stats.minUs > 0);
    QVERIFY(r->stats.minUs <= r->stats.medianUs);
    QVERIFY(r->stats.medianUs <= r->stats.p90Us);
    QVERIFY(r->stats.p90Us <= r->stats.maxUs);
    QCOMPARE(r->weightBytes, std::int64_t(64 * 96 + 64 * 4));
    QCOMPARE(r->idealUs, double(r->weightBytes) / 1e10 * 1e6);
    o.batch = 0;
    QVERIFY(!benchKernel(*p, o, 1e10, ctx).ok());
    o.batch = 1;
    ctx.requestCancel();
    QVERIFY(benchKernel(*p, o, 1e10, ctx).isCanceled());
}

// A sparse encoding runs on whichever kernel is faster, as a runtime would dispatch it: its
// sparse kernel, or the dense kernel of its values with the zeros stored. Dense and low-rank
// encodings have one kernel.
void TestKernels::sparseEncodingsAlsoTryTheirDenseKernel()
{
    JobContext ctx;
    const std::int64_t rows = 64, cols = 96;
    const auto pruned = randomMatrix(rows * cols, 5, 0.75);
    const auto full = randomMatrix(rows * cols, 6);
    QuantSpec int8;
    auto csr = encodeSparse(pruned.data(), rows, cols, &int8, ctx);
    QVERIFY(csr.ok());
    QVERIFY(csr->kind == EncodingKind::Csr || csr->kind == EncodingKind::Bitmap);
    auto c = candidateKernels(*csr);
    QCOMPARE(int(c.size()), 2);
    QCOMPARE(c[0].first, KernelKind::Csr);
    QCOMPARE(c[1].first, KernelKind::Int8PerChannel);
    auto nm = encodeNM(full.data(), rows, cols, 2, 4, nullptr, ctx);
    QVERIFY(nm.ok());
    c = candidateKernels(*nm);
    QCOMPARE(int(c.size()), 2);
    QCOMPARE(c[0].first, KernelKind::NM);
    QCOMPARE(c[0].second.n, 2);
    QCOMPARE(c[1].first, KernelKind::DenseF32);
    auto dense = encodeDense(full.data(), rows, cols, &int8, nullptr, ctx);
    QVERIFY(dense.ok());
    c = candidateKernels(*dense);
    QCOMPARE(int(c.size()), 1);
    QCOMPARE(c[0].first, KernelKind::Int8PerChannel);

    // The figure is one of the candidates' and names its kernel.
    LatencyOptions o;
    o.repeats = 5;
    const std::vector<float> decoded = csr->decode();
    auto t = benchEncoding(*csr, decoded.data(), rows, cols, o, 1e10, ctx);
    QVERIFY(t.ok());
    QVERIFY2(t->kind == kernelKindName(KernelKind::Csr) || t->kind == kernelKindName(KernelKind::Int8PerChannel),
             qPrintable(t->kind));
    QVERIFY(t->stats.minUs > 0 && t->stats.minUs <= t->stats.medianUs);
    ctx.requestCancel();
    QVERIFY(benchEncoding(*csr, decoded.data(), rows, cols, o, 1e10, ctx).isCanceled());
}

// Batch-1 low-rank runs its two products with the rank as the short side (the rows × rank factor
// row by row, the rank × cols one in 4-row tiles when its rows are long): ranks that are and are
// not multiples of the vector width, row counts with and without a 4-row remainder, on 1 to 3
// threads (chunks of the row range).
void TestKernels::lowRankOnAnyThreadCount_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<int>("rank");
    QTest::addColumn<int>("threads");
    for (int threads : {1, 2, 3})
        for (const auto &s : {std::array{101, 150, 33}, std::array{300, 410, 97}, std::array{301, 410, 97},
                              std::array{520, 260, 130}, std::array{523, 260, 128}, std::array{7, 90, 31}})
            QTest::addRow("%dx%d r%d t%d", s[0], s[1], s[2], threads) << s[0] << s[1] << s[2] << threads;
}

void TestKernels::lowRankOnAnyThreadCount()
{
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(int, rank);
    QFETCH(int, threads);
    const int previous = computeThreads();
    setComputeThreads(threads);
    PackOptions o;
    o.rank = rank;
    for (bool avx : {true, false})
        checkAgainstReference(KernelKind::LowRank, rows, cols, 1, avx, true, o);
    setComputeThreads(previous);
}

// Above 512 on the short side the factors come from the randomized SVD: a matrix that is a
// rank-r product (what the latency bench decodes from a low-rank encoding) is recovered to float
// precision. A matrix with NaN is refused with a message (as by every kind), not factored.
void TestKernels::lowRankOfALargeRankRProduct()
{
    const int rows = 600, cols = 700, rank = 40;
    const auto a = randomMatrix(std::int64_t(rows) * rank, 21);
    const auto b = randomMatrix(std::int64_t(rank) * cols, 22);
    using RowMat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    RowMat w = Eigen::Map<const RowMat>(a.data(), rows, rank) * Eigen::Map<const RowMat>(b.data(), rank, cols);
    PackOptions o;
    o.rank = rank;
    auto p = PackedWeight::pack(KernelKind::LowRank, w.data(), rows, cols, o);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    QCOMPARE(p->bytes(), std::int64_t(rows + cols) * rank * 4);
    const auto d = p->decode();
    const double scale = w.cwiseAbs().maxCoeff();
    double worst = 0;
    for (std::size_t i = 0; i < d.size(); ++i)
        worst = std::max(worst, std::abs(double(d[i]) - double(w.data()[i])));
    QVERIFY2(worst <= 1e-4 * scale, qPrintable(QStringLiteral("worst %1 of %2").arg(worst).arg(scale)));

    w(3, 5) = std::numeric_limits<float>::quiet_NaN();
    auto bad = PackedWeight::pack(KernelKind::LowRank, w.data(), rows, cols, o);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QLatin1String("not finite")), qPrintable(bad.error().message));
}

QTEST_GUILESS_MAIN(TestKernels)
#include "tst_kernels.moc"
