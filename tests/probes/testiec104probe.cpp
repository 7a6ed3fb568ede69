// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "probetestutil.h"

#include <QJsonArray>
#include <QTest>

#include "core/probes/iec104probe.h"

using namespace tpready;
using namespace probetest;

namespace {

const QByteArray kTestFrAct = QByteArray::fromHex("680443000000");
const QByteArray kTestFrCon = QByteArray::fromHex("680483000000");

Run runIec(quint16 port, int timeoutMs)
{
    Iec104Probe probe(loopbackTarget(Protocol::Iec104, port), quickConfig(timeoutMs));
    return runProbe(&probe);
}

} // namespace

class TestIec104Probe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void testFrConfirmed()
    {
        // What lib60870's CS104 slave does (cs104_slave.c answers TESTFR act whatever the STARTDT state): TESTFR con
        // right away, before any STARTDT.
        ScriptedServer server({Step::readUpTo(6, 2000), Step::send(kTestFrCon), Step::wait(3000)});
        const Run run = runIec(server.port(), 2000);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.reason, Reason::Ok);
        QCOMPARE(run.result.evidence.value(u"sent").toString(), QStringLiteral("68 04 43 00 00 00"));
        QCOMPARE(run.result.evidence.value(u"received_hex").toString(), QStringLiteral("68 04 83 00 00 00"));
        QCOMPARE(run.result.evidence.value(u"answer").toString(), QStringLiteral("TESTFR con"));
        QVERIFY(run.result.evidence.value(u"testfr_con_ms").toInt() >= 0);
        // Exactly TESTFR act was sent: never STARTDT.
        QCOMPARE(server.received, kTestFrAct);
        QVERIFY(run.elapsedMs < 1000);
    }

    void answerInPieces()
    {
        ScriptedServer server({Step::readUpTo(6, 2000), Step::drip(kTestFrCon, 50)});
        const Run run = runIec(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
    }

    void otherFramesFirst()
    {
        // An S-frame, then the TESTFR con: still proof.
        ScriptedServer server({Step::readUpTo(6, 2000), Step::send(QByteArray::fromHex("680401000000") + kTestFrCon)});
        const Run run = runIec(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Pass);
        QCOMPARE(run.result.evidence.value(u"frames").toArray().first().toString(), QStringLiteral("S-frame N(R)=0"));
    }

    void wrongService_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("mention");
        QTest::newRow("tls alert") << QByteArray::fromHex("15030100020232") << QStringLiteral("TLS");
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << QStringLiteral("HTTP");
        QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << QStringLiteral("SSH");
        QTest::newRow("broken framing") << QByteArray::fromHex("6804C3000000") << QStringLiteral("framing");
        QTest::newRow("garbage") << QByteArray::fromHex("deadbeef") << QStringLiteral("de ad be ef");
    }

    void wrongService()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, mention);
        ScriptedServer server({Step::readUpTo(6, 2000), Step::send(reply), Step::wait(3000)});
        const Run run = runIec(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY2(run.result.detail.contains(mention), qPrintable(run.result.detail));
        QVERIFY(run.elapsedMs < 1000);
    }

    void serverTalksFirst()
    {
        // An SSH server on 2404 speaks before our TESTFR matters.
        ScriptedServer server({Step::send("SSH-2.0-OpenSSH_9.2\r\n"), Step::wait(3000)});
        const Run run = runIec(server.port(), 2000);
        QCOMPARE(run.result.reason, Reason::WrongService);
    }

    void silenceMentionsClientFiltering()
    {
        ScriptedServer server({Step::wait(10000)});
        const Run run = runIec(server.port(), 600);
        QCOMPARE(run.finishedCount, 1);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::ConnectionStalled);
        QVERIFY(run.result.detail.contains(QStringLiteral("application-aware firewall")));
        QVERIFY2(run.result.detail.contains(QStringLiteral("client addresses")), qPrintable(run.result.detail));
        QCOMPARE(run.result.evidence.value(u"received_bytes").toInt(), 0);
        QVERIFY(run.elapsedMs >= 550 && run.elapsedMs < 1600);
    }

    void acceptThenClose()
    {
        // lib60870 closes connections from client addresses it is not configured for.
        ScriptedServer server({Step::close()});
        const Run run = runIec(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::ConnectionCut);
        QVERIFY(run.result.detail.contains(QStringLiteral("client addresses")));
        QVERIFY(run.result.detail.contains(QStringLiteral("application-aware firewall")));
        QVERIFY(run.elapsedMs < 1000);
    }

    void resetMidFrame()
    {
        ScriptedServer server(
            {Step::readUpTo(6, 2000), Step::send(QByteArray::fromHex("6804")), Step::wait(50), Step::reset()});
        const Run run = runIec(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(run.elapsedMs < 1500);
    }

    void floodIsBounded()
    {
        // Valid-looking frames forever, never the TESTFR con.
        QByteArray sFrames;
        for (int i = 0; i < 1000; ++i)
            sFrames += QByteArray::fromHex("680401000000");
        ScriptedServer server({Step::flood(sFrames, 20)});
        const Run run = runIec(server.port(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        QCOMPARE(run.result.reason, Reason::WrongService);
        QVERIFY(run.result.evidence.value(u"received_bytes").toInt() <= 4096);
        QVERIFY(run.elapsedMs < 1500);
    }

    void refused()
    {
        const Run run = runIec(closedPort(), 2000);
        QCOMPARE(run.result.verdict, Verdict::Fail);
        if (wineBlursRefusal()) {
            QCOMPARE(run.result.reason, Reason::Timeout); // Wine: the refusal is never reported (probetestutil.h)
            return;
        }
        QCOMPARE(run.result.reason, Reason::Refused);
    }
};

QTEST_GUILESS_MAIN(TestIec104Probe)
#include "testiec104probe.moc"
