// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// `check --redact`: everything a report says about the laptop itself is masked, wherever it appears; what support
// needs (the site's gateways and resolvers, the targets, loopback) stays; the report still reads back.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include "core/report/report.h"

using namespace Qt::StringLiterals;
using namespace tpready;

namespace {

CheckRecord check(Protocol protocol, const QString &address, const QString &detail, const QJsonObject &evidence)
{
    CheckRecord record;
    record.flowId = u"i1"_s;
    record.protocol = protocol;
    record.host = u"tpe.example.com"_s;
    record.address = address;
    record.port = 123;
    record.transport = IpTransport::Udp;
    record.result.verdict = Verdict::Fail;
    record.result.reason = Reason::NoResponse;
    record.result.address = address;
    record.result.detail = detail;
    record.result.evidence = evidence;
    return record;
}

/// A report as a laptop at 192.0.2.10 / 2001:db8::10 would write it, its secrets in every place they occur.
Report laptopReport()
{
    Report report;
    report.toolVersion = u"0.1.0"_s;
    report.startedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());
    report.finishedAt = report.startedAt.addSecs(5);
    report.environment.os = u"Debian GNU/Linux 12"_s;
    report.environment.interfaces << InterfaceInfo{u"eth0"_s,
                                                   u"ethernet"_s,
                                                   {u"192.0.2.10/24"_s, u"2001:db8::10/64"_s,
                                                    u"fe80::a00:27ff:fe4e:66a1/64"_s},
                                                   u"08:00:27:4E:66:A1"_s,
                                                   true,
                                                   true}
                                  << InterfaceInfo{u"lo"_s,   u"loopback"_s, {u"127.0.0.1/8"_s, u"::1/128"_s},
                                                   QString(), true,          false};
    report.environment.defaultGateways = {u"192.0.2.1"_s};
    report.environment.dnsServers = {u"192.0.2.53"_s};
    report.environment.dhcp =
        u"The laptop got its address by DHCP: eth0 (192.0.2.10) from the DHCP server 192.0.2.1."_s;

    report.checks << check(Protocol::Ntp, u"192.0.2.123"_s, u"NTP on UDP 123 to 192.0.2.123: no answer."_s,
                           {{u"local_address"_s, u"192.0.2.10"_s}, {u"local_port"_s, 40000}});
    report.checks << check(Protocol::Ike, u"2001:db8::500"_s, u"IKEv2 from 2001:db8::10 got no answer."_s,
                           {{u"local_address"_s, u"2001:db8:0:0::10"_s}, {u"local_port"_s, 40001}});
    // A lease of an address the laptop no longer holds: still the laptop's.
    const QJsonArray leases{QJsonObject{{u"interface"_s, u"eth0"_s},
                                        {u"address"_s, u"192.0.2.10"_s},
                                        {u"server"_s, u"192.0.2.1"_s},
                                        {u"lease_time"_s, 3600}},
                            QJsonObject{{u"interface"_s, u"wlan0"_s},
                                        {u"address"_s, u"198.51.100.77"_s},
                                        {u"server"_s, u"198.51.100.1"_s},
                                        {u"lease_time"_s, 600}}};
    report.checks << check(Protocol::Dhcp, QString(),
                           u"The laptop got its address by DHCP: eth0 (192.0.2.10); an old lease for "
                           "198.51.100.77."_s,
                           {{u"leases"_s, leases}});
    // Another host whose address starts like the laptop's: not masked.
    report.checks << check(Protocol::Icmp, u"192.0.2.100"_s,
                           u"From 192.0.2.10 icmp_seq=1 Destination Host Unreachable (to 192.0.2.100)."_s,
                           {{u"output"_s, u"From 192.0.2.10 icmp_seq=1 Destination Host Unreachable"_s},
                            {u"mac_seen"_s, u"08:00:27:4e:66:a1"_s}});
    // Loopback: kept.
    report.checks << check(Protocol::Dns, u"127.0.0.1"_s, u"Resolver 127.0.0.1 did not answer."_s,
                           {{u"local_address"_s, u"127.0.0.1"_s}, {u"resolver"_s, u"127.0.0.1"_s}});
    return report;
}

} // namespace

