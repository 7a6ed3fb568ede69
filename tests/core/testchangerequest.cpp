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
                   quint16 port, Verdict verdict, Reason reason, Direction direction = Direction::Unidirectional,
                   Protocol protocol = Protocol::Tls)
{
    CheckRecord check;
    check.protocol = protocol;
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
    report.checks << record(u"n1"_s, Requirement::Optional, u"ntp.example.net"_s, IpTransport::Udp, 123, Verdict::Fail,
                            Reason::NoResponse)
                  << record(u"i7"_s, Requirement::Must, tpe, IpTransport::Tcp, 21, Verdict::Fail, Reason::Timeout)
                  << record(u"i8"_s, Requirement::Must, tpe, IpTransport::Tcp, 21, Verdict::Fail, Reason::Refused)
                  << record(u"i5"_s, Requirement::Must, tpe, IpTransport::Tcp, 22, Verdict::Pass, Reason::Ok)
                  << record(u"i6"_s, Requirement::Must, tpe, IpTransport::Tcp, 2404, Verdict::Fail,
                            Reason::WrongService, Direction::Unidirectional, Protocol::Iec104)
                  << record(u"n3"_s, Requirement::Must, u"ntp.example.net"_s, IpTransport::Udp, 123, Verdict::Fail,
                            Reason::Timeout)
                  << record(u"i3"_s, Requirement::Must, tpe, IpTransport::Icmp, 0, Verdict::Fail, Reason::Error)
                  << record(u"n2"_s, Requirement::Optional, u"dns.example.net"_s, IpTransport::Udp, 53, Verdict::Fail,
                            Reason::DnsFail)
                  << record(u"x1"_s, Requirement::Optional, tpe, IpTransport::Tcp, 443, Verdict::Warn,
                            Reason::ClockSkew)
                  << record(u"n4"_s, Requirement::Optional, QString(), IpTransport::Udp, 0, Verdict::Info,
                            Reason::NotTestable);
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

    void actionsOfReasons_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("action"); // -1: no rule, said in words
        const QList<std::pair<Reason, int>> rows{
            {Reason::Timeout, int(ChangeAction::AllowFlow)},
            {Reason::NoResponse, int(ChangeAction::AllowFlow)},
            {Reason::Refused, int(ChangeAction::AllowFlow)},
            {Reason::Unreachable, int(ChangeAction::AllowFlow)},
            {Reason::ProxyRequired, int(ChangeAction::AllowFlow)},
            {Reason::TlsIntercepted, int(ChangeAction::ExemptTlsInspection)},
            {Reason::TlsUntrusted, int(ChangeAction::ExemptTlsInspection)},
            {Reason::WrongService, int(ChangeAction::AllowApplication)},
            {Reason::DnsFail, int(ChangeAction::FixNameResolution)},
            {Reason::Ok, -1},
            {Reason::TlsClientCertRequired, -1},
            {Reason::ClockSkew, -1},
            {Reason::NotTestable, -1},
            {Reason::Cancelled, -1},
            {Reason::Error, -1},
        };
        for (const auto &[reason, action] : rows)
            QTest::newRow(qPrintable(toToken(reason))) << int(reason) << action;
    }

    void actionsOfReasons()
    {
        QFETCH(int, reason);
        QFETCH(int, action);
        const std::optional<ChangeAction> found = changeActionFor(Reason(reason));
        QCOMPARE(found ? int(*found) : -1, action);
    }

    void actionTokens()
    {
        QStringList tokens;
        for (const ChangeAction action : kChangeActions)
            tokens << toToken(action);
        QCOMPARE(tokens, (QStringList{u"allow-flow"_s, u"exempt-tls-inspection"_s, u"allow-application"_s,
                                      u"fix-name-resolution"_s}));
    }

    void rulesAreGroupedByActionMustFirst()
    {
        const ChangeRequest request = changeRequest(sampleReport());
        QCOMPARE(request.rules.size(), 4);
        // NTP: OPTIONAL for n1, MUST for n3: the rule is MUST, in the place its first check had.
        const FirewallRule &ntp = request.rules.at(0);
        QCOMPARE(ntp.action, ChangeAction::AllowFlow);
        QCOMPARE(ntp.flowIds, (QStringList{u"n1"_s, u"n3"_s}));
        QCOMPARE(ntp.requirement, Requirement::Must);
        QCOMPARE(ntp.reasons, (QStringList{u"no-response"_s, u"timeout"_s}));
        // i7 and i8 go to the same host and port: one rule for both flows, with both findings.
        const FirewallRule &ftp = request.rules.at(1);
        QCOMPARE(ftp.action, ChangeAction::AllowFlow);
        QCOMPARE(ftp.flowIds, (QStringList{u"i7"_s, u"i8"_s}));
        QCOMPARE(ftp.service, u"TCP/21"_s);
        QCOMPARE(ftp.host, u"tpe.example.com"_s);
        QCOMPARE(ftp.addresses, (QStringList{u"192.0.2.10"_s, u"2001:db8::10"_s}));
        QCOMPARE(ftp.reasons, (QStringList{u"timeout"_s, u"refused"_s}));
        QCOMPARE(ftp.requirement, Requirement::Must);
        QCOMPARE(ftp.direction, Direction::Unidirectional);
        // Something else answers 2404: the application is what to let through, named as firewalls name it.
        const FirewallRule &iec = request.rules.at(2);
        QCOMPARE(iec.action, ChangeAction::AllowApplication);
        QCOMPARE(iec.flowIds, QStringList{u"i6"_s});
        QCOMPARE(iec.application, u"IEC 60870-5-104"_s);
        QCOMPARE(changeRuleService(iec), u"IEC 60870-5-104 on TCP/2404"_s);
        // The name that does not resolve: one rule for the host, no port, no addresses.
        const FirewallRule &dns = request.rules.at(3);
        QCOMPARE(dns.action, ChangeAction::FixNameResolution);
        QCOMPARE(dns.host, u"dns.example.net"_s);
        QCOMPARE(dns.service, QString());
        QVERIFY(dns.addresses.isEmpty());
        QCOMPARE(dns.requirement, Requirement::Optional);
        QCOMPARE(request.rulesFor(ChangeAction::AllowFlow).size(), 2);
        QCOMPARE(request.rulesFor(ChangeAction::ExemptTlsInspection).size(), 0);
        // What no rule fixes is an action: the probe error, the clock. Passed and info checks ask nothing.
        QCOMPARE(request.actions.size(), 2);
        QVERIFY(request.actions.at(0).contains(u"Run the check again"_s));
        QVERIFY(request.actions.at(1).contains(u"clock"_s));
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

    void inspectedFlowsAreExemptedNotAllowed()
    {
        Report report;
        const QString slrc = u"slrc1.example.com"_s;
        report.checks
            << record(u"i7"_s, Requirement::Must, slrc, IpTransport::Tcp, 3001, Verdict::Fail, Reason::TlsIntercepted)
            << record(u"i8"_s, Requirement::Must, slrc, IpTransport::Tcp, 3002, Verdict::Fail, Reason::TlsUntrusted)
            << record(u"i9"_s, Requirement::Must, slrc, IpTransport::Tcp, 3003, Verdict::Fail, Reason::Timeout);
        const ChangeRequest request = changeRequest(report);
        QCOMPARE(request.rulesFor(ChangeAction::ExemptTlsInspection).size(), 2);
        QCOMPARE(request.rulesFor(ChangeAction::AllowFlow).size(), 1);
        QCOMPARE(request.rules.constFirst().service, u"TCP/3003"_s); // allowing comes first
        const QString text = changeRequestText(report);
        QVERIFY2(text.contains(u"Exempt TCP/3001 to slrc1.example.com (192.0.2.10, 2001:db8::10) from TLS "
                               "inspection. Flow i7, MUST. Found: tls-intercepted."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"\n3. Exempt TCP/3002 "_s), qPrintable(text));
        QVERIFY2(text.contains(u"\n1. Allow TCP/3003 "_s), qPrintable(text));
        QVERIFY2(text.contains(u"They already get through: no port needs opening."_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Allow TCP/3001"_s) && !text.contains(u"Allow TCP/3002"_s), qPrintable(text));
    }

    // The rule: no change-request row asks to allow a flow that the checks found open. Every reason, with a
    // passing check of the same host and service beside it.
    void neverAllowsWhatPassed()
    {
        for (int r = 0; r <= int(Reason::Error); ++r) {
            const auto reason = Reason(r);
            Report report;
            const QString host = u"lns.example.com"_s;
            report.checks << record(u"b1"_s, Requirement::Must, host, IpTransport::Tcp, 443, Verdict::Pass, Reason::Ok,
                                    Direction::Unidirectional, Protocol::Https)
                          << record(u"b2"_s, Requirement::Must, host, IpTransport::Tcp, 443, Verdict::Fail, reason,
                                    Direction::Unidirectional, Protocol::Wss);
            const ChangeRequest request = changeRequest(report);
            QVERIFY2(request.rulesFor(ChangeAction::AllowFlow).isEmpty(), qPrintable(toToken(reason)));
            QVERIFY2(!changeRequestText(report).contains(u"Allow TCP/443"_s), qPrintable(toToken(reason)));
            if (reason == Reason::Timeout) {
                QCOMPARE(request.rules.size(), 1);
                QCOMPARE(request.rules.constFirst().action, ChangeAction::AllowApplication);
                QCOMPARE(changeRuleService(request.rules.constFirst()), u"WebSocket over TLS (WSS) on TCP/443"_s);
            }
        }
    }

    void json()
    {
        Report report = sampleReport();
        report.environment.dnsServers = {u"192.168.10.1"_s};
        const QJsonObject json = changeRequestToJson(report);
        QCOMPARE(json.value(u"source"_s), QJsonValue()); // no interface known
        const QJsonArray groups = json.value(u"groups"_s).toArray();
        QCOMPARE(groups.size(), 3);
        QStringList actions;
        for (const QJsonValue &group : groups)
            actions << group.toObject().value(u"action"_s).toString();
        QCOMPARE(actions, (QStringList{u"allow-flow"_s, u"allow-application"_s, u"fix-name-resolution"_s}));
        const QJsonObject allow = groups.at(0).toObject();
        QVERIFY(allow.value(u"heading"_s).toString().startsWith(u"Allow these flows in the firewall"_s));
        const QJsonObject ftp = allow.value(u"rules"_s).toArray().at(1).toObject();
        QCOMPARE(ftp.value(u"number"_s).toInt(), 2);
        QCOMPARE(ftp.value(u"flows"_s).toArray(), (QJsonArray{u"i7"_s, u"i8"_s}));
        QCOMPARE(ftp.value(u"requirement"_s).toString(), u"must"_s);
        QCOMPARE(ftp.value(u"host"_s).toString(), u"tpe.example.com"_s);
        QCOMPARE(ftp.value(u"service"_s).toString(), u"TCP/21"_s);
        QCOMPARE(ftp.value(u"direction"_s).toString(), u"unidirectional"_s);
        QCOMPARE(ftp.value(u"found"_s).toArray(), (QJsonArray{u"timeout"_s, u"refused"_s}));
        QVERIFY(ftp.value(u"text"_s).toString().startsWith(u"Allow TCP/21 to tpe.example.com"_s));
        const QJsonObject dns = groups.at(2).toObject();
        QVERIFY2(dns.value(u"heading"_s).toString().contains(u"this laptop used 192.168.10.1"_s),
                 qPrintable(dns.value(u"heading"_s).toString()));
        const QJsonObject name = dns.value(u"rules"_s).toArray().at(0).toObject();
        QCOMPARE(name.value(u"number"_s).toInt(), 4);
        QCOMPARE(name.value(u"service"_s), QJsonValue());
        QCOMPARE(name.value(u"text"_s).toString(),
                 u"Make dns.example.net resolve. Flow n2, OPTIONAL. Found: dns-fail."_s);
        QCOMPARE(json.value(u"also"_s).toArray().size(), 2);
        // The report JSON carries it, and reading the report back does not need it.
        const QJsonObject root = reportToJson(report);
        QCOMPARE(root.value(u"change_request"_s).toObject(), json);
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
        QVERIFY2(text.contains(u"\nAllow these flows in the firewall, from the gateway's LAN (the test laptop was on "
                               "192.168.10.0/24); replies to them must be allowed back."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"\n3. Allow IEC 60870-5-104 on TCP/2404 to tpe.example.com (192.0.2.10, "
                               "2001:db8::10), outbound, unmodified. Flow i6, MUST. Found: wrong-service."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"\nFix the name resolution: the site's DNS resolvers must answer"_s), qPrintable(text));
        QVERIFY2(text.contains(u"\n4. Make dns.example.net resolve. Flow n2, OPTIONAL. Found: dns-fail.\n"_s),
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
