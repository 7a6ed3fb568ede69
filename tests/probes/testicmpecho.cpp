// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QJsonObject>
#include <QTest>

#include "core/probes/icmpecho.h"

using namespace tpready;
using Kind = IcmpMessage::Kind;
using Status = PingOutcome::Status;

namespace {

const QByteArray kCookie = QByteArray::fromHex("00112233445566778899aabbccddeeff");

QByteArray payload()
{
    return QByteArray("tpready!") + kCookie;
}

QByteArray reply(bool ipv6, quint16 identifier, quint16 sequence, const QByteArray &data)
{
    QByteArray packet = buildIcmpEchoRequest(ipv6, identifier, sequence, data);
    packet[0] = char(ipv6 ? 129 : 0);
    return packet;
}

QByteArray ipv4Header(int protocol, int ttl)
{
    QByteArray header(20, '\0');
    header[0] = char(0x45);
    header[8] = char(ttl);
    header[9] = char(protocol);
    return header;
}

} // namespace

class TestIcmpEcho : public QObject
{
    Q_OBJECT

private slots:
    void requestBytes()
    {
        const QByteArray packet = buildIcmpEchoRequest(false, 0x1234, 0x0001, QByteArray("abcd"));
        QCOMPARE(packet.toHex(), QByteArray("080021041234000161626364"));
        QCOMPARE(internetChecksum(packet), quint16(0)); // a packet with its checksum sums to zero
        QCOMPARE(packet.mid(8), QByteArray("abcd"));
        const QByteArray v6 = buildIcmpEchoRequest(true, 1, 2, QByteArray("x"));
        QCOMPARE(v6.left(4).toHex(), QByteArray("80000000")); // type 128, checksum left to the kernel
    }

    void checksumRfc1071Example()
    {
        // RFC 1071 section 3: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2, so the checksum is 220d.
        QCOMPARE(internetChecksum(QByteArray::fromHex("0001f203f4f5f6f7")), quint16(0x220d));
        QCOMPARE(internetChecksum(QByteArray::fromHex("01")), quint16(0xfeff));
    }

    void linuxReplyWithRewrittenIdentifier()
    {
        // Linux ping sockets replace the identifier with the socket's port: match on sequence and cookie.
        const IcmpMessage m = parseIcmpDatagram(reply(false, 0x1a48, 7, payload()), false, 7, kCookie.left(16));
        QCOMPARE(m.kind, Kind::NotOurs); // the payload starts with the tag, not the cookie
        const IcmpMessage ours = parseIcmpDatagram(reply(false, 0x1a48, 7, kCookie + "rest"), false, 7, kCookie);
        QCOMPARE(ours.kind, Kind::EchoReply);
        QCOMPARE(ours.ttl, -1);
    }

    void macosReplyWithIpHeader()
    {
        const QByteArray datagram = ipv4Header(1, 57) + reply(false, 1, 9, kCookie);
        const IcmpMessage m = parseIcmpDatagram(datagram, false, 9, kCookie);
        QCOMPARE(m.kind, Kind::EchoReply);
        QCOMPARE(m.ttl, 57);
    }

    void ipv6Reply()
    {
        QCOMPARE(parseIcmpDatagram(reply(true, 1, 3, kCookie), true, 3, kCookie).kind, Kind::EchoReply);
        // An IPv6 datagram is never taken for one with an IPv4 header.
        QCOMPARE(parseIcmpDatagram(reply(true, 1, 3, kCookie), false, 3, kCookie).kind, Kind::NotOurs);
    }

