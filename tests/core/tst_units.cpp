// SPDX-License-Identifier: GPL-3.0-or-later
// How Pare writes a measured figure: formatNumber and formatScientific (common/units.h).
#include "common/units.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace pare::core;

class TestUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        // A damage table's cells: plain up to a million, where 'g' said "7.3E+02".
        QTest::newRow("hundreds") << 730.4 << 2 << "730" << "730" << "730";
        QTest::newRow("thousands") << 2'912.0 << 2 << "2900" << "2,900" << "2.900";
        QTest::newRow("ten thousands") << 11'040.0 << 2 << "11000" << "11,000" << "11.000";
        QTest::newRow("below a million") << 987'654.0 << 3 << "988000" << "988,000" << "988.000";
        QTest::newRow("a million") << 1.234e6 << 2 << "1.2e+06" << "1.2e+06" << "1,2e+06";
        QTest::newRow("rounds into a million") << 999'999.0 << 2 << "1e+06" << "1e+06" << "1e+06";
        QTest::newRow("fraction") << 0.0112981 << 3 << "0.0113" << "0.0113" << "0,0113";
        QTest::newRow("trailing zeros dropped") << 0.75 << 3 << "0.75" << "0.75" << "0,75";
        QTest::newRow("rounds into the next decade") << 9.96 << 2 << "10" << "10" << "10";
        QTest::newRow("small") << 7.38059e-05 << 6 << "7.38059e-05" << "7.38059e-05" << "7,38059e-05";
        QTest::newRow("smallest plain") << 0.00012345 << 3 << "0.000123" << "0.000123" << "0,000123";
        QTest::newRow("negative") << -0.211725 << 6 << "-0.211725" << "-0.211725" << "-0,211725";
        QTest::newRow("negative small") << -3.69184e-05 << 6 << "-3.69184e-05" << "-3.69184e-05"
                                        << "-3,69184e-05";
        QTest::newRow("large exponent") << 1.5e123 << 2 << "1.5e+123" << "1.5e+123" << "1,5e+123";
        QTest::newRow("zero") << 0.0 << 3 << "0" << "0" << "0";
        QTest::newRow("whole") << 42.0 << 4 << "42" << "42" << "42";
    }
    void formatNumber()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, c);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QCOMPARE(pare::core::formatNumber(value, digits), c);
        QCOMPARE(pare::core::formatNumber(value, digits, QLocale(QLocale::English, QLocale::UnitedStates)),
                 english);
        QCOMPARE(pare::core::formatNumber(value, digits, QLocale(QLocale::German, QLocale::Germany)),
                 german);
        // What the C notation writes reads back as the value to `digits` digits.
        const double back = QLocale::c().toDouble(c);
        QVERIFY2(std::abs(back - value) <= std::abs(value) * 0.5 * std::pow(10.0, 1 - digits) * 1.0001,
                 qPrintable(QStringLiteral("%1 read back as %2").arg(value).arg(back)));
    }

    void notFinite()
    {
        QCOMPARE(pare::core::formatNumber(std::numeric_limits<double>::infinity(), 3), QStringLiteral("inf"));
        QCOMPARE(pare::core::formatNumber(std::numeric_limits<double>::quiet_NaN(), 3), QStringLiteral("nan"));
    }

    void formatScientific_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("german");
        QTest::newRow("hundreds") << 730.4 << "7.304e+02" << "7,304e+02";
        QTest::newRow("small") << 0.000123456 << "1.235e-04" << "1,235e-04";
        QTest::newRow("carry") << 9.99996 << "1.000e+01" << "1,000e+01";
        QTest::newRow("negative") << -2.5 << "-2.500e+00" << "-2,500e+00";
        QTest::newRow("zero") << 0.0 << "0.000e+00" << "0,000e+00";
    }
    void formatScientific()
    {
        QFETCH(double, value);
        QFETCH(QString, c);
        QFETCH(QString, german);
        QCOMPARE(pare::core::formatScientific(value, 3), c);
        QCOMPARE(pare::core::formatScientific(value, 3, QLocale(QLocale::German, QLocale::Germany)), german);
    }

    void formatPercent_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("c");
        QTest::addColumn<QString>("german");
        QTest::newRow("column") << 0.0066 << 2 << "0.66" << "0,66";
        QTest::newRow("whole") << 0.1 << 2 << "10.00" << "10,00";
        QTest::newRow("zero stays zero") << 0.0 << 2 << "0.00" << "0,00";
        QTest::newRow("too small for two decimals") << 0.0000483 << 2 << "0.0048" << "0,0048";
        QTest::newRow("rounds to the last decimal") << 0.00006 << 2 << "0.01" << "0,01";
        QTest::newRow("too small for one decimal") << 0.00041 << 1 << "0.041" << "0,041";
        QTest::newRow("tiny") << 2.1e-9 << 2 << "2.1e-07" << "2,1e-07";
        QTest::newRow("negative") << -0.0000483 << 2 << "-0.0048" << "-0,0048";
    }
    void formatPercent()
    {
        QFETCH(double, fraction);
        QFETCH(int, decimals);
        QFETCH(QString, c);
        QFETCH(QString, german);
        QCOMPARE(pare::core::formatPercent(fraction, decimals), c);
        QCOMPARE(pare::core::formatPercent(fraction, decimals, QLocale(QLocale::German, QLocale::Germany)), german);
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
