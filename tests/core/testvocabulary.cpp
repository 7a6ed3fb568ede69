// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QTest>

#include "core/catalog/hostnames.h"
#include "core/catalog/vocabulary.h"

using namespace tpready;
using namespace Qt::StringLiterals;

class TestVocabulary final : public QObject
{
    Q_OBJECT

private slots:
    void tokensRoundTrip()
    {
        for (Deployment d : allDeployments())
            QCOMPARE(deploymentFromToken(toToken(d)), d);
        for (Transport t : allTransports())
            QCOMPARE(transportFromToken(toToken(t)), t);
        QCOMPARE(toToken(Transport::LrrPlain), QStringLiteral("lrr-plain"));
        QCOMPARE(toToken(Protocol::Iec104Tls), QStringLiteral("iec104-tls"));
        QCOMPARE(protocolFromToken(u"sftp-tls"), Protocol::SftpTls);
        QVERIFY(!deploymentFromToken(u"SaaS"));
        QVERIFY(!transportFromToken(u""));
        QCOMPARE(roleFromVendorName(u"SLRC (LNS-BRIDGE)"), Role::LnsBridge);
        QCOMPARE(vendorName(Role::NtpService), QStringLiteral("NTP service"));
    }

    void protocolTraits()
    {
        for (const ProtocolTraits &traits : kProtocolTraits) {
            QCOMPARE(protocolFromToken(toToken(traits.protocol)), traits.protocol);
            QCOMPARE(&traitsOf(traits.protocol), &traits);
            // A check without a port travels by ICMP, as an IP protocol (ESP) or, for DHCP, by UDP.
            if (!traits.takesPorts)
                QVERIFY(traits.family == ProtocolFamily::Info || traits.family == ProtocolFamily::Icmp);
        }
        QCOMPARE(kProtocolTraits.size(), kProtocolCount);
        QVERIFY(!protocolFromToken(u"TLS"));
        QVERIFY(!protocolFromToken(u""));
        QCOMPARE(traitsOf(Protocol::Esp).portlessTransport, IpTransport::Ip);
        QCOMPARE(traitsOf(Protocol::Icmp).portlessTransport, IpTransport::Icmp);
        QCOMPARE(traitsOf(Protocol::Dhcp).portlessTransport, IpTransport::Udp);
        QVERIFY(!traitsOf(Protocol::Dhcp).takesPorts);
        QVERIFY(traitsOf(Protocol::Dns).takesPorts);
        const QList<Protocol> tls{Protocol::Tls, Protocol::Iec104Tls, Protocol::SftpTls, Protocol::Https,
                                  Protocol::Wss};
        for (const ProtocolTraits &traits : kProtocolTraits)
            QCOMPARE(isTlsProtocol(traits.protocol), tls.contains(traits.protocol));
        QCOMPARE(familyOf(Protocol::Ike), ProtocolFamily::Udp);
        QCOMPARE(familyOf(Protocol::Iec104), ProtocolFamily::Tcp);
    }

    void transportAvailability()
    {
        QVERIFY(!isTransportAvailable(Deployment::Saas, Transport::LrrPlain));
        QVERIFY(isTransportAvailable(Deployment::SelfHosted, Transport::LrrPlain));
        QVERIFY(isTransportAvailable(Deployment::Saas, Transport::BasicsStation));
        QVERIFY(!isLrrTransport(Transport::BasicsStation));
    }

    void lrrVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("2.8") << "2.8" << true << "2.8";
        QTest::newRow("2.10") << "2.10" << true << "2.10";
        QTest::newRow("2.8.1") << "2.8.1" << true << "2.8.1";
        QTest::newRow("2.8.0") << "2.8.0" << true << "2.8";
        QTest::newRow("2") << "2" << false << "";
        QTest::newRow("v2.8") << "v2.8" << false << "";
        QTest::newRow("2.8.") << "2.8." << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("huge") << QString(5000, u'9') << false << "";
    }

    void lrrVersion()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        const auto version = LrrVersion::parse(text);
        QCOMPARE(version.has_value(), valid);
        if (valid)
            QCOMPARE(version->toString(), normalised);
    }

    void versionOrder()
    {
        QVERIFY(*LrrVersion::parse(u"2.7") < *LrrVersion::parse(u"2.8"));
        QVERIFY(*LrrVersion::parse(u"2.8") < *LrrVersion::parse(u"2.10"));
        QVERIFY(!(*LrrVersion::parse(u"2.8") < *LrrVersion::parse(u"2.8.0")));
        QVERIFY(*LrrVersion::parse(u"2.8.9") < *LrrVersion::parse(u"3.0"));
    }

    void hostInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("problemContains");
        QTest::newRow("name") << "tpe.example.com"
                              << "";
        QTest::newRow("trailing dot") << "tpe.example.com."
                                      << "";
        QTest::newRow("single label") << "tpe"
                                      << "";
        QTest::newRow("ipv4") << "192.0.2.10"
                              << "";
        QTest::newRow("ipv6") << "2001:db8::10"
                              << "";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("spaces") << "   "
                                << "empty";
        QTest::newRow("port") << "tpe.example.com:443"
                              << "includes a port";
        QTest::newRow("ipv4 port") << "192.0.2.1:22"
                                   << "includes a port";
        QTest::newRow("ipv6 brackets port") << "[2001:db8::1]:500"
                                            << "includes a port";
        QTest::newRow("ipv6 brackets") << "[2001:db8::1]"
                                       << "brackets";
        QTest::newRow("url") << "https://tpe.example.com"
                             << "URL";
        QTest::newRow("bad ipv4") << "192.0.2.300"
                                  << "not a valid IPv4";
        QTest::newRow("short ipv4") << "10.1"
                                    << "not a valid IPv4";
        QTest::newRow("underscore") << "tpe_1.example.com"
                                    << "neither";
        QTest::newRow("non-ascii") << QStringLiteral("t\u00e9l\u00e9.example.com") << "neither";
        QTest::newRow("zone") << "fe80::1%eth0"
                              << "zone";
        QTest::newRow("too long") << QString(300, u'a') << "longer than 253";
        QTest::newRow("long label") << QString(64, u'a') + QStringLiteral(".com") << "neither";
        QTest::newRow("hyphen start") << "-tpe.example.com"
                                      << "neither";
    }

    void hostInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, problemContains);
        const QString problem = checkHostInput(input, QStringLiteral("TPE address"));
        if (problemContains.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(problemContains), qPrintable(problem));
    }

    void dnsServerInput()
    {
        QVERIFY(checkDnsServerInput(QStringLiteral("192.0.2.53")).isEmpty());
        QVERIFY(checkDnsServerInput(QStringLiteral("2001:db8::53")).isEmpty());
        QVERIFY(checkDnsServerInput(QStringLiteral("dns.example.com")).contains(u"not an IP address"));
        QVERIFY(!checkDnsServerInput(QString()).isEmpty());
    }

    void splitList()
    {
        QCOMPARE(splitHostList(QStringLiteral(" a, b ;c\n d ")), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(splitHostList(QStringLiteral(" , ")), QStringList());
    }
};

QTEST_APPLESS_MAIN(TestVocabulary)
#include "testvocabulary.moc"