    void notOurs()
    {
        QCOMPARE(parseIcmpDatagram(reply(false, 1, 8, kCookie), false, 9, kCookie).kind, Kind::NotOurs);
        QByteArray other = kCookie;
        other[3] = 'X';
        QCOMPARE(parseIcmpDatagram(reply(false, 1, 9, other), false, 9, kCookie).kind, Kind::NotOurs);
        QCOMPARE(parseIcmpDatagram(QByteArray::fromHex("0000"), false, 9, kCookie).kind, Kind::NotOurs);
        QCOMPARE(parseIcmpDatagram(QByteArray(), false, 9, kCookie).kind, Kind::NotOurs);
        // An echo request (ours, looped back) is not a reply.
        QCOMPARE(parseIcmpDatagram(buildIcmpEchoRequest(false, 1, 9, kCookie), false, 9, kCookie).kind, Kind::NotOurs);
        // An IPv4 header that claims more than there is.
        QByteArray bad = ipv4Header(1, 64);
        bad[0] = char(0x4f);
        QCOMPARE(parseIcmpDatagram(bad, false, 9, kCookie).kind, Kind::NotOurs);
    }

    void destinationUnreachableQuotingUs()
    {
        // type 3 code 1 from a router, quoting our IP header and the first 8 octets of our request (RFC 792).
        const QByteArray request = buildIcmpEchoRequest(false, 0x1a48, 11, kCookie);
        const QByteArray error =
            QByteArray::fromHex("03010000") + QByteArray(4, '\0') + ipv4Header(1, 63) + request.left(8);
        const IcmpMessage m = parseIcmpDatagram(error, false, 11, kCookie);
        QCOMPARE(m.kind, Kind::Unreachable);
        QCOMPARE(m.type, 3);
        QCOMPARE(m.code, 1);
        // A router that quotes more must quote our cookie.
        QCOMPARE(parseIcmpDatagram(error + kCookie.left(4), false, 11, kCookie).kind, Kind::Unreachable);
        QCOMPARE(parseIcmpDatagram(error + QByteArray("zzzz"), false, 11, kCookie).kind, Kind::NotOurs);
        QCOMPARE(parseIcmpDatagram(error, false, 12, kCookie).kind, Kind::NotOurs);
    }

    void timeExceededV4AndV6()
    {
        const QByteArray request4 = buildIcmpEchoRequest(false, 1, 5, kCookie);
        const QByteArray exceeded4 =
            QByteArray::fromHex("0b000000") + QByteArray(4, '\0') + ipv4Header(1, 1) + request4.left(8);
        QCOMPARE(parseIcmpDatagram(exceeded4, false, 5, kCookie).kind, Kind::TimeExceeded);

        QByteArray ipv6Header(40, '\0');
        ipv6Header[0] = char(0x60);
        ipv6Header[6] = char(58);
        const QByteArray request6 = buildIcmpEchoRequest(true, 1, 5, kCookie);
        const QByteArray unreachable6 = QByteArray::fromHex("01030000") + QByteArray(4, '\0') + ipv6Header + request6;
        QCOMPARE(parseIcmpDatagram(unreachable6, true, 5, kCookie).kind, Kind::Unreachable);
        const QByteArray exceeded6 = QByteArray::fromHex("03000000") + QByteArray(4, '\0') + ipv6Header + request6;
        QCOMPARE(parseIcmpDatagram(exceeded6, true, 5, kCookie).kind, Kind::TimeExceeded);
        QCOMPARE(parseIcmpDatagram(unreachable6.left(30), true, 5, kCookie).kind, Kind::NotOurs);
    }

