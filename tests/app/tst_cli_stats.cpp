// SPDX-License-Identifier: GPL-3.0-or-later
// pare-cli inspect --stats (and its alias stats) run as a user would, on the bundled demo
// language model: every tensor's figures in JSON and text, one layer with its spectrum and a
// histogram over a range or log10|w|, the user thresholds, and bad arguments.
#include "paretest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {
using pare::test::Run;

const char *const kLayer = "transformer.h.0.mlp.c_fc";

Run stats(QStringList args)
{
    args.prepend(pare::test::demoPath("kjv-gpt2"));
    args.prepend(QStringLiteral("--stats"));
    args.prepend(QStringLiteral("inspect"));
    return pare::test::runCli(args, 120000);
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

std::int64_t sum(const QJsonArray &a)
{
    std::int64_t s = 0;
    for (const QJsonValue &v : a)
        s += v.toInteger();
    return s;
}
} // namespace

class TestCliStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every tensor: the figures of the analysis issue, a histogram that counts every element,
    // five percentiles in order; a lint list and the summary.
    void wholeModelJson()
    {
        const Run r = stats({QStringLiteral("--json"), QStringLiteral("--bins"), QStringLiteral("64")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        const QJsonArray tensors = o.value(QStringLiteral("tensors")).toArray();
        QCOMPARE(tensors.size(), o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("tensors")).toInt());
        QCOMPARE(tensors.size(), 52);
        QVERIFY(o.value(QStringLiteral("lint")).isArray());
        QVERIFY(o.value(QStringLiteral("channels")).toArray().size() > 0);
        for (const QJsonValue &v : tensors) {
            const QJsonObject t = v.toObject();
            const QString name = t.value(QStringLiteral("name")).toString();
            const QJsonObject h = t.value(QStringLiteral("histogram")).toObject();
            QCOMPARE(h.value(QStringLiteral("counts")).toArray().size(), 64);
            QVERIFY2(sum(h.value(QStringLiteral("counts")).toArray()) + h.value(QStringLiteral("nan")).toInteger()
                             + h.value(QStringLiteral("inf")).toInteger()
                         == t.value(QStringLiteral("count")).toInteger(),
                     qPrintable(name));
            const QJsonArray p = t.value(QStringLiteral("percentiles")).toArray();
            QCOMPARE(p.size(), 5);
            for (int i = 1; i < 5; ++i)
                QVERIFY2(p[i].toDouble() >= p[i - 1].toDouble(), qPrintable(name));
            QVERIFY2(t.value(QStringLiteral("min")).toDouble() <= p[0].toDouble()
                         && p[4].toDouble() <= t.value(QStringLiteral("max")).toDouble(),
                     qPrintable(name));
            QVERIFY2(t.value(QStringLiteral("std")).toDouble() >= 0.0, qPrintable(name));
            for (const char *key : {"kurtosis", "meanAbs", "zeroFraction", "nearZeroFraction", "outlierFraction"})
                QVERIFY2(t.contains(QLatin1String(key)), qPrintable(name + QLatin1Char(' ') + QLatin1String(key)));
        }
    }

    // The user's near-zero threshold and outlier k reach every tensor's figures.
    void thresholds()
    {
        const auto first = [](const Run &r) { return json(r).value(QStringLiteral("tensors")).toArray().at(1).toObject(); };
        const Run plain = stats({QStringLiteral("--json")});
        const Run set = stats({QStringLiteral("--json"), QStringLiteral("--near-zero"), QStringLiteral("0.01"),
                               QStringLiteral("--sigmas"), QStringLiteral("2")});
        QVERIFY2(plain.code == 0 && set.code == 0, qPrintable(plain.err + set.err));
        const QJsonObject a = first(plain), b = first(set);
        QCOMPARE(b.value(QStringLiteral("options")).toObject().value(QStringLiteral("nearZeroThreshold")).toDouble(), 0.01);
        QCOMPARE(b.value(QStringLiteral("options")).toObject().value(QStringLiteral("outlierSigmas")).toDouble(), 2.0);
        QVERIFY(b.value(QStringLiteral("nearZeros")).toInteger() > a.value(QStringLiteral("nearZeros")).toInteger());
        QVERIFY(b.value(QStringLiteral("outliers")).toInteger() > a.value(QStringLiteral("outliers")).toInteger());
    }

    // One layer: its weight and bias only, with the spectrum; a histogram over a user range
    // counts every element of the weight (in range, below, above) and reports that range.
    void layerWithHistogram()
    {
        const Run r = stats({QStringLiteral("--json"), QStringLiteral("--layer"), QLatin1String(kLayer),
                             QStringLiteral("--range"), QStringLiteral("-0.05:0.05"), QStringLiteral("--bins"), QStringLiteral("32")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = json(r);
        const QJsonArray tensors = o.value(QStringLiteral("tensors")).toArray();
        QCOMPARE(tensors.size(), 2);
        const QJsonObject spectrum = o.value(QStringLiteral("spectrum")).toObject();
        QCOMPARE(spectrum.value(QStringLiteral("energyRanks")).toArray().size(), 3);
        const QJsonObject h = o.value(QStringLiteral("histogram")).toObject();
        QCOMPARE(h.value(QStringLiteral("tensor")).toString(), QLatin1String(kLayer) + QStringLiteral(".weight"));
        QCOMPARE(h.value(QStringLiteral("lo")).toDouble(), -0.05);
        QCOMPARE(h.value(QStringLiteral("hi")).toDouble(), 0.05);
        QCOMPARE(h.value(QStringLiteral("counts")).toArray().size(), 32);
        const std::int64_t below = h.value(QStringLiteral("underflow")).toInteger();
        const std::int64_t above = h.value(QStringLiteral("overflow")).toInteger();
        QVERIFY(below > 0 && above > 0);
        QJsonObject weight;
        for (const QJsonValue &v : tensors)
            if (v.toObject().value(QStringLiteral("name")).toString() == h.value(QStringLiteral("tensor")).toString())
                weight = v.toObject();
        QCOMPARE(sum(h.value(QStringLiteral("counts")).toArray()) + below + above, weight.value(QStringLiteral("count")).toInteger());

        // log10|w|: over the nonzero magnitudes' own range.
        const Run logRun = stats({QStringLiteral("--json"), QStringLiteral("--layer"), QLatin1String(kLayer), QStringLiteral("--log")});
        QVERIFY2(logRun.code == 0, qPrintable(logRun.err));
        const QJsonObject lh = json(logRun).value(QStringLiteral("histogram")).toObject();
        QCOMPARE(lh.value(QStringLiteral("scale")).toString(), QStringLiteral("log10abs"));
        QVERIFY(lh.value(QStringLiteral("hi")).toDouble() < 0.0); // |w| < 1
        QCOMPARE(lh.value(QStringLiteral("counts")).toArray().size(), 256);
        QCOMPARE(sum(lh.value(QStringLiteral("counts")).toArray()) + lh.value(QStringLiteral("zeros")).toInteger(),
                 weight.value(QStringLiteral("count")).toInteger());

        // The text form names the histogram and what fell outside.
        const Run text = stats({QStringLiteral("--layer"), QLatin1String(kLayer), QStringLiteral("--range"), QStringLiteral("-0.05:0.05"),
                                QStringLiteral("--bins"), QStringLiteral("16")});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("histogram of %1.weight: 16 bins over [-0.05, 0.05]").arg(QLatin1String(kLayer))), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("below the range %1, above %2").arg(below).arg(above)), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("spectrum 128×512")));
    }

    // Bad arguments: a usage error (exit 2) naming the option; an unknown layer names itself.
    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bins") << QStringList{QStringLiteral("--bins"), QStringLiteral("3")} << 2 << QStringLiteral("--bins");
        QTest::newRow("near-zero") << QStringList{QStringLiteral("--near-zero"), QStringLiteral("-1")} << 2 << QStringLiteral("--near-zero");
        QTest::newRow("sigmas") << QStringList{QStringLiteral("--sigmas"), QStringLiteral("nan")} << 2 << QStringLiteral("--sigmas");
        QTest::newRow("range order") << QStringList{QStringLiteral("--layer"), QLatin1String(kLayer), QStringLiteral("--range"), QStringLiteral("1:0")}
                                     << 2 << QStringLiteral("--range");
        QTest::newRow("range form") << QStringList{QStringLiteral("--layer"), QLatin1String(kLayer), QStringLiteral("--range"), QStringLiteral("0.5")}
                                    << 2 << QStringLiteral("--range");
        QTest::newRow("log without layer") << QStringList{QStringLiteral("--log")} << 2 << QStringLiteral("--layer");
        QTest::newRow("unknown layer") << QStringList{QStringLiteral("--layer"), QStringLiteral("no.such.layer")} << 3 << QStringLiteral("no.such.layer");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = stats(args);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
