// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QJsonArray>
#include <QTest>

#include "core/report/changerequest.h"
#include "core/report/report.h"

using namespace Qt::StringLiterals;
using namespace tpready;

namespace {

CheckRecord record(const QString &flow, Requirement requirement, const QString &host, IpTransport transport,
                   quint16 port, Verdict verdict, Reason reason, Direction direction = Direction::Unidirectional)
{
    CheckRecord check;
    check.flowId = flow;
    check.requirement = requirement;
    check.host = host;
    check.transport = transport;
    check.port = port;
    check.direction = direction;
    check.result.verdict = verdict;
    check.result.reason = reason;
    check.result.detail = u"detail of %1"_s.arg(flow);
    if (!host.isEmpty()) {
        check.result.address = u"192.0.2.10"_s;
        check.result.evidence.insert(u"dns"_s,
                                     QJsonObject{{u"addresses"_s, QJsonArray{u"192.0.2.10"_s, u"2001:db8::10"_s}}});
    }
    check.result.remediation = remediationFor(check);
    return check;
}

Report sampleReport()
{
    Report report;
    report.site.name = u"Depot"_s;
    report.selection = QJsonObject{{u"deployment"_s, u"self-hosted"_s},
                                   {u"tpe"_s, QJsonArray{u"tpe.example.com"_s}},
                                   {u"transport"_s, u"lrr-plain"_s}};
    report.startedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    const QString tpe = u"tpe.example.com"_s;
    report.checks
        << record(u"n1"_s, Requirement::Optional, u"ntp.example.net"_s, IpTransport::Udp, 123, Verdict::Fail,
                  Reason::NoResponse)
        << record(u"i7"_s, Requirement::Must, tpe, IpTransport::Tcp, 21, Verdict::Fail, Reason::Timeout)
        << record(u"i8"_s, Requirement::Must, tpe, IpTransport::Tcp, 21, Verdict::Fail, Reason::Refused)
        << record(u"i5"_s, Requirement::Must, tpe, IpTransport::Tcp, 22, Verdict::Pass, Reason::Ok)
        << record(u"i6"_s, Requirement::Must, tpe, IpTransport::Tcp, 2404, Verdict::Fail, Reason::WrongService)
        << record(u"n3"_s, Requirement::Must, u"ntp.example.net"_s, IpTransport::Udp, 123, Verdict::Fail,
                  Reason::Timeout)
        << record(u"i3"_s, Requirement::Must, tpe, IpTransport::Icmp, 0, Verdict::Fail, Reason::Error)
        << record(u"n2"_s, Requirement::Optional, u"dns.example.net"_s, IpTransport::Udp, 53, Verdict::Fail,
                  Reason::DnsFail)
        << record(u"x1"_s, Requirement::Optional, tpe, IpTransport::Tcp, 443, Verdict::Warn, Reason::ClockSkew)
        << record(u"n4"_s, Requirement::Optional, QString(), IpTransport::Udp, 0, Verdict::Info, Reason::NotTestable);
    return report;
}

} // namespace

class TestChangeRequest final : public QObject
{
    Q_OBJECT

private slots:
    void serviceLabels()
    {
        QCOMPARE(serviceLabel(IpTransport::Tcp, 3001), u"TCP/3001"_s);
        QCOMPARE(serviceLabel(IpTransport::Udp, 500), u"UDP/500"_s);
        QCOMPARE(serviceLabel(IpTransport::Udp, 0), u"UDP"_s);
        QCOMPARE(serviceLabel(IpTransport::Icmp, 0), u"ICMP"_s);
        QCOMPARE(serviceLabel(IpTransport::Ip, 0), u"IP/50 (ESP)"_s);
    }

