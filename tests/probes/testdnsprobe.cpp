// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "dnstestserver.h"
#include "probetestutil.h"
#include "testsupport/prerequisite.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include "core/probes/dnsprobe.h"

using namespace tpready;
using namespace probetest;
using namespace dnstest;

namespace {

const QStringList kPlanNames{QStringLiteral("lrc1.tpe.example"), QStringLiteral("tpe.example")};

bool isInvalid(const DnsResponse &q)
{
    return q.questionName.endsWith(QStringLiteral(".invalid"));
}

/// A resolver that knows the plan's names and answers NXDOMAIN for the rest.
QByteArray good(const DnsResponse &q, const QByteArray &raw, bool)
{
    if (isInvalid(q))
        return respond(raw, DnsRcode::NxDomain, {});
    if (q.questionType == DnsType::A)
        return respond(raw, DnsRcode::NoError, {a("192.0.2.10")});
    if (q.questionType == DnsType::AAAA)
        return respond(raw, DnsRcode::NoError, {aaaa("2001:db8::10")});
    if (q.questionType == DnsType::NS)
        return respond(raw, DnsRcode::NoError, {Answer{DnsType::NS, wireName("a.root-servers.net"), {}, 518400}});
    return respond(raw, DnsRcode::NotImp, {});
}

Run runDns(quint16 port, int timeoutMs, const QStringList &names = kPlanNames)
{
    ProbeConfig config = quickConfig(timeoutMs);
    config.planHosts = names;
    DnsProbe probe(loopbackTarget(Protocol::Dns, port, IpTransport::Udp), config);
    return runProbe(&probe);
}

QJsonObject queryOf(const Run &run, const QString &name, const QString &type)
{
    for (const QJsonValue &value : run.result.evidence.value(u"queries").toArray()) {
        const QJsonObject query = value.toObject();
        if (query.value(u"name").toString() == name && query.value(u"type").toString() == type)
            return query;
    }
    return {};
}

quint16 closedUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    const quint16 port = socket.localPort();
    socket.close();
    return port;
}

} // namespace

class TestDnsProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void resolvesPlanNames()
    {
        DnsServer server(good);
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.reason, Reason::Ok);
        const QJsonObject evidence = run.result.evidence;
        QCOMPARE(evidence.value(u"resolver").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(evidence.value(u"queries").toArray().size(), 4);
        const QJsonObject a1 = queryOf(run, QStringLiteral("lrc1.tpe.example"), QStringLiteral("A"));
        QCOMPARE(a1.value(u"rcode").toString(), QStringLiteral("NOERROR"));
        QCOMPARE(a1.value(u"answers").toArray().first().toString(), QStringLiteral("192.0.2.10"));
        QCOMPARE(a1.value(u"ttl").toInt(), 300);
        QCOMPARE(a1.value(u"via").toString(), QStringLiteral("udp"));
        QVERIFY(a1.value(u"ms").toInt() >= 0);
        QCOMPARE(queryOf(run, QStringLiteral("tpe.example"), QStringLiteral("AAAA"))
                     .value(u"answers")
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("2001:db8::10"));
        const QJsonObject hijack = evidence.value(u"hijack_test").toObject();
        QCOMPARE(hijack.value(u"rcode").toString(), QStringLiteral("NXDOMAIN"));
        QCOMPARE(hijack.value(u"hijacked").toBool(), false);
        QVERIFY(hijack.value(u"name").toString().endsWith(QStringLiteral(".invalid")));
        QCOMPARE(server.udpQueries, 5);
        QVERIFY(run.result.latencyMs >= 0);
        QVERIFY(run.elapsedMs < 1000);
    }

    void rootQueryWithoutNames()
    {
        DnsServer server(good);
        const Run run = runDns(server.port(), 2000, {});
        QCOMPARE(run.result.verdict, Verdict::Pass);
        const QJsonObject root = queryOf(run, QStringLiteral("."), QStringLiteral("NS"));
        QCOMPARE(root.value(u"rcode").toString(), QStringLiteral("NOERROR"));
        QCOMPARE(root.value(u"other").toArray().first().toString(), QStringLiteral("NS a.root-servers.net"));
    }

    void cnameChain()
    {
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) {
            if (q.questionType != DnsType::A || isInvalid(q))
                return good(q, raw, false);
            Answer target = a("192.0.2.20");
            target.owner = wireName("edge.cdn.example");
            return respond(raw, 0, {Answer{DnsType::CNAME, wireName("edge.cdn.example"), {}, 60}, target});
        });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        const QJsonObject a1 = queryOf(run, QStringLiteral("tpe.example"), QStringLiteral("A"));
        QCOMPARE(a1.value(u"cname").toArray().first().toString(), QStringLiteral("edge.cdn.example"));
        QCOMPARE(a1.value(u"answers").toArray().first().toString(), QStringLiteral("192.0.2.20"));
        QCOMPARE(a1.value(u"ttl").toInt(), 60);
    }

    void nxdomainForAPlanName()
    {
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) {
            if (q.questionName == u"lrc1.tpe.example")
                return respond(raw, DnsRcode::NxDomain, {});
            return good(q, raw, false);
        });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::DnsFail);
        QVERIFY2(run.result.detail.contains(QStringLiteral("lrc1.tpe.example does not exist (NXDOMAIN)")),
                 qPrintable(run.result.detail));
        QVERIFY(run.result.remediation.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(queryOf(run, QStringLiteral("lrc1.tpe.example"), QStringLiteral("A")).value(u"rcode").toString(),
                 QStringLiteral("NXDOMAIN"));
    }

    void noAddressRecords()
    {
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) {
            return isInvalid(q) ? respond(raw, DnsRcode::NxDomain, {}) : respond(raw, DnsRcode::NoError, {});
        });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::DnsFail);
        QVERIFY(run.result.detail.contains(QStringLiteral("has no A or AAAA record")));
    }

    void servfail()
    {
        DnsServer server(
            [](const DnsResponse &, const QByteArray &raw, bool) { return respond(raw, DnsRcode::ServFail, {}); });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::DnsFail);
        QVERIFY(run.result.detail.contains(QStringLiteral("SERVFAIL")));
        QVERIFY(run.elapsedMs < 1000);
    }

    void refused()
    {
        DnsServer server(
            [](const DnsResponse &, const QByteArray &raw, bool) { return respond(raw, DnsRcode::Refused, {}); });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::Refused);
        QVERIFY(run.result.detail.contains(QStringLiteral("REFUSED")));
    }

    void aaaaRefusedOnly()
    {
        // Like a dnsmasq without upstream and without IPv6 addresses: A answered, AAAA REFUSED. The names resolve:
        // a warning.
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) {
            if (q.questionType == DnsType::AAAA)
                return respond(raw, DnsRcode::Refused, {});
            return good(q, raw, false);
        });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Warn);
        QCOMPARE(run.result.reason, Reason::Refused);
        QVERIFY(run.result.detail.contains(QStringLiteral("AAAA: REFUSED")));
    }

    void aaaaSilent()
    {
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) {
            return q.questionType == DnsType::AAAA ? QByteArray() : good(q, raw, false);
        });
        const Run run = runDns(server.port(), 1000);
        QCOMPARE(run.result.verdict, Verdict::Warn);
        QCOMPARE(run.result.reason, Reason::NoResponse);
        QCOMPARE(queryOf(run, QStringLiteral("tpe.example"), QStringLiteral("AAAA")).value(u"attempts").toInt(), 3);
    }

    void nxdomainRewriting()
    {
        // "Search assist": names that do not exist get an address; the plan's names still resolve right.
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) {
            if (isInvalid(q))
                return respond(raw, DnsRcode::NoError, {a("127.0.0.9", 0)}, false, true);
            return good(q, raw, false);
        });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Warn);
        QCOMPARE(run.result.reason, Reason::WrongService);
        const QJsonObject hijack = run.result.evidence.value(u"hijack_test").toObject();
        QCOMPARE(hijack.value(u"hijacked").toBool(), true);
        QCOMPARE(hijack.value(u"answers").toArray().first().toString(), QStringLiteral("127.0.0.9"));
        QCOMPARE(hijack.value(u"ttl").toInt(), 0);
        QCOMPARE(hijack.value(u"aa").toBool(), true);
        QVERIFY(!run.result.remediation.isEmpty());
    }

    void captivePortalAnswersEverything()
    {
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) {
            if (q.questionType == DnsType::AAAA)
                return respond(raw, DnsRcode::NoError, {});
            return respond(raw, DnsRcode::NoError, {a("192.0.2.99", 0)});
        });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(run.result.detail.contains(QStringLiteral("192.0.2.99")));
    }

    void truncatedRetriedOverTcp()
    {
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool overTcp) {
            if (!overTcp && !isInvalid(q))
                return respond(raw, DnsRcode::NoError, {}, true);
            return good(q, raw, overTcp);
        });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        const QJsonObject a1 = queryOf(run, QStringLiteral("lrc1.tpe.example"), QStringLiteral("A"));
        QCOMPARE(a1.value(u"via").toString(), QStringLiteral("tcp"));
        QCOMPARE(a1.value(u"answers").toArray().first().toString(), QStringLiteral("192.0.2.10"));
        QCOMPARE(server.tcpQueries, 4);
    }

    void truncatedAndTcpRefused()
    {
        DnsServer server(
            [](const DnsResponse &q, const QByteArray &raw, bool) {
                if (!isInvalid(q) && q.questionType == DnsType::A)
                    return respond(raw, DnsRcode::NoError, {a("192.0.2.10")}, true);
                return good(q, raw, false);
            },
            false);
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Warn);
        QCOMPARE(run.result.reason, Reason::Refused);
        QVERIFY(run.result.detail.contains(QStringLiteral("truncated")));
        const QJsonObject a1 = queryOf(run, QStringLiteral("tpe.example"), QStringLiteral("A"));
        QCOMPARE(a1.value(u"tc").toBool(), true);
        QVERIFY(!a1.value(u"tcp_error").toString().isEmpty());
    }

    void compressionLoopIgnored()
    {
        DnsServer server([](const DnsResponse &, const QByteArray &raw, bool) {
            QByteArray reply = respond(raw, 0, {});
            reply[7] = 1;
            const int self = reply.size();
            reply.append(char(0xc0 | (self >> 8)));
            reply.append(char(self & 0xff)); // the owner name points at itself
            reply.append(QByteArray::fromHex("000100010000003c000401020304"));
            return reply;
        });
        const Run run = runDns(server.port(), 800);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::NoResponse);
        QVERIFY(run.result.evidence.value(u"ignored").toInt() >= 5);
        QVERIFY(run.elapsedMs >= 750 && run.elapsedMs < 2000);
    }

    void truncatedMessagesIgnored()
    {
        DnsServer server([](const DnsResponse &q, const QByteArray &raw, bool) {
            QByteArray reply = good(q, raw, false);
            reply.chop(3);
            return reply;
        });
        const Run run = runDns(server.port(), 800);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::NoResponse);
        QVERIFY(run.result.evidence.value(u"ignored").toInt() >= 5);
    }

    void wrongIdThenRight()
    {
        auto seen = std::make_shared<QSet<QByteArray>>();
        DnsServer server([seen](const DnsResponse &q, const QByteArray &raw, bool) {
            QByteArray reply = good(q, raw, false);
            if (!seen->contains(raw)) {
                seen->insert(raw);
                reply[0] = char(reply.at(0) ^ 0x5a); // first time: a spoofed id
            }
            return reply;
        });
        const Run run = runDns(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.evidence.value(u"ignored").toInt(), 5);
        QCOMPARE(queryOf(run, QStringLiteral("tpe.example"), QStringLiteral("A")).value(u"attempts").toInt(), 2);
    }

    void silentResolver()
    {
        DnsServer server([](const DnsResponse &, const QByteArray &, bool) { return QByteArray(); });
        const Run run = runDns(server.port(), 1000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::NoResponse);
        QCOMPARE(run.result.evidence.value(u"sent").toInt(), 15); // 5 queries, 3 attempts each
        QCOMPARE(server.udpQueries, 15);
        QVERIFY(run.elapsedMs >= 950 && run.elapsedMs < 2000);
    }

    void nothingListens()
    {
        // ICMP port unreachable on a connected UDP socket: refused, at once.
        const Run run = runDns(closedUdpPort(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::Refused);
        QCOMPARE(run.result.evidence.value(u"icmp_port_unreachable").toBool(), true);
        QVERIFY(run.elapsedMs < 1000);
    }

    void noResolverKnown()
    {
        ProbeTarget target = loopbackTarget(Protocol::Dns, 53, IpTransport::Udp);
        target.host.clear();
        target.address = QHostAddress();
        DnsProbe probe(target, quickConfig(1000));
        const Run run = runProbe(&probe);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Info);
        QCOMPARE(run.result.reason, Reason::NotTestable);
        QVERIFY(run.result.remediation.contains(QStringLiteral("--dns")));
    }

    void realDnsmasq_data()
    {
        QTest::addColumn<bool>("portal");
        QTest::newRow("resolver") << false;
        QTest::newRow("answers everything") << true;
    }

    void realDnsmasq()
    {
        QFETCH(bool, portal);
        const QString dnsmasq = QStringLiteral("/usr/sbin/dnsmasq");
        if (!QFileInfo(dnsmasq).isExecutable())
            TPREADY_MISSING(QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint16 port = freePort();
        QStringList arguments{QStringLiteral("--keep-in-foreground"),
                              QStringLiteral("--no-daemon"),
                              QStringLiteral("--conf-file=/dev/null"),
                              QStringLiteral("--no-resolv"),
                              QStringLiteral("--no-hosts"),
                              QStringLiteral("--bind-interfaces"),
                              QStringLiteral("--listen-address=127.0.0.1"),
                              QStringLiteral("--port=%1").arg(port),
                              QStringLiteral("--pid-file=%1").arg(dir.filePath(QStringLiteral("pid")))};
        if (portal) {
            // A captive portal's resolver: every name, .invalid included (RFC 6761 6.4), gets 127.0.0.9.
            arguments << QStringLiteral("--address=/#/127.0.0.9");
        } else {
            // Without an IPv6 address dnsmasq would forward AAAA and, with no upstream, answer REFUSED.
            arguments << QStringLiteral("--address=/tpe.example/192.0.2.10")
                      << QStringLiteral("--address=/tpe.example/2001:db8::10") << QStringLiteral("--local=/invalid/");
        }
        if (QFileInfo(QStringLiteral("/proc/self")).ownerId() == 0)
            arguments << QStringLiteral("--user=root");
        Daemon daemon;
        QVERIFY2(daemon.start(dnsmasq, arguments, port), daemon.output().constData());
        const Run run = runDns(port, 2000);
        qInfo("dnsmasq (pid %lld): %s", daemon.pid(), qPrintable(run.result.detail));
        if (portal) {
            QCOMPARE(run.result.verdict, Verdict::Fail);
            QCOMPARE(run.result.reason, Reason::WrongService);
            QCOMPARE(run.result.evidence.value(u"hijack_test").toObject().value(u"hijacked").toBool(), true);
        } else {
            QVERIFY2(run.result.verdict == Verdict::Pass, qPrintable(run.result.detail));
            QCOMPARE(queryOf(run, QStringLiteral("lrc1.tpe.example"), QStringLiteral("A"))
                         .value(u"answers")
                         .toArray()
                         .first()
                         .toString(),
                     QStringLiteral("192.0.2.10"));
            QCOMPARE(run.result.evidence.value(u"hijack_test").toObject().value(u"rcode").toString(),
                     QStringLiteral("NXDOMAIN"));
        }
        daemon.stop();
    }
};

QTEST_GUILESS_MAIN(TestDnsProbe)
#include "testdnsprobe.moc"
