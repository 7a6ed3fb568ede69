// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QRandomGenerator>
#include <QTest>

#include "core/probes/ntppacket.h"

using namespace tpready;

namespace {

// The NTP era boundary: 2036-02-07T06:28:16Z, when the 32-bit seconds roll over to 0.
constexpr qint64 kEra1UnixSeconds = 2085978496LL;
constexpr qint64 kMicro = 1000000;

// A real reply of chronyd 4.3 (`local stratum 10`, network namespace) to tpready's request with the random
// transmit value 6314fd36ba12317e.
const QByteArray kChronyReply = QByteArray::fromHex("240a00e700000000000000007f7f0101eeaf457bcb1600026314fd36ba12317e"
                                                    "eeaf457d7d9f447beeaf457d7da9a530");
constexpr quint64 kChronyOrigin = 0x6314fd36ba12317eULL;
// chronyd 4.3 without any source: LI 3, stratum 0, Reference ID 0 (origin abb04b08d8a6328f).
const QByteArray kChronyUnsynchronised = QByteArray::fromHex(
    "e40000e70001000000010000000000000000000000000000abb04b08d8a6328feeaf45c1496f6f59eeaf45c1497361e2");
constexpr quint64 kChronyUnsyncOrigin = 0xabb04b08d8a6328fULL;

constexpr quint64 kOrigin = 0x0123456789abcdefULL;

void putU32(QByteArray *data, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        (*data)[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
}

void putU64(QByteArray *data, int at, quint64 value)
{
    putU32(data, at, static_cast<quint32>(value >> 32));
    putU32(data, at + 4, static_cast<quint32>(value));
}

QByteArray reply(int leap, int version, int mode, int stratum, quint32 refId, quint64 origin, quint64 transmit)
{
    QByteArray r(kNtpPacketSize, '\0');
    r[0] = static_cast<char>((leap << 6) | (version << 3) | mode);
    r[1] = static_cast<char>(stratum);
    putU32(&r, 4, 0x00008000); // root delay 0.5 s
    putU32(&r, 8, 0x00000800); // root dispersion 31.25 ms
    putU32(&r, 12, refId);
    putU64(&r, 24, origin);
    putU64(&r, 32, transmit);
    putU64(&r, 40, transmit);
    return r;
}

quint32 ascii(const char (&code)[5])
{
    return (quint32(quint8(code[0])) << 24) | (quint32(quint8(code[1])) << 16) | (quint32(quint8(code[2])) << 8) |
           quint32(quint8(code[3]));
}

} // namespace

class TestNtpPacket final : public QObject
{
    Q_OBJECT

private slots:
    void requestLayout()
    {
        const QByteArray request = buildNtpRequest(kOrigin);
        QCOMPARE(request.size(), 48);
        QCOMPARE(quint8(request.at(0)), quint8(0x23)); // LI 0, VN 4, mode 3
        QCOMPARE(request.left(40), QByteArray(1, '\x23') + QByteArray(39, '\0'));
        QCOMPARE(request.mid(40).toHex(), QByteArray("0123456789abcdef"));
    }

    void parseRealChronyReply()
    {
        const NtpReply r = parseNtpReply(kChronyReply, {1, kChronyOrigin});
        QCOMPARE(r.status, NtpReply::Status::Valid);
        QVERIFY(r.isAnswer());
        QCOMPARE(r.originIndex, 1);
        QCOMPARE(r.packet.leap, 0);
        QCOMPARE(r.packet.version, 4);
        QCOMPARE(r.packet.mode, 4);
        QCOMPARE(r.packet.stratum, 10);
        QCOMPARE(r.packet.precision, -25);
        QCOMPARE(r.refId, QStringLiteral("127.127.1.1"));
        QCOMPARE(r.packet.origin, kChronyOrigin);
        QVERIFY(r.packet.receive <= r.packet.transmit);
        QVERIFY(r.kissCode.isEmpty());
    }

