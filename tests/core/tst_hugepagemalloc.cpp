// SPDX-License-Identifier: GPL-3.0-or-later
// GLIBC_TUNABLES as pare and pare-cli restart themselves with it (common/hugepagemalloc.h).
// The restart itself is checked from outside, in tst_cli_runtime.
#include "common/hugepagemalloc.h"

#include <QTest>

using namespace pare::core;

class TestHugePageMalloc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tunables_data()
    {
        QTest::addColumn<QByteArray>("current");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unset") << QByteArray() << QByteArray("glibc.malloc.hugetlb=1");
        QTest::newRow("blank") << QByteArray("  ") << QByteArray("glibc.malloc.hugetlb=1");
        QTest::newRow("others kept") << QByteArray("glibc.malloc.arena_max=2")
                                     << QByteArray("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
        // Named already, whatever its value: left as it is (empty: nothing to do).
        QTest::newRow("on") << QByteArray("glibc.malloc.hugetlb=1") << QByteArray();
        QTest::newRow("off by the user") << QByteArray("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0") << QByteArray();
        QTest::newRow("explicit pages") << QByteArray("glibc.malloc.hugetlb=2") << QByteArray();
        // A longer name is another tunable.
        QTest::newRow("prefix only") << QByteArray("glibc.malloc.hugetlbx=1")
                                     << QByteArray("glibc.malloc.hugetlbx=1:glibc.malloc.hugetlb=1");
    }
    void tunables()
    {
        QFETCH(QByteArray, current);
        QFETCH(QByteArray, expected);
        QCOMPARE(tunablesWithHugePageMalloc(current), expected);
    }

    void activeReadsTheEnvironment()
    {
        const QByteArray saved = qgetenv("GLIBC_TUNABLES");
        const bool had = qEnvironmentVariableIsSet("GLIBC_TUNABLES");
        qputenv("GLIBC_TUNABLES", "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0");
        QVERIFY(!hugePageMallocActive());
        qunsetenv("GLIBC_TUNABLES");
        QVERIFY(!hugePageMallocActive());
        qputenv("GLIBC_TUNABLES", "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        QVERIFY(!hugePageMallocActive()); // the sanitizer's allocator ignores glibc's tunables
#else
        QVERIFY(hugePageMallocActive());
#endif
        if (had)
            qputenv("GLIBC_TUNABLES", saved);
        else
            qunsetenv("GLIBC_TUNABLES");
    }
};

QTEST_GUILESS_MAIN(TestHugePageMalloc)
#include "tst_hugepagemalloc.moc"
