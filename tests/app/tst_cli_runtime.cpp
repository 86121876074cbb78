// SPDX-License-Identifier: GPL-3.0-or-later
// `pare-cli bench` and `pare-cli eval` on bad input, run as a user would: each gets a non-zero
// exit and a message naming what is wrong (the "Bad input" line).
#include "paretest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pare::test;

namespace {
// A float32 .npy of the given 2-D shape (zeros).
bool writeNpy(const QString &path, int rows, int cols)
{
    QByteArray header = QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (%1, %2), }")
                                .arg(rows)
                                .arg(cols)
                                .toLatin1();
    while ((10 + header.size() + 1) % 64 != 0)
        header.append(' ');
    header.append('\n');
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out.append(char(header.size() & 0xff)).append(char(header.size() >> 8)).append(header);
    out.append(QByteArray(rows * cols * 4, '\0'));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(out) == out.size();
}
} // namespace

class TestCliRuntime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refused_data();
    void refused();
    void wrongShapeData();
    void emptyText();
    void missingInputFileIsBadInput_data();
    void missingInputFileIsBadInput();
    void hugePageMalloc_data();
    void hugePageMalloc();

private:
    QTemporaryDir m_dir;
};

void TestCliRuntime::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString lm = demoPath(QStringLiteral("kjv-gpt2"));
    const QString text = demoPath(QStringLiteral("kjv-gpt2/validation.txt"));
    const QString beyond = QString::number(QThread::idealThreadCount() + 1);
    QTest::newRow("bench batch 0") << QStringList{QStringLiteral("bench"), lm, QStringLiteral("--batch"), QStringLiteral("0")}
                                   << QStringLiteral("--batch must be an integer from 1 to 65536, not '0'");
    QTest::newRow("bench threads beyond") << QStringList{QStringLiteral("bench"), lm, QStringLiteral("--threads"), beyond}
                                          << QStringLiteral("this machine's cores), not '%1'").arg(beyond);
    QTest::newRow("bench threads 0") << QStringList{QStringLiteral("bench"), lm, QStringLiteral("--threads"), QStringLiteral("0")}
                                     << QStringLiteral("--threads must be from 1 to");
    QTest::newRow("eval threads beyond")
            << QStringList{QStringLiteral("eval"), lm, QStringLiteral("--data"), text, QStringLiteral("--threads"), beyond}
            << QStringLiteral("this machine's cores), not '%1'").arg(beyond);
    QTest::newRow("eval batch 0") << QStringList{QStringLiteral("eval"), demoPath(QStringLiteral("fashion-cnn/fashion_cnn.onnx")),
                                                 QStringLiteral("--data"), demoPath(QStringLiteral("fashion-cnn/test-1000.npz")),
                                                 QStringLiteral("--batch"), QStringLiteral("0")}
                                  << QStringLiteral("--batch must be a positive integer, not '0'");
    QTest::newRow("eval missing data")
            << QStringList{QStringLiteral("eval"), lm, QStringLiteral("--data"), QStringLiteral("/nonexistent/text.txt")}
            << QStringLiteral("/nonexistent/text.txt");
}

void TestCliRuntime::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runCli(args);
    QVERIFY2(r.code > 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliRuntime::wrongShapeData()
{
    QVERIFY(m_dir.isValid());
    const QString npy = m_dir.filePath(QStringLiteral("wrong.npy"));
    QVERIFY(writeNpy(npy, 4, 10));
    const Run r = runCli({QStringLiteral("eval"), demoPath(QStringLiteral("fashion-cnn/fashion_cnn.onnx")), QStringLiteral("--data"), npy});
    QVERIFY2(r.code > 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(npy), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("(10 values each) do not fit the model input")), qPrintable(r.err));
}

void TestCliRuntime::emptyText()
{
    QVERIFY(m_dir.isValid());
    const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const Run r = runCli({QStringLiteral("eval"), demoPath(QStringLiteral("kjv-gpt2")), QStringLiteral("--data"), empty});
    QVERIFY2(r.code > 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(empty), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("evaluation needs at least 2")) || r.err.contains(QStringLiteral("empty")),
             qPrintable(r.err));
}

// A missing input file is a bad input file (exit 3) like a missing model, not failed work.
void TestCliRuntime::missingInputFileIsBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    const QString lm = demoPath("kjv-gpt2");
    const QString missing = QStringLiteral("/nonexistent/input.txt");
    QTest::newRow("eval --data") << QStringList{QStringLiteral("eval"), lm, QStringLiteral("--data"), missing};
    QTest::newRow("compress --calibration")
            << QStringList{QStringLiteral("compress"), lm, QStringLiteral("--recipe"),
                           QStringLiteral(PARE_TEST_DATA "/recipes/int8.json"), QStringLiteral("--calibration"),
                           missing};
    QTest::newRow("inspect") << QStringList{QStringLiteral("inspect"), missing};
}

void TestCliRuntime::missingInputFileIsBadInput()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("/nonexistent/input.txt")), qPrintable(r.err));
}

// pare-cli restarts itself with glibc.malloc.hugetlb=1 (common/hugepagemalloc.h), which its
// bench JSON reports; PARE_HUGEPAGE_MALLOC=0, or the tunable set otherwise, keeps it off.
void TestCliRuntime::hugePageMalloc_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || !defined(__GLIBC__)
    const bool restarts = false; // the sanitizer brings its own allocator
#else
    QFile thp(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    const bool thpUsable = thp.open(QIODevice::ReadOnly) && !thp.readAll().contains("[never]");
    const bool restarts = thpUsable && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 35);
#endif
    QTest::newRow("default") << QString() << QString() << restarts;
    QTest::newRow("PARE_HUGEPAGE_MALLOC=0") << QStringLiteral("PARE_HUGEPAGE_MALLOC") << QStringLiteral("0") << false;
    QTest::newRow("hugetlb=0 by the user") << QStringLiteral("GLIBC_TUNABLES") << QStringLiteral("glibc.malloc.hugetlb=0") << false;
}

void TestCliRuntime::hugePageMalloc()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(bool, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GLIBC_TUNABLES"));
    env.remove(QStringLiteral("PARE_HUGEPAGE_MALLOC"));
    if (!variable.isEmpty())
        env.insert(variable, value);
    const QString lm = demoPath(QStringLiteral("kjv-gpt2"));
    const Run r = runProgram(QStringLiteral(PARE_CLI),
                             {QStringLiteral("bench"), lm, QStringLiteral("--json"), QStringLiteral("--layer"),
                              QStringLiteral("transformer.h.0.attn.c_attn")},
                             120000, env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(o.contains(QStringLiteral("huge_page_malloc")), qPrintable(r.out.left(400)));
    QCOMPARE(o.value(QStringLiteral("huge_page_malloc")).toBool(), expected);
}

QTEST_GUILESS_MAIN(TestCliRuntime)
#include "tst_cli_runtime.moc"