    void pingCommands()
    {
        QString program;
        QStringList arguments;
        QVERIFY(
            pingCommand(PingFlavor::Iputils, QHostAddress(QStringLiteral("192.0.2.1")), 3000, 5, &program, &arguments));
        QCOMPARE(program, QStringLiteral("ping"));
        // Five echoes 0.2 s apart, the run ending half a second or more before the probe's deadline.
        QCOMPARE(arguments.join(u' '), QStringLiteral("-n -c 5 -i 0.2 -w 2 192.0.2.1"));
        QVERIFY(
            pingCommand(PingFlavor::MacOs, QHostAddress(QStringLiteral("192.0.2.1")), 2500, 5, &program, &arguments));
        QCOMPARE(arguments.join(u' '), QStringLiteral("-n -c 1 -t 2 192.0.2.1"));
        QVERIFY(
            pingCommand(PingFlavor::MacOs, QHostAddress(QStringLiteral("2001:db8::1")), 2000, 5, &program, &arguments));
        QCOMPARE(program, QStringLiteral("ping6"));
        QVERIFY(
            pingCommand(PingFlavor::Windows, QHostAddress(QStringLiteral("192.0.2.1")), 2000, 5, &program, &arguments));
        QCOMPARE(arguments.join(u' '), QStringLiteral("-n 1 -w 2000 192.0.2.1"));
        QVERIFY(pingCommand(PingFlavor::Iputils, QHostAddress(QStringLiteral("fe80::1%eth0")), 500, 5, &program,
                            &arguments));
        QCOMPARE(arguments.last(), QStringLiteral("fe80::1")); // no zone on the command line
        QCOMPARE(arguments.at(6), QStringLiteral("1"));        // at least a second
        QVERIFY(!pingCommand(PingFlavor::Iputils, QHostAddress(), 2000, 5, &program, &arguments));
        QVERIFY(program.isEmpty() && arguments.isEmpty());
    }

    void pingSeries()
    {
        // Recorded on Debian 12 (iputils 20221126) through a link losing packets: five sent, three answered.
        const QByteArray output("PING 10.77.2.10 (10.77.2.10) 56(84) bytes of data.\n"
                                "64 bytes from 10.77.2.10: icmp_seq=1 ttl=63 time=301 ms\n"
                                "64 bytes from 10.77.2.10: icmp_seq=3 ttl=63 time=305 ms\n"
                                "64 bytes from 10.77.2.10: icmp_seq=4 ttl=63 time=320 ms\n\n"
                                "--- 10.77.2.10 ping statistics ---\n"
                                "5 packets transmitted, 3 received, 40% packet loss, time 806ms\n"
                                "rtt min/avg/max/mdev = 301.023/308.667/320.112/8.1 ms\n");
        const PingOutcome outcome = parsePingOutput(PingFlavor::Iputils, 0, output);
        QCOMPARE(int(outcome.status), int(Status::Reply));
        QCOMPARE(outcome.rtts, (QList<double>{301, 305, 320}));
        QCOMPARE(outcome.transmitted, 5);
        QCOMPARE(outcome.rttMs, 301.0); // the first reply's
        QVERIFY(outcome.line.contains(QStringLiteral("icmp_seq=1")));
    }

    void pathMtu()
    {
        using State = PathMtuProbe::State;
        QCOMPARE(pathMtuSizes(false).first(), 1500);
        QCOMPARE(pathMtuSizes(false).last(), 576);
        QCOMPARE(pathMtuSizes(true).last(), 1280); // IPv6's minimum MTU
        QCOMPARE(pathMtuPayloadSize(false, 1500), 1472);
        QCOMPARE(pathMtuPayloadSize(true, 1500), 1452);

        // Full size through.
        PathMtu mtu = summarizePathMtu({{1500, State::Answered, -1}, {1492, State::Answered, -1}});
        QCOMPARE(mtu.mtu, 1500);
        QVERIFY(!mtu.blackHole);
        QCOMPARE(mtu.probes, QStringLiteral("1500 answered, 1492 answered"));

        // A black hole: larger echoes lost without a word.
        mtu = summarizePathMtu({{1500, State::Pending, -1},
                                {1400, State::Pending, -1},
                                {1200, State::Answered, -1},
                                {1000, State::Answered, -1}});
        QCOMPARE(mtu.mtu, 1200);
        QCOMPARE(mtu.lostAbove, 1400);
        QVERIFY(mtu.blackHole);
        QCOMPARE(mtu.evidence().value(u"path_mtu").toInt(), 1200);
        QCOMPARE(mtu.evidence().value(u"path_mtu_black_hole").toBool(), true);
        QCOMPARE(mtu.evidence().value(u"path_mtu_lost_above").toInt(), 1400);

        // A router said so: a smaller MTU, no black hole (TCP's path-MTU discovery works).
        mtu = summarizePathMtu({{1500, State::FragmentationNeeded, 1400}, {1400, State::Answered, -1}});
        QCOMPARE(mtu.mtu, 1400);
        QCOMPARE(mtu.reported, 1400);
        QVERIFY(!mtu.blackHole);
        QVERIFY(mtu.probes.contains(QStringLiteral("1500 fragmentation needed (MTU 1400)")));

        // Too big for this laptop's own link: not the path's fault.
        mtu = summarizePathMtu({{1500, State::TooBigHere, -1}, {1492, State::Answered, -1}});
        QCOMPARE(mtu.mtu, 1492);
        QVERIFY(!mtu.blackHole);

        // Nothing came back: no figure.
        mtu = summarizePathMtu({{1500, State::Pending, -1}, {576, State::Pending, -1}});
        QCOMPARE(mtu.mtu, -1);
        QVERIFY(!mtu.blackHole);
        QVERIFY(mtu.evidence().value(u"path_mtu").isNull());
    }

