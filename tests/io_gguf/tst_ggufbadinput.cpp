// SPDX-License-Identifier: GPL-3.0-or-later
// Malformed GGUF: every case ends in an Error that names the file and the field, never a crash.
#include "ggufbytes.h"

#include "io/ggufreader.h"

#include <QFile>
#include <QTest>

#include <limits>

using namespace pare::core;
using pare::test::GgufBytes;
using pare::test::storageOf;

namespace {

const QString kName = QStringLiteral("bad.gguf");
constexpr std::uint32_t kF32 = 0, kQ8_0 = 8, kIq2Xxs = 16;
constexpr std::uint32_t kTypeString = 8, kTypeArray = 9, kTypeU64 = 10;

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(PARE_TEST_DATA "/gguf/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<std::shared_ptr<Model>> readBytes(const QByteArray &b, qsizetype n = -1)
{
    JobContext ctx;
    return readGgufFromStorage(storageOf(b, n), kName, ctx);
}

GgufBytes oneKey(const char *key, std::uint32_t type)
{
    GgufBytes b;
    b.header(3, 0, 1).str(key).u32(type);
    return b;
}

GgufBytes oneTensor(const QByteArray &name, std::initializer_list<std::uint64_t> ne,
                    std::uint32_t type, std::uint64_t offset)
{
    GgufBytes b;
    b.header(3, 1, 0).tensor(name, ne, type, offset).align();
    return b;
}

} // namespace

Q_DECLARE_METATYPE(pare::core::ErrorCode)

class TestGgufBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The builder makes valid files: a baseline for every malformed row below.
    void builderBaseline()
    {
        GgufBytes b;
        b.header(3, 2, 1).kvString("general.architecture", "llama");
        b.tensor("a.weight", {8}, kF32, 0).tensor("b.weight", {32, 2}, kQ8_0, 32).align();
        for (int i = 0; i < 8; ++i)
            b.f32(float(i));
        b.zeros(2 * 34);
        auto r = readBytes(b.bytes());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value()->tensors.size(), std::size_t(2));
        QCOMPARE(r.value()->tensors[0].toFloatVector().back(), 7.0f);
        QCOMPARE(r.value()->tensors[1].shape(), (Shape{2, 32}));
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("fragment");
        const auto F = ErrorCode::Format, U = ErrorCode::Unsupported;
        auto row = [](const char *name, const GgufBytes &b, ErrorCode c, const char *frag) {
            QTest::newRow(name) << b.bytes() << c << QString::fromUtf8(frag);
        };
        row("empty", GgufBytes(), F, "file is empty");
        row("three bytes", GgufBytes().raw("GGU", 3), F, "truncated reading magic");
        row("bad magic", GgufBytes().magic("GGML").u32(3).u64(0).u64(0), F, "not a GGUF file");
        row("version 1", GgufBytes().header(1, 0, 0), U, "version 1");
        row("version 4", GgufBytes().header(4, 0, 0), U, "version 4");
        row("big-endian", GgufBytes().header(0x03000000, 0, 0), U, "big-endian");
        row("alignment 0", GgufBytes().header(3, 0, 1).kvU32("general.alignment", 0), F,
            "general.alignment 0 is not a power of two");
        row("alignment 48", GgufBytes().header(3, 0, 1).kvU32("general.alignment", 48), F,
            "general.alignment 48 is not a power of two");
        row("alignment u64", oneKey("general.alignment", kTypeU64).u64(32), F,
            "general.alignment has type u64");
        row("key length past end", GgufBytes().header(3, 0, 1).u64(1000).zeros(20), F,
            "key length 1000 runs past the end");
        row("string length past end", oneKey("k", kTypeString).u64(std::uint64_t(1) << 40), F,
            "string value length 1099511627776 runs past the end");
        row("absurd kv count", GgufBytes().header(3, 0, std::uint64_t(1) << 62), F,
            "metadata_kv_count 4611686018427387904 is impossible");
        row("absurd tensor count", GgufBytes().header(3, std::uint64_t(1) << 60, 0), F,
            "tensor_count 1152921504606846976 is impossible");
        row("array count x size", oneKey("k", kTypeArray).u32(kTypeU64).u64(std::uint64_t(1) << 61),
            F, "array of 2305843009213693952 u64 values");
        row("string array count", oneKey("k", kTypeArray).u32(kTypeString).u64(1000).u64(0), F,
            "array of 1000 string values");
        row("max u64 array count", oneKey("k", kTypeArray).u32(0).u64(~std::uint64_t(0)), F,
            "array of 18446744073709551615 u8 values");
        row("unknown value type", oneKey("k", 13).u32(0), F, "unknown value type 13");
        row("unknown element type", oneKey("k", kTypeArray).u32(77).u64(0), F,
            "unknown array element type 77");
        {
            GgufBytes deep = oneKey("k", kTypeArray);
            for (int i = 0; i < 20; ++i)
                deep.u32(kTypeArray).u64(1);
            deep.u32(0).u64(0);
            row("nesting too deep", deep, F, "nested deeper than 16");
        }
        row("duplicate key", GgufBytes().header(3, 0, 2).kvU32("a", 1).kvU32("a", 2), F,
            "metadata entry 1 'a' at offset");
        row("non-UTF-8 key", GgufBytes().header(3, 0, 1).str("\xff\xfe").u32(0).u8(0), F,
            "key is not valid UTF-8");
        row("value truncated", oneKey("k", 4).raw("ab", 2), F, "truncated reading value");
        row("unknown tensor type", oneTensor("w", {8}, 99, 0), U,
            "tensor info 0 'w' at offset 45: tensor type 99 (type 99) is not supported");
        row("IQ2_XXS", oneTensor("w", {256}, kIq2Xxs, 0), U, "tensor type 16 (IQ2_XXS)");
        row("five dims", oneTensor("w", {1, 1, 1, 1, 1}, kF32, 0), F,
            "n_dims 5 exceeds the maximum of 4");
        row("ne above int64", oneTensor("w", {std::uint64_t(1) << 63}, kF32, 0), F,
            "ne[0] = 9223372036854775808 is out of range");
        row("ne product overflows", oneTensor("w", {std::uint64_t(1) << 40, std::uint64_t(1) << 40},
                                             kF32, 0), F, "overflows");
        row("partial block", oneTensor("w", {16}, kQ8_0, 0), F,
            "ne[0] = 16 is not a multiple of the Q8_0 block size 32");
        row("empty tensor name", oneTensor("", {1}, kF32, 0), F, "empty tensor name");
        row("non-UTF-8 tensor name", oneTensor("w\xc3", {1}, kF32, 0), F,
            "tensor name is not valid UTF-8");
        row("overlong UTF-8 name", oneTensor("\xc0\xaf", {1}, kF32, 0), F,
            "tensor name is not valid UTF-8");
        row("surrogate in name", oneTensor("\xed\xa0\x80", {1}, kF32, 0), F,
            "tensor name is not valid UTF-8");
        row("offset misaligned", oneTensor("w", {1}, kF32, 4).zeros(64), F,
            "tensor 'w' (info at offset 24): data offset 4 is not a multiple of the alignment 32");
        row("offset past end", oneTensor("w", {4}, kF32, 64).zeros(16), F,
            "data [64, +16 bytes) from the data section at 64 runs past the end");
        row("offset huge", oneTensor("w", {4}, kF32, ~std::uint64_t(31)).zeros(16), F,
            "runs past the end");
        row("data truncated", oneTensor("w", {8}, kF32, 0).zeros(31), F, "runs past the end");
        row("no data section", GgufBytes().header(3, 1, 0).tensor("w", {1}, kF32, 0), F,
            "runs past the end");
        {
            GgufBytes b;
            b.header(3, 2, 0).tensor("a", {16}, kF32, 0).tensor("b", {8}, kF32, 32).align().zeros(64);
            row("overlapping", b, F, "'b' data at offset 32 overlaps tensor 'a'");
        }
        {
            GgufBytes b;
            b.header(3, 2, 0).tensor("a", {8}, kF32, 0).tensor("a", {8}, kF32, 32).align().zeros(64);
            row("duplicate tensor", b, F, "tensor info 1 'a' at offset 57: duplicate tensor name");
        }
    }

    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QString, fragment);
        auto r = readBytes(bytes);
        QVERIFY(!r.ok());
        const QString &msg = r.error().message;
        QVERIFY2(msg.startsWith(kName + QLatin1Char(':')), qPrintable(msg));
        QVERIFY2(msg.contains(fragment), qPrintable(msg));
        QCOMPARE(r.error().code, code);
    }

    // A file cut at any byte is an Error (the last tensor ends at the end of the file).
    void truncatedAtEveryByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("stride");
        QTest::newRow("small_all_types") << fixture("small_all_types.gguf") << 1;
        QTest::newRow("tiny_v2") << fixture("tiny_v2.gguf") << 1;
        QTest::newRow("tiny_llama_v3 (every 61st byte)") << fixture("tiny_llama_v3.gguf") << 61;
    }
    void truncatedAtEveryByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, stride);
        QVERIFY(bytes.size() > 100);
        QVERIFY(readBytes(bytes).ok());
        for (qsizetype n = 0; n < bytes.size(); n += stride) {
            auto r = readBytes(bytes, n);
            if (r.ok())
                QFAIL(qPrintable(QStringLiteral("accepted a file cut to %1 bytes").arg(n)));
            QVERIFY2(r.error().message.startsWith(kName), qPrintable(r.error().message));
        }
    }

    // Any single corrupted byte: an Error or a valid model, never a crash or a hang (run under
    // the sanitizers this is a small deterministic fuzz pass).
    void everyByteCorrupted()
    {
        const QByteArray original = fixture("small_all_types.gguf");
        QVERIFY(!original.isEmpty());
        int rejected = 0;
        for (qsizetype i = 0; i < original.size(); ++i) {
            for (char v : {char(0x00), char(0x7F), char(0xFF)}) {
                QByteArray b = original;
                if (b[i] == v)
                    continue;
                b[i] = v;
                auto r = readBytes(b);
                if (!r.ok()) {
                    ++rejected;
                    QVERIFY(!r.error().message.isEmpty());
                } else {
                    for (const Tensor &t : r.value()->tensors)
                        QVERIFY(t.storageOffset() + t.byteSize() <= b.size());
                }
            }
        }
        QVERIFY(rejected > 0);
    }
};

QTEST_GUILESS_MAIN(TestGgufBadInput)
#include "tst_ggufbadinput.moc"
