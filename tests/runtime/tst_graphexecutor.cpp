// SPDX-License-Identifier: GPL-3.0-or-later
// The graph executor against torch (ops.onnx, tools/fixtures/make_runtime_fixtures.py) and the
// NHWC (Keras) path against the same network in NCHW.
#include "io/modelio.h"
#include "runtime/datasets.h"
#include "runtime/graphexecutor.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace pare::core;

namespace {
constexpr double kOutputTolerance = 2e-5;  // softmax outputs in [0, 1], float32 chains of ~20 ops
constexpr double kLayoutTolerance = 1e-5;  // the same arithmetic in a different memory order

GTensor gt(Shape s, std::vector<float> v)
{
    GTensor t;
    t.shape = std::move(s);
    t.data = std::move(v);
    return t;
}

std::vector<float> randomValues(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> d(0.0f, 0.5f);
    std::vector<float> v(n);
    for (float &x : v)
        x = d(rng);
    return v;
}

GraphNode node(const char *op, std::vector<QString> in, const char *out, QVariantMap a = {})
{
    GraphNode n;
    n.name = QLatin1String(out);
    n.opType = QLatin1String(op);
    n.inputs = std::move(in);
    n.outputs = {QLatin1String(out)};
    n.attributes = std::move(a);
    return n;
}

QVariantList ints(std::initializer_list<qint64> v)
{
    QVariantList l;
    for (qint64 x : v)
        l.append(x);
    return l;
}
} // namespace

class TestGraphExecutor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onnxOperatorsMatchTorch();
    void batchedRunMatchesSingleRun();
    void nhwcMatchesNchw_data();
    void nhwcMatchesNchw();
    void unsupportedOperatorsAreListed();
    void wrongInputShapeIsRefused();
    void overridesReplaceInitializers();
    void kerasDenseOnSequences();
};

void TestGraphExecutor::onnxOperatorsMatchTorch()
{
    auto model = openModel(QStringLiteral(PARE_TEST_DATA "/runtime/ops.onnx"));
    QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().message));
    auto ex = GraphExecutor::create(model.value());
    QVERIFY2(ex.ok(), ex.ok() ? "" : qPrintable(ex.error().message));
    auto io = loadDataset(QStringLiteral(PARE_TEST_DATA "/runtime/ops_io.npz"));
    QVERIFY2(io.ok(), io.ok() ? "" : qPrintable(io.error().message));
    auto ref = openModel(QStringLiteral(PARE_TEST_DATA "/runtime/ops_io.npz"));
    QVERIFY(ref.ok());
    const Tensor *y = (*ref)->tensor(QStringLiteral("expected"));
    QVERIFY(y);
    auto out = ex->run(io->inputs);
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
    QCOMPARE(out->shape, (Shape{5, 20}));
    const std::vector<float> expected = y->toFloatVector();
    double worst = 0;
    for (std::size_t i = 0; i < expected.size(); ++i)
        worst = std::max(worst, double(std::abs(out->data[i] - expected[i])));
    QVERIFY2(worst < kOutputTolerance, qPrintable(QString::number(worst)));
}

void TestGraphExecutor::batchedRunMatchesSingleRun()
{
    auto model = openModel(QStringLiteral(PARE_TEST_DATA "/runtime/ops.onnx"));
    QVERIFY(model.ok());
    auto ex = GraphExecutor::create(model.value());
    QVERIFY(ex.ok());
    auto io = loadDataset(QStringLiteral(PARE_TEST_DATA "/runtime/ops_io.npz"));
    QVERIFY2(io.ok(), io.ok() ? "" : qPrintable(io.error().message));
    auto whole = ex->run(io->inputs);
    JobContext ctx;
    auto batched = ex->runBatched(io->inputs, 2, ctx);
    QVERIFY(whole.ok() && batched.ok());
    QCOMPARE(batched->shape, whole->shape);
    for (std::size_t i = 0; i < whole->data.size(); ++i)
        QVERIFY(std::abs(batched->data[i] - whole->data[i]) < 1e-6f);
    auto zero = ex->runBatched(io->inputs, 0, ctx);
    QVERIFY(!zero.ok());
}

void TestGraphExecutor::nhwcMatchesNchw_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("autoPad");
    QTest::newRow("dense conv, same") << 1 << "SAME_UPPER";
    QTest::newRow("depthwise, valid") << 4 << "VALID";
}

