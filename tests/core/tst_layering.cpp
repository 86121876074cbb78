// SPDX-License-Identifier: GPL-3.0-or-later
// core/ links QtCore and QtConcurrent only: no file under it may include QtGui or QtWidgets.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreHasNoGuiIncludes()
    {
        // Module headers (<QtGui/…>, <QtWidgets>) and the class headers of both modules.
        static const QRegularExpression guiInclude(QStringLiteral(
            "^\\s*#\\s*include\\s*[<\"](QtGui|QtWidgets|QtCharts|QtSvg|QtPrintSupport)(/|[>\"])"
            "|^\\s*#\\s*include\\s*[<\"](QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap|"
            "QColor|QFont|QIcon|QMainWindow|QDialog|QMessageBox|QPdfWriter|QTextDocument)[>\"]"),
            QRegularExpression::MultilineOption);
        QDirIterator it(QStringLiteral(PARE_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        QStringList offenders;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++scanned;
            if (guiInclude.match(text).hasMatch())
                offenders << f.fileName();
        }
        QVERIFY2(scanned > 10, "core/ sources not found");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void checkerCatchesGuiInclude()
    {
        // The pattern above must recognize what it exists to catch.
        static const QRegularExpression guiInclude(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtGui|QtWidgets)(/|[>\"])"),
            QRegularExpression::MultilineOption);
        QVERIFY(guiInclude.match(QStringLiteral("#include <QtWidgets/QLabel>\n")).hasMatch());
        QVERIFY(guiInclude.match(QStringLiteral("  #include <QtGui>\n")).hasMatch());
        QVERIFY(!guiInclude.match(QStringLiteral("#include <QtCore/QString>\n")).hasMatch());
    }

    void coreTargetsDoNotLinkGui()
    {
        QFile f(QStringLiteral(PARE_SOURCE_DIR "/core/CMakeLists.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString all = QString::fromUtf8(f.readAll());
        QDirIterator it(QStringLiteral(PARE_SOURCE_DIR "/core"), {QStringLiteral("CMakeLists.txt")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile sub(it.next());
            QVERIFY(sub.open(QIODevice::ReadOnly));
            all += QString::fromUtf8(sub.readAll());
        }
        QVERIFY(!all.contains(QLatin1String("Qt6::Gui")));
        QVERIFY(!all.contains(QLatin1String("Qt6::Widgets")));
        QVERIFY(!all.contains(QLatin1String("Qt6::Charts")));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
