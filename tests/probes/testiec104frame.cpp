// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include <QTest>

#include "core/probes/iec104frame.h"

using namespace tpready;
using Status = Iec104Parse::Status;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

} // namespace

class TestIec104Frame : public QObject
{
    Q_OBJECT

private slots:
    void uFrames_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("function");
        QTest::addColumn<QString>("name");
        QTest::newRow("STARTDT act") << hex("680407000000") << 0x07 << QStringLiteral("STARTDT act");
        QTest::newRow("STARTDT con") << hex("68040B000000") << 0x0B << QStringLiteral("STARTDT con");
        QTest::newRow("STOPDT act") << hex("680413000000") << 0x13 << QStringLiteral("STOPDT act");
        QTest::newRow("STOPDT con") << hex("680423000000") << 0x23 << QStringLiteral("STOPDT con");
        QTest::newRow("TESTFR act") << hex("680443000000") << 0x43 << QStringLiteral("TESTFR act");
        QTest::newRow("TESTFR con") << hex("680483000000") << 0x83 << QStringLiteral("TESTFR con");
    }

    void uFrames()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, function);
        QFETCH(QString, name);
        const Iec104Parse parse = parseIec104Apdu(bytes);
        QCOMPARE(parse.status, Status::Frame);
        QCOMPARE(parse.consumed, qsizetype(6));
        QCOMPARE(parse.apdu.format, Iec104Apdu::Format::U);
        QCOMPARE(int(parse.apdu.function), function);
        QCOMPARE(describeIec104Apdu(parse.apdu), name);
        QCOMPARE(iec104UFrame(static_cast<Iec104Function>(function)), bytes);
    }

    void testFrActBytes() { QCOMPARE(iec104UFrame(Iec104Function::TestFrAct), hex("680443000000")); }

    void testReply_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("apdus");
        using S = Iec104TestReply::Status;
        QTest::newRow("con") << hex("680483000000") << int(S::TestFrCon) << 1;
        QTest::newRow("s-frame then con") << hex("680401000200680483000000") << int(S::TestFrCon) << 2;
        QTest::newRow("half a con") << hex("680483") << int(S::Incomplete) << 0;
        QTest::newRow("testfr act echoed") << hex("680443000000") << int(S::Incomplete) << 1;
        QTest::newRow("tls alert") << hex("15030300020228") << int(S::WrongService) << 0;
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << int(S::WrongService) << 0;
        QTest::newRow("empty") << QByteArray() << int(S::Incomplete) << 0;
    }

    void testReply()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(int, apdus);
        const Iec104TestReply reply = parseIec104TestReply(bytes);
        QCOMPARE(int(reply.status), status);
        QCOMPARE(reply.apdus, apdus);
        QCOMPARE(reply.problem.isEmpty(), reply.status != Iec104TestReply::Status::WrongService);
    }

    void sFrame()
    {
        // N(R) = 3: control octets 3-4 hold N(R) << 1 little-endian.
        const Iec104Parse parse = parseIec104Apdu(hex("680401000600"));
        QCOMPARE(parse.status, Status::Frame);
        QCOMPARE(parse.apdu.format, Iec104Apdu::Format::S);
        QCOMPARE(parse.apdu.recvSeq, quint16(3));
    }

    void iFrame()
    {
        // N(S) = 1, N(R) = 2, then a 10-octet ASDU of type 11 (measured value, scaled).
        const QByteArray frame = hex("680E02000400") + hex("0B01030001000100") + hex("0000");
        const Iec104Parse parse = parseIec104Apdu(frame + hex("68"));
        QCOMPARE(parse.status, Status::Frame);
        QCOMPARE(parse.consumed, frame.size());
        QCOMPARE(parse.apdu.format, Iec104Apdu::Format::I);
        QCOMPARE(parse.apdu.sendSeq, quint16(1));
        QCOMPARE(parse.apdu.recvSeq, quint16(2));
        QCOMPARE(parse.apdu.asduBytes.size(), 10);
        QCOMPARE(describeIec104Apdu(parse.apdu), QStringLiteral("I-frame N(S)=1 N(R)=2, ASDU type 11"));
    }

    void incomplete()
    {
        const QByteArray con = hex("680483000000");
        for (int n = 0; n < con.size(); ++n)
            QCOMPARE(parseIec104Apdu(con.left(n)).status, Status::Incomplete);
        QCOMPARE(parseIec104Apdu(hex("680E020004000B01")).status, Status::Incomplete);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not 0x68") << hex("690483000000");
        QTest::newRow("tls alert") << hex("150301000202");
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n");
        QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
        QTest::newRow("length 3") << hex("680383000000");
        QTest::newRow("length 254") << hex("68FE02000000");
        QTest::newRow("two function bits") << hex("6804C3000000");
        QTest::newRow("unknown U") << hex("680403000000");
        QTest::newRow("U with octet 2") << hex("680483010000");
        QTest::newRow("U too long") << hex("68058300000000");
        QTest::newRow("S reserved bits") << hex("680405000000");
        QTest::newRow("S octet 2") << hex("680401010000");
        QTest::newRow("S too long") << hex("68050100000000");
        QTest::newRow("I without ASDU") << hex("680400000000");
        QTest::newRow("I odd octet 3") << hex("68050000010000");
    }

    void invalid()
    {
        QFETCH(QByteArray, bytes);
        const Iec104Parse parse = parseIec104Apdu(bytes);
        QCOMPARE(parse.status, Status::Invalid);
        QVERIFY(!parse.error.isEmpty());
    }

    void garbageRefusedEarly()
    {
        // Known-bad control octets are refused before the whole frame arrives.
        QCOMPARE(parseIec104Apdu(hex("6804C3")).status, Status::Invalid);
        QCOMPARE(parseIec104Apdu(hex("6803")).status, Status::Invalid);
        QCOMPARE(parseIec104Apdu(hex("15")).status, Status::Invalid);
    }
};

QTEST_APPLESS_MAIN(TestIec104Frame)
#include "testiec104frame.moc"