class TestRedact final : public QObject
{
    Q_OBJECT

private slots:
    void masksTheLaptopEverywhere()
    {
        Report report = laptopReport();
        redactReport(&report);
        const QString text = QString::fromUtf8(reportToBytes(report));
        for (const QString &secret :
             {u"192.0.2.10\""_s, u"192.0.2.10)"_s, u"192.0.2.10 "_s, u"2001:db8::10"_s, u"2001:db8:0:0::10"_s,
              u"fe80::a00:27ff:fe4e:66a1"_s, u"08:00:27:4E:66:A1"_s, u"08:00:27:4e:66:a1"_s, u"198.51.100.77"_s})
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        QVERIFY(text.contains(u"redacted"_s));

        // Every interface address and MAC.
        for (const InterfaceInfo &iface : report.environment.interfaces) {
            for (const QString &address : iface.addresses)
                QCOMPARE(address, u"redacted"_s);
        }
        QCOMPARE(report.environment.interfaces.at(0).hardwareAddress, u"redacted"_s);
        // The DHCP sentence, the probes' local addresses, the leases, the details.
        QCOMPARE(report.environment.dhcp,
                 u"The laptop got its address by DHCP: eth0 (redacted) from the DHCP server 192.0.2.1."_s);
        QCOMPARE(report.checks.at(0).result.evidence.value(u"local_address"_s).toString(), u"redacted"_s);
        QCOMPARE(report.checks.at(0).result.evidence.value(u"local_port"_s).toInt(), 40000);
        QCOMPARE(report.checks.at(1).result.evidence.value(u"local_address"_s).toString(), u"redacted"_s);
        QCOMPARE(report.checks.at(1).result.detail, u"IKEv2 from redacted got no answer."_s);
        const QJsonArray leases = report.checks.at(2).result.evidence.value(u"leases"_s).toArray();
        QCOMPARE(leases.at(0).toObject().value(u"address"_s).toString(), u"redacted"_s);
        QCOMPARE(leases.at(1).toObject().value(u"address"_s).toString(), u"redacted"_s);
        QCOMPARE(report.checks.at(2).result.detail,
                 u"The laptop got its address by DHCP: eth0 (redacted); an old lease for redacted."_s);
        QCOMPARE(report.checks.at(3).result.detail,
                 u"From redacted icmp_seq=1 Destination Host Unreachable (to 192.0.2.100)."_s);
        QCOMPARE(report.checks.at(3).result.evidence.value(u"mac_seen"_s).toString(), u"redacted"_s);
    }

    void keepsWhatSupportNeeds()
    {
        Report report = laptopReport();
        redactReport(&report);
        QCOMPARE(report.environment.defaultGateways, QStringList{u"192.0.2.1"_s});
        QCOMPARE(report.environment.dnsServers, QStringList{u"192.0.2.53"_s});
        QCOMPARE(report.checks.at(0).result.address, u"192.0.2.123"_s);
        QCOMPARE(report.checks.at(3).result.address, u"192.0.2.100"_s); // not masked inside a longer address
        QCOMPARE(report.checks.at(2).result.evidence.value(u"leases"_s).toArray().at(0).toObject().value(u"server"_s),
                 QJsonValue(u"192.0.2.1"_s));
        // Loopback says nothing about the laptop.
        QCOMPARE(report.checks.at(4).result.evidence.value(u"local_address"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(report.checks.at(4).result.detail, u"Resolver 127.0.0.1 did not answer."_s);
        QCOMPARE(report.environment.interfaces.at(1).name, u"lo"_s);
        QCOMPARE(report.environment.interfaces.at(0).name, u"eth0"_s);
    }

    void redactedReportReadsBack()
    {
        Report report = laptopReport();
        redactReport(&report);
        const QByteArray bytes = reportToBytes(report);
        QString error;
        const auto again = reportFromJson(bytes, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(reportToBytes(*again), bytes);
        // Redacting twice changes nothing more.
        Report twice = *again;
        redactReport(&twice);
        QCOMPARE(reportToBytes(twice), bytes);
    }

    void nothingToMask()
    {
        Report report;
        report.startedAt = report.finishedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QByteArray before = reportToBytes(report);
        redactReport(&report);
        QCOMPARE(reportToBytes(report), before);
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "testredact.moc"