    void parseRealChronyUnsynchronised()
    {
        // Stratum 0 without a kiss code is not a kiss-o'-death: an unsynchronised server.
        const NtpReply r = parseNtpReply(kChronyUnsynchronised, {kChronyUnsyncOrigin});
        QCOMPARE(r.status, NtpReply::Status::Unsynchronised);
        QVERIFY(r.isAnswer());
        QCOMPARE(r.packet.leap, 3);
        QCOMPARE(r.packet.stratum, 0);
        QVERIFY(r.kissCode.isEmpty());
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kiss");
        using S = NtpReply::Status;
        const quint64 t = 0xeeaf457d7d9f447bULL;
        QTest::newRow("valid v4") << reply(0, 4, 4, 2, 0xc0000201, kOrigin, t) << int(S::Valid) << QString();
        QTest::newRow("valid v3") << reply(0, 3, 4, 2, 0xc0000201, kOrigin, t) << int(S::Valid) << QString();
        QTest::newRow("leap second pending")
            << reply(1, 4, 4, 1, ascii("GPS\0"), kOrigin, t) << int(S::Valid) << QString();
        QTest::newRow("with extension bytes")
            << reply(0, 4, 4, 2, 1, kOrigin, t) + QByteArray(20, '\x01') << int(S::Valid) << QString();
        QTest::newRow("DENY") << reply(3, 4, 4, 0, ascii("DENY"), kOrigin, 0) << int(S::KissOfDeath)
                              << QStringLiteral("DENY");
        QTest::newRow("RSTR") << reply(3, 4, 4, 0, ascii("RSTR"), kOrigin, 0) << int(S::KissOfDeath)
                              << QStringLiteral("RSTR");
        QTest::newRow("RATE") << reply(0, 4, 4, 0, ascii("RATE"), kOrigin, t) << int(S::KissOfDeath)
                              << QStringLiteral("RATE");
        QTest::newRow("INIT (ntpsec fresh)")
            << reply(3, 4, 4, 0, ascii("INIT"), kOrigin, t) << int(S::KissOfDeath) << QStringLiteral("INIT");
        QTest::newRow("LI 3") << reply(3, 4, 4, 3, 1, kOrigin, t) << int(S::Unsynchronised) << QString();
        QTest::newRow("stratum 16") << reply(0, 4, 4, 16, ascii("INIT"), kOrigin, t) << int(S::Unsynchronised)
                                    << QString();
        QTest::newRow("stratum 0, binary refid")
            << reply(3, 4, 4, 0, 0x01020304, kOrigin, t) << int(S::Unsynchronised) << QString();
        QTest::newRow("47 bytes") << reply(0, 4, 4, 2, 1, kOrigin, t).left(47) << int(S::TooShort) << QString();
        QTest::newRow("empty") << QByteArray() << int(S::TooShort) << QString();
        QTest::newRow("our request echoed") << buildNtpRequest(kOrigin) << int(S::NotServerMode) << QString();
        QTest::newRow("broadcast") << reply(0, 4, 5, 2, 1, kOrigin, t) << int(S::NotServerMode) << QString();
        QTest::newRow("version 0") << reply(0, 0, 4, 2, 1, kOrigin, t) << int(S::BadVersion) << QString();
        QTest::newRow("version 5") << reply(0, 5, 4, 2, 1, kOrigin, t) << int(S::BadVersion) << QString();
        QTest::newRow("wrong origin") << reply(0, 4, 4, 2, 1, kOrigin + 1, t) << int(S::OriginMismatch) << QString();
        QTest::newRow("kiss with wrong origin")
            << reply(3, 4, 4, 0, ascii("DENY"), 5, 0) << int(S::OriginMismatch) << QString();
        QTest::newRow("zero transmit") << reply(0, 4, 4, 2, 1, kOrigin, 0) << int(S::ZeroTransmit) << QString();
        QTest::newRow("HTTP") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nX: yyyyyyyy\r\n\r\n")
                              << int(S::NotServerMode) << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, datagram);
        QFETCH(int, status);
        QFETCH(QString, kiss);
        const NtpReply r = parseNtpReply(datagram, {kOrigin});
        QCOMPARE(int(r.status), status);
        QCOMPARE(r.kissCode, kiss);
        const bool answer = status == int(NtpReply::Status::Valid) || status == int(NtpReply::Status::KissOfDeath) ||
                            status == int(NtpReply::Status::Unsynchronised);
        QCOMPARE(r.isAnswer(), answer);
        if (answer)
            QCOMPARE(r.originIndex, 0);
        else
            QVERIFY(!r.problem.isEmpty());
    }

    void fields()
    {
        const NtpReply r = parseNtpReply(reply(0, 4, 4, 2, 0xc0000201, kOrigin, 1), {kOrigin});
        QCOMPARE(ntpShortToMs(r.packet.rootDelay), 500.0);
        QCOMPARE(ntpShortToMs(r.packet.rootDispersion), 31.25);
        QCOMPARE(r.refId, QStringLiteral("192.0.2.1"));
    }