// The same conv → batchnorm → relu → maxpool → global-average network, once NCHW with OIHW
// weights (ONNX) and once NHWC with HWIO weights (Keras), must give the same numbers.
void TestGraphExecutor::nhwcMatchesNchw()
{
    QFETCH(int, group);
    QFETCH(QString, autoPad);
    const std::int64_t C = 4, O = group == 1 ? 6 : 8, I = C / group, K = 3, H = 7, W = 6, N = 2;
    const std::vector<float> oihw = randomValues(std::size_t(O * I * K * K), 1);
    std::vector<float> hwio(oihw.size());
    for (std::int64_t o = 0; o < O; ++o)
        for (std::int64_t i = 0; i < I; ++i)
            for (std::int64_t y = 0; y < K; ++y)
                for (std::int64_t x = 0; x < K; ++x)
                    hwio[std::size_t(((y * K + x) * I + i) * O + o)] = oihw[std::size_t(((o * I + i) * K + y) * K + x)];
    // Keras depthwise kernels are [kh, kw, in, multiplier]: the same bytes as HWIO with I = 1.
    const std::vector<float> bias = randomValues(std::size_t(O), 2);
    std::vector<float> bn[4] = {randomValues(std::size_t(O), 3), randomValues(std::size_t(O), 4),
                                randomValues(std::size_t(O), 5), randomValues(std::size_t(O), 6)};
    for (float &v : bn[3])
        v = std::abs(v) + 0.5f;

    auto build = [&](bool nhwc) {
        auto m = std::make_shared<Model>();
        m->path = nhwc ? QStringLiteral("nhwc") : QStringLiteral("nchw");
        const Shape ws = nhwc ? Shape{K, K, group == 1 ? I : C, group == 1 ? O : O / C} : Shape{O, I, K, K};
        m->tensors.push_back(Tensor::fromFloats(QStringLiteral("w"), ws, nhwc ? hwio : oihw));
        m->tensors.push_back(Tensor::fromFloats(QStringLiteral("b"), {O}, bias));
        const char *names[4] = {"g", "be", "mu", "var"};
        for (int i = 0; i < 4; ++i)
            m->tensors.push_back(Tensor::fromFloats(QLatin1String(names[i]), {O}, bn[i]));
        m->reindex();
        auto g = std::make_shared<Graph>();
        g->opsetVersion = 13;
        g->inputs.push_back({QStringLiteral("x"), DType::F32, nhwc ? Shape{-1, H, W, C} : Shape{-1, C, H, W}});
        QVariantMap layout;
        if (nhwc)
            layout.insert(QStringLiteral("layout"), QStringLiteral("NHWC"));
        QVariantMap conv = layout;
        conv.insert(QStringLiteral("kernel_shape"), ints({K, K}));
        conv.insert(QStringLiteral("auto_pad"), autoPad);
        conv.insert(QStringLiteral("group"), qint64(group));
        conv.insert(QStringLiteral("strides"), ints({1, 2}));
        g->nodes.push_back(node("Conv", {QStringLiteral("x"), QStringLiteral("w"), QStringLiteral("b")}, "c", conv));
        QVariantMap bnA = layout;
        bnA.insert(QStringLiteral("epsilon"), 1e-3);
        g->nodes.push_back(node("BatchNormalization", {QStringLiteral("c"), QStringLiteral("g"), QStringLiteral("be"), QStringLiteral("mu"), QStringLiteral("var")}, "n", bnA));
        g->nodes.push_back(node("Relu", {QStringLiteral("n")}, "r"));
        QVariantMap pool = layout;
        pool.insert(QStringLiteral("kernel_shape"), ints({2, 2}));
        pool.insert(QStringLiteral("strides"), ints({1, 1}));
        g->nodes.push_back(node("MaxPool", {QStringLiteral("r")}, "p", pool));
        QVariantMap gap = layout;
        gap.insert(QStringLiteral("keepdims"), qint64(0));
        g->nodes.push_back(node("GlobalAveragePool", {QStringLiteral("p")}, "y", gap));
        g->outputs.push_back({QStringLiteral("y"), DType::F32, {-1, O}});
        m->graph = g;
        return m;
    };
    const std::vector<float> xNchw = randomValues(std::size_t(N * C * H * W), 7);
    std::vector<float> xNhwc(xNchw.size());
    for (std::int64_t b = 0; b < N; ++b)
        for (std::int64_t c = 0; c < C; ++c)
            for (std::int64_t s = 0; s < H * W; ++s)
                xNhwc[std::size_t((b * H * W + s) * C + c)] = xNchw[std::size_t((b * C + c) * H * W + s)];
    auto a = GraphExecutor::create(build(false));
    auto b = GraphExecutor::create(build(true));
    QVERIFY2(a.ok() && b.ok(), a.ok() ? (b.ok() ? "" : qPrintable(b.error().message)) : qPrintable(a.error().message));
    QVERIFY(!a->channelsLast());
    QVERIFY(b->channelsLast());
    auto ya = a->run(gt({N, C, H, W}, xNchw));
    auto yb = b->run(gt({N, H, W, C}, xNhwc));
    QVERIFY2(ya.ok(), ya.ok() ? "" : qPrintable(ya.error().message));
    QVERIFY2(yb.ok(), yb.ok() ? "" : qPrintable(yb.error().message));
    QCOMPARE(ya->shape, (Shape{N, O})); // keepdims 0 in both layouts
    QCOMPARE(yb->shape, (Shape{N, O}));
    double worst = 0, norm = 0;
    for (std::size_t i = 0; i < ya->data.size(); ++i) {
        worst = std::max(worst, double(std::abs(ya->data[i] - yb->data[i])));
        norm += std::abs(ya->data[i]);
    }
    QVERIFY(norm > 0.1); // not all zeros after the ReLU
    QVERIFY2(worst < kLayoutTolerance, qPrintable(QString::number(worst)));
}

