// SPDX-License-Identifier: GPL-3.0-or-later
// Checks resources/linux/pare-mime.xml the way a desktop reads it: through the shared-mime-info
// database (Qt's QMimeDatabase reads the same XML), by extension and by content.
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {
const char *const kMimeXml = PARE_SOURCE_DIR "/resources/linux/pare-mime.xml";

// Byte patterns the formats start with (see the <magic> rules).
QByteArray safetensorsHeader()
{
    const QByteArray json = R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})";
    QByteArray bytes(8, '\0');
    qToLittleEndian<quint64>(quint64(json.size()), bytes.data());
    return bytes + json + QByteArray(4, '\0');
}
} // namespace

class TestMimeTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byFileName_data();
    void byFileName();
    void byContent_data();
    void byContent();
    void projectIsHdf5();

private:
    QTemporaryDir m_dataHome;
};

void TestMimeTypes::initTestCase()
{
    // The database is built once per process, on first use: the package file must be in
    // place, on XDG_DATA_DIRS, before that.
    QVERIFY(m_dataHome.isValid());
    QVERIFY(QDir(m_dataHome.path()).mkpath(QStringLiteral("mime/packages")));
    QVERIFY(QFile::copy(QString::fromUtf8(kMimeXml),
                        m_dataHome.filePath(QStringLiteral("mime/packages/io.github.pare.Pare.xml"))));
    const QByteArray system = qEnvironmentVariableIsSet("XDG_DATA_DIRS")
        ? qgetenv("XDG_DATA_DIRS") : QByteArray("/usr/local/share:/usr/share");
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dataHome.path()) + ':' + system);
    QVERIFY2(QMimeDatabase().mimeTypeForName(QStringLiteral("application/x-gguf")).isValid(),
             "application/x-gguf not loaded from pare-mime.xml");
}

void TestMimeTypes::byFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("safetensors") << QStringLiteral("model.safetensors")
                                 << QStringLiteral("application/x-safetensors");
    QTest::newRow("gguf") << QStringLiteral("llama-q4.gguf") << QStringLiteral("application/x-gguf");
    QTest::newRow("onnx") << QStringLiteral("resnet.onnx") << QStringLiteral("application/x-onnx");
    QTest::newRow("pare") << QStringLiteral("study.pare")
                          << QStringLiteral("application/x-pare-project");
}

void TestMimeTypes::byFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), expected);
    QVERIFY2(!type.comment().isEmpty(), qPrintable(expected));
}

void TestMimeTypes::byContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QByteArray gguf("GGUF");
    gguf += QByteArray::fromHex("03000000") + QByteArray(24, '\0');
    QTest::newRow("gguf magic") << gguf << QStringLiteral("application/x-gguf");
    QTest::newRow("safetensors header") << safetensorsHeader()
                                        << QStringLiteral("application/x-safetensors");
}

void TestMimeTypes::byContent()
{
    // Files without a telling name: only the magic rules can recognise them.
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("download")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
    file.close();
    QCOMPARE(QMimeDatabase().mimeTypeForFile(file.fileName(), QMimeDatabase::MatchContent).name(),
             expected);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(file.fileName()).name(), expected);
}

void TestMimeTypes::projectIsHdf5()
{
    // A .pare project is an HDF5 file; tools that handle HDF5 must still be offered for it.
    const QMimeType type = QMimeDatabase().mimeTypeForName(QStringLiteral("application/x-pare-project"));
    QVERIFY(type.isValid());
    QVERIFY2(type.inherits(QStringLiteral("application/x-hdf")),
             qPrintable(type.parentMimeTypes().join(u',')));
}

QTEST_GUILESS_MAIN(TestMimeTypes)
#include "tst_mimetypes.moc"
