// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli compress exports and export-plan, run as a user would: the extension chooses the form,
// the size is printed before writing, nothing is written over the input or an existing file.
#include "paretest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pare::test;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The size the CLI announced for `path`.
qint64 announced(const QString &err, const QString &path)
{
    const QRegularExpression re(QRegularExpression::escape(path) + QStringLiteral(" \\([^)]*\\): (\\d+) bytes"));
    const auto m = re.match(err);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}
} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("q8g32.json")),
                          R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 8, "granularity": "group", "group_size": 32}}})"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("q8.json")),
                          R"({"pare_recipe": 1, "defaults": {"quantize": {"bits": 8, "granularity": "channel"}}})"));
    }

    void extensionChoosesTheExport_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("pare") << demoPath("kjv-gpt2") << "q8g32.json" << "v.pare" << QStringList();
        QTest::newRow("safetensors") << demoPath("kjv-gpt2") << "q8g32.json" << "v.safetensors" << QStringList();
        QTest::newRow("gguf") << demoPath("kjv-gpt2") << "q8g32.json" << "v.gguf" << QStringList();
        QTest::newRow("onnx") << demoPath("fashion-cnn/fashion_cnn.onnx") << "q8.json" << "v.onnx" << QStringList();
        QTest::newRow("decompressed onnx") << demoPath("fashion-cnn/fashion_cnn.onnx") << "q8.json" << "d.onnx"
                                           << QStringList{QStringLiteral("--decompressed")};
        QTest::newRow("decompressed hf dir") << demoPath("kjv-gpt2") << "q8g32.json" << "hf-copy"
                                             << QStringList{QStringLiteral("--decompressed")};
    }
    void extensionChoosesTheExport()
    {
        QFETCH(QString, model);
        QFETCH(QString, recipe);
        QFETCH(QString, out);
        QFETCH(QStringList, extra);
        const QString path = m_dir.filePath(out);
        const Run r = runCli(QStringList{QStringLiteral("compress"), model, QStringLiteral("--recipe"), m_dir.filePath(recipe),
                                      QStringLiteral("-o"), path}
                          + extra);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(path));
        QDir dir(QFileInfo(path).absolutePath());
        QCOMPARE(dir.entryList({QStringLiteral(".*export*")}, QDir::Files | QDir::Dirs | QDir::Hidden).size(), 0);
        // The exact size, printed before writing, is the file's (all files of a directory).
        qint64 actual = 0;
        if (QFileInfo(path).isDir()) {
            for (const QFileInfo &fi : QDir(path).entryInfoList(QDir::Files))
                actual += fi.size();
            QVERIFY(QFileInfo::exists(path + QStringLiteral("/config.json")));
            QVERIFY(QFileInfo::exists(path + QStringLiteral("/model.safetensors")));
        } else {
            actual = QFileInfo(path).size();
        }
        QCOMPARE(announced(r.err, path), actual);
        QVERIFY(r.err.contains(QLatin1String("the variant's encoded size is")));
        // Pare opens every export.
        const Run inspect = runCli({QStringLiteral("inspect"), path});
        QVERIFY2(inspect.code == 0, qPrintable(inspect.err));
    }

    void neverOverwritesUnasked()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.gguf"));
        QVERIFY(writeFile(path, "keep me"));
        const QStringList base{QStringLiteral("compress"), demoPath("kjv-gpt2"), QStringLiteral("--recipe"),
                               m_dir.filePath(QStringLiteral("q8g32.json")), QStringLiteral("-o"), path};
        const Run r = runCli(base);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--force")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        f.close();
        const Run forced = runCli(base + QStringList{QStringLiteral("--force")});
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QVERIFY(QFileInfo(path).size() > 100000);
        // The input, even with --force: copy a model and aim at it.
        const QString input = m_dir.filePath(QStringLiteral("in.onnx"));
        QVERIFY(QFile::copy(demoPath("fashion-cnn/fashion_cnn.onnx"), input));
        const Run self = runCli({QStringLiteral("compress"), input, QStringLiteral("--recipe"),
                              m_dir.filePath(QStringLiteral("q8.json")), QStringLiteral("-o"), input,
                              QStringLiteral("--force")});
        QCOMPARE(self.code, 2);
        QCOMPARE(QFileInfo(input).size(), QFileInfo(demoPath("fashion-cnn/fashion_cnn.onnx")).size());
        // An unknown extension is a usage error.
        const Run bad = runCli({QStringLiteral("compress"), input, QStringLiteral("--recipe"),
                             m_dir.filePath(QStringLiteral("q8.json")), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.bin"))});
        QCOMPARE(bad.code, 2);
    }

    void hfDirExport()
    {
        const QString dir = m_dir.filePath(QStringLiteral("hf-out"));
        const Run r = runCli({QStringLiteral("compress"), demoPath("kjv-gpt2"), QStringLiteral("--recipe"),
                           m_dir.filePath(QStringLiteral("q8g32.json")), QStringLiteral("--hf-dir"), dir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/config.json")));
        const Run inspect = runCli({QStringLiteral("inspect"), dir});
        QVERIFY2(inspect.code == 0, qPrintable(inspect.err));
        QVERIFY(inspect.out.contains(QLatin1String("gpt2")));
    }

    void exportPlan()
    {
        const QString out = m_dir.filePath(QStringLiteral("args.txt"));
        const Run r = runCli({QStringLiteral("export-plan"), demoPath("kjv-gpt2"), QStringLiteral("--recipe"),
                           m_dir.filePath(QStringLiteral("q8g32.json")), QStringLiteral("--format"),
                           QStringLiteral("llama-quantize"), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QLatin1String("llama-quantize --pure")));
        QVERIFY(text.trimmed().endsWith(QLatin1String("q8_0")));
        const Run again = runCli({QStringLiteral("export-plan"), demoPath("kjv-gpt2"), QStringLiteral("--recipe"),
                               m_dir.filePath(QStringLiteral("q8g32.json")), QStringLiteral("--format"),
                               QStringLiteral("llama-quantize"), QStringLiteral("-o"), out});
        QCOMPARE(again.code, 2);
        const Run yaml = runCli({QStringLiteral("export-plan"), demoPath("fashion-cnn/fashion_cnn.onnx"), QStringLiteral("--recipe"),
                              m_dir.filePath(QStringLiteral("q8.json")), QStringLiteral("--format"),
                              QStringLiteral("llmcompressor")});
        QVERIFY2(yaml.code == 0, qPrintable(yaml.err));
        QVERIFY(yaml.out.contains(QLatin1String("QuantizationModifier:")));
        QVERIFY(yaml.out.contains(QLatin1String("\"fc1\"")));
        const Run badFormat = runCli({QStringLiteral("export-plan"), demoPath("kjv-gpt2"), QStringLiteral("--recipe"),
                                   m_dir.filePath(QStringLiteral("q8.json")), QStringLiteral("--format"), QStringLiteral("tflite")});
        QCOMPARE(badFormat.code, 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