    void refIdText()
    {
        QCOMPARE(ntpRefIdText(ascii("GPS\0"), 1), QStringLiteral("GPS"));
        QCOMPARE(ntpRefIdText(ascii("DENY"), 0), QStringLiteral("DENY"));
        QCOMPARE(ntpRefIdText(0x7f7f0101, 10), QStringLiteral("127.127.1.1"));
        QCOMPARE(ntpRefIdText(ascii("INIT"), 16), QStringLiteral("INIT"));
        QCOMPARE(ntpRefIdText(0x0a000001, 16), QStringLiteral("10.0.0.1"));
        QCOMPARE(ntpRefIdText(0x01020304, 0), QStringLiteral("\\x01\\x02\\x03\\x04"));
        QCOMPARE(ntpRefIdText(0, 0), QString());
    }

    void eras()
    {
        const qint64 now = 1795000000LL * kMicro; // 2026-11
        QCOMPARE(ntpToUnixUs(unixUsToNtp(now), now), now);
        QCOMPARE(ntpToUnixUs(unixUsToNtp(now + 123456), now), now + 123456);
        // Across the 2036 roll-over, both ways: the era closest to the pivot wins.
        const qint64 boundary = kEra1UnixSeconds * kMicro;
        QCOMPARE(unixUsToNtp(boundary) >> 32, quint64(0));
        QCOMPARE(ntpToUnixUs(quint64(16) << 32, boundary - 60 * kMicro), boundary + 16 * kMicro);
        QCOMPARE(ntpToUnixUs(quint64(0xfffffff0) << 32, boundary + 60 * kMicro), boundary - 16 * kMicro);
        // Seen from 1970, second 1 of era 1 (2036) is nearer than second 1 of era 0 (1900).
        QCOMPARE(ntpToUnixUs(quint64(1) << 32, 0), (kEra1UnixSeconds + 1) * kMicro);
        // Seen from 1950, it is 1900.
        QCOMPARE(ntpToUnixUs(quint64(1) << 32, -20LL * 365 * 86400 * kMicro), (1 - kNtpUnixEpochOffset) * kMicro);
        // Fractions: half a second.
        QCOMPARE(ntpToUnixUs(unixUsToNtp(now) + 0x80000000ULL, now), now + 500000);
    }

    void timing()
    {
        // Server 5 s ahead, 10 ms each way, 1 ms processing: theta = +5000 ms, delta = 20 ms.
        const qint64 t1 = 1795000000LL * kMicro;
        const quint64 t2 = unixUsToNtp(t1 + 5010 * 1000);
        const quint64 t3 = unixUsToNtp(t1 + 5011 * 1000);
        const qint64 t4 = t1 + 21 * 1000;
        NtpTiming timing = computeNtpTiming(t1, t4, t2, t3);
        QVERIFY(qAbs(timing.offsetMs - 5000.0) < 0.01);
        QVERIFY(qAbs(timing.delayMs - 20.0) < 0.01);

        // The same exchange straddling the 2036 roll-over.
        const qint64 e1 = kEra1UnixSeconds * kMicro - 2 * kMicro;
        timing = computeNtpTiming(e1, e1 + 21000, unixUsToNtp(e1 + 5010000), unixUsToNtp(e1 + 5011000));
        QVERIFY(qAbs(timing.offsetMs - 5000.0) < 0.01);
        QVERIFY(qAbs(timing.delayMs - 20.0) < 0.01);

        // A laptop one hour ahead: theta = -3600 s.
        timing =
            computeNtpTiming(t1, t4, unixUsToNtp(t1 - 3600 * kMicro + 10000), unixUsToNtp(t1 - 3600 * kMicro + 11000));
        QVERIFY(qAbs(timing.offsetMs + 3600000.0) < 0.01);
    }

    void parseNeverOverreads()
    {
        const QByteArray good = reply(0, 4, 4, 2, 1, kOrigin, 1);
        for (int n = 0; n <= good.size(); ++n)
            QCOMPARE(parseNtpReply(good.left(n), {kOrigin}).status == NtpReply::Status::Valid, n == good.size());
        QRandomGenerator random(123);
        for (int i = 0; i < 5000; ++i) {
            QByteArray corrupt = good;
            corrupt[random.bounded(48)] = static_cast<char>(random.bounded(256));
            if (random.bounded(4) == 0)
                corrupt.truncate(random.bounded(48));
            const NtpReply r = parseNtpReply(corrupt, {kOrigin});
            QVERIFY(r.isAnswer() || !r.problem.isEmpty());
        }
    }
};

QTEST_APPLESS_MAIN(TestNtpPacket)
#include "testntppacket.moc"