    void rulesAreGroupedMustFirst()
    {
        const ChangeRequest request = changeRequest(sampleReport());
        QCOMPARE(request.rules.size(), 3);
        // NTP: OPTIONAL for n1, MUST for n3: the rule is MUST, in the place its first check had.
        const FirewallRule &ntp = request.rules.at(0);
        QCOMPARE(ntp.flowIds, (QStringList{u"n1"_s, u"n3"_s}));
        QCOMPARE(ntp.requirement, Requirement::Must);
        QCOMPARE(ntp.reasons, (QStringList{u"no-response"_s, u"timeout"_s}));
        // i7 and i8 go to the same host and port: one rule for both flows, with both findings.
        const FirewallRule &ftp = request.rules.at(1);
        QCOMPARE(ftp.flowIds, (QStringList{u"i7"_s, u"i8"_s}));
        QCOMPARE(ftp.service, u"TCP/21"_s);
        QCOMPARE(ftp.host, u"tpe.example.com"_s);
        QCOMPARE(ftp.addresses, (QStringList{u"192.0.2.10"_s, u"2001:db8::10"_s}));
        QCOMPARE(ftp.reasons, (QStringList{u"timeout"_s, u"refused"_s}));
        QCOMPARE(ftp.requirement, Requirement::Must);
        QCOMPARE(ftp.direction, Direction::Unidirectional);
        QCOMPARE(request.rules.at(2).flowIds, QStringList{u"i6"_s});
        // What no rule fixes is an action: the probe error, DNS, the clock. Passed and info checks ask nothing.
        QCOMPARE(request.actions.size(), 3);
        QVERIFY(request.actions.at(0).contains(u"Run the check again"_s));
        QVERIFY(request.actions.at(1).contains(u"DNS resolver"_s));
        QVERIFY(request.actions.at(2).contains(u"clock"_s));
    }

    void optionalRulesComeLast()
    {
        Report report;
        report.checks << record(u"o1"_s, Requirement::Optional, u"a.example"_s, IpTransport::Udp, 123, Verdict::Fail,
                                Reason::Timeout)
                      << record(u"m1"_s, Requirement::Must, u"b.example"_s, IpTransport::Tcp, 22, Verdict::Fail,
                                Reason::Refused);
        const ChangeRequest request = changeRequest(report);
        QCOMPARE(request.rules.size(), 2);
        QCOMPARE(request.rules.at(0).flowIds, QStringList{u"m1"_s});
        QCOMPARE(request.rules.at(1).flowIds, QStringList{u"o1"_s});
        QCOMPARE(request.rules.at(1).requirement, Requirement::Optional);
    }

    void interceptionIsARule()
    {
        QVERIFY(needsFirewallRule(Reason::TlsIntercepted));
        QVERIFY(needsFirewallRule(Reason::ProxyRequired));
        QVERIFY(!needsFirewallRule(Reason::TlsClientCertRequired));
        QVERIFY(!needsFirewallRule(Reason::Error));
        QVERIFY(!needsFirewallRule(Reason::DnsFail));
    }

    void text()
    {
        Report report = sampleReport();
        InterfaceInfo eth;
        eth.name = u"eth0"_s;
        eth.kind = u"ethernet"_s;
        eth.addresses = {u"fe80::1/64"_s, u"192.168.10.23/24"_s};
        eth.up = true;
        eth.defaultRoute = true;
        report.environment.interfaces << eth;
        const QString text = changeRequestText(report);
        QVERIFY2(text.startsWith(u"Firewall change request: ThingPark base station\nSite: Depot\n"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"For: Self-hosted ThingPark Enterprise, TPE tpe.example.com, "_s), qPrintable(text));
        QVERIFY(text.contains(u"Tested: 2026-03-01 09:30 UTC"_s));
        QVERIFY2(text.contains(u"Source of every rule: the gateway's LAN (the test laptop was on 192.168.10.0/24)."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"2. Allow TCP/21 to tpe.example.com (192.0.2.10, 2001:db8::10), outbound. Flow i7, "
                               "i8, MUST. Found: timeout, refused."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"1. Allow UDP/123 to ntp.example.net (192.0.2.10, 2001:db8::10), outbound. Flow n1, "
                               "n3, MUST. Found: no-response, timeout."_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"\nAlso:\n- Run the check again"_s));
        QVERIFY(!text.contains(u"TCP/22"_s));
        QVERIFY(text.trimmed().endsWith(laptopCaveat()));
    }

    void nothingToChange()
    {
        Report report;
        report.checks << record(u"i5"_s, Requirement::Must, u"tpe.example.com"_s, IpTransport::Tcp, 22, Verdict::Pass,
                                Reason::Ok);
        QVERIFY(changeRequest(report).isEmpty());
        QVERIFY(changeRequestText(report).contains(u"No change is needed"_s));
    }

    void laptopNetworks()
    {
        Environment env;
        QCOMPARE(laptopNetwork(env), QString());
        InterfaceInfo eth;
        eth.up = true;
        eth.defaultRoute = true;
        eth.addresses = {u"10.20.30.40/16"_s};
        env.interfaces << eth;
        QCOMPARE(laptopNetwork(env), u"10.20.0.0/16"_s);
        env.redact();
        QCOMPARE(laptopNetwork(env), QString());
    }
};

QTEST_APPLESS_MAIN(TestChangeRequest)
#include "testchangerequest.moc"
