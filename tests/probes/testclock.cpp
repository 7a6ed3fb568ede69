// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "fixedclock.h"

#include <QDateTime>
#include <QTest>
#include <QThread>

#include "core/clock.h"

using namespace tpready;
using probetest::FixedClock;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsTheSystemsTime()
    {
        const Clock &clock = Clock::system();
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 utcMs = clock.utcMicroseconds() / 1000;
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(utcMs >= before && utcMs <= after);
        QCOMPARE(clock.utcNow().timeSpec(), Qt::UTC);
        QVERIFY(qAbs(clock.utcNow().toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 1000);
        QCOMPARE(&Clock::system(), &clock);
    }

    void stopwatchMeasuresMonotonicTime()
    {
        Stopwatch idle;
        QVERIFY(!idle.isValid());
        QCOMPARE(idle.elapsedNs(), qint64(0));

        Stopwatch watch;
        watch.start(Clock::system());
        QVERIFY(watch.isValid());
        QThread::msleep(20);
        QVERIFY(watch.elapsedMs() >= 19);
        QVERIFY(watch.elapsedNs() >= watch.elapsedMs() * 1000000);
    }

    void fixedClockIsExact()
    {
        FixedClock clock(QDateTime(QDate(2036, 2, 7), QTime(6, 28, 15), Qt::UTC).toMSecsSinceEpoch() * 1000);
        Stopwatch watch;
        watch.start(clock);
        QCOMPARE(watch.elapsedNs(), qint64(0));
        clock.advance(1500);
        QCOMPARE(watch.elapsedNs(), qint64(1500000));
        QCOMPARE(watch.elapsedMs(), qint64(1));
        // A step of the wall clock is no duration.
        clock.step(-3600 * 1000000LL);
        QCOMPARE(watch.elapsedNs(), qint64(1500000));
        QCOMPARE(clock.utcNow(), QDateTime(QDate(2036, 2, 7), QTime(5, 28, 15, 1), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "testclock.moc"