void TestGraphExecutor::unsupportedOperatorsAreListed()
{
    auto m = std::make_shared<Model>();
    m->path = QStringLiteral("odd.onnx");
    auto g = std::make_shared<Graph>();
    g->inputs.push_back({QStringLiteral("x"), DType::F32, {-1, 4}});
    g->nodes.push_back(node("Relu", {QStringLiteral("x")}, "a"));
    g->nodes.push_back(node("NonMaxSuppression", {QStringLiteral("a")}, "b"));
    g->nodes.push_back(node("Loop", {QStringLiteral("b")}, "c"));
    g->outputs.push_back({QStringLiteral("c"), DType::F32, {}});
    m->graph = g;
    auto ex = GraphExecutor::create(m);
    QVERIFY(!ex.ok());
    QCOMPARE(ex.error().code, ErrorCode::Unsupported);
    QVERIFY(ex.error().message.contains(QStringLiteral("NonMaxSuppression, Loop")));
    QVERIFY(ex.error().message.contains(QStringLiteral("odd.onnx")));
}

void TestGraphExecutor::wrongInputShapeIsRefused()
{
    auto model = openModel(QStringLiteral(PARE_TEST_DATA "/runtime/ops.onnx"));
    QVERIFY(model.ok());
    auto ex = GraphExecutor::create(model.value());
    QVERIFY(ex.ok());
    auto r = ex->run(gt({2, 3, 8, 9}, std::vector<float>(2 * 3 * 8 * 9)));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("'x'")));
}

void TestGraphExecutor::overridesReplaceInitializers()
{
    auto model = openModel(QStringLiteral(PARE_TEST_DATA "/runtime/ops.onnx"));
    QVERIFY(model.ok());
    const Tensor *w = (*model)->tensor(QStringLiteral("wg"));
    QVERIFY(w);
    WeightOverrides o;
    o.insert(QStringLiteral("wg"), std::make_shared<const std::vector<float>>(std::size_t(w->numel()), 0.0f));
    auto ex = GraphExecutor::create(model.value(), &o);
    QVERIFY(ex.ok());
    auto io = loadDataset(QStringLiteral(PARE_TEST_DATA "/runtime/ops_io.npz"));
    QVERIFY2(io.ok(), io.ok() ? "" : qPrintable(io.error().message));
    auto out = ex->run(io->inputs);
    QVERIFY(out.ok());
    // With the Gemm weight zeroed every example sees the same activations: identical rows.
    for (std::int64_t r = 1; r < out->shape[0]; ++r)
        for (std::int64_t c = 0; c < 20; ++c)
            QCOMPARE(out->data[std::size_t(r * 20 + c)], out->data[std::size_t(c)]);
}

// A Keras Dense on a [batch, 3, 4] input multiplies the last axis and adds the bias: the graph is
// MatMul then Add, and the Add must take the product (it once took the layer's input and
// dropped the product). Weights as in tools/fixtures/make_keras_fixtures.py dense_sequence().
void TestGraphExecutor::kerasDenseOnSequences()
{
    auto model = openModel(QStringLiteral(PARE_TEST_DATA "/keras/dense_sequence.h5"));
    QVERIFY2(model.ok(), model.ok() ? "" : qPrintable(model.error().message));
    auto ex = GraphExecutor::create(model.value());
    QVERIFY2(ex.ok(), ex.ok() ? "" : qPrintable(ex.error().message));
    constexpr int kBatch = 2, kSteps = 3, kIn = 4, kOut = 5;
    const std::vector<float> x = randomValues(std::size_t(kBatch * kSteps * kIn), 21);
    auto out = ex->run(gt({kBatch, kSteps, kIn}, x));
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
    QCOMPARE(out->shape, (Shape{kBatch, kSteps, kOut}));
    double worst = 0;
    for (int r = 0; r < kBatch * kSteps; ++r)
        for (int o = 0; o < kOut; ++o) {
            double y = double(o - 2) / 4; // bias
            for (int i = 0; i < kIn; ++i)
                y += double(x[std::size_t(r * kIn + i)]) * double((i * kOut + o) % 7 - 3) / 8; // kernel [in, out]
            worst = std::max(worst, std::abs(double(out->data[std::size_t(r * kOut + o)]) - y));
        }
    QVERIFY2(worst < kLayoutTolerance, qPrintable(QString::number(worst)));
}

QTEST_GUILESS_MAIN(TestGraphExecutor)
#include "tst_graphexecutor.moc"
