// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/modelio.h"
#include "io/npzwriter.h"
#include "io/numpy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace pare::core;

namespace {

QString npFixture(const QString &name)
{
    return QStringLiteral(PARE_TEST_DATA "/numpy/") + name;
}

QString messageOf(const Result<std::shared_ptr<Model>> &r)
{
    return r.ok() ? QString() : r.error().message;
}

bool sameBytes(const Tensor &a, const Tensor &b)
{
    return a.byteSize() == b.byteSize()
           && (a.byteSize() == 0 || std::memcmp(a.data(), b.data(), std::size_t(a.byteSize())) == 0);
}

std::shared_ptr<Model> reference()
{
    auto m = openModel(QStringLiteral(PARE_TEST_DATA "/safetensors/mlp.safetensors"));
    return m.ok() ? *m : nullptr;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write temp file");
    return path;
}

QByteArray npyWithHeader(const QByteArray &dict, int dataBytes, char major = 1)
{
    QByteArray out("\x93NUMPY", 6);
    out += major;
    out += '\0';
    out += char(dict.size() & 0xff);
    out += char(dict.size() >> 8);
    if (major != 1)
        out += QByteArray(2, '\0');
    return out + dict + QByteArray(dataBytes, '\0');
}

} // namespace

class TestNumpy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void npyVariantsMatchSafetensors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("mapped");
        QTest::newRow("v1") << "fc1_weight.npy" << true;
        QTest::newRow("v2") << "fc1_weight_v2.npy" << true;
        QTest::newRow("v3") << "fc1_weight_v3.npy" << true;
        QTest::newRow("big-endian") << "fc1_weight_be.npy" << false;
        QTest::newRow("fortran") << "fc1_weight_fortran.npy" << false;
    }
    void npyVariantsMatchSafetensors()
    {
        QFETCH(QString, file);
        QFETCH(bool, mapped);
        auto ref = reference();
        QVERIFY(ref);
        auto m = openModel(npFixture(file));
        QVERIFY2(m.ok(), qPrintable(messageOf(m)));
        QCOMPARE((*m)->format, ModelFormat::Npy);
        QCOMPARE(int((*m)->tensors.size()), 1);
        const Tensor &t = (*m)->tensors.front();
        QCOMPARE(t.dtype(), DType::F32);
        QCOMPARE(t.shape(), (Shape{12, 8}));
        QCOMPARE(t.isMapped(), mapped);
        QVERIFY(sameBytes(t, *ref->tensor(QStringLiteral("fc1.weight"))));
        QCOMPARE(int((*m)->layers.size()), 1); // a lone matrix is one dense layer
        QCOMPARE((*m)->layers.front().op, OpKind::Dense);
    }

    void fortran3d()
    {
        auto c = openModel(npFixture(QStringLiteral("cube.npy")));
        auto f = openModel(npFixture(QStringLiteral("cube_fortran.npy")));
        QVERIFY(c.ok() && f.ok());
        const auto a = (*c)->tensors.front().toFloatVector();
        QCOMPARE((*f)->tensors.front().toFloatVector(), a);
        QCOMPARE(a[5], 5.0f); // arange: C order holds 0..23 in sequence
    }

    void npzMatchesSafetensors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("stored") << "mlp.npz";
        QTest::newRow("deflate") << "mlp_compressed.npz";
    }
    void npzMatchesSafetensors()
    {
        QFETCH(QString, file);
        auto ref = reference();
        QVERIFY(ref);
        auto m = openModel(npFixture(file));
        QVERIFY2(m.ok(), qPrintable(messageOf(m)));
        QCOMPARE((*m)->format, ModelFormat::Npz);
        QCOMPARE((*m)->tensors.size(), ref->tensors.size());
        for (const Tensor &r : ref->tensors) {
            const Tensor *t = (*m)->tensor(r.name());
            QVERIFY2(t, qPrintable(r.name()));
            QCOMPARE(t->dtype(), r.dtype());
            QCOMPARE(t->shape(), r.shape());
            QVERIFY2(sameBytes(*t, r), qPrintable(r.name()));
        }
        QCOMPARE((*m)->family, ModelFamily::FeedForward);
        QCOMPARE((*m)->layer(QStringLiteral("fc2"))->op, OpKind::Dense);
        QVERIFY((*m)->layer(QStringLiteral("fc2"))->bias >= 0);
        QCOMPARE((*m)->layer(QStringLiteral("embed"))->op, OpKind::Embedding);
    }

    void bigEndianEveryDtype()
    {
        auto ref = reference();
        auto m = openModel(npFixture(QStringLiteral("dtypes_be.npz")));
        QVERIFY2(m.ok(), qPrintable(messageOf(m)));
        int checked = 0;
        for (const Tensor &t : (*m)->tensors) {
            const Tensor *r = ref->tensor(t.name().chopped(3));
            QVERIFY2(r, qPrintable(t.name()));
            QCOMPARE(t.dtype(), r->dtype());
            QVERIFY2(sameBytes(t, *r), qPrintable(t.name()));
            ++checked;
        }
        QCOMPARE(checked, 5); // f64, i16, i32, i64 and the empty f32: every multi-byte dtype
    }

    void writerRoundTripsEveryDtype_data()
    {
        QTest::addColumn<int>("dtype");
        for (DType t : {DType::F64, DType::F32, DType::F16, DType::I64, DType::I32, DType::I16, DType::I8,
                        DType::U8, DType::BOOL})
            QTest::newRow(dtypeInfo(t).name) << int(t);
    }
    void writerRoundTripsEveryDtype()
    {
        QFETCH(int, dtype);
        const DType t = DType(dtype);
        std::vector<std::byte> bytes(std::size_t(*storageBytes(t, 21)));
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = std::byte(t == DType::BOOL ? (i % 3 == 0) : ((i * 53 + 7) & 0xff));
        auto a = Tensor::fromBytes(QStringLiteral("layer.weight"), t, {3, 7}, bytes);
        auto s = Tensor::fromBytes(QStringLiteral("scalar"), t, {}, std::vector<std::byte>(bytes.begin(), bytes.begin() + dtypeInfo(t).blockBytes));
        auto e = Tensor::fromBytes(QStringLiteral("empty"), t, {0}, {});
        QVERIFY(a.ok() && s.ok() && e.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rt.npz"));
        auto w = writeNpz({*a, *s, *e}, path);
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
        auto m = openModel(path);
        QVERIFY2(m.ok(), qPrintable(messageOf(m)));
        QCOMPARE(int((*m)->tensors.size()), 3);
        for (const Tensor *orig : {&*a, &*s, &*e}) {
            const Tensor *b = (*m)->tensor(orig->name());
            QVERIFY(b);
            QCOMPARE(b->dtype(), t);
            QCOMPARE(b->shape(), orig->shape());
            QVERIFY(sameBytes(*b, *orig));
        }
        // Pare's writer aligns array data, so stored members are mapped, not copied.
        QVERIFY((*m)->tensor(QStringLiteral("layer.weight"))->isMapped());
    }

    void writerRefusesNumpylessDtypes()
    {
        auto bf = Tensor::fromBytes(QStringLiteral("b"), DType::BF16, {2}, std::vector<std::byte>(4));
        QVERIFY(bf.ok());
        QTemporaryDir dir;
        auto w = writeNpz({*bf}, dir.filePath(QStringLiteral("b.npz")));
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::Unsupported);
        QVERIFY(w.error().message.contains(QStringLiteral("BF16")));
    }

    void hostileFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("object array") << "object.npy" << int(ErrorCode::Unsupported) << "never unpickles";
        QTest::newRow("bad crc") << "bad_crc.npz" << int(ErrorCode::Format) << "member 'fc1.npy': CRC-32";
        QTest::newRow("ratio bomb") << "bomb_ratio.npz" << int(ErrorCode::Format) << "zip bomb";
        QTest::newRow("overlong") << "bomb_overlong.npz" << int(ErrorCode::Format) << "beyond its declared 1000 bytes";
        QTest::newRow("overlap") << "bomb_overlap.npz" << int(ErrorCode::Format) << "overlap at offset";
        QTest::newRow("truncated") << "truncated.npy" << int(ErrorCode::Format) << "truncated";
    }
    void hostileFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const QString path = npFixture(file);
        auto m = openModel(path);
        QVERIFY(!m.ok());
        QCOMPARE(int(m.error().code), code);
        QVERIFY2(m.error().message.startsWith(path) && m.error().message.contains(expected),
                 qPrintable(m.error().message));
    }

    void badHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }\n";
        QTest::newRow("ok control") << npyWithHeader(ok, 8) << QString();
        QTest::newRow("version 9") << npyWithHeader(ok, 8, 9) << "format version 9.0 at offset 6";
        QTest::newRow("header beyond file") << npyWithHeader(ok, 0).left(40) << "header length";
        QTest::newRow("complex") << npyWithHeader("{'descr': '<c8', 'fortran_order': False, 'shape': (2,), }", 16)
                                 << "dtype '<c8' is not supported";
        QTest::newRow("structured") << npyWithHeader("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,), }", 8)
                                    << "structured dtype";
        QTest::newRow("negative") << npyWithHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (-2,), }", 8)
                                  << "field 'shape': dimension 0";
        QTest::newRow("overflow") << npyWithHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (1099511627776, 1099511627776), }", 8)
                                  << "overflows";
        QTest::newRow("missing shape") << npyWithHeader("{'descr': '<f4', 'fortran_order': False, }", 8)
                                       << "field 'shape' missing";
        QTest::newRow("unknown key") << npyWithHeader("{'descr': '<f4', 'evil': 1, 'shape': (2,), }", 8)
                                     << "unknown field 'evil'";
        QTest::newRow("short data") << npyWithHeader(ok, 7) << "needs 8 bytes, only 7 present";
        QTest::newRow("not a dict") << npyWithHeader("print('x')", 8) << "no '{'";
    }
    void badHeaders()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("x.npy"), bytes);
        JobContext ctx;
        auto m = readNpy(path, ctx);
        if (expected.isEmpty()) {
            QVERIFY2(m.ok(), qPrintable(messageOf(m)));
            QCOMPARE((*m)->tensors.front().shape(), (Shape{2}));
            return;
        }
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.startsWith(path) && m.error().message.contains(expected),
                 qPrintable(m.error().message));
    }

    // Archives the fuzzer made: each once read outside the file (found by tools/fuzz.sh in CI).
    void craftedArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        // 51 bytes whose zip64 locator points 2^64 - 0x10000040e0 bytes on: past the end once
        // added to the file's start, but under the unsigned (size - 56) of a file under 56 bytes.
        const QByteArray wrapping = QByteArray::fromBase64(
            "UEsDAAAAAFBLBgchACdWIL///+////94kl2+UEsFBgAFAv////3///////gJycnJQckA");
        QTest::newRow("zip64 record beyond a short file")
            << wrapping << "zip64 end record at offset 18446744004990058272 is invalid";
        // The same locator pointing at offset 0 of that file: a record of 56 bytes cannot start there.
        QByteArray atZero = wrapping;
        atZero.replace(15, 8, QByteArray(8, '\0'));
        QTest::newRow("zip64 record longer than the file") << atZero
                                                           << "zip64 end record at offset 0 is invalid";
    }
    void craftedArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("crafted.npz"), bytes);
        JobContext ctx;
        auto m = readNpz(path, ctx);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Format);
        QVERIFY2(m.error().message.startsWith(path) && m.error().message.contains(expected),
                 qPrintable(m.error().message));
    }

    void truncatedArchives_data()
    {
        QTest::addColumn<int>("keep");
        QTest::newRow("empty") << 0;
        QTest::newRow("local header only") << 40;
        QTest::newRow("no end record") << -22;
        QTest::newRow("half") << -1000;
    }
    void truncatedArchives()
    {
        QFETCH(int, keep);
        QFile f(npFixture(QStringLiteral("mlp_compressed.npz")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        bytes.truncate(keep >= 0 ? keep : bytes.size() + keep);
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("cut.npz"), bytes);
        JobContext ctx;
        auto m = readNpz(path, ctx);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::Format);
        QVERIFY2(m.error().message.startsWith(path), qPrintable(m.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNumpy)
#include "tst_io_numpy.moc"