    void echoSeries()
    {
        EchoSeries series;
        series.sent = 5;
        series.rttMs = {300, 310, 305, 325};
        QCOMPARE(series.received(), 4);
        QCOMPARE(series.lossPercent(), 20);
        QCOMPARE(series.minMs(), 300.0);
        QCOMPARE(series.maxMs(), 325.0);
        QCOMPARE(series.avgMs(), 310.0);
        QCOMPARE(series.jitterMs(), (10.0 + 5.0 + 20.0) / 3.0);
        const QJsonObject evidence = series.evidence();
        QCOMPARE(evidence.value(u"echoes_sent").toInt(), 5);
        QCOMPARE(evidence.value(u"echoes_received").toInt(), 4);
        QCOMPARE(evidence.value(u"loss_percent").toInt(), 20);
        QCOMPARE(evidence.value(u"rtt_avg_ms").toDouble(), 310.0);
        QCOMPARE(evidence.value(u"jitter_ms").toDouble(), 11.667);

        EchoSeries none;
        none.sent = 3;
        QCOMPARE(none.lossPercent(), 100);
        QCOMPARE(none.jitterMs(), 0.0);
        QVERIFY(!none.evidence().contains(u"rtt_avg_ms"));
        QCOMPARE(EchoSeries().lossPercent(), 0);
        EchoSeries one;
        one.sent = 1;
        one.rttMs = {12.5};
        QCOMPARE(one.lossPercent(), 0);
        QCOMPARE(one.jitterMs(), 0.0);
    }

