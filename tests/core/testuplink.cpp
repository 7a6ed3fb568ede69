// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The uplink section: figures from the ICMP checks' evidence, warnings at the documented thresholds, the JSON.
#include <QDateTime>
#include <QJsonArray>
#include <QTest>

#include "core/report/report.h"
#include "core/report/uplink.h"

using namespace tpready;
using namespace Qt::StringLiterals;

namespace {

CheckRecord icmp(const QString &host, int received, int loss, double avg, double jitter, int mtu, bool blackHole)
{
    CheckRecord check;
    check.flowId = u"i8a"_s;
    check.protocol = Protocol::Icmp;
    check.host = host;
    check.transport = IpTransport::Icmp;
    check.result = ProbeResult::make(received > 0 ? Verdict::Pass : Verdict::Fail,
                                     received > 0 ? Reason::Ok : Reason::Timeout, u"ICMP"_s);
    check.result.address = u"192.0.2.31"_s;
    QJsonObject evidence{{u"echoes_sent"_s, 5},
                         {u"echoes_received"_s, received},
                         {u"loss_percent"_s, loss},
                         {u"path_mtu_black_hole"_s, blackHole}};
    if (received > 0) {
        evidence.insert(u"rtt_min_ms"_s, avg - 1);
        evidence.insert(u"rtt_avg_ms"_s, avg);
        evidence.insert(u"rtt_max_ms"_s, avg + 1);
        evidence.insert(u"jitter_ms"_s, jitter);
    }
    evidence.insert(u"path_mtu"_s, mtu > 0 ? QJsonValue(mtu) : QJsonValue());
    check.result.evidence = evidence;
    return check;
}

CheckRecord ike()
{
    CheckRecord check;
    check.flowId = u"i6"_s;
    check.protocol = Protocol::Ike;
    check.host = u"slrc1.eu.thingpark.com"_s;
    check.transport = IpTransport::Udp;
    check.port = 500;
    check.result = ProbeResult::make(Verdict::Pass, Reason::Ok, u"IKE"_s);
    return check;
}

} // namespace

class TestUplink final : public QObject
{
    Q_OBJECT

private slots:
    void goodLinkHasNoWarning()
    {
        Report report;
        report.checks << icmp(u"slrc1.eu.thingpark.com"_s, 5, 0, 33.0, 1.8, 1500, false) << ike();
        const UplinkQuality uplink = uplinkQuality(report);
        QCOMPARE(uplink.hosts.size(), 1);
        QCOMPARE(uplink.hosts.first().rttAvgMs, 33.0);
        QCOMPARE(uplink.hosts.first().pathMtu, 1500);
        QVERIFY(uplink.hosts.first().warnings.isEmpty());
        QVERIFY(!uplink.poor());
        const QStringList lines = uplinkLines(uplink);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"5 of 5 echoes answered (0 % lost)"_s), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(u"path MTU 1500 bytes"_s));
    }

    void thresholds_data()
    {
        QTest::addColumn<int>("loss");
        QTest::addColumn<double>("avg");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("mtu");
        QTest::addColumn<bool>("blackHole");
        QTest::addColumn<bool>("ipsec");
        QTest::addColumn<QString>("words"); // in the one warning, or empty: none
        QTest::newRow("1 of 5 lost") << 20 << 40.0 << 2.0 << 1500 << false << true << QString();
        QTest::newRow("2 of 5 lost") << 40 << 40.0 << 2.0 << 1500 << false << true << u"40 % of the echoes"_s;
        QTest::newRow("499 ms") << 0 << 499.0 << 2.0 << 1500 << false << true << QString();
        QTest::newRow("500 ms") << 0 << 500.0 << 2.0 << 1500 << false << true << u"500 ms on average"_s;
        QTest::newRow("jitter") << 0 << 200.0 << 100.0 << 1500 << false << true << u"varies by 100 ms"_s;
        QTest::newRow("1492, not IPsec") << 0 << 40.0 << 2.0 << 1492 << false << false << QString();
        QTest::newRow("1492, IPsec") << 0 << 40.0 << 2.0 << 1492 << false << true << u"IKE fragmentation"_s;
        QTest::newRow("black hole") << 0 << 40.0 << 2.0 << 1000 << true << false << u"MSS clamping to 960"_s;
    }

    void thresholds()
    {
        QFETCH(int, loss);
        QFETCH(double, avg);
        QFETCH(double, jitter);
        QFETCH(int, mtu);
        QFETCH(bool, blackHole);
        QFETCH(bool, ipsec);
        QFETCH(QString, words);
        Report report;
        report.checks << icmp(u"slrc1.eu.thingpark.com"_s, 5 - loss / 20, loss, avg, jitter, mtu, blackHole);
        if (ipsec)
            report.checks << ike();
        const UplinkQuality uplink = uplinkQuality(report);
        QCOMPARE(uplink.hosts.size(), 1);
        const QStringList warnings = uplink.hosts.first().warnings;
        if (words.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u" | "_s)));
            QVERIFY(!uplink.poor());
        } else {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(words), qPrintable(warnings.first()));
            QVERIFY(uplink.poor());
        }
    }

    void silentHostsAreLeftOut()
    {
        Report report;
        report.checks << icmp(u"slrc2.eu.thingpark.com"_s, 0, 100, 0, 0, -1, false);
        QVERIFY(uplinkQuality(report).hosts.isEmpty());
        QVERIFY(uplinkLines(uplinkQuality(report)).isEmpty());
    }

    void json()
    {
        Report report;
        report.toolVersion = u"0.1.0"_s;
        report.startedAt = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
        report.finishedAt = report.startedAt.addSecs(5);
        report.checks << icmp(u"slrc1.eu.thingpark.com"_s, 3, 40, 310.5, 12.25, 1000, true) << ike();
        const QJsonObject json = reportToJson(report).value(u"uplink"_s).toObject();
        QCOMPARE(json.value(u"poor"_s).toBool(), true);
        QCOMPARE(json.value(u"thresholds"_s).toObject().value(u"loss_percent"_s).toInt(), 40);
        QCOMPARE(json.value(u"thresholds"_s).toObject().value(u"rtt_avg_ms"_s).toInt(), 500);
        const QJsonObject host = json.value(u"hosts"_s).toArray().first().toObject();
        QCOMPARE(host.value(u"host"_s).toString(), u"slrc1.eu.thingpark.com"_s);
        QCOMPARE(host.value(u"address"_s).toString(), u"192.0.2.31"_s);
        QCOMPARE(host.value(u"echoes_received"_s).toInt(), 3);
        QCOMPARE(host.value(u"rtt_avg_ms"_s).toDouble(), 310.5);
        QCOMPARE(host.value(u"jitter_ms"_s).toDouble(), 12.25);
        QCOMPARE(host.value(u"path_mtu"_s).toInt(), 1000);
        QCOMPARE(host.value(u"path_mtu_black_hole"_s).toBool(), true);
        // Loss, the black hole, and the path MTU under 1500 for an IPsec plan.
        QCOMPARE(host.value(u"warnings"_s).toArray().size(), 3);
        // Derived: a report read back has the same section.
        QString error;
        const std::optional<Report> back = reportFromJson(reportToBytes(report), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(reportToJson(*back).value(u"uplink"_s).toObject(), json);
    }
};

QTEST_GUILESS_MAIN(TestUplink)
#include "testuplink.moc"