    void pingOutputs_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("rtt");
        QTest::addColumn<int>("ttl");
        const int lnx = int(PingFlavor::Iputils), mac = int(PingFlavor::MacOs), win = int(PingFlavor::Windows);
        // Recorded on Debian 12 (iputils 20221126).
        QTest::newRow("iputils reply") << lnx << 0
                                       << QByteArray("PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.\n"
                                                     "64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.063 ms\n\n"
                                                     "--- 127.0.0.1 ping statistics ---\n"
                                                     "1 packets transmitted, 1 received, 0% packet loss, time 0ms\n"
                                                     "rtt min/avg/max/mdev = 0.063/0.063/0.063/0.000 ms\n")
                                       << int(Status::Reply) << 0.063 << 64;
        QTest::newRow("iputils no reply")
            << lnx << 1
            << QByteArray("PING 192.0.2.1 (192.0.2.1) 56(84) bytes of data.\n\n--- 192.0.2.1 ping statistics ---\n"
                          "1 packets transmitted, 0 received, 100% packet loss, time 0ms\n")
            << int(Status::Timeout) << -1.0 << -1;
        QTest::newRow("iputils router unreachable")
            << lnx << 1
            << QByteArray("PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.\n"
                          "From 192.168.1.1 icmp_seq=1 Destination Host Unreachable\n")
            << int(Status::Unreachable) << -1.0 << -1;
        QTest::newRow("iputils no route") << lnx << 2 << QByteArray("ping: connect: Network is unreachable\n")
                                          << int(Status::Unreachable) << -1.0 << -1;
        QTest::newRow("iputils bad usage")
            << lnx << 2 << QByteArray("ping: invalid argument: 'x'\n") << int(Status::Error) << -1.0 << -1;
        QTest::newRow("busybox reply") << lnx << 0
                                       << QByteArray("64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.101 ms\n")
                                       << int(Status::Reply) << 0.101 << 64;
        QTest::newRow("macos reply") << mac << 0
                                     << QByteArray("PING 127.0.0.1 (127.0.0.1): 56 data bytes\n"
                                                   "64 bytes from 127.0.0.1: icmp_seq=0 ttl=64 time=0.050 ms\n")
                                     << int(Status::Reply) << 0.05 << 64;
        QTest::newRow("macos timeout")
            << mac << 2 << QByteArray("PING 192.0.2.1 (192.0.2.1): 56 data bytes\nRequest timeout for icmp_seq 0\n")
            << int(Status::Timeout) << -1.0 << -1;
        QTest::newRow("macos no route") << mac << 68 << QByteArray("ping: sendto: No route to host\n")
                                        << int(Status::Unreachable) << -1.0 << -1;
        QTest::newRow("windows reply") << win << 0
                                       << QByteArray("\r\nPinging 127.0.0.1 with 32 bytes of data:\r\n"
                                                     "Reply from 127.0.0.1: bytes=32 time<1ms TTL=128\r\n\r\n")
                                       << int(Status::Reply) << 1.0 << 128;
        QTest::newRow("windows german") << win << 0
                                        << QByteArray("Antwort von 192.168.1.1: Bytes=32 Zeit=3ms TTL=64\r\n")
                                        << int(Status::Reply) << 3.0 << 64;
        QTest::newRow("windows relayed unreachable, exit 0")
            << win << 0 << QByteArray("Reply from 192.168.1.254: Destination host unreachable.\r\n")
            << int(Status::Unreachable) << -1.0 << -1;
        QTest::newRow("windows localised unreachable, exit 0")
            << win << 0
            << QByteArray("R\x82ponse de 192.168.1.254\xff: Impossible de joindre l'h\x93te de destination.\r\n")
            << int(Status::Unreachable) << -1.0 << -1;
        QTest::newRow("windows timeout") << win << 1 << QByteArray("Request timed out.\r\n") << int(Status::Timeout)
                                         << -1.0 << -1;
        QTest::newRow("ttl in a host name is no reply")
            << lnx << 1 << QByteArray("PING ttl=5.example (192.0.2.1) 56(84) bytes of data.\n") << int(Status::Timeout)
            << -1.0 << -1;
    }

    void pingOutputs()
    {
        QFETCH(int, flavor);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, output);
        QFETCH(int, status);
        QFETCH(double, rtt);
        QFETCH(int, ttl);
        const PingOutcome outcome = parsePingOutput(static_cast<PingFlavor>(flavor), exitCode, output);
        QCOMPARE(int(outcome.status), status);
        QCOMPARE(outcome.ttl, ttl);
        if (rtt < 0)
            QCOMPARE(outcome.rttMs, -1.0);
        else
            QVERIFY(qAbs(outcome.rttMs - rtt) < 1e-9);
        QVERIFY(!outcome.line.isEmpty());
    }

    void windowsLessThanOneMillisecond()
    {
        const PingOutcome outcome =
            parsePingOutput(PingFlavor::Windows, 0, "Reply from 127.0.0.1: bytes=32 time<1ms TTL=128\r\n");
        QCOMPARE(outcome.rttText, QStringLiteral("<1ms"));
    }
};

QTEST_APPLESS_MAIN(TestIcmpEcho)
#include "testicmpecho.moc"
